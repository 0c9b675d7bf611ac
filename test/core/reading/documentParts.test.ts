import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import * as OpenCC from 'opencc-js/cn2t';
import { findDocumentParts, isAddressee, isDateLine, isTitleRepeated, LinePart } from '../../../server/src/core/interpret/documentParts';
import { applyEdits, quickFixes } from '../../../server/src/core/features/quickFixes';
import { readStructure } from '../../../server/src/core/syntax/readStructure';
import { check, codes } from '../../support/engine';
import { dedent } from '../../support/cursor';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** Class 5: not every numbered paragraph is a task. */

test('dates, addressees, signatures', () => {
	for (const date of ['2020年1月18日', '2020 年 2 月 27 日', '2019116', '2022121日', '二○○七年四月十三日', '2021-04-08', '2020年1月18日附件']) {
		assert.ok(isDateLine(date), date);
	}
	assert.ok(!isDateLine('2020年6月30日前完成全部改造任务'));
	const text = '各区人民政府,市直各委、办、局:\n区政府:\n责任单位:市发改委\n您现在的位置: 首页 > 政策\n';
	const lines = readStructure(text).lines;
	assert.deepEqual(lines.slice(0, 4).map((line) => isAddressee(text, line)), [true, true, false, false]);
	const signed = readStructure('1.甲。\n市政府办公室\n\n2020年3月1日\n');
	assert.equal(findDocumentParts(signed.text, signed.lines).flags[1] & LinePart.Signature, LinePart.Signature);
});

test('a cover letter\'s 一、二、 paragraphs and its attachment list are no tasks; the attachment\'s are', () => {
	const text = dedent(`
		各县(市、区)人民政府,市直属各单位:
		现将《重点工作责任分解》印发给你们。现将有关事项通知如下:
		一、各牵头单位要细化任务、量化目标。
		二、各配合单位要各司其职，加强协作。
		附件:1.2020年政府工作报告重点工作责任分解
		2.2020年民生实事责任分解
		某市人民政府办公室
		2020年4月18日
		附件1
		2020年政府工作报告重点工作责任分解
		一、经济发展
		1.地区生产总值增长7%左右。
		牵头单位:市发改委
		2.推进政府治理数字化转型。
		牵头单位:市大数据局
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.title), ['地区生产总值增长7%左右。', '推进政府治理数字化转型。']);
	assert.deepEqual(notice.sections.map((section) => section.title), ['经济发展']);
	assert.deepEqual(codes(findings), []);
});

test('an attachment list whose items a PDF\'s wrap broke: the lines of an item go on the list, the next item is no task', () => {
	const text = dedent(`
		各县(市、区)人民政府,市直属各单位:
		现将《重点工作责任分解》印发给你们。
		附件:1.2018年政府工作报告重点工作责
		任分解
		2.2018年市政府民生实事项目责任分
		解
		3.2018年重点项目清单
		某市人民政府办公室
		2018年3月1日
		一、经济发展
		1.地区生产总值增长7%左右。
		牵头单位:市发改委
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.title), ['地区生产总值增长7%左右。']);
	assert.deepEqual(codes(findings), []);
	// Review of round 14: a signature and a date, or a letter's sentence, after an item are no wrap of it;
	// nor are three lines: the tasks after them are tasks.
	const signed = check('各区人民政府，市直各部门：\n现将《2018年政府工作报告任务分解》印发给你们。\n附件：1.2018年政府工作报告任务分解\nXX市人民政府办公室\n2018年3月1日\n2.推进产业升级，加快城市更新。\n牵头单位：市发改委\n3.加快城市更新。\n牵头单位：市住建局\n');
	assert.deepEqual(signed.notice.tasks.map((task) => task.title), ['推进产业升级，加快城市更新。', '加快城市更新。']);
	const letter = check('附件：1.2018年政府工作报告任务分解\n现将有关事项通知如下：\n2.推进产业升级。\n牵头单位：市发改委\n');
	assert.deepEqual(letter.notice.tasks.map((task) => task.title), ['推进产业升级。']);
	const long = check('附件：1.第一\n2.第二\n续一\n续二\n续三\n3.推进某项工作。\n牵头单位：市发改委\n');
	assert.deepEqual(long.notice.tasks.map((task) => task.title), ['推进某项工作。']);
	// A line after an item that the list's next number does not follow ends the list: 2. is a task.
	const ended = check(text.replace('任分解\n2.2018年市政府民生实事项目责任分\n解\n3.2018年重点项目清单', '任分解\n现将有关事项通知如下\n提请注意\n再次提醒\n2.推进政府治理数字化转型。\n牵头单位:市大数据局'));
	assert.deepEqual(ended.notice.tasks.map((task) => task.title), ['推进政府治理数字化转型。', '地区生产总值增长7%左右。']);
});

