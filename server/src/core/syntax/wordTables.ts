import { isWhiteSpace, markedCodes } from '../text/characters';
import type { Span } from '../text/lineIndex';
import type { HeaderSeen } from './readTables';
import type { StructureLine, TableBlock, TableColumn, TableRow } from './structure';
import { SIMPLE_ROW_NUMBER, rowNumberValue } from './rowNumbers';
import { isGroupHeading, layoutOf } from './tableCells';
import { columnRole, isHeaderRow, isUnitColumn, type ColumnRole } from './tableHeaders';
import { looksLikeUnitName } from '../units/unitNames';
import type { NoticeText } from '../text/noticeText';

/**
 * A table whose cells one space separates, as some sites copy a table as text (国办函〔2016〕38号,
 * 谯城 2025):
 *
 *     序号 工 作 任 务 牵头负责部门
 *     1 居民消费价格涨幅3%左右 发展改革委
 *     2 城镇新增就业1000万人以上 人力资源社会保障部
 *
 * A space also stands inside a cell (`工 作 任 务`), so only what cannot be prose is read: a header
 * whose every word is a header word, 序号 then the task first; then rows numbered in sequence, each
 * a number, the task and one word per column after it (the task takes the words left over).
 * A row's cells may go on in lines of one word below it (see addCellLines), and a group row
 * (`一、…`) may stand between rows; either is the table's only when a row follows it (a signature,
 * `国务院办公厅`, is not). The table ends at the first other line; one of fewer than two rows is none.
 * The header may end a paragraph (see gluedHeaderStart): the table then starts at the line after it.
 */
export function readWordTable(text: NoticeText, lines: readonly StructureLine[], hints: ArrayLike<number>, first: number, seen: HeaderSeen): TableBlock | undefined {
	const line = lines[first];
	const headerStart = mayOpenWordTable(text, line, hints[first]) ? line.start : gluedHeaderStart(text, line);
	if (headerStart < 0) {
		return undefined;
	}
	const header: Span = { start: headerStart, end: line.end };
	// The number column's word first (序号, 编号 …, at most four characters), before the line is split.
	let firstEnd = header.start;
	while (firstEnd < header.end && !isWhiteSpace(text.charCodeAt(firstEnd))) {
		firstEnd++;
	}
	if (firstEnd - header.start > 4 || firstEnd === header.end || columnRole(text.slice(header.start, firstEnd)) !== 'number') {
		return undefined;
	}
	const words = withoutNameColumns(text, headerWords(text, header));
	const roles = words.map((word) => columnRole(text.slice(word.start, word.end)));
	if (words.length < 3 || roles[0] !== 'number' || roles[1] !== 'task' || roles.includes(undefined) || !isHeaderRow(roles)) {
		return undefined;
	}
	const columns: TableColumn[] = words.map((word, index) => ({ role: roles[index] as ColumnRole, label: text.slice(word.start, word.end).replace(/[\s\u3000]+/g, ''), span: word }));
	const rows: TableRow[] = [];
	let end = first + 1;
	// A header glued to the end of a paragraph: the table starts on the next line, the paragraph stays text.
	let start = header.start === line.start ? first : -1;
	let lastNumber: number | undefined;
	/** Lines read since the last row: its cells' further lines, then group rows; they are the table's only if a row follows. */
	let more: Array<{ span: Span; line: number }> = [];
	let groups: TableRow[] = [];
	for (let i = first + 1; i < lines.length; i++) {
		const line = lines[i];
		if (line.end === line.start) {
			continue;
		}
		if (layoutOf(hints[i]) !== undefined) {
			break;
		}
		const row = readRow(text, line, columns, lastNumber === undefined ? undefined : lastNumber + 1, groups.length > 0);
		if (row) {
			const last = rows[rows.length - 1];
			if (last && more.length > 0) {
				addCellLines(last, columns.length, more.map((piece) => piece.span));
				last.lastLine = more[more.length - 1].line;
				last.span = { start: last.span.start, end: more[more.length - 1].span.end };
			}
			rows.push(...groups, row);
			start = start < 0 ? (groups[0] ?? row).firstLine : start;
			more = [];
			groups = [];
			lastNumber = row.number!.value;
			end = i + 1;
		} else if (isGroupHeading(line)) {
			// `一、2025年经济社会发展的主要预期目标` across the table: a section over the rows below.
			groups.push({ firstLine: line.index, lastLine: line.index, span: { start: line.start, end: line.end }, cells: [], spanning: { start: line.start, end: line.end } });
		} else if (rows.length > 0 && groups.length === 0 && isCellLine(text, line)) {
			more.push({ span: { start: line.start, end: line.end }, line: line.index });
		} else {
			if (rows.length > 0 && opensRow(text, line, lastNumber! + 1) && textAfter(lines, i)) {
				// `4 加快建设 现代化产业体系`: the next row, which cannot be told from prose; the rows left are said, not lost in silence.
				// Not the text's last line: a copy cut inside its last row (`10 中央预算内投资安排5000亿元 发展改革`, a 2016 table
				// whose nine rows were read) said its table unread (two reviewers).
				seen.rowsLeft = { ...header };
			}
			break;
		}
	}
	if (rows.filter((row) => row.number).length < MIN_ROWS) {
		seen.header = { ...header };
		seen.rowsLeft = undefined;
		return undefined;
	}
	return { kind: 'table', layout: 'words', firstLine: start, endLine: end, span: { start: header.start, end: lines[end - 1].end }, headerSpan: { ...header }, columns, rows };
}

