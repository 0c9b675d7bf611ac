import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import type { DocumentSymbol } from 'vscode-languageserver/node';
import { documentSymbolConverter, documentSymbolsJson } from '../../server/src/lsp/convert';
import { KeptJsonEncoder } from '../../server/src/node/keptJsonEncoder';
import { SingleWriteMessageWriter, type MessageStream } from '../../server/src/node/singleWriteMessageWriter';

/** A stream that records what reaches it: the chunks of each uncork are one system call (writev) on a socket. */
class RecordingStream implements MessageStream {
	/** Per uncork (or uncorked write), the chunks written together. */
	readonly calls: Buffer[][] = [];
	private corked: Buffer[] | undefined;
	private readonly callbacks: Array<(error?: Error | null) => void> = [];
	private readonly listeners = new Map<string, Array<(...args: never[]) => void>>();
	failNext: Error | undefined;

	cork(): void {
		this.corked = [];
	}

	uncork(): void {
		const chunks = this.corked ?? [];
		this.corked = undefined;
		this.flush(chunks);
	}

	write(chunk: Uint8Array, callback?: (error?: Error | null) => void): boolean {
		if (callback) {
			this.callbacks.push(callback);
		}
		if (this.corked) {
			this.corked.push(Buffer.from(chunk));
		} else {
			this.flush([Buffer.from(chunk)]);
		}
		return true;
	}

	end(): void {}

	on(event: string, listener: (...args: never[]) => void): unknown {
		this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
		return this;
	}

	private flush(chunks: Buffer[]): void {
		const error = this.failNext;
		this.failNext = undefined;
		if (!error) {
			this.calls.push(chunks);
		}
		for (const callback of this.callbacks.splice(0)) {
			setImmediate(() => callback(error ?? null));
		}
	}
}

