import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDeadlines, type DeadlineMode } from '../../server/src/core/model/deadlines';
import { headingLeaders, readLeaders } from '../../server/src/core/model/leaders';
import { noticeYear, yearContext } from '../../server/src/core/model/noticeYear';
import { taskFollowUp } from '../../server/src/core/model/taskFollowUp';
import { dedent } from '../support/cursor';
import { engine } from '../support/engine';

/** `written → date|kind` for each deadline, read in a notice of 2020. */
function read(text: string, mode: DeadlineMode = 'field', year: number | null = 2020): string[] {
	return readDeadlines(text, 0, mode, { notice: year ?? undefined }).map((deadline) => {
		assert.equal(text.slice(deadline.span.start, deadline.span.end), deadline.written, 'the span covers what is written');
		return `${deadline.written} → ${deadline.date ?? deadline.kind}${deadline.yearInferred ? ' (inferred)' : ''}`;
	});
}

test('deadline fields: dates normalised to the last day they allow, the year from the notice when omitted', () => {
	assert.deepEqual(read('6月底前'), ['6月底前 → 2020-06-30 (inferred)']);
	assert.deepEqual(read('2025年底前'), ['2025年底前 → 2025-12-31']);
	assert.deepEqual(read('2021年年底前完成'), ['2021年年底前 → 2021-12-31']);
	assert.deepEqual(read('12月31日前'), ['12月31日前 → 2020-12-31 (inferred)']);
	assert.deepEqual(read('二季度末'), ['二季度末 → 2020-06-30 (inferred)']);
	assert.deepEqual(read('第三季度'), ['第三季度 → 2020-09-30 (inferred)']);
	assert.deepEqual(read('上半年'), ['上半年 → 2020-06-30 (inferred)']);
	assert.deepEqual(read('年内'), ['年内 → 2020-12-31 (inferred)']);
	assert.deepEqual(read('年底前'), ['年底前 → 2020-12-31 (inferred)']);
	assert.deepEqual(read('2022年'), ['2022年 → 2022-12-31']);
	assert.deepEqual(read('2020年2月'), ['2020年2月 → 2020-02-29'], 'a leap year');
	assert.deepEqual(read('10月中旬'), ['10月中旬 → 2020-10-20 (inferred)']);
	assert.deepEqual(read('２０２１年３月底前'), ['２０２１年３月底前 → 2021-03-31'], 'full-width digits');
	assert.deepEqual(read('二〇二一年六月底前'), ['二〇二一年六月底前 → 2021-06-30']);
	assert.deepEqual(read('明年6月底前'), ['明年6月底前 → 2021-06-30 (inferred)']);
	assert.deepEqual(read('2020.12'), ['2020.12 → 2020-12-31'], 'a table cell’s date');
	assert.deepEqual(read('2021-06-30前'), ['2021-06-30前 → 2021-06-30']);
	assert.deepEqual(read('2021/3/5'), ['2021/3/5 → 2021-03-05']);
	assert.deepEqual(read('按时序推进'), ['按时序推进 → ongoing']);
});

test('deadline fields: 前 after a bare month or year means before it begins', () => {
	assert.deepEqual(read('6月前'), ['6月前 → 2020-05-31 (inferred)']);
	assert.deepEqual(read('1月前'), ['1月前 → 2019-12-31 (inferred)']);
	assert.deepEqual(read('2022年前'), ['2022年前 → 2021-12-31']);
	assert.deepEqual(read('三季度前'), ['三季度前 → 2020-06-30 (inferred)']);
	assert.deepEqual(read('三季度末前'), ['三季度末前 → 2020-09-30 (inferred)']);
});

test('deadline fields: several dates, a later date inherits an earlier year, ranges end on their later date', () => {
	assert.deepEqual(read('2021年3月底前完成方案，6月底前建成'), ['2021年3月底前 → 2021-03-31', '6月底前 → 2021-06-30 (inferred)']);
	assert.deepEqual(read('2020年6月至12月'), ['2020年6月至12月 → 2020-12-31']);
	assert.deepEqual(read('2020—2022年'), ['2020—2022年 → 2022-12-31']);
});

