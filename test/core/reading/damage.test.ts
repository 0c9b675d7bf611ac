import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { findGlosses, stripGlosses } from '../../../server/src/core/text/glosses';
import { findLabels } from '../../../server/src/core/syntax/fieldLabels';
import { buildTaskTable } from '../../../server/src/core/features/taskTable';
import { check, codes } from '../../support/engine';

/** Class 6: damaged text read through, and left as it is. */

test('a whole notice glued onto one line, items separated by spaces only', () => {
	const text =
		'各区人民政府: 现将分解方案印发给你们，请认真组织实施，确保各项工作落到实处，按时完成各项目标任务。' +
		' 1.推进重大项目建设，加快前期工作进度。（牵头单位：市发改委；责任单位：市财政局）' +
		' 2.扩大对外开放，稳住外贸外资基本盘。（牵头单位：市商务局）' +
		' 3.优化营商环境，深化放管服改革。（牵头单位：市政务办）\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.units.filter((unit) => unit.role === 'lead').map((unit) => unit.name)), [['市发改委'], ['市商务局'], ['市政务办']]);
	assert.deepEqual(codes(findings), ['glued-item', 'glued-item', 'glued-item'], 'the paste is said, item by item, with a fix');
	assert.ok(notice.tasks.every((task) => task.glued));
});

test('a glued notice: a short heading over items of another style is a piece too; a short enumeration is not', () => {
	// 荆州 2009: ` 一、主要工作目标 1、地区生产总值增长11%(…)。` — the short heading kept the whole line uncut: no task.
	const text =
		'各县、市、区人民政府,市政府各部门: 现将2009年全市主要目标和工作任务分解给你们,请认真抓好落实。' +
		' 一、主要工作目标 1、地区生产总值增长11%(市发改委,各县市区政府,荆州开发区)。 2、固定资产投资增长25%(市发改委,各县市区政府)。' +
		' 3、社会消费品零售总额增长16%以上,外贸出口增长12%(市商务局,各县市区政府)。' +
		' 二、主要工作任务 1、扎实开展项目建设年活动,千方百计扩大投资(市发改委,市建委)。\n';
	const { notice } = check(text);
	assert.deepEqual(notice.sections.map((section) => section.title), ['主要工作目标', '主要工作任务']);
	assert.deepEqual(notice.tasks.map((task) => task.units[0]?.name), ['市发改委', '市发改委', '市商务局', '市发改委']);
	assert.equal(check('各单位要抓好以下工作，内容包括 1.甲 2.乙 两个方面，具体要求另行通知，请各单位认真组织实施，确保各项工作落到实处。\n').notice.tasks.length, 0);
});

test('a glued notice whose numbering starts again under each heading: one item under the second is cut too', () => {
	// 海盐 2022: ` 二、曹惠明常务副县长牵头重点工作 1.坚持…` read as one task numbered 二、 holding the 1.
	const text =
		'一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右，一般公共预算收入增长8.5%。牵头单位:县发改局 责任单位:县财政局、县统计局' +
		' 2.落实党政机关过紧日子的要求，严控“三公”经费和会议费。牵头单位:县财政局' +
		' 二、曹惠明常务副县长牵头重点工作 1.坚持县政府常务会议集体学法，加强重大行政决策事前论证。牵头单位:县司法局\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.sections.map((section) => section.title), ['王丹县长牵头重点工作', '曹惠明常务副县长牵头重点工作']);
	assert.deepEqual(notice.tasks.map((task) => `${task.section?.marker.number}.${task.marker.number} ${task.units.filter((unit) => unit.role === 'lead').map((unit) => unit.name).join()}`), ['1.1 县发改局', '1.2 县财政局', '2.1 县司法局']);
	assert.deepEqual(codes(findings), ['glued-item', 'glued-item', 'glued-item']);
});

test('a glued item after a run of figures spaced one by one: the item that goes on the numbering, not the figures read as one number', () => {
	// A progress page flattened onto one line (宁波 2014): `实际完成 12 12 0 0 24 4.新投放…` read 0 24 4. as 244, and task 4 merged into 3.
	const text =
		'现将民生实事项目进展情况予以公示，接受社会监督，确保各项目标任务圆满完成。' +
		' 1.新建城东公园一座，年内建成开放。 责任单位:市住建局 实际完成情况:已完成主体工程。' +
		' 2.新辟公交线路10条，优化调整20条。 责任单位:市交通局 配合单位:市公安局、市城管局,各区政府 东区 西区 合计 年度目标 6 9 15 实际完成 12 12 0 0 24' +
		' 3.新投放公共自行车3000辆，新增网点100个。 责任单位:市城管局 配合单位:市公安局\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => `${task.marker.number} ${task.units[0]?.name}`), ['1 市住建局', '2 市交通局', '3 市城管局']);
	assert.deepEqual(notice.tasks[2].units.map((unit) => unit.name), ['市城管局', '市公安局']);
	assert.deepEqual(codes(findings).filter((code) => code !== 'lead-not-designated'), ['glued-item', 'glued-item', 'glued-item']);
});

test('a first line naming a unit (a letterhead) is no title a page\'s header repeats: the unit named again after a footer is kept (a reviewer: a unit lost, false missing-lead)', () => {
	const office = '南湖区人民政府办公室';
	const text =
		`${office}\n关于印发2025年区政府工作报告重点任务分解的通知\n各街道办事处，区政府各部门：\n现将任务分解印发给你们，请认真抓好落实。\n${office}\n2025年2月10日\n` +
		'2025年区政府工作报告重点任务分解\n1.新增城镇就业6000人。\n牵头单位：区人社局；责任单位：区财政局、\n— 2 —\n' +
		`${office}\n2.建成智慧停车平台。\n牵头单位：\n— 3 —\n${office}\n责任单位：区数据局\n`;
	const { notice, findings } = check(text, `${office}\n区人社局\n区财政局\n区数据局\n`);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks[1].units.map((unit) => `${unit.role}:${unit.name}`), [`lead:${office}`, 'responsible:区数据局']);
	// The last of task 1's list still takes the level 区财政局、 shares (区南湖区…, matched to the registry's name): as before the title was read.
	assert.equal(notice.tasks[0].units.length, 3);
	assert.ok(notice.tasks[0].units[2].name.endsWith(office), notice.tasks[0].units[2].name);
});

test('a heading wrapped by a paste keeps its rest; a short line under a short heading stays apart', () => {
	const wrapped = check('一、提高城市基层党建工作水平,加强党对基层治理的全面\n领导\n1.完善街道党工委的领导体制机制。\n牵头单位:区委组织部\n').notice;
	assert.deepEqual(wrapped.sections.map((section) => section.title), ['提高城市基层党建工作水平,加强党对基层治理的全面领导']);
	assert.equal(wrapped.tasks.length, 1);
	const apart = check('一、省长负责的工作\n全面负责\n1.深化改革。\n牵头单位:省编办\n二、加快发展现代服务业,推动经济结构调整。\n领导小组\n2.乙。\n牵头单位:省商务厅\n').notice;
	assert.deepEqual(apart.sections.map((section) => section.title), ['省长负责的工作', '加快发展现代服务业,推动经济结构调整。']);
});

