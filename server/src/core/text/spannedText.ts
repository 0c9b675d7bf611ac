import { lastAtOrBefore } from './characters';
import type { Span } from './lineIndex';

/** One piece (most field values): no arrays at all, offsets map by addition. */
const ONE_PIECE = new Int32Array(0);

/**
 * Text gathered from one or more pieces of a document (a field value broken over lines),
 * remembering where each character came from so results can point back into the source.
 * A value of one piece (nearly all of them: a 2 MB notice has tens of thousands) keeps its start
 * and no array; several pieces keep their starts in typed arrays of exact size.
 */
export class SpannedText {
	/**
	 * The pieces' text, and whether it is one piece (every offset maps by addition, a span of it is
	 * contiguous in the source): fields, not getters, read at every field of a notice (a getter is a
	 * call in V8's first tiers, where a new server reads its first notice). Set only here (see of).
	 */
	readonly text: string;
	readonly contiguous: boolean;

	private constructor(
		text: string,
		/** The source offset of the first character (sourceOffset(0), read at every field: a field, no call). */
		readonly start: number,
		// Not readonly, for reuse (see of): a 2 MB notice's fields made 17,580 of these, a megabyte that made a scavenge in a read the more.
		private pieceStarts: Int32Array,
		private sourceStarts: Int32Array,
	) {
		this.text = text;
		this.contiguous = pieceStarts.length === 0;
	}

	/** A text of no piece, to be given to `of` to reuse. */
	static empty(): SpannedText {
		return new SpannedText('', 0, ONE_PIECE, ONE_PIECE);
	}

	/**
	 * The pieces' text. `reuse`, when given, is made the result for a value of one piece or none
	 * (nearly all), and the one given before it changed: for a caller that is done with it first.
	 */
	static of(pieces: ReadonlyArray<{ text: string; start: number }>, reuse?: SpannedText): SpannedText {
		const pieceCount = pieces.length;
		// The piece with text when at most one has any; a list of one (nearly every value) is not counted
		// (a new server reads its first notice in V8's first tiers, where each load is a call).
		let only = pieceCount === 1 ? 0 : -1;
		if (pieceCount !== 1) {
			let count = 0;
			for (let i = 0; i < pieceCount; i++) {
				if (pieces[i].text.length > 0) {
					count++;
					only = i;
				}
			}
			if (count > 1) {
				return SpannedText.ofPieces(pieces, count);
			}
		}
		const text = only >= 0 ? pieces[only].text : '';
		const start = text.length > 0 ? pieces[only].start : 0;
		if (reuse === undefined) {
			return new SpannedText(text, start, ONE_PIECE, ONE_PIECE);
		}
		const reused = reuse as unknown as { text: string; contiguous: boolean; start: number; pieceStarts: Int32Array; sourceStarts: Int32Array };
		reused.text = text;
		reused.start = start;
		// One piece already whenever it came from empty() or of() (ofPieces makes new texts); a text of
		// several given to reuse is made one piece.
		if (!reuse.contiguous) {
			reused.contiguous = true;
			reused.pieceStarts = ONE_PIECE;
			reused.sourceStarts = ONE_PIECE;
		}
		return reuse;
	}

	/** The text of `count` pieces with text (two or more), its offsets in typed arrays. */
	private static ofPieces(pieces: ReadonlyArray<{ text: string; start: number }>, count: number): SpannedText {
		let text = '';
		const pieceStarts = new Int32Array(count);
		const sourceStarts = new Int32Array(count);
		let at = 0;
		for (const piece of pieces) {
			if (piece.text.length === 0) {
				continue;
			}
			pieceStarts[at] = text.length;
			sourceStarts[at] = piece.start;
			at++;
			text += piece.text;
		}
		return new SpannedText(text, sourceStarts[0], pieceStarts, sourceStarts);
	}

	/** The source offset of the character at `index`; `index === text.length` maps just past the last character. */
	sourceOffset(index: number): number {
		if (this.contiguous) {
			return this.start + Math.min(index, this.text.length);
		}
		if (index >= this.text.length) {
			return this.sourceOffset(this.text.length - 1) + 1;
		}
		return this.pieceOffset(index);
	}

	/** sourceOffset inside the text of several pieces (apart: its search closes over a local, which costs a context object at every call). */
	private pieceOffset(index: number): number {
		const pieceStarts = this.pieceStarts;
		const piece = lastAtOrBefore(pieceStarts.length, (at) => pieceStarts[at], index);
		return this.sourceStarts[piece] + (index - pieceStarts[piece]);
	}

	/** The source span covering `start`..`end` of the gathered text (end exclusive, non-empty). */
	sourceSpan(start: number, end: number): Span {
		if (end <= start) {
			const offset = this.sourceOffset(start);
			return { start: offset, end: offset };
		}
		return { start: this.sourceOffset(start), end: this.sourceOffset(end - 1) + 1 };
	}

	/** The pieces of `start`..`end` of the gathered text, each with its source offset (a value's part: a worded list of it). */
	piecesBetween(start: number, end: number): Array<{ text: string; start: number }> {
		if (this.contiguous) {
			return end > start ? [{ text: this.text.slice(start, end), start: this.start + start }] : [];
		}
		const pieces: Array<{ text: string; start: number }> = [];
		for (let p = 0; p < this.pieceStarts.length; p++) {
			const from = Math.max(start, this.pieceStarts[p]);
			const to = Math.min(end, p + 1 < this.pieceStarts.length ? this.pieceStarts[p + 1] : this.text.length);
			if (to > from) {
				pieces.push({ text: this.text.slice(from, to), start: this.sourceStarts[p] + (from - this.pieceStarts[p]) });
			}
		}
		return pieces;
	}

	/** True when `start`..`end` spans more than one piece. */
	crossesPieces(start: number, end: number): boolean {
		if (end - start < 2 || this.contiguous) {
			return false;
		}
		const span = this.sourceSpan(start, end);
		return span.end - span.start !== end - start;
	}
}
