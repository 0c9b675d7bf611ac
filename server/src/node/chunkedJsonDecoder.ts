import type { Message } from 'vscode-languageserver/node';

/** How a message's bytes are read in pieces (see decodeJsonMessage). */
export interface DecodeLimits {
	/** Bytes scanned or decoded between two turns of the event loop. */
	pieceBytes: number;
	/** A string value at least this long (in bytes) is decoded apart, in pieces: a document's text. */
	largeStringBytes: number;
}

/**
 * A quarter-megabyte a turn: with a megabyte, decoding the opening of a 2 MB notice was its server's
 * longest block (34 ms, profiled); with this, 8–10 ms a piece.
 */
export const DECODE_LIMITS: DecodeLimits = { pieceBytes: 1 << 18, largeStringBytes: 1 << 20 };

/** A string value of the message, by its bytes between the quotes, and where it may be cut. */
interface LargeString {
	start: number;
	end: number;
	/** Offsets inside it, about `pieceBytes` apart, that start a character and no escape. */
	cuts: number[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LETTER_U = 0x75;

/**
 * A JSON-RPC message from its body's bytes (`chunks`, in order, `length` bytes in all), yielding
 * to the event loop every `pieceBytes` (`yieldNow`). A 20 MB notice opened or pasted comes as one
 * message: its pieces of text joined and parsed whole took about 100 ms in one block (a string of
 * 7 M characters made twice, once as JSON, once as the value; pages mapped for each).
 * Here the bytes are scanned in pieces for long string values; each is decoded in pieces, cut
 * between characters and outside escapes, its pieces joined by concatenation (V8 copies them into one
 * string in a turn of their own); the rest of the message is parsed with a placeholder for each,
 * then given them back. A message without long strings is decoded in pieces and parsed whole.
 */
export async function decodeJsonMessage(chunks: readonly Uint8Array[], length: number, limits: DecodeLimits, yieldNow: () => Promise<void>): Promise<Message> {
	const body = new ChunkedBytes(chunks, length);
	if (length <= limits.pieceBytes) {
		return JSON.parse(new TextDecoder().decode(body.range(0, length))) as Message;
	}
	const large = await findLargeStrings(body, limits, yieldNow);
	const parts: string[] = [];
	const values: string[] = [];
	const nonce = `\\u0000breakdown-large-value:${Math.random().toString(36).slice(2)}:`;
	let at = 0;
	for (let s = 0; s < large.length; s++) {
		await decodeRange(body, at, large[s].start, limits, parts, yieldNow);
		parts.push(`${nonce}${s}`);
		values.push(await decodeStringValue(body, large[s], yieldNow));
		at = large[s].end;
	}
	await decodeRange(body, at, length, limits, parts, yieldNow);
	const skeleton = parts.join('');
	if (values.length === 0) {
		return JSON.parse(skeleton) as Message;
	}
	const placeholder = JSON.parse(`"${nonce}"`) as string;
	let given = 0;
	const message = JSON.parse(skeleton, (_key, value: unknown) => {
		if (typeof value === 'string' && value.startsWith(placeholder)) {
			given++;
			return values[Number(value.slice(placeholder.length))];
		}
		return value;
	}) as Message;
	// A long string that was a property's name (no protocol has one) is not given back by the reviver: parsed whole then.
	return given === values.length ? message : (JSON.parse(await decodeAll(body, limits, yieldNow)) as Message);
}

/**
 * The string values of at least `largeStringBytes`, found by one scan of the bytes (JSON outside
 * strings has no escapes): from one quote or backslash to the next by the engine's `indexOf`, a
 * loop of ours over the 20 MB took 220 ms, its first pieces 50 ms each, before it was optimized.
 */
async function findLargeStrings(body: ChunkedBytes, limits: DecodeLimits, yieldNow: () => Promise<void>): Promise<LargeString[]> {
	const found: LargeString[] = [];
	const scan = { inString: false, start: 0, cuts: [] as number[], nextCut: 0, afterBackslash: false, hexLeft: 0 };
	let base = 0;
	// Where the scan last let the event loop run: a chunk may be the whole message (a stream gives what it has).
	let yieldedAt = 0;
	for (const chunk of body.chunks) {
		// Where the next quote and backslash are in this chunk (its length when there is none after `at`).
		let quote = -1;
		let backslash = -1;
		let at = 0;
		while (at < chunk.length) {
			if (base + at - yieldedAt >= limits.pieceBytes) {
				yieldedAt = base + at;
				await yieldNow();
			}
			if (scan.afterBackslash) {
				scan.afterBackslash = false;
				scan.hexLeft = chunk[at] === LETTER_U ? 4 : 0;
				at++;
				continue;
			}
			if (scan.hexLeft > 0) {
				const passed = Math.min(scan.hexLeft, chunk.length - at);
				scan.hexLeft -= passed;
				at += passed;
				continue;
			}
			if (quote < at) {
				quote = indexOrEnd(chunk, QUOTE, at);
			}
			if (!scan.inString) {
				if (quote < chunk.length) {
					scan.inString = true;
					scan.start = base + quote + 1;
					scan.nextCut = scan.start + limits.pieceBytes;
					scan.cuts = [];
				}
				at = quote + 1;
				continue;
			}
			if (backslash < at) {
				backslash = indexOrEnd(chunk, BACKSLASH, at);
			}
			// The bytes from `at` to the next quote or backslash are characters, no escape: a cut may go before any that starts one.
			const special = Math.min(quote, backslash);
			addCuts(scan, chunk, base, at, special, limits.pieceBytes);
			if (special === chunk.length) {
				at = special;
			} else if (special === backslash) {
				scan.afterBackslash = true;
				at = special + 1;
			} else {
				scan.inString = false;
				if (base + special - scan.start >= limits.largeStringBytes) {
					found.push({ start: scan.start, end: base + special, cuts: scan.cuts });
				}
				at = special + 1;
			}
		}
		base += chunk.length;
	}
	return found;
}

/** Cuts at `pieceBytes` intervals in the plain bytes `from`..`to` of a chunk (document offsets from `base`), each before a character's first byte; before a backslash ending them too. */
function addCuts(scan: { nextCut: number; cuts: number[] }, chunk: Uint8Array, base: number, from: number, to: number, pieceBytes: number): void {
	while (scan.nextCut <= base + to) {
		let at = Math.max(scan.nextCut - base, from);
		while (at < to && (chunk[at] & 0xc0) === 0x80) {
			at++;
		}
		// At `to`: a backslash starts an escape (a cut before it is safe); a quote ends the string, and the chunk's end is for the next chunk.
		if (at === to && (to === chunk.length || chunk[to] !== BACKSLASH)) {
			return;
		}
		scan.cuts.push(base + at);
		scan.nextCut = base + at + pieceBytes;
	}
}

function indexOrEnd(chunk: Uint8Array, byte: number, from: number): number {
	const found = chunk.indexOf(byte, from);
	return found < 0 ? chunk.length : found;
}

/** Bytes `from`..`to` (outside long strings, so whole characters) decoded in pieces, appended to `parts`. */
async function decodeRange(body: ChunkedBytes, from: number, to: number, limits: DecodeLimits, parts: string[], yieldNow: () => Promise<void>): Promise<void> {
	const decoder = new TextDecoder('utf-8', { ignoreBOM: from > 0 });
	for (let at = from; at < to; at += limits.pieceBytes) {
		parts.push(decoder.decode(body.range(at, Math.min(to, at + limits.pieceBytes)), { stream: true }));
		if (at + limits.pieceBytes < to) {
			await yieldNow();
		}
	}
	parts.push(decoder.decode());
}

async function decodeAll(body: ChunkedBytes, limits: DecodeLimits, yieldNow: () => Promise<void>): Promise<string> {
	const parts: string[] = [];
	await decodeRange(body, 0, body.length, limits, parts, yieldNow);
	return parts.join('');
}

/** A long string value, each piece between two cuts unescaped by JSON.parse, the pieces concatenated (a rope, not copied). */
async function decodeStringValue(body: ChunkedBytes, value: LargeString, yieldNow: () => Promise<void>): Promise<string> {
	// A U+FEFF is text here (a notice may begin with one): a decoder left to drop a byte-order mark dropped it from each piece it began.
	const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
	let text = '';
	let at = value.start;
	for (let c = 0; c <= value.cuts.length; c++) {
		const end = c < value.cuts.length ? value.cuts[c] : value.end;
		text += JSON.parse(`"${decoder.decode(body.range(at, end))}"`) as string;
		at = end;
		if (c < value.cuts.length) {
			await yieldNow();
		}
	}
	// Concatenated, the pieces are one string only when a character is first read: V8 then copies
	// them whole. Read one now, in a turn of its own. Left to the first reader (the first edit of a
	// notice too large to read, splitting its lines), the copy made that edit a block of 96 ms at
	// 20 MB, as long as the open's had been; here it is 40-55 ms.
	await yieldNow();
	text.charCodeAt(0);
	return text;
}

/** A message's bytes as the chunks the stream gave: a range within one chunk is a view, across chunks a copy. */
class ChunkedBytes {
	/** Where each chunk starts in the message. */
	private readonly starts: number[] = [];

	constructor(
		readonly chunks: readonly Uint8Array[],
		readonly length: number,
	) {
		let at = 0;
		for (const chunk of chunks) {
			this.starts.push(at);
			at += chunk.length;
		}
	}

	range(from: number, to: number): Uint8Array {
		if (to <= from) {
			return new Uint8Array(0);
		}
		let c = this.chunkAt(from);
		const offset = from - this.starts[c];
		if (offset + (to - from) <= this.chunks[c].length) {
			return this.chunks[c].subarray(offset, offset + (to - from));
		}
		const copy = new Uint8Array(to - from);
		let written = 0;
		let at = offset;
		while (written < copy.length) {
			const piece = this.chunks[c].subarray(at, Math.min(this.chunks[c].length, at + copy.length - written));
			copy.set(piece, written);
			written += piece.length;
			c++;
			at = 0;
		}
		return copy;
	}

	private chunkAt(offset: number): number {
		let low = 0;
		let high = this.starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (this.starts[middle] <= offset) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return low;
	}
}
