import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeSemanticTokens, encodedSemanticTokens, encodedSemanticTokensInSteps, TOKEN_MODIFIERS, TOKEN_TYPES, type SemanticToken } from '../../server/src/core/features/semanticTokens';
import type { Notice, UnitMention } from '../../server/src/core/model/types';
import { numberEdits } from '../../server/src/core/service/keptResults';
import { isUnitRole } from '../../server/src/core/syntax/fieldLabels';
import { drain } from '../../server/src/core/text/steps';
import { engine } from '../support/engine';
import { sampleAndCorpusTexts } from '../support/sampleTexts';

/**
 * The tokens as the first version made them, one object per token, and their encoding: what the
 * one-pass encoder must give, mark for mark. Every marker first (sections and tasks by their
 * starts), then labels and units task by task; stably sorted by start; split at line ends.
 */
function referenceTokens(notice: Notice, isUnknown: (mention: UnitMention) => boolean): SemanticToken[] {
	const tokens: SemanticToken[] = [];
	const { lineIndex } = notice;
	const push = (start: number, end: number, type: SemanticToken['type'], modifiers: SemanticToken['modifiers'] = []) => {
		for (let line = lineIndex.lineAt(start); line < lineIndex.lineCount; line++) {
			const lineStart = lineIndex.lineStart(line);
			const from = Math.max(start, lineStart);
			const to = Math.min(end, lineIndex.lineEnd(line));
			if (to > from) {
				tokens.push({ line, character: from - lineStart, length: to - from, type, modifiers });
			}
			if (lineIndex.lineNext(line) >= end) {
				break;
			}
		}
	};
	const unitTypes = { lead: 'leadUnit', responsible: 'responsibleUnit', other: 'otherUnit' } as const;
	const items = [...notice.sections, ...notice.tasks].sort((a, b) => a.marker.start - b.marker.start);
	const marks: Array<{ start: number; emit: () => void }> = items.map((item) => ({
		start: item.marker.start,
		emit: () => push(item.marker.start, item.marker.numberEnd + 1 <= item.marker.end ? item.marker.numberEnd + 1 : item.marker.end, 'number'),
	}));
	const markUnit = (unit: UnitMention) => {
		const modifiers: SemanticToken['modifiers'] = [...(isUnknown(unit) ? (['unknown'] as const) : []), ...(unit.collective ? (['collective'] as const) : [])];
		marks.push({ start: unit.start, emit: () => push(unit.start, unit.end, unitTypes[unit.role], modifiers) });
	};
	notice.sections.forEach((section) => section.units.forEach(markUnit));
	for (const task of notice.tasks) {
		for (const field of task.fields) {
			if (field.label.length > 0) {
				marks.push({ start: field.labelStart, emit: () => push(field.labelStart, field.labelEnd, 'label') });
			}
			if (isUnitRole(field.role)) {
				task.units.slice(field.unitStart, field.unitEnd).forEach(markUnit);
			}
		}
	}
	marks.sort((a, b) => a.start - b.start).forEach((mark) => mark.emit());
	return tokens;
}

function encodeTokens(tokens: readonly SemanticToken[]): number[] {
	const data: number[] = [];
	let line = 0;
	let character = 0;
	for (const token of tokens) {
		const modifiers = token.modifiers.reduce((bits, modifier) => bits | (1 << TOKEN_MODIFIERS.indexOf(modifier)), 0);
		data.push(token.line - line, token.line === line ? token.character - character : token.character, token.length, TOKEN_TYPES.indexOf(token.type), modifiers);
		line = token.line;
		character = token.character;
	}
	return data;
}

