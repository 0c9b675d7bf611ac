import type { NoticeText } from '../text/noticeText';
import { isCompleteUnitName, isOneBrokenName } from '../units/nameShape';
import { saysNoUnit } from '../units/saysNoUnit';
import { looksLikeCutUnitCell, looksLikeUnitCell } from '../units/unitNames';
import { MarkerKind } from './markers';
import { ROW_NUMBER } from './rowNumbers';
import { afterTable, RELEASE_NOTE } from './tableEnds';
import type { StructureLine, TableCell, TableRow } from './structure';
import { isUnitColumn, type ColumnRole } from './tableHeaders';

/**
 * The rows of a table of one cell a line whose header has no number column (长沙 2012: `牵头单位` / `目 标 任 务` /
 * `责 任 单 位`, then `市政` / `府办` / `公厅` / `强化行政监督，…` / `市直各单位`). No number opens a row: each row is
 * as many cells as the header has, read in turn, and every cell must read as its column's (a unit column's as
 * units, the task column's as a sentence, no units). The first row that does not ends the table: a row cut or
 * with an empty cell (no blank line tells an empty cell from the spacing) would shift every row after it, and
 * prose or a signature under the table reads as no row. O(lines of the table × MAX_CELL_LINES).
 */

/** The columns such a table may have: each cell's kind can be told from its text alone. */
const READABLE_ROLES: ReadonlySet<ColumnRole | undefined> = new Set<ColumnRole | undefined>(['task', 'lead', 'responsible', 'other', 'deadline', 'leader']);

/** The most lines one cell is read over (a text cell's paragraphs, a unit cell's units one a line). */
const MAX_CELL_LINES = 6;

/** The fewest characters of a task cell (`强化行政监督…`); a shorter line is a name, a date, a heading. */
const MIN_TASK_LENGTH = 6;

/** The most characters of a deadline's or a leader's cell. */
const MAX_SHORT_CELL = 30;

/** A date alone (`二〇一二年三月六日`, `2024年3月1日`, spaced `2023 年 2 月 10 日`, `2023年2月10日印发`): a signature's, no cell. */
const DATE_LINE = /^(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})[ \u3000]*年[ \u3000]*[0-9０-９一二三四五六七八九十]{1,2}[ \u3000]*月[ \u3000]*[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]*日(?:印发|印發)?$/;

/** A word spaced out letter by letter (`目 标 类 型`): a header's cell, no row's text. */
const SPACED_WORD = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,7}$/u;

/** Markers of a heading of the text: under the table, no cell. */
const HEADING_MARKERS: ReadonlySet<MarkerKind> = new Set([MarkerKind.Part, MarkerKind.ChineseSection, MarkerKind.Article]);

/** Whether a header's roles are those of a table whose rows can be told apart without numbers. */
export function readsUnnumbered(roles: ReadonlyArray<ColumnRole | undefined>): boolean {
	return (
		!roles.includes('number') &&
		roles.every((role) => READABLE_ROLES.has(role)) &&
		roles.filter((role) => role === 'task').length === 1 &&
		(roles.includes('lead') || roles.includes('responsible'))
	);
}

export interface UnnumberedRows {
	rows: TableRow[];
	/** One past the last row's last line. */
	end: number;
	/** Whether a whole row reads a few lines below where the rows stopped: rows left, to be said. */
	rowsLeft: boolean;
}

/**
 * Whether a unit line names the notice's issuer as its signature does (the numbered reader's signsTable: `某市人民政府办公室`
 * under a table of `市…局`, `某市人民政府` the title names), given the rows read so far.
 */
export type NamesIssuer = (content: string, rows: readonly TableRow[]) => boolean;

/** Reads rows from line `from` on (see the module's comment); undefined where not even the first row reads. */
export function readUnnumberedRows(text: NoticeText, lines: readonly StructureLine[], from: number, roles: ReadonlyArray<ColumnRole | undefined>, namesIssuer: NamesIssuer): UnnumberedRows | undefined {
	const rows: TableRow[] = [];
	const signs = (at: number) => signsAt(text, lines, at, (content) => namesIssuer(content, rows));
	let at = nextTextLine(lines, from);
	for (let row = rowAt(text, lines, at, roles, signs); row; row = rowAt(text, lines, at, roles, signs)) {
		rows.push(row);
		at = nextTextLine(lines, row.lastLine + 1);
	}
	if (rows.length === 0) {
		return undefined;
	}
	return { rows, end: rows[rows.length - 1].lastLine + 1, rowsLeft: cutShort(text, lines, at, roles, signs) || rowFollows(text, lines, at, roles, signs) };
}