test('deadline fields: ongoing and periodic work; an unreadable value is kept as written', () => {
	assert.deepEqual(read('持续推进'), ['持续推进 → ongoing']);
	assert.deepEqual(read('长期坚持'), ['长期坚持 → ongoing']);
	assert.deepEqual(read('長期堅持'), ['長期堅持 → ongoing'], 'Traditional');
	assert.deepEqual(read('持續推進'), ['持續推進 → ongoing'], 'Traditional');
	assert.deepEqual(read('每季度'), ['每季度 → periodic']);
	assert.deepEqual(read('按月调度'), ['按月 → periodic']);
	assert.deepEqual(read('年內完成'), ['年內 → 2020-12-31 (inferred)'], 'Traditional 內');
	assert.deepEqual(read('按省里要求'), ['按省里要求 → unknown']);
	assert.deepEqual(read('  '), []);
});

test('a time that starts the work (2020年起, 自2025年6月开始) is no deadline: its text is kept, with no date', () => {
	assert.deepEqual(read('2020年起'), ['2020年起 → unknown']);
	assert.deepEqual(read('自2025年6月开始'), ['自2025年6月开始 → unknown']);
	assert.deepEqual(read('2025年起持续推进'), ['持续推进 → ongoing']);
	assert.deepEqual(read('2021年起每季度报送'), ['每季度 → periodic']);
	assert.deepEqual(read('2021年起实施，2023年底前完成'), ['2023年底前 → 2023-12-31']);
	assert.deepEqual(read('自2021年起，到2025年底全面建成', 'inline'), ['2025年底 → 2025-12-31']);
});

test('deadline without a year anywhere: a date kind with no date', () => {
	assert.deepEqual(read('6月底前', 'field', null), ['6月底前 → date']);
	assert.deepEqual(read('2021年6月底前', 'field', null), ['2021年6月底前 → 2021-06-30']);
});

test('inline: a time with a deadline cue counts; prose times and verbs do not', () => {
	assert.deepEqual(read('加快建设，6月底前完成主体工程。', 'inline'), ['6月底前 → 2020-06-30 (inferred)']);
	assert.deepEqual(read('力争2025年底前全面建成。', 'inline'), ['2025年底前 → 2025-12-31']);
	assert.deepEqual(read('到2025年底，实现全覆盖。', 'inline'), ['2025年底 → 2025-12-31']);
	assert.deepEqual(read('加速发展总部经济，年内新增总部企业50家。', 'inline'), ['年内 → 2020-12-31 (inferred)']);
	assert.deepEqual(read('二季度末完成验收。', 'inline'), ['二季度末 → 2020-06-30 (inferred)']);
	assert.deepEqual(read('推进改革（持续推进）', 'inline'), ['持续推进 → ongoing']);
	assert.deepEqual(read('召开联席会议（每季度）', 'inline'), ['每季度 → periodic']);
	assert.deepEqual(read('建立制度。长期坚持。', 'inline'), ['长期坚持 → ongoing']);
	// Not deadlines: verbs, statistics, plan periods, durations, a month in a slogan.
	for (const prose of [
		'持续推进棚改攻坚，压实责任。',
		'长期以来形成的问题。',
		'每季度召开一次联席会议。',
		'年末常住人口增长1%。',
		'实施2020—2022年行动计划。',
		'2019年全市生产总值增长7%。',
		'实施“一月一签三会三见”推进机制。',
		'三年内完成改造。',
		'一季度GDP增长。',
		'比2019年前三季度提高。',
		'区内企业全年产值。',
		'增长6.5%，达到2020.5亿元。',
		'完成投资12.3亿元。',
	]) {
		assert.deepEqual(read(prose, 'inline'), [], prose);
	}
});

test('noticeYear: the title first, then the 文号, then a date', () => {
	const year = (text: string) => {
		const notice = engine.parseNotice(text);
		const found = noticeYear(notice);
		return found && `${found.year} ${found.source} «${text.slice(found.span.start, found.span.end)}»`;
	};
	assert.equal(year('舟政办发〔2019〕4号\n关于印发2020年重点工作任务分解的通知\n1.甲。\n牵头单位：市发改委\n'), '2020 title «2020»');
	assert.equal(year('舟政办发〔2019〕4号\n各单位：\n1.甲。\n牵头单位：市发改委\n'), '2019 number «2019»');
	assert.equal(year('各单位：\n2021年3月2日\n1.甲。\n牵头单位：市发改委\n'), '2021 date «2021»');
	assert.equal(year('二〇二二年工作要点\n1.甲。\n牵头单位：市发改委\n'), '2022 title «二〇二二»');
	assert.equal(year('1.甲。\n牵头单位：市发改委\n'), undefined);
});

