import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLeaderName, namesContact, namesMorePeople, namesPeopleOnly, readsAsPeople } from '../../../server/src/core/units/unitNames';
import { buildTaskTable, type TaskRow } from '../../../server/src/core/features/taskTable';
import { check, codes } from '../../support/engine';
import { dedent } from '../../support/cursor';

/** Class 3: leaders are people and titles, kept as the task's leader, never units. */

test('leader titles are no unit names; units are', () => {
	for (const leader of ['尹学群市长', '常务副市长', '分管副省长', '林局長', '王某某副市长', '秘书长', '区委副书记']) {
		assert.ok(isLeaderName(leader), leader);
	}
	for (const unit of ['市发改委', '市政府办公室', '县长安镇人民政府', '市场监管局']) {
		assert.ok(!isLeaderName(unit), unit);
	}
});

test('every leader field keeps its people as the task\'s leader', () => {
	for (const label of ['分管领导', '责任领导', '牵头领导', '牵头负责领导', '分管省领导', '责任人', '牽頭領導']) {
		const { notice } = check(`1.甲。\n牵头单位：市发改委；${label}：常务副市长\n`);
		assert.deepEqual(notice.tasks[0].units.map((unit) => unit.name), ['市发改委'], label);
		assert.equal(notice.tasks[0].leader?.text, '常务副市长', label);
	}
});

test('a leader or deadline in a parenthesis after the lead unit is a note on it: the unit ends before it (a tester\'s false alarm: 市发改委（ unknown, its bracket without a partner)', () => {
	for (const note of ['责任人：张三', '分管领导：张三', '牵头领导：张三', '责任领导：张三']) {
		const { notice, findings } = check(`1.推进重大项目建设。（牵头单位：市发改委（${note}）；责任单位：市财政局）\n`);
		assert.deepEqual(codes(findings), [], note);
		assert.deepEqual(notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:市发改委', 'responsible:市财政局'], note);
		assert.equal(notice.tasks[0].leader?.text, '张三', note);
	}
	const both = check('1.推进重大项目建设。（牵头单位：市发改委（分管领导：张三，完成时限：2020年底（含）前）；责任单位：市财政局）\n');
	assert.deepEqual(codes(both.findings), []);
	assert.equal(both.notice.tasks[0].deadline?.text, '2020年底（含）前');
	assert.equal(both.notice.tasks[0].title, '推进重大项目建设。');
});

test('a leader heading with a note on the leader\'s portfolio or an address keeps the person as the leader', () => {
	const { notice } = check('一、李华副县长（分管农业）负责的工作\n1.推进农业现代化。\n牵头单位：县农业农村局\n二、副县长李华同志负责的工作\n2.丙。\n牵头单位：县财政局\n');
	assert.deepEqual(notice.tasks.map((task) => task.leader?.text), ['李华副县长', '副县长李华']);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['县农业农村局'], ['县财政局']]);
});

