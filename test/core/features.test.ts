import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldingRanges } from '../../server/src/core/features/foldingRanges';
import { outline } from '../../server/src/core/features/outline';
import type { NoticeReader } from '../../server/src/core/features/readBack';
import { flatText } from '../../server/src/core/text/noticeText';
import { applyEdits, quickFixes } from '../../server/src/core/features/quickFixes';
import { unitAt } from '../../server/src/core/features/unitAt';
import { placeBoundLevel, unitIdentity } from '../../server/src/core/features/unitIdentity';
import { resolveUnit } from '../../server/src/core/features/taskTable';
import { tasksByRole, workspaceUnits } from '../../server/src/core/features/unitReferences';
import { withCursor, dedent } from '../support/cursor';
import { check, codes, engine } from '../support/engine';

test('outline: sections hold tasks; a task shows its lead units', () => {
	const { notice } = check(dedent(`
		一、稳增长
		1.扩投资。
		牵头单位：市发改委、市财政局
		二、促改革
		1.放管服。
		责任单位：市政务办、市司法局
	`));
	const nodes = outline(notice);
	assert.deepEqual(nodes.map((node) => [node.kind, node.name, node.children.map((child) => [child.name, child.detail])]), [
		['section', '一、稳增长', [['1.扩投资。', '牵头：市发改委、市财政局']]],
		['section', '二、促改革', [['1.放管服。', '']]],
	]);
	for (const node of nodes) {
		for (const child of node.children) {
			assert.ok(child.span.start >= node.span.start && child.span.end <= node.span.end, 'children nest in their section');
			assert.ok(child.selectionSpan.start >= child.span.start && child.selectionSpan.end <= child.span.end);
		}
	}
});

test("outline: a task's detail adds its own leader and its deadline; a long title is named by its first clause", () => {
	const { notice } = check(dedent(`
		2020年重点工作任务分解
		一、于会游市长主抓重点工作
		1.扩大有效投资，推进重大项目建设，全年完成固定资产投资100亿元。
		牵头单位：市发改委
		责任领导：王俊副市长
		完成时限：6月底前
		2.稳定外贸出口（持续推进）。
		牵头单位：市商务局
		3.推进政务服务“一网通办”向村社区延伸覆盖全部行政村和城市社区
		责任单位：市政务办、市大数据局
	`));
	const tasks = outline(notice)[0].children;
	assert.deepEqual(tasks.map((task) => [task.name, task.detail]), [
		['1.扩大有效投资…', '牵头：市发改委 · 领导：王俊副市长 · 时限：6月底前'],
		['2.稳定外贸出口（持续推进）。', '牵头：市商务局 · 时限：持续推进'],
		['3.推进政务服务“一网通办”向村社区延伸覆盖全部行政村和城市社区', ''],
	]);
	assert.deepEqual(outline(notice, 'en')[0].children.map((task) => task.detail), ['Lead: 市发改委 · Leader: 王俊副市长 · Due: 6月底前', 'Lead: 市商务局 · Due: 持续推进', '']);
});

test('unitAt: the unit under the cursor, its end included; nothing between units', () => {
	const at = (fixture: string) => {
		const { text, offset } = withCursor(fixture);
		return unitAt(check(text).notice, offset)?.name;
	};
	assert.equal(at('1.甲。\n牵头单位：市发$0改委、商务局\n'), '市发改委');
	assert.equal(at('1.甲。\n牵头单位：市发改委、商务局$0\n'), '市商务局');
	assert.equal(at('1.甲$0。\n牵头单位：市发改委\n'), undefined);
});

test('references across notices, by role, through registry aliases', () => {
	const directory = engine.createDirectory([engine.parseRegistry('市发展和改革委员会 = 市发改委\n', 'file:///units.txt')]);
	const a = engine.parseNotice('1.甲。\n牵头单位：市发改委；责任单位：市财政局\n2.乙。\n牵头单位：市财政局；责任单位：市发展和改革委员会\n');
	const b = engine.parseNotice('1.丙。\n责任单位：市商务局、市发改委\n');
	const notices = [{ uri: 'a', notice: a, directory }, { uri: 'b', notice: b, directory }];
	const identity = unitIdentity(a.units[0], { uri: 'a', directory });
	const references = workspaceUnits(notices).get(identity)?.references ?? [];
	assert.deepEqual(references.map((reference) => [reference.uri, reference.task.marker.number, reference.role]), [
		['a', 1, 'lead'],
		['a', 2, 'responsible'],
		['b', 1, 'responsible'],
	]);
	const byRole = tasksByRole(references);
	assert.deepEqual([byRole.lead.length, byRole.responsible.length, byRole.other.length], [1, 2, 0]);
});

