import type { ContentTypeDecoder, ContentTypeDecoderOptions, Message } from 'vscode-languageserver/node';

/**
 * Decodes JSON-RPC messages like the library's own decoder, but a large message (a 20 MB notice
 * pasted or opened) is turned from UTF-8 into text a megabyte at a time, yielding to the event
 * loop in between: in one piece that alone blocked the server for about 100 ms.
 */
export function chunkedJsonDecoder(chunkBytes = 1 << 20): ContentTypeDecoder {
	return {
		name: 'application/json',
		async decode(buffer: Uint8Array, options: ContentTypeDecoderOptions): Promise<Message> {
			const decoder = new TextDecoder(options.charset);
			if (buffer.byteLength <= chunkBytes) {
				return JSON.parse(decoder.decode(buffer)) as Message;
			}
			const parts: string[] = [];
			for (let at = 0; at < buffer.byteLength; at += chunkBytes) {
				parts.push(decoder.decode(buffer.subarray(at, at + chunkBytes), { stream: true }));
				await new Promise<void>((resolve) => setImmediate(resolve));
			}
			parts.push(decoder.decode());
			return JSON.parse(parts.join('')) as Message;
		},
	};
}
