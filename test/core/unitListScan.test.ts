import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldCode } from '../../server/src/core/text/vocabularyFold';
import { LEVEL_CHAR, LIST_STOP, PLAIN_LIST, splitUnitList, type UnitPiece, type UnitPieces } from '../../server/src/core/units/splitUnitList';

// splitUnitList passes runs of characters by a search, where it took them one at a time: each search
// must stop where the per-character tests it replaced would act, for every character.
test('the searches of splitUnitList stop at exactly the characters its per-character tests read', () => {
	const listWords = new Set([...'等和及与以'].map((char) => char.charCodeAt(0)));
	for (let code = 0; code < 0x10000; code++) {
		const char = String.fromCharCode(code);
		const passed = code >= 0x3400 && code <= 0x9fff && !listWords.has(code);
		LIST_STOP.lastIndex = 0;
		assert.equal(LIST_STOP.test(char), !passed, `LIST_STOP at U+${code.toString(16)}`);
		assert.equal(PLAIN_LIST.test(char), passed || code === 0x3001, `PLAIN_LIST at U+${code.toString(16)}`);
		const folded = foldCode(code);
		LEVEL_CHAR.lastIndex = 0;
		assert.equal(LEVEL_CHAR.test(char), folded === 0x7701 || folded === 0x5e02 || folded === 0x53bf || folded === 0x533a, `LEVEL_CHAR at U+${code.toString(16)}`);
	}
});

function split(text: string, known: UnitPieces) {
	const list = splitUnitList(text, known);
	return { names: list.units.map((unit) => `${unit.group}:${unit.name}${unit.levelPrefix ? `<${unit.levelPrefix}` : ''}${unit.leader ? '!' : ''}`), habits: { ...list.prefixHabits }, leaders: list.leaders };
}

// Lists of units that each have their level are left as read (only their habit counted), their titles
// taken from the pieces as read; the others are completed. Each list read with its pieces new and known.
test('lists of units with their level are read as before, with pieces new or known: habits, prefixes, titles, collectives', () => {
	const pieces = new Map<string, UnitPiece | null>();
	const known: UnitPieces = { piece: (text) => pieces.get(text), keepPiece: (text, piece) => void pieces.set(text, piece) };
	const cases: [string, ReturnType<typeof split>][] = [
		['市发改委、市财政局，市商务局、市教育局', { names: ['0:市发改委', '0:市财政局', '1:市商务局', '1:市教育局'], habits: { repeated: 2, omitted: 0 }, leaders: 0 }],
		['市发改委、县财政局，市商务局', { names: ['0:市发改委', '0:县财政局', '1:市商务局'], habits: { repeated: 0, omitted: 0 }, leaders: 0 }],
		['市发改委、财政局', { names: ['0:市发改委', '0:财政局<市'], habits: { repeated: 0, omitted: 1 }, leaders: 0 }],
		['市长、市财政局', { names: ['0:市长!', '0:市财政局'], habits: { repeated: 1, omitted: 0 }, leaders: 1 }],
		['各县、市、区政府、市财政局', { names: ['0:各县、市、区政府', '0:市财政局'], habits: { repeated: 0, omitted: 0 }, leaders: 0 }],
		['鼓楼区、泉山区政府、市财政局', { names: ['0:鼓楼区政府', '0:泉山区政府', '0:市财政局'], habits: { repeated: 0, omitted: 0 }, leaders: 0 }],
		['县政府县长、县财政局县长', { names: ['0:县政府县长!', '0:县财政局县长!'], habits: { repeated: 1, omitted: 0 }, leaders: 2 }],
		['市财政局市税务局、市文化和广电旅游体育局', { names: ['0:市财政局', '0:市税务局', '0:市文化和广电旅游体育局'], habits: { repeated: 1, omitted: 0 }, leaders: 0 }],
		// Completed, so not left as read: a branch's brand carried to the name before it, and titles that completion makes names.
		['市中国移动、市中国电信分公司', { names: ['0:市中国移动分公司', '0:市中国电信分公司'], habits: { repeated: 1, omitted: 0 }, leaders: 0 }],
		['中国行长、中国银行衢州分行', { names: ['0:中国行长衢州分行', '0:中国银行衢州分行'], habits: { repeated: 0, omitted: 0 }, leaders: 0 }],
		['乡长、黑河、綏芬河市政府', { names: ['0:乡长市政府', '0:黑河市政府', '0:綏芬河市政府'], habits: { repeated: 0, omitted: 0 }, leaders: 0 }],
	];
	for (const round of ['new', 'known']) {
		for (const [text, expected] of cases) {
			assert.deepEqual(split(text, known), expected, `${text} (pieces ${round})`);
		}
	}
});