test('a letter whose task list is an attachment not in the text: no task, one information finding', () => {
	const text = dedent(`
		各镇政府(街道办事处),区政府直属局以上单位:
		区人大审议通过的《政府工作报告》确定了各项工作任务。现将有关事项通知如下:
		一、各牵头单位要按照分解表的要求做好细化实施方案。
		二、各部门各单位要在每季度末报送进展情况。
		附件:2007年区政府工作主要任务分解表
		二○○七年四月十三日
	`);
	const { notice, findings } = check(text);
	assert.equal(notice.tasks.length, 0);
	assert.deepEqual(findings.map((finding) => [finding.code, finding.severity]), [['units-not-in-text', 'information']]);
});

test('tasks whose units are all in an attachment: one information finding, no missing lead', () => {
	const text = dedent(`
		各镇人民政府:
		区政府制定重点工作要点及责任分解，明确责任单位和完成时限。
		一、深化改革创新
		(一)巩固重点改革成果
		年度目标:完成既定改革任务。
		(二)扩大融杭接沪实效
		年度目标:落实长三角一体化发展国家战略。
		附件:2020年重点工作要点分解责任清单
		2020年2月14日
	`);
	const { notice, findings } = check(text);
	assert.equal(notice.tasks.length, 2);
	assert.deepEqual(findings.map((finding) => [finding.code, finding.severity]), [['units-not-in-text', 'information']]);
});

test('the signature after the last unit line is no more of the unit list, and Fix All joins nothing', () => {
	const text = '1.甲。\n牵头单位：市发改委\n2.乙。\n责任单位：市发改委、市税务局\n市政府办公室\n2020年3月1日\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks[1].units.map((unit) => unit.name), ['市发改委', '市税务局']);
	assert.deepEqual(codes(findings), ['lead-not-designated']);
	const edits = findings.flatMap((finding) => quickFixes({ uri: 'file:///a.txt', notice, finding }).filter((fix) => fix.preferred).flatMap((fix) => fix.edits.flatMap((edit) => edit.edits)));
	assert.ok(!applyEdits(text, edits).includes('市税务局市政府办公室'));
});

test('the closing paragraph after the last task\'s units is no task text', () => {
	const text = dedent(`
		（一）打造发展平台。（广电总局、版权局负责）
		（二）深化国际合作。（体育总局、外交部负责）
		各地区、各有关部门要充分认识重要意义。体育总局要会同有关方面做好指导、督查和总结工作。
		国务院办公厅
		2018年12月11日
	`);
	const { notice } = check(text);
	assert.equal(notice.tasks.length, 2);
	assert.ok(!notice.tasks[1].text.includes('各地区'));
	assert.deepEqual(notice.tasks[1].units.map((unit) => unit.name), ['体育总局', '外交部']);
	// A bulleted closing paragraph naming units of its own, or a bulleted contact line, is no sub-point (a reviewer's: the last task lost its lead).
	for (const closing of ['●各地区、各部门要加强督查，确保任务按期完成。（市政府督查室负责）', '●联系人：张三，电话：12345678', '※注：各牵头单位每月报送进展。']) {
		const closed = check(`1.推动重大项目建设。（市发改委负责）\n2.做好项目储备。（市财政局负责）\n${closing}\n`);
		assert.deepEqual(codes(closed.findings), [], closing);
		assert.deepEqual(closed.notice.tasks[1].units.map((unit) => unit.name), ['市财政局'], closing);
		assert.ok(!closed.notice.tasks[1].text.includes(closing.slice(1, 4)), closing);
	}
	// A bulleted sub-point under the last task's units is the task's, at the text's end or before the closing paragraph (宝山 2008's `▲增加值…`; a sweep's: dropped).
	for (const closing of ['', '各地区、各有关部门要充分认识重要意义。\n']) {
		const pointed = check(`一、促进经济又好又快发展。\n1、加强经济运行分析,确保完成主要指标。(牵头单位:发改委、统计局)\n▲增加值可比增长14%左右,其中,第三产业增长15%。\n${closing}`).notice;
		assert.ok(pointed.tasks[0].text.endsWith('▲增加值可比增长14%左右,其中,第三产业增长15%。'), pointed.tasks[0].text);
		assert.ok(!pointed.tasks[0].text.includes('各地区'), pointed.tasks[0].text);
	}
});