/** Whether the encoder's marks, collected in document order (markers merged, each task's fields after its marker), come out of order: then it sorts them. */
function collectedOutOfOrder(notice: Notice): boolean {
	const starts: number[] = [];
	const items = [...notice.sections.map((section) => ({ start: section.marker.start, task: undefined, section })), ...notice.tasks.map((task) => ({ start: task.marker.start, task, section: undefined }))];
	items.sort((a, b) => a.start - b.start);
	for (const { start, task, section } of items) {
		starts.push(start, ...(section?.units ?? []).map((unit) => unit.start));
		for (const field of task?.fields ?? []) {
			if (field.label.length > 0) {
				starts.push(field.labelStart);
			}
			if (isUnitRole(field.role)) {
				starts.push(...task!.units.slice(field.unitStart, field.unitEnd).map((unit) => unit.start));
			}
		}
	}
	return starts.some((start, index) => index > 0 && start < starts[index - 1]);
}

const TEXTS = sampleAndCorpusTexts();

/** Unknown: every third unit name by its key's length, so that both kinds of mention occur. */
const someUnknown = (mention: UnitMention) => mention.key.length % 3 === 0;

test('the tokens of every sample and corpus text are those of the object-per-token version, with and without unknown units, in steps or in one go', () => {
	for (const { name, text } of TEXTS) {
		const notice = engine.parseNotice(text);
		for (const isUnknown of [() => false, someUnknown]) {
			const expected = encodeTokens(referenceTokens(notice, isUnknown));
			assert.deepEqual(Array.from(encodedSemanticTokens(notice, isUnknown)), expected, name);
			assert.deepEqual(Array.from(drain(encodedSemanticTokensInSteps(notice, isUnknown, 3))), expected, `${name}, in steps of three tasks`);
		}
	}
});

test('a table whose wrapped cells interleave their lines: the marks are sorted, as the reference sorts them', () => {
	// 济南市中 2019's layout: each cell's lines under the one before; the lead column's second line comes before the task column's third.
	const text = ['序号 | 工作任务 | 牵头单位 | 责任单位', '1 | 推进重点项目建设， | 市发改委、 | 市财政局、', '  | 加快前期手续办理 | 市住建局 | 市商务局', '2 | 优化营商环境 | 市政务服务局 | 市市场监管局', ''].join('\n');
	const notice = engine.parseNotice(text);
	assert.ok(collectedOutOfOrder(notice), 'the marks come out of order: the test reaches the sort');
	const expected = encodeTokens(referenceTokens(notice, someUnknown));
	assert.deepEqual(Array.from(encodedSemanticTokens(notice, someUnknown)), expected);
	assert.deepEqual(Array.from(drain(encodedSemanticTokensInSteps(notice, someUnknown, 1))), expected, 'in steps of one task');
});

/** Windows of the corpus's lines with their line ends changed (LF, CRLF, CR), a few pieces typed in, cut anywhere: tables, wrapped cells, names across lines, text ending inside a token. */
const CORPUS_LINES = TEXTS.filter(({ name }) => name.startsWith('test')).flatMap(({ text }) => text.split(/\r\n|\r|\n/));
const TYPED = ['、', '，', '\n', ' ', '  ', '\t', '|', '（', '）', '市', '牵头单位：', '1.'];

test('windows of corpus lines, with any line ends, pieces typed in and cut anywhere: the reference\'s tokens, in one go and in steps of one and two tasks (600 texts)', () => {
	fc.assert(
		fc.property(
			fc.nat(CORPUS_LINES.length - 1),
			fc.integer({ min: 1, max: 40 }),
			fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 3 }),
			fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), piece: fc.constantFrom(...TYPED) }), { maxLength: 4 }),
			fc.double({ min: 0.5, max: 1, noNaN: true }),
			(first, count, ends, typed, cut) => {
				let text = CORPUS_LINES.slice(first, first + count)
					.map((line, index) => line + ends[index % ends.length])
					.join('');
				for (const { at, piece } of typed) {
					const offset = Math.floor(at * text.length);
					text = text.slice(0, offset) + piece + text.slice(offset);
				}
				const notice = engine.parseNotice(text.slice(0, Math.ceil(text.length * cut)));
				const expected = encodeTokens(referenceTokens(notice, someUnknown));
				assert.deepEqual(Array.from(encodedSemanticTokens(notice, someUnknown)), expected);
				for (const perStep of [1, 2]) {
					assert.deepEqual(Array.from(drain(encodedSemanticTokensInSteps(notice, someUnknown, perStep))), expected);
				}
			},
		),
		{ numRuns: 600, seed: 18 },
	);
});

