import type { TaskTable } from './taskTable';
import type { UnitList, UnitOrder } from './unitLists';

export type TableFormat = 'xlsx' | 'csv';

/** The table a CSV file holds, and the sheet a workbook opens on: every task, or one list per unit (一单位一清单). */
export type TableKind = 'task' | 'unit';

export interface WorkbookOptions {
	/** The sheet the workbook opens on. */
	first: TableKind;
	/** A sheet of its own for every unit, after 一单位一清单. */
	perUnitSheets: boolean;
	order: UnitOrder;
	/** The tool's version, written on the 说明 sheet. */
	version: string;
}

/**
 * Writes a workbook; a host's part (exceljs runs in Node, not in the core). The answer is the
 * file's bytes in base64, as they travel to the editor over JSON-RPC. The host fills in its version.
 */
export type WorkbookWriter = (table: TaskTable, lists: readonly UnitList[], options: Omit<WorkbookOptions, 'version'>) => Promise<string>;

/** The exported tables' names: an exported table is a Chinese office document, whatever the locale. */
const TABLE_NAMES: Record<TableKind, string> = { task: '任务分解表', unit: '一单位一清单' };

/**
 * The name an exported file gets when none is chosen: `<notice>-任务分解表.xlsx` for one notice,
 * `任务分解表.xlsx` for several; a CSV file of unit lists is named after them (a workbook holds both tables).
 */
export function tableFileName(noticeNames: readonly string[], format: TableFormat, by: TableKind): string {
	const table = TABLE_NAMES[format === 'csv' ? by : 'task'];
	return noticeNames.length === 1 ? `${noticeNames[0]}-${table}.${format}` : `${table}.${format}`;
}