test('a leader heading groups tasks: the leader is theirs, no unit, and their own units still count', () => {
	const text = dedent(`
		一、王某某副市长牵头重点工作
		1.推进重大项目建设。
		牵头单位：市发改委
		2.优化营商环境。
		二、于会游市长主抓重点工作
		3.深化改革。
		牵头单位：市委改革办
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(notice.sections.map((section) => section.leader?.text), ['王某某副市长', '于会游市长']);
	assert.deepEqual(notice.tasks.map((task) => task.leader?.text), ['王某某副市长', '王某某副市长', '于会游市长']);
	assert.ok(!notice.units.some((unit) => /市长/.test(unit.name)));
	assert.deepEqual(findings.filter((finding) => finding.code === 'missing-lead').map((finding) => finding.args[0]), ['2']);
});

test('a title written into a unit list is the leader, not a unit', () => {
	const { notice } = check('1.甲。\n牵头单位：分管副市长、市发改委\n');
	assert.deepEqual(notice.tasks[0].units.map((unit) => unit.name), ['市发改委']);
	assert.equal(notice.tasks[0].leader?.text, '分管副市长');
});

test('a group row naming leaders over table rows', () => {
	const text = dedent(`
		序号
		目  标  任  务
		牵头单位
		责任单位
		责任人
		一、主要经济社会发展指标、发改、财政等工作目标(牵头领导:成坤、柯相国、王俊)
		1
		★地区生产总值增长15%。
		区发改局
		区统计局
		张三
	`);
	const { notice } = check(text);
	assert.equal(notice.sections[0].leader?.text, '成坤、柯相国、王俊');
	assert.equal(notice.tasks[0].leader?.text, '张三');
	assert.deepEqual(notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:区发改局', 'responsible:区统计局']);
	assert.ok(!notice.units.some((unit) => ['成坤', '发改', '财政', '张三'].includes(unit.name)));
});

test('a heading names its leader title first, or as a party group member; a unit named with 长 is still a unit (鄞州 2024, 海曙 2023)', () => {
	const text = '一、区长陈兴立牵头重点工作\n1.甲项目。\n责任单位:区发改局\n二、常务副区长姚珂军牵头重点工作\n1.乙项目。\n责任单位:区财政局\n三、张盈军区政府党组成员牵头重点工作\n1.丙项目。\n责任单位:区商务局\n四、区长江办牵头工作\n1.丁项目。\n责任单位:区水利局\n';
	const { notice } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.leader?.text), ['区长陈兴立', '常务副区长姚珂军', '张盈军区政府党组成员', undefined]);
	assert.deepEqual(notice.tasks[3].inheritedUnits.map((unit) => `${unit.role}:${unit.name}`), ['lead:区长江办']);
	// A verb after the title is no name (慈溪 2021).
	assert.notEqual(check('二、胡海达常务副市长负责主抓工作\n1.甲项目。\n责任单位:市发改局\n').notice.tasks[0].leader?.text, '胡海达常务副市长负责');
});

test('责任县领导 is a leader field, 责任站所 a township\'s responsible stations, and 各市（州）人民政府 keeps its （州） (a tester\'s)', () => {
	const { notice } = check('1.甲。\n牵头单位：镇党政办；责任站所：镇农业农村办、镇财政所；责任县领导：张三\n2.乙。\n责任单位：省发展改革委、各市（州）人民政府\n');
	assert.deepEqual(notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:镇党政办', 'responsible:镇农业农村办', 'responsible:镇财政所']);
	assert.equal(notice.tasks[0].leader?.text, '张三');
	assert.deepEqual(notice.tasks[1].units.map((unit) => unit.name), ['省发展改革委', '各市（州）人民政府']);
});

test('a line of its own under a theme heading naming a leader (副县长李明负责) is the section\'s leader, no rest of its title', () => {
	const text = '一、扎实推进乡村全面振兴建设宜居宜业和美乡村\n副县长李明负责\n1.新建高标准农田2万亩。\n牵头单位：县农业农村局\n二、稳定经济增长\n县长王强负责\n2.地区生产总值增长6%。\n牵头单位：县发改局\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.sections.map((section) => `${section.title} ${section.leader?.text}`), ['扎实推进乡村全面振兴建设宜居宜业和美乡村 副县长李明', '稳定经济增长 县长王强']);
	assert.deepEqual(notice.tasks.map((task) => task.leader?.text), ['副县长李明', '县长王强']);
	assert.deepEqual(codes(findings), []);
});

test('every leader field of a task reaches its leaders, each person once (郑州 2012\'s 主管领导 / 主要责任人 lines: only the first did)', () => {
	const text = '江州市2025年民生实事任务分解\n1.新增中小学学位8000个。\n主管领导：陈刚\n责任单位：市教育局\n主要责任人：周敏\n2.新建城市书房10个。（分管领导：陈刚；责任领导：吴芳；牵头单位：市文广旅局）\n3.改造背街小巷30条。（责任领导：林涛、郑宇；分管领导：林涛；牵头单位：市住建局）\n';
	const { notice } = check(text);
	const table = buildTaskTable([{ uri: 'n', name: 'n', notice, findings: [], directory: undefined }]);
	const rows = table.rows.filter((row): row is TaskRow => row.kind === 'task');
	assert.deepEqual(rows.map((row) => row.leaders.map((leader) => leader.written).join('、')), ['陈刚、周敏', '陈刚、吴芳', '林涛、郑宇']);
	// Each where it is written.
	assert.deepEqual(rows[0].leaders.map((leader) => text.slice(leader.span.start, leader.span.end)), ['陈刚', '周敏']);
	// One person written with a post and without is one leader (a reviewer: 王明（副县长）、王明).
	const twice = check('1.新建城市书房10个。\n责任领导：王明（副县长）\n分管领导：王明\n牵头单位：县文广旅局\n').notice;
	const row = buildTaskTable([{ uri: 'n', name: 'n', notice: twice, findings: [], directory: undefined }]).rows.find((one): one is TaskRow => one.kind === 'task')!;
	assert.equal(row.leaders.length, 1, row.leaders.map((leader) => leader.written).join('、'));
});

test('a leader label inside a sentence whose value is a clause of the work is the task\'s text, no field; one naming people is a field (a page\'s `…，主管领导：亲自带队检查…`)', () => {
	const text = '江州市2025年安全生产重点任务分解\n1.加强危化品企业安全监管，主管领导：亲自带队检查重点企业，确保不发生重大事故。\n牵头单位：市应急管理局；配合单位：市公安局\n2.开展燃气管道隐患排查，主管领导：要亲自抓，6月底前完成。（牵头单位：市住建局）\n3.推进重大项目建设，牵头领导：王明，牵头单位：市发改委，配合单位：市财政局。\n';
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.leader?.text), [undefined, undefined, '王明']);
	assert.equal(notice.tasks[0].title, '加强危化品企业安全监管，主管领导：亲自带队检查重点企业，确保不发生重大事故。');
	assert.equal(notice.tasks[1].title, '开展燃气管道隐患排查，主管领导：要亲自抓，6月底前完成。');
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`).join('、')), ['lead:市应急管理局、other:市公安局', 'lead:市住建局', 'lead:市发改委、other:市财政局']);
	// People after the comma, as a post, a post and a name, a name and its post, a list, Traditional: a field.
	for (const [value, leader] of [['分管副市长', '分管副市长'], ['常务副区长姚珂军', '常务副区长姚珂军'], ['县长', '县长'], ['王明（副县长）', '王明（副县长）'], ['成坤、柯相国', '成坤、柯相国'], ['区委常委、政法委书记', '区委常委、政法委书记'], ['县政府分管领导', '县政府分管领导']]) {
		const one = check(`1.推进重大项目建设，责任领导：${value}，牵头单位：县发改局。\n`).notice.tasks[0];
		assert.equal(one.leader?.text, leader, value);
		assert.equal(one.title, '推进重大项目建设，', value);
		assert.deepEqual(one.units.map((unit) => unit.name), ['县发改局'], value);
	}
	assert.equal(check('1.推進重大項目建設，牽頭領導：王明，牽頭單位：縣發改局。\n').notice.tasks[0].leader?.text, '王明');
	// A framing paragraph's sentence carried a leader field and became a task, with a false missing-lead.
	const framingText = '关于印发2025年安全生产重点任务分解方案的通知\n一、重点任务\n1.开展燃气管道隐患排查。（牵头单位：市住建局）\n2.加强校园周边安全管理。（牵头单位：市教育局）\n二、工作要求\n1.加强组织领导。各单位要高度重视，主管领导：亲自抓、负总责。\n2.强化督查考核。\n';
	const framing = check(framingText);
	assert.deepEqual(codes(framing.findings), []);
	assert.equal(framing.notice.tasks.length, 2);
	// A reviewer's clauses that no opener told (any value of up to four characters passed for a name).
	for (const clause of ['靠前指挥、狠抓落实', '亲力亲为', '挂帅出征', '专人负责']) {
		assert.deepEqual(codes(check(framingText.replace('亲自抓、负总责', clause)).findings), [], clause);
	}
});