test('outline names: a bare row number stands apart from a title starting with a digit', () => {
	// A table pasted a cell a line: row 1's title `5G基站…` glued to its number read `15G基站…`.
	const { notice } = check('2022年重点工作任务分解表\n\n序号\n工作任务\n牵头单位\n责任单位\n\n1\n5G基站新建1000个\n区经济信息委\n区住房城乡建委\n\n2\n2022年底前完成老旧小区改造\n区住房城乡建委\n各街道办事处\n');
	assert.deepEqual(
		outline(notice).map((node) => node.name),
		['1 5G基站新建1000个', '2 2022年底前完成老旧小区改造'],
	);
});

test('outline names are cut between characters, never inside a surrogate pair', () => {
	// 𠀀 (Extension B, two UTF-16 units) where the name is cut: a lone surrogate is no text.
	const title = '全面落实国家和省各项稳增长政策措施加快推进重大项目建设\u{20000}确保完成全年投资目标任务。';
	const { notice } = check(`2020年任务分解\n1.${title}\n牵头单位：市发改委\n2.推进城市更新。\n牵头单位：市住建局\n`);
	const name = outline(notice)[0].name;
	assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(name), JSON.stringify(name));
	assert.ok(name.endsWith('…'));
});

test('the cover letter folds up to the line before the first heading, however that heading is indented', () => {
	for (const indent of ['', '  ', '\u3000\u3000', '\t']) {
		const { notice } = check(`关于印发2018年重点工作责任分解的通知\n各县（市、区）人民政府：\n现将责任分解印发给你们。\n\n${indent}一、市长牵头的重点工作\n1.扩大投资。\n牵头单位：市发改委\n2.稳定外贸。\n牵头单位：市商务局\n`);
		assert.deepEqual(foldingRanges(notice)[0], { startLine: 0, endLine: 3, kind: 'comment' }, JSON.stringify(indent));
	}
});

/** Applies the first fix of the first finding with `code`, and checks the text again. */
function fix(code: string, text: string, registry?: string, pick = 0) {
	const { notice, findings } = check(text, registry);
	const finding = findings.find((candidate) => candidate.code === code);
	assert.ok(finding, `no ${code} finding in ${JSON.stringify(text)}`);
	const fixes = quickFixes({ uri: 'doc', notice, finding, registry: registry === undefined ? undefined : { uri: 'registry', text: registry }, reader: engine });
	const chosen = fixes[pick];
	assert.ok(chosen, `no fix #${pick} for ${code}`);
	const documentEdits = chosen.edits.filter((edit) => edit.uri === 'doc').flatMap((edit) => edit.edits);
	const registryEdits = chosen.edits.filter((edit) => edit.uri === 'registry').flatMap((edit) => edit.edits);
	const fixedText = applyEdits(text, documentEdits);
	const fixedRegistry = registry === undefined ? undefined : applyEdits(registry, registryEdits);
	return { fixedText, fixedRegistry, after: check(fixedText, fixedRegistry).findings, fixes };
}

test('quick fix for lead-not-designated: the list split where the reader splits it (和 as well as 、), and read back', () => {
	// `市商务局和市发改委` is two units: the first leads, 和 goes with it, the second keeps its field.
	const text = '2020年任务分解\n1.稳定外贸。\n责任单位：市商务局和市发改委\n2.扩大投资。\n牵头单位：市发改委\n';
	const { fixedText, after, fixes } = fix('lead-not-designated', text);
	assert.equal(fixedText, text.replace('责任单位：市商务局和', '牵头单位：市商务局；责任单位：'));
	assert.deepEqual(codes(after), []);
	// A note after the list would make `市商务局和市发改委` one unit: not offered.
	assert.deepEqual(fixes.map((candidate) => candidate.title.id), ['fix.lead-first-unit']);
	const parenthesis = fix('lead-not-designated', '2020年任务分解\n1.稳定外贸（市商务局和市发改委负责）。\n2.扩大投资。\n牵头单位：市发改委\n');
	assert.equal(parenthesis.fixedText, '2020年任务分解\n1.稳定外贸（市商务局牵头，市发改委负责）。\n2.扩大投资。\n牵头单位：市发改委\n');
	assert.deepEqual(codes(parenthesis.after), []);
});