/** Tables whose cells wrap over several lines, each column on its own: a unit column's lines interleave with the task column's, so marks come out of order. */
const UNITS = ['市发改委', '市财政局', '市商务局', '市住建局', '市发\n改委', '各县区政府', ''];
const wrappedTable = fc
	.array(
		fc.record({
			task: fc.array(fc.constantFrom('推进重点项目建设，', '加快前期手续办理', '优化营商环境', '（一）', ''), { minLength: 1, maxLength: 3 }),
			lead: fc.array(fc.array(fc.constantFrom(...UNITS), { maxLength: 2 }), { minLength: 1, maxLength: 3 }),
			others: fc.array(fc.array(fc.constantFrom(...UNITS), { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
		}),
		{ minLength: 1, maxLength: 6 },
	)
	.map((rows) => {
		const lines = ['序号 | 工作任务 | 牵头单位 | 责任单位'];
		rows.forEach((row, index) => {
			const height = Math.max(row.task.length, row.lead.length, row.others.length);
			for (let line = 0; line < height; line++) {
				const cell = (pieces: string[][], at: number) => (pieces[at] ?? []).join('、');
				lines.push([line === 0 ? String(index + 1) : ' ', row.task[line] ?? '', cell(row.lead, line), cell(row.others, line)].join(' | '));
			}
		});
		return lines.join('\n') + '\n';
	});

test('tables whose wrapped cells interleave their lines: the reference\'s tokens, in one go and in steps of one task, sorted (300 tables)', () => {
	const sort = Int32Array.prototype.sort;
	let sorts = 0;
	// The encoder sorts its marks' indices, an Int32Array, when they come out of order: counted here.
	Int32Array.prototype.sort = function (this: Int32Array, compare?: (a: number, b: number) => number) {
		sorts++;
		return sort.call(this, compare);
	};
	try {
		fc.assert(
			fc.property(wrappedTable, (text) => {
				const notice = engine.parseNotice(text);
				const expected = encodeTokens(referenceTokens(notice, someUnknown));
				assert.deepEqual(Array.from(encodedSemanticTokens(notice, someUnknown)), expected);
				assert.deepEqual(Array.from(drain(encodedSemanticTokensInSteps(notice, someUnknown, 1))), expected);
			}),
			{ numRuns: 300, seed: 18 },
		);
	} finally {
		Int32Array.prototype.sort = sort;
	}
	assert.ok(sorts > 0, 'some tables reach the sort');
});

test('units a heading names for the tasks under it are tokens of their role, as hover and references take them', () => {
	// `一、市发改委牵头的工作` leads tasks 1 and 2; `（二）` names two leads.
	const text = '2020年重点工作任务分解\n一、市发改委牵头的工作\n1.扩大有效投资。\n责任单位：市财政局\n2.推进重大项目建设。\n（二）市商务局、各区人民政府牵头的工作\n3.稳定外贸。\n';
	const notice = engine.parseNotice(text);
	const lines = text.split('\n');
	const tokens = decodeSemanticTokens(encodedSemanticTokens(notice, (mention) => mention.name === '市商务局'));
	const named = tokens.filter((token) => token.type !== 'number' && token.type !== 'label').map((token) => [lines[token.line].slice(token.character, token.character + token.length), token.type, ...token.modifiers]);
	assert.deepEqual(named, [
		['市发改委', 'leadUnit'],
		['市财政局', 'responsibleUnit'],
		['市商务局', 'leadUnit', 'unknown'],
		['各区人民政府', 'leadUnit', 'collective'],
	]);
});

test('steps of no task (or fewer) still end: a task a step', () => {
	const notice = engine.parseNotice('2020年任务分解\n1.扩大投资。\n牵头单位：市财政局\n2.稳定外贸。\n牵头单位：市商务局\n');
	const expected = Array.from(encodedSemanticTokens(notice, someUnknown));
	for (const perStep of [0, -3]) {
		// Stepped by hand, at most a thousand steps (a generator that never ends would hang the run).
		const steps = encodedSemanticTokensInSteps(notice, someUnknown, perStep);
		let tokens: Int32Array | undefined;
		for (let step = 0; step < 1000 && tokens === undefined; step++) {
			const next = steps.next();
			tokens = next.done ? next.value : undefined;
		}
		assert.deepEqual(tokens && Array.from(tokens), expected, `steps of ${perStep}`);
	}
});

test('the legend fits a mark\'s code: types in four bits, modifiers in the four above', () => {
	assert.ok(TOKEN_TYPES.length <= 16 && TOKEN_MODIFIERS.length <= 4);
});

/** Random notices from the pieces a clerk types: markers, labels, lists, brackets, line breaks, tables. */
const PIECES = ['市发改委', '市财政局、市商务局', '、', '，', '。', '；', '\n', '\r\n', '\n\n', '1.', '2.', '12.', '（一）', '一、', '（', '）', '牵头单位：', '责任单位：', '配合单位:', '（市发改委牵头，市财政局配合）', '序号 工作任务 牵头单位\n1 甲 市发改委\n2 乙 市财政局\n', '| ', '各区人民政府', '市发\n改委', ' ', '\t'];

test('random notices: the tokens are the reference\'s (200 texts)', () => {
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
			const notice = engine.parseNotice(pieces.join(''));
			assert.deepEqual(Array.from(encodedSemanticTokens(notice, someUnknown)), encodeTokens(referenceTokens(notice, someUnknown)));
		}),
		{ numRuns: 200, seed: 15 },
	);
});

