import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHECK_CODES, checkDescription } from '../../server/src/core/checks/checkTable';
import { KeptTaskFindings } from '../../server/src/core/checks/keptTaskFindings';
import { readNotice, rereadNotice } from '../../server/src/core/model/noticeReading';
import type { Notice } from '../../server/src/core/model/types';
import { check, codes, engine } from '../support/engine';
import { MESSAGES } from '../../server/src/core/messages/messageTable';

const REGISTRY = '市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n市经信局 -> 市工信局\n';

function only(code: string, text: string, registry?: string) {
	return check(text, registry).findings.filter((finding) => finding.code === code);
}

test('every code has both messages and what it is for, in one sentence and in full', () => {
	for (const code of CHECK_CODES) {
		assert.ok(MESSAGES[code]['zh-cn'].length > 0 && MESSAGES[code].en.length > 0, code);
		for (const locale of ['zh-cn', 'en'] as const) {
			const summary = checkDescription(code, 'summary', locale);
			assert.ok(summary.length > 0 && checkDescription(code, 'details', locale).length > summary.length, `${code} ${locale}`);
		}
	}
});

test('missing-lead: a task that designates no lead by any way, not one with', () => {
	const text = '1.甲。\n牵头单位：市发改委\n2.乙。\n3.丙。\n牵头单位：\n4.丁。\n责任单位：市财政局\n';
	const findings = only('missing-lead', text);
	assert.deepEqual(findings.map((finding) => finding.args[0]), ['2', '3'], 'no units at all, or an empty 牵头单位; a single responsible unit leads');
	assert.equal(text.slice(findings[1].span.start, findings[1].span.end), '牵头单位', 'an empty label is underlined');
});

test('lead-not-designated: units listed, no lead and no convention; information, not an error', () => {
	const text = '1.甲。\n责任单位：市财政局、市商务局\n2.乙。（市发改委、市财政局负责）\n3.丙。\n牵头单位：市发改委\n';
	const { findings } = check(text);
	const soft = findings.filter((finding) => finding.code === 'lead-not-designated');
	assert.deepEqual(soft.map((finding) => [finding.args[0], finding.severity]), [['1', 'information'], ['2', 'information']]);
	assert.deepEqual(codes(findings).filter((code) => code === 'missing-lead'), []);
	assert.deepEqual(only('lead-not-designated', `列第一位者为牵头单位。\n${text}`), [], 'the convention designates the first');
});

test('unknown-unit: only with a registry; aliases and catalog names are known; suggestions', () => {
	const text = '1.甲。\n牵头单位：市发改委；责任单位：市发展改革委、市财正局、各县(市)区政府\n';
	assert.deepEqual(only('unknown-unit', text), [], 'silent without a registry');
	const findings = only('unknown-unit', text, REGISTRY);
	assert.deepEqual(findings.map((finding) => finding.args[0]), ['市财正局']);
	assert.deepEqual(findings[0].suggestions?.[0], '市财政局');
});

test('renamed-unit: the registry names the successor', () => {
	const findings = only('renamed-unit', '1.甲。\n牵头单位：市经信局\n', REGISTRY);
	assert.deepEqual(findings.map((finding) => finding.args), [['市经信局', '市工信局']]);
	assert.deepEqual(only('unknown-unit', '1.甲。\n牵头单位：市工信局\n', REGISTRY), [], 'a successor named only after the arrow is known');
});

test('renamed-unit: not on a unit whose renames lead back to it (the registry\'s cycle is its own finding)', () => {
	const registry = '县科技局 -> 县科学技术局\n县科学技术局 -> 县科技局\n县教育局 -> 县科学技术局\n';
	assert.deepEqual(only('renamed-unit', '1.甲。\n牵头单位：县科技局\n', registry), [], 'not "县科技局 has been renamed 县科技局"');
	const chained = only('renamed-unit', '1.甲。\n牵头单位：县教育局\n', registry);
	assert.deepEqual(chained.map((finding) => finding.args[0]), ['县教育局'], 'a unit outside the cycle is still renamed into it');
});

