import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { registryNameAt } from '../../server/src/core/features/renameUnit';
import { appendToRegistry, registryAdditions } from '../../server/src/core/units/registryEdits';
import { keepsLevel, nameLevel } from '../../server/src/core/units/nameLevel';
import { check, codes, engine } from '../support/engine';

const parse = (text: string) => engine.parseRegistry(text, 'file:///a.units.txt');

test('canonical names, aliases, comments, renames and collectives', () => {
	const registry = parse('# 本市单位\n\n市发展和改革委员会 = 市发改委 = 发改委  # 注释\n市经信局 -> 市工信局\n集合: 各县(市)区政府 = 各县区政府\n');
	assert.deepEqual(registry.units.map((unit) => [unit.canonical, unit.aliases, unit.successor, unit.collective]), [
		['市发展和改革委员会', ['市发改委', '发改委'], undefined, false],
		['市经信局', [], '市工信局', false],
		['各县(市)区政府', ['各县区政府'], undefined, true],
	]);
	assert.deepEqual(registry.findings, []);
	assert.equal(registry.text.slice(registry.units[0].nameSpan.start, registry.units[0].nameSpan.end), '市发展和改革委员会');
});

test('a unit listed twice, an alias claimed twice', () => {
	const registry = parse('市财政局\n市发改委 = 发改委\n市财政局\n市发展和改革局 = 发改委\n');
	const findings = engine.checkRegistry(registry);
	assert.deepEqual(findings.map((finding) => [finding.code, finding.args[0]]), [['registry-duplicate', '市财政局'], ['registry-alias-conflict', '发改委']]);
	assert.ok(findings.every((finding) => finding.related.length === 1));
});

test('renames that form a cycle', () => {
	const findings = engine.checkRegistry(parse('甲局 -> 乙局\n乙局 -> 丙局\n丙局 -> 甲局\n丁局 -> 甲局\n'));
	assert.deepEqual(findings.map((finding) => finding.code), ['registry-rename-cycle']);
	assert.match(findings[0].args[0], /甲局 → 乙局 → 丙局 → 甲局/);
});

test('lines not understood', () => {
	const findings = engine.checkRegistry(parse('市财政局 = \n -> 市工信局\n'));
	assert.deepEqual(findings.map((finding) => finding.code), ['registry-syntax', 'registry-syntax']);
});

test('resolution by name, alias, Traditional spelling and the catalog; suggestions', () => {
	const directory = engine.createDirectory([parse('市发展和改革委员会 = 市发改委\n市财政局\n市人力资源和社会保障局\n')])!;
	assert.equal(directory.resolve('市发改委')?.via, 'name');
	assert.equal(directory.resolve('市發改委')?.unit.canonical, '市发展和改革委员会');
	assert.equal(directory.resolve('市发展改革委')?.via, 'catalog');
	assert.equal(directory.resolve('市人社局')?.unit.canonical, '市人力资源和社会保障局');
	assert.equal(directory.resolve('县发改局'), undefined, 'another level is another unit');
	assert.deepEqual(directory.suggest('市财正局'), ['市财政局']);
	assert.ok(directory.suggest('市发改局').includes('市发改委'));
	// A hall below the province (市财政厅, 市人社厅): the city's bureau, a body the catalog tells apart from the hall.
	assert.deepEqual(directory.suggest('市财政厅')[0], '市财政局');
	assert.deepEqual(directory.suggest('市人社厅')[0], '市人力资源和社会保障局');
});

test('units added to a registry are those the registry parser does not know, written as lines it reads back', () => {
	const notice = engine.parseNotice('1.甲。\n牵头单位：市工信局；责任单位：市经信局、市发展改革委、市大数据局、各县(市)区政府\n2.乙。\n牵头单位：市大数据局、市发改委\n');
	const registry = '市经信局 => 市工信局\r\n市发展和改革委员会 = 市发改委';
	const append = registryAdditions(notice.units, registry, engine.catalog, engine.fold);
	assert.deepEqual(append, { offset: registry.length, separator: '\r\n', lines: '市大数据局\r\n', added: ['市大数据局'], refused: [] });
	const grown = parse(registry + append.separator + append.lines);
	assert.deepEqual(grown.findings, []);
	assert.deepEqual(grown.units.map((unit) => unit.canonical), ['市经信局', '市发展和改革委员会', '市大数据局']);
	// One body spelled two ways in the notice is added once.
	assert.deepEqual(registryAdditions(engine.parseNotice('1.甲。\n牵头单位：市发改委、市发展改革委\n').units, '', engine.catalog, engine.fold).added, ['市发改委']);
});

test('a name no registry line can hold is refused, not written', () => {
	const append = appendToRegistry('市财政局\n', ['市大数据局', '市甲=乙局', '市丙#局', '市丁->戊局', '集合: 各局']);
	assert.deepEqual([append.added, append.refused], [['市大数据局'], ['市甲=乙局', '市丙#局', '市丁->戊局', '集合: 各局']]);
	assert.equal(append.separator + append.lines, '市大数据局\n');
});

