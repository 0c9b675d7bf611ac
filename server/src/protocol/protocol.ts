/**
 * The custom messages between the breakdown client and server, beyond standard LSP, as typed
 * constants both sides use (no method name is written anywhere else). Payloads are the language
 * service's types, imported as types only: the client bundles none of the server.
 */

import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Position } from 'vscode-languageserver-protocol';
import type { TableFormat, TableKind } from '../core/features/tableExport';
import type { TaskTable } from '../core/features/taskTable';
import type { TableQuery, TableViewColumn, TaskTableView, ViewRow, ViewTaskRow, ViewUnit } from '../core/features/taskTableView';
import type { TableExport, TableExportRequest } from '../core/service/tables';
import type { UnitItem, UnitRole, UnitTaskItem } from '../core/service/types';

export type { TableExport, TableFormat, TableKind, TableQuery, TableViewColumn, TaskTable, TaskTableView, UnitItem, UnitRole, UnitTaskItem, ViewRow, ViewTaskRow, ViewUnit };

/** client → server: every unit of the workspace with its tasks by role and the labels to show (the Units view). */
export const UnitTreeRequest = new RequestType<Record<string, never>, UnitItem[], void>('breakdown/unitTree');

/** client → server: the unit at a position and its tasks, or null. */
export interface UnitTasksParams {
	uri: string;
	position: Position;
}
export const UnitTasksRequest = new RequestType<UnitTasksParams, UnitItem | null, void>('breakdown/unitTasks');

/** client → server: the task table of a notice, or of every notice of the workspace when no `uri` is given (the task-table view). */
export interface TaskTableParams {
	uri?: string;
}
export const TaskTableRequest = new RequestType<TaskTableParams | null, TaskTable, void>('breakdown/taskTable');

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

/** server → client: the workspace index changed (the Units view refreshes). */
export const IndexChangedNotification = new NotificationType<Record<string, never>>('breakdown/indexChanged');

/** workspace/executeCommand: writes a registry listing the units of a notice; returns its URI. */
export const CreateRegistryCommand = 'breakdown.server.createRegistry';

/** A client command the server's code lenses run: the tasks of the unit at a position (uri, position). */
export const ShowUnitTasksCommand = 'breakdown.showUnitTasks';

/** client → server: how the server process is doing (for the benchmark): its longest event-loop block and memory. */
export interface StatsParams {
	reset?: boolean;
}
export interface StatsResult {
	/** The longest event-loop delay seen since start, or since the last `reset`, in milliseconds. */
	eventLoopMaxMs: number;
	rssBytes: number;
	peakRssBytes: number;
}
export const StatsRequest = new RequestType<StatsParams, StatsResult | null, void>('breakdown/stats');
