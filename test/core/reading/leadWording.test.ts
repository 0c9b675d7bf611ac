import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import * as OpenCC from 'opencc-js/cn2t';
import { LABEL_WORDS } from '../../../server/src/core/syntax/fieldLabels';
import { findLabels } from '../../../server/src/core/syntax/fieldLabels';
import { check, codes, engine } from '../../support/engine';
import { dedent } from '../../support/cursor';
import type { Task } from '../../../server/src/core/model/types';

/** Class 2: every way a lead is written, in both scripts; the model keeps Simplified keys. */

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** The units of each task as `role:name`. */
function units(text: string): string[][] {
	return check(text).notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`));
}

test('every label, Simplified and Traditional, at a line start and inside a bracket', () => {
	for (const [word, role] of LABEL_WORDS) {
		for (const written of [word, toTraditional(word)]) {
			for (const line of [`${written}：市发改委`, `（${written}:市发改委；责任单位：市财政局）`, `${written} ：市发改委`]) {
				const found = findLabels(line);
				assert.equal(found[0]?.role, role, `${line}`);
				assert.equal(found[0].label.replace(/\s/g, ''), written, line);
			}
		}
	}
});

test('unit labels give their roles; leader, deadline and content labels name no unit', () => {
	const text = dedent(`
		1.甲。
		牵头部门：市发改委；协同责任单位：市财政局；协办单位：市商务局
		2.乙。
		牵头组织实施单位：市住建局；参与单位：市城管局
		3.丙。
		主办单位：市政务办；完成时限：2020年底；分管领导：王副市长
		4.丁。
		牽頭責任單位：市科技局；配合單位：市教育局
		5.戊。(牽頭單位:市教育局;共同責任單位:市發改委、市財政局,各縣區)
	`);
	assert.deepEqual(units(text), [
		['lead:市发改委', 'other:市财政局', 'other:市商务局'],
		['lead:市住建局', 'other:市城管局'],
		['lead:市政务办'],
		['lead:市科技局', 'other:市教育局'],
		['lead:市教育局', 'responsible:市發改委', 'responsible:市財政局', 'responsible:各縣區'],
	]);
	const { notice } = check(text);
	assert.equal(notice.tasks[2].deadline?.text, '2020年底');
	assert.equal(notice.tasks[2].leader?.text, '王副市长');
	assert.deepEqual(notice.tasks[3].units.map((unit) => unit.key), ['市科技局', '市教育局'], 'keys are Simplified');
});

test('部门分工: roles written with verbs inside the field', () => {
	assert.deepEqual(units('1.甲。\n部门分工：市发改委牵头，市财政局、市统计局配合\n'), [['lead:市发改委', 'other:市财政局', 'other:市统计局']]);
});

test('a unit field whose value words the roles: 分别牵头, 牵头 and 配合 in one value, a plain 负责 keeps the label', () => {
	// 丽水 2023: `责任单位:市人力社保局、市农业农村局分别牵头` — both lead; the second name was lost.
	const text = dedent(`
		1.甲。
		责任单位：市人社局、市农业农村局分别牵头
		2.乙。
		责任单位：市发改委牵头，市财政局配合
		3.丙。
		牵头单位：市教育局、市科技局分别负责
		4.丁。
		責任單位：市商務局、市財政局共同牽頭
		5.戊。
		责任单位：市发改委、市财政局，各区政府
	`);
	assert.deepEqual(units(text), [
		['lead:市人社局', 'lead:市农业农村局'],
		['lead:市发改委', 'other:市财政局'],
		['lead:市教育局', 'lead:市科技局'],
		['lead:市商務局', 'lead:市財政局'],
		// No verb: read as before (several responsible units, no lead designated).
		['responsible:市发改委', 'responsible:市财政局', 'responsible:各区政府'],
	]);
	assert.deepEqual(codes(check(text).findings).filter((code) => code === 'missing-lead' || code === 'broken-unit-name'), []);
});

test('suffixes inside a parenthesis: 牵头, 牵头负责, 牵头落实, 负责, 会同, 按职责分工负责', () => {
	const text = dedent(`
		1.甲。（市发改委牵头）
		2.乙。（市发改委牵头负责，市财政局参与）
		3.丙。（市住建局牵头落实）
		4.丁。（市商务局负责）
		5.戊。（市发改委会同市财政局负责）
		6.己。（市发改委、市财政局按职责分工负责）
		7.庚。（市公安局负责，市交通局配合）
		8.辛。（由市教育局负责落实）
	`);
	assert.deepEqual(units(text), [
		['lead:市发改委'],
		['lead:市发改委', 'other:市财政局'],
		['lead:市住建局'],
		['lead:市商务局'],
		['lead:市发改委', 'responsible:市财政局'],
		['responsible:市发改委', 'responsible:市财政局'],
		['lead:市公安局', 'other:市交通局'],
		['lead:市教育局'],
	]);
	// 按职责分工负责: each answers for its part on purpose, no lead to designate (see the test of lists saying so).
	const { findings } = check(text);
	assert.deepEqual(findings.map((finding) => `${finding.code}:${finding.args[0]}`), []);
});

test('a list without a verb goes on over commas to the verb after it; 主办 leads, 协办 cooperates', () => {
	// 云南 2017: the cooperating list ran over two commas, and only its last part was read.
	const text = dedent(`
		1.甲。（省发展改革委、财政厅牵头；省工业和信息化委、国土资源厅,国家开发银行云南省分行,各州、市人民政府配合）
		2.乙。（2020年底前完成，市发改委负责）
		3.丙。（省发改委主办，省工信委、省交通运输厅协办）
		4.丁，由市财政局、农业局,各县(市)、区人民政府负责落实。
	`);
	assert.deepEqual(units(text), [
		['lead:省发展改革委', 'lead:省财政厅', 'other:省工业和信息化委', 'other:省国土资源厅', 'other:国家开发银行云南省分行', 'other:各州、市人民政府'],
		['lead:市发改委'],
		['lead:省发改委', 'other:省工信委', 'other:省交通运输厅'],
		['responsible:市财政局', 'responsible:市农业局', 'responsible:各县(市)、区人民政府'],
	]);
});

test('after a full stop a parenthesis or a value explains: no list runs over it, and no unit is assigned after it', () => {
	// 湖南 2014: 省国资委 and 省经信委、省发改委 were lost, and `有关部门` of the note became a unit; 四川 2022 lost its last unit.
	const text = dedent(`
		（一）完善激励约束分配机制(分管副省长、协管副秘书长负责,省国资委牵头。明确牵头部门的,有关部门配合,不逐一列出,下同)。鼓励非公有制企业参与国有企业改革(分管副省长、协管副秘书长负责,省经信委、省发改委负责。责任单位两个以上的,列第一者为牵头单位,下同)。
		（二）加强市场体系建设。〔责任单位:省发展改革委、省市场监管局、省商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕
		（三）推进数字政府建设。(2020年底前完成。市发改委负责)
		（四）推进政务服务改革。(牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府)
	`);
	assert.deepEqual(units(text), [
		['lead:省国资委', 'responsible:省经信委', 'responsible:省发改委'],
		// (一)'s `列第一者为牵头单位,下同` holds for the tasks after it.
		['lead:省发展改革委', 'responsible:省市场监管局', 'responsible:省商务厅', 'responsible:省大数据中心'],
		['lead:市发改委'],
		['lead:市行政审批服务局', 'responsible:市直有关部门', 'responsible:各区市政府'],
	]);
});

test('a data provider is no unit the task is assigned to (数据提供单位, 成都 2019)', () => {
	const { notice } = check('（一）地区生产总值增长7.5%左右。(牵头领导:谢瑞武,牵头单位:市发改委,数据提供单位:市统计局)\n');
	assert.deepEqual(notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:市发改委']);
});

test('Traditional verbs: 牽頭, 負責, 會同', () => {
	assert.deepEqual(units('1.甲。（州發改委牽頭負責，州財政局參與）\n2.乙。（州商務局會同州財政局負責）\n'), [
		['lead:州發改委', 'other:州財政局'],
		['lead:州商務局', 'responsible:州財政局'],
	]);
});

test('several worded parentheses in one task: their union, each closing the sentences before it', () => {
	const text = '1.鼓励创新创业。大力推进商事制度改革。（市场监管总局负责）加强创新创业教育服务。（体育总局、教育部负责）\n';
	assert.deepEqual(units(text), [['responsible:市场监管总局', 'responsible:体育总局', 'responsible:教育部']]);
});

test('等 and a collective joined by 和 after the ministries', () => {
	assert.deepEqual(units('（一）推动消费扶贫。（扶贫办、中央统战部、中央和国家机关工委、全国总工会等和各省级人民政府负责）\n'), [
		['responsible:扶贫办', 'responsible:中央统战部', 'responsible:中央和国家机关工委', 'responsible:全国总工会', 'responsible:各省级人民政府'],
	]);
});

test('prose: 由A会同B负责落实, 由A牵头，B参与, and a last clause A牵头负责', () => {
	const text = dedent(`
		1.建设智慧城市，由市大数据局会同市发改委负责落实。
		2.推进垃圾分类，由市城管局牵头，市住建局、各区政府参与。
		3.做好防汛工作，市水利局牵头负责。
		4.各地要负责做好防汛工作，确保安全。
	`);
	assert.deepEqual(units(text).slice(0, 3), [
		['lead:市大数据局', 'responsible:市发改委'],
		['lead:市城管局', 'other:市住建局', 'other:各区政府'],
		['lead:市水利局'],
	]);
	assert.deepEqual(units(text)[3], [], 'a sentence with 负责 names no unit');
});

test('prose: 由A会同B and 由A牵头 name the lead whatever work follows (国办函 2014: 由发展改革委会同…等部门研究提出落实意见)', () => {
	const text = dedent(`
		（一）关于稳定粮食面积的问题，由县发展改革局会同县农业农村局、县财政局等部门研究提出落实意见。
		（二）关于提升供水保障的问题，由县水利局牵头研究制定具体办法。
		（三）关于改善人居环境的问题，由县住建局会同县生态环境局抓紧落实。
		（四）关于企业技术创新的问题，由企业会同高校研究提出办法。
	`);
	assert.deepEqual(units(text), [
		['lead:县发展改革局', 'responsible:县农业农村局', 'responsible:县财政局'],
		['lead:县水利局'],
		['lead:县住建局', 'responsible:县生态环境局'],
		[],
	]);
	assert.deepEqual(codes(check(text).findings), ['missing-lead'], 'only the task whose 由 names no body lacks a lead');
});

test('first listed leads, in every wording and place', () => {
	const declarations = [
		'列第一位者为牵头单位，下同。',
		'排在第一位的部门为牵头部门。',
		'首位单位为牵头单位。',
		'排名第一的责任单位为牵头单位，其他列入单位为参与单位。',
		'列第一位的责任单位为牵头单位或汇总单位。',
		'列第一位者為牽頭單位。',
		'责任单位两个以上的，列第一者为牵头单位，下同。',
	];
	for (const declaration of declarations) {
		const text = `各区人民政府：\n${declaration}\n某市人民政府\n2020年1月1日\n1.甲。\n责任单位：市发改委、市财政局\n2.乙。\n责任单位：市商务局、市财政局\n`;
		assert.deepEqual(units(text), [['lead:市发改委', 'responsible:市财政局'], ['lead:市商务局', 'responsible:市财政局']], declaration);
	}
	// Inside the first task's own parenthesis, whose units are read too.
	assert.deepEqual(units('1.甲。（市发改委、市财政局负责，列第一位者为牵头单位，下同）\n2.乙。（市商务局、市财政局负责）\n'), [
		['lead:市发改委', 'responsible:市财政局'],
		['lead:市商务局', 'responsible:市财政局'],
	]);
	// 湘政发〔2014〕1号: the leaders, the units, then the declaration, in the first task's parenthesis; 第一 without 位.
	assert.deepEqual(units('(一)甲。(分管副省长、协管副秘书长负责,省经信委、省发改委负责。责任单位两个以上的,列第一者为牵头单位,下同)。\n(二)乙。(省发改委、省财政厅负责)。\n'), [
		['lead:省经信委', 'responsible:省发改委'],
		['lead:省发改委', 'responsible:省财政厅'],
	]);
	// A batch (列第一批) is no declaration: the units stay without a lead.
	assert.deepEqual(units('1.甲。（市发改委、市财政局负责，列第一批试点，市发改委牵头）\n2.乙。（市商务局、市财政局负责）\n')[1], ['responsible:市商务局', 'responsible:市财政局']);
	// Right after the first unit.
	assert.deepEqual(units('1.甲。\n责任单位：市发改委（第一责任单位为牵头单位，下同）、市财政局\n2.乙。\n责任单位：市商务局、市财政局\n'), [
		['lead:市发改委', 'responsible:市财政局'],
		['lead:市商务局', 'responsible:市财政局'],
	]);
});

test('a task\'s own bracket that lists its units, then says the first leads (（市委宣传部、市文明办，列第一位者为牵头单位）): its units, the first the lead', () => {
	const task = (bracket: [string, string], units: string, declaration: string) => `${bracket[0]}${units}${declaration}${bracket[1]}`;
	const brackets: Array<[string, string]> = [['（', '）'], ['(', ')'], ['[', ']'], ['【', '】'], ['〔', '〕']];
	const declarations = ['，列第一位者为牵头单位', '，排在第一位的为牵头单位', '，排名第一的为牵头单位', '，第一个为牵头单位', '，列首位的为牵头单位', '，列第一位者为牵头单位，下同', '；列第一位者为牵头单位'];
	for (const bracket of brackets) {
		for (const declaration of declarations) {
			const text = `1.深入开展文明城市创建活动。${task(bracket, '市委宣传部、市文明办', declaration)}\n2.加强未成年人思想道德建设。${task(bracket, '市教育局、团市委', declaration)}\n3.推进法治建设。${task(bracket, '市司法局、市公安局', '')}\n`;
			const read = check(text);
			// Declared in the first task's bracket, it holds on from there as anywhere else: the third's first leads too.
			assert.deepEqual(units(text), [
				['lead:市委宣传部', 'responsible:市文明办'],
				['lead:市教育局', 'responsible:团市委'],
				['lead:市司法局', 'responsible:市公安局'],
			], text);
			assert.deepEqual(codes(read.findings), [], text);
		}
	}
	// In Traditional script; the words of the declaration are no unit's.
	const traditional = toTraditional('1.深入开展文明城市创建活动。（市委宣传部、市文明办，列第一位者为牵头单位）\n2.加强未成年人思想道德建设。（市教育局、市文明办，列第一位者为牵头单位）\n');
	assert.deepEqual(units(traditional), [['lead:市委宣传部', 'responsible:市文明办'], ['lead:市教育局', 'responsible:市文明办']].map((task) => task.map(toTraditional)));
	assert.deepEqual(codes(check(traditional).findings), []);
	// Said in some brackets only: it holds from the first on; a task before it names no lead.
	assert.deepEqual(units('1.甲。（市委宣传部、市文明办）\n2.乙。（市教育局、团市委，列第一位者为牵头单位）\n3.丙。（市司法局、市公安局）\n'), [
		['responsible:市委宣传部', 'responsible:市文明办'],
		['lead:市教育局', 'responsible:团市委'],
		['lead:市司法局', 'responsible:市公安局'],
	]);
	// Also said at the top of the notice: read the same.
	const letter = '各区人民政府：\n现将方案印发给你们。列第一位者为牵头单位，下同。\n某市人民政府\n2023年1月1日\n';
	const tasks = '1.甲。（市委宣传部、市文明办，列第一位者为牵头单位）\n2.乙。（市司法局、市公安局）\n';
	assert.deepEqual(units(letter + tasks), [['lead:市委宣传部', 'responsible:市文明办'], ['lead:市司法局', 'responsible:市公安局']]);
	assert.deepEqual(codes(check(letter + tasks).findings), []);
	// A note before the declaration names no unit (`涉及多个单位的`): no list is made of it.
	assert.deepEqual(units('1.甲。（涉及多个单位的，列第一位者为牵头单位）\n2.乙。（市商务局、市财政局负责）\n'), [[], ['lead:市商务局', 'responsible:市财政局']]);
});

test('a star after a unit marks the lead where the notice says so (带*号的为牵头单位), in its title or a note after the tasks, in both scripts; without the declaration it marks none', () => {
	const tasks = '1.兑现惠企资金15亿元。\n责任单位：区政府办公室*、区财政局\n2.争取专项债额度12亿元。\n责任单位：区财政局、区发改局＊\n3.新开工重大项目20个。\n责任单位：区发改局、区住建局\n';
	const expected = [['lead:区政府办公室', 'responsible:区财政局'], ['responsible:区财政局', 'lead:区发改局'], ['responsible:区发改局', 'responsible:区住建局']];
	for (const text of [`2023年重点工作责任分解(带*者为牵头单位)\n${tasks}`, `${tasks}注：带*号的为牵头单位。\n`, `2023年重點工作責任分解（標*的為牽頭單位）\n${tasks}`]) {
		assert.deepEqual(units(text), expected, text);
		const { notice, findings } = check(text);
		assert.equal(notice.convention?.markedLeads, true);
		// The third task marks none: who leads it is not said.
		assert.deepEqual(codes(findings), ['lead-not-designated'], text);
	}
	// In a table of one cell per line, a note under it.
	const table = ['序号', '重点工作', '责任单位', '1', '兑现惠企资金15亿元。', '区政府办公室*、区财政局', '2', '新开工重大项目20个。', '区发改局', '注：带*号的为牵头单位。', ''].join('\n\n');
	assert.deepEqual(units(table), [['lead:区政府办公室', 'responsible:区财政局'], ['lead:区发改局']]);
	assert.deepEqual(codes(check(table).findings), []);
	// A flag after a row's number before a lead's wording declares nothing of stars.
	assert.equal(check('1*.市发改委为牵头单位，市财政局配合。\n2.推进改革。\n责任单位：市财政局\n').notice.convention, undefined);
	// Undeclared, the star says nothing: the units are listed, no lead designated.
	assert.deepEqual(units(tasks).slice(0, 2), [['responsible:区政府办公室', 'responsible:区财政局'], ['responsible:区财政局', 'responsible:区发改局']]);
	assert.deepEqual(codes(check(tasks).findings), ['lead-not-designated', 'lead-not-designated', 'lead-not-designated']);
});

test('responsible units lead where a task names none, when the notice says so (无牵头单位的，责任单位即为牵头单位), in both scripts', () => {
	// A 2025 cover letter: `各牽頭單位(無牽頭單位的,責任單位即為牽頭單位,下同)要統籌…`.
	for (const declaration of ['各牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要统筹相关责任单位。', '各牽頭單位(無牽頭單位的,責任單位即為牽頭單位,下同)要統籌相關責任單位。']) {
		const text = dedent(`
			各区人民政府：
			${declaration}
			某市人民政府办公厅
			1.甲。
			牵头单位：市发改委
			责任单位：市统计局
			2.乙。
			责任单位：市财政局、市税务局
		`);
		assert.deepEqual(units(text), [['lead:市发改委', 'responsible:市统计局'], ['lead:市财政局', 'lead:市税务局']], declaration);
		const { notice, findings } = check(text);
		assert.equal(notice.convention?.firstListedLeads, false);
		assert.deepEqual(codes(findings), [], declaration);
	}
	// Without it, the second task lists units and designates none.
	assert.deepEqual(codes(check('1.乙。\n责任单位：市财政局、市税务局\n').findings), ['lead-not-designated']);
});

test('a single responsible unit leads; a single collective does not, nor is there one among its bodies to designate', () => {
	const text = '1.甲。\n责任单位：市发改委\n2.乙。（体育总局负责）\n3.丙。（民政局）\n4.丁。\n责任单位：各县区政府\n';
	assert.deepEqual(units(text), [['lead:市发改委'], ['lead:体育总局'], ['lead:民政局'], ['responsible:各县区政府']]);
	assert.deepEqual(codes(check(text).findings), []);
});

test('a 牵头单位 label left empty or saying 无 leaves the lead open: the single 责任单位 stays responsible, and missing-lead is told at the label (a tester\'s: the unit moved into the lead column, no finding)', () => {
	const text = dedent(`
		1.甲。
		牵头单位：；责任单位：市财政局
		2.乙。
		牵头单位：无；责任单位：市数据局
		3.丙。
		责任单位：市财政局；牵头单位：
		4.丁。（牵头单位： ；责任单位：市审计局；完成时限：2024年底）
	`);
	assert.deepEqual(units(text), [['responsible:市财政局'], ['responsible:市数据局'], ['responsible:市财政局'], ['responsible:市审计局']]);
	const findings = check(text).findings;
	assert.deepEqual(findings.map((finding) => `${finding.code}:${text.slice(finding.span.start, finding.span.end)}`), ['missing-lead:牵头单位', 'missing-lead:牵头单位', 'missing-lead:牵头单位', 'missing-lead:牵头单位']);
	// A table's lead cell reading 无 is no label left open: the row's single 责任单位 leads (docs/layouts.md).
	assert.deepEqual(units('序号\t工作任务\t牵头单位\t责任单位\n1\t做好统计工作。\t无\t市统计局\n'), [['lead:市统计局']]);
	// A / or — in the label is a table's way of saying none, flattened into labels: read as the table is (a reviewer's).
	const slashed = '1.甲。\n牵头单位：/；责任单位：市财政局\n2.乙。\n牵头单位：—；责任单位：市数据局\n';
	assert.deepEqual(units(slashed), [['lead:市财政局'], ['lead:市数据局']]);
	assert.deepEqual(check(slashed).findings, []);
});

test('lead-not-designated quick fixes: the first unit as lead, or the convention declared once; Fix All applies neither', async () => {
	const { applyEdits, quickFixes } = await import('../../../server/src/core/features/quickFixes');
	const fixesOf = (text: string) => {
		const { notice, findings } = check(text);
		const finding = findings.find((candidate) => candidate.code === 'lead-not-designated')!;
		return { fixes: quickFixes({ uri: 'file:///a.txt', notice, finding, reader: engine }), text };
	};
	const after = (text: string, index: number) => {
		const { fixes } = fixesOf(text);
		return applyEdits(text, fixes[index].edits[0].edits);
	};
	const line = '1.甲。\n责任单位：市发改委、市财政局、市商务局\n2.乙。\n责任单位：市商务局、市财政局\n';
	assert.equal(after(line, 0), '1.甲。\n牵头单位：市发改委；责任单位：市财政局、市商务局\n2.乙。\n责任单位：市商务局、市财政局\n');
	assert.equal(after(line, 1), '1.甲。\n责任单位：市发改委、市财政局、市商务局（列第一位者为牵头单位，下同）\n2.乙。\n责任单位：市商务局、市财政局\n');
	assert.deepEqual(codes(check(after(line, 1)).findings), [], 'the declaration covers every task after it');
	const paren = '（一）甲。（发展改革委、扶贫办负责）\n（二）乙。（商务部、财政部负责）\n';
	assert.equal(after(paren, 0), '（一）甲。（发展改革委牵头，扶贫办负责）\n（二）乙。（商务部、财政部负责）\n');
	assert.equal(after(paren, 1), '（一）甲。（发展改革委、扶贫办负责，列第一位者为牵头单位，下同）\n（二）乙。（商务部、财政部负责）\n');
	assert.deepEqual(codes(check(after(paren, 1)).findings), []);
	const half = '1.甲。\n责任单位:市发改委、市财政局\n';
	assert.equal(after(half, 0), '1.甲。\n牵头单位:市发改委;责任单位:市财政局\n');
	assert.ok(fixesOf(line).fixes.every((fix) => !fix.preferred));
});

test('【牵头单位】 without a colon, a unit marked （牵头） in a list, a lead field on a heading over its tasks', () => {
	assert.deepEqual(units('1.甲。【牵头单位】市发改委【责任单位】市财政局、市商务局\n'), [['lead:市发改委', 'responsible:市财政局', 'responsible:市商务局']]);
	assert.deepEqual(units('1.甲。\n责任单位：市财政局、市发改委（牵头）、市商务局\n'), [['responsible:市财政局', 'lead:市发改委', 'responsible:市商务局']]);
	const text = '（一）推进改革（牵头单位：市发改委）\n1.深化放管服改革。（责任单位：市政务办、市司法局）\n2.推进国企改革。\n';
	assert.deepEqual(units(text), [['responsible:市政务办', 'responsible:市司法局', 'lead:市发改委'], ['lead:市发改委']]);
	assert.deepEqual(codes(check(text).findings), []);
});

test('a list of units alone in a parenthesis after the task, with the convention declared', () => {
	const text = '列第一位的为牵头单位。\n1.地区生产总值增长8%左右。（市发改委、市统计局）\n2.开展消费促进活动。（市商务局）\n3.建成地铁3号线（2020年底前完成）。\n牵头单位：市住建局\n';
	assert.deepEqual(units(text), [['lead:市发改委', 'responsible:市统计局'], ['lead:市商务局'], ['lead:市住建局']]);
});

test('a unit in two worded parentheses of one task is no duplicate; twice in one list still is', () => {
	const text = '1.鼓励创新创业。（体育总局、教育部负责）加强人才培养。（体育总局、科技部负责）\n2.乙。（体育总局、体育总局负责）\n';
	assert.deepEqual(check(text).findings.filter((finding) => finding.code === 'duplicate-unit').map((finding) => finding.args[0]), ['体育总局']);
	assert.equal(check(text).findings.filter((finding) => finding.code === 'duplicate-unit')[0].span.start > text.indexOf('2.'), true);
});

test('a unit in two labelled brackets closing two clauses of one task is no duplicate; twice in one bracket, or in brackets with no words between, still is', () => {
	const duplicates = (text: string) => check(text).findings.filter((finding) => finding.code === 'duplicate-unit').map((finding) => finding.args[0]);
	// A wild probe on 一是…二是… clauses, each closed by its own bracket: a false warning 「县发改委」在本项任务中重复列出.
	const clauses = '1.抓好重大项目。一是加快推进高铁站建设(牵头单位:县发改委);二是推进工业园区扩区(牵头单位:县发改委;责任单位:县自然资源局)。\n2.优化营商环境。(牵头单位:县政务服务中心)\n';
	assert.deepEqual(duplicates(clauses), []);
	assert.deepEqual(units(clauses), [['lead:县发改委', 'lead:县发改委', 'responsible:县自然资源局'], ['lead:县政务服务中心']], 'each bracket keeps its roles');
	assert.deepEqual(duplicates('1.甲。全面实施清单管理。(牵头单位:市政府办公室)持续深化改革。(牵头单位:市政府办公室)\n'), []);
	assert.deepEqual(duplicates('1.甲。一是推进乙(牵头单位:县发改委);二是推进丙(县发改委负责)。\n'), [], 'a labelled bracket and a worded one');
	assert.deepEqual(duplicates('1.甲。(牵头单位:县发改委、县发改委)\n'), ['县发改委'], 'one list');
	assert.deepEqual(duplicates('1.甲。(牵头单位:县发改委;配合单位:县发改委)\n'), ['县发改委'], 'one bracket');
	assert.deepEqual(duplicates('1.甲。(牵头单位:县发改委)(配合单位:县发改委)\n'), ['县发改委'], 'two brackets, no clause between');
	assert.deepEqual(duplicates('1.甲。(牵头单位:县发改委)(完成时限:2024年底)(配合单位:县发改委)\n'), ['县发改委'], 'two brackets, only a bracket\'s words between');
	assert.deepEqual(duplicates('1.甲。(牵头单位:县发改委)(责任领导:王明)(配合单位:县发改委)\n'), ['县发改委'], 'a leader\'s bracket between');
	assert.deepEqual(duplicates('1.甲（牵头单位：县发改委）2024年底前完成（配合单位：县发改委、县财政局）\n'), ['县发改委'], 'words of the same clause between');
	assert.deepEqual(duplicates('1.甲（牵头单位：县发改委）和（配合单位：县自然资源局、县发改委）\n'), ['县发改委'], 'a conjunction between');
	assert.deepEqual(duplicates('1.甲。一是推进乙(牵头单位:县发改委);二是推进丙(牵头单位:县住建局;配合单位:县住建局)。\n'), ['县住建局'], 'twice in the second bracket');
	// The lead restated among the responsible units is no repeat, in one bracket or two (莲都 2023's columns).
	assert.deepEqual(duplicates('1.甲。(牵头单位:县发改委;责任单位:县发改委、县财政局)\n2.乙。(牵头单位:县发改委)(责任单位:县发改委)\n'), []);
});

test('a verb ends a list before 、 and the next one: 经济投资局和航空口岸局分别牵头、区发改局 (海曙 2023)', () => {
	const { notice } = check('1.打造区域性航空物流枢纽。\n责任单位:经济投资局和航空口岸局分别牵头、区发改局\n2.乙。（市发改委牵头、市财政局配合）\n');
	assert.deepEqual(
		notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)),
		[
			['lead:经济投资局', 'lead:航空口岸局', 'responsible:区发改局'],
			['lead:市发改委', 'other:市财政局'],
		],
	);
});

test('a label with a tab, a space or an ideographic space for its colon (a Word form pasted); not in prose, nor a table\'s header', () => {
	for (const space of ['\t', ' ', '\u3000', '  ']) {
		const { notice, findings } = check(`1.地区生产总值增长6%以上。\n牵头单位${space}市发改委；责任单位${space}各县区政府\n2.建设物流园。\n牵头单位${space}市交通局、发改委\n`);
		assert.deepEqual(
			notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)),
			[['lead:市发改委', 'responsible:各县区政府'], ['lead:市交通局', 'lead:市发改委']],
			JSON.stringify(space),
		);
		assert.deepEqual(codes(findings), [], JSON.stringify(space));
	}
	// A subject in prose, and a tab table's header, are no labels.
	assert.deepEqual(check('1.推进项目建设。\n牵头单位 要切实履行职责，市发改委负责。\n').notice.tasks[0].units.map((unit) => unit.name), ['市发改委']);
	const table = check('序号\t工作任务\t牵头单位\t责任单位\n1\t推进项目建设\t市发改委\t市财政局\n2\t扩大开放\t市商务局\t市财政局\n');
	assert.deepEqual(table.notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [['lead:市发改委', 'responsible:市财政局'], ['lead:市商务局', 'responsible:市财政局']]);
	assert.deepEqual(findLabels('牵头单位\t责任单位\t工作任务'), []);
	assert.deepEqual(findLabels('各牵头单位 市发改委'), [], 'a whole label only');
	// A second label after the first one's value, white space between (review of round 12).
	assert.deepEqual(check('1.甲。\n牵头单位 市发改委 责任单位 市统计局\n').notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:市发改委', 'responsible:市统计局']);
});

test('a label with white space for its colon: a value whose name starts as prose does (应急管理局), and a label opening a bracket', () => {
	for (const space of ['\t', ' ']) {
		const { notice, findings } = check(`1.加强安全生产。\n责任单位${space}应急管理局、消防救援大队\n2.地区生产总值增长6%。(牵头单位${space}县发展和改革局)\n3.城乡居民收入增长。[牵头单位${space}县发改局(粮食局)、县农业农村局]\n`);
		assert.deepEqual(
			notice.tasks.map((task) => task.units.map((unit) => unit.name)),
			[['应急管理局', '消防救援大队'], ['县发展和改革局'], ['县发改局', '县农业农村局']],
			JSON.stringify(space),
		);
		assert.deepEqual(codes(findings).filter((code) => code === 'missing-lead'), [], JSON.stringify(space));
	}
	// Prose after the label word still is no value, in a bracket too.
	assert.deepEqual(check('1.推进项目建设。（牵头单位 要切实履行职责，市发改委负责）\n').notice.tasks[0].units.map((unit) => unit.name), ['市发改委']);
	assert.deepEqual(check('1.推进项目建设。\n责任单位 应加强配合，市发改委负责。\n').notice.tasks[0].units.map((unit) => unit.name), ['市发改委']);
});

test('共青团中央 is a unit: a list carried over commas to its verb keeps it (（民政部，共青团中央，全国妇联负责）)', () => {
	const { notice } = check('（一）开展活动。（民政部，共青团中央，全国妇联负责）\n');
	assert.deepEqual(notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['responsible:民政部', 'responsible:共青团中央', 'responsible:全国妇联']);
});

test('a worded parenthesis at a heading\'s end leads the tasks under it (婺城 2025: 一、强化科技创新(区科技局牵头))', () => {
	const { notice, findings } = check('一、强化科技创新(区科技局牵头)\n以深化改革为牵引。\n(一)加强科创平台效能建设。加快建设研究院。\n(二)支持企业研发。对企业给予补助。（区财政局牵头）\n二、扩大有效投资（区发改局牵头，区财政局配合）\n(一)加快项目建设。推进重大项目。\n');
	assert.deepEqual(
		notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].filter((unit) => unit.role === 'lead').map((unit) => unit.name)),
		[['区科技局'], ['区财政局'], ['区发改局']],
	);
	assert.deepEqual(codes(findings).filter((code) => code === 'missing-lead' || code === 'units-not-in-text'), []);
	// An ordinary parenthesis in a heading names no lead.
	assert.deepEqual(check('一、稳增长（2020年底前完成）\n(一)扩投资。（市发改委牵头）\n(二)促消费。\n').notice.tasks[1].inheritedUnits, []);
});

test('review of round 13: a collective a heading\'s parenthesis names (（各地各部门牵头负责）) leads no task under it', () => {
	const { notice } = check('一、强化科技创新（各地各部门牵头负责）\n（一）建设创新平台。（区发改局）\n（二）引进人才。\n');
	assert.deepEqual(notice.tasks.map((task) => task.inheritedUnits.map((unit) => unit.name)), [[], []]);
});

test('second review of round 13: a heading\'s parenthesis naming each county\'s government leads the tasks under it', () => {
	const { notice, findings } = check('一、加强基层治理（各县区政府牵头）\n1.推进网格化管理。\n2.加强社区建设。\n二、优化营商环境（市营商办牵头）\n1.精简审批。\n');
	assert.deepEqual(notice.tasks.map((task) => task.inheritedUnits.map((unit) => unit.name)), [['各县区政府'], ['各县区政府'], ['市营商办']]);
	assert.deepEqual(codes(findings).filter((code) => code === 'missing-lead'), []);
});

test('missing-lead quick fix: the lead field added empty as the nearest task writes its own (line, indent, run-on, bracket, colon, label), the cursor after its colon; none for a worded lead, a table or a field there already', async () => {
	const { applyEdits, quickFixes } = await import('../../../server/src/core/features/quickFixes');
	const fixed = (text: string) => {
		const { notice, findings } = check(text);
		const fixes = findings.filter((finding) => finding.code === 'missing-lead').flatMap((finding) => quickFixes({ uri: 'file:///a.txt', notice, finding, reader: engine }));
		assert.ok(fixes.length <= 1, JSON.stringify(fixes));
		if (fixes.length === 0) {
			return undefined;
		}
		assert.equal(fixes[0].preferred, false, 'Fix All never adds an empty field');
		const [edit] = fixes[0].edits[0].edits;
		// The cursor: right after the label's colon (or its 】 when it has none).
		assert.match(edit.newText.slice(0, edit.cursor), /[：:】]$/);
		return applyEdits(text, fixes[0].edits[0].edits);
	};
	// On a line of its own, indented, the lead's label preferred to the other fields'.
	assert.equal(fixed('1.甲。\n  牵头单位：市发改委\n  责任单位：市财政局\n2.乙。\n'), '1.甲。\n  牵头单位：市发改委\n  责任单位：市财政局\n2.乙。\n  牵头单位：\n');
	// The task after it when none before has one; CRLF kept; its half-width colon.
	assert.equal(fixed('1.甲。\r\n2.乙。\r\n牵头单位:市发改委\r\n'), '1.甲。\r\n牵头单位:\r\n2.乙。\r\n牵头单位:市发改委\r\n');
	// Run on after the text.
	assert.equal(fixed('1.甲。牵头单位：市发改委\n2.乙。\n'), '1.甲。牵头单位：市发改委\n2.乙。牵头单位：\n');
	// In the bracket the notice writes (full- or half-width, square).
	assert.equal(fixed('1.甲。（牵头单位：市发改委；责任单位：市财政局）\n2.乙。\n'), '1.甲。（牵头单位：市发改委；责任单位：市财政局）\n2.乙。（牵头单位：）\n');
	assert.equal(fixed('1.甲。[责任单位:市发改委、市财政局(列第一位者为牵头单位,下同)]\n2.乙。\n'), '1.甲。[责任单位:市发改委、市财政局(列第一位者为牵头单位,下同)]\n2.乙。[责任单位:]\n');
	// Its own bracket only, when the model's holds other fields before it; a bracket of the State Council's 〔〕.
	assert.equal(fixed('1.甲。(责任领导:杜新国;牵头单位:区发改局)\n2.乙。\n'), '1.甲。(责任领导:杜新国;牵头单位:区发改局)\n2.乙。(牵头单位:)\n');
	assert.equal(fixed('（一）甲。〔责任单位:省发展改革委〕\n（二）乙。\n'), '（一）甲。〔责任单位:省发展改革委〕\n（二）乙。〔责任单位:〕\n');
	// Its last line: after a leader's field.
	assert.equal(fixed('1.甲。\n牵头单位：市发改委\n2.乙。\n责任领导：王副市长\n'), '1.甲。\n牵头单位：市发改委\n2.乙。\n责任领导：王副市长\n牵头单位：\n');
	// The field read back: a unit typed after the colon leads, and the finding goes.
	const typed = fixed('1.甲。\n牵头单位：市发改委\n2.乙。\n')!.replace('乙。\n牵头单位：', '乙。\n牵头单位：市财政局');
	assert.deepEqual(codes(check(typed).findings), []);
	// None: a worded lead (no label to copy), an empty field already there (it is filled in), no model at all.
	assert.equal(fixed('1.甲。（市发改委牵头）\n2.乙。\n'), undefined);
	assert.equal(fixed('1.甲。\n牵头单位：市发改委\n2.乙。\n牵头单位：\n'), undefined);
	assert.equal(fixed('1.甲。\n2.乙。\n'), undefined);
	// A table: a row's cells are its own, no line is added to them (not even under a label-line model above the table).
	assert.equal(fixed('序号\t任务\t牵头单位\t责任单位\n1\t甲\t市发改委\t市财政局\n2\t乙\t\t\n'), undefined);
	assert.equal(fixed('1.甲。\n牵头单位：市发改委\n二、表\n序号\t任务\t牵头单位\t责任单位\n1\t乙\t\t\n2\t丙\t市商务局\t\n'), undefined);
	// Review of round 16: what the text with the field and a unit typed would read otherwise gets none — tasks
	// sharing a line (a flattened page: the field would land in the next task's list), a field run on after a
	// deadline's value (it would be read as part of it), a task ending in a bracket left open.
	assert.equal(fixed('一、重点工作\n1.全县生产总值增长7.5%左右。 2.落实党政机关过紧日子的要求。 责任单位:县财政局(首位单位为牵头单位,下同)、县税务局\n'), undefined);
	assert.equal(fixed('1.甲。牵头单位：市发改委；完成时限：2024年底\n2.乙。完成时限：2024年底\n'), undefined);
	assert.equal(fixed('1.甲。（牵头单位：市发改委）\n2.乙（\n'), undefined);
	// Inside the task's own bracket, separated as the model separates its fields: not a second bracket in the task's text.
	assert.equal(fixed('1.甲。（牵头单位：市发改委）\n2.乙。（责任领导：王某）\n'), '1.甲。（牵头单位：市发改委）\n2.乙。（责任领导：王某；牵头单位：）\n');
	assert.equal(fixed('1.甲。(责任领导:杜新国;牵头单位:区发改局)\n2.乙。(责任领导:王某)\n'), '1.甲。(责任领导:杜新国;牵头单位:区发改局)\n2.乙。(责任领导:王某;牵头单位:)\n');
	// The lead's field rather than the first one; the task before rather than the one after; no colon where the label has none.
	assert.equal(fixed('1.甲。\n责任单位：市财政局\n牵头单位：市发改委\n2.乙。\n'), '1.甲。\n责任单位：市财政局\n牵头单位：市发改委\n2.乙。\n牵头单位：\n');
	assert.equal(fixed('1.甲。（牵头单位：市发改委）\n2.乙。\n3.丙。\n牵头单位：市商务局\n'), '1.甲。（牵头单位：市发改委）\n2.乙。（牵头单位：）\n3.丙。\n牵头单位：市商务局\n');
	assert.equal(fixed('1.甲。【牵头单位】市发改委\n2.乙。\n'), '1.甲。【牵头单位】市发改委\n2.乙。【牵头单位】\n');
	// The model's bracket found past a closed one inside it; a model further than the next task (one worded between).
	assert.equal(fixed('1.甲。【责任领导:王(副);牵头单位:市发改委】\n2.乙。\n'), '1.甲。【责任领导:王(副);牵头单位:市发改委】\n2.乙。【牵头单位:】\n');
	assert.equal(fixed('1.甲。\n牵头单位：市发改委\n2.乙。（市财政局牵头）\n3.丙。\n'), '1.甲。\n牵头单位：市发改委\n2.乙。（市财政局牵头）\n3.丙。\n牵头单位：\n');
});

test('prose closing a task with A牵头，B配合 (no 由) names the lead and the helpers (a tester\'s: the lead was dropped, and the information said none was named)', () => {
	const text = '1.深化“放管服”改革。县审批局牵头，县大数据中心、县直有关单位配合。\n2.做好统计。由县统计局牵头，县财政局配合。\n3.推进改革，做好牵头，强化配合。\n';
	assert.deepEqual(units(text), [['lead:县审批局', 'other:县大数据中心', 'other:县直有关单位'], ['lead:县统计局', 'other:县财政局'], []]);
});

test('units alone in a parenthesis: associations and 人大 are units, and 等 closes the list (a tester\'s: missing-lead on correct tasks)', () => {
	const { notice, findings } = check('1.加快推进重大项目建设。(市发改委)\n2.提升公民科学素质。(市科协)\n3.做好代表建议办理。（市人大、市政协）\n4.修编经济开发区整体规划。（县发改局、县财政局等）\n5.提升公民科学素质。（市科协牵头，市教育局配合）\n');
	assert.deepEqual(codes(findings).filter((code) => code === 'missing-lead'), []);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [['lead:市发改委'], ['lead:市科协'], ['responsible:市人大', 'responsible:市政协'], ['responsible:县发改局', 'responsible:县财政局'], ['lead:市科协', 'other:市教育局']]);
});

test('units that are all collectives (国务院各部门分别负责, 各部门按职责分工负责) have no lead to designate: no information; one named unit among them still asks (real pages: 国发〔2020〕6号)', () => {
	const text = '一、总体要求\n1.做好各项工作。（国务院各部门分别负责，年内持续推进）\n2.稳定就业。（各区人民政府负责）\n3.推进项目。（各县（市、区）人民政府、市直各部门按职责分工负责）\n4.保障民生。（各区人民政府、市民政局负责）\n';
	const { findings } = check(text);
	assert.deepEqual(findings.map((finding) => `${finding.code}:${finding.args[0]}`), ['lead-not-designated:4']);
});

test('a letter saying the units listed share each task alike (均为…同责单位，无先后大小责任之分) designates no lead and asks for none (a real district letter of 2019: an information on every task of two units)', () => {
	const text = '各街道办事处，区人民政府各部门：\n责任分解中，部分同一责任事项列出了多个责任单位，均为落实目标任务的同责单位，无先后大小责任之分。\n1.地区生产总值增长8%。\n责任单位：区发改局\n2.推进老旧小区改造。\n责任单位：区房管局、区城管局\n';
	assert.deepEqual(units(text), [['lead:区发改局'], ['responsible:区房管局', 'responsible:区城管局']]);
	assert.deepEqual(codes(check(text).findings), []);
	// In Traditional script too.
	assert.deepEqual(codes(check(toTraditional(text)).findings), []);
});

test('a progress list\'s labels after a space (项目责任人:, 实际完成情况:, 备注:) end the field before them: no unit glued to them, none dropped (a real 民生实事 list: a missing lead and 市公安局项目责任人:赵六)', () => {
	const text = '2014年民生实事项目进展情况公示\n1.建成城市轨道交通一号线。 牵头领导:张三 责任单位:市轨道交通建设指挥部 项目责任人:李四 实际完成情况:已于5月30日通车试运营。\n2.新增路口视频采集设备300套。 牵头领导:王五 责任单位:市公安局 项目责任人:赵六 配合单位:市城管局、市财政局 实际完成情况:已完成年度任务的55%。\n3.新辟公交线路10条。 责任单位:市交通局 备注:5月30日前完成\n';
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [['lead:市轨道交通建设指挥部'], ['lead:市公安局', 'other:市城管局', 'other:市财政局'], ['lead:市交通局']]);
	assert.deepEqual(notice.tasks.map((task) => task.title), ['建成城市轨道交通一号线。', '新增路口视频采集设备300套。', '新辟公交线路10条。']);
});

test('a list whose verb says each answers by its duties ((A、B按职责分工负责), 〔责任单位:A、B按职责分工负责。…〕) asks for no lead; a list with 负责 alone still does (a real provincial 方案: an information on every task)', () => {
	const text = '一、重点任务\n(一)加强市场体系建设。〔责任单位:省发展改革委、省市场监管局、省商务厅按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕\n(二)加强执法。(省发展改革委、省市场监管局按职责分工负责)\n(三)优化服务。(省政务办、省大数据中心分别负责)\n(四)推进改革。(省发展改革委、省财政厅负责)\n';
	const { findings } = check(text);
	assert.deepEqual(findings.map((finding) => `${finding.code}:${finding.args[0]}`), ['lead-not-designated:四']);
});

test('a letter saying the units share the tasks (同责单位) and that the first listed leads gives the leads, wherever each is said (a reviewer\'s: the leads were lost, and nothing said so)', () => {
	const letter = '各街道办事处，区政府各部门：\n现将责任分解印发给你们。各项任务的责任单位均为同责单位，要加强协作。\n责任单位中排在第一位的为牵头单位。\nXX区人民政府\n2019年3月1日\n';
	const tasks = '一、稳增长\n1.推进重大项目建设。（责任单位：区发改局、区财政局）\n2.扩大有效投资。（责任单位：区财政局、区发改局）\n';
	assert.deepEqual(units(letter + tasks), [['lead:区发改局', 'responsible:区财政局'], ['lead:区财政局', 'responsible:区发改局']]);
	// Declared inline in the first task, after the letter's 同责.
	const inline = letter.replace('责任单位中排在第一位的为牵头单位。\n', '') + tasks.replace('区财政局）\n1', '区财政局）\n1').replace('（责任单位：区发改局、区财政局）', '（责任单位：区发改局、区财政局，列第一位者为牵头单位，下同）');
	assert.deepEqual(units(inline)[1], ['lead:区财政局', 'responsible:区发改局']);
});

test('a bracket\'s labels written as verbs without 单位 (【牵头：县住建局；配合：县自然资源局】) are fields; a header cell 牵头 and prose are not (a tester\'s: a notice read with no task)', () => {
	const { notice, findings } = check('1.推进县城东扩。【牵头：县住建局；配合：县自然资源局、县财政局】\n2.深化改革。（牵头：县工信局，责任：县税务局）\n3.稳定就业。\n牵头：县人社局\n协办：各乡镇人民政府\n');
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`).join('、')), ['lead:县住建局、other:县自然资源局、other:县财政局', 'lead:县工信局、responsible:县税务局', 'lead:县人社局、other:各乡镇人民政府']);
	assert.deepEqual(findLabels('序号\t工作任务\t牵头\t配合'), []);
	assert.deepEqual(findLabels('各单位要加强协同：统筹推进'), []);
	assert.deepEqual(findLabels('配合：各单位要加强协作。'), []);
	assert.deepEqual(findLabels('由县发改局牵头：县财政局配合'), []);
});

