import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Notice, Task } from '../../../server/src/core/model/types';
import { check, codes } from '../../support/engine';
import { dedent } from '../../support/cursor';

/** Tasks written as paragraphs without a number (interpret/paragraphTasks): read only where each shows its units. */

/** `section.place text | leads | others` for each task (the section's number and the task's own, as the findings say them). */
function rows(notice: Notice): string[] {
	return notice.tasks.map((task: Task) => {
		const place = `${task.section ? task.section.marker.number : '-'}.${task.marker.number}`;
		const lead = new Set(task.units.filter((unit) => unit.role === 'lead').map((unit) => unit.name));
		const others = new Set(task.units.filter((unit) => unit.role !== 'lead').map((unit) => unit.name));
		return `${place} ${task.text} | ${[...lead].join('、')} | ${[...others].join('、')}`;
	});
}

const OPINION = dedent(`
	江川省人民政府关于落实《政府工作报告》重点工作部门分工的意见
	省政府各部门、各直属机构：
	为做好今年政府工作，现就《政府工作报告》明确的重点工作提出部门分工意见如下。
	一、保持经济平稳增长
	落实积极的财政政策，优化支出结构。(财政厅牵头)
	引导金融机构加大对小微企业的信贷支持。(省金融办牵头，人民银行江川分行配合)
	二、切实保障和改善民生
	新增城镇就业40万人。(人力资源社会保障厅牵头，财政厅配合)
	新建改扩建农村中小学校舍1000所。(教育厅牵头，发展改革委配合)
`) + '\n';

test('a 分工意见 of headings over paragraphs that each close with their lead (川府发〔2011〕8号): each heading a section, each paragraph a task numbered by its place, none dropped', () => {
	const { notice, findings } = check(OPINION);
	assert.deepEqual(notice.sections.map((section) => section.title), ['保持经济平稳增长', '切实保障和改善民生']);
	assert.deepEqual(rows(notice), [
		'1.1 落实积极的财政政策，优化支出结构。(财政厅牵头) | 财政厅 | ',
		'1.2 引导金融机构加大对小微企业的信贷支持。(省金融办牵头，人民银行江川分行配合) | 省金融办 | 人民银行江川分行',
		'2.1 新增城镇就业40万人。(人力资源社会保障厅牵头，财政厅配合) | 人力资源社会保障厅 | 财政厅',
		'2.2 新建改扩建农村中小学校舍1000所。(教育厅牵头，发展改革委配合) | 教育厅 | 发展改革委',
	]);
	assert.deepEqual(codes(findings), []);
	// A heading of one paragraph among them is a section too, and a wrap inside a paragraph stays in it.
	const wrapped = check(OPINION.replace('新增城镇就业40万人。', '新增城镇就业40万人，开展\n农民工技能培训。').replace(/新建改扩建农村中小学校舍.*\n/, ''));
	assert.deepEqual(rows(wrapped.notice).slice(2), ['2.1 新增城镇就业40万人，开展农民工技能培训。(人力资源社会保障厅牵头，财政厅配合) | 人力资源社会保障厅 | 财政厅']);
	assert.deepEqual(codes(wrapped.findings), []);
});

test('what closes a paragraph notice is no task: a signature with no date, a byline, a closing paragraph, a page cut inside the last paragraph, a parenthesis of a unit without a role word (reviewer: false missing-lead)', () => {
	const endings = [
		'江川省人民政府\n',
		'江川省人民政府办公厅\n2011年3月17日\n',
		'各牵头部门要会同配合部门抓紧制定具体措施，明确时间表和路线图\n省政府督查室要加强督促检查，定期通报进展情况。\n',
		'各牵头部门每季度末将进展情况报省政府督查室（省政府办公厅）。\n',
		'推进农村饮水安全工程建设，支持企业扩\n',
	];
	for (const ending of endings) {
		const { notice, findings } = check(OPINION + ending);
		assert.equal(notice.tasks.length, 4, ending);
		assert.deepEqual(codes(findings), [], ending);
		assert.deepEqual(
			notice.tasks.map((task) => task.units.find((unit) => unit.role === 'lead')?.name),
			['财政厅', '省金融办', '人力资源社会保障厅', '教育厅'],
			ending,
		);
	}
});