/** The task table's rows of a notice's text. */
function rowsOf(text: string): TaskRow[] {
	const { notice } = check(text);
	return buildTaskTable([{ uri: 'n', name: 'n', notice, findings: [], directory: undefined }]).rows.filter((row): row is TaskRow => row.kind === 'task');
}

test('after a field too, a leader label whose value is a clause of the work is the task\'s text, and the field before ends at its comma (a reviewer\'s `配合单位：市公安局，主管领导：亲自带队检查…`)', () => {
	const text = '江州市2025年安全生产重点任务分解\n1.加强安全生产监管。牵头单位：市应急管理局；配合单位：市公安局，主管领导：亲自带队检查重点企业，确保不发生重大事故。\n2.开展燃气管道隐患排查。（牵头单位：市住建局；配合单位：市公安局，主管领导：要亲自抓）\n3.推进重大项目建设。牵头单位：市发改委；配合单位：市财政局，牵头领导：王明\n';
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.leader?.text), [undefined, undefined, '王明']);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`).join('、')), ['lead:市应急管理局、other:市公安局', 'lead:市住建局、other:市公安局', 'lead:市发改委、other:市财政局']);
	// As it reads without the field before: the clause is the task's text (the export's 任务 column).
	assert.deepEqual(rowsOf(text).map((row) => `${row.text}|${row.leaders.map((leader) => leader.written).join('、')}`), ['加强安全生产监管。主管领导：亲自带队检查重点企业，确保不发生重大事故。|', '开展燃气管道隐患排查。主管领导：要亲自抓|', '推进重大项目建设。|王明']);
	// The line under it is no more of the unit list the clause ended.
	const wrapped = check('1.加强安全生产监管。牵头单位：市应急管理局；配合单位：市公安局、主管领导：亲自带队检查\n区交通局\n').notice.tasks[0];
	assert.deepEqual(wrapped.units.map((unit) => `${unit.role}:${unit.name}`), ['lead:市应急管理局', 'other:市公安局']);
	assert.equal(wrapped.leader, undefined);
});

test('a leader field\'s people end where its sentence goes on: the rest is the task\'s text, and its date (a reviewer\'s `责任人：各校校长，9月底前完成`)', () => {
	const text = '江州市2025年校园安全重点任务分解\n1.推进校园安全建设，牵头单位：市教育局，责任人：各校校长，9月底前完成。\n2.推进校园安全建设。（牵头单位：市教育局；责任人：各校校长，9月底前完成）\n3.推进校园安全建设。\n牵头单位：市教育局\n责任人：各校校长，9月底前完成\n4.推进校园安全建设。\n牵头单位：市教育局\n主管领导：王明，要亲自抓，确保按期完成。\n5.推進校園安全建設。\n牽頭單位：市教育局\n責任人：各校校長；9月底前完成\n';
	const rows = rowsOf(text);
	assert.deepEqual(rows.map((row) => row.leaders.map((leader) => leader.written).join('、')), ['各校校长', '各校校长', '各校校长', '王明', '各校校長']);
	assert.deepEqual(rows.map((row) => row.deadlines.map((deadline) => deadline.date).join('、')), ['2025-09-30', '2025-09-30', '2025-09-30', '', '2025-09-30']);
	assert.deepEqual(rows.map((row) => row.text), ['推进校园安全建设，9月底前完成。', '推进校园安全建设。9月底前完成', '推进校园安全建设。9月底前完成', '推进校园安全建设。要亲自抓，确保按期完成。', '推進校園安全建設。9月底前完成']);
	assert.deepEqual(codes(check(text).findings), []);
	// People listed after a comma go on (a list of leaders is written with 、 in the real texts; a comma is read the same).
	for (const [value, leaders] of [
		['王明，李四', '王明、李四'],
		['常务副区长姚珂军，二级巡视员王明', '常务副区长姚珂军、二级巡视员王明'],
		['县政府党组成员张三，阿不都热合曼，阿不都·热合曼', '县政府党组成员张三、阿不都热合曼、阿不都·热合曼'],
		['王明（副县长），李四（副县长）', '王明（副县长）、李四（副县长）'],
		['区委常委、政法委书记，常务副区长', '区委常委、政法委书记、常务副区长'],
		['各县区政府主要负责人，各乡镇党委书记', '各县区政府主要负责人、各乡镇党委书记'],
		['王明，市发改委主任', '王明、市发改委主任'],
	]) {
		const [row] = rowsOf(`1.推进重大项目建设。\n牵头单位：县发改局\n责任领导：${value}\n`);
		assert.equal(row.leaders.map((leader) => leader.written).join('、'), leaders, value);
		assert.equal(row.text, '推进重大项目建设。', value);
	}
});

test('after a comma of a leader field, people go on with its list; a date, a time or a clause of the work do not', () => {
	for (const people of ['李四', '阿不都热合曼', '二级巡视员王明', '县政府党组成员张三', '常务副区长', '王明（副县长）', '各乡镇主要负责人', '分管领导', '市发改委主任']) {
		assert.ok(namesMorePeople(people), people);
	}
	for (const rest of ['9月底前完成', '二〇二五年底前完成', '年底前完成', '全年持续推进', '要亲自抓', '确保按期完成', '负责统筹调度', '按月报送进展']) {
		assert.ok(!namesMorePeople(rest), rest);
	}
});

test('a leader field\'s first name reads as people: names, posts, both; not a clause of the work', () => {
	// A reviewer's posts and names, each dropped by a first rule that asked for a name's shape.
	for (const people of ['王明', '欧阳明华', '阿不都·热合曼', '阿不都热合曼', '分管副市长', '常务副区长姚珂军', '县长', '王明（副县长）', '区委常委', '县政府分管领导', '各单位主要负责人', '应勇', '于会游市长', '二级巡视员王明', '一级调研员王明', '县政府党组成员张三', '县长助理李四', '总经济师钱七', '督导员陈二', '分管领导王明', '县级联系领导王明', '副县长（挂职）王明', '/', '']) {
		assert.ok(readsAsPeople(people), people);
	}
	for (const clause of ['亲自带队检查重点企业', '要亲自抓', '负责统筹调度', '由县长亲自抓', '親自帶隊檢查', '靠前指挥', '亲力亲为', '挂帅出征', '一线指挥', '带头落实', '专人负责', '具体负责', '直接负责', '狠抓落实']) {
		assert.ok(!readsAsPeople(clause), clause);
	}
});

test('after a comma of a leader field, a post a clause\'s word qualifies, then the person, goes on with its people (a reviewer\'s `责任人：主体责任人王明，直接责任人李四，具体经办人赵六`)', () => {
	for (const [value, leaders] of [
		['主体责任人王明，直接责任人李四，具体经办人赵六', '主体责任人王明、直接责任人李四、具体经办人赵六'],
		['第一责任人王明，直接责任人李四', '第一责任人王明、直接责任人李四'],
		['王明，具体责任人李四', '王明、具体责任人李四'],
		['王明，直接责任人：李四', '王明、直接责任人：李四'],
		['王明，具体负责人李四', '王明、具体负责人李四'],
		['王明，直接分管副县长李四', '王明、直接分管副县长李四'],
	]) {
		const [row] = rowsOf(`1.推进重大项目建设。\n牵头单位：县发改局\n责任人：${value}\n`);
		assert.equal(row.leaders.map((leader) => leader.written).join('、'), leaders, value);
		assert.equal(row.text, '推进重大项目建设。', value);
	}
});

test('after a field, a leader field naming a qualified post then a person is a field still, as before the clause rule (a reviewer\'s `牵头单位：县发改局，分管领导：具体分管副县长王明，责任单位：…`)', () => {
	const text = '江州县2025年重点任务分解\n1.推进重大项目建设。牵头单位：县发改局，责任人：直接责任人王明\n2.推进重大项目建设。牵头单位：县发改局，分管领导：具体分管副县长王明，责任单位：县财政局、县住建局\n3.推进重大项目建设。牵头单位：县发改局、县财政局，责任领导：在职副县长王明\n';
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.leader?.text), ['直接责任人王明', '具体分管副县长王明', '在职副县长王明']);
	assert.deepEqual(rowsOf(text).map((row) => row.text), ['推进重大项目建设。', '推进重大项目建设。', '推进重大项目建设。']);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`).join('、')), ['lead:县发改局', 'lead:县发改局、responsible:县财政局、responsible:县住建局', 'lead:县发改局、lead:县财政局']);
});

