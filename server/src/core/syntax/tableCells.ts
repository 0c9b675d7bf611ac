import { isWhiteSpace } from '../text/characters';
import type { Span } from '../text/lineIndex';
import { CellHint } from './lineScan';
import { MarkerKind } from './markers';
import type { StructureLine, TableCell, TableRow } from './structure';
import type { NoticeText } from '../text/noticeText';

/** How the cells of a table row pasted as text are separated. */
export type CellLayout =
	/** Excel, WPS: `1\t推进…\t市发改委\t市财政局`. */
	| 'tabs'
	/** A web page or Markdown: `| 1 | 推进… | 市发改委 |`. */
	| 'pipes'
	/** A frame drawn with box characters: `│1 │推进…│市发改委│`, wrapped cells on the lines below. */
	| 'box'
	/** Columns aligned with spaces: `1   推进…      市发改委   市财政局`. */
	| 'spaces';

/** How a line's cells are separated, from its CellHint bits; undefined for a line of no cells. */
export function layoutOf(hints: number): CellLayout | undefined {
	if (hints & CellHint.Tab) {
		return 'tabs';
	}
	if (hints & CellHint.Box) {
		return 'box';
	}
	if (hints & CellHint.Pipe) {
		return 'pipes';
	}
	return hints & CellHint.WideSpace ? 'spaces' : undefined;
}

/** A cell of one line, document offsets, white space trimmed (empty when the cell is). */
export type CellRange = Span;

function isPipe(code: number): boolean {
	return code === 0x7c || code === 0x2502 || code === 0x2503 || code === 0xff5c;
}

/**
 * A box character with a vertical stroke on both sides of a row's line (`├` `┤` `┼` and their heavy
 * and double kinds): where a frame closes one column's cell and not the others, the line reads
 * `├──────┤ │府,市财政局、国│ 效 │`, and `├` `┤` stand where `│` stands on the lines around it.
 */
function isFrameJunction(code: number): boolean {
	return (code >= 0x251c && code <= 0x254b) || (code >= 0x255e && code <= 0x256c);
}

function isBoxSeparator(code: number): boolean {
	return isPipe(code) || isFrameJunction(code);
}

/** Whether a pipe (`|`, `│`, `｜`) stands at `at`: a line of a pipe table opening with its outer edge. */
export function opensWithPipe(text: NoticeText, at: number): boolean {
	return at < text.length && isPipe(text.charCodeAt(at));
}

/** A cell that is a piece of rule (`──────`): in a frame, the column's cell ends there while the others go on. */
export function isRuleCell(text: NoticeText, cell: CellRange): boolean {
	if (cell.end - cell.start < 2) {
		return false;
	}
	for (let i = cell.start; i < cell.end; i++) {
		const code = text.charCodeAt(i);
		if (!((code >= 0x2500 && code <= 0x257f && code !== 0x2502 && code !== 0x2503) || code === 0x2d || code === 0x3d)) {
			return false;
		}
	}
	return true;
}

/** A line of a frame: `┌──┬──┐`, `├──┼──┤`, `+----+----+`, `|---|---|`, nothing else. O(length). */
export function isRuleLine(text: NoticeText, start: number, end: number): boolean {
	let drawn = 0;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0x2500 && code <= 0x257f) {
			drawn += code === 0x2502 || code === 0x2503 ? 0 : 1;
		} else if (code === 0x2d /* - */ || code === 0x3d /* = */ || code === 0x2b /* + */ || code === 0x3a /* : */) {
			drawn++;
		} else if (!isPipe(code) && !isWhiteSpace(code)) {
			return false;
		}
	}
	return drawn >= 3;
}

function trimmed(text: NoticeText, start: number, end: number): CellRange {
	while (start < end && isWhiteSpace(text.charCodeAt(start))) {
		start++;
	}
	while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) {
		end--;
	}
	return { start, end };
}

/**
 * A pipe cell without the `?` a site wrote for the non-breaking space closing it (余杭 2018:
 * `序号? | 重 点 工 作 任 务? | 牵头领导? | 牵头单位? |`, `1? | … | 未来科技城(海创园)? |`): read as
 * written, no header word nor unit name. Only the cell's last character: a `?` inside a cell stays
 * (mojibake leaves one for a lost character).
 */