test('a heading naming its lead and the units that cooperate, wrapped by a PDF\'s copy, names them for the tasks under it (a tester\'s: （二）县住房和城乡建设局牵头，县城市管理 / 综合行政执法局配合的工作)', () => {
	const read = (heading: string) => {
		const { notice, findings } = check(`一、城市建设\n（一）区发展和改革局牵头的工作\n1.编制年度重大项目投资计划。\n${heading}\n2.完成老旧管网改造8公里。\n3.新建街心游园4个。\n`);
		return { units: notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`)), codes: codes(findings).filter((code) => code !== 'broken-unit-name') };
	};
	for (const [wrapped, whole] of [
		['（二）区住房和城乡建设局牵头，区城市管理\n综合行政执法局配合的工作', '（二）区住房和城乡建设局牵头，区城市管理综合行政执法局配合的工作'],
		['（二）区住房和城乡建设局牵头，区城管执法局、\n区财政局配合的工作', '（二）区住房和城乡建设局牵头，区城管执法局、区财政局配合的工作'],
		['（二）区住房和城乡建设局牵头，区城管局配\n合的工作', '（二）区住房和城乡建设局牵头，区城管局配合的工作'],
	]) {
		assert.deepEqual(read(wrapped), read(whole), wrapped);
		assert.deepEqual(read(whole).codes, [], whole);
	}
	assert.deepEqual(read('（二）区住房和城乡建设局牵头，区城市管理\n综合行政执法局配合的工作').units[1], ['lead:区住房和城乡建设局', 'other:区城市管理综合行政执法局']);
});

test('a notice whose only units are in a heading a wrap cut reads the tasks under it; so does a heading naming a long list of helpers, on one line or cut (a reviewer: 0 tasks)', () => {
	const read = (heading: string) => {
		const { notice, findings } = check(`2025年县政府工作报告重点任务分解\n${heading}\n1.改造老旧小区12个。\n2.整治背街小巷20条。\n`);
		return { units: notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].map((unit) => `${unit.role}:${unit.name}`).join(' ')), codes: codes(findings).filter((code) => code !== 'broken-unit-name') };
	};
	const helpers = 'lead:县住房和城乡建设局 other:县城市管理综合行政执法局 other:县财政局 other:县交通运输局';
	for (const [heading, units] of [
		['（二）县住房和城乡建设局牵头，县城市管理\n综合行政执法局配合的工作', 'lead:县住房和城乡建设局 other:县城市管理综合行政执法局'],
		['（二）县住房和城乡建设局牵头，县城市管理综合行政执法局、\n县财政局配合的工作', 'lead:县住房和城乡建设局 other:县城市管理综合行政执法局 other:县财政局'],
		// A long list of helpers (a heading of 41 characters and more was never read), on one line or cut.
		['（二）县住房和城乡建设局牵头，县城市管理综合行政执法局、县财政局、县交通运输局配合的工作', helpers],
		['（二）县住房和城乡建设局牵头，县城市管理综合行政执法局、\n县财政局、县交通运输局配合的工作', helpers],
	]) {
		assert.deepEqual(read(heading), { units: [units, units], codes: [] }, heading);
	}
});

test('a line naming a whole unit before 牵头 under a long theme heading is no rest of the heading: the theme never becomes a lead', () => {
	// A reviewer: `一、坚持创新驱动发展加快构建现代化产业体系` / `县工信局牵头` was read as one lead 「坚持…体系县工信局」.
	const text =
		'2025年区政府工作报告重点任务分解\n' +
		'一、做强实体经济推动制造业向高端智能绿色迈进\n区经信局牵头\n1.新培育专精特新企业15家。（责任单位：区统计局）\n' +
		'二、全面深化改革不断激发市场主体活力和创造力\n由区发改局牵头负责\n2.完成国企改革年度任务。（责任单位：区财政局）\n';
	const registry = '区经信局\n区统计局\n区发改局\n区财政局\n';
	const { notice, findings } = check(text, registry);
	const names = notice.tasks.flatMap((task) => [...task.units, ...task.inheritedUnits].map((unit) => unit.name));
	assert.ok(names.every((name) => !/实体经济|深化改革/.test(name)), names.join(' '));
	assert.deepEqual(codes(findings), []);
	// The line is the heading's lead, as a clerk reads it, and no part of its title.
	assert.deepEqual(notice.tasks.map((task) => task.inheritedUnits.map((unit) => `${unit.role}:${unit.name}`).join(' ')), ['lead:区经信局', 'lead:区发改局']);
	assert.deepEqual(notice.sections.map((section) => section.title), ['做强实体经济推动制造业向高端智能绿色迈进', '全面深化改革不断激发市场主体活力和创造力']);
});

test('a theme heading glued to its lead with no break, a wrap cutting the unit\'s name (…城乡建设县住房和城乡建设 / 局牵头负责): the lead is the unit alone, never the theme', () => {
	const lead = (heading: string, registry?: string) => {
		const { notice, findings } = check(`2025年县政府工作报告重点任务分解\n${heading}\n1.改造老旧小区12个。\n2.新建城市公园3个。（责任单位：县财政局）\n`, registry);
		return { leads: notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].filter((unit) => unit.role === 'lead').map((unit) => unit.name).join('、')), codes: codes(findings).filter((code) => code !== 'broken-unit-name') };
	};
	for (const [heading, unit] of [
		['（一）持续推进县城城镇化建设县住房和城乡建设\n局牵头负责', '县住房和城乡建设局'],
		['（一）持续推进县城城镇化建设县住房和城乡建设局牵头负责', '县住房和城乡建设局'],
		['一、加快发展现代农业促进农民持续增收致富县农业\n农村局牵头', '县农业农村局'],
		['一、深化重点领域改革持续优化营商环境水平由县发\n改局牵头负责', '县发改局'],
		['（二）推进城市更新提升人居环境品质县城市管理\n局牵头', '县城市管理局'],
		['（二）推进城市更新提升人居环境品质县住建局牵头，县城管局配合的工作', '县住建局'],
		// A reviewer: a word list read 县乡, 县市, 县城 and 市民 as no unit's start, so these leads were lost or cut.
		['一、全面推进乡村振兴县乡村振兴局牵头，县农业农村局、县财政局配合', '县乡村振兴局'],
		['二、巩固拓展脱贫攻坚成果由县乡村振兴局牵头', '县乡村振兴局'],
		['三、持续优化营商环境由县市场监管局牵头', '县市场监管局'],
		['四、加快推进城乡融合发展县城乡建设局牵头', '县城乡建设局'],
		// …but a theme's 县乡村道路 or 市民族团结 begins no unit (a reviewer: read 县乡村道路建设交通局).
		['一、加快县乡村道路建设交通局牵头', '交通局'],
		['一、加强市民族团结进步创建民宗局牵头', '民宗局'],
		// Themes opening with 深入, 统筹 lead with their unit alone (a reviewer: the theme stayed in the lead's name).
		['一、深入推进平安建设县委政法委牵头', '县委政法委'],
		['一、统筹推进疫情防控和经济社会发展县卫健局牵头', '县卫健局'],
	]) {
		assert.deepEqual(lead(heading), { leads: [unit, unit], codes: [] }, heading);
		assert.deepEqual(lead(heading, `${unit}\n县财政局\n县城管局\n县农业农村局\n`).codes, [], heading);
	}
	// A unit named with its place, or without its level, is read whole as before; after a theme, a body the catalog knows
	// without its level is the lead, and a theme naming no unit the reader knows leads nothing.
	assert.deepEqual(lead('（一）江北县住建局牵头的工作').leads, ['江北县住建局', '江北县住建局']);
	assert.deepEqual(lead('（一）发改委牵头的工作').leads, ['发改委', '发改委']);
	assert.deepEqual(lead('（一）坚持创新驱动发展加快构建现代化产业体系工信\n局牵头').leads, ['工信局', '工信局']);
	assert.deepEqual(lead('（一）坚持创新驱动发展加快构建现代化产业体系园区\n服务局牵头').leads, ['', '县财政局']);
});

test('a theme of nouns glued to its lead, no verb opening it (县域经济高质量发展县发改局牵头): the lead is the unit alone; a unit\'s own place, party or body before it stays its name', () => {
	const lead = (heading: string) => {
		const { notice, findings } = check(`2025年县政府工作报告重点任务分解\n${heading}\n1.完成年度目标任务。\n2.推进重点项目建设。（责任单位：县财政局）\n`);
		return { leads: notice.tasks.map((task) => [...task.units, ...task.inheritedUnits].filter((unit) => unit.role === 'lead').map((unit) => unit.name).join('、')), codes: codes(findings).filter((code) => code !== 'broken-unit-name') };
	};
	for (const [heading, unit] of [
		// A reviewer: read 县域经济高质量发展县发改局, 乡村振兴县农业农村局 … (unknown-unit with a registry).
		['一、县域经济高质量发展县发改局牵头', '县发改局'],
		['二、乡村振兴县农业农村局牵头', '县农业农村局'],
		['三、民生实事县民政局牵头', '县民政局'],
		['四、县城品质提升县住建局牵头，县城管局配合', '县住建局'],
		['五、县乡村三级医疗卫生服务体系建设县卫健局牵头', '县卫健局'],
		// 依法治县 is no unit's start (read 县委员会办公室, or the whole theme): the party committee's office, whole.
		['六、法治政府建设县委依法治县委员会办公室牵头', '县委依法治县委员会办公室'],
		['七、推进法治政府建设县委全面依法治县委员会办公室牵头', '县委全面依法治县委员会办公室'],
		// Its own place, party, company or body: one unit's name.
		['（一）清河县发改局牵头的工作', '清河县发改局'],
		['（一）江州市清河县发展和改革局牵头的工作', '江州市清河县发展和改革局'],
		['（一）中共清河县委办公室牵头的工作', '中共清河县委办公室'],
		['（一）县委县政府督查室牵头的工作', '县委县政府督查室'],
		['（一）市生态环境局县分局牵头的工作', '市生态环境局县分局'],
		['（一）旅游度假区管委会牵头的工作', '旅游度假区管委会'],
		['（一）巴里坤哈萨克自治县发改局牵头的工作', '巴里坤哈萨克自治县发改局'],
		// A reviewer: a city's bureau, then the county its branch serves (read 县分局, unknown-unit with a registry).
		['（一）江州市生态环境局清河县分局牵头的工作', '江州市生态环境局清河县分局'],
		// Words of the work after a body's last character are a theme (社会事业, 社会治理).
		['八、社会事业县教育局牵头', '县教育局'],
		['九、社会治理县司法局牵头', '县司法局'],
	]) {
		assert.deepEqual(lead(heading), { leads: [unit, unit], codes: [] }, heading);
	}
});

test('the next item stuck to a closing bracket: （二） after （一）\'s units', () => {
	// 黑龙江 2013: (二) was part of (一), which took its units, and (三) drew a number-gap warning.
	const text = '一、主要目标\n(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)\n(三)固定资产投资增长30%以上。(省发改委负责)\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => `${task.marker.number} ${task.units.map((unit) => `${unit.role}:${unit.name}`).join(' ')}`), ['1 lead:省发改委', '2 lead:省财政厅 other:省国税局 other:省地税局', '3 lead:省发改委']);
	assert.deepEqual(codes(findings), ['glued-item']);
	// Inside a sentence a bracketed number is no item: 按照(二)所列要求.
	assert.equal(check('(一)甲项任务，按照(二)所列要求推进。(省发改委负责)\n').notice.tasks.length, 1);
	// A task's own sub-points, of another style, stay its (review of round 11).
	const own = check('1.推进三项改造工作：(1)老旧小区改造完成100个。(2)棚户区改造完成2000套。(3)城中村改造启动5个。（牵头单位：市住建局）\n');
	assert.equal(own.notice.tasks.length, 1);
	assert.deepEqual(codes(own.findings), []);
});

test('pinyin glosses: ignored for reading and unit names, left in the text', () => {
	assert.deepEqual(findGlosses('經(jīng)開區(qū)管委會').length, 2);
	assert.equal(stripGlosses('湘西經(jīng)開區(qū)管委會'), '湘西經開區管委會');
	assert.equal(stripGlosses('(此件公开发布)'), '(此件公开发布)', 'a parenthesis without tones is no gloss');
	const text = '1.加大簡政放權力度。(牽(qiān)頭單位:州行政審批服務局;責任單位:州司法局、湘西經(jīng)開區(qū)管委會,6月底完成)\n';
	const { notice } = check(text);
	assert.deepEqual(notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:州行政審批服務局', 'responsible:州司法局', 'responsible:湘西經開區管委會']);
	assert.equal(notice.tasks[0].units[2].key, '湘西经开区管委会');
	assert.equal(notice.tasks[0].units[2].written, '湘西經(jīng)開區(qū)管委會');
	assert.ok(!notice.tasks[0].units[2].brokenAcrossLines);
	assert.equal(notice.text, text);
});

test('a parenthesis left open where an excerpt is cut off: no bracket finding, the missing lead only on that last task', () => {
	const text = '1.地区生产总值增长6%。(牵头单位:县发展和改革局)\n2.实施园区基础设施提升行动,加快推进管廊三期。(牵头单';
	const { findings } = check(text);
	assert.deepEqual(findings.map((finding) => `${finding.code}:${finding.args[0]}`), ['missing-lead:2']);
	assert.deepEqual(codes(check('1.甲（乙。\n牵头单位：市发改委\n').findings), ['unbalanced-bracket'], 'an open bracket inside the text is still said');
	// 武汉 2022's excerpt stops inside a unit's note: `责任单位:各区人民政府〈含开发区、`.
	assert.deepEqual(codes(check('1.甲。(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、').findings), [], 'nor an angle bracket a cut leaves open');
});

test('a note or deadline written inside a unit field names no unit', () => {
	const { notice } = check('1.甲。\n责任单位：市发改委、市财政局。各县区要按月报送进展情况。\n2.乙。（牵头单位：市商务局；责任单位：市财政局，6月底完成）\n3.丙。\n牵头单位：市住建局、持续推进\n');
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['市发改委', '市财政局'], ['市商务局', '市财政局'], ['市住建局']]);
});

test('stray spaces from PDF extraction inside names, labels and numbers', () => {
	const { notice, findings } = check('1 2.推进改革。\n牵头 单位：市 发改委\n1 3.扩大开放。\n牵头单位：市商务局\n');
	assert.deepEqual(notice.tasks.map((task) => task.marker.number), [12, 13]);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['市发改委'], ['市商务局']]);
	assert.deepEqual(findings.filter((finding) => finding.severity === 'error'), []);
});

test('a parenthesis a hard line break cuts (a PDF\'s paste) is read whole; its names are said broken, no lead is said missing', () => {
	// In our words, shaped like the wrapped copies of 辽宁 2025 and 南京 2021.
	const text =
		'一、推动经济运行\n' +
		'1.加快推进重大项目建设。〔省发展改革委、省数据局(省营商局)\n等按职责分工负责〕\n' +
		'2.稳住外贸外资基本盘。〔省\n商务厅、省财政厅等牵头,省直有关单位按职责分工负责〕\n' +
		'3.提升医疗服务能力。(市卫健委主办,市相关部门、江北新区\n管委会、各区政府协办)\n' +
		'4.优化营商环境。（牵头单位：市政务办；责任单位：市财政局、\n市商务局）。\n';
	const { notice, findings } = check(text);
	assert.deepEqual(
		notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)),
		[
			['responsible:省发展改革委', 'responsible:省数据局'],
			['lead:省商务厅', 'lead:省财政厅', 'responsible:省直有关单位'],
			['lead:市卫健委', 'other:市相关部门', 'other:江北新区管委会', 'other:各区政府'],
			['lead:市政务办', 'responsible:市财政局', 'responsible:市商务局'],
		],
	);
	assert.deepEqual(codes(findings).filter((code) => code !== 'lead-not-designated'), ['broken-unit-name', 'broken-unit-name']);
});

test('a parenthesis inside a parenthesis the line break cut is read as on one line, not again as the task\'s own (the fuzzer\'s: units out of source order)', () => {
	const task = (wrap: string) => `1.推进甲项工作（${wrap}（县发改局负责）、县财政局负责）\n2.推进乙项工作。（县水利局负责）\n`;
	const read = (text: string) => check(text).notice.tasks.map((item) => item.units.map((unit) => `${unit.role}:${unit.name}`));
	assert.deepEqual(read(task('\n')), read(task('')));
	assert.deepEqual(read(task('\n')), [['lead:县财政局'], ['lead:县水利局']]);
});

test('paragraphs whose parentheses of units a PDF\'s paste wraps carry units as unwrapped ones do', () => {
	const paragraph = (wrap: string) => `一、总体安排\n（一）推动经济稳定健康发展。\n发挥消费的基础作用，营造安全放心消费环境。（省发展${wrap}改革委、省财政厅、省商务厅、${wrap}省经济和信息化委、省金融办等负责）\n`;
	const read = (text: string) => check(text).notice.tasks.map((task) => task.units.map((unit) => unit.name));
	assert.deepEqual(read(paragraph('\n')), read(paragraph('')));
	assert.equal(read(paragraph('\n')).length, 1);
});

test('a PDF\'s page footer on a line of its own is passed over, even inside a unit list', () => {
	for (const footer of ['— 5 —', '- 5 -', '-5-', '— — — 3 —', '— ５ —', '第5页', '第 5 页 共 12 页']) {
		const text = `1.推进道路畅通工程。\n牵头单位:市住建局;责任单位:各县(\n\n${footer}\n\n市)区政府、高新区管委会\n${footer}\n2.抓好审批制度改革。\n牵头单位:市政务办;责任单位:市发改委\n`;
		const { notice, findings } = check(text);
		assert.deepEqual(
			notice.tasks.map((task) => [task.title, task.units.map((unit) => `${unit.role}:${unit.name}`)]),
			[
				['推进道路畅通工程。', ['lead:市住建局', 'responsible:各县(市)区政府', 'responsible:高新区管委会']],
				['抓好审批制度改革。', ['lead:市政务办', 'responsible:市发改委']],
			],
			footer,
		);
		assert.deepEqual(codes(findings), ['broken-unit-name'], footer);
	}
	// A row's number alone on its line is no footer: the table's rows are read.
	assert.equal(check('序号\n工作任务\n牵头单位\n1\n推进道路畅通工程\n市住建局\n2\n抓好审批制度改革\n市政务办\n').notice.tasks.length, 2);
});

test('a page footer inside a parenthesis of units the wrap cut is passed over: （市发改委、市财政局、 / — 2 — / 各区人民政府）', () => {
	const task = (list: string) => `一、扩大有效投资\n1.推进重大项目建设，全年加快建设。${list}\n2.促进消费扩容提质。（市商务局负责）\n`;
	const read = (text: string) => {
		const { notice, findings } = check(text);
		return { units: notice.tasks.map((t) => t.units.map((unit) => `${unit.role}:${unit.name}`)), codes: codes(findings) };
	};
	for (const footer of ['— 2 —', '—2—', '- 2 -', '第2页 共9页', '2', '— 2 —\n2025年市政府工作报告重点任务分解方案']) {
		for (const list of ['（市发改委、市财政局、\n#\n各区人民政府）', '（市发改委牵头，市财政局、\n#\n各区人民政府配合）', '（牵头单位：市发改委；责任单位：市财政局、\n#\n各区人民政府）']) {
			assert.deepEqual(read(task(list.replace('#', footer))), read(task(list.replace('\n#\n', ''))), `${list} ${footer}`);
		}
		const field = `1.推进重大项目建设。\n牵头单位：市发改委；责任单位：市财政局、\n${footer}\n各区人民政府\n`;
		assert.deepEqual(read(field).units, [['lead:市发改委', 'responsible:市财政局', 'responsible:各区人民政府']], footer);
	}
	// A bare number after a field whose sentence ended is no more of its value either.
	assert.deepEqual(read('1.推进重大项目建设。\n牵头单位：市发改委。\n2\n2.促进消费。\n牵头单位：市商务局\n').units, [['lead:市发改委'], ['lead:市商务局']]);
});

test('a page footer with blank lines around it inside a cut parenthesis, or after a task\'s line ending with a title\'s word, is passed over alone', () => {
	const read = (text: string) => {
		const { notice, findings } = check(text);
		return { units: notice.tasks.map((t) => t.units.map((unit) => `${unit.role}:${unit.name}`)), codes: codes(findings).filter((code) => code !== 'broken-unit-name') };
	};
	const cut = (wrap: string) => `1.新增市场主体1.2万户。(区市场${wrap}监管局、区工商联)\n2.城镇新增就业1万人。(区人社局)\n`;
	assert.deepEqual(read(cut('\n\n- 5 -\n\n')), read(cut('')));
	// `…税务总局等按职责分工` ends as a title does (方案, 分工): after a footer it is the task's line, no running header.
	const worded = (wrap: string) => `一、稳中求进\n（一）实施积极的财政政策，合理安排赤字规模，优化支出结构，加大对重点领域${wrap}的支持力度。（财政部牵头，国家发展改革委、人民银行、税务总局等按职责分工${wrap}负责）\n（二）稳健的货币政策要灵活适度。（人民银行牵头，财政部按职责分工负责）\n`;
	assert.deepEqual(read(worded('\n第 4 页\n')), read(worded('')));
	assert.deepEqual(read(worded('')).units[0], ['lead:财政部', 'responsible:国家发展改革委', 'responsible:人民银行', 'responsible:税务总局']);
});

test('white space a PDF\'s copy leaves at a line\'s end inside a cut parenthesis is no separator: （区人社  / 局、区财政局）', () => {
	const read = (text: string) => {
		const { notice, findings } = check(text);
		return { units: notice.tasks.map((t) => t.units.map((unit) => `${unit.role}:${unit.name}`)), codes: codes(findings).filter((code) => code !== 'broken-unit-name') };
	};
	const bare = (wrap: string) => `1.城镇新增就业1万人。(区人社${wrap}局、区财政局、各街道办事处)\n2.新建改建农村公路50公里。(区交通局)\n`;
	assert.deepEqual(read(bare('  \n')), read(bare('')));
	const worded = (wrap: string) => `（一）推进要素市场化配置改革。（国家发展改革委牵头，人力资源社${wrap}会保障部、科技部等按职责分工负责）\n`;
	assert.deepEqual(read(worded('  \n4\n')), read(worded('')));
});

test('a verb or 等和 a PDF\'s line break cuts still reads: （扶贫办、中央统战部负 / 责）', () => {
	const { notice, findings } = check('（一）鼓励有关部队积极参与消费扶贫。（扶贫办、中央统战部负\n责）\n（二）建立劳务对接机制。（扶贫办、商务部等\n  和各有关省级人民政府负责）\n');
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['扶贫办', '中央统战部'], ['扶贫办', '商务部', '各有关省级人民政府']]);
	assert.deepEqual(codes(findings), ['lead-not-designated', 'lead-not-designated']);
});

test('a PDF\'s long line of units goes on the list above; after it broken at 、, the next item is a task', () => {
	const text = '1.制定出台政策体系。\n责任单位:财政局、发改局、金融发展服务\n中心、服务业局、建设局、农业农村局、文化和广电旅游体育局、工商联\n2.全面落实政策。\n责任单位:发改局、经信局\n、服务业局、建设局、农业农村局、文化和广电旅游体育局、工商联、\n3.优化营商环境。\n责任单位:发改局\n';
	const { notice } = check(text);
	assert.deepEqual(notice.tasks.map((task) => [task.title, task.units.length]), [
		['制定出台政策体系。', 8],
		['全面落实政策。', 7],
		['优化营商环境。', 1],
	]);
	assert.equal(notice.tasks[0].units[2].name, '金融发展服务中心');
});

test('a unit list a PDF wraps every 38 characters, its long lines cut inside a name at both ends, keeps every unit', () => {
	const units = ['市发改委', '市教育局', '市科技局', '市工信局', '市公安局', '市民政局', '市司法局', '市财政局', '市人力社保局', '市自然资源局', '市生态环境局', '市住建局', '市交通运输局', '市水利局', '市农业农村局', '市商务局', '市文广旅局', '市卫健委', '市应急管理局', '市国资委', '市市场监管局', '市体育局', '市统计局', '市医保局', '各区人民政府'];
	const wrap = (line: string, width: number) => line.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n');
	for (const width of [34, 38, 40]) {
		const text = `1.持续优化政务服务。\n牵头单位：市政务办\n${wrap(`责任单位：${units.join('、')}`, width)}\n2.促进消费扩容提质。\n牵头单位：市商务局\n`;
		const { notice } = check(text);
		assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['市政务办', ...units], ['市商务局']], String(width));
	}
	// A line of prose after the list is no more of it, cut or not.
	const prose = check('1.持续优化政务服务。\n责任单位：市发改委、市财政局\n市商务局、各区人民政府、各有关部门要加强协调配合，统筹推进各项工作落实，确保\n取得实效。\n').notice;
	assert.deepEqual(prose.tasks[0].units.map((unit) => unit.name), ['市发改委', '市财政局']);
});

test('a value wording its roles (X牵头，Y配合) that a PDF\'s wrap breaks over lines, a page footer between, reads as unwrapped', () => {
	const task = (wrap: string) =>
		`1.提升城市精细化管理水平。\n部门分工：市城管局牵头，市大数据局、市住建局、市公${wrap}安局、市交通运输局配合\n2.加快推进城市更新行动。\n责任单位：市住建局牵头，市发改委、市财政局、市自然资源局、各${wrap}区人民政府配合\n3.全面落实减税降费政策。\n责任单位：市税务局、市财政局、${wrap}各区人民政府等按职责分工负责\n`;
	const read = (text: string) => {
		const { notice, findings } = check(text);
		return { units: notice.tasks.map((t) => t.units.map((unit) => `${unit.role}:${unit.name}`)), codes: codes(findings).filter((code) => code !== 'broken-unit-name') };
	};
	const plain = read(task(''));
	assert.deepEqual(plain.units, [
		['lead:市城管局', 'other:市大数据局', 'other:市住建局', 'other:市公安局', 'other:市交通运输局'],
		['lead:市住建局', 'other:市发改委', 'other:市财政局', 'other:市自然资源局', 'other:各区人民政府'],
		['responsible:市税务局', 'responsible:市财政局', 'responsible:各区人民政府'],
	]);
	for (const wrap of ['\n', '\n— 3 —\n']) {
		assert.deepEqual(read(task(wrap)), plain, JSON.stringify(wrap));
	}
});

test('roles worded in a task\'s prose (由A牵头，B、C配合。) that a PDF\'s wrap breaks over lines, a page footer between, read as unwrapped', () => {
	const task = (wrap: string) =>
		`1.大力提振消费。开展消费提振活动，发展首店经济、夜间经济。由市商务局牵头，市发改委、${wrap}市文广旅局、市市场监管局配合。\n2.扩大有效投资。谋划实施一批重大项目。由市发改委牵头，市财政局、市自然${wrap}资源局配合。\n`;
	const read = (text: string) => {
		const { notice, findings } = check(text);
		return { units: notice.tasks.map((t) => t.units.map((unit) => `${unit.role}:${unit.name}`)), codes: codes(findings).filter((code) => code !== 'broken-unit-name') };
	};
	const plain = read(task(''));
	assert.deepEqual(plain.units, [
		['lead:市商务局', 'other:市发改委', 'other:市文广旅局', 'other:市市场监管局'],
		['lead:市发改委', 'other:市财政局', 'other:市自然资源局'],
	]);
	for (const wrap of ['\n', '\n— 3 —\n', '\n3\n']) {
		assert.deepEqual(read(task(wrap)), plain, JSON.stringify(wrap));
	}
});

test('a short line of prose after a whole unit list is no more of it: 牵头单位：市发改委 / 各区要加强配合。', () => {
	const text = '1.推进项目建设。\n牵头单位：市发改委\n各区要加强配合。\n2.促进消费。\n牵头单位：市商务局；责任单位：市财政局、市统计局\n各区、各部门要加强协调配合，统筹推进。\n3.优化营商环境。\n牵头单位：市发改委、高新区管\n委会\n';
	const { notice, findings } = check(text, '市发改委\n市商务局\n市财政局\n市统计局\n高新区管委会\n');
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [
		['lead:市发改委'],
		['lead:市商务局', 'responsible:市财政局', 'responsible:市统计局'],
		['lead:市发改委', 'lead:高新区管委会'],
	]);
	assert.deepEqual(codes(findings), ['broken-unit-name']);
});

test('a zero-width space a web page leaves before a label or a name is white space', () => {
	const { notice, findings } = check('1.推进项目建设。\n牵头单位：\u200b市发改委；\u200b责任单位：各县区政府\n');
	assert.deepEqual(notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:市发改委', 'responsible:各县区政府']);
	assert.deepEqual(codes(findings), []);
});

test('a unit list plainly unfinished goes on past a blank line (a Word paste spacing every line)', () => {
	const text = '1.创建中欧班列汇集点。\n\n牵头单位:市商务局(开放平台建设)、陆港投资集团(中欧班列、\n\n争创国家陆路开放口岸)、邮政公司;责任单位:市交通局\n\n2.降低失业率。\n\n牵头单位:市人社局;责任单位:各\n\n县(市)区政府\n\n3.扩大开放。（牵头单位：市商务局；责任单位：市财政局、\n\n市发改委）\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => [task.title, task.units.map((unit) => `${unit.role}:${unit.name}`)]), [
		['创建中欧班列汇集点。', ['lead:市商务局', 'lead:陆港投资集团', 'lead:邮政公司', 'responsible:市交通局']],
		['降低失业率。', ['lead:市人社局', 'responsible:各县(市)区政府']],
		['扩大开放。', ['lead:市商务局', 'responsible:市财政局', 'responsible:市发改委']],
	]);
	// Only 各 / 县(市)区政府 is a name broken by the paste; the other breaks fall between names or inside a scope.
	assert.deepEqual(codes(findings), ['broken-unit-name']);
});

test('a bracket a PDF\'s line break leaves open in a task\'s text stays in it', () => {
	const { notice } = check('1.大力推进建设,完成6个项目(\n含续建)创建任务。\n牵头单位:市住建局\n');
	assert.equal(notice.tasks[0].text.replace(/\n/g, ''), '大力推进建设,完成6个项目(含续建)创建任务。');
});

test('a name a line break cut before its dash goes on the list (普陀山 / —朱家尖管委会); a dash heading has two dashes', () => {
	const { notice } = check('1.推动邮轮港常态化运营。\n责任单位:市文化和广电旅游体育局,各县(区)政府,普陀山\n—朱家尖管委会\n2.提升生态系统质量。\n牵头单位:市林业局\n——加快绿色发展\n3.推进节能降耗。\n牵头单位:市发改委\n');
	assert.deepEqual(notice.tasks[0].units.map((unit) => unit.name), ['市文化和广电旅游体育局', '各县(区)政府', '普陀山—朱家尖管委会']);
	assert.equal(notice.tasks[1].text.includes('加快绿色发展'), false, 'the dash heading is no part of the task above it');
});

test('a name a PDF\'s wrap cuts inside a worded parenthesis, before the next line\'s indentation, is one name', () => {
	const { notice } = check('1.推进重大项目建设。（市发改\n　　委牵头，市住建局配合）\n');
	assert.deepEqual(notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:市发改委', 'other:市住建局']);
	// After a whole name, the same break separates two.
	assert.deepEqual(check('1.推进重大项目建设。（市发改委\n　　市住建局负责）\n').notice.tasks[0].units.map((unit) => unit.name), ['市发改委', '市住建局']);
});

test('a PDF\'s line that starts with 分享 or 来源 as a word of the text is no page furniture (分享收益。…)', () => {
	const wrapped = (start: string) =>
		`（一）加强宣传推介。推介精品景点线路。（农业农村部、商务部负责）\n（二）完善利益机制。完善利益联结机制，切实保障贫困人口\n${start}发挥消费扶贫的带动作用。（农业农村部、财政部负责）\n（三）加大政策激励。支持开展消费扶贫示范。（财政部负责）\n`;
	for (const start of ['分享收益。', '来源于市场。', '抄送材料。']) {
		const { notice, findings } = check(wrapped(start));
		assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['农业农村部', '商务部'], ['农业农村部', '财政部'], ['财政部']], start);
		assert.deepEqual(codes(findings).filter((code) => code === 'missing-lead'), [], start);
	}
	// With its colon, or alone on its line, it is the page's furniture after the document: no part of the last task.
	for (const furniture of ['分享：', '分享到:', '来源：市政府办公室', '分享']) {
		const { notice } = check(`1.第一项。（市发改委负责）\n2.第二项。（市财政局负责）\n${furniture}\n`);
		assert.equal(notice.tasks[1].text, '第二项。（市财政局负责）', furniture);
	}
});

test('a label a PDF\'s wrap cuts in two, or from its colon, is read whole: its bracket closes on the next line', () => {
	const text = [
		'1.推进道路畅通工程，加快城市快速路建设。（牵头单',
		'位：市住建局；责任单位：市交通局）',
		'2.扩大开放。（牵头',
		'单位：市商务局）',
		'3.优化营商环境。',
		'牵头单',
		'位：市发改委',
		'4.地方公共预算收入增长32%。(牵头单位:县财政局;责',
		'任单位:县税务局,各镇人民政府)',
		'5.粮食产量稳定在23万吨。(责任领导:丁玲;牵头单位',
		':区农业农村局)',
		'6.做好无症状感染者的监测。[牵头单',
		'位:区卫健局;责任单位:各街办(',
		'新区)]',
		'',
	].join('\n');
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => [task.title, task.units.map((unit) => `${unit.role}:${unit.name}`)]), [
		['推进道路畅通工程，加快城市快速路建设。', ['lead:市住建局', 'responsible:市交通局']],
		['扩大开放。', ['lead:市商务局']],
		['优化营商环境。', ['lead:市发改委']],
		['地方公共预算收入增长32%。', ['lead:县财政局', 'responsible:县税务局', 'responsible:各镇人民政府']],
		['粮食产量稳定在23万吨。', ['lead:区农业农村局']],
		['做好无症状感染者的监测。', ['lead:区卫健局', 'responsible:各街办(新区)']],
	]);
	assert.equal(notice.tasks[4].leader?.text, '丁玲');
	assert.deepEqual(codes(findings).filter((code) => code !== 'broken-unit-name'), []);
});

test('a PDF\'s wrap inside a field\'s bracket: a scope left open closes first (县发改局(粮食局 / );…]); a bracket opened at a line\'s end before a label; a bare unit parenthesis cut', () => {
	const text = [
		'1.地区生产总值增长11%。[牵头单位:县发改局(粮食局',
		');责任单位:各镇人民政府,嘉鱼经济开发区]',
		'2.深入研究论证区级行政权力事项,分类实施取消或转变管理方式。(',
		'牵头单位:区司法局;责任单位:区政府有关部门)',
		'',
	].join('\n');
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => [task.title, task.units.map((unit) => `${unit.role}:${unit.name}`)]), [
		['地区生产总值增长11%。', ['lead:县发改局', 'responsible:各镇人民政府', 'responsible:嘉鱼经济开发区']],
		['深入研究论证区级行政权力事项,分类实施取消或转变管理方式。', ['lead:区司法局', 'responsible:区政府有关部门']],
	]);
	assert.deepEqual(codes(findings).filter((code) => code === 'unbalanced-bracket' || code === 'missing-lead'), []);
	// 镇海 2011: units alone in a parenthesis, cut before its close or inside a name, name them as the unwrapped one does.
	const bare = (wrap: string) => `1.区属固定资产投资总额增长12%。(区发改局${wrap})\n2.社会消费品零售总额增长15%。(区贸易粮食${wrap}局)\n`;
	const read = (source: string) => check(source).notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`));
	assert.deepEqual(read(bare('\n')), read(bare('')));
	assert.deepEqual(read(bare('')), [['lead:区发改局'], ['lead:区贸易粮食局']]);
	assert.deepEqual(codes(check(bare('\n')).findings).filter((code) => code === 'missing-lead'), []);
});

