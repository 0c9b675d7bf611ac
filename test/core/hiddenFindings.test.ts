import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../server/src/core/checks/finding';
import { contextOf, hiddenEntryFor, splitHidden, withEntry, withoutEntries, type HiddenEntry } from '../../server/src/core/features/hiddenFindings';
import { hiddenFileProblemMessage, hiddenFileWith, hiddenFileWithout, parseHiddenFile, serializeHiddenFile } from '../../server/src/core/features/hiddenFindingsFile';
import { localize } from '../../server/src/core/messages/message';
import { fnv1a64, readingText } from '../../server/src/core/text/textFingerprint';
import { dedent, withCursor } from '../support/cursor';
import { check, engine } from '../support/engine';

const REGISTRY = '市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n市交通运输局\n';
const NOTICE = 'notices/xuzhou.txt';

/** The finding under `$0`, and the entry that hides it. */
function hideAt(fixture: string, registry = REGISTRY): { finding: Finding; entry: HiddenEntry } {
	const { text, offset } = withCursor(fixture);
	const { notice, findings } = check(text, registry);
	const finding = findings.find((candidate) => candidate.span.start <= offset && offset <= candidate.span.end);
	assert.ok(finding, `a finding at $0 in ${JSON.stringify(text)}`);
	const entry = hiddenEntryFor(finding, notice, NOTICE, '名录待补');
	assert.ok(entry);
	return { finding, entry };
}

/** The findings of `text` shown and hidden by `entries`, as code(subject) strings. */
function shownAndHidden(text: string, entries: HiddenEntry[], registry = REGISTRY) {
	const { notice, findings } = check(text, registry);
	const split = splitHidden(findings, notice, NOTICE, entries);
	const name = (finding: Finding) => `${finding.code}(${finding.args[0]})`;
	return { shown: split.shown.map(name), hidden: split.hidden.map(({ finding }) => name(finding)), used: split.used.length };
}

const THREE_TASKS = dedent(`
	一、扩大有效投资
	1.推进重大项目建设。
	牵头单位：市发改委
	2.加快综合交通枢纽建设，年内开工徐州东站综合客运枢纽。
	牵头单位：市枢纽指挥部；责任单位：市财政局
	3.促进消费升级。
	牵头单位：市商务局
`);

test('an entry records the code, the subject and the task read without its number; no line, no offset', () => {
	const { entry } = hideAt(THREE_TASKS.replace('市枢纽指挥部', '市枢纽$0指挥部'));
	assert.deepEqual(entry, {
		notice: NOTICE,
		code: 'unknown-unit',
		subject: '市枢纽指挥部',
		task: fnv1a64('加快综合交通枢纽建设,年内开工徐州东站综合客运枢纽。牵头单位:市枢纽指挥部;责任单位:市财政局'),
		quote: '加快综合交通枢纽建设,年内开工徐州东站综合客运枢…',
		note: '名录待补',
	});
});

test('hidden stays hidden after edits elsewhere: lines added above, another task reworded, the list renumbered', () => {
	const { entry } = hideAt(THREE_TASKS.replace('市枢纽指挥部', '市枢纽$0指挥部'));
	assert.deepEqual(shownAndHidden(THREE_TASKS, [entry]), { shown: [], hidden: ['unknown-unit(市枢纽指挥部)'], used: 1 });
	const edited = THREE_TASKS.replace('一、扩大有效投资\n', '徐州市2020年政府工作报告任务分解方案\n\n\n一、扩大有效投资\n')
		.replace('推进重大项目建设。', '推进重大产业项目和基础设施项目建设，全年完成投资500亿元。')
		.replace('1.推进', '1.新增任务。\n牵头单位：市发改委\n2.推进')
		.replace('2.加快', '3.加快')
		.replace('3.促进', '4.促进');
	assert.deepEqual(shownAndHidden(edited, [entry]).hidden, ['unknown-unit(市枢纽指挥部)']);
});