test('duplicate-number: the second use, pointing at the first', () => {
	const findings = only('duplicate-number', '1.甲。\n牵头单位：市发改委\n2.乙。\n牵头单位：市发改委\n2.丙。\n牵头单位：市发改委\n');
	assert.equal(findings.length, 1);
	assert.equal(findings[0].args[0], '2');
	assert.equal(findings[0].related.length, 1);
	assert.deepEqual(only('duplicate-number', '一、甲\n1.子。\n牵头单位：市发改委\n二、乙\n1.子。\n牵头单位：市发改委\n'), [], 'numbering restarts per section');
});

test('duplicate-number and number-gap: numbered lines carrying no task are no task list (奉化 2022)', () => {
	// A progress table read as text: each row's 下步举措 cell numbers its measures from 1.
	const table = '目标任务\n牵头单位\n下步举措\n居民收入稳步增长。\n发改局\n1.强化帮扶。\n2.增加收入。\n完成能源指标。\n发改局\n1.加强监测。\n3.深挖潜力。\n';
	assert.deepEqual(only('duplicate-number', table), []);
	assert.deepEqual(only('number-gap', table), []);
	// Headings over tasks are still numbered: 一、 twice is a duplicate.
	const headings = '一、甲\n1.子。\n牵头单位：市发改委\n一、乙\n1.子。\n牵头单位：市发改委\n';
	assert.deepEqual(only('duplicate-number', headings).map((finding) => finding.args[0]), ['一']);
});

test('number-gap: skipped and out of order, not after a duplicate', () => {
	const text = (numbers: number[]) => numbers.map((n) => `${n}.项。\n牵头单位：市发改委\n`).join('');
	assert.deepEqual(only('number-gap', text([1, 2, 4])).map((finding) => finding.args), [['3', '4']]);
	assert.deepEqual(only('number-gap', text([1, 3, 2, 4])).map((finding) => finding.args), [['2', '3'], ['4', '2']]);
	assert.deepEqual(only('number-gap', text([1, 2, 2, 3])), []);
	// One mistake said once: the number an item has by its place is no gap (a duplicate's or a gap's next).
	assert.deepEqual(only('number-gap', text([1, 2, 3, 3, 5])), []);
	assert.deepEqual(only('number-gap', text([1, 2, 3, 6, 5])).map((finding) => finding.args), [['4', '6']]);
	assert.deepEqual(only('number-gap', text([1, 2, 3, 3, 6])).map((finding) => finding.args), [['4', '6']]);
	assert.deepEqual(only('number-gap', text([1, 2, 3])), []);
});

test('number-gap: a block pasted out of place is told where the order breaks and where it goes back, not on every item after', () => {
	const text = (numbers: number[]) => numbers.map((n) => `${n}.项。\n牵头单位：市发改委\n`).join('');
	// Tasks 6 and 7 pasted after 2 (a clerk's session): 4 after 3 and 5 after 4 are in order.
	assert.deepEqual(only('number-gap', text([1, 2, 6, 7, 3, 4, 5, 8])).map((finding) => finding.args), [['3', '6'], ['8', '3']]);
	// Tasks 30–34 of 35 pasted after 3: two findings, not one on each of 4–29.
	const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
	const moved = [...range(1, 3), ...range(30, 34), ...range(4, 29), 35];
	assert.deepEqual(only('number-gap', text(moved)).map((finding) => finding.args), [['4', '30'], ['35', '4']]);
	// A duplicate stays one, and the number after it that follows it is in order.
	assert.deepEqual(only('duplicate-number', text([1, 2, 3, 2, 3, 4])).map((finding) => finding.args[0]), ['2', '3']);
	assert.deepEqual(only('number-gap', text([1, 2, 3, 2, 3, 4])), []);
});

