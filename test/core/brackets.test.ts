import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findUnbalancedBrackets, UNBALANCED_PER_SPAN } from '../../server/src/core/model/brackets';
import { check } from '../support/engine';
import { readStructure } from '../../server/src/core/syntax/readStructure';
import { CellHint } from '../../server/src/core/syntax/lineScan';
import { sampleAndCorpusTexts } from '../support/sampleTexts';

const PAIRS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '〔': '〕', '《': '》', '「': '」', '『': '』' };
const KIND: Record<string, number> = {};
for (const [kind, [opener, closer]] of Object.entries(PAIRS).entries()) {
	// Round brackets of both widths are one kind.
	const of = opener === '(' ? KIND['（'] : kind + 1;
	KIND[opener] = of;
	KIND[closer] = -of;
}

/**
 * The rule as a clerk would state it, written plainly: a closer pairs with the nearest open bracket
 * of its kind, and the brackets opened after that one and still open are unpartnered; a closer whose
 * kind is not open is unpartnered; whatever is open at the end is unpartnered.
 */
function reference(text: string): number[] {
	const open: { at: number; kind: number }[] = [];
	const unmatched: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const kind = KIND[text[i]] ?? 0;
		if (kind > 0) {
			open.push({ at: i, kind });
		} else if (kind < 0) {
			const partner = open.map((bracket) => bracket.kind).lastIndexOf(-kind);
			if (partner < 0) {
				unmatched.push(i);
			} else {
				unmatched.push(...open.splice(partner).slice(1).map((bracket) => bracket.at));
			}
		}
	}
	unmatched.push(...open.map((bracket) => bracket.at));
	return unmatched.sort((a, b) => a - b).slice(0, UNBALANCED_PER_SPAN);
}

function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

test('unpartnered brackets are those the plain rule finds, the first ones in order, on 5,000 random texts', () => {
	const alphabet = [...Object.keys(KIND), '甲', 'a', '、'];
	const next = random(15);
	for (let run = 0; run < 5_000; run++) {
		const length = Math.floor(next() * (run % 10 === 0 ? 400 : 40));
		let text = '';
		for (let i = 0; i < length; i++) {
			text += alphabet[Math.floor(next() * alphabet.length)];
		}
		const origin = Math.floor(next() * 3);
		const span = { start: origin, end: text.length };
		const want = reference(text.slice(origin));
		assert.deepEqual([...findUnbalancedBrackets(text, span, origin)], want, JSON.stringify(text));
	}
});

test('a run of thousands of brackets in a task is underlined at its first ones, not at every one', () => {
	const findings = check('1.甲' + '（'.repeat(5_000) + '乙。\n牵头单位：市发改委\n').findings.filter((finding) => finding.code === 'unbalanced-bracket');
	assert.equal(findings.length, UNBALANCED_PER_SPAN);
	assert.deepEqual(
		findings.map((finding) => finding.span.start),
		Array.from({ length: UNBALANCED_PER_SPAN }, (_, i) => 3 + i),
	);
	const closers = check('1.甲' + '】'.repeat(5_000) + '。\n牵头单位：市发改委\n').findings.filter((finding) => finding.code === 'unbalanced-bracket');
	assert.equal(closers.length, UNBALANCED_PER_SPAN);
	assert.equal(closers[0].span.start, 3);
});

test('an enumerator written inline closes no bracket (：1）加快…；2）推进…); a bracket after a word still does', () => {
	const text = '1.推进重点项目建设：1）加快前期工作；2）推进开工建设；3）抓好竣工投产。\n牵头单位：市发改委\n2.扩大有效投资，主要包括：a)基础设施；b)产业项目；十)其他。\n牵头单位：市财政局\n3.完成3)项目建设，加快建设ab)基础。\n牵头单位：市商务局)\n';
	const unbalanced = check(text).findings.filter((finding) => finding.code === 'unbalanced-bracket');
	assert.deepEqual(
		unbalanced.map((finding) => text.slice(finding.span.start - 2, finding.span.end)),
		['成3)', 'ab)', '务局)'],
	);
});

/** What CellHint.Bracket may also mark: the square brackets a line's groups are read with. */
const SQUARE = new Set(['[', ']', '［', '］']);

/**
 * A task is scanned for unbalanced brackets only when a line of it has one (CellHint.Bracket, from
 * the line's scan): the mark must be on every line whose content holds a bracket of the finding's
 * kinds, inside a pinyin gloss or not, and on no line without a bracket at all.
 */
function assertBracketMarks(text: string): void {
	const structure = readStructure(text);
	for (const line of structure.lines) {
		const content = text.slice(line.start, line.end);
		const marked = (structure.hints[line.index] & CellHint.Bracket) !== 0;
		const paired = [...content].some((char) => KIND[char] !== undefined);
		const square = [...content].some((char) => SQUARE.has(char));
		assert.ok(marked ? paired || square : !paired, `line ${line.index} ${JSON.stringify(content)}: marked ${marked}`);
	}
}

test('a line is marked as holding a bracket exactly when it holds one: every sample and corpus text, and 2,000 random ones', () => {
	for (const { name, text } of sampleAndCorpusTexts()) {
		assert.doesNotThrow(() => assertBracketMarks(text), name);
	}
	const alphabet = [...Object.keys(KIND), ...SQUARE, '甲', '牵', 'a', 'ā', '、', '：', ' ', '\u3000', '\t', '\n', '\n', '1.', '（一）', '(fā)', '牵头单位：', '|'];
	const next = random(16);
	for (let run = 0; run < 2_000; run++) {
		const length = Math.floor(next() * 60);
		let text = '';
		for (let i = 0; i < length; i++) {
			text += alphabet[Math.floor(next() * alphabet.length)];
		}
		assertBracketMarks(text);
	}
});

test('a task whose only bracket is on a later line of it is still scanned: the bracket left open is found', () => {
	const text = '1.推进甲项目建设\n完成乙工程（一期\n牵头单位：市发改委\n2.推进丙项目。\n牵头单位：市财政局\n';
	const findings = check(text).findings.filter((finding) => finding.code === 'unbalanced-bracket');
	assert.deepEqual(
		findings.map((finding) => finding.span.start),
		[text.indexOf('（')],
	);
});
