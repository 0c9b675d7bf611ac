/**
 * The custom messages between the breakdown client and server, beyond standard LSP, as typed
 * constants both sides use (no method name is written anywhere else). Payloads are the language
 * service's types, imported as types only: the client bundles none of the server.
 */

import { DidChangeWatchedFilesNotification, FileChangeType, NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Position, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { TableFormat, TableKind } from '../core/features/tableExport';
import type { TaskTable } from '../core/features/taskTable';
import type { TableQuery, TableViewColumn, TaskTableView, ViewRow, ViewTaskRow, ViewUnit } from '../core/features/taskTableView';
import type { TableExport, TableExportRequest } from '../core/service/tables';
import type { HiddenFindingItem, HiddenFindingsList, NoticeSummary, UnitItem, UnitNoticeItem, UnitRole, UnitSummaryItem, UnitTaskItem } from '../core/service/types';

export type { HiddenFindingItem, HiddenFindingsList, NoticeSummary, TableExport, TableFormat, TableKind, TableQuery, TableViewColumn, TaskTable, TaskTableView, UnitItem, UnitNoticeItem, UnitRole, UnitSummaryItem, UnitTaskItem, ViewRow, ViewTaskRow, ViewUnit };

/**
 * client → server: every unit of the workspace with its counts by role and how many notices it is
 * in, no task (the Units view's top level; a unit's notices and tasks are asked for with
 * `UnitTasksRequest` when it is expanded); `filter` keeps the units whose name holds it, or its pinyin.
 */
export interface UnitTreeParams {
	filter?: string;
}
export const UnitTreeRequest = new RequestType<UnitTreeParams, UnitSummaryItem[], void>('breakdown/unitTree');

/** The unit at a position (the code lens's quick pick): all its tasks. */
export interface UnitAtPositionParams {
	uri: string;
	position: Position;
}
/**
 * A unit of the Units view by its `identity`, as the clerk expands it: its counts and notices; its
 * tasks only in `notice` when given, none when `tasks` is false (a unit in several notices expands
 * to its notices first, each asked for its tasks when expanded in turn).
 */
export interface UnitOfViewParams {
	identity: string;
	notice?: string;
	tasks?: boolean;
}
export type UnitTasksParams = UnitAtPositionParams | UnitOfViewParams;
/** client → server: a unit and its notices and tasks, or null (no unit there, or no notice names it any more). */
export const UnitTasksRequest = new RequestType<UnitTasksParams, UnitItem | null, void>('breakdown/unitTasks');

/** client → server: the task table of a notice, or of every notice of the workspace when no `uri` is given (the task-table view). */
export interface TaskTableParams {
	uri?: string;
}
export const TaskTableRequest = new RequestType<TaskTableParams | null, TaskTable, void>('breakdown/taskTable');

/** client → server: what the status bar shows on a notice (tasks, tasks without a lead, findings), or null for anything else. */
export interface NoticeSummaryParams {
	uri: string;
}
export const NoticeSummaryRequest = new RequestType<NoticeSummaryParams, NoticeSummary | null, void>('breakdown/noticeSummary');

/** client → server: the task-table view of a notice for a query (unit, role, sort), labels in the server's locale; null when it is not a notice (the task-table panel). */
export interface TaskTableViewParams {
	uri: string;
	query: TableQuery;
}
export const TaskTableViewRequest = new RequestType<TaskTableViewParams, TaskTableView | null, void>('breakdown/taskTableView');

/** client → server: the task table of a notice, or of the workspace without `uri`, as a file (xlsx or CSV) for the client to save where the user chose; null when there is nothing to export. */
export type ExportTableParams = TableExportRequest;
export const ExportTableRequest = new RequestType<ExportTableParams, TableExport | null, void>('breakdown/exportTable');

/** client → server: does this plain-text document read as a breakdown notice? */
export interface ClassifyParams {
	uri: string;
	text: string;
}
export interface ClassifyResult {
	notice: boolean;
}
export const ClassifyRequest = new RequestType<ClassifyParams, ClassifyResult, void>('breakdown/classify');

/** client → server: the registries that apply to a notice, and where a new one would go. */
export interface RegistryForParams {
	uri: string;
}
export interface RegistryForResult {
	uris: string[];
	suggested: string;
}
export const RegistryForRequest = new RequestType<RegistryForParams, RegistryForResult, void>('breakdown/registryFor');

/** client → server: every finding hidden in a `.breakdown/ignore.json` of the workspace, and the files that cannot be read. */
export const HiddenFindingsRequest = new RequestType<Record<string, never>, HiddenFindingsList, void>('breakdown/hiddenFindings');

/** client → server: the edit that removes entries (by key) from a hidden-findings file, the file to save after it, or why not. */
export interface UnhideFindingsParams {
	file: string;
	keys: string[];
}
export type UnhideFindingsResult = { edit: WorkspaceEdit; save: string } | { refusal: string } | null;
export const UnhideFindingsRequest = new RequestType<UnhideFindingsParams, UnhideFindingsResult, void>('breakdown/unhideFindings');

/** client → server: the standard file event, sent by the client itself for a hidden-findings file it saved (the editor's watcher may not tell). Imported with the rest: a second import copies the package's exports again in the server's bundle. */
export { DidChangeWatchedFilesNotification, FileChangeType };

/** server → client: the workspace index changed (the Units view refreshes). */
export const IndexChangedNotification = new NotificationType<Record<string, never>>('breakdown/indexChanged');

/** workspace/executeCommand: writes a registry listing the units of a notice; returns its URI. */
export const CreateRegistryCommand = 'breakdown.server.createRegistry';

/** workspace/executeCommand: shows its one argument as a warning (a quick fix that cannot be done by this editor says why). */
export const TellCommand = 'breakdown.server.tell';

/**
 * A client command the "忽略此处" quick fix runs after its edit: saves the hidden-findings file (its
 * one argument, a URI), since VS Code leaves a file edited alone unsaved and only what is on disk
 * counts (for the CLI, after a reload). A client without it asks the server, which does nothing.
 */
export const SaveFileCommand = 'breakdown.saveFile';

/** A client command the server's code lenses run: the tasks of the unit at a position (uri, position). */
export const ShowUnitTasksCommand = 'breakdown.showUnitTasks';

/** client → server: how the server process is doing (for the benchmark): its longest event-loop block and memory. */
export interface StatsParams {
	reset?: boolean;
	/**
	 * Collect garbage before reading the heap, when the server runs with `--expose-gc` (the
	 * benchmark starts it so): `heapObjectsBytes` is then what the server holds, not what it left.
	 */
	collectGarbage?: boolean;
}
export interface StatsResult {
	/** The longest event-loop delay seen since start, or since the last `reset`, in milliseconds. */
	eventLoopMaxMs: number;
	rssBytes: number;
	peakRssBytes: number;
	/** The heap's objects: in use, compiled code left out. */
	heapObjectsBytes: number;
}
export const StatsRequest = new RequestType<StatsParams, StatsResult | null, void>('breakdown/stats');
/** What answers `breakdown/stats` in the server: the figures only its host process can read (the Node host's `nodeStats`). */
export interface HostStats {
	read(params: Required<StatsParams>): StatsResult;
}