test('a closing sentence under the last task\'s unit line is no unit broken across lines; a name\'s rest with its full stop still is', () => {
	const closing = (line: string) => check(`1.甲。\n牵头单位：市政府办公室\n2.推进监管。\n牵头单位：市市场监管局\n责任单位：市司法局\n${line}\n`);
	for (const line of ['本方案自印发之日起施行。', '市政府督查室将定期通报。']) {
		const { notice, findings } = closing(line);
		assert.deepEqual(notice.tasks[1].units.map((unit) => unit.name), ['市市场监管局', '市司法局'], line);
		assert.deepEqual(codes(findings), [], line);
	}
	const rest = check('1.推进监管。\n牵头单位：市发展和改革委\n员会。\n2.推进建设。\n牵头单位：市城市管理综合行\n政执法局。\n');
	assert.deepEqual(rest.notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['市发展和改革委员会'], ['市城市管理综合行政执法局']]);
});

test('a line every task writes under its units with a word that is no label (`进度安排：`) is the last task\'s too, no closing paragraph; a closing paragraph so opened that no task above writes still closes (a probe\'s: the last task lost its 进度安排 and its deadline)', () => {
	const tasks = dedent(`
		一、推动高质量发展
		1.加快推进重大项目建设。
		牵头单位：市发改委
		责任单位：市住建局
		进度安排：6月底前完成年度计划的50%。
		2.深化营商环境改革。
		牵头单位：市政务服务管理局
		责任单位：市大数据局
	`);
	for (const schedule of ['进度安排：9月底前完成。', '进度安排:9月底前完成。']) {
		for (const after of ['', '\n江州市人民政府办公室\n2024年3月1日\n', '各地各部门要高度重视，确保各项任务按期完成。\n']) {
			const { notice, findings } = check(`${tasks}\n${schedule}\n${after}`);
			assert.ok(notice.tasks[1].text.endsWith(schedule), `${schedule} ${after}: ${notice.tasks[1].text}`);
			assert.ok(!notice.tasks[1].text.includes('各地各部门'), after);
			assert.deepEqual(codes(findings), [], after);
		}
	}
	for (const closing of ['工作要求：各地各部门要高度重视，确保各项任务按期完成。', '进度要求：各地各部门要于每月5日前报送进展。']) {
		const { notice } = check(`${tasks}\n${closing}\n`);
		assert.ok(!notice.tasks[1].text.includes('各地各部门'), closing);
	}
});

test('page numbers glued mid-sentence are no items; site metadata is no unit', () => {
	const text = dedent(`
		索引号: | 11341602003166647K/202004-00328 | 信息分类: | 规范性文件 |
		1、政府工作报告 各位代表:现在，我代表市人民政府向大会报告工作。一年来，经济健康运行，我们发展
		2、的质量更高了。全年实现生产总值增长，在抵御险情、
		3、抗击疫情的紧要关头，全市广大干部群众和衷共济。
	`);
	const structure = readStructure(text);
	const parts = findDocumentParts(text, structure.lines);
	assert.deepEqual([2, 3].map((line) => (parts.flags[line] & LinePart.PageNumber) !== 0), [true, true]);
	const { notice, findings } = check(text);
	assert.equal(notice.tasks.length, 0);
	assert.deepEqual(findings, []);
});

test('a letter announcing 146 tasks of an attachment has no count mismatch', () => {
	const text = '各县、区人民政府:\n现将《方案》印发给你们,并就抓好《方案》确定的146项工作任务落实通知如下:\n1.明确任务,压实责任。各牵头单位要建立任务清单。\n2.统筹协调,合力攻坚。各相关单位要加强配合。\n某市人民政府办公室\n2021年1月25日\n';
	assert.deepEqual(codes(check(text).findings), []);
});

