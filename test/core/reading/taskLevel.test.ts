import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDocumentParts } from '../../../server/src/core/interpret/documentParts';
import { splitGluedLines } from '../../../server/src/core/interpret/gluedLines';
import { decideItemsInSteps } from '../../../server/src/core/interpret/itemDecisions';
import { decideTaskLevel, ItemFlag, type LevelItem } from '../../../server/src/core/interpret/taskLevel';
import { readStructure } from '../../../server/src/core/syntax/readStructure';
import { MarkerKind } from '../../../server/src/core/syntax/markers';
import { buildTaskTable, type TaskRow } from '../../../server/src/core/features/taskTable';
import { check, codes } from '../../support/engine';
import { dedent } from '../../support/cursor';

/** Class 1: the task level survives missing units; sub-points stay inside their task. */

const titles = (text: string) => check(text).notice.tasks.map((task) => task.title);

function item(kind: MarkerKind, carriesUnits = false): LevelItem {
	return { kind, flags: carriesUnits ? ItemFlag.CarriesUnits | ItemFlag.CarriesFields : 0 };
}

test('decideTaskLevel: leaves of the style that carries units are tasks, with or without their own', () => {
	const items = [item(MarkerKind.ChineseSection), item(MarkerKind.ParenChinese, true), item(MarkerKind.ParenChinese, true), item(MarkerKind.ParenChinese)];
	decideTaskLevel(items, false);
	assert.deepEqual(items.map((one) => one.decision), ['section', 'task', 'task', 'task']);
});

test('decideTaskLevel: nothing carried anywhere makes headings only', () => {
	const items = [item(MarkerKind.ChineseSection), item(MarkerKind.Arabic), item(MarkerKind.Arabic)];
	decideTaskLevel(items, false);
	assert.deepEqual(items.map((one) => one.decision), ['section', 'section', 'section']);
});

test('a cut-off last item without units is still a task, not folded into its heading', () => {
	const text = dedent(`
		一、优化营商环境
		(一)推进完善PPP机制。
		责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)
		(二)严格落实招投标政策。
		责任单位:市建设局
		(三)畅通货币信贷政策传导机制,综合运用多种工具
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.marker.number), [1, 2, 3]);
	assert.deepEqual(notice.sections.map((section) => section.title), ['优化营商环境']);
	assert.deepEqual(findings.filter((finding) => finding.code === 'missing-lead').map((finding) => finding.args[0]), ['三']);
});

test('half the tasks lacking a lead are read as tasks that lack a lead', () => {
	const text = dedent(`
		一、稳增长
		1.扩大投资。
		牵头单位：市发改委
		2.促进消费。
		3.稳定外贸。
		牵头单位：市商务局
		4.做强工业。
		二、促改革
		5.深化改革。
	`);
	const { notice, findings } = check(text);
	assert.equal(notice.tasks.length, 5);
	assert.deepEqual(findings.filter((finding) => finding.code === 'missing-lead').map((finding) => finding.args[0]), ['2', '4', '5']);
});

test('sub-points （1）（2） under a task stay inside it, its fields after the last', () => {
	const text = dedent(`
		1.推进改革。
		（1）深化放管服改革；
		（2）推进国企改革。
		牵头单位：市发改委；责任单位：市国资委
		2.扩大开放。
		①稳外贸；
		②稳外资。
		牵头单位：市商务局
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.marker.number), [1, 2]);
	assert.match(notice.tasks[0].text, /深化放管服改革；.*推进国企改革。/s);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [['lead:市发改委', 'responsible:市国资委'], ['lead:市商务局']]);
	assert.deepEqual(codes(findings), []);
});

test('1. 2. 3. under （一） with the units after the last, in every group of the notice: the groups are the tasks', () => {
	const text = dedent(`
		（一）推进重大项目建设。
		1.加快轨道交通建设，年内完成主体结构施工。
		2.推进快速路网建设，建成高架桥3座。
		牵头单位：市住建局；责任单位：市发改委、市财政局
		（二）提升城市管理水平。
		1.建成城市运行管理服务平台。
		2.深化垃圾分类。
		3.推进背街小巷整治。
		牵头单位：市城管局；责任单位：各区人民政府
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => `${task.marker.number} ${task.units.map((unit) => `${unit.role}:${unit.name}`).join(' ')}`), ['1 lead:市住建局 responsible:市发改委 responsible:市财政局', '2 lead:市城管局 responsible:各区人民政府']);
	assert.match(notice.tasks[1].text, /建成城市运行管理服务平台。.*推进背街小巷整治。/s);
	assert.deepEqual(codes(findings), []);
});

test('1. 2. under （一） keep their missing leads where the notice does not write every group so', () => {
	// One group alone: a draft whose first points lack their units.
	const alone = check('（一）推进重大项目建设。\n1.加快轨道交通建设。\n2.推进快速路网建设。\n牵头单位：市住建局\n');
	assert.deepEqual(codes(alone.findings), ['missing-lead']);
	// Another group names units on each point: the points are tasks everywhere, and 1. of the first lacks its lead.
	const each = check(dedent(`
		（一）推进重大项目建设。
		1.加快轨道交通建设。
		2.推进快速路网建设。
		牵头单位：市住建局
		（二）提升城市管理水平。
		1.建成城市运行管理服务平台。（牵头单位：市大数据局）
		2.深化垃圾分类。（牵头单位：市城管局）
		（三）优化营商环境。
		1.深化放管服改革。
		2.推进一网通办。
		牵头单位：市政务办
	`));
	assert.equal(each.notice.tasks.length, 6);
	assert.deepEqual(codes(each.findings), ['missing-lead', 'missing-lead']);
	// The last point names its units in its own text, in every group: they are its, and the points before lack theirs.
	const inline = check('（一）推进甲项工作。\n1.完善甲项制度。\n2.落实甲项资金。（牵头单位：市财政局）\n（二）推进乙项工作。\n1.完善乙项制度。\n2.落实乙项资金。（牵头单位：市发改委）\n');
	assert.deepEqual(codes(inline.findings), ['missing-lead', 'missing-lead']);
	// So too with a field line under it (a reviewer's): the lead in its own text is its.
	const inlineAndBelow = check('（一）推进甲项工作。\n1.完善甲项制度。\n2.落实甲项资金。（牵头单位：市财政局）\n责任单位：市商务局\n（二）推进乙项工作。\n1.完善乙项制度。\n2.落实乙项资金。（牵头单位：市发改委）\n责任单位：市商务局\n');
	assert.deepEqual(codes(inlineAndBelow.findings), ['missing-lead', 'missing-lead']);
	// Points with fields of their own (完成时限, 责任领导) are tasks: merged, their fields would be lost (a reviewer's).
	const ownFields = check('（一）推进甲项工作\n1.完善甲项制度。\n完成时限：6月底前\n2.落实甲项资金。\n完成时限：12月底前\n牵头单位：市财政局\n（二）推进乙项工作\n1.完善乙项制度。\n完成时限：9月底前\n2.落实乙项资金。\n牵头单位：市发改委\n');
	assert.equal(ownFields.notice.tasks.length, 4);
});

test('（1）（2） that each carry units are the tasks, under their heading', () => {
	const text = dedent(`
		1.推进改革
		（1）深化放管服改革。（牵头单位：市政务办）
		（2）推进国企改革。（牵头单位：市国资委）
	`);
	const { notice } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.marker.kind), [MarkerKind.ParenArabic, MarkerKind.ParenArabic]);
	assert.equal(notice.sections[0].title, '推进改革');
});

test('items under 保障措施 or 工作要求 carry no task: no missing lead on them beside tasks of their style (a reviewer\'s)', () => {
	const text = dedent(`
		一、重点任务
		（一）推进重大项目建设。加快轨道交通建设。
		牵头单位：市住建局
		（二）提升城市管理水平。建成城市运行管理服务平台。
		牵头单位：市城管局
		二、保障措施
		（一）加强组织领导。各单位要高度重视。
		（二）强化督查考核。
		三、工作要求
		（一）按月报送进展。
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.title), ['推进重大项目建设。加快轨道交通建设。', '提升城市管理水平。建成城市运行管理服务平台。']);
	assert.deepEqual(codes(findings), []);
});

