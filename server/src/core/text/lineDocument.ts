import { lastAtOrBefore } from './characters';
import type { Position, Range } from './lineIndex';
import { BlockText, type NoticeText } from './noticeText';

/** A change as the editor sends it: a range replaced, or the whole text. */
export type ContentChange = { range: Range; rangeLength?: number; text: string } | { text: string };

/** The changes that made a version of a document from the version before, as the editor sent them. */
export interface DocumentChanges {
	fromVersion: number;
	changes: readonly ContentChange[];
}

/**
 * An open document kept as an array of lines, each with its line break. The editor sends one
 * change with thousands of edits for a replace-all; applied one by one to a single string, each
 * edit copies the whole text (2,000 edits on 200 KB took a quarter of a second). Here an edit
 * within a line rewrites that line only; the reader is given blocks of lines (noticeText), and
 * the text is joined into one string only when asked for (getText).
 *
 * Positions and clamping follow vscode-languageserver-textdocument (CRLF, LF and lone CR; a
 * character past the end of a line stops before its line break), and changes apply in order, each
 * on the result of the one before, as the protocol says. It is an LSP text document in shape (the
 * LSP layer keeps open documents as these), without depending on one.
 */
export class LineDocument {
	/** The text as the editor sent it whole (opened, or a change of the whole text); undefined once a ranged change made this version. */
	private text: string | undefined;
	/** getText's string of a version a ranged change made (the reader is given its blocks, not this). */
	private joined: string | undefined;
	/** This version's text in blocks (see noticeText), made from the version before's by its edit, or from the lines. */
	private blocks: BlockText | undefined;
	private lineStarts: number[] | undefined;

	private constructor(
		readonly uri: string,
		readonly languageId: string,
		readonly version: number,
		/** Never empty; every line but the last ends with its line break. Undefined until asked for: split from `text`. */
		private lineList: readonly string[] | undefined,
		/** How this version was made from the one before (none for a document just opened): a reader reads again only what changed. */
		readonly changes?: DocumentChanges,
	) {}

	/**
	 * The lines are split when first asked for (an edit, a position): a notice opened is read from
	 * its text, and one of 20 MB, declined as too large, was split into 400,000 lines and joined
	 * again on the open, a block of 70–90 ms of the event loop.
	 */
	static create(uri: string, languageId: string, version: number, content: string): LineDocument {
		const document = new LineDocument(uri, languageId, version, undefined);
		document.text = content;
		return document;
	}

	private get lines(): readonly string[] {
		// From the blocks once the next version took the lines (see giveUpLines).
		this.lineList ??= splitLines(this.text ?? this.blocks?.joined() ?? '');
		return this.lineList;
	}