test('a label word in prose with 为 or 是 for its colon names its units (`…，牵头单位为县自然资源局，责任单位为各乡镇人民政府。`)', () => {
	const { notice, findings } = check('1.推进全域土地综合整治，完成整治项目5个，牵头单位为县自然资源局，责任单位为各乡镇人民政府。\n2.推进老旧小区改造。牵头单位是县住建局，配合单位是县财政局。\n3.推进农村改厕，牵头单位要加强统筹。\n');
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [['lead:县自然资源局', 'responsible:各乡镇人民政府'], ['lead:县住建局', 'other:县财政局'], []]);
	assert.deepEqual(findings.filter((finding) => finding.code === 'missing-lead').map((finding) => finding.args[0]), ['3']);
});

test('a parenthesis may word its labels with 为 or 是 (`（牵头单位为县发改局，责任单位为县财政局）`), after the task\'s sentence or on a line of its own: its units are the task\'s', () => {
	const text = dedent(`
		2025年县政府工作报告重点任务分解
		1.推进重大项目建设。（牵头单位为县发改局，责任单位为县财政局）
		2.加快专项债券项目建设进度。
		（牵头单位是县财政局；配合单位是县发改局）
		3.开展招商引资攻坚行动（牵头单位为召集单位）。
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [['lead:县发改局', 'responsible:县财政局'], ['lead:县财政局', 'other:县发改局'], []]);
	// A role is no unit (`召集单位`): the third names none, as written.
	assert.deepEqual(findings.filter((finding) => finding.code === 'missing-lead').map((finding) => finding.args[0]), ['3']);
});

test('由A牵头的… and 由A会同B提出的… describe a thing the units made, no lead of the task: the heading\'s lead stays', () => {
	const text = dedent(`
		2025年县政府工作报告重点任务分解
		（一）县发改局牵头的工作
		1.扩大有效投资，由县政府牵头的招商专班全年引进项目10个。
		2.深化改革，由乡镇牵头组建的服务队覆盖全部村。
		3.推进项目建设，由县交通运输局会同县财政局提出的项目清单按月调度。
		4.由县水利局牵头研究制定实施方案。
	`);
	const { notice } = check(text);
	const leads = notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].filter((unit) => unit.role === 'lead').map((unit) => unit.name));
	assert.deepEqual(leads, [['县发改局'], ['县发改局'], ['县发改局'], ['县水利局']]);
});

test('a role is no unit in a label clause with 为 or 是 (`牵头单位为召集单位`, `牵头单位是第一责任单位`): the heading\'s lead stays', () => {
	const text = dedent(`
		2025年县政府工作报告重点任务分解
		（一）县发改局牵头的工作
		1.建立项目推进机制，牵头单位为召集单位，每月调度一次。
		2.压实工作责任，牵头单位是第一责任单位。
	`);
	const { notice, findings } = check(text, '县发改局\n');
	assert.deepEqual(notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`)), [['lead:县发改局'], ['lead:县发改局']]);
	assert.deepEqual(codes(findings), []);
});

test('由A会同 partners that are no bodies of a registry (社会资本, 设计单位, 县内重点企业): A leads, and the work is no partner\'s name', () => {
	const text = dedent(`
		1.由县发改局会同社会资本研究提出项目合作方案。
		2.由县科技局会同驻县高校研究提出技术攻关清单。
		3.由县住建局会同设计单位研究提出改造方案。
		4.由县交通运输局会同施工单位做好安全生产。
		5.由县财政局会同社会资本设立的产业基金扩大规模。
	`);
	const { notice, findings } = check(text, '县发改局\n县科技局\n县住建局\n县交通运输局\n县财政局\n');
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [['lead:县发改局'], ['lead:县科技局', 'responsible:驻县高校'], ['lead:县住建局'], ['lead:县交通运输局'], []]);
	assert.deepEqual(codes(findings), ['missing-lead']);
});

test('prose: the task\'s own work named before 由 (此项工作由A牵头负责, 该项工作由A牵头，B配合, 本项任务由A牵头负责) is no part of the unit\'s name', () => {
	const text = dedent(`
		1.推进全域土地综合整治，完成整治项目5个。此项工作由县自然资源局牵头负责，县农业农村局配合。
		2.开展耕地专项整治。该项工作由县农业农村局牵头，县财政局配合。
		3.推进农村改革。本项任务由县委农办牵头负责。
	`);
	assert.deepEqual(units(text), [['lead:县自然资源局', 'other:县农业农村局'], ['lead:县农业农村局', 'other:县财政局'], ['lead:县委农办']]);
	assert.deepEqual(codes(check(text).findings), []);
});