test('a deadline a PDF\'s wrap cuts inside its date goes on the next line (完成时限：2025 / 年12月底前）)', () => {
	const text = '1.推进道路畅通工程建设。（牵头单位：市住建局；完成时限：2025\n年12月底前）\n2.抓好审批制度改革。（牵头单位：市政务办；完成时限：2025年6\n月底前）\n3.扩大开放。\n牵头单位：市商务局\n完成时限：2025年\n12月底前\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => [task.title, task.text.includes('月底前')]), [
		['推进道路畅通工程建设。', false],
		['抓好审批制度改革。', false],
		['扩大开放。', false],
	]);
	assert.deepEqual(codes(findings), []);
});

test('a deadline cut before its 前 (2025年12月底 / 前）) or inside its words (持续 / 推进）), and the last task\'s label cut before its colon (完成时限 / ：2025年10月底前), read whole', () => {
	const text = '1.推进道路畅通工程建设。（牵头单位：市住建局；完成时限：2025年12月底\n前）\n2.守牢安全底线。（牵头单位：市住建局；完成时限：持续\n推进）\n3.完善养老服务体系。\n牵头单位：市民政局；责任单位：市卫健委、市医保局；完成时限\n：2025年10月底前\n';
	const { notice, findings } = check(text, '市住建局\n市民政局\n市卫健委\n市医保局\n');
	assert.deepEqual(notice.tasks.map((task) => [task.units.map((unit) => unit.name), task.deadline?.text]), [
		[['市住建局'], '2025年12月底前'],
		[['市住建局'], '持续推进'],
		[['市民政局', '市卫健委', '市医保局'], '2025年10月底前'],
	]);
	assert.deepEqual(codes(findings), []);
});