	static update(document: LineDocument, changes: readonly ContentChange[], version: number): LineDocument {
		// The new version's blocks from the previous one's, where it has them and the change is one
		// ranged edit (a keystroke): the edited block is made again, the others shared. Otherwise they
		// are made from the lines when first asked for (noticeText). The text as one string is not
		// made: a string of a 200 KB notice is allocated in pages of its own, about 1 ms a version.
		let text = document.text;
		let blocks = changes.length === 1 ? document.blocks : undefined;
		// `lines`: undefined after a change of the whole text, until a ranged change needs them.
		// `starts`: the lines' starts, kept only for a keystroke on a document with blocks (the edited
		// block is found by them) and moved by it; otherwise made again when first asked for.
		let { lines, starts } = document.giveUpLines() as { lines: string[] | undefined; starts: number[] | undefined };
		if (blocks === undefined) {
			// A change of several edits moved every start after each of its edits (a replace-all of 2,000
			// edits in a document typed in: some 1,800 starts each).
			starts = undefined;
		}
		let resplit = false;
		for (const change of changes) {
			if (!('range' in change)) {
				lines = undefined;
				starts = undefined;
				resplit = false;
				text = change.text;
				blocks = undefined;
				continue;
			}
			lines ??= splitLines(text ?? '');
			let start = clampPosition(lines, change.range.start);
			let end = clampPosition(lines, change.range.end);
			if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
				[start, end] = [end, start];
			}
			if (blocks !== undefined) {
				starts ??= startsOf(lines);
				blocks = BlockText.afterEdit(blocks, starts[start.line] + start.character, starts[end.line] + end.character, change.text);
			}
			text = undefined;
			const inserted = change.text;
			if (start.line === end.line && !hasLineBreak(inserted)) {
				const line = lines[start.line];
				lines[start.line] = line.slice(0, start.character) + inserted + line.slice(end.character);
				if (starts !== undefined) {
					shiftStarts(starts, start.line + 1, inserted.length - (end.character - start.character));
				}
				// Within a line, only an edit that empties it can make its break meet a CR before it: the
				// ends of its own content were copied and looked at for every edit (2,000 in a replace-all).
				resplit ||= emptiesLine(line, start.character, end.character, inserted) && meetsLineFeed(lines, start.line);
				continue;
			}
			starts = undefined;
			const merged = lines[start.line].slice(0, start.character) + inserted + lines[end.line].slice(end.character);
			const replacement = splitLines(merged);
			if (end.line < lines.length - 1 && replacement[replacement.length - 1] === '') {
				// The end line kept its own line break: the empty line after it is the next line of the document.
				replacement.pop();
			}
			lines.splice(start.line, end.line - start.line + 1, ...replacement);
			resplit ||= meetsLineFeed(lines, start.line) || meetsLineFeed(lines, start.line + replacement.length - 1);
		}
		const updated = new LineDocument(document.uri, document.languageId, version, lines === undefined ? undefined : resplit ? splitLines(lines.join('')) : lines, { fromVersion: document.version, changes });
		updated.text = text;
		updated.blocks = blocks;
		updated.lineStarts = lines === undefined || resplit ? undefined : starts;
		return updated;
	}

	/**
	 * This version's lines and their starts (when made), for the next version to change in place:
	 * a keystroke copied the array of every line and made every start again (a 200 KB notice: 29 KB
	 * of its 272 over stdio, a copy and a loop over some 1,800 lines). Given up when this version can
	 * split its lines again from its text or blocks (asked for after the next version is made, as
	 * a request begun before the edit may); copied otherwise.
	 */
	private giveUpLines(): { lines: string[]; starts: number[] | undefined } {
		const lines = this.lines as string[];
		if (this.text === undefined && this.blocks === undefined) {
			return { lines: lines.slice(), starts: undefined };
		}
		const starts = this.lineStarts;
		this.lineList = undefined;
		this.lineStarts = undefined;
		return { lines, starts };
	}

	/**
	 * The text for a reader: the string the editor sent (opened, or changed whole); once a ranged
	 * change made the version, blocks (see NoticeText): after a single one, shared with the version
	 * before but for the edited block; after several (a replace-all), made from the lines. Not a
	 * string joined for the replace-all: the reader's code, optimized while typing for blocks, then
	 * met a string, and the 2,000-edit change after 1,000 keystrokes took 63–82 ms over stdio
	 * against 34–58 ms read from blocks (50–66 ms before there were blocks), interleaved.
	 */
	noticeText(): NoticeText {
		if (this.text !== undefined) {
			return this.text;
		}
		this.blocks ??= BlockText.fromLines(this.lines);
		return this.blocks;
	}

	get lineCount(): number {
		return this.lines.length;
	}

	getText(range?: Range): string {
		const text = this.text ?? (this.joined ??= this.blocks ? this.blocks.joined() : this.lines.join(''));
		if (!range) {
			return text;
		}
		return text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
	}

	offsetAt(position: Position): number {
		const starts = this.starts();
		if (position.line >= starts.length) {
			return starts[starts.length - 1] + this.lines[this.lines.length - 1].length;
		}
		if (position.line < 0) {
			return 0;
		}
		const lineStart = starts[position.line];
		if (position.character <= 0) {
			return lineStart;
		}
		return lineStart + Math.min(position.character, contentLength(this.lines[position.line]));
	}

	positionAt(offset: number): Position {
		const starts = this.starts();
		const lines = this.lines;
		offset = Math.max(Math.min(offset, starts[starts.length - 1] + lines[lines.length - 1].length), 0);
		const line = lastAtOrBefore(starts.length, (at) => starts[at], offset);
		return { line, character: Math.min(offset - starts[line], contentLength(this.lines[line])) };
	}

	getLineRange(line: number): Range {
		if (line >= this.lines.length) {
			const last = this.lines.length - 1;
			return { start: { line: last, character: 0 }, end: { line: last, character: this.lines[last].length } };
		}
		if (line < 0) {
			return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
		}
		return { start: { line, character: 0 }, end: { line, character: contentLength(this.lines[line]) } };
	}

	getEOLCharacters(line: number): string {
		if (line < 0 || line >= this.lines.length) {
			return '';
		}
		return this.lines[line].slice(contentLength(this.lines[line]));
	}

	private starts(): number[] {
		this.lineStarts ??= startsOf(this.lines);
		return this.lineStarts;
	}
}