test('an item whose title is a label naming no unit (（二）时间要求：…, （三）责任领导：…) is a paragraph about it, no task: no missing lead beside the tasks of its style', () => {
	const text = dedent(`
		一、重点任务
		（一）推进项目建设。（牵头单位：县发改局）
		（二）扩大消费。（牵头单位：县商务局）
		二、保障措施
		（一）加强领导。各单位要高度重视。
		（二）时间要求：3月底前完成部署，12月底前全面完成。
		（三）责任领导：各单位主要负责同志为第一责任人。
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.title), ['推进项目建设。', '扩大消费。']);
	assert.deepEqual(codes(findings), []);
	// A label after the item's text is the task's field, as before.
	assert.deepEqual(titles('1.推进项目建设。完成时限：6月底前\n2.扩大消费。\n牵头单位：县商务局\n'), ['推进项目建设。', '扩大消费。']);
});

test('总体要求 and 指导思想 paragraphs are no tasks; a leaf heading of another style is a heading', () => {
	const text = dedent(`
		一、总体要求
		（一）指导思想。以习近平新时代中国特色社会主义思想为指导。
		（二）基本原则。坚持问题导向。
		二、主要任务
		（三）大力发展职业赛事。（体育总局负责）
		（四）引进国际赛事。（体育总局、北京冬奥组委负责）
		三、主要工作目标
		到2020年，商贸流通业实力显著提升。
	`);
	assert.deepEqual(titles(text), ['大力发展职业赛事。（体育总局负责）', '引进国际赛事。（体育总局、北京冬奥组委负责）']);
});

test('under a framing heading (主要目标, 总体要求) an item whose unit parenthesis is never closed stays a task, with the findings it gets elsewhere (p46: it vanished without a word)', () => {
	// 湘政发〔2019〕1号's excerpt stops inside `(分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省`; a draft may lose one bracket.
	const tasks = (heading: string) => `${heading}\n1.扎实推进产业项目建设。（市发改委牵头，市财政局配合）\n2.经济增长7.5%。（市发改委牵头，市统计局配合\n3.扩大有效投资。（市发改委牵头，市财政局配合）\n`;
	const elsewhere = check(tasks('一、加快产业转型'));
	for (const heading of ['一、主要目标', '一、总体要求', '（一）总体要求和主要预期目标。']) {
		const { notice, findings } = check(tasks(heading));
		assert.deepEqual(notice.tasks.map((task) => task.marker.number), [1, 2, 3], heading);
		assert.deepEqual(codes(findings), codes(elsewhere.findings), heading);
		// The lead written in the open bracket is read (as a labelled bracket's is): the bracket is the fault, no lead is missing.
		assert.deepEqual(codes(findings), ['unbalanced-bracket'], heading);
		assert.deepEqual(notice.tasks[1].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:市发改委', 'other:市统计局'], heading);
	}
	// Cut at the text's end (an excerpt): the last task reads as under any heading.
	const cut = '一、主要目标\n1.扎实推进产业项目建设。（市发改委牵头，市财政局配合）\n2.经济增长7.5%。（市发改委牵头，市统计局配合';
	assert.deepEqual(check(cut).notice.tasks.map((task) => task.marker.number), [1, 2]);
	assert.deepEqual(codes(check(cut).findings), codes(check(cut.replace('主要目标', '加快产业转型')).findings));
	// Wrapped by a PDF and closed on the next line: its units are read, no finding.
	const wrapped = check('一、主要目标\n1.扎实推进产业项目建设。（市发改委牵头，市财政局配合）\n2.经济增长7.5%。（市发改委牵头，\n市统计局配合）\n');
	assert.deepEqual(codes(wrapped.findings), []);
	assert.deepEqual(wrapped.notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['市发改委', '市财政局'], ['市发改委', '市统计局']]);
	// Closed, but past a PDF cut's reach (seven wrapped lines): no unclosed bracket, no task made of it, no finding (the review's c1).
	const far = check('一、主要目标\n1.扎实推进产业项目建设。（市发改委牵头，市财政局配合）\n2.经济增长7.5%。（市发改委牵头，\n市统计\n局、市财\n政局、市工\n信局、市商\n务局、市住\n建局配合）\n3.扩大有效投资。（市发改委牵头，市财政局配合）\n');
	assert.deepEqual(codes(far.findings), []);
	assert.deepEqual(far.notice.tasks.map((task) => task.marker.number), [1, 3]);
});

test('under a framing heading, items naming no unit stay no tasks with no finding, an unclosed bracket naming none too; the unclosed paragraph of a notice with no task stays a heading when lines follow it', () => {
	const tasksAfter = '二、重点任务\n3.扩大有效投资。（市发改委牵头，市财政局配合）\n4.促进消费。（市商务局牵头）\n';
	for (const framing of ['一、总体要求\n1.坚持稳中求进。\n2.坚持新发展理念。\n', '一、总体要求\n1.坚持稳中求进（总基调。\n2.坚持新发展理念。\n', '一、主要目标\n1.经济增长7.5%左右（按可比价计算\n2.居民收入增长与经济增长同步。\n']) {
		const { notice, findings } = check(framing + tasksAfter);
		assert.deepEqual(notice.tasks.map((task) => task.marker.number), [3, 4], framing);
		assert.deepEqual(codes(findings), [], framing);
	}
	// Among targets written as prose, the one whose unit parenthesis is cut is the task (its units read, its bracket unbalanced); the others are not.
	const among = check('一、主要目标\n1.经济增长7.5%左右。\n2.居民收入增长与经济增长同步。（市人社局牵头，市统计局配合\n' + tasksAfter);
	assert.deepEqual(among.notice.tasks.map((task) => task.marker.number), [2, 3, 4]);
	assert.deepEqual(codes(among.findings), ['unbalanced-bracket']);
	// A notice whose only parenthesis wording units is never closed, with lines after it: no item carries units, headings, no finding.
	const unclosedOnly = check('一、落实2019年经济社会发展总体要求和主要预期目标\n(一)总体要求:以习近平新时代中国特色社会主义思想为指导。\n主要预期目标:经济增长7.5%—8%(分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省\n全省上下要坚定信心。\n');
	assert.deepEqual(unclosedOnly.notice.tasks, []);
	assert.deepEqual(codes(unclosedOnly.findings), []);
});

test('an excerpt that ends inside its only task\'s unit parenthesis keeps the task, its lead read as with the parenthesis closed (湘政发〔2019〕1号\'s excerpt: it vanished without a word)', () => {
	const excerpt = '一、落实2019年经济社会发展总体要求和主要预期目标\n(一)总体要求:以习近平新时代中国特色社会主义思想为指导。\n主要预期目标:经济增长7.5%—8%(分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省';
	const closed = check(excerpt + '财政厅配合)\n');
	for (const text of [excerpt, excerpt + '\n\n']) {
		const { notice, findings } = check(text);
		assert.deepEqual(notice.tasks.map((task) => task.marker.number), [1]);
		assert.deepEqual(notice.tasks[0].units.filter((unit) => unit.role === 'lead').map((unit) => unit.name), ['省发展改革委']);
		assert.deepEqual(notice.tasks.map((task) => task.marker.number), closed.notice.tasks.map((task) => task.marker.number));
		assert.deepEqual(codes(findings), codes(closed.findings));
	}
	// Ending inside a parenthesis naming no unit, the cut paragraph stays a heading.
	const noUnit = check('一、落实2019年经济社会发展总体要求和主要预期目标\n(一)总体要求:保持经济持续健康发展。\n主要预期目标:经济增长7.5%—8%(按可比价');
	assert.deepEqual(noUnit.notice.tasks, []);
	assert.deepEqual(codes(noUnit.findings), []);
});

test('decideTaskLevel: a framed leaf whose unit parenthesis is unclosed is a task where its style is; alone, or naming none, it is no task', () => {
	const framed = (kind: MarkerKind, flags = 0): LevelItem => ({ kind, flags });
	const items = [framed(MarkerKind.ChineseSection, ItemFlag.Framing), item(MarkerKind.Arabic, true), framed(MarkerKind.Arabic, ItemFlag.UnclosedUnits), framed(MarkerKind.Arabic)];
	decideTaskLevel(items, false);
	assert.deepEqual(items.map((one) => one.decision), ['section', 'task', 'task', 'section']);
	const alone = [framed(MarkerKind.ChineseSection, ItemFlag.Framing), framed(MarkerKind.Arabic, ItemFlag.UnclosedUnits), framed(MarkerKind.Arabic)];
	decideTaskLevel(alone, false);
	assert.deepEqual(alone.map((one) => one.decision), ['section', 'section', 'section']);
});

test('headings that name the lead over items naming none: the items are the tasks, led by the heading', () => {
	// 沁县 2025: the letter's 一、二、三、 are its own paragraphs; the attachment lists its tasks by the unit leading them.
	const text = dedent(`
		县示范区管委会,各乡、镇人民政府,县直各有关单位:
		经县政府同意,现将任务分解印发给你们。
		一、责任到人,闭环管理。各责任单位需严格对照任务清单,逐项细化职责。
		二、节点管控,动态调度。各单位要紧盯目标任务、关键指标、序时进度。
		附件:1.2025年县《政府工作报告》任务清单
		沁县人民政府办公室
		2025年5月18日
		附件1
		2025年县政府工作报告任务清单
		一、县示范区管委会牵头工作(2项)
		1.投资建设南美白对虾工厂化循环水养殖基地。
		2.打造食用菌酵素生产基地。
		二、县发改局牵头工作(1项)
		1.推进重点项目建设。
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.title), ['投资建设南美白对虾工厂化循环水养殖基地。', '打造食用菌酵素生产基地。', '推进重点项目建设。']);
	assert.deepEqual(notice.tasks.map((task) => task.inheritedUnits.map((unit) => `${unit.role}:${unit.name}`)), [['lead:县示范区管委会'], ['lead:县示范区管委会'], ['lead:县发改局']]);
});

