import { afterTable, DATE_ALONE } from './tableEnds';
import { isWhiteSpace } from '../text/characters';
import { foldVocabulary } from '../text/vocabularyFold';
import type { Span } from '../text/lineIndex';
import { isCollectiveName, looksLikeCutUnitCell, looksLikeUnitCell } from '../units/unitNames';
import { bracketOf } from '../text/characters';
import type { StructureLine, TableBlock, TableCell, TableColumn, TableRow } from './structure';
import { FrameRegions } from './frameRegions';
import { CellHint } from './lineScan';
import { MarkerKind, matchMarker } from './markers';
import { displayWidth, isGroupHeading, isRuleCell, isRuleLine, layoutOf, opensWithPipe, splitCells, type CellLayout, type CellRange } from './tableCells';
import { columnRole, isHeaderRow, isUnitColumn, joinsWrappedHeader, withMeasureColumns, type ColumnRole } from './tableHeaders';
import { followsRow, isBracketedNumber, isFirstRowNumber, isPointedNumber, laterRow, nearRow, parentRowNumber, ROW_NUMBER, rowNumberValue } from './rowNumbers';
import { groupParentRows } from './subRows';
import { isPageFooterLine } from './pageFooters';
import { mayEndWithHeader, mayOpenWordTable, readWordTable } from './wordTables';
import { carryMergedCells, spanningColumns } from './mergedCells';
import { isCompleteUnitName, isOneBrokenName, LEVEL_CLASS } from '../units/nameShape';
import { saysNoUnit } from '../units/saysNoUnit';
import type { NoticeText } from '../text/noticeText';
import { labelCutBefore, labelRole, namesUnits, type LabelMatch } from './fieldLabels';
import { isGroupPrefixAt, opensGroupLine, opensWithGroupWord } from './groupPrefix';
import { readsUnnumbered, readUnnumberedRows } from './unnumberedRows';

/**
 * Tables pasted as text. Two families:
 * - a row per line, cells separated by tabs (Excel, WPS), pipes (a web page), a box frame (`│`, with
 *   cells wrapped onto the lines below) or aligned with spaces;
 * - a cell per line, as a web page's table copies (`序号` / `目  标  任  务` / `牵头单位` … then `1` /
 *   `★地区生产总值增长15%。` / `区发改局`), sometimes each cell ending in ` |`;
 * - a row per line, cells separated by one space (see readWordTable).
 * A table starts at a header row that names a unit column and a number or task column; without one
 * the lines stay text (a site's metadata table `索引号 | … |` is no task table).
 */

/** CellHint bits of a line. */
type Hints = number;

/** One past the last table line scanned for a header before giving up: cell-per-line headers are short. */
const MAX_HEADER_CELLS = 12;
/** Cells of a cell-per-line header that are no header word (see mayBeUnknownHeaderCell). */
const MAX_UNKNOWN_HEADER_CELLS = 2;
/** Blank lines in a row between the cells of a header. */
const MAX_BLANKS = 4;

function slice(text: NoticeText, span: Span): string {
	return text.slice(span.start, span.end);
}

/** What a reader saw of a table it could not read: its header row; or of a table it read, the header of rows it left below. */
export interface HeaderSeen {
	header: Span | undefined;
	rowsLeft: Span | undefined;
}

/**
 * Every table of the text; the lines of each are marked with its index. A header row whose rows no
 * reader could read goes to `unread`. O(lines + characters).
 */
/** A line with one of these hints may open a table: cells in a row, or a line that may (see mayOpenTable). */
const OPENS_TABLE_HINTS = CellHint.Tab | CellHint.Box | CellHint.Pipe | CellHint.WideSpace | CellHint.MayOpenTable;

/**
 * Whether a line of text (not blank), from itself alone, may open a table of a cell per line or a word
 * table, or hold the header glued to its end: each reader's first test. Asked once per line read,
 * with its hints (see CellHint.MayOpenTable).
 */
export function mayOpenTable(text: NoticeText, line: StructureLine, hints: Hints): boolean {
	return mayBeHeaderCell(line) || mayOpenWordTable(text, line, hints) || mayEndWithHeader(text, line);
}

export function findTables(text: NoticeText, lines: StructureLine[], hints: ArrayLike<Hints>, unread: Span[]): TableBlock[] {
	const tables: TableBlock[] = [];
	// Both properties from the start: `rowsLeft` added at the first line that may open a table gave the
	// next reading's `seen` another hidden class than this code was optimized for ("wrong map" at the
	// second fresh read in one engine, and findTables optimized again).
	const seen: HeaderSeen = { header: undefined, rowsLeft: undefined };
	for (let i = 0; i < lines.length; ) {
		// Each reader's first test, from the line alone, which nearly every line fails: asked when the
		// line was read (CellHint.MayOpenTable), so that this loop reads the hints alone.
		if ((hints[i] & OPENS_TABLE_HINTS) === 0) {
			i++;
			continue;
		}
		seen.header = undefined;
		seen.rowsLeft = undefined;
		const table = readRowTable(text, lines, hints, i, seen) ?? readCellLineTable(text, lines, i, seen) ?? readWordTable(text, lines, hints, i, seen);
		if (!table) {
			// Read back through the object: the readers set it (a narrowing to undefined would not see that).
			const header = (seen as HeaderSeen).header;
			if (header && (unread.length === 0 || unread[unread.length - 1].end <= header.start)) {
				unread.push(header);
			}
			i++;
			continue;
		}
		// Read back through the object, as the header above.
		const rowsLeft = (seen as HeaderSeen).rowsLeft;
		if (rowsLeft && (unread.length === 0 || unread[unread.length - 1].end <= rowsLeft.start)) {
			unread.push(rowsLeft);
		}
		seen.rowsLeft = undefined;
		// A header read unread from a line above (`分类` / `序号` / …, its first row's category a unit-like `区属国企`) that
		// this table's reads from inside it (`序号` on): the same header, read (a reviewer's: a false table-not-read).
		if (unread.length > 0 && unread[unread.length - 1].end > lines[table.firstLine].start && unread[unread.length - 1].start < lines[table.firstLine].start) {
			unread.pop();
		}
		for (let j = table.firstLine; j < table.endLine; j++) {
			lines[j].table = tables.length;
		}
		tables.push(table);
		i = table.endLine;
	}
	return tables;
}

// ---------------------------------------------------------------------------------------------
// A row per line

interface RowCells {
	cells: CellRange[];
	/** Column of each cell (by position for space-aligned rows, else by index). */
	columns: number[];
}

/**
 * A line's cells and their columns, against the header's first line (its leading tabs, its opening pipe);
 * `categoryFirst`: the header's column count, when it opens with a category column, then the number's (see categoryBeforeNumber).
 */
function rowCells(text: NoticeText, line: StructureLine, layout: CellLayout, columnStarts: readonly number[] | undefined, header: StructureLine, loneCellGoesOn = false, categoryFirst?: number): RowCells {
	const cells = splitCells(text, line.start, line.end, layout);
	if (categoryFirst !== undefined && (layout === 'tabs' || layout === 'pipes') && leavesCategoryOut(text, cells, categoryFirst)) {
		return { cells, columns: cells.map((_, index) => index + 1) };
	}
	if (layout === 'tabs') {
		// A tab before the content more than the header has is an empty cell (`\t地区生产总值…\t市发改委`:
		// the number cell left empty), unless a row's number opens the content (a row indented alone).
		const empty = leadingTabs(text, line) - leadingTabs(text, header);
		const shift = empty > 0 && cells.length > 0 && !ROW_NUMBER.test(slice(text, cells[0]).trim()) ? empty : 0;
		return { cells, columns: cells.map((_, index) => index + shift) };
	}
	if (layout === 'pipes' && opensEmptyCell(text, line, header, cells, loneCellGoesOn)) {
		return { cells, columns: cells.map((_, index) => index + 1) };
	}
	if (layout !== 'spaces' || !columnStarts) {
		return { cells, columns: cells.map((_, index) => index) };
	}
	// Space-aligned: a cell belongs to the header column it starts under (two columns of slack).
	const lineStart = lineStartOf(text, line.start);
	const columns = cells.map((cell) => {
		const at = displayWidth(text, lineStart, cell.start);
		let column = 0;
		for (let c = 0; c < columnStarts.length; c++) {
			if (columnStarts[c] <= at + 2) {
				column = c;
			}
		}
		return column;
	});
	return { cells, columns };
}

/**
 * Whether the pipe opening a line of a pipe table is an empty first cell's end, not the table's outer edge (which
 * splitCells drops): in a table whose header opens with no pipe, a cell's second line a copy wrote behind the
 * row's empty cells (`1 | 推进老旧小区改造… | 县住建局 | 县财政局 | 2024年6月` / ` | | | | 底前`). Read as an
 * edge, its cells stood a column left: the deadline's rest in the lead's cell, the row without a lead.
 * Not a row's number after the pipe (`| 1 | …`), more cells than the header's, counting a closing pipe the header
 * has not, or a group's title alone (`| 一、经济发展 | | |`, a merged row written between pipes). A lone first cell
 * moves only where `loneCellGoesOn` says the open row's cell beside it was cut (`推进老旧小区改造，` /
 * ` | 年内完成改造小区20个。 | | |`): elsewhere it is a merged row's, a group's title without a marker
 * (`| 经济发展 | | |`, `| 一是稳增长 | | |`) or a note under the rows (`| 备注：各牵头单位每月25日前报送进展 | | |`).
 * A first cell of text with more cells moves only off a number column, into a row of all the header's cells
 * (` | 推进老旧小区改造。 | 县住建局 | 2024年6月底前 |` under `序号 | 工作任务 | 牵头单位 | 完成时限 |`): under
 * `工作任务 | 牵头单位 | …`, or a cell short, it is a row a merged cell made short
 * (`| 新建改造农村公路50公里。 | 县交通运输局 | 2024年12月底前 |`), the pipe its edge.
 */
function opensEmptyCell(text: NoticeText, line: StructureLine, header: StructureLine, cells: readonly CellRange[], loneCellGoesOn: boolean): boolean {
	if (!opensWithPipe(text, line.start) || opensWithPipe(text, header.start) || cells.length === 0 || cells[0].start === line.start) {
		return false;
	}
	const filled = cells.filter((cell) => cell.end > cell.start);
	if (filled.length === 0 || ROW_NUMBER.test(slice(text, filled[0]))) {
		return false;
	}
	const headerCells = splitCells(text, header.start, header.end, 'pipes');
	const closedByEdge = opensWithPipe(text, line.end - 1) && cells[cells.length - 1].end < line.end;
	const count = cells.length + 1 + (closedByEdge && !opensWithPipe(text, header.end - 1) ? 1 : 0);
	if (filled[0] === cells[0] && (filled.length === 1 ? !loneCellGoesOn || opensGroup(text, cells[0].start) || NOTE_OPENING.test(slice(text, cells[0])) : columnRole(slice(text, headerCells[0])) !== 'number' || count < headerCells.length)) {
		return false;
	}
	return count <= headerCells.length;
}

/**
 * Whether a row under a header opening with a category column, then the number's (`分类 | 序号 | 事项 | 责任单位 |
 * 牵头单位 |`), opens with its number, its category left out: a merged cell written in its group's first row only
 * (`发展目标 | 1 | 农业增加值增长3.5%。 | …` / `| 2 | 服务业增加值增长6%。 | …`), the empty cell a pipe, a tab or
 * nothing. A category is never a bare number: the number is the row's, its cells one column right, when they fit.
 */
function leavesCategoryOut(text: NoticeText, cells: readonly CellRange[], columnCount: number): boolean {
	if (cells.length === 0 || !ROW_NUMBER.test(slice(text, cells[0]))) {
		return false;
	}
	let written = cells.length;
	while (written > 0 && cells[written - 1].end === cells[written - 1].start) {
		written--;
	}
	return written < columnCount;
}

/** A note's label opening a line (`注：`, `备注：`, `说明：`): a note under the table, never a cell's second line. */
const NOTE_OPENING = /^(?:备注|注|说明)[：:]/;

/**
 * Whether the open row's cell in the column after the first ends cut inside its sentence (`推进老旧小区改造，`,
 * `推进项目建设：`): a lone cell a pipe opens below it (` | 年内完成改造小区20个。 | | |`) may be its next line.
 */
function cellCutBeside(text: NoticeText, row: TableRow | undefined): boolean {
	const cell = row?.cells.find((own) => own.column === 1);
	if (!cell || cell.pieces.length === 0) {
		return false;
	}
	const last = cell.pieces[cell.pieces.length - 1];
	const code = text.charCodeAt(last.end - 1);
	return endsInList(text, last) || code === 0xff1a || code === 0x3a;
}

/** A group heading's marker at `at` (`一、`, `（一）`, `第一部分`): a merged row's title. */
function opensGroup(text: NoticeText, at: number): boolean {
	const kind = matchMarker(text, at)?.kind;
	return kind === MarkerKind.ChineseSection || kind === MarkerKind.ParenChinese || kind === MarkerKind.Part;
}

/** A line's cells that hold text, with their columns. */
function filledCells(cells: readonly CellRange[], columns: readonly number[]): Array<{ cell: CellRange; column: number }> {
	return cells.map((cell, index) => ({ cell, column: columns[index] })).filter(({ cell }) => cell.end > cell.start);
}

/** The tabs before a line's content. */
function leadingTabs(text: NoticeText, line: StructureLine): number {
	let tabs = 0;
	for (let at = lineStartOf(text, line.start); at < line.start; at++) {
		tabs += text.charCodeAt(at) === 0x09 ? 1 : 0;
	}
	return tabs;
}

/** The tabs after a line's content, up to the end of its physical line. */
function trailingTabs(text: NoticeText, line: StructureLine): number {
	let tabs = 0;
	for (let at = line.end; at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13; at++) {
		tabs += text.charCodeAt(at) === 0x09 ? 1 : 0;
	}
	return tabs;
}

/**
 * A line of one cell behind empty ones (`1\t新建农村公路50公里\t县交通运输局\t县财政局\t12月底前` /
 * `\t\t\t各乡镇人民政府\t`: a Word cell's second paragraph, the row's other cells empty): its content
 * holds no tab, so the line reads as no line of the table, which ended there and lost every row below.
 * It goes on with the row when its tabs, before and after it, are the row's (a tab for each column but the last), or, behind
 * two empty cells or in a unit column, when the table's rows go on under it; not a paragraph's one-tab
 * indent, nor a signature tabbed to the right under the table (`\t\t\t县人民政府办公室`, no row after it).
 */
function continuesCellBehindTabs(text: NoticeText, lines: readonly StructureLine[], hints: ArrayLike<Hints>, at: number, headerTabs: number, columns: readonly TableColumn[]): boolean {
	const line = lines[at];
	const empty = leadingTabs(text, line) - headerTabs;
	// `\t二、增进民生福祉\t\t\t`: a group's row, its title in the task column, is no paragraph of the row above (see the group headings in readRowTable).
	if (empty < 1 || empty >= columns.length || ROW_NUMBER.test(slice(text, line).trim()) || isGroupHeading(line)) {
		return false;
	}
	const trailing = trailingTabs(text, line);
	if (trailing > 0 && empty + trailing >= columns.length - 1) {
		return true;
	}
	if (empty < 2 && !isUnitColumn(columns[empty].role)) {
		// `3\t完成高标准农田建设3万亩，\t…` / `\t同步推进农田水利设施配套` / `4\t…`: the task's second paragraph, its
		// row's trailing tabs trimmed on save (an editor's "trim trailing whitespace"), right above the next row.
		return nextContentLine(lines, at + 1) === at + 1 && layoutOf(hints[at + 1]) === 'tabs';
	}
	// The rows go on under it, maybe after more such paragraphs (`\t\t\t各乡镇人民政府` / `\t\t\t县民政局` / `2\t…`)
	// or a group's heading over them (`\t\t\t各乡镇人民政府` / `二、惠民生` / `3\t…`); a signature and its date tabbed to
	// the right under the last row (`\t\t\t县人民政府办公室` / `\t\t\t2025年3月1日`) have none after them.
	for (let next = at + 1; next <= at + MAX_CELL_PARAGRAPHS && nextContentLine(lines, next) === next; next++) {
		if (layoutOf(hints[next]) === 'tabs' || (isGroupHeading(lines[next]) && nextRowFollows(text, lines, hints, next + 1, 'tabs'))) {
			return true;
		}
		if (leadingTabs(text, lines[next]) <= headerTabs) {
			return false;
		}
	}
	return false;
}

/**
 * A group line right under the last row read (`以上2项牵头单位：…`, see opensGroupLine), noted on that row:
 * the table goes on under it. Not under a group row, nor before the first row.
 */
function takesGroupLine(text: NoticeText, rows: readonly TableRow[], current: TableRow | undefined, start: number, end: number, labels: readonly LabelMatch[]): boolean {
	return opensGroupLine(text, start, end, labels) && notesGroupLine(rows, current, start, end);
}

