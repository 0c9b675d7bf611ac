import { Writable } from 'node:stream';

const HEADER_START = Buffer.from('Content-Length:', 'ascii');
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

/** What a message's header is written to: a stream that can hold writes back and pass them on together. */
export interface CorkableStream {
	write(chunk: Buffer, callback: (error?: Error | null) => void): boolean;
	write(chunk: Buffer): boolean;
	cork(): void;
	uncork(): void;
	on(event: 'error', listener: (error: Error) => void): unknown;
	on(event: 'close', listener: () => void): unknown;
}

/**
 * The stream a message writer writes to, passing each message's header and body on in one write:
 * vscode-jsonrpc writes the header (`Content-Length: …\r\n\r\n`) and then the body, two writes to
 * a pipe for every message (over stdio, a pipe write is a system call that wakes the client). Per
 * keystroke the server answers the diagnostics pull, and the header's write alone was a tenth of
 * the server's busy time while a clerk typed. The header is held back until the body comes (the
 * writer writes one message at a time), then both go out corked: a pipe takes them in one writev.
 */
export class JoinedHeaderStream extends Writable {
	private header: Buffer | undefined;

	constructor(private readonly out: CorkableStream) {
		super({ decodeStrings: true });
		// The writer learns of the pipe's end from this stream.
		out.on('error', (error) => this.destroy(error));
		out.on('close', () => this.destroy());
	}

	override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
		if (this.header === undefined && isHeader(chunk)) {
			this.header = chunk;
			callback();
			return;
		}
		const header = this.header;
		this.header = undefined;
		if (header === undefined) {
			this.out.write(chunk, callback);
			return;
		}
		this.out.cork();
		this.out.write(header);
		this.out.write(chunk, callback);
		this.out.uncork();
	}
}

function isHeader(chunk: Buffer): boolean {
	return chunk.length >= HEADER_START.length + HEADER_END.length && chunk.subarray(0, HEADER_START.length).equals(HEADER_START) && chunk.subarray(chunk.length - HEADER_END.length).equals(HEADER_END);
}