test('a heading that names the lead unit leads the tasks under it; a leaf one is a task itself', () => {
	const text = dedent(`
		一、孟学农省长负责的工作
		全面负责省人民政府工作任务的落实。
		（一）省监察厅牵头的工作
		加强行政监察工作。
		（二）省编办牵头的工作
		1.深化行政管理体制改革。
		2.积极稳妥地推进乡镇机构改革。
		协同单位:省财政厅、省人事厅等省直有关部门和各市人民政府。
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.title), ['省监察厅牵头的工作', '深化行政管理体制改革。', '积极稳妥地推进乡镇机构改革。']);
	const leads = notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].filter((unit) => unit.role === 'lead').map((unit) => unit.name));
	assert.deepEqual(leads, [['省监察厅'], ['省编办'], ['省编办']]);
	assert.deepEqual(notice.tasks[2].units.map((unit) => unit.name), ['省财政厅', '省人事厅', '省直有关部门', '各市人民政府']);
	assert.ok(notice.tasks.every((task) => task.leader?.text === '孟学农省长'), 'the leader of the section, kept as the tasks\' leader');
	assert.ok(!notice.units.some((unit) => unit.name.includes('孟学农')));
	assert.deepEqual(findings.filter((finding) => finding.severity === 'error'), []);
});

test('a heading leads the tasks under it with the verbs of a lead parenthesis (牵头负责, 牵头落实), or with a lead field on the line under it', () => {
	const worded = check('（一）县发改局牵头负责的工作\n1.全年完成固定资产投资增长8%。\n配合单位：县统计局\n2.推进重大项目建设。\n（二）县财政局牵头落实的工作\n3.做好预算。\n');
	assert.deepEqual(codes(worded.findings), []);
	assert.deepEqual(worded.notice.tasks.map((task) => task.inheritedUnits.map((unit) => `${unit.role}:${unit.name}`)), [['lead:县发改局'], ['lead:县发改局'], ['lead:县财政局']]);
	const field = check('（一）扩大有效投资\n牵头单位：县发改局\n1.全年完成固定资产投资增长8%。\n2.推进重大项目建设。\n配合单位：县财政局\n（二）促进消费\n牵头单位：县商务局\n3.举办消费节。\n');
	assert.deepEqual(codes(field.findings), []);
	assert.deepEqual(field.notice.tasks.map((task) => task.inheritedUnits.map((unit) => `${unit.role}:${unit.name}`)), [['lead:县发改局'], ['lead:县发改局'], ['lead:县商务局']]);
	assert.deepEqual(field.notice.tasks[1].units.map((unit) => `${unit.role}:${unit.name}`), ['other:县财政局']);
});

test('a notice listed by unit: a heading that is one department\'s name leads the tasks under it; a theme with a level character is no unit', () => {
	for (const heading of ['一、县发改局', '一、县发改局（牵头单位）']) {
		const { notice, findings } = check(`${heading}\n1.全年完成固定资产投资增长8%。\n配合单位：县统计局\n2.推进重大项目建设。\n二、县财政局\n3.做好预算。\n`);
		assert.deepEqual(codes(findings), [], heading);
		assert.deepEqual(notice.tasks.map((task) => task.inheritedUnits.map((unit) => unit.name)), [['县发改局'], ['县发改局'], ['县财政局']], heading);
	}
	// Short names, other plates, task counts, two units, zones, hospitals, brigades (a tester's: by-unit breakdowns write 一、县委办（N项）).
	const many = check('一、县委办\n1.甲。\n二、县财政局（国资办）\n2.乙。\n三、团县委\n3.丙。\n四、县委办、县政府办\n4.丁。\n五、县发改局（3项）\n5.戊。\n六、高新区管委会\n6.己。\n七、县人民医院\n7.庚。\n八、县消防救援大队\n8.辛。\n');
	assert.deepEqual(codes(many.findings), []);
	assert.deepEqual(many.notice.tasks.map((task) => task.inheritedUnits.map((unit) => unit.name).join('、')), ['县委办', '县财政局', '团县委', '县委办、县政府办', '县发改局', '高新区管委会', '县人民医院', '县消防救援大队']);
	// A township's offices without a level, and a heading naming the lead and its helpers.
	const township = check('一、党政办\n1.做好重点工作督查督办。\n配合单位：各村（社区）\n2.抓好机关作风建设。\n二、农业农村办\n3.完成高标准农田建设3000亩。\n（三）县发改局牵头，县统计局配合的工作\n4.推进重大项目建设。\n');
	assert.deepEqual(codes(township.findings), []);
	assert.deepEqual(township.notice.tasks.map((task) => task.inheritedUnits.map((unit) => `${unit.role}:${unit.name}`).join('、')), ['lead:党政办', 'lead:党政办', 'lead:农业农村办', 'lead:县发改局、other:县统计局']);
	// The helpers are its tasks' cooperating units in the task table too, and a heading that is a task itself names them as its own.
	const row = buildTaskTable([{ uri: 'n', name: 'n', notice: township.notice, findings: township.findings, directory: undefined }]).rows.filter((entry) => entry.kind === 'task')[3] as TaskRow;
	assert.deepEqual([row.lead.map((unit) => unit.name), row.other.map((unit) => unit.name)], [['县发改局'], ['县统计局']]);
	const own = check('1.扩大有效投资。（牵头单位：县发改局）\n2.县发改局牵头，县统计局、县财政局配合的工作\n3.推进重大项目。（牵头单位：县发改局；责任单位：县住建局）\n').notice;
	assert.deepEqual(own.tasks[1].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:县发改局', 'other:县统计局', 'other:县财政局']);
	assert.deepEqual(own.units.map((unit) => unit.start), [...own.units.map((unit) => unit.start)].sort((a, b) => a - b));
	const themes = check('一、县域经济\n1.甲。\n牵头单位：县发改局\n二、市场监管\n2.乙。\n牵头单位：县市场监管局\n（三）建设区域金融中心\n3.丙。\n牵头单位：县金融办\n');
	assert.deepEqual(themes.notice.tasks.map((task) => task.inheritedUnits.length), [0, 0, 0]);
});

test('a county notice listed by unit heads lists with a town\'s or a street\'s government (一、城关镇人民政府, 二、东关街道办事处): they lead the tasks under them (a tester\'s: four missing leads)', () => {
	const { notice, findings } = check('一、城关镇人民政府\n1.完成集镇老街改造。\n2.新建便民停车场2处。\n二、东关街道办事处\n1.完成老旧小区改造3个。\n三、县住建局\n1.推进污水管网延伸。\n');
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.inheritedUnits.map((unit) => unit.name).join('、')), ['城关镇人民政府', '城关镇人民政府', '东关街道办事处', '县住建局']);
	// A theme naming towns' governments is no unit.
	const theme = check('一、建设服务型乡镇政府\n1.甲。\n牵头单位：县委编办\n');
	assert.deepEqual(theme.notice.tasks.map((task) => task.inheritedUnits.length), [0]);
});

test('a report has headings, no tasks and no missing lead', () => {
	const { notice, findings } = check('（一）稳增长\n发挥投资关键作用。\n（二）强产业\n著力提升产业素质。\n');
	assert.equal(notice.kind, 'report');
	assert.equal(notice.tasks.length, 0);
	assert.equal(notice.sections.length, 2);
	assert.deepEqual(findings, []);
});

test('decideItemsInSteps: a notice of megabytes yields every few items whose content it reads, and decides as in one step', () => {
	const lines = ['一、稳增长'];
	for (let i = 1; i <= 40; i++) {
		lines.push(`${i}.推进第${i}项工作。`, i % 2 === 0 ? '牵头单位：市发改委' : '（市财政局牵头）');
	}
	const text = lines.join('\n');
	const structure = readStructure(text);
	const parts = findDocumentParts(text, structure.lines);
	const segments = splitGluedLines(text, structure.lines);
	const drain = (itemsPerStep: number) => {
		const steps = decideItemsInSteps(structure, parts, segments, undefined, itemsPerStep);
		let yields = 0;
		for (let step = steps.next(); ; step = steps.next(), yields++) {
			if (step.done) {
				return { yields, decided: step.value.decisions };
			}
		}
	};
	const inOne = drain(Number.MAX_SAFE_INTEGER);
	const inSteps = drain(5);
	assert.equal(inOne.yields, 0);
	// 41 items, their content read five at a time.
	assert.equal(inSteps.yields, 8);
	assert.deepEqual(inSteps.decided, inOne.decided);
	assert.equal(inOne.decided.filter((decision) => decision === 'task').length, 40);
});

test('a unit\'s name alone on the line under a theme heading leads the items under it, in a notice naming no other unit (a reviewer: 0 tasks); under a leaf it makes no task', () => {
	const { notice, findings } = check('2025年县政府工作报告重点任务分解\n一、坚持创新驱动发展加快构建现代化产业体系\n县工信局\n1.新增规模以上工业企业15家。\n2.推进经济开发区扩区调位。\n二、深化重点领域改革\n县发改局、县政务服务中心\n3.推进政务服务一网通办。\n');
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => `${task.marker.number} ${task.inheritedUnits.map((unit) => `${unit.role}:${unit.name}`).join('、')}`), ['1 lead:县工信局', '2 lead:县工信局', '3 lead:县发改局、lead:县政务服务中心']);
	assert.deepEqual(notice.sections.map((section) => section.title), ['坚持创新驱动发展加快构建现代化产业体系', '深化重点领域改革']);
	// `1.…` / `县工信局`: a task's units one a line, which the name alone does not make a task of (nor a lead: no missing lead said).
	assert.equal(check('2025年重点任务分解\n一、工业经济\n1.新增规模以上工业企业15家。\n县工信局\n2.推进经济开发区扩区调位。\n县发改局\n').notice.tasks.length, 0);
});

test('a unit\'s name alone under a long heading a wrap cut before its object is the heading\'s rest, no lead (a reviewer: a report got tasks and missing-lead; a convention\'s lead was overridden; a cover letter\'s paragraphs became tasks)', () => {
	// A report naming no unit: `…，新建` / `县中医院` is one heading.
	const report = check('清河县人民政府关于2024年重点工作完成情况的报告\n一、经济运行稳中向好\n1.地区生产总值增长6.2%。\n2.一般公共预算收入增长5.1%。\n二、社会事业全面进步，县人民医院创成三级医院，新建\n县融媒体中心\n3.新增城镇就业3600人。\n三、下一步工作打算\n4.持续扩大有效投资。\n');
	assert.deepEqual(codes(report.findings), []);
	assert.equal(report.notice.tasks.length, 0);
	// The first listed leads by the notice's convention, not the heading's rest.
	const { notice, findings } = check('清河县2025年重点任务分解方案\n（注：责任单位中排在第一位的为牵头单位。）\n一、全力支持县人民医院创建三级医院，提升医疗服务能力，加快建设\n县中医院\n1.完成门诊综合楼主体工程。\n责任单位：县卫健局、县发改局\n二、持续保障和改善民生\n2.新增城镇就业3500人。\n责任单位：县人社局\n');
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.units.filter((unit) => unit.role === 'lead').map((unit) => unit.name).join('、')), ['县卫健局', '县人社局']);
	assert.equal(notice.sections[0].title, '全力支持县人民医院创建三级医院，提升医疗服务能力，加快建设县中医院');
	// A cover letter's paragraph opened by its title and cut in its sentence.
	const letter = check('关于印发《清河县2025年重点任务分解方案》的通知\n各乡镇人民政府，县直各单位：\n现将方案印发给你们，并就有关事项通知如下：\n一、加强组织领导。各牵头单位要切实履行职责，重大事项及时报告\n县政府办公室\n（一）各牵头单位主要负责同志为第一责任人。\n（二）各配合单位要主动对接。\n二、强化督查考核\n县政府督查室牵头，县委组织部配合\n将任务落实情况纳入年度目标考核。\n\n清河县人民政府办公室\n2025年3月1日\n\n清河县2025年重点任务分解方案\n1.地区生产总值增长6%左右。\n牵头单位：县发改局\n2.一般公共预算收入增长5%。\n牵头单位：县财政局\n3.新增城镇就业3500人。\n牵头单位：县人社局\n');
	assert.deepEqual(codes(letter.findings), []);
	assert.deepEqual(letter.notice.tasks.map((task) => task.marker.number), [1, 2, 3]);
});

test('a city bureau\'s branch in a county on the line under a heading is the lead, whole (a reviewer: read 县分局, unknown-unit with a registry)', () => {
	const { notice, findings } = check('清河县2025年重点任务分解方案\n一、深入打好污染防治攻坚战\n江州市生态环境局清河县分局牵头，县住建局配合\n1.完成大气污染防治年度任务。\n2.推进中央环保督察反馈问题整改。\n3.开展农村黑臭水体治理。\n江州市生态环境局清河县分局牵头，县农业农村局配合\n');
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].filter((unit) => unit.role === 'lead').map((unit) => unit.name).join('、')), ['江州市生态环境局清河县分局', '江州市生态环境局清河县分局', '江州市生态环境局清河县分局']);
});

test('a unit list alone on the line under a heading or a task is read by the notice\'s convention: the first listed leads where declared (a reviewer: three leads, and missing-lead on a task whose own line named its units)', () => {
	const text = '清河县2025年重点任务分解方案\n说明：所列单位中排在第一位的为牵头单位。\n一、持续优化营商环境\n县发改局、县政务服务中心、县市场监管局\n1.推进政务服务一网通办。\n2.企业开办时间压缩至1个工作日以内。\n二、全面推进乡村振兴\n3.新建高标准农田2万亩。\n县农业农村局、县财政局\n';
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	const roles = (task: (typeof notice.tasks)[number]) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`).join('、');
	assert.deepEqual(notice.tasks.map(roles), [
		'lead:县发改局、responsible:县政务服务中心、responsible:县市场监管局',
		'lead:县发改局、responsible:县政务服务中心、responsible:县市场监管局',
		'lead:县农业农村局、responsible:县财政局',
	]);
	assert.equal(notice.tasks[2].title, '新建高标准农田2万亩。');
	// Undeclared, the heading's list leads as before; the task's own list names no lead (an information, no missing-lead).
	const undeclared = check(text.replace('说明：所列单位中排在第一位的为牵头单位。\n', ''));
	assert.deepEqual(codes(undeclared.findings), ['lead-not-designated']);
	assert.deepEqual(undeclared.notice.tasks.map(roles)[0], 'lead:县发改局、lead:县政务服务中心、lead:县市场监管局');
});

