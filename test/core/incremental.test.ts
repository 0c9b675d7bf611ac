import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { Finding } from '../../server/src/core/checks/finding';
import { KeptTaskFindings } from '../../server/src/core/checks/keptTaskFindings';
import { SpellingIdentities } from '../../server/src/core/checks/spellingIdentities';
import { followUpCache, outline } from '../../server/src/core/features/outline';
import { workspaceUnits } from '../../server/src/core/features/unitReferences';
import { readNotice, readNoticeInSteps, rereadNotice, type NoticeReading } from '../../server/src/core/model/noticeReading';
import type { Notice } from '../../server/src/core/model/types';
import type { ContentChange } from '../../server/src/core/text/lineDocument';
import { drain } from '../../server/src/core/text/steps';
import { engine } from '../support/engine';
import { noticeSnapshot } from '../support/noticeSnapshot';
import { sampleAndCorpusTexts } from '../support/sampleTexts';
import { repoRoot } from '../support/golden';
import { BlockText } from '../../server/src/core/text/noticeText';
import { unitsIfMade } from '../../server/src/core/model/readNotice';
import { looksLikeNotice } from '../../server/src/core/features/classifyText';
import { NumberingMemo, numberingScopes, type NumberingScope } from '../../server/src/core/model/numberingScopes';

/** Edit sequences in all, spread over the samples, the corpus, layout and wild texts (reported in the README). */
export const EDIT_SEQUENCES = 1900;
/** Sequences on each sample, each layout text (test/layouts/) and each real excerpt (test/wild/); the corpus texts share the rest. */
const FEW_EACH = 20;

const TEXTS = sampleAndCorpusTexts();
const REGISTRY = engine.createDirectory([engine.parseRegistry('市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n', 'file:///units.units.txt')]);

/** What an edit types or pastes: markers, unit fields, list punctuation, brackets, line breaks. */
const PIECES = ['市', '局', '、', '，', '。', '；', '\n', '\r\n', '\n\n', '1.', '2.', '12.', '（一）', '（二）', '一、', '二、', '（', '）', '(', ')', '【', '】', '牵头单位：', '责任单位：', '配合单位:', '牵头领导：', '完成时限：', '市发改委', '市财政局、市商务局', '市发改委牵头', '（市发改委牵头，市财政局配合）', '列第一位者为牵头单位', '——', '——提升生态系统质量', '序号 工作任务 牵头单位\n1 甲 市发改委\n2 乙 市财政局\n', '附件：1.', '附件', '2020年12月31日', '各区人民政府：', '等', '和', ' ', '\t', '　', '\n— 2 —\n', '\n2\n', '\n第3页 共9页\n', '（市发改委、\n', '第一条　', '完成时限：\n', '持续',
	// The layouts of test/layouts/: group lines (with no lead, worded), lead headings, prose designations, bullets, Traditional labels, pipes.
	'以上2项', '以上3项牵头单位：市发改委；责任单位：', '\n以上2项责任单位：市财政局\n', '以上任务由市发改委牵头，市财政局配合。', '（一）市发改委牵头的工作\n', '此项工作由市商务局牵头负责，', '牵头单位为市财政局', '▲', '牽頭單位：', '|', '\n团市委',
	// Group lines in brackets, and naming a deadline.
	'（以上2项牵头单位：市发改委）', '\n以上任务完成时限：2025年12月底前\n'];

type Edit = { kind: 'insert' | 'delete' | 'replace' | 'paste'; at: number; length: number; piece: number };

const edit = fc.record({
	kind: fc.constantFrom<Edit['kind']>('insert', 'insert', 'delete', 'replace', 'paste'),
	at: fc.double({ min: 0, max: 1, noNaN: true }),
	length: fc.double({ min: 0, max: 1, noNaN: true }),
	piece: fc.nat(),
});

/** One edit as the editor sends it: a range (line, character) of the current text and its new text. */
function change(text: string, notice: Notice, step: Edit): { text: string; change: ContentChange; start: number; end: number; inserted: string } {
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
	return { text: text.slice(0, start) + inserted + text.slice(end), change: { range, text: inserted }, start, end, inserted };
}

/**
 * Everything the editor shows of a reading: the model, the findings, the outline, the references.
 * The findings of an edited reading are checked as an open notice's are, keeping the local
 * findings of the tasks the edits did not read again (`kept`); a fresh read's from scratch.
 */
function everything(notice: Notice, findings: readonly Finding[] = engine.check(notice, REGISTRY)): unknown {
	const units = workspaceUnits([{ uri: 'file:///notice.txt', notice, directory: REGISTRY }]);
	return {
		model: noticeSnapshot(notice, findings),
		outline: outline(notice),
		references: [...units.values()].map((unit) => ({ identity: unit.identity, name: unit.name, references: unit.references.map((reference) => ({ start: reference.mention.start, end: reference.mention.end, task: reference.task.index, role: reference.role })) })),
	};
}

/** `text` cut every `size` code units (a cut may fall inside a CRLF or a pair past U+FFFF). */
function cutEvery(text: string, size: number): string[] {
	const blocks: string[] = [];
	for (let at = 0; at < text.length || blocks.length === 0; at += size) {
		blocks.push(text.slice(at, at + size));
	}
	return blocks;
}

test(`incremental reading: after ${EDIT_SEQUENCES} random edit sequences on the samples, the corpus, layout and wild texts, model, findings, outline and references equal a fresh read`, () => {
	let sequences = 0;
	// The samples are five times the corpus texts' length: fewer sequences each, more on the corpus. The layout
	// texts are short, each of one layout (a group line naming no lead, sub-points under （一）…), and the wild ones
	// excerpts of some 2 KB: as few as the samples.
	const fewEach = (name: string) => /^(seeds|test[\\/]layouts|test[\\/]wild)[\\/]/.test(name);
	const few = TEXTS.filter((entry) => fewEach(entry.name)).length;
	for (const [index, { name, text }] of TEXTS.entries()) {
		const runs = fewEach(name) ? FEW_EACH : Math.ceil((EDIT_SEQUENCES - FEW_EACH * few) / (TEXTS.length - few));
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), fc.boolean(), (steps, inBlocks) => {
				sequences++;
				let current = text;
				// Half the sequences read the text as an open document's in the server is, in blocks after
				// an edit (cut small here, so that edits and reads cross them).
				let blocks = BlockText.fromBlocks(cutEvery(text, 256));
				let reading: NoticeReading = readNotice(current, engine.memo);
				const kept = new KeptTaskFindings();
				let findings = engine.check(reading.notice, REGISTRY, undefined, kept);
				// One cache of the outline's for the sequence, as the service keeps one: what it keeps of a task taken
				// from the version before (its name and detail) must be what a fresh cache writes, in either locale.
				const followUps = followUpCache();
				outline(reading.notice, 'zh-cn', followUps);
				for (const step of steps) {
					const next = change(current, reading.notice, step);
					current = next.text;
					blocks = BlockText.afterEdit(blocks, next.start, next.end, next.inserted, 128);
					// Half the edits as the editor sends them, half as a whole new text (the fallback compares the texts);
					// a third read in steps of a few lines, as a large notice is (its runs copied, not taken).
					const changes = step.piece % 2 === 0 ? [next.change] : undefined;
					const version = inBlocks ? blocks : current;
					reading = step.piece % 3 === 0 ? drain(readNoticeInSteps(version, engine.memo, reading, changes, 7)) : rereadNotice(reading, version, engine.memo, changes);
					// Not after every edit (an editor may skip versions): kept findings then outlive a version unchecked.
					if (step.piece % 5 !== 4) {
						findings = engine.check(reading.notice, REGISTRY, undefined, kept);
						outline(reading.notice, step.piece % 7 === 3 ? 'en' : 'zh-cn', followUps);
					}
				}
				findings = engine.check(reading.notice, REGISTRY, undefined, kept);
				const fresh = readNotice(current, engine.memo).notice;
				assert.deepEqual(everything(reading.notice, findings), everything(fresh), `${name}: the incremental reading differs from a fresh read`);
				assert.deepEqual(outline(reading.notice, 'zh-cn', followUps), outline(fresh), `${name}: the outline with the sequence's cache differs from a fresh read's`);
			}),
			{ numRuns: runs, seed: 15_000 + index },
		);
	}
	assert.ok(sequences >= EDIT_SEQUENCES);
});