/** Whether a line after line `index` holds text. */
function textAfter(lines: readonly StructureLine[], index: number): boolean {
	for (let i = index + 1; i < lines.length; i++) {
		if (lines[i].end > lines[i].start) {
			return true;
		}
	}
	return false;
}

/** Whether the line opens with the row number `expected` and a space (`4 加快建设…`). */
function opensRow(text: NoticeText, line: StructureLine, expected: number): boolean {
	const written = String(expected);
	return text.slice(line.start, line.start + written.length) === written && isWhiteSpace(text.charCodeAt(line.start + written.length));
}

/**
 * 常熟 2018, a site's copy that put the whole letter on a few lines: the header glued to the end of the
 * paragraph before it, after the attachment's title and one space
 * (`…2018年2月24日 常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位`). Where the header
 * would start (序号 after white space, in the line's last MAX_HEADER_LENGTH characters, the line ending
 * as a header does), or -1; readWordTable then asks every word to be a header word and rows to follow.
 */
function gluedHeaderStart(text: NoticeText, line: StructureLine): number {
	if (!mayEndWithHeader(text, line)) {
		return -1;
	}
	// The number column's word is the header's first: the last one after white space (项目名称 starts as 项次 does).
	for (let at = line.end - 3; at > line.start && at >= line.end - MAX_HEADER_LENGTH; at--) {
		if (NUMBER_HEADER_START.has(text.charCodeAt(at)) && isWhiteSpace(text.charCodeAt(at - 1))) {
			let wordEnd = at;
			while (wordEnd < line.end && !isWhiteSpace(text.charCodeAt(wordEnd))) {
				wordEnd++;
			}
			if (columnRole(text.slice(at, wordEnd)) === 'number' && !line.labels.some((label) => label.end > at)) {
				return at;
			}
		}
	}
	return -1;
}

/** The last character of a unit column's or a deadline column's word (单位, 部门, 时限, 时间): how such a header ends. A table by code: asked of every line (a Set's look-up was 0.9% of a warm read's samples). */
const HEADER_ENDS = markedCodes('位门門限间間', 0xa000);

/**
 * The header's words without a column of names between 序号 and the task (常熟 2018: `序号 名称 工作任务
 * 牵头责任单位`, the 名称 cell empty in the rows, a merged cell of the Word table): the rows read as without it,
 * a name written in a row more of its task's text.
 */
function withoutNameColumns(text: NoticeText, words: readonly Span[]): Span[] {
	let taskAt = 1;
	while (taskAt < words.length && taskAt <= MAX_NAME_COLUMNS && columnRole(text.slice(words[taskAt].start, words[taskAt].end)) !== 'task') {
		const word = text.slice(words[taskAt].start, words[taskAt].end);
		if (!NAME_COLUMN.test(word) && columnRole(word) !== 'category') {
			return [...words];
		}
		taskAt++;
	}
	return taskAt > 1 && taskAt < words.length ? [words[0], ...words.slice(taskAt)] : [...words];
}

const NAME_COLUMN = /^名\s*称$/;
const MAX_NAME_COLUMNS = 1;

/**
 * Whether the line may be a word table's header, from the line alone: no cell separator, marker or
 * label, not long, and its first character one a number column's word starts with (序号, 编号 …).
 * Asked of every line outside tables at each reading (see findTables).
 */
export function mayOpenWordTable(text: NoticeText, line: StructureLine, hint: number): boolean {
	// The line's own fields first: asked of every line read, most have a marker or are longer (a call less in the first tiers).
	return line.marker === undefined && line.end - line.start <= MAX_HEADER_LENGTH && line.labels.length === 0 && layoutOf(hint) === undefined && NUMBER_HEADER_START.has(text.charCodeAt(line.start));
}

/** Whether a word table's header may be glued to the line's end (see gluedHeaderStart), from its last character. */
export function mayEndWithHeader(text: NoticeText, line: StructureLine): boolean {
	return line.end - line.start > MIN_HEADER_LENGTH && HEADER_ENDS[text.charCodeAt(line.end - 1)] === 1;
}

