import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as PinyinPro from 'pinyin-pro';
import { PinyinIndex } from '../../server/src/core/features/pinyinIndex';
import { UnitNameIndex } from '../../server/src/core/features/unitNameIndex';
import { lazyPinyinReader } from '../../server/src/node/pinyinReader';
import type { UnitDirectory } from '../../server/src/core/units/unitDirectory';
import { engine } from '../support/engine';
import { repoRoot } from '../support/golden';

const WORDS = '发展改革财政商务教育科技工业信息交通运输水利农业农村文化旅游卫生健康应急管理市场监督自然资源规划住房城乡建设';

/** Registry lines of the shape real ones have (市 + a department + 局), all sharing the common characters 市 and 局. */
function registryText(lines: number): string {
	const result = ['市发展和改革委员会 = 市发改委', '市财政局'];
	for (let i = 0; result.length < lines; i++) {
		result.push(`市${WORDS[i % WORDS.length]}${WORDS[(i * 7 + 3) % WORDS.length]}${WORDS[(i * 13 + 5) % WORDS.length]}${i}局`);
	}
	return result.join('\n') + '\n';
}

/** A unit name no registry has, made of the registries' own common characters, so finding suggestions for it reads long posting lists. */
function newName(i: number): string {
	return `市${WORDS[(i * 11) % WORDS.length]}${WORDS[(i * 5 + 1) % WORDS.length]}试${i}局`;
}

const directories = new Map<number, UnitDirectory>();
/** The directory of a registry of `lines` lines, built once for the tests of this file. */
function directoryOf(lines: number): UnitDirectory {
	let directory = directories.get(lines);
	if (!directory) {
		directory = engine.createDirectory([engine.parseRegistry(registryText(lines), `file:///r${lines}.units.txt`)])!;
		directories.set(lines, directory);
	}
	return directory;
}

/**
 * The time of checking a notice after a keystroke: the notice with one more unit name, new to the
 * directory, as typing gives; the notice's other unknown units are those of the checks before. The
 * fastest of several runs, as load on the machine only ever adds time.
 */
function keystrokeCheckTime(directory: UnitDirectory, text: string, unitLine: string, round: number): number {
	let fastest = Infinity;
	for (let i = 0; i < 8; i++) {
		const notice = engine.parseNotice(text.replace(unitLine, unitLine + '、' + newName(round * 100 + i)));
		const started = performance.now();
		engine.check(notice, directory);
		fastest = Math.min(fastest, performance.now() - started);
	}
	return fastest;
}

/**
 * The per-keystroke cost of registry lookups and suggestions must not grow with the registry: the
 * directory is built once per registry change, lookups are by key, and a suggestion reads a bounded
 * number of postings (its figures are in the benchmark; this is a growth check with a generous bound).
 */
test('checking a notice costs about the same under a registry of 100 or 100,000 lines, once the directory is built', () => {
	const text = fs.readFileSync(path.join(repoRoot(), 'seeds', 'xuzhou-2020-task-breakdown.txt'), 'utf8');
	const unitLine = /牵头单位[:：][^\n、]+/.exec(text)![0];
	const small = directoryOf(100);
	const large = directoryOf(100_000);
	const unknown = engine.check(engine.parseNotice(text), large).filter((finding) => finding.code === 'unknown-unit').length;
	assert.ok(unknown > 100, `the notice has ${unknown} units the registry lacks, each with suggestions to find`);
	engine.check(engine.parseNotice(text), small);
	let smallTime = Infinity;
	let largeTime = Infinity;
	for (let round = 0; round < 3; round++) {
		smallTime = Math.min(smallTime, keystrokeCheckTime(small, text, unitLine, round));
		largeTime = Math.min(largeTime, keystrokeCheckTime(large, text, unitLine, round));
	}
	assert.ok(largeTime <= 3 * smallTime + 2, `a check takes ${largeTime.toFixed(1)} ms with 100,000 registry lines, ${smallTime.toFixed(1)} ms with 100`);
	// Suggestions are still found in the large registry.
	assert.deepEqual(large.suggest('市财正局'), ['市财政局']);
	assert.ok(large.suggest('市发展改革委员会').includes('市发展和改革委员会'));
});

/** A pinyin index that counts the names a completion request checks (`matchesTyped`, once a name read). */
class CountingPinyinIndex extends PinyinIndex {
	checked = 0;
	override matchesTyped(name: string, typed: string): boolean {
		this.checked++;
		return super.matchesTyped(name, typed);
	}
}

test('completion reads a bounded number of registry names: at most 3,000 of 100,000 a request, selective queries still complete', () => {
	// Counted, not timed: a timed version (100,000 names at most 3× 25,000's time + 5 ms) failed once
	// on a loaded machine (14.1 against 2.7 ms), and what the budget bounds is the names read.
	const pinyin = new CountingPinyinIndex(lazyPinyinReader(() => PinyinPro));
	const namesOf = (lines: number) => directoryOf(lines).names;
	const large = new UnitNameIndex(namesOf(100_000), pinyin);
	const namesChecked = (index: UnitNameIndex, query: string) => {
		pinyin.checked = 0;
		index.matching(query);
		return pinyin.checked;
	};
	// Past the number of names a request reads (3,000) the cost stops growing: 100,000 names or 25,000.
	for (const query of ['财', '发改', 'c', 'fgw', 'shifa', 'fagai', 'sczj', '市', '局', 's']) {
		const inLarge = namesChecked(large, query);
		assert.ok(inLarge <= 3_000, `「${query}」 checked ${inLarge} of ${large.names.length} names`);
	}
	// A query common to every name reads the budget, no more: the bound is reached, not avoided.
	assert.equal(namesChecked(large, '局'), 3_000);
	assert.ok(large.matching('fgw').includes('市发改委'));
	assert.ok(large.matching('发改').includes('市发改委'));
	assert.ok(large.matching('czj').includes('市财政局'));
	// A registry within the budget is read whole: every match, as a scan of all names finds them.
	const names = namesOf(2_000);
	const whole = new UnitNameIndex(names, pinyin);
	for (const query of ['c', 'jy', 'shi', '局']) {
		assert.deepEqual(whole.matching(query), names.filter((name) => (/^[a-z]+$/.test(query) ? pinyin.matches(name, query) : name.includes(query))));
	}
});
