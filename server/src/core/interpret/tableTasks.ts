import { peopleEnd, type FieldRole } from '../syntax/fieldLabels';
import { MarkerKind } from '../syntax/markers';
import { rowNumberPointLength, rowNumberValueOffset } from '../syntax/rowNumbers';
import { emptyRowMarker } from './segmentText';
import type { TableBlock, TableCell, TableRow } from '../syntax/structure';
import { isMeasureLabel, isProgressLabel, isTargetLabel } from '../syntax/tableHeaders';
import { displayWidth, withoutLostSpaces, writesLostSpaces } from '../syntax/tableCells';
import type { Span } from '../text/lineIndex';
import type { Marker, TextRef } from '../model/types';
import type { NoticeText } from '../text/noticeText';
import { foldVocabulary } from '../text/vocabularyFold';
import { isWhiteSpace } from '../text/characters';
import { namesDeadline } from '../units/unitNames';

/**
 * A table row read as a task (class 4): its number, its task text, its unit cells in the roles their
 * headers give, its leader and deadline. Merged cells (a leader or a category written once over
 * several rows) apply to the rows below, until another value is written.
 */
export interface RowTask {
	marker: Marker;
	/** The task column's text, piece by piece (a wrapped cell runs over several lines). */
	textPieces: Span[];
	/**
	 * Where in textPieces a separator stands before the piece: a space before a second text column's cell
	 * (`地区生产总值增速` then `6%左右`), `；` before a cell's paragraph (`新建幼儿园2所` / `完善配套设施`, see paragraphBreak).
	 */
	textBreaks?: Array<{ at: number; separator: string }>;
	/** Its unit cells; in a row of sub-items, each with the sub-item it is of (see TableCell.subItem). */
	fields: Array<{ role: FieldRole; label: string; pieces: Span[]; subItem?: number }>;
	leader?: TextRef;
	deadline?: TextRef;
	/** Its cell in a progress column (`推进情况`, `完成情况`, see isProgressLabel). */
	progress?: TextRef;
	span: Span;
	/** A category cell or a group row above, which opens a section: the text, and a marker when written (`一、…`). */
	group?: { span: Span; marker?: Marker; leader?: TextRef };
	/**
	 * Unit cells of another row that, merged in a frame, stand beside this row: it takes their units
	 * as that row names them (see TableRow.mergedCells).
	 */
	mergedUnitCells?: TableCell[];
	/** Group lines under the row (see TableRow.groupLines). */
	groupLines?: Span[];
	/** The task's cell names its units too (see TableColumn.unitsInCell): its text is read as an item's lines are, labels and all. */
	unitsInText?: boolean;
}

export interface TableGroup {
	span: Span;
	marker?: Marker;
}

function joined(text: NoticeText, pieces: readonly Span[]): string {
	return pieces.map((piece) => text.slice(piece.start, piece.end)).join('');
}

/** A date a line break cut (`2025年12` / `月底前`, `2025年` / `12月底前`): after a digit, or 年 or 月 after one (not `全年`). */
const DATE_CUT = /[0-9０-９〇零一二三四五六七八九十][年月]?$/;

/**
 * A cell's pieces in a table of one cell per line or of tabs (no wrap: a line is a paragraph, an Excel cell's
 * Alt+Enter, or a row under it without its number), its paragraphs (`5月底前动工` / `12月底前`) apart by the line break
 * between them (the source's, so the text's offsets are walked along it); joined where the text so far ends as
 * `cut` says a wrap cut it (a date: DATE_CUT; a leader's name never).
 */
function paragraphs(text: NoticeText, pieces: readonly Span[], cut: RegExp | undefined): string {
	let out = '';
	for (let i = 0; i < pieces.length; i++) {
		const piece = text.slice(pieces[i].start, pieces[i].end);
		out += i === 0 || cut?.test(out) ? piece : '\n' + piece;
	}
	return out;
}

/**
 * A leader cell's text: its paragraphs apart in a table of a cell per line or of tabs; in a pipe row whose
 * cells end with a site's `?` for a non-breaking space (余杭 2018: `沈 ?昱? 祝振伟? |`), without those `?`
 * (read `沈、?昱? 祝振伟`, a leader named `?昱? 祝振伟`).
 */
function leaderText(text: NoticeText, table: TableBlock, row: TableRow, cell: TableCell, pieces: readonly Span[]): string {
	if (table.layout === 'cell-lines' || table.layout === 'tabs') {
		return paragraphs(text, pieces, undefined);
	}
	return table.layout === 'pipes' && writesLostSpaces(text, row, cell) ? withoutLostSpaces(text, pieces) : joined(text, pieces);
}

