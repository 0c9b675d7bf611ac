import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { fixAllEdits } from '../../server/src/core/features/fixAll';
import { applyEdits, quickFixes } from '../../server/src/core/features/quickFixes';
import { check, codes, engine } from '../support/engine';
import { repoRoot } from '../support/golden';
import { noticeText } from '../support/noticeArbitrary';
import { localize } from '../../server/src/core/messages/message';

/** The text after "fix all". */
function fixAll(text: string, registry?: string): string {
	const { notice, findings } = check(text, registry);
	return applyEdits(text, fixAllEdits({ uri: 'doc', notice, findings, reader: engine }));
}

test('under a registry, unit-variant points at the registry\'s name and fix all writes it, however often the other spelling stands', () => {
	// The registry lists 市教育局; a draft writes 市教育体育局 in two tasks and 市教育局 in a third.
	const registry = '市教育局\n市财政局\n市住建局\n市卫健委\n';
	const text = '2024年民生实事分工\n1.增加幼儿园学位。\n牵头单位：市教育体育局；责任单位：市财政局、市住建局\n2.办好课后服务。\n牵头单位：市教育体育局；责任单位：市财政局\n3.做好视力筛查。\n牵头单位：市卫健委；责任单位：市教育局\n';
	const variants = check(text, registry).findings.filter((finding) => finding.code === 'unit-variant');
	assert.deepEqual(variants.map((finding) => [finding.args[0], finding.suggestions]), [['市教育体育局', ['市教育局']], ['市教育体育局', ['市教育局']]]);
	const directory = engine.createDirectory([engine.parseRegistry(registry, 'file:///units.units.txt')]);
	const { notice, findings } = check(text, registry);
	const fixed = applyEdits(text, fixAllEdits({ uri: 'doc', notice, findings, reader: engine, directory }));
	assert.equal(fixed, text.replaceAll('市教育体育局', '市教育局'));
	// Without a registry the most frequent spelling stays the usual one.
	assert.deepEqual(check(text).findings.filter((finding) => finding.code === 'unit-variant').map((finding) => finding.args.slice(0, 2)), [['市教育局', '市教育体育局']]);
});

test('fix all writes a renamed unit\'s successor by its registry name where the notice writes that name too, not by a form it writes more often', () => {
	// 市人事局 is now 市人力资源和社会保障局; the notice writes 市人社局 twice and the registry's name once.
	const registry = '市人事局 -> 市人力资源和社会保障局\n市财政局\n';
	const text = '2020年任务分解\n1.甲。\n牵头单位：市人事局；责任单位：市财政局\n2.乙。\n牵头单位：市人社局\n3.丙。\n牵头单位：市人社局\n4.丁。\n牵头单位：市财政局；责任单位：市人力资源和社会保障局\n';
	const { notice, findings } = check(text, registry);
	const directory = engine.createDirectory([engine.parseRegistry(registry, 'file:///units.units.txt')]);
	const fixed = applyEdits(text, fixAllEdits({ uri: 'doc', notice, findings, reader: engine, directory }));
	assert.equal(fixed, text.replaceAll('市人事局', '市人力资源和社会保障局').replaceAll('市人社局', '市人力资源和社会保障局'));
	assert.deepEqual(codes(check(fixed, registry).findings), []);
});

/** What follows the last unit line of a notice: a signature block, a date, a closing sentence, page furniture. */
const TRAILERS = [
	'市政府办公室\n2020年3月1日\n',
	'徐州市人民政府\n2020年2月27日\n',
	'请各单位认真贯彻落实。\n',
	'2020年3月1日\n',
	'二〇二〇年三月一日\n',
	'抄送：市委办公室\n',
	'市财政局\n',
];