test('hidden stays hidden when its task moves to another place in the list (and another number)', () => {
	const { entry } = hideAt(THREE_TASKS.replace('市枢纽指挥部', '市枢纽$0指挥部'));
	const moved = dedent(`
		一、扩大有效投资
		1.推进重大项目建设。
		牵头单位：市发改委
		2.促进消费升级。
		牵头单位：市商务局
		二、完善基础设施
		1.加快综合交通枢纽建设，年内开工徐州东站综合客运枢纽。
		牵头单位：市枢纽指挥部；责任单位：市财政局
	`);
	assert.deepEqual(shownAndHidden(moved, [entry]), { shown: [], hidden: ['unknown-unit(市枢纽指挥部)'], used: 1 });
});

test('a paste that re-wraps the task or changes punctuation width keeps it hidden', () => {
	const { entry } = hideAt(THREE_TASKS.replace('市枢纽指挥部', '市枢纽$0指挥部'));
	const rewrapped = THREE_TASKS.replace('加快综合交通枢纽建设，年内开工', '加快综合交通枢纽建设, \r\n  年内开工').replace('牵头单位：市枢纽指挥部；', '牵头单位:市枢纽指挥部;');
	assert.deepEqual(shownAndHidden(rewrapped, [entry]).hidden, ['unknown-unit(市枢纽指挥部)']);
});

test('an edit inside the task itself shows the finding again: the clerk judged that wording, not this one', () => {
	const { entry } = hideAt(THREE_TASKS.replace('市枢纽指挥部', '市枢纽$0指挥部'));
	const reworded = THREE_TASKS.replace('年内开工', '年底前开工');
	assert.deepEqual(shownAndHidden(reworded, [entry]), { shown: ['unknown-unit(市枢纽指挥部)'], hidden: [], used: 0 });
});

test('it reappears when the entry is removed', () => {
	const { entry } = hideAt(THREE_TASKS.replace('市枢纽指挥部', '市枢纽$0指挥部'));
	const entries = withoutEntries([entry], (candidate) => candidate.subject === '市枢纽指挥部');
	assert.deepEqual(entries, []);
	assert.deepEqual(shownAndHidden(THREE_TASKS, entries).shown, ['unknown-unit(市枢纽指挥部)']);
});

test('two findings of one code in one task are told apart by their subject; other notices are not touched', () => {
	const text = THREE_TASKS.replace('责任单位：市财政局', '责任单位：市财正局');
	const { entry } = hideAt(text.replace('市枢纽指挥部', '市枢纽$0指挥部'));
	assert.deepEqual(shownAndHidden(text, [entry]), { shown: ['unknown-unit(市财正局)'], hidden: ['unknown-unit(市枢纽指挥部)'], used: 1 });
	const { notice, findings } = check(text, REGISTRY);
	assert.equal(splitHidden(findings, notice, 'notices/other.txt', [entry]).hidden.length, 0);
});

test('task-level findings (missing-lead) hide by the task; empty tasks are told apart by their number', () => {
	const text = dedent(`
		1.推进重大项目建设。
		牵头单位：市发改委
		2.加快枢纽建设。
		3.
		4.
	`);
	const { entry } = hideAt(text.replace('2.加快', '2.$0加快'));
	assert.equal(entry.subject, '');
	assert.deepEqual(shownAndHidden(text, [entry]).hidden, ['missing-lead(2)']);
	const empty = hideAt(text.replace('3.', '$03.')).entry;
	assert.equal(empty.code, 'empty-task');
	assert.deepEqual(shownAndHidden(text, [empty]), { shown: ['missing-lead(2)', 'empty-task(4)'], hidden: ['empty-task(3)'], used: 1 });
});

test('a finding outside any task is tied to its own line (the cover letter announcing 150 tasks)', () => {
	const text = dedent(`
		现将《政府工作报告》确定的150项任务分解如下：
		1.推进重大项目建设。
		牵头单位：市发改委
	`);
	const { entry } = hideAt(text.replace('150项', '1$050项'));
	assert.equal(entry.code, 'count-mismatch');
	assert.equal(entry.quote, '现将《政府工作报告》确定的150项任务分解如下:');
	assert.deepEqual(shownAndHidden(text + '\n2.新增任务。\n牵头单位：市财政局\n', [entry]).hidden, ['count-mismatch(150)']);
});