test('each registry name keeps its place: an alias inside an earlier name, a successor after the arrow', () => {
	const text = '市发展和改革委员会 = 市发改委 = 发改委\n市经信局 => 市工信局\n';
	const registry = parse(text);
	assert.deepEqual(registry.units[0].nameSpans.map((span) => text.slice(span.start, span.end)), ['市发展和改革委员会', '市发改委', '发改委']);
	assert.equal(text.slice(registry.units[1].successorSpan!.start, registry.units[1].successorSpan!.end), '市工信局');
	// The offset of the first character of the name at the end of `fragment`, plus one.
	const at = (fragment: string, name: string) => registryNameAt(registry, text.lastIndexOf(fragment) + fragment.length - name.length + 1)?.name;
	assert.deepEqual([at('= 发改委', '发改委'), at('市发改委', '市发改委'), at('市工信局', '市工信局'), at('市经信局', '市经信局')], ['发改委', '市发改委', '市工信局', '市经信局']);
});

test('a registry name with its place matches the short form a notice of that place writes, without merging two units', () => {
	// 单位名录: `衢州市发展和改革委员会`; notice: `（牵头单位：市发改委；责任单位：市财政局）`.
	const directory = engine.createDirectory([
		parse('衢州市发展和改革委员会\n衢州市财政局\n国家税务总局衢州市税务局\n中共衢州市委办公室\n衢州市人民政府办公室\n中国人民银行衢州市分行\n衢州市烟草专卖局\n中共衢州市纪律检查委员会\n共青团衢州市委\n市委网络安全和信息化委员会办公室\n衢州市柯城区农业农村局\n'),
	])!;
	const canonical = (name: string) => directory.resolve(name)?.unit.canonical;
	assert.deepEqual(
		['市发改委', '市财政局', '市税务局', '市委办', '市政府办', '市人行', '市烟草局', '市纪委', '团市委', '市委网信办', '区农业农村局'].map(canonical),
		['衢州市发展和改革委员会', '衢州市财政局', '国家税务总局衢州市税务局', '中共衢州市委办公室', '衢州市人民政府办公室', '中国人民银行衢州市分行', '衢州市烟草专卖局', '中共衢州市纪律检查委员会', '共青团衢州市委', '市委网络安全和信息化委员会办公室', '衢州市柯城区农业农村局'],
	);
	// 团市委 is not the 市委, and a level the registry does not have is not matched.
	assert.deepEqual(['市委', '县财政局', '市农业农村局'].map(canonical), [undefined, undefined, undefined]);
	// Two cities' bureaus in one registry: 市财政局 is neither.
	const two = engine.createDirectory([parse('衢州市财政局\n杭州市财政局\n')])!;
	assert.equal(two.resolve('市财政局'), undefined);
	// A name that is no place before a level (工业园区管委会) is not read as one.
	assert.equal(engine.createDirectory([parse('工业园区管委会\n')])!.resolve('区管委会'), undefined);
});

test('a notice naming a registry unit by its short form, the registry by its full name with the place, gets no unknown-unit', () => {
	const { findings } = check('1.推进重大项目建设。（牵头单位：市发改委；责任单位：市财政局）\n', '衢州市发展和改革委员会\n衢州市财政局\n');
	assert.deepEqual(codes(findings), []);
});

test('a name without the level prefix is the one registry unit that has it, and the reverse; two such units are neither', () => {
	// 单位名录: `县财政局\n县发展和改革局 = 县发改局`; notice: `（牵头单位：财政局；责任单位：发改局）`.
	const { findings } = check('1.推进项目。（牵头单位：财政局；责任单位：发改局）\n', '县财政局\n县发展和改革局 = 县发改局\n');
	assert.deepEqual(codes(findings), []);
	const bare = engine.createDirectory([parse('财政局\n发改局\n')])!;
	assert.deepEqual([bare.resolve('县财政局')?.unit.canonical, bare.resolve('县发展和改革局')?.via], ['财政局', 'level']);
	// Registry names at two levels: 财政局 is neither; the suggestion stays.
	const two = check('1.推进项目。（牵头单位：财政局）\n', '县财政局\n市财政局\n');
	assert.deepEqual(codes(two.findings), ['unknown-unit']);
	assert.ok(two.findings[0].suggestions?.includes('县财政局'));
	// Another level with its prefix is still another unit, also against a prefixed alias.
	assert.equal(engine.createDirectory([parse('县发展和改革局 = 发改局\n')])!.resolve('市发改局'), undefined);
});

test('a notice writing 县财政局 and 财政局 gets no unit-variant from a registry that lists 县财政局, as without one', () => {
	const notice = '1.推进项目。（牵头单位：县财政局；责任单位：发改局）\n2.推进项目。（牵头单位：财政局；责任单位：县发改局）\n';
	assert.deepEqual(codes(check(notice).findings), []);
	assert.deepEqual(codes(check(notice, '县财政局\n县发展和改革局 = 县发改局\n').findings), []);
});

