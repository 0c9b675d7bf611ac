import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { csvField, taskTableCsv, unitListsCsv } from '../../server/src/core/features/tableCsv';
import { taskColumns, unitColumns, unitEntries } from '../../server/src/core/features/tableColumns';
import { buildTaskTable, type TableInput, type TaskRow, type TaskTable } from '../../server/src/core/features/taskTable';
import { unitLists } from '../../server/src/core/features/unitLists';
import { sheetNames } from '../../server/src/node/sheetNames';
import { dedent } from '../support/cursor';
import { noticeText } from '../support/noticeArbitrary';
import { engine } from '../support/engine';
import { readAlong } from '../support/invariants';

const REGISTRY = dedent(`
	市发展和改革委员会 = 市发改委
	市财政局
	市经信局 -> 市工信局
	市工信局
	集合: 各县(区)政府
`);

const NOTICE = dedent(`
	关于印发2020年重点工作任务分解的通知
	一、稳增长
	1.扩大有效投资，6月底前出台方案。
	牵头单位：市发改委；责任单位：市财政局、市经信局
	2.优化营商环境（持续推进）。
	牵头单位：市发展和改革委员会；配合单位：市财政局、各县(区)政府
	二、促改革
	1.深化“放管服”改革。
	牵头单位：
	配合单位：市财正局
	完成时限：2021年3月底前
`);

function input(text: string, name: string, registry: string | undefined): TableInput {
	const notice = engine.parseNotice(text);
	const directory = registry === undefined ? undefined : engine.createDirectory([engine.parseRegistry(registry, 'file:///w/单位名录.txt')]);
	return { uri: `file:///w/${name}.txt`, name, notice, findings: engine.check(notice, directory), directory };
}

const tasksOf = (table: TaskTable) => table.rows.filter((row): row is TaskRow => row.kind === 'task');
const names = (units: TaskRow['lead']) => units.map((unit) => (unit.written === unit.name ? unit.name : `${unit.name}«${unit.written}»`)).join('、');

test('task table: section rows, numbers made unique when they restart, units under their registry names', () => {
	const table = buildTaskTable([input(NOTICE, '通知甲', REGISTRY)]);
	assert.deepEqual(
		table.rows.map((row) => (row.kind === 'section' ? `[${row.depth}] ${row.heading}` : `${row.reference} ${row.text}`)),
		['[0] 一、稳增长', '一、1. 扩大有效投资，6月底前出台方案。', '一、2. 优化营商环境（持续推进）。', '[0] 二、促改革', '二、1. 深化“放管服”改革。'],
	);
	const [first, second, third] = tasksOf(table);
	assert.equal(first.number, '1.');
	assert.deepEqual(first.sectionPath, ['一、稳增长']);
	assert.equal(names(first.lead), '市发展和改革委员会«市发改委»');
	assert.equal(names(first.responsible), '市财政局、市工信局«市经信局»', 'a renamed unit is listed under its current name');
	assert.equal(names(second.lead), '市发展和改革委员会');
	assert.equal(names(second.other), '市财政局、各县(区)政府');
	assert.equal(second.other[1].collective, true);
	assert.equal(names(third.lead), '');
	assert.equal(third.other[0].registered, false);
	assert.equal(first.line, 2);
	assert.deepEqual(table.notices.map((notice) => [notice.name, notice.title, notice.year?.year, notice.taskCount, notice.registries]), [['通知甲', '关于印发2020年重点工作任务分解的通知', 2020, 3, ['file:///w/单位名录.txt']]]);
});