const tokens: SemanticToken[] = [
	{ line: 1, character: 0, length: 2, type: 'number', modifiers: [] },
	{ line: 2, character: 1, length: 3, type: 'label', modifiers: [] },
	{ line: 2, character: 5, length: 4, type: 'leadUnit', modifiers: ['unknown', 'collective'] },
	{ line: 4, character: 3, length: 1, type: 'otherUnit', modifiers: ['collective'] },
];

test('semantic tokens are encoded relative to the token before, types and modifiers by the legend; read back, they are the tokens', () => {
	const data = [1, 0, 2, 0, 0, 1, 1, 3, 1, 0, 0, 4, 4, 2, 3, 2, 3, 1, 4, 2];
	assert.deepEqual(encodeTokens(tokens), data);
	assert.deepEqual(decodeSemanticTokens(data), tokens);
	assert.deepEqual(decodeSemanticTokens(Int32Array.from(data)), tokens);
	assert.deepEqual(decodeSemanticTokens([]), []);
	// A notice's tokens, read back: the reference's, one by one.
	const notice = engine.parseNotice('2020年任务分解\n一、稳增长\n1.扩大投资。\n牵头单位：市财政局、各县区政府\n责任单位：市发\n改委\n');
	assert.deepEqual(decodeSemanticTokens(encodedSemanticTokens(notice, someUnknown)), referenceTokens(notice, someUnknown));
});

test('an edit inside a line changes only the numbers of its tokens: the delta is short', () => {
	const moved = tokens.map((token) => (token.line === 2 && token.character === 5 ? { ...token, character: 6 } : token));
	const edits = numberEdits(encodeTokens(tokens), encodeTokens(moved));
	assert.deepEqual(edits, [{ start: 11, deleteCount: 1, data: [5] }]);
	// The service keeps the encoded tokens as an Int32Array: the edit's data is a list of numbers all the same.
	assert.deepEqual(numberEdits(Int32Array.from(encodeTokens(tokens)), Int32Array.from(encodeTokens(moved))), edits);
	assert.deepEqual(numberEdits(Int32Array.from([1, 2]), Int32Array.from([1, 2])), []);
});