/** Whether a whole row starts at one of the next lines of text after `at` (as many as a row has cells, twice). */
function rowFollows(text: NoticeText, lines: readonly StructureLine[], at: number, roles: ReadonlyArray<ColumnRole | undefined>, signs: (at: number) => boolean): boolean {
	for (let i = nextTextLine(lines, at + 1), tried = 0; tried < 2 * roles.length && i < lines.length; tried++, i = nextTextLine(lines, i + 1)) {
		if (rowAt(text, lines, i, roles, signs)) {
			return true;
		}
	}
	return false;
}

/**
 * Whether the lines at `at` are a row cut short: its task cell and a unit cell read, the cells after them missing
 * (`实施乡村振兴战略，建设美丽乡村示范村20个。` / `市农业农村局` at the text's end or above the signature, its
 * 责任单位 empty). Which cell is empty no line tells: the row is said (table-not-read), never dropped in silence.
 */
function cutShort(text: NoticeText, lines: readonly StructureLine[], at: number, roles: ReadonlyArray<ColumnRole | undefined>, signs: (at: number) => boolean): boolean {
	const cells = cellsAt(text, lines, at, roles, signs).cells;
	return cells.some((cell) => roles[cell.column] === 'task') && cells.some((cell) => isUnitColumn(roles[cell.column]));
}

/** The row whose first cell is the line at `at`, each cell read as its column's; undefined where one is not. */
function rowAt(text: NoticeText, lines: readonly StructureLine[], at: number, roles: ReadonlyArray<ColumnRole | undefined>, signs: (at: number) => boolean): TableRow | undefined {
	const { cells, lastLine } = cellsAt(text, lines, at, roles, signs);
	return cells.length === roles.length ? { firstLine: at, lastLine, span: { start: lines[at].start, end: lines[lastLine].end }, cells } : undefined;
}

/** The cells read in turn from the line at `at`, each as its column's, up to the first that is not; the last one's last line. */
function cellsAt(text: NoticeText, lines: readonly StructureLine[], at: number, roles: ReadonlyArray<ColumnRole | undefined>, signs: (at: number) => boolean): { cells: TableCell[]; lastLine: number } {
	const cells: TableCell[] = [];
	let i = at;
	let lastLine = at;
	for (let column = 0; column < roles.length && i < lines.length; column++) {
		// The cell after this one: the row's next, or the next row's first.
		const nextRole = roles[(column + 1) % roles.length];
		const pieces = cellLines(text, lines, i, roles[column], nextRole, signs);
		if (!pieces || !readsAs(pieces.map((line) => contentOf(text, lines[line])), roles[column])) {
			break;
		}
		cells.push({ column, pieces: pieces.map((line) => ({ start: lines[line].start, end: lines[line].end })) });
		lastLine = pieces[pieces.length - 1];
		i = nextTextLine(lines, lastLine + 1);
	}
	return { cells, lastLine };
}

/**
 * The lines of the cell starting at line `at` in a column of `role`, `nextRole` the column after it: a unit cell goes on
 * where its list does (`区投促局、` / `大观园街道办事处`), where a narrow cell wrapped its name (`市政` / `府办` / `公厅`), or
 * with more units one a line where the next cell holds none; a text cell goes on with more paragraphs where the
 * next cell holds units. Undefined at a heading of the text or a date alone (a signature's).
 */