test('fix all writes a renamed unit\'s successor as the notice already writes it: one spelling after, not two', () => {
	// 市人事局 is now 市人力资源和社会保障局, which the notice writes 市人社局 (first) and in full (once).
	const registry = '市人事局 -> 市人力资源和社会保障局\n市人力资源和社会保障局 = 市人社局\n市财政局\n';
	const text = '2020年任务分解\n1.甲。\n牵头单位：市人事局；责任单位：市财政局\n2.乙。\n牵头单位：市人社局\n3.丙。\n牵头单位：市财政局；责任单位：市人力资源和社会保障局\n';
	const { notice, findings } = check(text, registry);
	const directory = engine.createDirectory([engine.parseRegistry(registry, 'file:///units.units.txt')]);
	const fixed = applyEdits(text, fixAllEdits({ uri: 'doc', notice, findings, reader: engine, directory }));
	assert.equal(fixed, text.replace('市人事局', '市人社局').replace('市人力资源和社会保障局', '市人社局'));
	assert.deepEqual(codes(check(fixed, registry).findings), []);
});

test('fix all never joins a signature, a date or a closing sentence to the last unit line', () => {
	for (const trailer of TRAILERS) {
		const text = '2020年任务分解\n1.甲。\n牵头单位：市发改委；责任单位：市财政局、市税务局\n' + trailer;
		const fixed = fixAll(text);
		assert.equal(fixed, text, `${JSON.stringify(trailer)} was joined: ${JSON.stringify(fixed)}`);
		const { notice, findings } = check(text);
		for (const finding of findings.filter((candidate) => candidate.code === 'broken-unit-name')) {
			assert.deepEqual(quickFixes({ uri: 'doc', notice, finding, reader: engine }), [], `a join is offered for ${JSON.stringify(trailer)}`);
		}
	}
});

test('fix all on every sample with each trailer after its last unit line: every line break before the trailer stays', () => {
	const seedsFolder = path.join(repoRoot(), 'seeds');
	for (const name of fs.readdirSync(seedsFolder).filter((file) => file.endsWith('.txt'))) {
		const seed = fs.readFileSync(path.join(seedsFolder, name), 'utf8');
		const lastUnit = engine.parseNotice(seed).units.at(-1);
		if (!lastUnit) {
			continue;
		}
		const lineEnd = seed.indexOf('\n', lastUnit.end);
		const head = lineEnd < 0 ? seed + '\n' : seed.slice(0, lineEnd + 1);
		for (const trailer of TRAILERS) {
			const fixed = fixAll(head + trailer);
			assert.ok(fixed.endsWith('\n' + trailer), `${name}: "${trailer.trim()}" was joined to the unit line`);
		}
	}
});

test('fix all still joins a name a paste broke, and each fix it makes reads back as intended', () => {
	assert.equal(fixAll('1.甲。\n牵头单位:市发改委;责任单位:各\n县(市)区政府\n'), '1.甲。\n牵头单位:市发改委;责任单位:各县(市)区政府\n');
	assert.equal(fixAll('1.甲。\n牵头单位：徐州经开区、高新区管\n委会\n'), '1.甲。\n牵头单位：徐州经开区、高新区管委会\n');
	// Renumbering, a repeated unit and a broken name in one go.
	const text = '1.甲。\n牵头单位：市发改委；配合单位：市财政局、市发改委\n3.乙。\n牵头单位：市发改委；责任单位：各\n县(市)区政府\n';
	const fixed = fixAll(text);
	assert.equal(fixed, '1.甲。\n牵头单位：市发改委；配合单位：市财政局\n2.乙。\n牵头单位：市发改委；责任单位：各县(市)区政府\n');
	assert.deepEqual(codes(check(fixed).findings), []);
});