/** Reads `text`, then reads it again after one ranged edit (offset, removed length, inserted text), as an editor sends it, and afresh. */
function readEdited(text: string, at: number, removed: number, inserted: string): { tasksBefore: number; edited: Notice; fresh: Notice; after: string } {
	const reading = readNotice(text, engine.memo);
	const tasksBefore = reading.notice.tasks.length;
	const after = text.slice(0, at) + inserted + text.slice(at + removed);
	const range = { start: reading.notice.lineIndex.positionAt(at), end: reading.notice.lineIndex.positionAt(at + removed) };
	const edited = rereadNotice(reading, after, engine.memo, [{ range, text: inserted }]).notice;
	return { tasksBefore, edited, fresh: readNotice(after, engine.memo).notice, after };
}

/** Edits `text` by each edit in turn (offset, removed length, inserted text, from the text so far), each read in steps from the last reading, and compares it with a fresh read. */
function readInStepsAfterEach(text: string, edits: ReadonlyArray<(current: string) => readonly [number, number, string]>): void {
	let current = text;
	let reading = readNotice(current, engine.memo);
	for (const [k, edit] of edits.entries()) {
		const [at, removed, inserted] = edit(current);
		assert.ok(at >= 0, `edit ${k} found`);
		const range = { start: reading.notice.lineIndex.positionAt(at), end: reading.notice.lineIndex.positionAt(at + removed) };
		current = current.slice(0, at) + inserted + current.slice(at + removed);
		reading = drain(readNoticeInSteps(current, engine.memo, reading, [{ range, text: inserted }], 3));
		assert.deepEqual(everything(reading.notice), everything(readNotice(current, engine.memo).notice), `edit ${k}`);
	}
}

/** Reads `text`, edits it by `edit` (offset, removed length, inserted text), then compares the kept findings with a fresh check. */
function editedFindings(text: string, at: number, removed: number, inserted: string): { kept: unknown; fresh: unknown; codes: string[] } {
	const kept = new KeptTaskFindings();
	const reading = readNotice(text, engine.memo);
	engine.check(reading.notice, REGISTRY, undefined, kept);
	const next = text.slice(0, at) + inserted + text.slice(at + removed);
	const range = { start: reading.notice.lineIndex.positionAt(at), end: reading.notice.lineIndex.positionAt(at + removed) };
	const edited = rereadNotice(reading, next, engine.memo, [{ range, text: inserted }]);
	const findings = engine.check(edited.notice, REGISTRY, undefined, kept);
	const fresh = engine.check(readNotice(next, engine.memo).notice, REGISTRY);
	return { kept: findings, fresh, codes: fresh.map((finding) => finding.code) };
}

test('kept findings: a task the edit did not read again is checked again when what the rules read of the notice changes (its units in the text or not)', () => {
	// No task names a unit: they are in an attachment (units-not-in-text, said once). A unit field
	// added to task 1 puts them in the text, and the untouched tasks 2 and 3 lack their lead; and back.
	const letter = '关于印发任务分解方案的通知\n1.推进甲项工作\n完成时限：6月底\n2.推进乙项工作落实\n完成时限：年底\n3.推进丙项工作\n完成时限：年底\n';
	const at = letter.indexOf('完成时限：6月底');
	const added = editedFindings(letter, at, 0, '牵头单位：市发改委\n');
	assert.deepEqual(added.kept, added.fresh);
	assert.deepEqual(added.codes, ['missing-lead', 'missing-lead']);
	const withField = letter.slice(0, at) + '牵头单位：市发改委\n' + letter.slice(at);
	const removed = editedFindings(withField, at, '牵头单位：市发改委\n'.length, '');
	assert.deepEqual(removed.kept, removed.fresh);
	assert.deepEqual(removed.codes, ['units-not-in-text']);
});

/** A numbering memo that counts the lists it gives a kept shape for. */
class CountingMemo extends NumberingMemo {
	taken = 0;
	override shapeOf(items: Parameters<NumberingMemo['shapeOf']>[0]): number {
		const shape = super.shapeOf(items);
		this.taken += shape !== 0 ? 1 : 0;
		return shape;
	}
}

/** A notice's numbering scopes as plain data: each list's markers (kind, number, start), its first number, whether in order. */
function scopesOf(scopes: readonly NumberingScope[]): unknown {
	return scopes.map((scope) => ({ kind: scope.kind, firstNumber: scope.firstNumber, selection: scope.selection, inOrder: scope.inOrder, lists: scope.lists.map((items) => items.map((item) => [item.marker.kind, item.marker.number, item.marker.start])) }));
}

test('kept numbering: a list of tasks the edits did not read again takes its shape from the last check; one whose task was renumbered, added or removed is read again', () => {
	const notice = '关于印发任务分解方案的通知\n一、甲类工作\n1.推进甲项工作\n牵头单位：市发改委\n2.推进乙项工作\n牵头单位：市财政局\n3.推进丙项工作\n牵头单位：市商务局\n二、乙类工作\n1.推进丁项工作\n牵头单位：市发改委\n2.推进戊项工作\n牵头单位：市财政局\n三、丙类工作\n1.推进庚项工作\n牵头单位：市商务局\n';
	// Each edit from the text before: a number changed in the first list (its length and first task the same), the
	// change undone, a task typed into the second list, a task of the first list deleted, a character typed in a title.
	const edits: ReadonlyArray<(text: string) => readonly [number, number, string]> = [
		(text) => [text.indexOf('2.推进乙'), 1, '5'],
		(text) => [text.indexOf('5.推进乙'), 1, '2'],
		(text) => [text.indexOf('2.推进戊'), 0, '2.推进己项工作\n牵头单位：市商务局\n'],
		(text) => [text.indexOf('3.推进丙'), '3.推进丙项工作\n牵头单位：市商务局\n'.length, ''],
		(text) => [text.indexOf('工作\n牵头单位：市发改委'), 0, '市'],
	];
	const expected = [
		['number-gap'],
		[],
		['duplicate-number'],
		['duplicate-number'],
		['duplicate-number'],
	];
	const kept = new KeptTaskFindings();
	const memo = new CountingMemo();
	let text = notice;
	let reading = readNotice(text, engine.memo);
	engine.check(reading.notice, REGISTRY, undefined, kept);
	numberingScopes(reading.notice, memo);
	let taken = 0;
	for (let e = 0; e < edits.length; e++) {
		const [at, removed, inserted] = edits[e](text);
		assert.ok(at >= 0);
		const range = { start: reading.notice.lineIndex.positionAt(at), end: reading.notice.lineIndex.positionAt(at + removed) };
		text = text.slice(0, at) + inserted + text.slice(at + removed);
		reading = rereadNotice(reading, text, engine.memo, [{ range, text: inserted }]);
		const findings = engine.check(reading.notice, REGISTRY, undefined, kept);
		const fresh = readNotice(text, engine.memo).notice;
		assert.deepEqual(findings, engine.check(fresh, REGISTRY), `edit ${e}`);
		assert.deepEqual(findings.map((finding) => finding.code).filter((code) => code.includes('number')), expected[e], `edit ${e}`);
		const before = memo.taken;
		assert.deepEqual(scopesOf(numberingScopes(reading.notice, memo)), scopesOf(numberingScopes(fresh)), `edit ${e}`);
		taken += memo.taken - before;
	}
	// The list of the two first the edit left alone is taken each time (the second after edits 0, 1, 3 and 4, the first
	// after 2); the third never, its task read again at every edit (the last run, see readRun).
	assert.equal(taken, 5);
});

