import type { ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

/**
 * Encodes JSON-RPC messages like the library's own encoder, but an answer marked with `keep` (one
 * the server sends again and again unchanged: a document version's outline) is turned into UTF-8
 * JSON once and its bytes are reused: the outline of a 200 KB notice is a quarter-megabyte answer,
 * and stringifying it took about as long as the client's parsing of it.
 * A kept answer must not change after it is marked; its bytes go when the answer does (a WeakMap).
 */
export class KeptJsonEncoder {
	readonly name = 'application/json';
	/** A kept answer → its JSON bytes once it has been sent (undefined until then). */
	private readonly kept = new WeakMap<object, Buffer | undefined>();

	keep<T extends object>(answer: T): T {
		if (!this.kept.has(answer)) {
			this.kept.set(answer, undefined);
		}
		return answer;
	}

	encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
		try {
			const result = (message as { result?: unknown }).result;
			if (typeof result !== 'object' || result === null || !this.kept.has(result) || options.charset !== 'utf-8') {
				return Promise.resolve(Buffer.from(JSON.stringify(message), options.charset));
			}
			let bytes = this.kept.get(result);
			if (bytes === undefined) {
				bytes = Buffer.from(JSON.stringify(result), 'utf-8');
				this.kept.set(result, bytes);
			}
			// A response is `{jsonrpc, id, result}` (vscode-jsonrpc's own order); only the id differs from one sending to the next.
			const { jsonrpc, id } = message as { jsonrpc: string; id: number | string | null };
			return Promise.resolve(Buffer.concat([Buffer.from(`{"jsonrpc":${JSON.stringify(jsonrpc)},"id":${JSON.stringify(id)},"result":`, 'utf-8'), bytes, CLOSE]));
		} catch (error) {
			return Promise.reject(error);
		}
	}
}

const CLOSE = Buffer.from('}');