test('a registry name with a parenthesis reads as the same text in a notice: the name, and its other plate', () => {
	// 单位名录: `市财政局（国资办）`; notice: `（牵头单位：市财政局（国资办））`.
	const { findings } = check('1.加强国资监管。（牵头单位：市财政局（国资办））\n', '市财政局（国资办）\n');
	assert.deepEqual(codes(findings), []);
	const text = '市财政局（国资办）\n市委组织部（市人才办）\n市发展和改革委员会（市粮食和物资储备局） = 市发改委\n市工信局（节能）\n各镇（街道）\n市委宣传部（市委网信办）\n市委网信办\n';
	const registry = parse(text);
	assert.deepEqual(registry.findings, []);
	assert.deepEqual(registry.units.map((unit) => [unit.canonical, unit.aliases, unit.plates]), [
		['市财政局', [], ['国资办']],
		['市委组织部', [], ['市人才办']],
		['市发展和改革委员会', ['市发改委'], ['市粮食和物资储备局']],
		['市工信局', [], undefined],
		['各镇（街道）', [], undefined],
		['市委宣传部', [], ['市委网信办']],
		['市委网信办', [], undefined],
	]);
	assert.equal(text.slice(registry.units[2].nameSpan.start, registry.units[2].nameSpan.end), '市发展和改革委员会');
	const directory = engine.createDirectory([registry])!;
	const canonical = (name: string) => directory.resolve(name)?.unit.canonical;
	// One office, two plates: either is the office; a plate listed as its own unit is that unit.
	assert.deepEqual(['市委组织部', '市人才办', '市国资办', '市粮食和物资储备局', '市委网信办', '市工信局'].map(canonical), ['市委组织部', '市委组织部', '市财政局', '市发展和改革委员会', '市委网信办', '市工信局']);
	assert.equal(directory.resolve('节能'), undefined, 'a scope is no plate');
	// A notice naming the office by one plate for some tasks and by the other for others spells nothing two ways.
	const plates = check('1.甲。（牵头单位：市委宣传部；责任单位：市委网信办）\n2.乙。（牵头单位：市委组织部）\n3.丙。（牵头单位：市人才办）\n', '市委宣传部（市委网信办）\n市委组织部（市人才办）\n');
	assert.deepEqual(codes(plates.findings), []);
});

test('a registry pasted as a numbered list, from a spreadsheet or as a list on one line reads its units; what is still odd is a syntax finding', () => {
	// 单位名录: `1.市发展和改革委员会\n2.市财政局` read the unit 1.市发展和改革委员会 and suggested it.
	const text = '\uFEFF1.市发展和改革委员会 = 市发改委\n2、市财政局\n（3）市教育局\n四、市公安局 -> 市公安分局\n5\t市民政局\n市司法局、市审计局、各县（市、区）人民政府\n集合: 各镇（街道）、各村\n12345政务服务热线\n';
	const registry = parse(text);
	assert.deepEqual(registry.findings, []);
	assert.deepEqual(registry.units.map((unit) => [unit.canonical, unit.aliases, unit.successor, unit.collective]), [
		['市发展和改革委员会', ['市发改委'], undefined, false],
		['市财政局', [], undefined, false],
		['市教育局', [], undefined, false],
		['市公安局', [], '市公安分局', false],
		['市民政局', [], undefined, false],
		['市司法局', [], undefined, false],
		['市审计局', [], undefined, false],
		['各县（市、区）人民政府', [], undefined, false],
		['各镇（街道）', [], undefined, true],
		['各村', [], undefined, true],
		['12345政务服务热线', [], undefined, false],
	]);
	// Each unit of a list on one line is found where it stands.
	const audit = registry.units[6];
	assert.equal(text.slice(audit.lineSpan.start, audit.lineSpan.end), '市审计局');
	assert.equal(registryNameAt(registry, text.indexOf('市审计局') + 1)?.name, '市审计局');
	const { findings } = check('1.推进项目。（牵头单位：市发展和改革委员会；责任单位：市财政局、市民政局、市审计局）\n', text);
	assert.deepEqual(codes(findings), []);
	const odd = engine.checkRegistry(parse('1\t市发展和改革委员会\t发改\n市发改委，市财政局\n市发改委、市财政局 -> 市政府办\n市发改委 = 发改委、市财政局\n'));
	assert.deepEqual(codes(odd), ['registry-syntax', 'registry-syntax', 'registry-syntax', 'registry-syntax']);
});