test("incremental reading: an edit that changes the writer's level-prefix habit decides it again for the tasks it did not read again", () => {
	// Two lists write 市 once (市发改委、财政局), one repeats it: the prefix goes to 财政局 and 商务局.
	// Two more lists repeating it in task 3 make the writer one who repeats it: 财政局 stands as written.
	const notice = '1.推进甲项工作\n牵头单位：市发改委、财政局\n2.推进乙项工作\n牵头单位：市发改委、商务局\n3.推进丙项工作\n牵头单位：市发改委、市财政局\n4.推进丁项工作\n牵头单位：市发改委\n';
	const at = notice.indexOf('4.');
	const inserted = '责任单位：市工信局、市科技局\n配合单位：市民政局、市商务局\n';
	for (const [before, edit] of [
		[notice, { at, removed: 0, inserted }],
		[notice.slice(0, at) + inserted + notice.slice(at), { at, removed: inserted.length, inserted: '' }],
	] as const) {
		const { edited, fresh } = readEdited(before, edit.at, edit.removed, edit.inserted);
		assert.deepEqual(everything(edited), everything(fresh));
		assert.notEqual(fresh.tasks[0].units[1].name === '市财政局', edit.removed === 0, 'the habit changes with the edit');
	}
});

test('incremental reading: an item the edit touches, extends or cuts reads what it carries again (the task level follows)', () => {
	// （二） carries nothing: a heading. A unit field added under it, or its title rewritten to name
	// its lead in as many characters, makes it a task; deleting its field makes it a heading again.
	// Its first line stays where it was: what it carried before is not what it carries now.
	const heading = '（一）甲类工作\n1.推进甲项工作\n牵头单位：市发改委\n（二）乙类工作推进\n';
	const field = '牵头单位：市财政局\n';
	const edits = [
		{ text: heading, at: heading.length, removed: 0, inserted: field, tasks: 2 },
		{ text: heading, at: heading.indexOf('乙类工作推进'), removed: '乙类工作推进'.length, inserted: '市发改委牵头', tasks: 2 },
		{ text: heading + field, at: heading.length, removed: field.length, inserted: '', tasks: 1 },
	];
	for (const edit of edits) {
		const { tasksBefore, edited, fresh } = readEdited(edit.text, edit.at, edit.removed, edit.inserted);
		assert.notEqual(tasksBefore, edit.tasks);
		assert.equal(fresh.tasks.length, edit.tasks);
		assert.deepEqual(everything(edited), everything(fresh));
	}
});

test('incremental reading: a framed item whose unit parenthesis is unclosed stays a task after an edit on another task (what it carries is kept between readings)', () => {
	const text = '一、主要目标\n1.扎实推进产业项目建设。（市发改委牵头，市财政局配合）\n2.经济增长7.5%。（市发改委牵头，市统计局配合\n3.扩大有效投资。（市发改委牵头，市财政局配合）\n';
	const { tasksBefore, edited, fresh } = readEdited(text, text.indexOf('有效投资'), 0, '全年');
	assert.equal(tasksBefore, 3);
	assert.equal(fresh.tasks.length, 3);
	assert.deepEqual(everything(edited), everything(fresh));
});

test('incremental reading: an excerpt ending inside its only task\'s unit parenthesis, a line typed after it and removed again, reads as a fresh read does', () => {
	const text = '一、落实2019年经济社会发展总体要求和主要预期目标\n(一)总体要求:保持经济持续健康发展。\n主要预期目标:经济增长7.5%—8%(省发展改革委牵头,省工业和信息化厅、省\n';
	const line = '全省上下要坚定信心。\n';
	const typed = readEdited(text, text.length, 0, line);
	assert.equal(typed.tasksBefore, 1);
	assert.equal(typed.fresh.tasks.length, 0);
	assert.deepEqual(everything(typed.edited), everything(typed.fresh));
	const removed = readEdited(text + line, text.length, line.length, '');
	assert.equal(removed.tasksBefore, 0);
	assert.equal(removed.fresh.tasks.length, 1);
	assert.deepEqual(everything(removed.edited), everything(removed.fresh));
});

test('incremental reading: sub-points that an edit makes tasks, or tasks it makes sub-points, are decided as a fresh read decides them', () => {
	// （1）（2） under 1. with units after the last only are sub-points of task 1; a lead added to
	// （1） makes them tasks under the heading 1., and removing it makes them sub-points again. The
	// items stand in the same places: what the reading before decided for them is not kept.
	const points = '1.推进甲项工作\n（1）完善甲项制度\n（2）落实甲项资金\n牵头单位：市发改委\n2.推进乙项工作\n牵头单位：市财政局\n';
	leadTypedAndRemoved(points, points.indexOf('\n（2）'));
});

/** A lead typed at `at` of `text`, and removed again: each reading that changes the task level equals a fresh read. */
function leadTypedAndRemoved(text: string, at: number): void {
	const lead = '（牵头单位：市商务局）';
	const edits = [
		{ text, at, removed: 0, inserted: lead },
		{ text: text.slice(0, at) + lead + text.slice(at), at, removed: lead.length, inserted: '' },
	];
	for (const edit of edits) {
		const { tasksBefore, edited, fresh } = readEdited(edit.text, edit.at, edit.removed, edit.inserted);
		assert.notEqual(tasksBefore, fresh.tasks.length, 'the edit changes the task level');
		assert.deepEqual(everything(edited), everything(fresh));
	}
}

test('incremental reading: a lead typed on a point of one group decides again the points of every other group (1. 2. under （一）, units after the last)', () => {
	// Every group writes its units after its last point: the groups are the tasks. A lead on a
	// point of the second group makes the points tasks everywhere, the first group's far from the edit.
	const groups = '（一）推进甲项工作\n1.完善甲项制度\n2.落实甲项资金\n牵头单位：市发改委\n（二）推进乙项工作\n1.完善乙项制度\n2.落实乙项资金\n牵头单位：市财政局\n';
	leadTypedAndRemoved(groups, groups.indexOf('\n2.落实乙项'));
});

test('incremental reading: an edit on a group line (`以上3项牵头单位：…`) or on an item it covers passes its units as a fresh read does', () => {
	const text = '1.推进甲项工作。\n2.推进乙项工作。\n3.推进丙项工作。\n以上3项牵头单位：县自然资源局；责任单位：县农业农村局\n4.推进丁项工作。\n牵头单位：县林业局\n';
	const line = text.indexOf('以上3项');
	const edits = [
		{ at: line + 2, removed: 1, inserted: '2' },
		{ at: line + 4, removed: 4, inserted: '配合单位' },
		{ at: line, removed: 0, inserted: '5.推进戊项工作。\n' },
		{ at: text.indexOf('乙项'), removed: 0, inserted: '（牵头单位：县财政局）' },
		{ at: text.indexOf('\n4.'), removed: 0, inserted: '\n完成时限：年底' },
	];
	for (const edit of edits) {
		const { edited, fresh } = readEdited(text, edit.at, edit.removed, edit.inserted);
		assert.deepEqual(everything(edited), everything(fresh), edit.inserted);
	}
});

