import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import * as fc from 'fast-check';
import { hasMoreElementsThan, jsonPieces, type JsonPiece } from '../../server/src/node/jsonPieces';

const joined = (pieces: readonly JsonPiece[]) => pieces.map((piece) => (typeof piece === 'string' ? piece : JSON.stringify(piece.value))).join('');

test('the pieces of any JSON-able value join into its JSON.stringify', () => {
	fc.assert(
		fc.property(fc.anything({ maxDepth: 7, withBoxedValues: true, withNullPrototype: true, withSparseArray: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withObjectString: true }), (value) => {
			const json = JSON.stringify(value) as string | undefined;
			if (json === undefined) {
				assert.throws(() => jsonPieces(value), TypeError);
				return;
			}
			assert.equal(joined(jsonPieces(value)), json);
		}),
		{ numRuns: 2_000 },
	);
});

test('members JSON leaves out are left out, array holes and undefined elements are null, toJSON is honoured', () => {
	const value = { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s'), , 2], d: { toJSON: () => ({ at: '2025-01-01' }) }, e: new Date(0), f: { g: undefined } };
	assert.equal(joined(jsonPieces(value)), JSON.stringify(value));
	assert.equal(joined(jsonPieces({ jsonrpc: '2.0', id: 1, result: value })), JSON.stringify({ jsonrpc: '2.0', id: 1, result: value }));
});

test('objects without an array, and values below the first levels, are left to JSON.stringify, one piece each', () => {
	const task = { name: '1.推进政策落地', range: { start: { line: 1, character: 0 } } };
	const pieces = jsonPieces({ jsonrpc: '2.0', id: 1, result: [{ name: '一、重点工作', children: [task, task] }] });
	assert.deepEqual(pieces.filter((piece) => typeof piece !== 'string'), [{ value: task }, { value: task }]);
	let deep: object = { leaf: [1] };
	for (let level = 0; level < 8; level++) {
		deep = { level: [deep] };
	}
	const deepPieces = jsonPieces(deep);
	assert.equal(deepPieces.filter((piece) => typeof piece !== 'string').length, 1, 'one piece below the split levels');
	assert.equal(joined(deepPieces), JSON.stringify(deep));
});

test('array elements are counted to the first levels, and the count stops past the limit', () => {
	const outline = { result: [{ children: Array.from({ length: 100 }, () => ({ range: { start: {}, end: {} }, children: [] })) }] };
	// One section in the result, its 100 tasks.
	assert.equal(hasMoreElementsThan(outline, 101), false);
	assert.equal(hasMoreElementsThan(outline, 100), true);
	assert.equal(hasMoreElementsThan([[{}, {}], [{}]], 4), true);
	assert.equal(hasMoreElementsThan([[1, 2], [3]], 1), true, "the outer array holds arrays: two elements");
	assert.equal(hasMoreElementsThan([[1, 2], [3]], 2), false, "arrays of numbers count for nothing");
	assert.equal(hasMoreElementsThan(7, 0), false);
	assert.equal(hasMoreElementsThan(null, 0), false);
});

test('an array of numbers (semantic tokens) is one piece and counts for nothing; an array of objects is split', () => {
	const tokens = { jsonrpc: '2.0', id: 3, result: { resultId: '9', data: Array.from({ length: 50_000 }, (_, index) => index % 7) } };
	assert.equal(hasMoreElementsThan(tokens, 4_096), false);
	const pieces = jsonPieces(tokens);
	assert.ok(pieces.length < 20, `${pieces.length} pieces`);
	assert.equal(joined(pieces), JSON.stringify(tokens));
	const symbols = { jsonrpc: '2.0', id: 4, result: Array.from({ length: 5_000 }, (_, index) => ({ name: `${index}`, kind: 22 })) };
	assert.equal(hasMoreElementsThan(symbols, 4_096), true);
	assert.ok(jsonPieces(symbols).length > 5_000);
});