test('quick fix: a unit the task lists already is neither suggested nor written twice', () => {
	const registry = '市市场监督管理局 = 市市场监管局\n市人社局\n市财政局\n市发改委\n';
	// The variant beside its usual spelling in one task: removed, not replaced into a duplicate.
	const variant = fix('unit-variant', '2020年任务分解\n1.甲。\n牵头单位：市市场监督管理局；责任单位：市市场监管局、市人社局\n2.乙。\n牵头单位：市市场监督管理局\n', registry);
	assert.equal(variant.fixedText, '2020年任务分解\n1.甲。\n牵头单位：市市场监督管理局；责任单位：市人社局\n2.乙。\n牵头单位：市市场监督管理局\n');
	assert.ok(variant.fixes[0].preferred);
	assert.deepEqual(codes(variant.after), []);
	// 市财正局 beside 市财政局: 市财政局 is no suggestion there.
	const { findings } = check('2020年任务分解\n1.甲（市发改委牵头，市财正局、市财政局配合）。\n', registry);
	const unknown = findings.find((finding) => finding.code === 'unknown-unit')!;
	assert.ok(!(unknown.suggestions ?? []).includes('市财政局'), JSON.stringify(unknown.suggestions));
});

test('quick fix for lead-not-designated: not offered when the fixed notice has a finding the notice had not', () => {
	const text = '2020年任务分解\n1.稳定外贸。\n责任单位：市商务局、市发改委\n2.扩大投资。\n牵头单位：市发改委\n';
	const { notice, findings } = check(text);
	const finding = findings.find((candidate) => candidate.code === 'lead-not-designated')!;
	const offered = (reader: typeof engine | NoticeReader) => quickFixes({ uri: 'doc', notice, finding, reader }).map((candidate) => candidate.title.id);
	assert.deepEqual(offered(engine), ['fix.lead-first-unit', 'fix.declare-convention']);
	// A reader whose checks find a problem in the text as the first fix writes it: that fix is left out.
	const strict: NoticeReader = {
		parseNotice: (written) => engine.parseNotice(written),
		unitKey: (name) => engine.unitKey(name),
		check: (read, directory) => [...engine.check(read, directory), ...(flatText(read.text).includes('牵头单位：市商务局') ? [{ ...finding, code: 'empty-field' as const, args: ['牵头单位'] }] : [])],
	};
	assert.deepEqual(offered(strict), ['fix.declare-convention']);
});

test('quick fix: replace an unknown unit with the suggestion, keeping its scope', () => {
	const { fixedText, after } = fix('unknown-unit', '1.甲。\n牵头单位：市财正局(预算)\n', '市财政局\n');
	assert.equal(fixedText, '1.甲。\n牵头单位：市财政局(预算)\n');
	assert.ok(!codes(after).includes('unknown-unit'));
});

test('quick fix: add an unknown unit to the registry', () => {
	const { fixes } = fix('unknown-unit', '1.甲。\n牵头单位：市大数据局\n', '市财政局');
	const add = fixes.find((candidate) => candidate.edits.some((edit) => edit.uri === 'registry'))!;
	assert.equal(applyEdits('市财政局', add.edits[0].edits), '市财政局\n市大数据局\n');
	const after = check('1.甲。\n牵头单位：市大数据局\n', '市财政局\n市大数据局\n').findings;
	assert.ok(!codes(after).includes('unknown-unit'));
});

test('quick fix: a unit no registry line can hold is not offered for the registry (# would start a comment)', () => {
	const { fixes } = fix('unknown-unit', '1.甲。\n牵头单位：市丙#局\n', '市丙局\n');
	assert.deepEqual(fixes.map((candidate) => candidate.edits[0].uri), ['doc'], 'only the suggestion');
});

test('quick fix: renumber a list', () => {
	const { fixedText, after } = fix('number-gap', '1.甲。\n牵头单位：市发改委\n3.乙。\n牵头单位：市发改委\n3.丙。\n牵头单位：市发改委\n');
	assert.equal(fixedText, '1.甲。\n牵头单位：市发改委\n2.乙。\n牵头单位：市发改委\n3.丙。\n牵头单位：市发改委\n');
	assert.deepEqual(codes(after), []);
});

test('quick fix: renumber Chinese section numerals', () => {
	const { fixedText } = fix('duplicate-number', '一、甲\n1.子。\n牵头单位：市发改委\n一、乙\n1.子。\n牵头单位：市发改委\n');
	assert.ok(fixedText.includes('二、乙'));
});

test('quick fix: split a glued item, in the text\'s own line breaks', () => {
	const { fixedText, after } = fix('glued-item', '1.甲。\r\n责任单位：市发改委、市府办2.乙事项推进。\r\n责任单位：市府办\r\n');
	assert.equal(fixedText, '1.甲。\r\n责任单位：市发改委、市府办\r\n2.乙事项推进。\r\n责任单位：市府办\r\n');
	assert.ok(!codes(after).includes('glued-item'));
});

test('quick fix: join a broken unit name', () => {
	const { fixedText, after } = fix('broken-unit-name', '1.甲。\n牵头单位:市发改委;责任单位:各\n县(市)区政府\n');
	assert.equal(fixedText, '1.甲。\n牵头单位:市发改委;责任单位:各县(市)区政府\n');
	assert.ok(!codes(after).includes('broken-unit-name'));
});

