import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { engine } from '../support/engine';

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
});
