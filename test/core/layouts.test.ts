import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { MarkerKind } from '../../server/src/core/syntax/markers';
import { taskKindOf } from '../../server/src/core/model/taskKind';
import { check } from '../support/engine';
import { dedent } from '../support/cursor';

test('cover letter and web junk before the body are not items', () => {
	const { notice } = check(dedent(`
		首页 > 政府信息公开 > 文件
		1、下载文档前请自行甄别文档内容的完整性。
		2、如文档侵犯您的权益，请联系客服。
		各县（市）区人民政府：
		现将分解方案印发给你们，共 3 项任务。
		某市人民政府
		2020年1月18日
		1.第一项。
		牵头单位：市发改委
		2.第二项。
		牵头单位：市财政局
		3.第三项。
		牵头单位：市商务局
		分享：
	`));
	assert.deepEqual(notice.tasks.map((task) => task.title), ['第一项。', '第二项。', '第三项。']);
	assert.equal(notice.declaredTaskCount?.count, 3);
});

test('sections 一、 （一） and 第一部分 above tasks', () => {
	const { notice } = check(dedent(`
		第一部分 经济
		一、稳增长
		（一）扩投资
		1.甲。
		牵头单位：市发改委
		2.乙。
		牵头单位：市财政局
		（二）促消费
		1.丙。
		牵头单位：市商务局
	`));
	assert.equal(taskKindOf(notice.tasks), MarkerKind.Arabic);
	assert.deepEqual(notice.sections.map((section) => [section.depth, section.title]), [[0, '经济'], [1, '稳增长'], [2, '扩投资'], [2, '促消费']]);
	assert.equal(notice.sections[3].children.length, 1);
});

test('item markers 1、 1． 1﹒ （1） ① are read', () => {
	for (const [text, kind] of [
		['1、甲。\n牵头单位：市发改委\n2、乙。\n牵头单位：市财政局\n', MarkerKind.Arabic],
		['1．甲。\n牵头单位：市发改委\n2．乙。\n牵头单位：市财政局\n', MarkerKind.Arabic],
		['1﹒甲。\n牵头单位：市发改委\n2﹒乙。\n牵头单位：市财政局\n', MarkerKind.Arabic],
		['（1）甲。\n牵头单位：市发改委\n(2)乙。\n牵头单位：市财政局\n', MarkerKind.ParenArabic],
		['①甲。\n牵头单位：市发改委\n②乙。\n牵头单位：市财政局\n', MarkerKind.Circled],
		// As a Word list or a full-width input mode writes them.
		['1）甲。\n牵头单位：市发改委\n2)乙。\n牵头单位：市财政局\n', MarkerKind.HalfParenArabic],
		['１．甲。\n牵头单位：市发改委\n２．乙。\n牵头单位：市财政局\n', MarkerKind.Arabic],
		['（１）甲。\n牵头单位：市发改委\n（２）乙。\n牵头单位：市财政局\n', MarkerKind.ParenArabic],
	] as const) {
		const { notice, findings } = check(text);
		assert.equal(taskKindOf(notice.tasks), kind, text);
		assert.deepEqual(notice.tasks.map((task) => task.marker.number), [1, 2], text);
		assert.deepEqual(findings, [], text);
	}
	// `1）` is a level of its own: under `（1）` tasks, and under sub-points after a task's fields (review of round 12).
	const levels = check('一、稳定经济增长\n（1）推进重大项目建设，重点抓好：\n1）加快前期工作；\n2）加快开工建设。\n牵头单位：市发改委\n（2）扩大消费。\n牵头单位：市商务局\n');
	assert.deepEqual(levels.notice.tasks.map((task) => task.marker.number), [1, 2]);
	assert.deepEqual(levels.findings, []);
	const nested = check('1.推进重大项目建设。\n牵头单位：市发改委\n（1）加快前期工作；\n（2）加快开工建设。\n1）省级重点项目；\n2）市级重点项目。\n2.扩大消费。\n牵头单位：市商务局\n');
	assert.deepEqual(nested.notice.tasks.map((task) => task.marker.number), [1, 2]);
	assert.deepEqual(nested.findings.filter((finding) => finding.severity === 'error'), []);
	// An attachment list numbered 1）2） is no task.
	const attached = check('各县（市、区）人民政府：\n现将方案印发给你们。\n附件：1）重点工作任务分解方案\n2）联系人名单\n某某市人民政府\n2024年3月1日\n（一）稳定经济增长\n（1）地区生产总值增长。（牵头单位：市发改委）\n（2）财政收入增长。（牵头单位：市财政局）\n');
	assert.deepEqual(attached.notice.tasks.map((task) => task.title), ['地区生产总值增长。', '财政收入增长。']);
	assert.deepEqual(attached.findings, []);
	// `1）` sub-points under a task: their brackets close their numbers, none is left open.
	const { notice, findings } = check('1.推进项目建设。\n1)加快前期工作。\n2)抓好开工。\n牵头单位：市发改委\n2.扩大开放。\n牵头单位：市商务局\n');
	assert.deepEqual(notice.tasks.map((task) => task.marker.number), [1, 2]);
	assert.deepEqual(findings, []);
});

