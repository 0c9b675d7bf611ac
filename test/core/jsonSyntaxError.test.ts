import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import * as fc from 'fast-check';
import { jsonSyntaxError } from '../../server/src/core/text/jsonSyntaxError';

function parses(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

test('the first offending character, or the end of the text', () => {
	assert.deepEqual(jsonSyntaxError('{"a": 1,}'), { offset: 8, found: '}' });
	assert.deepEqual(jsonSyntaxError('{"a": 1'), { offset: 7, found: undefined });
	assert.deepEqual(jsonSyntaxError('[1 2]'), { offset: 3, found: '2' });
	assert.deepEqual(jsonSyntaxError('{"a": "x\ny"}'), { offset: 8, found: '\n' });
	assert.deepEqual(jsonSyntaxError('{"a": 01}'), { offset: 7, found: '1' });
	assert.deepEqual(jsonSyntaxError('{"a": 1} 😀'), { offset: 9, found: '😀' });
	assert.equal(jsonSyntaxError(' {"a": [true, false, null, -1.5e3, "\\u00e9\\n"]} '), undefined);
});

test('agrees with JSON.parse on valid JSON and on JSON with one character changed', () => {
	fc.assert(
		fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', ' ', '\n', 'x', '0'), (json, at, replacement) => {
			assert.equal(jsonSyntaxError(json), undefined, json);
			const index = json.length === 0 ? 0 : at % json.length;
			const changed = json.slice(0, index) + replacement + json.slice(index + 1);
			assert.equal(jsonSyntaxError(changed) === undefined, parses(changed), changed);
		}),
		{ numRuns: 2000 },
	);
});
