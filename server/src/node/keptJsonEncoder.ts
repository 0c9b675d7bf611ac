import type { ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

/** Room for a response's id in a kept message: JSON allows the spaces that pad a shorter one. Number ids only: their characters are bytes. */
const ID_ROOM = 24;
const HEAD = Buffer.from('{"jsonrpc":"2.0","id":');

/**
 * Encodes JSON-RPC messages like the library's own encoder, but an answer marked with `keep` (one
 * the server sends again and again unchanged: a document version's outline, a unit's references
 * across the workspace) is turned into UTF-8 JSON once: each response reuses the one message
 * buffer, only its id written anew. The outline of a 200 KB notice is a quarter-megabyte answer,
 * and stringifying it took about as long as the client's parsing of it; a unit's references are
 * megabytes, which each request allocated again (the server's peak memory).
 * The buffer may be rewritten at the next encoding: vscode-jsonrpc's writer encodes a message only
 * once the one before it is written. A kept answer must not change after it is marked; its bytes
 * go when the answer does (a WeakMap).
 */
export class KeptJsonEncoder {
	readonly name = 'application/json';
	/** A kept answer → its response message once sent (undefined until then), and what writes its JSON when not JSON.stringify. */
	private readonly kept = new WeakMap<object, { bytes: Buffer | undefined; json: (() => string) | undefined }>();

	/** `json`: writes the answer's JSON (the outline's, from its symbols' JSON kept across versions); by default JSON.stringify. */
	keep<T extends object>(answer: T, json?: () => string): T {
		if (!this.kept.has(answer)) {
			this.kept.set(answer, { bytes: undefined, json });
		}
		return answer;
	}

	encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
		try {
			const { jsonrpc, id, result } = message as { jsonrpc?: string; id?: number | string | null; result?: unknown };
			const idJson = JSON.stringify(id);
			if (typeof result !== 'object' || result === null || !this.kept.has(result) || options.charset !== 'utf-8' || jsonrpc !== '2.0' || typeof id !== 'number' || idJson.length > ID_ROOM) {
				return Promise.resolve(Buffer.from(JSON.stringify(message), options.charset));
			}
			const kept = this.kept.get(result)!;
			let bytes = kept.bytes;
			if (bytes === undefined) {
				bytes = Buffer.from(`${HEAD.toString()}${' '.repeat(ID_ROOM)},"result":${kept.json ? kept.json() : JSON.stringify(result)}}`, 'utf-8');
				kept.bytes = bytes;
			}
			bytes.write(idJson.padEnd(ID_ROOM), HEAD.length, 'utf-8');
			return Promise.resolve(bytes);
		} catch (error) {
			return Promise.reject(error);
		}
	}
}