/**
 * A leader cell's pieces cut before a deadline written after its people (`王明，9月底前`, `王明，年底前完成`; see
 * peopleEnd, as a 责任领导 field's value ends), and the deadline's pieces: the 责任领导 column lists people, and
 * the row's deadline holds the date. Only a deadline (see namesDeadline) is cut: anything else after the people
 * (`王明，要亲自抓`, `王明，2号楼`, `王明，每月调度1次`) stays, as no column of the row would keep it.
 */
function peopleOfCell(text: NoticeText, pieces: readonly Span[]): { people: readonly Span[]; date?: readonly Span[] } {
	for (let i = 0; i < pieces.length; i++) {
		const { start, end } = pieces[i];
		const people = peopleEnd(text, start, end);
		// A cell's paragraphs after the cut are the date's too (`王明，9月` / `底前`).
		const date = [{ start: people + 1, end }, ...pieces.slice(i + 1)];
		if (people < end && namesDeadline(joined(text, date))) {
			let last = people;
			while (last > start && isWhiteSpace(text.charCodeAt(last - 1))) {
				last--;
			}
			return last > start ? { people: [...pieces.slice(0, i), { start, end: last }], date } : { people: pieces };
		}
	}
	return { people: pieces };
}

/** Whether `row` writes its deadline in a column of its own (a cell, or a merged one): a date cut from its leader cell would be lost then. */
function hasDeadlineCell(row: TableRow, columns: readonly { role?: string }[]): boolean {
	return columns.some((column, index) => column.role === 'deadline' && cellOf(row, index) !== undefined) || (row.mergedCells ?? []).some((merged) => columns[merged.column]?.role === 'deadline' && merged.pieces.length > 0);
}

function cellOf(row: TableRow, column: number): TableCell | undefined {
	return row.cells.find((cell) => cell.column === column && cell.pieces.length > 0);
}

function cellsOf(row: TableRow, column: number): TableCell[] {
	return row.cells.filter((cell) => cell.column === column && cell.pieces.length > 0);
}

function spanOf(pieces: readonly Span[]): Span {
	return { start: pieces[0].start, end: pieces[pieces.length - 1].end };
}

/** A row's number cell as its marker; a compound number's own number (2 of `1-2`) is the one renumbering replaces. */
function rowMarker(text: NoticeText, number: NonNullable<TableRow['number']>): Marker {
	const { start, end } = number.span;
	const written = text.slice(start, end);
	const numberStart = start + rowNumberValueOffset(written);
	return { kind: MarkerKind.Row, number: number.value, start, numberStart, numberEnd: end - rowNumberPointLength(written), end };
}

/**
 * A text column before the task column groups the rows (`重点工作` over `具体任务`) when it is written as
 * a merged cell pastes: empty in a row below its first, or the same in two rows running (a table of one
 * row tells nothing: read so too, unless the task column is the row's target, `指标要求` beside `任务名称`: one
 * row's `地区生产总值` / `增长5.5%` is one task). A column of a distinct text in every row (`指标名称` beside
 * `2025年预期目标`: `地区生产总值增速` / `6%左右`) is more of each row's text.
 */
function groupsRows(text: NoticeText, table: TableBlock, column: number, beforeTarget: boolean): boolean {
	let previous: string | undefined;
	let rows = 0;
	for (const row of table.rows) {
		if (row.spanning) {
			continue;
		}
		const cell = cellOf(row, column);
		const value = cell ? joined(text, cell.pieces).trim() : '';
		if (value.length === 0 || value === previous) {
			return true;
		}
		previous = value;
		rows++;
	}
	return rows < 2 && !beforeTarget;
}