test('a qualified post then a person reads as people; the same words opening a clause do not', () => {
	for (const people of ['直接责任人李四', '具体经办人赵六', '具体责任人李四', '直接责任人：李四', '具体分管副县长王明', '在职副县长王明', '具体负责人王明', '直接责任人', '具体经办人']) {
		assert.ok(readsAsPeople(people), people);
		assert.ok(namesMorePeople(people), people);
	}
	for (const clause of ['负责县长交办的工作', '亲自带队检查', '要亲自抓', '直接负责', '具体负责', '具体抓落实', '直接向县长汇报', '在县长带领下推进', '直接责任人负责', '由县长亲自抓', '一线指挥']) {
		assert.ok(!readsAsPeople(clause), clause);
		assert.ok(!namesMorePeople(clause), clause);
	}
});

test('the task\'s text moved out of a leader\'s value drops the comma before the next label (a reviewer\'s `责任人：各校校长，9月底前完成，牵头单位：…`)', () => {
	const text = '江州县2025年重点任务分解\n1.推进校园安全建设。责任人：各校校长，9月底前完成，牵头单位：县教育局，责任单位：县财政局、县住建局\n2.推进重大项目建设。责任领导：王明，要亲自抓，牵头单位：县发改局\n3.推进重大项目建设。责任领导：王明，年底前完成；牵头单位：县发改局\n4.推进重大项目建设。牵头单位：县发改局；配合单位：县财政局，分管领导：要亲自抓，责任单位：县住建局\n';
	assert.deepEqual(rowsOf(text).map((row) => `${row.text}|${row.leaders.map((leader) => leader.written).join('、')}`), ['推进校园安全建设。9月底前完成|各校校长', '推进重大项目建设。要亲自抓|王明', '推进重大项目建设。年底前完成|王明', '推进重大项目建设。分管领导：要亲自抓|']);
	assert.deepEqual(codes(check(text).findings), []);
});

