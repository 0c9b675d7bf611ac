import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { readStructure } from '../../../server/src/core/syntax/readStructure';
import { unitAt } from '../../../server/src/core/features/unitAt';
import { columnRole } from '../../../server/src/core/syntax/tableHeaders';
import { check, codes, engine } from '../../support/engine';
import { buildTaskTable, type TaskRow } from '../../../server/src/core/features/taskTable';
import { taskColumns } from '../../../server/src/core/features/tableColumns';
import { dedent } from '../../support/cursor';
import { taskFollowUp } from '../../../server/src/core/model/taskFollowUp';

/** Class 4: tables pasted as text. Each layout with a short crafted table; the corpus has only cell-per-line ones. */

/** Each task as `number: role:unit …`, leader and deadline when there are. */
function rows(text: string): string[] {
	const { notice } = check(text);
	return notice.tasks.map((task) => {
		const units = task.units.map((unit) => `${unit.role}:${unit.name}`).join(' ');
		const extra = [task.leader ? `leader:${task.leader.text}` : '', task.deadline ? `deadline:${task.deadline.text}` : ''].filter(Boolean).join(' ');
		return `${task.marker.number}: ${task.title} | ${units}${extra ? ' | ' + extra : ''}`;
	});
}

test('header words in any order and spacing, both scripts', () => {
	assert.equal(columnRole('序号'), 'number');
	assert.equal(columnRole('目  标  任  务'), 'task');
	assert.equal(columnRole('工作任务'), 'task');
	assert.equal(columnRole('2022年预期目标'), 'task');
	assert.equal(columnRole('牵头单位'), 'lead');
	assert.equal(columnRole('牽頭單位'), 'lead');
	assert.equal(columnRole('责任单位 |'), 'responsible');
	assert.equal(columnRole('配合单位'), 'other');
	assert.equal(columnRole('责任领导'), 'leader');
	// 长府〔2019〕5号: the task column named by two words, the task's first; a unit column's word after 和 is no task column.
	assert.equal(columnRole('目标任务和工作要求'), 'task');
	assert.equal(columnRole('工作要求'), undefined);
	assert.equal(columnRole('工作和责任单位'), undefined);
	assert.equal(columnRole('責任人'), 'leader');
	assert.equal(columnRole('完成时限'), 'deadline');
	assert.equal(columnRole('进展情况'), 'note');
	assert.equal(columnRole('索引号'), undefined);
	// 上城 2019, 大竹, 洋县, 杭州 2021: more words for the task column, and a note after the word.
	assert.equal(columnRole('任 务 名 称'), 'task');
	assert.equal(columnRole('项目名称'), 'task');
	assert.equal(columnRole('民生实事'), 'task');
	assert.equal(columnRole('重点工作任务(杭州市2项配合工作)'), 'task');
	assert.equal(columnRole('单位名称'), undefined);
});

test('tab-separated rows (Excel, WPS), columns in any order, a merged leader cell applies below', () => {
	const text = dedent(`
		2020年重点工作任务分解表
		序号\t牵头单位\t工作任务\t责任单位\t责任领导\t完成时限
		1\t市发改委\t推进重大项目建设\t市财政局、市自然资源局\t张副市长\t2020年底
		2\t市商务局\t扩大对外开放\t市发改委\t\t长期坚持
		3\t\t优化营商环境\t市政务办、市市场监管局\t李副市长\t
	`);
	assert.deepEqual(rows(text), [
		'1: 推进重大项目建设 | lead:市发改委 responsible:市财政局 responsible:市自然资源局 | leader:张副市长 deadline:2020年底',
		'2: 扩大对外开放 | lead:市商务局 responsible:市发改委 | leader:张副市长 deadline:长期坚持',
		'3: 优化营商环境 | responsible:市政务办 responsible:市市场监管局 | leader:李副市长',
	]);
	const { findings } = check(text);
	assert.deepEqual(findings.map((finding) => `${finding.code}:${finding.args[0]}`), ['lead-not-designated:3']);
});

test('one cell per line ending in |, as a web page copies a table', () => {
	const text = dedent(`
		序号 |
		工作任务 |
		牵头单位 |
		配合单位 |
		1 |
		推进重大项目建设 |
		市发改委 |
		市财政局、市自然资源局 |
		2 |
		扩大对外开放 |
		市商务局 |
		市发改委 |
	`);
	assert.deepEqual(rows(text), ['1: 推进重大项目建设 | lead:市发改委 other:市财政局 other:市自然资源局', '2: 扩大对外开放 | lead:市商务局 other:市发改委']);
});

test('a box-drawn frame: wrapped cells are joined, a unit broken inside its cell is one unit, no broken-name finding', () => {
	const text = dedent(`
		┌──┬────────┬──────┬──────┐
		│序│工作任务│牵头  │责任  │
		│号│        │单位  │单位  │
		├──┼────────┼──────┼──────┤
		│1 │推进重大│市发改│市财政│
		│  │项目建设│委    │局、市│
		│  │        │      │商务局│
		├──┼────────┼──────┼──────┤
		│2 │扩大开放│市商务│市发改│
		│  │        │局    │委    │
		└──┴────────┴──────┴──────┘
	`);
	assert.deepEqual(rows(text), ['1: 推进重大项目建设 | lead:市发改委 responsible:市财政局 responsible:市商务局', '2: 扩大开放 | lead:市商务局 responsible:市发改委']);
	const { findings } = check(text);
	assert.deepEqual(findings.filter((finding) => finding.code === 'broken-unit-name'), []);
});