test('a deadline a PDF\'s wrap puts wholly after its label (完成时限： / 2025年12月底前) is the field\'s value', () => {
	const text = '1.推进道路畅通工程建设。（牵头单位：市住建局；完成时限：\n2025年12月底前）\n2.抓好审批制度改革。\n牵头单位：市政务办；完成时限：\n持续推进\n3.扩大开放。\n牵头单位：市商务局\n完成时限：\n2025年6月底前\n4.优化营商环境。\n牵头单位：市发改委\n完成时限：\n确保各项改革举措落实到位。\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => [task.title, task.deadline?.text ?? '']), [
		['推进道路畅通工程建设。', '2025年12月底前'],
		['抓好审批制度改革。', '持续推进'],
		['扩大开放。', '2025年6月底前'],
		// A sentence after an empty label is no time: the task's text.
		['优化营商环境。', ''],
	]);
	assert.deepEqual(codes(findings), []);
});

test('a unit list a PDF\'s wrap breaks after a comma, or inside a name before a long line, reads as unwrapped (徐州 2020 wrapped)', () => {
	const lines = (wrap: string) =>
		`1.加速发展总部经济。\n牵头单位:市商务局;责任单位:市发改委、工信局、科技局、地方金融监管局,${wrap}各县(市)区政府,徐州经开区、高新区管委会\n2.轨道交通2号线开通运营。\n牵头单位:轨道公司;责任单位:市住建局、城管局、交通局、生态环境局、公安${wrap}局,铜山区、鼓楼区、云龙区、泉山区政府,徐州经开区、高新区管委会\n`;
	const read = (text: string) => check(text).notice.tasks.map((task) => task.units.map((unit) => unit.name));
	assert.deepEqual(read(lines('\n')), read(lines('')));
	assert.equal(read(lines(''))[1].length, 12);
});

