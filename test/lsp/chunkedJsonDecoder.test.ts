import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeJsonMessage, type DecodeLimits } from '../../server/src/node/chunkedJsonDecoder';

const encoder = new TextEncoder();

/** The bytes cut into chunks at the given places (sorted, within the bytes). */
function cut(bytes: Uint8Array, places: readonly number[]): Uint8Array[] {
	const chunks: Uint8Array[] = [];
	let at = 0;
	for (const place of [...places].sort((a, b) => a - b)) {
		chunks.push(bytes.subarray(at, place));
		at = place;
	}
	chunks.push(bytes.subarray(at));
	return chunks;
}

async function decode(value: unknown, limits: DecodeLimits, places: readonly number[] = []): Promise<{ message: unknown; yields: number }> {
	const bytes = encoder.encode(JSON.stringify(value));
	let yields = 0;
	const message = await decodeJsonMessage(
		cut(bytes, places.map((place) => place % (bytes.length + 1))),
		bytes.length,
		limits,
		async () => {
			yields++;
		},
	);
	return { message, yields };
}

/** Characters where a cut would go wrong: escapes (`\"`, `\\`, `\n`, `\u0001`), astral characters, a lone surrogate, U+FEFF (a decoder may take it for a byte-order mark). */
const character = fc.constantFrom('a', ' ', '"', '\\', '\n', '\r', '\t', '\u0001', '\u001f', '市', '、', '：', '😀', '𠀀', '\ud83d', '\ude00', '/', 'é', '\ufeff');
const text = fc.string({ unit: character, maxLength: 300 });
const message = fc.record({
	jsonrpc: fc.constant('2.0'),
	method: fc.constantFrom('textDocument/didOpen', 'textDocument/didChange'),
	params: fc.record({
		text,
		changes: fc.array(fc.record({ text, rangeLength: fc.nat() }), { maxLength: 4 }),
		nested: fc.array(fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null)), { maxLength: 5 }),
	}),
});

test('a message decoded in pieces, its long strings apart, equals JSON.parse of the whole (random messages, limits and chunks; escapes and characters at every cut)', async () => {
	await fc.assert(
		fc.asyncProperty(message, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 80 }), fc.array(fc.nat(), { maxLength: 12 }), async (value, pieceBytes, largeStringBytes, places) => {
			const { message: decoded } = await decode(value, { pieceBytes, largeStringBytes }, places);
			assert.deepEqual(decoded, JSON.parse(JSON.stringify(value)));
		}),
		{ numRuns: 600, seed: 20 },
	);
});

test('a long string is decoded in pieces, and the scan for it lets the event loop run too, in a message that came in one chunk', async () => {
	const value = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a.txt', text: '1.任务𠀀、牵头单位：市发改委\r\n"引号"\\'.repeat(500) } } };
	const bytes = encoder.encode(JSON.stringify(value)).length;
	const { message: decoded, yields } = await decode(value, { pieceBytes: 1024, largeStringBytes: 4096 });
	assert.deepEqual(decoded, value);
	// A turn per KB scanned, and one per KB piece of the text decoded.
	assert.ok(yields >= 1.8 * Math.floor(bytes / 1024), `${yields} yields for ${bytes} bytes`);
});

test('U+FEFF stays in a long text: at its start, and where a piece begins', async () => {
	for (const text of ['\ufeff' + 'a'.repeat(5000), 'a'.repeat(1024) + '\ufeff' + 'b'.repeat(3000), '\ufeff'.repeat(3000)]) {
		const value = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { text } } };
		for (const pieceBytes of [1024, 1023, 7]) {
			const { message } = await decode(value, { pieceBytes, largeStringBytes: 100 });
			assert.equal((message as typeof value).params.textDocument.text, text, `pieces of ${pieceBytes} bytes`);
		}
	}
});

test('a long string as a property name is parsed with the message whole', async () => {
	const key = 'k'.repeat(200);
	const value = { [key]: 'v'.repeat(300), other: ['x'.repeat(250)] };
	assert.deepEqual((await decode(value, { pieceBytes: 16, largeStringBytes: 100 })).message, value);
});

test('a message that is not JSON is refused', async () => {
	const bytes = encoder.encode('{"a": "' + 'x'.repeat(100) + '", ]');
	await assert.rejects(decodeJsonMessage([bytes], bytes.length, { pieceBytes: 8, largeStringBytes: 16 }, async () => undefined));
});
