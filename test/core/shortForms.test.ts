import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTaskTable, type TaskRow } from '../../server/src/core/features/taskTable';
import { check, codes, engine } from '../support/engine';

// Short forms and aliases a correct notice writes for units the registry names in full (units-catalog.md).

test('short forms with their place inside name the registry\'s full official names: 人行, 金融监管分局, 调查队, 直属机关工委', () => {
	// 单位名录: `中国人民银行江州市分行` …; notice: `牵头单位：人行江州市分行；责任单位：江州金融监管分局、江州调查队`.
	const registry = '中国人民银行江州市分行\n国家金融监督管理总局江州监管分局\n国家统计局江州调查队\n中共江州市委直属机关工作委员会\n江州市财政局\n';
	const notice = '1.加大普惠小微贷款投放力度。\n牵头单位：人行江州市分行；责任单位：江州金融监管分局、江州调查队\n2.推进机关作风建设。\n牵头单位：市委直属机关工委；责任单位：市财政局\n';
	assert.deepEqual(codes(check(notice, registry).findings), []);
	// The form before 2023: `人民银行江州市中心支行` for 中国人民银行江州市中心支行.
	assert.deepEqual(codes(check('1.加大贷款投放。\n牵头单位：人民银行江州市中心支行；责任单位：市财政局\n', '中国人民银行江州市中心支行\n市财政局\n').findings), []);
	// The 中心支行 became the 分行 in 2023: a notice's 中心支行 is no name of a registry's 分行, nor the other way round (unknown-unit suggests it).
	const stale = codes(check('2025年重点任务分解\n1.加大贷款投放。\n牵头单位：人民银行江州市中心支行；责任单位：中国人民银行江州市中心支行\n', registry).findings);
	assert.deepEqual(stale, ['unknown-unit', 'unknown-unit']);
	// Another place is another office: 海州 is not 江州.
	assert.deepEqual(codes(check('1.加大贷款投放。\n牵头单位：海州金融监管分局；责任单位：人行海州市分行\n', registry).findings), ['unknown-unit', 'unknown-unit']);
});

test('a level word decides which survey team a name is, as it does for departments: a county\'s 县调查队 is not the city\'s', () => {
	// A county notice's `责任单位：县调查队` under a registry holding only the city's team (国家统计局江州市调查队, or 市调查队).
	const county = '1.加强统计监测。\n牵头单位：县统计局；责任单位：县调查队\n';
	assert.deepEqual(codes(check(county, '县统计局\n国家统计局江州市调查队\n').findings), ['unknown-unit']);
	assert.deepEqual(codes(check(county, '县统计局\n江州市调查队\n').findings), ['unknown-unit']);
	// The reverse: a city notice's 市调查队 under a registry holding a county's team.
	const city = '1.加强统计监测。\n牵头单位：市统计局；责任单位：市调查队\n';
	assert.deepEqual(codes(check(city, '市统计局\n国家统计局江北县调查队\n').findings), ['unknown-unit']);
	// A registry name without a level word may be either: the official 国家统计局江北调查队 is 江北县's, written 县调查队 or
	// 江北县调查队 (two spellings of one unit in one notice, as 市调查队 beside 江州调查队).
	assert.deepEqual(codes(check(county, '县统计局\n国家统计局江北调查队\n').findings), []);
	assert.deepEqual(codes(check(`${county}2.开展农村住户调查。\n牵头单位：江北县调查队\n`, '县统计局\n国家统计局江北调查队\n').findings), ['unit-variant']);
	assert.deepEqual(codes(check(city, '市统计局\n国家统计局江州调查队\n').findings), []);
	// Two teams, one a line: each name is the team of its level, not one unit for references.
	const directory = engine.createDirectory([engine.parseRegistry('国家统计局江州市调查队\n国家统计局江北调查队\n', 'file:///w/单位名录.txt')])!;
	assert.deepEqual(['市调查队', '县调查队', '江北县调查队', '江州调查队'].map((name) => directory.resolve(name)?.unit.canonical), ['国家统计局江州市调查队', '国家统计局江北调查队', '国家统计局江北调查队', '国家统计局江州市调查队']);
	// One team without a level word, named by a city notice at both levels: no two spellings of one unit.
	const both = '1.加强统计监测。\n牵头单位：市统计局；责任单位：市调查队\n2.开展农村住户调查。\n牵头单位：市统计局；责任单位：县调查队\n';
	assert.deepEqual(codes(check(both, '市统计局\n国家统计局江北调查队\n').findings), []);
});