test('明年 counts from the date the notice is signed with (a plan for 2023 signed on 2022-12-27 writes 明年7月份建成 for July 2023: a tester read it 2024-07-31), else from the plan\'s year; 明年年底前 is next year\'s end', () => {
	const text = dedent(`
		区人民政府办公室关于印发2023年区政府工作报告重点任务分解的通知
		各街办,区政府各部门:
		《2023年区政府工作报告重点任务分解》已经区政府研究同意,现印发给你们。
		                          2022年12月20日
		1.推进物流园一期建设,确保仓储区明年6月份建成、商业区明年年底前建成、配套道路今年10月底前完工。[牵头单位:区商务局]
	`);
	const dates = (notice: string) => {
		const parsed = engine.parseNotice(notice);
		return taskFollowUp(parsed.tasks[0], parsed.text, yearContext(noticeYear(parsed))).deadlines.map((deadline) => `${deadline.written}=${deadline.date}`);
	};
	assert.deepEqual(dates(text), ['明年6月份=2023-06-30', '明年年底前=2023-12-31', '今年10月底前=2023-10-31']);
	assert.equal(noticeYear(engine.parseNotice(text))?.written, 2022);
	// Unsigned, or signed under the body in the plan's year: from the plan's year, as before.
	const unsigned = text.replace('                          2022年12月20日\n', '');
	assert.deepEqual(dates(unsigned), ['明年6月份=2024-06-30', '明年年底前=2024-12-31', '今年10月底前=2023-10-31']);
	assert.deepEqual(dates(unsigned + '区人民政府办公室\n2023年1月5日印发\n'), ['明年6月份=2024-06-30', '明年年底前=2024-12-31', '今年10月底前=2023-10-31']);
	// A date in a sentence is no signature.
	assert.equal(noticeYear(engine.parseNotice(unsigned.replace('现印发给你们。', '经2022年12月20日区政府常务会议研究同意,现印发给你们。')))?.written, undefined);
	assert.deepEqual(read('明年年底前', 'field'), ['明年年底前 → 2021-12-31 (inferred)']);
	assert.deepEqual(read('今年年内', 'field'), ['今年年内 → 2020-12-31 (inferred)']);
});