test('incremental reading: an edit of a heading\'s units reads again a task whose parenthesis before its target counts only without them (`推进背街小巷整治（区城管局）。力争年底前完成。`)', () => {
	for (const text of ['一、城市建设（区住建局牵头）\n1.推进背街小巷整治（区城管局）。力争年底前完成。\n二、产业发展\n2.推进园区建设（区发改委）。确保年底前完成。\n', '一、城市建设\n牵头单位：区住建局\n1.推进背街小巷整治（区城管局）。力争年底前完成。\n二、产业发展\n2.推进园区建设（区发改委）。确保年底前完成。\n']) {
		// A line break inside the heading's line or label cuts its units off, and typed back gives them again; at every offset before the task.
		for (let at = 0; at < text.indexOf('1.'); at++) {
			for (const [removed, inserted] of [[0, '\n'], [1, '']] as const) {
				const { edited, fresh } = readEdited(text, at, removed, inserted);
				assert.deepEqual(everything(edited), everything(fresh), `${at} ${removed} ${JSON.stringify(inserted)}`);
			}
		}
	}
});

test('incremental reading: a group line naming no lead (`以上2项责任单位：…`) passes its units after an edit elsewhere as a fresh read does (its one unit made the lead by the finish before)', () => {
	// The run of items 1 and 2 is taken as the finish before left it: 县财政局 its lead there, which is no lead as read.
	const text = '1.推进甲项工作。\n2.推进乙项工作。\n以上2项责任单位：县财政局\n3.推进丙项工作。\n牵头单位：县发改局\n4.推进丁项工作。\n牵头单位：县水利局\n';
	const { edited, fresh } = readEdited(text, text.indexOf('丙项'), 0, '戊');
	assert.deepEqual(fresh.tasks[0].inheritedUnits.map((unit) => `${unit.role}:${unit.name}`), ['lead:县财政局']);
	assert.deepEqual(everything(edited), everything(fresh));
});

test('incremental reading: a group line\'s deadline (`以上任务完成时限：…`) reaches the items above after an edit as on a fresh read, and leaves them when the line goes', () => {
	const text = '1.推进甲项工作。\n牵头单位：县发改局\n2.推进乙项工作。\n牵头单位：县财政局\n以上任务完成时限：2025年12月底前\n3.推进丙项工作。\n牵头单位：县水利局\n';
	const line = '以上任务完成时限：2025年12月底前\n';
	const edits: Array<[number, number, string]> = [
		[text.indexOf('甲项'), 0, '戊'],
		[text.indexOf(line), line.length, ''],
		[text.indexOf(line), '以上任务'.length, '备注'],
		[text.indexOf('3.'), 0, line],
	];
	for (const [at, removed, inserted] of edits) {
		const reading = readNotice(text, engine.memo);
		const followUps = followUpCache();
		outline(reading.notice, 'zh-cn', followUps);
		const after = text.slice(0, at) + inserted + text.slice(at + removed);
		const range = { start: reading.notice.lineIndex.positionAt(at), end: reading.notice.lineIndex.positionAt(at + removed) };
		const edited = rereadNotice(reading, after, engine.memo, [{ range, text: inserted }]).notice;
		const fresh = readNotice(after, engine.memo).notice;
		assert.deepEqual(everything(edited), everything(fresh), `${at}: ${inserted}`);
		assert.deepEqual(outline(edited, 'zh-cn', followUps), outline(fresh), `${at}: ${inserted}`);
	}
	assert.equal(readNotice(text, engine.memo).notice.tasks[0].inheritedDeadline?.text, '2025年12月底前');
});

test('incremental reading: an edit that starts or ends an attachment list, or dates a signature, marks the lines after it again, and the lines of a wrapped item before it (document parts)', () => {
	// 附件：1. starts a list its 2. and 3. go on: not tasks. Without it they are tasks, and the
	// reverse; a date under an organ's name makes it a signature (the task above ends before it).
	const list = '关于印发工作任务的通知\n1.推进甲项工作\n牵头单位：市发改委\n附件：1.甲方案\n2.乙方案（市财政局牵头）\n3.丙方案（市商务局牵头）\n4.丁方案（市发改委牵头）\n';
	const unlisted = list.replace('附件：1.甲方案', '1.甲方案');
	const signed = '关于印发工作任务的通知\n1.推进甲项工作\n牵头单位：市发改委\n市人民政府办公室\n\n2.乙项工作\n牵头单位：市财政局\n';
	// A wrap broke the list's first item (`附件：1.甲方` / `案`): whether that line goes on the list depends on the number after it.
	const wrapped = list.replace('附件：1.甲方案', '附件：1.甲方\n案');
	const renumbered = wrapped.replace('2.乙方案', '5.乙方案');
	// A page's footer inside the list (review of round 14): the list goes on over it, also when the lines after it are read again.
	const footed = '附件：1.甲方\n案\n2.乙方案\n3.丙方\n案\n— 2 —\n4.丁方案（市发改委牵头）\n5.推进戊项工作\n牵头单位：市商务局\n';
	const edits = [
		{ text: footed, at: footed.length, removed: 0, inserted: '6', tasksChange: false },
		{ text: wrapped, at: wrapped.indexOf('2.乙方案'), removed: 1, inserted: '5', tasksChange: true },
		{ text: renumbered, at: renumbered.indexOf('5.乙方案'), removed: 1, inserted: '2', tasksChange: true },
		{ text: list, at: list.indexOf('附件：'), removed: '附件：'.length, inserted: '', tasksChange: true },
		{ text: unlisted, at: unlisted.indexOf('1.甲方案'), removed: 0, inserted: '附件：', tasksChange: true },
		{ text: signed, at: signed.indexOf('\n\n') + 1, removed: 0, inserted: '2020年12月31日', tasksChange: false },
	];
	for (const edit of edits) {
		const { tasksBefore, edited, fresh, after } = readEdited(edit.text, edit.at, edit.removed, edit.inserted);
		assert.equal(tasksBefore !== fresh.tasks.length, edit.tasksChange, after);
		assert.deepEqual(everything(edited), everything(fresh));
	}
});

test('incremental reading: an edit of the title marks again the page headers that repeat it, however far below (document parts)', () => {
	const title = '城西区2024年重点工作任务分解表';
	const body = `1.新建全民健身中心1个。（区文体局牵头）\n2.培育农业龙头企业3家。（区农业农村局\n— 3 —\n${title}\n牵头负责）\n3.抽检食品4000批次。（区市场监管局负责）\n`;
	const edits = [
		{ text: `${title}\n${body}`, at: title.length - 1, removed: 0, inserted: '（汇总）' },
		{ text: `${title.slice(0, -1)}（汇总）表\n${body}`, at: title.length - 1, removed: '（汇总）'.length, inserted: '' },
	];
	for (const edit of edits) {
		const { edited, fresh, after } = readEdited(edit.text, edit.at, edit.removed, edit.inserted);
		assert.deepEqual(everything(edited), everything(fresh), after);
	}
});