/** Notes the group line at [start, end) on the last row read, `current` (see takesGroupLine). */
function notesGroupLine(rows: readonly TableRow[], current: TableRow | undefined, start: number, end: number): boolean {
	if (current === undefined || rows[rows.length - 1] !== current) {
		return false;
	}
	(current.groupLines ??= []).push({ start, end });
	return true;
}

/**
 * The last line of a group line opening line `at` between a table's rows: the next line too where a
 * PDF's wrap cut its label (`以上2项牵头` / `单位：县住建局；…`, `…县住建局；责` / `任单位：…`) or put its next
 * label after the semicolon (`…县住建局；` / `责任单位：…`), as a group line between items reads
 * (interpretNotice.readTaskText); not a role the line named already. -1 when the line opens no group line.
 */
function groupLineEnd(text: NoticeText, lines: readonly StructureLine[], at: number): number {
	const line = lines[at];
	if (!opensWithGroupWord(text, line.start)) {
		return -1;
	}
	const opens = opensGroupLine(text, line.start, line.end, line.labels);
	const next = lines[at + 1];
	if (next === undefined || next.end === next.start || next.marker !== undefined) {
		return opens ? at : -1;
	}
	const named = (role: string) => line.labels.some((label) => label.role === role);
	const cut = labelCutBefore(text, line.start, line.end, next.start, next.end);
	if (cut !== undefined) {
		const joins = opens || isGroupPrefixAt(text, line.start, cut.prefixStart);
		return joins && !named(cut.role) && !next.labels.some((label) => named(label.role)) ? at + 1 : opens ? at : -1;
	}
	let last = line.end;
	while (last > line.start && isWhiteSpace(text.charCodeAt(last - 1))) {
		last--;
	}
	const semicolon = last > line.start && (text.charCodeAt(last - 1) === 0xff1b || text.charCodeAt(last - 1) === 0x3b);
	const labelOpens = next.labels.length > 0 && next.labels[0].start === next.start;
	if (opens && semicolon && labelOpens && line.labels.length > 0 && !next.labels.some((label) => named(label.role))) {
		return at + 1;
	}
	return opens && groupListGoesOn(text, line, last, next) ? at + 1 : opens ? at : -1;
}

/** A group line's list the wrap left unfinished: a trailing `、` or comma, a dangling `各`, an open bracket. */
const LIST_GOES_ON = new Set([0x3001, 0xff0c, 0x2c, 0x5404, 0xff08, 0x28]);
/** A worded group's sentence ends with its verb (`…各镇人民政府配合。`). */
const WORDED_END = /(?:配合|负责|参与|协助|协同|落实|实施|牵头)[。；;]?$|[。；;]$/;
/** The helpers of a worded group's sentence after their comma (`，县城管局配合。`), the rest of 牵头 a wrap cut before it (`头，…`). */
const HELPERS_AFTER_COMMA = /^头?[，,][^。；;：:]*(?:配合|参与|协助|协同)[。；;]?$/;

/**
 * Whether `content`, the next line, is a worded group sentence's helpers after their comma that a wrap put
 * on it (`以上2项由县住建局牵头` / `，县城管局、县交通运输局配合。`, `…由县住建局牵` / `头，…配合。`), `sentence`
 * the line up to its last character: a list as long as a line, not only a short rest.
 */
function helpersGoOn(sentence: string, content: string): boolean {
	return HELPERS_AFTER_COMMA.test(content) && !/[。；;]$/.test(sentence) && (content.charAt(0) !== '头' || sentence.endsWith('牵'));
}
/** A row's number alone on its line (a table laid out one cell a line: `3`). */
const ROW_NUMBER_LINE = /^[0-9０-９]{1,3}(?:\s*\|)?$/;

/**
 * Whether the line after a group line ending at `last` is the rest of its list (`…责任单位：县财政局、县公安局、`
 * / `各镇人民政府`, `以上两项由县交通运输局牵头，…、` / `各镇人民政府配合。`), as a field line between items
 * goes on (interpretNotice.continuesField): the list unfinished, or a name or a worded sentence the wrap
 * cut (`…各镇人民` / `政府`, `…各镇人民政府` / `配合。`). Never a row's number, a row of tabs, another label
 * or group line: those are the table's.
 */
function groupListGoesOn(text: NoticeText, line: StructureLine, last: number, next: StructureLine): boolean {
	const content = text.slice(next.start, next.end).trim();
	if (content.length === 0 || ROW_NUMBER_LINE.test(content) || content.includes('\t') || next.labels.length > 0 || opensWithGroupWord(text, next.start)) {
		return false;
	}
	if (LIST_GOES_ON.has(text.charCodeAt(last - 1)) || line.brackets.some((group) => group.close < 0)) {
		return true;
	}
	if (line.labels.length === 0 && content.length <= 60 && helpersGoOn(text.slice(line.start, last), content)) {
		return true;
	}
	// A short rest only, with no sentence of its own before its end: `县政府办公室` / `2025年3月1日` under a whole list is a signature.
	if (content.length > 20 || /[。：:]/.test(content.slice(0, -1))) {
		return false;
	}
	if (line.labels.length === 0) {
		// `…各镇人民政府` / `配合。`, `…由县住建局牵` / `头，县城管局配合。`: the sentence a wrap cut.
		return !WORDED_END.test(text.slice(line.start, last)) && WORDED_END.test(content);
	}
	const name = text.slice(line.labels[line.labels.length - 1].end, last).split(/[、，,：:；;]/).pop()!.trim();
	return name.length > 0 && !isCompleteUnitName(name) && isOneBrokenName([name, content]);
}

/** How many paragraphs of one cell behind empty ones are looked through for the row after them. */
const MAX_CELL_PARAGRAPHS = 6;

/** The next line with text is a row of the table's layout, not another table's header (`序号\t工作任务\t…`). */
function nextRowFollows(text: NoticeText, lines: readonly StructureLine[], hints: ArrayLike<Hints>, from: number, layout: CellLayout): boolean {
	for (let i = from; i < lines.length && i < from + 3; i++) {
		const line = lines[i];
		if (line.end > line.start) {
			const first = splitCells(text, line.start, line.end, layout)[0];
			return layoutOf(hints[i]) === layout && first !== undefined && columnRole(slice(text, first)) === undefined;
		}
	}
	return false;
}

/** The start of the physical line holding `offset` (white space before the content counts for alignment). */
function lineStartOf(text: NoticeText, offset: number): number {
	let at = offset;
	while (at > 0 && text.charCodeAt(at - 1) !== 10 && text.charCodeAt(at - 1) !== 13) {
		at--;
	}
	return at;
}

function readRowTable(text: NoticeText, lines: StructureLine[], hints: ArrayLike<Hints>, first: number, seen: HeaderSeen): TableBlock | undefined {
	const layout = layoutOf(hints[first]);
	if (!layout) {
		return undefined;
	}
	// The header: one line, or (in a frame) the lines up to the first rule, joined per column.
	let headerEnd = first;
	let header: Array<{ pieces: Span[] }> = [];
	if (isRuleLine(text, lines[first].start, lines[first].end)) {
		return undefined;
	}
	for (let i = first; i < lines.length && i < first + 4; i++) {
		const line = lines[i];
		if (line.end === line.start || isRuleLine(text, line.start, line.end) || (i > first && layout !== 'box')) {
			break;
		}
		if (layoutOf(hints[i]) !== layout) {
			break;
		}
		const cells = splitCells(text, line.start, line.end, layout);
		cells.forEach((cell, index) => {
			header[index] ??= { pieces: [] };
			if (cell.end > cell.start) {
				header[index].pieces.push(cell);
			}
		});
		headerEnd = i + 1;
	}
	header = Array.from(header, (cell) => cell ?? { pieces: [] });
	const split = layout !== 'box' ? splitUnitHeader(text, lines, hints, first, layout, header) : undefined;
	if (split) {
		headerEnd = first + 2;
	} else if (layout !== 'box') {
		headerEnd = wrappedHeaderEnd(text, lines, hints, first, layout, header);
	}
	const labels = header.map((cell, index) => split?.get(index) ?? cell.pieces.map((piece) => slice(text, piece)).join(''));
	const roles = withMeasureColumns(labels, labels.map(columnRole));
	// No unit column: the units may stand in the task's cell (湖州 2020: `序号 | 目标任务 | 推进情况 |`, see unitsInTaskCell).
	const unitsInTask = isHeaderRow(roles) ? undefined : unitsInTaskCell(labels, roles);
	if (!isHeaderRow(roles) && unitsInTask === undefined) {
		return undefined;
	}
	if (unitsInTask) {
		roles[unitsInTask.column] = 'task';
	}
	const columns: TableColumn[] = header.map((cell, index) => ({
		role: roles[index],
		label: labels[index].replace(/[\s\u3000]+/g, ''),
		span: cell.pieces.length > 0 ? { start: cell.pieces[0].start, end: cell.pieces[cell.pieces.length - 1].end } : { start: lines[first].start, end: lines[first].start },
		...(unitsInTask?.column === index ? { unitsInCell: true } : {}),
	}));
	const lineStart = lineStartOf(text, lines[first].start);
	const columnStarts = layout === 'spaces' ? splitCells(text, lines[first].start, lines[first].end, layout).map((cell) => displayWidth(text, lineStart, cell.start)) : undefined;
	const numberColumn = roles.indexOf('number');
	const headerTabs = leadingTabs(text, lines[first]);
	// In a frame, the column whose cells are the rows: a rule under one of its cells alone (`├────┤ │…│`) ends a row.
	const rowColumn = numberColumn >= 0 ? numberColumn : roles.lastIndexOf('task');
	// In a frame, each column's cells between its rules, which may stand beside several rows (merged cells).
	const frame = layout === 'box' ? new FrameRegions() : undefined;
	let rowRuled = false;

	const rows: TableRow[] = [];
	let current: TableRow | undefined;
	let open = false;
	const categoryFirst = categoryBeforeNumber(roles) ? columns.length : undefined;
	const style = numberColumn >= 0 ? rowNumberStyle(text, lines, hints, headerEnd, layout, columnStarts, numberColumn, lines[first], categoryFirst) : { bracketed: false, pointed: false };
	const bracketedRows = style.bracketed;
	let anyNumbered = false;
	/** The last row's number as written (`1`, `(2)`). */
	let lastRowNumber: string | undefined;
	/** Tabs and pipes: the row's sub-item so far, once a second one's line has been read (see subRowOnLine). */
	let rowSubItem: RowSubItem | undefined;
	/** Tabs and pipes: the cells each row has, empty ones included (a merged cell's rows have fewer). */
	const widths = layout === 'tabs' || layout === 'pipes' ? new Map<TableRow, number>() : undefined;
	/** Tabs: the cell the row's last line ended inside, before the last column (a Word cell's second paragraph follows). */
	let wrap: CutCell | undefined;
	let end = headerEnd;
	const headerTexts = lines.slice(first, headerEnd).map((line) => compactLine(text, line));
	/** Whether each line of the same layout from `from` numbered `(2)`, `(3)` … fills the task column and a unit column (see bracketedSubRow). */
	const subRowsGoOn = (from: number): boolean => {
		for (let at = from, number = 2; at < lines.length && layoutOf(hints[at]) === layout; at++, number++) {
			const { cells, columns: cellColumns } = rowCells(text, lines[at], layout, columnStarts, lines[first], false, categoryFirst);
			const filledAt = filledCells(cells, cellColumns);
			const numberAt = filledAt.find(({ column }) => column === numberColumn);
			const written = numberAt ? slice(text, numberAt.cell) : '';
			if (!isBracketedNumber(written) || !ROW_NUMBER.test(written)) {
				return true;
			}
			if (rowNumberValue(written) !== number || !fillsTaskAndUnits(filledAt, roles)) {
				return false;
			}
		}
		return true;
	};
	// One pass over the table's lines, each split once: O(characters of the table) (addPiece sorts a
	// row's few cells, bounded by the columns).
	for (let i = headerEnd; i < lines.length; i++) {
		const line = lines[i];
		if (line.end === line.start) {
			// A blank line ends the table unless the next line carries on in the same layout, or a page's footer and then such a line.
			const next = lines[i + 1];
			if ((next && next.end > next.start && layoutOf(hints[i + 1]) === layout) || rowsGoOnPastFooter(text, lines, hints, i + 1, layout)) {
				continue;
			}
			break;
		}
		if (isPageFooterLine(text, line) && rowsGoOnPastFooter(text, lines, hints, i, layout)) {
			// `— 3 —` between two rows, where the copy broke a page: no text of the table, which goes on.
			continue;
		}
		const repeated = repeatedHeaderLines(text, lines, i, headerTexts) || (frame ? repeatedFrameHeader(text, lines, hints, i, columns) : 0);
		if (repeated > 0) {
			// The header again at the top of the next page (Word repeats it): no row, the rows go on.
			open = false;
			wrap = undefined;
			i += repeated - 1;
			end = i + 1;
			continue;
		}
		if (isRuleLine(text, line.start, line.end) && !(frame && isPartialRule(text, line))) {
			open = false;
			frame?.closeAll();
			end = i + 1;
			continue;
		}
		if (rows.length === 0 && layoutOf(hints[i]) !== layout && MEASURE_NOTE.test(slice(text, line))) {
			// `（单位：亿元）` on a line of its own under the header: the figures' measures, no row, the table goes on.
			end = i + 1;
			continue;
		}
		const groupEnd = layoutOf(hints[i]) !== layout ? groupLineEnd(text, lines, i) : -1;
		if (groupEnd >= 0 && layoutOf(hints[groupEnd]) !== layout && notesGroupLine(rows, current, line.start, lines[groupEnd].end)) {
			// `以上2项牵头单位：县自然资源局；责任单位：县农业农村局` between two rows, maybe over two lines a
			// wrap broke: the rows above's units, the table goes on.
			open = false;
			wrap = undefined;
			i = groupEnd;
			end = i + 1;
			continue;
		}
		// A space-aligned row may be all indentation and one cell (a task cell wrapped onto the next line).
		const indented = layout === 'spaces' && line.start - lineStartOf(text, line.start) >= 2;
		const behindTabs = layout === 'tabs' && open && layoutOf(hints[i]) !== layout && continuesCellBehindTabs(text, lines, hints, i, headerTabs, columns);
		// `…\t县住建局\t2024年6月` / `底前`: the date's rest on a line of its own, no cell separator on it.
		const restBelow = (layout === 'tabs' || layout === 'pipes') && open && current && layoutOf(hints[i]) !== layout && !behindTabs ? dateRestColumn(text, lines, hints, i, layout, current, roles, [{ cell: { start: line.start, end: line.end }, column: -1 }]) : -1;
		if (layoutOf(hints[i]) !== layout && !indented && !behindTabs && restBelow < 0 && !(open && wrap?.quoted) && !(open && wrap && paragraphsGoOn(text, lines, hints, i))) {
			if (isGroupHeading(line) && nextRowFollows(text, lines, hints, i + 1, layout)) {
				// `二、冯中海常务副市长牵头重点工作` on a line of its own between rows (a merged row of a Word
				// table): a group over the rows below, the table goes on.
				rows.push({ firstLine: i, lastLine: i, span: { start: line.start, end: line.end }, cells: [], spanning: { start: line.start, end: line.end } });
				open = false;
				end = i + 1;
				continue;
			}
			break;
		}
		const read = rowCells(text, line, layout, columnStarts, lines[first], layout === 'pipes' && open && cellCutBeside(text, current), categoryFirst);
		const { cells } = read;
		let cellColumns = read.columns;
		// A pipe line's one cell, the date's rest, wherever its pipes put it (` | | | 底前 |` under a row of five cells).
		const rest = restBelow >= 0 ? restBelow : layout === 'pipes' && open && current ? dateRestColumn(text, lines, hints, i, layout, current, roles, filledCells(cells, cellColumns)) : -1;
		if (rest >= 0) {
			cellColumns = cells.map(() => rest);
		}
		const continued = rest < 0 && open && wrap ? continuedColumns(text, cells, cellColumns, wrap.column, columns.length, style.pointed) : undefined;
		if (continued) {
			cellColumns = continued;
			closeQuote(text, current!, wrap!, cells[0]);
		}
		wrap = layout === 'tabs' && numberColumn >= 0 ? cutCell(text, cells, cellColumns, columns.length, continued ? wrap : undefined) : undefined;
		let filled = filledCells(cells, cellColumns);
		let ruled = false;
		if (frame) {
			// A piece of rule under one column's cell: that cell ends, the others run on.
			for (const { cell, column } of filled) {
				if (isRuleCell(text, cell)) {
					ruled ||= column === rowColumn;
					// The row read goes on beside the column's next cell, unless the rule ends it or it has ended.
					frame.closeColumn(column, column === rowColumn || !open ? undefined : current);
				}
			}
			filled = filled.filter(({ cell }) => !isRuleCell(text, cell));
		}
		if (filled.length === 0) {
			if (ruled) {
				open = false;
				rowRuled = true;
			}
			end = i + 1;
			continue;
		}
		const numberCell = numberColumn >= 0 ? filled.find(({ column }) => column === numberColumn) : undefined;
		const numberText = numberCell ? slice(text, numberCell.cell) : '';
		// `(1)` numbers rows only in a table whose rows are mostly so numbered; elsewhere it is text, as it was.
		// So does `1.`: among rows numbered `1`, `2`, it is a Word list's item inside a cell (`1\t推进项目建设：` /
		// `1.\t新开工项目20个；` / `2.\t竣工项目10个。\t县发改局`).
		const numbered = numberCell !== undefined && ROW_NUMBER.test(numberText) && (bracketedRows || !isBracketedNumber(numberText) || bracketedSubRow(numberText, lastRowNumber, filled, roles, () => subRowsGoOn(i + 1))) && (style.pointed || !isPointedNumber(numberText));
		if (numbered && bracketedRows && !isBracketedNumber(numberText) && filled.length === 2 && !filled.some(({ column }) => isUnitColumn(roles[column]))) {
			// 芜湖 2025: `1 | 大力提振消费。 | ||` among rows numbered (1), (2): a heading over the rows below, no task.
			const heading = filled.find(({ cell }) => cell !== numberCell.cell)!.cell;
			rows.push({ firstLine: i, lastLine: i, span: { ...heading }, cells: [], spanning: { ...heading } });
			open = false;
			frame?.closeAll();
			end = i + 1;
			continue;
		}
		if (!numbered && filled.length === 1 && takesGroupLine(text, rows, current, filled[0].cell.start, filled[0].cell.end, line.labels)) {
			// The same line as a row merged across the table (`| 以上2项牵头单位：县自然资源局；… |`): no group heading.
			open = false;
			wrap = undefined;
			end = i + 1;
			continue;
		}
		if (numberCell && !numbered && filled.length === 1) {
			// Text alone where the number stands, across the row: a group heading or a merged category
			// (`一、经济发展\t\t\t`); numbers never wrap, so it is no continuation.
			rows.push({ firstLine: i, lastLine: i, span: { ...numberCell.cell }, cells: [], spanning: { ...numberCell.cell } });
			open = false;
			frame?.closeAll();
			end = i + 1;
			continue;
		}
		// A Word table whose automatic numbering the paste lost: its number cells are empty, and a line
		// filling the task and a unit column is a row of its own, not more of the row above.
		const unnumbered = !numbered && !anyNumbered && numberCell === undefined && (layout === 'tabs' || layout === 'pipes') && filled.some(({ column }) => roles[column] === 'task') && filled.some(({ column }) => isUnitColumn(roles[column]));
		anyNumbered ||= numbered;
		lastRowNumber = numbered ? numberText : lastRowNumber;
		if (numbered || unnumbered || !open || (numberColumn < 0 && layout !== 'box' && rest < 0)) {
			current = { firstLine: i, lastLine: i, span: { start: filled[0].cell.start, end: filled[filled.length - 1].cell.end }, cells: [] };
			if (numbered) {
				current.number = { value: rowNumberValue(numberText), span: { ...numberCell.cell } };
			}
			if (frame) {
				// Cells run on beside this row only where a rule under the row's own column, not across the
				// frame, began it: a frame that draws no rule between its rows shows no merged cell.
				if (!rowRuled) {
					frame.closeAll();
				}
				frame.rowStarted(current, columns.length);
			}
			rowRuled = false;
			rows.push(current);
			open = true;
		}
		if (numbered || unnumbered) {
			rowSubItem = undefined;
		}
		const subRow = !numbered && !unnumbered && current && (layout === 'tabs' || layout === 'pipes') ? subRowOnLine(text, current, filled, roles, numberColumn, rowSubItem) : undefined;
		if (subRow && !rowSubItem) {
			// The row's first sub-item (`①…`, `(1)…`, `1.1…` with its units): its cells from the column its mark opened.
			for (const cell of current!.cells) {
				if (cell.column >= subRow.column) {
					cell.subItem = 1;
				}
			}
		}
		rowSubItem = subRow ?? rowSubItem;
		if (widths && cells.length > 0) {
			widths.set(current!, Math.max(widths.get(current!) ?? 0, cellColumns[cells.length - 1] + 1));
		}
		for (const { cell, column } of filled) {
			if (numbered && cell === numberCell.cell) {
				continue;
			}
			if (!frame) {
				const subItem = rowSubItem && column >= rowSubItem.column ? rowSubItem.number : undefined;
				if (subItem !== undefined || !repeatsUnitCell(text, current!.cells, column, cell, isUnitColumn(roles[column]))) {
					addPiece(current!.cells, column, cell, subItem);
				}
				continue;
			}
			frame.piece(column, cell, current!, isUnitColumn(roles[column]));
		}
		if (ruled) {
			open = false;
			rowRuled = true;
		}
		current!.lastLine = i;
		current!.span = { start: current!.span.start, end: Math.max(current!.span.end, filled[filled.length - 1].cell.end) };
		end = i + 1;
	}
	frame?.closeAll();
	if (rows.length === 0) {
		seen.header = { start: lines[first].start, end: lines[headerEnd - 1].end };
		return undefined;
	}
	if (unitsInTask) {
		const labelled = rows.filter((row) => row.number && !row.spanning).map((row) => namesUnitsByLabel(lines, row, unitsInTask.column) || (unitsInTask.said && closesWithParenthesis(text, row, unitsInTask.column)));
		const count = labelled.filter(Boolean).length;
		if (labelled.length === 0 || count < labelled.length) {
			// Most rows name their units so and some not: said (table-not-read). Fewer, or none, no table of tasks: a table of
			// figures with a unit noted in a row, or a header saying so over bare names no label opens (a reviewer: a false
			// units-not-in-text, the names glued to the task's text).
			seen.header = 2 * count >= labelled.length && count > 0 ? { start: lines[first].start, end: lines[headerEnd - 1].end } : undefined;
			return undefined;
		}
	}
	groupParentRows(text, rows, roles);
	carryAllMergedCells(text, rows, widths, roles);
	const labelledTask = unitsInTask ? -1 : taskCellNamingUnits(lines, rows, roles);
	if (labelledTask >= 0) {
		columns[labelledTask].unitsInCell = true;
	}
	return {
		kind: 'table',
		layout,
		firstLine: first,
		endLine: end,
		span: { start: lines[first].start, end: lines[end - 1].end },
		headerSpan: { start: lines[first].start, end: lines[headerEnd - 1].end },
		columns,
		rows,
	};
}

