import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeptTaskFindings } from '../../server/src/core/checks/keptTaskFindings';
import { readNotice, rereadNotice } from '../../server/src/core/model/noticeReading';
import { buildTaskTable, type TaskRow } from '../../server/src/core/features/taskTable';
import { summarizeUnit, unitHover } from '../../server/src/core/features/unitSummary';
import { renameApplies, renamingYear } from '../../server/src/core/units/renamings';
import { check, engine } from '../support/engine';

/** The names renamed-unit flags in `text` under `registry`, as `old→new`. */
function renamed(text: string, registry: string): string[] {
	return check(text, registry)
		.findings.filter((finding) => finding.code === 'renamed-unit')
		.map((finding) => `${finding.args[0]}→${finding.args[1]}`);
}

// An office's registry kept across the 2023 reform, as a tester's city wrote it: no year on the lines.
const BANKS = '人民银行江州市中心支行 -> 中国人民银行江州市分行\n江州银保监分局 -> 国家金融监督管理总局江州监管分局\n市金融办 -> 市委金融办\n市公安局\n';
const banksNotice = (year: string) => `江州市${year}年政府工作报告重点任务分解\n1.加大普惠小微贷款投放力度。\n牵头单位：人民银行江州市中心支行；责任单位：江州银保监分局、市金融办\n`;

test('renamed-unit: a notice written before a renaming the catalog dates is not flagged, one after is', () => {
	assert.deepEqual(renamed(banksNotice('2022'), BANKS), [], 'the 中心支行 and the 银保监分局 were renamed in 2023, after a 2022 notice');
	assert.deepEqual(renamed(banksNotice('2023'), BANKS), [], 'nor a 2023 notice: it came out before the renamings of July and August');
	assert.deepEqual(
		renamed(banksNotice('2024'), BANKS),
		['人民银行江州市中心支行→中国人民银行江州市分行', '江州银保监分局→国家金融监督管理总局江州监管分局'],
		'a 2024 notice writes the new names; 市金融办 stayed until cities finished their reforms in 2024',
	);
	assert.equal(renamed(banksNotice('2025'), BANKS).length, 3);
});

test('renamed-unit: the 2018–19 reform spares a 2017 county notice, not a 2020 one', () => {
	const registry = '县国土资源局 -> 县自然资源局\n县农业局 -> 县农业农村局\n县卫计局 -> 县卫生健康局\n县人社局\n县财政局\n';
	const notice = (year: string) => `${year}年县政府工作报告重点任务分解\n1.推进国土资源节约集约利用。\n牵头单位：县国土资源局；责任单位：县农业局\n2.深化医药卫生体制改革。\n牵头单位：县卫计局；责任单位：县人社局、县财政局\n`;
	assert.deepEqual(renamed(notice('2017'), registry), []);
	assert.deepEqual(renamed(notice('2020'), registry), ['县国土资源局→县自然资源局', '县农业局→县农业农村局', '县卫计局→县卫生健康局']);
});

test('renamed-unit: a rename neither the registry nor the catalog dates holds every notice, and a notice with no year every rename', () => {
	const registry = '市经信局 -> 市工信局\n人民银行江州市中心支行 -> 中国人民银行江州市分行\n';
	assert.deepEqual(renamed('2017年重点任务分解\n1.甲。\n牵头单位：市经信局\n', registry), ['市经信局→市工信局'], 'the registry\'s keeper gave no year to spare older notices');
	assert.deepEqual(renamed('1.甲。\n牵头单位：人民银行江州市中心支行\n', registry), ['人民银行江州市中心支行→中国人民银行江州市分行'], 'no year found: as before');
});

test('renamed-unit: the year a registry writes on a rename dates it, before the catalog\'s', () => {
	const registry = '县农业局 -> 县农业农村局（2019年）\n县经信局 -> 县工信局（2021年）\n人民银行江州市中心支行 -> 中国人民银行江州市分行（2023）\n';
	const notice = (year: string) => `${year}年重点任务分解\n1.甲。\n牵头单位：县农业局；责任单位：县经信局、人民银行江州市中心支行\n`;
	assert.deepEqual(renamed(notice('2018'), registry), []);
	assert.deepEqual(renamed(notice('2019'), registry), ['县农业局→县农业农村局']);
	assert.deepEqual(renamed(notice('2023'), registry), ['县农业局→县农业农村局', '县经信局→县工信局', '人民银行江州市中心支行→中国人民银行江州市分行'], 'the registry says 2023, the catalog 2024: the registry knows its own city');
});

