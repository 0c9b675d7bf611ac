import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReadingMemo } from '../../server/src/core/interpret/readingMemo';
import { createScriptFolder } from '../../server/src/core/text/unitKey';

/** `count` distinct unit lists, as a notice writes them. */
function lists(count: number): string[] {
	const units = ['市发改委', '市财政局', '市商务局', '市工信局', '市科技局', '市住建局', '市交通运输局', '市教育局'];
	return Array.from({ length: count }, (_, i) => `${units[i % units.length]}、第${i}工作专班`);
}

/** Each list looked up in one reading; the results, in order. */
function read(memo: ReadingMemo, texts: readonly string[]): unknown[] {
	memo.startReading();
	return texts.map((text) => memo.unitList(text));
}

test('a notice naming more lists than the smallest generation finds them all when read again', () => {
	// The benchmark's 2 MB notice names 6,933 distinct lists; generations of 2,000 split them all at every reading.
	const memo = new ReadingMemo(createScriptFolder());
	const texts = lists(7_000);
	read(memo, texts);
	const second = read(memo, texts);
	const third = read(memo, texts);
	assert.equal(third.filter((list, i) => list !== second[i]).length, 0);
});

test('after a large notice, readings of small ones let its lists go', () => {
	const memo = new ReadingMemo(createScriptFolder());
	const large = lists(7_000);
	read(memo, large);
	read(memo, large);
	assert.equal(memo.keptLists() >= 7_000, true);
	// Small readings (edits, other notices), each naming 300 lists of its own: the generations come back to 2,000.
	const small = lists(7_000 + 300 * 8).slice(7_000);
	for (let reading = 0; reading < 8; reading++) {
		read(memo, small.slice(300 * reading, 300 * (reading + 1)));
	}
	assert.equal(memo.keptLists() <= 4_000, true, `${memo.keptLists()} lists kept`);
	const last = small.slice(300 * 7);
	assert.deepEqual(read(memo, last), read(memo, last), 'the last reading\'s lists are kept');
});

test('a list the reading looked up before a generation turned over is found in the older one', () => {
	const memo = new ReadingMemo(createScriptFolder());
	const [first, ...others] = lists(2_500);
	memo.startReading();
	const before = memo.unitList(first);
	for (const text of others) {
		memo.unitList(text);
	}
	assert.equal(memo.unitList(first), before);
	assert.deepEqual(
		before.units.map((unit) => unit.name),
		new ReadingMemo(createScriptFolder()).unitList(first).units.map((unit) => unit.name),
	);
});

test('a reading that gains, loses or changes lists finds what a memo of its own finds', () => {
	// A reading's lists are compared with the last reading's in order (see ReadingMemo.unitList), not taken by position.
	const memo = new ReadingMemo(createScriptFolder());
	const texts = lists(40);
	read(memo, texts);
	const changed = [...texts.slice(0, 5), '市审计局、市统计局', ...texts.slice(5, 12), ...texts.slice(13, 20), '市民政局（牵头）', ...texts.slice(21, 30), texts[3], ...texts.slice(30)];
	const fresh = new ReadingMemo(createScriptFolder());
	assert.deepEqual(read(memo, changed), read(fresh, changed));
	assert.deepEqual(read(memo, texts), read(fresh, texts));
	assert.deepEqual(read(memo, changed.slice(7)), read(fresh, changed.slice(7)));
	assert.deepEqual(read(memo, texts), read(fresh, texts));
	assert.deepEqual(read(memo, texts.slice(20)), read(fresh, texts.slice(20)));
});

test('after lists the text lost, the rest of a reading is found in the last reading\'s order again', () => {
	const memo = new ReadingMemo(createScriptFolder());
	const texts = lists(1_000);
	read(memo, texts);
	// Two lists lost in a row, near the start (a task or two deleted): the 997 after them follow the same order.
	const lost = [...texts.slice(0, 3), ...texts.slice(5)];
	const results = read(memo, lost);
	assert.equal(memo.listsFoundInOrder() >= lost.length - 2, true, `${memo.listsFoundInOrder()} of ${lost.length} found in order`);
	assert.deepEqual(results, read(new ReadingMemo(createScriptFolder()), lost));
});

test('a list reads alike whether the drafts of its units are shared with lists read before it or not', () => {
	// A unit's draft is shared by the lists that leave it as read (see sharedDraftOf): what one list makes of its
	// units (a qualifier's 牵头 or convention, a suffix or level prefix given, a key) must not reach another's.
	const texts = [
		'市发改委（牵头）、市财政局',
		'市发改委、市财政局',
		'市发改委、商务局',
		'市发改委（列第一位者为牵头单位）、市财政局',
		'市发改委（列第一位者为牵头单位）、市商务局',
		'市发改委、市财政局、市商务局',
		'市发改委，市财政局',
		'市财政局、市发改委',
		'市发改委、财政局、市商务局',
		'各县（市、区）政府、市发改委',
		'市发改委，市财政局、商务局',
		'市发改委、市财政局、县政府',
		'市发改委、市财政局',
	];
	const fold = createScriptFolder();
	const shared = new ReadingMemo(fold);
	shared.startReading();
	for (const text of texts) {
		const alone = new ReadingMemo(fold);
		alone.startReading();
		assert.deepEqual(shared.unitList(text), alone.unitList(text), text);
	}
});
