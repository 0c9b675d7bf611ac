import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import * as PinyinPro from 'pinyin-pro';
import { PinyinIndex } from '../../server/src/core/features/pinyinIndex';
import { lazyPinyinReader } from '../../server/src/node/pinyinReader';
import { buildTaskTable, type TaskTable } from '../../server/src/core/features/taskTable';
import { TABLE_VIEW_COLUMNS, viewTaskTable, type TableQuery, type TaskTableView, type ViewTaskRow } from '../../server/src/core/features/taskTableView';
import type { Locale } from '../../server/src/core/messages/message';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { dedent } from '../support/cursor';
import { engine } from '../support/engine';

const REGISTRY = dedent(`
	市发展和改革委员会 = 市发改委
	市财政局
	市公安局
	市公安局交警支队
	市经信局 -> 市工信局
	市工信局
	市教育局
`);

const NOTICE = dedent(`
	关于印发2020年重点工作任务分解的通知
	一、稳增长
	（一）扩投资
	1.扩大有效投资，6月底前出台方案。
	牵头单位：市发改委；责任单位：市财政局
	2.推进重大项目（持续推进）。
	牵头单位：市财政局；配合单位：市发展和改革委员会
	（二）保安全
	3.整治交通秩序，9月底前完成。
	牵头单位：市公安局交警支队；配合单位：市公安局
	二、促改革
	4.深化“放管服”改革，3月底前完成。
	责任单位：市经信局、市教育局
	5.优化营商环境。
	牵头单位：市公安局；责任领导：王俊副市长
`);

const text = NOTICE;
const lines = new LineIndex(text);

function table(): TaskTable {
	const notice = engine.parseNotice(text);
	const directory = engine.createDirectory([engine.parseRegistry(REGISTRY, 'file:///w/单位名录.txt')]);
	return buildTaskTable([{ uri: 'file:///w/通知甲.txt', name: '通知甲', notice, findings: engine.check(notice, directory), directory }]);
}

function view(query: TableQuery, locale: Locale = 'zh-cn', pinyin = new PinyinIndex(lazyPinyinReader(() => PinyinPro))): TaskTableView {
	return viewTaskTable(table(), query, { pinyin, locale, rangeOf: (row) => lines.rangeOf(row.span) });
}

const tasks = (shown: TaskTableView) => shown.rows.filter((row): row is ViewTaskRow => row.kind === 'task');
const numbers = (shown: TaskTableView) => tasks(shown).map((row) => row.number);
/** Section headings and task numbers as the view lists them. */
const outline = (shown: TaskTableView) => shown.rows.map((row) => (row.kind === 'section' ? `[${row.heading}]` : row.number));

test('task-table view: every task under its headings, with the columns and labels of the locale', () => {
	const all = view({});
	assert.deepEqual(outline(all), ['[一、稳增长]', '[（一）扩投资]', '1.', '2.', '[（二）保安全]', '3.', '[二、促改革]', '4.', '5.']);
	assert.deepEqual(all.columns.map((column) => column.label), ['序号', '任务', '牵头单位', '责任单位', '配合单位', '责任领导', '完成时限', '问题']);
	assert.deepEqual(all.columns.map((column) => column.id), [...TABLE_VIEW_COLUMNS]);
	assert.deepEqual(all.roles.map((role) => role.label), ['牵头', '责任', '配合']);
	assert.equal(all.title, '任务分解表 — 通知甲');
	assert.equal(all.summary, '5 / 5 项任务');
	const [first, , , fourth, fifth] = tasks(all);
	assert.deepEqual(first.lead, [{ name: '市发展和改革委员会', written: '市发改委', registered: true, matched: false }]);
	assert.equal(first.deadline, '6月底前');
	assert.equal(first.due, '2020-06-30');
	assert.equal(fifth.leaders, '王俊副市长');
	assert.deepEqual(fourth.problems.map((problem) => problem.severity), ['warning'], 'a renamed unit; no lead named is an information, shown by the empty lead cell, not in 问题');
	assert.equal(text.slice(lines.offsetAt(first.range.start)).split('\n')[0], '1.扩大有效投资，6月底前出台方案。', 'a row knows where its task starts');
	const english = view({}, 'en');
	assert.deepEqual(english.columns.map((column) => column.label), ['No.', 'Task', 'Lead unit', 'Responsible units', 'Cooperating units', 'Leader', 'Deadline', 'Problems']);
	assert.equal(english.summary, '5 of 5 tasks');
	assert.equal(english.title, 'Task Table — 通知甲');
});