test('a repeated unit that is the only one of its field goes with its label, never leaving the field empty', () => {
	const remove = (text: string) => {
		const { notice, findings } = check(text);
		const finding = findings.find((candidate) => candidate.code === 'duplicate-unit');
		assert.ok(finding, `no duplicate-unit in ${JSON.stringify(text)}`);
		const fixes = quickFixes({ uri: 'doc', notice, finding, reader: engine });
		return fixes.length === 0 ? undefined : { text: applyEdits(text, fixes[0].edits[0].edits), title: localize(fixes[0].title, 'zh-cn') };
	};
	const inline = remove('1.甲。\n牵头单位：市发改委；配合单位：市发改委\n');
	assert.deepEqual(inline, { text: '1.甲。\n牵头单位：市发改委\n', title: '删除重复的「市发改委」及其「配合单位」' });
	assert.equal(remove('1.甲。（牵头单位：市发改委；配合单位：市发改委）\n')?.text, '1.甲。（牵头单位：市发改委）\n');
	assert.equal(remove('1.甲。\n牵头单位：市发改委\n配合单位：市发改委\n2.乙。\n牵头单位：市财政局\n')?.text, '1.甲。\n牵头单位：市发改委\n2.乙。\n牵头单位：市财政局\n');
	assert.equal(remove('1.甲。\n牵头单位：市发改委；配合单位：市发改委；责任单位：市财政局\n')?.text, '1.甲。\n牵头单位：市发改委；责任单位：市财政局\n');
	// When the repeat is in the lead field, removing it would take the lead label with it: not offered.
	assert.equal(remove('1.甲。\n配合单位：市发改委；牵头单位：市发改委\n'), undefined);
	for (const text of ['1.甲。\n牵头单位：市发改委；配合单位：市发改委\n', '1.甲。\n牵头单位：市发改委\n配合单位：市发改委\n']) {
		assert.ok(!codes(check(fixAll(text)).findings).includes('empty-field'), `fix all left an empty field in ${JSON.stringify(text)}`);
	}
});

test('a replacement is offered only where it reads as itself: a bare name after 市发改委、 would read as 市工信局', () => {
	const registry = '市发改委\n市商务局\n市经信局 -> 工信局\n';
	const text = '1.甲。\n牵头单位：市发改委、经信局、商务局\n';
	const { notice, findings } = check(text, registry);
	const finding = findings.find((candidate) => candidate.code === 'renamed-unit');
	assert.ok(finding, JSON.stringify(codes(findings)));
	assert.deepEqual(finding.suggestions, ['工信局']);
	assert.deepEqual(quickFixes({ uri: 'doc', notice, finding, reader: engine }), []);
	assert.equal(fixAll(text, registry), text);
	// Among other fixes, fix-all leaves that one out and keeps the rest (reading the notice a few times, not once per fix).
	let reads = 0;
	const counting = { unitKey: (name: string) => engine.unitKey(name), parseNotice: (source: string) => (reads++, engine.parseNotice(source)) };
	const many = text + '3.乙。\n牵头单位：市发改委；配合单位：市商务局、市发改委\n' + Array.from({ length: 20 }, (_, i) => `${i + 5}.丙。\n牵头单位：市商务局\n`).join('');
	const checked = check(many, registry);
	const fixed = applyEdits(many, fixAllEdits({ uri: 'doc', notice: checked.notice, findings: checked.findings, reader: counting }));
	assert.ok(fixed.startsWith(text), 'the replacement that would read otherwise is left out');
	assert.ok(fixed.includes('2.乙。\n牵头单位：市发改委；配合单位：市商务局\n3.丙。'), 'renumbered, the repeated unit removed');
	assert.ok(reads <= 3, `${reads} readings`);
	// Where nothing is distributed the same replacement reads as written, and is offered.
	const alone = check('1.甲。\n牵头单位：市经信局\n', registry);
	const renamed = alone.findings.find((candidate) => candidate.code === 'renamed-unit')!;
	assert.deepEqual(quickFixes({ uri: 'doc', notice: alone.notice, finding: renamed, reader: engine }).map((fix) => fix.edits[0].edits[0].newText), ['工信局']);
});

test('fix all on 400 generated notices ending in a line no unit name holds: never throws, never joins that line', () => {
	// (A unit line after a list cut off mid-name, `市属有关单` then `市财政局`, is no such line.)
	const nonUnitTrailers = TRAILERS.filter((trailer) => /[0-9〇。：]/.test(trailer));
	fc.assert(
		fc.property(noticeText, fc.constantFrom(...nonUnitTrailers), (body, trailer) => {
			const text = body + (/[\r\n]$/.test(body) || body.length === 0 ? '' : '\n') + trailer;
			const fixed = fixAll(text, '市发展和改革委员会 = 市发改委\n市财政局\n铜山区政府\n');
			assert.ok(fixed.endsWith(trailer) && /(^|[\r\n])$/.test(fixed.slice(0, fixed.length - trailer.length)), `the trailer ${JSON.stringify(trailer)} was joined`);
			const before = engine.parseNotice(text).units.filter((unit) => !unit.brokenAcrossLines).length;
			// Units go only as repeats: a duplicate-unit, or a unit-variant whose usual spelling its task lists already (removed, not written twice).
			const repeats = codes(check(text, '市发展和改革委员会 = 市发改委\n市财政局\n铜山区政府\n').findings).filter((code) => code === 'duplicate-unit' || code === 'unit-variant').length;
			assert.ok(engine.parseNotice(fixed).units.length >= before - repeats);
		}),
		{ numRuns: 400 },
	);
});