test('short forms: the catalog\'s 消防大队 is the unit; forms the catalog does not attest (市应急局) are suggested, not taken', () => {
	const directory = engine.createDirectory([parse('市应急管理局\n市行政审批服务局\n市消防救援支队\n县消防救援大队\n市退役军人事务局\n市机关事务管理局\n')])!;
	assert.equal(directory.resolve('县消防大队')?.unit.canonical, '县消防救援大队');
	assert.deepEqual(['市应急局', '市审批局', '市消防支队'].map((name) => [directory.resolve(name), directory.suggest(name)[0]]), [
		[undefined, '市应急管理局'],
		[undefined, '市行政审批服务局'],
		[undefined, '市消防救援支队'],
	]);
});

test('a notice writing the place (宁波市税务局, 宁波海关) names the registry\'s full official name (国家税务总局宁波市税务局, 中华人民共和国宁波海关); another place\'s is unknown, and no other bureau is suggested for it (real pages: 是否应为「宁波市财政局」)', () => {
	const directory = engine.createDirectory([parse('宁波市财政局\n国家税务总局宁波市税务局\n中华人民共和国宁波海关\n')])!;
	const canonical = (name: string) => directory.resolve(name)?.unit.canonical;
	assert.deepEqual(['宁波市税务局', '市税务局', '宁波海关', '宁波市财政局'].map(canonical), ['国家税务总局宁波市税务局', '国家税务总局宁波市税务局', '中华人民共和国宁波海关', '宁波市财政局']);
	assert.deepEqual(['杭州市税务局', '杭州海关'].map(canonical), [undefined, undefined]);
	assert.ok(!directory.suggest('杭州市税务局').includes('宁波市财政局'), directory.suggest('杭州市税务局').join());
	const registry = '宁波市财政局\n国家税务总局宁波市税务局\n中华人民共和国宁波海关\n';
	const { findings } = check('1.一般公共预算收入增长2%。\n牵头单位:宁波市财政局\n配合单位:宁波市税务局、宁波海关\n', registry);
	assert.deepEqual(codes(findings), []);
});

test('a registry judges only the levels it lists a unit of: a city\'s 单位名录 under a district\'s notice leaves its 区 units alone, and still checks its 市 units (a tester\'s 10 warnings on a correct notice)', () => {
	// 江州市's registry: its bureaus, and the counties and districts as governments (清河县人民政府, 临川区人民政府), no district bureau.
	const city = '市发展和改革委员会 = 市发改委\n市财政局\n市民政局\n集合: 各县（市、区）人民政府\n清河县人民政府\n临川区人民政府\n';
	const district = '1.新建社区食堂8个。（区民政局牵头，区财政局、各街道办事处配合）\n2.建设城市绿道。（区城市管理局牵头，市财正局、文昌街道办事处配合）\n';
	const { findings } = check(district, city);
	assert.deepEqual(findings.map((finding) => [finding.code, finding.args[0], finding.suggestions]), [['unknown-unit', '市财正局', ['市财政局']]]);
	// The district's own registry lists its bureaus: a 区 name it lacks is judged.
	assert.deepEqual(codes(check('1.甲。（区民政厅牵头）\n', '区民政局\n区财政局\n').findings), ['unknown-unit']);
	// Places as units: a registry that lists towns judges a town, one that lists none does not.
	const towns = '1.甲。（县农业农村局牵头，荣山镇人民政府、城关镇配合）\n';
	assert.deepEqual(codes(check(towns, '县农业农村局\n县财政局\n').findings), []);
	assert.deepEqual(check(towns, '县农业农村局\n城关镇\n青石镇人民政府\n').findings.map((finding) => finding.args[0]), ['荣山镇人民政府']);
	// Written without prefixes (桐乡's 财政局), a registry lists its own level's units whichever it is: 县教育局 is not in it.
	assert.deepEqual(codes(check('1.甲。（县财政局牵头，县教育局配合）\n', '财政局\n发改局\n').findings), ['unknown-unit']);
});

// A district's registry lists the city bureaus' branches in the district beside its own bureaus: counted as the city's,
// three of them made it judge every 市… name, and a district notice's correct 市财政局 got unknown-unit.
test('a branch named after the district (市公安局临川分局) is the district\'s unit: its registry judges branches, not the city\'s 市… names', () => {
	const district = '区发展和改革局 = 区发改局\n区财政局\n区民政局\n区教育局\n区住建局\n区商务局\n市自然资源局临川分局\n市公安局临川分局\n市生态环境局临川分局\n';
	const unknown = (text: string, registry: string) => check(text, registry).findings.filter((finding) => finding.code === 'unknown-unit').map((finding) => [finding.args[0], finding.suggestions]);
	assert.deepEqual(unknown('1.推进城市更新。\n牵头单位：区住建局；责任单位：市财政局、市公安局临川分局、区财政局\n', district), []);
	assert.deepEqual(unknown('1.开展河湖治理。\n牵头单位：区发改局；责任单位：市生态环境局临穿分局\n', district), [['市生态环境局临穿分局', ['市生态环境局临川分局']]]);
	// A new branch goes into the district's registry, a new city bureau into the city's.
	const city = parse('市财政局\n市发展和改革委员会\n市民政局\n');
	const directory = engine.createDirectory([engine.parseRegistry(district, 'file:///临川区/单位名录.txt'), city])!;
	assert.deepEqual(['市市场监督管理局临川分局', '市大数据局'].map((name) => directory.registryFor(engine.unitKey(name))?.uri), ['file:///临川区/单位名录.txt', 'file:///a.units.txt']);
});

