import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { outline } from '../../server/src/core/features/outline';
import { workspaceUnits } from '../../server/src/core/features/unitReferences';
import { readNotice, readNoticeInSteps, rereadNotice, type NoticeReading } from '../../server/src/core/model/noticeReading';
import type { Notice } from '../../server/src/core/model/types';
import type { ContentChange } from '../../server/src/core/text/lineDocument';
import { drain } from '../../server/src/core/text/steps';
import { engine } from '../support/engine';
import { repoRoot } from '../support/golden';
import { noticeSnapshot } from '../support/noticeSnapshot';

/** Edit sequences in all, spread over the samples and the corpus texts (reported in the README). */
export const EDIT_SEQUENCES = 1000;

const root = repoRoot();
const TEXTS = ['seeds', path.join('test', 'corpus')].flatMap((folder) =>
	fs
		.readdirSync(path.join(root, folder))
		.filter((file) => file.endsWith('.txt'))
		.sort()
		.map((file) => ({ name: `${folder}/${file}`, text: fs.readFileSync(path.join(root, folder, file), 'utf8') })),
);
const REGISTRY = engine.createDirectory([engine.parseRegistry('市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n', 'file:///units.units.txt')]);

/** What an edit types or pastes: markers, unit fields, list punctuation, brackets, line breaks. */
const PIECES = ['市', '局', '、', '，', '。', '；', '\n', '\r\n', '\n\n', '1.', '2.', '12.', '（一）', '（二）', '一、', '二、', '（', '）', '(', ')', '【', '】', '牵头单位：', '责任单位：', '配合单位:', '牵头领导：', '完成时限：', '市发改委', '市财政局、市商务局', '市发改委牵头', '（市发改委牵头，市财政局配合）', '列第一位者为牵头单位', '等', '和', ' ', '\t', '　'];

type Edit = { kind: 'insert' | 'delete' | 'replace' | 'paste'; at: number; length: number; piece: number };

const edit = fc.record({
	kind: fc.constantFrom<Edit['kind']>('insert', 'insert', 'delete', 'replace', 'paste'),
	at: fc.double({ min: 0, max: 1, noNaN: true }),
	length: fc.double({ min: 0, max: 1, noNaN: true }),
	piece: fc.nat(),
});

/** One edit as the editor sends it: a range (line, character) of the current text and its new text. */
function change(text: string, notice: Notice, step: Edit): { text: string; change: ContentChange } {
	const start = Math.floor(step.at * text.length);
	// Deletions up to a few hundred characters: within a line, across lines, across blocks.
	const end = step.kind === 'insert' || step.kind === 'paste' ? start : Math.min(text.length, start + Math.floor(step.length ** 3 * 400));
	let inserted = '';
	if (step.kind === 'insert' || step.kind === 'replace') {
		inserted = PIECES[step.piece % PIECES.length];
	} else if (step.kind === 'paste') {
		// A block from this or another text: lines, fields, whole tasks.
		const source = TEXTS[step.piece % TEXTS.length].text;
		const from = Math.floor(step.length * source.length);
		inserted = source.slice(from, from + 20 + (step.piece % 600));
	}
	const range = { start: notice.lineIndex.positionAt(start), end: notice.lineIndex.positionAt(end) };
	return { text: text.slice(0, start) + inserted + text.slice(end), change: { range, text: inserted } };
}

/** Everything the editor shows of a reading: the model, the findings, the outline, the references. */
function everything(notice: Notice): unknown {
	const units = workspaceUnits([{ uri: 'file:///notice.txt', notice, directory: REGISTRY }]);
	return {
		model: noticeSnapshot(notice, engine.check(notice, REGISTRY)),
		outline: outline(notice),
		references: [...units.values()].map((unit) => ({ ...unit, references: unit.references.map((reference) => ({ span: reference.mention.span, task: reference.task.index, role: reference.role })) })),
	};
}


test(`incremental reading: after ${EDIT_SEQUENCES} random edit sequences on the samples and the corpus, model, findings, outline and references equal a fresh read`, () => {
	let sequences = 0;
	for (const [index, { name, text }] of TEXTS.entries()) {
		// The samples are five times the corpus texts' length: fewer sequences each, more on the corpus.
		const samples = TEXTS.filter((entry) => entry.name.startsWith('seeds')).length;
		const runs = name.startsWith('seeds') ? 20 : Math.ceil((EDIT_SEQUENCES - 20 * samples) / (TEXTS.length - samples));
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (steps) => {
				sequences++;
				let current = text;
				let reading: NoticeReading = readNotice(current, engine.memo);
				for (const step of steps) {
					const next = change(current, reading.notice, step);
					current = next.text;
					// Half the edits as the editor sends them, half as a whole new text (the fallback compares the texts);
					// a third read in steps of a few lines, as a large notice is (its runs copied, not taken).
					const changes = step.piece % 2 === 0 ? [next.change] : undefined;
					reading = step.piece % 3 === 0 ? drain(readNoticeInSteps(current, engine.memo, reading, changes, 7)) : rereadNotice(reading, current, engine.memo, changes);
				}
				assert.deepEqual(everything(reading.notice), everything(readNotice(current, engine.memo).notice), `${name}: the incremental reading differs from a fresh read`);
			}),
			{ numRuns: runs, seed: 15_000 + index },
		);
	}
	assert.ok(sequences >= EDIT_SEQUENCES);
});
