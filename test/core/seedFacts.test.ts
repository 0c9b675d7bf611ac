import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { check, codes } from '../support/engine';
import { repoRoot } from '../support/golden';

const read = (name: string) => fs.readFileSync(path.join(repoRoot(), 'seeds', name), 'utf8');
const names = (units: ReadonlyArray<{ name: string }>) => units.map((unit) => unit.name);

test('xuzhou: 87 tasks; item 21 and item 9 read as a clerk reads them', () => {
	const { notice, findings } = check(read('xuzhou-2020-task-breakdown.txt'));
	assert.equal(notice.tasks.length, 87);
	assert.deepEqual(notice.tasks.map((task) => task.marker.number), Array.from({ length: 87 }, (_, i) => i + 1));
	const item21 = notice.tasks[20];
	const responsible = names(item21.units.filter((unit) => unit.role === 'responsible'));
	for (const expected of ['市发改委', '市工信局', '市科技局', '市地方金融监管局', '徐州经开区管委会', '徐州高新区管委会']) {
		assert.ok(responsible.includes(expected), `item 21 responsible lacks ${expected}: ${responsible.join('、')}`);
	}
	const item9 = notice.tasks[8].units.filter((unit) => unit.role === 'responsible');
	assert.equal(item9.length, 1);
	assert.equal(item9[0].name, '各县(市)区政府');
	assert.equal(item9[0].written, '各\n县(市)区政府');
	assert.ok(item9[0].collective);
	assert.ok(codes(findings).includes('count-mismatch'));
	assert.ok(!codes(findings).includes('duplicate-number'));
	assert.ok(!codes(findings).includes('missing-lead'));
});

test('tongxiang: numbering restarts per section, first listed unit leads', () => {
	const { notice, findings } = check(read('tongxiang-2020-responsibility-breakdown.txt'));
	assert.equal(notice.sections.length, 4);
	assert.deepEqual(notice.sections.map((section) => section.children.length), [3, 25, 26, 19]);
	assert.ok(!codes(findings).includes('duplicate-number'));
	assert.ok(!codes(findings).includes('number-gap'));
	for (const task of notice.tasks.filter((task) => task.units.length > 0)) {
		assert.equal(task.units[0].role, 'lead', `task ${task.section?.marker.number}/${task.marker.number}`);
		assert.ok(task.units.slice(1).every((unit) => unit.role !== 'lead'));
	}
	// The file is cut off after the title of the last task, which therefore has no units at all.
	const missing = findings.filter((finding) => finding.code === 'missing-lead');
	assert.equal(missing.length, 1);
	assert.equal(notice.tasks[notice.tasks.length - 1].units.length, 0);
});

test('zhoushan: tasks 1–128, the glued 125, the dash pair and 市经信委', () => {
	const { notice, findings } = check(read('zhoushan-2020-task-responsibilities.txt'));
	assert.deepEqual(notice.tasks.map((task) => task.marker.number), Array.from({ length: 128 }, (_, i) => i + 1));
	const glued = findings.filter((finding) => finding.code === 'glued-item');
	assert.equal(glued.length, 1);
	const gluedLine = notice.lineIndex.lineText(notice.lineIndex.positionAt(glued[0].span.start).line);
	assert.ok(gluedLine.includes('市府办125.'));
	assert.ok(notice.tasks[124].glued);
	const variants = findings.filter((finding) => finding.code === 'unit-variant').map((finding) => finding.args[0]);
	assert.ok(variants.includes('普陀山-朱家尖管委会'), variants.join());
	assert.ok(variants.includes('市经信委'), variants.join());
	assert.ok(!codes(findings).includes('missing-lead'));
	assert.ok(!codes(findings).includes('duplicate-number'));
});

test('tunxi: 22 tasks whose units are in the attachment, said once', () => {
	const { notice, findings } = check(read('tunxi-2020-key-work-points.txt'));
	assert.equal(notice.tasks.length, 22);
	assert.ok(notice.tasks.every((task) => task.units.length === 0 && task.fields.some((field) => field.role === 'content')));
	assert.equal(findings.filter((finding) => finding.code === 'missing-lead').length, 0, 'no task names a unit: the units are in the attachment');
	const elsewhere = findings.filter((finding) => finding.code === 'units-not-in-text');
	assert.equal(elsewhere.length, 1);
	assert.equal(elsewhere[0].severity, 'information');
	assert.match(notice.text.slice(elsewhere[0].span.start, elsewhere[0].span.end), /^附件/);
	assert.ok(!codes(findings).includes('number-gap'), 'key points continue （一）…（二十二） across sections');
});

test('wuxi (Traditional): a report, its headings sections, no false duplicate numbers', () => {
	const { notice, findings } = check(read('wuxi-2020-work-priorities-traditional.txt'));
	assert.equal(notice.tasks.length, 0, 'a report assigns no units: its numbered headings are no tasks');
	assert.equal(notice.sections.length, 8);
	assert.equal(notice.kind, 'report');
	assert.ok(!codes(findings).includes('duplicate-number'));
	assert.ok(!codes(findings).includes('missing-lead'), 'a report assigns no units, so none is missing');
});