test('fix all does not make the fixes it never applies: a notice of tasks without units is not read again once per task (the missing-lead fix is read back with a unit typed)', () => {
	let reads = 0;
	const counting = { parseNotice: (text: string) => (reads++, engine.parseNotice(text)), unitKey: (name: string) => engine.unitKey(name) };
	const text = '1.甲。\n牵头单位：市发改委\n' + Array.from({ length: 10 }, (_, i) => `${i + 2}.乙${i}。\n`).join('');
	const { notice, findings } = check(text);
	assert.equal(findings.filter((finding) => finding.code === 'missing-lead').length, 10);
	assert.deepEqual(fixAllEdits({ uri: 'file:///a.txt', notice, findings, reader: counting }), []);
	assert.equal(reads, 0);
	// Each is offered on its own, read back once.
	assert.equal(quickFixes({ uri: 'file:///a.txt', notice, finding: findings[0], reader: counting }).length, 1);
	assert.equal(reads, 1);
});

test('a name broken across a blank line (各\\n\\r\\n市发改委) is joined by one deletion, not two that touch, and undoing it restores the text byte for byte', () => {
	// The property test's counterexamples (fast-check seeds 215 and 925): two line breaks in a row, of two kinds.
	for (const text of [
		'1.朗读\n牵头单位:市发改委;责任单位:各\n\r\n市发改委\n',
		'1.牵头单位:市发改委;责任单位:各\r\n\n市发改委、市发改委、市发改委1.朗读\n',
		'1.朗读\n牵头单位:市发改委;责任单位:各\n\r市发改委、市发改委1.朗读\n',
	]) {
		const { notice, findings } = check(text);
		const finding = findings.find((candidate) => candidate.code === 'broken-unit-name');
		assert.ok(finding, `no broken-unit-name in ${JSON.stringify(text)}: ${codes(findings).join()}`);
		const [fix] = quickFixes({ uri: 'doc', notice, finding, reader: engine });
		assert.ok(fix, `no join offered in ${JSON.stringify(text)}`);
		const edits = fix.edits[0].edits;
		const breakAt = text.indexOf('各') + 1;
		const breakEnd = text.indexOf('市发改委', breakAt);
		assert.deepEqual(edits, [{ span: { start: breakAt, end: breakEnd }, newText: '' }], JSON.stringify(text));
		const joined = applyEdits(text, edits);
		assert.equal(joined, text.slice(0, breakAt) + text.slice(breakEnd));
		assert.equal(applyEdits(joined, [{ span: { start: breakAt, end: breakAt }, newText: text.slice(breakAt, breakEnd) }]), text);
	}
});

test('applyEdits puts the texts of inserts at one position in the order of the edits, as an LSP client does', () => {
	const inserts = [
		{ span: { start: 1, end: 1 }, newText: '\n' },
		{ span: { start: 1, end: 1 }, newText: '\r\n' },
	];
	assert.equal(applyEdits('各市', inserts), '各\n\r\n市');
	assert.equal(applyEdits('各市', [...inserts].reverse()), '各\r\n\n市');
	// An insert before a replacement that starts where it is goes before the replacement's text, whatever their order.
	const replacement = { span: { start: 1, end: 2 }, newText: '县' };
	assert.equal(applyEdits('各市', [replacement, inserts[0]]), '各\n县');
	assert.equal(applyEdits('各市', [inserts[0], replacement]), '各\n县');
});
