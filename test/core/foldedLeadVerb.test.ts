import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldCode } from '../../server/src/core/text/vocabularyFold';
import { holdsFoldedLeadVerb } from '../../server/src/core/interpret/leadWording';
import { forEachRandomLine, forEachSampleLine } from '../support/lineSweep';

// holdsFoldedLeadVerb as it was before it became an expression over the line's slice: a loop of
// foldCode calls. The expression is cheaper (on a new server's first notice, and warm); what it
// tells must not change.
const HELPED_LEAD_VERBS = ['牵头', '领衔', '负责', '主责'];

function oldHoldsFoldedLeadVerb(text: string, start: number, end: number): boolean {
	for (let i = start; i + 1 < end; i++) {
		const code = foldCode(text.charCodeAt(i));
		for (const verb of HELPED_LEAD_VERBS) {
			if (code === verb.charCodeAt(0) && foldCode(text.charCodeAt(i + 1)) === verb.charCodeAt(1)) {
				return true;
			}
		}
	}
	return false;
}

function compare(text: string, start: number, end: number): void {
	assert.equal(holdsFoldedLeadVerb(text, start, end), oldHoldsFoldedLeadVerb(text, start, end), text.slice(start, end));
}

test('holdsFoldedLeadVerb tells what its loop told: every line of the sample and corpus texts', () => {
	forEachSampleLine((text, start, end) => {
		compare(text, start, end);
		if (end - start > 2) {
			compare(text, start + 1, end - 1);
		}
	});
});

test('holdsFoldedLeadVerb tells what its loop told: 5,000 random lines of verbs, their Traditional forms, punctuation', () => {
	const alphabet = ['牵', '头', '牽', '頭', '领', '領', '衔', '銜', '负', '負', '责', '責', '主', '甲', '市', '局', '（', '(', '）', '，', ',', '；', ';', '。', '、', '：', ' ', 'a', '1', '牵头', '負責', '主責', '領銜'];
	forEachRandomLine(alphabet, 5_000, 24, compare);
});