// A reviewer: a functional branch or detachment of a city bureau (市公安局治安分局, 市公安局交通警察支队) counted as a branch
// in the district or as the city's body: a district's registry listing them judged the city's names.
test('a city bureau\'s branch or detachment named after its work (市公安局治安分局, 市公安局交警支队) says nothing of a district registry\'s levels, and belongs with the city\'s', () => {
	const unknown = (text: string, registry: string) => check(text, registry).findings.filter((finding) => finding.code === 'unknown-unit').map((finding) => finding.args[0]);
	const district = '区发展和改革局 = 区发改局\n区财政局\n区民政局\n区住建局\n市公安局临川分局\n市自然资源局临川分局\n市公安局治安分局\n市公安局交通警察支队 = 市公安局交警支队\n市公安局巡特警支队\n市公安局刑事侦查支队\n';
	assert.deepEqual(unknown('1.开展道路交通安全整治。\n牵头单位：市公安局临川分局；责任单位：市公安局网安分局、市财政局、区住建局\n', district), []);
	// The district's own names and its branches are still judged.
	assert.deepEqual(unknown('1.甲。\n牵头单位：区发改局；责任单位：区财正局、市公安局临穿分局\n', district), ['区财正局', '市公安局临穿分局']);
	const directory = engine.createDirectory([engine.parseRegistry(district, 'file:///临川区/单位名录.txt'), parse('市财政局\n市公安局\n市民政局\n')])!;
	assert.deepEqual(['市公安局经侦支队', '市公安局网安分局', '市公安局东乡分局'].map((name) => directory.registryFor(engine.unitKey(name))?.uri), ['file:///a.units.txt', 'file:///a.units.txt', 'file:///临川区/单位名录.txt']);
});

// Taken for names of no level, judged by every registry: a county's registry called a correct 州财政局 (its autonomous
// prefecture's bureau) or a city's a correct 国家发展改革委 unknown, neither ever meant to list them.
test('an autonomous prefecture\'s bodies (州财政局) and national ones (财政部, 国家统计局) are levels: judged by a registry listing them, not by a county\'s or a city\'s', () => {
	const unknown = (text: string, registry: string) => check(text, registry).findings.filter((finding) => finding.code === 'unknown-unit').map((finding) => [finding.args[0], finding.suggestions]);
	const county = '县财政局\n县发展和改革局 = 县发改局\n县教育局\n';
	assert.deepEqual(unknown('1.甲。\n牵头单位：县财政局；责任单位：州财政局、州发展改革委、县发改局\n', county), []);
	const prefecture = '州财政局\n州发展改革委\n州教育局\n州民政局\n';
	assert.deepEqual(unknown('1.甲。\n牵头单位：州教育局；责任单位：州财正局\n', prefecture), [['州财正局', ['州财政局']]]);
	const city = '市发展和改革委员会 = 市发改委\n市财政局\n市统计局\n';
	assert.deepEqual(unknown('1.甲。\n牵头单位：市发改委；责任单位：国家发展改革委、财政部、国务院办公厅、国家数据局、市统计局\n', city), []);
	const ministries = '国家发展改革委\n财政部\n教育部\n国家统计局\n';
	assert.deepEqual(unknown('1.甲。\n牵头单位：国家发展改革委；责任单位：国家统汁局、财正部\n', ministries), [['国家统汁局', ['国家统计局']], ['财正部', ['财政部']]]);
	// A new prefecture bureau goes into the prefecture's registry, not the county's below it.
	const directory = engine.createDirectory([engine.parseRegistry(county, 'file:///清河县/单位名录.txt'), parse(prefecture)])!;
	assert.equal(directory.registryFor(engine.unitKey('州数据局'))?.uri, 'file:///a.units.txt');
});

// A reviewer: a prefecture's 州政务服务中心 had no level, so a county's registry under it judged it.
test('a prefecture\'s centres (州政务服务中心, 州公共资源交易中心) are the 州 level: not judged by a county\'s registry, judged by the prefecture\'s', () => {
	const unknown = (text: string, registry: string) => check(text, registry).findings.filter((finding) => finding.code === 'unknown-unit').map((finding) => finding.args[0]);
	const county = '县人民政府办公室 = 县政府办\n县财政局\n县发展和改革局 = 县发改局\n县住建局\n白沙镇人民政府\n';
	assert.deepEqual(unknown('1.推进政务服务“一网通办”。\n牵头单位：县政府办；责任单位：州政务服务中心、州公共资源交易中心、县财政局\n', county), []);
	const prefecture = '州人民政府办公室 = 州政府办\n州财政局\n州发展改革委\n州政务服务中心\n';
	assert.deepEqual(unknown('1.甲。\n牵头单位：州政府办；责任单位：州政务服务中心、州融媒体中心\n', prefecture), ['州融媒体中心']);
	// A city's centre opening with 州 is no prefecture's: a misspelt one is still caught.
	assert.deepEqual(unknown('1.甲。\n牵头单位：县政府办；责任单位：州桥遗址保护管里中心\n', county), ['州桥遗址保护管里中心']);
});