test('a registry finding is tied to its line; an internal error cannot be hidden', () => {
	const registryText = '市财政局\n市商务局\n市财政局\n';
	const registry = engine.parseRegistry(registryText, 'file:///units.units.txt');
	const [duplicate] = engine.checkRegistry(registry);
	const entry = hiddenEntryFor(duplicate, { text: registryText }, '单位名录.txt');
	assert.deepEqual(entry && [entry.subject, entry.quote], ['市财政局', '市财政局']);
	assert.equal(contextOf({ text: registryText }, duplicate.span).fingerprint, fnv1a64('市财政局'));
	assert.equal(hiddenEntryFor({ code: 'parse-failure', args: ['boom'], span: { start: 0, end: 0 } }, { text: '' }, NOTICE), undefined);
});

test('reading text: no white space or line break, widths folded, everything else kept', () => {
	assert.equal(readingText('加快　建设，\r\n 年内（一季度）开工ＡＢ'), '加快建设,年内(一季度)开工AB');
	assert.equal(fnv1a64(''), 'cbf29ce484222325');
	assert.equal(fnv1a64('a'), 'af63dc4c8601ec8c', 'the published FNV-1a 64 value of "a"');
	assert.notEqual(fnv1a64('市财政局'), fnv1a64('市财正局'));
});

test('the file: sorted entries one per line, stable keys, notes and unknown keys kept through a round trip', () => {
	const a = hideAt(THREE_TASKS.replace('市枢纽指挥部', '市枢纽$0指挥部')).entry;
	const b = { ...hideAt(dedent(`
		1.甲$0。
		2.乙。
		牵头单位：市财政局
	`)).entry, note: '' };
	const text = serializeHiddenFile({ entries: withEntry(withEntry([], a), b), extra: { owner: '办公室' } });
	const lines = text.split('\n');
	assert.equal(lines[0], '{');
	assert.equal(lines[1], '  "version": 1,');
	assert.match(lines[3], /^ {4}\{"notice": "notices\/xuzhou\.txt", "code": "missing-lead", "subject": "", "task": "[0-9a-f]{16}", "quote": "甲。", "note": ""\},$/);
	assert.match(lines[4], /"code": "unknown-unit", "subject": "市枢纽指挥部", .*"note": "名录待补"\}$/);
	assert.equal(lines.at(-2), '}');
	const read = parseHiddenFile(text.replace('"note": "名录待补"}', '"note": "名录待补", "reviewer": "张三"}'));
	assert.ok(read.ok);
	assert.deepEqual(read.file.extra, { owner: '办公室' });
	assert.deepEqual(read.file.entries[1].extra, { reviewer: '张三' });
	const again = serializeHiddenFile(read.file);
	assert.match(again, /"note": "名录待补", "reviewer": "张三"\}/);
	const reread = parseHiddenFile(again);
	assert.ok(reread.ok);
	assert.equal(serializeHiddenFile(reread.file), again, 'a second round trip changes nothing');
	// Hiding the same finding again keeps the note already written.
	assert.equal(withEntry(read.file.entries, { ...a, note: '' }).find((entry) => entry.subject === '市枢纽指挥部')?.note, '名录待补');
	assert.deepEqual(parseHiddenFile(''), { ok: true, file: { entries: [] } });
	assert.deepEqual(parseHiddenFile('\ufeff{"version": 1, "hidden": []}'), { ok: true, file: { entries: [] } });
});

