import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayWordRolesIn, readWordedValue } from '../../server/src/core/interpret/leadWording';
import { forEachRandomLine, forEachSampleLine } from '../support/lineSweep';

// The loop readWordedValue asked of every value (mayWordRoles) before a unit field's list, looked up in
// the reading's memo, carried the answer as mayWordRolesIn finds it from the list's text alone, by two
// expressions. What it tells must not change.
const VERB_STARTS = '负負牵牽参參配协協会會落实實';

function oldMayWordRoles(text: string, start: number, end: number): boolean {
	let found = false;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 10 || code === 13) {
			return false;
		}
		found ||= VERB_STARTS.includes(text[i]);
	}
	return found;
}

function compare(text: string, start: number, end: number): void {
	assert.equal(mayWordRolesIn(text.slice(start, end)), oldMayWordRoles(text, start, end), JSON.stringify(text.slice(start, end)));
}

test('mayWordRolesIn tells what the loop told: every line of the sample and corpus texts, and each with the next', () => {
	forEachSampleLine((text, start, end) => {
		compare(text, start, end);
		// A value over lines (`责任单位：市住建局牵头，市发改委、…各` / `区人民政府配合`): a line break says no.
		const next = text.indexOf('\n', end + 1);
		compare(text, start, next < 0 ? text.length : next);
	});
});

test('mayWordRolesIn tells what the loop told: 5,000 random values of verbs, names, line breaks', () => {
	const alphabet = [...VERB_STARTS, '头', '责', '与', '合', '市', '局', '社', '会', '、', '，', ';', '\n', '\r', '\r\n', ' ', '\u3000', 'a', '牵头', '配合', '参与', '负责', '落实'];
	forEachRandomLine(alphabet, 5_000, 24, compare);
});

test('readWordedValue reads a value as the caller says a verb may start in it', () => {
	const text = '市发改委牵头，市财政局、市商务局配合';
	const read = readWordedValue(text, 0, text.length, 'responsible', mayWordRolesIn(text));
	assert.ok(read && read.length === 2);
	assert.equal(readWordedValue(text, 0, text.length, 'responsible', false), undefined);
});