test('review of round 13: furniture with white space after its word; a cut label alone on its line leaves no text; a remark after a label in a bracket is no field', () => {
	const furniture = check('一、重点任务\n1.推进项目建设。\n牵头单位：市发改委\n责任单位：市财政局\n抄送 市委办公室。\n');
	assert.deepEqual(furniture.notice.tasks[0].units.map((unit) => unit.name), ['市发改委', '市财政局']);
	const alone = check('一、重点任务\n1.推进项目建设。\n牵头单\n位：市住建局；责任单位：市交通局\n');
	assert.equal(alone.notice.tasks[0].text.replace(/\s/g, ''), '推进项目建设。');
	assert.deepEqual(alone.notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:市住建局', 'responsible:市交通局']);
	const remark = check('一、重点任务\n1.推进项目建设。（牵头单位：市发改委）（配合单位 如有调整另行通知）\n2.加强监管（责任单位 各区政府要落实）。牵头单位：市市场监管局\n');
	assert.deepEqual(remark.notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['市发改委'], ['市市场监管局']]);
	assert.deepEqual(codes(remark.findings), []);
});

test('second review of round 13: a deadline goes on only with the rest of its date; a unit line after a note-bearing name; 分享 with a space is no furniture', () => {
	const prose = check('1.推进老旧小区改造。\n牵头单位：市住建局\n完成时限：2025年\n12月底前完成全部改造任务，惠及居民3000户。\n2.加强监管。\n牵头单位：市市场监管局\n');
	assert.match(prose.notice.tasks[0].text, /惠及居民3000户/);
	const list = check('1.推进项目建设。\n牵头单位：市发改委\n责任单位：市财政局、市商务局（负责资金保障）\n市自然资源和规划局、市生态环境局、市住建局、市交通运输局、市水利局、市文广旅局\n');
	// The long line goes on the list, its first name too (round 14: a line break after a note ends a name).
	assert.ok(['市商务局', '市自然资源和规划局', '市生态环境局', '市水利局', '市文广旅局'].every((name) => list.notice.tasks[0].units.some((unit) => unit.name === name)));
	const spaced = check('1.推进项目建设，促进共享经济和\n分享 经济发展。牵头单位：市发改委\n');
	assert.deepEqual(spaced.notice.tasks[0].units.map((unit) => unit.name), ['市发改委']);
	assert.deepEqual(codes(spaced.findings).filter((code) => code === 'missing-lead'), []);
});

