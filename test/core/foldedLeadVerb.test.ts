import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldCode } from '../../server/src/core/text/vocabularyFold';
import { holdsFoldedLeadVerb } from '../../server/src/core/interpret/leadWording';
import { sampleAndCorpusTexts } from '../support/sampleTexts';

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

function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

test('holdsFoldedLeadVerb tells what its loop told: every line of the sample and corpus texts', () => {
	for (const { text } of sampleAndCorpusTexts()) {
		let start = 0;
		while (start <= text.length) {
			const lineEnd = text.indexOf('\n', start);
			const end = lineEnd < 0 ? text.length : lineEnd;
			compare(text, start, end);
			if (end - start > 2) {
				compare(text, start + 1, end - 1);
			}
			start = end + 1;
		}
	}
});

test('holdsFoldedLeadVerb tells what its loop told: 5,000 random lines of verbs, their Traditional forms, punctuation', () => {
	const alphabet = ['牵', '头', '牽', '頭', '领', '領', '衔', '銜', '负', '負', '责', '責', '主', '甲', '市', '局', '（', '(', '）', '，', ',', '；', ';', '。', '、', '：', ' ', 'a', '1', '牵头', '負責', '主責', '領銜'];
	const next = random(55);
	for (let run = 0; run < 5_000; run++) {
		const length = Math.floor(next() * 24);
		let text = '';
		for (let i = 0; i < length; i++) {
			text += alphabet[Math.floor(next() * alphabet.length)];
		}
		compare(text, 0, text.length);
		if (text.length > 2) {
			compare(text, 1, text.length - 1);
		}
	}
});
