import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
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
	const read = new PinyinIndex(lazyPinyinReader(() => PinyinPro));
	assert.equal(read.matchesTyped('市发改委', 'fgw'), true);
	assert.equal(read.matchesTyped('市发改委', 'fagai'), true);
});

test('pinyin-pro is in dist/pinyin.js only, which the server loads at its first reading by pinyin', () => {
	const bundle = (name: string) => fs.readFileSync(path.join(repoRoot(), 'dist', name), 'utf8');
	for (const name of ['server-main.js', 'server.js', 'cli.js', 'client.js']) {
		assert.ok(!bundle(name).includes('node_modules/pinyin-pro'), `${name} holds pinyin-pro`);
	}
	assert.ok(bundle('server-main.js').includes('"pinyin.js"'), 'the server names the bundle it loads');
	// The bundle as the server requires it: a reader over it reads as one over the package.
	const read = new PinyinIndex(lazyPinyinReader(() => createRequire(__filename)(path.join(repoRoot(), 'dist', 'pinyin.js'))));
	assert.equal(read.matchesTyped('市发改委', 'fgw'), true);
	assert.ok(read.readings('行').includes('hang'));
});
