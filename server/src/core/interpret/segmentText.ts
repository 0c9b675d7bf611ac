import type { Marker } from '../model/types';
import type { LabelMatch } from '../syntax/fieldLabels';
import { enclosingGroup, type BracketGroup } from '../syntax/lineScan';
import { MarkerKind, type MarkerMatch } from '../syntax/markers';
import { bracketOf, isIdeograph, isWhiteSpace } from '../text/characters';
import type { Span } from '../text/lineIndex';
import type { Segment } from './gluedLines';
import type { NoticeText } from '../text/noticeText';
import { emptyList, lastOf } from '../text/objectLists';
import { looksLikeUnitList } from '../units/unitNames';
import { withoutRoleVerbs } from './leadWording';

/** What the interpretation reads of a segment (a line, or a piece of a glued line): its labels, bracket groups, values. */

/** A piece of a document's text with its offset: a field's value is one or more of them. */
export interface Piece {
	text: string;
	start: number;
}

/**
 * Pieces a task's draft holds until the task closes (its text, its fields' values), reused from
 * one task to the next: `reset` when a task opens gives them all back. Made anew, they were a
 * megabyte of a 2 MB notice's read (26,000 objects).
 */
export class PiecePool {
	// Not `[]`, of small integers while empty: see emptyList.
	private readonly pieces: Piece[] = emptyList();
	private used = 0;

	reset(): void {
		this.used = 0;
	}

	piece(text: string, start: number): Piece {
		// The pool's length tested, not an index read past it: a read past the end threw away the code
		// optimized on a full pool at the next reading's first task, whose pool is new ("out of bounds").
		const pieces = this.pieces;
		if (this.used === pieces.length) {
			const piece = { text, start };
			pieces.push(piece);
			this.used++;
			return piece;
		}
		const piece = pieces[this.used++];
		piece.text = text;
		piece.start = start;
		return piece;
	}
}

function isWholeLine(segment: Segment): boolean {
	return !segment.glued && segment.start === segment.line.start && segment.end === segment.line.end;
}

/**
 * The labels between `start` and `end` of a line (the line's own array when that is all of it).
 * Found by binary search: a line of thousands of glued items is read in O(n log n), not O(n²).
 */
export function labelsBetween(segment: Segment, start: number, end: number): LabelMatch[] {
	const labels = segment.line.labels;
	if (labels.length === 0 || (start <= segment.line.start && end >= segment.line.end)) {
		return labels;
	}
	const result: LabelMatch[] = [];
	for (let i = firstAtOrAfter(labels, start, labelStart); i < labels.length && labels[i].start < end; i++) {
		if (labels[i].end <= end) {
			result.push(labels[i]);
		}
	}
	return result;
}

/** The labels on the segment. */
export function labelsIn(segment: Segment): LabelMatch[] {
	const line = segment.line;
	// A line that is its own segment (nearly every one, see splitGluedLines) is whole: its labels, with no
	// comparison of its ends (seven loads in V8's first tiers, where item decisions ask this of each line).
	return line === segment || isWholeLine(segment) ? line.labels : labelsBetween(segment, segment.start, segment.end);
}

/** The top-level bracket groups opening on the segment (closed inside it, or left open). */
export function groupsIn(segment: Segment): BracketGroup[] {
	const groups = segment.line.brackets;
	if (groups.length === 0 || (segment.start === segment.line.start && segment.end === segment.line.end)) {
		return groups;
	}
	const result: BracketGroup[] = [];
	for (let i = firstAtOrAfter(groups, segment.start, groupOpen); i < groups.length && groups[i].open < segment.end; i++) {
		if (groups[i].close < segment.end) {
			result.push(groups[i]);
		}
	}
	return result;
}

/**
 * The first index of `items` whose value (by `valueOf`) is at least `target` (items.length when
 * none is). `valueOf` is a function of the item alone, defined once: a function that closes over a
 * local variable of the caller makes a context object at every call, and these run for every line.
 */
function firstAtOrAfter<T>(items: readonly T[], target: number, valueOf: (item: T) => number): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (valueOf(items[mid]) < target) {
			low = mid + 1;
		} else {
			high = mid;
		}
	}
	return low;
}

const labelStart = (label: LabelMatch): number => label.start;
const groupOpen = (group: BracketGroup): number => group.open;

