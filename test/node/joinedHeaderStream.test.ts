import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { StreamMessageWriter } from 'vscode-languageserver/node';
import { Writable } from 'node:stream';
import { JoinedHeaderStream } from '../../server/src/node/joinedHeaderStream';

/** A pipe that records each write it is asked for (writev: one write of several chunks). */
function recordingPipe(): { pipe: Writable; writes: string[] } {
	const writes: string[] = [];
	const pipe = new Writable({
		write(chunk: Buffer, _encoding, callback) {
			writes.push(chunk.toString('utf-8'));
			callback();
		},
		writev(chunks, callback) {
			writes.push(chunks.map(({ chunk }) => (chunk as Buffer).toString('utf-8')).join(''));
			callback();
		},
	});
	return { pipe, writes };
}

test('each message goes to the pipe in one write, header and body together, as the library frames it', async () => {
	const { pipe, writes } = recordingPipe();
	const writer = new StreamMessageWriter(new JoinedHeaderStream(pipe), { charset: 'utf-8' });
	const messages = [
		{ jsonrpc: '2.0', id: 1, result: { kind: 'full', items: [] } },
		{ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///通知.txt', diagnostics: [{ message: '缺少牵头单位' }] } },
		{ jsonrpc: '2.0', id: 2, result: null },
	];
	for (const message of messages) {
		await writer.write(message as never);
	}
	assert.equal(writes.length, messages.length);
	writes.forEach((write, index) => {
		const body = JSON.stringify(messages[index]);
		assert.equal(write, `Content-Length: ${Buffer.byteLength(body, 'utf-8')}\r\n\r\n${body}`);
	});
});

test('a write that is no header passes on as it is', async () => {
	const { pipe, writes } = recordingPipe();
	const stream = new JoinedHeaderStream(pipe);
	await new Promise<void>((resolve) => stream.write('Content-Length: 2\r\n', () => resolve()));
	await new Promise<void>((resolve) => stream.write('{}', () => resolve()));
	assert.deepEqual(writes, ['Content-Length: 2\r\n', '{}']);
});
