/**
 * The messages between the task-table panel (client/src/taskTable) and its webview: types only, so
 * neither bundle holds the other's code.
 */
import type { TableFormat, TableKind, TableQuery, TaskTableView, ViewRow } from '../../server/src/protocol/protocol';

export type { TableFormat, TableKind, TableQuery, TaskTableView };

/** Lines and UTF-16 characters, as the protocol counts them. */
export type Range = ViewRow['range'];

/** webview → panel. */
export type ViewMessage =
	/** The webview is loaded; `query` is what it showed before it was hidden (its saved state). */
	| { type: 'ready'; query: TableQuery }
	/** The filter or the sort changed. */
	| { type: 'query'; query: TableQuery }
	/** A row was clicked: select its place in the notice. */
	| { type: 'reveal'; range: Range }
	| { type: 'export'; format: TableFormat; by: TableKind };

/** panel → webview: the view for the current query, or null when the file no longer reads as a notice. */
export type PanelMessage = { type: 'view'; view: TaskTableView | null };