/** A parenthesis cut by a line break closes within this many characters of the lines after it, or is no parenthesis of units. */
const MAX_CUT_PARENTHESIS = 300;
/** …and within the next lines of the task (a PDF's line holds some thirty characters: a list of ten units takes four). */
const MAX_CUT_LINES = 5;

/**
 * Where a bracket left open at the end of segment `at` closes on the next segments (before `end`): a PDF's
 * paste breaks lines mid-parenthesis (`…重大项目。〔省` / `发展改革委、省财政厅等牵头〕`). -1 when it
 * does not close within the next lines.
 */
export function closeOnLaterSegments(text: NoticeText, segments: readonly Segment[], at: number, open: number, end = segments.length): number {
	let depth = 0;
	for (let i = open; i < segments[at].end; i++) {
		depth += bracketOf(text.charCodeAt(i));
	}
	// One bracket, or it and one inside it the break cut too (`（区政府办公室牵头，…各街道(功能区` / `)配合）`).
	if (depth < 1 || depth > 2) {
		return -1;
	}
	let read = 0;
	for (let s = at + 1; s < end && s <= at + MAX_CUT_LINES; s++) {
		const segment = segments[s];
		for (let i = segment.start; i < segment.end && read < MAX_CUT_PARENTHESIS; i++, read++) {
			depth += bracketOf(text.charCodeAt(i));
			if (depth === 0) {
				return i;
			}
		}
	}
	return -1;
}

/** Whether the bracket opened at `open` in segment `at` closes anywhere in segments `at` to `end` (an item's or a task's own text), however far. */
export function closesInSegments(text: NoticeText, segments: readonly Segment[], at: number, open: number, end: number): boolean {
	let depth = 0;
	for (let s = at; s < end; s++) {
		for (let i = s === at ? open : segments[s].start; i < segments[s].end; i++) {
			depth += bracketOf(text.charCodeAt(i));
			if (depth <= 0) {
				return true;
			}
		}
	}
	return false;
}

/**
 * Where a worded parenthesis left open at the end of segment `at` closes past a PDF cut's reach, each of
 * the task's lines after it a list of units (`（区发改委牵头，区财政局、` / `区自然资源局、` / … / `区应急局配合）`,
 * one unit a line over seven lines or more); -1 when a line is anything else, holds a bracket, or it never
 * closes before `end` (the next item's marker: a bracket left open swallows no later task).
 */
export function closeOverUnitLines(text: NoticeText, segments: readonly Segment[], at: number, open: number, end = segments.length): number {
	let depth = 0;
	for (let i = open; i < segments[at].end; i++) {
		depth += bracketOf(text.charCodeAt(i));
	}
	if (depth !== 1) {
		return -1;
	}
	for (let s = at + 1; s < end; s++) {
		const segment = segments[s];
		let close = -1;
		for (let i = segment.start; i < segment.end; i++) {
			const bracket = bracketOf(text.charCodeAt(i));
			if (bracket > 0 || (bracket < 0 && close >= 0)) {
				return -1;
			}
			if (bracket < 0) {
				close = i;
			}
		}
		const names = text.slice(segment.start, close >= 0 ? close : segment.end).trim().replace(/[、，,；;]$/, '');
		if (names.length === 0 || !looksLikeUnitList(withoutRoleVerbs(names))) {
			return -1;
		}
		if (close >= 0) {
			return close;
		}
	}
	return -1;
}

/** `[。；;.\s]`: what may follow the parenthesis that ends a segment. */
function isGroupTail(code: number): boolean {
	return code === 0x3002 || code === 0xff1b || code === 0x3b || code === 0x2e || isWhiteSpace(code);
}

/**
 * The parenthesis that ends segment `at`, opened there or, cut by a PDF's line break, on one of the
 * segments before it from `first` on (`…增长12%。(区发改局` / `)`, `(区贸易粮食` / `局)`); undefined when none.
 */