test('task table: deadlines normalised in the notice year; the 问题 column holds each task’s errors and warnings', () => {
	const [first, second, third] = tasksOf(buildTaskTable([input(NOTICE, '通知甲', REGISTRY)]));
	assert.deepEqual(first.deadlines.map((deadline) => [deadline.written, deadline.kind, deadline.date]), [['6月底前', 'date', '2020-06-30']]);
	assert.equal(first.due, '2020-06-30');
	assert.deepEqual(second.deadlines.map((deadline) => [deadline.written, deadline.kind]), [['持续推进', 'ongoing']]);
	assert.equal(second.due, undefined);
	assert.deepEqual(third.deadlines.map((deadline) => deadline.date), ['2021-03-31']);
	assert.deepEqual(first.problems.map((problem) => problem.code), ['renamed-unit']);
	assert.deepEqual(second.problems.map((problem) => problem.message), ['「市发展和改革委员会」与本文中的「市发改委」（1 处）是同一单位的不同写法']);
	assert.deepEqual(third.problems.map((problem) => [problem.severity, problem.message]), [
		['error', '第 1 项任务没有牵头单位'],
		['warning', '单位名录中没有「市财正局」，是否应为「市财政局」？'],
	]);
});

test('task table: without a registry units keep their own names, and nothing is called unknown', () => {
	const table = buildTaskTable([input(NOTICE, '通知甲', undefined)]);
	const [first, , third] = tasksOf(table);
	assert.equal(names(first.lead), '市发改委');
	assert.equal(names(first.responsible), '市财政局、市经信局');
	assert.deepEqual(third.problems.map((problem) => problem.code), ['missing-lead']);
	assert.deepEqual(table.notices[0].registries, []);
});

test('task table: a lead named in a heading above is each task’s lead, in its row and in the unit’s list', () => {
	// 山西 2008: `（三）省编办牵头的工作` over `1.` and `2.`; the rows showed no lead, and 省编办's list missed them.
	const text = dedent(`
		一、省长负责的工作
		（一）省编办牵头的工作
		1.深化行政管理体制改革。
		2.推进乡镇机构改革。
		协同单位：省财政厅
		（二）省审计厅牵头的工作
		3.加强审计工作。
	`);
	const table = buildTaskTable([input(text, '通知', undefined)]);
	assert.deepEqual(tasksOf(table).map((row) => `${row.number} ${names(row.lead)} | ${names(row.other)}`), ['1. 省编办 | ', '2. 省编办 | 省财政厅', '3. 省审计厅 | ']);
	const lists = unitLists(table);
	assert.deepEqual(lists.find((list) => list.name === '省编办')?.lead.map((row) => row.number), ['1.', '2.']);
});

test('task table: findings outside every task are the notice’s problems; several notices keep their order', () => {
	const other = dedent(`
		各单位：共确定3项任务。
		1.甲。
		牵头单位：市财政局
	`);
	const table = buildTaskTable([input(NOTICE, '通知甲', REGISTRY), input(other, '通知乙', REGISTRY)]);
	assert.deepEqual(table.notices.map((notice) => notice.problems.map((problem) => problem.code)), [[], ['count-mismatch']]);
	assert.deepEqual(tasksOf(table).map((row) => `${row.notice}:${row.reference}`), ['0:一、1.', '0:一、2.', '0:二、1.', '1:1.']);
	assert.deepEqual([...new Set(tasksOf(table).map((row) => row.id))].length, 4, 'ids are unique across notices');
});