test('a name ending in 调查队 that is no statistics team keeps the level of the registry: 农村社会经济调查队 is 市农村社会经济调查队', () => {
	// A notice writing every unit without its level (桐乡 style) under a registry that writes 市.
	const text = '1.开展农业普查和农村住户抽样调查。\n责任单位：统计局、农村社会经济调查队、农业农村局\n2.做好森林资源年度监测工作。\n责任单位：自然资源和规划局、森林资源调查队\n';
	const registry = '市统计局\n市农业农村局\n市自然资源和规划局\n市农村社会经济调查队\n市森林资源调查队\n国家统计局桐乡调查队\n';
	// No lead is named (lead-not-designated): no unit is unknown.
	assert.deepEqual(codes(check(text, registry).findings).filter((code) => code !== 'lead-not-designated'), []);
	// The reverse: the notice writes the level, the registry none.
	assert.deepEqual(codes(check('1.做好森林资源年度监测工作。\n牵头单位：县林业局；责任单位：县森林资源调查队\n', '县林业局\n森林资源调查队\n国家统计局江北调查队\n').findings), []);
	// A statistics team still holds to its level (see above).
	assert.deepEqual(codes(check('1.加强统计监测。\n牵头单位：县统计局；责任单位：县调查队\n', '县统计局\n国家统计局江州市调查队\n').findings), ['unknown-unit']);
});

test('a vertical office written with its place, or its level the registry\'s own, beside its official name is two spellings of one unit', () => {
	const team = '1.做好经济普查数据开发应用。\n牵头单位：市统计局；责任单位：市调查队\n2.开展城乡居民收入监测。\n牵头单位：国家统计局江州调查队；责任单位：市人社局\n3.完善物价监测体系。\n牵头单位：市发改委；责任单位：江州市调查队\n';
	const teamFindings = check(team, '市统计局\n市人社局\n市发改委\n国家统计局江州调查队\n').findings;
	assert.deepEqual(teamFindings.map((finding) => `${finding.code}:${finding.args?.[0]}`), ['unit-variant:市调查队', 'unit-variant:江州市调查队']);
	const branch = '1.加大普惠小微贷款投放。\n牵头单位：市委金融办；责任单位：人行江州市分行、江州金融监管分局\n2.推动保险服务乡村振兴。\n牵头单位：市农业农村局；责任单位：市金融监管分局\n';
	const branchFindings = check(branch, '市委金融办\n市农业农村局\n中国人民银行江州市分行\n国家金融监督管理总局江州监管分局\n').findings;
	assert.deepEqual(branchFindings.map((finding) => `${finding.code}:${finding.args?.[0]}`), ['unit-variant:市金融监管分局']);
});

test('a survey team whose official name drops the level is at the level the registry gives its place: a county\'s 县调查队 is not 国家统计局江州调查队 under 江州市气象局', () => {
	// A county registry that lists the city's vertical offices by their official names.
	const registry = '县统计局\n县财政局\n国家税务总局江州市税务局\n江州市气象局\n江州海关\n国家统计局江州调查队\n';
	const county = '1.开展城乡居民收支抽样调查。\n牵头单位：县统计局；责任单位：县调查队\n';
	assert.deepEqual(codes(check(county, registry).findings), ['unknown-unit']);
	// The city's own names for it still find it; a place written with two levels, or none, decides nothing.
	const directory = engine.createDirectory([engine.parseRegistry(registry, 'file:///w/单位名录.txt')])!;
	assert.deepEqual(['市调查队', '江州调查队', '江州市调查队'].map((name) => directory.resolve(name)?.unit.canonical), ['国家统计局江州调查队', '国家统计局江州调查队', '国家统计局江州调查队']);
	assert.deepEqual(codes(check(county, '县统计局\n江州市气象局\n江州县气象局\n国家统计局江州调查队\n').findings), []);
	assert.deepEqual(codes(check(county, '县统计局\n国家统计局江州调查队\n').findings), []);
});