test('review of round 14: a label in lenticular brackets a wrap cut before its colon (【牵头单位】 / ：市发改委)', () => {
	const { notice, findings } = check('一、经济发展\n1.推进产业升级【牵头单位】\n：市发改委\n2.加快城市更新【牵头单位】市住建局\n');
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [['lead:市发改委'], ['lead:市住建局']]);
	assert.deepEqual(codes(findings), []);
});

test('a label spaced to the width of the others, as a form aligns it (责 任 人：, 牵 头 单 位：, 时 间 节 点：), is a label; gaps of two widths are not', () => {
	const text = '1.推进改革。\n牵 头 单 位：市发改委；责 任 人：张三\n时 间 节 点：2020年底\n2.扩大开放。\n牵头单位：市商务局\n责　任　人：李四\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [['lead:市发改委'], ['lead:市商务局']]);
	assert.deepEqual(notice.tasks.map((task) => task.fields.map((field) => field.role)), [['lead', 'leader', 'deadline'], ['lead', 'leader']]);
	assert.deepEqual(findings.filter((finding) => finding.severity !== 'information'), [], 'no unit named 责任人：张三, no task without a lead');
	assert.deepEqual(findLabels('责 任  人：张三'), [], 'one space, then two: no label');
	assert.deepEqual(findLabels('责任     人：张三'), [], 'a gap wider than four: no label');
});

