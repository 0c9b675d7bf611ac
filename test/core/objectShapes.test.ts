import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as v8 from 'node:v8';
import { KeptTaskFindings } from '../../server/src/core/checks/keptTaskFindings';
import { checkContext } from '../../server/src/core/checks/runChecks';
import { readNotice, readNoticeInSteps, rereadNotice, type NoticeReading } from '../../server/src/core/model/noticeReading';
import { message } from '../../server/src/core/messages/message';
import { numberingProblems, numberingScopes } from '../../server/src/core/model/numberingScopes';
import { SeenNumbers } from '../../server/src/core/model/seenNumbers';
import { NoticeInterpreter } from '../../server/src/core/interpret/interpretNotice';
import { PiecePool } from '../../server/src/core/interpret/segmentText';
import { emptyNotice } from '../../server/src/core/model/readNotice';
import { ReadingMemo } from '../../server/src/core/interpret/readingMemo';
import { readStructure } from '../../server/src/core/syntax/readStructure';
import { SpellingIdentities } from '../../server/src/core/checks/spellingIdentities';
import { emptyList, mapList } from '../../server/src/core/text/objectLists';
import { drain } from '../../server/src/core/text/steps';
import { engine } from '../support/engine';
import { repoRoot } from '../support/golden';
import { sampleAndCorpusTexts } from '../support/sampleTexts';
import { NO_UNITS } from '../../server/src/core/interpret/unitMentions';
import { isUnitRole } from '../../server/src/core/syntax/fieldLabels';

/*
 * The keystroke path reads objects of one hidden class per kind of object, and lists of one
 * elements kind, however they were made (read, taken from the previous reading, moved, copied):
 * optimized code that meets another throws itself away ("wrong map"), a burst of slow keystrokes
 * hundreds of keystrokes into a session. Objects and lists are compared by V8's own %HaveSameMap
 * (a list's hidden class carries its elements kind), objects by their keys in order too.
 */

v8.setFlagsFromString('--allow-natives-syntax');
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
const prepare = new Function('f', '%PrepareFunctionForOptimization(f)') as (f: unknown) => void;
const optimizeNext = new Function('f', '%OptimizeFunctionOnNextCall(f)') as (f: unknown) => void;

/** A list of objects, as `[]` with objects pushed makes it. */
function objectList(): object[] {
	const list: object[] = [];
	list.push({});
	return list;
}

function assertListOfObjects(list: readonly unknown[], what: string): void {
	assert.ok(haveSameMap(list, objectList()), `${what} (${list.length} elements) is not a list of the kind a list of objects is`);
}

/** The same keys in the same order, and the same hidden class (a spread copy has the keys in order, not the class). */
function assertOneShape(objects: readonly object[], what: string): void {
	assert.ok(objects.length > 0, `no ${what}`);
	const keys = Object.keys(objects[0]).join();
	for (const object of objects) {
		assert.equal(Object.keys(object).join(), keys, `${what}: keys differ`);
		assert.ok(haveSameMap(object, objects[0]), `${what}: of another hidden class`);
	}
}

const root = repoRoot();
/** A sample with what makes the rarer objects around it: leaders, glued items, a bracket left open, a heading with a lead field, glosses, a marker on a blank, a gap and a duplicate, a unit marked 牵头, a convention, a table. */
const TEXT = [
	'一、重点任务',
	'1.推进改革。牵头领导：张副市长。牵头单位：市发改委 2.优化营商环境。牵头单位：市商务局',
	'3.落实政策。牵头领导：李副市长。责任单位：市财政局（',
	'4.完善机制。牵头单位：市商务局',
	'6.跳过编号。牵头单位：市财政局',
	fs.readFileSync(path.join(root, 'seeds', 'xuzhou-2020-task-breakdown.txt'), 'utf8'),
	'（九）推进改革（牵头单位：市发改委）',
	'41.深化改革。责任单位：市财政局（牵头）、市商务局 42.优化营商环境。牵头单位：市商务局',
	'43.完善机制，市府办125.强化督考机制。牵頭(tóu)單位：市发改委',
	'45.落实责任（列第一位者为牵头单位）。责任单位：市发改委、市财政局',
	'45.重复编号。牵头单位：市财政局（',
	'46、 ',
	'序号\t任务\t牵头单位',
	'1\t推进项目\t市发改委',
	'2\t落实政策\t市财政局',
	'',
].join('\n');

function edited(reading: NoticeReading, text: string, at: number, inserted: string, inSteps: boolean): NoticeReading {
	const next = text.slice(0, at) + inserted + text.slice(at);
	const range = { start: reading.notice.lineIndex.positionAt(at), end: reading.notice.lineIndex.positionAt(at) };
	const changes = [{ range, text: inserted }];
	return inSteps ? drain(readNoticeInSteps(next, engine.memo, reading, changes, 7)) : rereadNotice(reading, next, engine.memo, changes);
}