/** A task's row of the export as a clerk reads it: its text, its leaders (the 责任领导 column), its dates. */
function exported(row: TaskRow): string {
	return `${row.text}|${row.leaders.map((leader) => leader.written).join('、')}|${row.deadlines.map((deadline) => deadline.date).join('、')}`;
}

test('a contact after a leader stays with the leader as written: no clause of the task\'s text, no leader of its own (a reviewer\'s `责任领导：王明，电话：13800000000`)', () => {
	for (const [value, leader] of [
		['王明，13912345678', '王明，13912345678'],
		['王明，电话：13800000000', '王明，电话：13800000000'],
		['王明，联系电话：13800000000', '王明，联系电话：13800000000'],
		['王明，0991-1234567', '王明，0991-1234567'],
		['王明，（电话：13800000000）', '王明，（电话：13800000000）'],
		['王明（局长），联系人：李四（科长），联系电话：13800000000', '王明（局长），联系人：李四（科长），联系电话：13800000000'],
		['王明，电话：13800000000；李四，电话：13900000000', '王明，电话：13800000000、李四，电话：13900000000'],
		['王明，聯繫電話：13800000000', '王明，聯繫電話：13800000000'],
	]) {
		const [row] = rowsOf(`江州县2025年重点任务分解\n1.推进重大项目建设。\n牵头单位：县发改局\n责任领导：${value}\n`);
		assert.equal(exported(row), `推进重大项目建设。|${leader}|`, value);
	}
	// The contact's person is no leader of the task: one leader, 王明 the 局长.
	const [row] = rowsOf('1.推进重大项目建设。\n牵头单位：县发改局\n责任人：王明（局长），联系人：李四（科长），联系电话：13800000000\n');
	assert.deepEqual(row.leaders.map((leader) => `${leader.name}/${leader.title}`), ['王明/局长']);
	// A date after the contact still ends the people.
	const [dated] = rowsOf('江州县2025年重点任务分解\n1.推进重大项目建设。责任领导：王明，13912345678，年底前完成，牵头单位：县发改局\n');
	assert.equal(exported(dated), '推进重大项目建设。年底前完成|王明，13912345678|2025-12-31');
});

