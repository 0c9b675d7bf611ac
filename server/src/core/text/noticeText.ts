import { lastAtOrBefore } from './characters';
import { detached } from './detached';

/**
 * The text of a notice as the reader reads it: a string, or a `BlockText` (an open document's
 * version after an edit, kept as blocks). Its methods are the string's own, with the string's
 * meaning, so a reader written for strings reads either; a regular expression needs a string, and
 * is run on a slice (a line, a task).
 *
 * Why blocks: a JavaScript string of more than 64 K UTF-16 code units lives in V8's large-object
 * space, pages of its own mapped from the system and given back when it dies. Every version of an
 * open notice had a new one (`before + inserted + after`, made one string when first read): about
 * 1 ms of each keystroke in a 200 KB notice, a quarter of it (docs/compact-model.md).
 */
export interface NoticeText {
	readonly length: number;
	charCodeAt(index: number): number;
	charAt(index: number): string;
	codePointAt(index: number): number | undefined;
	slice(start?: number, end?: number): string;
	substring(start: number, end?: number): string;
	indexOf(search: string, position?: number): number;
	lastIndexOf(search: string, position?: number): number;
	startsWith(search: string, position?: number): boolean;
	endsWith(search: string, endPosition?: number): boolean;
	includes(search: string, position?: number): boolean;
}

/** The text as one string: the string itself, or a block text's blocks joined (a feature that needs the whole, such as an export). */
export function flatText(text: NoticeText): string {
	return typeof text === 'string' ? text : (text as BlockText).joined();
}

/**
 * Whether `a` from `aStart` and `b` from `bStart` hold the same `length` code units. Blocks
 * shared by the two texts (the same string objects) compare without reading them: an edit's text
 * shares every block but the edited one with the text before.
 */
export function sameCharacters(a: NoticeText, aStart: number, b: NoticeText, bStart: number, length: number): boolean {
	if (typeof a === 'string' && typeof b === 'string') {
		return length === 0 || a.slice(aStart, aStart + length) === b.slice(bStart, bStart + length);
	}
	let done = 0;
	while (done < length) {
		const [aPiece, aOffset, aAvailable] = pieceAt(a, aStart + done);
		const [bPiece, bOffset, bAvailable] = pieceAt(b, bStart + done);
		const step = Math.min(aAvailable, bAvailable, length - done);
		if (step <= 0) {
			return false;
		}
		if (!(aPiece === bPiece && aOffset === bOffset) && aPiece.slice(aOffset, aOffset + step) !== bPiece.slice(bOffset, bOffset + step)) {
			return false;
		}
		done += step;
	}
	return true;
}

/** The string holding `offset`, the offset in it, and how many code units it has from there. */
function pieceAt(text: NoticeText, offset: number): [string, number, number] {
	if (typeof text === 'string') {
		return [text, offset, text.length - offset];
	}
	const blocks = text as BlockText;
	const index = blocks.blockAt(offset);
	const local = offset - blocks.blockStart(index);
	const block = blocks.block(index);
	return [block, local, block.length - local];
}

/** Blocks are cut at line ends near this many code units, and made again when an edit grows one past twice it. */
export const BLOCK_SIZE = 8 * 1024;

/**
 * A text kept as blocks of at most some 16 K code units each, every one of them a string of V8's
 * ordinary heap (a line longer than that is a block of its own). An edit makes the edited block
 * again and shares the others (`afterEdit`); the notice-sized string is made only when asked for
 * (`joined`). Offsets are the text's, as in the string it stands for.
 */
export class BlockText implements NoticeText {
	readonly length: number;
	/** The block the last read fell in: reads go forward through a line, and mostly stay in a block. */
	private last = 0;
	private flat: string | undefined;

	private constructor(
		private readonly blocks: readonly string[],
		/** Per block, its first offset; one more entry, the length. */
		private readonly starts: Int32Array,
	) {
		this.length = starts[blocks.length];
	}

	/** The text of `lines` (each with its line break), in blocks of whole lines. */
	static fromLines(lines: readonly string[], blockSize = BLOCK_SIZE): BlockText {
		const blocks: string[] = [];
		let first = 0;
		let size = 0;
		for (let line = 0; line < lines.length; line++) {
			size += lines[line].length;
			if (size >= blockSize || line === lines.length - 1) {
				// Joined, not sliced from a longer string: the block holds its own characters.
				blocks.push(line === first ? detached(lines[line]) : lines.slice(first, line + 1).join(''));
				first = line + 1;
				size = 0;
			}
		}
		return BlockText.fromBlocks(blocks.length === 0 ? [''] : blocks);
	}

