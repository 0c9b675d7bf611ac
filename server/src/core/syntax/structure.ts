import type { LineIndex, Span } from '../text/lineIndex';
import type { NoticeText } from '../text/noticeText';
import type { LabelMatch } from './fieldLabels';
import type { BracketGroup, InnerMarker } from './lineScan';
import type { MarkerMatch } from './markers';
import type { CellLayout } from './tableCells';
import type { ColumnRole } from './tableHeaders';

/**
 * The structural reading of a notice: lines, blocks, markers, labels, bracket groups and table
 * cells, with document offsets. It knows the words that structure a text (labels, header words) and
 * nothing of the conventions that give units their roles; interpret/ reads it as a notice.
 */

/** One physical line, as the structural pass sees it. Offsets are document offsets. */
export interface StructureLine {
	/** The line's number, from 0. */
	index: number;
	/** First character of the content (leading white space and a BOM skipped) and the end of the content. */
	start: number;
	end: number;
	/** The marker at the start of the content. */
	marker: MarkerMatch | undefined;
	/** Field labels on the line (found in the line without its glosses). */
	labels: LabelMatch[];
	/** Top-level bracket groups; a pinyin gloss is not one. */
	brackets: BracketGroup[];
	/** Pinyin glosses (`(fā)`), ignored for reading and unit names. */
	glosses: Span[];
	/** Markers inside the line where a glued item may begin. */
	inner: InnerMarker[];
	/** The table block the line belongs to, or -1. */
	table: number;
	/**
	 * The line itself, never glued: a line is the segment of its whole (see Segment, whose shape
	 * this is), so a line not cut at glued markers needs no object of its own to be read as one
	 * (17,667 of a 2 MB notice's, made at every reading).
	 */
	line: StructureLine;
	glued: false;
}

/** A cell of a table row: its text may run over several lines (a wrapped cell), joined without separator. */
export interface TableCell {
	column: number;
	pieces: Span[];
	/**
	 * In a row of sub-items (淮安 2020: `①提标改造…` with its deadline and units, then `②在城区重要路段…` with its
	 * own), the sub-item the cell is of (1 for `①`'s): each has its cells, from the column the `①` line opened.
	 */
	subItem?: number;
}

export interface TableRow {
	firstLine: number;
	lastLine: number;
	/** From the first to the last character of the row. */
	span: Span;
	/** The number in the row's number column. */
	number?: { value: number; span: Span };
	cells: TableCell[];
	/** A row with one text across the table (`一、主要经济社会发展指标…(牵头领导:…)`): a group heading. */
	spanning?: Span;
	/**
	 * In a frame: cells of other rows that stand beside this one, no rule between (a merged cell:
	 * `│坚持优先发展教育…│ │ │` beside a unit cell whose frame closes further down). Each is in the
	 * cells of the row where its text starts, and may run on beside this one (see FrameRegions).
	 */
	mergedCells?: TableCell[];
	/**
	 * Lines right under the row naming the units of the rows above at once (`以上2项牵头单位：县自然资源局；…`,
	 * `以上两项由县自然资源局牵头，…`): no row, the table goes on under them; read as a group line of the row's task.
	 */
	groupLines?: Span[];
}

export interface TableColumn {
	role: ColumnRole | undefined;
	/** The header as written, spaces removed. */
	label: string;
	span: Span;
	/**
	 * The task column of a table with no unit column, or unit columns every row leaves empty, whose cells name
	 * the units too (`…。(责任单位:市建设局)`, 湖州 2020): read as an item's lines are.
	 */
	unitsInCell?: boolean;
}

/** A table pasted as text: a header row naming its columns, then rows. */
export interface TableBlock {
	kind: 'table';
	/** How cells are separated; `cell-lines` is one cell per line, as a web page's table copies; `words` one space. */
	layout: CellLayout | 'cell-lines' | 'words';
	firstLine: number;
	/** One past the last line. */
	endLine: number;
	span: Span;
	headerSpan: Span;
	columns: TableColumn[];
	rows: TableRow[];
}

/** Lines outside tables, up to a blank line: each reads on its own, so a block can be read again alone. */
export interface TextBlock {
	kind: 'text';
	firstLine: number;
	endLine: number;
	span: Span;
}

export type StructureBlock = TextBlock | TableBlock;

export interface NoticeStructure {
	text: NoticeText;
	lineIndex: LineIndex;
	lines: StructureLine[];
	/** Blocks in order; blank lines between text blocks belong to none. */
	blocks: StructureBlock[];
	tables: TableBlock[];
	/** Header rows of tables whose rows could not be read (a layout the reader does not know). */
	unreadTables: Span[];
	/** Per line, the cell separators it holds (CellHint bits), kept for reading the next version again. */
	hints: Uint8Array;
	/** Read from a previous structure: which of its lines are that structure's (see KeptLines). */
	kept?: KeptLines;
	/**
	 * The list of lines of the structure this one gave up (read again from it in one step, see
	 * rereadStructureInSteps), which nothing reads any more: the next one read in one step fills it.
	 */
	spareLines?: StructureLine[];
}

/**
 * The lines a structure read again from a previous one shares with it: lines [0, before) are the
 * previous structure's lines, lines [after, count) its lines `line - lineDelta`, moved (the same
 * characters), in a table or out of one as before; the lines between were read, or entered or left
 * a table (or may differ). A notice-wide pass over lines can then take its results outside the
 * lines between.
 */
export interface KeptLines {
	before: number;
	after: number;
	lineDelta: number;
}