test('the State Council\'s bare short forms name the national bodies of a registry of full names; a local registry keeps its own', () => {
	// 国发〔2018〕39号 style: `（医保局、财政部按职责分工负责）` with 单位名录 `国家医疗保障局`.
	const registry = '国家医疗保障局\n财政部\n国务院国有资产监督管理委员会\n国家发展和改革委员会\n国家统计局\n国家能源局\n国家数据局\n国家信访局\n';
	const notice = '（一）完善医保支付方式改革。（医保局、财政部按职责分工负责）\n（二）深化国有企业改革。（国资委、发展改革委按职责分工负责）\n（三）提高统计数据质量。（统计局负责）\n（四）推进能源保供。（能源局、数据局、信访局按职责分工负责）\n';
	assert.deepEqual(codes(check(notice, registry).findings), []);
	// A county's bare 统计局 (桐乡 style) is still its own 县统计局, and a name no table lists is still unknown.
	const county = check('1.开展经济普查。（牵头单位：统计局；责任单位：财政局）\n', '县统计局\n县财政局\n国家统计局\n');
	assert.deepEqual(codes(county.findings), []);
	assert.deepEqual(codes(check('（一）推进改革。（林草局负责）\n', registry).findings), ['unknown-unit']);
});

test('a short form declared with 以下简称 is no variant of the name it stands for; another short form still is', () => {
	// `牵头单位：市发展和改革委员会（以下简称市发改委）` then `牵头单位：市发改委`.
	const notice = '1.推进重大项目建设。\n牵头单位：市发展和改革委员会（以下简称市发改委）；责任单位：市财政局\n2.优化营商环境。\n牵头单位：市发改委；责任单位：市财政局\n';
	assert.deepEqual(codes(check(notice, '市发展和改革委员会\n市财政局\n').findings), []);
	assert.deepEqual(codes(check(notice).findings), []);
	// A third spelling the notice did not declare (市发展改革委) is still one.
	const third = `${notice}3.扩大有效投资。\n牵头单位：市发展改革委；责任单位：市财政局\n`;
	assert.deepEqual(codes(check(third).findings), ['unit-variant']);
});

test('the State Council\'s list form 发展改革委 and standalone form 国家发展改革委 are no variant; a colloquial form is', () => {
	const notice = '（一）稳定就业。（人力资源社会保障部、发展改革委按职责分工负责）\n（二）扩大投资。（发展改革委、财政部按职责分工负责）\n（三）完善重大项目协调机制。（国家发展改革委负责）\n';
	assert.deepEqual(codes(check(notice, '人力资源和社会保障部\n国家发展和改革委员会 = 国家发展改革委 = 发展改革委\n财政部\n').findings), []);
	assert.deepEqual(codes(check(notice, '人力资源和社会保障部\n国家发展和改革委员会\n财政部\n').findings), []);
	// 国资委 in lists, 国务院国资委 standalone (units-catalog.md A).
	const assets = '（一）深化国有企业改革。（国资委、财政部按职责分工负责）\n（二）完善国有资产监管体制。（国务院国资委负责）\n';
	assert.deepEqual(codes(check(assets, '国务院国有资产监督管理委员会\n财政部\n').findings), []);
	const colloquial = `${notice}（四）做好价格调控。（国家发改委负责）\n`;
	assert.deepEqual(codes(check(colloquial, '人力资源和社会保障部\n国家发展和改革委员会\n财政部\n').findings), ['unit-variant']);
});