test('unit lists: one list per unit across notices and spellings; lead, then responsible, then cooperating; strongest part once', () => {
	const twice = dedent(`
		1.丙。
		牵头单位：市财政局；责任单位：市财政局、市发改委
	`);
	const table = buildTaskTable([input(NOTICE, '通知甲', REGISTRY), input(twice, '通知乙', REGISTRY)]);
	const summary = (order: 'registry' | 'count') =>
		unitLists(table, order).map((list) => {
			const refs = (rows: TaskRow[]) => rows.map((row) => `${row.notice}:${row.reference}`).join(' ');
			return `${list.name}${list.spellings.length > 0 ? `（又作${list.spellings.join('、')}）` : ''} 牵头[${refs(list.lead)}] 责任[${refs(list.responsible)}] 配合[${refs(list.other)}] 共${list.total}`;
		});
	assert.deepEqual(summary('registry'), [
		'市发展和改革委员会（又作市发改委） 牵头[0:一、1. 0:一、2.] 责任[1:1.] 配合[] 共3',
		'市财政局 牵头[1:1.] 责任[0:一、1.] 配合[0:一、2.] 共3',
		'市工信局（又作市经信局） 牵头[] 责任[0:一、1.] 配合[] 共1',
		'各县(区)政府 牵头[] 责任[] 配合[0:一、2.] 共1',
		'市财正局 牵头[] 责任[] 配合[0:二、1.] 共1',
	]);
	assert.deepEqual(
		summary('count').map((line) => line.split(' ')[0]),
		['市发展和改革委员会（又作市发改委）', '市财政局', '市工信局（又作市经信局）', '各县(区)政府', '市财正局'],
		'equal totals: more tasks led first, then registry order',
	);
	const counted = unitLists(buildTaskTable([input(NOTICE, '通知甲', undefined)]), 'count');
	assert.deepEqual(
		counted.map((list) => `${list.name} ${list.total}`),
		['市财政局 2', '市发改委 1', '市发展和改革委员会 1', '市经信局 1', '各县(区)政府 1', '市财正局 1'],
		'without a registry: each spelling its own list; ties: leading first, then in order of appearance',
	);
});