test('number-gap and duplicate-number write the numbers as the list does: 二 after 一、 and （一）, ② after ①', () => {
	const args = (code: string, text: string) => only(code, text).map((finding) => finding.args);
	assert.deepEqual(args('number-gap', '一、甲\n1.子。\n牵头单位：市发改委\n三、乙\n2.子。\n牵头单位：市发改委\n'), [['二', '三']]);
	assert.deepEqual(args('number-gap', '（一）甲\n1.子。\n牵头单位：市发改委\n（三）乙\n2.子。\n牵头单位：市发改委\n'), [['二', '三']]);
	assert.deepEqual(args('number-gap', '①甲。\n牵头单位：市发改委\n③乙。\n牵头单位：市发改委\n'), [['②', '③']]);
	assert.deepEqual(args('number-gap', '1.甲。\n牵头单位：市发改委\n3.乙。\n牵头单位：市发改委\n'), [['2', '3']]);
	assert.deepEqual(args('duplicate-number', '一、甲\n1.子。\n牵头单位：市发改委\n一、乙\n2.子。\n牵头单位：市发改委\n').map((found) => found[0]), ['一']);
});

test('a task is named as the notice numbers it: missing-lead, lead-not-designated and empty-task under （二） say 二', () => {
	const args = (code: string, text: string) => only(code, text).map((finding) => finding.args);
	assert.deepEqual(args('missing-lead', '（一）甲。\n牵头单位：市发改委\n（二）乙。\n'), [['二']]);
	assert.deepEqual(args('lead-not-designated', '（一）甲。\n牵头单位：市发改委\n（二）乙。\n责任单位：市财政局、市商务局\n'), [['二']]);
	assert.deepEqual(args('empty-task', '（一）甲。\n牵头单位：市发改委\n（二）\n（三）丙。\n牵头单位：市发改委\n'), [['二']]);
	assert.deepEqual(args('missing-lead', '1.甲。\n牵头单位：市发改委\n2.乙。\n'), [['2']]);
});

test('number-gap: a notice continuing an earlier part opens past 1; the numbers after its first are checked', () => {
	// A notice published in two parts: part two opens at （六） and task 116 (武汉 2023 分解方案（下）, in our words).
	const continued = '（六）推动绿色转型\n116.开展长江保护行动。（牵头单位：市生态环境局）\n117.推进污染防治。（牵头单位：市生态环境局）\n（七）保障民生\n118.稳定就业。（牵头单位：市人社局）\n';
	assert.deepEqual(only('number-gap', continued), []);
	const skipped = continued.replace('118.', '120.');
	assert.deepEqual(only('number-gap', skipped).map((finding) => finding.args), [['118', '120']]);
	// Lists restarting under each section: only the first may open past 1.
	const restarting = '一、甲\n3.子。\n牵头单位：市发改委\n4.子。\n牵头单位：市发改委\n二、乙\n1.子。\n牵头单位：市发改委\n三、丙\n2.子。\n牵头单位：市发改委\n';
	assert.deepEqual(only('number-gap', restarting).map((finding) => finding.args), [['1', '2']]);
});

test('glued-item: the next number inside a line, recovered as an item', () => {
	const { notice, findings } = check('1.甲。\n责任单位：市发改委、市府办2.乙事项推进。\n责任单位：市府办\n');
	assert.deepEqual(codes(findings).filter((code) => code === 'glued-item'), ['glued-item']);
	assert.equal(notice.tasks.length, 2);
	assert.deepEqual(notice.tasks[0].units.map((unit) => unit.name), ['市发改委', '市府办']);
	assert.deepEqual(only('glued-item', '1.增长2.5%。\n牵头单位：市发改委\n2.第2、3号线。\n牵头单位：市发改委\n'), [], 'decimals and lists of numbers are not glued items');
});