test('a contact is a phone number or a contact\'s label; a clause or a post that opens alike is not', () => {
	for (const contact of ['13912345678', '0991-1234567', '（0991）1234567', '电话：13800000000', '电话13800000000', '联系电话：13800000000', '联系人：李四（科长）', '联系方式：13912345678', '（电话：13800000000）', '電話：13800000000']) {
		assert.ok(namesContact(contact), contact);
	}
	for (const other of ['电话督办', '联系县领导李四', '联系人民群众', '王明', '9月底前', '2025年12月底前', '20251231']) {
		assert.ok(!namesContact(other), other);
	}
});

test('a deadline in brackets after a leader ends the people: the task\'s text and its date (a reviewer\'s `责任领导：王明，（2025年12月底前）`)', () => {
	const text = '江州县2025年重点任务分解\n1.推进重大项目建设。\n牵头单位：县发改局\n责任领导：王明，（2025年12月底前）\n2.推进重大项目建设。\n牵头单位：县发改局\n责任领导：王明（副县长），（年底前）\n3.推进重大项目建设。责任领导：王明，（9月底前），牵头单位：县发改局\n';
	assert.deepEqual(rowsOf(text).map(exported), ['推进重大项目建设。（2025年12月底前）|王明|2025-12-31', '推进重大项目建设。（年底前）|王明（副县长）|2025-12-31', '推进重大项目建设。（9月底前）|王明|2025-09-30']);
	assert.deepEqual(codes(check(text).findings), []);
	// A post in brackets after a comma goes on with the people, as before.
	const [row] = rowsOf('1.推进重大项目建设。\n牵头单位：县发改局\n责任领导：王明，（副县长）\n');
	assert.equal(row.text, '推进重大项目建设。');
});

test('a leader\'s value a narrow layout wrapped goes on in the task\'s text as written (a reviewer\'s `责任领导：王明，年底前完成主体工` / `程建设，确保投产。`)', () => {
	const text = '江州县2025年重点任务分解\n1.推进重大项目建设。\n责任领导：王明，年底前完成主体工\n程建设，确保投产。\n牵头单位：县发改局\n2.推进重大项目建设。\n责任领导：王明，确保年底前\n完成主体工程建设。\n牵头单位：县发改局\n';
	assert.deepEqual(rowsOf(text).map((row) => row.text), ['推进重大项目建设。年底前完成主体工程建设，确保投产。', '推进重大项目建设。确保年底前完成主体工程建设。']);
});

test('a table\'s 责任领导 cell lists its people without the date after them, which the row\'s deadline then holds as written (a reviewer\'s `王明，9月底前` cell)', () => {
	const cells = (row: TaskRow) => `${row.text}|${row.leaders.map((leader) => leader.written).join('、')}|${row.deadlineText ?? ''}|${row.deadlines.map((deadline) => deadline.date).join('、')}`;
	const tabs = '江州县2025年重点任务分解\n序号\t工作任务\t责任领导\t牵头单位\t责任单位\t完成时限\n1\t推进重大项目建设\t王明，9月底前\t县发改局\t县财政局\t\n2\t加快乡村振兴\t王明，年底前完成\t县农业农村局\t县财政局\t\n3\t推进城市更新\t常务副县长张三，副县长李四\t县住建局\t县财政局\t2025年底\n4\t推进城市更新\t王明，（年底前）\t县住建局\t县财政局\t\n5\t推进园区建设\t王明，第一季度\t县工信局\t县财政局\t\n';
	assert.deepEqual(rowsOf(tabs).map(cells), ['推进重大项目建设|王明|9月底前|2025-09-30', '加快乡村振兴|王明|年底前完成|2025-12-31', '推进城市更新|常务副县长张三、副县长李四|2025年底|2025-12-31', '推进城市更新|王明|（年底前）|2025-12-31', '推进园区建设|王明|第一季度|2025-03-31']);
	assert.deepEqual(codes(check(tabs).findings), []);
	const pipes = '江州县2025年重点任务分解\n| 序号 | 工作任务 | 责任领导 | 牵头单位 | 责任单位 |\n|---|---|---|---|---|\n| 1 | 推进重大项目建设 | 王明，9月底前 | 县发改局 | 县财政局 |\n| 2 | 加快乡村振兴 | 王明，年底前完成 | 县农业农村局 | 县财政局 |\n| 3 | 推进城市更新 | 王明，13912345678 | 县住建局 | 县财政局 |\n';
	assert.deepEqual(rowsOf(pipes).map(cells), ['推进重大项目建设|王明|9月底前|2025-09-30', '加快乡村振兴|王明|年底前完成|2025-12-31', '推进城市更新|王明，13912345678||']);
	assert.deepEqual(codes(check(pipes).findings), []);
});