test('a parenthesis of examples (如, 例如, 包括, 含 before a level) names no unit: （如区发改委、区财政局） gave the unit 如区发改委 (unknown-unit with a registry)', () => {
	const next = '2.加快产业园区建设。（区发改委）\n';
	assert.deepEqual(units('1.支持重点部门开展绩效评价（如区发改委、区财政局）。\n' + next)[0], []);
	assert.deepEqual(units('1.完善公共设施（含区体育中心、区文化馆）。\n' + next)[0], []);
	assert.deepEqual(units('1.支持重点部门开展绩效评价（例如区发改委）。\n' + next)[0], []);
	// After a parenthesis of examples, the task's own unit parenthesis is read.
	assert.deepEqual(units('1.支持重点部门开展绩效评价（如区发改委、区财政局等）。（区财政局）\n' + next)[0], ['lead:区财政局']);
	// 如皋市, 如东县 and 含山县 are places: their bodies are units.
	assert.deepEqual(units('1.推进老旧小区改造。（如皋市住建局）\n2.加快产业园区建设。（含山县发改委、如东县财政局）\n'), [['lead:如皋市住建局'], ['responsible:含山县发改委', 'responsible:如东县财政局']]);
	// 比如县 is a county of 那曲市 (a reviewer's: its bodies lost, a false missing-lead); 比如 before anything else opens examples.
	assert.deepEqual(units('1.推进牧区饮水安全工程。（比如县人民政府）\n2.加快产业园区建设。（比如县发改委、比如县财政局）\n'), [['lead:比如县人民政府'], ['responsible:比如县发改委', 'responsible:比如县财政局']]);
	assert.deepEqual(codes(check('1.推进牧区饮水安全工程。（比如县人民政府）\n2.加快产业园区建设。（比如县发改委）\n').findings), []);
	assert.deepEqual(units('1.支持重点部门开展绩效评价（比如区发改委）。\n' + next)[0], []);
});

test('a bare unit parenthesis closing its sentence, then only a target or deadline sentence: its units are the task\'s (a probe\'s: 推进老旧小区改造。（区住建局）。力争年底前完成。 read as naming no unit, a false missing-lead)', () => {
	const next = '2.加快产业园区建设。（区发改委）\n';
	for (const task of ['1.推进老旧小区改造。（区住建局）。力争年底前完成。\n', '1.推进老旧小区改造（区住建局）。力争年底前完成。\n', '1.推进老旧小区改造（区住建局）；确保6月底前完成。\n']) {
		assert.deepEqual(units(task + next), [['lead:区住建局'], ['lead:区发改委']], task);
		assert.deepEqual(codes(check(task + next).findings), [], task);
	}
	assert.deepEqual(units('1.推进老旧小区改造。（区住建局、区财政局）；力争年底前完成改造50个小区。\n' + next)[0], ['responsible:区住建局', 'responsible:区财政局']);
	// A parenthesis that is part of its sentence, or no unit list, or a tail that is no target, or names a unit: as before, no unit read.
	for (const task of [
		'1.积极争取国家部委（国家发展改革委、财政部）支持。力争年底前完成。\n',
		'1.制定《城市更新实施办法》（以下简称“办法”）。力争年底前出台。\n',
		'1.出台《老旧小区改造管理办法（试行）》。力争年底前完成。\n',
		'1.编制产业发展规划（2024—2026年）。力争年底前完成。\n',
		'1.推进老旧小区改造（50个）。力争年底前完成。\n',
		'1.推进老旧小区改造。（区住建局）。力争年底前完成，由区财政局保障资金。\n',
		'1.推进老旧小区改造（区住建局）。加快实施棚户区改造。\n',
		'1.推进老旧小区改造（区住建局）。力争年底前完成（50个）。\n',
	]) {
		assert.deepEqual(units(task + next), [[], ['lead:区发改委']], task);
	}
	// The real unit parenthesis last is read as ever.
	assert.deepEqual(units('1.推进老旧小区改造（区住建局）。力争年底前完成。（区城管局）\n' + next)[0], ['lead:区城管局']);
});

test('a parenthesis before a target sentence names offices only, and only for a task naming no unit otherwise (a reviewer\'s: （区人民医院）, （示范村） read as units, new unknown-unit)', () => {
	const next = '2.加快产业园区建设。（区发改委）\n';
	// Under a heading or a section's label line naming units, the task inherits them: its parenthesis is an aside, an office's too.
	const tasks = '1.推进老旧小区改造（一期）。力争年底前完成。\n2.推进区人民医院新院区建设（区人民医院）。确保年底前投入使用。\n3.推进城东片区改造（城东街道）。力争年底前完成。\n4.推进背街小巷整治（区城管局）。力争年底前完成。\n';
	for (const section of ['一、城市建设（区住建局牵头，区财政局配合）\n', '一、城市建设\n牵头单位：区住建局\n']) {
		const { notice } = check(section + tasks);
		assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => unit.name)), [[], [], [], []], section);
		assert.deepEqual(notice.tasks.map((task) => task.inheritedUnits.length > 0), [true, true, true, true], section);
	}
	// With nothing to inherit: a body that is no office of a level (a hospital, a street, a village, a school) names no unit.
	for (const aside of ['（区人民医院）', '（城东街道）', '（示范村）', '（普惠性幼儿园）', '（住建局）']) {
		assert.deepEqual(units(`1.推进重点工程建设${aside}。力争年底前完成。\n` + next)[0], [], aside);
	}
	// Offices of a level: read, the prefix written once too; a level's centre is an office (区大数据中心 is a district's body).
	assert.deepEqual(units('1.推进老旧小区改造（区住建局、财政局）。力争年底前完成。\n' + next)[0], ['responsible:区住建局', 'responsible:区财政局']);
	assert.deepEqual(units('1.推进城市大脑建设（区大数据中心）。力争年底前上线。\n' + next)[0], ['lead:区大数据中心']);
	assert.deepEqual(units('1.推进牧区饮水安全工程（县人民政府）。力争年底前完成。\n' + next)[0], ['lead:县人民政府']);
	// With its place as level: a county's bureau, a street's office.
	assert.deepEqual(units('1.推进道路建设（比如县交通运输局）。力争年底前完成。\n' + next)[0], ['lead:比如县交通运输局']);
	assert.deepEqual(units('1.推进城东片区改造（城东街道办事处）。力争年底前完成。\n' + next)[0], ['lead:城东街道办事处']);
});

test('narrative `A牵头，B负责` in a task\'s prose names no lead: the lead of its heading or group line stands, and no false alarm (a reviewer\'s probes: 去年市发改委, 坚持政府, 政府 read as leads)', () => {
	const registry = ['市发改委', '市财政局', '市商务局', '市住建局', '各区人民政府'].join('\n');
	const inherited = dedent(`
		一、加快老旧小区改造（市住建局牵头）
		1.加强领导。党委领导，政府牵头，部门负责，社会参与。
		2.加强协调。去年市发改委牵头，各部门按职责分工负责。
		3.推进改革。坚持政府牵头，部门负责。
		4.推进改革。市发改委牵头，各区人民政府负责。
		5.压实责任。2024年市发改委牵头，各区人民政府负责落实。
		6.压实责任。同时市发改委牵头，各区人民政府负责。
		7.压实责任。属地政府牵头，行业部门负责。
		二、优化营商环境
		1.加强领导。党委领导，政府牵头，部门负责，社会参与。
		2.推进改革。市发改委牵头，各区人民政府负责。
		以上2项牵头单位：市财政局
	`);
	const leads = (text: string) => check(text).notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].filter((unit) => unit.role === 'lead').map((unit) => unit.name).join('、'));
	// `市发改委牵头，各区人民政府负责。` names the task's own lead plainly, as `市发改委牵头，各区人民政府配合。` does: it leads over the
	// heading's, the charged bodies responsible (a review's: `县住建局牵头，县财政局负责落实。` read 县财政局 alone, as the lead); a group
	// line's label (`以上2项牵头单位：`) still names the lead of its tasks.
	assert.deepEqual(leads(inherited), ['市住建局', '市住建局', '市住建局', '市发改委', '市发改委', '市住建局', '市住建局', '市财政局', '市财政局']);
	// No 去年市发改委, 坚持政府, 政府, nor the slogans' 社会 (society, no body: see isSocietyName; it was read a helper). The bare
	// 部门 of `部门负责` names no body (it gave an empty-field, 「」后没有单位). 行业部门 (`属地政府牵头，行业部门负责。`) is every
	// body of the trade, a collective as 有关部门 is: no unit to look up.
	assert.deepEqual(codes(check(inherited, registry).findings), []);
	const alone = dedent(`
		一、加快老旧小区改造
		1.加强协调。去年市发改委牵头，各部门按职责分工负责。
		2.坚持统筹。坚持政府牵头，部门负责。
		3.加强领导。党委领导，政府牵头，部门负责，社会参与。
		4.完善机制。继续实行市政府牵头，各区政府负责。
	`);
	assert.deepEqual(leads(alone), ['', '', '', '']);
	// No 去年市发改委, 坚持政府, 政府 nor the slogan's 社会 unknown; no empty 「」 after the bare 部门 of 部门负责.
	assert.deepEqual(codes(check(alone, registry).findings).filter((code) => code === 'unknown-unit' || code === 'empty-field'), []);
});

test('a 牵头 clause in a task\'s prose that is not the clause before its closing lists names no lead (在市发改委牵头下, 由…牵头的…工作已完成, a note after the lists); one before the task\'s closing work alone does (`市统计局牵头,今年底前完成。` was a false missing-lead)', () => {
	const text = dedent(`
		一、加快老旧小区改造
		1.在市发改委牵头下,各区人民政府负责做好项目储备工作。
		2.由市委组织部牵头的干部培训工作已完成,市人社局负责。
		3.做好统计。市统计局牵头,今年底前完成。
		4.推进改革。市发改委牵头,形成合力,各区人民政府负责。
		5.加强协调。去年市发改委牵头,各部门按职责分工负责,取得明显成效。
	`);
	assert.deepEqual(units(text), [[], ['lead:市人社局'], ['lead:市统计局'], ['responsible:各区人民政府'], []]);
});

test('a lead\'s watch after 牵头: 牵头督导, 牵头督办, 牵头协调, 牵头统筹, 牵头指导 (a real 2019 plan: `(市生态环境局、发展和改革局、工业和信息化局牵头督导,市公安局、自然资源局参与)` gave a false missing-lead)', () => {
	const text = dedent(`
		二、工作任务
		1.排查整治散乱污工业企业。2019年9月底前基本完成整治任务。(市生态环境局、发展和改革局、工业和信息化局牵头督导,市公安局、自然资源局参与)
		2.推进清洁取暖。(市住建局牵头督办,市财政局配合)
		3.治理扬尘。(市城管局牵头协调)
		4.整治河道。(市水利局牵头统筹,各县区人民政府负责)
		5.推进农村改厕。(市农业农村局牵头指导)
	`);
	assert.deepEqual(units(text), [
		['lead:市生态环境局', 'lead:市发展和改革局', 'lead:市工业和信息化局', 'other:市公安局', 'other:市自然资源局'],
		['lead:市住建局', 'other:市财政局'],
		['lead:市城管局'],
		['lead:市水利局', 'responsible:各县区人民政府'],
		['lead:市农业农村局'],
	]);
	assert.deepEqual(codes(check(text).findings), []);
	assert.deepEqual(units(toTraditional(text)).map((task) => task.length), [5, 2, 1, 2, 1]);
});

test('a worded bracket never closed in its task names its units as a labelled one does: unbalanced-bracket tells the fault, no missing-lead (a real 2019 plan cut inside `(市生态环境局、发展和改革局、工业和信息化局牵头督导,市公安局、`)', () => {
	const text = dedent(`
		1.优化产业布局。(市经信局牵头,市发改委参与)
		2.排查整治散乱污工业企业。(市生态环境局牵头,市公安局参与
		3.推进改革。(市财政局牵头,市公安局参与)
		4.推进项目建设（今年要全面落实
		5.排查整治散乱污工业企业。(市生态环境局、市工业和信息化局牵头督导,市公安局、市自然资源局、
	`);
	assert.deepEqual(units(text), [
		['lead:市经信局', 'other:市发改委'],
		['lead:市生态环境局', 'other:市公安局'],
		['lead:市财政局', 'other:市公安局'],
		[],
		// The list the cut left without its verb has no role to read: not guessed.
		['lead:市生态环境局', 'lead:市工业和信息化局'],
	]);
	const findings = check(text).findings;
	assert.deepEqual(findings.filter((finding) => finding.code === 'missing-lead').map((finding) => text.slice(finding.span.start, finding.span.start + 2)), ['4.']);
	assert.deepEqual(findings.filter((finding) => finding.code === 'unbalanced-bracket').map((finding) => text.slice(finding.span.start, finding.span.end)), ['(', '（']);
	// Anything else the task names is read first (a reviewer's: the prose lead was lost to the open bracket's 各地, and
	// `（试点由市发改委牵头` read as the lead 试点由市发改委 where the prose reading names 市发改委).
	assert.deepEqual(units('1.推进项目建设，由市发改委牵头，市财政局配合（各地分别负责\n2.推进改革。(市财政局牵头)\n'), [['lead:市发改委'], ['lead:市财政局']]);
	assert.deepEqual(units('1.推进改革（试点由市发改委牵头\n2.推进改革。(市财政局牵头)\n'), [['lead:市发改委'], ['lead:市财政局']]);
	// A labelled bracket left open reads alike.
	assert.deepEqual(units('1.排查整治。(牵头单位:市生态环境局;责任单位:市公安局\n2.推进改革。(牵头单位:市财政局)\n'), [['lead:市生态环境局', 'responsible:市公安局'], ['lead:市财政局']]);
});

test('a lead\'s own words after 牵头 in its parenthesis: 牵头抓总, 牵头组织实施, 牵头办理 (a tester\'s probe: a false missing-lead on `（省发展改革委牵头抓总）`)', () => {
	const text = dedent(`
		一、扩大有效投资
		1.推进重大项目建设。(省发展改革委牵头抓总)
		2.激励民间投资。(省发展改革委牵头组织实施)
		3.优化营商环境。(省政务服务数据管理局牵头办理)
		4.稳定外贸。(省商务厅牵头落实)
		5.保障用地。(省自然资源厅牵头负责)
		6.推进重点项目。由省发展改革委牵头抓总。
	`);
	assert.deepEqual(units(text), [['lead:省发展改革委'], ['lead:省发展改革委'], ['lead:省政务服务数据管理局'], ['lead:省商务厅'], ['lead:省自然资源厅'], ['lead:省发展改革委']]);
	assert.deepEqual(codes(check(text).findings), []);
	assert.deepEqual(units(toTraditional(text)).map((task) => task.length), [1, 1, 1, 1, 1, 1]);
});

test('a heading words its lead as a task\'s bracket does (`一、市发改委牵头协调的工作`, `市住建局牵头督导，市城管局配合的工作`): the tasks under it have their lead (a reviewer: missing-lead on each)', () => {
	const text = dedent(`
		2023年政府工作报告重点工作任务分解
		一、市发改委牵头协调的工作
		1.推动重大项目建设，全年完成投资100亿元。
		2.做好项目谋划储备工作。
		二、市住建局牵头督导，市城管局配合的工作
		3.推进老旧小区改造。
		三、加强牵头协调
		4.健全工作机制。（牵头单位：市政府办）
	`);
	const { notice, findings } = check(text);
	const units = notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`));
	assert.deepEqual(units, [['lead:市发改委'], ['lead:市发改委'], ['lead:市住建局', 'other:市城管局'], ['lead:市政府办']]);
	assert.deepEqual(codes(findings), []);
	// 由 before the lead is no part of its name (a reviewer's: lead `由市财政局`, an unknown-unit with a registry).
	const by = check('一、由市财政局牵头协调的工作\n1.做好项目储备。\n二、由市住建局牵头，市城管局配合的工作\n2.推进老旧小区改造。\n三、由市政府牵头协调\n3.推进重点工作。\n', '市财政局\n市住建局\n市城管局\n市政府\n');
	assert.deepEqual(by.notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`)), [['lead:市财政局'], ['lead:市住建局', 'other:市城管局'], ['lead:市政府']]);
	assert.deepEqual(codes(by.findings), []);
});

test('a worded parenthesis a page\'s excerpt cut (包头 2011: `…错位发展。(市经信委牵头落实`) names its unit without the bracket (a sweep\'s: lead `(市经信委`, unknown-unit with a registry)', () => {
	for (const cut of ['(市经信委牵头落实', '（市经信委牵头', '(市经信委负责', '(由市经信委牵头']) {
		const text = `一、工业经济方面\n1.保持工业经济平稳较快增长。(市经信委牵头落实)\n2.推动园区优势互补和错位发展。${cut}\n`;
		const { notice, findings } = check(text, '市经信委\n');
		assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['市经信委'], ['市经信委']], cut);
		assert.deepEqual(codes(findings).filter((code) => code !== 'unbalanced-bracket'), [], cut);
	}
});

test('a worded parenthesis inside a sentence (`重大问题（由市政府牵头协调）及时上报`) is an aside on the word before it, no designation: the task\'s own units stand (a probe\'s: 市政府 read as the lead, unknown-unit with a registry, and the prose `市发改委牵头，…参与。` lost)', () => {
	const registry = ['市发改委', '市住建局', '市交通运输局', '市财政局'].join('\n');
	const text = dedent(`
		一、推动高质量发展
		1.加快推进重大项目建设，对项目推进中遇到的重大问题（由市政府牵头协调）及时上报。市发改委牵头，市住建局、市交通运输局参与。
		2.对项目推进中遇到的重大问题（由市政府牵头协调）及时上报。（市发改委牵头，市财政局配合）
		3.营造良好的准入环境。（市发改委负责）加强项目储备。
		4.推进项目前期工作（市发改委负责）年底前完成。
	`);
	assert.deepEqual(units(text), [
		['lead:市发改委', 'other:市住建局', 'other:市交通运输局'],
		['lead:市发改委', 'other:市财政局'],
		['lead:市发改委'],
		['lead:市发改委'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
});

test('a lead\'s part in two words after 牵头 (牵头督导检查, 牵头协调推进, 牵头负责落实), in a parenthesis, in prose before the helpers and in a heading; a slogan\'s names no lead (a probe\'s: `市政府督查室牵头督导检查，市委督查室配合。` lost its lead)', () => {
	const text = dedent(`
		一、推动高质量发展
		1.加快推进重大项目建设。（市发改委牵头督导检查，市住建局配合）
		2.深化营商环境改革。（市政务服务管理局牵头负责落实，市大数据局配合）
		3.建立重点任务季度通报制度。市政府督查室牵头督导检查，市委督查室配合。
		4.推进数字政府建设。市大数据局牵头协调推进，市财政局配合。
		二、市政府督查室牵头督导检查的工作
		5.开展年度考核。
		三、加快老旧小区改造（市住建局牵头）
		6.加强领导。坚持政府牵头协调，部门配合。
	`);
	assert.deepEqual(units(text), [
		['lead:市发改委', 'other:市住建局'],
		['lead:市政务服务管理局', 'other:市大数据局'],
		['lead:市政府督查室', 'other:市委督查室'],
		['lead:市大数据局', 'other:市财政局'],
		['lead:市政府督查室'],
		['lead:市住建局'],
	]);
});

test('a heading\'s A会同B (`三、市发改委会同市财政局负责的工作`): A leads the tasks under it and B shares them, as in a parenthesis (a probe\'s: the lead 「市发改委会同市财政局」, unknown-unit with a registry)', () => {
	const registry = ['市发改委', '市财政局', '市住建局'].join('\n');
	const text = dedent(`
		一、市发改委会同市财政局负责的工作
		1.完善重大项目投资机制。
		二、市住建局会同社会资本负责的工作
		2.推进老旧小区改造。
	`);
	assert.deepEqual(units(text), [['lead:市发改委', 'responsible:市财政局'], ['lead:市住建局']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
});

test('a heading naming its lead and helpers in Traditional script (`（一）縣發改局牽頭，縣統計局配合的工作`, a comma before any bracket; one over 40 characters) leads the tasks under it, as in Simplified', () => {
	const helpers = ['县统计局', '县财政局、县商务局、县工信局、县科技局、县住建局、县交通运输局、县生态环境局'];
	for (const written of helpers) {
		const text = dedent(`
			（一）县发改局牵头，${written}配合的工作
			1.完善重大项目投资机制。
		`);
		const roles = (read: string) => check(read).notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].map((unit) => unit.role).join(' '));
		const expected = roles(text);
		assert.match(expected[0], /^lead /, text);
		assert.deepEqual(roles(toTraditional(text)), expected, toTraditional(text));
	}
});

test('会同 after a comma (`A，会同B负责`, `由A牵头，会同B负责`) is "together with": A leads, B shares; 会同县 stays the place (会同 was read as a place opening the name 「会同市财政局」)', () => {
	const registry = ['市住建局', '市财政局', '市民政局', '市交通运输局', '会同县人民政府'].join('\n');
	const text = dedent(`
		一、市住建局，会同市财政局负责的工作
		1.推进老旧小区改造。
		二、市交通运输局、会同县人民政府负责的工作
		2.推进道路建设。
		三、其他工作
		3.推进养老服务。由市民政局牵头，会同市财政局负责。
		4.推进养老服务。市民政局，会同市财政局负责。
		5.推进养老服务。（市民政局牵头，会同市财政局负责）
		6.推进道路建设。（会同县人民政府负责）
	`);
	const all = (task: Task) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`);
	assert.deepEqual(check(text).notice.tasks.map(all), [
		['lead:市住建局', 'responsible:市财政局'],
		['lead:市交通运输局', 'lead:会同县人民政府'],
		['lead:市民政局', 'responsible:市财政局'],
		['lead:市民政局', 'responsible:市财政局'],
		['lead:市民政局', 'responsible:市财政局'],
		['lead:会同县人民政府'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
});

test('a theme before `，会同B负责` is no lead (`1.加快建设数字政府，会同市大数据局负责。` under `一、市发改委负责的工作`): B shares, the lead stays the heading\'s (the theme 「加快建设数字政府」 was made the lead)', () => {
	const under = dedent(`
		一、市发改委负责的工作
		1.加快建设数字政府，会同市大数据局负责。
		2.优化全市产业布局，会同市工信局负责。
	`);
	const all = (task: Task) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`).sort();
	assert.deepEqual(check(under).notice.tasks.map(all), [
		['lead:市发改委', 'responsible:市大数据局'],
		['lead:市发改委', 'responsible:市工信局'],
	]);
	assert.deepEqual(codes(check(under, ['市发改委', '市大数据局', '市工信局'].join('\n')).findings), []);
	// No heading: no lead read from the theme either.
	const alone = check('1.构建开放新格局，会同市商务局负责。\n2.推进养老服务。市民政局，会同市财政局负责。\n').notice.tasks.map(all);
	assert.ok(!alone[0].includes('lead:构建开放新格局'), alone[0].join());
	assert.deepEqual(alone[1], ['lead:市民政局', 'responsible:市财政局']);
});

test('a clause that looks like a body before `，会同B负责` is no lead: a theme\'s verb opens it (`打造区域性物流中心`, ending in 中心 as a body does) or follows a collective\'s place (`全市推进养老服务`); the heading\'s lead stays (the clause was made the lead, an unknown-unit with a registry)', () => {
	const registry = ['市发改委', '市民政局', '市商务局', '市大数据局'].join('\n');
	const all = (task: Task) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`).sort();
	const under = dedent(`
		一、市发改委负责的工作
		1.全市推进养老服务，会同市民政局负责。
		2.打造区域性物流中心，会同市商务局负责。
		3.全市推进数字政府，会同市大数据局负责。
		4.打造区域性物流中心会同市商务局负责。
	`);
	assert.deepEqual(check(under).notice.tasks.map(all), [
		['lead:市发改委', 'responsible:市民政局'],
		['lead:市发改委', 'responsible:市商务局'],
		['lead:市发改委', 'responsible:市大数据局'],
		['lead:市发改委', 'responsible:市商务局'],
	]);
	assert.deepEqual(codes(check(under, registry).findings), []);
	// In a task's prose, after its sentence, and before 牵头 with helpers: no lead read from the clause either.
	const prose = dedent(`
		一、重点工作
		1.推进物流建设。打造区域性物流中心，会同市商务局负责。
		2.推进养老服务。全市推进数字政府，会同市大数据局负责。
		3.推进物流建设。打造区域性物流中心牵头，市商务局配合。
		4.全市推进养老服务会同市民政局负责。
		5.加强领导。坚持政府牵头，部门配合。
	`);
	assert.deepEqual(check(prose).notice.tasks.map(all), [
		['lead:市商务局'],
		['lead:市大数据局'],
		['other:市商务局'],
		['lead:市民政局'],
		[],
	]);
	assert.deepEqual(codes(check(prose, registry).findings).filter((code) => code === 'unknown-unit'), []);
	// A heading that is such a clause names no lead for its tasks (`一、打造区域性物流中心` was the lead of 1.).
	const heading = check('一、打造区域性物流中心\n1.建设物流园区。\n二、市发改委负责的工作\n2.完善投资机制。\n').notice.tasks.map(all);
	assert.deepEqual(heading, [[], ['lead:市发改委']]);
});

test('bodies whose names hold a theme\'s verb still lead before `，会同B负责` (`推进办`, `市推进办`, `市优化办`, `市城市建设投资集团`, `市住房和城乡建设局`, `市发展和改革委员会`), as do plain bodies and collectives', () => {
	const text = dedent(`
		一、重点工作
		1.推进重点项目。推进办，会同市发改委负责。
		2.推进重点项目。市推进办，会同市发改委负责。
		3.优化营商环境。市优化办，会同市发改委负责。
		4.推进城市建设。市城市建设投资集团，会同市住建局负责。
		5.推进城市建设。市住房和城乡建设局，会同市财政局负责。
		6.推进项目。市发展和改革委员会，会同市财政局负责。
		7.推进城市管理。区城管委，会同区财政局负责。
		8.推进文明创建。市委宣传部、市文明办，会同市教育局负责。
		9.推进养老服务。各区政府，会同市民政局负责。
		10.统筹城乡发展。统筹办，会同市发改委负责。
		11.推进重点项目，县推进办牵头，县商务局配合。
		12.市发改委，会同市财政局负责。
		13.推进重点项目。推进办牵头，县商务局配合。
		14.推进重点项目。推进办会同市发改委负责。
	`);
	assert.deepEqual(units(text), [
		['lead:推进办', 'responsible:市发改委'],
		['lead:市推进办', 'responsible:市发改委'],
		['lead:市优化办', 'responsible:市发改委'],
		['lead:市城市建设投资集团', 'responsible:市住建局'],
		['lead:市住房和城乡建设局', 'responsible:市财政局'],
		['lead:市发展和改革委员会', 'responsible:市财政局'],
		['lead:区城管委', 'responsible:区财政局'],
		['lead:市委宣传部', 'lead:市文明办', 'responsible:市教育局'],
		['lead:各区政府', 'responsible:市民政局'],
		['lead:统筹办', 'responsible:市发改委'],
		['lead:县推进办', 'other:县商务局'],
		['lead:市发改委', 'responsible:市财政局'],
		['lead:推进办', 'other:县商务局'],
		['lead:推进办', 'responsible:市发改委'],
	]);
});

test('a body whose name opens with a theme\'s verb and ends as an office, a committee, a group or an association still leads (`全面深化改革委员会办公室牵头`, `促进会牵头`); a clause ending in a facility does not (`打造区域性物流中心`)', () => {
	const text = dedent(`
		一、重点工作
		1.推进重点项目建设。全面深化改革委员会办公室牵头，市发改委配合。
		2.推进重点项目建设，由全面深化改革委员会办公室会同市发改委负责。
		3.推进长江经济带发展。推进长江经济带发展领导小组办公室牵头，市发改委配合。
		4.深化改革。促进会牵头，市发改委配合。
		5.推进防汛。推进防汛抗旱指挥部牵头，市水利局配合。
		6.推进物流建设。打造区域性物流中心，会同市商务局负责。
		7.推进物流建设。打造区域性物流中心牵头，市商务局配合。
		8.推进物流建设。打造区域性物流中心会同市商务局负责。
		9.推进产业建设。构建现代化产业体系牵头，市工信局配合。
	`);
	assert.deepEqual(units(text), [
		['lead:全面深化改革委员会办公室', 'other:市发改委'],
		['lead:全面深化改革委员会办公室', 'responsible:市发改委'],
		['lead:推进长江经济带发展领导小组办公室', 'other:市发改委'],
		['lead:促进会', 'other:市发改委'],
		['lead:推进防汛抗旱指挥部', 'other:市水利局'],
		['lead:市商务局'],
		['other:市商务局'],
		['lead:市商务局'],
		['other:市工信局'],
	]);
});

test('a lead after 由 inside the task\'s clause before 会同 stays the lead (`推进农村改厕工作由市农业农村局会同市卫健委负责`: the clause was skipped to 会同, 市卫健委 became the lead and 市农业农村局 was lost)', () => {
	const all = (task: Task) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`).sort();
	const text = dedent(`
		一、重点工作
		1.完成改厕1000户，推进农村改厕工作由市农业农村局会同市卫健委负责。
		2.完成改厕1000户。加快推进老旧小区改造由市住建局会同市财政局负责。
		3.推进农村改厕工作由市农业农村局会同市卫健委负责。
		4.打造区域性物流中心会同市商务局负责。
		二、市发改委牵头的工作
		5.完成改厕1000户，推进农村改厕由市农业农村局会同市卫健委负责。
		三、重点工作
		6.推进开放。推进自由贸易试验区建设会同市商务局负责。
		7.推进开放。推进自由贸易试验区管委会会同市商务局负责。
	`);
	assert.deepEqual(check(text).notice.tasks.map(all), [
		['lead:市农业农村局', 'responsible:市卫健委'],
		['lead:市住建局', 'responsible:市财政局'],
		['lead:市农业农村局', 'responsible:市卫健委'],
		['lead:市商务局'],
		['lead:市农业农村局', 'responsible:市卫健委'],
		['lead:市商务局'],
		['lead:市商务局'],
	]);
});

test('a group or a task force whose name opens with a theme\'s verb leads (`推进城市更新工作组牵头`, `扩大开放工作组会同市商务局负责`); after 由 the name is the lead by grammar, whatever it ends with (`由推进城市更新工作组会同市住建局负责`: 市住建局 led, the group was lost)', () => {
	const text = dedent(`
		一、重点工作
		1.推进城市更新。推进城市更新工作组牵头，市住建局配合。
		2.推进城市更新，由推进城市更新工作组会同市住建局负责。
		3.扩大开放。扩大开放工作组会同市商务局负责。
		4.推进城市更新，由推进城市更新指导组会同市住建局负责。
		5.推进城市更新。请推进城市更新指导组会同市住建局负责。
		6.推进文明创建。推进文明创建小组牵头，市文明办配合。
	`);
	assert.deepEqual(units(text), [
		['lead:推进城市更新工作组', 'other:市住建局'],
		['lead:推进城市更新工作组', 'responsible:市住建局'],
		['lead:扩大开放工作组', 'responsible:市商务局'],
		['lead:推进城市更新指导组', 'responsible:市住建局'],
		['lead:推进城市更新指导组', 'responsible:市住建局'],
		['lead:推进文明创建小组', 'other:市文明办'],
	]);
});

test('a name that ends with a body the catalog knows is no clause though a theme\'s verb opens it (`全面深化改革办牵头`: 改革办, the lead was lost to an information finding); a clause ending in a facility still does not lead (`打造区域性物流中心`)', () => {
	const text = dedent(`
		一、重点工作
		1.深化改革。全面深化改革办牵头，市发改委配合。
		2.深化改革。全面深化改革办会同市发改委负责。
		3.深化改革，由全面深化改革办会同市发改委负责。
		4.推进物流建设。打造区域性物流中心牵头，市商务局配合。
	`);
	assert.deepEqual(units(text), [
		['lead:全面深化改革办', 'other:市发改委'],
		['lead:全面深化改革办', 'responsible:市发改委'],
		['lead:全面深化改革办', 'responsible:市发改委'],
		['other:市商务局'],
	]);
});

test('a lead after 由 before 牵头会同 leads, its partners share (`推进老旧小区改造由市住建局牵头会同市财政局负责`: 市财政局 led and 市住建局 was lost; `由市住建局牵头会同市财政局负责` had no lead); a 由 in the clause keeps 会同\'s partners from the lead, a 由 of a word (理由, 事由, 经由) does not', () => {
	const all = (task: Task) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`).sort();
	const text = dedent(`
		一、重点工作
		1.推进老旧小区改造由市住建局牵头会同市财政局负责。
		2.由市住建局牵头会同市财政局负责。
		3.完成改造100个，推进老旧小区改造由市住建局、市城管委牵头会同市财政局负责。
		4.推动由县级统筹向市级统筹转变会同县财政局负责。
		5.完善理由说明制度会同市发改委负责。
		6.完善事由登记制度会同市市场监管局负责。
		7.推进经由我市的货运通道建设会同市交通运输局负责。
	`);
	assert.deepEqual(check(text).notice.tasks.map(all), [
		['lead:市住建局', 'responsible:市财政局'],
		['lead:市住建局', 'responsible:市财政局'],
		['lead:市住建局', 'lead:市城管委', 'responsible:市财政局'],
		[],
		['lead:市发改委'],
		['lead:市市场监管局'],
		['lead:市交通运输局'],
	]);
});

test('a clause ending in a living room (`打造城市会客厅`) is no body before 会同 or 牵头, as a hall is not (厅 of 客厅, 餐厅)', () => {
	const text = dedent(`
		一、重点工作
		1.推进城市建设。打造城市会客厅会同市商务局负责。
		2.推进城市建设。打造城市会客厅牵头，市商务局配合。
		3.推进民生建设。打造社区幸福餐厅会同市民政局负责。
	`);
	assert.deepEqual(units(text), [
		['lead:市商务局'],
		['other:市商务局'],
		['lead:市民政局'],
	]);
});

test('a collective before `，会同B负责` leads too (`1.建设社区食堂。各区政府，会同市民政局负责。`: the lead was 市民政局 alone)', () => {
	const text = dedent(`
		一、养老服务
		1.建设社区食堂。各区政府，会同市民政局负责。
		2.推进老旧小区改造。各县（市、区）人民政府，会同市住建局负责。
		3.完善养老服务体系。市民政局，会同市财政局负责。
	`);
	const all = (task: Task) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`);
	assert.deepEqual(check(text).notice.tasks.map(all), [
		['lead:各区政府', 'responsible:市民政局'],
		['lead:各县（市、区）人民政府', 'responsible:市住建局'],
		['lead:市民政局', 'responsible:市财政局'],
	]);
});

