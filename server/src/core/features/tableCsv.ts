import { taskColumns, unitColumns, unitEntries, type Column } from './tableColumns';
import type { TaskRow, TaskTable } from './taskTable';
import type { UnitList } from './unitLists';

/** Excel and WPS read a CSV file as the system code page (GBK in China) unless it opens with a BOM. */
const BOM = '\uFEFF';

/** The task table as CSV: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting. */
export function taskTableCsv(table: TaskTable): string {
	const rows = table.rows.filter((row): row is TaskRow => row.kind === 'task');
	return toCsv(taskColumns(table, 'flat'), rows);
}

/** 一单位一清单 as CSV: one line per unit and task, the unit named on every line. */
export function unitListsCsv(table: TaskTable, lists: readonly UnitList[]): string {
	return toCsv(unitColumns(table, 'flat'), unitEntries(lists));
}

function toCsv<Entry>(columns: ReadonlyArray<Column<Entry>>, entries: readonly Entry[]): string {
	const lines = [columns.map((column) => csvField(column.header, false))];
	for (const entry of entries) {
		lines.push(columns.map((column) => csvField(column.value(entry), true)));
	}
	return BOM + lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

/**
 * One field: quoted when it holds a quote, comma or line break, quotes doubled (RFC 4180). A value
 * a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading apostrophe.
 */
export function csvField(value: string, neutralize: boolean): string {
	const safe = neutralize && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