test('leaders: persons, posts, and both', () => {
	const leaders = (text: string) => readLeaders(text, 0).map((leader) => `${leader.written}: ${leader.name ?? '-'} / ${leader.title ?? '-'}`);
	assert.deepEqual(leaders('成坤、柯相国、王俊'), ['成坤: 成坤 / -', '柯相国: 柯相国 / -', '王俊: 王俊 / -']);
	assert.deepEqual(leaders('王俊副市长'), ['王俊副市长: 王俊 / 副市长']);
	assert.deepEqual(leaders('冯中海常务副市长'), ['冯中海常务副市长: 冯中海 / 常务副市长']);
	assert.deepEqual(leaders('王俊（副市长）'), ['王俊（副市长）: 王俊 / 副市长']);
	assert.deepEqual(leaders('分管副市长'), ['分管副市长: - / 分管副市长']);
	assert.deepEqual(leaders('市政府秘书长'), ['市政府秘书长: - / 市政府秘书长']);
	assert.deepEqual(leaders('常务副区长，区委书记'), ['常务副区长: - / 常务副区长', '区委书记: - / 区委书记']);
	// A table pads a two-character name to the width of three (`俞 悦` under `分 管 县领导`, 南陵 2024).
	assert.deepEqual(leaders('俞 悦'), ['俞 悦: 俞悦 / -']);
	assert.deepEqual(leaders('俞 悦、陈 明'), ['俞 悦: 俞悦 / -', '陈 明: 陈明 / -']);
	assert.deepEqual(leaders('王俊 李 明'), ['王俊: 王俊 / -', '李 明: 李明 / -']);
	// Two padded names whose cell lines a copy joined without a separator.
	assert.deepEqual(leaders('陆 明俞 悦'), ['陆 明: 陆明 / -', '俞 悦: 俞悦 / -']);
	// Two names a space apart stay two; a lone character after a name is not joined to the next.
	assert.deepEqual(leaders('成坤 柯相国'), ['成坤: 成坤 / -', '柯相国: 柯相国 / -']);
	// A name and its post a space apart are one leader, either way round; across 、 they stay two.
	assert.deepEqual(leaders('张三 副县长'), ['张三 副县长: 张三 / 副县长']);
	assert.deepEqual(leaders('常务副县长　张三、李四 副县长'), ['常务副县长　张三: 张三 / 常务副县长', '李四 副县长: 李四 / 副县长']);
	assert.deepEqual(leaders('张三、副县长'), ['张三: 张三 / -', '副县长: - / 副县长']);
	assert.deepEqual(leaders('县长 副县长'), ['县长: - / 县长', '副县长: - / 副县长']);
	// A post in brackets listing titles with 、 is one leader's (a tester's: 王建国（区委常委 and 常务副区长） read as two).
	assert.deepEqual(leaders('王建国（区委常委、常务副区长）'), ['王建国（区委常委、常务副区长）: 王建国 / 区委常委、常务副区长']);
	assert.deepEqual(leaders('王建国(区委常委、常务副区长)、李明（副区长）'), ['王建国(区委常委、常务副区长): 王建国 / 区委常委、常务副区长', '李明（副区长）: 李明 / 副区长']);
});

test('heading leaders: `X市长牵头`, and a leader field in the heading', () => {
	const heading = (title: string) => headingLeaders(title, 0).map((leader) => `${title.slice(leader.span.start, leader.span.end)}: ${leader.name} / ${leader.title}`);
	assert.deepEqual(heading('于会游市长主抓重点工作'), ['于会游市长: 于会游 / 市长']);
	assert.deepEqual(heading('冯中海常务副市长牵头重点工作'), ['冯中海常务副市长: 冯中海 / 常务副市长']);
	assert.deepEqual(heading('朱伟强常委牵头重点工作'), ['朱伟强常委: 朱伟强 / 常委']);
	assert.deepEqual(heading('主要经济社会发展指标等工作目标(牵头领导:成坤、柯相国、王俊)'), ['成坤: 成坤 / undefined', '柯相国: 柯相国 / undefined', '王俊: 王俊 / undefined']);
	assert.deepEqual(heading('深化改革创新，高质量加快动能转换'), []);
	assert.deepEqual(heading('市长牵头的重点工作'), [], 'a post alone opens no name');
});

test('taskFollowUp: a deadline field wins over the text; leaders from fields, else from the heading', () => {
	const notice = engine.parseNotice(dedent(`
		关于印发2020年重点工作任务分解的通知
		一、于会游市长主抓重点工作
		1.完善机制，6月底前出台方案。
		牵头单位：市发改委
		完成时限：2021年底前
		2.推进改革，年底前完成验收。
		牵头单位：市财政局；责任领导：王俊副市长
		3.持续推进棚改攻坚。
		牵头单位：市住建局
	`));
	const rows = notice.tasks.map((task) => {
		const followUp = taskFollowUp(task, notice.text, { notice: noticeYear(notice)?.year });
		return [
			followUp.deadlineSource,
			followUp.deadlines.map((deadline) => `${deadline.written}=${deadline.date ?? deadline.kind}`).join(' '),
			followUp.leaderSource,
			followUp.leaders.map((leader) => leader.written).join(' '),
		];
	});
	assert.deepEqual(rows, [
		['field', '2021年底前=2021-12-31', 'heading', '于会游市长'],
		['text', '年底前=2020-12-31', 'field', '王俊副市长'],
		[undefined, '', 'heading', '于会游市长'],
	]);
});