test('CSV: a BOM, CRLF, RFC 4180 quoting; parsed back it gives the table’s values', () => {
	const tricky = dedent(`
		关于印发2020年工作要点的通知
		1.推进“放管服”,深化"一网通办",试点A,B。
		年度目标：完成3项，覆盖全市。
		牵头单位：市发改委；责任领导：王俊副市长
		完成时限：6月底前，并长期坚持
	`);
	const table = buildTaskTable([input(tricky, '通知,带逗号', REGISTRY), input(NOTICE, '通知甲', REGISTRY)]);
	for (const [csv, columns, entries] of [
		[taskTableCsv(table), taskColumns(table, 'flat'), tasksOf(table)],
		[unitListsCsv(table, unitLists(table)), unitColumns(table, 'flat'), unitEntries(unitLists(table))],
	] as const) {
		assert.ok(csv.startsWith('\uFEFF'), 'BOM');
		assert.ok(csv.endsWith('\r\n') && !/[^\r]\n/.test(csv.replace(/"[^"]*"/g, '')), 'CRLF outside quoted fields');
		const records: string[][] = parse(csv, { bom: true, relax_column_count: false });
		assert.deepEqual(records[0], columns.map((column) => column.header));
		assert.deepEqual(
			records.slice(1),
			(entries as readonly unknown[]).map((entry) => columns.map((column) => (column.value as (entry: unknown) => string)(entry))),
		);
	}
	const [row] = tasksOf(table);
	assert.equal(row.text, '推进“放管服”,深化"一网通办",试点A,B。\n年度目标：完成3项，覆盖全市');
	assert.deepEqual(row.leaders.map((leader) => [leader.name, leader.title]), [['王俊', '副市长']]);
	assert.deepEqual(row.deadlines.map((deadline) => deadline.date ?? deadline.kind), ['2020-06-30', 'ongoing']);
	const parsed: string[][] = parse(taskTableCsv(table), { bom: true });
	assert.equal(parsed[1][0], '通知,带逗号');
	assert.equal(parsed[1][parsed[0].indexOf('时限日期')], '2020-06-30；持续');
	assert.equal(parsed[1][parsed[0].indexOf('进展情况')], '');
});

test('CSV: a value a spreadsheet would run as a formula is neutralised', () => {
	assert.equal(csvField('=HYPERLINK("x")', true), `"'=HYPERLINK(""x"")"`);
	assert.equal(csvField('+1', true), "'+1");
	assert.equal(csvField('@SUM(A1)', true), "'@SUM(A1)");
	assert.equal(csvField('市发改委', true), '市发改委');
	assert.equal(csvField('a\r\nb', false), '"a\r\nb"');
});

test('sheet names: valid for Excel, unique ignoring case, never a reserved or taken name', () => {
	const long = '某某市某某区人民政府办公室某某某某某某某某某某某某某某某某某某领导小组办公室';
	const names = sheetNames(['市发改委', 'a[b]:c*d?e/f\\g', long, long, 'History', "'引号'", '任务分解表', 'ABC', 'abc', '𠀀'.repeat(20), '   '], ['任务分解表', '一单位一清单', '说明']);
	assert.deepEqual(names.slice(0, 2), ['市发改委', 'a（b）：c＊d？e、f、g']);
	for (const name of names) {
		assert.ok(name.length >= 1 && name.length <= 31, `${name}: 1 to 31 characters`);
		assert.doesNotMatch(name, /[[\]:*?/\\]/);
		assert.doesNotMatch(name, /^'|'$/);
		assert.notEqual(name.toLowerCase(), 'history');
		assert.doesNotMatch(name, /[\ud800-\udbff]$/, 'no half surrogate pair');
	}
	const lower = [...names, '任务分解表', '一单位一清单', '说明'].map((name) => name.toLowerCase());
	assert.equal(new Set(lower).size, lower.length, 'unique, and none taken');
	assert.equal(names[3], long.slice(0, 28) + '（2）');
	assert.equal(names[6], '任务分解表（2）');
	assert.equal(names[8], 'abc（2）');
});

test('properties over generated notices: the table never throws, lists every task once, and its spans and counts hold', () => {
	fc.assert(
		fc.property(noticeText, (text) => {
			const table = buildTaskTable([input(text, '生成', REGISTRY)]);
			const notice = engine.parseNotice(text);
			const rows = tasksOf(table);
			assert.equal(rows.length, notice.tasks.length);
			// A wrapped cell is read joined: its span runs from its first character to its last, over the
			// line breaks, the frame and the other columns' text between its pieces.
			const covers = (span: { start: number; end: number }, written: string) => readAlong(text.slice(span.start, span.end), written);
			for (const row of rows) {
				for (const deadline of row.deadlines) {
					assert.ok(covers(deadline.span, deadline.written), `${deadline.written} at ${text.slice(deadline.span.start, deadline.span.end)}`);
					assert.ok(deadline.date === undefined || /^\d{4}-\d{2}-\d{2}$/.test(deadline.date), deadline.date);
				}
				for (const leader of row.leaders) {
					assert.ok(covers(leader.span, leader.written), `${leader.written} at ${text.slice(leader.span.start, leader.span.end)}`);
				}
			}
			const lists = unitLists(table);
			const named = new Set(rows.flatMap((row) => [...row.lead, ...row.responsible, ...row.other].map((unit) => unit.identity)));
			assert.equal(lists.length, named.size, 'one list per unit named');
			for (const list of lists) {
				assert.equal(list.total, list.lead.length + list.responsible.length + list.other.length);
				assert.equal(new Set([...list.lead, ...list.responsible, ...list.other]).size, list.total, 'a task once per unit');
			}
			const csv: string[][] = parse(taskTableCsv(table), { bom: true });
			assert.equal(csv.length, rows.length + 1);
		}),
		{ numRuns: 200, seed: 14 },
	);
});

test('task table: sub-task numbers (1-1 under 1, 2-1 under 2) are unique as written, the group row\'s number not written before them, and apart from its title (1 5G网络建设, not 15G网络建设: a reviewer\'s)', () => {
	const text = '序号\t工作任务\t牵头单位\n1\t5G网络建设\t\n1-1\t推进重大项目建设。\t市发改委\n1-2\t扩大消费需求。\t市商务局\n2\t改善民生\t\n2-1\t新建幼儿园2所。\t市教育局\n';
	const table = buildTaskTable([input(text, '通知甲', undefined)]);
	assert.deepEqual(tasksOf(table).map((row) => `${row.reference} ${row.sectionPath.join('/')}`), ['1-1 1 5G网络建设', '1-2 1 5G网络建设', '2-1 2 改善民生']);
	assert.deepEqual(table.rows.filter((row) => row.kind === 'section').map((row) => (row as { heading: string }).heading), ['1 5G网络建设', '2 改善民生']);
});

test('task table: a progress list’s 实际完成情况 / 进展情况 fills the 进展情况 column, in both tables; 备注 is no progress', () => {
	// A published progress list's layout (fields after spaces on the task's line), in our own words.
	const text = '2014年民生实事项目进展情况\n1.建成城东公园。 牵头领导:张三 责任单位:市住建局 实际完成情况:已于5月建成开放。\n2.新增公交线路10条。 责任单位:市交通局 进展情况:已开通6条\n3.改造老旧小区20个。 责任单位:市住建局 备注:9月底前完成\n';
	const table = buildTaskTable([input(text, '进展', undefined)]);
	assert.deepEqual(tasksOf(table).map((row) => row.progress), ['已于5月建成开放', '已开通6条', undefined]);
	const progressOf = <Entry>(columns: ReadonlyArray<{ header: string; value(entry: Entry): string }>, entry: Entry) => columns.find((column) => column.header === '进展情况')!.value(entry);
	assert.deepEqual(tasksOf(table).map((row) => progressOf(taskColumns(table, 'flat'), row)), ['已于5月建成开放', '已开通6条', '']);
	// Written in traditional characters or spaced out, the labels are the same (a reviewer's).
	const written = buildTaskTable([input('1.建成城東公園。 責任單位:市住建局 實際完成情況:已於5月建成開放\n2.改造小区。 责任单位:市住建局 进 展 情 况:已开工\n', '進展', undefined)]);
	assert.deepEqual(tasksOf(written).map((row) => row.progress), ['已於5月建成開放', '已开工']);
	const entries = unitEntries(unitLists(table));
	assert.deepEqual(entries.map((entry) => `${entry.list.name} ${progressOf(unitColumns(table, 'sheet'), entry)}`), ['市住建局 已于5月建成开放', '市住建局 ', '市交通局 已开通6条']);
});

test('task table: a table\'s progress column (推进情况, 完成情况) fills the 进展情况 column; a 备注 column does not (湖州 2020\'s progress table: it stayed empty)', () => {
	// A city bureau's progress table in our own words: the units inside the task cell, the progress in a column of its own.
	const pipes = '重点工作进展情况汇总\n序号 | 目标任务 | 推进情况 |\n1 | 推进老旧小区改造。(责任单位:市建设局) | 1-7月，开工改造小区28个。 |\n2 | 新建城市书房10家。(牵头单位:市文广旅局；责任单位:各区政府) | 已建成6家。 |\n';
	assert.deepEqual(tasksOf(buildTaskTable([input(pipes, '进展', undefined)])).map((row) => row.progress), ['1-7月，开工改造小区28个。', '已建成6家。']);
	const tabs = '序号\t工作任务\t牵头单位\t完成情况\t备注\n1\t新建幼儿园2所。\t市教育局\t已完工\t\n2\t改造农贸市场5个。\t市商务局\t\t年底前完成\n';
	assert.deepEqual(tasksOf(buildTaskTable([input(tabs, '进展', undefined)])).map((row) => row.progress), ['已完工', undefined]);
	// A task read after the table is no row: no progress of the last row's (the reader's one draft for every task kept it).
	const after = '序号\t工作任务\t牵头单位\t完成情况\n1\t新建幼儿园2所。\t市教育局\t已完工\n2\t改造农贸市场5个。\t市商务局\t已开工\n\n3.推进城区停车设施建设。\n牵头单位：市城管局\n';
	assert.deepEqual(tasksOf(buildTaskTable([input(after, '进展', undefined)])).map((row) => row.progress), ['已完工', '已开工', undefined]);
});