function cellLines(text: NoticeText, lines: readonly StructureLine[], at: number, role: ColumnRole | undefined, nextRole: ColumnRole | undefined, signs: (at: number) => boolean): number[] | undefined {
	const units = isUnitColumn(role);
	if (endsTable(text, lines[at]) || (units && signs(at))) {
		return undefined;
	}
	const taken = [at];
	const nextUnits = isUnitColumn(nextRole);
	for (let i = nextTextLine(lines, at + 1); i < lines.length && taken.length < MAX_CELL_LINES && !endsTable(text, lines[i]); i = nextTextLine(lines, i + 1)) {
		const pieces = taken.map((line) => contentOf(text, lines[line]));
		const content = contentOf(text, lines[i]);
		const goesOn = units ? (unitCellGoesOn(pieces, content, nextUnits) || (!nextUnits && looksLikeUnitCell(content))) && !signs(i) : role === 'task' && nextUnits && !looksLikeUnitCell(content) && !saysNoUnit(content);
		if (!goesOn) {
			break;
		}
		taken.push(i);
	}
	return taken;
}

/** A unit cell's list left open, or its name a narrow cell wrapped (`市政` / `府办` / `公厅`: no line a whole name alone). */
function unitCellGoesOn(pieces: readonly string[], content: string, nextUnits: boolean): boolean {
	const last = pieces[pieces.length - 1];
	if (/[、，,]$/.test(last)) {
		return true;
	}
	// A whole name so far (`市政府办`) goes on only where the next cell holds no units: there the fragment can be no cell.
	return !isCompleteUnitName(content) && isOneBrokenName([...pieces, content]) && (!looksLikeUnitCell(pieces.join('')) || !nextUnits);
}

/**
 * Whether the line at `at` signs the notice under the table: a line right above a date alone (`长沙市人民政府` /
 * `二〇一二年三月六日`, `2023 年 2 月 10 日`, `2023年2月10日印发`), or naming the notice's issuer (`namesIssuer`) at the
 * text's end or above the page's release note (`某市人民政府办公室` / `（此件公开发布）`).
 */
function signsAt(text: NoticeText, lines: readonly StructureLine[], at: number, namesIssuer: (content: string) => boolean): boolean {
	const next = nextTextLine(lines, at + 1);
	if (next < lines.length && DATE_LINE.test(contentOf(text, lines[next]))) {
		return true;
	}
	return (next >= lines.length || RELEASE_NOTE.test(contentOf(text, lines[next]))) && namesIssuer(contentOf(text, lines[at]).trim());
}

/**
 * A line no cell is: a heading of the text, what ends any table of a cell a line (afterTable: a note, the copy list, an
 * attachment's heading, a date, signed or not, a release note), a date spaced (`2023 年 2 月 10 日`), or a labelled line
 * (a group line under rows naming no unit, `以上2项牵头单位：区交通运输局；责任单位：…`: with no number to tell the rows
 * it closes, their texts were read as one task cell's paragraphs).
 */
function endsTable(text: NoticeText, line: StructureLine): boolean {
	const content = contentOf(text, line);
	return (line.marker !== undefined && HEADING_MARKERS.has(line.marker.kind)) || line.labels.length > 0 || DATE_LINE.test(content) || afterTable(line, content);
}

/** Whether a cell's paragraphs read as its column's: units in a unit column, a sentence of no units in the task column. */
function readsAs(pieces: readonly string[], role: ColumnRole | undefined): boolean {
	const content = pieces.join('');
	if (isUnitColumn(role)) {
		return looksLikeUnitCell(content) || looksLikeCutUnitCell(content) || saysNoUnit(content);
	}
	if (role === 'task') {
		// A row's own number on the task cell's first line (`1` / `加快推进城市更新…`, no 序号 in the header): the rows are
		// numbered, a cell off from the header's count; read here, the task was `1；加快…`.
		return content.length >= MIN_TASK_LENGTH && !looksLikeUnitCell(content) && !SPACED_WORD.test(pieces[0]) && !ROW_NUMBER.test(pieces[0].trim());
	}
	return content.length <= MAX_SHORT_CELL && !looksLikeUnitCell(content);
}

function contentOf(text: NoticeText, line: StructureLine): string {
	return text.slice(line.start, line.end);
}

/** The most blank lines between two cells (the header's spacing, a page's, an empty cell's): more end the table. */
const MAX_GAP = 8;

/** The first line of text at or after `from`; `lines.length` at the text's end or past more than MAX_GAP blank lines. */
function nextTextLine(lines: readonly StructureLine[], from: number): number {
	let i = from;
	while (i < lines.length && lines[i].end === lines[i].start) {
		if (++i - from > MAX_GAP) {
			return lines.length;
		}
	}
	return i;
}