test('notes after the list, numbered from 1 again (备注：, 注：1.…, 填表说明：), are no tasks; items with their fields on the next line after 说明： are', () => {
	for (const notes of ['备注：\n1.各牵头单位于每季度末报送进展情况。\n2.本表由县政府督查室负责解释。', '注：1.各牵头单位于每季度末报送进展情况；\n2.本表由县政府督查室负责解释。', '填表说明：\n（1）各牵头单位于每季度末报送进展情况。\n（2）本表由县政府督查室负责解释。']) {
		const { notice, findings } = check(`1.实施重点项目100个。（牵头单位：县发改局）\n2.做好防汛工作。（牵头单位：县水利局）\n${notes}\n`);
		assert.deepEqual(codes(findings), [], notes);
		assert.deepEqual(notice.tasks.map((task) => task.title), ['实施重点项目100个。', '做好防汛工作。'], notes);
	}
	const { notice, findings } = check('说明：\n1.实施重点项目100个。\n牵头单位：县发改局\n2.做好防汛工作。\n牵头单位：县水利局\n');
	assert.deepEqual(codes(findings), []);
	assert.equal(notice.tasks.length, 2);
	// A notes list whose first item lost its point (`1项目…`) is still one when item 2 follows without units (a reviewer's: two false missing-leads).
	const pointless = check('1.实施重点项目100个。（牵头单位：县发改局）\n备注：1项目牵头单位要于每月5日前报送进展情况。\n2.责任单位要积极配合。\n3.市政府督查室负责督查。\n');
	assert.deepEqual(codes(pointless.findings), []);
	assert.equal(pointless.notice.tasks.length, 1);
	// A remark under a task's unit line whose number counts or dates is no list of notes: the sections go on (a sweep's 郑州 2012 probe).
	for (const remark of ['备注：6月底前基本完成基建任务。', '注:5月30日前完成', '说明：3项工作已完成']) {
		const remarked = check(`一、教育\n1.新增学位2.36万个。\n责任单位：市教育局\n${remark}\n2.新建幼儿园84所。\n责任单位：市教育局\n`).notice;
		assert.deepEqual(remarked.tasks.map((task) => task.section?.title), ['教育', '教育'], remark);
	}
	// 备注 without its colon is a table's column, not notes.
	assert.equal(check('序号\t工作任务\t牵头单位\t备注\n1\t实施重点项目。\t县发改局\t\n2\t做好防汛工作。\t县水利局\t\n').notice.tasks.length, 2);
});

test('each attachment numbers from 1: no number used twice across 附件1 and 附件2, and no gap from the first\'s habit', () => {
	const twoLists = check('附件1\n1.实施重点项目100个。（牵头单位：县发改局）\n2.做好防汛工作。（牵头单位：县水利局）\n附件2\n1.新建城市公园3个。（牵头单位：县住建局）\n2.新建学校1所。（牵头单位：县教育局）\n');
	assert.deepEqual(codes(twoLists.findings), []);
	assert.equal(twoLists.notice.tasks.length, 4);
	// The first runs its numbers on across its sections; the second restarts: each is its own.
	const habits = check('一、经济发展\n1.实施重点项目100个。（牵头单位：县发改局）\n二、社会民生\n2.新增城镇就业4000人。（牵头单位：县人社局）\n附件2\n1.新建城市公园3个。（牵头单位：县住建局）\n');
	assert.deepEqual(codes(habits.findings), []);
	// Inside one attachment a number used twice is still one.
	assert.deepEqual(codes(check('附件1\n1.甲。（牵头单位：县发改局）\n1.乙。（牵头单位：县水利局）\n').findings), ['duplicate-number']);
});

test('a cover letter\'s paragraph that words who follows the work up (由县政府督查室牵头) is still the letter\'s when the tasks after it carry twice as many', () => {
	const letter = '各乡镇人民政府，县直各部门：\n　　现将《2024年重点任务分解》印发给你们，并就有关事项通知如下：\n　　一、提高思想认识。各乡镇、各部门要高度重视。\n　　二、强化督查考核。由县政府督查室牵头，会同县委组织部加强督查考核。\n　　附件：2024年重点任务分解\nX县人民政府办公室\n2024年3月1日\n2024年重点任务分解\n';
	const { notice, findings } = check(`${letter}1.实施重点项目100个。（牵头单位：县发改局）\n2.新增规上工业企业20家。（牵头单位：县工信局）\n`);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.title), ['实施重点项目100个。', '新增规上工业企业20家。']);
	// With one task after it, the letter's carrying paragraph is as many: the letter's items stay items.
	assert.equal(check(`${letter}1.实施重点项目100个。（牵头单位：县发改局）\n`).notice.tasks.length, 3);
});

test('a list numbered from 1 again under a heading without a number is a list of its own; a 1 again after a task is still a duplicate', () => {
	for (const heading of ['社会民生方面', '——持续改善民生', '专项二：社会民生', '2024年县政府民生实事项目分解', '【社会民生】']) {
		const { findings } = check(`经济发展方面\n1.实施重点项目100个。（牵头单位：县发改局）\n2.新增规上工业企业20家。（牵头单位：县工信局）\n${heading}\n1.新增城镇就业4000人。（牵头单位：县人社局）\n2.推进教育优质均衡发展。（牵头单位：县教育局）\n`);
		assert.deepEqual(codes(findings), [], heading);
	}
	// Notes headed 有关说明： are notes too.
	assert.deepEqual(codes(check('1.甲。（牵头单位：县发改局）\n2.乙。（牵头单位：县工信局）\n有关说明：\n1.请各牵头单位于每季度末报送进展情况。\n2.本表由县政府督查室负责解释。\n').findings), []);
	// After a task's own last line, or a field line, 1 again is a number used twice.
	assert.deepEqual(codes(check('1.甲。（牵头单位：县发改局）\n2.乙。（牵头单位：县工信局）\n1.丙。（牵头单位：县人社局）\n').findings), ['duplicate-number']);
	assert.deepEqual(codes(check('1.甲。\n牵头单位：县发改局\n2.乙。\n牵头单位：县工信局\n1.丙。\n牵头单位：县人社局\n').findings), ['duplicate-number']);
});