export function lastGroupAcross(text: NoticeText, segments: readonly Segment[], at: number, first: number): BracketGroup | undefined {
	const own = lastGroupOf(text, segments[at]);
	if (own) {
		return own;
	}
	for (let s = at - 1; s >= first && at - s <= MAX_CUT_LINES; s--) {
		const groups = groupsIn(segments[s]);
		const last = lastOf(groups);
		if (!last || last.close >= 0) {
			continue;
		}
		const close = closeOnLaterSegments(text, segments, s, last.open, at + 1);
		if (close < segments[at].start) {
			return undefined;
		}
		let end = segments[at].end;
		while (end > close + 1 && isGroupTail(text.charCodeAt(end - 1))) {
			end--;
		}
		return end === close + 1 ? { open: last.open, close } : undefined;
	}
	return undefined;
}

/** The parenthesis that ends a segment (`…准备寒冬送暖事宜。(民政局)`), if any. */
export function lastGroupOf(text: NoticeText, segment: Segment): BracketGroup | undefined {
	const groups = groupsIn(segment);
	const last = lastOf(groups);
	if (!last || last.close < 0) {
		return undefined;
	}
	let end = segment.end;
	while (end > last.close + 1 && isGroupTail(text.charCodeAt(end - 1))) {
		end--;
	}
	return end === last.close + 1 ? last : undefined;
}

/**
 * The parenthesis that closes a sentence of `segment` when all the segment says after it is a
 * target or a deadline (`推进老旧小区改造（区住建局）。力争年底前完成。`, `…（区住建局）。确保6月底前完成。`): a clerk
 * reads its units as the task's, as when it ends the item. Only the segment's last parenthesis, closing its
 * sentence (`。`, `；`) and followed by short sentences naming no unit nor role, each opening as a target or a
 * deadline does; a parenthesis inside a sentence (`争取国家部委（国家发展改革委、财政部）支持。`) is none.
 */
export function groupBeforeTarget(text: NoticeText, segment: Segment): BracketGroup | undefined {
	const last = lastOf(groupsIn(segment));
	if (!last || last.close < 0) {
		return undefined;
	}
	const tail = text.slice(last.close + 1, segment.end).trim();
	if (!/^[。；;]/.test(tail) || tail.length > MAX_TARGET_TAIL || /[（()）【】〔〕]/.test(tail)) {
		return undefined;
	}
	const sentences = tail.split(/[。；;！!]/).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
	return sentences.length > 0 && sentences.every(isTargetSentence) ? last : undefined;
}

/**
 * A parenthesis inside a sentence, a word right before it and the sentence going on after it
 * (`对项目推进中遇到的重大问题（由市政府牵头协调）及时上报`): an aside on the word before it, no
 * designation of the task, whatever verb it holds (its 市政府 was read as the task's lead, and the
 * task's own `市发改委牵头，…参与。` lost). A parenthesis after a full stop (国办发 2018:
 * `…准入环境。（市场监管总局负责）加强…`), before punctuation or the line's end, or before a
 * deadline or target (`（市发改委负责）年底前完成`) is read as before.
 */
export function isAsideInSentence(text: NoticeText, open: number, close: number): boolean {
	if (open === 0 || close + 1 >= text.length || !isIdeograph(text.charCodeAt(open - 1)) || !isIdeograph(text.charCodeAt(close + 1))) {
		return false;
	}
	return !TARGET_OPENS.test(text.slice(close + 1, close + 1 + ASIDE_TAIL_LOOK));
}

/** Whether a sentence's end (`。`, `；`) stands between two offsets: an aside parted from a designation by it is no part of it. */
export function sentenceEndBetween(text: NoticeText, from: number, to: number): boolean {
	for (let at = from; at < to; at++) {
		const code = text.charCodeAt(at);
		if (code === 0x3002 || code === 0xff1b || code === 0x3b) {
			return true;
		}
	}
	return false;
}

/** How far past an aside's close its tail is looked at for a deadline's opening (TARGET_OPENS's longest word and a year). */
const ASIDE_TAIL_LOOK = 8;

/** The most a target's or deadline's sentences after a unit parenthesis hold. */
const MAX_TARGET_TAIL = 50;
/** How a target or a deadline opens: `力争年底前完成`, `确保6月底前完成`, `2024年12月底前完成`, `全年完成改造50个小区`. */
const TARGET_OPENS = /^(?:力争|确保|争取|努力|计划|预计|全年|年内|年底|今年|本年|上半年|下半年|长期坚持|持续推进|\d{4}\s*年|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月)/;
/** What names a unit or its role: a sentence holding one (`由区财政局保障资金`) is the task's own, not a target. */
const NAMES_UNIT_OR_ROLE = /局|委|厅|政府|部门|单位|中心|公司|街道|办公室|牵头|负责|配合|协助|参与|会同|由/;