test('the last task\'s field bracket a wrap left open (（牵头单位：市发改委；完成时限： / 持续推进）) goes on to its close: no unbalanced bracket (a tester\'s re-laid corpus notice)', () => {
	const { notice, findings } = check('1.完善相关投入机制。（牵头单位：市发改委）\n2.全面完成预期目标。（牵头单位：市发改委；完成时限：\n持续推进）\n');
	assert.deepEqual(codes(findings), []);
	assert.ok(notice.text.slice(notice.tasks[1].start, notice.tasks[1].end).endsWith('持续推进）'));
});

test('a parenthesis of units a PDF\'s wrap cut inside a bracket of its own (各街道(功能区 / )配合）, 市财政( / 地税)局) still names its units: no missing lead (a tester\'s re-laid corpus 07 and 10)', () => {
	const worded = check('1.及时承接落实行政权力事项。（区政府办公室牵头，区政府有关部门、各街道(功能区\n)配合）\n2.严格落实行政许可设定审查制度。（区司法局牵头，区政府有关部门配合）\n');
	assert.deepEqual(codes(worded.findings), []);
	assert.deepEqual(worded.notice.tasks[0].units.filter((unit) => unit.role === 'lead').map((unit) => unit.name), ['区政府办公室']);
	const responsible = check('1.推进政府治理数字化转型。（市数据局负责）\n2.全面完成预期目标。（市发改委、市农办、市财政(\n地税)局、市商务局负责）\n');
	assert.ok(!codes(responsible.findings).includes('missing-lead'));
	assert.deepEqual(responsible.notice.tasks[1].units.map((unit) => unit.name), ['市发改委', '市农办', '市财政(地税)局', '市商务局']);
});

