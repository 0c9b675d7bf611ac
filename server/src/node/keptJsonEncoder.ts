import type { Message } from 'vscode-languageserver/node';
import { hasMoreElementsThan, jsonPieces } from './jsonPieces';
import { asciiJson } from '../lsp/asciiJson';
import { utf8OfPieces } from './utf8InSlices';

/** Room for a response's id in a kept message: JSON allows the spaces that pad a shorter one. Number ids only: their characters are bytes. */
const ID_ROOM = 24;
const HEAD = Buffer.from('{"jsonrpc":"2.0","id":');
/**
 * A message whose arrays hold more objects than this in its first levels is written in pieces (see
 * jsonPieces); one with fewer, by one JSON.stringify, which is quicker for it: the outline of a
 * 200 KB notice (1,123 tasks) is below it.
 */
const PIECES_ABOVE_ELEMENTS = 4_096;
/**
 * Parts of a message up to this size are joined into one buffer: written as the library writes a
 * body, in one write after its header: the 200 KB notice's outline is otherwise eleven parts, and
 * eleven writes where one does.
 */
const JOINED_UP_TO_BYTES = 1024 * 1024;

/**
 * Encodes JSON-RPC messages like the library's own encoder, but an answer marked with `keep` (one
 * the server sends again and again unchanged: a document version's outline, a unit's references
 * across the workspace) is turned into UTF-8 JSON once: each response reuses the message's
 * buffers, only its id written anew in the first. The outline of a 200 KB notice is a quarter-megabyte answer,
 * and stringifying it took about as long as the client's parsing of it; a unit's references are
 * megabytes, which each request allocated again (the server's peak memory).
 * The first buffer may be rewritten at the next encoding: SingleWriteMessageWriter encodes a
 * message only once the one before it is written. A kept answer must not change after it is marked; its bytes
 * go when the answer does (a WeakMap).
 * A kept answer's bytes are ASCII (asciiJson): they are large, and the client decodes them at every
 * request. A writer (`keep`'s `json`) writes ASCII itself: the outline's escapes each symbol's JSON
 * once, where a pass over the whole answer here took some 0.13 ms a version, for nothing.
 */
export class KeptJsonEncoder {
	/** A kept answer → its response message once sent (undefined until then), and what writes its JSON when not JSON.stringify. */
	private readonly kept = new WeakMap<object, { parts: Buffer[] | undefined; json: (() => readonly string[]) | undefined }>();

	/** `yieldToEventLoop`: what a large message's encoding waits for between its slices (see utf8OfPieces). */
	constructor(private readonly yieldToEventLoop: () => Promise<void> = () => Promise.resolve()) {}

	/** `json`: writes the answer's JSON in pieces, in ASCII (the outline's, from its symbols' JSON kept across versions); by default JSON.stringify, escaped here. */
	keep<T extends object>(answer: T, json?: () => readonly string[]): T {
		if (!this.kept.has(answer)) {
			this.kept.set(answer, { parts: undefined, json });
		}
		return answer;
	}

	/** The message's JSON in UTF-8, in the parts it was encoded in: written one after another, they are the message. */
	async encodeParts(message: Message): Promise<readonly Buffer[]> {
		const { jsonrpc, id, result } = message as { jsonrpc?: string; id?: number | string | null; result?: unknown };
		const idJson = JSON.stringify(id);
		if (typeof result !== 'object' || result === null || !this.kept.has(result) || jsonrpc !== '2.0' || typeof id !== 'number' || idJson.length > ID_ROOM) {
			return this.partsOf(message);
		}
		const kept = this.kept.get(result)!;
		let parts = kept.parts;
		if (parts === undefined) {
			const head = Buffer.from(`${HEAD.toString()}${' '.repeat(ID_ROOM)},"result":`, 'utf-8');
			const body = kept.json ? await utf8OfPieces(kept.json(), this.yieldToEventLoop) : await this.partsOf(result, asciiJson);
			// Another request for the same answer may have been encoded while this one waited.
			kept.parts ??= joinedIfSmall([head, ...body, Buffer.from('}')]);
			parts = kept.parts;
		}
		parts[0].write(idJson.padEnd(ID_ROOM), HEAD.length, 'utf-8');
		return parts;
	}

	private async partsOf(value: unknown, escape?: (json: string) => string): Promise<Buffer[]> {
		if (!hasMoreElementsThan(value, PIECES_ABOVE_ELEMENTS)) {
			const json = JSON.stringify(value);
			return [Buffer.from(escape ? escape(json) : json, 'utf-8')];
		}
		return joinedIfSmall(await utf8OfPieces(jsonPieces(value), this.yieldToEventLoop, escape));
	}
}

function joinedIfSmall(parts: Buffer[]): Buffer[] {
	let length = 0;
	for (const part of parts) {
		length += part.length;
	}
	return parts.length > 1 && length <= JOINED_UP_TO_BYTES ? [Buffer.concat(parts, length)] : parts;
}