/** The first characters of the number column's header words (序号, 编号, 号, 项次, 排序; 編號, 項次). */
const NUMBER_HEADER_START = new Set([0x5e8f, 0x7f16, 0x7de8, 0x53f7, 0x865f, 0x9879, 0x9805, 0x6392]);
/** `序号 工作任务 牵头单位`, the shortest header. */
const MIN_HEADER_LENGTH = 10;
/** A header is one short line. */
const MAX_HEADER_LENGTH = 60;
const MIN_ROWS = 2;

/** The words of a line, white space between; a run of single characters is one word (`工 作 任 务`). */
function headerWords(text: NoticeText, line: Span): Span[] {
	const words: Span[] = [];
	let run: Span | undefined;
	for (const token of tokens(text, line.start, line.end)) {
		if (token.end - token.start === 1) {
			run = run ? { start: run.start, end: token.end } : { ...token };
			continue;
		}
		if (run) {
			words.push(run);
			run = undefined;
		}
		words.push(token);
	}
	if (run) {
		words.push(run);
	}
	return words;
}

function tokens(text: NoticeText, start: number, end: number): Span[] {
	const found: Span[] = [];
	let at = start;
	while (at < end) {
		while (at < end && isWhiteSpace(text.charCodeAt(at))) {
			at++;
		}
		const tokenStart = at;
		while (at < end && !isWhiteSpace(text.charCodeAt(at))) {
			at++;
		}
		if (at > tokenStart) {
			found.push({ start: tokenStart, end: at });
		}
	}
	return found;
}

/** `1 居民消费价格涨幅3%左右 发展改革委`: a row when it opens with the number expected (any, for the first; 1 after a group too). */
function readRow(text: NoticeText, line: StructureLine, columns: readonly TableColumn[], expected: number | undefined, afterGroup: boolean): TableRow | undefined {
	const columnCount = columns.length;
	const words = tokens(text, line.start, line.end);
	if (words.length < 2 || !SIMPLE_ROW_NUMBER.test(text.slice(words[0].start, words[0].end))) {
		return undefined;
	}
	const value = rowNumberValue(text.slice(words[0].start, words[0].end));
	if (expected !== undefined && value !== expected && !(afterGroup && value === 1)) {
		return undefined;
	}
	const rest = words.slice(1);
	// The columns after the task take one word each from the end; the task the words before them.
	const after = Math.min(columnCount - 2, rest.length - 1);
	const taskWords = rest.length - after;
	const cells = [{ column: 1, pieces: rest.slice(0, taskWords).map((word) => ({ ...word })) }];
	for (let k = 0; k < after; k++) {
		const word = rest[taskWords + k];
		if (isUnitColumn(columns[2 + k].role) && !opensWithUnit(text.slice(word.start, word.end))) {
			// `3 加快建设 现代化产业体系`: a space inside the task, not before its units; no row read.
			return undefined;
		}
		cells.push({ column: 2 + k, pieces: [{ ...word }] });
	}
	return { firstLine: line.index, lastLine: line.index, span: { start: line.start, end: line.end }, number: { value, span: { ...words[0] } }, cells };
}

/** A unit cell's word opens with a unit (`区政府各部门,各乡镇人民政府、…,魏武国控集团。` as much as `发展改革委`). */
function opensWithUnit(word: string): boolean {
	return looksLikeUnitName(word.split(/[、，,；;。]/)[0]);
}

/** A group row: a heading numbered 一、 or （一）, alone on its line. */
/** A further line of a row's cells is one word: a unit of a list written one per line (`区财政局` / `区税务局`). */
function isCellLine(text: NoticeText, line: StructureLine): boolean {
	if (line.marker || line.labels.length > 0) {
		return false;
	}
	for (let i = line.start; i < line.end; i++) {
		if (isWhiteSpace(text.charCodeAt(i))) {
			return false;
		}
	}
	return true;
}

/**
 * A row's further lines, as 谯城 2025 writes a row of four columns:
 *
 *     2 一般公共预算收入增长5%左右。 区财政局
 *     区税务局
 *     区政府有关部门,各乡镇人民政府、街道办事处…
 *
 * The columns its first line left empty take the last lines, one each; the lines before them are
 * more of the last column it filled, each a cell of its own (a list written one unit per line, not
 * a name broken by a wrap).
 */
function addCellLines(row: TableRow, columnCount: number, more: readonly Span[]): void {
	const lastFilled = row.cells.length > 0 ? row.cells[row.cells.length - 1].column : 1;
	const empty = columnCount - 1 - lastFilled;
	const intoEmpty = Math.min(empty, more.length);
	const intoLast = more.length - intoEmpty;
	for (let k = 0; k < intoLast; k++) {
		row.cells.push({ column: lastFilled, pieces: [{ ...more[k] }] });
	}
	for (let k = 0; k < intoEmpty; k++) {
		row.cells.push({ column: lastFilled + 1 + k, pieces: [{ ...more[intoLast + k] }] });
	}
}