test('a box frame with a group row across the table: a section over the rows below', () => {
	const text = dedent(`
		┌──┬────────┬──────┐
		│序号│工作任务│牵头单位│
		├──┴────────┴──────┤
		│一、稳增长          │
		├──┬────────┬──────┤
		│1 │扩大投资│市发改委│
		├──┴────────┴──────┤
		│二、促改革          │
		├──┬────────┬──────┤
		│1 │深化改革│市委改革办│
		└──┴────────┴──────┘
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(notice.sections.map((section) => section.title.trim()), ['稳增长', '促改革']);
	assert.deepEqual(notice.sections.map((section) => section.children.length), [1, 1]);
	assert.deepEqual(findings.filter((finding) => finding.severity === 'error'), []);
});

test('a box frame’s header drawn again where the copy stops, cut (`│工作任务│分管领导│牵头单位│完`), is no row either', () => {
	// 梁志强 200x: the next page's header is cut at `│完` (the copy ends); it was task 2, with a missing-lead error.
	const text = dedent(`
		┌────────┬──────┬──────┬────┐
		│工作任务│分管  │牵头  │完成│
		│        │领导  │单位  │时限│
		├────────┼──────┼──────┼────┤
		│稳定财政│张三  │市财政│年底│
		│收支    │      │局    │前  │
		└────────┴──────┴──────┴────┘
		┌──────────┬────────┬────────┬────┐
		│工作任务  │分管领导│牵头单位│完
	`);
	assert.deepEqual(rows(text), ['1: 稳定财政收支 | lead:市财政局 | leader:张三 deadline:年底前']);
	assert.deepEqual(codes(check(text).findings), []);
	// Cut at a line's end (`│分管│` without its `│领导│`), a paragraph after it: the same.
	const wrapped = text.replace('│工作任务  │分管领导│牵头单位│完', '│工作任务  │分管    │牵头    │完成│\n\n二〇〇八年三月一日');
	assert.deepEqual(rows(wrapped), ['1: 稳定财政收支 | lead:市财政局 | leader:张三 deadline:年底前']);
	// A last row whose task only starts as the header's first label does is a row, cut or not.
	const row = text.replace('│工作任务  │分管领导│牵头单位│完', '│工作任务落实│李四│市审计局│年底前');
	assert.equal(check(row).notice.tasks.length, 2);
});

test('a box frame with merged cells: a rule under the task column alone ends a row, a unit cell left open runs on beside the rows below', () => {
	// Old notices drawn in a frame merge cells: the leader and deadline once for the group, a unit
	// cell over several tasks (\`├────┤ │ │\` closes the task cell only). The rows it runs beside take its
	// units, as tasks under a heading naming their lead do: no missing lead.
	const text = dedent(`
		┌────────┬──────┬──────┬────┐
		│工作任务│分管  │牵头  │完成│
		│        │领导  │单位  │时限│
		├────────┼──────┼──────┼────┤
		│稳定财政│张三  │市财政│年内│
		│收支    │      │局、市│    │
		├────────┤      │税务局│    │
		│△加强预│      ├──────┤    │
		│算管理  │      │市财政│    │
		├────────┤      │局、市│    │
		│发展教育│      │教育局│    │
		├────────┤      │      │    │
		│△建设学│      │      │    │
		│校      │      │      │    │
		└────────┴──────┴──────┴────┘
	`);
	assert.deepEqual(rows(text), [
		'1: 稳定财政收支 | lead:市财政局 lead:市税务局 | leader:张三 deadline:年内',
		'2: △加强预算管理 | lead:市财政局 lead:市教育局 | leader:张三 deadline:年内',
		'3: 发展教育 |  | leader:张三 deadline:年内',
		'4: △建设学校 |  | leader:张三 deadline:年内',
	]);
	const { notice, findings } = check(text);
	assert.deepEqual(
		notice.tasks.map((task) => task.inheritedUnits.map((unit) => unit.name).join('、')),
		['', '', '市财政局、市教育局', '市财政局、市教育局'],
	);
	assert.deepEqual(findings.filter((finding) => finding.severity === 'error'), []);
});

test('a box frame continued in a new frame on the next page: its header drawn again, wrapped otherwise, is no row', () => {
	// An old notice prints each page's table in a frame of its own, the header again on top with other
	// column widths (`│分管  │` / `│领导  │` on one page, `│分管领导│` on the next).
	const text = dedent(`
		┌────────┬──────┬──────┐
		│工作任务│分管  │牵头  │
		│        │领导  │单位  │
		├────────┼──────┼──────┤
		│稳定财政│张三  │市财政│
		│收支    │      │局    │
		└────────┴──────┴──────┘
		┌──────────┬────────┬────────┐
		│工作任务  │分管领导│牵头单位│
		├──────────┼────────┼────────┤
		│发展教育  │李四    │市教育局│
		└──────────┴────────┴────────┘
	`);
	assert.deepEqual(rows(text), ['1: 稳定财政收支 | lead:市财政局 | leader:张三', '2: 发展教育 | lead:市教育局 | leader:李四']);
	assert.deepEqual(codes(check(text).findings), []);
	// A row that only starts as the header does is a row.
	const row = text.replace('│工作任务  │分管领导│牵头单位│', '│工作任务多│王五    │市商务局│');
	assert.equal(check(row).notice.tasks.length, 3);
});

test('a box frame with merged cells: a unit cell whose text runs on past the rule under the task is still its first row’s, and the row beside it takes it; text written lower serves the row above too', () => {
	const crossing = dedent(`
		┌────────┬──────┐
		│工作任务│牵头  │
		│        │单位  │
		├────────┼──────┤
		│稳定收支│市财政│
		├────────┤局、市│
		│△加强预│税务局│
		│算管理  ├──────┤
		│△规范收│市财政│
		│费      │局    │
		└────────┴──────┘
	`);
	// The first unit cell's names run down past the rule under 稳定收支 (Word fills a merged cell
	// from the top): they are 稳定收支's, and 加强预算管理, beside the cell until the rule under it
	// halfway down, takes them as well as its own cell's.
	assert.deepEqual(rows(crossing), ['1: 稳定收支 | lead:市财政局 lead:市税务局', '2: △加强预算管理△规范收费 | lead:市财政局']);
	const read = check(crossing);
	assert.deepEqual(read.notice.tasks.map((task) => task.inheritedUnits.map((unit) => unit.name).join('、')), ['', '市财政局、市税务局']);
	assert.deepEqual(read.findings, []);
	const centred = dedent(`
		┌────────┬──────┐
		│工作任务│牵头  │
		│        │单位  │
		├────────┼──────┤
		│发展教育│      │
		├────────┤      │
		│建设学校│市教育│
		│        │局    │
		└────────┴──────┘
	`);
	assert.deepEqual(rows(centred), ['1: 发展教育 | ', '2: 建设学校 | lead:市教育局']);
	const { notice, findings } = check(centred);
	assert.deepEqual(notice.tasks[0].inheritedUnits.map((unit) => unit.name), ['市教育局']);
	assert.deepEqual(findings.filter((finding) => finding.severity === 'error'), []);
});

test('a frame whose lead cell wraps below the responsible cell’s first line: the notice’s units stay in source order (unitAt searches them by halves)', () => {
	const text = dedent(`
		┌──┬────┬──────┬──────┐
		│序│工作│牵头  │责任  │
		│号│任务│单位  │单位  │
		├──┼────┼──────┼──────┤
		│1 │推进│市发改│市财政│
		│  │    │委、市│局    │
		│  │    │商务局│      │
		└──┴────┴──────┴──────┘
	`);
	const { notice } = check(text);
	assert.deepEqual(notice.units.map((unit) => unit.name), ['市发改委', '市财政局', '市商务局']);
	// The last name starts on the second line, inside no other: found there.
	const last = notice.units[2];
	assert.equal(unitAt(notice, last.end - 1)?.name, '市商务局');
});

test('space-aligned columns, a wrapped task cell continuing below', () => {
	const text = [
		'序号  工作任务              牵头单位    责任单位',
		'1     推进重大项目建设      市发改委    市财政局、市商务局',
		'      加快前期工作',
		'2     扩大对外开放          市商务局    市发改委',
	].join('\n');
	assert.deepEqual(rows(text), ['1: 推进重大项目建设加快前期工作 | lead:市发改委 responsible:市财政局 responsible:市商务局', '2: 扩大对外开放 | lead:市商务局 responsible:市发改委']);
});

test('pipes, Markdown style, with a separator line', () => {
	const text = dedent(`
		| 序号 | 工作任务 | 牵头单位 | 责任单位 |
		|---|---|---|---|
		| 1 | 推进重大项目建设 | 市发改委 | 市财政局 |
		| 2 | 扩大对外开放 | 市商务局 | 市发改委、市财政局 |
	`);
	assert.deepEqual(rows(text), ['1: 推进重大项目建设 | lead:市发改委 responsible:市财政局', '2: 扩大对外开放 | lead:市商务局 responsible:市发改委 responsible:市财政局']);
});

test('cell per line: a unit cell broken after 、, progress text after the cells is no unit', () => {
	const text = dedent(`
		序号

		主要任务

		责任单位

		进展情况

		1

		重点打造特色楼宇。

		区投促局、

		大观园街道办事处

		区投促局:对楼宇信息全面掌握。

		大观园街道办事处:已具备开业条件,泰康人寿已入驻。

		2

		重点打造时代广场。

		区投促局
	`);
	const { notice } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['区投促局', '大观园街道办事处'], ['区投促局']]);
	assert.ok(!notice.units.some((unit) => unit.name.includes('泰康')));
});

test('cell per line: a sentence is more of the task cell, not the lead cell', () => {
	const text = dedent(`
		序号
		工作任务
		牵头单位
		配合单位
		1
		联动共建科学城
		推动重点实验室落地,引进研发机构8家
		区科技局
		区发展改革委
	`);
	assert.deepEqual(rows(text), ['1: 联动共建科学城 | lead:区科技局 other:区发展改革委']);
});

test('cell per line: a bracket the page left open in a progress cell does not take the lead cell after it (苍南 2022)', () => {
	const text = dedent(`
		序号

		项目内容

		当前进度

		牵头单位

		备注

		1

		新建中心敬老院2家。

		50%(一家未开工

		县民政局

		县民生实事

		2

		推进职业中专扩容。

		22%(主体施工)

		县教育局

		县民生实事
	`);
	assert.deepEqual(rows(text), ['1: 新建中心敬老院2家。 | lead:县民政局', '2: 推进职业中专扩容。 | lead:县教育局']);
	// The page's own defect is still said.
	assert.deepEqual(check(text).findings.map((finding) => finding.code), ['unbalanced-bracket']);
});

test('cell per line: a unit cell with a name no ending list knows, a scope holding quotes, or the first-listed note is the unit cell', () => {
	const text = dedent(`
		序号
		工作任务
		牵头单位
		责任单位
		1
		防范化解企业债务风险。
		市金融办、人行舟山市中支、舟山银保监分局
		市公安局
		2
		巩固“三去一降一补”成果。
		市工信局(去产能)、发改委(补短板、“僵尸企业”清理处置)
		市国资委
		3
		制定出台高质量发展政策体系。
		财政局(列第一位者为牵头或汇总单位,下同)
		发改局
	`);
	assert.deepEqual(rows(text), [
		'1: 防范化解企业债务风险。 | lead:市金融办 lead:人行舟山市中支 lead:舟山银保监分局 responsible:市公安局',
		'2: 巩固“三去一降一补”成果。 | lead:市工信局 lead:市发改委 responsible:市国资委',
		'3: 制定出台高质量发展政策体系。 | lead:财政局 responsible:发改局',
	]);
	assert.deepEqual(check(text).findings.map((finding) => finding.code), []);
});

test('cell per line: after a sentence has ended, a bare name is the unit cell though no ending list knows it (观音机场, 徐州 2020)', () => {
	const text = dedent(`
		序号
		工作任务
		牵头单位
		责任单位
		1
		加快观音机场T1航站楼改扩建,力争旅客吞吐量突破350万人次。
		观音机场

		2
		大力开拓多元出口市场
		引进外贸企业
		市商务局
		各县(市)区政府
	`);
	// Row 2's second line is no unit cell: the sentence before it had not ended.
	assert.deepEqual(rows(text), ['1: 加快观音机场T1航站楼改扩建,力争旅客吞吐量突破350万人次。 | lead:观音机场', '2: 大力开拓多元出口市场 | lead:市商务局 responsible:各县(市)区政府']);
	assert.deepEqual(check(text).findings.map((finding) => finding.code), []);
});

test('cell per line: a merged row right under the header, or between rows, heads the rows it opens (苏州 2011)', () => {
	const text = dedent(`
		序号

		工作任务

		主要责任单位

		经济社会发展主要预期目标分解(15项)

		1

		地区生产总值增长12%

		市发改委、统计局

		2

		地方财政一般预算收入增长12%以上

		市财政局、国税局

		重点工作任务(35项)

		3

		加快转变经济发展方式

		市发改委
	`);
	assert.deepEqual(rows(text), ['1: 地区生产总值增长12% | responsible:市发改委 responsible:市统计局', '2: 地方财政一般预算收入增长12%以上 | responsible:市财政局 responsible:市国税局', '3: 加快转变经济发展方式 | lead:市发改委']);
	assert.deepEqual(check(text).notice.sections.map((section) => section.title), ['经济社会发展主要预期目标分解(15项)', '重点工作任务(35项)']);
});

test('cell per line: a unit cell a PDF\'s wrap cuts inside a scope (市商务局(市粮食和物资储 / 备局)) is the unit cell (杭州 2021 wrapped)', () => {
	const text = dedent(`
		序号
		重点工作任务
		责任单位
		1
		加强粮食和重要农产品保障,严格保护永久基本农田和810万亩
		粮食生产功能区,端好浙江人的“饭碗”和
		“餐盘”。
		市农业农村局、市规划和自然资源局、市商务局(市粮食和物资储
		备局)
		2
		深入实施消费新政,提升传统消费。
		市商务局
	`);
	assert.deepEqual(rows(text), [
		'1: 加强粮食和重要农产品保障,严格保护永久基本农田和810万亩 | responsible:市农业农村局 responsible:市规划和自然资源局 responsible:市商务局',
		'2: 深入实施消费新政,提升传统消费。 | lead:市商务局',
	]);
});

test('tabs: a Word table whose numbering the paste lost reads a row per line, not one merged row', () => {
	const text = '序号\t工作任务\t牵头单位\t责任单位\n\t地区生产总值增长6%以上。\t市发改委\t各县区政府\n\t一般公共预算收入增长2.5%。\t市财政局\t各县区政府\n\t进出口总额保持正增长。\t市商务局\t各县区政府\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => [task.title, task.units.map((unit) => `${unit.role}:${unit.name}`)]), [
		['地区生产总值增长6%以上。', ['lead:市发改委', 'responsible:各县区政府']],
		['一般公共预算收入增长2.5%。', ['lead:市财政局', 'responsible:各县区政府']],
		['进出口总额保持正增长。', ['lead:市商务局', 'responsible:各县区政府']],
	]);
	assert.deepEqual(findings.map((finding) => finding.code), []);
	// In a numbered table a line without its number is still more of the row above (a wrapped cell).
	assert.deepEqual(rows('序号\t工作任务\t牵头单位\t责任单位\n1\t推进项目\t市发改委\t市财政局\n\t建设。\t\t市商务局\n2\t扩大开放\t市商务局\t市财政局\n'), [
		'1: 推进项目建设。 | lead:市发改委 responsible:市财政局 responsible:市商务局',
		'2: 扩大开放 | lead:市商务局 responsible:市财政局',
	]);
});

test('tabs: a heading on a line of its own between rows (a merged row of a Word table) groups the rows below; the table goes on', () => {
	const text = '序号\t工作任务\t责任单位\n1\t制定出台政策体系。\t财政局、发改局\n2\t全面落实减负政策。\t发改局、经信局\n二、常务副市长牵头重点工作\n1\t积极争取重大项目。\t发改局、财政局\n2\t联动推进县长工程。\t发改局、经信局\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => `${task.section?.title ?? ''}|${task.marker.number}|${task.title}`), [
		'|1|制定出台政策体系。',
		'|2|全面落实减负政策。',
		'常务副市长牵头重点工作|1|积极争取重大项目。',
		'常务副市长牵头重点工作|2|联动推进县长工程。',
	]);
	assert.deepEqual(findings.map((finding) => finding.code).filter((code) => code !== 'lead-not-designated'), []);
});

test('review of round 12: a wrapped text cell is no unit cell; indented tab tables; a heading before a table\'s own header or its first row', () => {
	// A text cell wrapped onto a line of place words is still text (the next row was lost).
	const wrapped = dedent(`
		序号
		目标任务
		牵头单位
		责任单位
		1
		完成农村人居环境整治提升，惠及
		全区各镇、各村、农户
		区农业农村局
		各镇
		2
		推进安全生产专项整治
		区应急局
		各乡镇
	`);
	assert.deepEqual(rows(wrapped), ['1: 完成农村人居环境整治提升，惠及 | lead:区农业农村局 responsible:各镇', '2: 推进安全生产专项整治 | lead:区应急局 responsible:各乡镇']);
	assert.equal(check(wrapped).notice.tasks[0].text.replace(/\n/g, ''), '完成农村人居环境整治提升，惠及全区各镇、各村、农户');
	// A table indented as a whole, or rows indented alone with their numbers: no column shifts.
	const expected = ['1: 地区生产总值增长6%左右。 | lead:市发改委 responsible:市统计局', '2: 一般公共预算收入增长5%。 | lead:市财政局 responsible:市税务局'];
	assert.deepEqual(rows('\t序号\t工作任务\t牵头单位\t责任单位\n\t1\t地区生产总值增长6%左右。\t市发改委\t市统计局\n\t2\t一般公共预算收入增长5%。\t市财政局\t市税务局\n'), expected);
	assert.deepEqual(rows('序号\t工作任务\t牵头单位\t责任单位\n\t1\t地区生产总值增长6%左右。\t市发改委\t市统计局\n\t2\t一般公共预算收入增长5%。\t市财政局\t市税务局\n'), expected);
	// A heading then another table's own header is no group row of the first table; a heading right after the header is one.
	const header = '序号\t工作任务\t牵头单位\t责任单位\n';
	const two = check(`一、稳定经济增长\n${header}1\t地区生产总值增长。\t市发改委\t市统计局\n二、扩大有效投资\n${header}1\t推进项目建设。\t市发改委\t市住建局\n`);
	assert.deepEqual(two.notice.tasks.map((task) => `${task.section?.title}|${task.title}`), ['稳定经济增长|地区生产总值增长。', '扩大有效投资|推进项目建设。']);
	assert.deepEqual(two.findings.map((finding) => finding.code), []);
	const first = check(`${header}一、稳定经济增长\n1\t地区生产总值增长。\t市发改委\t市统计局\n二、扩大有效投资\n2\t推进项目建设。\t市发改委\t市住建局\n`);
	assert.deepEqual(first.notice.tasks.map((task) => `${task.section?.title}|${task.title}`), ['稳定经济增长|地区生产总值增长。', '扩大有效投资|推进项目建设。']);
});

test('cell per line: a header cell that is no header word, after 序号, is a column read as nothing', () => {
	// 上城 2019: `指 标 要 求` and `目 标 类 型` stood between the known words; the table read as no task.
	const text = dedent(`
		序号
		任 务 名 称
		指 标 要 求
		牵 头 部 门
		配 合 部 门
		目 标 类 型
		1
		地区生产总值
		增长5.5%(市下达指标)
		区发改经信局
		区财政局、区商务局
		A类
		2
		服务业增加值
		增长6%
		区发改经信局
		区财政局
		A类
	`);
	assert.deepEqual(rows(text), ['1: 地区生产总值 | lead:区发改经信局 other:区财政局 other:区商务局', '2: 服务业增加值 | lead:区发改经信局 other:区财政局']);
	// Without 序号 first, an unknown cell ends the header (it may be the first row's task).
	assert.deepEqual(rows(text.replace('序号\n', '').replace(/^\d\n/gm, '')), []);
});

test('cell per line: a task column named by two words, the task’s first (长府〔2019〕5号 `目标任务和工作要求`)', () => {
	const text = dedent(`
		序号
		目标任务和工作要求
		主责部门
		配合部门
		1
		制定并部署稳增长举措实施方案。
		区发展改革委
		区商务委、区财政局
		2
		深化“放管服”改革。
		区审改办
		区行政服务中心
	`);
	assert.deepEqual(rows(text), ['1: 制定并部署稳增长举措实施方案。 | lead:区发展改革委 other:区商务委 other:区财政局', '2: 深化“放管服”改革。 | lead:区审改办 other:区行政服务中心']);
	assert.deepEqual(codes(check(text).findings), []);
});

test('one space between cells: a header of header words, then rows numbered in sequence', () => {
	// 国办函〔2016〕38号 as a site copies it: the table read as no task, and nothing was said.
	const text = dedent(`
		2016年量化指标任务分工
		序号 工 作 任 务 牵头负责部门
		1 居民消费价格涨幅3%左右 发展改革委
		2 城镇新增就业1000万人以上 人力资源社会保障部
		3 安排财政赤字2.18万亿元, 赤字率提高到3% 财政部
		国务院办公厅
	`);
	assert.deepEqual(rows(text), ['1: 居民消费价格涨幅3%左右 | lead:发展改革委', '2: 城镇新增就业1000万人以上 | lead:人力资源社会保障部', '3: 安排财政赤字2.18万亿元,赤字率提高到3% | lead:财政部']);
	assert.deepEqual(check(text).findings.map((finding) => finding.code), []);
	// Not a table: a header with a word that is no header word, rows out of sequence, a single row.
	assert.deepEqual(rows(text.replace('牵头负责部门', '牵头负责部门 说明文字')), []);
	assert.deepEqual(rows(text.replace('2 城镇', '5 城镇')), []);
	assert.deepEqual(rows(text.replace(/^[23] .*\n/gm, '')), []);
});

test('one space between cells: a group row, and a row\'s units written one per line below it', () => {
	// 谯城 2025: the columns the row's first line left empty take its last lines, one each; the lines before them are more of its last column.
	const text = dedent(`
		序号 重点工作任务 主要责任单位 协同配合单位
		一、主要预期目标
		1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府、街道办事处。
		2 一般公共预算收入增长5%左右。 区财政局
		区税务局
		区政府有关部门,各乡镇人民政府
		3 社会消费品零售总额增长8%左右。 区商务局 区市场监管局
		二、重点工作
		1 推进项目建设。 区发改委
	`);
	assert.deepEqual(rows(text), [
		'1: 地区生产总值增长6.5%左右。 | lead:区发改委 other:区政府各部门 other:各乡镇人民政府 other:街道办事处',
		'2: 一般公共预算收入增长5%左右。 | responsible:区财政局 responsible:区税务局 other:区政府有关部门 other:各乡镇人民政府',
		'3: 社会消费品零售总额增长8%左右。 | lead:区商务局 other:区市场监管局',
		'1: 推进项目建设。 | lead:区发改委',
	]);
	assert.deepEqual(check(text).notice.sections.map((section) => section.title), ['主要预期目标', '重点工作']);
});

test('cell per line: a labelled note under a row, marked numbers, and a heading between two tables', () => {
	// 杭州 2021: `省牵头单位:省农业农村厅` under each row ended the table after its first row; `1*` was no row number;
	// the `二、` between two tables then read as a group row of the first, and the second's （一） as a duplicate number.
	const text = dedent(`
		一、省政府工作报告涉杭任务责任分解
		序号
		重点工作任务(杭州市2项配合工作)
		责任单位
		(一)王宏副市长牵头重点工作
		1
		加强粮食和重要农产品保障。
		市农业农村局、市商务局
		省牵头单位:省农业农村厅
		(二)胡伟副市长牵头重点工作
		2
		深入实施消费新政。
		市商务局、市发改委
		省牵头单位:省商务厅
		二、省政府工作报告2021年涉杭任务责任分解
		序号
		重点工作任务(杭州市2项牵头工作)
		责任单位
		(一)戴建平常务副市长牵头重点工作
		1*
		大力推进城西科创大走廊建设。
		城西科创产业集聚区管委会,市科技局
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(rows(text), [
		'1: 加强粮食和重要农产品保障。 | responsible:市农业农村局 responsible:市商务局',
		'2: 深入实施消费新政。 | responsible:市商务局 responsible:市发改委',
		'1: 大力推进城西科创大走廊建设。 | responsible:城西科创产业集聚区管委会 responsible:市科技局',
	]);
	assert.deepEqual(notice.sections.filter((section) => section.depth === 0).map((section) => section.title), ['省政府工作报告涉杭任务责任分解', '省政府工作报告2021年涉杭任务责任分解']);
	assert.deepEqual(findings.filter((finding) => finding.severity !== 'information').map((finding) => finding.code), []);
	assert.match(notice.tasks[0].text, /省牵头单位:省农业农村厅/, 'the note stays in the task\'s text');
});

test('pipes: rows numbered (1), a bare-numbered row among them is a heading, two names one space apart in a cell', () => {
	// 芜湖 2025: the rows read as one task with duplicate-unit warnings; `1 | 大力提振消费。 | ||` heads the rows below it.
	const text = dedent(`
		序号 | 目标与任务 | 牵头责任单位 | 责任单位 |
		一、主要预期目标 | |||
		(1) | 地区生产总值增长6%以上。 | 市发展改革委 | 各县市区政府、 开发区管委会 |
		(2) | 居民人均可支配收入与经济增长相匹配。 | 市人力资源社会保障局 市农业农村局 | 各县市区政府、 开发区管委会 |
		二、重点工作 | |||
		1 | 大力提振消费。 | ||
		(3) | 统筹衔接消费券发放与以旧换新行动。 | 市商务局 | 市财政局 |
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(rows(text), [
		'1: 地区生产总值增长6%以上。 | lead:市发展改革委 responsible:各县市区政府 responsible:开发区管委会',
		'2: 居民人均可支配收入与经济增长相匹配。 | lead:市人力资源社会保障局 lead:市农业农村局 responsible:各县市区政府 responsible:开发区管委会',
		'3: 统筹衔接消费券发放与以旧换新行动。 | lead:市商务局 responsible:市财政局',
	]);
	assert.deepEqual(notice.sections.map((section) => section.title.trim()), ['一、主要预期目标', '二、重点工作', '大力提振消费。'].map((title) => title.replace(/^[一二]、/, '')));
	assert.deepEqual(findings.map((finding) => finding.code), []);
});

test('review of round 11: a data provider column, (1) sub-rows in a bare-numbered table, a heading row before (1) rows, a space inside a one-space table\'s task', () => {
	assert.deepEqual(rows('序号\t工作任务\t牵头单位\t数据提供单位\n1\t地区生产总值增长6%。\t市发改委\t市统计局\n2\t居民收入增长6%。\t市人社局\t市统计局\n'), [
		'1: 地区生产总值增长6%。 | lead:市发改委',
		'2: 居民收入增长6%。 | lead:市人社局',
	]);
	const bare = '序号 | 工作任务 | 牵头单位 |\n1 | 甲改革 | 市发改委 |\n(1) | 甲一 | 市财政局 |\n(2) | 甲二 | |\n2 | 乙改革 | 市商务局 |\n';
	assert.deepEqual(check(bare).findings.filter((finding) => finding.severity !== 'information').map((finding) => finding.code), []);
	assert.deepEqual(check(bare).notice.tasks.map((task) => task.marker.number), [1, 2]);
	const headingFirst = '序号 | 目标与任务 | 牵头责任单位 |\n1 | 大力提振消费。 | |\n(1) | 统筹衔接消费券发放。 | 市商务局 |\n(2) | 实施提振消费专项行动。 | 市发展改革委 |\n';
	assert.deepEqual(rows(headingFirst), ['1: 统筹衔接消费券发放。 | lead:市商务局', '2: 实施提振消费专项行动。 | lead:市发展改革委']);
	assert.deepEqual(check(headingFirst).findings.map((finding) => finding.code), []);
	assert.deepEqual(rows('序号 工作任务 牵头单位\n1 推进重点项目建设 市发改委\n2 加快建设 现代化产业体系\n3 扩大开放 市商务局\n'), []);
});

test('tables restart their numbering without a duplicate-number finding', () => {
	const table = (unit: string) => `序号\t工作任务\t责任单位\n1\t甲\t${unit}\n2\t乙\t${unit}\n`;
	const { notice, findings } = check(`附件1\n${table('市发改委')}附件2\n${table('市商务局')}`);
	assert.equal(notice.tasks.length, 4);
	assert.deepEqual(findings.filter((finding) => finding.code === 'duplicate-number'), []);
	assert.ok(notice.tasks.every((task) => task.units[0].role === 'lead'), 'a single responsible unit leads');
});

test('a metadata table of a site is no task table', () => {
	const text = '索 引 号 | 11370828593615886A/2025-00693 | 公开方式 | 主动公开 |\n发布机构 | 县人民政府办公室 | 组配分类 | 县政发 |\n';
	assert.equal(readStructure(text).tables.length, 0);
	assert.equal(check(text).notice.units.length, 0);
});

test('two task columns: the first groups the rows (merged cells), numbering runs on through the groups', () => {
	const text = [
		'序号\t重点工作\t具体任务\t牵头单位\t配合单位\t分管市领导',
		'1\t稳增长\t地区生产总值增长6%\t市发改委\t市统计局\t王副市长',
		'2\t\t固定资产投资增长8%\t市发改委\t市住建局\t',
		'3\t促改革\t深化国企改革\t市国资委\t市财政局\t李副市长',
	].join('\n');
	const { notice, findings } = check(text);
	assert.deepEqual(notice.sections.map((section) => [section.title, section.children.length]), [['稳增长', 2], ['促改革', 1]]);
	assert.deepEqual(notice.tasks.map((task) => task.title), ['地区生产总值增长6%', '固定资产投资增长8%', '深化国企改革']);
	assert.deepEqual(findings, []);
});

test('review of round 13: a text cell\'s second paragraph is no bare unit cell, nor a text cell\'s scope cut by a wrap a unit list; a note under a row is no band', () => {
	const paragraph = '序号\n工作任务\n牵头单位\n责任单位\n1\n加快机场航站楼改扩建。\n力争旅客吞吐量突破三百\n五十万人次。\n市交通局\n市发改委\n2\n大力开拓多元出口市场。\n市商务局\n各县(市)区政府\n';
	assert.deepEqual(rows(paragraph), ['1: 加快机场航站楼改扩建。 | lead:市交通局 responsible:市发改委', '2: 大力开拓多元出口市场。 | lead:市商务局 responsible:各县(市)区政府']);
	const oneColumn = '序号\n工作任务\n牵头单位\n1\n完成老旧小区改造任务。\n重点推进棚户区改造\n市住建局\n2\n大力开拓多元出口市场。\n市商务局\n';
	assert.deepEqual(rows(oneColumn), ['1: 完成老旧小区改造任务。 | lead:市住建局', '2: 大力开拓多元出口市场。 | lead:市商务局']);
	const scope = '序号\n工作任务\n牵头单位\n1\n推进重点工程建设。\n市体育中心(一期\n工程)年底前完工。\n市体育局\n2\n大力开拓多元出口市场。\n市商务局\n';
	assert.deepEqual(rows(scope), ['1: 推进重点工程建设。 | lead:市体育局', '2: 大力开拓多元出口市场。 | lead:市商务局']);
	assert.deepEqual(check(scope).findings.filter((finding) => finding.severity !== 'information').map((finding) => finding.code), []);
	const note = '序号\n重点工作任务\n责任单位\n1\n加强粮食和重要农产品保障。\n市农业农村局、市商务局\n省牵头单位:省农业农村厅\n2\n深入实施消费新政。\n市商务局、市发改委\n';
	assert.deepEqual(check(note).notice.sections, []);
	assert.match(check(note).notice.tasks[0].text, /省牵头单位:省农业农村厅/);
});

test('second review of round 13: a bare line before two unit lines is more text when the row then has too many lines', () => {
	const text = '序号\n工作任务\n牵头单位\n责任单位\n1\n加快机场航站楼改扩建。\n力争年内完工投用\n市交通局\n市发改委\n2\n大力开拓多元出口市场。\n市商务局\n各县(市)区政府\n';
	assert.deepEqual(rows(text), ['1: 加快机场航站楼改扩建。 | lead:市交通局 responsible:市发改委', '2: 大力开拓多元出口市场。 | lead:市商务局 responsible:各县(市)区政府']);
});

test('a category column (重点工作 before 具体任务) in a table of one cell per line: its cell heads a section holding the whole row, number cell included', () => {
	const text = '序号\n\n重点工作\n\n具体任务\n\n牵头单位\n\n1\n\n联动共建科学城\n\n推动量子通信器件国家重点实验室落地。\n\n区科技局\n';
	const { notice } = check(text);
	const [task] = notice.tasks;
	assert.equal(task.section?.title, '联动共建科学城');
	assert.equal(text.slice(task.start, task.start + 1), '1');
	assert.ok(task.section!.start <= task.start && task.end <= task.section!.end, 'the row is inside its section (its number cell stands before the category cell)');
	assert.deepEqual(task.units.map((unit) => `${unit.role}:${unit.name}`), ['lead:区科技局']);
});

test('cell per line: an empty cell keeps its column, names no unit and gets no empty-field finding (a blank line, or ` |` alone)', () => {
	// A table copied line by line, no blank line between its header's cells: a blank line in a row is an empty cell.
	const bare = '序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n加强安全生产监管。\n县应急管理局\n\n长期坚持\n';
	assert.deepEqual(rows(bare), ['1: 加强安全生产监管。 | lead:县应急管理局 | deadline:长期坚持']);
	assert.deepEqual(codes(check(bare).findings), []);
	const leader = '序号\n工作任务\n牵头单位\n配合单位\n责任领导\n1\n加强安全生产监管。\n县应急管理局\n\n张三\n2\n推进重大项目建设。\n县发改局\n县财政局\n李四\n';
	assert.deepEqual(rows(leader), ['1: 加强安全生产监管。 | lead:县应急管理局 | leader:张三', '2: 推进重大项目建设。 | lead:县发改局 other:县财政局 | leader:李四']);
	// A cell mark alone (corpus 13's layout).
	const piped = '序号 |\n工作任务 |\n牵头单位 |\n配合单位 |\n完成时限 |\n1 |\n加强安全生产监管。 |\n县应急管理局 |\n |\n长期坚持 |\n2 |\n推进重大项目建设。 |\n县发改局 |\n |\n |\n';
	assert.deepEqual(rows(piped), ['1: 加强安全生产监管。 | lead:县应急管理局 | deadline:长期坚持', '2: 推进重大项目建设。 | lead:县发改局']);
	assert.deepEqual(codes(check(piped).findings), []);
	// A blank line between every cell (沙坪坝 2022): three blank lines are an empty cell, two are spacing
	// (济南市中 2019 puts two between a cell's paragraphs).
	const spaced = '序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n完成时限\n\n1\n\n加强安全生产监管。\n\n县应急管理局\n\n\n\n长期坚持\n\n2\n\n推进重大项目建设。\n\n县发改局\n\n\n县财政局\n\n年底前\n';
	assert.deepEqual(rows(spaced), ['1: 加强安全生产监管。 | lead:县应急管理局 | deadline:长期坚持', '2: 推进重大项目建设。 | lead:县发改局 other:县财政局 | deadline:年底前']);
	assert.deepEqual(codes(check(spaced).findings), []);
});

test('a merged category or leader cell written in its first row only: the rows below, a cell short, take it from above; a row truly missing its lead still lacks it', () => {
	const category = '序号\t重点工作\t具体任务\t牵头单位\n1\t扩大有效投资\t全年完成固定资产投资增长8%。\t县发改局\n2\t推进重大项目建设。\t县发改局\n';
	assert.deepEqual(rows(category), ['1: 全年完成固定资产投资增长8%。 | lead:县发改局', '2: 推进重大项目建设。 | lead:县发改局']);
	assert.deepEqual(codes(check(category).findings), []);
	assert.equal(check(category).notice.tasks[1].section?.title, '扩大有效投资');
	const leader = '序号\t责任领导\t工作任务\t牵头单位\n1\t王明\t全年完成固定资产投资增长8%。\t县发改局\n2\t推进重大项目建设。\t县发改局\n';
	assert.deepEqual(rows(leader), ['1: 全年完成固定资产投资增长8%。 | lead:县发改局 | leader:王明', '2: 推进重大项目建设。 | lead:县发改局 | leader:王明']);
	assert.deepEqual(codes(check(leader).findings), []);
	// One cell per line, a blank line between cells: 促进消费回补 is under 稳增长, 新增城镇就业 under 惠民生.
	const lines = '序号\n\n类别\n\n工作任务\n\n牵头单位\n\n1\n\n稳增长\n\n推进重大项目建设。\n\n县发改局\n\n2\n\n促进消费回补。\n\n县商务局\n\n3\n\n惠民生\n\n新增城镇就业3000人。\n\n县人社局\n';
	const { notice, findings } = check(lines);
	assert.deepEqual(rows(lines), ['1: 推进重大项目建设。 | lead:县发改局', '2: 促进消费回补。 | lead:县商务局', '3: 新增城镇就业3000人。 | lead:县人社局']);
	assert.deepEqual(notice.tasks.map((task) => task.section?.title), ['稳增长', '稳增长', '惠民生']);
	assert.deepEqual(codes(findings), []);
	// The rows say no merged cell: the shifted reading would put a task's text under 牵头单位.
	const missing = '序号\t重点工作\t具体任务\t牵头单位\n1\t扩大有效投资\t全年完成固定资产投资增长8%。\t县发改局\n2\t扩大有效投资\t推进重大项目建设。\n';
	assert.deepEqual(codes(check(missing).findings), ['missing-lead']);
	const noLead = '序号\t责任领导\t工作任务\t牵头单位\n1\t王明\t全年完成固定资产投资增长8%。\t县发改局\n2\t李华\t推进重大项目建设。\n';
	assert.deepEqual(codes(check(noLead).findings), ['missing-lead']);
});

test('pipes: a 工作任务 cell merged over the 细化分工 rows below it leaves those rows short; each reads its unit and deadline in place, a row truly without a unit still lacks its lead (广东省卫生健康委 2021)', () => {
	assert.equal(columnRole('细化分工'), 'task');
	const header = '序号 | 工作任务 | 细化分工 | 责任单位 | 完成时限 | 备注 |';
	const first = '1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情发布权威信息 | 应急处、监督处 | 长期推进 |';
	// The page's lone `|` after each row, and the same rows without them.
	for (const between of ['\n|\n', '\n']) {
		const text = [header, first, '2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |', '3 | 提高新冠肺炎疫情信息发布规范化水平 | 宣传处 | 2021年8月前 |'].join(between) + between;
		const { notice, findings } = check(text);
		assert.deepEqual(rows(text), [
			'1: 重点围绕散发疫情发布权威信息 | responsible:应急处 responsible:监督处 | deadline:长期推进',
			'2: 扎实做好疫苗接种信息公开和舆论引导工作 | lead:疾控处 | deadline:长期推进',
			'3: 提高新冠肺炎疫情信息发布规范化水平 | lead:宣传处 | deadline:2021年8月前',
		]);
		assert.deepEqual(notice.tasks.map((task) => task.section?.title), ['做好常态化疫情防控信息发布', '做好常态化疫情防控信息发布', '做好常态化疫情防控信息发布']);
		assert.deepEqual(codes(findings), ['lead-not-designated']);
	}
	// A row that names no unit is left as written: its lead is truly missing.
	for (const row of ['2 | 扎实做好疫苗接种信息公开 | 加强舆论引导 | 长期推进 |', '2 | 扎实做好疫苗接种信息公开 |  | 长期推进 |', '2 | 扎实做好疫苗接种信息公开 | 加强舆论引导 |  | 长期推进 |']) {
		assert.ok(codes(check([header, first, row].join('\n') + '\n').findings).includes('missing-lead'), row);
	}
	// Traditional, under an office column (a reviewer's: 細 is no folded character, and the short rows gave false missing-leads).
	assert.equal(columnRole('細化分工'), 'task');
	const traditional = '序號 | 工作任務 | 細化分工 | 責任處室 | 完成時限 | 備註 |\n1 | 做好常態化疫情防控信息發佈 | 重點圍繞散發疫情發佈權威信息 | 應急處 | 長期推進 |\n2 | 扎實做好疫苗接種信息公開 | 疾控處 | 長期推進 |\n';
	assert.deepEqual(codes(check(traditional).findings), []);
	assert.deepEqual(rows(traditional)[1], '2: 扎實做好疫苗接種信息公開 | lead:疾控處 | deadline:長期推進');
});

test('a unit column headed by an office word (责任处室, 負責科室): an organ\'s own task list names its 处室 or 科室, read as units; a row\'s `各责任科室` is no header word', () => {
	assert.equal(columnRole('责任处室'), 'responsible');
	assert.equal(columnRole('負責科室'), 'responsible');
	assert.equal(columnRole('责任科室'), 'responsible');
	assert.equal(columnRole('承办处室'), 'responsible');
	assert.equal(columnRole('牵头处室'), 'lead');
	assert.equal(columnRole('牵头科室'), 'lead');
	assert.equal(columnRole('配合处室'), 'other');
	assert.equal(columnRole('各责任科室'), undefined);
	assert.equal(columnRole('综合科'), undefined);
	const bureau = [
		'二、重點工作任務分解',
		'重點任務 | 工作內容 | 負責科室 |',
		'政策解讀 | 對政策文件進行全面解讀。 | 各責任科室 |',
		'政務服務 | 注重政務服務辦理流程、辦理結果等信息發佈 | 綜合科 |',
	].join('\n') + '\n';
	const { notice, findings } = check(bureau);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [['responsible:各責任科室'], ['lead:綜合科']]);
	assert.deepEqual(codes(findings), []);
	const offices = '序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n1 | 常规政务公开事项 | 强化行政执法信息公开 | 政法处 | 长期推进 |\n|\n2 | 积极推进部门预算、决算公开 | 财务处 | 2021年8月前 |\n|\n';
	assert.deepEqual(rows(offices), ['1: 强化行政执法信息公开 | lead:政法处 | deadline:长期推进', '2: 积极推进部门预算、决算公开 | lead:财务处 | deadline:2021年8月前']);
	assert.deepEqual(codes(check(offices).findings), []);
});

test('cell per line: a merged 事项分类 cell in the first row of its group, and a unit cell of a unit a paragraph: a row short of the category reads its lead in the lead column, not in the task column (金东 2024)', () => {
	assert.equal(columnRole('事项分类'), 'category');
	assert.equal(columnRole('项目类别'), 'category');
	// Rows 2 and 3 lack the category; row 3's 协同单位 has two paragraphs, so it has as many lines as the header has
	// cells: read in order, 区卫健局 was its text and 青山乡 its lead; row 2's lead went into its text (missing-lead).
	const text = ['序号', '事项分类', '事项名称', '项目内容', '牵头单位', '协同单位', '1', '健康服务提升工程', '新建村级卫生室', '新建标准化村卫生室30家。', '区卫健局', '各乡镇(街道)', '2', '家庭医生签约', '新增签约居民2万人。', '区卫健局', '/', '3', '卫生院改扩建', '完成1家乡镇卫生院改扩建。', '区卫健局', '区发改局', '区资规分局', '4', '教育优质均衡工程', '新建一批学校', '新建中小学校3所。', '区教育局', '区住建局', ''].join('\n\n');
	const { notice, findings } = check(text);
	assert.deepEqual(rows(text), [
		'1: 新建村级卫生室 | lead:区卫健局 other:各乡镇(街道)',
		'2: 家庭医生签约 | lead:区卫健局',
		'3: 卫生院改扩建 | lead:区卫健局 other:区发改局 other:区资规分局',
		'4: 新建一批学校 | lead:区教育局 other:区住建局',
	]);
	assert.deepEqual(notice.tasks.map((task) => task.section?.title), ['健康服务提升工程', '健康服务提升工程', '健康服务提升工程', '教育优质均衡工程']);
	assert.deepEqual(codes(findings), []);
	// The rows read as written where the row's cells are all there: a line ending as a unit does (`改造食堂28所。`) is no unit cell.
	const full = ['序号', '事项名称', '项目内容', '牵头单位', '协同单位', '1', '食堂改造', '改造食堂28所。', '区教育局', '/', ''].join('\n\n');
	assert.deepEqual(rows(full), ['1: 改造食堂28所。 | lead:区教育局']);
});

test('cell per line: a row with all its cells whose content cell names a facility (no figure, no 。) is read as written, in a table with merged cells or none', () => {
	// The row has as many lines as the header has cells, as a row short of a merged cell whose unit cell has two
	// paragraphs: the facility after a name was moved to the lead column (a false unknown-unit with a registry), and
	// the row left short made 项目名称 a merged column, every row's name read as its section.
	const registry = ['区住建局', '各街道', '区卫健局', '城南街道', '区城管局', '区教育局', '区发改局'].join('\n');
	const plain = ['序号', '项目名称', '建设内容', '牵头单位', '责任单位', '1', '老旧小区改造', '改造老旧小区15个。', '区住建局', '各街道', '2', '口袋公园建设', '新建口袋公园6个。', '区城管局', '3', '基层医疗服务', '新建城南社区卫生服务站', '区卫健局', '城南街道', ''].join('\n\n');
	assert.deepEqual(rows(plain), ['1: 老旧小区改造 | lead:区住建局 responsible:各街道', '2: 口袋公园建设 | lead:区城管局', '3: 基层医疗服务 | lead:区卫健局 responsible:城南街道']);
	assert.deepEqual(check(plain).notice.tasks.map((task) => task.section?.title), [undefined, undefined, undefined]);
	assert.deepEqual(codes(check(plain, registry).findings), []);
	// The category written in every row but the second, whose lead comes right after its content sentence: that row
	// alone is short of the merged category. A row short of the header is no reason to move another's lines.
	const category = ['序号', '事项分类', '事项名称', '项目内容', '牵头单位', '协同单位', '1', '健康服务工程', '村卫生室建设', '新建村卫生室10家。', '区卫健局', '各街道', '2', '家庭医生签约', '新增签约居民1万人。', '区卫健局', '/', '3', '社区服务工程', '卫生服务站建设', '城南街道社区卫生服务站', '区卫健局', '城南街道', ''].join('\n\n');
	assert.deepEqual(rows(category), ['1: 村卫生室建设 | lead:区卫健局 other:各街道', '2: 家庭医生签约 | lead:区卫健局', '3: 卫生服务站建设 | lead:区卫健局 other:城南街道']);
	assert.deepEqual(check(category).notice.tasks.map((task) => task.section?.title), ['健康服务工程', '健康服务工程', '社区服务工程']);
	assert.deepEqual(codes(check(category, registry).findings), []);
});

test('cell per line: a 分类 column before 序号, its cell written before the number of its group first row only, heads the rows of its group (莲都 2023)', () => {
	// The page's table flattened one cell per line, the category a merged cell. The header was read from 序号 on, with
	// `发展目标` a fifth (task) column: no row had a section, and `激发市场活力` was the end of the row above's text.
	const text = [
		'分类', '序号', '事项', '责任单位', '牵头单位',
		'发展目标',
		'1', '地区生产总值增长6.5%以上。', '区农业农村局、区经商局、区市场监管局、区建设局、区发改局、区交通局、莲都邮政管理局、区商金中心、区人力社保局', '区发改局',
		'2', '区本级固定资产投资增长25%。', '区发改局', '区发改局',
		'激发市场活力',
		'3', '深化政务服务“一网通办”,深入实施便民利企“一件事”集成改革,推动更多政务服务事项实现“一件事一次办”。', '区行政服务中心、区深改服务中心', '区行政服务中心',
		'',
	].join('\n\n');
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => `${task.section?.title}|${task.marker.number}|${task.title}`), [
		'发展目标|1|地区生产总值增长6.5%以上。',
		'发展目标|2|区本级固定资产投资增长25%。',
		'激发市场活力|3|深化政务服务“一网通办”,深入实施便民利企“一件事”集成改革,推动更多政务服务事项实现“一件事一次办”。',
	]);
	assert.deepEqual(rows(text)[1], '2: 区本级固定资产投资增长25%。 | responsible:区发改局 lead:区发改局');
	assert.deepEqual(codes(findings), []);
	// A category no header word (`经济发展`) ends the header as well; the header's words for the column (类别, 领域).
	const unknown = text.replace('发展目标', '经济发展').replace('分类', '领域');
	assert.deepEqual(check(unknown).notice.tasks.map((task) => task.section?.title), ['经济发展', '经济发展', '激发市场活力']);
	assert.deepEqual(check(text.replace('分类', '类别')).notice.tasks.map((task) => task.section?.title), ['发展目标', '发展目标', '激发市场活力']);
	// Row 2's lead cell empty (two blank lines more), then the next group's category: no lead named 激发市场活力.
	const emptyLead = text.replace('区发改局\n\n区发改局\n\n激发市场活力', '区发改局\n\n\n\n激发市场活力');
	assert.notEqual(emptyLead, text);
	assert.deepEqual(rows(emptyLead)[1], '2: 区本级固定资产投资增长25%。 | lead:区发改局');
	assert.deepEqual(check(emptyLead).notice.tasks.map((task) => task.section?.title), ['发展目标', '发展目标', '激发市场活力']);
	// A first category that reads as a unit (`区属国企`): the rows are read from 序号 on, and the header is no unread one (a reviewer's: a false table-not-read).
	const unitLike = check(text.replace('发展目标', '区属国企'));
	assert.equal(unitLike.notice.tasks.length, 3);
	assert.deepEqual(codes(unitLike.findings), []);
	// A field's label after the unit columns is the header's (`分类/序号/重点任务/牵头单位/工作措施` / `1`), no category: no row's text lost (a reviewer's).
	const measures = ['分类', '序号', '重点任务', '牵头单位', '工作措施', '1', '扩大有效投资。', '区发改局', '完成重大项目投资100亿元。', '2', '优化营商环境。', '区行政服务中心', '深化政务服务“一网通办”。', ''].join('\n\n');
	const measured = check(measures);
	assert.deepEqual(measured.notice.tasks.map((task) => `${task.section?.title}|${task.marker.number}|${task.units.map((unit) => unit.name).join('、')}`), ['undefined|1|区发改局', 'undefined|2|区行政服务中心']);
	assert.ok(measured.notice.tasks[1].text.includes('深化政务服务'), measured.notice.tasks[1].text);
});

test('cell per line under `分类 | 序号 | …`: a category ending with a full stop after a row whose lead cell is empty heads the next group, no lead of that row', () => {
	// The row's lead cell left empty (blank lines, or ` |` alone), then `推动经济高质量发展。` before row 3's number: read as
	// row 2's lead, a false unknown-unit with a registry; with ` |` marks, more of row 2's text.
	const header = ['分类', '序号', '事项', '责任单位', '牵头单位'];
	const first = ['扩大有效投资。', '1', '区本级固定资产投资增长25%。', '区财政局', '区发改局'];
	const second = ['2', '新开工重大项目20个。', '区发改局、区自然资源局'];
	const rest = ['推动经济高质量发展。', '3', '规上工业增加值增长8%。', '区统计局', '区经商局'];
	const registry = ['区财政局', '区发改局', '区自然资源局', '区统计局', '区经商局'].join('\n');
	const variants = {
		blankLines: [...header, ...first, ...second].join('\n\n') + '\n\n\n\n' + rest.join('\n\n') + '\n',
		noSpacing: [...header, ...first, ...second].join('\n') + '\n\n' + rest.join('\n') + '\n',
		pipes: [...header, ...first, ...second, '', ...rest].map((cell) => `${cell} |`.trimStart()).join('\n') + '\n',
	};
	for (const [name, text] of Object.entries(variants)) {
		const { notice, findings } = check(text, registry);
		assert.deepEqual(notice.tasks.map((task) => `${task.section?.title}|${task.marker.number}|${task.title}|${task.units.map((unit) => `${unit.role}:${unit.name}`).join(' ')}`), [
			'扩大有效投资。|1|区本级固定资产投资增长25%。|responsible:区财政局 lead:区发改局',
			'扩大有效投资。|2|新开工重大项目20个。|responsible:区发改局 responsible:区自然资源局',
			'推动经济高质量发展。|3|规上工业增加值增长8%。|responsible:区统计局 lead:区经商局',
		], name);
		assert.deepEqual(codes(findings), ['lead-not-designated'], name);
	}
});

test('a year column before 序号 (`年度 | 序号 | 工作任务 | …`), its cell written in its group\'s first row only, heads the rows of its year, in every layout: no false number-gap', () => {
	// A plan over two years. 年度 was no header word: with pipes or tabs the header was read without it and rows 2 and 3
	// as more of row 1 (a false `编号不连续：应为 2，此处为 4`); one cell per line, `2024年` (a deadline alone) was row 3's text.
	const header = ['年度', '序号', '工作任务', '牵头单位', '责任单位'];
	const table = [
		header,
		['2023年', '1', '新建农村公路50公里。', '县交通运输局', '各乡镇人民政府'],
		['2', '新建幼儿园2所。', '县教育局', '县财政局'],
		['3', '改造老旧小区10个。', '县住建局', '县财政局'],
		['2024年', '4', '新增城镇就业2000人。', '县人社局', '各乡镇人民政府'],
		['5', '完成植树造林1万亩。', '县林业局', '各乡镇人民政府'],
	];
	const variants = {
		pipes: table.map((cells) => cells.join(' | ') + ' |').join('\n') + '\n',
		emptyPipe: table.map((cells) => (cells.length < header.length ? '| ' : '') + cells.join(' | ') + ' |').join('\n') + '\n',
		tabs: table.map((cells) => (cells.length < header.length ? '\t' : '') + cells.join('\t')).join('\n') + '\n',
		cellLines: table.flat().join('\n\n') + '\n',
		cellLinesTight: table.flat().join('\n') + '\n',
	};
	for (const [name, text] of Object.entries(variants)) {
		const { notice, findings } = check(text);
		assert.deepEqual(notice.tasks.map((task) => `${task.section?.title}|${task.marker.number}|${task.title}`), [
			'2023年|1|新建农村公路50公里。',
			'2023年|2|新建幼儿园2所。',
			'2023年|3|改造老旧小区10个。',
			'2024年|4|新增城镇就业2000人。',
			'2024年|5|完成植树造林1万亩。',
		], name);
		assert.deepEqual(rows(text)[2], '3: 改造老旧小区10个。 | lead:县住建局 responsible:县财政局', name);
		assert.deepEqual(codes(findings), [], name);
	}
});

test('cell per line under `分类 | 序号 | …`: a first category naming a kind of units (`各乡镇（街道）`, `驻区单位`, `区级部门`) heads the table\'s rows, no table lost and no unit of a row', () => {
	// A table grouped by the kind of units answering. A first category `各乡镇（街道）` left the table unread (table-not-read,
	// no task); `驻区单位` was read as a sixth header column (a false unknown-unit).
	const registry = ['区农业农村局', '区交通运输局', '区发改局', '区统计局', '区经商局', '区教育局', '区财政局', '国网莲都供电公司', '莲都电信分公司'].join('\n');
	const group = (first: string) => [
		['分类', '序号', '事项', '责任单位', '牵头单位'],
		[first, '1', '完成农村人居环境整治村50个。', '各乡镇（街道）', '区农业农村局'],
		['2', '推进通信基站建设，新建5G基站300个。', '区经商局', '莲都电信分公司'],
		['3', '新建幼儿园2所。', '区财政局', '区教育局'],
	];
	for (const first of ['各乡镇（街道）', '驻区单位', '区级部门', '区属国企']) {
		for (const spacing of ['\n\n', '\n']) {
			const text = group(first).flat().join(spacing) + '\n';
			const { notice, findings } = check(text, registry);
			const name = `${first}/${JSON.stringify(spacing)}`;
			assert.deepEqual(notice.tasks.map((task) => `${task.section?.title}|${task.marker.number}|${task.units.map((unit) => `${unit.role}:${unit.name}`).join(' ')}`), [
				`${first}|1|responsible:各乡镇（街道） lead:区农业农村局`,
				`${first}|2|responsible:区经商局 lead:莲都电信分公司`,
				`${first}|3|responsible:区财政局 lead:区教育局`,
			], name);
			assert.deepEqual(codes(findings), [], name);
		}
	}
});

test('cell per line under `分类 | 序号 | … | 责任单位` whose first category names a kind of units (`驻区单位`), a unit cell\'s second paragraph reading as a kind of units (`各街道办事处`, `区级有关部门`, `区级部门`) stays the row\'s unit, no group of its own', () => {
	// A reviewer's: `区经商局` / `各街道办事处` / `2`, `区财政局` / `区级有关部门` / `4` — both units were dropped, silently, and made
	// titles of new groups. A unit lost is worse than a category read as a unit: in doubt, the line is the row's.
	const registry = ['区经商局', '区发改局', '区教育局', '区财政局', '区人社局', '莲都电信分公司', '国网莲都供电公司'].join('\n');
	const table = [
		['分类', '序号', '事项', '牵头单位', '责任单位'],
		['驻区单位', '1', '新建5G基站300个。', '莲都电信分公司', '区经商局', '各街道办事处'],
		['2', '完成农网改造线路50公里。', '国网莲都供电公司', '区发改局', '区级部门'],
		['3', '新建幼儿园2所。', '区教育局', '区财政局', '区级有关部门'],
		['4', '新增城镇就业2000人。', '区人社局', '各乡镇（街道）'],
	];
	for (const spacing of ['\n\n', '\n']) {
		const text = table.flat().join(spacing) + '\n';
		const { notice } = check(text, registry);
		assert.deepEqual(notice.tasks.map((task) => `${task.section?.title}|${task.marker.number}|${task.units.map((unit) => unit.name).join(' ')}`), [
			'驻区单位|1|莲都电信分公司 区经商局 各街道办事处',
			'驻区单位|2|国网莲都供电公司 区发改局 区级部门',
			'驻区单位|3|区教育局 区财政局 区级有关部门',
			'驻区单位|4|区人社局 各乡镇（街道）',
		], JSON.stringify(spacing));
	}
});

test('a row of sub-items with units of their own, the number and title cells merged over them (`(1)…` / `(2)…`, `①`, `1.1`): in tabs, pipes or one cell per line, a unit named in two sub-items is no repeat, and no row is lost', () => {
	// In tabs or pipes the `(2)` line was more of row 1's cells: 县财政局, named by both sub-items, a false duplicate-unit
	// (pipes glued 县住建局县城管局); one cell per line, `(2)新建城市公园3个。` was a group row and the table ended there (row 2 lost),
	// and `1.2新建城市公园3个。` more of row 1's title, its units row 1's (县财政局 twice, a false duplicate-unit).
	const table = (first: string, second: string) => [
		['序号', '工作任务', '具体内容', '牵头单位', '责任单位'],
		['1', '实施城市更新行动', `${first}改造老旧小区10个。`, '县住建局', '县财政局'],
		['', '', `${second}新建城市公园3个。`, '县城管局', '县财政局、县住建局'],
		['2', '稳定就业', '新增城镇就业2000人。', '县人社局', '各乡镇人民政府'],
	];
	const layouts = {
		tabs: (cells: string[][]) => cells.map((row) => row.join('\t')).join('\n') + '\n',
		pipes: (cells: string[][]) => cells.map((row) => row.join(' | ') + ' |').join('\n') + '\n',
		cellLines: (cells: string[][]) => cells.flat().filter(Boolean).join('\n\n') + '\n',
	};
	for (const [first, second] of [['(1)', '(2)'], ['①', '②'], ['（1）', '（2）'], ['1.1', '1.2'], ['1-1', '1-2']]) {
		for (const [layout, write] of Object.entries(layouts)) {
			const text = write(table(first, second));
			const name = `${first} ${layout}`;
			const { notice, findings } = check(text);
			assert.deepEqual(codes(findings), [], name);
			assert.deepEqual(notice.tasks.map((task) => `${task.marker.number}|${task.units.map((unit) => `${unit.role}:${unit.name}`).join(' ')}`), [
				'1|lead:县住建局 responsible:县财政局 lead:县城管局 responsible:县财政局 responsible:县住建局',
				'2|lead:县人社局 responsible:各乡镇人民政府',
			], name);
			assert.ok(notice.tasks[0].text.includes('新建城市公园3个。'), name);
		}
	}
});

test('rows numbered `(1)`, `(2)` under a row numbered `1`, each with units of its own: sub-tasks numbered under their task, in tabs, pipes or one cell per line (no false duplicate-number, no units merged into the task above)', () => {
	// One cell per line they were rows, but numbered among the bare rows: `编号 1 重复` at `(1)` and `编号 2 重复` at `2`. In tabs or
	// pipes `(1)` was a Word list's item in the cell above: row 1 had two leads, the sub-tasks no row.
	const table = (parentUnits: string[]) => [
		['序号', '工作任务', '牵头单位', '责任单位'],
		['1', '实施城市更新行动', ...parentUnits],
		['(1)', '改造老旧小区10个。', '县住建局', '各街道办事处'],
		['(2)', '新建城市公园3个。', '县城管局', '县财政局'],
		['2', '新增城镇就业2000人。', '县人社局', '各乡镇人民政府'],
	];
	const layouts = {
		tabs: (cells: string[][]) => cells.map((row) => row.join('\t')).join('\n') + '\n',
		pipes: (cells: string[][]) => cells.map((row) => row.join(' | ') + ' |').join('\n') + '\n',
		cellLines: (cells: string[][]) => cells.flat().join('\n\n') + '\n',
	};
	const own = ['1||lead:县住建局 responsible:县财政局', '(1)||lead:县住建局 responsible:各街道办事处', '(2)||lead:县城管局 responsible:县财政局', '2||lead:县人社局 responsible:各乡镇人民政府'];
	for (const [layout, write] of Object.entries(layouts)) {
		const { notice, findings } = check(write(table(['县住建局', '县财政局'])));
		assert.deepEqual(codes(findings), [], layout);
		assert.deepEqual(notice.tasks.map((task) => `${notice.text.slice(task.marker.start, task.marker.end)}|${task.section?.title ?? ''}|${task.units.map((unit) => `${unit.role}:${unit.name}`).join(' ')}`), own, layout);
	}
	// The task row naming no unit heads its sub-tasks, as `1` over `1-1`, `1-2` does (it was a false missing-lead, row 2 a duplicate).
	for (const layout of ['tabs', 'pipes'] as const) {
		const { notice, findings } = check(layouts[layout](table(['', ''])));
		assert.deepEqual(codes(findings), [], layout);
		assert.deepEqual(notice.tasks.map((task) => `${notice.text.slice(task.marker.start, task.marker.end)}|${task.section?.title ?? ''}`), ['(1)|实施城市更新行动', '(2)|实施城市更新行动', '2|'], layout);
	}
});

test('cell per line under `分类 | 序号 | …`: a category a narrow column wrapped over two lines heads its group, its title one line, no text of the row above', () => {
	// `激发市场活力，` / `优化营商环境` before row 3's number was more of row 2's text, and rows 3 and 4 stayed under 发展目标.
	const header = ['分类', '序号', '事项', '责任单位', '牵头单位'];
	const table = (first: string[], second: string[]) => [
		...header,
		...first, '1', '区本级固定资产投资增长25%。', '区财政局', '区发改局',
		'2', '新开工重大项目20个。', '区自然资源局', '区发改局',
		...second, '3', '深化政务服务“一网通办”。', '区行政服务中心', '区深改服务中心',
		'4', '新增“小升规”企业30家。', '区市场监管局', '区经商局',
	];
	for (const [first, second] of [[['发展目标'], ['激发市场活力，', '优化营商环境']], [['推动经济', '高质量发展'], ['推进数字化改革和', '营商环境优化提升']]]) {
		for (const spacing of ['\n\n', '\n']) {
			const text = table(first, second).join(spacing) + '\n';
			const name = `${second.join('/')} ${JSON.stringify(spacing)}`;
			const { notice, findings } = check(text);
			assert.deepEqual(notice.tasks.map((task) => `${task.section?.title}|${task.marker.number}|${task.title}`), [
				`${first.join('')}|1|区本级固定资产投资增长25%。`,
				`${first.join('')}|2|新开工重大项目20个。`,
				`${second.join('')}|3|深化政务服务“一网通办”。`,
				`${second.join('')}|4|新增“小升规”企业30家。`,
			], name);
			assert.deepEqual(codes(findings), [], name);
		}
	}
});

test('rows under `分类 | 序号 | …` opening with their number, the merged category cell left out (an empty cell, a pipe, a tab or nothing): no row lost into the one above, no false number-gap', () => {
	const header = ['分类', '序号', '事项', '责任单位', '牵头单位'];
	const first = ['发展目标', '1', '农业增加值增长3.5%。', '区农业农村局', '区农业农村局'];
	const second = ['2', '服务业增加值增长6%。', '区发改局', '区发改局'];
	const third = ['激发市场活力', '3', '深化政务服务“一网通办”。', '区行政服务中心、区深改服务中心', '区行政服务中心'];
	const expected = ['发展目标|1|农业增加值增长3.5%。', '发展目标|2|服务业增加值增长6%。', '激发市场活力|3|深化政务服务“一网通办”。'];
	const pipes = (open: string, close: string) => [header, first].map((cells) => cells.join(' | ') + close).join('\n') + `\n${open}${second.join(' | ')}${close}\n${third.join(' | ')}${close}\n`;
	const variants = {
		// A Word table pasted as text, its merged cell left empty: the row opens with `|` (read as the table's edge: row 2 was
		// more of row 1, its units merged into row 1's, and row 3 a false `编号不连续：应为 2，此处为 3`).
		pipe: pipes('| ', ' |'),
		spaceBeforePipe: pipes(' | ', ' |'),
		noClosingPipe: pipes('| ', ''),
		tab: [header, first].map((cells) => cells.join('\t')).join('\n') + `\n\t${second.join('\t')}\n${third.join('\t')}\n`,
		noEmptyCell: [header, first, second, third].map((cells) => cells.join('\t')).join('\n') + '\n',
	};
	for (const [name, text] of Object.entries(variants)) {
		const { notice, findings } = check(text);
		assert.deepEqual(notice.tasks.map((task) => `${task.section?.title}|${task.marker.number}|${task.title}`), expected, name);
		assert.deepEqual(rows(text)[1], '2: 服务业增加值增长6%。 | responsible:区发改局 lead:区发改局', name);
		assert.deepEqual(codes(findings), [], name);
	}
	// Every line opening with a pipe, the category's cell empty between two: read so already.
	const edged = [header, first, ['', ...second], third].map((cells) => `| ${cells.join(' | ')} |`).join('\n') + '\n';
	assert.deepEqual(check(edged).notice.tasks.map((task) => `${task.section?.title}|${task.marker.number}|${task.title}`), expected);
});

test('cell per line: a table whose rows all have their cells by their lines moves no line of units into the lead column, even after a sentence', () => {
	// 重点任务 may be merged down its rows, but no row is short of it: the facility is the 具体内容 cell.
	const text = ['序号', '重点任务', '具体内容', '牵头单位', '责任单位', '1', '提升基层医疗服务能力。', '城南街道社区卫生服务站', '区卫健局', '城南街道', '2', '推进老旧小区改造。', '改造老旧小区15个。', '区住建局', '各街道', ''].join('\n\n');
	assert.deepEqual(rows(text), ['1: 提升基层医疗服务能力。 | lead:区卫健局 responsible:城南街道', '2: 推进老旧小区改造。 | lead:区住建局 responsible:各街道']);
	assert.deepEqual(codes(check(text).findings), []);
});

test('cell per line: `/` right after the text cell is the lead cell naming none, not more of the text; the units after it stay responsible, as in tabs', () => {
	// `/` went into the task's text and the 责任单位 cell into the lead column: two leads, where the notice names none.
	const text = '序号\n工作任务\n牵头单位\n责任单位\n1\n推进重大项目建设。\n/\n县财政局、县发改局\n2\n新建幼儿园2所。\n县教育局\n县财政局\n';
	assert.deepEqual(rows(text), ['1: 推进重大项目建设。 | responsible:县财政局 responsible:县发改局', '2: 新建幼儿园2所。 | lead:县教育局 responsible:县财政局']);
	assert.equal(check(text).notice.tasks[0].text, '推进重大项目建设。');
	// As the same row in tabs reads (`1\t推进重大项目建设。\t/\t县财政局、县发改局`): its lead cell names none.
	assert.deepEqual(codes(check(text).findings), ['missing-lead']);
});

test('cell per line: a header cell of two paragraphs (`区本级` / `任务数`, a blank line between as between cells) is one column; the rows\' units stay in the unit column (龙湾 2023)', () => {
	// Read as two cells, the header had a column more than every row: each unit fell in 任务数 and was lost (units-not-in-text).
	const text = ['序号', '重点工作', '区本级', '任务数', '责任单位', '1', '地区生产总值增长6%左右。', '6%', '区发改局', '2', '一般公共预算收入增长6%。', '5亿元', '区财政局', ''].join('\n\n');
	assert.deepEqual(rows(text), ['1: 地区生产总值增长6%左右。 | lead:区发改局', '2: 一般公共预算收入增长6%。 | lead:区财政局']);
	assert.deepEqual(codes(check(text).findings), []);
	assert.deepEqual(readStructure(text).tables[0].columns.map((column) => column.label), ['序号', '重点工作', '区本级任务数', '责任单位']);
	// Two cells that are no header word, each a column of the rows, stay two (上城 2019 has them apart).
	const two = ['序号', '任务名称', '指标要求', '目标类型', '牵头部门', '1', '地区生产总值', '增长5.5%', 'A类', '区发改局', ''].join('\n\n');
	assert.deepEqual(check(two).notice.tasks.map((task) => task.text), ['地区生产总值 增长5.5%']);
	assert.equal(readStructure(two).tables[0].columns.length, 5);
});

test('cell per line: an empty cell written as one blank line more than the header\'s spacing, before the unit cell, keeps its column (龙湾 2023)', () => {
	// The 区本级任务数 cell empty: two blank lines where cells have one between them. The unit fell in that column and
	// was lost: missing-lead on each such row.
	const text = '序号\n\n重点工作\n\n区本级任务数\n\n责任单位\n\n1\n\n地区生产总值增长6%左右。\n\n\n区发改局\n\n2\n\n新开工重大项目20个。\n\n12个\n\n区发改局\n\n3\n\n一般公共预算收入增长6%。\n\n\n区财政局\n';
	assert.deepEqual(rows(text), ['1: 地区生产总值增长6%左右。 | lead:区发改局', '2: 新开工重大项目20个。 | lead:区发改局', '3: 一般公共预算收入增长6%。 | lead:区财政局']);
	assert.deepEqual(codes(check(text).findings), []);
	// Two blank lines between a text cell's paragraphs are no empty cell: the next line is no unit.
	const paragraphs = '序号\n\n重点工作\n\n区本级任务数\n\n责任单位\n\n1\n\n地区生产总值增长6%左右，\n\n\n服务业增加值增长7%。\n\n6%\n\n区发改局\n';
	assert.deepEqual(rows(paragraphs), ['1: 地区生产总值增长6%左右， | lead:区发改局']);
});

test('cell per line: a unit cell whose names carry a star (`区财政局*、区科技局`) is the unit cell, not more of the cell before it (龙湾 2023)', () => {
	// The cell went into the 区本级任务数 cell before it: the row named no unit (missing-lead).
	const text = ['序号', '重点工作', '区本级任务数', '责任单位', '1', '力争全年兑现惠企资金20亿元。', '9亿元', '区财政局*、区科技局', '2', '新开工重大项目20个。', '12个', '区发改局＊', ''].join('\n\n');
	assert.deepEqual(rows(text), ['1: 力争全年兑现惠企资金20亿元。 | responsible:区财政局 responsible:区科技局', '2: 新开工重大项目20个。 | lead:区发改局']);
	// No declaration says what the star means: who leads row 1 is not said (an information, not an error).
	assert.deepEqual(codes(check(text).findings), ['lead-not-designated']);
});

test('tabs: a cell of two paragraphs (Word) or an Excel cell with Alt+Enter, its quotes included, wraps onto the next line, which goes on with it', () => {
	const word = '序号\t工作任务\t牵头单位\n1\t加快5G基站建设，\n全年新建基站200个。\t县工信局\n2\t推进重大项目建设。\t县发改局\n';
	assert.deepEqual(rows(word), ['1: 加快5G基站建设，全年新建基站200个。 | lead:县工信局', '2: 推进重大项目建设。 | lead:县发改局']);
	assert.deepEqual(codes(check(word).findings), []);
	const excel = '序号\t工作任务\t牵头单位\t责任单位\n1\t"加快5G基站建设，\n全年新建基站200个。"\t县工信局\t"县发改局、\n县财政局"\n2\t推进重大项目建设。\t县发改局\t县财政局\n';
	assert.deepEqual(rows(excel), ['1: 加快5G基站建设，全年新建基站200个。 | lead:县工信局 responsible:县发改局 responsible:县财政局', '2: 推进重大项目建设。 | lead:县发改局 responsible:县财政局']);
	assert.deepEqual(codes(check(excel).findings), []);
});

test('cell per line: a unit name a PDF\'s wrap broke inside its cell is one name, and the rows after it are read', () => {
	const text = '序号\n工作任务\n牵头单位\n1\n全年完成固定资产投资增长8%。\n县经济开发区\n管委会\n2\n新增城镇就业3000人。\n县人社局\n';
	assert.deepEqual(rows(text), ['1: 全年完成固定资产投资增长8%。 | lead:县经济开发区管委会', '2: 新增城镇就业3000人。 | lead:县人社局']);
	assert.deepEqual(codes(check(text, '县经济开发区管委会\n县人社局\n').findings), []);
	// A whole name, a leader or a deadline after a unit cell is the next cell.
	const next = '序号\n工作任务\n牵头单位\n配合单位\n责任领导\n1\n推进重大项目建设。\n县发改局\n县财政局\n张三\n2\n新增城镇就业3000人。\n县人社局\n财政局\n李四\n';
	assert.deepEqual(rows(next), ['1: 推进重大项目建设。 | lead:县发改局 other:县财政局 | leader:张三', '2: 新增城镇就业3000人。 | lead:县人社局 other:财政局 | leader:李四']);
});

test('cell per line: a blank line between a text cell\'s two sentences, or between two unit cells, is no empty cell', () => {
	const text = '序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n加快5G基站建设，\n\n全年新建基站200个。\n县工信局\n县发改局\n年底前\n2\n推进重大项目建设。\n县发改局\n\n县财政局\n长期坚持\n';
	assert.deepEqual(rows(text), ['1: 加快5G基站建设， | lead:县工信局 other:县发改局 | deadline:年底前', '2: 推进重大项目建设。 | lead:县发改局 other:县财政局 | deadline:长期坚持']);
	assert.deepEqual(codes(check(text).findings), []);
});

test('cell per line: a lead closed by its second name is whole, the next line the next cell; 观音机场 and 市科协 are units (a tester\'s re-laid real notices)', () => {
	const plate = '序号\n工作任务\n牵头单位\n责任单位\n完成时限\n1\n地区生产总值增长11%。\n县发改局（粮食局）\n嘉鱼经济开发区\n2021年底\n';
	assert.deepEqual(codes(check(plate).findings), []);
	assert.deepEqual(check(plate).notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:县发改局', 'responsible:嘉鱼经济开发区']);
	const airport = '序号\n工作任务\n牵头单位\n责任单位\n完成时限\n1\n加快推进重大项目建设。\n市发改委\n市财政局\n2020年12月底\n2\n加快观音机场T1航站楼改扩建。\n观音机场\n\n2020年12月底\n';
	assert.deepEqual(codes(check(airport).findings), []);
	assert.deepEqual(check(airport).notice.tasks[1].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:观音机场']);
	const association = '序号\n工作任务\n牵头单位\n责任单位\n完成时限\n1\n提升公民科学素质。\n市科协\n市教育局\n2020年底\n';
	assert.deepEqual(check(association).notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:市科协', 'responsible:市教育局']);
});

test('the first-listed convention declared under the table (注：…排在第一位的为牵头单位) covers the rows above it', () => {
	const { notice, findings } = check('序号\t工作任务\t责任单位\n1\t地区生产总值增长10%。\t市发改委、市财政局\n2\t推进改革。\t市财政局、市商务局\n注：责任单位中排在第一位的为牵头单位。\n');
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.units.filter((unit) => unit.role === 'lead').map((unit) => unit.name)), [['市发改委'], ['市财政局']]);
});

test('compound row numbers (1-1, 1.2): each row a task under its number, a row 1 naming no unit over 1-1 a heading; numbering checked under each task', () => {
	const written = (text: string) => {
		const { notice } = check(text);
		return notice.tasks.map((task) => `${text.slice(task.marker.start, task.marker.end)} ${task.title} | ${task.units.map((unit) => `${unit.role}:${unit.name}`).join(' ')}`);
	};
	const sectionsOf = (text: string) => check(text).notice.sections.map((section) => `${text.slice(section.marker.start, section.marker.end)}${section.title}:${section.children.length}`);
	// A county table: the rows merged into one task and glued their units (`县财政局县财政局`, an unknown-unit warning).
	const tabs = dedent(`
		序号\t工作任务\t牵头单位\t责任单位\t完成时限
		1\t稳定经济增长\t\t\t
		1-1\t推进重大项目建设。\t县发改局\t县财政局、县自然资源局\t2025年12月底前
		1-2\t扩大消费需求。\t县商务局\t县市场监管局\t全年
		2\t优化营商环境。\t县行政审批局\t县数据局\t持续推进
		3\t改善民生\t\t\t
		3-1\t新建幼儿园2所。\t县教育局\t县财政局\t2025年9月底前
		3-2\t提高城乡低保标准。\t县民政局\t县财政局\t持续推进
	`);
	assert.deepEqual(written(tabs), [
		'1-1 推进重大项目建设。 | lead:县发改局 responsible:县财政局 responsible:县自然资源局',
		'1-2 扩大消费需求。 | lead:县商务局 responsible:县市场监管局',
		'2 优化营商环境。 | lead:县行政审批局 responsible:县数据局',
		'3-1 新建幼儿园2所。 | lead:县教育局 responsible:县财政局',
		'3-2 提高城乡低保标准。 | lead:县民政局 responsible:县财政局',
	]);
	assert.deepEqual(sectionsOf(tabs), ['1稳定经济增长:2', '3改善民生:2']);
	assert.deepEqual(codes(check(tabs).findings), []);
	// Every row numbered 1.1, 1.2, 2.1 (no row 1 above), and one cell per line.
	const flat = '序号\t工作任务\t牵头单位\n1.1\t推进重大项目建设。\t县发改局\n1.2\t扩大消费需求。\t县商务局\n2.1\t新建幼儿园2所。\t县教育局\n';
	assert.deepEqual(written(flat), ['1.1 推进重大项目建设。 | lead:县发改局', '1.2 扩大消费需求。 | lead:县商务局', '2.1 新建幼儿园2所。 | lead:县教育局']);
	assert.deepEqual(codes(check(flat).findings), []);
	const cellLines = '序号\n工作任务\n牵头单位\n责任单位\n1\n稳定经济增长\n1-1\n推进重大项目建设。\n县发改局\n县财政局\n1-2\n扩大消费需求。\n县商务局\n县市场监管局\n2\n优化营商环境。\n县行政审批局\n县数据局\n';
	assert.deepEqual(written(cellLines), ['1-1 推进重大项目建设。 | lead:县发改局 responsible:县财政局', '1-2 扩大消费需求。 | lead:县商务局 responsible:县市场监管局', '2 优化营商环境。 | lead:县行政审批局 responsible:县数据局']);
	assert.deepEqual(sectionsOf(cellLines), ['1稳定经济增长:2']);
	assert.deepEqual(codes(check(cellLines).findings), []);
	// A real duplicate or gap under a task is still one, told as written.
	const wrong = '序号 | 工作任务 | 牵头单位 |\n1 | 稳定经济增长 | |\n1-1 | 推进重大项目建设。 | 县发改局 |\n1-1 | 扩大消费需求。 | 县商务局 |\n1-4 | 扩大投资。 | 县商务局 |\n';
	assert.deepEqual(check(wrong).findings.map((finding) => `${finding.code}:${finding.args[0]}`), ['duplicate-number:1-1', 'number-gap:1-2']);
});

test('a header whose narrow cells wrapped (牵头 / 单位, 完成 / 时限): its labels joined, the table read; rows no reader reads still get table-not-read', () => {
	const expected = ['1: 推进重大项目建设。 | lead:县发改局 responsible:县财政局 | deadline:2025年底', '2: 新建幼儿园2所。 | lead:县教育局 responsible:县财政局 | deadline:2025年9月底前'];
	const rowLines = '1\t推进重大项目建设。\t县发改局\t县财政局\t2025年底\n2\t新建幼儿园2所。\t县教育局\t县财政局\t2025年9月底前\n';
	// A Word table pasted as text: nothing was read, or `table-not-read` where one label was whole (责任单位).
	for (const header of ['序号\t工作任务\t牵头\t责任\t完成\n\t　\t单位\t单位\t时限\n', '序号\t工作任务\t牵头\t责任单位\t完成时限\n\t\t单位\t\t\n']) {
		assert.deepEqual(rows(header + rowLines), expected);
		assert.deepEqual(codes(check(header + rowLines).findings), []);
	}
	// Pipes: the second header line was a task `单位` without a lead (missing-lead).
	const pipes = '| 序号 | 工作任务 | 牵头 | 责任单位 | 完成时限 |\n|  |  | 单位 |  |  |\n| 1 | 推进重大项目建设。 | 县发改局 | 县财政局 | 2025年底 |\n| 2 | 新建幼儿园2所。 | 县教育局 | 县财政局 | 2025年9月底前 |\n';
	assert.deepEqual(rows(pipes), expected);
	assert.deepEqual(codes(check(pipes).findings), []);
	// One cell per line: `牵头` / `单位` read as two columns, the lead under 单位 a responsible unit, the deadlines shifted.
	const cellLines = '序号\n工作任务\n牵头\n单位\n责任\n单位\n完成时限\n1\n推进重大项目建设。\n县发改局\n县财政局\n2025年底\n2\n新建幼儿园2所。\n县教育局\n县财政局\n2025年9月底前\n';
	assert.deepEqual(rows(cellLines), expected);
	assert.deepEqual(codes(check(cellLines).findings), []);
	// A column of measures after a short column is no wrapped label (目标值 / 单位); rows without numbers under 序号 are still unread.
	assert.deepEqual(codes(check('序号\n工作任务\n牵头\n单位\n责任单位\n推进重大项目建设。\n县发改局\n县财政局\n').findings), ['table-not-read']);
	assert.equal(check('序号\n指标\n目标值\n单位\n牵头单位\n1\n地区生产总值增长\n6\n%\n县发改局\n').notice.tasks[0]?.units.map((unit) => unit.name).join(), '县发改局');
});

test('a page break inside a table: its footer (— 3 —, 第3页 共8页) and the header Word repeats on the next page are no rows, the rows go on', () => {
	const header = '序号\t工作任务\t牵头单位\t责任单位\n';
	const before = '1\t推进重大项目建设。\t县发改局\t县财政局\n2\t新建幼儿园2所。\t县教育局\t县财政局\n';
	const after = '3\t提高城乡低保标准。\t县民政局\t县财政局\n';
	const expected = ['1: 推进重大项目建设。 | lead:县发改局 responsible:县财政局', '2: 新建幼儿园2所。 | lead:县教育局 responsible:县财政局', '3: 提高城乡低保标准。 | lead:县民政局 responsible:县财政局'];
	// The rows after a footer were lost; the header repeated was read into row 2 (工作任务 its text, no lead: missing-lead).
	for (const pageBreak of ['— 3 —\n', '\n- 3 -\n\n', '第3页 共8页\n', header, '\n— 3 —\n\n' + header]) {
		const text = header + before + pageBreak + after;
		assert.deepEqual(rows(text), expected, JSON.stringify(pageBreak));
		assert.deepEqual(codes(check(text).findings), [], JSON.stringify(pageBreak));
	}
	// One cell per line: the footer was a section heading between rows, or inside a row a unit (`—3—`, unknown to the registry) ending the table.
	const cells = '序号\n工作任务\n牵头单位\n责任单位\n';
	assert.deepEqual(rows(cells + '1\n推进重大项目建设。\n县发改局\n县财政局\n\n— 3 —\n\n2\n新建幼儿园2所。\n县教育局\n县财政局\n'), expected.slice(0, 2));
	assert.deepEqual(check(cells + '1\n推进重大项目建设。\n县发改局\n县财政局\n\n— 3 —\n\n2\n新建幼儿园2所。\n县教育局\n县财政局\n').notice.sections, []);
	assert.deepEqual(rows(cells + '1\n推进重大项目建设。\n县发改局\n— 3 —\n县财政局\n2\n新建幼儿园2所。\n县教育局\n县财政局\n'), expected.slice(0, 2));
});

test('row numbers with the point a Word list writes out (1., 2．, 1、) number rows; renumbering keeps the point', () => {
	const expected = ['1: 推进重大项目建设。 | lead:县发改局 responsible:县财政局', '2: 新建幼儿园2所。 | lead:县教育局 responsible:县财政局'];
	// The rows merged into one task and glued their units (县财政局县财政局, unknown to a registry).
	const tabs = '序号\t工作任务\t牵头单位\t责任单位\n1.\t推进重大项目建设。\t县发改局\t县财政局\n2.\t新建幼儿园2所。\t县教育局\t县财政局\n';
	assert.deepEqual(rows(tabs), expected);
	assert.deepEqual(codes(check(tabs).findings), []);
	assert.deepEqual(rows('序号\n工作任务\n牵头单位\n责任单位\n1、\n推进重大项目建设。\n县发改局\n县财政局\n2、\n新建幼儿园2所。\n县教育局\n县财政局\n'), expected);
	const gap = '序号 | 工作任务 | 牵头单位 |\n1． | 推进重大项目建设。 | 县发改局 |\n3． | 新建幼儿园2所。 | 县教育局 |\n';
	const { notice, findings } = check(gap);
	assert.deepEqual(findings.map((finding) => `${finding.code}:${finding.args.join(',')}`), ['number-gap:2,3']);
	assert.equal(gap.slice(notice.tasks[1].marker.numberStart, notice.tasks[1].marker.numberEnd), '3');
});

test('a header cell wrapped over three lines (牵头 / 责任 / 单位): its three pieces are one label', () => {
	// Nothing was read (tabs), or 牵头 and 责任 were columns of their own and the lead a responsible unit (one cell per line).
	const tabs = '序号\t工作任务\t牵头\t配合\t完成\n\t\t责任\t单位\t时限\n\t\t单位\t\t\n1\t推进重大项目建设。\t县发改局\t县财政局\t全年\n';
	assert.deepEqual(rows(tabs), ['1: 推进重大项目建设。 | lead:县发改局 other:县财政局 | deadline:全年']);
	assert.deepEqual(codes(check(tabs).findings), []);
	const cellLines = '序号\n工作任务\n牵头\n责任\n单位\n配合单位\n1\n推进重大项目建设。\n县发改局\n县财政局\n';
	assert.deepEqual(rows(cellLines), ['1: 推进重大项目建设。 | lead:县发改局 other:县财政局']);
	assert.deepEqual(check(cellLines).notice.tasks.length, 1);
});

test('tabs: an Excel unit cell of three lines ("县财政局 / 县自然资源局 / 各镇人民政府") is three units, its closing quote no text', () => {
	// Read as one name 县财政局县自然资源局各镇人民政府" (unknown-unit with a registry): the closing quote
	// stayed past a middle line, and the joined lines ran the names together.
	const text = '序号\t工作任务\t牵头单位\t责任单位\t完成时限\n1\t推进重大项目建设。\t县发改局\t"县财政局\n县自然资源局\n各镇人民政府"\t全年\n2\t新建幼儿园2所。\t县教育局\t县财政局\t2025年9月底前\n';
	assert.deepEqual(rows(text), [
		'1: 推进重大项目建设。 | lead:县发改局 responsible:县财政局 responsible:县自然资源局 responsible:各镇人民政府 | deadline:全年',
		'2: 新建幼儿园2所。 | lead:县教育局 responsible:县财政局 | deadline:2025年9月底前',
	]);
	assert.deepEqual(codes(check(text).findings), []);
});

test('tabs: a Word cell of three paragraphs, its middle one without a tab, goes on to the line that ends it; a note under the table does not', () => {
	// The table ended at the middle line: the rest of the row, and the rows after it, were lost.
	const units = '序号\t工作任务\t牵头单位\t责任单位\t完成时限\n1\t推进重大项目建设。\t县发改局\t县财政局\n县自然资源局\n各镇人民政府\t全年\n2\t新建幼儿园2所。\t县教育局\t县财政局\t2025年9月底前\n';
	assert.deepEqual(rows(units), [
		'1: 推进重大项目建设。 | lead:县发改局 responsible:县财政局 responsible:县自然资源局 responsible:各镇人民政府 | deadline:全年',
		'2: 新建幼儿园2所。 | lead:县教育局 responsible:县财政局 | deadline:2025年9月底前',
	]);
	const task = '序号\t工作任务\t牵头单位\t责任单位\n1\t加快5G基站建设，\n全年新建基站200个，\n实现乡镇全覆盖。\t县工信局\t县供电公司\n';
	assert.deepEqual(rows(task), ['1: 加快5G基站建设，全年新建基站200个，实现乡镇全覆盖。 | lead:县工信局 responsible:县供电公司']);
	// A row whose last cells are empty, then the text after the table: no more of the row.
	const note = '序号\t工作任务\t牵头单位\t责任单位\t完成时限\n1\t推进重大项目建设。\t县发改局\n县人民政府办公室\n2025年3月1日\n';
	assert.deepEqual(rows(note), ['1: 推进重大项目建设。 | lead:县发改局']);
});

test('tabs: a cell\'s second paragraph behind the row\'s empty cells (\\t\\t\\t各乡镇人民政府\\t) goes on with its cell; the rows after it are read', () => {
	// The line has no tab inside its text: the table ended there, and every row after it was lost without a finding.
	const trailing = '序号\t工作任务\t牵头单位\t责任单位\t完成时限\n1\t新建农村公路50公里\t县交通运输局\t县财政局\t12月底前\n\t\t\t各乡镇人民政府\t\n2\t改造农村危房100户\t县住建局\t县民政局\t10月底前\n\t\t\t县乡村振兴局\t\n3\t新增城镇就业2000人\t县人社局\t县财政局\t12月底前\n';
	const expected = [
		'1: 新建农村公路50公里 | lead:县交通运输局 responsible:县财政局 responsible:各乡镇人民政府 | deadline:12月底前',
		'2: 改造农村危房100户 | lead:县住建局 responsible:县民政局 responsible:县乡村振兴局 | deadline:10月底前',
		'3: 新增城镇就业2000人 | lead:县人社局 responsible:县财政局 | deadline:12月底前',
	];
	assert.deepEqual(rows(trailing), expected);
	assert.deepEqual(codes(check(trailing).findings), []);
	// Without the trailing tab: the rows after it say the table goes on.
	assert.deepEqual(rows(trailing.replace(/\t\n/g, '\n')), expected);
	// A line tabbed to the right under the last row, no row after it (a signature): no cell of the table.
	const signed = '序号\t工作任务\t牵头单位\t责任单位\n1\t新建农村公路50公里\t县交通运输局\t县财政局\n\t\t\t县人民政府办公室\n';
	assert.deepEqual(rows(signed), ['1: 新建农村公路50公里 | lead:县交通运输局 responsible:县财政局']);
	// With its date under it (`\t\t\t2025年3月1日`): still no cell (was a responsible unit 县县人民政府办公室, unknown-unit).
	assert.deepEqual(rows(`${signed}\t\t\t2025年3月1日\n`), ['1: 新建农村公路50公里 | lead:县交通运输局 responsible:县财政局']);
	// A group's title in the task column, the row's other cells empty (`\t二、增进民生福祉\t\t\t`): a group over the rows
	// below, not the task text of the row above (was `新建农村公路50公里二、增进民生福祉`, row 2 under 一 and a number-gap).
	const grouped = '序号\t工作任务\t牵头单位\t责任单位\t完成时限\n\t一、扩大有效投资\t\t\t\n1\t新建农村公路50公里\t县交通运输局\t县财政局\t12月底前\n\t二、增进民生福祉\t\t\t\n1\t改造老旧小区10个\t县住建局\t县财政局\t11月底前\n';
	assert.deepEqual(rows(grouped), ['1: 新建农村公路50公里 | lead:县交通运输局 responsible:县财政局 | deadline:12月底前', '1: 改造老旧小区10个 | lead:县住建局 responsible:县财政局 | deadline:11月底前']);
	assert.deepEqual(codes(check(grouped).findings), []);
});

test('tabs: a cell\'s second paragraph with the row\'s trailing tabs trimmed (an editor\'s trim on save) goes on with its cell, in the task column too and before a group\'s heading (a features tester\'s)', () => {
	// `\t同步推进…` under row 3: one tab, none after it; the rows below were lost without a finding.
	const trimmed = '序号\t工作任务\t牵头单位\t责任单位\n1\t新建幼儿园2所\t县教育局\t县财政局\n\t完善配套设施\n2\t新建公园\t县住建局\t县财政局\n';
	assert.deepEqual(rows(trimmed), ['1: 新建幼儿园2所；完善配套设施 | lead:县教育局 responsible:县财政局', '2: 新建公园 | lead:县住建局 responsible:县财政局']);
	// A unit's paragraph, then a group's heading over the next rows (`二、惠民生`).
	const headed = '序号\t工作任务\t牵头单位\t责任单位\n一、稳增长\n1\t新建幼儿园2所\t县教育局\t县财政局\n\t\t\t各乡镇人民政府\n二、惠民生\n2\t新建公园\t县住建局\t县财政局\n';
	assert.deepEqual(rows(headed), ['1: 新建幼儿园2所 | lead:县教育局 responsible:县财政局 responsible:各乡镇人民政府', '2: 新建公园 | lead:县住建局 responsible:县财政局']);
	assert.deepEqual(codes(check(headed).findings), []);
});

test('tabs: a Word cell whose middle paragraphs are numbered (1.新开工… / 2.…) goes on to the line that ends it; another table\'s header after a cut row does not', () => {
	// The table ended at `1.新开工项目20个；`: the row lost its units (units-not-in-text) and row 2 was lost.
	const text = '序号\t工作任务\t牵头单位\t责任单位\n1\t推进项目建设：\n1.新开工项目20个；\n2.竣工项目10个。\t县发改局\t县财政局\n2\t新建幼儿园2所。\t县教育局\t县财政局\n';
	assert.deepEqual(rows(text), ['1: 推进项目建设：1.新开工项目20个；2.竣工项目10个。 | lead:县发改局 responsible:县财政局', '2: 新建幼儿园2所。 | lead:县教育局 responsible:县财政局']);
	assert.deepEqual(codes(check(text).findings), []);
	const next = '序号\t工作任务\t牵头单位\t责任单位\n1\t推进项目建设。\t县发改局\n附件2\n序号\t工作任务\t牵头单位\t责任单位\n1\t新建幼儿园2所。\t县教育局\t县财政局\n';
	assert.deepEqual(rows(next), ['1: 推进项目建设。 | lead:县发改局', '1: 新建幼儿园2所。 | lead:县教育局 responsible:县财政局']);
});

test('cell per line: a unit cell of two paragraphs, one unit each, is one cell; the next column\'s cell, or the next row, follows it', () => {
	// 县自然资源局 was read as the deadline and 全年 as a section heading; with no column after the units,
	// the table ended there and the rows after it were lost.
	const withDeadline = '序号\n工作任务\n牵头单位\n责任单位\n完成时限\n1\n推进重大项目建设。\n县发改局\n县财政局\n县自然资源局\n全年\n2\n新建幼儿园2所。\n县教育局\n县财政局\n2025年9月底前\n';
	assert.deepEqual(rows(withDeadline), [
		'1: 推进重大项目建设。 | lead:县发改局 responsible:县财政局 responsible:县自然资源局 | deadline:全年',
		'2: 新建幼儿园2所。 | lead:县教育局 responsible:县财政局 | deadline:2025年9月底前',
	]);
	assert.deepEqual(check(withDeadline).notice.sections, []);
	const last = '序号\n工作任务\n牵头单位\n责任单位\n1\n推进重大项目建设。\n县发改局\n县财政局\n县自然资源局\n2\n新建幼儿园2所。\n县教育局\n县财政局\n县住建局\n';
	assert.deepEqual(rows(last), [
		'1: 推进重大项目建设。 | lead:县发改局 responsible:县财政局 responsible:县自然资源局',
		'2: 新建幼儿园2所。 | lead:县教育局 responsible:县财政局 responsible:县住建局',
	]);
	// The signature under the table, then its date, is no unit of the last row.
	const signed = '序号\n工作任务\n牵头单位\n责任单位\n1\n推进重大项目建设。\n县发改局\n县财政局\n县人民政府办公室\n2025年3月1日\n';
	assert.deepEqual(rows(signed), ['1: 推进重大项目建设。 | lead:县发改局 responsible:县财政局']);
});

test('cell per line: a unit cell of three paragraphs, a company among them, is three units (大竹 2016)', () => {
	// 县城投公司 was glued to the unit before it (`县住建局县城投公司`): no department's ending, so no new name by the line alone.
	const text = '序号\n民生实事\n责任单位\n完成时限\n1\n整治城区河道。\n县水务局\n县住建局\n县城投公司\n12月底前\n2\n新建一座公园。\n县住建局\n9月底前\n';
	assert.deepEqual(rows(text), [
		'1: 整治城区河道。 | responsible:县水务局 responsible:县住建局 responsible:县城投公司 | deadline:12月底前',
		'2: 新建一座公园。 | lead:县住建局 | deadline:9月底前',
	]);
});

test('cell per line: a row under a row without its own number (a merged number cell) is more of that row; rows after it are read (大竹 2016)', () => {
	// The table ended at `开工建设老年食堂。`: row 3 (or every row after) was lost, with no finding.
	const text = '序号\n民生实事\n责任单位\n完成时限\n1\n新建一座公园。\n县住建局\n9月投入使用\n2\n新建敬老院。\n县民政局\n5月底前动工\n开工建设老年食堂。\n12月底前\n3\n整治城区河道。\n县水务局\n12月底前\n';
	assert.deepEqual(rows(text), [
		'1: 新建一座公园。 | lead:县住建局 | deadline:9月投入使用',
		'2: 新建敬老院。 | lead:县民政局 | deadline:5月底前动工\n12月底前',
		'3: 整治城区河道。 | lead:县水务局 | deadline:12月底前',
	]);
	assert.equal(check(text).notice.tasks[1].text, '新建敬老院。开工建设老年食堂。');
	assert.deepEqual(codes(check(text).findings), []);
	// A paragraph alone (no merged row's title: it ends its sentence), a deadline alone, and a merged row naming the unit again.
	const one = '序号\n民生实事\n责任单位\n完成时限\n1\n新建敬老院。\n县民政局\n5月底前动工\n开工建设老年食堂。\n2\n整治城区河道。\n县水务局\n12月底前投入使用\n12月底前完工\n3\n新建一座公园。\n县住建局\n5月底前动工\n新建公园配套设施。\n县住建局\n9月底前\n4\n新建学校。\n县教育局\n9月底前\n';
	assert.deepEqual(rows(one), [
		'1: 新建敬老院。 | lead:县民政局 | deadline:5月底前动工',
		'2: 整治城区河道。 | lead:县水务局 | deadline:12月底前投入使用\n12月底前完工',
		'3: 新建一座公园。 | lead:县住建局 | deadline:5月底前动工\n9月底前',
		'4: 新建学校。 | lead:县教育局 | deadline:9月底前',
	]);
	assert.deepEqual(check(one).notice.tasks.map((task) => task.text), ['新建敬老院。开工建设老年食堂。', '整治城区河道。', '新建一座公园。新建公园配套设施。', '新建学校。']);
	assert.deepEqual(codes(check(one).findings), []);
	assert.deepEqual(check(one).notice.sections, []);
});

test('cell per line: rows the reader leaves below a table it read are said (table-not-read), never lost in silence', () => {
	// Row 2's next row is numbered 12 (a slip for 3): the table ends at it; the rows below were read as nothing, with no finding.
	const text = '序号\n民生实事\n责任单位\n完成时限\n1\n新建敬老院。\n县民政局\n5月底前\n2\n整治城区河道。\n县水务局\n12月底前\n12\n新建一座公园。\n县住建局\n9月底前\n';
	assert.deepEqual(rows(text), ['1: 新建敬老院。 | lead:县民政局 | deadline:5月底前', '2: 整治城区河道。 | lead:县水务局 | deadline:12月底前']);
	assert.deepEqual(codes(check(text).findings), ['table-not-read']);
});

test('cell per line: a row whose number skips one (2 then 4) or repeats one is a row, told by the numbering checks as in a tab table', () => {
	// The table ended at `4`: rows 4 and 5 were lost (a tab table reads them, with number-gap).
	const gap = '序号\n民生实事\n责任单位\n完成时限\n1\n新建敬老院。\n县民政局\n5月底前\n2\n整治城区河道。\n县水务局\n12月底前\n4\n新建一座公园。\n县住建局\n9月底前\n5\n新建学校。\n县教育局\n9月底前\n';
	assert.deepEqual(check(gap).notice.tasks.map((task) => task.marker.number), [1, 2, 4, 5]);
	assert.deepEqual(codes(check(gap).findings), ['number-gap']);
	const twice = '序号\n民生实事\n责任单位\n完成时限\n1\n新建敬老院。\n县民政局\n5月底前\n2\n整治城区河道。\n县水务局\n12月底前\n2\n新建学校。\n县教育局\n9月底前\n';
	assert.deepEqual(check(twice).notice.tasks.map((task) => task.title), ['新建敬老院。', '整治城区河道。', '新建学校。']);
	assert.deepEqual(codes(check(twice).findings), ['duplicate-number']);
});

test('cell per line: a department\'s extract keeps the county table\'s numbers, its groups without a row of its own left bare: rows, no gap', () => {
	// A bureau publishes its own rows of the county's table: row 2 under 一、, groups 二、 and 三、 bare,
	// rows 41, 42 and 45 under 四、. The rows after the bare groups were lost in silence.
	const extract = [
		'区卫健委重点工作任务分解表', '', '序号', '', '重点工作任务', '', '主要责任单位', '', '协同配合单位', '',
		'一、主要预期目标', '', '2', '', '常住人口保持稳定。', '', '区卫健委', '', '区统计局。', '',
		'二、扩大有效投资', '', '三、建设现代产业体系', '', '四、增进民生福祉', '',
		'41', '', '推进区人民医院扩建项目。', '', '区卫健委', '', '区发改委、区住建局。', '',
		'42', '', '提升基层医疗服务能力。', '', '区卫健委', '', '各乡镇人民政府。', '',
		'45', '', '完善疾病预防控制体系。', '', '区卫健委', '', '区财政局。', '',
	].join('\n');
	assert.deepEqual(check(extract).notice.tasks.map((task) => task.marker.number), [2, 41, 42, 45]);
	assert.deepEqual(codes(check(extract).findings), []);
	// Without a bare group between its rows, a table whose numbers skip is told so.
	const full = extract.replace('二、扩大有效投资\n\n三、建设现代产业体系\n\n四、', '二、');
	assert.deepEqual(check(full).notice.tasks.map((task) => task.marker.number), [2, 41, 42, 45]);
	assert.deepEqual(codes(check(full).findings), ['number-gap', 'number-gap']);
});

/** The task table's 完成时限 and 时限日期 columns of each task, as the export writes them. */
function deadlineColumns(text: string): string[] {
	const notice = engine.parseNotice(text);
	const table = buildTaskTable([{ uri: 'file:///w/n.txt', name: 'n', notice, findings: engine.check(notice, undefined), directory: undefined }]);
	const columns = taskColumns(table, 'flat').filter((column) => column.header === '完成时限' || column.header === '时限日期');
	return table.rows.filter((row): row is TaskRow => row.kind === 'task').map((row) => columns.map((column) => column.value(row)).join(' | '));
}

test('the 完成时限 column shows a deadline cell or field as written, its date in 时限日期 (大竹 2016)', () => {
	// 9月投入使用 was exported as 9月, 5月底前动工 as 5月底前, 年内持续推进 as 年内: the time read, the rest of the cell lost.
	const cells = '2016年民生实事目标任务分解表\n序号\n民生实事\n责任单位\n完成时限\n1\n新建一座公园。\n县住建局\n9月投入使用\n2\n新建敬老院。\n县民政局\n5月底前动工\n开工建设老年食堂。\n12月底前\n3\n整治城区河道。\n县水务局\n2016年12月底前\n';
	assert.deepEqual(deadlineColumns(cells), ['9月投入使用 | 2016-09-30', '5月底前动工；12月底前 | 2016-05-31；2016-12-31', '2016年12月底前 | 2016-12-31']);
	const fields = '1.推进重大项目建设（牵头单位：市发改委；完成时限：年内持续推进）\n2.新建学校。\n牵头单位：市教育局\n完成时限：2025\n年12月底前\n3.扩大有效投资，6月底前出台方案。\n牵头单位：市发改委\n';
	assert.deepEqual(deadlineColumns(fields), ['年内持续推进 | 持续', '2025年12月底前 | 2025-12-31', '6月底前 | ']);
});

test('cell per line: each sub-item\'s cell in a 完成时限 column is a deadline of the row (p47 review\'s N2)', () => {
	// Only ①'s cell was read: `2020年12月底前`, ②'s earlier `2020年6月底前` lost.
	const text = '序号\n项目名称\n主要内容\n完成时限\n责任单位\n配合单位\n1\n更新改造城乡居民生活服务设施\n①提标改造70个老旧小区。\n2020年12月底前\n市住建局\n各县区政府\n②新建改造26座城市公厕。\n2020年6月底前\n市城管局\n清江浦区政府\n2\n建设城市停车场\n新建公共停车泊位3000个。\n2020年9月底前\n市公安局\n各区政府\n';
	assert.deepEqual(deadlineColumns(text), ['2020年12月底前；2020年6月底前 | 2020-12-31；2020-06-30', '2020年9月底前 | 2020-09-30']);
	// Each date where it is written: ②'s in its own cell, not in `26座` before it.
	const notice = engine.parseNotice(text);
	const dates = taskFollowUp(notice.tasks[0], notice.text, { notice: 2020 }).deadlines.map((deadline) => text.slice(deadline.span.start, deadline.span.end));
	assert.deepEqual(dates, ['2020年12月底前', '2020年6月底前']);
	assert.deepEqual(codes(check(text).findings), []);
	// ②'s text naming its date (p48 review's D5): the deadline is at ②'s deadline cell, not in ②'s text above it (the hover landed there).
	const named = text.replace('②新建改造26座城市公厕。', '②2020年6月底前新建改造26座城市公厕。');
	const read = engine.parseNotice(named);
	const cell = named.indexOf('\n2020年6月底前\n') + 1;
	assert.deepEqual(taskFollowUp(read.tasks[0], read.text, { notice: 2020 }).deadlines.map((deadline) => deadline.span), [
		{ start: named.indexOf('2020年12月底前'), end: named.indexOf('2020年12月底前') + 10 },
		{ start: cell, end: cell + 9 },
	]);
});

test('two text columns filled in every row with distinct texts (指标名称, 预期目标) are one task text, not a category and a task', () => {
	// Each row was a section 地区生产总值增速 holding a task 6%左右.
	const tabs = '序号\t指标名称\t2025年预期目标\t牵头单位\t责任单位\n1\t地区生产总值增速\t6%左右\t县发改局\t县统计局\n2\t规模以上工业增加值增速\t7%左右\t县经信局\t县统计局\n';
	assert.deepEqual(rows(tabs), ['1: 地区生产总值增速 6%左右 | lead:县发改局 responsible:县统计局', '2: 规模以上工业增加值增速 7%左右 | lead:县经信局 responsible:县统计局']);
	assert.deepEqual(check(tabs).notice.sections, []);
	const cellLines = '序号\n指标名称\n2025年预期目标\n牵头单位\n责任单位\n1\n地区生产总值增速\n6%左右\n县发改局\n县统计局\n2\n规模以上工业增加值增速\n7%左右\n县经信局\n县统计局\n';
	assert.deepEqual(check(cellLines).notice.tasks.map((task) => task.text), ['地区生产总值增速 6%左右', '规模以上工业增加值增速 7%左右']);
	assert.deepEqual(check(cellLines).notice.sections, []);
	// A category column written as a merged cell pastes (repeated, or empty below its first row) still groups the rows.
	const repeated = '序号\t重点工作\t具体任务\t牵头单位\n1\t稳增长\t扩大有效投资。\t县发改局\n2\t稳增长\t促进消费回补。\t县商务局\n3\t惠民生\t新增城镇就业。\t县人社局\n';
	assert.deepEqual(check(repeated).notice.sections.map((section) => section.title), ['稳增长', '惠民生']);
	const empty = '序号\t重点工作\t具体任务\t牵头单位\n1\t稳增长\t扩大有效投资。\t县发改局\n2\t\t促进消费回补。\t县商务局\n3\t惠民生\t新增城镇就业。\t县人社局\n';
	assert.deepEqual(check(empty).notice.sections.map((section) => section.title), ['稳增长', '惠民生']);
	assert.deepEqual(rows(empty), ['1: 扩大有效投资。 | lead:县发改局', '2: 促进消费回补。 | lead:县商务局', '3: 新增城镇就业。 | lead:县人社局']);
});

test('tabs: a row under a row with its number cell empty (merged) naming the same unit is more of that row, one unit; a unit paragraph opening with its level is a unit', () => {
	// Read 县民政局县民政局 (unknown-unit with a registry) and the deadline 5月底前动工12月底前.
	const tabs = '序号\t民生实事\t责任单位\t完成时限\n1\t新建敬老院。\t县民政局\t5月底前动工\n\t开工建设老年食堂。\t县民政局\t12月底前\n2\t整治城区河道。\t县水务局\t12月底前\n';
	assert.deepEqual(rows(tabs), ['1: 新建敬老院。开工建设老年食堂。 | lead:县民政局 | deadline:5月底前动工\n12月底前', '2: 整治城区河道。 | lead:县水务局 | deadline:12月底前']);
	assert.deepEqual(codes(check(tabs, '县民政局\n县水务局\n').findings), []);
	// 县人民医院 has no department's ending: it was glued to 县卫健局 (县卫健局县人民医院).
	const hospital = '序号\n工作任务\n牵头单位\n责任单位\n完成时限\n1\n实施医保支付方式改革。\n县医保局\n县卫健局\n县人民医院\n12月底前\n';
	assert.deepEqual(rows(hospital), ['1: 实施医保支付方式改革。 | lead:县医保局 responsible:县卫健局 responsible:县人民医院 | deadline:12月底前']);
});

test('an indicator table\'s 单位 column beside its unit columns holds measures (%, 亿元), read after the target, no unit', () => {
	// `%` made the row's 单位 an empty field (empty-field), `亿元` a unit (unknown-unit with a registry).
	const tabs = '序号\t指标名称\t单位\t2025年目标\t牵头单位\t责任单位\n1\t地区生产总值增速\t%\t6\t县发改局\t县统计局\n2\t一般公共预算收入\t亿元\t12\t县财政局\t县税务局\n';
	const registry = '县发改局\n县统计局\n县财政局\n县税务局\n';
	assert.deepEqual(rows(tabs), ['1: 地区生产总值增速 6% | lead:县发改局 responsible:县统计局', '2: 一般公共预算收入 12亿元 | lead:县财政局 responsible:县税务局']);
	assert.deepEqual(codes(check(tabs, registry).findings), []);
	const cellLines = '序号\n指标名称\n单位\n2025年目标\n牵头单位\n责任单位\n1\n地区生产总值增速\n%\n6\n县发改局\n县统计局\n2\n一般公共预算收入\n亿元\n12\n县财政局\n县税务局\n';
	assert.deepEqual(check(cellLines).notice.tasks.map((task) => task.text), ['地区生产总值增速 6%', '一般公共预算收入 12亿元']);
	assert.deepEqual(codes(check(cellLines, registry).findings), []);
});

test('cell per line: the last row\'s deadline cut inside its date (2025年 / 12月底前) is one cell; a leader cell of two paragraphs names two leaders', () => {
	// The table ended at `2025年`: 12月底前 was a line of text after it.
	const cut = '序号\n民生实事\n责任单位\n完成时限\n1\n新建一座公园。\n县住建局\n9月底前\n2\n整治城区河道。\n县水务局\n2025年\n12月底前\n';
	assert.deepEqual(rows(cut), ['1: 新建一座公园。 | lead:县住建局 | deadline:9月底前', '2: 整治城区河道。 | lead:县水务局 | deadline:2025年12月底前']);
	assert.deepEqual(deadlineColumns(cut), ['9月底前 | ', '2025年12月底前 | 2025-12-31']);
	// Read as one leader 王明李华.
	const leaders = '序号\n工作任务\n责任领导\n牵头单位\n责任单位\n1\n推进重大项目建设。\n王明\n李华\n县发改局\n县财政局\n2\n优化营商环境。\n张强\n县市场监管局\n县政府办\n';
	const notice = engine.parseNotice(leaders);
	const table = buildTaskTable([{ uri: 'file:///w/n.txt', name: 'n', notice, findings: engine.check(notice, undefined), directory: undefined }]);
	assert.deepEqual(table.rows.filter((row): row is TaskRow => row.kind === 'task').map((row) => row.leaders.map((leader) => leader.written)), [['王明', '李华'], ['张强']]);
});

test('a deadline cell\'s paragraphs after 全年 stay apart (全年 is no date a line break cut)', () => {
	// Read 全年6月底前, as if 全年 were a date's start cut at 年.
	const cellLines = '序号\n工作任务\n牵头单位\n责任单位\n完成时限\n1\n推进重大项目建设。\n县发改局\n县财政局\n全年\n推进项目前期工作。\n6月底前\n2\n新建幼儿园2所。\n县教育局\n县住建局\n9月底前\n';
	assert.deepEqual(rows(cellLines)[0], '1: 推进重大项目建设。 | lead:县发改局 responsible:县财政局 | deadline:全年\n6月底前');
	assert.deepEqual(deadlineColumns(cellLines), ['全年；6月底前 | ', '9月底前 | ']);
	const tabs = '序号\t工作任务\t牵头单位\t责任单位\t完成时限\n1\t推进重大项目建设。\t县发改局\t县财政局\t全年\n\t推进项目前期工作。\t\t\t6月底前\n2\t新建幼儿园2所。\t县教育局\t县住建局\t9月底前\n';
	assert.deepEqual(deadlineColumns(tabs), ['全年；6月底前 | ', '9月底前 | ']);
});

test('tabs: a Word list inside a task cell (1.\\t新开工项目…) among rows numbered 1, 2 is the cell\'s text, no rows', () => {
	// Each list item began a row: missing-lead twice and duplicate-number twice on a correct table.
	const expected = ['1: 推进项目建设：1.新开工项目20个；2.竣工项目10个。 | lead:县发改局 responsible:县财政局 | deadline:全年', '2: 提高城乡低保标准。 | lead:县民政局 responsible:县财政局 | deadline:6月底前'];
	const header = '序号\t工作任务\t牵头单位\t责任单位\t完成时限\n';
	for (const list of ['1.\t新开工项目20个；\n2.\t竣工项目10个。', '1.新开工项目20个；\n2.竣工项目10个。', '1、\t新开工项目20个；\n2、\t竣工项目10个。']) {
		const text = `${header}1\t推进项目建设：\n${list}\t县发改局\t县财政局\t全年\n2\t提高城乡低保标准。\t县民政局\t县财政局\t6月底前\n`;
		assert.deepEqual(rows(text), list.includes('、') ? [expected[0].replace(/\./g, '、'), expected[1]] : expected);
		assert.deepEqual(codes(check(text).findings), []);
	}
});

test('cell per line: a target value written as a compound number (3.1) is the row\'s cell, no sub-row', () => {
	// `3.1` under row 2's title began a row 3.1: missing-lead on row 2 and number-gap at row 3 → 4.
	const text = '序号\n指标\n目标值\n责任单位\n1\n地区生产总值增长（%）\n6.5\n区发展改革委\n2\n城镇新增就业（万人）\n3.1\n区人力社保局\n3\n居民消费价格涨幅（%）\n3\n区发展改革委\n';
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => `${task.marker.number}:${task.units.map((unit) => unit.name).join(',')}`), ['1:区发展改革委', '2:区人力社保局', '3:区发展改革委']);
	// Right under its parent row (number and title only), a compound number still opens a sub-task.
	const sub = '序号\n工作任务\n牵头单位\n责任单位\n1\n稳定经济增长\n1-1\n推进重大项目建设。\n县发改局\n县财政局\n1-2\n扩大有效投资。\n县财政局\n县发改局\n';
	assert.deepEqual(check(sub).notice.tasks.map((task) => task.title), ['推进重大项目建设。', '扩大有效投资。']);
});

test('sub-tasks of a second task whose row is missing (1-2 then 2-1) leave the first task\'s section', () => {
	// 2-1 and 2-2 stayed in the section of row 1 稳定经济增长.
	const text = '序号\t工作任务\t牵头单位\t责任单位\t完成时限\n1\t稳定经济增长\t\t\t\n1-1\t推进重大项目建设。\t县发改局\t县财政局\t全年\n1-2\t扩大有效投资。\t县财政局\t县发改局\t全年\n2-1\t提高城乡低保标准。\t县民政局\t县财政局\t6月底前\n2-2\t完善社会救助。\t县民政局\t县财政局\t全年\n';
	assert.deepEqual(check(text).notice.tasks.map((task) => `${task.section?.title ?? ''}|${task.title}`), ['稳定经济增长|推进重大项目建设。', '稳定经济增长|扩大有效投资。', '|提高城乡低保标准。', '|完善社会救助。']);
});

test('a row is compacted to be compared with the header only when it opens with the header\'s first character', () => {
	// Every table line at least as long as the header was sliced whole and stripped of its blanks
	// (readTables.repeatedHeaderLines), a copy of each row on top of its cells'.
	const header = '序号\t工作任务\t牵头单位\t责任单位\n';
	const body = Array.from({ length: 40 }, (_, n) => `${n + 1}\t推进第${n + 1}项重点项目建设，确保年内完成投资计划。\t县发改局\t县财政局\n`).join('');
	const source = header + body + '— 3 —\n' + header + '41\t新建幼儿园2所。\t县教育局\t县财政局\n';
	const lineEnds = new Set<string>();
	let at = 0;
	for (const line of source.split('\n')) {
		lineEnds.add(`${at}:${at + line.length}`);
		at += line.length + 1;
	}
	let wholeLines = 0;
	const counting = new Proxy(new String(source), {
		get(target, key) {
			if (key === 'slice') {
				return (start?: number, end?: number) => {
					if (start !== undefined && end !== undefined && end - start > 20 && lineEnds.has(`${start}:${end}`)) {
						wholeLines++;
					}
					return source.slice(start, end);
				};
			}
			const value = Reflect.get(target, key);
			return typeof value === 'function' ? value.bind(source) : value;
		},
	}) as unknown as string;
	const structure = readStructure(counting);
	assert.equal(structure.blocks.filter((block) => block.kind === 'table').length, 1);
	assert.ok(wholeLines < 10, `${wholeLines} rows copied whole`);
});

test('a header of two levels: 责任单位 spanning 牵头单位 / 配合单位 (or 牵头 / 责任) below it names those columns', () => {
	// The lead column was read as 责任单位 over an empty column: a missing-lead error, the 配合 units dropped.
	for (const [lower, second] of [['牵头单位\t配合单位', 'other'], ['牵头\t配合', 'other'], ['牵头\t责任', 'responsible']]) {
		const text = `序号\t工作任务\t责任单位\t\t完成时限\n\t\t${lower}\t\n1\t推进重大项目建设。\t县发改局\t县财政局\t全年\n2\t提高城乡低保标准。\t县民政局\t县财政局\t6月底前\n`;
		assert.deepEqual(rows(text), [`1: 推进重大项目建设。 | lead:县发改局 ${second}:县财政局 | deadline:全年`, `2: 提高城乡低保标准。 | lead:县民政局 ${second}:县财政局 | deadline:6月底前`]);
		assert.deepEqual(codes(check(text).findings), []);
	}
});

test('cell per line: a lone | closing each row of a header with one column more (a merged cell) ends the row, no empty cell', () => {
	// The lone | was an empty last cell: each row's cells stood a column left, the task a section,
	// 县城管局 the task, the co-operating unit the lead.
	const text = '序号 |\n重点工作 |\n年度目标任务 |\n牵头单位 |\n协同单位 |\n1 |\n新增公共停车泊位300个。 |\n县城管局 |\n县住建局 |\n|\n2 |\n建设垃圾中转站5座。 |\n县城管局 |\n各乡镇 |\n|\n3 |\n改造老旧小区8个。 |\n县住建局 |\n各乡镇 |\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => `${task.section?.title ?? ''}|${task.title}|${task.units.map((unit) => `${unit.role}:${unit.name}`).join(' ')}`), [
		'|新增公共停车泊位300个。|lead:县城管局 other:县住建局',
		'|建设垃圾中转站5座。|lead:县城管局 other:各乡镇',
		'|改造老旧小区8个。|lead:县住建局 other:各乡镇',
	]);
	assert.deepEqual(codes(findings), []);
});

test('cell per line: a row short of a merged cell and of its last cells (a page\'s last row, 崇川 2023) reads its units in the unit columns, its progress in the note; a row short of one reads as before', () => {
	const registry = '城管局\n市政局\n崇川经济开发区\n相关街道\n';
	const read = (text: string) => check(text, registry).notice.tasks.map((task) => `${task.section?.title ?? ''}|${task.title}|${task.units.map((unit) => `${unit.role}:${unit.name}`).join(' ')}|${task.leader?.text ?? ''}`);
	// Without progress text in a unit column the row as written is no less likely than a shift: read as written
	// (the same shape as a row whose last cells are merely empty, below), no finding either way.
	const bare = '序号 |\n主要任务 |\n全年目标任务 |\n牵头单位 |\n责任单位 |\n说明 |\n26 |\n新建中转站8个。 |\n城管局 |\n相关街道 |\n';
	assert.deepEqual(read(bare), ['新建中转站8个。|城管局|lead:相关街道|']);
	assert.deepEqual(codes(check(bare, registry).findings), []);
	// With the leader and the progress cells: the leader was the task and the progress text three units unknown to a registry.
	const header = '序号 |\n主要任务 |\n全年目标任务 |\n分管 领导 |\n牵头 单位 |\n责任主体与协同单位 |\n1-10月推进情况 |\n1-11月推进情况 |\n是否达序 |\n说明 |\n';
	const last = '26 |\n新建建筑垃圾中转站8个、建筑垃圾分类池20个。 |\n徐国江 |\n城管局 |\n崇川经济开发区、相关街道 |\n已建成建筑垃圾中转站3个、分类池10个;其余点位已启动建设流程。 |\n已建成建筑垃圾中转站7个、分类池17个。 |\n是 |\n';
	const full = '25 |\n新增达标小区210个。 |\n徐国江 |\n城管局 |\n市政局、各街道 |\n已进场施工,完成30%。 |\n在46个小区建成38个厢房。 |\n否 |\n项目于9月28才签订合同。 |\n|\n';
	const progress = header + full + last;
	assert.deepEqual(read(progress), ['|新增达标小区210个。|lead:城管局 other:市政局 other:各街道|徐国江', '|新建建筑垃圾中转站8个、建筑垃圾分类池20个。|lead:城管局 other:崇川经济开发区 other:相关街道|徐国江']);
	assert.deepEqual(codes(check(progress, registry).findings), []);
	assert.equal(check(progress).notice.tasks[1].progress?.text, '已建成建筑垃圾中转站3个、分类池10个;其余点位已启动建设流程。');
	// A row short of the merged task cell alone keeps its reading.
	const one = '序号 |\n主要任务 |\n全年目标任务 |\n分管领导 |\n牵头单位 |\n责任单位 |\n进展情况 |\n26 |\n新建中转站8个。 |\n徐国江 |\n城管局 |\n相关街道 |\n已建成7个。 |\n';
	assert.deepEqual(read(one), ['|新建中转站8个。|lead:城管局 responsible:相关街道|徐国江']);
	// The last cells are left unwritten only where the unit cells then fall in the unit columns: a progress cell
	// where the units would stand keeps the row as written (no guess).
	const noUnits = '序号\t类别\t工作任务\t牵头单位\t责任单位\t进展情况\t备注\n1\t稳增长\t推进重大项目建设。\t县发改局\t县财政局\t已开工。\t\n2\t扩大有效投资。\t县发改局\t已完成。\n';
	assert.deepEqual(check(noUnits).notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['县发改局', '县财政局'], []]);
});

test('a row whose last cells are merely empty (an Excel paste: `2\t社会事业\t县体育中心\t县文体局\t\t`) reads as written, in every layout: its category not read missing, its task no unit', () => {
	const registry = '县卫健局\n县住建局\n县文体局\n县教育局\n';
	const rows = [['序号', '类别', '项目名称', '牵头单位', '配合单位', '备注'], ['1', '社会事业', '县人民医院迁建工程', '县卫健局', '县住建局', '年底前完工'], ['2', '社会事业', '县体育中心', '县文体局'], ['3', '教育', '县第二实验小学', '县教育局', '县住建局', '新建']];
	const layouts = {
		tabs: rows.map((row) => row.join('\t')).join('\n') + '\n',
		trailingTabs: rows.map((row) => [...row, ...Array(6 - row.length).fill('')].join('\t')).join('\n') + '\n',
		pipes: rows.map((row) => `| ${row.join(' | ')} |`).join('\n') + '\n',
		cellLines: rows.flat().join('\n') + '\n',
	};
	for (const [layout, text] of Object.entries(layouts)) {
		const { notice, findings } = check(text, registry);
		assert.deepEqual(notice.tasks.map((task) => `${task.title}|${task.units.map((unit) => `${unit.role}:${unit.name}`).join(' ')}`), ['县人民医院迁建工程|lead:县卫健局 other:县住建局', '县体育中心|lead:县文体局', '县第二实验小学|lead:县教育局 other:县住建局'], layout);
		assert.deepEqual(codes(findings), [], layout);
	}
});

test('rows numbered 1. and 2. with sub-tasks 1.1, 1.2 between them: the sub-tasks\' numbers do not outvote the rows\' points (a tester\'s table: row 2 glued into 1.2, a missing lead on row 1)', () => {
	const text = '序号\t工作任务\t牵头单位\n1.\t加快发展现代产业\t\n1.1\t培育规上工业企业10家。\t县工信局\n1.2\t推进数字经济发展。\t县数据局\n2.\t优化营商环境。\t县行政审批局\n';
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['县工信局'], ['县数据局'], ['县行政审批局']]);
});

test('a task cell\'s second paragraph is told apart in the task\'s text (`；`), where the first ends with no punctuation; a wrap a PDF cut mid-word, or a unit name, stays one', () => {
	const text = (first: string, second: string) => check(`序号\t工作任务\t牵头单位\t责任单位\n1\t${first}\t镇卫生院\t镇财政所\n\t${second}\t\t\n2\t新建健身广场1处\t镇文化站\t镇财政所\n`).notice.tasks[0].text;
	// Two paragraphs of a Word cell (was `改造村卫生室6间配齐常用诊疗设备`, in the task table and the export too).
	assert.equal(text('改造村卫生室6间', '配齐常用诊疗设备'), '改造村卫生室6间；配齐常用诊疗设备');
	assert.equal(text('改造村卫生室6间', '1.配齐常用诊疗设备'), '改造村卫生室6间；1.配齐常用诊疗设备');
	// Its punctuation separates them already: a sentence's or a clause's end, a bracket left open.
	assert.equal(text('改造村卫生室6间。', '配齐常用诊疗设备。'), '改造村卫生室6间。配齐常用诊疗设备。');
	assert.equal(text('改造村卫生室6间，', '配齐常用诊疗设备。'), '改造村卫生室6间，配齐常用诊疗设备。');
	assert.equal(text('改造村卫生室6间（', '含配套设备）'), '改造村卫生室6间（含配套设备）');
	// A line opening with a word that goes on from the one before (以上, 左右, 及): one sentence (a reviewer's).
	assert.equal(text('新建口袋公园20个', '以上，服务周边居民'), '新建口袋公园20个以上，服务周边居民');
	assert.equal(text('推进城东片区', '及周边棚户区改造'), '推进城东片区及周边棚户区改造');
	// One cell per line, a PDF's wrap fills a line to the column's width and may cut a word: joined as written.
	const cells = '序号\n工作任务\n牵头单位\n1\n推进全域土地综合整治试点工\n作，完成整治项目3个\n镇国土所\n2\n改造村卫生室6间\n配齐常用诊疗设备\n镇卫生院\n3\n推进农村生活污水治理提质增\n效\n镇建设办\n';
	assert.deepEqual(check(cells).notice.tasks.map((task) => task.text), ['推进全域土地综合整治试点工作，完成整治项目3个', '改造村卫生室6间；配齐常用诊疗设备', '推进农村生活污水治理提质增效']);
	// A unit cell cut inside a name (`县住房和城乡` / `建设局`) is one unit still.
	const unit = check('序号\t工作任务\t牵头单位\t责任单位\n1\t改造老旧小区12个\t县住房和城乡\t县财政局\n\t\t建设局\t\n2\t新建公园\t县发改局\t县财政局\n').notice;
	assert.deepEqual(unit.tasks[0].units.map((mention) => `${mention.role}:${mention.name}`), ['lead:县住房和城乡建设局', 'responsible:县财政局']);
});

test('one space between cells: a header glued to the letter\'s last paragraph, a 名称 column the rows leave empty (常熟 2018)', () => {
	// A site's copy put the letter, its signature and the attachment's title on one line, the header at its end: nothing was read, nothing said.
	const text = dedent(`
		各镇人民政府,市各委办局: 现将2024年政府工作任务分解下达,请认真组织实施. 附件:2024年政府工作任务分解表 市政府办公室 2024年2月20日 2024年政府工作任务分解表 序号 名称 工作任务 牵头责任单位

		一、主要预期目标(3项)

		1 地区生产总值增长6%左右. 发改委

		2 一般公共预算收入增长5%. 财政局

		3 城镇新增就业1.5万人,城镇登记失业率控制在3%以内. 人社局、财政局
	`);
	assert.deepEqual(rows(text), [
		'1: 地区生产总值增长6%左右. | lead:发改委',
		'2: 一般公共预算收入增长5%. | lead:财政局',
		'3: 城镇新增就业1.5万人,城镇登记失业率控制在3%以内. | lead:人社局 lead:财政局',
	]);
	assert.deepEqual(codes(check(text).findings), []);
	assert.deepEqual(check(text).notice.sections.map((section) => section.title), ['主要预期目标(3项)']);
	// The header on a line of its own reads alike.
	assert.deepEqual(rows(text.replace(' 2024年政府工作任务分解表 序号', '\n序号')).length, 3);
	// Near misses, as before: a paragraph with single spaces ending in words of a header but not all of them, rows numbered below it.
	const prose = dedent(`
		各镇 各部门 要按 序号 顺序 报送 牵头单位
		1 推进重点项目建设 市发改委
		2 扩大对外开放 市商务局
	`);
	assert.deepEqual(rows(prose), []);
	assert.deepEqual(codes(check(prose).findings), []);
	// A column of names other than 名称 between 序号 and the task: no header.
	assert.deepEqual(rows(text.replace('序号 名称', '序号 说明')), []);
});

test('one space between cells: a row the reader cannot tell from prose below rows it read is said (table-not-read), never lost in silence', () => {
	const text = '序号 工作任务 牵头单位\n1 推进重点项目建设 市发改委\n2 扩大对外开放 市商务局\n3 加快建设 现代化产业体系\n4 优化营商环境 市政务办\n';
	assert.deepEqual(rows(text), ['1: 推进重点项目建设 | lead:市发改委', '2: 扩大对外开放 | lead:市商务局']);
	assert.deepEqual(codes(check(text).findings), ['table-not-read']);
	// The table's last row, then a paragraph: nothing said; nor a last row a copy cut short, the text's last line (two reviewers).
	assert.deepEqual(codes(check('序号 工作任务 牵头单位\n1 推进重点项目建设 市发改委\n2 扩大对外开放 市商务局\n各单位要加强协调。\n').findings), []);
	assert.deepEqual(codes(check('序号 工作任务 牵头单位\n1 推进重点项目建设 市发改委\n2 扩大对外开放 市商务局\n3 中央预算内投资安排5000亿元 发展改革\n').findings), []);
});

test('pipes: a progress table whose task cells name the units (湖州 2020), read as an item\'s lines; a table with a unit column reads as before', () => {
	// No unit column, the units in a label inside the task's cell: every task was lost, and nothing was said.
	const text = dedent(`
		市政府工作报告重点工作进展情况(1-6月)
		序号 | 目标任务 | 推进情况 |
		1 | 推进老旧小区改造,年内完成改造小区20个。(责任单位:市住建局) | 上半年已开工改造小区12个。 |
		2 | 发展装配式建筑,新开工装配式建筑面积300万平方米。(牵头单位:市住建局;责任单位:市发改委、市自然资源局) | 1.已出台扶持政策。 2.新开工面积180万平方米。 |
		3 | 开展城乡生活垃圾分类,创建示范村50个。(责任单位:市综合执法局) | 已创建示范村31个。 |
	`);
	assert.deepEqual(rows(text), [
		'1: 推进老旧小区改造,年内完成改造小区20个。 | lead:市住建局',
		'2: 发展装配式建筑,新开工装配式建筑面积300万平方米。 | lead:市住建局 responsible:市发改委 responsible:市自然资源局',
		'3: 开展城乡生活垃圾分类,创建示范村50个。 | lead:市综合执法局',
	]);
	assert.deepEqual(codes(check(text).findings), []);
	// A header saying the cell holds them (`工作任务及责任单位`): read so, units written in a bare parenthesis as an item's are.
	const said = text.replace('目标任务', '工作任务及责任单位').replace('推进情况', '进度').replace('(责任单位:市综合执法局)', '(市综合执法局)');
	assert.deepEqual(rows(said).map((row) => row.split(' | ')[1]), ['lead:市住建局', 'lead:市住建局 responsible:市发改委 responsible:市自然资源局', 'lead:市综合执法局']);
	// Near misses, as before: a table of figures (no unit named in a task cell) is no table of tasks, and nothing is said;
	const figures = '序号 | 目标任务 | 推进情况 |\n1 | 地区生产总值增长6%。 | 上半年增长5.8%。 |\n2 | 城镇新增就业1.5万人。 | 已新增0.8万人。 |\n';
	assert.deepEqual(rows(figures), []);
	assert.deepEqual(codes(check(figures).findings), []);
	// some rows naming units and others not are said (table-not-read), not read half;
	assert.deepEqual(codes(check(text.replace('(责任单位:市住建局)', '')).findings), ['table-not-read']);
	// a table of figures with a unit noted in one row is none, nothing said; nor bare names after the text under a header
	// saying the cell holds them, which no label or parenthesis opens (a reviewer: a false units-not-in-text).
	const noted = '序号 | 指标 | 完成情况 |\n1 | 地区生产总值增速(责任单位:县发改局) | 5.8% |\n2 | 一般公共预算收入 | 4.2亿元 |\n3 | 城镇居民人均可支配收入 | 1.1万元 |\n';
	assert.deepEqual(codes(check(noted).findings), []);
	const bare = '序号 | 工作任务及责任单位 | 完成时限 |\n1 | 全年地区生产总值增长6%。县发改局 | 12月底 |\n2 | 规上工业增加值增长8%。县工信局 | 12月底 |\n';
	assert.deepEqual(codes(check(bare).findings), []);
	// a table with a unit column reads its units from that column, as before.
	const column = '序号 | 目标任务 | 牵头单位 | 推进情况 |\n1 | 推进老旧小区改造。 | 市住建局 | 已开工12个。 |\n2 | 发展装配式建筑。 | 市住建局 | 已出台扶持政策。 |\n';
	assert.deepEqual(rows(column), ['1: 推进老旧小区改造。 | lead:市住建局', '2: 发展装配式建筑。 | lead:市住建局']);
	assert.deepEqual(codes(check(column).findings), []);
});

test('pipes: a unit column every row leaves empty, the units written in the task cell with a label, reads them from the cell; a unit column filled reads as before', () => {
	// The units stood only in `（责任单位：…）` inside the task cell: none read, and units-not-in-text said of a notice that names them all.
	const text = dedent(`
		序号 | 工作任务 | 责任单位 | 完成时限 |
		1 | 推进老旧小区改造，年内完成改造小区20个。（责任单位：县住建局） |  | 2024年12月底前 |
		2 | 新建改造农村公路50公里。（牵头单位：县交通运输局；责任单位：各乡镇人民政府） |  | 2024年12月底前 |
	`);
	assert.deepEqual(rows(text), [
		'1: 推进老旧小区改造，年内完成改造小区20个。 | lead:县住建局 | deadline:2024年12月底前',
		'2: 新建改造农村公路50公里。 | lead:县交通运输局 responsible:各乡镇人民政府 | deadline:2024年12月底前',
	]);
	assert.deepEqual(codes(check(text).findings), []);
	// Near misses: one row naming no unit in its cell leaves the table as it was read; a unit cell filled in a row reads its column.
	const unlabelled = text.replace('（责任单位：县住建局）', '');
	assert.deepEqual(rows(unlabelled).map((row) => row.split(' | ')[1]), ['', '']);
	const filled = text.replace('） |  | 2024年12月底前 |\n2', '） | 县财政局 | 2024年12月底前 |\n2');
	assert.deepEqual(rows(filled).map((row) => row.split(' | ')[1]), ['lead:县财政局', '']);
});

test('pipes without a leading pipe: a cell\'s second line behind the row\'s empty cells (` | | | 底前 |`) goes on in its own column; each row keeps its lead', () => {
	// The line's opening pipe was read as the table's outer edge: its cells stood a column left, `底前` in the lead's
	// cell (`县住建局底前`), and both rows drew a false missing-lead.
	const text = '序号 | 工作任务 | 牵头单位 | 完成时限 |\n1 | 推进老旧小区改造，年内完成改造小区20个。 | 县住建局 | 2024年6月 |\n | | | 底前 |\n2 | 新建改造农村公路50公里。 | 县交通运输局 | 2024年12月 |\n | | | 底前 |\n';
	assert.deepEqual(rows(text), [
		'1: 推进老旧小区改造，年内完成改造小区20个。 | lead:县住建局 | deadline:2024年6月底前',
		'2: 新建改造农村公路50公里。 | lead:县交通运输局 | deadline:2024年12月底前',
	]);
	assert.deepEqual(codes(check(text).findings), []);
	// No closing pipes, a unit column more: the rest reached the 责任单位 cell (a false empty-field, 县财政局 lost).
	const five = '序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限\n1 | 推进老旧小区改造。 | 县住建局 | 县财政局 | 2024年6月\n | | | | 底前\n2 | 新建改造农村公路50公里。 | 县交通运输局 | 县财政局 | 2024年12月底前\n';
	const expected = ['1: 推进老旧小区改造。 | lead:县住建局 responsible:县财政局 | deadline:2024年6月底前', '2: 新建改造农村公路50公里。 | lead:县交通运输局 responsible:县财政局 | deadline:2024年12月底前'];
	assert.deepEqual(rows(five), expected);
	assert.deepEqual(codes(check(five).findings), []);
	// A pipe short, the rest under the 责任单位 column: a date's rest still goes to the deadline it ends (县财政局 read the lead before).
	assert.deepEqual(rows(five.replace(' | | | | 底前\n', ' | | | 底前 |\n')), expected);
	// A task cell's second line, and a header's (`牵头` / `单位`), likewise: the task was cut and no row of the wrapped header's table was read.
	assert.equal(rows(five.replace('推进老旧小区改造。 |', '推进老旧小区改造， |').replace(' | | | | 底前\n', ' | 年内完成改造小区20个。 | | |\n'))[0], '1: 推进老旧小区改造，年内完成改造小区20个。 | lead:县住建局 responsible:县财政局 | deadline:2024年6月');
	assert.deepEqual(rows(five.replace('牵头单位 | 责任单位 | 完成时限\n', '牵头 | 责任 | 完成\n | | 单位 | 单位 | 时限\n').replace(' | | | | 底前\n', '')).length, 2);
	// Near misses: rows whose own pipes open them (`| 1 | …`), and a group's title between pipes, read as before.
	const edged = '序号 | 工作任务 | 牵头单位 | 完成时限\n| 一、城乡建设 | | |\n| 1 | 推进老旧小区改造。 | 县住建局 | 2024年6月底前 |\n| 2 | 新建改造农村公路50公里。 | 县交通运输局 | 2024年12月底前 |\n';
	assert.deepEqual(rows(edged), ['1: 推进老旧小区改造。 | lead:县住建局 | deadline:2024年6月底前', '2: 新建改造农村公路50公里。 | lead:县交通运输局 | deadline:2024年12月底前']);
	const grouped = '序号 | 工作任务 | 牵头单位 | 完成时限\n1 | 推进老旧小区改造。 | 县住建局 | 2024年6月底前\n| 二、民生保障 | | |\n2 | 新建改造农村公路50公里。 | 县交通运输局 | 2024年12月底前\n';
	assert.deepEqual(rows(grouped), ['1: 推进老旧小区改造。 | lead:县住建局 | deadline:2024年6月底前', '2: 新建改造农村公路50公里。 | lead:县交通运输局 | deadline:2024年12月底前']);
	assert.deepEqual(codes(check(grouped).findings), []);
});

test('pipes without a leading pipe: a merged row\'s one cell between pipes is a group\'s title or a note, not a task\'s text, unless the row above was cut beside it', () => {
	// A group's title with no marker (`| 经济发展 | | |`) was read as a task of its own, no lead (a false missing-lead),
	// or glued onto the task above (`推进老旧小区改造。民生保障`), the rows below without their section.
	const text = '序号 | 工作任务 | 牵头单位 | 完成时限 |\n| 经济发展 | | |\n1 | 推进老旧小区改造。 | 县住建局 | 2024年6月底前 |\n| 民生保障 | | |\n2 | 新建改造农村公路50公里。 | 县交通运输局 | 2024年12月底前 |\n';
	const expected = ['1: 推进老旧小区改造。 | lead:县住建局 | deadline:2024年6月底前', '2: 新建改造农村公路50公里。 | lead:县交通运输局 | deadline:2024年12月底前'];
	assert.deepEqual(rows(text), expected);
	assert.deepEqual(codes(check(text).findings), []);
	assert.deepEqual(check(text).notice.tasks.map((task) => task.section?.title.trim()), ['经济发展', '民生保障']);
	for (const [first, second] of [['经济发展类（2项）', '民生保障类（1项）'], ['一是稳增长', '1.民生保障']]) {
		const other = text.replace('经济发展', first).replace('民生保障', second);
		assert.deepEqual(rows(other), expected, first);
		assert.deepEqual(codes(check(other).findings), [], first);
	}
	// Under a row whose task ends unfinished the line goes on even so, as a task's second line (`推进老旧小区改造，` / ` | 年内完成改造小区20个。 | | |`).
	assert.equal(rows(text.replace('推进老旧小区改造。', '推进老旧小区改造，').replace('| 民生保障 | | |', ' | 年内完成改造小区20个。 | | |'))[0], '1: 推进老旧小区改造，年内完成改造小区20个。 | lead:县住建局 | deadline:2024年6月底前');
});

test('pipes without a leading pipe: a note merged across the table under its rows (`| 备注：… | | |`) is not glued onto the last task', () => {
	const text = '序号 | 工作任务 | 牵头单位 | 完成时限 |\n1 | 推进老旧小区改造。 | 县住建局 | 2024年6月底前 |\n2 | 新建改造农村公路50公里。 | 县交通运输局 | 2024年12月底前 |\n| 备注：各牵头单位每月25日前报送进展 | | |\n';
	const expected = ['1: 推进老旧小区改造。 | lead:县住建局 | deadline:2024年6月底前', '2: 新建改造农村公路50公里。 | lead:县交通运输局 | deadline:2024年12月底前'];
	assert.deepEqual(rows(text), expected);
	assert.deepEqual(rows(text.replace('备注：各牵头单位每月25日前报送进展', '注：县住建局负责统筹调度')), expected);
	// Nor under a task cut after a comma: a note's label opens no cell's second line.
	assert.equal(rows(text.replace('新建改造农村公路50公里。', '新建改造农村公路50公里，'))[1], '2: 新建改造农村公路50公里， | lead:县交通运输局 | deadline:2024年12月底前');
});

test('pipes, a header with no leading pipe and no number column: a row with both edge pipes a merged cell made short keeps its task in the task column', () => {
	// `| 新建改造农村公路50公里。 | 县交通运输局 | 2024年12月底前 |` moved a column right: the task read as the lead, no task.
	const text = '工作任务 | 牵头单位 | 责任单位 | 完成时限 |\n| 推进老旧小区改造。 | 县住建局 | 县财政局 | 2024年6月底前 |\n| 新建改造农村公路50公里。 | 县交通运输局 | 2024年12月底前 |\n';
	const second = check(text).notice.tasks[1];
	assert.equal(second.title, '新建改造农村公路50公里。');
	assert.equal(second.units.find((unit) => unit.role === 'lead')?.name, '县交通运输局');
	// Under a number column, a row a cell short likewise reads as before: moved right, its deadline stood in the
	// 责任单位 column, the row glued onto the row above (a false empty-field).
	const numbered = '序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |\n1 | 推进老旧小区改造。 | 县住建局 | 县财政局 | 2024年6月底前 |\n| 新建改造农村公路50公里。 | 县交通运输局 | 2024年12月底前 |\n';
	assert.deepEqual(codes(check(numbered).findings), []);
});

test('tabs: a deadline a Word paragraph cut inside its date (`2024年6月` / `底前`) is one deadline, and the rows below it are read; under the last row, no line is taken', () => {
	// The rest's line ended the table: every row below it was lost, no task and no finding.
	const text = '序号\t工作任务\t牵头单位\t完成时限\n1\t推进老旧小区改造，年内完成改造小区20个。\t县住建局\t2024年6月\n底前\n2\t新建改造农村公路50公里。\t县交通运输局\t2024年\n12月底前\n3\t建设口袋公园10个。\t县住建局\t2024年9月\n完成\n4\t新建公厕5座。\t县城管局\t2024年12月底前\n';
	assert.deepEqual(rows(text), [
		'1: 推进老旧小区改造，年内完成改造小区20个。 | lead:县住建局 | deadline:2024年6月底前',
		'2: 新建改造农村公路50公里。 | lead:县交通运输局 | deadline:2024年12月底前',
		'3: 建设口袋公园10个。 | lead:县住建局 | deadline:2024年9月完成',
		'4: 新建公厕5座。 | lead:县城管局 | deadline:2024年12月底前',
	]);
	assert.deepEqual(codes(check(text).findings), []);
	// The deadline before an empty last column (`…\t2024年6月` and a 备注 column): the same.
	const noted = '序号\t工作任务\t牵头单位\t完成时限\t备注\n1\t推进老旧小区改造。\t县住建局\t2024年6月\n底前\n2\t新建改造农村公路50公里。\t县交通运输局\t2024年12月底前\t\n';
	assert.deepEqual(rows(noted), ['1: 推进老旧小区改造。 | lead:县住建局 | deadline:2024年6月底前', '2: 新建改造农村公路50公里。 | lead:县交通运输局 | deadline:2024年12月底前']);
	// Two date columns: the rest goes on in the one the row's text ended in (`开工时间` keeps `2024年3月`).
	const started = '序号\t工作任务\t牵头单位\t开工时间\t完成时间\n1\t推进老旧小区改造。\t县住建局\t2024年3月\t2024年6月\n底前\n2\t新建改造农村公路50公里。\t县交通运输局\t2024年4月\t2024年12月底前\n';
	assert.deepEqual(rows(started), ['1: 推进老旧小区改造。 | lead:县住建局 | deadline:2024年6月底前', '2: 新建改造农村公路50公里。 | lead:县交通运输局 | deadline:2024年12月底前']);
	// Near misses (a reviewer's probes): under the last row, a page number, a signature's date and even a date's rest are
	// no part of its deadline, and no row; between rows, digits alone or a date of its own are no rest of a date.
	const table = '序号\t工作任务\t牵头单位\t完成时限\n1\t推进老旧小区改造。\t县住建局\t2024年6月\n2\t新建改造农村公路50公里。\t县交通运输局\t2024年12月\n';
	for (const under of ['2', '2024年3月1日', '底前', '\t\t\t底前']) {
		const signed = table + under + '\n';
		assert.deepEqual(rows(signed).map((row) => row.split(' | ').pop()), ['deadline:2024年6月', 'deadline:2024年12月'], under);
		assert.deepEqual(codes(check(signed).findings), [], under);
	}
	for (const between of ['2', '3月1日']) {
		assert.equal(rows(table.replace('2024年6月\n', `2024年6月\n${between}\n`))[0], '1: 推进老旧小区改造。 | lead:县住建局 | deadline:2024年6月', between);
	}
	// A progress column's `完成` under a pipe row is its own cell's, not the deadline's.
	const progress = '序号 | 工作任务 | 牵头单位 | 完成时限 | 完成情况 |\n1 | 推进老旧小区改造。 | 县住建局 | 2024年12月 | 已 |\n | | | | 完成 |\n2 | 新建改造农村公路50公里。 | 县交通运输局 | 2024年12月底前 | 推进中 |\n';
	assert.equal(rows(progress)[0], '1: 推进老旧小区改造。 | lead:县住建局 | deadline:2024年12月');
});

test('pipes: the `?` a site wrote for the non-breaking space closing each cell (余杭 2018) is no part of the cell; a `?` inside a cell stays', () => {
	// `序号? | … | 牵头单位? |` was no header: no task, and a false units-not-in-text.
	const text = '序号? | 重 点 工 作 任 务? | 牵头领导? | 牵头单位? |\n1? | 推进菜鸟网络总部项目建设。? | 祝振伟? | 未来科技城? |\n2? | 加快推进贝达梦工场项目建设。? | 陈夏林? | 余杭经济技术开发区? |\n';
	const expected = ['1: 推进菜鸟网络总部项目建设。 | lead:未来科技城 | leader:祝振伟', '2: 加快推进贝达梦工场项目建设。 | lead:余杭经济技术开发区 | leader:陈夏林'];
	assert.deepEqual(rows(text), expected);
	assert.deepEqual(codes(check(text).findings), []);
	// One body cell so written under a clean header: its unit without the `?` (`未来科技城?` was an unknown unit).
	assert.deepEqual(rows(text.replace(/\?(?= \|)/g, '').replace('未来科技城 |', '未来科技城? |')), expected);
	// A `?` mojibake left inside a cell (a lost character) stays where it is.
	assert.equal(rows(text.replace('推进菜鸟网络', '推进菜?网络'))[0], '1: 推进菜?网络总部项目建设。 | lead:未来科技城 | leader:祝振伟');
});

test('pipes: in a row whose cells end with a site\'s `?` (余杭 2018), a `?` beside a space in the leader cell is that space too: two leaders, a padded name one; without the habit it stays', () => {
	const leaders = (text: string) => {
		const { notice } = check(text);
		const table = buildTaskTable([{ uri: 'file:///w/n.txt', name: 'n', notice, findings: [], directory: undefined }]);
		return table.rows.filter((row): row is TaskRow => row.kind === 'task').map((row) => row.leaders.map((leader) => `${leader.written}=${text.slice(leader.span.start, leader.span.end)}`).join('、'));
	};
	// Was `祝振伟? 陈夏林` (one leader, 祝振伟? its post) and `沈、?昱? 祝振伟`.
	const text = '序号? | 重点工作任务? | 牵头领导? | 牵头单位? |\n1? | 推进菜鸟网络总部项目建设。? | 祝振伟? 陈夏林? | 未来科技城? |\n2? | 加快推进贝达梦工场项目建设。? | 沈 ?昱? 祝振伟? | 余杭经济技术开发区? |\n';
	assert.deepEqual(leaders(text), ['祝振伟=祝振伟、陈夏林=陈夏林', '沈 昱=沈 ?昱、祝振伟=祝振伟']);
	// As the same table without the `?` reads.
	assert.deepEqual(leaders(text.replace(/\?/g, '')), ['祝振伟=祝振伟、陈夏林=陈夏林', '沈 昱=沈 昱、祝振伟=祝振伟']);
	assert.deepEqual(codes(check(text).findings), []);
	// A row whose other cells end with no `?`: the leader cell's `?` may be a character mojibake lost; as written.
	const lone = '序号 | 重点工作任务 | 牵头领导 | 牵头单位 |\n1 | 推进菜鸟网络总部项目建设。 | 祝振伟? 陈夏林 | 未来科技城 |\n';
	assert.deepEqual(leaders(lone), ['祝振伟? 陈夏林=祝振伟? 陈夏林']);
	// Nor is a `?` between two characters of a name a space (`王?明`).
	assert.deepEqual(leaders(text.replace('祝振伟? 陈夏林?', '王?明?')), ['王?明=王?明', '沈 昱=沈 ?昱、祝振伟=祝振伟']);
});

test('cell per line: a task column\'s header word wrapped after its first character (淮安 2020: `主` / `要 内 容`) is one column', () => {
	// Two columns, each after it stood one left: 市住建局 in 进度要求, the lead column empty (lead-not-designated).
	const text = '序号\n项目名称\n主\n要 内 容\n进度要求\n责任单位\n协办单位\n1\n更新改造城乡居民生活服务设施\n提标改造70个老旧小区。\n四季度完成年度改造任务。\n市住建局\n各县区政府\n市发改委\n';
	assert.deepEqual(rows(text), ['1: 提标改造70个老旧小区。 | lead:市住建局 other:各县区政府 other:市发改委']);
	assert.deepEqual(codes(check(text).findings), []);
	assert.deepEqual(rows(text.replace('主\n要 内 容', '主要内容')), rows(text));
	// A column of its own whose word is no header word stays one (`镇街` before `工作任务`).
	const towns = '序号\n镇街\n工作任务\n牵头单位\n配合单位\n1\n城东街道\n推进老旧小区改造。\n区住建局\n区财政局\n';
	assert.ok(rows(towns)[0].endsWith(' | lead:区住建局 other:区财政局'), rows(towns)[0]);
});

test('a target column (上城 2019: `指 标 要 求`, `目标值`) is more of the task\'s text, not left out; a note column stays out', () => {
	// `增长5.5%` stood in no column of the export.
	const text = '序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 |\n1 | 地区生产总值 | 增长5.5% | 区发改经信局 | 区财政局 |\n2 | 服务业增加值 | 增长6% | 区发改经信局 | 区统计局 |\n';
	assert.deepEqual(rows(text), ['1: 地区生产总值 增长5.5% | lead:区发改经信局 other:区财政局', '2: 服务业增加值 增长6% | lead:区发改经信局 other:区统计局']);
	assert.deepEqual(codes(check(text).findings), []);
	assert.deepEqual(rows(text.replace('指 标 要 求', '目标值')), rows(text));
	// A table of one row: the name is no section over its target.
	assert.deepEqual(check(text.replace(/\n2 \|.*\n$/, '\n')).notice.tasks.map((task) => task.text), ['地区生产总值 增长5.5%']);
	// One cell per line, the same.
	const cellLines = '序号\n任 务 名 称\n指 标 要 求\n牵 头 部 门\n配 合 部 门\n1\n地区生产总值\n增长5.5%\n区发改经信局\n区财政局\n2\n服务业增加值\n增长6%\n区发改经信局\n区统计局\n';
	assert.deepEqual(check(cellLines).notice.tasks.map((task) => task.text), ['地区生产总值 增长5.5%', '服务业增加值 增长6%']);
	assert.deepEqual(check(text).notice.tasks.map((task) => task.text), ['地区生产总值 增长5.5%', '服务业增加值 增长6%']);
	// An indicator table's `2025年目标值` before its measures: `6%`, no longer `%` alone.
	const indicators = '序号\t指标名称\t单位\t2025年目标值\t牵头单位\n1\t地区生产总值增速\t%\t6\t县发改局\n2\t一般公共预算收入\t亿元\t12\t县财政局\n';
	assert.deepEqual(check(indicators).notice.tasks.map((task) => task.text), ['地区生产总值增速 6%', '一般公共预算收入 12亿元']);
	// 备注, 说明, 进展情况 are no part of the task.
	for (const note of ['备 注', '说明', '进展情况']) {
		assert.deepEqual(rows(text.replace('指 标 要 求', note)), ['1: 地区生产总值 | lead:区发改经信局 other:区财政局', '2: 服务业增加值 | lead:区发改经信局 other:区统计局'], note);
	}
});

test('a cell-per-line header opening with the lead column (长沙 2012: 牵头单位 / 目 标 任 务 / 责 任 单 位): its rows read by their cells\' count, never units-not-in-text', () => {
	const letter = '某县人民政府关于印发2021年政府工作报告重点工作责任分解方案的通知\n各乡镇人民政府，县政府各部门：\n现将重点工作责任分解方案印发给你们，请认真贯彻落实。\n附件：2021年政府工作报告重点工作责任分解表\n某县人民政府\n2021年3月1日\n附件\n\n';
	// The lead cell wrapped (`县政` / `府办`) and no 序号: the rows were not read (table-not-read only, the task lost).
	const leadFirst = letter + '牵头单位\n\n目   标   任   务\n\n责  任  单  位\n\n县政\n\n府办\n\n强化行政监督，优质高效办理人大代表议案。\n\n县直各单位\n';
	const { findings } = check(leadFirst);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(rows(leadFirst), ['1: 强化行政监督，优质高效办理人大代表议案。 | lead:县政府办 responsible:县直各单位']);
	assert.deepEqual(rows(letter + '重点工作\n\n牵头单位\n\n配合单位\n\n始终做到忠诚于党。不折不扣落实上级决策部署。\n\n县府办\n\n各单位\n'), ['1: 始终做到忠诚于党。不折不扣落实上级决策部署。 | lead:县府办 other:各单位']);
});

test('cell per line without a number column: rows read by the header\'s count of cells, each cell read as its column\'s; a signature or prose under the table is no row, and a row that does not read ends the table (table-not-read where rows follow)', () => {
	const header = ['工作任务', '牵头单位', '责任单位'];
	const first = ['推进重大项目建设，全年完成投资50亿元。', '县发改局', '县财政局、县自然资源局'];
	const second = ['扩大消费需求，社会消费品零售总额增长6%。', '县商务局', '县市场监管局'];
	const third = ['新增城镇就业2000人。', '县人社局', '各乡镇人民政府'];
	const write = (cells: string[][], after = '') => cells.flat().join('\n\n') + '\n' + after;
	const expected = ['1: 推进重大项目建设，全年完成投资50亿元。 | lead:县发改局 responsible:县财政局 responsible:县自然资源局', '2: 扩大消费需求，社会消费品零售总额增长6%。 | lead:县商务局 responsible:县市场监管局', '3: 新增城镇就业2000人。 | lead:县人社局 responsible:各乡镇人民政府'];
	// The signature (`县人民政府办公室` / its date) is no unit of the last row, the closing sentence no row.
	for (const after of ['', '\n县人民政府办公室\n\n2024年3月1日\n', '\n各单位要高度重视，认真抓好落实，确保各项任务按时完成。\n\n县人民政府办公室\n\n2024年3月1日\n', '\n二、保障措施\n\n各单位要高度重视。\n', '\n注：以上任务进展情况由下列单位汇总报送。\n\n县政府督查室\n\n县发改局\n']) {
		const text = write([header, first, second, third], after);
		assert.deepEqual(rows(text), expected, after);
		assert.deepEqual(codes(check(text).findings), [], after);
	}
	// The text cell's paragraphs and a unit cell's list over two lines; the lead column first.
	const wrapped = write([header, [first[0], '其中新开工项目30个。', '县发改局', '县财政局、', '县自然资源局'], third]);
	assert.deepEqual(rows(wrapped), [expected[0], expected[2].replace('3:', '2:')]);
	assert.ok(check(wrapped).notice.tasks[0].text.includes('其中新开工项目30个。'));
	const leadFirst = write([['牵头单位', '目标任务', '责任单位', '完成时限'], ['县发改局', first[0], '县财政局', '2024年12月底前'], ['县人', '社局', third[0], '各乡镇人民政府', '全年']]);
	assert.deepEqual(rows(leadFirst), ['1: 推进重大项目建设，全年完成投资50亿元。 | lead:县发改局 responsible:县财政局 | deadline:2024年12月底前', '2: 新增城镇就业2000人。 | lead:县人社局 responsible:各乡镇人民政府 | deadline:全年']);
	// A row with an empty cell (no 牵头单位): no blank line tells it, every row after it would be a cell off. The rows above it
	// are read, the rest said (table-not-read), none misread.
	const short = write([header, first, [second[0], second[2]], third, ['提高城乡低保标准。', '县民政局', '县财政局']]);
	assert.deepEqual(rows(short), [expected[0]]);
	assert.deepEqual(codes(check(short).findings), ['table-not-read']);
	// Rows naming no unit closed by a group line (`以上2项牵头单位：…`): with no number, their texts were one task cell's paragraphs,
	// the next row's cells its units. The table is said, not read.
	const grouped = write([header.concat('完成时限'), ['新改建农村公路30公里', '实施危桥改造5座', '以上2项牵头单位：区交通运输局；责任单位：区财政局、各镇人民政府', '新建城市口袋公园6个', '区住建局', '区城市管理局', '2025年10月底前']]);
	assert.deepEqual(rows(grouped), []);
	assert.deepEqual(codes(check(grouped).findings), ['table-not-read']);
});

test('cell per line without a number column: a last row cut short (its last cell empty) is said, never dropped; a signature under the table (its date spaced or `印发`, a release note, the issuer) is no unit of the last row', () => {
	const title = '某市人民政府关于印发2023年重点工作任务分解表的通知\n各区县人民政府，市直各单位：\n现将任务分解如下，请认真贯彻落实。\n';
	const table = title + ['工作任务', '牵头单位', '责任单位', '加快推进城市更新，完成老旧小区改造50个。', '市住建局', '各区县人民政府', '深化营商环境改革，推进一网通办全覆盖。', '市发改委', '市政务服务中心、市财政局'].join('\n\n') + '\n\n';
	const expected = ['1: 加快推进城市更新，完成老旧小区改造50个。 | lead:市住建局 responsible:各区县人民政府', '2: 深化营商环境改革，推进一网通办全覆盖。 | lead:市发改委 responsible:市政务服务中心 responsible:市财政局'];
	// The last row's 责任单位 empty at the text's end: read as two rows, the third dropped with no finding.
	const cut = table + '实施乡村振兴战略，建设美丽乡村示范村20个。\n\n市农业农村局\n';
	assert.deepEqual(rows(cut), expected);
	assert.deepEqual(codes(check(cut).findings), ['table-not-read']);
	// The signature was read as one more 责任单位 of the last row (`市政务服务中心、市财政局、某市人民政府办公室`).
	for (const after of ['某市人民政府办公室\n\n2023年2月10日印发\n', '某市人民政府\n\n2023 年 2 月 10 日\n', '某市人民政府办公室\n\n（此件公开发布）\n', '某市人民政府办公室\n', '某市人民政府\n']) {
		assert.deepEqual(rows(table + after), expected, after);
		assert.deepEqual(codes(check(table + after).findings), [], after);
	}
	// The last row's 责任单位 empty, the signature under it: no row of it, the row said.
	const signedCut = table + '实施乡村振兴战略，建设美丽乡村示范村20个。\n\n市农业农村局\n\n某市人民政府\n\n2023年2月10日\n';
	assert.deepEqual(rows(signedCut), expected);
	assert.deepEqual(codes(check(signedCut).findings), ['table-not-read']);
	// A letter asking for a report under the header's words, signed by a unit: no row of a task (lead 市政府督查室).
	const letter = '某市人民政府办公室关于报送重点工作进展情况的通知\n各区县人民政府，市直各单位：\n请按以下栏目报送进展情况：\n\n工作任务\n\n牵头单位\n\n责任单位\n\n请各单位于每月25日前报送市政府督查室。\n\n市政府督查室\n\n市发改委\n\n2023年3月1日\n';
	assert.deepEqual(rows(letter), []);
});

test('cell per line without a number column: rows opened by numbers of their own (`1` / `加快推进城市更新…` / …, no 序号 in the header) are not read as a task cell `1；加快…`: the table is said', () => {
	const text = ['某市2023年重点工作任务分解表', '工作任务', '牵头单位', '责任单位', '1', '加快推进城市更新，完成老旧小区改造50个。', '市住建局', '各区县人民政府', '2', '深化营商环境改革，推进一网通办全覆盖。', '市发改委', '市政务服务中心、市财政局'].join('\n\n') + '\n';
	assert.deepEqual(rows(text), []);
	assert.deepEqual(codes(check(text).findings), ['table-not-read']);
});

test('cell per line: a row\'s `②` sub-item under its `①` one (淮安 2020, 序号 and 项目名称 merged over both) is more of the row: its text, deadline and units', () => {
	// The row read as lead 市住建局 and other 各县区政府: the helpers after it and the whole ② sub-item (text and units) were lost, with no finding;
	// row 2 and every row after it too.
	const header = '序号\n项目名称\n主要内容\n进度要求\n责任单位\n协办单位\n';
	const first = '1\n更新改造城乡居民生活服务设施\n①提标改造70个老旧小区。\n四季度完成年度改造任务。\n市住建局\n各县区政府\n市城管局\n市财政局\n②在城区重要路段新建改造26座城市公厕。\n四季度新改建公厕投入使用。\n市城管局\n清江浦区政府\n淮阴区政府\n';
	const second = '2\n建设城市停车场\n新建公共停车泊位3000个。\n四季度完成。\n市公安局\n各区政府\n';
	const row1 = '1: 更新改造城乡居民生活服务设施 | lead:市住建局 other:各县区政府 other:市城管局 other:市财政局 lead:市城管局 other:清江浦区政府 other:淮阴区政府';
	const text = header + first + second;
	assert.deepEqual(rows(text), [row1, '2: 建设城市停车场 | lead:市公安局 other:各区政府']);
	assert.equal(check(text).notice.tasks[0].text, '更新改造城乡居民生活服务设施 ①提标改造70个老旧小区。②在城区重要路段新建改造26座城市公厕。');
	// 市城管局 helps with ① and leads ②: no repeat; each sub-item's single 责任单位 leads it.
	assert.deepEqual(codes(check(text).findings), []);
	// The last row of the table, at the text's end (a table of one row: 项目名称 heads it, as before).
	const alone = row1.replace('更新改造城乡居民生活服务设施', '①提标改造70个老旧小区。');
	assert.deepEqual(rows(header + first), [alone]);
	assert.deepEqual(codes(check(header + first).findings), []);
	// A signature under the table, then its date: the `②` line opens no sub-row whose lines end at the table's end, it reads as before any sub-row.
	const signed = header + first + '某市人民政府办公室\n2020年1月23日\n';
	assert.deepEqual(codes(check(signed).findings), []);
	assert.ok(!rows(signed)[0].includes('市人民政府办公室'), rows(signed)[0]);
});

test('cell per line: a `②` line is a sub-item only over a complete sub-row of its own: not a `②` whose units are a signature (the review\'s D1)', () => {
	const header = '序号\n项目名称\n主要内容\n进度要求\n责任单位\n协办单位\n';
	// D1: `②` with its deadline, then a signature and its date: the signature read as ②'s 责任单位 (unknown-unit `市某市人民政府办公室`, no registry).
	const signed = header + '1\n建设城市停车场\n①新建公共停车泊位3000个。\n四季度完成。\n市公安局\n各区政府\n②新建充电桩500个。\n四季度完成。\n某市人民政府办公室\n2020年1月23日\n';
	assert.deepEqual(codes(check(signed).findings), []);
	assert.deepEqual(rows(signed), ['1: ①新建公共停车泊位3000个。 | lead:市公安局 other:各区政府']);
});

test('cell per line: the notice\'s issuer on the text\'s last line under the last row, no date after it, signs the notice; no unit of the row (p47 review\'s N1)', () => {
	// A page copied to its end: the last row's `市城管局`, then `淮安市人民政府办公室`: read as one more 责任单位 of
	// row 2 (lead-not-designated; unknown-unit with a registry), and after a `②` sub-row as a 协办单位 of it.
	const header = '序号\n主要任务\n完成时限\n责任单位\n';
	const table = header + '1\n新建公共停车泊位3000个\n2020年9月底前\n市公安局\n2\n新建改造城市公厕26座\n2020年12月底前\n市城管局\n';
	for (const signature of ['淮安市人民政府办公室', '淮安市人民政府辦公室', '\n淮安市人民政府办公室\n']) {
		assert.deepEqual(rows(table + signature + '\n')[1], '2: 新建改造城市公厕26座 | lead:市城管局 | deadline:2020年12月底前', signature);
		assert.deepEqual(codes(check(table + signature + '\n').findings), [], signature);
	}
	// A government itself signs only where the title names it the issuer (`淮安市人民政府关于印发…`).
	const titled = '淮安市人民政府关于印发2020年市政府为民办实事项目的通知\n' + table;
	assert.deepEqual(rows(titled + '淮安市人民政府\n')[1], '2: 新建改造城市公厕26座 | lead:市城管局 | deadline:2020年12月底前');
	// A county's table: `县水务局` under `大竹县人民政府办公室`, or `大竹县人民政府` its title names.
	const county = table.replace(/市(公安|城管)局/g, '县$1局');
	assert.deepEqual(rows(county + '大竹县人民政府办公室\n')[1], '2: 新建改造城市公厕26座 | lead:县城管局 | deadline:2020年12月底前');
	assert.deepEqual(rows('大竹县人民政府文件\n' + county + '大竹县人民政府\n')[1], '2: 新建改造城市公厕26座 | lead:县城管局 | deadline:2020年12月底前');
	// A government of another level than the table's units is one of them (`淮阴区人民政府` among `市…局`); one named
	// without its place (`市政府办公室`) may be a unit as well as the issuer: both stay units, as before.
	assert.ok(rows(table + '淮阴区人民政府\n')[1].includes('responsible:淮阴区人民政府'), rows(table + '淮阴区人民政府\n')[1]);
	assert.ok(rows(table + '市政府办公室\n')[1].includes('responsible:市政府办公室'), rows(table + '市政府办公室\n')[1]);
	// After a `②` sub-row: ②'s helpers are read, the issuer is none of them.
	const subRows = '序号\n项目名称\n主要内容\n进度要求\n责任单位\n协办单位\n1\n更新改造城乡居民生活服务设施\n①提标改造70个老旧小区。\n四季度完成年度改造任务。\n市住建局\n各县区政府\n市财政局\n②在城区重要路段新建改造26座城市公厕。\n四季度新改建公厕投入使用。\n市城管局\n清江浦区政府\n淮阴区政府\n淮安市人民政府办公室\n';
	// A table of one row: 项目名称 heads it (as without the signature).
	assert.deepEqual(rows(subRows), ['1: ①提标改造70个老旧小区。 | lead:市住建局 other:各县区政府 other:市财政局 lead:市城管局 other:清江浦区政府 other:淮阴区政府']);
});

test('cell per line: a government on the text\'s last line that no title names the issuer is a unit of the last row (p48 review\'s D1)', () => {
	// D1: `昆山市人民政府` (a county-level city under a city's `市…局`), `南京市人民政府` (a province's table with
	// `市县人民政府`), `涟水县人民政府` (a city's table with `县区人民政府`) were dropped as the signature, with no finding.
	const header = '序号\n主要任务\n完成时限\n责任单位\n';
	const city = header + '1\n推进太湖生态岛建设\n2020年9月底前\n市生态环境局\n2\n建设沿沪宁产业创新带\n2020年12月底前\n市发改委\n市工信局\n昆山市人民政府\n';
	assert.deepEqual(rows(city)[1], '2: 建设沿沪宁产业创新带 | responsible:市发改委 responsible:市工信局 responsible:昆山市人民政府 | deadline:2020年12月底前');
	const province = header + '1\n推进长江大保护\n2020年9月底前\n省生态环境厅\n市县人民政府\n2\n建设沿江综合交通走廊\n2020年12月底前\n省交通运输厅\n省发展改革委\n南京市人民政府\n';
	assert.ok(rows(province)[1].includes('responsible:南京市人民政府'), rows(province)[1]);
	const mixed = header + '1\n新建公共停车泊位3000个\n2020年9月底前\n市公安局\n县区人民政府\n2\n新建改造城市公厕26座\n2020年12月底前\n市城管局\n市住建局\n涟水县人民政府\n';
	assert.ok(rows(mixed)[1].includes('responsible:涟水县人民政府'), rows(mixed)[1]);
	// An office of another level than every unit written with one level is a unit too (`市县人民政府` sets none).
	assert.ok(rows(mixed.replace('涟水县人民政府', '涟水县人民政府办公室'))[1].includes('responsible:涟水县人民政府办公室'));
	// The title naming another issuer: `昆山市人民政府` is still a unit.
	assert.ok(rows('苏州市人民政府关于印发2020年重点工作任务分解方案的通知\n' + city)[1].includes('responsible:昆山市人民政府'));
});

test('cell per line: a Traditional table\'s units are folded as its signature is (p48 review\'s D3)', () => {
	// D3: `大竹縣人民政府辦公室` folded was compared with `縣財政局` as written: read as a unit (unknown-unit with a registry).
	const traditional = '序号\n主要任務\n完成时限\n牵头单位\n责任单位\n1\n实施农村饮水安全巩固提升工程\n2016年12月底前\n縣水務局\n縣財政局\n2\n推进城乡环境综合治理\n2016年12月底前\n縣住建局\n縣財政局\n';
	assert.deepEqual(rows(traditional + '大竹縣人民政府辦公室\n')[1], rows(traditional)[1]);
	assert.deepEqual(codes(check(traditional + '大竹縣人民政府辦公室\n').findings), codes(check(traditional).findings));
});

test('cell per line: before a date alone, an organ above the signature of another place is a unit, not the signature\'s (p48 review\'s D2)', () => {
	// `淮阴区人民政府` above `淮安市人民政府办公室` / `2020年1月5日`, `洪泽区人民政府` above `中共淮安市委员会` /
	// `淮安市人民政府`: read as a joint signature's upper line, the unit lost.
	const table = '序号\n主要任务\n完成时限\n责任单位\n1\n新建公共停车泊位3000个\n2020年9月底前\n市公安局\n2\n新建改造城市公厕26座\n2020年12月底前\n市城管局\n市住建局\n';
	const read = (unit: string) => `2: 新建改造城市公厕26座 | responsible:市城管局 responsible:市住建局 responsible:${unit} | deadline:2020年12月底前`;
	assert.deepEqual(rows(table + '淮阴区人民政府\n淮安市人民政府办公室\n2020年1月5日\n')[1], read('淮阴区人民政府'));
	assert.deepEqual(rows(table + '洪泽区人民政府\n中共淮安市委员会\n淮安市人民政府\n2020年1月5日\n')[1], read('洪泽区人民政府'));
	// A joint signature of one place stays the signature.
	assert.deepEqual(rows(table + '中共淮安市委员会\n淮安市人民政府\n2020年1月5日\n')[1], '2: 新建改造城市公厕26座 | responsible:市城管局 responsible:市住建局 | deadline:2020年12月底前');
});

test('cell per line: a `②` sub-row in the table\'s last row, text after the table under it (a signature and its date, 抄送, 注, a heading): the sub-row and every unit line of the row but the signature (p47 review\'s N3, D6)', () => {
	// ② was lost whole with ①'s helpers after its first (`市财政局`): only a row number, another sub-row or the text's end closed a sub-row.
	const header = '序号\n项目名称\n主要内容\n进度要求\n责任单位\n协办单位\n';
	const row = '1\n更新改造城乡居民生活服务设施\n①提标改造70个老旧小区。\n四季度完成年度改造任务。\n市住建局\n各县区政府\n市财政局\n②在城区重要路段新建改造26座城市公厕。\n四季度新改建公厕投入使用。\n市城管局\n清江浦区政府\n淮阴区政府\n';
	const read = '1: ①提标改造70个老旧小区。 | lead:市住建局 other:各县区政府 other:市财政局 lead:市城管局 other:清江浦区政府 other:淮阴区政府';
	for (const after of ['某市人民政府办公室\n2020年1月23日\n', '中共某市委员会\n某市人民政府\n2020年1月23日\n', '淮安市人民政府办公室　　　　2020年2月14日印发\n', '抄送：市委各部门，市人大常委会办公室。\n', '注：各县区政府要于每季度末报送进展情况。\n', '附件2\n2020年市政府为民办十件实事责任分工表\n', '二、保障措施\n']) {
		assert.deepEqual(rows(header + row + after), [read], after);
		assert.deepEqual(codes(check(header + row + after).findings), [], after);
	}
	// A table's last unit cell of several lines, no sub-rows: each line but the signature (`市住建局` was lost with it).
	const plain = '序号\n主要任务\n完成时限\n责任单位\n1\n新建公共停车泊位3000个\n2020年9月底前\n市公安局\n2\n新建改造城市公厕26座\n2020年12月底前\n市城管局\n市住建局\n';
	for (const after of ['某市人民政府办公室\n2020年1月23日\n', '中共某市委员会\n某市人民政府\n2020年1月23日\n', '某市人民政府办公室\n抄送：市委各部门。\n']) {
		assert.deepEqual(rows(plain + after)[1], '2: 新建改造城市公厕26座 | responsible:市城管局 responsible:市住建局 | deadline:2020年12月底前', after);
	}
	// Still no sub-row whose own 责任单位 is the signature (D1), a single unit column before its date.
	const signed = '序号\n项目名称\n主要内容\n进度要求\n责任单位\n1\n建设城市停车场\n①新建公共停车泊位3000个。\n四季度完成。\n市公安局\n②新建充电桩500个。\n四季度完成。\n某市人民政府办公室\n2020年1月23日\n';
	assert.deepEqual(codes(check(signed).findings), []);
	assert.ok(!rows(signed)[0].includes('人民政府办公室'), rows(signed)[0]);
});

test('cell per line: a date in Chinese numerals or as a web page writes it, `（此件公开发布）`, close the table under its last row as `2020年1月23日` does', () => {
	// `二〇二〇年二月十四日`, `2020-01-23`, `2020.1.23` or `（此件公开发布）` under the last row: no end of the table, the `②`
	// sub-row was lost whole with ①'s helpers after its first, the last unit cell's lines after its first, with no finding.
	const header = '序号\n项目名称\n主要内容\n进度要求\n责任单位\n协办单位\n';
	const row = '1\n更新改造城乡居民生活服务设施\n①提标改造70个老旧小区。\n四季度完成年度改造任务。\n市住建局\n各县区政府\n市财政局\n②在城区重要路段新建改造26座城市公厕。\n四季度新改建公厕投入使用。\n市城管局\n清江浦区政府\n淮阴区政府\n';
	const read = '1: ①提标改造70个老旧小区。 | lead:市住建局 other:各县区政府 other:市财政局 lead:市城管局 other:清江浦区政府 other:淮阴区政府';
	const signatures = ['淮安市人民政府办公室\n二〇二〇年二月十四日\n', '淮安市人民政府办公室\n二○二○年十二月三十一日\n', '淮安市人民政府办公室\n2020-02-14\n', '淮安市人民政府办公室\n2020.2.14\n', '淮安市人民政府办公室　　二〇二〇年二月十四日\n'];
	for (const after of [...signatures, '（此件公开发布）\n', '(此件主动公开)\n', '(此件公開發布)\n']) {
		assert.deepEqual(rows(header + row + after), [read], after);
		assert.deepEqual(codes(check(header + row + after).findings), [], after);
	}
	const plain = '序号\n主要任务\n完成时限\n责任单位\n1\n新建公共停车泊位3000个\n2020年9月底前\n市公安局\n2\n新建改造城市公厕26座\n2020年12月底前\n市城管局\n市住建局\n';
	for (const after of [...signatures, '（此件公开发布）\n']) {
		assert.deepEqual(rows(plain + after)[1], '2: 新建改造城市公厕26座 | responsible:市城管局 responsible:市住建局 | deadline:2020年12月底前', after);
	}
	// A date alone, as `2020年1月23日` alone: the line above it is the signature.
	assert.deepEqual(rows(plain + '市财政局\n二〇二〇年一月二十三日\n')[1], rows(plain + '市财政局\n2020年1月23日\n')[1]);
});

test('cell per line: a `②` sub-item whose text a narrow cell wrapped is read with its sub-row, in the last row and above another', () => {
	// `②在城区重要路段、街区新建改造26座` / `城市公厕。` / its deadline / units: in the table's last row ② was lost whole with
	// ①'s helpers after its first, with no finding; above row 2, row 2 with it (table-not-read).
	const header = '序号\n项目名称\n主要内容\n进度要求\n责任单位\n协办单位\n';
	const first = '1\n更新改造城乡居民生活服务设施\n①提标改造70个老旧小区。\n四季度完成年度改造任务。\n市住建局\n各县区政府\n市财政局\n';
	const units = 'lead:市住建局 other:各县区政府 other:市财政局 lead:市城管局 other:清江浦区政府';
	for (const wrapped of ['②在城区重要路段、街区新建改造26座\n城市公厕。\n', '②在城区重要路段、街区新建改造26座\n城市公厕，\n并在主要景区配建移动公厕。\n']) {
		const sub = wrapped + '四季度新改建公厕投入使用。\n市城管局\n清江浦区政府\n';
		for (const after of ['', '淮安市人民政府办公室\n2020年2月14日\n']) {
			assert.deepEqual(rows(header + first + sub + after), [`1: ①提标改造70个老旧小区。 | ${units}`], wrapped + after);
			assert.deepEqual(codes(check(header + first + sub + after).findings), [], wrapped + after);
			const text = check(header + first + sub + after).notice.tasks[0].text;
			assert.ok(text.includes('城市公厕') && text.endsWith(wrapped.trim().split('\n').pop()!), text);
		}
		const second = '2\n建设城市停车场\n新建公共停车泊位3000个。\n四季度完成。\n市公安局\n各区政府\n';
		assert.deepEqual(rows(header + first + sub + second), [`1: 更新改造城乡居民生活服务设施 | ${units}`, '2: 建设城市停车场 | lead:市公安局 other:各区政府'], wrapped);
		assert.deepEqual(codes(check(header + first + sub + second).findings), [], wrapped);
	}
	// Where the lines leave in doubt which cell ran over, no sub-row is read, as before: `②` ending its sentence, or the line after it a deadline.
	for (const sub of ['②在城区重要路段新建改造26座城市公厕。\n另在景区配建移动公厕。\n四季度投入使用。\n市城管局\n清江浦区政府\n', '②在城区重要路段新建改造26座城市公厕\n四季度新改建公厕\n投入使用。\n市城管局\n清江浦区政府\n']) {
		assert.ok(!rows(header + first + sub)[0].includes('市城管局'), sub);
	}
});

test('cell per line: a title then a cell\'s `①` `②` `③` list is no row of sub-items (the review\'s D2)', () => {
	// D2: a title, then a cell's list `①…` / `②…` / `③…` with no closing punctuation: no sub-rows (empty-field and lead-not-designated).
	const list = '序号\n工作任务\n责任单位\n配合单位\n完成时限\n1\n推进老旧小区改造\n①完成改造70个小区\n②新建公厕26座\n③新增停车泊位3000个\n市住建局\n市财政局\n年底前\n2\n建设城市停车场\n市公安局\n各区政府\n年底前\n';
	assert.deepEqual(codes(check(list).findings), []);
});

test('cell per line: `②` `③` notes under the table\'s last row are no sub-items of it (the review\'s D7)', () => {
	const header = '序号\n项目名称\n主要内容\n进度要求\n责任单位\n协办单位\n';
	// D7: `②`, `③` notes under the last row are none of its text.
	const notes = header + '1\n更新改造\n①提标改造70个老旧小区。\n四季度完成。\n市住建局\n各县区政府\n②各县区要于每季度末报送进展情况。\n③市政府督查室负责督查。\n';
	assert.ok(!check(notes).notice.tasks[0].text.includes('②'), check(notes).notice.tasks[0].text);
});

test('cell per line: each sub-item\'s single 责任单位 leads it, another sub-item\'s two or a collective take no lead from it (the review\'s D3)', () => {
	const header = '序号\n项目名称\n主要内容\n进度要求\n责任单位\n协办单位\n';
	const row = (second: string) => header + '1\n更新改造城乡居民生活服务设施\n①提标改造70个老旧小区。\n四季度完成。\n市住建局\n各县区政府\n②新建改造26座城市公厕。\n四季度投入使用。\n' + second + '\n清江浦区政府\n2\n建设城市停车场\n新建公共停车泊位3000个。\n四季度完成。\n市公安局\n各区政府\n';
	// ② names two: ① keeps its lead 市住建局 (it lost it, with lead-not-designated), ②'s two stay responsible.
	const two = row('市城管局、市财政局');
	assert.deepEqual(codes(check(two).findings), []);
	assert.deepEqual(rows(two)[0], '1: 更新改造城乡居民生活服务设施 | lead:市住建局 other:各县区政府 responsible:市城管局 responsible:市财政局 other:清江浦区政府');
	// ② names a collective: the same.
	const collective = row('各县区政府');
	assert.deepEqual(codes(check(collective).findings), []);
	assert.ok(rows(collective)[0].includes('lead:市住建局'), rows(collective)[0]);
});

test('cell per line: a unit cell\'s lines `洪泽区政府` / `淮安经济技术开发区` are two units (淮安 2020, the review\'s D5)', () => {
	// Read `洪泽区政府淮安经济技术开发区`: unknown-unit with a registry naming both.
	const header = '序号\n项目名称\n主要内容\n进度要求\n责任单位\n协办单位\n';
	const row = (helpers: string) => header + '1\n更新改造城乡居民生活服务设施\n提标改造70个老旧小区。\n四季度完成。\n市住建局\n各县区政府\n' + helpers + '2\n建设城市停车场\n新建公共停车泊位3000个。\n四季度完成。\n市公安局\n各区政府\n';
	assert.ok(rows(row('洪泽区政府\n淮安经济技术开发区\n'))[0].endsWith('other:各县区政府 other:洪泽区政府 other:淮安经济技术开发区'), rows(row('洪泽区政府\n淮安经济技术开发区\n'))[0]);
});

test('cell per line: a unit twice in one row is a duplicate unless the table\'s reader found the two in sub-items of their own (the review\'s D4)', () => {
	// 责任单位 before the task column, the task cell listing `①…` / `②…`: 市住建局 is named twice for one task.
	const text = '序号\n责任单位\n工作任务\n配合单位\n1\n市住建局\n①提标改造70个老旧小区。\n②新建改造26座城市公厕。\n市住建局\n2\n市公安局\n新建公共停车泊位3000个。\n各区政府\n';
	assert.deepEqual(codes(check(text).findings), ['duplicate-unit']);
});

test('a unit cell that words its roles (A牵头，B按职责分工负责; A牵头，B配合) reads as a labelled value does, a wrapped cell with no broken name (内蒙古 2020\'s 责任部门 column: a false missing-lead and empty-field, and a lead named 自治区财政厅配合)', () => {
	const pipes = dedent(`
		序号 | 重点任务 | 责任部门 |
		1 | 明确部门职责,加强督促指导。 | 自治区住房城乡建设厅牵头,联席会议成员单位按职责分工负责 |
		2 | 加强宣传引导,广泛宣传。 | 自治区住房城乡建设厅牵头,自治区财政厅配合 |
		3 | 压实责任。 | 自治区住房城乡建设厅牵头,自治区财政厅、自治区民政厅负责 |
		4 | 保障用地。 | 自治区自然资源厅 |
	`);
	assert.deepEqual(rows(pipes), [
		'1: 明确部门职责,加强督促指导。 | lead:自治区住房城乡建设厅 responsible:联席会议成员单位',
		'2: 加强宣传引导,广泛宣传。 | lead:自治区住房城乡建设厅 other:自治区财政厅',
		'3: 压实责任。 | lead:自治区住房城乡建设厅 responsible:自治区财政厅 responsible:自治区民政厅',
		'4: 保障用地。 | lead:自治区自然资源厅',
	]);
	assert.deepEqual(codes(check(pipes).findings), []);
	const box = dedent(`
		┌──────────┬────┬────────┐
		│ 工 作 任 务 │分管领导│ 责任单位 │
		├──────────┼────┼────────┤
		│加强财政监督,提高财政资金│梁志强│市财政局牵头,市│
		│使用效益 │ │审计局配合 │
		├──────────┼────┼────────┤
		│加强税源监控,确保应收尽收│梁志强│市税务局牵头,市│
		│ │ │财政局、市审计局│
		│ │ │配合 │
		└──────────┴────┴────────┘
	`);
	const { notice, findings } = check(box);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [['lead:市财政局', 'other:市审计局'], ['lead:市税务局', 'other:市财政局', 'other:市审计局']]);
	assert.deepEqual(codes(findings), []);
});

test('cell per line, a unit cell\'s second paragraph naming a class of bodies by their level (`区教育局` / `区属国企`, `县属企业`) is a unit of its own, no more of the name above', () => {
	// A reviewer's, at a table's end: `区教育局` / `区属国企` was read as one name `区教育局区属国企` (a false unknown-unit, the
	// registry naming both).
	const registry = ['区农业农村局', '区财政局', '区教育局', '区属国企', '县属企业'].join('\n');
	for (const [category, second] of [['发展目标', '区属国企'], ['区级部门', '区属国企'], ['发展目标', '县属企业']]) {
		const text = ['分类', '序号', '事项', '责任单位', '牵头单位', category, '1', '完成农村人居环境整治村50个。', '区财政局', '区农业农村局', '2', '新建幼儿园2所。', '区财政局', '区教育局', second].join('\n\n') + '\n';
		const { notice, findings } = check(text, registry);
		const name = `${category}/${second}`;
		assert.deepEqual(notice.tasks[1].units.map((unit) => unit.name), ['区财政局', '区教育局', second], name);
		assert.deepEqual(codes(findings), [], name);
	}
	// In traditional script too (`區發改局` / `區級部門`, read `區發改局區級部門`).
	const traditional = ['分類', '序號', '事項', '責任單位', '牽頭單位', '駐區單位', '1', '新建幼兒園2所。', '區財政局', '區發改局', '區級部門'].join('\n\n') + '\n';
	assert.deepEqual(check(traditional).notice.tasks[0].units.map((unit) => unit.name), ['區財政局', '區發改局', '區級部門']);
});

test('cell per line under `分类 | 序号 | …`, a bracketed note under the header (`（单位：亿元）`) is no first line of the first category, nor the table\'s end', () => {
	// A reviewer's: `（单位：亿元）` / `发展目标` / `1` was read as a category wrapped over two lines, `（单位：亿元）发展目标`; then the
	// table was left unread (table-not-read). The note of the figures' measures is skipped, the rows under their categories.
	const text = ['分类', '序号', '事项', '牵头单位', '责任单位', '（单位：亿元）', '发展目标', '1', '区本级固定资产投资增长25%。', '区发改局', '区财政局', '2', '新开工重大项目20个。', '区发改局', '区住建局', '激发市场活力', '3', '规上工业增加值增长8%。', '区经商局', '区统计局'].join('\n\n') + '\n';
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => `${task.section?.title ?? ''}|${task.marker.number}|${task.units.map((unit) => `${unit.role}:${unit.name}`).join(' ')}`), ['发展目标|1|lead:区发改局 responsible:区财政局', '发展目标|2|lead:区发改局 responsible:区住建局', '激发市场活力|3|lead:区经商局 responsible:区统计局']);
	for (const note of ['(单位:亿元)', '单位：万元、%', '（计量单位：万平方米）']) {
		assert.deepEqual(codes(check(text.replace('（单位：亿元）', note)).findings), [], note);
	}
	// A note naming no measure (`（单位：区发改局）`) is no such note: the table is left unread, said so, as before.
	assert.deepEqual(codes(check(text.replace('（单位：亿元）', '（单位：区发改局）')).findings), ['table-not-read']);
	// In tabs, the note on a line of its own under the header left the table unread too.
	const tabs = '分类\t序号\t事项\t牵头单位\t责任单位\n（单位：亿元）\n发展目标\t1\t区本级固定资产投资增长25%。\t区发改局\t区财政局\n\t2\t新开工重大项目20个。\t区发改局\t区住建局\n';
	assert.deepEqual(codes(check(tabs).findings), []);
	assert.deepEqual(rows(tabs), ['1: 区本级固定资产投资增长25%。 | lead:区发改局 responsible:区财政局', '2: 新开工重大项目20个。 | lead:区发改局 responsible:区住建局']);
});

test('cell per line, a header of two rows (长宁 2019: `阶段性目标和工作任务量` over `第一季度` … `第四季度`): the periods are columns in the stages cell\'s place, each row\'s units in their columns', () => {
	// The rows were not read (table-not-read): `第一季度` ended the header, every row was four cells longer than it.
	const header = ['领域', '序号', '重要项目', '目标任务和工作要求', '阶段性目标和工作任务量', '主责部门', '配合部门', '第一季度', '第二季度', '第三季度', '第四季度'];
	const row = (number: string, task: string, lead: string, helper: string) => [number, '稳增长', task, '制定实施方案。', '召开工作会议。', '推进各项工作。', '完成年度目标。', lead, helper];
	const cells = [header, ['一、经济发展'], row('1', '保持经济持续发展，区级一般公共预算收入增长4%。', '区发展改革委', '区财政局'), row('2', '推进重大项目建设，完成固定资产投资300亿元。', '区建管委', '区规划资源局')];
	const text = cells.flat().join('\n\n') + '\n';
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => `${task.marker.number}: ${task.text} | ${task.units.map((unit) => `${unit.role}:${unit.name}`).join(' ')}`), [
		'1: 保持经济持续发展，区级一般公共预算收入增长4%。 | lead:区发展改革委 other:区财政局',
		'2: 推进重大项目建设，完成固定资产投资300亿元。 | lead:区建管委 other:区规划资源局',
	]);
	// No header cell saying stages: the periods are no header row, the table unread as before.
	assert.deepEqual(codes(check(text.replace('阶段性目标和工作任务量', '工作目标')).findings), ['table-not-read']);
});