test('a broken file: a message with line and column, the findings it hid show, nothing it holds is dropped', () => {
	const { entry } = hideAt(THREE_TASKS.replace('市枢纽指挥部', '市枢纽$0指挥部'));
	const good = serializeHiddenFile({ entries: [entry] });
	const broken = good.replace('"note": "名录待补"}', '"note": "名录待补",}');
	const read = parseHiddenFile(broken);
	assert.equal(read.ok, false);
	assert.ok(!read.ok);
	assert.deepEqual(read.problem, { kind: 'syntax', line: 4, column: broken.split('\n')[3].indexOf(',}') + 2, found: '}' });
	assert.match(localize(hiddenFileProblemMessage(read.problem, '.breakdown/ignore.json'), 'zh-cn'), /^无法读取 \.breakdown\/ignore\.json：第 4 行第 \d+ 列此处不应出现「}」，不是有效的 JSON。其中隐藏的问题照常显示；该文件未被改动/);
	assert.match(localize(hiddenFileProblemMessage(read.problem, '.breakdown/ignore.json'), 'en'), /^Cannot read \.breakdown\/ignore\.json: not valid JSON at line 4, column \d+ \("\}" cannot stand there\)\. The findings it hides are shown/);
	const truncated = parseHiddenFile(good.slice(0, 40));
	assert.ok(!truncated.ok && truncated.problem.kind === 'syntax' && truncated.problem.found === undefined && truncated.problem.line === 4, 'the end of a cut file: inside the first entry, line 4');
});

test('a file of the wrong shape or version, or with a bad entry: a message, and the file hides nothing', () => {
	const { entry } = hideAt(THREE_TASKS.replace('市枢纽指挥部', '市枢纽$0指挥部'));
	const problem = (text: string) => {
		const read = parseHiddenFile(text);
		assert.ok(!read.ok, text);
		return read;
	};
	assert.deepEqual(problem('[]').problem, { kind: 'not-an-object' });
	assert.deepEqual(problem('{"version": 2, "hidden": []}').problem, { kind: 'version', version: 2 });
	assert.deepEqual(problem('{"version": 1}').problem, { kind: 'no-list' });
	const mixed = problem(JSON.stringify({ version: 1, hidden: [entry, { ...entry, task: 42 }, 'x'] }));
	assert.deepEqual(mixed.problem, { kind: 'entries', invalid: [{ entry: 2, field: 'task' }, { entry: 3 }] });
	assert.equal(localize(hiddenFileProblemMessage(mixed.problem, 'ignore.json'), 'en').startsWith('Cannot read ignore.json: 2 entries are incomplete, the first is entry 2 (task);'), true);
	assert.match(localize(hiddenFileProblemMessage({ kind: 'version', version: undefined }, 'ignore.json'), 'zh-cn'), /缺少版本（应为 "version": 1）/);
	assert.match(localize(hiddenFileProblemMessage({ kind: 'version', version: 2 }, 'ignore.json'), 'en'), /version 2 is not version 1/);
});

test('adding and removing go through the file as read: a file not read in full is never rewritten', () => {
	const { entry } = hideAt(THREE_TASKS.replace('市枢纽指挥部', '市枢纽$0指挥部'));
	const added = hiddenFileWith(parseHiddenFile(''), entry);
	assert.ok(added.ok);
	assert.deepEqual(parseHiddenFile(added.text), { ok: true, file: { entries: [entry] } });
	const removed = hiddenFileWithout(parseHiddenFile(added.text), (candidate) => candidate.code === 'unknown-unit');
	assert.deepEqual(removed.ok && parseHiddenFile(removed.text), { ok: true, file: { entries: [] } });
	const broken = added.text.replace('"version": 1,', '"version": 1');
	for (const edit of [hiddenFileWith(parseHiddenFile(broken), entry), hiddenFileWithout(parseHiddenFile(broken), () => true)]) {
		assert.equal(edit.ok, false);
		assert.equal(!edit.ok && edit.problem.kind, 'syntax');
	}
	const oneBadEntry = JSON.stringify({ version: 1, hidden: [entry, { code: 'x' }] });
	assert.deepEqual(hiddenFileWith(parseHiddenFile(oneBadEntry), entry), { ok: false, problem: { kind: 'entries', invalid: [{ entry: 2, field: 'notice' }] } });
});

test('a repeated 一、 heading hidden under its digit (as the message wrote it before) stays hidden now that the message writes 一', () => {
	const text = '一、甲\n1.子。\n牵头单位：市发改委\n一、乙\n2.子。\n牵头单位：市发改委\n';
	const { entry } = hideAt(text.replace('一、乙', '一$0、乙'));
	assert.equal(entry.subject, '1');
	assert.deepEqual(shownAndHidden(text, [{ ...entry, subject: '1' }]), { shown: [], hidden: ['duplicate-number(一)'], used: 1 });
});
