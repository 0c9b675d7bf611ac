import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonPieces } from '../../server/src/node/jsonPieces';
import { SLICE_CHARS, utf8InSlices, utf8OfPieces } from '../../server/src/node/utf8InSlices';

function counter() {
	const turns = { count: 0 };
	return { turns, yieldToEventLoop: () => { turns.count++; return Promise.resolve(); } };
}

test('a short string is encoded in one go, without a yield', async () => {
	const { turns, yieldToEventLoop } = counter();
	const text = '{"name":"市发展改革委"}';
	assert.deepEqual(await utf8InSlices(text, yieldToEventLoop), [Buffer.from(text, 'utf-8')]);
	assert.equal(turns.count, 0);
});

test('a long string is encoded slice by slice, a yield after each, into the same bytes', async () => {
	const { turns, yieldToEventLoop } = counter();
	const text = '牵头单位：市发展改革委；责任单位：各区人民政府。\n'.repeat(Math.ceil((2.5 * SLICE_CHARS) / 24));
	const parts = await utf8InSlices(text, yieldToEventLoop);
	assert.deepEqual(Buffer.concat(parts), Buffer.from(text, 'utf-8'));
	assert.equal(parts.length, Math.ceil(text.length / SLICE_CHARS));
	assert.equal(turns.count, parts.length);
});

test('a surrogate pair on a slice boundary stays whole', async () => {
	const { yieldToEventLoop } = counter();
	// "𠀀" (U+20000) is two UTF-16 units: placed so that its high half is the last unit of the first slice.
	for (const before of [SLICE_CHARS - 1, SLICE_CHARS - 2, SLICE_CHARS]) {
		const text = `${'a'.repeat(before)}𠀀${'单'.repeat(SLICE_CHARS)}𠀀`;
		const bytes = Buffer.concat(await utf8InSlices(text, yieldToEventLoop));
		assert.deepEqual(bytes, Buffer.from(text, 'utf-8'), `pair after ${before} units`);
		assert.equal(bytes.toString('utf-8'), text);
	}
});

test('JSON pieces are encoded in groups, with turns of the event loop between them, into the JSON of the value', async () => {
	const { turns, yieldToEventLoop } = counter();
	const outline = Array.from({ length: 12 }, (_, section) => ({
		name: `${section + 1}、重点工作`,
		children: Array.from({ length: 900 }, (_, task) => ({ name: `${task + 1}.推进“1+4+8”政策体系落地`, detail: '牵头：市发展改革委', kind: 22, range: { start: { line: task, character: 0 }, end: { line: task, character: 12 } } })),
	}));
	const value = { jsonrpc: '2.0', id: 7, result: outline };
	const parts = await utf8OfPieces(jsonPieces(value), yieldToEventLoop);
	assert.equal(Buffer.concat(parts).toString('utf-8'), JSON.stringify(value));
	const json = JSON.stringify(value).length;
	assert.ok(turns.count >= Math.floor(json / SLICE_CHARS) - 1 && turns.count <= Math.ceil(json / SLICE_CHARS), `${turns.count} turns for ${json} characters`);
	assert.ok(parts.every((part) => part.length < 4 * SLICE_CHARS), 'no part is the whole');
});