test('行业部门 (`属地政府牵头，行业部门负责。`) is a collective as 有关部门 is, not a unit: no single unit made the lead, no unknown-unit', () => {
	const text = dedent(`
		1.推进安全生产。市应急局牵头，行业部门负责。
		2.推进安全生产。（属地政府牵头，行业部门负责）
	`);
	const { notice, findings } = check(text, '市应急局');
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}:${unit.collective}`)), [
		// The lead plainly named leads, as before 行业部门 was read (市应急局 was lost after it was).
		['lead:市应急局:false', 'responsible:行业部门:true'],
		['lead:属地政府:true', 'responsible:行业部门:true'],
	]);
	assert.deepEqual(codes(findings), []);
});

test('a task\'s line with a mechanism\'s 牵头、…参与 in its first sentence and its own lead and helpers after it is no heading naming a lead and helpers (a probe\'s: lead 「建立由市政府」, the task\'s 市发改委 and 市财政局 lost)', () => {
	const text = dedent(`
		一、推动高质量发展
		1.建立由市政府牵头协调、各部门参与的联席会议制度。市发改委牵头，市财政局配合。
		2.建立市政府牵头、各部门参与的联席会议制度。市发改委牵头，市财政局配合。
		（一）县发改局牵头，县统计局配合的工作
		3.做好统计。
	`);
	assert.deepEqual(units(text), [
		['lead:市发改委', 'other:市财政局'],
		['lead:市发改委', 'other:市财政局'],
		['lead:县发改局', 'other:县统计局'],
	]);
});

test('a line of units alone with 会同 (`市发改委会同市财政局` under a task, or a heading of a notice listed by unit): the first leads and the partners share, as in a parenthesis (a probe\'s: one unit 「市发改委会同市财政局」, unknown-unit with a registry)', () => {
	const registry = ['市发改委', '市财政局', '市商务局', '市统计局'].join('\n');
	const text = dedent(`
		1.完善重大项目投资机制。
		市发改委会同市财政局
		2.推进外贸稳增长。
		市商务局、市统计局
	`);
	assert.deepEqual(units(text), [['lead:市发改委', 'responsible:市财政局'], ['responsible:市商务局', 'responsible:市统计局']]);
	assert.deepEqual(codes(check(text, registry).findings), ['lead-not-designated']);
	const byUnit = dedent(`
		一、市发改委会同市财政局
		1.完善重大项目投资机制。
	`);
	assert.deepEqual(units(byUnit), [['lead:市发改委', 'responsible:市财政局']]);
	assert.deepEqual(codes(check(byUnit, registry).findings), []);
});

test('a parenthesis inside a sentence with no other designation, or in one sentence with another parenthesis, is read as any: only a sentence\'s end parts an aside from the task\'s own units (a reviewer\'s: `（市发改委负责）三季度前完成。` gave missing-lead, `（市营商局负责）各县区配合。` lost the task, `（市发改委负责）二是…（市住建局负责）` lost 市发改委)', () => {
	const registry = ['市发改委', '市财政局', '市住建局', '市商务局', '市营商局', '市统计局'].join('\n');
	const text = dedent(`
		一、推动高质量发展
		1.加快推进重大项目建设（市发改委负责）三季度前完成。
		2.深化营商环境改革（市营商局负责）各县区配合。
		3.推進外貿穩增長（市商務局負責）持續推進。
		4.完善统计制度(市统计局负责)推动改革落地见效。
		5.加快推进重大项目建设（市发改委、市财政局负责）等各项工作。
		6.加快推进重大项目建设。一是加快项目前期工作（市发改委负责）二是推动项目早开工（市住建局负责）
		7.对项目推进中遇到的重大问题（由市商务局牵头协调）及时上报。（市发改委牵头，市财政局配合）
	`);
	assert.deepEqual(units(text), [
		['lead:市发改委'],
		['lead:市营商局'],
		['lead:市商務局'],
		['lead:市统计局'],
		['responsible:市发改委', 'responsible:市财政局'],
		['responsible:市发改委', 'responsible:市住建局'],
		['lead:市发改委', 'other:市财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings).filter((code) => code !== 'lead-not-designated'), []);
});

test('会同 after a list\'s separator or opening a name is the place 会同县, no "together with": `市交通运输局、会同县人民政府负责的工作` names two leads (a reviewer\'s: 县人民政府 read as a partner of 市交通运输局)', () => {
	const text = dedent(`
		一、市交通运输局、会同县人民政府负责的工作
		1.推进高速公路建设。
		二、会同县人民政府负责的工作
		2.推进高椅古村保护开发。
		三、市发改委会同市财政局负责的工作
		3.推进重点项目建设。
	`);
	assert.deepEqual(units(text), [
		['lead:市交通运输局', 'lead:会同县人民政府'],
		['lead:会同县人民政府'],
		['lead:市发改委', 'responsible:市财政局'],
	]);
});

test('a task force (专班) with its level or theme is a body as a 领导小组 or a 指挥部 is: `由市营商环境工作专班会同市发改委负责` leads as its label does (a probe\'s false missing-lead); setting one up names none', () => {
	const text = dedent(`
		1.优化营商环境。（牵头单位：市营商环境工作专班）
		2.深化改革。由市营商环境工作专班会同市发改委负责。
		3.推进经济运行。（全区经济运行各专班负责）
		4.加快项目建设。（成立工作专班）
		5.加快项目建设。由县政府牵头组建的工作专班实体化运作。
	`);
	assert.deepEqual(units(text), [
		['lead:市营商环境工作专班'],
		['lead:市营商环境工作专班', 'responsible:市发改委'],
		['responsible:全区经济运行各专班'],
		[],
		[],
	]);
});

test('a theme, then 由A会同B负责 (or 牵头), then `，C配合` closing the task: A leads, B shares, C cooperates, as the clause alone reads (a probe\'s: only C read, or C and B as the lead)', () => {
	const text = dedent(`
		1.推进智慧城市建设由市大数据局会同市工信局负责，各区政府配合。
		2.推进智慧城市建设由市大数据局会同市工信局牵头，各区政府配合。
		3.推进智慧城市建设由市大数据局会同市工信局负责。各区政府配合。
		4.坚持政府牵头，部门配合，推进全民健身。
	`);
	assert.deepEqual(units(text), [
		['lead:市大数据局', 'responsible:市工信局', 'other:各区政府'],
		['lead:市大数据局', 'responsible:市工信局', 'other:各区政府'],
		['lead:市大数据局', 'responsible:市工信局', 'other:各区政府'],
		[],
	]);
});

test('a heading naming its lead and helpers reads the lead by any of a heading\'s lead verbs, in either script: `县发改局領銜，县市场监管局配合的工作` as `县发改局牵头，…` (a probe\'s: its tasks got missing-lead)', () => {
	const heads = ['牵头', '领衔', '領銜', '负责', '負責', '主责'];
	const text = dedent(`
		一、重点工作
		${heads.map((verb, i) => `（${'一二三四五六'[i]}）县发改局${verb}，县市场监管局配合的工作\n${i + 1}.推进项目建设。`).join('\n')}
		（七）县住房和城乡建设局領銜，县城市管理综合行政执法局、县财政局、县交通运输局配合的工作
		7.推进项目建设。
	`);
	assert.deepEqual(units(text), [
		...heads.map(() => ['lead:县发改局', 'other:县市场监管局']),
		['lead:县住房和城乡建设局', 'other:县城市管理综合行政执法局', 'other:县财政局', 'other:县交通运输局'],
	]);
	assert.deepEqual(codes(check(text).findings), []);
	// A narrative's 负责 names no lead in place of the heading's.
	const narrative = dedent(`
		一、市商务局负责的工作
		1.去年市发改委负责，各部门积极配合。
	`);
	assert.deepEqual(units(narrative)[0].filter((unit) => unit.startsWith('lead:')), ['lead:市商务局']);
});

test('a line 由A会同B负责 (or 牵头), `，C配合` is prose, no heading\'s lead: A leads, B shares, C cooperates; without 由, `A会同B负责，C配合` names no lead 「A会同B」 (a reviewer\'s: the lead 「市大数据局会同市工信局」, unknown-unit with a registry)', () => {
	const registry = ['市大数据局', '市工信局', '各区政府'].join('\n');
	const text = dedent(`
		1.由市大数据局会同市工信局负责，各区政府配合。
		2.由市大数据局会同市工信局牵头，各区政府配合。
		3.市大数据局会同市工信局负责，各区政府配合。
	`);
	assert.deepEqual(units(text), [
		['lead:市大数据局', 'responsible:市工信局', 'other:各区政府'],
		['lead:市大数据局', 'responsible:市工信局', 'other:各区政府'],
		['other:各区政府'],
	]);
	assert.deepEqual(codes(check(text, registry).findings).filter((code) => code === 'unknown-unit'), []);
	// A heading so worded still names the lead of the tasks under it.
	const heading = dedent(`
		一、由市大数据局会同市工信局牵头，各区政府配合的工作
		1.推进智慧城市建设。
	`);
	assert.deepEqual(units(heading)[0].filter((unit) => unit.startsWith('lead:')).length, 1);
});

test('由A负责 before the work (`由县财政局负责统筹。`, `资金不足的，由县财政局负责统筹。`) names A as `由A负责。` does; a description (`由A负责的项目`), 负责人 and 由于 name none (a probe\'s: a false missing-lead on each)', () => {
	const worded = (verbs: string[]) => dedent(`
		一、重点工作
		1.由县财政局负责${verbs[0]}。
		2.资金不足的，由县财政局负责${verbs[1]}。
		3.加强财政保障，由县财政局负责${verbs[2]}。
		4.由县住建局、县城管局按职责分工负责${verbs[3]}。
		5.由县财政局负责${verbs[4]}，县审计局配合。
		6.加强财政保障（由县财政局负责${verbs[5]}，县审计局配合）。
		7.加强财政保障（由县财政局牵头${verbs[6]}）。
	`);
	const plain = units(worded(['', '', '', '', '', '', '']));
	assert.deepEqual(plain.map((task) => task.length > 0), [true, true, true, true, true, true, true], 'the plain forms read');
	assert.deepEqual(units(worded(['统筹', '统筹', '统筹推进', '组织实施', '统筹资金保障', '统筹', '研究制定'])), plain);
	const under = dedent(`
		（一）县工信局牵头的工作
		1.推进园区建设，由县财政局负责的项目要按期完工。
		2.由县财政局负责组织实施的项目要加快推进。
		3.由县财政局负责人带队开展督查。
		4.由于县财政局负责统筹不力，资金拨付滞后。
		5.去年由县财政局负责统筹，今年继续推进。
		6.由于县财政局负责。
	`);
	assert.deepEqual(units(under), Array.from({ length: 6 }, () => ['lead:县工信局']));
	// 于都县 is a county: 由 before its body is the preposition.
	assert.deepEqual(units('1.由于都县人民政府负责统筹。\n'), [['lead:于都县人民政府']]);
});

test('a heading `A会同B牵头，C配合的工作` (or 负责, or after 由) reads A lead, B responsible, C cooperating, as `由A会同B负责，C配合` in a task does (a probe\'s: the lead 「县发改局会同县财政局」, unknown-unit with a registry)', () => {
	const registry = ['县发改局', '县财政局', '县统计局'].join('\n');
	const text = dedent(`
		一、重点工作
		（一）县发改局会同县财政局牵头，县统计局配合的工作
		1.推进项目建设。
		（二）县发改局会同县财政局负责，县统计局配合的工作
		2.推进项目建设。
		（三）由县发改局会同县财政局牵头，县统计局配合的工作
		3.推进项目建设。
		（四）县发改局会同县财政局牵头的工作
		4.推进项目建设。
		（五）县发改局会同县财政局负责的工作
		5.推进项目建设。
	`);
	const all = ['lead:县发改局', 'responsible:县财政局', 'other:县统计局'];
	assert.deepEqual(units(text), [all, all, all, all.slice(0, 2), all.slice(0, 2)]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	// Cut by a PDF's wrap inside the helpers' list, read over both lines.
	const wrapped = dedent(`
		一、重点工作
		（一）县住房和城乡建设局会同县自然资源局牵头，县统计
		局配合的工作
		1.推进项目建设。
	`);
	assert.deepEqual(units(wrapped), [['lead:县住房和城乡建设局', 'responsible:县自然资源局', 'other:县统计局']]);
});

test('由A负责 then its work names A only where A is a body plainly named: a party, the government at large or a task force (`由产权单位负责维修养护`, `由平台公司负责融资建设`, `由政府负责兜底`, `由所在地政府负责统筹`, `由专班负责推进招商引资`) names none (a reviewer\'s: each read as the lead, or added beside a heading\'s, an unknown-unit with a registry); a place\'s government or body is one (`由于都县人民政府负责统筹`, `由县政府负责兜底保障`, `由国网县供电公司负责电网改造`)', () => {
	const parties = ['产权单位负责维修养护', '用人单位负责缴纳', '村委会负责日常管护', '平台公司负责融资建设', '学校负责组织实施', '物业公司负责维修', '施工单位负责安全生产', '第三方机构负责评估', '所在地政府负责统筹', '属地政府负责兜底', '政府负责兜底', '党委政府负责统筹协调', '专班负责推进招商引资', '政府负责统筹，市场负责运作'];
	const tasks = parties.map((work, i) => `${i + 1}.推进项目建设，由${work}。`).join('\n');
	// A task naming its units keeps the notice's items tasks (a notice naming none reads as no breakdown).
	assert.deepEqual(units(`一、重点工作\n${tasks}\n20.加快园区建设。（牵头单位：县工信局）\n`).slice(0, -1), parties.map(() => []));
	const under = `（一）县发改局牵头的工作\n${tasks}\n`;
	assert.deepEqual(units(under), parties.map(() => ['lead:县发改局']));
	assert.deepEqual(codes(check(under, '县发改局').findings), []);
	// `县住建局牵头推进…，由产权单位负责维修养护。`: the party leads no task (it was the lead; base reads no lead).
	assert.deepEqual(units('1.县住建局牵头推进老旧小区改造，由产权单位负责维修养护。\n2.加快园区建设。（牵头单位：县工信局）\n')[0], []);
	const named = dedent(`
		一、重点工作
		1.由于都县人民政府负责统筹。
		2.完善公共服务，由县政府负责兜底保障。
		3.由国网县供电公司负责电网改造。
		4.资金不足的，由于都县财政局负责统筹。
		5.由县人民医院负责救治。
	`);
	assert.deepEqual(units(named), [['lead:于都县人民政府'], ['lead:县政府'], ['lead:国网县供电公司'], ['lead:于都县财政局'], ['lead:县人民医院']]);
});

test('a second clause 由B负责 then its work leaves the lead to a plain 由A负责 before or after it (`由县医保局负责，由县财政局负责资金保障。`: A leads as `由县医保局负责。` alone does, B shares; both were responsible, no lead designated); under a heading naming its lead both share', () => {
	const text = dedent(`
		一、重点工作
		1.由县医保局负责，由县财政局负责资金保障。
		2.由县住建局负责，由县城管局负责日常管护。
		3.推进医保扩面，由县医保局负责，由县财政局负责资金保障。
		4.由县财政局负责资金保障，由县医保局负责。
		5.由县住建局负责，县城管局配合，由县财政局负责资金保障。
	`);
	assert.deepEqual(units(text), [
		['lead:县医保局', 'responsible:县财政局'],
		['lead:县住建局', 'responsible:县城管局'],
		['lead:县医保局', 'responsible:县财政局'],
		['responsible:县财政局', 'lead:县医保局'],
		['lead:县住建局', 'other:县城管局', 'responsible:县财政局'],
	]);
	assert.deepEqual(codes(check(text).findings), []);
	const under = dedent(`
		（一）县发改局牵头的工作
		1.由县医保局负责，由县财政局负责资金保障。
	`);
	assert.deepEqual(units(under), [['responsible:县医保局', 'responsible:县财政局', 'lead:县发改局']]);
});

test('under a heading naming its lead, a task\'s line `由X负责统筹。` reads as `由X负责。` does: X leads the task, its own lead over the heading\'s (as `由X负责，Y配合。`); after a theme both add X beside the heading\'s lead (`由X负责统筹。` added X where `由X负责。` replaced the lead)', () => {
	const text = dedent(`
		（一）县发改局牵头的工作
		1.由县财政局负责。
		2.由县财政局负责统筹。
		3.由县财政局负责，县审计局配合。
		4.由县财政局负责统筹，县审计局配合。
		5.加强财政保障，由县财政局负责。
		6.加强财政保障，由县财政局负责统筹。
		7.由县财政局负责的项目要按期完工。
	`);
	assert.deepEqual(units(text), [
		['lead:县财政局'],
		['lead:县财政局'],
		['lead:县财政局', 'other:县审计局'],
		['lead:县财政局', 'other:县审计局'],
		['responsible:县财政局', 'lead:县发改局'],
		['responsible:县财政局', 'lead:县发改局'],
		['lead:县发改局'],
	]);
});

test('a task\'s line `由X负责统筹…` reads as `由X负责…` only where it holds nothing but its lead and helpers: `由县财政局负责统筹，确保…，县税务局配合。` keeps 县税务局 (the lead alone was read, the prose left unread)', () => {
	const text = dedent(`
		一、重点工作
		1.由县财政局负责统筹，确保各项资金及时足额拨付到位，县税务局配合。
		2.由县财政局负责统筹协调全县各类财政资金的调度和使用管理工作，确保各项资金及时足额拨付到位，县税务局配合。
		3.由县财政局负责统筹，县审计局、县税务局配合。
	`);
	assert.deepEqual(units(text).map((task) => task.filter((unit) => unit.endsWith('县税务局'))), [['other:县税务局'], ['other:县税务局'], ['other:县税务局']]);
});

test('a task\'s line `由X负责统筹…` wrapped by a PDF inside its work, or with a line after it, keeps the units there (县审计局 was lost), under a heading naming its lead or not', () => {
	for (const heading of ['一、重点工作', '（一）县发改局牵头的工作']) {
		const text = dedent(`
			${heading}
			1.由县财政局负责统筹全县各类财政资金的调度和使用管理
			工作，县审计局配合。
			2.由县财政局负责统筹
			资金保障，县审计局配合。
			3.由县财政局负责统筹。
			县审计局配合。
			4.由县财政局负责统筹。
		`);
		const read = units(text);
		assert.deepEqual(read.map((task) => task.filter((unit) => unit.endsWith('县审计局'))), [['other:县审计局'], ['other:县审计局'], ['other:县审计局'], []], heading);
		assert.deepEqual(read[3], ['lead:县财政局'], heading);
	}
});

test('会同 after a comma following a county\'s own body is "together with" even before 县 (`县发改局，会同县财政局牵头`: A leads, B shares; 「会同县财政局」 was read as a body of 湖南\'s 会同县, an unknown-unit with a registry); after a city\'s body, a 、 or opening a name 会同县 stays the place', () => {
	const registry = ['县发改局', '县财政局', '县统计局', '市交通运输局', '会同县人民政府', '会同县发改局'].join('\n');
	const text = dedent(`
		一、县发改局，会同县财政局牵头的工作
		1.推进重大项目建设。
		二、县发改局，会同县财政局牵头，县统计局配合的工作
		2.推进重大项目建设。
		三、扩大有效投资
		3.推进重大项目建设。县发改局，会同县财政局牵头负责。
		4.推进重大项目建设。由县发改局牵头，会同县财政局负责。
		5.推进重大项目建设。（县发改局牵头，会同县财政局负责）
		6.推进重大项目建设。县发改局，会同县财政局负责。
		7.推进重大项目建设。
		县发改局，会同县财政局牵头，县统计局配合
		8.推进道路建设。（市交通运输局、会同县发改局负责）
		9.推进道路建设。（会同县人民政府负责）
		四、市交通运输局，会同县人民政府负责的工作
		10.推进道路建设。
	`);
	assert.deepEqual(units(text), [
		['lead:县发改局', 'responsible:县财政局'],
		['lead:县发改局', 'responsible:县财政局', 'other:县统计局'],
		['lead:县发改局', 'responsible:县财政局'],
		['lead:县发改局', 'responsible:县财政局'],
		['lead:县发改局', 'responsible:县财政局'],
		['lead:县发改局', 'responsible:县财政局'],
		['lead:县发改局', 'responsible:县财政局', 'other:县统计局'],
		['responsible:市交通运输局', 'responsible:会同县发改局'],
		['lead:会同县人民政府'],
		['lead:市交通运输局', 'lead:会同县人民政府'],
	]);
	assert.deepEqual(codes(check(text, registry).findings).filter((code) => code === 'unknown-unit'), []);
});

test('a time word glued before a unit is no part of its name (`今年县发改局牵头`, `年内县发改局牵头，县统计局配合的工作`: 「今年县发改局」 was the lead, an unknown-unit with a registry); after 去年 too, the clause read as before (「去年县发改局」 led: see the test of past words below), a heading of the work names its lead', () => {
	const registry = ['县发改局', '县财政局', '县统计局', '县住建局'].join('\n');
	const text = dedent(`
		一、去年县发改局牵头的工作
		1.推进重大项目建设。
		二、年内县发改局牵头，县统计局配合的工作
		2.推进重大项目建设。
		三、上半年县发改局负责的工作
		3.推进重大项目建设。
		四、扩大有效投资
		4.推进重大项目建设。今年县发改局牵头，县财政局配合。
		5.推进重大项目建设。（今年县发改局牵头，县财政局配合）
		6.推进重大项目建设。
		今年县发改局牵头，县财政局配合
		7.推进重大项目建设。明年县发改局负责。
		8.推进重大项目建设。年底前由县发改局牵头完成。
		9.推进重大项目建设。2025年县发改局牵头，县财政局配合。
		五、县住建局负责的工作
		10.推进城市更新。去年县发改局牵头，县财政局配合。
		11.推进城市更新。（去年县发改局牵头）
	`);
	assert.deepEqual(units(text), [
		['lead:县发改局'],
		['lead:县发改局', 'other:县统计局'],
		['lead:县发改局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局'],
		['lead:县发改局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
});

test('a heading or a line of its own `由A负责，由B负责资金保障，C配合` reads A lead, B responsible, C cooperating, as the task\'s prose does (B and C were lost: only the lead was read); so does prose or a parenthesis without B\'s 由 (`由A负责，B负责资金保障，C配合。`: B was lost)', () => {
	const text = dedent(`
		一、由县发改局负责，由县财政局负责资金保障，县统计局配合的工作
		1.推进重大项目建设。
		二、扩大有效投资
		2.推进重大项目建设。
		由县发改局负责，由县财政局负责资金保障，县统计局配合。
		3.由县发改局负责，由县财政局负责资金保障，县统计局配合。
		4.推进重大项目建设。
		县发改局牵头，县财政局负责资金保障，县统计局配合。
		5.推进重大项目建设。由县发改局负责，县财政局负责资金保障，县统计局配合。
		6.推进重大项目建设。由县发改局负责，由县财政局负责资金保障，县统计局配合。
		7.推进重大项目建设。（由县发改局负责，县财政局负责资金保障，县统计局配合）
	`);
	const sorted = (read: string[][]) => read.map((task) => [...task].sort());
	const expected = ['lead:县发改局', 'other:县统计局', 'responsible:县财政局'];
	assert.deepEqual(sorted(units(text)), Array.from({ length: 7 }, () => expected));
	assert.deepEqual(codes(check(text).findings), []);
	// No part of the work named (`由B负责`), or B's work a thing it had: no charge, B is no partner of the line's lead.
	const plain = dedent(`
		一、扩大有效投资
		1.推进重大项目建设。
		由县发改局负责，县财政局负责的资金，县统计局配合。
	`);
	assert.ok(!units(plain)[0].includes('responsible:县财政局'), units(plain)[0].join());
});

test('`由A负责，由B负责落实` names no lead, in prose or in a parenthesis: 负责落实 is the whole work as 负责 is, no part of it (`由B负责资金保障`), and no convention says the first listed leads (the parenthesis read A as lead, its `）` taken for no clause\'s end)', () => {
	const text = dedent(`
		1.推进重大项目建设。由县发改局负责，由县财政局负责落实。
		2.推进重大项目建设。（由县发改局负责，由县财政局负责落实）
		3.推进重大项目建设。（由县发改局负责，由县财政局负责资金保障）
		4.推进重大项目建设。（由县财政局负责落实）
		5.推进重大项目建设。（由县发改局负责，由县财政局负责）
	`);
	assert.deepEqual(units(text), [
		['responsible:县发改局', 'responsible:县财政局'],
		['responsible:县发改局', 'responsible:县财政局'],
		['lead:县发改局', 'responsible:县财政局'],
		['lead:县财政局'],
		['responsible:县发改局', 'responsible:县财政局'],
	]);
	assert.deepEqual(codes(check(text).findings), ['lead-not-designated', 'lead-not-designated', 'lead-not-designated']);
});

test('a theme before 由 inside a clause is no part of the lead (`县城建设由县住建局牵头。`, `（县城建设由县住建局牵头）`: the lead 「县城建设由县住建局」, an unknown-unit with a registry); a 由 of a word (自由贸易试验区) stays in the name', () => {
	const text = dedent(`
		一、扩大有效投资
		1.推进县城更新。县城建设由县住建局牵头。
		2.推进县城更新。县城建设由县住建局牵头，县财政局配合。
		3.推进县城更新。今年县城建设工作由县住建局负责。
		4.推进县城更新。（县城建设由县住建局牵头）
		5.推进开放。（自由贸易试验区管委会牵头）
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局'],
		['lead:县住建局'],
		['lead:自由贸易试验区管委会'],
	]);
	assert.deepEqual(codes(check(text, ['县住建局', '县财政局', '自由贸易试验区管委会'].join('\n')).findings), []);
});

