import type { NoticeText } from '../text/noticeText';
import { isBracketedNumber, parentRowNumber } from './rowNumbers';
import type { TableRow } from './structure';
import { isUnitColumn, type ColumnRole } from './tableHeaders';

/**
 * A row numbered `1` that names no unit, right above rows numbered `1-1`, `1-2` (or `1.1`, or `(1)`), is the
 * heading they are sub-tasks of (a county table's `1\t稳定经济增长\t\t\t` / `1-1\t推进重大项目建设。\t县发改局…`):
 * a group row, its number kept. A row numbered so that names units stays a task of its own.
 */
export function groupParentRows(text: NoticeText, rows: TableRow[], roles: ReadonlyArray<ColumnRole | undefined>): void {
	for (let r = 0; r + 1 < rows.length; r++) {
		const row = rows[r];
		const next = rows[r + 1];
		if (!row.number || row.spanning || !next.number || !/^\d+[.．、]?$/.test(text.slice(row.number.span.start, row.number.span.end))) {
			continue;
		}
		// Or `(1)`, a sub-task numbered under its task in brackets (`1\t实施城市更新行动\t\t` / `(1)\t改造老旧小区10个。\t县住建局`).
		const written = text.slice(next.number.span.start, next.number.span.end);
		if (parentRowNumber(written) !== row.number.value && !(isBracketedNumber(written) && next.number.value === 1)) {
			continue;
		}
		if (row.cells.some((cell) => cell.pieces.length > 0 && isUnitColumn(roles[cell.column]))) {
			continue;
		}
		const heading = headingCell(row, roles);
		row.spanning = heading ? { start: heading.pieces[0].start, end: heading.pieces[heading.pieces.length - 1].end } : { start: row.number.span.end, end: row.number.span.end };
	}
}

/** The cell a parent row's heading is in: its task column's, else its first written one that is no leader's or deadline. */
function headingCell(row: TableRow, roles: ReadonlyArray<ColumnRole | undefined>): TableRow['cells'][number] | undefined {
	const written = row.cells.filter((cell) => cell.pieces.length > 0 && roles[cell.column] !== 'leader' && roles[cell.column] !== 'deadline' && roles[cell.column] !== 'note');
	return written.find((cell) => roles[cell.column] === 'task') ?? written[0];
}