// A prefecture's registry written without prefixes (湘西州/单位名录.txt: 财政局, 发改委 …) judged no 州 name: a misspelt
// 州财正局 went unsaid, in the prefecture's notices and its counties'.
test('a registry kept in a prefecture\'s folder and written without prefixes judges 州 names, and its 财政局 is the notice\'s 州财政局', () => {
	const unknown = (text: string, ...registries: Array<[string, string]>) =>
		engine
			.check(engine.parseNotice(text), engine.createDirectory(registries.map(([uri, registry]) => engine.parseRegistry(registry, uri))))
			.filter((finding) => finding.code === 'unknown-unit')
			.map((finding) => finding.args[0]);
	const bare = '政府办\n发展和改革委员会 = 发改委\n财政局\n民族宗教事务委员会 = 民宗委\n住房和城乡建设局 = 住建局\n政务服务中心\n文化馆\n';
	const notice = '1.推进城乡建设用地增减挂钩。\n牵头单位：州发改委；责任单位：州财政局、州财正局、州民宗委、州政务服务中心、州住建局、州文化馆\n';
	assert.deepEqual(unknown(notice, ['file:///ws/湘西州/单位名录.txt', bare]), ['州财正局']);
	assert.deepEqual(unknown(notice, ['file:///ws/湘西土家族苗族自治州/2025年/单位名录.txt', bare]), ['州财正局']);
	assert.deepEqual(unknown(notice, ['file:///ws/reg/%E6%B9%98%E8%A5%BF%E5%B7%9E%E5%8D%95%E4%BD%8D%E5%90%8D%E5%BD%95.txt', bare]), ['州财正局']);
	// A county's or a city's written so (泸溪县/, 杭州/) is not the prefecture's: its 财政局 is no 州财政局, and it judges no 州 name.
	const bodies = notice.replace('、州文化馆', '');
	assert.deepEqual(unknown(bodies, ['file:///ws/泸溪县/单位名录.txt', bare]), []);
	assert.deepEqual(unknown(bodies, ['file:///ws/杭州/单位名录.txt', bare]), []);
	assert.deepEqual(unknown(bodies, ['file:///ws/江苏徐州/单位名录.txt', bare]), []);
	assert.deepEqual(unknown(bodies, ['file:///ws/各市州/单位名录.txt', bare]), []);
	assert.deepEqual(unknown(notice, ['file:///ws/博州/单位名录.txt', bare]), ['州财正局']);
	// A county notice under its own registry and the prefecture's.
	const county = '县人民政府办公室 = 县政府办\n县财政局\n县发展和改革局 = 县发改局\n县住建局\n';
	const countyNotice = '1.甲。\n牵头单位：县发改局；责任单位：州发改委、州财正局、县财政局\n';
	assert.deepEqual(unknown(countyNotice, ['file:///ws/湘西州/泸溪县/单位名录.txt', county], ['file:///ws/湘西州/单位名录.txt', bare]), ['州财正局']);
});

// A reviewer: a county's registry listing its own bureau's branches (县市场监督管理局城关分局) judged the city's branch in the
// county (市生态环境局东乡分局), and a district's written without prefixes that lists the city's branches judged 省财政厅.
test('a branch is listed at its bureau\'s tier: a county\'s own 县…分局 do not make its registry judge the city\'s 市…分局; branch lines keep a prefix-less registry from judging every level', () => {
	const unknown = (text: string, registry: string) => check(text, registry).findings.filter((finding) => finding.code === 'unknown-unit').map((finding) => finding.args[0]);
	const county = '县财政局\n县商务局\n县市场监督管理局 = 县市场监管局\n县市场监督管理局城关分局\n县市场监督管理局北关分局\n县市场监督管理局园区分局\n青石镇人民政府\n';
	assert.deepEqual(unknown('1.治理农村黑臭水体。\n牵头单位：市生态环境局青石分局；责任单位：县财政局、县市场监督管理局城关分局\n', county), []);
	assert.deepEqual(unknown('1.规范食品经营。\n牵头单位：县市场监管局；责任单位：县市场监督管理局城关分居\n', county), ['县市场监督管理局城关分居']);
	// A registry of the city's bureaus judges their branches still: a misspelt one is offered its bureau.
	assert.deepEqual(unknown('1.甲。\n牵头单位：市商务局；责任单位：市生态环境局青石分局\n', '市商务局\n市财政局\n市生态环境局\n'), ['市生态环境局青石分局']);
	const district = '财政局\n发展和改革局 = 发改局\n教育体育局\n民政局\n商务局\n市公安局临川分局\n';
	assert.deepEqual(unknown('1.争取省级专项资金。\n牵头单位：区发改局；责任单位：区财政局、省财政厅\n', district), []);
});

