import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeSemanticTokens, encodedSemanticTokens, encodedSemanticTokensInSteps, TOKEN_MODIFIERS, TOKEN_TYPES, type SemanticToken } from '../../server/src/core/features/semanticTokens';
import type { Notice, UnitMention } from '../../server/src/core/model/types';
import { numberEdits } from '../../server/src/core/service/keptResults';
import { isUnitRole } from '../../server/src/core/syntax/fieldLabels';
import { drain } from '../../server/src/core/text/steps';
import { engine } from '../support/engine';
import { repoRoot } from '../support/golden';

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
	const items = [...notice.sections, ...notice.tasks].sort((a, b) => a.marker.span.start - b.marker.span.start);
	const marks: Array<{ start: number; emit: () => void }> = items.map((item) => ({
		start: item.marker.span.start,
		emit: () => push(item.marker.span.start, item.marker.numberSpan.end + 1 <= item.marker.span.end ? item.marker.numberSpan.end + 1 : item.marker.span.end, 'number'),
	}));
	for (const task of notice.tasks) {
		for (const field of task.fields) {
			if (field.label.length > 0) {
				marks.push({ start: field.labelSpan.start, emit: () => push(field.labelSpan.start, field.labelSpan.end, 'label') });
			}
			if (isUnitRole(field.role)) {
				for (const unit of field.units) {
					const modifiers: SemanticToken['modifiers'] = [...(isUnknown(unit) ? (['unknown'] as const) : []), ...(unit.collective ? (['collective'] as const) : [])];
					marks.push({ start: unit.span.start, emit: () => push(unit.span.start, unit.span.end, unitTypes[unit.role], modifiers) });
				}
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

const root = repoRoot();
const TEXTS = ['seeds', path.join('test', 'corpus')].flatMap((folder) =>
	fs
		.readdirSync(path.join(root, folder))
		.filter((file) => file.endsWith('.txt'))
		.sort()
		.map((file) => ({ name: `${folder}/${file}`, text: fs.readFileSync(path.join(root, folder, file), 'utf8') })),
);

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
	assert.ok(notice.tasks.length > 0);
	assert.deepEqual(Array.from(encodedSemanticTokens(notice, someUnknown)), encodeTokens(referenceTokens(notice, someUnknown)));
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
	assert.deepEqual(decodeSemanticTokens([]), []);
});

test('an edit inside a line changes only the numbers of its tokens: the delta is short', () => {
	const moved = tokens.map((token) => (token.line === 2 && token.character === 5 ? { ...token, character: 6 } : token));
	const edits = numberEdits(encodeTokens(tokens), encodeTokens(moved));
	assert.deepEqual(edits, [{ start: 11, deleteCount: 1, data: [5] }]);
});