test('a 十件实事 list\'s labels 主管领导 and 主要责任人 (郑州 2012): leaders, none glued into the task\'s text (a tester\'s: task 2 lost its deadline)', () => {
	const notice = engine.parseNotice(dedent(`
		江州市2012年十件实事任务分解
		1.市区新增中小学学位1万个。
		主管领导:王明
		责任单位:市教育局
		主要责任人:李华
		完成时限:6月底前完成基建;12月底前实现招生。
		2.新建、改扩建幼儿园20所。
		主管领导:王明
		责任单位:市教育局
		主要责任人:李华
		完成时限:9月底前全部开工。
	`));
	const rows = notice.tasks.map((task) => {
		const followUp = taskFollowUp(task, notice.text, { notice: noticeYear(notice)?.year });
		return [task.text, task.units.map((unit) => `${unit.role}:${unit.name}`).join(' '), followUp.leaders.map((leader) => leader.written).join(' '), followUp.deadlines.map((deadline) => deadline.date ?? deadline.kind).join(' ')];
	});
	// Both leader fields' people: 主要责任人 is a leader's field as much as 主管领导.
	assert.deepEqual(rows, [
		['市区新增中小学学位1万个。', 'lead:市教育局', '王明 李华', '2012-06-30 2012-12-31'],
		['新建、改扩建幼儿园20所。', 'lead:市教育局', '王明 李华', '2012-09-30'],
	]);
});

test('a table\'s 进度安排 column beside its 时间要求 column is no deadline: the row keeps its date (a reviewer\'s, a real table: 2025年9月底前 became 分季度推进)', () => {
	const notice = engine.parseNotice('序号\t重点工作任务\t牵头县领导\t牵头单位（部门）\t配合单位\t时间要求\t进度安排\n1\t推进重大项目建设。\t王县长\t县发改局\t县财政局\t全年\t一季度开工\n2\t新建幼儿园2所。\t李副县长\t县教育局\t县财政局\t2025年9月底前\t分季度推进\n');
	const deadlines = notice.tasks.map((task) => taskFollowUp(task, notice.text, { notice: 2025 }).deadlines.map((deadline) => deadline.date ?? deadline.kind).join(' '));
	assert.equal(deadlines[1], '2025-09-30');
});

test('明年 counts from the plan\'s year where the only date is an attachment\'s under the body (a reviewer\'s: 2026-06-30 for a 2024 plan)', () => {
	const notice = engine.parseNotice('2024年城市建设重点项目推进方案\n一、重点项目\n（一）城东污水处理厂扩建。明年6月底前建成投运。（牵头单位：区住建局；责任单位：区水务局）\n（二）滨江公园二期。今年年底前完成主体工程。（牵头单位：区城管局）\n二、保障措施\n各单位要加强协调，确保项目按期推进。\n附件：重点项目节点计划\n城东污水处理厂扩建\n2025年6月30日\n');
	const year = noticeYear(notice);
	const dates = notice.tasks.map((task) => taskFollowUp(task, notice.text, yearContext(year)).deadlines.map((deadline) => deadline.date ?? deadline.kind).join(' '));
	assert.deepEqual(dates, ['2025-06-30', '2024-12-31']);
});

test('taskFollowUp: a deadline written after the units of a unit list is the task\'s (the reader keeps it out of the units)', () => {
	const notice = engine.parseNotice(dedent(`
		2020年州政府工作报告重点任务分解
		1.加大简政放权力度。(牵头单位:州行政审批服务局;责任单位:州司法局、各县市人民政府,6月底完成)
		2.优化营商环境。(牵头单位:州发改委;责任单位:州财政局(负责资金保障))
		3.推进项目审批改革。
		牵头单位：州发改委
		责任单位：州财政局，年底前
	`));
	const rows = notice.tasks.map((task) => {
		const followUp = taskFollowUp(task, notice.text, { notice: noticeYear(notice)?.year });
		return [task.units.map((unit) => unit.name).join('、'), followUp.deadlineSource, followUp.deadlines.map((deadline) => `${deadline.written}=${deadline.date ?? deadline.kind}`).join(' ')];
	});
	assert.deepEqual(rows, [
		['州行政审批服务局、州司法局、各县市人民政府', 'text', '6月底=2020-06-30'],
		['州发改委、州财政局', undefined, ''],
		['州发改委、州财政局', 'text', '年底前=2020-12-31'],
	]);
});
