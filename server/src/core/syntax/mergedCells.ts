import type { NoticeText } from '../text/noticeText';
import { looksLikeUnitCell } from '../units/unitNames';
import { saysNoUnit } from '../units/saysNoUnit';
import type { TableCell, TableRow } from './structure';
import { isUnitColumn, type ColumnRole } from './tableHeaders';

/**
 * A cell merged down several rows (a category `稳增长` or a leader `王明` written once beside the rows
 * it spans) is written in its first row only when a web page's table is copied: the rows below have
 * one cell fewer, and each of their cells stands one column left of its own (`2\t推进重大项目建设。\t县发改局`
 * under `序号\t重点工作\t具体任务\t牵头单位`: the unit under 具体任务, no lead). Such a row is read with
 * the merged column's cell missing, which the row above carries (interpret/tableTasks), when the row
 * itself says so: its units then fall in the unit columns.
 */

/** Columns whose cells a table merges down several rows: a category, a leader, a task column grouping the last one. */
export function spanningColumns(roles: ReadonlyArray<ColumnRole | undefined>): number[] {
	const lastTask = roles.lastIndexOf('task');
	const spanning: number[] = [];
	roles.forEach((role, index) => {
		if (role === 'category' || role === 'leader' || (role === 'task' && index !== lastTask)) {
			spanning.push(index);
		}
	});
	return spanning;
}

/**
 * Reads a row of `width` cells, fewer than the header's columns, as missing the cells of merged
 * columns: the first choice of those columns (after the number's) whose reading puts a unit cell
 * from another column into a unit column, and nothing but unit cells in the unit columns. A row
 * that is only short (`2\t扩大有效投资\t推进重大项目建设。`, its lead truly missing) is left as written.
 *
 * A row short of more cells than the merged columns can miss also leaves its last cells unwritten,
 * as a page's last row does (崇川 2023: `26 |` / `新建建筑垃圾中转站8个…。 |` / `徐国江 |` / `城管局 |` /
 * `崇川经济开发区、相关街道 |` / two progress cells / `是 |` under ten columns, the two task columns one
 * cell and no 说明 cell): as written, the leader stood in the task column and the progress text in 配合单位
 * (unknown units to a registry). Those are read missing as well, when they are the header's last columns
 * and none is a unit or a task column, the fewest first: the same test of the unit cells decides.
 * Only a row that as written puts text other than a unit into a unit column is so read: a row whose last
 * cells are merely empty (`2\t社会事业\t县体育中心\t县文体局` under `…\t牵头单位\t配合单位\t备注`, an
 * Excel paste) reads as written, its task `县体育中心` no lead. At most MAX_UNWRITTEN_READINGS of those are tried.
 */
export function carryMergedCells(text: NoticeText, row: TableRow, width: number, roles: ReadonlyArray<ColumnRole | undefined>, spanning: readonly number[]): void {
	const missing = roles.length - width;
	if (row.spanning || missing <= 0) {
		return;
	}
	const numberColumn = roles.indexOf('number');
	const mergeable = spanning.filter((column) => column > numberColumn);
	let unwrittenReadings = MAX_UNWRITTEN_READINGS;
	for (let count = Math.min(missing, mergeable.length); count > 0; count--) {
		const unwritten = unwrittenColumns(roles, missing - count);
		if (unwritten === undefined || (unwritten.length > 0 && !misplacesText(text, row.cells, roles))) {
			return;
		}
		for (const merged of choices(mergeable.filter((column) => !unwritten.includes(column)), count)) {
			if (unwritten.length > 0 && unwrittenReadings-- <= 0) {
				return;
			}
			const kept = roles.map((_, column) => column).filter((column) => !merged.includes(column) && !unwritten.includes(column));
			if (unitsFallInPlace(text, row.cells, kept, roles)) {
				for (const cell of row.cells) {
					cell.column = kept[cell.column] ?? cell.column;
				}
				return;
			}
		}
	}
}

/**
 * The most readings of a short row with its last columns unwritten tried (a header of 18 `N月目标` task
 * columns has tens of thousands): 崇川 2023's row needs the first. A row short of merged cells alone tries
 * every reading, as it did.
 */
const MAX_UNWRITTEN_READINGS = 64;

/** Whether the row as written puts a cell that is not a unit's (progress text: `已建成建筑垃圾中转站3个…`) into a unit column. */
function misplacesText(text: NoticeText, cells: readonly TableCell[], roles: ReadonlyArray<ColumnRole | undefined>): boolean {
	return cells.some((cell) => cell.pieces.length > 0 && isUnitColumn(roles[cell.column]) && !isUnitValue(cellText(text, cell)));
}

function cellText(text: NoticeText, cell: TableCell): string {
	return cell.pieces.map((piece) => text.slice(piece.start, piece.end)).join('');
}

function isUnitValue(value: string): boolean {
	return looksLikeUnitCell(value) || saysNoUnit(value);
}

/** The header's last `count` columns, when none holds units or the task's text (a note, a deadline): a row may leave them unwritten. */
function unwrittenColumns(roles: ReadonlyArray<ColumnRole | undefined>, count: number): number[] | undefined {
	const columns = roles.map((_, column) => column).slice(roles.length - count);
	return columns.every((column) => !isUnitColumn(roles[column]) && roles[column] !== 'task' && roles[column] !== 'number') ? columns : undefined;
}

/** Every way to pick `count` of `columns`, in order, one at a time (a header has two or three merged columns, but may have many). */
function* choices(columns: readonly number[], count: number): Generator<number[]> {
	if (count === 0) {
		yield [];
		return;
	}
	for (let k = 0; k + count <= columns.length; k++) {
		for (const rest of choices(columns.slice(k + 1), count - 1)) {
			yield [columns[k], ...rest];
		}
	}
}

/** Moved to `kept[column]`, the cells put a unit cell into a unit column from another column, and only unit cells there. */
function unitsFallInPlace(text: NoticeText, cells: readonly TableCell[], kept: readonly number[], roles: ReadonlyArray<ColumnRole | undefined>): boolean {
	let moved = false;
	for (const cell of cells) {
		const to = kept[cell.column];
		if (to === undefined || cell.pieces.length === 0 || !isUnitColumn(roles[to])) {
			continue;
		}
		if (!isUnitValue(cellText(text, cell))) {
			return false;
		}
		moved ||= !isUnitColumn(roles[cell.column]);
	}
	return moved;
}
