import type { NoticeText } from './noticeText';
import { UNSET } from './objectLists';


/** A zero-based position as LSP counts it: line, and UTF-16 code units within the line. */
export interface Position {
	line: number;
	character: number;
}

export interface Range {
	start: Position;
	end: Position;
}

export function sameRange(a: Range, b: Range): boolean {
	return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** A half-open span of UTF-16 offsets into a document's text. */
export interface Span {
	start: number;
	end: number;
}

/** One physical line: `start`..`end` is its text, `end`..`next` its line break (empty on the last line). */
export interface LineSpan {
	start: number;
	end: number;
	next: number;
}

/**
 * Converts between offsets and positions. Recognises CRLF, LF and a lone CR as line breaks,
 * as VS Code does, so positions agree with the editor for text pasted from any platform.
 * Lines are kept as numbers in typed arrays (a 2 MB notice has eighteen thousand lines): the
 * reader asks lineStart/lineEnd/lineNext; `lines`, one object per line, is made on first use only.
 */
export class LineIndex {
	/** Per line: the first character, the end of its text, the start of the next line. */
	readonly starts: Int32Array;
	readonly ends: Int32Array;
	private readonly nexts: Int32Array;

	/** Per line, where the next line starts (see lineNext). */
	get nextStarts(): Int32Array {
		return this.nexts;
	}
	private spans: readonly LineSpan[] | undefined;

	constructor(
		readonly text: NoticeText,
		lines?: LineArrays,
	) {
		// Without a CR (most texts), line breaks are found by indexOf, which scans many times faster than a loop of charCodeAt.
		lines ??= lineArrays(text, text.indexOf('\r') >= 0);
		this.starts = lines.starts;
		this.ends = lines.ends;
		this.nexts = lines.nexts;
	}

	/**
	 * The line index of `text`, a new version of `previous`'s text where [edit.start, edit.oldEnd)
	 * became [edit.start, edit.newEnd): the lines before the edit are copied, the lines from the edit
	 * scanned again up to the first line break past it after which a line starts where one started
	 * in the previous text (moved) — from there on both texts are the same characters, so the same
	 * lines, moved. A keystroke scans a line or two, not the notice.
	 */
	static afterEdit(previous: LineIndex, text: NoticeText, edit: { start: number; oldEnd: number; newEnd: number }): LineIndex {
		return new LineIndex(text, linesAfterEdit(previous, text, edit));
	}

	/** One object per line, made on first use (features that walk lines); the reader uses lineStart and the like. */
	get lines(): readonly LineSpan[] {
		if (this.spans === undefined) {
			const spans: LineSpan[] = new Array(this.starts.length);
			for (let i = 0; i < spans.length; i++) {
				spans[i] = { start: this.starts[i], end: this.ends[i], next: this.nexts[i] };
			}
			this.spans = spans;
		}
		return this.spans;
	}

	get lineCount(): number {
		return this.starts.length;
	}

	lineStart(line: number): number {
		return this.starts[line];
	}

	lineEnd(line: number): number {
		return this.ends[line];
	}

	/** Where the next line starts (the text's length on the last line). */
	lineNext(line: number): number {
		return this.nexts[line];
	}

	lineText(line: number): string {
		return line >= 0 && line < this.starts.length ? this.text.slice(this.starts[line], this.ends[line]) : '';
	}

	/** The line holding `offset`; an offset inside a line break belongs to the line it ends. */
	lineAt(offset: number): number {
		return lastLineStartAtOrBefore(this.starts, offset);
	}

	positionAt(offset: number): Position {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		const line = this.lineAt(clamped);
		return { line, character: Math.min(clamped, this.ends[line]) - this.starts[line] };
	}

	offsetAt(position: Position): number {
		if (position.line < 0) {
			return 0;
		}
		if (position.line >= this.starts.length) {
			return this.text.length;
		}
		return Math.min(this.starts[position.line] + Math.max(0, position.character), this.ends[position.line]);
	}

	rangeOf(span: Span): Range {
		return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
	}

	/** Whether `offset` is at `position` (as positionAt gives it), without making the position. */
	isAt(offset: number, position: Position): boolean {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		const line = this.lineAt(clamped);
		return line === position.line && Math.min(clamped, this.ends[line]) - this.starts[line] === position.character;
	}
}

/** The line index's arrays (see LineIndex). */
export interface LineArrays {
	starts: Int32Array;
	ends: Int32Array;
	nexts: Int32Array;
}

/**
 * The lines of `text`; `lone`: whether a lone CR may break a line (else only LF does, found by
 * indexOf). One scan of the text, its breaks kept in a list that grows: counting the lines first, to
 * make the arrays at their size, scanned the whole text twice (2 MB: 1–2 % of a read and check).
 * No function for the next break: a closure made per text was another call target at every new
 * text, and the scan's optimized code (its loop's, compiled inside the first) was thrown away
 * ("wrong call target") at an engine's next fresh read. The scan and the arrays' loop are functions
 * of their own, nothing after the loop but the return: a loop compiled while it ran in the first read had no
 * type feedback for the code after it, and its code was thrown away at every fresh read ("Insufficient
 * type feedback for binary operation", "… for generic keyed access").
 */
function lineArrays(text: NoticeText, lone: boolean): LineArrays {
	// Lists stored after their objects are made (see UNSET): V8 typed the properties by the classes of the first
	// lists stored in the literals, an engine's next fresh read generalized them (--trace-generalization at
	// lineArrays) and the code relying on them was thrown away ("code dependencies").
	const found: { breaks: Int32Array } = { breaks: UNSET };
	found.breaks = new Int32Array(1024);
	const count = scanBreaks(text, lone, found);
	const starts = new Int32Array(count + 1);
	const ends = new Int32Array(count + 1);
	const nexts = new Int32Array(count + 1);
	const start = fillLines(text, found.breaks, count, starts, ends, nexts);
	starts[count] = start;
	ends[count] = text.length;
	nexts[count] = text.length;
	const arrays: LineArrays = { starts: UNSET, ends: UNSET, nexts: UNSET };
	arrays.starts = starts;
	arrays.ends = ends;
	arrays.nexts = nexts;
	return arrays;
}


/** Writes the offsets of `text`'s line breaks into `found.breaks` (made larger as they fill it) and returns their count. */
function scanBreaks(text: NoticeText, lone: boolean, found: { breaks: Int32Array }): number {
	let breaks = found.breaks;
	let count = 0;
	for (let at = lone ? anyBreakFrom(text, 0) : text.indexOf('\n'); at >= 0; ) {
		if (count === breaks.length) {
			const larger = new Int32Array(count * 2);
			larger.set(breaks);
			breaks = larger;
			found.breaks = larger;
		}
		breaks[count++] = at;
		const from = breakEnd(text, at);
		at = lone ? anyBreakFrom(text, from) : text.indexOf('\n', from);
	}
	return count;
}

/** The lines' starts, ends and nexts but the last's from the first `count` `breaks`; returns the last line's start. */
function fillLines(text: NoticeText, breaks: Int32Array, count: number, starts: Int32Array, ends: Int32Array, nexts: Int32Array): number {
	let start = 0;
	for (let line = 0; line < count; line++) {
		starts[line] = start;
		ends[line] = breaks[line];
		start = breakEnd(text, breaks[line]);
		nexts[line] = start;
	}
	return start;
}

/** Past the line break at `at`: CRLF is one break. */
function breakEnd(text: NoticeText, at: number): number {
	return text.charCodeAt(at) === 13 /* \r */ && text.charCodeAt(at + 1) === 10 /* \n */ ? at + 2 : at + 1;
}

function linesAfterEdit(previous: LineIndex, text: NoticeText, edit: { start: number; oldEnd: number; newEnd: number }): LineArrays {
	const delta = edit.newEnd - edit.oldEnd;
	const oldStarts = previous.starts;
	const oldCount = oldStarts.length;
	// From the line holding the character before the edit: a CR there and an LF the edit begins with are one break.
	const first = lastLineStartAtOrBefore(oldStarts, Math.max(0, edit.start - 1));
	const starts: number[] = [];
	const ends: number[] = [];
	const nexts: number[] = [];
	let start = oldStarts[first];
	let resume = -1;
	for (;;) {
		const at = anyBreakFrom(text, start);
		if (at < 0) {
			starts.push(start);
			ends.push(text.length);
			nexts.push(text.length);
			break;
		}
		starts.push(start);
		ends.push(at);
		start = breakEnd(text, at);
		nexts.push(start);
		// A break wholly past the edit (and the character after it, which may join it): from `start` on, both texts are the same characters.
		if (at >= edit.newEnd) {
			const old = lastLineStartAtOrBefore(oldStarts, start - delta);
			if (oldStarts[old] === start - delta) {
				resume = old;
				break;
			}
		}
	}
	const tail = resume < 0 ? 0 : oldCount - resume;
	const count = first + starts.length + tail;
	const arrays: LineArrays = { starts: new Int32Array(count), ends: new Int32Array(count), nexts: new Int32Array(count) };
	const copy = (into: Int32Array, from: Int32Array, window: number[]) => {
		into.set(from.subarray(0, first));
		for (let i = 0; i < window.length; i++) {
			into[first + i] = window[i];
		}
		for (let i = 0, at = first + window.length; i < tail; i++, at++) {
			into[at] = from[resume + i] + delta;
		}
	};
	copy(arrays.starts, oldStarts, starts);
	copy(arrays.ends, previous.ends, ends);
	copy(arrays.nexts, previous.nextStarts, nexts);
	return arrays;
}

/** The first CR or LF at or after `from` (-1: none). */
function anyBreakFrom(text: NoticeText, from: number): number {
	for (let i = from; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 13 || code === 10) {
			return i;
		}
	}
	return -1;
}

/** The last line whose start is at most `offset` (0 when none is): a binary search over the starts. */
function lastLineStartAtOrBefore(starts: Int32Array, offset: number): number {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (starts[mid] <= offset) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}
	return low;
}

/** What a digest needs of a line index: spans to ranges. */
export interface RangeMapper {
	rangeOf(span: Span): Range;
	positionAt(offset: number): Position;
}

/**
 * A LineIndex in two typed arrays (line starts and content ends), for notices the workspace keeps
 * but does not have open: a tenth of the memory of one object per line. Same positions.
 */
export class CompactLineIndex implements RangeMapper {
	private readonly starts: Int32Array;
	private readonly ends: Int32Array;

	constructor(index: LineIndex) {
		// The index's own arrays: never changed, so shared.
		this.starts = index.starts;
		this.ends = index.ends;
		this.length = index.text.length;
	}

	private readonly length: number;

	positionAt(offset: number): Position {
		const clamped = Math.max(0, Math.min(offset, this.length));
		const line = lastLineStartAtOrBefore(this.starts, clamped);
		return { line, character: Math.min(clamped, this.ends[line]) - this.starts[line] };
	}

	rangeOf(span: Span): Range {
		return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
	}
}