test('renamed-unit: a chain stops at the name the notice\'s year had', () => {
	const registry = '县农业局 -> 县农业农村局（2019年）\n县农业农村局 -> 县农业农村和水利局（2024年）\n';
	const notice = (year: string) => `${year}年重点任务分解\n1.甲。\n牵头单位：县农业局\n`;
	assert.deepEqual(renamed(notice('2020'), registry), ['县农业局→县农业农村局']);
	assert.deepEqual(renamed(notice('2024'), registry), ['县农业局→县农业农村和水利局']);
	assert.deepEqual(renamed(`2020年重点任务分解\n1.甲。\n牵头单位：县农业农村局\n`, registry), [], 'the name of its year');
});

test('registry: a year after a rename\'s successor dates the rename and is no part of the name', () => {
	const cases: Array<[string, string, number | undefined]> = [
		['县农业局 -> 县农业农村局（2019年）', '县农业农村局', 2019],
		['县农业局 -> 县农业农村局(2019)', '县农业农村局', 2019],
		['县农业局 -> 县农业农村局 （２０１９年起）', '县农业农村局', 2019],
		['县农业局 -> 县农业农村局（2019年3月）', '县农业农村局', 2019],
		['县农业局 -> 县农业农村局 2019年', '县农业农村局', 2019],
		['县农业局 -> 县农业农村局', '县农业农村局', undefined],
		['县经信局 -> 县工信局（县无线电管理局）', '县工信局（县无线电管理局）', undefined],
	];
	for (const [line, successor, year] of cases) {
		const registry = engine.parseRegistry(`${line}\n`, 'file:///units.units.txt');
		const [unit] = registry.units;
		assert.deepEqual(registry.findings, [], line);
		assert.equal(unit.successor, successor, line);
		assert.equal(unit.renamedIn, year, line);
		assert.equal(line.slice(unit.successorSpan!.start, unit.successorSpan!.end), successor, `${line}: the span a rename of the successor rewrites`);
	}
	assert.equal(engine.parseRegistry('县农业局 -> （2019年）\n', 'file:///units.units.txt').findings[0]?.code, 'registry-syntax', 'a year is no successor');
});

test('renamings: the catalog dates the renamings it knows, by any of their names', () => {
	const unit = (line: string) => engine.parseRegistry(`${line}\n`, 'file:///units.units.txt').units[0];
	assert.equal(renamingYear(unit('江州银保监分局 = 银保监江州分局 -> 江州金融监管分局')), 2024);
	assert.equal(renamingYear(unit('人民银行江州中支 -> 人行江州市分行')), 2024);
	assert.equal(renamingYear(unit('縣國土資源局 -> 縣自然資源局')), 2019, 'Traditional names are folded first');
	assert.equal(renamingYear(unit('市扶贫办 -> 市乡村振兴局')), 2022);
	assert.equal(renamingYear(unit('市经信局 -> 市工信局')), undefined, '经信局 is still many cities\' name: not a reform\'s renaming');
	assert.equal(renamingYear(unit('县农业局 -> 县农业农村局（2018年）')), 2018);
	assert.equal(renameApplies(unit('县农业局 -> 县农业农村局'), 2018), false);
	assert.equal(renameApplies(unit('县农业局 -> 县农业农村局'), undefined), true);
	assert.equal(renameApplies(unit('县农业局'), 2024), false, 'no rename');
});

