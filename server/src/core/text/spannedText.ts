import { lastAtOrBefore } from './characters';
import type { Span } from './lineIndex';

/**
 * Text gathered from one or more pieces of a document (a field value broken over lines),
 * remembering where each character came from so results can point back into the source.
 */
export class SpannedText {
	private constructor(
		readonly text: string,
		private readonly pieceStarts: readonly number[],
		private readonly sourceStarts: readonly number[],
	) {}

	static of(pieces: ReadonlyArray<{ text: string; start: number }>): SpannedText {
		let text = '';
		const pieceStarts: number[] = [];
		const sourceStarts: number[] = [];
		for (const piece of pieces) {
			if (piece.text.length === 0) {
				continue;
			}
			pieceStarts.push(text.length);
			sourceStarts.push(piece.start);
			text += piece.text;
		}
		return new SpannedText(text, pieceStarts, sourceStarts);
	}

	/** The source offset of the character at `index`; `index === text.length` maps just past the last character. */
	sourceOffset(index: number): number {
		if (this.pieceStarts.length <= 1) {
			// One piece (most values): offsets map by addition.
			return this.pieceStarts.length === 0 ? 0 : this.sourceStarts[0] + Math.min(index, this.text.length);
		}
		if (index >= this.text.length) {
			return this.sourceOffset(this.text.length - 1) + 1;
		}
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

	/** True when `start`..`end` spans more than one piece. */
	crossesPieces(start: number, end: number): boolean {
		if (end - start < 2 || this.pieceStarts.length <= 1) {
			return false;
		}
		const span = this.sourceSpan(start, end);
		return span.end - span.start !== end - start;
	}
}
