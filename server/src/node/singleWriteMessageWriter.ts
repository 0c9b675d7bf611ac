import type { Message, MessageWriter } from 'vscode-languageserver/node';
import { AbstractMessageWriter, Message as Messages } from './languageServerNode';

/** What the writer writes to: process.stdout, or a test's stream. */
export interface MessageStream {
	cork(): void;
	uncork(): void;
	write(chunk: Uint8Array, callback?: (error?: Error | null) => void): boolean;
	end(): void;
	on(event: 'error', listener: (error: Error) => void): unknown;
	on(event: 'close', listener: () => void): unknown;
}

/** What encodes a message: its JSON in UTF-8, in parts that, written one after another, are the message (see KeptJsonEncoder). */
export interface MessagePartsEncoder {
	encodeParts(message: Message): Promise<readonly Uint8Array[]>;
}

/**
 * A body larger than this (the 2 MB notice's outline, 2.9 MB) is written after its header, a part at
 * a time with a turn of the event loop between parts: the server's stdout is a pipe, written
 * synchronously, and a write waits for the client to read. Written corked in one go, the longest
 * event-loop block of the outline's request was 40–74 ms (median 52) against 33–60 (median 42) for
 * one write after the header, seven servers each, interleaved. A smaller body goes in one write with
 * its header: the 200 KB notice's outline (325 KB) written after a write of its header alone cost
 * the server a second system call and the client a read of 25 bytes at every request.
 */
const PARTS_IN_TURNS_BYTES = 1024 * 1024;

function nextTurn(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Writes each JSON-RPC message to the stream in one system call: its header and its body written
 * corked, so that a socket or pipe gets them as one `writev`. The library's writer writes the
 * header, waits for it, then writes the body: two writes a message. A keystroke's answer then cost
 * two system calls, and on the benchmark's machine the header's alone took about 0.14 ms (profiled,
 * 2,000 keystrokes), some 5 % of a keystroke in a 200 KB notice.
 *
 * Messages are encoded and written one after another, each once the one before is written (the
 * kept-answer encoder rewrites its buffer at the next encoding: see KeptJsonEncoder).
 */
export class SingleWriteMessageWriter extends AbstractMessageWriter implements MessageWriter {
	private queue: Promise<void> = Promise.resolve();
	private errorCount = 0;

	constructor(
		private readonly stream: MessageStream,
		private readonly encoder: MessagePartsEncoder,
	) {
		super();
		stream.on('error', (error) => this.fireError(error));
		stream.on('close', () => this.fireClose());
	}

	write(message: Message): Promise<void> {
		// In a turn of the event loop of its own, as the library's writer does: encoding a large
		// answer (the 2 MB notice's outline, 2.5 MB of JSON, some 30 ms) right after the request that
		// made it (another 28) was one block of 58 ms. A request of the server's (the settings, a
		// refresh: small; a workspace edit writing a registry is the largest, encoded in this turn)
		// goes at once, after the messages before it: the client answers it while the
		// server works. The settings' request, sent at `initialized`, waited for its turn behind the
		// read of the notice opened right after (50–100 ms in a new server), and the first diagnostics,
		// which wait for the settings, then waited for the client's answer after that read.
		const written = (Messages.isRequest(message) ? this.queue : this.queue.then(nextTurn)).then(() => this.encodeAndWrite(message));
		// The next message waits for this one, written or failed.
		this.queue = written.catch(() => undefined);
		return written;
	}

	end(): void {
		this.stream.end();
	}

	private async encodeAndWrite(message: Message): Promise<void> {
		try {
			const parts = await this.encoder.encodeParts(message);
			let length = 0;
			for (const part of parts) {
				length += part.byteLength;
			}
			const header = Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii');
			if (length <= PARTS_IN_TURNS_BYTES) {
				await this.writeCorked([header, ...parts]);
				return;
			}
			this.stream.write(header);
			for (let index = 0; index < parts.length - 1; index++) {
				this.stream.write(parts[index]);
				await nextTurn();
			}
			await this.writeCorked(parts.slice(-1));
		} catch (error) {
			this.errorCount++;
			this.fireError(error, message, this.errorCount);
			throw error;
		}
	}

	/** `chunks` in one system call; resolved when the last is written, rejected if it fails. */
	private writeCorked(chunks: readonly Uint8Array[]): Promise<void> {
		return new Promise<void>((resolve, reject) => {
			this.stream.cork();
			for (let index = 0; index < chunks.length; index++) {
				if (index < chunks.length - 1) {
					this.stream.write(chunks[index]);
				} else {
					this.stream.write(chunks[index], (error) => (error ? reject(error) : resolve()));
				}
			}
			this.stream.uncork();
		});
	}
}