test('a table\'s 责任领导 cell keeps what no column would: text after the people that is no deadline, or a date when the row has its own (a reviewer\'s `王明，2号楼`, `王明，3个月内`)', () => {
	const cells = (row: TaskRow) => `${row.leaders.map((leader) => leader.written).join('、')}|${row.deadlineText ?? ''}`;
	const tabs = '江州县2025年重点任务分解\n序号\t工作任务\t责任领导\t牵头单位\t责任单位\t完成时限\n1\t推进招商\t王明，2号楼\t县商务局\t县财政局\t\n2\t加快乡村振兴\t王明，年底前完成\t县农业农村局\t县财政局\t2025年9月\n';
	assert.deepEqual(rowsOf(tabs).map(cells), ['王明、2号楼|', '王明、年底前完成|2025年9月']);
	const pipes = '江州县2025年重点任务分解\n| 序号 | 工作任务 | 责任领导 | 牵头单位 | 责任单位 | 完成时限 |\n|---|---|---|---|---|---|\n| 1 | 加快乡村振兴 | 王明，3个月内 | 县农业农村局 | 县财政局 | |\n| 2 | 加快乡村振兴 | 王明，每月调度1次 | 县农业农村局 | 县财政局 | |\n| 3 | 推进园区 | 王明，1号专班 | 县工信局 | 县财政局 | |\n';
	assert.deepEqual(rowsOf(pipes).map(cells), ['王明、3个月内|', '王明、每月调度1次|', '王明、1号专班|']);
});

test('a leader\'s list a line break cut after its 、 goes on on the next line when that names people only (`责任领导：县委常委、` / `常务副县长张三`)', () => {
	for (const [lines, leaders] of [
		['牵头单位：县发改局\n责任领导：县委常委、\n常务副县长张三', '县委常委、常务副县长张三'],
		['责任领导：县委常委、\n常务副县长张三\n牵头单位：县发改局', '县委常委、常务副县长张三'],
		['责任领导：县委常委、\n常务副县长张三，牵头单位：县发改局', '县委常委、常务副县长张三'],
		['牵头单位：县发改局\n责任领导：各镇（街道）党政主要负责人、\n各有关部门负责同志', '各镇（街道）党政主要负责人、各有关部门负责同志'],
		['责任领导：王明、\n李四\n牵头单位：县发改局', '王明、李四'],
		['牵头单位：县发改局\n责任领导：王建国（区委常委、\n常务副区长）', '王建国（区委常委、常务副区长）'],
		// Cut twice (a reviewer's): each line names people, so each goes on.
		['牵头单位：县发改局\n责任领导：县委常委、\n常务副县长张三、\n副县长李四', '县委常委、常务副县长张三、副县长李四'],
		['责任领导：县委常委、\n常务副县长张三、\n副县长李四\n牵头单位：县发改局', '县委常委、常务副县长张三、副县长李四'],
	]) {
		const text = `1.推进重大项目建设。\n${lines}\n`;
		const [row] = rowsOf(text);
		assert.equal(`${row.text}|${row.leaders.map((leader) => leader.written).join('、')}`, `推进重大项目建设。|${leaders}`, lines);
		assert.deepEqual(codes(check(text).findings), [], lines);
	}
	// A line of the task's text, units or a date below are no people: as before.
	const [text] = rowsOf('1.推进重大项目建设。\n责任领导：王明、\n加快项目审批。\n牵头单位：县发改局\n');
	assert.equal(`${text.text}|${text.leaders.map((leader) => leader.written).join('、')}`, '推进重大项目建设。加快项目审批。|王明');
	for (const line of ['县财政局、县住建局', '年底前完成', '加快项目审批。', '各乡镇要抓好落实。', '统筹推进']) {
		assert.ok(!namesPeopleOnly(line), line);
	}
	for (const line of ['常务副县长张三', '李四', '各有关部门负责同志', '常务副县长张三，县人大常委会副主任李四', '阿不都·热合曼']) {
		assert.ok(namesPeopleOnly(line), line);
	}
});