/**
 * Among rows numbered `1`, `2`, a row numbered `(1)` right under a bare-numbered row, or `(2)` under `(1)`, whose line fills
 * the task column and a unit column (`1\t实施城市更新行动\t县住建局\t县财政局` / `(1)\t改造老旧小区10个。\t县住建局\t各街道办事处` /
 * `(2)\t…`): a sub-task with units of its own, a row (numbered under its task, see numberingScopes), no Word list's item
 * in the cell above (its units were the row above's: two leads).
 */
function bracketedSubRow(written: string, last: string | undefined, filled: ReadonlyArray<{ cell: CellRange; column: number }>, roles: ReadonlyArray<ColumnRole | undefined>, restGoesOn: () => boolean): boolean {
	if (last === undefined || !isBracketedNumber(written) || !fillsTaskAndUnits(filled, roles)) {
		return false;
	}
	// Every sub-task so, `(2)` and on (`(1) | 甲一 | 市财政局 |` / `(2) | 甲二 | |` are points of row 1, as they were).
	const value = rowNumberValue(written);
	return isBracketedNumber(last) ? value === rowNumberValue(last) + 1 : value === 1 && parentRowNumber(last) === undefined && restGoesOn();
}

function fillsTaskAndUnits(filled: ReadonlyArray<{ cell: CellRange; column: number }>, roles: ReadonlyArray<ColumnRole | undefined>): boolean {
	return filled.some(({ column }) => roles[column] === 'task') && filled.some(({ column }) => isUnitColumn(roles[column]));
}

/** A row's sub-item in tabs or pipes: the column its mark opens, the mark's kind and its number. */
interface RowSubItem {
	column: number;
	kind: string;
	number: number;
}

/**
 * A sub-item's mark opening a cell: `①`, `(1)`, `（1）`, or a compound number (`1.1`, `1-2`), its kind (the compound's
 * first number in it) and its number. No mark where a figure goes on (`1.5万亩`).
 */
function subItemMark(written: string): { kind: string; number: number } | undefined {
	const circled = written.charCodeAt(0) - 0x2460;
	if (circled >= 0 && circled < 20) {
		return { kind: 'circled', number: circled + 1 };
	}
	const bracketed = /^[（(]([0-9]{1,2})[)）]/.exec(written);
	if (bracketed) {
		return { kind: 'bracketed', number: parseInt(bracketed[1], 10) };
	}
	const compound = /^([0-9]{1,2})[.．\-－]([0-9]{1,2})(?![0-9.．%％万千亿个])/.exec(written);
	return compound ? { kind: `compound ${compound[1]}`, number: parseInt(compound[2], 10) } : undefined;
}

/**
 * Whether a line without a row's number opens the row's next sub-item with units of its own, the number and title cells
 * merged over the sub-items (a row `1\t实施城市更新行动\t(1)改造老旧小区10个。\t县住建局\t县财政局` /
 * `\t\t(2)新建城市公园3个。\t县城管局\t县财政局、县住建局`, as 淮安 2020's `①` / `②` one cell per line, see subRowFollows):
 * its first cell, in a text column, opens with the mark after the row's last (`(2)` after the row's `(1)` cell), and it
 * fills a unit column, as the first sub-item does. Each sub-item then has its cells (TableCell.subItem): a unit named in
 * two is no repeat (a false duplicate-unit, when the lines were read as one row's paragraphs).
 */
function subRowOnLine(text: NoticeText, row: TableRow, filled: ReadonlyArray<{ cell: CellRange; column: number }>, roles: ReadonlyArray<ColumnRole | undefined>, numberColumn: number, last: RowSubItem | undefined): RowSubItem | undefined {
	const first = filled[0];
	if (!first || first.column <= numberColumn || isUnitColumn(roles[first.column]) || !filled.some(({ column }) => isUnitColumn(roles[column]))) {
		return undefined;
	}
	const mark = subItemMark(slice(text, first.cell));
	if (!mark || mark.number < 2) {
		return undefined;
	}
	if (last) {
		return last.column === first.column && last.kind === mark.kind && last.number + 1 === mark.number ? { column: first.column, kind: mark.kind, number: mark.number } : undefined;
	}
	const opened = row.cells.find((cell) => cell.column === first.column);
	const firstMark = opened && opened.pieces.length > 0 ? subItemMark(slice(text, opened.pieces[0])) : undefined;
	const ownUnits = row.cells.some((cell) => cell.column > first.column && isUnitColumn(roles[cell.column]) && cell.pieces.length > 0);
	return mark.number === 2 && firstMark?.kind === mark.kind && firstMark.number === 1 && ownUnits ? { column: first.column, kind: mark.kind, number: 2 } : undefined;
}

/**
 * A header with a number column and a task column but no unit column, whose task cells name the units
 * (湖州 2020, a progress table: `序号 | 目标任务 | 推进情况 |` / `1 | 坚持…发展。(责任单位:市建设局) | 1-7月,…`):
 * the column, and whether its header says so (`工作任务及责任单位`, `目标任务和牵头单位`); where it does not,
 * the table is one only when every row's task cell names its units with a label (see namesUnitsByLabel).
 */
function unitsInTaskCell(labels: readonly string[], roles: Array<ColumnRole | undefined>): { column: number; said: boolean } | undefined {
	if (!roles.includes('number') || roles.some(isUnitColumn)) {
		return undefined;
	}
	const said = labels.map((label) => TASK_AND_UNITS.test(label.replace(/[\s\u3000|]+/g, '')));
	const columns = roles.map((role, index) => (role === 'task' || said[index] ? index : -1)).filter((index) => index >= 0);
	return columns.length === 1 ? { column: columns[0], said: said[columns[0]] } : undefined;
}

/** A task column's header naming the units its cells hold too: `工作任务及责任单位`, `目标任务和牵头单位`, `重点任务、责任部门`. */
const TASK_AND_UNITS = /^[^及和与、]{0,6}(?:任务|目标|事项|工作|内容)(?:及|和|与|、)(?:牵头|责任|承办|主办)?(?:单位|部门)$/;

/**
 * Whether the row's cell in `column` ends with a parenthesis (`…。(市综合执法局)`): under a header saying the cell holds
 * the units, what an item's bare parenthesis names. Bare names after the text (`…增长6%。县发改局`) are not read so.
 */
function closesWithParenthesis(text: NoticeText, row: TableRow, column: number): boolean {
	const pieces = row.cells.filter((cell) => cell.column === column).flatMap((cell) => cell.pieces);
	const last = pieces.length > 0 ? slice(text, pieces[pieces.length - 1]).trimEnd() : '';
	return last.endsWith(')') || last.endsWith('）');
}

/**
 * A table whose unit columns every row leaves empty, the units written in the task's cell with a label
 * (`序号 | 工作任务 | 责任单位 | 完成时限 |` / `1 | 推进老旧小区改造。（责任单位：县住建局） |  | 12月底前 |`): the task
 * column, read as 湖州 2020's (see unitsInTaskCell); -1 where a row fills a unit column or its task cell names no unit so.
 */
function taskCellNamingUnits(lines: readonly StructureLine[], rows: readonly TableRow[], roles: ReadonlyArray<ColumnRole | undefined>): number {
	const tasks = roles.map((role, index) => (role === 'task' ? index : -1)).filter((index) => index >= 0);
	const numbered = rows.filter((row) => row.number && !row.spanning);
	if (tasks.length !== 1 || numbered.length === 0 || rows.some((row) => row.cells.some((cell) => isUnitColumn(roles[cell.column]) && cell.pieces.length > 0))) {
		return -1;
	}
	return numbered.every((row) => namesUnitsByLabel(lines, row, tasks[0])) ? tasks[0] : -1;
}

/** Whether the row's cell in `column` holds a label of units (`(责任单位:市建设局)`, `牵头单位：…`). */
function namesUnitsByLabel(lines: readonly StructureLine[], row: TableRow, column: number): boolean {
	const pieces = row.cells.filter((cell) => cell.column === column).flatMap((cell) => cell.pieces);
	for (let i = row.firstLine; i <= row.lastLine; i++) {
		for (const label of lines[i].labels) {
			if (namesUnits(label.role) && pieces.some((piece) => label.start >= piece.start && label.start < piece.end)) {
				return true;
			}
		}
	}
	return false;
}

/** Lines of a header a narrow cell wrapped, after its first. */
const MAX_WRAPPED_HEADER_LINES = 2;

/**
 * One past the header's last line, when narrow cells wrapped it (a Word table pasted as text:
 * `序号\t工作任务\t牵头\t责任\t完成` / `\t　\t单位\t单位\t时限`, or over three lines `牵头` / `责任` / `单位`):
 * lines below whose every cell ends the header cell above it (see joinsWrappedHeader, or a header
 * word going on: `工作` / `任务`), one of them a wrapped label; their cells are added to the header's.
 * No row's line is one: a number, a unit, a sentence.
 */
function wrappedHeaderEnd(text: NoticeText, lines: readonly StructureLine[], hints: ArrayLike<Hints>, first: number, layout: CellLayout, header: Array<{ pieces: Span[] }>): number {
	const lineStart = lineStartOf(text, lines[first].start);
	const columnStarts = layout === 'spaces' ? splitCells(text, lines[first].start, lines[first].end, layout).map((cell) => displayWidth(text, lineStart, cell.start)) : undefined;
	const last = Math.min(lines.length - 1, first + MAX_WRAPPED_HEADER_LINES);
	let end = first + 1;
	while (end <= last) {
		// The next line alone, or with the line after it (`责任` / `单位` under `牵头`).
		let gathered: Array<{ cell: CellRange; column: number }> = [];
		let taken = 0;
		for (let count = 1; end + count - 1 <= last; count++) {
			const cells = headerLineCells(text, lines, hints, end + count - 1, layout, columnStarts, lines[first], header.length);
			if (cells === undefined) {
				break;
			}
			gathered = gathered.concat(cells);
			if (endsHeaderCells(text, header, gathered)) {
				taken = count;
				break;
			}
		}
		if (taken === 0) {
			break;
		}
		for (const { cell, column } of gathered) {
			header[column].pieces.push(cell);
		}
		end += taken;
	}
	return end;
}

/**
 * A header of two levels: a unit column's cell spanning the empty cells after it, split on the line
 * below into units' columns (`序号\t工作任务\t责任单位\t\t完成时限` / `\t\t牵头单位\t配合单位\t`, or `牵头` / `配合`):
 * the label of each column under it, by column; undefined for any other line. The lower cells take
 * the header's place (their spans), `单位` added to a short one.
 */