test('unit-variant: dash spellings and a single 委 among many 局', () => {
	const many = Array.from({ length: 4 }, (_, i) => `${i + 1}.项。\n牵头单位：市经信局\n`).join('');
	const findings = only('unit-variant', `${many}5.项。\n牵头单位：市经信委\n6.项。\n牵头单位：普陀山—朱家尖管委会\n7.项。\n牵头单位：普陀山-朱家尖管委会\n`);
	assert.deepEqual(findings.map((finding) => finding.args[0]), ['市经信委', '普陀山-朱家尖管委会']);
	assert.deepEqual(findings[0].suggestions, ['市经信局']);
	assert.deepEqual(only('unit-variant', '1.项。\n牵头单位：市水利局\n2.项。\n牵头单位：市水务局\n'), [], 'different bodies with similar names');
	assert.deepEqual(only('unit-variant', '1.项。\n牵头单位：市建委\n2.项。\n牵头单位：市建局\n'), [], '委/局 alone needs a frequent spelling');
});

test('unit-variant: two names of one body by the catalog', () => {
	const findings = only('unit-variant', '1.项。\n牵头单位：市发改委\n2.项。\n牵头单位：市发改委\n3.项。\n牵头单位：市发展和改革委员会\n');
	assert.deepEqual(findings.map((finding) => finding.args.slice(0, 2)), [['市发展和改革委员会', '市发改委']]);
});

test('count-mismatch: the cover letter count against the body', () => {
	const body = '1.甲。\n牵头单位：市发改委\n2.乙。\n牵头单位：市发改委\n';
	assert.deepEqual(only('count-mismatch', `现将3项重点任务印发。\n${body}`).map((finding) => finding.args), [['3', '2']]);
	assert.deepEqual(only('count-mismatch', `现将二项重点任务印发。\n${body}`), []);
	// 平顶山 2013: the letter counts its headings (八项重点工作 = 一、…八、), the tasks are the items under them.
	const sections = '一、加快产业转型\n1.甲。\n牵头单位：市发改委\n2.乙。\n牵头单位：市发改委\n二、保障民生\n3.丙。\n牵头单位：市民政局\n';
	assert.deepEqual(only('count-mismatch', `市政府要做好的2项重点工作分解如下。\n${sections}`), []);
	assert.deepEqual(only('count-mismatch', `市政府要做好的4项重点工作分解如下。\n${sections}`).map((finding) => finding.args), [['4', '3']]);
	// A letter announcing three lists (three attachments) announces no one count for the body.
	assert.deepEqual(only('count-mismatch', `明确133项具体任务;细化15项具体任务;明确40项具体任务。\n${body}`), []);
	assert.deepEqual(only('count-mismatch', `明确3项具体任务，共3项任务。\n${body}`).map((finding) => finding.args), [['3', '2']]);
	// A part counted in 件, a part not counted, a slogan's count in quotes: no count of the list (a tester's).
	const four = `${body}3.丙。\n牵头单位：市发改委\n4.丁。\n牵头单位：市发改委\n`;
	assert.deepEqual(only('count-mismatch', `现将3项重点工作和1件民生实事分解如下。\n${four}`), []);
	assert.deepEqual(only('count-mismatch', `现将主要预期目标和3项重点工作任务分解如下。\n${four}`), []);
	assert.deepEqual(only('count-mismatch', `为贯彻县委“十项重点工作”部署，现将目标任务分解如下。\n${body}`), []);
	assert.deepEqual(only('count-mismatch', `为深入推进社会矛盾化解、社会管理创新、公正廉洁执法三项重点工作，现将任务分解如下。\n${body}`), []);
	// Two parts of one list, each counted (a tester's false alarm: 2 + 2 is the body's 4).
	assert.deepEqual(only('count-mismatch', `现将2项主要预期目标和2项重点工作任务分解如下。\n${body}3.丙。\n牵头单位：市发改委\n4.丁。\n牵头单位：市发改委\n`), []);
});

test('table-not-read: a table header whose rows no reader reads is said once, at the header; a table read is not', () => {
	// 芜湖 2020: the rows carry no number under 序号; they read as no task, and nothing said so.
	const unread = '附件\n序号\n目标与任务\n牵头责任单位\n责任单位\n加快推进国土空间规划编制。\n市自然资源和规划局\n各县(市)区政府\n';
	const findings = only('table-not-read', unread);
	assert.equal(findings.length, 1);
	assert.equal(unread.slice(findings[0].span.start, findings[0].span.end).split('\n')[0], '序号');
	assert.deepEqual(only('table-not-read', '序号\t工作任务\t牵头单位\n1\t推进重点项目建设。\t市发改委\n'), []);
	assert.deepEqual(only('table-not-read', '1.甲。\n牵头单位：市发改委\n'), []);
});