test('task-table view: a unit typed as pinyin initials, full pinyin or part of its name, as completion matches it', () => {
	// 市发改委 is written in task 1 and stands for 市发展和改革委员会: its initials (s)fgw find both tasks.
	const byInitials = view({ unit: 'fgw' });
	assert.deepEqual(numbers(byInitials), ['1.', '2.']);
	assert.deepEqual(byInitials.units, [{ name: '市发展和改革委员会', tasks: 2 }]);
	assert.deepEqual(outline(byInitials), ['[一、稳增长]', '[（一）扩投资]', '1.', '2.'], 'only headings with a task shown');
	assert.equal(tasks(byInitials)[0].lead[0].matched, true);
	assert.equal(tasks(byInitials)[0].responsible[0].matched, false);
	assert.equal(byInitials.summary, '2 / 5 项任务');
	assert.deepEqual(numbers(view({ unit: 'FGW' })), ['1.', '2.'], 'capitals as typed');
	assert.deepEqual(numbers(view({ unit: 'caizheng' })), ['1.', '2.'], 'full pinyin after the level prefix');
	assert.deepEqual(numbers(view({ unit: '发改' })), ['1.', '2.'], 'part of a spelling the notice uses');
	// 公安 is in two units; the name typed in full picks that unit alone.
	assert.deepEqual(view({ unit: 'gaj' }).units.map((unit) => unit.name), ['市公安局', '市公安局交警支队']);
	assert.deepEqual(numbers(view({ unit: '市公安局' })), ['3.', '5.']);
	assert.deepEqual(view({ unit: '市公安局' }).units, [{ name: '市公安局', tasks: 2 }]);
	assert.deepEqual(numbers(view({ unit: '  ' })), ['1.', '2.', '3.', '4.', '5.'], 'a blank filter is no filter');
	const none = view({ unit: 'xyz' });
	assert.deepEqual(none.rows, []);
	assert.equal(none.shown, 0);
	assert.equal(none.texts.noMatch, '没有符合筛选条件的任务');
});

test('task-table view: by role, alone or with a unit', () => {
	assert.deepEqual(numbers(view({ unit: 'fgw', role: 'lead' })), ['1.']);
	assert.deepEqual(numbers(view({ unit: 'fgw', role: 'other' })), ['2.']);
	assert.deepEqual(view({ unit: 'fgw', role: 'other' }).units, [{ name: '市发展和改革委员会', tasks: 1 }]);
	assert.deepEqual(numbers(view({ unit: 'gaj', role: 'other' })), ['3.']);
	assert.deepEqual(numbers(view({ role: 'responsible' })), ['1.', '4.'], 'tasks with a responsible unit');
	assert.deepEqual(numbers(view({ role: 'lead' })), ['1.', '2.', '3.', '5.'], 'task 4 has no lead');
});

test('task-table view: sorted by a column, without headings; empty cells last both ways; ties in document order', () => {
	const byDeadline = view({ sort: 'deadline' });
	assert.deepEqual(numbers(byDeadline), ['4.', '1.', '3.', '2.', '5.'], 'dates first, then 持续推进, then none');
	assert.ok(byDeadline.rows.every((row) => row.kind === 'task'));
	assert.equal(tasks(byDeadline)[0].section, '二、促改革');
	assert.deepEqual(numbers(view({ sort: 'deadline', descending: true })), ['2.', '3.', '1.', '4.', '5.']);
	assert.deepEqual(numbers(view({ sort: 'number', descending: true })), ['5.', '4.', '3.', '2.', '1.']);
	assert.deepEqual(outline(view({ sort: 'number' })), outline(view({})), 'by number: the notice order, with its headings');
	assert.deepEqual(numbers(view({ sort: 'problems' })), ['2.', '4.', '1.', '3.', '5.'], 'most problems first (2: one unit spelled two ways; 4: a renamed unit), then none');
	assert.deepEqual(numbers(view({ sort: 'leader' })), ['5.', '1.', '2.', '3.', '4.']);
	// 市发展和改革委员会 (fa), 市公安局 (gong), 市公安局交警支队, 市财政局 (cai): pinyin order, c < f < g.
	assert.deepEqual(tasks(view({ sort: 'lead' })).map((row) => row.lead[0]?.name ?? ''), ['市财政局', '市发展和改革委员会', '市公安局', '市公安局交警支队', '']);
	assert.deepEqual(numbers(view({ sort: 'lead', unit: 'gaj' })), ['5.', '3.'], 'sorting keeps the filter');
});
