import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import { DECODE_LIMITS, decodeJsonMessage } from '../../server/src/node/chunkedJsonDecoder';
import { ChunkedMessageReader } from '../../server/src/node/chunkedMessageReader';

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

function framed(message: object): Buffer {
	const body = Buffer.from(JSON.stringify(message), 'utf8');
	return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n`, 'ascii'), body]);
}

/** What a reader delivers of `stream` written in pieces cut at `places`; the last pieces' messages are awaited. */
async function read(stream: Buffer, places: readonly number[], limits = DECODE_LIMITS, expected: number): Promise<{ messages: Message[]; errors: Error[] }> {
	const input = new PassThrough();
	const reader = new ChunkedMessageReader(input, (chunks, length) => decodeJsonMessage(chunks, length, limits, immediate));
	const messages: Message[] = [];
	const errors: Error[] = [];
	const done = new Promise<void>((resolve) => {
		reader.listen((message) => {
			messages.push(message);
			if (messages.length === expected) {
				resolve();
			}
		});
		reader.onError((error) => {
			errors.push(error);
			resolve();
		});
	});
	let at = 0;
	for (const place of [...new Set(places.map((p) => p % (stream.length + 1)))].sort((a, b) => a - b)) {
		input.write(stream.subarray(at, place));
		at = place;
	}
	input.write(stream.subarray(at));
	if (expected > 0) {
		await done;
	}
	return { messages, errors };
}

test('messages written in any pieces (headers and characters cut too) are delivered whole and in order, a long one among short ones', async () => {
	const messages = [
		{ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} },
		{ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a.txt', text: '1.任务𠀀、牵头单位：市发改委\r\n'.repeat(200) } } },
		{ jsonrpc: '2.0', id: 2, method: 'textDocument/diagnostic', params: { textDocument: { uri: 'file:///a.txt' } } },
	];
	const stream = Buffer.concat(messages.map(framed));
	await fc.assert(
		fc.asyncProperty(fc.array(fc.nat(), { maxLength: 20 }), async (places) => {
			// Small limits: the long text is decoded apart, in pieces, while the short messages behind it wait their turn.
			const { messages: read_, errors } = await read(stream, places, { pieceBytes: 256, largeStringBytes: 512 }, messages.length);
			assert.deepEqual(errors, []);
			assert.deepEqual(read_, messages);
		}),
		{ numRuns: 150, seed: 20 },
	);
});

test('headers without a Content-Length are an error', async () => {
	const { errors } = await read(Buffer.from('Content-Type: application/json\r\n\r\n{}', 'ascii'), [], DECODE_LIMITS, 1);
	assert.equal(errors.length, 1);
	assert.match(errors[0].message, /Content-Length/);
});

test('a body that is not JSON is an error, and the next message is still read', async () => {
	const bad = Buffer.from('Content-Length: 3\r\n\r\n{x}', 'ascii');
	const input = new PassThrough();
	const reader = new ChunkedMessageReader(input, (chunks, length) => decodeJsonMessage(chunks, length, DECODE_LIMITS, immediate));
	const errors: Error[] = [];
	const next = new Promise<Message>((resolve) => reader.listen(resolve));
	reader.onError((error) => errors.push(error));
	input.write(Buffer.concat([bad, framed({ jsonrpc: '2.0', method: 'exit' })]));
	assert.deepEqual(await next, { jsonrpc: '2.0', method: 'exit' });
	assert.equal(errors.length, 1);
});

test('a Content-Length given twice is read as the library reads it: the last one', async () => {
	const body = JSON.stringify({ jsonrpc: '2.0', method: 'exit' });
	const { messages, errors } = await read(Buffer.from(`Content-Length: 2\r\ncontent-length: ${body.length}\r\n\r\n${body}`, 'ascii'), [], DECODE_LIMITS, 1);
	assert.deepEqual(errors, []);
	assert.deepEqual(messages, [{ jsonrpc: '2.0', method: 'exit' }]);
});