function withoutLostSpace(text: NoticeText, cell: CellRange): CellRange {
	return cell.end > cell.start && text.charCodeAt(cell.end - 1) === 0x3f /* ? */ ? trimmed(text, cell.start, cell.end - 1) : cell;
}

/**
 * Whether a pipe row shows a site's `?` for the non-breaking space after its cells (余杭 2018:
 * `1? | … | 祝振伟? 陈夏林? | 未来科技城(海创园)? |`): two of its cells besides `cell` (its number's too)
 * end with one, dropped by withoutLostSpace. A `?` mojibake left for a lost character shows no such habit.
 */
export function writesLostSpaces(text: NoticeText, row: TableRow, cell: TableCell): boolean {
	let shown = 0;
	const ends = row.cells.filter((other) => other !== cell && other.pieces.length > 0).map((other) => other.pieces[other.pieces.length - 1].end);
	for (const end of row.number ? [row.number.span.end, ...ends] : ends) {
		let at = end;
		while (at < text.length && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x3000)) {
			at++;
		}
		shown += text.charCodeAt(at) === 0x3f /* ? */ ? 1 : 0;
	}
	return shown >= 2;
}

/**
 * A cell's pieces joined without the `?` its row's site wrote for a non-breaking space (see writesLostSpaces)
 * beside white space or at a piece's end: `沈 ?昱? 祝振伟` reads `沈 昱 祝振伟` (a padded name, then another),
 * `祝振伟? 陈夏林` reads `祝振伟 陈夏林`. A `?` between two characters (`王?明`) stays.
 */
export function withoutLostSpaces(text: NoticeText, pieces: readonly Span[]): string {
	return pieces.map((piece) => text.slice(piece.start, piece.end).replace(/\?+(?=[ \u3000]|$)|(?<=[ \u3000])\?+/g, '')).join('');
}

/**
 * The cells of the content `start`..`end` of a line in a layout. Pipes and box frames may open and
 * close the line (`| a | b |`): those outer edges make no cell. O(length).
 */
export function splitCells(text: NoticeText, start: number, end: number, layout: CellLayout): CellRange[] {
	const cells: CellRange[] = [];
	if (layout === 'spaces') {
		let cellStart = start;
		for (let i = start; i < end; i++) {
			if (isWhiteSpace(text.charCodeAt(i)) && i + 1 < end && isWhiteSpace(text.charCodeAt(i + 1))) {
				let j = i;
				while (j < end && isWhiteSpace(text.charCodeAt(j))) {
					j++;
				}
				cells.push(trimmed(text, cellStart, i));
				cellStart = j;
				i = j - 1;
			}
		}
		cells.push(trimmed(text, cellStart, end));
		return cells;
	}
	const separates = layout === 'tabs' ? (code: number) => code === 0x09 : layout === 'box' ? isBoxSeparator : isPipe;
	let cellStart = start;
	for (let i = start; i <= end; i++) {
		if (i === end || separates(text.charCodeAt(i))) {
			cells.push(layout === 'pipes' ? withoutLostSpace(text, trimmed(text, cellStart, i)) : trimmed(text, cellStart, i));
			cellStart = i + 1;
		}
	}
	if (layout !== 'tabs') {
		if (cells.length > 1 && cells[0].start === cells[0].end && separates(text.charCodeAt(start))) {
			cells.shift();
		}
		if (cells.length > 1 && cells[cells.length - 1].start === cells[cells.length - 1].end && separates(text.charCodeAt(end - 1))) {
			cells.pop();
		}
	}
	return cells;
}

/** Columns of a monospaced display: CJK and full-width characters take two. O(to - from). */
export function displayWidth(text: NoticeText, from: number, to: number): number {
	let width = 0;
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0xdc00 && code <= 0xdfff) {
			continue;
		}
		width += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0xd800 && code <= 0xdbff)) ? 2 : 1;
	}
	return width;
}

/**
 * A heading line across a table (`一、2025年经济社会发展的主要预期目标`, `（三）…`, a merged row of a Word
 * table): a group over the rows below it, when rows follow.
 */
export function isGroupHeading(line: StructureLine): boolean {
	const kind = line.marker?.kind;
	return (kind === MarkerKind.ChineseSection || kind === MarkerKind.ParenChinese || kind === MarkerKind.Part) && line.labels.length === 0;
}