test('paragraphs under headings are read as today where the notice does not show each with its lead: numbered items under the headings, a first paragraph naming none, points, a parenthesis of examples or of helpers, one paragraph a heading, a heading naming its lead', () => {
	const read = (text: string) => rows(check(text).notice);
	// Numbered tasks over paragraphs (1. 2.): they keep their numbers, their paragraphs' leads joined (reviewer: numbers lost).
	assert.deepEqual(read('重点任务分工\n1.稳定粮食生产。\n落实粮食播种面积52万亩。（县农业农村局牵头，各乡镇配合）\n新建高标准农田3万亩。（县农业农村局牵头，县财政局配合）\n2.深化农村改革。\n推进宅基地制度改革试点。（县自然资源局牵头）\n'), [
		'-.1 稳定粮食生产。落实粮食播种面积52万亩。（县农业农村局牵头，各乡镇配合）新建高标准农田3万亩。（县农业农村局牵头，县财政局配合） | 县农业农村局 | 各乡镇、县财政局',
		'-.2 深化农村改革。推进宅基地制度改革试点。（县自然资源局牵头） | 县自然资源局 | ',
	]);
	// （一） under 一、 with a parenthesis of examples closing its first paragraph (reviewer: a count-mismatch and a false lead-not-designated).
	const examples = check('民生工作任务分工\n现将民生工作分解为2项具体任务。\n一、提升公共服务设施水平\n（一）补齐民生设施短板。\n新建改建一批民生设施（医院、学校、养老院等）。\n统筹推进城乡公共服务均等化。（市发改委牵头，市财政局配合）\n（二）加强社区服务。\n新建社区服务综合体10个。（市民政局牵头）\n');
	assert.deepEqual(rows(examples.notice).map((row) => row.split(' ')[0]), ['1.1', '1.2']);
	assert.deepEqual(codes(examples.findings), []);
	// A first paragraph naming none: the heading is one task.
	assert.deepEqual(read('重点任务分解\n一、推进项目建设\n全年完成投资100亿元。\n各乡镇要积极配合。（县发改局牵头）\n新开工项目50个。（县住建局牵头）\n二、扩大消费\n开展促消费活动。（县商务局牵头）\n促进汽车消费。（县商务局牵头）\n').map((row) => row.split(' ')[0]), ['-.1', '-.2']);
	// Points (一是 / 二要 / 一方面): one task.
	for (const [first, second] of [['一是', '二是'], ['一要', '二要'], ['一方面，', '另一方面，']]) {
		assert.deepEqual(read(`重点任务分解\n一、推进项目建设\n${first}加快前期工作。（县发改局牵头）\n${second}抓好开工建设。（县住建局牵头）\n二、扩大消费\n开展促消费活动。（县商务局牵头）\n促进汽车消费。（县商务局牵头）\n`).map((row) => row.split(' ')[0]), ['-.1', '-.2'], first);
	}
	// Parentheses of bare names, or of helpers alone: no paragraph shows its lead.
	assert.deepEqual(read('重点任务分解\n一、推进项目建设\n加快前期工作（县发改局、县住建局）。\n抓好开工建设。（县住建局）\n二、扩大消费\n开展促消费活动。（县商务局牵头）\n').map((row) => row.split(' ')[0]), ['-.1', '-.2']);
	// One paragraph under each heading: the heading and its paragraph are one task, as today.
	assert.deepEqual(read('重点任务分解\n一、推进项目建设\n全年完成投资100亿元。（县发改局牵头）\n二、扩大消费\n开展促消费活动。（县商务局牵头）\n'), [
		'-.1 推进项目建设全年完成投资100亿元。（县发改局牵头） | 县发改局 | ',
		'-.2 扩大消费开展促消费活动。（县商务局牵头） | 县商务局 | ',
	]);
	// A heading naming its lead: its paragraphs are its text.
	assert.deepEqual(read('重点任务分解\n（一）县发改局牵头的工作\n加快前期工作。（县发改局牵头）\n抓好开工建设。（县发改局牵头）\n（二）县商务局牵头的工作\n开展促消费活动。（县商务局牵头）\n').map((row) => row.split(' ')[0]), ['-.1', '-.2']);
});

const NEWS = dedent(`
	江州市公布2013年十件实事任务分解
	本报讯 昨日，市政府公布了今年十件实事的任务分解，每件实事都明确了主管领导、责任单位和进度安排。
	关键词 教育
	市区新增中小学学位8000个。
	主管领导：陈刚
	责任单位：市教育局
	主要责任人：周林
	进度安排：9月底前实现招生。
	新建、改扩建公办幼儿园15所。
	主管领导：陈刚
	责任单位：市教育局
	进度安排：10月底前全部开工。
	关键词 医疗
	新建社区卫生服务中心12个。
	主管领导：吴敏
	责任单位：市卫生局
	主要责任人：郑强
	进度安排：11月底前全部建成。
`) + '\n';

test('a newspaper\'s list with no number (郑州 2012): each line with field lines naming units under it is a task; the article, a 关键词 line and a byline are not, nor text of the task above', () => {
	for (const ending of ['', '记者 李明 通讯员 王芳\n', '新建、改扩建幼儿园84所，\n']) {
		const { notice, findings } = check(NEWS + ending);
		assert.deepEqual(rows(notice), [
			'-.1 市区新增中小学学位8000个。进度安排：9月底前实现招生。 | 市教育局 | ',
			'-.2 新建、改扩建公办幼儿园15所。进度安排：10月底前全部开工。 | 市教育局 | ',
			'-.3 新建社区卫生服务中心12个。进度安排：11月底前全部建成。 | 市卫生局 | ',
		], ending);
		assert.deepEqual(notice.tasks.map((task) => task.leader?.text), ['陈刚', '陈刚', '吴敏'], ending);
		assert.deepEqual(codes(findings), [], ending);
	}
	// One item alone shows no list: no task, as today.
	assert.deepEqual(check(NEWS.split('新建、改扩建公办幼儿园')[0]).notice.tasks, []);
	// Field lines naming no unit (a leader alone) show none either.
	assert.deepEqual(check(NEWS.replace(/责任单位：.*\n/g, '')).notice.tasks, []);
	// A Word list's bullets before the items (a town's 任务分解表): no part of the task's text.
	const bullets = check('镇重点任务分解表\n•\t新建高标准农田5000亩。\n牵头单位：农业综合服务中心\n配合单位：财政所\n•\t完成集镇道路改造3.5公里。\n牵头单位：村镇建设服务中心\n');
	assert.deepEqual(rows(bullets.notice), ['-.1 新建高标准农田5000亩。 | 农业综合服务中心 | 财政所', '-.2 完成集镇道路改造3.5公里。 | 村镇建设服务中心 | ']);
	assert.deepEqual(codes(bullets.findings), []);
	// A notice with a table: its rows are the tasks, the lines outside it read as today.
	const withTable = check(NEWS + '序号\t工作任务\t牵头单位\n1\t推进甲项工作\t市发改委\n2\t推进乙项工作\t市财政局\n').notice;
	assert.deepEqual(withTable.tasks.map((task) => task.text), ['推进甲项工作', '推进乙项工作']);
});