function splitUnitHeader(text: NoticeText, lines: readonly StructureLine[], hints: ArrayLike<Hints>, first: number, layout: CellLayout, header: Array<{ pieces: Span[] }>): Map<number, string> | undefined {
	if (first + 1 >= lines.length) {
		return undefined;
	}
	const lineStart = lineStartOf(text, lines[first].start);
	const columnStarts = layout === 'spaces' ? splitCells(text, lines[first].start, lines[first].end, layout).map((cell) => displayWidth(text, lineStart, cell.start)) : undefined;
	const cells = headerLineCells(text, lines, hints, first + 1, layout, columnStarts, lines[first], header.length);
	if (!cells || cells.length < 2) {
		return undefined;
	}
	const spanning = cells[0].column;
	const above = header[spanning].pieces.map((piece) => slice(text, piece)).join('');
	if (!isUnitColumn(columnRole(above))) {
		return undefined;
	}
	const labels = new Map<number, string>();
	for (let k = 0; k < cells.length; k++) {
		const { cell, column } = cells[k];
		if (column !== spanning + k || (k > 0 && header[column].pieces.length > 0)) {
			return undefined;
		}
		const written = slice(text, cell).replace(/[\s\u3000]+/g, '');
		const label = isUnitColumn(columnRole(written)) ? written : isUnitColumn(columnRole(written + '单位')) ? written + '单位' : undefined;
		if (label === undefined) {
			return undefined;
		}
		labels.set(column, label);
	}
	for (const { cell, column } of cells) {
		header[column].pieces = [cell];
	}
	return labels;
}

/** The written cells of a line below a header's first, by column; undefined for a line of no such cells (blank, another layout, a row's number). */
function headerLineCells(text: NoticeText, lines: readonly StructureLine[], hints: ArrayLike<Hints>, at: number, layout: CellLayout, columnStarts: readonly number[] | undefined, header: StructureLine, columnCount: number): Array<{ cell: CellRange; column: number }> | undefined {
	const line = lines[at];
	const indented = line.start > lineStartOf(text, line.start);
	// `\t\t单位\t\t`: tabs before the one cell only, which the line's content leaves out.
	if (line.end === line.start || (layoutOf(hints[at]) !== layout && !(indented && (layout === 'tabs' || layout === 'spaces')))) {
		return undefined;
	}
	const read = rowCells(text, line, layout, columnStarts, header);
	const cells = read.cells.map((cell, k) => ({ cell, column: read.columns[k] })).filter(({ cell }) => cell.end > cell.start);
	return cells.every(({ cell, column }) => column < columnCount && !ROW_NUMBER.test(slice(text, cell))) ? cells : undefined;
}

/** Each column's cells below end its header cell, one of them a wrapped label (see wrappedHeaderEnd). */
function endsHeaderCells(text: NoticeText, header: ReadonlyArray<{ pieces: Span[] }>, below: ReadonlyArray<{ cell: CellRange; column: number }>): boolean {
	const lower = new Map<number, string>();
	for (const { cell, column } of below) {
		lower.set(column, (lower.get(column) ?? '') + slice(text, cell));
	}
	let wrapped = false;
	for (const [column, written] of lower) {
		const above = header[column].pieces.map((piece) => slice(text, piece)).join('');
		if (joinsWrappedHeader(above, written)) {
			wrapped = true;
		} else if (looksLikeUnitCell(written) || columnRole(above) === undefined || columnRole(above + written) === undefined || written.length > 2) {
			return false;
		}
	}
	return wrapped;
}

/** A line without its white space and pipes: a header repeated on the next page reads so as the first. */
function compactLine(text: NoticeText, line: StructureLine): string {
	return slice(text, line).replace(/[\s\u3000|│]+/g, '');
}

/** The first character of a line that is no blank, tab or pipe (what compactLine keeps first), or -1. */
function firstKeptCode(text: NoticeText, line: StructureLine): number {
	for (let i = line.start; i < line.end; i++) {
		const code = text.charCodeAt(i);
		if (code !== 0x20 && code !== 0x09 && code !== 0x3000 && code !== 0x7c && code !== 0x2502 && !/\s/.test(text.charAt(i))) {
			return code;
		}
	}
	return -1;
}

/**
 * The lines of the table's header written again from `at` (`序号\t工作任务\t…` after a page break), or 0.
 * A line is compacted only when it opens with the header's first character: every row is looked at.
 */
function repeatedHeaderLines(text: NoticeText, lines: readonly StructureLine[], at: number, headerTexts: readonly string[]): number {
	for (let k = 0; k < headerTexts.length; k++) {
		const line = lines[at + k];
		if (line === undefined || line.end - line.start < headerTexts[k].length || firstKeptCode(text, line) !== headerTexts[k].charCodeAt(0) || compactLine(text, line) !== headerTexts[k]) {
			return 0;
		}
	}
	return headerTexts.length;
}

/**
 * In a frame, the header drawn again atop the next page's frame with its cells wrapped otherwise
 * (`│工作任务│分管领│…` / `│ │ 导 │…` on one page, `│工作任务│分管领导│…` on the next): the lines
 * down to its rule, joined per column, are the header's labels again. How many lines, or 0. Tried
 * only on a line opening with the first label's first character.
 */
function repeatedFrameHeader(text: NoticeText, lines: readonly StructureLine[], hints: ArrayLike<Hints>, at: number, columns: readonly TableColumn[]): number {
	const first = columns[0]?.label ?? '';
	if (first.length === 0 || firstKeptCode(text, lines[at]) !== first.charCodeAt(0)) {
		return 0;
	}
	const joined: string[] = [];
	let i = at;
	for (; i < lines.length && i < at + 4; i++) {
		const line = lines[i];
		if (line.end === line.start || layoutOf(hints[i]) !== 'box' || isRuleLine(text, line.start, line.end)) {
			break;
		}
		splitCells(text, line.start, line.end, 'box').forEach((cell, index) => {
			joined[index] = (joined[index] ?? '') + slice(text, cell).replace(/[\s\u3000]+/g, '');
		});
	}
	const same = joined.length === columns.length && columns.every((column, index) => joined[index] === column.label);
	return same || cutFrameHeader(lines, hints, i, joined, columns) ? i - at : 0;
}

/**
 * The header drawn again where the copy stops, cut (梁志强 200x's last line, `│ 工 作 任 务 │分管领导│牵头组织实施单位│完`,
 * the next page not copied): the frame ends at `after` with no rule under it, the first label written whole and at least
 * one more, each cell the start of its label. No row: a row's cells are no header's labels.
 */
function cutFrameHeader(lines: readonly StructureLine[], hints: ArrayLike<Hints>, after: number, joined: readonly string[], columns: readonly TableColumn[]): boolean {
	const next = lines[after];
	if (next !== undefined && next.end > next.start && layoutOf(hints[after]) === 'box') {
		return false;
	}
	const written = joined.filter((cell) => cell.length > 0).length;
	return written >= 2 && joined.length <= columns.length && joined[0] === columns[0].label && joined.every((cell, index) => columns[index].label.startsWith(cell));
}

/**
 * From `from`, past blank lines, a page's footer (`— 3 —`, `第3页 共8页`), and then, past blank
 * lines, a line of the table's layout: the rows go on on the next page.
 */
function rowsGoOnPastFooter(text: NoticeText, lines: readonly StructureLine[], hints: ArrayLike<Hints>, from: number, layout: CellLayout): boolean {
	let footer = false;
	for (let i = from; i < lines.length && i <= from + 2 * MAX_BLANKS; i++) {
		const line = lines[i];
		if (line.end === line.start) {
			continue;
		}
		if (!footer && isPageFooterLine(text, line)) {
			footer = true;
			continue;
		}
		return footer && layoutOf(hints[i]) === layout;
	}
	return false;
}

/** The last cell of a tab table's line that ends before the last column: the next line may go on with it. */
interface CutCell {
	column: number;
	/** Excel quotes a cell holding a line break (`"加快5G基站建设，` / `全年新建基站200个。"`): still open. */
	quoted: boolean;
}

/** The cell a line of a tab table ends inside, when it ends before the last column or inside quotes; `before`, the cell it went on with. */
function cutCell(text: NoticeText, cells: readonly CellRange[], cellColumns: readonly number[], columnCount: number, before: CutCell | undefined): CutCell | undefined {
	const last = cells.length - 1;
	if (last < 0) {
		return undefined;
	}
	const column = cellColumns[last];
	const written = slice(text, cells[last]);
	const opens = written.startsWith('"') && (written.length === 1 || !written.endsWith('"'));
	const goesOn = before !== undefined && before.quoted && last === 0 && !written.endsWith('"');
	// The last column's cell goes on only inside Excel's quotes: a line after a whole row is the next one.
	return column < columnCount - 1 || opens || goesOn ? { column, quoted: opens || goesOn } : undefined;
}

/**
 * A line of a tab table with fewer cells than the header, no row's number and no indentation, that
 * goes on with the cell the line before ended inside (`1\t加快5G基站建设，` / `全年新建基站200个。\t县工信局`: a
 * Word cell's two paragraphs, an Excel cell's Alt+Enter): its cells' columns from that cell on;
 * undefined when the line does not fit there.
 */
function continuedColumns(text: NoticeText, cells: readonly CellRange[], cellColumns: readonly number[], column: number, columnCount: number, pointedRows: boolean): number[] | undefined {
	if (cells.length === 0 || cellColumns[0] !== 0 || cells[0].end === cells[0].start) {
		return undefined;
	}
	const written = slice(text, cells[0]);
	if (!pointedRows && isPointedNumber(written) && cells.length > 1 && column + cells.length - 1 <= columnCount) {
		// A Word list's item in the cell (`1.\t新开工项目20个；`): the tab after its point is the list's, no cell's.
		return cells.map((_, index) => column + Math.max(0, index - 1));
	}
	if (column + cells.length > columnCount) {
		return undefined;
	}
	return ROW_NUMBER.test(written) ? undefined : cells.map((_, index) => column + index);
}

/** The most paragraphs of a Word cell without a tab between its first line and its last. */
const MAX_MIDDLE_PARAGRAPHS = 4;

/**
 * From `from`, lines without a tab (a Word cell's middle paragraphs: `1\t推进重大项目建设。\t县发改局\t县财政局` /
 * `县自然资源局` / `各镇人民政府\t全年`, numbered ones too: `推进项目建设：` / `1.新开工项目20个；` / `2.…\t县发改局`), then a line of tabs that goes on with the row, not a row's number: the
 * cell the row's line ended inside goes on over them. Text after a table (`注：…`, a signature and its date) is followed by none.
 */
function paragraphsGoOn(text: NoticeText, lines: readonly StructureLine[], hints: ArrayLike<Hints>, from: number): boolean {
	for (let i = from; i < lines.length && i <= from + MAX_MIDDLE_PARAGRAPHS; i++) {
		const line = lines[i];
		if (line.end === line.start || isPageFooterLine(text, line)) {
			return false;
		}
		if (layoutOf(hints[i]) === 'tabs') {
			// No row's number, nor another table's header (`序号\t工作任务…`).
			const first = splitCells(text, line.start, line.end, 'tabs')[0];
			const written = first === undefined ? '' : slice(text, first);
			return i > from && leadingTabs(text, line) === 0 && written.length > 0 && !ROW_NUMBER.test(written) && columnRole(written) === undefined;
		}
	}
	return false;
}

/** Excel's quotes around a cell that holds a line break are no text of it: the opening one in the row's cell, the closing one here. */
function closeQuote(text: NoticeText, row: TableRow, cut: CutCell, first: CellRange): void {
	if (!cut.quoted) {
		return;
	}
	const opened = row.cells.find((cell) => cell.column === cut.column)?.pieces[0];
	if (opened && text.charCodeAt(opened.start) === 0x22) {
		opened.start++;
	}
	// On the cell's last line, past a line the opening quote was left out of already (`"县财政局` / `县自然资源局` / `各镇人民政府"`).
	if (first.end > first.start && text.charCodeAt(first.end - 1) === 0x22) {
		first.end--;
	}
}

/** Rows with fewer cells than the header, under merged columns: read with those columns' cells carried from above. */
function carryAllMergedCells(text: NoticeText, rows: readonly TableRow[], widths: ReadonlyMap<TableRow, number> | undefined, roles: ReadonlyArray<ColumnRole | undefined>): void {
	const spanning = spanningColumns(roles);
	if (!widths || spanning.length === 0) {
		return;
	}
	for (const row of rows) {
		carryMergedCells(text, row, widths.get(row) ?? roles.length, roles, spanning);
	}
}

/**
 * Whether more of the table's numbered rows are numbered `(1)` than `1`, and more `1.` (a Word list's
 * numbering written out) than `1` (a look over its lines, as the reading's).
 */
function rowNumberStyle(text: NoticeText, lines: StructureLine[], hints: ArrayLike<Hints>, from: number, layout: CellLayout, columnStarts: readonly number[] | undefined, numberColumn: number, header: StructureLine, categoryFirst: number | undefined): { bracketed: boolean; pointed: boolean } {
	let bracketed = 0;
	let pointed = 0;
	let bare = 0;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		if (line.end === line.start) {
			continue;
		}
		if (layoutOf(hints[i]) !== layout) {
			break;
		}
		const { cells, columns } = rowCells(text, line, layout, columnStarts, header, false, categoryFirst);
		const at = columns.indexOf(numberColumn);
		const written = at >= 0 ? slice(text, cells[at]) : '';
		// A sub-task's `1.1` under a row `1.` is no count of how the rows' own numbers are written.
		if (ROW_NUMBER.test(written) && parentRowNumber(written) === undefined) {
			if (isBracketedNumber(written)) {
				bracketed++;
			} else if (isPointedNumber(written)) {
				pointed++;
			} else {
				bare++;
			}
		}
	}
	return { bracketed: bracketed > bare, pointed: pointed > bare };
}

/**
 * A compound number opens a row of one cell per line only after a complete row, or right under its
 * parent row (`1` / `稳定经济增长` / `1-1`): elsewhere it is a cell's value (`2` / `城镇新增就业（万人）` / `3.1`, a target).
 */
function compoundOpensRow(content: string, lastNumber: string | undefined, column: number, numberColumn: number, columnCount: number): boolean {
	const parent = parentRowNumber(content);
	if (parent === undefined || lastNumber === undefined || column >= columnCount) {
		return true;
	}
	return parentRowNumber(lastNumber) === undefined && rowNumberValue(lastNumber) === parent && column <= numberColumn + 2;
}

/** Whether the next line written from `from` is the number of the row after `lastNumber` (a lone ` |` before it ends its row). */
function endsRowAt(text: NoticeText, lines: readonly StructureLine[], from: number, lastNumber: string | undefined): boolean {
	const at = nextContentLine(lines, from);
	if (at < 0 || lastNumber === undefined) {
		return false;
	}
	const content = slice(text, cellContent(text, lines[at]).span);
	return ROW_NUMBER.test(content) && followsRow(lastNumber, content);
}

/** A rule under some of a frame's columns, blank under the others (`├────┤ │ │ │`): their cells go on. */
function isPartialRule(text: NoticeText, line: StructureLine): boolean {
	return splitCells(text, line.start, line.end, 'box').some((cell) => cell.end === cell.start);
}

/**
 * A row under a row without its own number (a merged number cell: `1\t新建敬老院。\t县民政局` /
 * `\t开工建设老年食堂。\t县民政局`) naming the row's unit again: no second unit of the row.
 */
function repeatsUnitCell(text: NoticeText, cells: readonly TableCell[], column: number, piece: Span, unitColumn: boolean): boolean {
	if (!unitColumn) {
		return false;
	}
	const written = slice(text, piece);
	return cells.some((cell) => cell.column === column && cell.pieces.some((own) => slice(text, own) === written));
}

function addPiece(cells: TableCell[], column: number, piece: Span, subItem?: number): TableCell {
	let cell = cells.find((candidate) => candidate.column === column && (subItem === undefined || candidate.subItem === subItem));
	if (!cell) {
		cell = subItem === undefined ? { column, pieces: [] } : { column, pieces: [], subItem };
		cells.push(cell);
		cells.sort((a, b) => a.column - b.column);
	}
	cell.pieces.push({ ...piece });
	return cell;
}

// ---------------------------------------------------------------------------------------------
// A cell per line

/** A line opening with a word and a colon (`省牵头单位:`, `备注：`), which no field label need be. */
const NOTE_LABEL = /^\p{Script=Han}{2,10}[:：]/u;

/** The next non-blank line from `from` opens a row (its number) or a group (a marker): the table goes on. */
function continuesTable(text: NoticeText, lines: readonly StructureLine[], from: number, numbered: boolean): boolean {
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		if (line.end > line.start) {
			return line.marker !== undefined || (numbered && ROW_NUMBER.test(slice(text, cellContent(text, line).span)));
		}
	}
	return false;
}