test('the lists a reading and a check keep in their own objects are lists of objects from the start: the stack of open sections, the field drafts and text pieces, the numbers seen, the spellings', () => {
	// First in this file: before any reading in the process (the site of a `[]` learns). Made by `[]`, each began of small integers and became a list of objects at its first push, and
	// the literal's site learnt to make lists of objects some readings later: on the benchmark's
	// notice, the optimized code of the walk's step, scopeProblems and countsOnce met the other kind
	// at the tenth or thirteenth reading in one engine, addText's and addField's at the third, and was thrown away ("wrong map").
	const structure = readStructure(TEXT);
	engine.memo.startReading();
	const interpreter = new NoticeInterpreter(structure, emptyNotice(structure.text, structure.lineIndex), engine.memo, undefined, false);
	const own = (object: object, field: string) => (object as unknown as Record<string, unknown[]>)[field];
	assertListOfObjects(own(interpreter, 'sectionStack'), 'the stack of open sections of a new interpreter');
	assertListOfObjects(own(interpreter, 'fieldDrafts'), 'the field drafts of a new interpreter');
	assertListOfObjects(own(new PiecePool(), 'pieces'), 'the pieces of a new pool');
	drain(interpreter.read(Number.MAX_SAFE_INTEGER));
	assertListOfObjects(own(interpreter, 'sectionStack'), 'the stack of open sections after a reading');
	assertListOfObjects(own(new SeenNumbers(), 'small'), 'the numbers seen');
	const spellings = new SpellingIdentities();
	assertListOfObjects(own(spellings, 'identities'), 'the spellings of a new table');
	spellings.use(engine.catalog, undefined);
	assertListOfObjects(own(spellings, 'identities'), 'the spellings of a table dropped');
});

test('lists an engine\'s next fresh read swaps in or starts from are lists of objects: the memo\'s orders, the blocks of an empty text, the task draft\'s lists before the first task', () => {
	// Made by `[]`, each began of small integers; the next fresh read met the other kind in code optimized
	// for the first ("wrong map": unitListOf at the memo's lastOrder, blocksOf's push, emptied and addText at the draft's lists).
	const own = (object: object, field: string) => (object as unknown as Record<string, unknown[]>)[field];
	const memo = new ReadingMemo(engine.fold);
	assertListOfObjects(own(memo, 'order'), "a new memo's order");
	assertListOfObjects(own(memo, 'lastOrder'), "a new memo's last order");
	assertListOfObjects(readStructure('').blocks, 'the blocks of an empty text');
	const structure = readStructure('1.推进甲项工作\n牵头单位：市发改委\n');
	engine.memo.startReading();
	const interpreter = new NoticeInterpreter(structure, emptyNotice(structure.text, structure.lineIndex), engine.memo, undefined, false);
	const draft = (interpreter as unknown as Record<string, object>).draft;
	assert.ok(draft, 'a new interpreter has its task draft');
	for (const list of ['textPieces', 'fields', 'segments']) {
		assertListOfObjects(own(draft, list), `the task draft's ${list} before the first task`);
	}
});

test('emptyList and mapList give lists of the kind [] with objects pushed is, mapList from optimized code too', () => {
	assertListOfObjects(emptyList(), 'emptyList()');
	const source = [{ n: 1 }, { n: 2 }];
	const double = (list: readonly { n: number }[]) => mapList(list, (item) => ({ n: item.n * 2 }));
	assertListOfObjects(double(source), 'mapList');
	prepare(double);
	double(source);
	optimizeNext(double);
	assertListOfObjects(double(source), 'mapList from optimized code');
	assertListOfObjects(mapList(['a'], String), 'mapList of strings');
});

test('a structure line and its lists and marker are of one shape, read, taken, moved or out of a table', () => {
	const reading = readNotice(TEXT, engine.memo);
	const inPlace = edited(reading, TEXT, 0, '市', false);
	// In steps, after the table: its lines are taken out of it as copies.
	const inSteps = edited(readNotice(TEXT, engine.memo), TEXT, TEXT.length, '附件', true);
	assert.ok(readNotice(TEXT, engine.memo).structure!.lines.some((line) => line.table >= 0));
	for (const structure of [reading.structure!, inPlace.structure!, inSteps.structure!]) {
		const lines = structure.lines;
		assertOneShape(lines, 'lines');
		assertOneShape(lines.flatMap((line) => (line.marker ? [line.marker] : [])), 'markers');
		assertOneShape(lines.flatMap((line) => line.labels), 'labels');
		assert.ok(lines.some((line) => line.inner.length > 0) && lines.some((line) => line.glosses.length > 0));
		for (const line of lines) {
			for (const list of [line.labels, line.brackets, line.glosses, line.inner]) {
				assertListOfObjects(list, `a list of line ${line.index}`);
			}
		}
	}
});