test('sub-points above the fields do not become the task level', () => {
	const { notice } = check(dedent(`
		1.推进改革。
		（1）甲；
		（2）乙。
		牵头单位：市发改委
		2.扩大开放。
		（1）丙；
		（2）丁。
		牵头单位：市商务局
	`));
	assert.equal(taskKindOf(notice.tasks), MarkerKind.Arabic);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['市发改委'], ['市商务局']]);
});

test('inline brackets after the task text', () => {
	const { notice } = check('1.加强统筹。（牵头单位：市发改委；配合单位：市财政局、市统计局）\n2.扩大开放。【牵头单位：市商务局】\n');
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [
		['lead:市发改委', 'other:市财政局', 'other:市统计局'],
		['lead:市商务局'],
	]);
	assert.equal(notice.tasks[0].fields[0].style, 'bracket');
	assert.equal(notice.tasks[0].title, '加强统筹。', 'the bracket the fields open is no part of the title');
	// 宝山 2008: a line after the units is more of the task's text; the bracket does not stand before it.
	const after = check('1.确保完成主要指标。(牵头单位:发改委、统计局)\n▲增加值可比增长14%左右\n2.乙。（牵头单位：市商务局）\n').notice;
	assert.equal(after.tasks[0].text.replace(/\s+/g, ''), '确保完成主要指标。▲增加值可比增长14%左右');
});

test('the State Council style trailing parenthesis, with the convention declared in the first', () => {
	const { notice } = check(dedent(`
		1.实施积极的财政政策。（财政部、国家发展改革委等按职责分工负责，列第一位者为牵头单位，下同）
		2.稳健的货币政策要灵活适度。（人民银行牵头，国家发展改革委、财政部参与）
		3.扩大有效投资。（国家发展改革委、自然资源部等按职责分工负责）
	`));
	assert.ok(notice.convention);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [
		['lead:财政部', 'responsible:国家发展改革委'],
		['lead:人民银行', 'other:国家发展改革委', 'other:财政部'],
		['lead:国家发展改革委', 'responsible:自然资源部'],
	]);
	assert.ok(notice.tasks.every((task) => task.fields.every((field) => field.style === 'trailing-parenthesis')));
});

test('an ordinary closing parenthesis assigns nothing', () => {
	const { notice } = check('1.建成地铁3号线（2020年底前完成）。\n牵头单位：市住建局\n');
	assert.deepEqual(notice.tasks[0].units.map((unit) => unit.name), ['市住建局']);
});

test('several fields on one line, and leader and deadline fields that name no unit', () => {
	const { notice } = check('1.甲。\n牵头单位：市发改委  配合单位：市财政局  牵头领导：张三  完成时限：2020年底\n');
	assert.deepEqual(notice.tasks[0].fields.map((field) => field.role), ['lead', 'other', 'leader', 'deadline']);
	assert.deepEqual(notice.tasks[0].units.map((unit) => unit.name), ['市发改委', '市财政局']);
});

test('numbering that continues across sections is one list', () => {
	const { findings, notice } = check('一、甲\n1.子一。\n牵头单位：市发改委\n2.子二。\n牵头单位：市发改委\n二、乙\n3.子三。\n牵头单位：市发改委\n');
	assert.equal(notice.tasks.length, 3);
	assert.deepEqual(findings.map((finding) => finding.code), []);
});

test('parsing never throws, whatever the input', () => {
	for (const text of ['', '\n\n\n', '（（（（', '1.', '牵头单位：', '1.\n牵头单位：、、，，', '\u0000\u0001\uD800', '一、\n（一）\n1.\n（1）\n①', '1.甲125.乙']) {
		assert.doesNotThrow(() => check(text, '市发改委\n'), JSON.stringify(text));
	}
});

test('the numbering most tasks use counts every kind: table rows first, then more numbered tasks', () => {
	// MarkerKind.Row is the last kind: a count one slot short made its count NaN, and the rows kept the lead.
	const { notice } = check('序号\t工作任务\t牵头单位\n1\t推进甲项\t市发改委\n2\t推进乙项\t市财政局\n\n1.丙。\n牵头单位：市商务局\n2.丁。\n牵头单位：市商务局\n3.戊。\n牵头单位：市商务局\n');
	assert.deepEqual(notice.tasks.map((task) => task.marker.kind), [MarkerKind.Row, MarkerKind.Row, MarkerKind.Arabic, MarkerKind.Arabic, MarkerKind.Arabic]);
	assert.equal(taskKindOf(notice.tasks), MarkerKind.Arabic);
});