test('duplicate-unit: the same unit twice in a task, but not with two scopes, nor the lead restated among the responsible units', () => {
	assert.deepEqual(only('duplicate-unit', '1.甲。\n牵头单位：市发改委；配合单位：市财政局、市发改委\n').map((finding) => finding.args[0]), ['市发改委']);
	assert.deepEqual(only('duplicate-unit', '1.甲。\n牵头单位：市发改委；责任单位：市发改委、市财政局、市发改委\n').map((finding) => finding.args[0]), ['市发改委']);
	assert.deepEqual(only('duplicate-unit', '1.甲。\n责任单位：市财政局、市发改委；牵头单位：市发改委、市发改委\n').map((finding) => finding.args[0]), ['市发改委']);
	// 莲都 2023: its 责任单位 column lists every unit, the lead too, and its 牵头单位 column after it names the lead (13 warnings on 14 rows).
	assert.deepEqual(only('duplicate-unit', '1.甲。\n牵头单位：区发改局\n责任单位：区农业农村局、区发改局\n2.乙。\n牵头单位：区发改局\n责任单位：区发改局\n'), []);
	// A long list (over sixteen units, looked up by key): the same.
	const many = Array.from({ length: 20 }, (_, i) => `市第${i + 1}局`);
	assert.deepEqual(only('duplicate-unit', `1.甲。\n牵头单位：${many.join('、')}\n责任单位：${[...many, '市第3局'].join('、')}\n`).map((finding) => finding.args[0]), ['市第3局']);
	assert.deepEqual(only('duplicate-unit', `1.甲。\n责任单位：${many.join('、')}\n牵头单位：${many.slice(0, 5).join('、')}\n配合单位：市第7局\n`).map((finding) => finding.args[0]), ['市第7局']);
	assert.deepEqual(only('duplicate-unit', '序号 | 事项 | 责任单位 | 牵头单位 |\n1 | 地区生产总值增长6.5%以上。 | 区农业农村局、区发改局 | 区发改局 |\n2 | 固定资产投资增长25%。 | 区发改局 | 区发改局 |\n'), []);
	assert.deepEqual(only('duplicate-unit', '1.甲。\n牵头单位：市发改委(项目)、发改委(招商)\n'), []);
});

test('unbalanced-bracket, empty-task, empty-field, broken-unit-name', () => {
	assert.deepEqual(only('unbalanced-bracket', '1.甲（乙。\n牵头单位：市发改委\n').map((finding) => finding.args[0]), ['（']);
	assert.deepEqual(only('unbalanced-bracket', '1.甲（乙)。\n牵头单位：市发改委\n'), [], 'mixed widths pair up');
	assert.deepEqual(only('empty-task', '1.甲。\n牵头单位：市发改委\n2.\n3.丙。\n牵头单位：市发改委\n').map((finding) => finding.args[0]), ['2']);
	assert.deepEqual(only('empty-field', '1.甲。\n牵头单位：市发改委；责任单位：\n').map((finding) => finding.args[0]), ['责任单位']);
	assert.deepEqual(only('broken-unit-name', '1.甲。\n牵头单位：市发改委；责任单位：各县(市)区\n政府\n').map((finding) => finding.args[0]), ['各县(市)区政府']);
});

