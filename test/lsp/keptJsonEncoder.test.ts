import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import { KeptJsonEncoder } from '../../server/src/node/keptJsonEncoder';

const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** A response or notification as vscode-jsonrpc hands it to its encoder. */
const sent = async (encoder: KeptJsonEncoder, message: object) => Buffer.concat(await encoder.encodeParts(message as Message));

test('a kept answer is sent as the library would send it, for each request that asks for it', async () => {
	const encoder = new KeptJsonEncoder();
	const outline = encoder.keep([{ name: '1.“1+4+8”政策体系…', detail: '牵头：市工信局', kind: 22, range: { start: { line: 4, character: 0 }, end: { line: 5, character: 29 } } }]);
	// A string id goes the plain way: one of other characters than ASCII takes more bytes than characters.
	for (const id of [1, 2, 'seven', '请求七', 'é', 3]) {
		const message = { jsonrpc: '2.0', id, result: outline };
		assert.deepEqual(JSON.parse(decoded(await sent(encoder, message))), message);
	}
});

test('a kept answer is sent in ASCII, Chinese escaped, small or large; other messages as UTF-8', async () => {
	const encoder = new KeptJsonEncoder();
	const isAscii = (bytes: Uint8Array) => bytes.every((byte) => byte < 0x80);
	const symbol = { name: '1.“1+4+8”政策体系…', detail: '牵头：市工信局', kind: 22 };
	const small = encoder.keep([symbol]);
	const large = encoder.keep(Array.from({ length: 6_000 }, () => symbol));
	for (const [id, result] of [[1, small], [2, large]] as const) {
		const bytes = await sent(encoder, { jsonrpc: '2.0', id, result });
		assert.ok(isAscii(bytes), `message ${id}`);
		assert.deepEqual(JSON.parse(decoded(bytes)), { jsonrpc: '2.0', id, result });
	}
	const plain = await sent(encoder, { jsonrpc: '2.0', id: 4, result: [symbol] });
	assert.equal(decoded(plain), JSON.stringify({ jsonrpc: '2.0', id: 4, result: [symbol] }));
});

test('its bytes are made once: a change to a kept answer after it was sent is not sent (kept answers do not change)', async () => {
	const encoder = new KeptJsonEncoder();
	const outline = encoder.keep([{ name: '一、重点工作' }]);
	const first = decoded(await sent(encoder, { jsonrpc: '2.0', id: 1, result: outline }));
	outline[0].name = '二、其他';
	assert.deepEqual(JSON.parse(decoded(await sent(encoder, { jsonrpc: '2.0', id: 2, result: outline }))), { ...JSON.parse(first), id: 2 });
});

test('an id too long for the room kept for it is encoded in full', async () => {
	const encoder = new KeptJsonEncoder();
	const outline = encoder.keep([{ name: '一、重点工作' }]);
	const message = { jsonrpc: '2.0', id: 'a request id of forty characters or so..', result: outline };
	assert.equal(decoded(await sent(encoder, message)), JSON.stringify(message));
	assert.deepEqual(JSON.parse(decoded(await sent(encoder, { ...message, id: 12 }))), { ...message, id: 12 });
});

test('other messages and answers are encoded as they are each time', async () => {
	const encoder = new KeptJsonEncoder();
	const answer = [{ name: 'a' }];
	const before = await sent(encoder, { jsonrpc: '2.0', id: 1, result: answer });
	answer[0].name = 'b';
	assert.equal(decoded(await sent(encoder, { jsonrpc: '2.0', id: 1, result: answer })), '{"jsonrpc":"2.0","id":1,"result":[{"name":"b"}]}');
	assert.notEqual(decoded(before), '{"jsonrpc":"2.0","id":1,"result":[{"name":"b"}]}');
	for (const message of [{ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: '读取' } }, { jsonrpc: '2.0', id: 3, result: null }, { jsonrpc: '2.0', id: 4, error: { code: -32603, message: 'x' } }]) {
		assert.equal(decoded(await sent(encoder, message)), JSON.stringify(message));
	}
});

test('a kept answer with its own JSON writer is sent with what the writer writes, once; keeping it again does not change the writer', async () => {
	const encoder = new KeptJsonEncoder();
	let written = 0;
	// The writer's JSON is the answer's, written otherwise (as the outline's is, from its symbols' kept JSON).
	const outline = encoder.keep([{ name: '一、重点工作', kind: 3 }], () => {
		written++;
		return ['[{"name":"一、重点工作",', '"kind":3,"written":"by the writer"}]'];
	});
	assert.equal(encoder.keep(outline, () => ['[]']), outline);
	for (const id of [1, 2]) {
		assert.deepEqual(JSON.parse(decoded(await sent(encoder, { jsonrpc: '2.0', id, result: outline }))), { jsonrpc: '2.0', id, result: [{ name: '一、重点工作', kind: 3, written: 'by the writer' }] });
	}
	assert.equal(written, 1);
	// A string id goes the plain way, the writer unused.
	assert.deepEqual(JSON.parse(decoded(await sent(encoder, { jsonrpc: '2.0', id: 'seven', result: outline }))).result, outline);
});

test('a large answer, kept or not, is encoded in slices with a turn of the event loop between them, into the same message', async () => {
	let turns = 0;
	const encoder = new KeptJsonEncoder(() => {
		turns++;
		return Promise.resolve();
	});
	const symbols = Array.from({ length: 6_000 }, (_, index) => ({ name: `${index + 1}.推进“1+4+8”政策体系落地`, detail: '牵头：市发展改革委', kind: 22 }));
	const kept = encoder.keep(symbols.slice());
	for (const [id, result] of [[1, kept], [2, kept], [3, symbols]] as const) {
		turns = 0;
		const message = { jsonrpc: '2.0', id, result };
		assert.deepEqual(JSON.parse(decoded(await sent(encoder, message))), message);
		// The kept answer's bytes are made once: its second request takes no slices.
		assert.equal(turns > 1, id !== 2, `message ${id}: ${turns} turns`);
	}
});
