import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeNonAscii } from '../../scripts/asciiOutput.mjs';

/** What `code` (an expression) evaluates to. */
function evaluate(code: string): unknown {
	return new Function(`return (${code});`)();
}

/** Tested on the expression as written and escaped: the same value, and the escaped one is ASCII. */
function sameAfterEscaping(code: string): void {
	const escaped = escapeNonAscii(code);
	assert.match(escaped, /^[\x00-\x7f]*$/, escaped);
	assert.deepEqual(evaluate(escaped), evaluate(code), `${code} → ${escaped}`);
}

test('escaped production code means what it did: regular expressions with and without u, identity escapes, classes, pairs past U+FFFF', () => {
	const texts = ['市发改委', '各县（市）区', 'x（', '（', '😀市', '\\市', 'ab', '市\n局', '、，'];
	for (const regex of [
		'/^(市|区|县)[\\u4e00-\\u9fff]{1,6}局$/',
		'/[、，,；;]/g',
		'/[\\（(][^（()）]*[）)]$/',
		'/\\（/',
		'/[\\（]/',
		'/😀/',
		'/😀/u',
		'/[😀市]/u',
		'/^[\\p{Script=Han}]+$/u',
		'/\\\\市/',
	]) {
		const escaped = escapeNonAscii(regex);
		assert.match(escaped, /^[\x00-\x7f]*$/, escaped);
		const [before, after] = [evaluate(regex) as RegExp, evaluate(escaped) as RegExp];
		for (const text of texts) {
			assert.deepEqual(text.match(after), text.match(before), `${regex} → ${escaped} on ${text}`);
			before.lastIndex = 0;
			after.lastIndex = 0;
		}
	}
	sameAfterEscaping('"市" + `局${1}` /* 注释 */');
	sameAfterEscaping('"\\（" + "a\\\\（"');
	// Unchanged when already ASCII.
	assert.equal(escapeNonAscii('const a = /x/; // y'), 'const a = /x/; // y');
});
