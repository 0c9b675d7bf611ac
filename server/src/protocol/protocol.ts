/**
 * The custom messages between the breakdown client and server, beyond standard LSP. Plain
 * types only, so the client can import this file without pulling in the server.
 */

import type { Position, Range } from '../core/text/lineIndex';

export type { Position, Range };

export type UnitRole = 'lead' | 'responsible' | 'other';

/** A task as the Units view shows it. */
export interface UnitTaskItem {
	uri: string;
	/** The task's marker and title. */
	range: Range;
	/** `21` or, under numbered sections, `2.3`. */
	label: string;
	title: string;
	role: UnitRole;
}

export interface UnitItem {
	identity: string;
	name: string;
	lead: UnitTaskItem[];
	responsible: UnitTaskItem[];
	other: UnitTaskItem[];
}

/** client → server: every unit of the workspace with its tasks by role (the Units view). */
export const UnitTreeRequest = 'breakdown/unitTree';
export type UnitTreeResult = UnitItem[];

/** client → server: the unit at a position and its tasks, or null. */
export const UnitTasksRequest = 'breakdown/unitTasks';
export interface UnitTasksParams {
	uri: string;
	position: Position;
}

/** client → server: does this plain-text document read as a breakdown notice? */
export const ClassifyRequest = 'breakdown/classify';
export interface ClassifyParams {
	uri: string;
	text: string;
}
export interface ClassifyResult {
	notice: boolean;
}

/** client → server: the registries that apply to a notice, and where a new one would go. */
export const RegistryForRequest = 'breakdown/registryFor';
export interface RegistryForParams {
	uri: string;
}
export interface RegistryForResult {
	uris: string[];
	suggested: string;
}

/** server → client: the workspace index changed (the Units view refreshes). */
export const IndexChangedNotification = 'breakdown/indexChanged';

/** workspace/executeCommand: writes a registry listing the units of a notice; returns its URI. */
export const CreateRegistryCommand = 'breakdown.server.createRegistry';

/** client → server: how the server process is doing (for the benchmark): its longest event-loop block and memory. */
export const StatsRequest = 'breakdown/stats';
export interface StatsResult {
	/** The longest event-loop delay seen since start, or since the last `reset`, in milliseconds. */
	eventLoopMaxMs: number;
	rssBytes: number;
	peakRssBytes: number;
}
export interface StatsParams {
	reset?: boolean;
}