test('a PDF\'s wrap before numbers listed with 、 (5、6号泊位, 一、二期工程) is no item; an item of the list after a heading is', () => {
	const berths = check('1.推进港区码头二期工程，建成\n5、6号泊位。（牵头单位：县交通运输局）\n2.做好防汛抗旱工作。（牵头单位：县水利局）\n');
	assert.deepEqual(codes(berths.findings), []);
	assert.deepEqual(berths.notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['县交通运输局'], ['县水利局']]);
	const phases = check('一、推进重大项目建设\n1.推进经济开发区标准厂房建设，完成\n一、二期工程竣工验收。（牵头单位：县经济开发区管委会）\n2.做好防汛抗旱工作。（牵头单位：县水利局）\n二、改善民生\n3.新增城镇就业4000人。（牵头单位：县人社局）\n');
	assert.deepEqual(codes(phases.findings), []);
	assert.equal(phases.notice.tasks.length, 3);
	// After a heading, 3、4号楼 opens an item.
	assert.equal(check('（二）住房保障\n3、4号楼完成改造。（牵头单位：县住建局）\n').notice.tasks.length, 1);
});

test('a joint signature of two organs (中共桃源县委员会 / 桃源县人民政府) or a prefecture\'s 行政公署 after the last unit line is no unit (a tester\'s)', () => {
	for (const signature of ['中共桃源县委员会\n桃源县人民政府', '中共桃源县委办公室\n桃源县人民政府办公室', '喀什地区行政公署']) {
		const { notice, findings } = check(`1.做好医保征缴和家庭医生签约。\n牵头单位：县卫健局\n责任单位：县医保局、县财政局\n${signature}\n2022年2月28日\n`);
		assert.deepEqual(codes(findings), [], signature);
		assert.deepEqual(notice.tasks[0].units.map((unit) => unit.name), ['县卫健局', '县医保局', '县财政局'], signature);
	}
});

test('a page footer glued before the next item (— 2 —2.…) is passed over: the item is its own (a tester\'s)', () => {
	const { notice, findings } = check('1.实施重点项目100个。（牵头单位：县发改局）\n— 2 —2.新增城镇就业4000人。（牵头单位：县人社局）\n3.做好防汛工作。（牵头单位：县水利局）\n');
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.title), ['实施重点项目100个。', '新增城镇就业4000人。', '做好防汛工作。']);
	// A footer with no item after it is left as written: `— 2 —推进…` is no item.
	assert.equal(check('1.甲。（牵头单位：县发改局）\n— 2 —推进改革。\n').notice.tasks.length, 1);
});

test('a running header after a page footer (— 2 — / the title) inside a unit list is passed over as the footer is (a tester\'s: 2024年…分解县市场监管局 unknown)', () => {
	const { notice, findings } = check('1.开展消费季活动。（牵头单位：县商务局；责任单位：县文旅局、\n— 2 —\n2024年县政府工作报告重点任务分解\n县市场监管局）\n2.新增城镇就业4500人。（牵头单位：县人社局）\n');
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks[0].units.map((unit) => unit.name), ['县商务局', '县文旅局', '县市场监管局']);
});

test('a web page\'s picture file name (640.webp.jpg, 2.jpg, 1.pdf) or font-size control (3.【字体：大 中 小】) copied with its text is no item (real pages: a missing lead on item 640)', () => {
	for (const control of ['640.webp.jpg', '2.jpg', '1.pdf', '3.【字体：大 中 小】', '【字体：大 中 小】', '字号：大 中 小']) {
		const { notice, findings } = check(`某市公布2024年政府工作报告任务分解\n来源:市政府办\n${control}\n近日，市政府办公室印发通知，公布任务分解清单。\n一、财政金融\n1.财政收入稳定增长。\n牵头单位:市财政局\n2.稳定就业。\n牵头单位:市人社局\n`);
		assert.deepEqual(codes(findings), [], control);
		assert.deepEqual(notice.tasks.map((task) => task.marker.number), [1, 2], control);
	}
	// Inside a task, between its line and its fields, the picture is passed over.
	const inside = check('1.推进老旧小区改造。\n图片1.png\n牵头单位：市住建局\n2.稳定就业。\n牵头单位：市人社局\n');
	assert.deepEqual(codes(inside.findings), []);
	assert.deepEqual(inside.notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['市住建局'], ['市人社局']]);
	// A task that names a file type in its words is a task.
	assert.equal(check('1.推广电子公文OFD格式。（牵头单位：市政府办）\n').notice.tasks.length, 1);
});