/**
 * Where a cell-per-line table stops after row `lastNumber`: a row's number comes within two rows'
 * lines (before another table's header), so rows are left unread below.
 */
function rowsLeftBelow(text: NoticeText, lines: readonly StructureLine[], from: number, columnCount: number, lastNumber: string | undefined): boolean {
	if (lastNumber === undefined) {
		return false;
	}
	for (let i = from, seen = 0; i < lines.length && seen <= 2 * columnCount; i++) {
		const line = lines[i];
		if (line.end === line.start) {
			continue;
		}
		seen++;
		const content = slice(text, cellContent(text, line).span);
		if (ROW_NUMBER.test(content)) {
			// Numbered in sequence or not (`12` for 3): a row all the same.
			return true;
		}
		if (columnRole(content) === 'number') {
			return false;
		}
	}
	return false;
}

/** `12月底前`, `2025年6月`, `年内`, `长期坚持`: a line a deadline column holds. */
const DEADLINE_LINE = /^(?:\d{4}年|\d{1,2}月|[一二三四]季度|上半年|下半年|年[底内末]|全年|今年|长期|持续|常态化)[^。；;]{0,12}$/;

/**
 * After a complete row, lines that are a row under it with no number of its own (Word's merged number
 * cell): the next row's number follows them, and each fits a column after the number's, in order (a
 * unit column takes a line of units, a line of units no other column; a deadline line goes to the
 * deadline column). Undefined when they are not such a row: the table ends there.
 */
/** The lines of unnumbered rows read under one row, at most (the look-ahead stays bounded). */
const MAX_CONTINUATION_LINES = 16;

function continuationCells(text: NoticeText, lines: readonly StructureLine[], from: number, columns: readonly TableColumn[], numberColumn: number, lastNumber: string | undefined): Array<{ line: number; column: number }> | undefined {
	if (numberColumn < 0 || lastNumber === undefined) {
		return undefined;
	}
	const deadlineColumn = columns.findIndex((column) => column.role === 'deadline');
	const cells: Array<{ line: number; column: number }> = [];
	let column = numberColumn + 1;
	for (let i = from; ; ) {
		const line = lines[i];
		if (line.marker !== undefined || line.labels.length > 0) {
			return undefined;
		}
		const content = slice(text, cellContent(text, line).span);
		if (cells.length > 0 && ROW_NUMBER.test(content)) {
			return followsRow(lastNumber, content) ? cells : undefined;
		}
		const units = looksLikeUnitCell(content) || saysNoUnit(content);
		if (deadlineColumn >= column && !units && DEADLINE_LINE.test(content)) {
			column = deadlineColumn;
		}
		const fits = (at: number) => (isUnitColumn(columns[at].role) ? units : !units && columns[at].role !== 'number');
		while (column < columns.length && !fits(column)) {
			column++;
		}
		if (column >= columns.length && cells.length < MAX_CONTINUATION_LINES) {
			// Another row without its number under the first (two merged rows, a paragraph each).
			for (column = numberColumn + 1; column < columns.length && !fits(column); column++) {}
		}
		if (column >= columns.length) {
			return undefined;
		}
		cells.push({ line: i, column });
		column++;
		const next = nextContentLine(lines, i + 1);
		if (next < 0) {
			return undefined;
		}
		i = next;
	}
}

/** A line wholly in brackets (`（单位：亿元）`, `(单位：万元)`): a note, no title's line. */
const BRACKETED_LINE = /^[（(〔【][^（()）〔〕【】]*[）)〕】]$/;

/** A merged row across a table is a short title (`重点工作任务(35项)`), not a paragraph. */
const MAX_BAND = 60;

/**
 * Under `分类` / `序号` / …, after a complete row: the last line of a category a narrow column wrapped over two lines
 * (`激发市场活力，` / `优化营商环境`, `推进数字化改革和` / `营商环境优化提升`), right before the next row's number: two
 * short lines, neither a sentence's end, a label, a unit nor a deadline; -1 for any other line. A bracketed note
 * under the header is no category's first line (`（单位：亿元）` / `发展目标` / `1`, a reviewer's).
 */
function wrappedCategoryEnd(text: NoticeText, lines: readonly StructureLine[], at: number, lastNumber: string | undefined): number {
	const next = nextTextLine(lines, at + 1);
	if (next < 0 || next >= lines.length || !bandTitle(text, lines, next, true, lastNumber)) {
		return -1;
	}
	const line = lines[at];
	const { span } = cellContent(text, line);
	const content = slice(text, span);
	const short = line.end - line.start + lines[next].end - lines[next].start <= MAX_BAND;
	return short && line.marker === undefined && line.labels.length === 0 && !NOTE_LABEL.test(content) && !BRACKETED_LINE.test(content) && !ROW_NUMBER.test(content) && !endsSentence(text, span) && !DEADLINE_LINE.test(content) && !looksLikeUnitCell(content) ? next : -1;
}

/** A year a category column writes over its rows (`年度` / `序号` / …: `2023年`, `2024年度`). */
const CATEGORY_YEAR = /^(?:19|20)[0-9]{2}年度?$/;

/** A category that names a kind of units, no unit of its own (`驻区单位`, `各乡镇（街道）`, `区级部门`). */
function namesKindOfUnits(content: string): boolean {
	const plain = foldVocabulary(content);
	return looksLikeUnitCell(plain) && (isCollectiveName(plain) || LEVEL_CLASS.test(plain));
}

/**
 * Whether a category reads as the table's first one does, under `年度` / `序号` / …: both years (`2023年`, then
 * `2024年`, which alone reads as a deadline). Where the table's categories are so written, such a line right before
 * the next row's number is the next group's category, no paragraph of the row above. A kind of units never is: after a
 * row's unit cell it reads as that cell's second paragraph (`区经商局` / `各街道办事处` / `2`, `区财政局` / `区级有关部门`
 * / `4`, a reviewer's, both units lost as group titles), and a unit lost is worse than a category read as a unit.
 */
function readsAsFirstCategory(first: string, content: string): boolean {
	return CATEGORY_YEAR.test(first) && CATEGORY_YEAR.test(content);
}

/**
 * Whether the line at `at` may title a row merged across a cell-per-line table, right before the next row's number:
 * a short title, no label, no unit; under rows (`afterRows`), no sentence (`开工建设老年食堂。` / `3`) nor deadline
 * (`12月底前投入使用`), a paragraph of the row above.
 */
function bandTitle(text: NoticeText, lines: readonly StructureLine[], at: number, afterRows: boolean, lastNumber: string | undefined): boolean {
	const line = lines[at];
	const { span } = cellContent(text, line);
	const content = slice(text, span);
	return line.labels.length === 0 && !NOTE_LABEL.test(content) && !(afterRows && (endsSentence(text, span) || DEADLINE_LINE.test(content))) && line.end - line.start <= MAX_BAND && !looksLikeUnitCell(content) && opensRow(text, lines, at + 1, lastNumber);
}

/** The next non-blank line (a blank line or two on) is a row's number that starts the rows or goes on from `lastNumber`. */
function opensRow(text: NoticeText, lines: readonly StructureLine[], from: number, lastNumber: string | undefined): boolean {
	for (let i = from; i < lines.length && i <= from + MAX_BLANKS; i++) {
		const line = lines[i];
		if (line.end > line.start) {
			const content = slice(text, cellContent(text, line).span);
			if (!ROW_NUMBER.test(content)) {
				return false;
			}
			return isFirstRowNumber(content) || (lastNumber !== undefined && followsRow(lastNumber, content));
		}
	}
	return false;
}

/** The content of a line without a trailing cell mark ` |`; whether it had one. */
function cellContent(text: NoticeText, line: StructureLine): { span: Span; closed: boolean } {
	let end = line.end;
	let closed = false;
	if (end > line.start && (text.charCodeAt(end - 1) === 0x7c || text.charCodeAt(end - 1) === 0x2502)) {
		closed = true;
		end--;
		while (end > line.start && isWhiteSpace(text.charCodeAt(end - 1))) {
			end--;
		}
	}
	return { span: { start: line.start, end }, closed };
}

/** The bracket depth a piece adds (a scope left open runs on to the next line). */
function depthOf(text: NoticeText, piece: Span): number {
	let depth = 0;
	for (let i = piece.start; i < piece.end; i++) {
		depth += bracketOf(text.charCodeAt(i));
	}
	return depth;
}

const CLOSED_BY_BRACKET = /[)）]$/;

/**
 * A unit cell's last name a PDF's wrap broke (`县经济开发区` / `管委会`): neither line is a whole name and
 * together they are one (not `县发改局` / `县财政局`, `区农业农村局` / `各镇`, nor a leader or a deadline).
 */
function continuesUnitName(text: NoticeText, cell: TableCell, content: string): boolean {
	const last = slice(text, cell.pieces[cell.pieces.length - 1]).split(/[、，,]/).pop()!.trim();
	// A name closed by its second name or scope (`县发改局（粮食局）`, 嘉鱼 2021) is whole: the next line is the next cell.
	return last.length > 0 && !CLOSED_BY_BRACKET.test(last) && !isCompleteUnitName(last) && !isCompleteUnitName(content) && isOneBrokenName([last, content]);
}

/**
 * After a unit cell's line, a line of units that is more of the cell (a Word cell's paragraphs, one unit
 * each: `县财政局` / `县自然资源局`), not the next column's: that column holds no units (a deadline, a
 * leader, a note: `全年` never reads as units), or the row's cells are all there and the next row's
 * number, the row's next sub-item (`subRowAt`, see subRowFollows) or the table's end comes after the
 * units (a signature under the table is followed by its date). The text's last line naming the notice's
 * issuer (`signs`, see signsTable) is its signature, no unit, though no date follows it.
 */
function anotherUnitLine(text: NoticeText, lines: readonly StructureLine[], at: number, content: string, complete: boolean, nextRole: ColumnRole | undefined, lastNumber: string | undefined, subRowAt: ((at: number) => boolean) | undefined, signs: (content: string) => boolean): boolean {
	if (!looksLikeUnitCell(content)) {
		return false;
	}
	if (!complete) {
		return nextRole === 'deadline' || nextRole === 'leader' || nextRole === 'note';
	}
	// Counted in lines of text, not lines: a cell of eleven units a paragraph (金东 2024's 协同单位) has a blank line after each.
	let i = nextTextLine(lines, at + 1);
	if (i >= lines.length && signs(content)) {
		return false;
	}
	/** The run's last line of units so far. */
	let last = at;
	for (let seen = 0; i >= 0 && i < lines.length; last = i, i = nextTextLine(lines, i + 1)) {
		const line = lines[i];
		if (++seen > MAX_CONTINUATION_LINES) {
			return false;
		}
		const next = slice(text, cellContent(text, line).span);
		if (ROW_NUMBER.test(next)) {
			return lastNumber !== undefined && followsRow(lastNumber, next);
		}
		if (subRowAt?.(i)) {
			return true;
		}
		if (!looksLikeUnitCell(next)) {
			// Text after the table (a date, `抄送：…`, `注：…`): the units before it are the cell's, but for a signature at their end.
			return afterTable(line, next) && at < signatureStart(text, lines, at, last, next, signs);
		}
	}
	return i >= lines.length;
}

/**
 * Where a signature starts among a unit cell's lines `at`…`last` that text after the table (`end`) follows:
 * before a date, the last line and an organ named with its place right above it (a joint signature:
 * `中共某县委员会` / `某县人民政府` / `2020年1月23日`); before anything else, the last line when it names the
 * notice's issuer (signsTable); past `last` when none signs.
 */
function signatureStart(text: NoticeText, lines: readonly StructureLine[], at: number, last: number, end: string, signs: (content: string) => boolean): number {
	const written = (index: number) => slice(text, cellContent(text, lines[index]).span);
	if (!DATE_ALONE.test(end)) {
		return signs(written(last)) ? last : last + 1;
	}
	// A joint signature's organs are of one place (`中共淮安市委员会` / `淮安市人民政府`); an organ of another place
	// above the signature is a unit of the cell (`淮阴区人民政府` / `淮安市人民政府办公室` / `2020年1月5日`).
	const place = placeOf(written(last));
	let start = last;
	for (let above = last - 1; above >= at && place !== undefined; above--) {
		if (lines[above].end === lines[above].start) {
			continue;
		}
		if (placeOf(written(above)) !== place) {
			break;
		}
		start = above;
	}
	return start;
}

/** An organ named with its place, as a joint signature's lines name theirs (`中共某县委员会`, `某县人民政府`): the place. */
const ORGAN_WITH_PLACE = /^(?:中共(.{2,12}?)(?:委员会|委)|(?!各|全)([\u4e00-\u9fff]{1,10}?[省市县区州盟旗])(?:人民政府(?:办公室|办公厅)?|政府办公[室厅]|委员会))$/;

/** The place an organ is named with (ORGAN_WITH_PLACE; folded: `淮安市`), none for another line. */
function placeOf(written: string): string | undefined {
	const organ = ORGAN_WITH_PLACE.exec(foldVocabulary(written.trim()));
	return organ ? (organ[1] ?? organ[2]) : undefined;
}

/**
 * A government named with its place, or its office (`淮安市人民政府办公室`, `大竹县人民政府`, `淮安市人民政府辦公室`
 * folded): the level its place is of (市, 县), and whether it is an office (办公室, 办公厅), as a notice's issuer signs.
 */
const ISSUER = /^(?!各|全)[\u4e00-\u9fff]{1,10}?([省市县区州盟旗])(?:人民政府(办公室|办公厅)?|政府(办公[室厅]))$/;

/**
 * Whether a unit cell's line signs the notice the table is of (淮安 2020's page copied to its end: the last row's
 * `市住建局`, then `淮安市人民政府办公室` with no date). A government's office named with its place (ISSUER), at
 * the level the table's own units are written with (`市住建局` under `淮安市人民政府办公室`, `縣財政局` under
 * `大竹縣人民政府辦公室`, both folded): an office is hardly ever a unit of a task. A government itself only when
 * the notice's title names it its issuer (`淮安市人民政府关于印发…`): `昆山市人民政府` under a city's table of
 * `市…局`, `南京市人民政府` in a province's, `涟水县人民政府` by `县区人民政府` are units of the last row. A
 * government of another level (`淮阴区人民政府` among `市住建局`'s) and a name without its place (`市政府办公室`)
 * stay units.
 */
function signsTable(text: NoticeText, lines: readonly StructureLine[], first: number, rows: readonly TableRow[], roles: readonly (ColumnRole | undefined)[], content: string): boolean {
	const name = foldVocabulary(content.trim());
	const issuer = ISSUER.exec(name);
	if (!issuer) {
		return false;
	}
	if (issuer[2] === undefined && issuer[3] === undefined) {
		return titledBy(text, lines, first, name);
	}
	// The table's own cells first: titledBy folds every line above the table, and the table is read again at every keystroke.
	const level = issuer[1];
	return rows.some((row) => row.cells.some((cell) => isUnitColumn(roles[cell.column]) && cell.pieces.some((piece) => writtenAtLevel(foldVocabulary(slice(text, piece).trim()), level)))) || titledBy(text, lines, first, name);
}

/** A unit written with its level only (`市住建局`, `县财政局`), not one of two levels (`市县人民政府`, `县区人民政府`). */
function writtenAtLevel(unit: string, level: string): boolean {
	return unit.length > 2 && unit.startsWith(level) && !/[省市县区州盟旗]/.test(unit[1]);
}

/** Whether a line above the table opens the notice's title with `name` as its issuer (`淮安市人民政府关于印发…`, `淮安市人民政府文件`). */
function titledBy(text: NoticeText, lines: readonly StructureLine[], first: number, name: string): boolean {
	for (let i = 0; i < first; i++) {
		const written = foldVocabulary(slice(text, lines[i]).trim());
		if (written.startsWith(name) && /^(?:关于|文件$)/.test(written.slice(name.length).trimStart())) {
			return true;
		}
	}
	return false;
}

/**
 * A row's sub-item, numbered as the row's cell opened (淮安 2020: row 1's `①提标改造70个老旧小区…`, its deadline
 * and units, then `②在城区重要路段、街区新建改造26座城市公厕。` with a deadline and units of its own, the 序号
 * and 项目名称 cells merged over both): the line opens with the circled number `number`, the one after the row's last,
 * of the same `kind` (see subItemKind).
 * Only a circled, bracketed or compound number going on from the row's own says so, with a complete sub-row after it (see
 * subRowFollows): a signature, a closing sentence or the next section's heading under the table never opens with one.
 */
function opensSubItem(text: NoticeText, line: StructureLine, number: number, kind: string): boolean {
	return subItemKind(text, line, number) === kind;
}