test('a run of tasks and its lists are of one shape, read or taken and moved; the notice findings and segments too (two kinds: lines, and pieces of glued lines)', () => {
	const first = readNotice(TEXT, engine.memo);
	// Edited in its third task: the runs before are taken as they are, the one edited read again, the ones after taken and moved.
	const at = TEXT.indexOf('3.落实政策') + 2;
	for (const reading of [first, edited(first, TEXT, at, '市', false), edited(readNotice(TEXT, engine.memo), TEXT, at, '市', true)]) {
		assertOneShape(reading.runs, 'runs');
		assert.ok(Object.keys(reading.runs[0]).includes('leadsFromHeadings'));
		assert.ok(reading.runs.some((run) => run.findings.length > 0), 'no run with findings');
		assert.ok(reading.runs.some((run) => run.leaders.some((leader) => leader !== undefined)), 'no run with a leader');
		for (const run of reading.runs) {
			for (const list of [run.findings, run.conventions, run.candidates, run.leaders]) {
				assertListOfObjects(list, `list ${[run.findings, run.conventions, run.candidates, run.leaders].indexOf(list)} of the run at ${run.start}`);
			}
		}
		assertOneShape(reading.runs.flatMap((run) => run.findings), 'findings of runs');
		assertListOfObjects(reading.notice.findings, "the notice's findings");
		// A line not cut is its own segment (StructureLine.line); the pieces of a glued line are of one shape.
		const lines = reading.segments!.filter((segment) => segment.line === segment);
		const pieces = reading.segments!.filter((segment) => segment.line !== segment);
		assertOneShape(lines, 'segments that are lines');
		assert.ok(lines.every((line) => haveSameMap(line, reading.structure!.lines[0])), 'segments that are lines: of another hidden class than the lines');
		assertOneShape(pieces, 'segments of glued lines');
	}
	assertListOfObjects(readNotice('一、总体要求\n', engine.memo).notice.findings, "a notice's findings when it has none");
});

test('unit drafts, numbering problems and checked findings are of one shape', () => {
	// Names read before (a draft of a known piece) and never read (a draft read from the text), one marked 牵头.
	const known = engine.memo.unitList('市财政局（牵头）、市商务局').units;
	const fresh = engine.memo.unitList('市新设服务中心（牵头）、市另设办公室').units;
	assertOneShape([...known, ...fresh], 'unit drafts');
	assertListOfObjects(message('list.separator').args, 'the arguments of a message without any');
	const notice = readNotice(TEXT, engine.memo).notice;
	const problems = numberingProblems(numberingScopes(notice));
	assert.deepEqual(new Set(problems.map((problem) => problem.problem)), new Set(['gap', 'duplicate']));
	assertOneShape(problems, 'numbering problems');
	const kept = new KeptTaskFindings();
	const reading = readNotice(TEXT, engine.memo);
	engine.check(reading.notice, undefined, undefined, kept);
	const findings = engine.check(edited(reading, TEXT, 0, '市', false).notice, undefined, undefined, kept);
	assert.ok(findings.some((finding) => finding.related.length > 0));
	for (const finding of findings) {
		assertListOfObjects(finding.related, `the related locations of ${finding.code}`);
		for (const related of finding.related) {
			assertListOfObjects(related.message.args, `the arguments of ${related.message.id}`);
		}
	}
});

test('every task read from a sample or corpus text has lists of its own; the shared empty list stays empty; a field of no unit role names none', () => {
	// The reader gives tasks NO_UNITS (and an empty list of fields) until it makes their own lists,
	// which it must do for every task: a list left shared would be one list for many tasks. A field's
	// units are places in its task's (a field naming no units, 年度目标 or 完成时限, names none).
	for (const { name, text } of sampleAndCorpusTexts()) {
		const notice = readNotice(text, engine.memo).notice;
		const seen = new Set<unknown>();
		const own = (list: unknown, what: string) => {
			assert.ok(!seen.has(list) && list !== NO_UNITS, `${name}: ${what} shares its list`);
			seen.add(list);
		};
		for (const task of notice.tasks) {
			own(task.units, `task ${task.marker.number}'s units`);
			own(task.fields, `task ${task.marker.number}'s fields`);
			for (const field of task.fields) {
				if (!isUnitRole(field.role)) {
					assert.equal(field.unitEnd, field.unitStart, `${name}: a ${field.role} field of task ${task.marker.number}`);
				}
			}
		}
	}
	assert.equal(NO_UNITS.length, 0);
});

test("a check's context is of one shape from one check to the next, with or without a registry or kept spellings", () => {
	// Each rule's per-task function reads it. Spread from the check's input, after some ten checks
	// every context had a map of its own, and those functions' optimized code was thrown away at
	// every check ("wrong map").
	const first = engine.parseNotice(TEXT);
	const second = engine.parseNotice(`${TEXT}\n`);
	const directory = engine.createDirectory([engine.parseRegistry('市财政局\n', 'file:///units.units.txt')]);
	const contexts = [];
	for (let i = 0; i < 40; i++) {
		contexts.push(checkContext({ notice: i % 2 === 0 ? first : second, catalog: engine.catalog, directory: undefined }, undefined));
	}
	contexts.push(checkContext({ notice: second, catalog: engine.catalog, directory }, new KeptTaskFindings().spellings));
	assertOneShape(contexts, 'check contexts');
});