test('a cover letter pasted without its signature and date ends at the title of what follows: its 一、二、 paragraphs are no sections of the tasks (a real letter: every task\'s 章节 was 二、加强督办…)', () => {
	const text = '各区人民政府，市人民政府各部门：\n现将《2023年市〈政府工作报告〉目标任务责任分解方案》印发给你们，并就有关事项通知如下。\n一、高度重视，科学制订办理方案。各责任单位要逐项研究所承办的责任事项。\n二、加强督办，确保全年硬账硬结。各牵头单位要按季度报送完成情况。\n2023年市《政府工作报告》目标任务责任分解方案\n1.地区生产总值增长6%以上。\n牵头单位：市发改委\n2.推进老旧小区改造。\n牵头单位：市房管局\n';
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => [task.marker.number, task.section?.marker.number]), [[1, undefined], [2, undefined]]);
	// A task's wrapped line ending with 方案 is no title: the task goes on.
	const wrapped = check('各区人民政府：\n现将有关事项通知如下。\n1.研究制定全市国土空间规划实施\n方案。（牵头单位：市自然资源局）\n');
	assert.equal(wrapped.notice.tasks.length, 1);
});

test('a letter sending its list (印发给你们), nothing between its last paragraph and the list: the paragraphs are no sections of the tasks (菏泽 2023: every task\'s 章节 was 三、加强督导…)', () => {
	const text = dedent(`
		各县区人民政府,市政府各部门:
		经市政府同意,现将《分工落实方案》印发给你们,请认真贯彻实施。
		一、高度重视,认真研究政策。各县区、各部门要强化组织领导。
		二、压实责任,推动工作落实。各牵头单位要统筹落实任务事项。
		三、加强督导,健全推进机制。市发展改革委负责《方案》工作任务的统一督导调度。
		1. 深化新旧动能转换取得重大突破。(牵头单位:市发展改革委;责任单位:市工业和信息化局)
		2. 推动绿色低碳发展。(牵头单位:市生态环境局)
	`);
	const sections = (notice: string) => check(notice).notice.tasks.map((task): [number, string | undefined] => [task.marker.number, task.section?.title]);
	assert.deepEqual(sections(text), [[1, undefined], [2, undefined]]);
	assert.deepEqual(codes(check(text).findings), []);
	// In Traditional script, with the fields on the line under the task.
	assert.deepEqual(sections(toTraditional(text).replace('(牽頭單位:市生態環境局)', '\n牽頭單位:市生態環境局')), [[1, undefined], [2, undefined]]);
	// A heading alone over the list is the list's own, sent with no title before its body.
	const body = text.replace('三、加强督导,健全推进机制。市发展改革委负责《方案》工作任务的统一督导调度。', '三、重点任务');
	assert.deepEqual(sections(body), [[1, '重点任务'], [2, '重点任务']]);
	// A letter that holds the list (分解如下) and one whose paragraph has points of its own are left as they were.
	assert.deepEqual(sections(text.replace('现将《分工落实方案》印发给你们,请认真贯彻实施。', '现将任务分解如下:')).map((pair) => pair[1]?.slice(0, 4)), ['加强督导', '加强督导']);
	const points = text.replace('二、压实责任,推动工作落实。各牵头单位要统筹落实任务事项。', '二、压实责任,推动工作落实。各牵头单位要统筹落实任务事项。\n1.制定工作推进方案。\n2.明确时间表。');
	assert.deepEqual(sections(points).slice(2).map((pair) => pair[1]?.slice(0, 4)), ['加强督导', '加强督导']);
	// A paragraph naming its units by a field is a task of a list the letter holds: it stays one.
	const fields = `${text.replace('各牵头单位要统筹落实任务事项。', '各牵头单位要统筹落实任务事项。(牵头单位:市政府办公室)')}3. 扩大有效投资。(牵头单位:市财政局)\n4. 促进消费。(牵头单位:市商务局)\n`;
	assert.ok(check(fields).notice.tasks.some((task) => task.title.startsWith('压实责任')));
	// Paragraphs whose numbering goes on after the list (`四、保障措施。…`) are the 方案's own sections, sent with no title
	// before them: the tasks stay under the last (a reviewer's probe).
	const own = `${text.replace('三、加强督导,健全推进机制。市发展改革委负责《方案》工作任务的统一督导调度。', '三、重点任务。围绕年度目标,重点抓好以下工作。')}\n四、保障措施。各部门要加强组织领导。\n`;
	assert.deepEqual(sections(own), [[1, '重点任务。围绕年度目标,重点抓好以下工作。'], [2, '重点任务。围绕年度目标,重点抓好以下工作。']]);
	// Signed under the list (a web page puts the signature and date at the bottom): the same, the signature no task text.
	const signed = `${text}某市人民政府办公室\n2099年1月5日\n`;
	assert.deepEqual(sections(signed), [[1, undefined], [2, undefined]]);
	assert.equal(check(signed).notice.tasks[1].title, '推动绿色低碳发展。');
	assert.deepEqual(codes(check(signed).findings), []);
	assert.deepEqual(sections(`${own}某市人民政府办公室\n2099年1月5日\n`).map((pair) => pair[1]?.slice(0, 4)), ['重点任务', '重点任务']);
	assert.deepEqual(sections(`${text.replace('现将《分工落实方案》印发给你们,请认真贯彻实施。', '现将任务分解如下:')}某市人民政府办公室\n2099年1月5日\n`).map((pair) => pair[1]?.slice(0, 4)), ['加强督导', '加强督导']);
});