test('a point line (二是…) in a notice with no numbered task reads without a parse failure (a generated notice: paragraphsIn gave none)', () => {
	assert.deepEqual(codes(check('二是培育市级以上农业产业化龙头企业5家。\n').findings), []);
	assert.deepEqual(codes(check('清河县2025年重点工作\n一是新建高标准农田2万亩。\n责任单位：县农业农村局\n二是培育龙头企业5家。\n').findings).filter((code) => code === 'parse-failure'), []);
});

test('a 解读 whose one heading tells who drafted the plan (由县政府办公室牵头起草) has no tasks: its other headings get no missing-lead', () => {
	// 沂水 2023's 解读 of its breakdown: three headings over paragraphs, one of which words who led the drafting.
	const text = dedent(`
		关于某县重点工作任务分解方案的解读

		一、方案出台背景

		县人代会审议通过了政府工作报告，明确了全年目标任务。

		二、方案起草过程

		由县政府办公室牵头起草，征求各方意见后经县政府常务会议审议通过。

		三、方案主要内容

		方案分为五个部分，逐项明确了责任单位和完成时限。
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.title), []);
	assert.deepEqual(codes(findings), []);
});

test('tasks whose own line words their lead in prose are tasks however few do: the others get missing-lead (a reviewer: a list of five, two worded, read no task)', () => {
	const text = dedent(`
		江县2024年政府工作报告重点任务分解

		1.加快工业转型升级。实施技改项目20个，由县工信局牵头，县发改局配合。
		2.扩大有效投资。全年完成固定资产投资增长8%。
		3.推进乡村振兴。建成美丽乡村示范村5个。
		4.提升城市品质。完成老旧小区改造12个，由县住建局牵头，各乡镇配合。
		5.推进教育优质均衡发展。新建幼儿园3所。
	`);
	const { notice, findings } = check(text);
	assert.equal(notice.tasks.length, 5);
	assert.deepEqual(codes(findings), ['missing-lead', 'missing-lead', 'missing-lead']);
});

test('tasks worded in prose are tasks when most of their style word units so: the one without any gets missing-lead', () => {
	const text = dedent(`
		一、加快县城建设

		（一）推进老旧小区改造，年内完成12个小区。由县住建局牵头，县财政局配合。

		（二）建设城东污水处理厂二期工程。由县水利局牵头负责。

		（三）完善城区停车设施，新增停车位800个。

		（四）实施背街小巷整治三年行动。由县城管局牵头，各街道配合。
	`);
	const { notice, findings } = check(text);
	assert.equal(notice.tasks.length, 4);
	assert.deepEqual(codes(findings), ['missing-lead']);
});

test('a cover letter\'s paragraph titled 强化督办 or 加强督办 names no township office: no task, no missing-lead (a township\'s 党政办, 督查办, 综合办, 双创办 or 乡村振兴办 still heads its list)', () => {
	for (const title of ['强化督办', '加强督办', '严格督办', '抓好交办']) {
		const text = `各乡镇人民政府，县政府各部门：\n现将县政府工作报告重点工作分解通知如下：\n一、细化分解\n各单位要对照分解表，抓紧制定落实方案。\n二、${title}\n各单位要于年底前报送落实情况。\n县人民政府办公室\n2020年7月1日\n`;
		assert.deepEqual(codes(check(text).findings), [], title);
	}
	const township = check('一、党政办\n1.做好重点工作督查督办。\n2.抓好机关作风建设。\n二、督查办\n3.完成高标准农田建设3000亩。\n三、综合办\n4.做好档案管理。\n四、双创办\n5.新增市场主体200户。\n五、征迁安置办\n6.完成征迁安置100户。\n六、乡村振兴办\n7.建成示范村3个。\n');
	assert.deepEqual(codes(township.findings), []);
	assert.deepEqual(township.notice.tasks.map((task) => task.inheritedUnits.map((unit) => unit.name).join('、')), ['党政办', '党政办', '督查办', '综合办', '双创办', '征迁安置办', '乡村振兴办']);
});

test('the government\'s inspection office (县政府督查室, 市政府督查室) on the line under a theme heading leads its items (missing-lead on each before)', () => {
	const leads = (task: ReturnType<typeof check>['notice']['tasks'][number]) => [...task.units, ...task.inheritedUnits].filter((unit) => unit.role === 'lead').map((unit) => unit.name).join('、');
	const { notice, findings } = check('清河县2025年重点任务分解方案\n一、压实工作责任\n县政府督查室牵头，县委组织部配合\n1.每月调度一次重点任务推进情况。\n2.年底开展任务完成情况评估。\n二、跟进督办问效\n市政府督查室\n3.对推进滞后的事项下发督办通知。\n');
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map(leads), ['县政府督查室', '县政府督查室', '市政府督查室']);
	// A heading with no numbered item under it: the section is the task, its line its lead.
	const task = check('清河县2025年重点任务分解方案\n一、扩大有效投资\n1.完成固定资产投资80亿元。\n牵头单位：县发改局\n二、压实工作责任\n区政府督查室牵头，各责任单位配合\n建立任务台账，按月调度，按季通报。\n');
	assert.deepEqual(codes(task.findings), []);
	assert.deepEqual(task.notice.tasks.map(leads), ['县发改局', '区政府督查室']);
});

test('a line naming the helpers under a heading that names its own lead (（一）县发改局牵头的工作) is theirs when the heading is the task, no text of it', () => {
	const { notice, findings } = check('清河县2025年重点任务分解方案\n一、稳住经济大盘\n（一）县发改局牵头的工作\n县财政局、县统计局配合\n一是编排年度重点项目计划。二是完成固定资产投资85亿元。\n（二）县商务局牵头的工作\n1.社会消费品零售总额增长6%。\n二、县人社局牵头的工作\n县财政局配合\n全年城镇新增就业3200人，帮扶就业困难人员就业400人。\n');
	assert.deepEqual(codes(findings), []);
	const roles = (task: (typeof notice.tasks)[number]) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`).join('、');
	assert.deepEqual(notice.tasks.map(roles), ['lead:县发改局、other:县财政局、other:县统计局', 'lead:县商务局', 'lead:县人社局、other:县财政局']);
	assert.ok(!notice.tasks[0].title.includes('配合'), notice.tasks[0].title);
	assert.ok(!notice.tasks[2].title.includes('配合'), notice.tasks[2].title);
});

