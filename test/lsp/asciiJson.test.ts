import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiJson } from '../../server/src/lsp/asciiJson';

const isAscii = (text: string) => /^[\x00-\x7f]*$/.test(text);

test('JSON in ASCII: every character beyond it escaped, the value parsed the same', () => {
	const values = [
		{ name: '1.制定出台高质量发展“1+4+8”政策体系…', detail: '牵头：市工信局 · 时限：年内', kind: 22 },
		// Latin-1 (é, ·), a line separator JavaScript once took for a line end, a pair past U+FFFF, a lone surrogate (JSON.stringify escapes it itself).
		['é', '·', '\u2028', '\u{20BB7}吉', 'a\ud800b', '\\u4e2d is six characters', ''],
		{ 'a key in 中文': { nested: ['（一）', 0, null, true] } },
	];
	for (const value of values) {
		const json = asciiJson(JSON.stringify(value));
		assert.ok(isAscii(json), json);
		assert.deepEqual(JSON.parse(json), value);
	}
	assert.equal(asciiJson('"中"'), '"\\u4e2d"');
	assert.equal(asciiJson('"\u{20BB7}"'), '"\\ud842\\udfb7"');
	// ASCII JSON comes back as it was.
	const ascii = JSON.stringify({ range: { start: { line: 4, character: 0 } }, name: 'a\\"b' });
	assert.equal(asciiJson(ascii), ascii);
});