// A reviewer: 人民银行, 乡村振兴局 are what local registries write for their own (units-catalog cites 人民银行 from a
// local notice), and 中央商务区管理委员会, 州桥遗址保护中心 are a city's units: taken for national or a prefecture's, they
// made a prefix-less registry judge no county name, and a misspelt local unit went unflagged.
test('national and prefecture levels only for names no local unit has: a registry\'s bare 人民银行 or 乡村振兴局 says nothing of its levels, a 中央商务区 committee and a 州桥… centre are local', () => {
	const unknown = (text: string, registry: string) => check(text, registry).findings.filter((finding) => finding.code === 'unknown-unit').map((finding) => finding.args[0]);
	for (const line of ['乡村振兴局', '人民银行', '知识产权局', '国家现代农业产业园管理委员会']) {
		assert.deepEqual(unknown('1.甲。\n牵头单位：县农业农村局；责任单位：县财正局\n', `财政局\n发改局\n教育局\n农业农村局\n${line}\n`), ['县财正局'], line);
	}
	const city = '市财政局\n市商务局\n市住建局\n中央商务区管理委员会\n北湖公园管理中心\n州桥遗址保护中心\n';
	assert.deepEqual(unknown('1.甲。\n牵头单位：市商务局；责任单位：中央商务区管里委员会、州桥遗址保护管里中心、市住建局\n', city), ['中央商务区管里委员会', '州桥遗址保护管里中心']);
	// The State's and the prefecture's own bodies stay levels no city or county registry judges, and a bare 人民银行 too.
	assert.deepEqual(unknown('1.甲。\n牵头单位：市商务局；责任单位：国家发展改革委、财政部、州民宗委、州数据局、人民银行\n', city), []);
});

test('a suggestion keeps the name\'s level and place: 区民政厅 is 区民政局, never 市民政局; 东乡区财政局 is not 临川区财政局', () => {
	const directory = engine.createDirectory([parse('区民政局\n区财政局\n市民政局\n市财政局\n')])!;
	assert.deepEqual(directory.suggest('区民政厅'), ['区民政局']);
	assert.deepEqual(directory.suggest('市民政厅'), ['市民政局']);
	assert.ok(!directory.suggest('区财正局').includes('市财政局'), directory.suggest('区财正局').join());
	// A name of no level keeps none: 财政局 may be either.
	assert.deepEqual(directory.suggest('财政局').sort(), ['区财政局', '市财政局']);
	const places = engine.createDirectory([parse('临川区财政局\n东乡区民政局\n')])!;
	assert.deepEqual(places.suggest('东乡区财政局'), []);
	assert.deepEqual(places.suggest('临川区财正局'), ['临川区财政局']);
	// The place is what stands before the level: the registry's 国家税务总局宁波市税务局 is 宁波市's, as 江州市临川区 is 临川区.
	const level = (name: string) => nameLevel(engine.unitKey(name), engine.catalog);
	assert.deepEqual([keepsLevel(level('宁波市税务局'), level('国家税务总局宁波市税务局')), keepsLevel(level('临川区财政局'), level('江州市临川区财政局'))], [true, true]);
	assert.equal(keepsLevel(level('杭州市税务局'), level('国家税务总局宁波市税务局')), false);
});