/** What a cell's line may end with and read on into the next: a sentence's or a clause's end, or an opening bracket. */
const READS_ON = /[。；;，,、：:！!？?…（(【〔[]$/;
/** A line opening a point of its own (`1.新建农田水利设施`, `（2）`, `②`, `二是`). */
const OPENS_POINT = /^(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[①-⑳]|[一二三四五六七八九十]是)/;
/** A quantity closing a clause (`新建幼儿园2所`, `改造管网15公里`, `投资3.5亿元`): a word's end, no wrap's cut. */
const ENDS_QUANTITY = /[0-9０-９](?:万|亿)?(?:个|所|座|处|家|条|项|间|户|人|台|辆|套|亩|吨|名|批|场|件|公里|千米|米|平方米|元)$/;
/** Words that go on with the line before, never open a paragraph (`…公园20个` / `以上，…`, `…城东片区` / `及周边…`; a reviewer's note). */
const GOES_ON = /^(?:以上|以下|以内|左右|余|多|及|和|与|或|并|等|的|之)/;
/** The slack of a line a wrap filled, in display width (a line a PDF wrapped may stop a character short). */
const WRAP_SLACK = 3;

/**
 * Whether a task cell's line `before` ends a paragraph, the next line `after` opening another
 * (`新建幼儿园2所` / `完善配套设施`, a Word cell's two paragraphs): the task's text shows a separator between them.
 * Not after a sentence's or clause's end or an opening bracket (the text reads on), nor before punctuation.
 * A line as wide as the column's widest (`widest`) may be one a wrap filled and cut mid-word (`推进全域土地综` /
 * `合整治`, a PDF's): a paragraph only before a point or after a quantity. Tabs and one cell per line only.
 */
function paragraphBreak(text: NoticeText, before: Span, after: Span, layout: TableBlock['layout'], widest: number): boolean {
	const ending = text.slice(Math.max(before.start, before.end - 4), before.end);
	const opening = text.slice(after.start, Math.min(after.end, after.start + 4));
	if ((layout !== 'tabs' && layout !== 'cell-lines') || READS_ON.test(ending) || /^[\p{P}%％]/u.test(opening) || GOES_ON.test(opening) || !text.slice(before.end, after.start).includes('\n')) {
		return false;
	}
	return OPENS_POINT.test(opening) || ENDS_QUANTITY.test(ending) || displayWidth(text, before.start, before.end) + WRAP_SLACK < widest;
}

/** The cell's pieces onto the task's text, a separator between two paragraphs (see paragraphBreak). */
function pushParagraphs(text: NoticeText, task: RowTask, pieces: readonly Span[], layout: TableBlock['layout'], widest: number): void {
	for (let p = 0; p < pieces.length; p++) {
		if (p > 0 && paragraphBreak(text, pieces[p - 1], pieces[p], layout, widest)) {
			(task.textBreaks ??= []).push({ at: task.textPieces.length, separator: PARAGRAPH_BREAK });
		}
		task.textPieces.push(pieces[p]);
	}
}

/** Between a task cell's paragraphs, the separator its text shows. */
const PARAGRAPH_BREAK = '；';

/** The display width of the widest line of a column's cells (a PDF wraps every line of a cell but its last at it). */
function widestLine(text: NoticeText, table: TableBlock, column: number): number {
	let widest = 0;
	for (const row of table.rows) {
		for (const cell of row.cells) {
			for (const piece of cell.column === column ? cell.pieces : []) {
				widest = Math.max(widest, displayWidth(text, piece.start, piece.end));
			}
		}
	}
	return widest;
}

/** The rows of a table in order, as tasks and the group headings above them. */
export function readTableRows(
	text: NoticeText,
	table: TableBlock,
	groupMarker: (span: Span) => Marker | undefined,
	groupLeader: (span: Span) => TextRef | undefined,
): Array<{ group: TableGroup & { leader?: TextRef } } | { task: RowTask }> {
	const out: Array<{ group: TableGroup & { leader?: TextRef } } | { task: RowTask }> = [];
	// Two task columns (`重点工作` / `具体任务`): the last holds the task, the others group the rows (often merged cells).
	const taskColumns = table.columns.map((column, index) => (column.role === 'task' ? index : -1)).filter((index) => index >= 0);
	const lastTask = taskColumns[taskColumns.length - 1];
	const beforeTarget = lastTask !== undefined && isTargetLabel(table.columns[lastTask].label);
	const columns = table.columns.map((column, index) => (column.role === 'task' && index !== lastTask && groupsRows(text, table, index, beforeTarget) ? { ...column, role: 'category' as const } : column));
	const measureColumns = table.columns.map((column, index) => (column.role === undefined && isMeasureLabel(column.label) ? index : -1)).filter((index) => index >= 0);
	const widths = new Map<number, number>();
	const widest = (column: number) => widths.get(column) ?? widths.set(column, widestLine(text, table, column)).get(column)!;
	let leader: TextRef | undefined;
	let category: string | undefined;
	let ordinal = 0;
	for (const row of table.rows) {
		if (row.spanning) {
			// A numbered group is a row over sub-tasks (`1\t稳定经济增长` over `1-1`, `1-2`): a leader written in it leads them too.
			const leaderCell = row.number ? cellOf(row, table.columns.findIndex((column) => column.role === 'leader')) : undefined;
			// No task keeps a date cut from it here: as written.
			leader = leaderCell ? { text: joined(text, leaderCell.pieces), span: spanOf(leaderCell.pieces) } : undefined;
			const marker = row.number ? rowMarker(text, row.number) : groupMarker(row.spanning);
			out.push({ group: { span: row.spanning, marker, leader: leader ?? groupLeader(row.spanning) } });
			continue;
		}
		ordinal++;
		const task: RowTask = {
			marker: row.number ? rowMarker(text, row.number) : emptyRowMarker(row.span.start, ordinal),
			textPieces: [],
			fields: [],
			span: { ...row.span },
			groupLines: row.groupLines,
		};
		columns.forEach((column, index) => {
			const cell = cellOf(row, index);
			const role = column.role;
			if (role === 'category') {
				if (cell) {
					const value = joined(text, cell.pieces).trim();
					if (value !== category) {
						category = value;
						task.group = { span: spanOf(cell.pieces) };
					}
				}
				return;
			}
			if (role === 'leader') {
				if (cell) {
					// A leader a paragraph (`王明` / `李华`): two leaders, not 王明李华.
					// Cut only when the row has no deadline cell: the date cut is then its deadline, as written.
					const { people: pieces, date } = hasDeadlineCell(row, columns) ? { people: cell.pieces, date: undefined } : peopleOfCell(text, cell.pieces);
					leader = { text: leaderText(text, table, row, cell, pieces), span: spanOf(pieces) };
					if (date) {
						task.deadline = { text: joined(text, date), span: spanOf(date) };
					}
				}
				task.leader = leader;
				return;
			}
			if (!cell) {
				return;
			}
			if (measureColumns.includes(index)) {
				return;
			}
			if (role === 'task' || role === undefined) {
				if (role === 'task' || task.textPieces.length === 0) {
					if (role === 'task' && task.textPieces.length > 0) {
						(task.textBreaks ??= []).push({ at: task.textPieces.length, separator: ' ' });
					}
					for (const own of cellsOf(row, index)) {
						pushParagraphs(text, task, own.pieces, table.layout, widest(index));
					}
					task.unitsInText ||= column.unitsInCell === true;
				}
			} else if (role === 'deadline') {
				// A row of sub-items: each sub-item's deadline cell (`①…` / `2020年12月底前` / … / `②…` / `2020年6月底前`), a paragraph each.
				const own = cellsOf(row, index);
				const cells = own.length > 1 && own.every((each) => each.subItem !== undefined) ? own : [cell];
				const written = cells.map((each) => (table.layout === 'cell-lines' || table.layout === 'tabs' ? paragraphs(text, each.pieces, DATE_CUT) : joined(text, each.pieces)));
				task.deadline = { text: written.join('\n'), span: { start: cells[0].pieces[0].start, end: spanOf(cells[cells.length - 1].pieces).end } };
			} else if (role === 'note' && !task.progress && cell.pieces.length > 0 && isProgressLabel(foldVocabulary(column.label))) {
				// 湖州 2020's `推进情况` column: what a supervisor reads in the task table's 进展情况.
				task.progress = { text: joined(text, cell.pieces), span: spanOf(cell.pieces) };
			} else if (role === 'lead' || role === 'responsible' || role === 'other' || role === 'assignment') {
				// A frame may close a column's cell halfway down the row and open another (see FrameRegions): two lists.
				for (const own of cellsOf(row, index)) {
					task.fields.push(own.subItem === undefined ? { role, label: column.label, pieces: own.pieces } : { role, label: column.label, pieces: own.pieces, subItem: own.subItem });
				}
			}
		});
		for (const index of measureColumns) {
			// `6` then `%`, `12` then `亿元`: the measure after the target, though its column stands before it.
			for (const own of task.textPieces.length > 0 ? cellsOf(row, index) : []) {
				task.textPieces.push(...own.pieces);
			}
		}
		for (const merged of row.mergedCells ?? []) {
			const role = columns[merged.column]?.role;
			if (merged.pieces.length === 0) {
				continue;
			}
			if (role === 'lead' || role === 'responsible' || role === 'other' || role === 'assignment') {
				// Beside its own cell too, when the frame closes the merged one halfway down the row: both name its units.
				(task.mergedUnitCells ??= []).push(merged);
			} else if (role === 'deadline' && !task.deadline) {
				task.deadline = { text: joined(text, merged.pieces), span: spanOf(merged.pieces) };
			}
		}
		out.push({ task });
	}
	return out;
}