/**
 * The kind of the sub-item mark numbered `number` opening the line, or undefined: a circled or bracketed number (`(1)改造老旧小区10个。`
 * / … / `(2)新建城市公园3个。`: a complete sub-row after it says so all the same), or a compound one under the row's number
 * (`1.1改造老旧小区10个。` / … / `1.2新建城市公园3个。`, as tabs write it, see subRowOnLine), no marker of the text's.
 */
function subItemKind(text: NoticeText, line: StructureLine, number: number): string | undefined {
	if (line.marker !== undefined) {
		return (line.marker.kind === MarkerKind.Circled || line.marker.kind === MarkerKind.ParenArabic) && line.marker.number === number ? MARKED_SUB_ITEM : undefined;
	}
	const mark = subItemMark(slice(text, cellContent(text, line).span));
	return mark && mark.kind !== 'circled' && mark.kind !== 'bracketed' && mark.number === number ? mark.kind : undefined;
}

/** The kind of a sub-item opened by a circled or bracketed number the structure pass marked. */
const MARKED_SUB_ITEM = 'marked';

/**
 * Whether the line at `at` opens the row's sub-item `number` with a complete sub-row of its own (淮安 2020: after row 1's
 * `①提标改造…` / its deadline / `市住建局` / twelve 协办 lines, `②在城区重要路段、街区新建改造26座城市公厕。` / its
 * deadline / `市城管局` / four 区政府): the sub-item's line in the column `from` the `①` line opened, then a line for each
 * column after it, units where the column holds units and no units where it does not, more lines of units only in a last
 * unit column, then the next row's number (after `lastNumber`), the next sub-item's complete sub-row, or the table's end.
 * Anything else is no sub-row: a `②` whose own units are missing (`②新建充电桩500个。` / `四季度完成。` / a signature /
 * its date), a cell's list (`①完成改造70个小区` / `②新建公厕26座` / `③…`), notes under the last row (`②各县区要于…`).
 */
function subRowFollows(text: NoticeText, lines: readonly StructureLine[], at: number, number: number, kind: string, roles: readonly (ColumnRole | undefined)[], from: number, lastNumber: string | undefined): boolean {
	if (!opensSubItem(text, lines[at], number, kind) || !roles.slice(from + 1).some(isUnitColumn)) {
		return false;
	}
	let i = nextTextLine(lines, at + 1);
	for (let wraps = subItemWraps(text, lines, at, roles, from); wraps > 0; wraps--) {
		i = nextTextLine(lines, i + 1);
	}
	for (let column = from + 1; column < roles.length; column++, i = nextTextLine(lines, i + 1)) {
		if (i < 0 || i >= lines.length || lines[i].marker !== undefined) {
			return false;
		}
		if (looksLikeUnitCell(slice(text, cellContent(text, lines[i]).span)) !== isUnitColumn(roles[column])) {
			return false;
		}
	}
	/** Lines of units past the sub-row's last cell (more of it, or a signature). */
	let more = 0;
	for (; i >= 0 && i < lines.length; i = nextTextLine(lines, i + 1), more++) {
		const content = slice(text, cellContent(text, lines[i]).span);
		if (ROW_NUMBER.test(content)) {
			return lastNumber !== undefined && followsRow(lastNumber, content);
		}
		if (opensSubItem(text, lines[i], number + 1, kind)) {
			return subRowFollows(text, lines, i, number + 1, kind, roles, from, lastNumber);
		}
		if (afterTable(lines[i], content)) {
			// The table's last row, text after it (`抄送：…`, `注：…`, `二、保障措施`, a dated line): the sub-row is
			// whole, but where a date alone ends it, whose signature must be no cell of the sub-row's own
			// (`②新建充电桩500个。` / `四季度完成。` / `某市人民政府办公室` / `2020年1月23日` is none).
			return !DATE_ALONE.test(content) || more > 0;
		}
		if (!isUnitColumn(roles[roles.length - 1]) || lines[i].marker !== undefined || !looksLikeUnitCell(content)) {
			return false;
		}
	}
	return true;
}

/** Lines a sub-item's text may wrap onto past its own (`②在城区重要路段、街区新建改造26座` / `城市公厕。`). */
const MAX_SUB_ITEM_WRAPS = 2;

/**
 * How many lines after the sub-item's line `at` are more of its text, a narrow cell's wrap (淮安 2020's
 * `②在城区重要路段、街区新建改造26座` / `城市公厕。` / `四季度新改建公厕投入使用。` / `市城管局`): lines of no units
 * before the sub-row's first unit cell one or two more than the columns between hold, the sub-item's line and
 * each wrap but the last cut mid-sentence, and no wrap a deadline (`四季度新改建公厕` / `投入使用。` is the deadline
 * cell's own). None otherwise: a sub-item whose line ends its sentence, or a count that leaves the lines' cells in doubt.
 */
function subItemWraps(text: NoticeText, lines: readonly StructureLine[], at: number, roles: readonly (ColumnRole | undefined)[], from: number): number {
	/** The columns of no units between the sub-item's and the first unit column. */
	const between = roles.slice(from + 1).findIndex(isUnitColumn);
	const texts: number[] = [];
	for (let i = nextTextLine(lines, at + 1); between >= 0 && i >= 0 && i < lines.length && texts.length <= between + MAX_SUB_ITEM_WRAPS; i = nextTextLine(lines, i + 1)) {
		if (lines[i].marker !== undefined || looksLikeUnitCell(slice(text, cellContent(text, lines[i]).span))) {
			break;
		}
		texts.push(i);
	}
	const wraps = texts.length - between;
	if (between < 0 || wraps < 1 || wraps > MAX_SUB_ITEM_WRAPS) {
		return 0;
	}
	const cut = [at, ...texts.slice(0, wraps - 1)].every((index) => !endsSentence(text, cellContent(text, lines[index]).span));
	const noDeadline = texts.slice(0, wraps).every((index) => !DEADLINE_LINE.test(slice(text, cellContent(text, lines[index]).span)));
	return cut && noDeadline ? wraps : 0;
}

/**
 * The first line of text at or after `from` in a table of a cell a line: `lines.length` at the text's end, -1 past
 * more blank lines than two cells' worth (2 × MAX_BLANKS), where the table has ended.
 */
function nextTextLine(lines: readonly StructureLine[], from: number): number {
	let i = from;
	while (i < lines.length && lines[i].end === lines[i].start) {
		if (i - from >= 2 * MAX_BLANKS) {
			return -1;
		}
		i++;
	}
	return i;
}

/** The rest of a date (`12月底前`, `底前完成`): numbers and 年 月 日 底 前 中 内 上 下 旬, a verb of completion after them. */
const DATE_REST = /^[0-9０-９年月日底前中内上下旬]{1,12}(?:完成|完工|建成|投用)?$/;

/** A deadline cell a PDF's wrap cut inside its date (`2025年` / `12月底前`): the next line is more of it, not the next row's text. */
function continuesDate(text: NoticeText, cell: TableCell, content: string): boolean {
	const last = slice(text, cell.pieces[cell.pieces.length - 1]);
	return DATE_CUT.test(last) && DATE_REST.test(content);
}

/** A date's first part a line break may have cut before its rest (`2024年6月`, `2025年`, `2025`). */
const DATE_CUT = /[0-9０-９〇零一二三四五六七八九十][年月]?$/;

/** A verb of completion alone, the rest of a date cut before it (`2024年6月` / `完成`). */
const COMPLETION_REST = /^(?:完成|完工|建成|投用)$/;

/**
 * The deadline column of the open row, when a line's one cell is the rest of its deadline's date that a Word
 * paragraph or a copy's wrap cut off (`1\t推进老旧小区改造…\t县住建局\t2024年6月` / `底前`, or
 * `1 | 推进老旧小区改造… | 县住建局 | 县财政局 | 2024年6月` / ` | | | 底前 |`); -1 otherwise. The rest holds a
 * date's word (底前, 前, 月底前, 中旬, 完成), never digits alone (a page number `2` under a row), and no year
 * after a month or a year (a signature's `2024年3月1日` under a row's `2024年12月`). A line of another layout
 * (`底前` alone under a tab row) goes on only where the table's rows go on under it: under its last row it is no
 * part of the table (a date, a signature). Not in the task's column or a note's, where such words are their own (`完成`).
 */
function dateRestColumn(text: NoticeText, lines: readonly StructureLine[], hints: ArrayLike<Hints>, at: number, layout: CellLayout, row: TableRow, roles: ReadonlyArray<ColumnRole | undefined>, filled: ReadonlyArray<{ cell: CellRange; column: number }>): number {
	if (filled.length !== 1 || roles[filled[0].column] === 'task' || roles[filled[0].column] === 'note') {
		return -1;
	}
	const rest = slice(text, filled[0].cell).trim();
	if (!(DATE_REST.test(rest) || COMPLETION_REST.test(rest)) || /^[0-9０-９]+$/.test(rest)) {
		return -1;
	}
	// The row's date cells that end cut before it; of two (`开工时间`, `完成时间`), the one the line's cell stands under,
	// or for a line of no cells, the one the row's text ended in.
	const cut = row.cells.filter((own) => roles[own.column] === 'deadline' && own.pieces.length > 0 && cutsDate(text, own, rest));
	const under = filled[0].column;
	const cell = under < 0 ? cut.find((own) => own.pieces[own.pieces.length - 1].end === row.span.end) : cut.length === 1 ? cut[0] : cut.find((own) => own.column === under);
	return cell && (layoutOf(hints[at]) === layout || nextRowFollows(text, lines, hints, at + 1, layout)) ? cell.column : -1;
}

/** Whether a date cell ends cut before `rest`: a year or a month it has, written again, opens a date of its own (`2024年6月` / `3月1日`). */
function cutsDate(text: NoticeText, cell: TableCell, rest: string): boolean {
	const last = slice(text, cell.pieces[cell.pieces.length - 1]);
	const repeats = (/[0-9０-９]年/.test(rest) && /[年月]/.test(last)) || (/[0-9０-９]月/.test(rest) && last.includes('月'));
	return DATE_CUT.test(last) && !repeats;
}

/** A list broken after 、 or a comma goes on in the next line. */
function endsInList(text: NoticeText, piece: Span): boolean {
	const code = text.charCodeAt(piece.end - 1);
	return code === 0x3001 || code === 0xff0c || code === 0x2c;
}

/**
 * A short line of Chinese characters alone, no punctuation (`观音机场`): after a text cell's sentence
 * has ended, the unit cell, though its name does not end as a body's does (徐州 2020's row 81).
 */
const BARE_NAME = /^[\u3400-\u9fff]{2,15}$/;

/**
 * After a text cell that ended its sentence, a line that is a unit cell though it does not read as
 * one alone: a bare name (`观音机场`) or a list cut inside its last scope (`…、市商务局(市粮食和物资储` /
 * `备局)`); a bare name only when the next row's number, or the next unit column's cell, comes next:
 * a second paragraph of the text cell (`力争旅客吞吐量突破三百` / `五十万人次。`) is followed by neither.
 */
function unitCellAfterSentence(text: NoticeText, lines: readonly StructureLine[], at: number, lastCell: TableCell, content: string, lastNumber: string | undefined, unitColumnNext: boolean): boolean {
	if (!endsSentence(text, lastCell.pieces[lastCell.pieces.length - 1])) {
		return false;
	}
	if (looksLikeCutUnitCell(content)) {
		return true;
	}
	if (!BARE_NAME.test(content)) {
		return false;
	}
	const next = nextContentLine(lines, at + 1);
	if (next < 0) {
		return true;
	}
	const following = slice(text, cellContent(text, lines[next]).span);
	if (ROW_NUMBER.test(following)) {
		return lastNumber !== undefined && followsRow(lastNumber, following);
	}
	// The next unit column's cell, and then the next row: the row has its lines' count (`力争年内完工投用` /
	// `市交通局` / `市发改委` is more text, then the lead and the responsible cell).
	if (!unitColumnNext || !looksLikeUnitCell(following)) {
		return false;
	}
	const after = nextContentLine(lines, next + 1);
	if (after < 0) {
		return true;
	}
	const third = slice(text, cellContent(text, lines[after]).span);
	return ROW_NUMBER.test(third) && lastNumber !== undefined && followsRow(lastNumber, third);
}

/** The next non-blank line from `from` (within a few blank lines); -1 when none. */
function nextContentLine(lines: readonly StructureLine[], from: number): number {
	for (let i = from; i < lines.length && i <= from + MAX_BLANKS; i++) {
		if (lines[i].end > lines[i].start) {
			return i;
		}
	}
	return -1;
}

/** The piece ends a sentence: a line after it starts no sentence of the same cell by its end alone. */
function endsSentence(text: NoticeText, piece: Span): boolean {
	const code = text.charCodeAt(piece.end - 1);
	return code === 0x3002 || code === 0xff1b || code === 0x3b || code === 0xff01 || code === 0xff1f;
}

/**
 * The blank lines between the cells of a cell-per-line header, when every two are that far apart
 * (none in a table copied line by line, one in 沙坪坝 2022's); undefined when they vary.
 */
function evenGap(headerLines: readonly number[], headerEnds: readonly number[]): number | undefined {
	const gap = headerLines[1] - headerEnds[0] - 1;
	for (let k = 2; k < headerLines.length; k++) {
		if (headerLines[k] - headerEnds[k - 1] - 1 !== gap) {
			return undefined;
		}
	}
	return gap;
}

/**
 * The empty cells a run of blank lines between two cells of a row stands for: each takes a line
 * and the header's spacing after it. Fewer blank lines (two, in 济南市中 2019's, between a cell's
 * paragraphs) are spacing. None when the header's spacing varies.
 */
function emptyCellsIn(blankLines: number, gap: number | undefined): number {
	return gap === undefined || blankLines <= gap ? 0 : Math.floor((blankLines - gap) / (gap + 1));
}

/**
 * One blank line more than the header's spacing before a line of units that would fill a column of no units
 * right before a unit column (龙湾 2023: `地区生产总值增长6.5%。` / two blank lines / `区发改局`, its 区本级任务数
 * cell empty): an empty cell all the same, the paste having dropped a line of it. Two blank lines between a
 * cell's paragraphs (济南市中 2019) are before no such line.
 */
function unitsPastEmptyCell(columns: readonly TableColumn[], column: number, blankLines: number, gap: number | undefined, content: string): boolean {
	return gap !== undefined && gap > 0 && blankLines === gap + 1 && column + 1 < columns.length && !isUnitColumn(columns[column].role) && columns[column].role !== 'task' && isUnitColumn(columns[column + 1].role) && looksLikeUnitCell(content);
}

/**
 * The line read in column `landing`, past empty cells from `column`, is what that column holds: units
 * under a unit column, and not units passed over to another column (a blank line between a text
 * cell's two sentences, or between two unit cells, is no empty cell).
 */
function fitsAfterEmptyCells(columns: readonly TableColumn[], column: number, landing: number, content: string): boolean {
	const units = looksLikeUnitCell(content) || saysNoUnit(content);
	return isUnitColumn(columns[landing].role) ? units : !(units && isUnitColumn(columns[column].role));
}

/**
 * The rest of the header cell `cell` a narrow cell wrapped onto the next line or two (`牵头` / `单位`,
 * `牵头` / `责任` / `单位`, see joinsWrappedHeader), and how many lines it takes; undefined when none.
 */
function wrappedHalf(text: NoticeText, lines: readonly StructureLine[], at: number, cell: string): { lower: string; lines: number } | undefined {
	if (lines[at].marker !== undefined) {
		return undefined;
	}
	let lower = '';
	for (let count = 1; count <= 2; count++) {
		const next = lines[at + count];
		if (next === undefined || next.end === next.start || !mayBeHeaderCell(next)) {
			return undefined;
		}
		lower += slice(text, cellContent(text, next).span);
		if (joinsWrappedHeader(cell, lower)) {
			return { lower, lines: count };
		}
	}
	return undefined;
}

/** A header cell on its own line is short and unnumbered (`序号`, `目  标  任  务`, `责任单位 |`). */
function mayBeHeaderCell(line: StructureLine): boolean {
	return line.marker === undefined && line.end - line.start <= 24 && line.labels.length === 0;
}

/**
 * A header cell that is no header word (`指 标 要 求`, `目 标 类 型` between `任 务 名 称` and `牵 头 部 门`,
 * 上城 2019): a few, in a header that opens with 序号, short and without punctuation; a row's number
 * (`1`) is never one.
 */
function mayBeUnknownHeaderCell(line: StructureLine, cell: string): boolean {
	const word = cell.replace(/[\s\u3000|]+/g, '');
	return mayBeHeaderCell(line) && word.length > 0 && word.length <= 8 && !ROW_NUMBER.test(word) && !/[\p{P}\d]/u.test(word);
}