test('incremental reading: an edit that moves a table\'s end changes the lines it no longer holds (or now holds) as a fresh read does, at every offset (tables of a cell per line, group headings)', () => {
	// A cell a line, rows under group headings (`一、…` then `1`, task, unit). An edit may end the table
	// early (a unit field under a heading), or make it reach further: the lines it gave up are text
	// again, where a bare `2` between two lines of text is a page's number, whatever the previous reading said of them.
	const cells = (rows: string[]) => rows.join('\n\n') + '\n';
	const grouped = cells(['序号', '重点工作任务', '牵头单位', '一、甲类工作', '1', '推进甲项建设。', '区卫健委', '二、乙类工作', '2', '推进乙项建设。', '区发改委', '三、丙类工作', '3', '推进丙项建设。', '区财政局']);
	const skipping = cells(['县住建局重点工作任务分解表', '序号', '重点工作任务', '主要责任单位', '协同配合单位', '一、主要预期目标', '2', '城镇新增就业稳定。', '县住建局', '县人社局。', '二、扩大有效投资', '三、增进民生福祉', '41', '推进老旧小区改造。', '县住建局', '县财政局、县发改局。']);
	const edits: { text: string; at: number; removed: number; inserted: string }[] = [];
	for (const text of [grouped, skipping]) {
		for (let at = 0; at <= text.length; at++) {
			for (const inserted of ['\n牵头单位：市商务局', '\n', '4']) {
				edits.push({ text, at, removed: 0, inserted });
			}
			const lineEnd = text.indexOf('\n', at);
			if (at < text.length) {
				edits.push({ text, at, removed: 1, inserted: '' });
				edits.push({ text, at, removed: lineEnd + 1 - at, inserted: '' });
			}
		}
	}
	const failures: string[] = [];
	for (const edit of edits) {
		const { edited, fresh, after } = readEdited(edit.text, edit.at, edit.removed, edit.inserted);
		if (!isDeepStrictEqual(everything(edited), everything(fresh))) {
			failures.push(JSON.stringify(after.slice(Math.max(0, edit.at - 12), edit.at + 12)));
		}
	}
	assert.deepEqual(failures, []);
	// A keystroke that moves no table's end still keeps every line but its own.
	const notice = `1.推进丁项工作。\n牵头单位：市商务局\n${grouped}`;
	const reading = readNotice(notice, engine.memo);
	const at = notice.indexOf('丁项') + 1;
	const position = reading.notice.lineIndex.positionAt(at);
	const typed = rereadNotice(reading, notice.slice(0, at) + '甲' + notice.slice(at), engine.memo, [{ range: { start: position, end: position }, text: '甲' }]);
	assert.ok(typed.structure!.tables.length > 0);
	assert.deepEqual(typed.structure!.kept, { before: 0, after: 1, lineDelta: 0 });
});

test('kept spelling counts: after edits that add and remove mentions, the counts kept from check to check are those of a fresh count', () => {
	const text = TEXTS.find((entry) => entry.name.endsWith('xuzhou-2020-task-breakdown.txt'))!.text;
	const byName = (table: SpellingIdentities, counts: Int32Array) => {
		const named = new Map<string, number>();
		for (let id = 0; id < table.size; id++) {
			if (id < counts.length && counts[id] !== 0) {
				named.set(table.identity(id).name, counts[id]);
			}
		}
		return named;
	};
	const kept = new SpellingIdentities();
	kept.use(engine.catalog, undefined);
	let reading = readNotice(text, engine.memo);
	kept.countsOfTasks(reading.notice.tasks);
	let current = text;
	// A unit field added, two lines cut out, a whole task with its units cut out, one pasted back.
	const field = current.indexOf('牵头单位');
	const steps: Array<(notice: Notice) => { at: number; removed: number; inserted: string }> = [
		() => ({ at: field, removed: 0, inserted: '牵头单位：市发展和改革委员会、市统计局\n' }),
		() => ({ at: field, removed: current.indexOf('\n', current.indexOf('\n', field) + 1) - field, inserted: '' }),
		(notice) => ({ at: notice.tasks[5].start, removed: notice.tasks[6].start - notice.tasks[5].start, inserted: '' }),
		(notice) => ({ at: notice.tasks[8].start, removed: 0, inserted: current.slice(notice.tasks[2].start, notice.tasks[3].start) }),
	];
	for (const step of steps) {
		const { at, removed, inserted } = step(reading.notice);
		// The task cut out names units: their counts must go.
		assert.ok(reading.notice.tasks[5].units.length > 0);
		const range = { start: reading.notice.lineIndex.positionAt(at), end: reading.notice.lineIndex.positionAt(at + removed) };
		current = current.slice(0, at) + inserted + current.slice(at + removed);
		reading = rereadNotice(reading, current, engine.memo, [{ range, text: inserted }]);
		const counted = kept.countsOfTasks(reading.notice.tasks)!;
		const fresh = new SpellingIdentities(false);
		fresh.use(engine.catalog, undefined);
		assert.deepEqual(byName(kept, counted), byName(fresh, fresh.countsOfTasks(reading.notice.tasks)!));
	}
});

test('spare lists: a reading in one go writes anew the lists of the reading before the previous one, never the previous reading\'s own', () => {
	const text = TEXTS.find((entry) => entry.name.endsWith('xuzhou-2020-task-breakdown.txt'))!.text;
	let current = text;
	const readings = [readNotice(current, engine.memo)];
	assert.ok(readings[0].notice.units.length > 0);
	// Keystrokes in the middle of a task's text: every run but one is taken, the lists are the same length.
	for (let keystroke = 0; keystroke < 4; keystroke++) {
		const previous = readings[readings.length - 1];
		const at = previous.notice.tasks[3].titleStart + 1;
		const position = previous.notice.lineIndex.positionAt(at);
		current = current.slice(0, at) + '市' + current.slice(at);
		readings.push(rereadNotice(previous, current, engine.memo, [{ range: { start: position, end: position }, text: '市' }]));
		// Read at each version, as a client asking for a unit at each keystroke reads it (a list not read is not made: see unitsOnDemand).
		assert.ok(readings[readings.length - 1].notice.units.length > 0);
	}
	// The sections too (objects written anew, as the lists are), and their lists of children; the items' facts and their typed lists.
	const lists = (reading: NoticeReading) => [reading.notice.tasks, reading.notice.units, reading.runs, reading.segments, reading.structure?.lines, reading.items, reading.items?.starts, reading.notice.sections, reading.notice.children, ...reading.notice.sections, ...reading.notice.sections.map((section) => section.children)];
	for (let k = 2; k < readings.length; k++) {
		const [now, previous, before] = [lists(readings[k]), lists(readings[k - 1]), lists(readings[k - 2])];
		for (let l = 0; l < now.length; l++) {
			assert.notEqual(now[l], previous[l], `list ${l} of reading ${k} is the previous reading's`);
			// Not made anew: the list of the reading given up, written again (a keystroke made each of them).
			assert.equal(now[l], before[l], `list ${l} of reading ${k} was made anew`);
		}
	}
	assert.deepEqual(everything(readings[readings.length - 1].notice), everything(readNotice(current, engine.memo).notice));
});

test('incremental reading: an edit spanning half the text or more (a replace-all) is read afresh, one under half from the previous reading; the keystroke after either reads as a fresh read does', () => {
	const text = TEXTS.find((entry) => entry.name.endsWith('xuzhou-2020-task-breakdown.txt'))!.text;
	// A replace-all as the editor sends it: a character added every `step` characters from task 3 on, the last edit first (positions of the text before).
	const replaceAll = (previous: NoticeReading, until: number) => {
		const from = previous.notice.tasks[2].titleStart;
		const step = Math.floor((until - from) / 200);
		let edited = text;
		const changes: ContentChange[] = [];
		for (let at = from + 199 * step; at >= from; at -= step) {
			const position = previous.notice.lineIndex.positionAt(at);
			changes.push({ range: { start: position, end: position }, text: '·' });
			edited = edited.slice(0, at) + '·' + edited.slice(at);
		}
		return { edited, changes };
	};
	for (const [share, afresh] of [[0.9, true], [0.3, false]] as const) {
		const previous = readNotice(text, engine.memo);
		const before = new Set(previous.notice.tasks);
		const { edited, changes } = replaceAll(previous, Math.floor(text.length * share));
		const reading = rereadNotice(previous, edited, engine.memo, changes);
		assert.equal(
			reading.notice.tasks.some((task) => before.has(task)),
			!afresh,
			`an edit over ${share * 100} % of the text ${afresh ? 'took tasks from' : 'took no task from'} the previous reading`,
		);
		assert.deepEqual(everything(reading.notice), everything(readNotice(edited, engine.memo).notice));
		const at = reading.notice.tasks[5].titleStart + 1;
		const position = reading.notice.lineIndex.positionAt(at);
		const typed = edited.slice(0, at) + '市' + edited.slice(at);
		const next = rereadNotice(reading, typed, engine.memo, [{ range: { start: position, end: position }, text: '市' }]);
		assert.deepEqual(everything(next.notice), everything(readNotice(typed, engine.memo).notice));
	}
});

