import { lastAtOrBefore } from './characters';

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
 */
export class LineIndex {
	readonly lines: readonly LineSpan[];

	constructor(readonly text: string) {
		const lines: LineSpan[] = [];
		let start = 0;
		const length = text.length;
		for (let i = 0; i < length; i++) {
			const code = text.charCodeAt(i);
			if (code === 13 /* \r */) {
				const next = i + 1 < length && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
				lines.push({ start, end: i, next });
				i = next - 1;
				start = next;
			} else if (code === 10 /* \n */) {
				lines.push({ start, end: i, next: i + 1 });
				start = i + 1;
			}
		}
		lines.push({ start, end: length, next: length });
		this.lines = lines;
	}

	get lineCount(): number {
		return this.lines.length;
	}

	lineText(line: number): string {
		const span = this.lines[line];
		return span ? this.text.slice(span.start, span.end) : '';
	}

	/** The line holding `offset`; an offset inside a line break belongs to the line it ends. */
	lineAt(offset: number): number {
		const lines = this.lines;
		return lastAtOrBefore(lines.length, (line) => lines[line].start, offset);
	}

	positionAt(offset: number): Position {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		const line = this.lineAt(clamped);
		const span = this.lines[line];
		return { line, character: Math.min(clamped, span.end) - span.start };
	}

	offsetAt(position: Position): number {
		if (position.line < 0) {
			return 0;
		}
		if (position.line >= this.lines.length) {
			return this.text.length;
		}
		const span = this.lines[position.line];
		return Math.min(span.start + Math.max(0, position.character), span.end);
	}

	rangeOf(span: Span): Range {
		return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
	}
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
		const lines = index.lines;
		this.starts = new Int32Array(lines.length);
		this.ends = new Int32Array(lines.length);
		for (let i = 0; i < lines.length; i++) {
			this.starts[i] = lines[i].start;
			this.ends[i] = lines[i].end;
		}
		this.length = index.text.length;
	}

	private readonly length: number;

	positionAt(offset: number): Position {
		const clamped = Math.max(0, Math.min(offset, this.length));
		const starts = this.starts;
		const line = lastAtOrBefore(starts.length, (at) => starts[at], clamped);
		return { line, character: Math.min(clamped, this.ends[line]) - starts[line] };
	}

	rangeOf(span: Span): Range {
		return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
	}
}
