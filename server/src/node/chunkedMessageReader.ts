import type { DataCallback, Disposable, Message, MessageReader } from 'vscode-languageserver/node';
import { AbstractMessageReader } from './languageServerNode';

const CR = 0x0d;
const LF = 0x0a;

/** Turns a message's body (its bytes as the stream gave them, in order) into the message. */
export type BodyDecoder = (chunks: readonly Uint8Array[], length: number) => Promise<Message>;

/**
 * Reads JSON-RPC messages (`Content-Length` headers, then the body) from a stream, as the
 * library's StreamMessageReader does, but hands the body over as the chunks the stream gave:
 * the library copies a body into one buffer first, and for a 20 MB notice that copy alone
 * blocked the server for 70–80 ms (a buffer of 20 MB, every page of it new). Messages are
 * decoded one after the other, so they are delivered in the order they came.
 */
export class ChunkedMessageReader extends AbstractMessageReader implements MessageReader {
	private chunks: Uint8Array[] = [];
	private buffered = 0;
	/** The body length the last headers announced; -1 while headers are awaited. */
	private bodyLength = -1;
	private decoding: Promise<void> = Promise.resolve();

	constructor(
		private readonly readable: NodeJS.ReadableStream,
		private readonly decode: BodyDecoder,
	) {
		super();
	}

	listen(callback: DataCallback): Disposable {
		const onData = (data: Buffer | string) => this.onData(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, callback);
		const onError = (error: unknown) => this.fireError(error);
		const onClose = () => this.fireClose();
		this.readable.on('data', onData);
		this.readable.on('error', onError);
		this.readable.on('close', onClose);
		return {
			dispose: () => {
				this.readable.off('data', onData);
				this.readable.off('error', onError);
				this.readable.off('close', onClose);
			},
		};
	}

	private onData(data: Uint8Array, callback: DataCallback): void {
		this.chunks.push(data);
		this.buffered += data.length;
		for (;;) {
			if (this.bodyLength < 0) {
				const headers = this.takeHeaders();
				if (headers === undefined) {
					return;
				}
				const length = contentLength(headers);
				if (length === undefined) {
					this.fireError(new Error(`Header must provide a valid Content-Length property: ${headers}`));
					return;
				}
				this.bodyLength = length;
			}
			if (this.buffered < this.bodyLength) {
				return;
			}
			const length = this.bodyLength;
			const body = this.take(length);
			this.bodyLength = -1;
			this.decoding = this.decoding
				.then(async () => callback(await this.decode(body, length)))
				.catch((error: unknown) => this.fireError(error));
		}
	}

	/** The header section up to its empty line, taken from the buffer; undefined until it has all come. */
	private takeHeaders(): string | undefined {
		let state = 0;
		let offset = 0;
		for (const chunk of this.chunks) {
			for (let i = 0; i < chunk.length; i++) {
				const byte = chunk[i];
				state = byte === CR ? (state === 2 ? 3 : 1) : byte === LF && (state === 1 || state === 3) ? state + 1 : 0;
				if (state === 4) {
					return Buffer.concat(this.take(offset + i + 1)).toString('ascii');
				}
			}
			offset += chunk.length;
		}
		return undefined;
	}

	/** The next `length` bytes, as views of the chunks they are in. */
	private take(length: number): Uint8Array[] {
		const taken: Uint8Array[] = [];
		let left = length;
		while (left > 0) {
			const chunk = this.chunks[0];
			if (chunk.length <= left) {
				taken.push(chunk);
				this.chunks.shift();
				left -= chunk.length;
			} else {
				taken.push(chunk.subarray(0, left));
				this.chunks[0] = chunk.subarray(left);
				left = 0;
			}
		}
		this.buffered -= length;
		return taken;
	}
}

/** The header's value as the library reads it: the last one given, its leading digits. */
function contentLength(headers: string): number | undefined {
	let length: number | undefined;
	for (const line of headers.split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === 'content-length') {
			const value = parseInt(line.slice(colon + 1).trim(), 10);
			length = Number.isNaN(value) ? undefined : value;
		}
	}
	return length;
}