test('a page\'s header repeating the title without its footer, inside a list left open, is passed over (…市交通运输局、 / 2025年…分解方案 / 各区人民政府）', () => {
	const title = '2025年市政府工作报告重点任务分解方案';
	const text = `${title}\n1.推进项目建设。\n牵头单位：市住建局；责任单位：市交通运输局、\n${title}\n各区人民政府\n2.促进消费。（牵头单位：市商务局；责任单位：市财政局、\n${title}\n各区人民政府）\n3.扩大投资。（市发改委牵头，市财政局、\n${title}\n各区人民政府配合）\n`;
	const { notice, findings } = check(text, '市住建局\n市交通运输局\n市商务局\n市财政局\n市发改委\n各区人民政府\n');
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [
		['lead:市住建局', 'responsible:市交通运输局', 'responsible:各区人民政府'],
		['lead:市商务局', 'responsible:市财政局', 'responsible:各区人民政府'],
		['lead:市发改委', 'other:市财政局', 'other:各区人民政府'],
	]);
	assert.deepEqual(codes(findings), []);
	// The title at the top and a line of a list that ends with 分工 stay what they are.
	assert.equal(findDocumentParts(notice.text, readStructure(text).lines).flags[0], LinePart.None);
	// Between two field lines too (`牵头单位：市发改委` / the title / `责任单位：…`: no lead lost); an attachment's
	// title after its heading, a letter's after its date, are titles.
	const between = check(`${title}\n1.推进项目建设。\n牵头单位：市住建局\n${title}\n责任单位：市交通运输局\n`);
	assert.deepEqual(between.notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:市住建局', 'responsible:市交通运输局']);
	const attached = readStructure(`各区人民政府：\n现印发给你们。\n市人民政府办公室\n2025年3月1日\n${title}\n附件1\n${title}\n`);
	const flags = findDocumentParts(attached.text, attached.lines).flags;
	assert.deepEqual([flags[4] & LinePart.PageFooter, flags[6] & LinePart.PageFooter], [0, 0]);
});

test('a cover letter\'s contact line after its numbered paragraphs (联系人：张三，联系电话：…) names no field: the paragraphs are no tasks (a real letter: three tasks and a count mismatch)', () => {
	const text = '各县、区人民政府，市政府各部门：\n现将《方案》印发给你们，并就抓好《方案》确定的146项工作任务落实通知如下：\n1.明确任务，压实责任。各牵头单位要细化工作举措。\n2.统筹协调，合力攻坚。各相关单位要加强配合。\n3.加强督考，狠抓落实。各牵头单位要按月报送进展情况。\n联系人：张三，联系电话：1234567。\n某市人民政府办公室\n2021年1月25日\n';
	const { notice, findings } = check(text);
	assert.equal(notice.tasks.length, 0);
	assert.ok(!codes(findings).includes('count-mismatch'));
});

test('the notice\'s title repeated as a page\'s header after a footer ends no cover letter: the items above it stay tasks (a tester\'s: 各区人民政府，市政府各部门： / 1.… / — 1 — / the title, item 1 lost)', () => {
	const title = '城西区2024年政府工作报告重点任务分工';
	const text = `${title}\n各街道办事处，区政府各部门：\n1.全年地区生产总值增长5.5%左右，固定资产投资增长\n— 1 —\n${title}\n8%。\n牵头单位：区发改局；责任单位：区统计局\n2.培育规上工业企业15家。\n牵头单位：区经信局；责任单位：区财政局\n3.新增城镇就业5000人。\n牵头单位：区人社局；责任单位：各街道办事处\n`;
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => [task.marker.number, task.units[0]?.name]), [[1, '区发改局'], [2, '区经信局'], [3, '区人社局']]);
	assert.deepEqual(notice.tasks[0].units.map((unit) => unit.name), ['区发改局', '区统计局']);
	// Another title after a footer is what follows the letter: the letter's 一、二、 are no sections of its tasks.
	const letter = `关于印发${title}的通知\n各街道办事处，区政府各部门：\n现将任务分工印发给你们。\n一、提高认识。各单位要高度重视。\n二、强化督办。各牵头单位按季度报送进展。\n— 1 —\n${title}\n1.培育规上工业企业15家。\n牵头单位：区经信局\n2.新增城镇就业5000人。\n牵头单位：区人社局\n`;
	assert.deepEqual(check(letter).notice.tasks.map((task) => [task.marker.number, task.section?.marker.number]), [[1, undefined], [2, undefined]]);
});

