import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
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

test('the escaped production bundle reads a heading naming its lead as the source does (its verbs were read from a regular expression source, which is escapes there)', async () => {
	// Loaded at run time, not bundled into this test: esbuild finds its binary from its own package.
	const esbuild = createRequire(`${process.cwd()}/`)('esbuild') as typeof import('esbuild');
	const built = await esbuild.build({ entryPoints: ['server/src/core/interpret/leadWording.ts'], bundle: true, format: 'cjs', platform: 'node', minify: true, write: false, logLevel: 'silent' });
	const module = { exports: {} as { readHeadingDesignation?: (text: string, start: number, end: number) => { kind: string } | undefined } };
	new Function('module', 'exports', 'require', escapeNonAscii(built.outputFiles[0].text))(module, module.exports, createRequire(`${process.cwd()}/`));
	const heading = '（三）县住建局牵头，县城管局配合的工作';
	assert.equal(module.exports.readHeadingDesignation?.(heading, 3, heading.length)?.kind, 'unit');
});