test('paragraphs under a heading, each closed by a parenthesis naming its lead, are a task each with its own lead (川府发〔2011〕8号: all of them were the heading\'s one task, with every lead)', () => {
	const text = dedent(`
		一、努力扩大内需,促进经济平稳较快发展
		认真落实积极的财政政策和稳健的货币政策。强化政府性债务管理。(财政厅牵头)
		加强银政、银企合作,加大对重点领域和薄弱环节的信贷支持力度。(人行成都分行、四川银监局牵头)
		二、加快推进新型工业化
		实施工业强省战略。(经济和信息化委牵头)
		加快发展战略性新兴产业。(发展改革委牵头,经济和信息化委、科技厅参与)
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(notice.sections.map((section) => section.title), ['努力扩大内需,促进经济平稳较快发展', '加快推进新型工业化']);
	assert.deepEqual(notice.tasks.map((task) => [task.section?.marker.number, task.marker.number, task.units.filter((unit) => unit.role === 'lead').map((unit) => unit.name).join('、')]), [
		[1, 1, '财政厅'],
		[1, 2, '人行成都分行、四川银监局'],
		[2, 1, '经济和信息化委'],
		[2, 2, '发展改革委'],
	]);
	// No number is written: none is used twice or skipped.
	assert.deepEqual(codes(findings), []);
});

test('a page\'s footer between paragraphs closed by their lead opens no task: the paragraph after it does', () => {
	const text = '一、努力扩大内需\n落实积极的财政政策。(财政厅牵头)\n\n— 5 —\n\n加强银政、银企合作。(人行成都分行、四川银监局牵头)\n着力扩大消费需求。(商务厅牵头)\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => unit.name).join('、')), ['财政厅', '人行成都分行、四川银监局', '商务厅']);
	assert.deepEqual(codes(findings), []);
});

test('a heading whose prose a single lead parenthesis ends, or one paragraph of whose two ends so, stays one task', () => {
	const oneTask = (body: string) => check(`一、持续优化营商环境\n${body}\n二、加快乡村振兴\n1.新建高标准农田2万亩。（县农业农村局牵头）\n`).notice.tasks.length;
	// The parenthesis at the end names the lead of the whole heading's work.
	assert.equal(oneTask('深化“放管服”改革,推行“一网通办”。\n完善营商环境评价机制。（县发改局牵头）'), 2);
	// A paragraph after it: one closer is no evidence of a task a paragraph.
	assert.equal(oneTask('深化“放管服”改革。（县发改局牵头）\n完善营商环境评价机制,开展营商环境评价。'), 2);
	// A field under the paragraphs names the heading's units.
	assert.equal(oneTask('深化“放管服”改革。（县发改局牵头）\n完善营商环境评价机制。（县市场监管局牵头）\n责任单位：县财政局'), 2);
	// A line under the heading names its lead and helpers: the heading's, read as before.
	assert.equal(oneTask('县发改局牵头，县市场监管局配合\n深化“放管服”改革。（县政务服务中心牵头）\n完善营商环境评价机制。（县市场监管局牵头）'), 2);
});

test('paragraphs closed by their lead on a line of its own are a task each too (the second was lost as the closing paragraph)', () => {
	const { notice, findings } = check('一、加快乡村振兴\n新建高标准农田2万亩。\n（县农业农村局牵头）\n推进农村人居环境整治。\n（县住建局牵头）\n');
	assert.deepEqual(notice.tasks.map((task) => [task.title, task.units.map((unit) => unit.name).join('、')]), [
		['新建高标准农田2万亩。', '县农业农村局'],
		['推进农村人居环境整治。', '县住建局'],
	]);
	assert.deepEqual(codes(findings), []);
});

test('a lead parenthesis alone on the first line under the heading is the heading\'s: no task without text (`一、持续扩大有效投资` / `（县发改局牵头）` / …)', () => {
	const text = '一、持续扩大有效投资\n（县发改局牵头）\n全年实施重点项目120个。（县发改局牵头，县财政局配合）\n争取专项债券10亿元以上。（县财政局牵头）\n';
	const { notice, findings } = check(text);
	assert.ok(notice.tasks.every((task) => /[^（）()\s]/.test(task.title.replace(/（[^）]*）/g, ''))), notice.tasks.map((task) => task.title).join(' | '));
	// Read as before: the heading is the task, its lead the line's.
	assert.deepEqual(notice.tasks.map((task) => [task.marker.number, task.units.filter((unit) => unit.role === 'lead').map((unit) => unit.name).join('、')]), [[1, '县发改局']]);
	assert.deepEqual(codes(findings), []);
});

test('a paragraph closed only by its helpers is no task of its own: it stays the previous task\'s text, its helpers that task\'s (it was a task with no lead, lead-not-designated)', () => {
	const roles = (text: string) => check(text).notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`).join(' '));
	// One closer naming a lead: the heading stays one task, as before.
	const one = '一、持续扩大有效投资\n全年实施重点项目120个，完成投资150亿元。（县发改局牵头）\n做好项目要素保障，争取专项债券10亿元以上。（县财政局、县自然资源局配合）\n二、加快乡村振兴\n1.新建高标准农田2万亩。（县农业农村局牵头）\n';
	assert.deepEqual(roles(one), ['lead:县发改局 other:县财政局 other:县自然资源局', 'lead:县农业农村局']);
	assert.deepEqual(codes(check(one).findings), []);
	// Between two: the first task's.
	const between = '一、持续扩大有效投资\n全年实施重点项目120个。（县发改局牵头）\n做好项目要素保障。（县财政局、县自然资源局配合）\n争取专项债券10亿元以上。（县财政局牵头）\n';
	assert.deepEqual(roles(between), ['lead:县发改局 other:县财政局 other:县自然资源局', 'lead:县财政局']);
	assert.deepEqual(codes(check(between).findings), []);
	// Under a heading naming the lead, a paragraph closed by its helpers is a task led by it (`一、县发改局负责的工作`).
	const led = check('一、县发改局负责的工作\n全年实施重点项目120个。（县财政局配合）\n争取专项债券10亿元以上。（县自然资源局配合）\n').notice;
	assert.deepEqual(led.tasks.map((task) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`).sort().join(' ')), ['lead:县发改局 other:县财政局', 'lead:县发改局 other:县自然资源局']);
});

test('a numbered item whose line ends a sentence is a task, not a section of the paragraphs closed by their leads under it (`1.全力抓项目促投资。` lost its number 1, its siblings `2.` `3.` tasks)', () => {
	const text = '一、持续扩大有效投资\n1.全力抓项目促投资。\n全年实施重点项目120个，完成投资150亿元。（县发改局牵头）\n争取地方政府专项债券10亿元以上。（县财政局牵头）\n2.推进农村人居环境整治。（县住建局牵头）\n3.新建高标准农田2万亩。（县农业农村局牵头）\n';
	const { notice } = check(text);
	assert.deepEqual(notice.sections.map((section) => section.title), ['持续扩大有效投资']);
	assert.deepEqual(notice.tasks.map((task) => task.marker.number), [1, 2, 3]);
	// Without the full stop: its sibling closed by its lead is a task, so is it.
	const unstopped = check(text.replace('促投资。', '促投资')).notice;
	assert.deepEqual(unstopped.tasks.map((task) => task.marker.number), [1, 2, 3]);
});

test('a numbered item is a task, not a section, when any sibling at its level is closed by its lead, before it or on a line of its own', () => {
	const leads = (text: string) => check(text).notice.tasks.map((task) => `${task.marker.number}:${task.units.filter((unit) => unit.role === 'lead').map((unit) => unit.name).join('、')}`);
	// The last item, its sibling before it closed by its lead.
	const last = '一、持续扩大有效投资\n1.推进农村人居环境整治。（县住建局牵头）\n2.全力抓项目促投资\n全年实施重点项目120个，完成投资150亿元。（县发改局牵头）\n争取地方政府专项债券10亿元以上。（县财政局牵头）\n二、保障改善民生\n1.城镇新增就业3000人。（县人社局牵头）\n';
	assert.deepEqual(leads(last), ['1:县住建局', '2:县发改局、县财政局', '1:县人社局']);
	// Its siblings closed by a parenthesis on a line of their own (`2.推进农村人居环境整治。` / `（县住建局牵头）`).
	const ownLine = '一、持续扩大有效投资\n1.全力抓项目促投资\n全年实施重点项目120个，完成投资150亿元。（县发改局牵头）\n争取地方政府专项债券10亿元以上。（县财政局牵头）\n2.推进农村人居环境整治。\n（县住建局牵头）\n3.新建高标准农田2万亩。\n（县农业农村局牵头）\n';
	assert.deepEqual(leads(ownLine), ['1:县发改局、县财政局', '2:县住建局', '3:县农业农村局']);
});

test('a township\'s 交通办 or 畅通办 is an office, not a service\'s 通办 (一网通办, 跨省通办): it heads its list and leads in prose (a review of round 59: `二、交通办` led no task, two false missing-leads)', () => {
	const township = check('一、党政办\n1.做好机关日常运转保障。\n二、交通办\n2.推进农村公路建设。\n3.实施道路安全整治。\n三、畅通办\n4.推进城乡公交一体化。\n四、交通辦\n5.推进客运站建设。\n');
	assert.deepEqual(codes(township.findings).filter((code) => code === 'missing-lead'), []);
	assert.deepEqual(township.notice.tasks.map((task) => task.inheritedUnits.map((unit) => unit.name).join('、')), ['党政办', '交通办', '交通办', '畅通办', '交通辦']);
	const prose = check('一、交通建设\n1.推进农村公路建设。交通办牵头，财政所配合，确保年底前完成。\n2.推进城乡公交一体化。畅通办牵头，县住建局配合。\n3.推进审批改革。县住建局牵头，县财政局配合，一网通办。\n4.推进审批改革。县住建局牵头，县财政局配合，跨省通办。\n');
	assert.deepEqual(prose.notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [
		['lead:交通办', 'other:财政所'],
		['lead:畅通办', 'other:县住建局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
	]);
	// An office opening the closing work with 完善 or 理顺 is no handling verb (办完, 办理): the task keeps its missing-lead, no unit dropped unsaid.
	for (const work of ['党政办完善相关制度', '党政办完成汇总上报', '党政办理顺工作机制']) {
		const closing = check(`一、优化营商环境\n1.推进审批改革。县住建局牵头。\n2.推进审批改革。县住建局牵头，县财政局配合，${work}。\n`);
		assert.deepEqual(codes(closing.findings), ['missing-lead'], work);
	}
});