function startsOf(lines: readonly string[]): number[] {
	const starts = new Array<number>(lines.length);
	let offset = 0;
	for (let i = 0; i < lines.length; i++) {
		starts[i] = offset;
		offset += lines[i].length;
	}
	return starts;
}

/** The starts of the lines from `from` on, moved by `delta` (an edit within the line before). */
function shiftStarts(starts: number[], from: number, delta: number): void {
	if (delta !== 0) {
		for (let i = from; i < starts.length; i++) {
			starts[i] += delta;
		}
	}
}

/**
 * A line that now ends in a lone CR just before a line starting with LF (or after such a line):
 * the two make one CRLF break, so the lines are read again from the text.
 */
function meetsLineFeed(lines: readonly string[], line: number): boolean {
	const endsWithCr = (at: number) => at >= 0 && at < lines.length && lines[at].endsWith('\r');
	const startsWithLf = (at: number) => at >= 0 && at < lines.length && lines[at].startsWith('\n');
	return (endsWithCr(line) && startsWithLf(line + 1)) || (endsWithCr(line - 1) && startsWithLf(line));
}

/**
 * Whether an edit within `line` (its text before the edit) from `start` to `end` leaves the line's
 * content empty: the only edit within a line that can make its break meet a CR before it.
 */
function emptiesLine(line: string, start: number, end: number, inserted: string): boolean {
	return start === 0 && inserted.length === 0 && end === contentLength(line);
}

function hasLineBreak(text: string): boolean {
	return text.includes('\n') || text.includes('\r');
}

/**
 * The lines of `text`, each with its break (CRLF, LF or a lone CR); the last has none and may be
 * empty. The breaks are found with indexOf, not by a loop over every character: a document's lines
 * are split once, on its first edit, in code not yet optimized (the 2,000-edit change of a 200 KB
 * notice just opened spent some 7 ms here).
 */
function splitLines(text: string): string[] {
	const lines: string[] = [];
	let start = 0;
	// The next LF and the next CR at or after `start`, or -1 when there is none (then never looked for again).
	let lf = text.indexOf('\n');
	let cr = text.indexOf('\r');
	while (lf >= 0 || cr >= 0) {
		const end = cr >= 0 && (lf < 0 || cr < lf) ? (text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1) : lf + 1;
		lines.push(text.slice(start, end));
		start = end;
		if (lf >= 0 && lf < start) {
			lf = text.indexOf('\n', start);
		}
		if (cr >= 0 && cr < start) {
			cr = text.indexOf('\r', start);
		}
	}
	lines.push(text.slice(start));
	return lines;
}

/** The length of a line without its break. */
function contentLength(line: string): number {
	let length = line.length;
	while (length > 0 && (line.charCodeAt(length - 1) === 10 || line.charCodeAt(length - 1) === 13)) {
		length--;
	}
	return length;
}

/** A position inside the document, as offsetAt would clamp it. */
function clampPosition(lines: readonly string[], position: Position): Position {
	if (position.line < 0) {
		return { line: 0, character: 0 };
	}
	if (position.line >= lines.length) {
		const last = lines.length - 1;
		return { line: last, character: lines[last].length };
	}
	return { line: position.line, character: Math.max(0, Math.min(position.character, contentLength(lines[position.line]))) };
}