test('quick fix: use the usual spelling; remove a repeated unit', () => {
	const many = Array.from({ length: 3 }, (_, i) => `${i + 1}.项。\n牵头单位：市经信局\n`).join('');
	const variant = fix('unit-variant', `${many}4.项。\n牵头单位：市经信委\n`);
	assert.ok(variant.fixedText.endsWith('4.项。\n牵头单位：市经信局\n'));
	assert.ok(!codes(variant.after).includes('unit-variant'));
	const repeated = fix('duplicate-unit', '1.甲。\n牵头单位：市发改委；配合单位：市财政局、市发改委\n');
	assert.equal(repeated.fixedText, '1.甲。\n牵头单位：市发改委；配合单位：市财政局\n');
});

test('a unit is its registry entry: an alias is the canonical name; a county registry repeating a city unit names the city registry\'s', () => {
	const city = engine.parseRegistry('市发展和改革委员会 = 市发改委\n', 'file:///ws/units.txt');
	const county = engine.parseRegistry('县财政局\n市发改委\n', 'file:///ws/%E6%B8%85%E6%B2%B3%E5%8E%BF/units.txt');
	const cityPlace = { uri: 'file:///ws/a.txt', directory: engine.createDirectory([city]) };
	const countyPlace = { uri: 'file:///ws/%E6%B8%85%E6%B2%B3%E5%8E%BF/b.txt', directory: engine.createDirectory([county, city]) };
	const alias = engine.parseNotice('1.甲。\n牵头单位：市发改委\n').units[0];
	const canonical = engine.parseNotice('1.乙。\n牵头单位：市发展和改革委员会\n').units[0];
	assert.equal(unitIdentity(alias, cityPlace), unitIdentity(canonical, cityPlace));
	assert.equal(unitIdentity(alias, countyPlace), unitIdentity(canonical, cityPlace), 'the county registry lists the city unit again: one unit');
	assert.notEqual(unitIdentity(alias, { uri: 'file:///ws/a.txt', directory: undefined }), unitIdentity(canonical, { uri: 'file:///ws/a.txt', directory: undefined }), 'without the registry the alias is its own name');
});

test('place-bound names are a county, district, town or village body; not a city unit, a full name, or the city\'s collective of its counties', () => {
	const level = (name: string) => placeBoundLevel(engine.unitKey(name));
	assert.deepEqual(['县财政局', '区发改局', '镇政府', '街道办事处', '各乡镇人民政府', '县直各部门', '团县委', '全县各部门', '縣財政局'].map(level), ['县', '区', '镇', '街道', '乡', '县', '县', '县', '县']);
	assert.deepEqual(['市财政局', '清河县财政局', '各县（市、区）人民政府', '各区政府', '国家发展改革委', '团市委', '财政局'].map(level), [undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
});

test('a place-bound name no registry lists is one unit under the registry of its level that reads it, as the CLI gives its paths too (relative, Windows); without one, one unit by name', () => {
	const mention = engine.parseNotice('1.甲。\n牵头单位：县财政局；责任单位：市住建局\n').units;
	// A county registry listing 县 names, not 县财政局: the name is told apart by that registry's folder.
	const county = (registry: string) => engine.createDirectory([engine.parseRegistry('县统计局\n', registry)]);
	const table = (uri: string, registry?: string) => mention.map((unit) => resolveUnit(unit, { uri, directory: registry === undefined ? undefined : county(registry) }).identity);
	assert.deepEqual(table('a.txt'), table('b.txt'));
	assert.deepEqual(table('清河县/a.txt'), table('江北县/a.txt'), 'no registry of the level: one unit by name, as before');
	assert.deepEqual(table('清河县/a.txt', '清河县/单位名录.txt'), table('清河县/2025/b.txt', '清河县/单位名录.txt'));
	assert.deepEqual(table('C:\\县\\清河县\\a.txt', 'C:\\县\\清河县\\单位名录.txt'), table('C:/县/清河县/b.txt', 'C:/县/清河县/单位名录.txt'));
	assert.notEqual(table('清河县/a.txt', '清河县/单位名录.txt')[0], table('江北县/a.txt', '江北县/单位名录.txt')[0]);
	assert.equal(table('清河县/a.txt', '清河县/单位名录.txt')[1], table('江北县/a.txt', '江北县/单位名录.txt')[1], '市住建局 is one unit of the city');
	assert.equal(table(uriOfPath('清河县/a.txt'), uriOfPath('清河县/单位名录.txt'))[0], table(uriOfPath('清河县/b.txt'), uriOfPath('清河县/单位名录.txt'))[0]);
});

const uriOfPath = (path: string) => `file:///ws/${path.split('/').map(encodeURIComponent).join('/')}`;