	/**
	 * The text after [start, oldEnd) of `previous` became `inserted`: the blocks the edit touches
	 * made again (cut again at line ends when grown past twice BLOCK_SIZE), the others shared.
	 */
	static afterEdit(previous: BlockText, start: number, oldEnd: number, inserted: string, blockSize = BLOCK_SIZE): BlockText {
		const first = previous.blockAt(start);
		// An edit that ends where a block ends changes that block, not the next.
		const last = Math.max(first, oldEnd > start ? previous.blockAt(oldEnd - 1) : first);
		const head = previous.blocks[first].slice(0, start - previous.starts[first]);
		const tail = previous.blocks[last].slice(oldEnd - previous.starts[last]);
		const edited = head + inserted + tail;
		const made = edited.length > 2 * blockSize ? cutAtLineEnds(edited, blockSize) : edited.length === 0 && previous.blocks.length > 1 ? [] : [detached(edited)];
		const blocks = [...previous.blocks.slice(0, first), ...made, ...previous.blocks.slice(last + 1)];
		return BlockText.fromBlocks(blocks.length === 0 ? [''] : blocks);
	}

	/** The text of `blocks` in that order (at least one; each may be cut anywhere, tests cut them small). */
	static fromBlocks(given: readonly string[]): BlockText {
		// No empty block but an empty text's one: blockAt takes the first block for offset 0, and an
		// empty one there (an edited block cut at its last line break left one) made sameCharacters
		// answer false on equal texts, found by the property test.
		const blocks = given.length > 1 && given.some((block) => block.length === 0) ? nonEmpty(given) : given;
		const starts = new Int32Array(blocks.length + 1);
		for (let i = 0; i < blocks.length; i++) {
			starts[i + 1] = starts[i] + blocks[i].length;
		}
		return new BlockText(blocks, starts);
	}

	get blockCount(): number {
		return this.blocks.length;
	}

	block(index: number): string {
		return this.blocks[index];
	}

	blockStart(index: number): number {
		return this.starts[index];
	}

	/** The block holding `offset` (the last block for the length, the first for offsets before 0). */
	blockAt(offset: number): number {
		const starts = this.starts;
		const last = this.last;
		if (offset >= starts[last] && offset < starts[last + 1]) {
			return last;
		}
		const count = this.blocks.length;
		if (last + 1 < count && offset >= starts[last + 1] && offset < starts[last + 2]) {
			return (this.last = last + 1);
		}
		if (offset <= 0) {
			return (this.last = 0);
		}
		if (offset >= this.length) {
			return (this.last = count - 1);
		}
		return (this.last = lastAtOrBefore(count, (index) => starts[index], offset));
	}

	/** The whole text as one string, made once. */
	joined(): string {
		this.flat ??= this.blocks.length === 1 ? this.blocks[0] : this.blocks.join('');
		return this.flat;
	}

	toString(): string {
		return this.joined();
	}

	charCodeAt(index: number): number {
		const starts = this.starts;
		const last = this.last;
		if (index >= starts[last] && index < starts[last + 1]) {
			return this.blocks[last].charCodeAt(index - starts[last]);
		}
		if (index < 0 || index >= this.length || index !== index) {
			return NaN;
		}
		const block = this.blockAt(index);
		return this.blocks[block].charCodeAt(index - starts[block]);
	}

	charAt(index: number): string {
		return index >= 0 && index < this.length ? String.fromCharCode(this.charCodeAt(index)) : '';
	}

	codePointAt(index: number): number | undefined {
		if (!(index >= 0 && index < this.length)) {
			return undefined;
		}
		const first = this.charCodeAt(index);
		if (first >= 0xd800 && first <= 0xdbff && index + 1 < this.length) {
			const second = this.charCodeAt(index + 1);
			if (second >= 0xdc00 && second <= 0xdfff) {
				return (first - 0xd800) * 0x400 + (second - 0xdc00) + 0x10000;
			}
		}
		return first;
	}

	slice(start?: number, end?: number): string {
		const length = this.length;
		const from = relativeIndex(start ?? 0, length);
		const to = end === undefined ? length : relativeIndex(end, length);
		return this.piece(from, to);
	}