test('an office leading under its other plate and helping under its own is no repeat; the same name twice still is', () => {
	// `牵头单位：市发改委（粮食局）；责任单位：市发改委、市财政局`.
	const registry = '市发改委\n市财政局\n';
	assert.deepEqual(codes(check('1.完成地方储备粮轮换。\n牵头单位：市发改委（粮食局）；责任单位：市发改委、市财政局\n', registry).findings), []);
	assert.deepEqual(codes(check('1.完成地方储备粮轮换。\n牵头单位：市发改委；配合单位：市发改委、市财政局\n', registry).findings), ['duplicate-unit']);
});

test('市直机关工委 is one body, looked up like any other; 市直机关各单位 is still many', () => {
	// `牵头单位：市纪委监委；责任单位：市直机关工委` (units-catalog.md F: 中共XX市委直属机关工作委员会 | 市直机关工委).
	const notice = '1.推进清廉机关建设。\n牵头单位：市财政局；责任单位：市直机关工委\n';
	assert.deepEqual(codes(check(notice, '市财政局\n').findings), ['unknown-unit']);
	assert.deepEqual(codes(check(notice, '江州市财政局\n中共江州市委直属机关工作委员会\n').findings), []);
	assert.deepEqual(codes(check('1.推进清廉机关建设。\n牵头单位：市财政局；责任单位：市直机关各单位\n', '市财政局\n').findings), []);
});

test('task table: a unit named by its other plate is listed under that plate, not as the office leading and helping itself', () => {
	// 单位名录: `市委统战部（市民宗局）`; notice: `牵头单位：市民宗局；责任单位：市委统战部`.
	const notice = engine.parseNotice('1.做好民族宗教工作。\n牵头单位：市民宗局；责任单位：市委统战部\n');
	const directory = engine.createDirectory([engine.parseRegistry('市委统战部（市民宗局）\n市公安局\n', 'file:///w/单位名录.txt')]);
	const table = buildTaskTable([{ uri: 'file:///w/a.txt', name: 'a', notice, findings: engine.check(notice, directory), directory }]);
	const [task] = table.rows.filter((row): row is TaskRow => row.kind === 'task');
	assert.deepEqual([task.lead.map((unit) => [unit.name, unit.registered]), task.responsible.map((unit) => unit.name)], [[['市民宗局', true]], ['市委统战部']]);
});

test('a registry renaming the bank (中心支行 -> 分行) keeps its short forms with their place: one office, not two', () => {
	// 单位名录: `中国人民银行江州市中心支行 -> 中国人民银行江州市分行`; a 2024 notice writes 人行江州市分行, a 2022 one 人民银行江州市中心支行.
	const registry = '中国人民银行江州市中心支行 -> 中国人民银行江州市分行\n市财政局\n';
	assert.deepEqual(codes(check('江州市2024年金融工作要点\n1.加大贷款投放。\n牵头单位：人行江州市分行；责任单位：市财政局\n', registry).findings), []);
	assert.deepEqual(codes(check('江州市2022年金融工作要点\n1.加大贷款投放。\n牵头单位：人民银行江州市中心支行；责任单位：市财政局\n', registry).findings), []);
	// A 2024 notice writing the old name's short form is told of the rename, not left alone.
	assert.deepEqual(codes(check('江州市2024年金融工作要点\n1.加大贷款投放。\n牵头单位：人民银行江州市中心支行；责任单位：市财政局\n', registry).findings), ['renamed-unit']);
	// Two banks of two places are still neither's.
	assert.deepEqual(codes(check('1.加大贷款投放。\n牵头单位：人行市分行\n', '中国人民银行江州市分行\n中国人民银行海州市分行\n').findings), ['unknown-unit']);
});

test('a plate\'s full name by the catalog names the registry unit that carries the plate (`市委统战部（市民宗局）`: 市民族宗教事务局; a features tester\'s)', () => {
	const registry = '市委统战部（市民宗局）\n市教育局\n';
	assert.deepEqual(codes(check('1.推进民族团结进步示范创建。\n牵头单位：市民族宗教事务局；责任单位：市教育局\n', registry).findings), []);
	// A body the catalog does not tie to the plate is still unknown.
	assert.deepEqual(codes(check('1.加强场所管理。\n牵头单位：市宗教事务中心；责任单位：市教育局\n', registry).findings), ['unknown-unit']);
});