test('the notice\'s title after a footer, the numbering starting again under it, ends a cover letter without a date: the attachment begins there (a reviewer: the letter\'s 一、二、 read as tasks, false missing-lead)', () => {
	const title = '2025年镇政府工作报告重点任务分解方案';
	for (const footer of ['— 1 —', '1']) {
		const text = `${title}\n各村（社区），镇属各单位：\n现将《${title}》印发给你们，请抓好落实。\n一、加强组织领导。各单位主要负责人要亲自部署。\n二、严格督查问效。由镇党政办牵头，每季度通报一次。\n${footer}\n${title}\n一、做强特色产业\n1.新建茶叶基地1000亩。\n牵头单位：镇农业服务中心；责任单位：镇财政所\n2.培育农民专业合作社5家。\n牵头单位：镇经济发展办；责任单位：镇财政所\n`;
		const { notice, findings } = check(text);
		assert.deepEqual(codes(findings), [], footer);
		assert.deepEqual(notice.tasks.map((task) => [task.marker.number, task.units[0]?.name]), [[1, '镇农业服务中心'], [2, '镇经济发展办']], footer);
	}
});

test('the title is repeated only as a line of its own, as a page\'s header writes it, not quoted in a sentence: an edit of it reads no task again (a reviewer)', () => {
	const title = '2025年镇政府工作报告重点任务分解方案';
	const quoted = `${title}\n各村（社区）：\n现将《${title}》印发给你们，请抓好落实。\n1.新建茶叶基地1000亩。（镇农业服务中心牵头）\n`;
	assert.equal(isTitleRepeated(quoted, title), false);
	assert.equal(isTitleRepeated(`${quoted}— 2 —\n  ${title}\r\n2.培育合作社5家。（镇经济发展办牵头）\n`, title), true);
	assert.equal(isTitleRepeated(`${quoted}— 2 —\n${title}`, title), true);
	assert.equal(isTitleRepeated(`${quoted}— 2 —\r${title}\r2.培育合作社5家。`, title), true);
});

test('a closing paragraph opening with a word every task writes is no task\'s after a blank line, nor past as many such lines as the task before has (a reviewer\'s: the cover letter\'s `联系人：王强，联系电话：…` and `工作要求：各地各部门要…` glued to the last task)', () => {
	const tasks = (word: string, first: string, second: string) => dedent(`
		一、推动高质量发展
		1.加快推进重大项目建设。
		牵头单位：市发改委
		${word}：${first}
		2.深化营商环境改革。
		牵头单位：市营商局
		${word}：${second}
	`);
	const contact = check(`${tasks('联系人', '张伟，电话：0771-5551234', '李娜，电话：0771-5552345')}\n\n联系人：王强，联系电话：0771-5559999\n\n江州市人民政府办公室\n2024年3月1日\n`).notice;
	assert.ok(contact.tasks[1].text.endsWith('李娜，电话：0771-5552345'), contact.tasks[1].text);
	const requirements = check(`${tasks('工作要求', '按月报送项目进展。', '按季度报送改革进展。')}\n工作要求：各地各部门要高度重视，确保各项任务按期完成。\n`).notice;
	assert.ok(requirements.tasks[1].text.endsWith('按季度报送改革进展。'), requirements.tasks[1].text);
	// The last task writing no such line, the closing one addressed to every unit is the notice's, its date no deadline.
	const addressed = check(dedent(`
		一、推动高质量发展
		1.加快推进重大项目建设。
		牵头单位：市发改委
		工作要求：按季度报送改革进展。
		2.推进外贸稳增长。
		牵头单位：市商务局
		工作要求：请各牵头单位于12月20日前将全年工作总结报市政府督查室。
		市人民政府办公室
		2024年3月1日
	`)).notice;
	assert.ok(addressed.tasks[1].text.endsWith('推进外贸稳增长。'), addressed.tasks[1].text);
	assert.equal(addressed.tasks[1].deadline, undefined);
});