	substring(start: number, end?: number): string {
		const length = this.length;
		let from = clampIndex(start, length);
		let to = end === undefined ? length : clampIndex(end, length);
		if (from > to) {
			[from, to] = [to, from];
		}
		return this.piece(from, to);
	}

	indexOf(search: string, position?: number): number {
		const from = clampIndex(position ?? 0, this.length);
		if (search.length === 0) {
			return from;
		}
		for (let block = this.blockAt(from); block < this.blocks.length; block++) {
			const blockStart = this.starts[block];
			const found = this.blocks[block].indexOf(search, Math.max(0, from - blockStart));
			// A match across the end of this block starts in its last search.length - 1 code units: after any found in it.
			const acrossStart = Math.max(from, this.starts[block + 1] - search.length + 1);
			if (found >= 0 && blockStart + found < acrossStart) {
				return blockStart + found;
			}
			const across = block + 1 < this.blocks.length && search.length > 1 ? this.piece(acrossStart, Math.min(this.length, this.starts[block + 1] + search.length - 1)).indexOf(search) : -1;
			if (across >= 0) {
				return acrossStart + across;
			}
			if (found >= 0) {
				return blockStart + found;
			}
		}
		return -1;
	}

	lastIndexOf(search: string, position?: number): number {
		const from = Math.min(position === undefined || position !== position ? this.length : clampIndex(position, this.length), this.length - search.length);
		if (search.length === 0) {
			return Math.max(from, 0);
		}
		const first = search.charCodeAt(0);
		for (let at = from; at >= 0; at--) {
			if (this.charCodeAt(at) === first && (search.length === 1 || this.startsWith(search, at))) {
				return at;
			}
		}
		return -1;
	}

	startsWith(search: string, position?: number): boolean {
		const from = clampIndex(position ?? 0, this.length);
		if (from + search.length > this.length) {
			return false;
		}
		const block = this.blockAt(from);
		const local = from - this.starts[block];
		// Within one block (nearly always: a label, a word), natively and without a copy.
		return local + search.length <= this.blocks[block].length ? this.blocks[block].startsWith(search, local) : this.piece(from, from + search.length) === search;
	}

	endsWith(search: string, endPosition?: number): boolean {
		const to = endPosition === undefined ? this.length : clampIndex(endPosition, this.length);
		return to - search.length >= 0 && this.piece(to - search.length, to) === search;
	}

	includes(search: string, position?: number): boolean {
		return this.indexOf(search, position) >= 0;
	}

	/** [from, to), both within the text. */
	private piece(from: number, to: number): string {
		if (to <= from) {
			return '';
		}
		const first = this.blockAt(from);
		const firstStart = this.starts[first];
		if (to <= this.starts[first + 1]) {
			return this.blocks[first].slice(from - firstStart, to - firstStart);
		}
		let result = this.blocks[first].slice(from - firstStart);
		let block = first + 1;
		while (this.starts[block + 1] < to) {
			result += this.blocks[block];
			block++;
		}
		return result + this.blocks[block].slice(0, to - this.starts[block]);
	}
}

/** A string's relative index (slice): negative counts from the end; clamped to [0, length]. */
function relativeIndex(index: number, length: number): number {
	const integer = Math.trunc(index) || 0;
	return integer < 0 ? Math.max(0, length + integer) : Math.min(integer, length);
}

/** A string's index clamped (substring, indexOf, startsWith): NaN is 0. */
function clampIndex(index: number, length: number): number {
	const integer = Math.trunc(index) || 0;
	return Math.max(0, Math.min(integer, length));
}

/** `text` cut after line breaks into blocks near `blockSize` (a line longer than that is a block of its own). */
/** The blocks that are not empty; one empty block when all are. */
function nonEmpty(blocks: readonly string[]): string[] {
	const kept = blocks.filter((block) => block.length > 0);
	return kept.length > 0 ? kept : [''];
}

function cutAtLineEnds(text: string, blockSize: number): string[] {
	const blocks: string[] = [];
	let start = 0;
	while (text.length - start > 2 * blockSize) {
		let cut = text.indexOf('\n', start + blockSize);
		if (cut < 0) {
			cut = text.indexOf('\r', start + blockSize);
		}
		if (cut < 0) {
			break;
		}
		blocks.push(detached(text.slice(start, cut + 1)));
		start = cut + 1;
	}
	blocks.push(detached(text.slice(start)));
	return blocks;
}