/**
 * A row short of merged cells whose unit cell has paragraphs (金东 2024: `4` / `卫生院迁建` / `迁建乡镇卫生院1家。` /
 * `区卫健局` / `东坪乡` / `区发改局` under `序号` / `事项分类` / `事项名称` / `项目内容` / `牵头单位` / `协同单位`, the
 * category written in the first row of its group only) has as many lines as the header has columns: read in
 * order, its lead falls in the task column. A line of units about to fill a text column after text cells only,
 * where as many merged columns before it (a category, a leader, a task column grouping the last) may be the
 * row's missing ones: those columns are left out (the earliest first, as carryMergedCells reads a short row),
 * the row's cells move right and the line lands in the unit column after the last text column. Returns that
 * column, or undefined (the row as written). A table without merged columns keeps its reading.
 *
 * A row that short has as many lines as a full row whose text cell names a facility (`2` / `社区医疗服务` /
 * `新建城东社区卫生服务中心` / `区卫健局` / `城东街道` under `序号` / `项目名称` / `建设内容` / `牵头单位` / `责任单位`),
 * so the lines do not tell them apart: the line is moved only after the row's content cell, a sentence
 * (`新增托班8个。` / `区卫健局`), and in a table that has a row short of the header by its lines (see
 * hasShortRow, asked last: `shortRows`).
 */
function missedMergedCells(columns: readonly TableColumn[], cells: TableCell[], column: number, numberColumn: number, content: string, afterSentence: boolean, shortRows: () => boolean): number | undefined {
	// Asked of every cell a line fills: a text column's, and then no allocation before the line reads as units.
	if (!afterSentence || numberColumn < 0 || column <= numberColumn + 1 || column >= columns.length || (columns[column].role !== 'task' && columns[column].role !== 'category')) {
		return undefined;
	}
	let landing = column;
	while (landing < columns.length && (columns[landing].role === 'task' || columns[landing].role === 'category')) {
		landing++;
	}
	// Units written plainly: no figure, no sentence's end (`改造食堂28所。` ends as a 派出所 does).
	if (landing >= columns.length || !isUnitColumn(columns[landing].role) || /[0-9０-９。；;，,]/.test(content) || !looksLikeUnitCell(content)) {
		return undefined;
	}
	const roles = columns.map((candidate) => candidate.role);
	if (roles.indexOf('task', landing) >= 0) {
		return undefined;
	}
	const merged = spanningColumns(roles).filter((candidate) => candidate > numberColumn && candidate < column);
	const missing = landing - column;
	if (missing > merged.length || cells.some((cell) => cell.column >= column) || !shortRows()) {
		return undefined;
	}
	const dropped = merged.slice(0, missing);
	const kept: number[] = [];
	for (let at = numberColumn + 1; at < landing; at++) {
		if (!dropped.includes(at)) {
			kept.push(at);
		}
	}
	for (const cell of cells) {
		if (cell.column > numberColumn) {
			cell.column = kept[cell.column - numberColumn - 1];
		}
	}
	return landing;
}

/**
 * A header opening with the rows' number, or with a category column before it (莲都 2023: `分类` / `序号` / `事项` /
 * `责任单位` / `牵头单位`): the category, a merged cell, is written before the number of its group's first row only
 * (`发展目标` / `1` / … / `13` / … / `激发市场活力` / `14`), a line the rows read as their group's row.
 */
function opensWithNumber(roles: ReadonlyArray<ColumnRole | undefined>): boolean {
	return roles[0] === 'number' || categoryBeforeNumber(roles);
}

/** A header opening with a category column, then the number's (`分类` / `序号` / …). */
function categoryBeforeNumber(roles: ReadonlyArray<ColumnRole | undefined>): boolean {
	return roles[0] === 'category' && roles[1] === 'number';
}

/** The most lines a row of a cell-per-line table is looked through for its next row's number (hasShortRow). */
const MAX_ROW_LINES = 3 * MAX_CONTINUATION_LINES;

/**
 * Whether a row below the header at `from` has fewer lines up to the next row's number than the header
 * has cells past the number (金东 2024: `2` / `中小学校清廉阳光厨房建设` / `对28所中小学校食堂安装数字化验收平台。`
 * / `区教体局` / `/` under six columns): a cell merged down the rows is missing. Lines between rows
 * (a group line, a page's footer, a cell's paragraphs) only add to a row's count; the last row's end is
 * unknown and is not counted. O(lines of the table), the look stopped where rows stop following.
 */
function hasShortRow(text: NoticeText, lines: readonly StructureLine[], from: number, columnCount: number): boolean {
	let last: string | undefined;
	let count = 0;
	for (let i = nextTextLine(lines, from); i >= 0 && i < lines.length; i = nextTextLine(lines, i + 1)) {
		const line = lines[i];
		const content = slice(text, cellContent(text, line).span);
		if (ROW_NUMBER.test(content) && (last === undefined ? isFirstRowNumber(content) : followsRow(last, content))) {
			if (last !== undefined && count < columnCount - 1) {
				return true;
			}
			last = content;
			count = 0;
		} else if (++count > MAX_ROW_LINES) {
			return false;
		}
	}
	return false;
}

/**
 * A table of one cell per line. A header cell of two paragraphs (龙湾 2023: `区本级` / `任务数`, a blank line
 * between as between cells) reads as two cells that are no header word, and every row is a cell short of
 * it: its units fall in the column before the unit column and are lost. Where two such cells stand side by
 * side, the table is read again with them one cell, and that reading is taken when more of its rows name
 * units in the unit columns.
 */
function readCellLineTable(text: NoticeText, lines: StructureLine[], first: number, seen: HeaderSeen): TableBlock | undefined {
	const split = { adjacentUnknown: false };
	const table = readCellLines(text, lines, first, seen, false, split);
	if (!table || !split.adjacentUnknown) {
		return table;
	}
	const joinedSeen: HeaderSeen = { header: undefined, rowsLeft: undefined };
	const joined = readCellLines(text, lines, first, joinedSeen, true, split);
	if (!joined || rowsNamingUnits(joined) <= rowsNamingUnits(table)) {
		return table;
	}
	seen.header = joinedSeen.header;
	seen.rowsLeft = joinedSeen.rowsLeft;
	return joined;
}

/** The header's columns, each from its first line to its last (`headerEnds`). */
function headerColumns(text: NoticeText, lines: readonly StructureLine[], headerLines: readonly number[], headerEnds: readonly number[], roles: ReadonlyArray<ColumnRole | undefined>): TableColumn[] {
	return headerLines.map((index, column) => {
		const { span } = cellContent(text, lines[index]);
		const last = cellContent(text, lines[headerEnds[column]]).span;
		let label = '';
		for (let line = index; line <= headerEnds[column]; line++) {
			label += slice(text, cellContent(text, lines[line]).span);
		}
		return { role: roles[column], label: label.replace(/[\s\u3000]+/g, ''), span: { start: span.start, end: last.end } };
	});
}

/**
 * Whether the text line right above `first` (blank lines between) is a header's word: a header read from there is
 * the tail of one (上城 2019 without 序号: `任 务 名 称` / `指 标 要 求` / `牵 头 部 门` / … read from `指 标 要 求` on,
 * `目 标 类 型` no header word, the rows were read a cell off).
 */
function headerWordAbove(text: NoticeText, lines: readonly StructureLine[], first: number): boolean {
	let i = first - 1;
	while (i >= 0 && lines[i].end === lines[i].start) {
		i--;
	}
	return i >= 0 && mayBeHeaderCell(lines[i]) && columnRole(slice(text, cellContent(text, lines[i]).span)) !== undefined;
}

/** A measure the figures of a table are in (`亿元`, `%`, `万平方米`). */
const MEASURE = '(?:[十百千万亿]*元|[%％‰]|[万亿]?(?:人|户|个|项|家|所|座|套|辆|件|张|次|吨|亩|公顷|千瓦时?|标准煤|吨标准煤)|(?:平方)?(?:公里|千米|米)|万?平方米|立方米)';

/** A note of the measures a table's figures are in (`（单位：亿元）`, `单位：万元、%`), bracketed or not. */
const MEASURE_NOTE = new RegExp(`^(?:[（(]\\s*(?:计量)?单位[：:]\\s*${MEASURE}(?:[、，,/]${MEASURE})*\\s*[）)]|(?:计量)?单位[：:]\\s*${MEASURE}(?:[、，,/]${MEASURE})*)$`);

/** A table of one cell a line, read. */
function cellLineTable(lines: readonly StructureLine[], first: number, end: number, headerSpan: Span, columns: TableColumn[], rows: TableRow[]): TableBlock {
	return { kind: 'table', layout: 'cell-lines', firstLine: first, endLine: end, span: { start: lines[first].start, end: lines[end - 1].end }, headerSpan, columns, rows };
}