test('a unit field or cell that says the task has none (无, /, —) is no unit and no empty field; an empty 牵头单位 or one saying 无 is a missing lead', () => {
	// A table's 配合单位 column writes 无 or / where a task needs no other unit: the registry has no 无.
	for (const none of ['无', '暂无', '/', '／', '—', '——', '无。']) {
		const text = `1.甲。\n牵头单位：市发改委；配合单位：${none}\n`;
		assert.deepEqual(check(text, REGISTRY).findings.map((finding) => finding.code), [], none);
		assert.deepEqual(check(text).notice.tasks[0].units.map((unit) => unit.name), ['市发改委'], none);
	}
	const table = '序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n1\n\n全面加强审计工作。\n\n市财政局\n\n无\n\n2\n\n做好统计工作。\n\n市商务局\n\n/\n';
	assert.deepEqual(check(table, REGISTRY).findings.map((finding) => finding.code), [], 'cells');
	assert.deepEqual(only('empty-field', '1.甲。\n牵头单位：市发改委；责任单位：\n').length, 1, 'a field left empty still is');
	assert.deepEqual(only('missing-lead', '1.甲。\n牵头单位：无；配合单位：市财政局\n').map((finding) => finding.args[0]), ['1']);
	// A name holding the word is a name: 无锡市 is a city.
	assert.deepEqual(check('1.甲。\n牵头单位：无锡市政府\n').notice.tasks[0].units.map((unit) => unit.name), ['无锡市政府']);
});

test('severity overrides: change and silence', () => {
	const notice = engine.parseNotice('1.甲。\n牵头单位：\n');
	assert.equal(engine.check(notice, undefined, { 'missing-lead': 'warning' })[0].severity, 'warning');
	assert.deepEqual(engine.check(notice, undefined, { 'missing-lead': 'off' }), []);
});

test('a report (no units anywhere, no breakdown words) has no missing-lead', () => {
	assert.deepEqual(only('missing-lead', '（一）稳增长\n发挥投资关键作用。\n（二）强产业\n著力提升产业素质。\n'), []);
});

test('unit-variant: identities kept from one check to the next follow the registries (an open notice keeps them)', () => {
	// 市经信局 and 市数据局 are one registry unit under two names: variants with the registry, two units without it.
	const text = '1.项。\n牵头单位：市经信局\n2.项。\n牵头单位：市经信局\n3.项。\n牵头单位：市数据局\n';
	const kept = new KeptTaskFindings();
	const notice = engine.parseNotice(text);
	const variants = (registry: string | undefined) => {
		const directory = registry === undefined ? undefined : engine.createDirectory([engine.parseRegistry(registry, 'file:///units.units.txt')]);
		const found = engine.check(notice, directory, undefined, kept).filter((finding) => finding.code === 'unit-variant');
		assert.deepEqual(found, engine.check(notice, directory).filter((finding) => finding.code === 'unit-variant'), 'kept identities give what fresh ones give');
		return found.map((finding) => finding.args[0]);
	};
	assert.deepEqual(variants('市经信局 = 市数据局\n'), ['市数据局']);
	assert.deepEqual(variants(undefined), []);
	assert.deepEqual(variants('市经信局 = 市数据局\n'), ['市数据局']);
	assert.deepEqual(variants('市经信局\n市数据局\n'), []);
});

test('unit-variant: an open notice counts spellings by the tasks an edit read again; a variant typed in, in a task or a heading, is found, and gone once undone', () => {
	const many = Array.from({ length: 4 }, (_, i) => `${i + 1}.项。\n牵头单位：市经信局\n`).join('');
	const base = `一、甲类\n${many}5.项。\n牵头单位：市商务局\n（一）市财政局牵头的工作\n6.项。\n`;
	const kept = new KeptTaskFindings();
	let reading = readNotice(base, engine.memo);
	let text = base;
	const variants = () => {
		const found = engine.check(reading.notice, undefined, undefined, kept).filter((finding) => finding.code === 'unit-variant');
		assert.deepEqual(found, engine.check(readNotice(text, engine.memo).notice, undefined).filter((finding) => finding.code === 'unit-variant'));
		return found.map((finding) => finding.args[0]);
	};
	const replace = (from: string, to: string) => {
		const at = text.indexOf(from);
		const range = { start: reading.notice.lineIndex.positionAt(at), end: reading.notice.lineIndex.positionAt(at + from.length) };
		text = text.slice(0, at) + to + text.slice(at + from.length);
		reading = rereadNotice(reading, text, engine.memo, [{ range, text: to }]);
	};
	assert.deepEqual(variants(), []);
	replace('市商务局', '市经信委');
	assert.deepEqual(variants(), ['市经信委']);
	replace('市经信委', '市商务局');
	assert.deepEqual(variants(), []);
	replace('市财政局牵头', '市经信委牵头');
	assert.deepEqual(variants(), ['市经信委']);
	replace('市经信委牵头', '市财政局牵头');
	assert.deepEqual(variants(), []);
});