test('the notice\'s title repeated as a page\'s header after a footer is passed over whatever its last word (…任务分解表, 关于印发…的通知): in a parenthesis, a name, a label\'s value, a task\'s text, after a group line (a tester\'s)', () => {
	const read = (text: string) => {
		const { notice, findings } = check(text);
		const rows = buildTaskTable([{ uri: 'file:///w/a.txt', name: 'a', notice, findings, directory: undefined }]).rows.flatMap((row) => (row.kind === 'task' ? [row] : []));
		return { tasks: rows.map((row) => [row.text, ...[row.lead, row.responsible, row.other].map((units) => units.map((unit) => unit.name).join('、'))]), codes: codes(findings).filter((code) => code !== 'broken-unit-name') };
	};
	const bodies = [
		'1.新建高标准农田2万亩。（区农业农村局牵头，区水利局配合）\n2.培育农业龙头企业3家。（区农业农村局#牵头负责）\n3.抽检食品4000批次。（区市场监管局负责）\n',
		'1.新建全民健身中心1个。（区#文体局牵头，各街道办事处配合）\n2.抽检食品4000批次。（区市场监管局负责）\n',
		'1.新建高标准农田2万亩。\n牵头单位：区农业农村局；责任单位：区水#利局\n2.培育农业龙头企业3家。\n牵头单位：区农业农村局\n',
		'1.新建高标准农田2万亩。（区农业农村局牵头，区水利局配合）\n2.培育农业龙头企业3家。#（区农业农村局牵头负责）\n',
		'1.新建城西第三小学。\n以上任务由区教育局牵头，区财政局配合。#2.建成区医院急诊楼。\n牵头单位：区卫健局；责任单位：区医保局\n',
	];
	for (const title of ['城西区2024年重点工作任务分解表', '关于印发城西区民生实事任务分工的通知']) {
		for (const body of bodies) {
			const unwrapped = read(`${title}\n${body.replace('#', body.includes('。#') ? '\n' : '')}`);
			assert.deepEqual(read(`${title}\n${body.replace('#', `\n— 3 —\n${title}\n`)}`), unwrapped, `${title} ${body}`);
			assert.deepEqual(unwrapped.codes, [], body);
		}
	}
});

test('a worded unit parenthesis wrapped one unit a line over seven lines or more is read whole when every line is units (a probe\'s: a false missing-lead past a PDF cut\'s reach)', () => {
	const lines = ['区财政局、', '区自然资源局、', '区住建局、', '区交通局、', '区水务局、', '区生态环境局、'];
	const text = `1.推进重大项目建设。（区发改委牵头，${lines.join('\n')}\n区应急局配合）\n2.加快产业园区建设。（区发改委）\n`;
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [
		['lead:区发改委', ...lines.map((line) => `other:${line.slice(0, -1)}`), 'other:区应急局'],
		['lead:区发改委'],
	]);
	assert.deepEqual(codes(findings), []);
	// Under a framing heading the item is a task as a shorter one is.
	const framed = check(`一、主要目标\n1.经济增长7.5%。（区发改委牵头，${lines.join('\n')}\n区应急局配合）\n2.扩大有效投资。（区发改委牵头，区财政局配合）\n`);
	assert.deepEqual(framed.notice.tasks.map((task) => task.marker.number), [1, 2]);
	assert.deepEqual(codes(framed.findings), []);
	// Never closed: the bracket is told unbalanced and swallows no later task (its first line's lead is read, as a
	// labelled bracket's fields are); a line of prose among the units reads as before.
	const open = check(`1.推进重大项目建设。（区发改委牵头，${lines.join('\n')}\n区应急局配合\n2.加快产业园区建设。（区发改委）\n3.推进老旧小区改造。（区住建局）\n`);
	assert.deepEqual(open.notice.tasks.map((task) => task.units.map((unit) => unit.name)), [['区发改委'], ['区发改委'], ['区住建局']]);
	assert.ok(codes(open.findings).includes('unbalanced-bracket'));
	const prose = check(`1.推进重大项目建设。（区发改委牵头，${lines.slice(0, 3).join('\n')}\n加快推进前期工作，\n${lines.slice(3).join('\n')}\n区应急局配合）\n2.加快产业园区建设。（区发改委）\n`);
	assert.deepEqual(prose.notice.tasks[0].units, []);
});