test('a line below a leader\'s 、 that names short units or the task\'s words is no people (a reviewer\'s `责任领导：张三、` / `县移动、县联通、县电信`)', () => {
	const [units] = rowsOf('1.推进5G基站建设。\n责任领导：张三、\n县移动、县联通、县电信\n牵头单位：县工信局\n');
	assert.equal(`${units.text}|${units.leaders.map((leader) => leader.written).join('、')}`, '推进5G基站建设。县移动、县联通、县电信|张三');
	const [words] = rowsOf('1.推进重大项目建设。\n牵头单位：县发改局\n责任领导：张三、\n加快审批\n2.优化营商环境。\n牵头单位：县政务服务局\n');
	assert.equal(`${words.text}|${words.leaders.map((leader) => leader.written).join('、')}`, '推进重大项目建设。加快审批|张三');
	for (const line of ['县移动、县联通、县电信', '县人行、县农发行', '县电力、国网', '县邮政', '县烟草', '移动', '联通', '电信', '农发行', '中石油', '农行', '工行', '建行', '中行', '银保监', '铁塔', '供电', '加快审批', '召开会议', '营商环境', '乡村振兴', '安全生产', '招商引资', '专项行动', '垃圾分类', '污水处理']) {
		assert.ok(!namesPeopleOnly(line), line);
	}
	for (const line of ['张三', '王建国', '欧阳明华', '李四、王五', '县长']) {
		assert.ok(namesPeopleOnly(line), line);
	}
});

test('only a date in brackets after a leader ends the people; a note goes on with them as before (a reviewer\'s `责任领导：王明，（牵头），李四`)', () => {
	for (const [value, leaders] of [
		['王明，（牵头），李四', '王明、（牵头）、李四'],
		['王明，（负总责）', '王明、（负总责）'],
		['王明，（2月任职）', '王明、（2月任职）'],
	]) {
		const [row] = rowsOf(`1.推进重大项目建设。\n牵头单位：县发改局\n责任领导：${value}\n`);
		assert.equal(`${row.text}|${row.leaders.map((leader) => leader.written).join('、')}`, `推进重大项目建设。|${leaders}`, value);
	}
	assert.ok(!namesMorePeople('（2025年6月底前完成主体工程）'));
	assert.ok(!namesMorePeople('（二〇二五年底前）'));
});

test('a contact\'s label then a digit is a contact only with a phone number after it (a reviewer\'s `王明，手机3台`)', () => {
	for (const other of ['手机3台', '电话12345', '电话回访群众']) {
		assert.ok(!namesContact(other), other);
	}
	for (const contact of ['电话13800000000', '电话0991-1234567', '手机：13912345678', '联系人']) {
		assert.ok(namesContact(contact), contact);
	}
	const [row] = rowsOf('1.优化政务服务。\n牵头单位：县政务服务局\n责任领导：王明，手机3台\n');
	assert.equal(`${row.text}|${row.leaders.map((leader) => leader.written).join('、')}`, '优化政务服务。手机3台|王明');
});

test('a leader\'s bracket that closes a sentence or a clause parts the prose there: the lead before it is kept (a review of round 59: `县住建局牵头（责任人：张三）。县财政局做好资金保障工作。` lost its lead, read joined over the bracket)', () => {
	const registry = ['县住建局', '县财政局'].join('\n');
	const text = dedent(`
		一、优化营商环境
		1.推进审批改革。县住建局牵头（责任人：张三）。县财政局做好资金保障工作。
		2.推进审批改革。县住建局牵头（责任人：张三）；县财政局做好资金保障。
		3.推进审批改革，县住建局牵头（完成时限：2025年底前）；加强资金保障，县财政局负责（完成时限：2025年6月底前）。
		4.推进审批改革。县住建局牵头（责任人：张三） 县财政局配合。
		5.推进审批改革。县住建局牵头 （责任人：张三） ，县财政局配合，并联审批。
		6.推进审批改革。县住建局牵头（责任人：张三），县财政局配合，并联审批。
	`);
	const units = check(text).notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`));
	const both = ['lead:县住建局', 'other:县财政局'];
	assert.deepEqual(units, [['lead:县住建局'], ['lead:县住建局'], ['lead:县住建局'], both, both, both]);
	assert.deepEqual(codes(check(text, registry).findings), []);
	assert.deepEqual(check('一、优化营商环境\n1.推进审批改革。縣住建局牽頭。\n2.推进审批改革。縣住建局牽頭（責任人：張三）。縣財政局做好資金保障工作。\n').notice.tasks[1].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:縣住建局']);
});