test('a past word saying since when the charge runs (`去年起由A牵头`, `去年以来A牵头`, `近年来由A牵头`) is stripped as a present one; a bare past word (`上年A牵头，B配合。`) is narrative only where the prose names the task\'s roles elsewhere, and never in a parenthesis or a line of its own (a reviewer\'s: each gave a new missing-lead or lost its lead)', () => {
	const registry = ['县发改局', '县财政局', '县审计局', '县住建局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进项目建设。去年起由县发改局牵头，县财政局配合。
		2.推进项目建设。自去年起由县发改局牵头，县财政局配合。
		3.推进项目建设。近年来由县发改局牵头，县财政局配合。
		4.推进项目建设。（去年起由县发改局牵头，县财政局配合）
		5.推进项目建设。去年以来县发改局牵头，县财政局配合。
		6.推进项目建设。上年县发改局牵头，县财政局配合。
		7.推进项目建设。（去年县发改局牵头，县财政局配合）
		8.推进项目建设。
		去年县发改局牵头，县财政局配合
		9.推进项目建设。以往县财政局负责，县审计局配合。今年由县发改局牵头。
		10.推进项目建设。2025年6月底前由县发改局牵头完成，县财政局配合。
		11.推进项目建设。从去年开始由县发改局牵头，县财政局配合。
	`);
	assert.deepEqual(units(text), [
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
});

test('a deadline before the lead (`今年年底前由A牵头完成`) and 牵头完成 as a lead\'s compound (`（年底前县发改局牵头完成，县财政局配合）`: a reviewer\'s, the lead lost; `（县发改局牵头完成）` gave a false missing-lead)', () => {
	const registry = ['县发改局', '县财政局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进项目建设。今年年底前由县发改局牵头完成。
		2.推进项目建设。（年底前县发改局牵头完成，县财政局配合）
		3.推进项目建设。（县发改局牵头完成）
		4.推进项目建设。县发改局牵头完成，县财政局配合。
		5.推进项目建设。2025年年底前县发改局牵头完成，县财政局配合。
	`);
	assert.deepEqual(units(text), [
		['lead:县发改局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	// A thing done under a lead is no designation (see namesWorkOf): 县发改局牵头完成的项目.
	assert.deepEqual(units(text.replace('1.推进项目建设。今年年底前由县发改局牵头完成。', '1.推进项目验收。县发改局牵头完成的项目要按期验收。'))[0], []);
});

test('`A牵头，会同B负责` (after 由 or not, a time word or 此项工作 before A): A leads, B after 会同 shares, helpers after it cooperate (a probe\'s: 县统计局 read as the lead; after 由 a 会同 clause not closing the task lost its B; after 此项工作 or 今年 「会同县财政局」 was read as a body of 会同县)', () => {
	const registry = ['县发改局', '县财政局', '县审计局', '县住建局', '县统计局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进项目建设。县住建局牵头，会同县统计局负责。
		2.推进项目建设。县住建局牵头，会同县统计局负责，县审计局配合。
		3.推进项目建设。由县发改局牵头，会同县财政局负责，县审计局配合。
		4.推进项目建设。此项工作由县发改局牵头，会同县财政局负责，县审计局配合。
		5.推进项目建设。今年县住建局牵头，会同县统计局负责。
		6.推进项目建设。由县发改局牵头，会同县财政局负责，确保按期完成。
		7.推进项目建设。县住建局牵头负责，会同县统计局落实。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'responsible:县统计局'],
		['lead:县住建局', 'responsible:县统计局', 'other:县审计局'],
		['lead:县发改局', 'responsible:县财政局', 'other:县审计局'],
		['lead:县发改局', 'responsible:县财政局', 'other:县审计局'],
		['lead:县住建局', 'responsible:县统计局'],
		['lead:县发改局', 'responsible:县财政局'],
		['lead:县住建局', 'responsible:县统计局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
});

test('`A牵头` then the lead\'s work, `，C配合` closing the task: A leads (`县财政局牵头完成资金拨付，县审计局配合。`: a probe\'s false lead-not-designated); a thing made under a lead (`牵头制定的办法`) or a slogan (`坚持政府牵头抓总推进`) names none', () => {
	const registry = ['县财政局', '县审计局', '县税务局'].join('\n');
	const text = dedent(`
		一、加强财政管理
		1.完成资金拨付。县财政局牵头完成资金拨付，县审计局配合。
		2.完成资金拨付。县财政局牵头研究制定办法，县审计局、县税务局配合。
		3.完成资金拨付。年底前县财政局牵头完成全县各类专项资金的拨付，县审计局配合。
	`);
	assert.deepEqual(units(text), [
		['lead:县财政局', 'other:县审计局'],
		['lead:县财政局', 'other:县审计局', 'other:县税务局'],
		['lead:县财政局', 'other:县审计局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	const narrative = dedent(`
		一、县财政局牵头的工作
		1.完成资金拨付。县财政局牵头制定的办法已印发，县审计局配合。
		2.完成资金拨付。坚持政府牵头抓总推进，部门配合。
	`);
	assert.deepEqual(units(narrative), [['other:县审计局', 'lead:县财政局'], ['lead:县财政局']]);
	assert.deepEqual(codes(check(narrative, registry).findings), []);
});

test('`A牵头、B配合` in prose parts the lead from the helpers as in a parenthesis (a probe\'s one-task notice had no unit read, no task exported); a time in brackets before A (`（去年起）`, `（2025年起）`) is no part of its name (the lead 「（去年起）县发改局」); `一家牵头、并联审批` and `坚持政府牵头、部门配合` name none (no empty-field for a bare 部门)', () => {
	const registry = ['县发改局', '县财政局', '县审计局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进项目建设。（去年起）县发改局牵头、县财政局配合。
		2.推进项目建设。县发改局牵头、县财政局、县审计局参与。
		3.推进项目建设。（2025年起）县发改局牵头，县财政局配合。
		4.推进项目建设。由县发改局牵头、县财政局配合。
	`);
	assert.deepEqual(units(text), [
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局', 'other:县审计局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	const slogans = dedent(`
		一、县发改局牵头的工作
		1.优化审批。实行一家牵头、并联审批、限时办结。
		2.优化审批。坚持政府牵头、部门配合。
		3.优化审批。坚持政府牵头，部门配合。
		4.优化审批。政府牵头、部门配合、社会参与。
	`);
	assert.deepEqual(units(slogans), [['lead:县发改局'], ['lead:县发改局'], ['lead:县发改局'], ['lead:县发改局']]);
	assert.deepEqual(codes(check(slogans, registry).findings), []);
});

test('an adverb before the helpers\' verb (`积极配合`, `密切配合`) is no part of their names: 县财政局 was lost, 「各部门积极」 read', () => {
	const text = dedent(`
		一、扩大有效投资
		1.推进项目建设。县发改局牵头，县财政局积极配合。
		2.推进项目建设。由县发改局牵头，各部门积极配合。
		3.推进项目建设。（县发改局牵头，县财政局密切配合）
	`);
	assert.deepEqual(units(text), [
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:各部门'],
		['lead:县发改局', 'other:县财政局'],
	]);
});

test('a time before a unit in a field or a table\'s cell (`牵头单位：（2025年起）县发改局`, `今年县交通局`, `|2025年起县水利局|`) is no part of its name, as in prose; one after it (`县交通局（2025年起）`) was none already', () => {
	const registry = ['县发改局', '县财政局', '县交通局', '县水利局', '县工信局'].join('\n');
	const fields = dedent(`
		一、经济发展
		1.推进项目建设。牵头单位：（2025年起）县发改局；配合单位：（去年起）县财政局。
		2.推进道路建设。牵头单位：今年县交通局；配合单位：县财政局。
		3.推进园区建设。
		牵头单位：（去年起）县工信局
		配合单位：县财政局
	`);
	assert.deepEqual(units(fields), [['lead:县发改局', 'other:县财政局'], ['lead:县交通局', 'other:县财政局'], ['lead:县工信局', 'other:县财政局']]);
	assert.deepEqual(codes(check(fields, registry).findings), []);
	const table = dedent(`
		|序号|任务|牵头单位|配合单位|完成时限|
		|1|推进项目建设|（2025年起）县发改局|县财政局|2025年底|
		|2|推进道路建设|县交通局（2025年起）|（去年起）县财政局|2025年底|
		|3|推进水利建设|2025年起县水利局|县财政局|2025年底|
	`);
	assert.deepEqual(units(table), [['lead:县发改局', 'other:县财政局'], ['lead:县交通局', 'other:县财政局'], ['lead:县水利局', 'other:县财政局']]);
	assert.deepEqual(codes(check(table, registry).findings), []);
});

test('`A牵头、` then a verb before the helpers (`组织县财政局等单位配合`, `指导各乡镇配合`) is not parted: no helper 「组织县财政局」, 「指导各乡镇」 (nor an unknown-unit for it); a body or a collective after 、 is (`各乡镇`, `县直有关单位积极配合`)', () => {
	const registry = ['县发改局', '县财政局'].join('\n');
	const verbs = dedent(`
		一、扩大有效投资
		1.推进项目建设。县发改局牵头、组织县财政局等单位配合。
		2.推进项目建设。县发改局牵头、指导各乡镇配合。
		3.推进项目建设。县发改局牵头、指导有关部门配合。
		4.推进项目建设。县发改局牵头，县财政局配合。
	`);
	assert.deepEqual(units(verbs), [[], [], [], ['lead:县发改局', 'other:县财政局']]);
	assert.deepEqual(codes(check(verbs, registry).findings).filter((code) => code === 'unknown-unit'), []);
	const helpers = dedent(`
		一、扩大有效投资
		1.推进项目建设。县发改局牵头、各乡镇配合。
		2.推进项目建设。县发改局牵头、县直有关单位积极配合。
		3.推进项目建设。县发改局牵头、有关部门参与。
		4.推进项目建设。县发改局牵头、县财政局等单位配合。
		5.推进项目建设。县发改局牵头、会同县财政局配合。
	`);
	assert.deepEqual(units(helpers), [
		['lead:县发改局', 'other:各乡镇'],
		['lead:县发改局', 'other:县直有关单位'],
		['lead:县发改局', 'other:有关部门'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
	]);
});

test('a bare month in Chinese numerals before 镇 or 乡 is a town\'s name\'s start (|十月镇人民政府|, 十月镇人民政府牵头: 「镇人民政府」 was read); before a county\'s body (五月县交通局), with an ending (五月底前, 十月起), in brackets or in Arabic digits it is a time, no part of the name', () => {
	const registry = ['十月镇人民政府', '五月乡人民政府', '县交通局', '县财政局'].join('\n');
	const table = dedent(`
		|序号|任务|牵头单位|配合单位|完成时限|
		|1|推进项目建设|十月镇人民政府|县财政局|2025年底|
		|2|推进道路建设|五月乡人民政府|县财政局|2025年底|
		|3|推进道路建设|五月底前县交通局|（五月）县财政局|2025年底|
		|4|推进道路建设|5月县交通局|十月起县财政局|2025年底|
	`);
	assert.deepEqual(units(table), [['lead:十月镇人民政府', 'other:县财政局'], ['lead:五月乡人民政府', 'other:县财政局'], ['lead:县交通局', 'other:县财政局'], ['lead:县交通局', 'other:县财政局']]);
	assert.deepEqual(codes(check(table, registry).findings), []);
	const prose = dedent(`
		一、扩大有效投资
		1.推进项目建设。十月镇人民政府牵头，县财政局配合。
		2.推进项目建设。牵头单位：五月乡人民政府；配合单位：县财政局。
		3.推进项目建设。五月起县交通局牵头，县财政局配合。
		4.推进项目建设。五月由县交通局牵头，县财政局配合。
		5.推进项目建设。五月县交通局牵头，县财政局配合。
	`);
	assert.deepEqual(units(prose), [
		['lead:十月镇人民政府', 'other:县财政局'],
		['lead:五月乡人民政府', 'other:县财政局'],
		['lead:县交通局', 'other:县财政局'],
		['lead:县交通局', 'other:县财政局'],
		['lead:县交通局', 'other:县财政局'],
	]);
	assert.deepEqual(codes(check(prose, registry).findings), []);
});

test('`A牵头，B积极配合，C主动参与`: each helpers\' clause after the lead is read, an adverb before its verb left out (only C was read, A and B lost); a slogan\'s `坚持政府牵头，部门配合，社会参与` names none', () => {
	const registry = ['县发改局', '县财政局', '县统计局', '县审计局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进项目建设。县发改局牵头，县财政局积极配合，县统计局主动参与。
		2.推进项目建设。县发改局牵头，县财政局配合，县统计局参与。
		3.推进项目建设。县发改局牵头，会同县财政局负责，县统计局配合，县审计局参与。
		4.推进项目建设。县财政局牵头完成资金拨付，县审计局配合，县统计局参与。
	`);
	assert.deepEqual(units(text), [
		['lead:县发改局', 'other:县财政局', 'other:县统计局'],
		['lead:县发改局', 'other:县财政局', 'other:县统计局'],
		['lead:县发改局', 'responsible:县财政局', 'other:县统计局', 'other:县审计局'],
		['lead:县财政局', 'other:县审计局', 'other:县统计局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	const slogans = dedent(`
		一、县发改局牵头的工作
		1.优化审批。坚持政府牵头，部门配合，社会参与，形成工作合力。
		2.优化审批。政府牵头，企业主体，市场运作。
	`);
	assert.deepEqual(units(slogans), [['lead:县发改局'], ['lead:县发改局']]);
	assert.deepEqual(codes(check(slogans, registry).findings), []);
});

test('the task\'s work or target after its lead\'s clauses (`，确保按期完成。`) leaves them read as when they close the task: `县发改局牵头，会同县财政局负责，确保按期完成。` read no unit (a false missing-lead)', () => {
	const registry = ['县发改局', '县财政局', '县审计局', '市民政局', '市财政局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进项目建设。县发改局牵头，会同县财政局负责，确保按期完成。
		2.推进项目建设。县发改局牵头，县财政局配合，确保年底前完成。
		3.推进项目建设。县发改局牵头，县财政局配合。力争年底前全面完成。
		4.推进项目建设。县发改局牵头负责，确保年底前完成。
		5.推进项目建设。县财政局牵头完成资金拨付，县审计局配合，确保各项资金落实到位。
		6.推进项目建设。县发改局牵头，年底前完成。
		7.建设社区食堂。市民政局，会同市财政局负责，确保年内建成。
	`);
	assert.deepEqual(units(text), [
		['lead:县发改局', 'responsible:县财政局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局', 'other:县财政局'],
		['lead:县发改局'],
		['lead:县财政局', 'other:县审计局'],
		['lead:县发改局'],
		['lead:市民政局', 'responsible:市财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	// A clause naming a role after them is no closing work: read as before (the last clause alone).
	const more = dedent(`
		一、县审计局牵头的工作
		1.推进项目建设。县发改局牵头，县财政局配合，确保年底前完成，县审计局负责验收。
	`);
	assert.deepEqual(units(more)[0].filter((unit) => unit === 'lead:县发改局'), []);
});

test('`政府牵头，会同县统计局负责`: the government named bare is the notice\'s own, 会同 after it the verb as after 县政府 (「会同县统计局」 was read as the lead); after a city\'s body 会同县 stays the place', () => {
	const text = dedent(`
		一、加强统计工作
		1.开展经济普查。政府牵头，会同县统计局负责。
		2.开展经济普查。人民政府牵头，会同县统计局负责。
		3.开展经济普查。由政府牵头，会同县统计局负责。
		4.开展经济普查。（政府牵头，会同县统计局负责）
		5.开展经济普查。县政府牵头，会同县统计局负责。
		6.开展经济普查。市发改委牵头，会同县人民政府配合。
	`);
	// A bare 政府 names no body (see the test of `政府牵头，县财政局和社会资本参与。`): 县统计局, sharing the work, is the one body charged.
	assert.deepEqual(units(text), [
		['lead:县统计局'],
		['lead:县统计局'],
		['lead:县统计局'],
		['lead:县统计局'],
		['lead:县政府', 'responsible:县统计局'],
		['lead:市发改委', 'other:会同县人民政府'],
	]);
});

test('`由县发改局牵头，会同县人民政府配合。`: 会同 after a county\'s bodies is the verb, as without 由 (the helper 「会同县人民政府」 was read); the lead is 县发改局', () => {
	const text = dedent(`
		一、扩大有效投资
		1.推进项目建设。由县发改局牵头，会同县人民政府配合。
		2.推进项目建设。县发改局牵头，会同县人民政府配合。
		3.推进项目建设。（县发改局牵头，会同县人民政府配合）
	`);
	assert.deepEqual(units(text), [
		['lead:县发改局', 'other:县人民政府'],
		['lead:县发改局', 'other:县人民政府'],
		['lead:县发改局', 'other:县人民政府'],
	]);
});

test('a note in brackets before a unit (`（省级试点）县发改局牵头`, `牵头单位：（省级试点）县发改局`, a cell) is no part of its name, as a time is (the lead 「（省级试点）县发改局」, an unknown-unit with a registry)', () => {
	const registry = ['县发改局', '县财政局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进项目建设。（省级试点）县发改局牵头，县财政局配合。
		2.推进项目建设。
		牵头单位：（省级试点）县发改局
		配合单位：县财政局
		3.推进项目建设。（新建项目）县发改局牵头。
	`);
	assert.deepEqual(units(text), [['lead:县发改局', 'other:县财政局'], ['lead:县发改局', 'other:县财政局'], ['lead:县发改局']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	const table = dedent(`
		|序号|任务|牵头单位|配合单位|完成时限|
		|1|推进项目建设|（省级试点）县发改局|县财政局|2025年底|
	`);
	assert.deepEqual(units(table), [['lead:县发改局', 'other:县财政局']]);
	assert.deepEqual(codes(check(table, registry).findings), []);
});

test('a collective of society (社会, 全社会, 各类市场主体 …) before 参与 or 配合 is no unit: `县住建局牵头，社会参与。` read 社会 as a helper (an unknown-unit with a registry); so a slogan\'s clause is no helpers\' clause read, and `县住建局牵头，县财政局配合，社会参与，确保按期完成。` reads as before', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、提升城市品质
		1.推进城市更新。县住建局牵头，社会参与。
		2.推进城市更新。县住建局牵头，全社会参与。
		3.推进城市更新。县住建局牵头，各类市场主体积极参与。
		4.推进城市更新。县住建局牵头，相关企业配合。
		5.推进城市更新。（县住建局牵头，社会参与）
		6.推进城市更新。由县住建局牵头，社会各界参与。
		7.推进城市更新。县住建局牵头，县财政局配合，社会参与，确保按期完成。
		8.推进城市更新。县住建局牵头，县财政局配合，群众参与，确保按期完成。
	`);
	assert.deepEqual(units(text), [['lead:县住建局'], ['lead:县住建局'], ['lead:县住建局'], ['lead:县住建局', 'other:相关企业'], ['lead:县住建局'], ['lead:县住建局'], ['lead:县住建局', 'other:县财政局'], ['lead:县住建局', 'other:县财政局']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	// Bodies a collective names stay units: 各行业协会, 各金融机构, 县属国有企业.
	const bodies = dedent(`
		一、提升城市品质
		1.推进城市更新。县住建局牵头，各行业协会参与。
		2.推进城市更新。县住建局牵头，各金融机构配合。
		3.推进城市更新。县住建局牵头，县属国有企业参与。
	`);
	assert.deepEqual(units(bodies), [['lead:县住建局', 'other:各行业协会'], ['lead:县住建局', 'other:各金融机构'], ['lead:县住建局', 'other:县属国有企业']]);
});

test('a notice\'s own government does not 会同 itself: in a 怀化 notice `政府牵头，会同县人民政府负责` names 会同县\'s government, as before 940fde9 (「县人民政府」 was read, an unknown-unit with 怀化\'s registry); `政府牵头，会同县统计局负责` keeps 县统计局 sharing', () => {
	const registry = ['会同县人民政府', '会同县人民政府办公室', '洪江市人民政府', '市统计局'].join('\n');
	const text = dedent(`
		怀化市人民政府关于印发2025年重点工作任务分解的通知

		一、推进乡村振兴
		1.建设示范片区。政府牵头，会同县人民政府负责。
		2.建设示范片区。人民政府牵头，会同县人民政府配合。
		3.建设示范片区。由政府牵头，会同县人民政府配合。
		4.建设示范片区。政府牵头，会同县人民政府办公室负责。
		5.建设示范片区。政府牵头，会同县统计局负责。
	`);
	// A bare 政府 or 人民政府 leads nothing (see the test of `政府牵头，县财政局和社会资本参与。`).
	assert.deepEqual(units(text), [
		['lead:会同县人民政府'],
		['other:会同县人民政府'],
		['other:会同县人民政府'],
		['lead:会同县人民政府办公室'],
		['lead:县统计局'],
	]);
	const unknown = check(text, registry).findings.filter((finding) => finding.code === 'unknown-unit').map((finding) => finding.args[0]);
	assert.deepEqual(unknown.filter((name) => name.startsWith('县人民政府')), []);
});

test('a clause opening with a unit\'s name then its work (`县审计局做好监督`, `县财政局做好资金保障`) is no closing work: its unit is not dropped (the task reads as before 940fde9)', () => {
	const text = dedent(`
		一、扩大有效投资
		1.推进项目建设。县发改局牵头，县财政局配合，县审计局做好监督。
		2.推进项目建设。县发改局牵头，县财政局配合，县审计局监督，确保按期完成。
		3.推进项目建设。县发改局牵头，年底前完成，县财政局做好资金保障。
		4.推进项目建设。县发改局牵头，县财政局配合，各乡镇做好宣传，确保按期完成。
		5.推进项目建设。县发改局牵头，县财政局配合，确保县委县政府决策部署落实到位。
		6.推进项目建设。县发改局牵头，县财政局配合，区域内项目全部开工。
		7.推进项目建设。县发改局牵头，县财政局配合，县城建成区绿化覆盖率达到40%。
	`);
	const read = ['lead:县发改局', 'other:县财政局'];
	assert.deepEqual(units(text), [[], [], [], [], read, read, read]);
});

test('enterprises a collective names (相关企业, 各类企业, 有关企业) are bodies a clerk lists among the helpers, as base read them; a bare 企业 is none, as base read it', () => {
	const registry = ['县商务局', '县金融办', '县住建局'].join('\n');
	const text = dedent(`
		一、经济发展
		1.推进招商引资。县商务局牵头，相关企业配合。
		2.推进企业上市。县金融办牵头，各类企业积极参与。
		3.推进城市更新。县住建局牵头，有关企业参与。
		4.推进城市更新。县住建局牵头，企业参与。
		5.推进城市更新。县住建局牵头，民营企业参与。
	`);
	assert.deepEqual(units(text), [['lead:县商务局', 'other:相关企业'], ['lead:县金融办', 'other:各类企业'], ['lead:县住建局', 'other:有关企业'], ['lead:县住建局'], ['lead:县住建局']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
});

test('a clause naming society alone before its verb (`社会各界参与`, `市场主体参与`, `各方协同`) states no unit\'s role: passed over as the task\'s closing work is, the lead and helpers before it read (each was a false missing-lead); slogans read nothing new', () => {
	const registry = ['县商务局', '县市场监管局', '县农业农村局', '县发改局', '县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、经济发展
		1.扩大消费。县商务局牵头，县市场监管局配合，社会各界参与。
		2.推进乡村振兴。县农业农村局牵头，各乡镇配合，企业参与，确保年底前完成。
		3.优化营商环境。县发改局牵头，县直有关部门配合，市场主体参与。
		4.推进城市更新。县住建局牵头，县财政局配合，各方协同，确保按期完成。
		5.推进城市更新。县住建局牵头，县财政局配合，社会资本、社会力量积极参与。
		6.推进城市更新。县住建局牵头，县财政局配合，广大群众广泛参与。
	`);
	assert.deepEqual(units(text), [['lead:县商务局', 'other:县市场监管局'], ['lead:县农业农村局', 'other:各乡镇'], ['lead:县发改局', 'other:县直有关部门'], ['lead:县住建局', 'other:县财政局'], ['lead:县住建局', 'other:县财政局'], ['lead:县住建局', 'other:县财政局']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	// Slogans, as before: no body plainly leads (see namesPlainLead; a government, 县政府 of `县委统一领导，县政府牵头`, is none).
	const slogans = dedent(`
		一、经济发展
		1.扩大消费。县商务局牵头。
		2.完善机制。坚持政府牵头，部门配合，社会参与。
		3.完善机制。政府主导，部门联动，社会参与。
		4.完善机制。县委统一领导，县政府牵头，部门协同，社会参与。
		5.完善机制。实行政府牵头、部门配合、群众参与的工作机制。
	`);
	assert.deepEqual(units(slogans), [['lead:县商务局'], [], [], [], []]);
});

test('`A牵头、社会各界参与`: the 、 after a plainly named lead parts its clause from a clause naming society alone, passed over as closing work (each a false missing-lead); the slogans `政府牵头、部门配合、社会参与` and `一家牵头、并联审批` (台州 2019) read none', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进老旧小区改造，完成改造小区20个。县住建局牵头、社会各界参与。
		2.推进城市更新。县住建局牵头、社会资本参与。
		3.推进城市更新。县住建局牵头、广大群众积极参与。
		4.推进城市更新。县住建局牵头、社会各界广泛参与，确保年底前完成。
		5.推进城市更新。由县住建局牵头、社会各界广泛参与。
	`);
	assert.deepEqual(units(text), [['lead:县住建局'], ['lead:县住建局'], ['lead:县住建局'], ['lead:县住建局'], ['lead:县住建局']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	const slogans = dedent(`
		一、扩大有效投资
		1.优化审批。县住建局牵头。
		2.优化审批。政府牵头、部门配合、社会参与。
		3.优化审批。实行每个阶段“一家牵头、并联审批、限时办结”。
		4.优化审批。坚持政府牵头、社会参与。
	`);
	assert.deepEqual(units(slogans), [['lead:县住建局'], [], [], []]);
});

test('a helpers\' list naming bodies beside society (`县财政局、社会力量配合`) keeps the bodies, society no unit (县财政局 was lost); a list of society alone stays none', () => {
	const registry = ['县住建局', '县财政局', '县税务局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.加快保障性住房建设。县住建局牵头，县财政局、社会力量配合。
		2.加快保障性住房建设。县住建局牵头，县财政局、社会资本参与。
		3.加快保障性住房建设。县住建局牵头，社会力量、县财政局参与。
		4.加快保障性住房建设。县住建局牵头、县财政局、社会力量配合。
		5.加快保障性住房建设。县住建局牵头，县财政局、县税务局、社会资本等积极参与，确保年底前完成。
		6.加快保障性住房建设。（县住建局牵头，县财政局、社会力量配合）
		7.加快保障性住房建设。由县住建局牵头，县财政局、社会力量配合。
		8.加快保障性住房建设。县住建局牵头，县财政局和社会力量配合。
		9.加快保障性住房建设。县住建局牵头，县直有关部门及社会各界积极参与。
		10.加快保障性住房建设。县住建局牵头，县财政局、县文化和旅游局以及社会力量参与。
		11.加快保障性住房建设。县住建局牵头，县财政局和县税务局配合。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局', 'other:县税务局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县直有关部门'],
		['lead:县住建局', 'other:县财政局', 'other:县文化和旅游局'],
		['lead:县住建局', 'other:县财政局', 'other:县税务局'],
	]);
	assert.deepEqual(codes(check(text, ['县文化和旅游局', registry].join('\n')).findings), []);
});

test('a level\'s own government leads plainly (`县政府牵头，县财政局配合，确保年底前完工。`, `市政府牵头、市直有关部门配合。`: each a false missing-lead, where `县政府牵头，县财政局配合。` read); a slogan\'s clauses (部门配合, 部门协同) still read none', () => {
	const registry = ['县政府', '县人民政府', '县财政局', '市政府', '区政府', '区财政局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进县城污水管网建设。县政府牵头，县财政局配合，确保年底前完工。
		2.推进乡村振兴。县政府牵头，县直各部门配合，确保年底前完成。
		3.推进乡村振兴。市政府牵头、市直有关部门配合。
		4.推进乡村振兴。县政府牵头、县财政局配合。
		5.推进乡村振兴。县人民政府牵头，县财政局积极配合，各乡镇主动参与。
		6.推进乡村振兴。区政府牵头，区财政局等部门配合，确保按期完成。
		7.推进乡村振兴。县政府牵头负责，县财政局配合，确保年底前完成。
		8.推进乡村振兴。县政府牵头协调，县直有关部门配合。
	`);
	assert.deepEqual(units(text), [
		['lead:县政府', 'other:县财政局'],
		['lead:县政府', 'other:县直各部门'],
		['lead:市政府', 'other:市直有关部门'],
		['lead:县政府', 'other:县财政局'],
		['lead:县人民政府', 'other:县财政局', 'other:各乡镇'],
		['lead:区政府', 'other:区财政局'],
		['lead:县政府', 'other:县财政局'],
		['lead:县政府', 'other:县直有关部门'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	const slogans = dedent(`
		一、扩大有效投资
		1.完善机制。县财政局牵头。
		2.完善机制。县委统一领导，县政府牵头，部门协同，社会参与。
		3.完善机制。县委领导，县政府牵头，部门配合，社会参与，确保按期完成。
		4.完善机制。县政府牵头、部门配合、社会参与。
		5.完善机制。县委统一领导，县政府牵头负责，部门协同，社会参与。
	`);
	assert.deepEqual(units(slogans), [['lead:县财政局'], [], [], [], []]);
});

test('`A会同B牵头` then several helpers\' clauses reads as before one: A leads, B shares, each helper read (`县发改局会同县人民政府牵头，县财政局积极配合，县住建局主动参与。` read 县住建局 alone, a lead-not-designated)', () => {
	const registry = ['县发改局', '县人民政府', '县财政局', '县住建局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.办好民生实事。县发改局会同县人民政府牵头，县财政局积极配合，县住建局主动参与。
		2.办好民生实事。由县发改局会同县人民政府牵头，县财政局积极配合，县住建局主动参与。
		3.办好民生实事。县发改局会同县财政局牵头，县住建局配合。
		4.办好民生实事。县发改局会同县财政局牵头，县住建局配合，确保年底前完成。
	`);
	const read = ['lead:县发改局', 'responsible:县人民政府', 'other:县财政局', 'other:县住建局'];
	assert.deepEqual(units(text), [read, read, ['lead:县发改局', 'responsible:县财政局', 'other:县住建局'], ['lead:县发改局', 'responsible:县财政局', 'other:县住建局']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	// Partners a collective names, or closing with 等部门, as after 由 (`由县发改局会同有关部门牵头，…` read so).
	const collective = dedent(`
		一、扩大有效投资
		1.办好民生实事。县发改局会同有关部门牵头，县住建局积极配合，县审计局主动参与。
		2.办好民生实事。县发改局会同县财政局等部门牵头，县住建局积极配合，县审计局主动参与。
		3.办好民生实事。县发改局会同县直有关单位牵头，县住建局积极配合，确保年底前完成。
	`);
	assert.deepEqual(units(collective), [
		['lead:县发改局', 'responsible:有关部门', 'other:县住建局', 'other:县审计局'],
		['lead:县发改局', 'responsible:县财政局', 'other:县住建局', 'other:县审计局'],
		['lead:县发改局', 'responsible:县直有关单位', 'other:县住建局'],
	]);
});

test('helpers\' clauses chained by 、 after a plainly named lead (`县住建局牵头、县财政局配合、社会各界参与。`), and a clause naming society alone between the helpers\' (`县住建局牵头，社会各界参与，县财政局配合。`), read as their clauses parted by commas do (a false missing-lead; the lead lost); slogans and work after the chain read none', () => {
	const registry = ['县住建局', '县财政局', '县税务局', '市政府'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进城市更新。县住建局牵头、县财政局配合、社会各界参与。
		2.推进城市更新。县住建局牵头、社会各界参与、县财政局配合。
		3.推进城市更新。县住建局牵头、县财政局、县税务局配合、社会资本参与，确保年底前完成。
		4.推进城市更新。县住建局牵头、县财政局配合、县税务局参与。
		5.推进城市更新。县住建局牵头，社会各界参与，县财政局配合。
		6.推进城市更新。市政府牵头、市直有关部门配合、社会各界参与。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局', 'other:县税务局'],
		['lead:县住建局', 'other:县财政局', 'other:县税务局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:市政府', 'other:市直有关部门'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	const slogans = dedent(`
		一、扩大有效投资
		1.完善机制。县住建局牵头。
		2.完善机制。县政府牵头、部门配合、社会参与。
		3.完善机制。政府牵头、部门配合、社会参与。
		4.完善机制。坚持政府牵头，社会参与，部门配合。
	`);
	assert.deepEqual(units(slogans), [['lead:县住建局'], [], [], []]);
});

test('a name joined to society by 和 or 与 helps only where it names a body or a collective of bodies (`县财政局和社会力量`, `各类企业和社会力量`); a bare category before it (`政府与社会资本`, `金融机构和企业`, `高校和社会各界`) and society before it (`各类市场主体和社会资本`) are society too (each read a helper, an unknown-unit with a registry)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进城市更新。县住建局牵头，政府与社会资本共同参与。
		2.推进城市更新。（县住建局牵头，政府和社会资本共同参与）
		3.推进城市更新。县住建局牵头，金融机构和企业积极参与。
		4.推进城市更新。县住建局牵头，高校和社会各界参与。
		5.推进城市更新。县住建局牵头，县财政局、各类市场主体和社会资本积极参与。
		6.推进城市更新。县住建局牵头，县财政局、政府和社会资本参与。
		7.推进城市更新。县住建局牵头，全县人民和社会各界参与。
	`);
	assert.deepEqual(units(text), [['lead:县住建局'], ['lead:县住建局'], ['lead:县住建局'], ['lead:县住建局'], ['lead:县住建局', 'other:县财政局'], ['lead:县住建局', 'other:县财政局'], ['lead:县住建局']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	// Bodies and collectives a clerk lists keep their reading (not base's one unit 「各类企业和社会力量」).
	const bodies = dedent(`
		一、扩大有效投资
		1.推进城市更新。县住建局牵头，县财政局等部门和社会力量参与。
		2.推进城市更新。县住建局牵头，各类企业和社会力量参与。
		3.推进城市更新。县住建局牵头，各金融机构和社会资本参与。
		4.推进城市更新。县住建局牵头，各乡镇政府和社会力量参与。
		5.推进城市更新。县住建局牵头，县直各部门和社会力量参与。
	`);
	assert.deepEqual(units(bodies), [
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:各类企业'],
		['lead:县住建局', 'other:各金融机构'],
		['lead:县住建局', 'other:各乡镇政府'],
		['lead:县住建局', 'other:县直各部门'],
	]);
});

test('a helpers\' clause after `A牵头、` closed by 、 and the task\'s closing work (`县住建局牵头、县财政局配合、确保年底前完成。`: a false missing-lead) reads as its clauses parted by commas do; slogans so chained read none', () => {
	const registry = ['县住建局', '县财政局', '县税务局', '县政府'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进城市更新。县住建局牵头。
		2.推进城市更新。县住建局牵头、县财政局配合、确保年底前完成。
		3.推进城市更新。县政府牵头、县财政局配合、确保年底前完工。
		4.推进城市更新。县住建局牵头、县财政局、县税务局配合、年底前完成。
		5.推进城市更新。县住建局牵头、县财政局配合、社会各界参与、确保年底前完成。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县政府', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局', 'other:县税务局'],
		['lead:县住建局', 'other:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	const slogans = dedent(`
		一、扩大有效投资
		1.完善机制。县住建局牵头。
		2.完善机制。建立县政府牵头、县财政局配合、社会各界参与的工作机制。
		3.完善机制。坚持县委统一领导、县政府牵头、部门协同、社会参与。
		4.完善机制。县住建局牵头、一家受理、并联审批、社会参与。
		5.完善机制。县政府牵头、部门配合、确保年底前完成。
	`);
	assert.deepEqual(units(slogans), [['lead:县住建局'], [], [], [], []]);
});

test('a society clause whose names join society by 和 or 与 (`金融机构和企业积极参与`, `政府与社会资本共同参与`) is passed over between or after the helpers\' clauses as one naming society alone is (a review\'s false missing-leads, and 县财政局 lost)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进城市更新。县住建局牵头，金融机构和企业积极参与，确保年底前完成。
		2.推进城市更新。县住建局牵头，高校和社会各界参与，确保年底前完成。
		3.推进城市更新。县住建局牵头，政府与社会资本共同参与，确保年底前完成。
		4.推进城市更新。县住建局牵头、县财政局配合、政府与社会资本共同参与、确保年底前完成。
		5.推进城市更新。县住建局牵头，政府与社会资本共同参与，县财政局配合。
		6.推进城市更新。县住建局牵头，县财政局配合，政府与社会资本共同参与，确保年底前完成。
		7.推进城市更新。县住建局牵头、政府与社会资本共同参与、确保年底前完成。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局'],
		['lead:县住建局'],
		['lead:县住建局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
});

test('a collective with its bracketed part (`各乡镇（街道）`, `各村（社区）`) helps before 和 society as before 、 society (a review\'s: none read before 和)', () => {
	const text = dedent(`
		一、扩大有效投资
		1.推进城市更新。县住建局牵头，各乡镇（街道）和社会各界积极参与。
		2.推进城市更新。县住建局牵头，各乡镇（街道）、社会各界积极参与。
		3.推进城市更新。县住建局牵头，各村（社区）和社会力量参与。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:各乡镇（街道）'],
		['lead:县住建局', 'other:各乡镇（街道）'],
		['lead:县住建局', 'other:各村（社区）'],
	]);
});

test('a collective of banks (`各商业银行`) helps before 和 society as before 、 society (a review\'s: none read before 和); a bare category of banks (`银行`, `县域银行`) is society\'s', () => {
	const text = dedent(`
		一、扩大有效投资
		1.推进城市更新。县住建局牵头，各商业银行和社会资本参与。
		2.推进城市更新。县住建局牵头，各商业银行、社会资本参与。
		3.推进城市更新。县住建局牵头，银行和社会资本参与。
		4.推进城市更新。县住建局牵头，县域银行和社会资本参与。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:各商业银行'],
		['lead:县住建局', 'other:各商业银行'],
		['lead:县住建局'],
		['lead:县住建局'],
	]);
});

test('a name beside society in a 、 list helps only as one before 和 society does (`银行、社会资本参与`, `政府、社会资本参与` read 「银行」, 「政府」, an unknown-unit with a registry; base read none); a 、 inside a bracket parts no name (`各县（市、区）和社会各界` read 「各县（市」)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进城市更新。县住建局牵头，银行、社会资本参与。
		2.推进城市更新。县住建局牵头，政府、社会资本参与。
		3.推进城市更新。县住建局牵头，金融机构、企业积极参与。
		4.推进城市更新。县住建局牵头，高校、社会各界参与。
		5.推进城市更新。县住建局牵头，各县（市、区）和社会各界积极参与。
		6.推进城市更新。县住建局牵头，县财政局、各商业银行、社会资本参与。
		7.推进城市更新。县住建局牵头，县财政局、县直有关部门、社会力量参与。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局'],
		['lead:县住建局'],
		['lead:县住建局'],
		['lead:县住建局'],
		['lead:县住建局'],
		['lead:县住建局', 'other:县财政局', 'other:各商业银行'],
		['lead:县住建局', 'other:县财政局', 'other:县直有关部门'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
});

test('a helpers\' clause after `A牵头，` closed by 、 and the task\'s closing work (`县住建局牵头，县财政局配合、一家受理、并联审批。`: a review\'s false missing-lead) or by more helpers\' clauses reads as its clauses parted by commas do; a chain all of 、 closed by a slogan\'s phrases, and a phrase opening with a body, read none as before', () => {
	const registry = ['县住建局', '县财政局', '县税务局', '县政府'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进城乡一体化建设。县住建局牵头，县财政局配合、一家受理、并联审批。
		2.推进城乡一体化建设。县住建局牵头，县财政局配合、并联审批。
		3.推进城乡一体化建设。县住建局牵头，县财政局配合、县税务局参与。
		4.推进城乡一体化建设。县住建局牵头负责，县财政局积极配合、确保年底前完成。
		5.推进城乡一体化建设。由县住建局牵头，县财政局配合、并联审批。
		6.推进城乡一体化建设。县政府牵头，县财政局配合、一家受理、并联审批，确保年底前完成。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局', 'other:县税务局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县政府', 'other:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、扩大有效投资\n1.推进城乡一体化建设。縣住建局牽頭，縣財政局配合、一家受理、並聯審批。\n'), [['lead:縣住建局', 'other:縣財政局']]);
	const none = dedent(`
		一、扩大有效投资
		1.完善机制。县住建局牵头。
		2.完善机制。县住建局牵头、县财政局配合、一家受理、并联审批。
		3.完善机制。县住建局牵头，县财政局配合、年底前完成、县审计局监督。
		4.完善机制。县住建局牵头，部门配合、一家受理、并联审批。
		5.完善机制。建立县住建局牵头，县财政局配合、一家受理、并联审批的工作机制。
		6.完善机制。政府牵头，部门配合、并联审批。
	`);
	assert.deepEqual(units(none), [['lead:县住建局'], [], [], [], [], []]);
});

test('a level\'s government before the task\'s closing work alone leads (`县政府牵头，确保年底前完成。`, `县政府牵头，社会各界参与。`: a review\'s false missing-leads, where `县住建局牵头，确保年底前完成。` read), and the governments of a level (`各乡镇人民政府`); not beside a slogan\'s clauses (`县委统一领导，`, `部门联动`, `市场运作`), nor a bare 政府 or 各级政府', () => {
	const registry = ['县政府', '县财政局', '市人民政府', '县发改局'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进城乡一体化建设。县政府牵头，确保年底前完成。
		2.推进城乡一体化建设。县政府牵头，社会各界参与。
		3.推进城乡一体化建设。市人民政府牵头，2025年6月底前完成。
		4.推进城乡一体化建设。各乡镇人民政府牵头，确保年底前完成。
		5.推进城乡一体化建设。各县（市、区）人民政府牵头，县财政局配合，确保年底前完成。
		6.推进城乡一体化建设。在县委统一领导下，县政府牵头，确保年底前完成。
		7.推进城乡一体化建设。县政府牵头、社会各界参与。
	`);
	assert.deepEqual(units(text), [
		['lead:县政府'],
		['lead:县政府'],
		['lead:市人民政府'],
		['lead:各乡镇人民政府'],
		['lead:各县（市、区）人民政府', 'other:县财政局'],
		['lead:县政府'],
		['lead:县政府'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、扩大有效投资\n1.推进城乡一体化建设。縣政府牽頭，確保年底前完成。\n'), [['lead:縣政府']]);
	// Under a heading's lead, the task's own government leads its task; slogans leave the heading's lead.
	const heading = dedent(`
		一、扩大有效投资
		（一）县发改局牵头的工作
		1.推进城乡一体化建设。县政府牵头，确保年底前完成。
		2.完善机制。县委统一领导，县政府牵头，社会参与。
		3.完善机制。坚持党委领导，县政府牵头，确保年底前完成。
		4.完善机制。县政府牵头，部门联动，确保年底前完成。
		5.完善机制。县政府牵头，企业主体，市场运作。
		6.完善机制。坚持党委领导、政府牵头、部门协同。
		7.完善机制。各级政府牵头，确保年底前完成。
		8.完善机制。政府牵头，确保年底前完成。
	`);
	assert.deepEqual(units(heading), [['lead:县政府'], ['lead:县发改局'], ['lead:县发改局'], ['lead:县发改局'], ['lead:县发改局'], ['lead:县发改局'], ['lead:县发改局'], ['lead:县发改局']]);
});

test('a level\'s bank by its own name (`县农商银行`, `县邮储银行`) helps before 和 society as a body plainly named does (`县住建局牵头，县农商银行和社会资本参与。` read no helper where `县农商银行参与` read it); a category of banks with a level (`县商业银行`, `县级银行`) is society\'s; `A牵头、B和社会资本参与` keeps its lead (B alone read, a lead-not-designated)', () => {
	const registry = ['县住建局', '县财政局', '县农商银行', '县邮储银行'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进城市更新。县住建局牵头，县农商银行和社会资本参与。
		2.推进城市更新。县住建局牵头，县财政局、县农商银行和社会资本参与。
		3.推进城市更新。县住建局牵头，县邮储银行与社会资本共同参与，确保年底前完成。
		4.推进城市更新。县住建局牵头、县农商银行和社会资本参与。
		5.推进城市更新。县住建局牵头、县财政局和社会资本参与。
		6.推进城市更新。县住建局牵头，县商业银行和社会资本参与。
		7.推进城市更新。县住建局牵头，县级银行、社会资本参与。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:县农商银行'],
		['lead:县住建局', 'other:县财政局', 'other:县农商银行'],
		['lead:县住建局', 'other:县邮储银行'],
		['lead:县住建局', 'other:县农商银行'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局'],
		['lead:县住建局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、扩大有效投资\n1.推进城市更新。縣住建局牽頭，縣農商銀行和社會資本參與。\n'), [['lead:縣住建局', 'other:縣農商銀行']]);
});

test('a level\'s bank by a short name helps beside society only where the unit names read it (`县农商行`); `县农发行`, `县农行`, `县工行` are no names read, society\'s there, and cost no body beside them nor the lead (`县住建局牵头，县财政局、县农发行和社会资本参与。` lost 县财政局, `…，县财政局配合、县农行参与。` its lead)', () => {
	const registry = ['县住建局', '县财政局', '县农商行'].join('\n');
	const text = dedent(`
		一、扩大有效投资
		1.推进城市更新。县住建局牵头，县农商行和社会资本参与。
		2.推进城市更新。县住建局牵头，县财政局、县农发行和社会资本参与。
		3.推进城市更新。县住建局牵头，县财政局、县工行、社会资本参与。
		4.推进城市更新。县住建局牵头，县财政局配合、县农行参与。
		5.推进城市更新。县住建局牵头、县农商行和社会资本参与。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:县农商行'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局'],
		['lead:县住建局', 'other:县农商行'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
});

test('a service\'s words closing the task are no township office (`限时办结`, `按时办好`, `一站式办理`, `一网通办`, `马上办、网上办、就近办`: 「限时办」 read as one, a review\'s false missing-lead), nor are a target\'s (`实现老有所养`, `实现一站式服务`); a township\'s office opening the closing work still keeps the task as it read (`党政办做好宣传`, `党政办结合实际…`)', () => {
	const registry = ['县住建局', '县财政局', '县政府'].join('\n');
	const text = dedent(`
		一、优化营商环境
		1.推进审批改革。县住建局牵头，县财政局配合，限时办结。
		2.推进审批改革。县住建局牵头，县财政局配合，按时办好，确保年底前完成。
		3.推进审批改革。县住建局牵头，县财政局配合、一站式办理。
		4.推进审批改革。县住建局牵头，县财政局配合，一网通办。
		5.推进审批改革。县住建局牵头，县财政局配合，马上办、网上办、就近办、一次办。
		6.推进审批改革。县住建局牵头，县财政局配合，实现老有所养。
		7.推进审批改革。县住建局牵头，县财政局配合，实现一站式服务。
		8.推进审批改革。县政府牵头，限时办结。
		9.推进审批改革。县住建局牵头、县财政局配合、限时办结。
	`);
	const read = ['lead:县住建局', 'other:县财政局'];
	assert.deepEqual(units(text), [read, read, read, read, read, read, read, ['lead:县政府'], read]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、优化营商环境\n1.推进审批改革。縣住建局牽頭，縣財政局配合，限時辦結。\n'), [['lead:縣住建局', 'other:縣財政局']]);
	const none = dedent(`
		一、优化营商环境
		1.推进审批改革。县住建局牵头。
		2.推进审批改革。县住建局牵头，县财政局配合，党政办做好宣传。
		3.推进审批改革。县住建局牵头，县财政局配合，党政办结合实际抓好落实。
		4.推进审批改革。坚持政府牵头，部门配合，限时办结。
		5.推进审批改革。县住建局牵头，部门配合，一网通办。
	`);
	assert.deepEqual(units(none), [['lead:县住建局'], [], [], [], []]);
});

test('a charged clause after a plainly named lead and its helpers shares the work, as after `由A牵头，B配合，` (`县住建局牵头，县财政局配合，属地乡镇抓好落实。` read 「属地乡镇抓好」 alone, a review\'s: the lead and helper lost); the words taking the work in hand (抓好, 切实, 具体) are no part of the names', () => {
	const registry = ['县住建局', '县财政局', '县政府', '县审计局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，县财政局配合，属地乡镇抓好落实。
		2.推进城市更新。县住建局牵头，县财政局配合，各乡镇负责落实，确保年底前完成。
		3.推进城市更新。县住建局牵头，县财政局配合，各乡镇（街道）切实抓好落实。
		4.推进城市更新。县政府牵头，县财政局配合，各乡镇具体实施。
		5.推进城市更新。县住建局牵头，县财政局配合，县审计局、县政府负责。
		6.推进城市更新。由县住建局牵头，县财政局配合，属地乡镇抓好落实。
		7.推进城市更新。县住建局牵头，县财政局配合，切实抓好落实。
		8.推进城市更新。县住建局牵头，县财政局配合，社会资本参与，各乡镇抓好落实。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:县财政局', 'responsible:属地乡镇'],
		['lead:县住建局', 'other:县财政局', 'responsible:各乡镇'],
		['lead:县住建局', 'other:县财政局', 'responsible:各乡镇（街道）'],
		['lead:县政府', 'other:县财政局', 'responsible:各乡镇'],
		['lead:县住建局', 'other:县财政局', 'responsible:县审计局', 'responsible:县政府'],
		['lead:县住建局', 'other:县财政局', 'responsible:属地乡镇'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局', 'responsible:各乡镇'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局牽頭，縣財政局配合，屬地鄉鎮抓好落實。\n'), [['lead:縣住建局', 'other:縣財政局', 'responsible:屬地鄉鎮']]);
	// Not after a slogan's lead nor a narrative's: the heading's lead stands, the charged clause's names without the words.
	const heading = dedent(`
		一、推进城乡建设
		（一）县发改局牵头的工作
		1.完善机制。坚持政府牵头，部门配合，属地乡镇抓好落实。
		2.完善机制。去年县住建局牵头，县财政局配合，各乡镇抓好落实。
		3.完善机制。建立县住建局牵头，县财政局配合，属地乡镇抓好落实的工作机制。
	`);
	assert.deepEqual(units(heading), [['responsible:属地乡镇', 'lead:县发改局'], ['responsible:各乡镇', 'lead:县发改局'], ['lead:县发改局']]);
});

test('a note\'s bracket after the lead parts no prose (`县住建局牵头（责任人：张三），县财政局配合，并联审批。` lost 县财政局, a review\'s: the pieces on either side were read apart); the text reads as without the bracket, a slogan too (`坚持政府牵头（责任人：张三），…` read 「坚持政府」); a bracket naming units still parts it', () => {
	const registry = ['县住建局', '县财政局', '县政府', '县税务局'].join('\n');
	const text = dedent(`
		一、优化营商环境
		1.推进审批改革。县住建局牵头（责任人：张三），县财政局配合，并联审批。
		2.推进审批改革。县住建局牵头（完成时限：2025年底前），县财政局配合，确保年底前完成。
		3.推进审批改革。县住建局（责任人：张三）牵头，县财政局配合，一家受理、并联审批。
		4.推进审批改革。县住建局牵头，县财政局（责任人：李四）配合，并联审批。
		5.推进审批改革。县政府牵头（责任人：张三；完成时限：2025年底前），县财政局配合、并联审批。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县政府', 'other:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、优化营商环境\n1.推进审批改革。縣住建局牽頭（責任人：張三），縣財政局配合，並聯審批。\n'), [['lead:縣住建局', 'other:縣財政局']]);
	const none = dedent(`
		一、优化营商环境
		1.推进审批改革。县住建局牵头。
		2.推进审批改革。坚持政府牵头（责任人：张三），部门配合，并联审批。
		3.推进审批改革。建立县住建局牵头（责任人：张三），县财政局配合的工作机制。
		4.推进审批改革。县住建局牵头（配合单位：县税务局），县财政局配合，并联审批。
	`);
	assert.deepEqual(units(none), [['lead:县住建局'], [], [], ['other:县税务局']]);
});

test('主办 closing a prose clause is the lead\'s verb as 牵头 is (`县住建局主办，县财政局配合，确保年底前完成。`: a review\'s false missing-lead; `县住建局主办，县财政局配合。` a lead-not-designated, only the helper read), 主办单位 being a lead\'s label (`主办单位为县住建局，…` in prose lost its lead); 主办方, 主办的 name no lead, and a slogan none', () => {
	const registry = ['县住建局', '县财政局', '县政府', '县税务局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.实施老旧小区改造。县住建局主办，县财政局配合，确保年底前完成。
		2.实施老旧小区改造。县住建局主办，县财政局协办。
		3.实施老旧小区改造。县住建局主办；县财政局配合；确保年底前完成。
		4.实施老旧小区改造。县住建局主办、县财政局配合、确保年底前完成。
		5.实施老旧小区改造。县政府主办，确保年底前完成。
		6.实施老旧小区改造。县住建局主办，县财政局积极配合，县税务局主动参与。
		7.实施老旧小区改造。县住建局主办，会同县财政局负责。
		8.实施老旧小区改造。主办单位为县住建局，协办单位为县财政局。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县政府'],
		['lead:县住建局', 'other:县财政局', 'other:县税务局'],
		['lead:县住建局', 'responsible:县财政局'],
		['lead:县住建局', 'other:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units(toTraditional(text)), units(text).map((task) => task.map((unit) => toTraditional(unit))));
	// Under a heading's lead: a slogan, a party and a thing held read as before.
	const heading = dedent(`
		一、推进城乡建设
		（一）县发改局牵头的工作
		1.实施老旧小区改造。县住建局主办，县财政局配合，确保年底前完成。
		2.完善机制。坚持政府主办，部门配合。
		3.举办文化节。由赛事主办方负责，确保年底前完成。
		4.举办文化节。县住建局主办的活动，县财政局配合。
	`);
	assert.deepEqual(units(heading), [['lead:县住建局', 'other:县财政局'], ['lead:县发改局'], ['lead:县发改局'], ['other:县财政局', 'lead:县发改局']]);
});

test('a collective of the places or bodies under the notice\'s level leads as plainly as it is charged (`各乡镇牵头，确保年底前完成。`: a review\'s false missing-lead, where `各乡镇负责。` read); not every level\'s (`各级政府`), wherever the task lands (`属地政府`), society (`各方`) or a slogan\'s', () => {
	const registry = ['县住建局', '县财政局', '县税务局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.实施老旧小区改造。各乡镇牵头，确保年底前完成。
		2.实施老旧小区改造。各乡镇牵头、县财政局配合、确保年底前完成。
		3.实施老旧小区改造。各乡镇牵头；确保年底前完成。
		4.实施老旧小区改造。各乡镇（街道）牵头，县财政局积极配合，县税务局主动参与。
		5.实施老旧小区改造。各乡镇、县住建局牵头，社会各界参与。
		6.实施老旧小区改造。各街道办事处牵头负责，确保年底前完成。
		7.实施老旧小区改造。各村（社区）牵头，确保年底前完成。
	`);
	assert.deepEqual(units(text), [
		['lead:各乡镇'],
		['lead:各乡镇', 'other:县财政局'],
		['lead:各乡镇'],
		['lead:各乡镇（街道）', 'other:县财政局', 'other:县税务局'],
		['lead:各乡镇', 'lead:县住建局'],
		['lead:各街道办事处'],
		['lead:各村（社区）'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units(toTraditional(text)), units(text).map((task) => task.map((unit) => toTraditional(unit))));
	const heading = dedent(`
		一、推进城乡建设
		（一）县发改局牵头的工作
		1.实施老旧小区改造。各乡镇牵头，确保年底前完成。
		2.完善机制。各级政府牵头，确保年底前完成。
		3.完善机制。属地政府牵头，确保年底前完成。
		4.完善机制。各方牵头，确保年底前完成。
		5.完善机制。坚持各乡镇牵头，确保年底前完成。
		6.完善机制。各乡镇牵头，部门配合，社会参与。
		7.完善机制。县委统一领导，各乡镇牵头，部门协同。
		8.完善机制。建立各乡镇牵头的工作机制，确保年底前完成。
		9.完善机制。相关部门牵头，确保年底前完成。
		10.完善机制。主管部门牵头，确保年底前完成。
		11.完善机制。县直有关部门牵头，确保年底前完成。
	`);
	assert.deepEqual(units(heading), [['lead:各乡镇'], ...new Array(10).fill(['lead:县发改局'])]);
});

test('the notice\'s own committee leading, named plainly before its government\'s lead (`县委统一领导，县政府牵头，确保年底前完成。`: a review\'s false missing-lead, where `县委县政府统一领导，…` and `在县委统一领导下，…` read 县政府), leaves the government the task\'s lead; a principle\'s leadership (`坚持党委领导`, `党委领导`, `坚持县委统一领导`) or one beside another party\'s part, society\'s too, is a slogan\'s as before', () => {
	const registry = ['县政府', '县人民政府', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.实施老旧小区改造。县委统一领导，县政府牵头，确保年底前完成。
		2.实施老旧小区改造。县委统一领导，县政府牵头，县财政局配合，确保年底前完成。
		3.实施老旧小区改造。县委统一领导；县人民政府牵头；确保年底前完成。
		4.实施老旧小区改造。中共县委全面领导，县政府牵头，确保年底前完成。
		5.实施老旧小区改造。县委统一领导，各乡镇牵头，确保年底前完成。
	`);
	assert.deepEqual(units(text), [['lead:县政府'], ['lead:县政府', 'other:县财政局'], ['lead:县人民政府'], ['lead:县政府'], ['lead:各乡镇']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units(toTraditional(text)), units(text).map((task) => task.map((unit) => toTraditional(unit))));
	const heading = dedent(`
		一、推进城乡建设
		（一）县发改局牵头的工作
		1.实施老旧小区改造。县委统一领导，县政府牵头，确保年底前完成。
		2.完善机制。县委统一领导，县政府牵头，社会参与。
		3.完善机制。县委统一领导，县政府牵头，部门协同。
		4.完善机制。县委统一领导，县政府牵头，市场运作。
		5.完善机制。党委领导，县政府牵头，确保年底前完成。
		6.完善机制。坚持县委统一领导，县政府牵头，确保年底前完成。
		7.完善机制。县委统一领导，政府牵头，确保年底前完成。
	`);
	assert.deepEqual(units(heading), [['lead:县政府'], ...new Array(6).fill(['lead:县发改局'])]);
});

test('bodies charged after a plainly named lead share the work (`县住建局牵头，县财政局负责落实。` read 县财政局 alone, as the lead: a review\'s), helpers and closing work after them; bodies charged before the closing work alone read as when they close the task (`县住建局负责，确保年底前完成。` was a false missing-lead); narrative and slogans read as before', () => {
	const registry = ['县住建局', '县财政局', '县税务局', '县政府'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.实施老旧小区改造。县住建局牵头，县财政局负责落实。
		2.实施老旧小区改造。县住建局牵头；县财政局、县税务局负责落实；确保年底前完成。
		3.实施老旧小区改造。县政府牵头，各乡镇（街道）切实抓好落实。
		4.实施老旧小区改造。县住建局牵头，县财政局负责资金保障，县税务局配合。
		5.实施老旧小区改造。县住建局牵头负责，社会资本参与，县财政局负责落实，确保年底前完成。
		6.实施老旧小区改造。县住建局负责，确保年底前完成。
		7.实施老旧小区改造。县委统一领导，县政府负责，确保年底前完成。
		8.实施老旧小区改造。县住建局、县财政局按职责分工负责，确保年底前完成。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'responsible:县财政局'],
		['lead:县住建局', 'responsible:县财政局', 'responsible:县税务局'],
		['lead:县政府', 'responsible:各乡镇（街道）'],
		['lead:县住建局', 'responsible:县财政局', 'other:县税务局'],
		['lead:县住建局', 'responsible:县财政局'],
		// One body charged is the lead, as `县住建局负责。` reads; two share the work, as `…按职责分工负责。` alone reads.
		['lead:县住建局'],
		['lead:县政府'],
		['responsible:县住建局', 'responsible:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units(toTraditional(text)), units(text).map((task) => task.map((unit) => toTraditional(unit))));
	// Under a heading's lead the task's own lead leads; narrative, slogans, a party, a bare place and a thing had read as before.
	const heading = dedent(`
		一、推进城乡建设
		（一）县发改局牵头的工作
		1.实施老旧小区改造。县住建局牵头，县财政局负责落实。
		2.完善机制。去年县住建局牵头，县财政局负责落实。
		3.完善机制。坚持政府牵头，部门负责落实，确保年底前完成。
		4.完善机制。去年县住建局负责，确保年底前完成。
		5.完善机制。产权单位负责落实，确保年底前完成。
		6.完善机制。县住建局牵头，县财政局负责的项目要按期完工。
		7.完善机制。建立县住建局牵头，县财政局负责落实的工作机制。
		8.完善机制。各级政府负责，确保年底前完成。
	`);
	assert.deepEqual(units(heading), [
		['lead:县住建局', 'responsible:县财政局'],
		['responsible:县财政局', 'lead:县发改局'],
		['lead:县发改局'],
		['lead:县发改局'],
		['lead:县发改局'],
		['lead:县发改局'],
		['lead:县发改局'],
		['lead:县发改局'],
	]);
});

test('the task\'s work or target alone between a plainly named lead and its helpers is passed over (`县住建局牵头，确保年底前完成，县财政局配合。`: a review\'s false lead-not-designated, 县财政局 alone read), as between the helpers\' clauses; slogans and narrative read as before', () => {
	const registry = ['县住建局', '县财政局', '县税务局', '县政府', '县统计局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.实施老旧小区改造。县住建局牵头，确保年底前完成，县财政局配合。
		2.实施老旧小区改造。县住建局牵头；确保年底前完成；县财政局、县税务局配合。
		3.实施老旧小区改造。县住建局牵头，确保年底前完成，县财政局积极配合，县税务局主动参与。
		4.实施老旧小区改造。县住建局牵头，完成改造项目10个，县财政局配合，确保年底前完成。
		5.实施老旧小区改造。县政府牵头，限时办结，县财政局配合。
		6.实施老旧小区改造。县住建局牵头，会同县统计局负责，确保年底前完成，县财政局配合。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局', 'other:县税务局'],
		['lead:县住建局', 'other:县财政局', 'other:县税务局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县政府', 'other:县财政局'],
		['lead:县住建局', 'responsible:县统计局', 'other:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units(toTraditional(text)), units(text).map((task) => task.map((unit) => toTraditional(unit))));
	const heading = dedent(`
		一、推进城乡建设
		（一）县发改局牵头的工作
		1.实施老旧小区改造。县住建局牵头，确保年底前完成，县财政局配合。
		2.完善机制。坚持政府牵头，确保年底前完成，部门配合。
		3.完善机制。建立县住建局牵头，确保年底前完成，县财政局配合的机制。
		4.完善机制。县住建局牵头，县审计局做好监督，县财政局配合。
	`);
	assert.deepEqual(units(heading), [['lead:县住建局', 'other:县财政局'], ['lead:县发改局'], ['lead:县发改局'], ['other:县财政局', 'lead:县发改局']]);
});

test('a bare 属地 names no body, in prose and in a parenthesis: `县住建局牵头，县财政局配合，属地负责。` read 「属地」 alone, the lead and helper lost (a review\'s); its clause is the principle of 属地管理, passed over as closing work; 属地乡镇, 属地政府 stay the bodies they name', () => {
	const registry = ['县住建局', '县财政局', '县政府'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.实施老旧小区改造。县住建局牵头，县财政局配合，属地负责。
		2.实施老旧小区改造。县住建局牵头，属地负责，确保年底前完成。
		3.实施老旧小区改造。县住建局牵头；县财政局配合；属地抓好落实。
		4.实施老旧小区改造。县住建局牵头、县财政局配合、属地负责。
		5.实施老旧小区改造。县住建局牵头，属地负责，县财政局配合。
		6.实施老旧小区改造。由县政府牵头，县财政局配合，属地管理。
		7.实施老旧小区改造。（县住建局牵头，县财政局配合，属地负责）
		8.实施老旧小区改造。县住建局牵头，县财政局配合，属地乡镇负责。
	`);
	const read = ['lead:县住建局', 'other:县财政局'];
	assert.deepEqual(units(text), [read, ['lead:县住建局'], read, read, read, ['lead:县政府', 'other:县财政局'], read, [...read, 'responsible:属地乡镇']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units(toTraditional(text)), units(text).map((task) => task.map((unit) => toTraditional(unit))));
	// Under a heading's lead, 属地 is none of the task's units.
	const heading = dedent(`
		一、推进城乡建设
		（一）县发改局牵头的工作
		1.完善机制。属地负责，确保年底前完成。
		2.完善机制。坚持政府牵头，部门配合，属地负责。
		3.完善机制。属地牵头，县财政局配合。
		4.完善机制。属地政府负责。
	`);
	assert.deepEqual(units(heading), [['lead:县发改局'], ['lead:县发改局'], ['other:县财政局', 'lead:县发改局'], ['responsible:属地政府', 'lead:县发改局']]);
});

test('a bare 政府 (人民政府) names no body to lead: `政府牵头，县财政局和社会资本参与。` read 「政府」 as the lead (a review\'s), where a notice names its own government with its level (县政府, 市人民政府) and 政府牵头 is a principle\'s wording; the bodies beside it keep their roles, and the task says it names no lead', () => {
	const registry = ['县政府', '县人民政府', '县财政局', '县统计局', '县住建局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.实施老旧小区改造。政府牵头，县财政局和社会资本参与。
		2.实施老旧小区改造。人民政府牵头；县财政局配合。
		3.实施老旧小区改造。由政府牵头，县财政局配合。
		4.实施老旧小区改造。（政府牵头，县财政局配合）
		5.实施老旧小区改造。由政府会同县统计局负责。
		6.实施老旧小区改造。县住建局牵头，政府配合。
		7.实施老旧小区改造。县政府牵头，县财政局配合。
		8.实施老旧小区改造。县人民政府牵头，县财政局和社会资本参与。
	`);
	assert.deepEqual(units(text), [
		['other:县财政局'],
		['other:县财政局'],
		['other:县财政局'],
		['other:县财政局'],
		['lead:县统计局'],
		['lead:县住建局'],
		['lead:县政府', 'other:县财政局'],
		['lead:县人民政府', 'other:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), ['lead-not-designated', 'lead-not-designated', 'lead-not-designated', 'lead-not-designated']);
	assert.deepEqual(units(toTraditional(text)), units(text).map((task) => task.map((unit) => toTraditional(unit))));
	// Under a heading's lead the heading's lead stands; the bodies beside 政府 keep their roles.
	const heading = dedent(`
		一、推进城乡建设
		（一）县发改局牵头的工作
		1.实施老旧小区改造。政府牵头，县财政局和社会资本参与。
		2.实施老旧小区改造。政府牵头。
		3.实施老旧小区改造。由政府负责。
	`);
	assert.deepEqual(units(heading), [['other:县财政局', 'lead:县发改局'], ['lead:县发改局'], ['lead:县发改局']]);
});

test('the task\'s closing work alone right after `A牵头、` is parted from the lead\'s clause as after `A牵头，` (`县住建局牵头、确保年底前完成。` was a false missing-lead, where `县住建局牵头，确保年底前完成。` read); slogans so chained read none', () => {
	const registry = ['县住建局', '县政府'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.实施老旧小区改造。县住建局牵头、确保年底前完成。
		2.实施老旧小区改造。县政府牵头、年底前完成。
		3.实施老旧小区改造。各乡镇牵头、确保年底前完成。
		4.实施老旧小区改造。县住建局主办、限时办结。
		5.实施老旧小区改造。县住建局牵头、属地负责。
	`);
	assert.deepEqual(units(text), [['lead:县住建局'], ['lead:县政府'], ['lead:各乡镇'], ['lead:县住建局'], ['lead:县住建局']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units(toTraditional(text)), units(text).map((task) => task.map((unit) => toTraditional(unit))));
	const heading = dedent(`
		一、推进城乡建设
		（一）县发改局牵头的工作
		1.完善机制。一家牵头、并联审批。
		2.完善机制。政府牵头、确保年底前完成。
		3.完善机制。坚持政府牵头、确保年底前完成。
		4.完善机制。去年县住建局牵头、确保年底前完成。
		5.完善机制。县住建局牵头、县审计局做好监督。
		6.完善机制。建立县住建局牵头、部门联动的机制。
	`);
	assert.deepEqual(units(heading), new Array(6).fill(['lead:县发改局']));
});

test('the idiom of each doing its part is no body (`…，各司其职抓好落实。` read 「各司其职」 responsible and lost the lead and helper, `…，各尽其责。` a missing-lead: a review\'s); 貫徹, 紮實, 嚴格, 盡 fold as the words taking the work in hand', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，县财政局配合，各司其职抓好落实。
		2.推进城市更新。县住建局牵头，县财政局配合，各负其责抓好落实。
		3.推进城市更新。县住建局牵头，县财政局配合，各尽其责。
		4.推进城市更新。县住建局牵头，县财政局配合，各司其职、形成合力。
		5.推进城市更新。县住建局牵头，县财政局配合，各部门各司其职抓好落实。
	`);
	const both = ['lead:县住建局', 'other:县财政局'];
	assert.deepEqual(units(text), [both, both, both, both, [...both, 'responsible:各部门']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	const traditional = dedent(`
		一、推进城乡建设
		1.推进城市更新。縣住建局牽頭，縣財政局配合，各鄉鎮認真貫徹落實。
		2.推进城市更新。縣住建局牽頭，縣財政局配合，各盡其責。
	`);
	assert.deepEqual(units(traditional), [['lead:縣住建局', 'other:縣財政局', 'responsible:各鄉鎮'], ['lead:縣住建局', 'other:縣財政局']]);
});

test('the place or the government at large taken on by the lead (`县住建局牵头，会同属地负责。`, `…，会同政府负责。`) is closing work: the lead stands (a review\'s false missing-leads once bare 属地 and 政府 named no body)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，会同属地负责。
		2.推进城市更新。县住建局牵头，会同属地负责，确保年底前完成。
		3.推进城市更新。县住建局牵头，会同属地抓好落实。
		4.推进城市更新。县住建局牵头，会同政府负责。
		5.推进城市更新。县住建局牵头，会同县财政局负责。
	`);
	const lead = ['lead:县住建局'];
	assert.deepEqual(units(text), [lead, lead, lead, lead, ['lead:县住建局', 'responsible:县财政局']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局牽頭，會同屬地負責。\n'), [['lead:縣住建局']]);
});

test('the bodies a lead guides are charged with the work (`县住建局牵头，指导各乡镇抓好落实。` read 「指导各乡镇」 as the lead, 县住建局 lost: a review\'s); the lead\'s work over a party or no charge is closing work', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，指导各乡镇抓好落实。
		2.推进城市更新。县住建局牵头，县财政局配合，指导督促各乡镇抓好落实。
		3.推进城市更新。县住建局牵头；指导各乡镇（街道）具体实施，确保年底前完成。
		4.推进城市更新。由县住建局牵头，指导各乡镇抓好落实。
		5.推进城市更新。县住建局牵头，指导各乡镇做好摸底调查。
		6.推进城市更新。县住建局牵头，督促产权单位抓好落实。
	`);
	const lead = ['lead:县住建局'];
	assert.deepEqual(units(text), [
		['lead:县住建局', 'responsible:各乡镇'],
		['lead:县住建局', 'other:县财政局', 'responsible:各乡镇'],
		['lead:县住建局', 'responsible:各乡镇（街道）'],
		['lead:县住建局', 'responsible:各乡镇'],
		lead,
		lead,
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局牽頭，指導各鄉鎮抓好落實。\n'), [['lead:縣住建局', 'responsible:各鄉鎮']]);
	// No lead before it: whoever guides is not said (the heading's lead stands; none, a missing-lead), and no 「指导各乡镇」.
	const headed = dedent(`
		（一）县住建局牵头的工作
		1.推进城市更新。指导各乡镇抓好落实。
		2.推进城市更新。去年县财政局牵头，指导各乡镇抓好落实。
	`);
	assert.deepEqual(units(headed), [lead, lead]);
	const alone = '一、推进城乡建设\n1.推进城市更新。指导各乡镇抓好落实。\n2.建设保障性住房。县住建局牵头。\n';
	assert.deepEqual(units(alone), [[], lead]);
	assert.deepEqual(codes(check(alone, registry).findings), ['missing-lead']);
});

test('a list closed by 等单位 or 等有关部门 charged after the lead shares the work (`县住建局牵头，县财政局等单位负责落实。` read 县财政局 alone as the lead: a review\'s)', () => {
	const registry = ['县住建局', '县财政局', '县审计局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，县财政局等单位负责落实。
		2.推进城市更新。县住建局牵头，县财政局、县审计局等单位负责落实。
		3.推进城市更新。县住建局牵头；县财政局等部门负责落实，确保年底前完成。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'responsible:县财政局'],
		['lead:县住建局', 'responsible:县财政局', 'responsible:县审计局'],
		['lead:县住建局', 'responsible:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局牽頭，縣財政局等單位負責落實。\n'), [['lead:縣住建局', 'responsible:縣財政局']]);
});

test('the idiom of each doing its part before 、 is no body (`…，县财政局配合，各尽其责、抓好落实。` read 「各尽其责」 responsible, the lead and helper lost: a review\'s)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，县财政局配合，各尽其责、抓好落实。
		2.推进城市更新。县住建局牵头，县财政局配合，各司其职、抓好落实。
		3.推进城市更新。县住建局牵头；县财政局配合；各负其责、认真落实。
	`);
	const both = ['lead:县住建局', 'other:县财政局'];
	assert.deepEqual(units(text), [both, both, both]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局牽頭，縣財政局配合，各盡其責、抓好落實。\n'), [['lead:縣住建局', 'other:縣財政局']]);
	// Under a heading's lead, as `县财政局配合，各尽其责，抓好落实。` reads there (no 「各尽其责」 taking the heading's place).
	assert.deepEqual(units('（一）县住建局牵头的工作\n1.推进城市更新。县财政局配合，各尽其责、抓好落实。\n'), [['lead:县住建局']]);
});

test('a bare 属地 in a list beside bodies names none (`县住建局牵头，属地、县财政局配合。` read 「属地」 a helper: a review\'s); the bodies beside it keep their role', () => {
	const registry = ['县住建局', '县财政局', '县审计局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，属地、县财政局配合。
		2.推进城市更新。县住建局牵头，县财政局、属地配合。
		3.推进城市更新。县住建局牵头；县财政局、属地、县审计局配合。
		4.推进城市更新。县住建局牵头，属地乡镇、县财政局配合。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局', 'other:县审计局'],
		['lead:县住建局', 'other:属地乡镇', 'other:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局牽頭，屬地、縣財政局配合。\n'), [['lead:縣住建局', 'other:縣財政局']]);
});

test('bodies charged after a lead with 负责 before the words taking the work in hand (`各乡镇负责具体实施`), with the idiom of each doing its part alone (`各乡镇各司其职`), or undertaking what the lead hosts (`各乡镇承办`) share the work (a review\'s false missing-leads); 承办 alone is no charge', () => {
	const registry = ['县住建局', '县财政局', '县文旅局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，各乡镇负责具体实施。
		2.推进城市更新。县住建局牵头，各乡镇负责抓好落实，确保年底前完成。
		3.推进城市更新。县住建局牵头，各乡镇各司其职。
		4.推进城市更新。县住建局牵头；县财政局配合；各部门各负其责。
		5.举办文化旅游节。县文旅局主办，各乡镇承办。
		6.举办文化旅游节。县文旅局主办；各乡镇承办；县财政局配合。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'responsible:各乡镇'],
		['lead:县住建局', 'responsible:各乡镇'],
		['lead:县住建局', 'responsible:各乡镇'],
		['lead:县住建局', 'other:县财政局', 'responsible:各部门'],
		['lead:县文旅局', 'responsible:各乡镇'],
		['lead:县文旅局', 'responsible:各乡镇', 'other:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.举办文化旅游节。縣文旅局主辦，各鄉鎮承辦。\n2.推进城市更新。縣住建局牽頭，各鄉鎮負責具體實施。\n'), [['lead:縣文旅局', 'responsible:各鄉鎮'], ['lead:縣住建局', 'responsible:各鄉鎮']]);
	// A slogan's 承办 names no unit: the heading's lead stands.
	assert.deepEqual(units('（一）县文旅局牵头的工作\n1.举办文化旅游节。县级主办，乡镇承办。\n'), [['lead:县文旅局']]);
});

test('a township\'s own government leads as plainly as a county\'s (`镇政府牵头，确保年底前完成。` was a review\'s false missing-lead); a bare 政府 still names no body', () => {
	const text = dedent(`
		一、推进城乡建设
		1.推进集镇改造。镇政府牵头，确保年底前完成。
		2.推进集镇改造。镇人民政府牵头，财政所配合，确保年底前完成。
		3.推进集镇改造。乡政府牵头；年底前完成。
		4.推进集镇改造。政府牵头，财政所配合。
	`);
	assert.deepEqual(units(text), [['lead:镇政府'], ['lead:镇人民政府', 'other:财政所'], ['lead:乡政府'], ['other:财政所']]);
	assert.deepEqual(units('一、推进城乡建设\n1.推进集镇改造。鎮政府牽頭，確保年底前完成。\n'), [['lead:鎮政府']]);
});

test('bodies charged in the task\'s first clauses, then helpers, read as after 由 (`县住建局负责，县财政局配合。` lost 县住建局, a lead-not-designated; `县住建局负责，县财政局负责。` read 县财政局 alone as the lead: a review\'s)', () => {
	const registry = ['县住建局', '县财政局', '县审计局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局负责，县财政局配合。
		2.推进城市更新。县住建局负责落实；县财政局积极配合；县审计局主动参与。
		3.推进城市更新。县住建局负责，县财政局配合，确保年底前完成。
		4.推进城市更新。县住建局负责，县财政局负责。
		5.推进城市更新。由县住建局负责，县财政局负责。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局', 'other:县审计局'],
		['lead:县住建局', 'other:县财政局'],
		['responsible:县住建局', 'responsible:县财政局'],
		['responsible:县住建局', 'responsible:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), ['lead-not-designated', 'lead-not-designated']);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局負責，縣財政局配合。\n'), [['lead:縣住建局', 'other:縣財政局']]);
	// A narrative's and a slogan's read as before: the heading's lead stands.
	const headed = dedent(`
		（一）县住建局牵头的工作
		1.推进城市更新。去年县财政局负责，县审计局配合。
		2.推进城市更新。政府负责，部门配合。
	`);
	assert.deepEqual(units(headed), [['other:县审计局', 'lead:县住建局'], ['lead:县住建局']]);
});

test('the idiom of each doing its part with a helper\'s verb (`各司其职、密切配合`, `各司其职，密切配合`) is the work of all, no body: the lead and helpers before it stand (`县住建局牵头，县财政局配合，各司其职、密切配合。` was a review\'s false missing-lead, 「各司其职」 a helper on the base)', () => {
	const registry = ['县住建局', '县财政局', '县审计局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，县财政局配合，各司其职、密切配合。
		2.推进城市更新。县住建局牵头，县财政局配合，各尽其责、积极参与。
		3.推进城市更新。县住建局牵头，县财政局、县审计局配合，各司其职、共同参与，确保年底前完成。
		4.推进城市更新。县住建局牵头，县财政局配合，各司其职，密切配合。
		5.推进城市更新。县住建局牵头；县财政局配合；各负其责、积极配合。
		6.推进城市更新。县住建局牵头，县财政局配合，各司其职、相互配合。
		7.推进城市更新。县住建局牵头，县财政局配合，各司其职、紧密配合。
		8.推进城市更新。县住建局牵头，县财政局配合，各司其职、协作配合。
		9.推进城市更新。县住建局牵头，县财政局配合，各司其职、协调配合。
	`);
	const both = ['lead:县住建局', 'other:县财政局'];
	assert.deepEqual(units(text), [both, both, [...both, 'other:县审计局'], both, both, both, both, both, both]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局牽頭，縣財政局配合，各司其職、密切配合。\n'), [['lead:縣住建局', 'other:縣財政局']]);
	// Under a heading's lead, the task's own lead and helper.
	assert.deepEqual(units('（一）县审计局牵头的工作\n1.推进城市更新。县住建局牵头，县财政局配合，各司其职、密切配合。\n'), [both]);
});

test('a unit field\'s value words the lead\'s guidance and the work of all as prose does (`责任单位：县住建局牵头，指导各乡镇抓好落实` was a review\'s empty-field; `…，各司其职、密切配合` read 「各司其职」「密切配合」 as units, `督促县财政局配合` one unit)', () => {
	const registry = ['县住建局', '县财政局', '县审计局'].join('\n');
	const text = dedent(`
		1.推进城市更新。
		责任单位：县住建局牵头，指导各乡镇抓好落实
		2.推进城市更新。
		责任单位：县住建局牵头，县财政局配合，各司其职、密切配合
		3.推进城市更新。
		配合单位：县财政局，各司其职、密切配合
		4.推进城市更新。
		责任单位：县住建局牵头，督促县财政局、县审计局配合
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'responsible:各乡镇'],
		['lead:县住建局', 'other:县财政局'],
		['other:县财政局'],
		['lead:县住建局', 'other:县财政局', 'other:县审计局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), ['lead-not-designated']);
	assert.deepEqual(units('1.推进城市更新。\n責任單位：縣住建局牽頭，指導各鄉鎮抓好落實\n'), [['lead:縣住建局', 'responsible:各鄉鎮']]);
});

test('a lead\'s verb guiding bodies with their level or a collective opens no helper\'s name (`县住建局牵头，协调县财政局配合。` read 「协调县财政局」, lost on a review\'s branch); a body the verb\'s characters open keeps its name (`统筹城乡办`, `协调推进组`, `指导中心`, `组织人事科`)', () => {
	const registry = ['县住建局', '县财政局', '县审计局', '统筹城乡办', '协调推进组', '指导中心', '督导检查组', '组织人事科'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，协调县财政局配合。
		2.推进城市更新。县住建局牵头，组织县财政局、县审计局参与。
		3.推进城市更新。县住建局牵头，县审计局配合，督促各乡镇积极参与。
		4.推进城市更新。县住建局牵头，统筹城乡办负责落实。
		5.推进城市更新。协调推进组牵头，县财政局配合。
		6.推进城市更新。（指导中心负责）
		7.推进城市更新。督导检查组牵头，组织人事科配合。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局', 'other:县审计局'],
		['lead:县住建局', 'other:县审计局', 'other:各乡镇'],
		['lead:县住建局', 'responsible:统筹城乡办'],
		['lead:协调推进组', 'other:县财政局'],
		['lead:指导中心'],
		['lead:督导检查组', 'other:组织人事科'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局牽頭，協調縣財政局配合。\n'), [['lead:縣住建局', 'other:縣財政局']]);
});

test('组织 before a responsible verb is the body taking the work in hand, no part of its name (`各乡镇负责组织实施。` a false missing-lead, `各乡镇组织实施。` read 「各乡镇组织」)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。各乡镇负责组织实施。
		2.推进城市更新。县住建局牵头，各乡镇组织实施。
		3.推进城市更新。县住建局牵头，各乡镇负责组织落实。
		4.推进城市更新。县住建局组织实施。
	`);
	assert.deepEqual(units(text), [
		['responsible:各乡镇'],
		['lead:县住建局', 'responsible:各乡镇'],
		['lead:县住建局', 'responsible:各乡镇'],
		['lead:县住建局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。各鄉鎮負責組織實施。\n'), [['responsible:各鄉鎮']]);
});

test('a body plainly named charged by a bare 负责, then bodies carrying the work out (`抓好落实`, `负责具体实施`, `各司其职`), leads as after `A牵头，` (`县住建局负责，各乡镇抓好落实。` was a false lead-not-designated); charged alike (`负责落实` too), no lead is designated', () => {
	const registry = ['县住建局', '县财政局', '县审计局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局负责，各乡镇抓好落实。
		2.推进城市更新。县住建局负责，各乡镇负责具体实施。
		3.推进城市更新。由县住建局负责，各乡镇各司其职。
		4.推进城市更新。县住建局负责，县财政局、县审计局抓好落实，确保年底前完成。
		5.推进城市更新。县住建局负责，各乡镇抓好落实，县财政局配合。
	`);
	const charged = ['lead:县住建局', 'responsible:各乡镇'];
	assert.deepEqual(units(text), [charged, charged, charged, ['lead:县住建局', 'responsible:县财政局', 'responsible:县审计局'], [...charged, 'other:县财政局']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局負責，各鄉鎮抓好落實。\n'), [['lead:縣住建局', 'responsible:各鄉鎮']]);
	// Charged alike, or a collective first: as before.
	const alike = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局负责，县财政局负责。
		2.推进城市更新。县住建局负责落实，各乡镇抓好落实。
		3.推进城市更新。县住建局负责，各乡镇按职责分工负责。
		4.推进城市更新。县住建局负责，各乡镇负责落实。
	`);
	const both = ['responsible:县住建局', 'responsible:各乡镇'];
	assert.deepEqual(units(alike), [['responsible:县住建局', 'responsible:县财政局'], both, both, both]);
	assert.deepEqual(codes(check(alike, registry).findings), ['lead-not-designated', 'lead-not-designated', 'lead-not-designated', 'lead-not-designated']);
});

test('the lead\'s guidance of bodies with no charge after it is its closing work (`县住建局牵头，加强指导各乡镇。` was a false missing-lead), and the manner of it opens no name (`加强指导各乡镇抓好落实` read 「加强指导各乡镇」 as the lead)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，加强指导各乡镇。
		2.推进城市更新。县住建局牵头，督促各乡镇，确保年底前完成。
		3.推进城市更新。县住建局牵头，县财政局配合，指导各乡镇。
		4.推进城市更新。县住建局牵头，加强指导各乡镇抓好落实。
	`);
	assert.deepEqual(units(text), [['lead:县住建局'], ['lead:县住建局'], ['lead:县住建局', 'other:县财政局'], ['lead:县住建局', 'responsible:各乡镇']]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局牽頭，加強指導各鄉鎮。\n'), [['lead:縣住建局']]);
	// Bodies the verb's characters open stay as they read (`指导中心`, `组织部`: no guidance), and with no lead before it none is said.
	assert.deepEqual(codes(check('一、推进城乡建设\n1.推进城市更新。县住建局牵头。\n2.推进城市更新。加强指导各乡镇。\n3.推进城市更新。县住建局牵头，指导中心。\n', registry).findings), ['missing-lead', 'missing-lead']);
});

test('how all work together before the helper\'s verb (`相互配合`, `协调配合`, `通力配合`, `紧密配合`) is no part of the helpers\' names (`县住建局牵头，各乡镇相互配合。` read 「各乡镇相互」, `…，县财政局协调配合。` lost 县财政局)', () => {
	const registry = ['县住建局', '县财政局', '县审计局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，县财政局相互配合。
		2.推进城市更新。县住建局牵头，县财政局协调配合。
		3.推进城市更新。县住建局牵头，县财政局通力配合，确保年底前完成。
		4.推进城市更新。县住建局牵头，县财政局、县审计局紧密配合。
		5.推进城市更新。（县住建局牵头，县财政局协调配合）
	`);
	const both = ['lead:县住建局', 'other:县财政局'];
	assert.deepEqual(units(text), [both, both, both, [...both, 'other:县审计局'], both]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。县住建局牵头，各乡镇相互配合。\n'), [['lead:县住建局', 'other:各乡镇']]);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局牽頭，縣財政局協調配合。\n'), [['lead:縣住建局', 'other:縣財政局']]);
});

test('a bare place joined by 和, 及 or 与 after bodies names none, as beside them with 、 (`县住建局牵头，县财政局和属地配合。` lost 县财政局, `…，县财政局和属地负责。` was a false missing-lead)', () => {
	const registry = ['县住建局', '县财政局', '县审计局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，县财政局和属地配合。
		2.推进城市更新。县住建局牵头，县财政局、县审计局及属地配合。
		3.推进城市更新。（县住建局牵头，县财政局与属地共同参与）
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局', 'other:县审计局'],
		['lead:县住建局', 'other:县财政局'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局牽頭，縣財政局和屬地配合。\n'), [['lead:縣住建局', 'other:縣財政局']]);
	// 属地乡镇 names bodies.
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。县住建局牵头，县财政局和属地乡镇配合。\n'), [['lead:县住建局', 'other:县财政局', 'other:属地乡镇']]);
});

test('in a parenthesis the bodies the lead guides are charged or help, as in prose (`（县住建局牵头，指导各乡镇抓好落实）` lost 各乡镇, `（…，协调县财政局配合）` the helper)', () => {
	const registry = ['县住建局', '县财政局', '指导中心'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。（县住建局牵头，指导各乡镇抓好落实）
		2.推进城市更新。（县住建局牵头，协调县财政局配合）
		3.推进城市更新。（由县住建局牵头，县财政局配合，督促各乡镇负责落实）
		4.推进城市更新。（县住建局牵头，指导中心负责）
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'responsible:各乡镇'],
		['lead:县住建局', 'other:县财政局'],
		['lead:县住建局', 'other:县财政局', 'responsible:各乡镇'],
		['lead:县住建局', 'responsible:指导中心'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。（縣住建局牽頭，指導各鄉鎮抓好落實）\n'), [['lead:縣住建局', 'responsible:各鄉鎮']]);
});

test('bodies given their part after the task\'s first charged body share the work as after `由A负责，` (`县住建局负责，县财政局负责资金保障。` was a false missing-lead)', () => {
	const registry = ['县住建局', '县财政局', '县审计局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局负责，县财政局负责资金保障。
		2.推进城市更新。县住建局负责，县财政局负责资金保障，县审计局配合。
		3.推进城市更新。由县住建局负责，县财政局负责资金保障。
	`);
	const charged = ['lead:县住建局', 'responsible:县财政局'];
	assert.deepEqual(units(text), [charged, [...charged, 'other:县审计局'], charged]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。縣住建局負責，縣財政局負責資金保障。\n'), [['lead:縣住建局', 'responsible:縣財政局']]);
});

test('after a body charged by a bare 负责 and its helpers, bodies carrying the work out share it, the first leading (`县住建局负责，县财政局配合，各乡镇抓好落实。` read 各乡镇 alone; with `，确保年底前完成` a false missing-lead)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局负责，县财政局配合，各乡镇抓好落实。
		2.推进城市更新。县住建局负责，县财政局配合，各乡镇抓好落实，确保年底前完成。
	`);
	const all = ['lead:县住建局', 'other:县财政局', 'responsible:各乡镇'];
	assert.deepEqual(units(text), [all, all]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	// Charged alike: as before (各乡镇 alone read, no finding added).
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。县住建局负责，县财政局配合，各乡镇负责。\n'), [['responsible:各乡镇']]);
});

test('bodies joined by 和, 及 or 与 charged after a lead are charged each, as with 、 (`县住建局牵头，县财政局和各乡镇负责。` lost its lead, a false lead-not-designated)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头，县财政局和各乡镇负责。
		2.推进城市更新。县住建局牵头，县财政局及各乡镇负责落实，确保年底前完成。
		3.推进城市更新。县住建局牵头，县财政局和属地乡镇抓好落实。
	`);
	assert.deepEqual(units(text), [
		['lead:县住建局', 'responsible:县财政局', 'responsible:各乡镇'],
		['lead:县住建局', 'responsible:县财政局', 'responsible:各乡镇'],
		['lead:县住建局', 'responsible:县财政局', 'responsible:属地乡镇'],
	]);
	assert.deepEqual(codes(check(text, registry).findings), []);
});

test('政府 joined by 和, 与 or 及 after a party committee takes its level, no bare place (`各乡镇党委和政府负责落实。` read nothing, a false missing-lead)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。各乡镇党委和政府负责落实。
		2.推进城市更新。县住建局牵头，各乡镇党委与政府负责落实。
		3.推进城市更新。县住建局牵头，各乡镇党委和人民政府负责落实。
		4.推进城市更新。县住建局牵头，各级党委和政府配合。
		5.推进城市更新。县住建局牵头，各乡镇党委和政府抓好落实。
	`);
	assert.deepEqual(units(text), [
		['responsible:各乡镇党委', 'responsible:各乡镇政府'],
		['lead:县住建局', 'responsible:各乡镇党委', 'responsible:各乡镇政府'],
		['lead:县住建局', 'responsible:各乡镇党委', 'responsible:各乡镇人民政府'],
		['lead:县住建局', 'other:各级党委', 'other:各级政府'],
		['lead:县住建局', 'responsible:各乡镇党委', 'responsible:各乡镇政府'],
	]);
	assert.deepEqual(codes(check(text, registry).findings).filter((code) => code === 'missing-lead'), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。各鄉鎮黨委和政府負責落實。\n'), [['responsible:各鄉鎮黨委', 'responsible:各鄉鎮政府']]);
	// Beside a body 政府 is still a bare place.
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。县住建局牵头，县财政局和政府配合。\n'), [['lead:县住建局', 'other:县财政局']]);
});

test('a body organizing the work (`负责组织实施`, `组织实施`) then bodies carrying it out leads (`县住建局负责组织实施，各乡镇抓好落实。` was a false lead-not-designated)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局负责组织实施，各乡镇抓好落实。
		2.推进城市更新。县住建局组织实施，各乡镇抓好落实。
		3.推进城市更新。县住建局组织实施，各乡镇负责。
		4.推进城市更新。县住建局负责组织实施，各乡镇负责落实。
		5.推进城市更新。县住建局负责组织落实，各乡镇抓好落实。
	`);
	const lead = ['lead:县住建局', 'responsible:各乡镇'];
	assert.deepEqual(units(text), [lead, lead, lead, lead, lead]);
	assert.deepEqual(codes(check(text, registry).findings).filter((code) => code === 'lead-not-designated'), []);
	// Both organizing: charged alike, as before.
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。县住建局组织实施，县财政局组织实施。\n'), [['responsible:县住建局', 'responsible:县财政局']]);
});

test('the manner of the lead\'s guidance opens no name only where the bodies it guides are read (`县住建局负责，加强指导各乡镇抓好落实。` was a false missing-lead)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头。
		2.实施老旧小区改造，县住建局负责，加强指导各乡镇抓好落实。
		3.实施老旧小区改造，县住建局牵头，确保年底前完成，加强指导各乡镇抓好落实。
		4.实施老旧小区改造，县住建局牵头，县财政局负责资金保障，加强指导各乡镇抓好落实。
	`);
	assert.deepEqual(codes(check(text, registry).findings).filter((code) => code === 'missing-lead'), []);
	// After `A牵头，` the bodies it guides read.
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。县住建局牵头，加强指导各乡镇抓好落实。\n'), [['lead:县住建局', 'responsible:各乡镇']]);
});

test('how all work together after a bare place is left as it read (`县住建局负责，属地相互配合。` was a false missing-lead: 属地配合 after a bare 负责 reads none)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头。
		2.实施老旧小区改造，县住建局负责，属地相互配合。
		3.实施老旧小区改造，县住建局负责，属地协调配合。
	`);
	assert.deepEqual(codes(check(text, registry).findings).filter((code) => code === 'missing-lead'), []);
	// Beside bodies the manner is still no part of their names.
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。县住建局牵头，县财政局协调配合。\n'), [['lead:县住建局', 'other:县财政局']]);
});

test('bodies given their part after the first charged share the work only named with their level (`县住建局负责，其中县财政局负责资金保障。` read 「其中县财政局」, an unknown-unit)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、推进城乡建设
		1.推进城市更新。县住建局牵头。
		2.实施老旧小区改造，县住建局负责，其中县财政局负责资金保障。
		3.实施老旧小区改造，县住建局负责，同时县财政局负责资金保障。
		4.实施老旧小区改造，县住建局负责，资金由县财政局负责保障。
		5.实施老旧小区改造，县住建局负责，经费由县财政局负责保障。
		6.实施老旧小区改造，县住建局负责，县财政局负责资金保障，属地组织实施。
	`);
	assert.deepEqual(codes(check(text, registry).findings).filter((code) => code === 'unknown-unit' || code === 'lead-not-designated'), []);
	assert.deepEqual(units('一、推进城乡建设\n1.推进城市更新。县住建局负责，县财政局负责资金保障。\n'), [['lead:县住建局', 'responsible:县财政局']]);
});

test('a bare place joined by 和 among charged bodies reads as before (`由县住建局负责，县财政局和属地负责。` read both charged, a lead-not-designated)', () => {
	const text = '一、推进城乡建设\n1.推进城市更新。县住建局牵头。\n2.实施老旧小区改造，由县住建局负责，县财政局和属地负责。\n';
	assert.deepEqual(codes(check(text, ['县住建局', '县财政局'].join('\n')).findings).filter((code) => code === 'lead-not-designated'), []);
});