test('kept findings: a declaration that the units share every task alike (同责单位), typed or removed in the letter, checks again the tasks the edit did not read again', () => {
	const letter = '各街道办事处，区人民政府各部门：\n请各单位抓好落实。均为落实目标任务的同责单位，无先后大小责任之分。\n1.推进老旧小区改造。\n责任单位：市财政局、市商务局\n2.推进背街小巷整治。\n责任单位：市商务局、市发改委\n';
	const at = letter.indexOf('均为');
	const declaration = '均为落实目标任务的同责单位，无先后大小责任之分。';
	const removed = editedFindings(letter, at, declaration.length, '');
	assert.deepEqual(removed.kept, removed.fresh);
	assert.deepEqual(removed.codes, ['lead-not-designated', 'lead-not-designated']);
	const without = letter.slice(0, at) + letter.slice(at + declaration.length);
	const typed = editedFindings(without, at, 0, declaration);
	assert.deepEqual(typed.kept, typed.fresh);
	assert.deepEqual(typed.codes, []);
});

test('a letter\'s note that the first unit listed leads edited into one that a star marks it: the tasks the edit did not read again take the star\'s leads', () => {
	const tasks = ['推进老旧小区改造', '推进背街小巷整治', '推进口袋公园建设', '推进农贸市场改造', '推进停车场建设', '推进公厕改造'];
	const text = '各街道办事处：\n责任单位中首位为牵头单位。\n' + tasks.map((task, t) => `${t + 1}.${task}。\n责任单位：市财政局、市商务局*\n`).join('');
	const at = text.indexOf('首位');
	const reading = readNotice(text, engine.memo);
	const next = text.slice(0, at) + '带*的' + text.slice(at + 2);
	const range = { start: reading.notice.lineIndex.positionAt(at), end: reading.notice.lineIndex.positionAt(at + 2) };
	const edited = rereadNotice(reading, next, engine.memo, [{ range, text: '带*的' }]);
	const roles = (notice: Notice) => notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`));
	assert.deepEqual(roles(edited.notice), roles(readNotice(next, engine.memo).notice));
	assert.deepEqual(roles(edited.notice)[5], ['responsible:市财政局', 'lead:市商务局']);
});

test('kept findings: an item taking a group line\'s units is checked again when the line stops covering it, though the item is not read again', () => {
	// Units naming no lead, taken and then not: the lead is absent either way, the finding is not (lead-not-designated, then missing-lead).
	const kept = new KeptTaskFindings();
	let text = '1.推进甲项工作。\n2.推进乙项工作。\n以上2项责任单位：县住建局、县财政局\n3.推进丙项工作。\n牵头单位：县发改局\n';
	let reading = readNotice(text, engine.memo);
	const codesOf = (findings: readonly Finding[]) => findings.map((finding) => `${finding.code}:${finding.args[0]}`);
	assert.deepEqual(codesOf(engine.check(reading.notice, undefined, undefined, kept)), ['lead-not-designated:1', 'lead-not-designated:2']);
	const first = reading.notice.tasks[0];
	const at = text.indexOf('以上2项') + 2;
	const range = { start: reading.notice.lineIndex.positionAt(at), end: reading.notice.lineIndex.positionAt(at + 1) };
	text = text.slice(0, at) + '1' + text.slice(at + 1);
	reading = rereadNotice(reading, text, engine.memo, [{ range, text: '1' }]);
	assert.equal(reading.notice.tasks[0], first, 'the first item is taken, not read again');
	const fresh = engine.check(readNotice(text, engine.memo).notice, undefined);
	assert.deepEqual(codesOf(engine.check(reading.notice, undefined, undefined, kept)), codesOf(fresh));
	assert.deepEqual(codesOf(fresh), ['missing-lead:1', 'lead-not-designated:2']);
});

test('incremental reading: tasks naming their own leader and deadline (`责任领导：`, `完成时限：`) move with an edit above them as on a fresh read (taken in place, moved after the walk)', () => {
	const text = '临川区2024年重点工作任务清单\n一、项目建设\n1.开工建设城东综合客运枢纽。\n责任领导：常务副区长\n牵头单位：区交通运输局\n完成时限：2024年6月底前开工\n2.建成区人民医院新院区一期工程。\n责任领导：分管卫生健康工作的副区长\n牵头单位：区卫健委\n责任单位：区人民医院\n完成时限：2024年12月31日\n';
	for (const [at, removed, inserted] of [[0, 0, '抚州市'], [text.indexOf('建设\n'), 2, '建设工作'], [text.indexOf('城东'), 0, '市']] as const) {
		const { edited, fresh } = readEdited(text, at, removed, inserted);
		assert.ok(fresh.tasks.every((task) => task.leader !== undefined && task.deadline !== undefined));
		assert.deepEqual(everything(edited), everything(fresh), inserted);
		assert.deepEqual(edited.tasks.map((task) => [task.leader?.span, task.deadline?.span]), fresh.tasks.map((task) => [task.leader?.span, task.deadline?.span]), inserted);
	}
});

test('incremental reading: the last task\'s word line (`工作要求：`) compared with the task before\'s, that task taken in place after an edit above it (a review\'s: moved only after the walk, its offsets were the previous text\'s)', () => {
	const long = '加快推进重大项目建设，完成固定资产投资目标任务，确保全年经济平稳运行。';
	const text = `重点工作任务分解方案\n1.${long}${long}\n牵头单位：市发改委\n工作要求：按月报送进展。\n2.推进数字政府建设。\n牵头单位：市财政局\n工作要求：按季报送进展。\n3.优化营商环境。\n牵头单位：市商务局\n工作要求：按年报送进展。\n`;
	for (const [at, removed, inserted] of [[text.indexOf(long), long.length, ''], [text.indexOf(long), 0, long + long + long], [text.indexOf(long), 0, '市']] as const) {
		const { edited, fresh } = readEdited(text, at, removed, inserted);
		assert.ok(fresh.tasks[2].text.includes('工作要求'), 'the last task keeps its word line on a fresh read');
		assert.deepEqual(everything(edited), everything(fresh), `${removed} removed, ${inserted.length} inserted`);
	}
});

test('incremental reading: a table row\'s progress cell (推进情况) moves with an edit above it as on a fresh read', () => {
	const text = '重点工作进展情况\n序号\t工作任务\t牵头单位\t推进情况\n1\t新建幼儿园2所。\t市教育局\t已完工\n2\t改造农贸市场5个。\t市商务局\t已开工3个\n';
	for (const [at, inserted] of [[text.indexOf('进展'), '年度'], [text.indexOf('已开工'), '均'], [text.indexOf('\n2\t'), '\n3\t新增停车位800个。\t市城管局\t已新增500个']] as const) {
		const { edited, fresh } = readEdited(text, at, 0, inserted);
		assert.ok(fresh.tasks.some((task) => task.progress !== undefined));
		assert.deepEqual(everything(edited), everything(fresh), inserted);
	}
});

test('a table the edit did not touch is read again from its lines\' hints (CellHint.MayOpenTable): moved below the edit, taken above it, or its header typed', () => {
	// findTables passes over a line whose hints say it opens none, without loading it: the mark is
	// set when the line is read and must go along with a line moved or taken as it was.
	const cellPerLine = '序号 |\n工作任务 |\n牵头单位 |\n配合单位 |\n1 |\n推进重大项目建设 |\n市发改委 |\n市财政局 |\n2 |\n扩大对外开放 |\n市商务局 |\n市发改委 |\n';
	const wordTable = '2016年量化指标任务分工\n序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业1000万人以上 人力资源社会保障部\n';
	for (const table of [cellPerLine, wordTable]) {
		const text = `关于印发任务分解方案的通知\n各单位：\n现将有关任务印发给你们。\n\n${table}\n附件：说明\n`;
		const fresh = readNotice(text, engine.memo).notice;
		assert.equal(fresh.tasks.filter((task) => task.table !== undefined).length, 2, table);
		// Above the table: its lines moved. Below it: taken as they were.
		for (const at of [text.indexOf('现将'), text.indexOf('附件')]) {
			const { edited, fresh: again } = readEdited(text, at, 0, '特此');
			assert.deepEqual(noticeSnapshot(edited), noticeSnapshot(again), `${table} at ${at}`);
			assert.equal(edited.tasks.filter((task) => task.table !== undefined).length, 2, `${table} at ${at}`);
		}
		// The header's line typed: read again, it opens the table.
		const header = table.split('\n')[table.startsWith('序号') ? 0 : 1];
		const at = text.indexOf(header) + header.length;
		const cut = text.slice(0, at - 1) + text.slice(at);
		const { edited } = readEdited(cut, at - 1, 0, header.charAt(header.length - 1));
		assert.equal(edited.tasks.filter((task) => task.table !== undefined).length, 2, `${table} header typed`);
	}
});

test('a keystroke\'s reading, check and classification do not make the notice\'s list of every mention; read, it is a fresh reading\'s', () => {
	// Made at each reading, it was a pass over every task at each keystroke (see unitsOnDemand).
	const text = TEXTS.find((entry) => entry.name.endsWith('xuzhou-2020-task-breakdown.txt'))!.text;
	const kept = new KeptTaskFindings();
	const reading = readNotice(text, engine.memo);
	engine.check(reading.notice, REGISTRY, undefined, kept);
	const at = reading.notice.tasks[3].titleStart + 1;
	const position = reading.notice.lineIndex.positionAt(at);
	const next = text.slice(0, at) + '市' + text.slice(at);
	const edited = rereadNotice(reading, next, engine.memo, [{ range: { start: position, end: position }, text: '市' }]);
	engine.check(edited.notice, REGISTRY, undefined, kept);
	assert.ok(looksLikeNotice(edited.notice));
	assert.equal(unitsIfMade(edited.notice), undefined);
	assert.deepEqual(everything(edited.notice), everything(readNotice(next, engine.memo).notice));
	assert.ok(unitsIfMade(edited.notice)!.length > 0);
});
test('incremental reading: an item above a group line naming no lead (`以上2项责任单位：市财政局`) whose own single unit leads it, led so after an edit read in steps as on a fresh read (worded-parentheses.txt, the property test\'s seed 15054)', () => {
	// A fresh read decides the lead rules of the items above the line before its own, which makes its one unit the
	// lead: taken in part, the line's item was decided first, and 县市场监管局 was no lead of the item above.
	const layout = fs.readFileSync(path.join(repoRoot(), 'test', 'layouts', 'worded-parentheses.txt'), 'utf8');
	const line = layout.indexOf('\n10.');
	const text = layout.slice(0, line + 4) + '\n以上2项责任单位：市财政局\n' + layout.slice(line + 4);
	let reading = readNotice(text, engine.memo);
	const after = '市' + text;
	const range = { start: reading.notice.lineIndex.positionAt(0), end: reading.notice.lineIndex.positionAt(0) };
	reading = drain(readNoticeInSteps(after, engine.memo, reading, [{ range, text: '市' }], 7));
	const fresh = readNotice(after, engine.memo).notice;
	assert.deepEqual(fresh.tasks[8].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:县市场监管局']);
	assert.deepEqual(everything(reading.notice), everything(fresh));
});

test('incremental reading: items around group lines, with closing sentences `A牵头，B负责。`, edited into or out of a lead, read as a fresh read reads them (a group line\'s unit in its field\'s role, found by place once its owner\'s mentions are copies)', () => {
	const text = [
		'一、推动发展',
		'1.推进第1项工作。市发改委牵头，市财政局、市商务局按职责分工负责。',
		'2.推进第2项工作。市发改委牵头，市财政局负责。',
		'以上2项责任单位：市商务局',
		'3.推进第3项工作。（市财政局负责）',
		'4.推进第4项工作。',
		'以上2项责任单位：市财政局',
		'二、保障民生（市财政局牵头）',
		'5.推进第5项工作。市发改委牵头，市商务局负责落实。',
		'6.推进第6项工作。',
		'',
		'各部门要高度重视。市政府督查室牵头，各部门按职责分工负责。',
	].join('\n');
	const group = text.indexOf('以上2项责任单位：市商务局') + '以上2项责任单位：市商务局'.length;
	const edits = [
		// The group line naming its unit the lead: item 1's closing sentence no longer leads it.
		{ at: group, removed: 0, inserted: '牵头，' },
		// A group line of leads inserted inside item 2's closing sentence.
		{ at: text.indexOf('市发改委牵头，市财政局负责。'), removed: 0, inserted: '\n以上2项牵头单位：市商务局\n' },
		// Item 2 no longer an item (`去年2.…`): the group line's owner read again, its mentions renewed.
		{ at: text.indexOf('2.推进第2项'), removed: 0, inserted: '去年' },
	];
	for (const edit of edits) {
		const { edited, fresh } = readEdited(text, edit.at, edit.removed, edit.inserted);
		assert.deepEqual(everything(edited), everything(fresh), edit.inserted);
		const { kept, fresh: freshFindings } = editedFindings(text, edit.at, edit.removed, edit.inserted);
		assert.deepEqual(kept, freshFindings, edit.inserted);
	}
	const small = '一、推动发展\n1.推进第1项工作。市发改委牵头，市财政局按职责分工负责。\n2.推进第2项工作。\n以上2项责任单位：市商务局\n3.推进第3项工作。（市财政局负责）\n';
	// The group line's unit edited (`市商务市发改委牵头，市财政局负责。`), read again at once; `牵头，` after it, read in steps.
	const unitEnd = small.indexOf('市商务局\n') + 4;
	const { edited, fresh } = readEdited(small, unitEnd - 1, 1, '市发改委牵头，市财政局负责。');
	assert.deepEqual(everything(edited), everything(fresh));
	const reading = readNotice(small, engine.memo);
	const after = small.slice(0, unitEnd) + '牵头，' + small.slice(unitEnd);
	const range = { start: reading.notice.lineIndex.positionAt(unitEnd), end: reading.notice.lineIndex.positionAt(unitEnd) };
	const stepped = drain(readNoticeInSteps(after, engine.memo, reading, [{ range, text: '牵头，' }], 7));
	assert.deepEqual(everything(stepped.notice), everything(readNotice(after, engine.memo).notice));
});

test('incremental reading: items above a group line naming no lead (`以上2项责任单位：区财政局`) keep its unit in the role this finish gives it when a lead typed on the heading makes the finish decide the line\'s item again (its mentions renewed), as a fresh read does', () => {
	const text = fs.readFileSync(path.join(repoRoot(), 'test', 'layouts', 'group-line-naming-no-lead.txt'), 'utf8');
	const edits = [
		{ at: text.indexOf('一、财政与金融') + '一、财政与金融'.length, inserted: '（市商务局牵头）' },
		{ at: text.indexOf('二、城市建设与管理') + '二、城市建设与管理'.length, inserted: '牵头，' },
	];
	for (const edit of edits) {
		const { edited, fresh } = readEdited(text, edit.at, 0, edit.inserted);
		assert.deepEqual(everything(edited), everything(fresh), edit.inserted);
		const { kept, fresh: freshFindings } = editedFindings(text, edit.at, 0, edit.inserted);
		assert.deepEqual(kept, freshFindings, edit.inserted);
	}
});

test('incremental reading: paragraphs closed by their lead under a heading, one added above, a lead removed or typed, read as a fresh read does (each a task only while most of them close so)', () => {
	const text = '一、扩大内需\n落实积极的财政政策。(财政厅牵头)\n加强银企合作。(人行成都分行牵头)\n扩大消费需求。(商务厅牵头)\n二、推进新型工业化\n实施工业强省战略。(经济和信息化委牵头)\n加快发展新兴产业。(发展改革委牵头)\n';
	const edits = [
		// A paragraph above renumbers the untouched ones below it.
		{ at: text.indexOf('落实'), removed: 0, inserted: '稳定经济增长。(发展改革委牵头)\n', tasks: 6, before: 5 },
		// Two of the three no longer closed by a lead: the heading is one task again.
		{ at: text.indexOf('(人行成都分行牵头)'), removed: '(人行成都分行牵头)\n扩大消费需求。(商务厅牵头)'.length, inserted: '\n扩大消费需求。', tasks: 3, before: 5 },
		// A lead removed from a heading of two: one task; typed again: two.
		{ at: text.indexOf('(发展改革委牵头)'), removed: '(发展改革委牵头)'.length, inserted: '', tasks: 4, before: 5 },
	];
	for (const edit of edits) {
		const { tasksBefore, edited, fresh, after } = readEdited(text, edit.at, edit.removed, edit.inserted);
		assert.equal(tasksBefore, edit.before);
		assert.equal(fresh.tasks.length, edit.tasks);
		assert.deepEqual(everything(edited), everything(fresh));
		const back = readEdited(after, edit.at, edit.inserted.length, text.slice(edit.at, edit.at + edit.removed));
		assert.equal(back.fresh.tasks.length, edit.before);
		assert.deepEqual(everything(back.edited), everything(back.fresh));
	}
	// The same edits and their undoing read in steps one after another: each reading's runs are copies
	// of the last one's (copyRun), whose row numbers the next reading compares.
	readInStepsAfterEach(text, edits.flatMap((edit) => [
		() => [edit.at, edit.removed, edit.inserted] as const,
		() => [edit.at, edit.inserted.length, text.slice(edit.at, edit.at + edit.removed)] as const,
	]));
	// A sample's paragraphs: one added and taken away, a lead made a helper and back, one's lead taken and
	// typed again, then a paragraph added under the next heading (the runs below read from copies).
	const insertBefore = (anchor: string, inserted: string) => (current: string) => [current.indexOf(anchor), 0, inserted] as const;
	const replace = (old: string, inserted: string) => (current: string) => [current.indexOf(old), old.length, inserted] as const;
	readInStepsAfterEach(fs.readFileSync(path.join(repoRoot(), 'test/layouts/paragraphs-closed-by-lead.txt'), 'utf8'), [
		insertBefore('认真落实', '新增一项工作任务。(商务厅牵头)\n'),
		replace('新增一项工作任务。(商务厅牵头)\n', ''),
		replace('(财政厅牵头)', '(财政厅配合)'),
		replace('(财政厅配合)', '(财政厅牵头)'),
		replace('(商务厅牵头)', ''),
		insertBefore('着力扩大消费需求', ''),
		replace('着力扩大消费需求。完善促进消费的政策措施,培育消费热点。', '着力扩大消费需求。完善促进消费的政策措施,培育消费热点。(商务厅牵头)'),
		insertBefore('实施工业强省', '先行一项。(工信厅牵头)\n'),
	]);
});

test('incremental reading: prose lead wordings (`县住建局牵头、社会各界参与`, `县政府牵头，县财政局配合，确保…`, `A会同B牵头，C积极配合，D主动参与`) typed and removed character by character read as a fresh read does', () => {
	const lines = [
		'1.推进老旧小区改造，完成改造小区20个。县住建局牵头、社会各界参与。',
		'2.加快保障性住房建设。县住建局牵头，县财政局、社会力量配合。',
		'3.推进县城污水管网建设。县政府牵头，县财政局配合，确保年底前完工。',
		'4.办好民生实事。县发改局会同县人民政府牵头，县财政局积极配合，县住建局主动参与。',
		'5.推进城市更新。县住建局牵头，县财政局、政府与社会资本共同参与。',
		'6.推进城市更新。县住建局牵头、县财政局配合、确保年底前完成。',
		'7.推进城乡一体化建设。县住建局牵头，县财政局配合、一家受理、并联审批。',
	];
	const text = `某县2025年政府工作报告重点任务分解方案\n\n一、扩大有效投资\n${lines.join('\n')}\n`;
	for (const line of lines) {
		const at = text.indexOf(line) + line.indexOf('。') + 1;
		const wording = line.slice(line.indexOf('。') + 1);
		const typed: Array<(current: string) => readonly [number, number, string]> = [];
		typed.push(() => [at, wording.length, '']);
		for (let k = 0; k < wording.length; k++) {
			typed.push(() => [at + k, 0, wording.charAt(k)]);
		}
		readInStepsAfterEach(text, typed);
	}
});

test('a keystroke in a notice whose headings name units (`一、…（牵头单位：市发改委）`) or that has a table does not make its list of every mention; read, it is a fresh reading\'s', () => {
	// Made at each reading while a heading named a unit or a table was read: a pass over every task at each keystroke (see unitsOnDemand).
	const headings = '关于印发任务分解方案的通知\n各单位：\n现将有关任务印发给你们。\n一、优化营商环境（牵头单位：市发改委）\n1.推进政务服务改革。（责任单位：市财政局）\n2.加强市场监管。（责任单位：市商务局）\n二、扩大对外开放\n1.推进重大项目建设。（责任单位：市商务局、市财政局）\n2.新建高标准农田。（责任单位：市财政局）\n';
	const table = '关于印发任务分解方案的通知\n各单位：\n现将有关任务印发给你们。\n\n序号 |\n工作任务 |\n牵头单位 |\n配合单位 |\n1 |\n推进重大项目建设 |\n市发改委 |\n市财政局 |\n2 |\n扩大对外开放 |\n市商务局 |\n市发改委 |\n\n附件：说明\n';
	// Each: the text typed, where (the first character of the text found), in order; the second heading's lead typed last.
	const cases: Array<[string, ReadonlyArray<readonly [string, string]>]> = [
		[headings, [['推进政务', '市'], ['加强市场', '和'], ['新建高标准', '市'], ['扩大对外开放', '（牵头单位：市商务局）']]],
		[table, [['推进重大', '市'], ['现将', '特此'], ['扩大对外', '积极']]],
	];
	for (const [text, edits] of cases) {
		const kept = new KeptTaskFindings();
		let current = text;
		let reading = readNotice(current, engine.memo);
		engine.check(reading.notice, REGISTRY, undefined, kept);
		for (const [before, typed] of edits) {
			const at = current.indexOf(before) + (before === '扩大对外开放' && typed.startsWith('（') ? before.length : 0);
			const position = reading.notice.lineIndex.positionAt(at);
			current = current.slice(0, at) + typed + current.slice(at);
			reading = rereadNotice(reading, current, engine.memo, [{ range: { start: position, end: position }, text: typed }]);
			engine.check(reading.notice, REGISTRY, undefined, kept);
			assert.ok(looksLikeNotice(reading.notice), `${typed} typed`);
			assert.equal(unitsIfMade(reading.notice), undefined, `${typed} typed: the list made`);
			const fresh = readNotice(current, engine.memo).notice;
			assert.deepEqual(everything(reading.notice), everything(fresh), `${typed} typed`);
			// Every task's and heading's mention, in source order, as unitAt searches them.
			const every = [...reading.notice.tasks.flatMap((task) => task.units), ...reading.notice.sections.flatMap((section) => section.units)].sort((a, b) => a.start - b.start);
			assert.deepEqual(unitsIfMade(reading.notice), every, `${typed} typed: every mention`);
		}
		assert.ok(reading.notice.sections.some((section) => section.units.length > 0) || reading.notice.tasks.some((task) => task.table !== undefined), 'a heading names units or a table is read');
	}
});