// A reviewer: judged by its level word, a town written as the 乡 it was (新丰乡人民政府 for the registry's 新丰镇人民政府),
// or a county as the 县 it was (临川县人民政府 for 临川区人民政府), went unflagged, or was offered another county's government.
test('a place as a unit is judged by its tier: 乡, 镇 and 街道 one, 县 and 区 one; a suggestion may change the word, not the place', () => {
	const unknown = (text: string, registry: string) => check(text, registry).findings.filter((finding) => finding.code === 'unknown-unit').map((finding) => [finding.args[0], finding.suggestions]);
	assert.deepEqual(unknown('1.新建高标准农田2万亩。\n牵头单位：县农业农村局；责任单位：县财政局、新丰乡人民政府、城关镇人民政府\n', '县农业农村局\n县财政局\n城关镇人民政府\n新丰镇人民政府\n'), [['新丰乡人民政府', ['新丰镇人民政府']]]);
	assert.deepEqual(unknown('1.新建社区养老服务站10个。\n牵头单位：区民政局；责任单位：区财政局、荣山镇人民政府、文昌街道办事处\n', '区民政局\n区财政局\n文昌街道办事处\n荣山街道办事处\n'), [['荣山镇人民政府', ['荣山街道办事处']]]);
	// A town made a street (文昌镇 → 文昌街道) is offered the street, however it is written; never another town.
	const streets = '区民政局\n区财政局\n文昌街道\n荣山镇人民政府\n';
	assert.deepEqual(unknown('1.甲。\n牵头单位：区民政局；责任单位：文昌镇\n', streets), [['文昌镇', ['文昌街道']]]);
	assert.deepEqual(unknown('1.甲。\n牵头单位：区民政局；责任单位：文昌镇人民政府\n', streets), [['文昌镇人民政府', ['文昌街道']]]);
	const city = '市水利局\n市财政局\n市农业农村局\n集合: 各县（市、区）人民政府\n临川区人民政府\n东乡区人民政府\n南城县人民政府\n';
	const [[name, suggestions]] = unknown('1.推进城乡供水一体化。\n牵头单位：市水利局；责任单位：市财政局、临川县人民政府、东乡区人民政府\n', city);
	assert.equal(name, '临川县人民政府');
	assert.equal(suggestions?.[0], '临川区人民政府');
	// A city's registry lists its two or three counties' governments beside its bureaus: each place counts (a reviewer).
	const bureaus = ['发改委', '财政局', '民政局', '教育局', '公安局', '司法局', '商务局', '水利局'].map((name) => `市${name}\n`).join('');
	assert.deepEqual(unknown('1.甲。\n牵头单位：市财政局；责任单位：清和县人民政府、江北县人民政府\n', `${bureaus}清河县人民政府\n江北县人民政府\n`), [['清和县人民政府', ['清河县人民政府']]]);
	// A body keeps its level word: a district's 区财政局 is not judged by a registry of a county's bodies.
	assert.deepEqual(unknown('1.甲。\n牵头单位：县财政局；责任单位：区财政局\n', '县财政局\n县发改局\n县统计局\n'), []);
});

// A reviewer: under a registry of full names (江州市临川区人民政府) the notice's 临川区人民政府 lost its suggestion, and a
// town the registry lacks was offered any town sharing one of its two characters (云溪镇: 云山镇, 龙溪镇).
test('a place is offered the registry\'s place written after its parent, and no town one of whose two characters differs', () => {
	const unknown = (text: string, registry: string) => check(text, registry).findings.filter((finding) => finding.code === 'unknown-unit').map((finding) => [finding.args[0], finding.suggestions ?? []]);
	const full = '江州市财政局\n江州市民政局\n江州市临川区人民政府\n临川区青石镇人民政府\n';
	assert.deepEqual(unknown('1.甲。\n牵头单位：江州市财政局；责任单位：临川区人民政府、青石镇人民政府\n', full), [['临川区人民政府', ['江州市临川区人民政府']], ['青石镇人民政府', ['临川区青石镇人民政府']]]);
	const towns = '区民政局\n区财政局\n云山镇人民政府\n龙溪镇人民政府\n荣山镇人民政府\n';
	assert.deepEqual(unknown('1.甲。\n牵头单位：区民政局；责任单位：云溪镇政府、荣华镇政府、龙溪乡人民政府\n', towns), [['云溪镇政府', []], ['荣华镇政府', []], ['龙溪乡人民政府', ['龙溪镇人民政府']]]);
});

// A reviewer: a city's registry listing its counties bare (清河县) gave unknown-unit to 清河县人民政府 on a correct notice.
test('a place as a unit is one unit in its forms: bare, with its 人民政府 or 政府, a street with its 办事处', () => {
	const unknown = (text: string, registry: string) => check(text, registry).findings.filter((finding) => finding.code === 'unknown-unit' || finding.code === 'unit-variant').map((finding) => `${finding.code} ${finding.args[0]}`);
	const bureaus = '市发改委\n市财政局\n市民政局\n';
	assert.deepEqual(unknown('1.甲。\n牵头单位：市财政局；责任单位：清河县人民政府、江北县政府、临川区人民政府、文昌街道办事处\n2.乙。\n牵头单位：清河县\n', `${bureaus}清河县\n江北县\n临川区\n文昌街道\n`), []);
	assert.deepEqual(unknown('1.甲。\n牵头单位：市财政局；责任单位：清河县、文昌街道\n', `${bureaus}清河县人民政府\n文昌街道办事处\n`), []);
	// Another place is still another unit.
	assert.deepEqual(unknown('1.甲。\n牵头单位：市财政局；责任单位：清和县人民政府\n', `${bureaus}清河县\n江北县\n`), ['unknown-unit 清和县人民政府']);
});

test('a name two registries in force both list is suggested once (a reviewer: 「市公安局临川分局」 offered twice)', () => {
	const city = engine.parseRegistry('市公安局\n市公安局临川分局\n市财政局\n', 'file:///ws/单位名录.txt');
	const district = engine.parseRegistry('区财政局\n区教育局\n区民政局\n市公安局临川分局\n', 'file:///ws/临川区/单位名录.txt');
	const directory = engine.createDirectory([district, city]);
	const suggestions = directory!.suggest('市公安局临穿分局');
	assert.equal(suggestions.filter((name) => name === '市公安局临川分局').length, 1, JSON.stringify(suggestions));
});
