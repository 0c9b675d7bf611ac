import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as PinyinPro from 'pinyin-pro';
import { PinyinIndex } from '../../server/src/core/features/pinyinIndex';
import { lazyPinyinReader } from '../../server/src/node/pinyinReader';
import { repoRoot } from '../support/golden';

test('the pinyin reader loads pinyin-pro when a reading is first asked for, once', () => {
	let loads = 0;
	const reader = lazyPinyinReader(() => {
		loads++;
		return PinyinPro;
	});
	assert.equal(loads, 0);
	assert.deepEqual(reader.syllables('市发改委'), ['shi', 'fa', 'gai', 'wei']);
	// Other characters are left out: one syllable per Chinese character.
	assert.deepEqual(reader.syllables('A市（B）'), ['shi']);
	assert.ok(['xing', 'hang'].every((reading) => reader.readings('行').includes(reading)));
	assert.equal(loads, 1);
});

test('without a reader, unit names match what is typed in Chinese only', () => {
	const none = new PinyinIndex(undefined);
	assert.equal(none.matchesTyped('市发改委', '发改'), true);
	assert.equal(none.matchesTyped('市发改委', 'fgw'), false);
	assert.deepEqual(none.readings('行'), []);
	const read = new PinyinIndex(lazyPinyinReader());
	assert.equal(read.matchesTyped('市发改委', 'fgw'), true);
	assert.equal(read.matchesTyped('市发改委', 'fagai'), true);
});

test('the server bundle loads pinyin-pro only inside loadPinyinPro; the CLI has none of it', () => {
	const bundle = (name: string) => fs.readFileSync(path.join(repoRoot(), 'dist', name), 'utf8');
	const server = bundle('server-main.js');
	// esbuild wraps the package (its CommonJS build) in a function run on its first call.
	const wrapper = /var (require_\w+) = __commonJS\(\{\s*"node_modules\/pinyin-pro\/dist\/index\.js"/.exec(server)?.[1];
	assert.ok(wrapper, 'pinyin-pro is in the server bundle, wrapped');
	const calls = [...server.matchAll(new RegExp(`\\b${wrapper}\\(\\)`, 'g'))].map((match) => match.index);
	const loader = server.indexOf('function loadPinyinPro()');
	assert.equal(calls.length, 1, 'one call of the wrapper');
	assert.ok(loader >= 0 && calls[0] > loader && calls[0] < server.indexOf('}', loader), 'the call is loadPinyinPro’s');
	assert.ok(!server.includes('node_modules/pinyin-pro/dist/esm'), 'no module-level copy of its ES module build');
	assert.ok(!bundle('cli.js').includes('node_modules/pinyin-pro'));
});