/** Periods a header cell's columns are split into on the header's second row (`第一季度` … `第四季度`, `1月`, `上半年`). */
const PERIOD_CELL = /^(?:第?[一二三四1-4]季度|(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月份?|[上下]半年)$/;

/** A header cell over columns of periods (长宁 2019's `阶段性目标和工作任务量` over `第一季度` … `第四季度`). */
const STAGED_HEADER = /阶段|进度|节点|季度|月度|时序|时间安排/;

/** The lines of two periods or more right under a header of a cell a line (blank lines between), each a header's cell. */
function periodLines(text: NoticeText, lines: readonly StructureLine[], from: number): number[] {
	const found: number[] = [];
	let blanks = 0;
	for (let i = from; i < lines.length && found.length < MAX_HEADER_CELLS; i++) {
		if (lines[i].end === lines[i].start) {
			if (++blanks > MAX_BLANKS) {
				break;
			}
			continue;
		}
		blanks = 0;
		if (!mayBeHeaderCell(lines[i]) || !PERIOD_CELL.test(slice(text, cellContent(text, lines[i]).span).replace(/[\s\u3000]+/g, ''))) {
			break;
		}
		found.push(i);
	}
	return found.length >= 2 ? found : [];
}

/**
 * A header of two rows (长宁 2019: `领域` / `序号` / `重要 项目` / `目标任务和工作要求` / `阶段性目标和工作任务量` / `主责部门` /
 * `配合部门` / `第一季度` / … / `第四季度`): the one cell saying stages spans the periods of the second row, its columns in its
 * place, read as nothing (no task's text, no units), so that each row's cells land in their columns. Whether it split one.
 */
function splitStagedColumn(text: NoticeText, lines: readonly StructureLine[], headerLines: number[], headerEnds: number[], roles: Array<ColumnRole | undefined>, periods: readonly number[]): boolean {
	if (periods.length === 0) {
		return false;
	}
	const staged = headerLines.map((line, column) => (STAGED_HEADER.test(slice(text, { start: lines[line].start, end: lines[headerEnds[column]].end })) ? column : -1)).filter((column) => column >= 0);
	if (staged.length !== 1) {
		return false;
	}
	headerLines.splice(staged[0], 1, ...periods);
	headerEnds.splice(staged[0], 1, ...periods);
	roles.splice(staged[0], 1, ...periods.map(() => undefined));
	return true;
}

/** The rows with a unit column's cell. */
function rowsNamingUnits(table: TableBlock): number {
	let count = 0;
	for (const row of table.rows) {
		count += row.cells.some((cell) => cell.pieces.length > 0 && isUnitColumn(table.columns[cell.column]?.role)) ? 1 : 0;
	}
	return count;
}

/**
 * readCellLineTable's reading, with two header cells side by side that are no header word read as one
 * (`joinUnknown`) or not; `split.adjacentUnknown` says whether the header has two such cells.
 */
function readCellLines(text: NoticeText, lines: StructureLine[], first: number, seen: HeaderSeen, joinUnknown: boolean, split: { adjacentUnknown: boolean }): TableBlock | undefined {
	if (!mayBeHeaderCell(lines[first])) {
		return undefined;
	}
	// The header: consecutive non-blank lines (blank lines between allowed), each one header word, or
	// two a narrow cell wrapped it into (`牵头` / `单位`).
	const headerLines: number[] = [];
	/** The last line of each header cell. */
	const headerEnds: number[] = [];
	const roles: Array<ColumnRole | undefined> = [];
	let i = first;
	let blanks = 0;
	let unknowns = 0;
	for (; i < lines.length && headerLines.length < MAX_HEADER_CELLS; i++) {
		const line = lines[i];
		if (line.end === line.start) {
			// Cells are a blank line or two apart; a longer gap ends the header (and keeps the look-ahead bounded).
			if (++blanks > MAX_BLANKS) {
				break;
			}
			continue;
		}
		blanks = 0;
		const { span } = cellContent(text, line);
		const cell = slice(text, span);
		const wrapped = wrappedHalf(text, lines, i, cell);
		const role = line.marker ? undefined : columnRole(wrapped === undefined ? cell : cell + wrapped.lower);
		if (role === undefined ? !(roles[0] === 'number' && unknowns < MAX_UNKNOWN_HEADER_CELLS && mayBeUnknownHeaderCell(line, cell)) : role === 'number' && headerLines.length > 0 && !(headerLines.length === 1 && roles[0] === 'category')) {
			break;
		}
		// A field's label is a header's word, never a category (`分类/序号/重点任务/牵头单位/工作措施` / `1`: a reviewer's, the
		// measures column taken for row 1's category lost row 2's text).
		// So is a kind of units, which reads as a unit column's word (`驻区单位`, `区级部门` / `1`): no label names it.
		const categoryCell = (role === 'task' && roles.includes('task')) || (isUnitColumn(role) && namesKindOfUnits(cell));
		if (categoryCell && roles[0] === 'category' && roles.some(isUnitColumn) && labelRole(cell) === undefined && opensRow(text, lines, i + 1, undefined)) {
			// The first row's category cell, right before its number (莲都 2023: `分类` / `序号` / `事项` / `责任单位` /
			// `牵头单位` / `发展目标` / `1`), though it names a kind of task (`发展目标`, `重点项目`) as a task column's
			// header does: no header has a second task column after its units. A category no header word ends the header anyway.
			break;
		}
		const besideUnknown = role === undefined && roles.length > 1 && roles[roles.length - 1] === undefined;
		split.adjacentUnknown ||= besideUnknown;
		if (joinUnknown && besideUnknown && wrapped === undefined) {
			// The second paragraph of the header cell before (`区本级` / `任务数`).
			headerEnds[headerEnds.length - 1] = i;
			continue;
		}
		unknowns += role === undefined ? 1 : 0;
		headerLines.push(i);
		i += wrapped === undefined ? 0 : wrapped.lines;
		headerEnds.push(i);
		roles.push(role);
	}

	if (headerLines.length < 3 || !isHeaderRow(roles)) {
		return undefined;
	}
	/** The header's last line: its second row's last cell where it has one (see splitStagedColumn). */
	let headerEnd = headerEnds[headerEnds.length - 1];
	const marked = cellContent(text, lines[headerLines[0]]).closed;
	const periods = marked ? [] : periodLines(text, lines, headerEnd + 1);
	// The spacing of the cells as written, both header rows (the columns split below are in no line order).
	const gap = marked ? undefined : evenGap([...headerLines, ...periods], [...headerEnds, ...periods]);
	if (splitStagedColumn(text, lines, headerLines, headerEnds, roles, periods)) {
		headerEnd = periods[periods.length - 1];
	}
	const headerSpan = { start: cellContent(text, lines[headerLines[0]]).span.start, end: cellContent(text, lines[headerEnd]).span.end };
	const columns = headerColumns(text, lines, headerLines, headerEnds, roles);
	withMeasureColumns(
		columns.map((column) => column.label),
		roles,
	).forEach((role, column) => {
		roles[column] = role;
		columns[column].role = role;
	});
	if (!roles.includes('number')) {
		// No number opens a row (长沙 2012: `牵头单位` / `目 标 任 务` / `责 任 单 位`, then `市政` / `府办` / `公厅` / …): rows
		// read by their cells' count, where each cell reads as its column's; else the table is said (table-not-read),
		// never passed over as a notice naming no unit.
		const read = readsUnnumbered(roles) && !marked && !headerWordAbove(text, lines, first) ? readUnnumberedRows(text, lines, headerEnd + 1, roles, (content, rows) => signsTable(text, lines, first, rows, roles, content)) : undefined;
		if (!read) {
			seen.header = headerSpan;
			return undefined;
		}
		seen.rowsLeft = read.rowsLeft ? headerSpan : undefined;
		return cellLineTable(lines, first, read.end, headerSpan, columns, read.rows);
	}
	if (!opensWithNumber(roles) && roles[0] !== 'task') {
		// A number column after another (`责任单位` / `序号` / …): its rows are not read, but the table is said (table-not-read).
		seen.header = headerSpan;
		return undefined;
	}
	const numberColumn = roles.indexOf('number');
	const noteColumn = roles.lastIndexOf('note');
	const rows: TableRow[] = [];
	let current: TableRow | undefined;
	/** The last row's number as written (`3`, `1-2`). */
	let lastNumber: string | undefined;
	/** The column the next cell line fills, and whether the last cell was closed (its ` |`, or its line end). */
	let column = 0;
	let lastClosed = true;
	/** The cell the last line went to, and its bracket depth so far. */
	let lastCell: TableCell | undefined;
	let lastDepth = 0;
	/** Blank lines right before the line read. */
	let blankRun = 0;
	/** The cells each row reached, the number's included (a merged cell's rows have fewer). */
	const widths = new Map<TableRow, number>();
	/** Whether a row is short of the header by its lines (hasShortRow), found when first asked. */
	let shortRows: boolean | undefined;
	let end = headerEnd + 1;
	// One pass over the lines: each line goes to one cell, the open cell's bracket depth is kept as it
	// grows, so O(characters of the table).
	/** Past a page's footer: the blank lines around it are the page's, no empty cells. */
	let afterFooter = false;
	/** Right after a group line under the last row: a line that is no row's number is no more of that row. */
	let afterGroupLine = false;
	/** The last line was ` |` alone filling the row's last column: the row's cells are all written or empty. */
	let lastCellMarkedEmpty = false;
	/** Under a category column before the number, the category before the first row (`2023年`, `驻区单位`). */
	let firstCategory: string | undefined;
	/**
	 * The row's sub-item so far: the column of the cell a `①` line opened (`①提标改造…`) and the number of its last
	 * sub-item read (see subRowFollows); `read` once a second sub-item's sub-row has been read, each cell of the row
	 * from that column on then held per sub-item (TableCell.subItem).
	 */
	let subItem: { column: number; number: number; kind: string; read: boolean } | undefined;
	/** Lines left of the sub-item's text a narrow cell wrapped (subItemWraps), right after its line. */
	let wraps = 0;
	/** Whether a line opens the sub-item after `item` with its sub-row (anotherUnitLine's look past a unit cell). */
	const subRowAfter = (item: { column: number; number: number; kind: string }) => (at: number) => subRowFollows(text, lines, at, item.number + 1, item.kind, roles, item.column, lastNumber);
	/** Whether a unit line signs the notice (anotherUnitLine's look at the text's last line). */
	const signs = (content: string) => signsTable(text, lines, first, rows, roles, content);
	for (i = end; i < lines.length; i++) {
		const line = lines[i];
		if (line.end === line.start) {
			blankRun += afterFooter ? 0 : 1;
			continue;
		}
		if (current && isPageFooterLine(text, line)) {
			// `— 3 —` where the copy broke a page, between two rows or inside one (`县发改局` / `— 3 —` / `县财政局`): no cell.
			blankRun = 0;
			afterFooter = true;
			continue;
		}
		afterFooter = false;
		const blanksBefore = blankRun;
		blankRun = 0;
		const { span, closed } = cellContent(text, line);
		const content = slice(text, span);
		if (rows.length === 0 && MEASURE_NOTE.test(content)) {
			// `（单位：亿元）` under the header, before the first category (`发展目标`) or row: the figures' measures, no row.
			end = i + 1;
			continue;
		}
		if (current && marked && closed && content.length === 0) {
			// ` |` alone: an empty cell (`县应急管理局 |` / ` |`, no 配合单位), its column kept; or the mark
			// closing the cell before it. Right before the next row's number it ends the row (a page
			// closing each row so: `1 |` / `新建停车泊位500个。 |` / `城管局 |` / `市政局 |` / `|` under five
			// columns): a row short of the header misses a merged cell, as carryMergedCells reads it.
			if (lastClosed && column < columns.length && endsRowAt(text, lines, i + 1, lastNumber)) {
				column = columns.length;
				lastCell = undefined;
			} else if (lastClosed && column < columns.length) {
				column++;
				lastCell = undefined;
				widths.set(current, column);
				lastCellMarkedEmpty = column >= columns.length;
			}
			lastClosed = true;
			end = i + 1;
			continue;
		}
		const afterEmptyLastCell = lastCellMarkedEmpty;
		lastCellMarkedEmpty = false;
		if (numberColumn >= 0 && ROW_NUMBER.test(content)) {
			const value = rowNumberValue(content);
			const afterGroup = rows.length > 0 && rows[rows.length - 1].spanning !== undefined;
			// A number near the next after a complete row (`2` then `4`): a row the numbering checks tell of, not a cell.
			const near = current !== undefined && column >= columns.length && nearRow(lastNumber, content);
			if ((followsRow(lastNumber, content) && compoundOpensRow(content, lastNumber, column, numberColumn, columns.length)) || (afterGroup && (isFirstRowNumber(content) || laterRow(lastNumber, content))) || near) {
				current = { firstLine: i, lastLine: i, span: { ...span }, number: { value, span: { ...span } }, cells: [] };
				rows.push(current);
				afterGroupLine = false;
				lastNumber = content;
				subItem = undefined;
				wraps = 0;
				column = numberColumn + 1;
				lastClosed = true;
				lastCell = undefined;
				end = i + 1;
				continue;
			}
		}
		const groupEnd = current && !(lastCell && (lastDepth > 0 || !lastClosed || endsInList(text, lastCell.pieces[lastCell.pieces.length - 1]))) ? groupLineEnd(text, lines, i) : -1;
		if (groupEnd >= 0 && notesGroupLine(rows, current, span.start, cellContent(text, lines[groupEnd]).span.end)) {
			// `2` / `新建村级文化广场3个` / `以上2项牵头单位：县住建局；…` / `3`: the row merged across the table under
			// the rows it names the units of (see takesGroupLine); the row above ends, its cells left empty.
			column = columns.length;
			lastCell = undefined;
			lastClosed = true;
			afterGroupLine = true;
			i = groupEnd;
			end = i + 1;
			continue;
		}
		if (current && subItem && column >= columns.length && !(lastCell && (lastDepth > 0 || !lastClosed || endsInList(text, lastCell.pieces[lastCell.pieces.length - 1]))) && subRowFollows(text, lines, i, subItem.number + 1, subItem.kind, roles, subItem.column, lastNumber)) {
			// The row's next sub-item (`②在城区重要路段…` after `①提标改造…`'s units): a sub-row of cells of its own,
			// from the column the `①` line opened (its text, then its deadline and units in their columns).
			if (!subItem.read) {
				for (const cell of current.cells) {
					if (cell.column >= subItem.column) {
						cell.subItem = subItem.number;
					}
				}
			}
			wraps = subItemWraps(text, lines, i, roles, subItem.column);
			subItem = { ...subItem, number: subItem.number + 1, read: true };
			column = subItem.column;
			lastCell = undefined;
			lastDepth = 0;
		}
		/** More of the sub-item's text (`城市公厕。` under `②在城区重要路段、街区新建改造26座`). */
		const wrapGoesOn = wraps > 0 && lastCell !== undefined;
		wraps -= wrapGoesOn ? 1 : 0;
		/** Blank lines beyond the header's spacing say the row's cells left are all empty. */
		let restEmpty = afterEmptyLastCell && column >= columns.length;
		if (!wrapGoesOn && current && lastCell && lastDepth === 0 && !endsInList(text, lastCell.pieces[lastCell.pieces.length - 1])) {
			// Blank lines beyond the header's spacing are empty cells (`县应急管理局` / `` / `长期坚持`: no
			// 配合单位, the deadline in its column).
			const empty = emptyCellsIn(blanksBefore, gap) || (unitsPastEmptyCell(columns, column, blanksBefore, gap, content) ? 1 : 0);
			if (empty > 0 && column + empty < columns.length && fitsAfterEmptyCells(columns, column, column + empty, content)) {
				column += empty;
				lastCell = undefined;
			} else {
				restEmpty = empty > 0 && column + empty >= columns.length;
			}
		}
		const complete = current !== undefined && column >= columns.length;
		const listGoesOn = lastCell !== undefined && (!lastClosed || endsInList(text, lastCell.pieces[lastCell.pieces.length - 1]));
		// A bracket the page left open in a text cell (苍南 2022: `50%(马站未开工`) does not take the unit
		// cell after it: a line that reads as units, where a unit column comes next, is that cell.
		const bracketGoesOn = lastCell !== undefined && lastDepth > 0 && !(!complete && isUnitColumn(columns[column].role) && !isUnitColumn(columns[lastCell.column].role) && looksLikeUnitCell(content));
		const nameGoesOn = !marked && lastCell !== undefined && lastDepth === 0 && isUnitColumn(columns[lastCell.column].role) && continuesUnitName(text, lastCell, content);
		const unitGoesOn = !marked && lastCell !== undefined && lastDepth === 0 && isUnitColumn(columns[lastCell.column].role) && anotherUnitLine(text, lines, i, content, complete, complete ? undefined : columns[column].role, lastNumber, subItem && subRowAfter(subItem), signs);
		const dateGoesOn = lastCell !== undefined && lastDepth === 0 && columns[lastCell.column].role === 'deadline' && continuesDate(text, lastCell, content);
		// Under `年度` / `序号` / … whose first category is a year, a line reading as it does right before the next row's
		// number (`2024年` / `4`): the next group's category.
		const nextCategory = complete && firstCategory !== undefined && !listGoesOn && !bracketGoesOn && line.labels.length === 0 && readsAsFirstCategory(firstCategory, content) && opensRow(text, lines, i + 1, lastNumber);
		// The first category may read as units or a year (`各乡镇（街道）` / `1`): under the header, before the first row, it is the category.
		const firstCategoryLine = !current && rows.length === 0 && categoryBeforeNumber(roles) && line.marker === undefined && line.labels.length === 0 && line.end - line.start <= MAX_BAND && !NOTE_LABEL.test(content) && opensRow(text, lines, i + 1, undefined);
		const goesOn = !nextCategory && (wrapGoesOn || listGoesOn || bracketGoesOn || nameGoesOn || unitGoesOn || dateGoesOn);
		// A row whose last cells are empty, then its group's category before the next row's number (`区发改局` / `` /
		// `激发市场活力` / `3` under `分类` / `序号` / … / `牵头单位`): the group's row, no unit of the row above.
		// A category may end with a full stop (`推动经济高质量发展。`): the row's cells are all written or empty, no paragraph of
		// theirs (a reviewer's: it was read as the row's lead, a false unknown-unit; after ` |` alone, more of the row's text).
		const categoryAfterEmptyCells = restEmpty && !goesOn && categoryBeforeNumber(roles) && !saysNoUnit(content) && bandTitle(text, lines, i, false, lastNumber);
		if (!current || (complete && !goesOn && (noteColumn < 0 || line.marker !== undefined)) || categoryAfterEmptyCells) {
			// A group heading inside the table (`一、主要经济社会发展指标…(牵头领导:成坤、柯相国、王俊)`), or a
			// merged row of a Word table over the rows it opens, numbered or not (苏州 2011, right under
			// the header: `经济社会发展主要预期目标分解(15项)` / `1` / `地区生产总值` …).
			// A sentence (`开工建设老年食堂。` / `3`) or a deadline (`12月底前投入使用`) is no merged row's title: a paragraph of the row above (continuationCells).
			const wrappedCategory = (complete || (!current && rows.length === 0)) && !categoryAfterEmptyCells && !nextCategory && categoryBeforeNumber(roles) ? wrappedCategoryEnd(text, lines, i, lastNumber) : -1;
			if (wrappedCategory >= 0) {
				// A category a narrow column wrapped (`激发市场活力，` / `优化营商环境` / `3`): one group row, no text of the row above.
				current = undefined;
				lastCell = undefined;
				subItem = undefined;
				const last = cellContent(text, lines[wrappedCategory]).span;
				rows.push({ firstLine: i, lastLine: wrappedCategory, span: { start: span.start, end: last.end }, cells: [], spanning: { start: span.start, end: last.end } });
				i = wrappedCategory;
				end = i + 1;
				continue;
			}
			const band = categoryAfterEmptyCells || nextCategory || firstCategoryLine || (numberColumn >= 0 && bandTitle(text, lines, i, rows.length > 0, lastNumber));
			if (line.marker !== undefined || band || line.labels.some((label) => label.role === 'leader')) {
				if (firstCategoryLine) {
					firstCategory = content;
				}
				current = undefined;
				lastCell = undefined;
				subItem = undefined;
				rows.push({ firstLine: i, lastLine: i, span: { ...span }, cells: [], spanning: { ...span } });
				end = i + 1;
				continue;
			}
			const more = current && complete && !afterGroupLine && noteColumn < 0 && line.marker === undefined ? continuationCells(text, lines, i, columns, numberColumn, lastNumber) : undefined;
			if (current && more) {
				// A row under the row without its number (a merged number cell, 大竹 2016: `新建敬老院。` / `县民政局` /
				// `5月底前动工` / `开工建设老年食堂。` / `12月底前` / `3`): more paragraphs of the row's cells.
				for (const { line: at, column: landing } of more) {
					const piece = cellContent(text, lines[at]).span;
					// The merged row's unit cell naming the row's unit again (`县民政局` under `县民政局`) names no second one.
					if (!repeatsUnitCell(text, current.cells, landing, piece, isUnitColumn(columns[landing].role))) {
						addPiece(current.cells, landing, piece);
					}
					current.lastLine = at;
					current.span = { start: current.span.start, end: piece.end };
					end = at + 1;
				}
				i = end - 1;
				lastCell = undefined;
				lastDepth = 0;
				lastClosed = true;
				continue;
			}
			if (current && complete && !afterGroupLine && (line.labels.length > 0 || NOTE_LABEL.test(content)) && continuesTable(text, lines, i + 1, numberColumn >= 0)) {
				// A labelled line under a row whose cells are all there, before the next row or group:
				// a note of the row (杭州 2021: `省牵头单位:省农业农村厅`, the province's lead beside the
				// city's units), kept as more of its text, read for no unit.
				const taskColumn = roles.lastIndexOf('task');
				lastCell = addPiece(current.cells, taskColumn >= 0 ? taskColumn : column - 1, span);
				lastClosed = true;
				lastDepth = 0;
				current.lastLine = i;
				current.span = { start: current.span.start, end: span.end };
				end = i + 1;
				continue;
			}
			if (current && rowsLeftBelow(text, lines, i, columns.length, lastNumber)) {
				// The next row's number a few lines on: rows the reader leaves are said (table-not-read), never lost in silence.
				seen.rowsLeft = headerSpan;
			}
			break;
		}
		if (goesOn) {
			// The cell goes on: no ` |` closed it, or its list is unfinished (`区投促局、` / `大观园街道办事处`).
			lastCell!.pieces.push({ ...span });
			lastDepth += depthOf(text, span);
		} else if (complete) {
			// Lines past the last column: more of the note column (progress running over several paragraphs).
			lastCell = addPiece(current.cells, noteColumn, span, subItem?.read ? subItem.number : undefined);
			lastDepth = 0;
		} else if (lastCell && isUnitColumn(columns[column].role) && !isUnitColumn(columns[lastCell.column].role) && !looksLikeUnitCell(content) && !saysNoUnit(content) && !unitCellAfterSentence(text, lines, i, lastCell, content, lastNumber, column + 1 < columns.length && isUnitColumn(columns[column + 1].role))) {
			// A unit column holds no sentence: the line is more of the text cell before it; `/` is the unit cell naming none.
			lastCell.pieces.push({ ...span });
			lastDepth += depthOf(text, span);
		} else {
			const afterSentence = lastCell !== undefined && endsSentence(text, lastCell.pieces[lastCell.pieces.length - 1]);
			column = missedMergedCells(columns, current.cells, column, numberColumn, content, afterSentence, () => (shortRows ??= hasShortRow(text, lines, headerEnd + 1, columns.length))) ?? column;
			lastCell = addPiece(current.cells, column, span, subItem?.read ? subItem.number : undefined);
			lastDepth = depthOf(text, span);
			column++;
			const kind = lastCell.pieces.length === 1 ? subItemKind(text, line, 1) : undefined;
			// A cell opening with `①` (淮安 2020's `①提标改造70个老旧小区…`): the row's sub-items may follow (subRowFollows).
			// A compound number only under its row's (`1.1改造…` in row 1; `2.1公里` opens no sub-item of row 1).
			if (kind !== undefined && (kind === MARKED_SUB_ITEM || kind === `compound ${current.number?.value}`)) {
				subItem = { column: lastCell.column, number: 1, kind, read: false };
			}
		}
		lastClosed = closed || !marked;
		widths.set(current, Math.max(widths.get(current) ?? 0, column));
		current.lastLine = i;
		current.span = { start: current.span.start, end: span.end };
		end = i + 1;
	}
	// A group row heads rows below it: after the last row it is the text's heading (杭州 2021: the
	// `二、…` between two tables), not the table's.
	while (rows.length > 0 && rows[rows.length - 1].spanning) {
		rows.pop();
		end = rows.length > 0 ? rows[rows.length - 1].lastLine + 1 : end;
	}
	if (rows.every((row) => row.spanning)) {
		seen.header = headerSpan;
		return undefined;
	}
	groupParentRows(text, rows, roles);
	carryAllMergedCells(text, rows, widths, roles);
	return cellLineTable(lines, first, end, headerSpan, columns, rows);
}