/** The messages in `bytes`, read as an LSP client reads them (Content-Length headers). */
function messagesIn(bytes: Buffer): unknown[] {
	const messages: unknown[] = [];
	let at = 0;
	while (at < bytes.length) {
		const headerEnd = bytes.indexOf('\r\n\r\n', at);
		const length = Number(/Content-Length: (\d+)/.exec(bytes.subarray(at, headerEnd).toString('ascii'))![1]);
		messages.push(JSON.parse(bytes.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')));
		at = headerEnd + 4 + length;
	}
	return messages;
}

test('each message goes to the stream in one write: its header and its body corked together, in order', async () => {
	const stream = new RecordingStream();
	const writer = new SingleWriteMessageWriter(stream, new KeptJsonEncoder());
	const sent: Message[] = [
		{ jsonrpc: '2.0', id: 1, result: { items: [{ message: '牵头单位缺失' }] } } as Message,
		{ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///通知.txt', diagnostics: [] } } as Message,
		{ jsonrpc: '2.0', id: 2, result: null } as Message,
	];
	await Promise.all(sent.map((message) => writer.write(message)));
	assert.equal(stream.calls.length, 3);
	assert.ok(stream.calls.every((chunks) => chunks.length === 2 && chunks[0].toString('ascii').startsWith('Content-Length: ')));
	assert.deepEqual(messagesIn(Buffer.concat(stream.calls.flat())), sent);
});

test('a failed write rejects its message and is reported; the messages after it are still written', async () => {
	const stream = new RecordingStream();
	const writer = new SingleWriteMessageWriter(stream, new KeptJsonEncoder());
	const errors: unknown[] = [];
	writer.onError(([error]) => errors.push(error));
	stream.failNext = new Error('EPIPE');
	const first = writer.write({ jsonrpc: '2.0', id: 1, result: 1 } as Message);
	const second = writer.write({ jsonrpc: '2.0', id: 2, result: 2 } as Message);
	await assert.rejects(first, /EPIPE/);
	await second;
	assert.equal(errors.length, 1);
	assert.deepEqual(messagesIn(Buffer.concat(stream.calls.flat())), [{ jsonrpc: '2.0', id: 2, result: 2 }]);
});

test('a body larger than a pipe holds, up to a megabyte, goes in one write with its header (the 200 KB notice\'s outline); one of megabytes after its header', async () => {
	const stream = new RecordingStream();
	const writer = new SingleWriteMessageWriter(stream, new KeptJsonEncoder());
	const large = { jsonrpc: '2.0', id: 1, result: '任务'.repeat(40_000) } as Message;
	const small = { jsonrpc: '2.0', id: 2, result: null } as Message;
	const megabytes = { jsonrpc: '2.0', id: 3, result: '任务'.repeat(200_000) } as Message;
	await Promise.all([writer.write(large), writer.write(small), writer.write(megabytes)]);
	assert.deepEqual(stream.calls.map((chunks) => chunks.length), [2, 2, 1, 1]);
	assert.ok(stream.calls[0][0].toString('ascii').startsWith('Content-Length: ') && stream.calls[2][0].toString('ascii').startsWith('Content-Length: '));
	assert.deepEqual(messagesIn(Buffer.concat(stream.calls.flat())), [large, small, megabytes]);
});

test('a body of megabytes is written a part at a time, other work running between parts; a smaller one in one go', async () => {
	for (const [partBytes, expectTurns] of [[400 * 1024, true], [100 * 1024, false]] as const) {
		const stream = new RecordingStream();
		const parts = [Buffer.from('{"jsonrpc":"2.0","id":1,"result":"'), ...Array.from({ length: 4 }, () => Buffer.alloc(partBytes, 'a')), Buffer.from('"}')];
		const writer = new SingleWriteMessageWriter(stream, { encodeParts: () => Promise.resolve(parts) });
		// What other work sees: how many writes had reached the stream at each turn of the event loop while the message was written.
		const seen: number[] = [];
		let writing = true;
		const watch = () => {
			seen.push(stream.calls.length);
			if (writing) {
				setImmediate(watch);
			}
		};
		setImmediate(watch);
		await writer.write({ jsonrpc: '2.0', id: 1, result: '' } as Message);
		writing = false;
		const between = seen.filter((count) => count > 1 && count < parts.length + 1);
		assert.equal(between.length > 0, expectTurns, `${partBytes}-byte parts: writes seen at each turn ${seen.join(',')}`);
		const [message] = messagesIn(Buffer.concat(stream.calls.flat())) as Array<{ result: string }>;
		assert.equal(message.result.length, 4 * partBytes);
	}
});

test("a request of the server's goes before the event loop's next turn (its answer comes while the server works); answers and notifications wait for a turn", async () => {
	const stream = new RecordingStream();
	const writer = new SingleWriteMessageWriter(stream, new KeptJsonEncoder());
	const request = { jsonrpc: '2.0', id: 0, method: 'workspace/configuration', params: { items: [{ section: 'breakdown' }] } } as Message;
	const notification = { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 4, message: 'x' } } as Message;
	const answer = { jsonrpc: '2.0', id: 3, result: null } as Message;
	// What runs in the next turn (a notice's read, 50–100 ms, in a new server): what had reached the stream by then.
	const seenAtNextTurn = new Promise<unknown[]>((resolve) => setImmediate(() => resolve(messagesIn(Buffer.concat(stream.calls.flat())))));
	const written = [writer.write(request), writer.write(notification), writer.write(answer)];
	assert.deepEqual(await seenAtNextTurn, [request]);
	await Promise.all(written);
	assert.deepEqual(messagesIn(Buffer.concat(stream.calls.flat())), [request, notification, answer]);
	// After a message still waiting for its turn, a request waits for it: the order is kept.
	const later = new RecordingStream();
	const second = new SingleWriteMessageWriter(later, new KeptJsonEncoder());
	await Promise.all([second.write(answer), second.write(request)]);
	assert.deepEqual(messagesIn(Buffer.concat(later.calls.flat())), [answer, request]);
});

test('the outline as the server sends it, in ASCII: names past U+FFFF, quotes, backslashes, line separators and a lone surrogate read back the same, Content-Length in bytes', async () => {
	const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });
	const names = ['1.𠮷野家“1+4+8”…', '2.扩大"投资"\\。', '3.甲\u2028乙\u2029丙', '4.a\ud800b', '5.\\u4e2d 是六个字符', '6.é·'];
	const tasks = Array.from({ length: 600 }, (_, index) => ({ kind: 'task' as const, name: names[index % names.length], detail: '牵头：市财政局', range: at(index + 2), selectionRange: at(index + 2), children: [] }));
	const outline = [{ kind: 'section' as const, name: '一、𠮷"\\', detail: '', range: at(1), selectionRange: at(1), children: tasks }];
	const { symbols } = documentSymbolConverter()(outline);
	const fragments = new WeakMap<DocumentSymbol, string>();
	const encoder = new KeptJsonEncoder();
	// Stringified whole (a first outline), written from each symbol's kept JSON (an outline after an edit), and small (below 64 KB).
	const whole = encoder.keep([...symbols]);
	const pieces = [...symbols];
	encoder.keep(pieces, () => documentSymbolsJson(pieces, fragments));
	const small = encoder.keep(symbols[0].children!.slice(0, names.length));
	for (const answer of [whole, pieces, small]) {
		const stream = new RecordingStream();
		await new SingleWriteMessageWriter(stream, encoder).write({ jsonrpc: '2.0', id: 7, result: answer } as Message);
		const bytes = Buffer.concat(stream.calls.flat());
		assert.ok(bytes.every((byte) => byte < 0x80));
		assert.deepEqual(messagesIn(bytes), [{ jsonrpc: '2.0', id: 7, result: answer }]);
	}
});