function isTargetSentence(sentence: string): boolean {
	return TARGET_OPENS.test(sentence) && !NAMES_UNIT_OR_ROLE.test(sentence);
}

/** `[\s；;，,。]`: what ends a value without being part of it. */
function isValueTail(code: number): boolean {
	// An ideograph first (a value's last character, nearly always): no test of each tail, no call (each a call in V8's first tiers).
	if (code >= 0x3400 && code <= 0x9fff) {
		return false;
	}
	return code === 0xff1b || code === 0x3b || code === 0xff0c || code === 0x2c || code === 0x3002 || isWhiteSpace(code);
}

/** `start`..`end` without white space at its start, nor white space or closing punctuation at its end. */
export function trimValue(text: NoticeText, start: number, end: number): Span {
	const valueStart = trimmedStart(text, start, end);
	return { start: valueStart, end: trimmedEnd(text, valueStart, end) };
}

/**
 * Where a value from `start` starts, white space passed over; and where one ending at `end` ends,
 * white space and closing punctuation passed over (trimValue, without a span object: every field
 * of a notice is trimmed so). By character codes, not a regular expression per character.
 */
export function trimmedStart(text: NoticeText, start: number, end: number): number {
	while (start < end && isWhiteSpace(text.charCodeAt(start))) {
		start++;
	}
	return start;
}

export function trimmedEnd(text: NoticeText, start: number, end: number): number {
	while (end > start && isValueTail(text.charCodeAt(end - 1))) {
		end--;
	}
	return end;
}

/** The value of a label on a segment: up to the next label or the bracket that encloses it. */
export function valueOf(text: NoticeText, segment: Segment, label: LabelMatch, labels: readonly LabelMatch[]): Span {
	const index = labels.indexOf(label);
	let end = index + 1 < labels.length ? labels[index + 1].start : segment.end;
	const group = enclosingGroup(segment.line.brackets, label.start);
	if (group && group.close >= 0 && group.close < end) {
		end = group.close;
	}
	return trimValue(text, label.end, end);
}

/** The pieces of `start`..`end` on a line around its glosses (`湘西經(jīng)開區(qū)管委會`). O(glosses of the line). */
export function piecesWithoutGlosses(text: NoticeText, segment: Segment, start: number, end: number, pieces: Piece[] = [], pool?: PiecePool): Piece[] {
	const glosses = segment.line.glosses;
	if (glosses.length === 0) {
		pieces.push(pieceOf(pool, text.slice(start, end), start));
		return pieces;
	}
	let at = start;
	for (const gloss of glosses) {
		if (gloss.end <= at || gloss.start >= end) {
			continue;
		}
		if (gloss.start > at) {
			pieces.push(pieceOf(pool, text.slice(at, gloss.start), at));
		}
		at = gloss.end;
	}
	if (at < end) {
		pieces.push(pieceOf(pool, text.slice(at, end), at));
	}
	return pieces;
}

/** A piece from `pool` when one is given, else a new one. */
function pieceOf(pool: PiecePool | undefined, text: string, start: number): Piece {
	return pool ? pool.piece(text, start) : { text, start };
}

/** The pieces' texts, one after the other. Pushed, not mapped: join met lists of two kinds otherwise ("wrong map" in closeTask; see mapList). */
export function textOfPieces(pieces: readonly Piece[]): string {
	const texts: string[] = [];
	for (let p = 0; p < pieces.length; p++) {
		texts.push(pieces[p].text);
	}
	return texts.join('');
}

export function toMarker(match: MarkerMatch): Marker {
	// In the order matchMarker writes them: one hidden class for a scanner's match and a task's marker.
	return {
		kind: match.kind,
		number: match.number,
		start: match.start,
		numberStart: match.numberStart,
		numberEnd: match.numberEnd,
		end: match.end,
	};
}

/** The marker of a table's row or group without a number of its own: empty, where the row starts (`number`: its place). */
export function emptyRowMarker(at: number, number = 0): Marker {
	return { kind: MarkerKind.Row, number, start: at, numberStart: at, numberEnd: at, end: at };
}