test('renamed-unit: an open notice whose title changes year is checked again', () => {
	const registry = engine.createDirectory([engine.parseRegistry(BANKS, 'file:///units.units.txt')]);
	const kept = new KeptTaskFindings();
	// The mentions in a task far from the title, which an edit of the title does not read again.
	const filler = Array.from({ length: 4 }, (_, i) => `${i + 2}.推进第${i + 2}项工作。\n牵头单位：市公安局\n`).join('');
	let text = banksNotice('2022') + filler;
	let reading = readNotice(text, engine.memo);
	const count = () => engine.check(reading.notice, registry, undefined, kept).filter((finding) => finding.code === 'renamed-unit').length;
	assert.equal(count(), 0);
	const task = reading.notice.tasks[0];
	const at = text.indexOf('2022');
	const range = { start: reading.notice.lineIndex.positionAt(at), end: reading.notice.lineIndex.positionAt(at + 4) };
	text = text.replace('2022', '2024');
	reading = rereadNotice(reading, text, engine.memo, [{ range, text: '2024' }]);
	assert.equal(reading.notice.tasks[0], task, 'an edit of the title reads no task again');
	assert.equal(count(), 2, 'the task, not read again, is not kept with the findings of 2022');
});

test('task table: a notice older than a rename lists the name it wrote, a later one the successor', () => {
	const directory = engine.createDirectory([engine.parseRegistry(BANKS, 'file:///w/单位名录.txt')]);
	const table = buildTaskTable(
		['2022', '2024'].map((year) => {
			const notice = engine.parseNotice(banksNotice(year));
			return { uri: `file:///w/${year}.txt`, name: year, notice, findings: engine.check(notice, directory), directory };
		}),
	);
	const [old, recent] = table.rows.filter((row): row is TaskRow => row.kind === 'task');
	assert.deepEqual(old.lead.map((unit) => unit.name), ['人民银行江州市中心支行'], 'the 2022 table shows the 2022 name');
	assert.deepEqual(old.responsible.map((unit) => unit.name), ['江州银保监分局', '市金融办']);
	assert.deepEqual(recent.lead.map((unit) => unit.name), ['中国人民银行江州市分行'], 'the 2024 notice is followed up under the new name');
	assert.deepEqual(recent.responsible.map((unit) => unit.name), ['国家金融监督管理总局江州监管分局', '市金融办']);
	const identity = (name: string) => [old, recent].flatMap((row) => [...row.lead, ...row.responsible]).find((unit) => unit.name === name)!.identity;
	const position = (name: string) => table.unitOrder.indexOf(identity(name));
	assert.ok(position('人民银行江州市中心支行') >= 0 && position('人民银行江州市中心支行') < position('国家金融监督管理总局江州监管分局'), 'an old name keeps its place in registry order');
});

test('hover: a rename after the notice\'s year is said with its year, not as the notice\'s mistake', () => {
	const directory = engine.createDirectory([engine.parseRegistry(BANKS, 'file:///w/单位名录.txt')]);
	const hover = (year: number | undefined) => unitHover(summarizeUnit('unit:x', '人民银行江州市中心支行', []), directory, '人民银行江州市中心支行', 'file:///w/a.txt', 'zh-cn', undefined, year);
	assert.match(hover(2022), /2024年起更名为：中国人民银行江州市分行（本通知早于更名/);
	assert.match(hover(2024), /已更名为：中国人民银行江州市分行/);
	assert.match(hover(undefined), /已更名为：中国人民银行江州市分行/, 'a registry, or a notice without a year');
});

// A second tester: 江北县's 2025 notice writing 县卫健委 beside 县卫生健康局 got renamed-unit and unit-variant at
// one place, and the lightbulb offered 改为「县卫生健康局」 twice.
test('renamed-unit: a name renamed by the notice\'s year is no unit-variant of its successor too', () => {
	const registry = '县卫生健康局\n县卫健委 -> 县卫生健康局（2024年）\n县财政局\n';
	const notice = (year: string) => `江北县${year}年重点工作任务分解\n1.建设县域医共体。\n牵头单位：县卫健委；责任单位：县财政局\n2.新建村卫生室5个。\n牵头单位：县卫生健康局\n`;
	const codesAt = (text: string) => check(text, registry).findings.filter((finding) => finding.code === 'renamed-unit' || finding.code === 'unit-variant').map((finding) => `${finding.code} ${text.slice(finding.span.start, finding.span.end)}`);
	assert.deepEqual(codesAt(notice('2025')), ['renamed-unit 县卫健委']);
});