test('unit-variant: a spelling changed in a task the edit did not read again (the writer’s level-prefix habit flips) is counted again', () => {
	// 市发改委、财政局 gives 市财政局 while the writer omits the prefix; two lists repeating it make
	// 财政局 stand as written, next to 市财政局 in task 3: two names of one registry unit.
	const directory = engine.createDirectory([engine.parseRegistry('市发展和改革委员会 = 市发改委\n市财政局 = 财政局\n市商务局\n', 'file:///units.units.txt')]);
	const notice = '1.推进甲项工作\n牵头单位：市发改委、财政局\n2.推进乙项工作\n牵头单位：市发改委、商务局\n3.推进丙项工作\n牵头单位：市发改委、市财政局\n4.推进丁项工作\n牵头单位：市发改委\n';
	const at = notice.indexOf('4.');
	const inserted = '责任单位：市工信局、市科技局\n配合单位：市民政局、市商务局\n';
	const kept = new KeptTaskFindings();
	const variants = (reading: { notice: Notice }, text: string) => {
		const found = engine.check(reading.notice, directory, undefined, kept).filter((finding) => finding.code === 'unit-variant');
		assert.deepEqual(found, engine.check(readNotice(text, engine.memo).notice, directory).filter((finding) => finding.code === 'unit-variant'));
		return found.length;
	};
	const before = readNotice(notice, engine.memo);
	assert.equal(variants(before, notice), 0);
	const after = notice.slice(0, at) + inserted + notice.slice(at);
	const position = before.notice.lineIndex.positionAt(at);
	const edited = rereadNotice(before, after, engine.memo, [{ range: { start: position, end: position }, text: inserted }]);
	assert.equal(variants(edited, after), 1);
});

test('kept findings: a task at the index another notice’s task had is checked for itself, and a task moved to another index keeps its own', () => {
	// Both first tasks name no unit and lack a lead: the first notice's is said at its empty lead
	// field, the second's at the task. The table keeps findings by task, looked up by index first: a
	// look-up that trusted the index alone gave the second notice's task the first one's finding.
	const kept = new KeptTaskFindings();
	const foundCodes = (text: string) => {
		const notice = engine.parseNotice(text);
		const found = engine.check(notice, undefined, undefined, kept).map((finding) => `${finding.code}@${finding.span.start}`);
		assert.deepEqual(found, engine.check(notice, undefined).map((finding) => `${finding.code}@${finding.span.start}`), 'kept findings give what a fresh check gives');
		return found;
	};
	const withField = '1.推进甲项工作\n牵头单位：\n2.推进乙项工作\n牵头单位：市发改委\n';
	const without = '1.推进丙项工作\n2.推进丁项工作\n牵头单位：市发改委\n';
	assert.deepEqual(foundCodes(withField), ['missing-lead@9']);
	assert.deepEqual(foundCodes(without), ['missing-lead@0']);
	assert.deepEqual(foundCodes(withField), ['missing-lead@9']);
	// An edit adding a task before the others: the tasks after it are taken, at other indices.
	let reading = readNotice(withField, engine.memo);
	engine.check(reading.notice, undefined, undefined, kept);
	const added = '1.推进戊项工作\n牵头单位：市财政局\n';
	const after = added + withField;
	reading = rereadNotice(reading, after, engine.memo, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: added }]);
	assert.equal(reading.notice.tasks[1].title, '推进甲项工作');
	const found = engine.check(reading.notice, undefined, undefined, kept);
	assert.deepEqual(found, engine.check(readNotice(after, engine.memo).notice, undefined));
});
