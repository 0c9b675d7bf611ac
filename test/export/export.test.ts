import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import * as ExcelJS from 'exceljs';
import { assertGolden, repoRoot } from '../support/golden';
import { flatRecords, headers, summarizeWorkbook, text, unitGroups } from '../support/workbookSummary';
import { tempFolder } from '../support/tempFolder';

const root = repoRoot();
const cli = path.join(root, 'dist', 'cli.js');
/** The sample registry of the e2e workspace lists the units of the tongxiang sample (and leaves one out on purpose). */
const REGISTRIES: Record<string, string> = { 'tongxiang-2020-responsibility-breakdown.txt': 'test/e2e/单位名录.txt' };

function run(args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const seeds = fs.readdirSync(path.join(root, 'seeds')).filter((name) => name.endsWith('.txt')).sort();
const work = tempFolder('breakdown-export-');

/** Task rows of a sheet (headings skipped), as records by header. */
function sheetRecords(sheet: ExcelJS.Worksheet): Array<Record<string, string>> {
	const names = headers(sheet);
	const records: Array<Record<string, string>> = [];
	for (let number = 3; number <= sheet.rowCount; number++) {
		const row = sheet.getRow(number);
		if (row.getCell(1).isMerged) {
			continue;
		}
		records.push(Object.fromEntries(names.map((name, index) => [name, text(row.getCell(index + 1))])));
	}
	return records;
}

function csvRecords(file: string): Array<Record<string, string>> {
	const bytes = fs.readFileSync(file);
	assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
	return parse(bytes, { bom: true, columns: true });
}

const pick = (record: Record<string, string>, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, record[name]]));

for (const name of seeds) {
	test(`export golden: ${name}`, async () => {
		const base = name.replace(/\.txt$/, '');
		const registry = REGISTRIES[name] ? ['--registry', REGISTRIES[name]] : [];
		const xlsx = path.join(work, `${base}.xlsx`);
		const exported = run(['export', `seeds/${name}`, '--per-unit-sheets', '--out', xlsx, ...registry]);
		assert.equal(exported.code, run(['lint', `seeds/${name}`, ...registry]).code, 'the exit code is lint’s');
		assert.match(exported.stderr, /^已导出 1 个通知、\d+ 项任务、\d+ 个单位到 /);
		assert.equal(exported.stdout, '');
		assertGolden(await summarizeWorkbook(xlsx), path.join(root, 'test', 'golden', 'export', `${base}.txt`));

		// The CSV files parse back to the workbook's rows.
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile(xlsx);
		const byTask = path.join(work, `${base}-task.csv`);
		const byUnit = path.join(work, `${base}-unit.csv`);
		assert.equal(run(['export', `seeds/${name}`, '--format', 'csv', '--out', byTask, ...registry]).code, exported.code);
		assert.equal(run(['export', `seeds/${name}`, '--by', 'unit', '--out', byUnit, ...registry]).code, exported.code);
		const shared = ['任务', '牵头单位', '责任单位', '配合单位', '责任领导', '完成时限', '时限日期', '问题', '进展情况'];
		const tasks = csvRecords(byTask);
		// The header row, also for a report with no task (wuxi: its (一)…(八) are headings).
		const [header] = parse(fs.readFileSync(byTask), { bom: true, toLine: 1 }) as string[][];
		assert.deepEqual(header, ['通知', '章节', '序号', ...shared]);
		assert.deepEqual(tasks.map((record) => pick(record, shared)), sheetRecords(workbook.getWorksheet('任务分解表')!).map((record) => pick(record, shared)));
		assert.ok(tasks.every((record) => record['通知'] === base));
		// The sheet for filters holds the CSV's rows, every column.
		assert.deepEqual(flatRecords(workbook.getWorksheet('明细（筛选用）')!), tasks);

		const sheet = workbook.getWorksheet('一单位一清单')!;
		const inSheet = ['职责', '任务', '牵头单位', '责任领导', '完成时限', '时限日期', '问题'];
		const units = csvRecords(byUnit);
		const groups = unitGroups(sheet).groups;
		const unitNames = groups.flatMap((group) => Object.values(group.roles).flatMap((references) => references.map(() => group.name)));
		assert.deepEqual(units.map((record) => record['单位']), unitNames, 'the same units in the same order');
		assert.deepEqual(units.map((record) => pick(record, inSheet)), sheetRecords(sheet).map((record) => pick(record, inSheet)));
	});
}

test('export of several notices: a 通知 column, units merged across notices through the registry', async () => {
	const folder = fs.mkdtempSync(path.join(work, 'several-'));
	fs.writeFileSync(path.join(folder, '单位名录.txt'), '市发展和改革委员会 = 市发改委\n市财政局\n');
	fs.writeFileSync(path.join(folder, 'a.txt'), '关于印发2021年重点工作分解的通知\n1.甲，6月底前完成。\n牵头单位：市发改委；责任单位：市财政局\n');
	fs.writeFileSync(path.join(folder, 'b.txt'), '1.乙。\n牵头单位：市发展和改革委员会\n完成时限：长期坚持\n');
	const out = path.join(folder, 'out.xlsx');
	const { code, stderr } = run(['export', folder, '--out', out, '--by', 'unit', '--order', 'count']);
	assert.equal(code, 0, stderr);
	assert.match(stderr, /已导出 2 个通知、2 项任务、2 个单位到 /);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(out);
	assert.equal(workbook.views[0].activeTab, 1, '--by unit opens on 一单位一清单');
	const tasks = sheetRecords(workbook.getWorksheet('任务分解表')!);
	assert.deepEqual(tasks.map((record) => [record['通知'], record['序号'], record['牵头单位'], record['完成时限'], record['时限日期']]), [
		['a', '1.', '市发展和改革委员会', '6月底前', '2021-06-30'],
		['b', '1.', '市发展和改革委员会', '长期坚持', '持续'],
	]);
	const { groups } = unitGroups(workbook.getWorksheet('一单位一清单')!);
	assert.deepEqual(groups.map((group) => [group.name, group.roles]), [
		['市发展和改革委员会', { 牵头: ['a:1.', 'b:1.'] }],
		['市财政局', { 责任: ['a:1.'] }],
	]);
	assert.match(groups[0].heading, /又作：市发改委/);
	const about = workbook.getWorksheet('说明')!;
	assert.equal(text(about.getRow(3).getCell(6)), path.relative(root, path.join(folder, '单位名录.txt')), 'registry paths relative to the current folder');
});

test('export to standard output, default names, and refusals that write nothing (exit 2)', () => {
	const csv = run(['export', '--format', 'csv', 'seeds/xuzhou-2020-task-breakdown.txt', '--out', '-']);
	assert.equal(csv.code, 0, 'xuzhou has no error finding, as lint says');
	assert.ok(csv.stdout.startsWith('\uFEFF通知,章节,序号,任务,'));
	assert.equal((parse(csv.stdout, { bom: true, columns: true }) as unknown[]).length, 87);
	const xlsx = spawnSync(process.execPath, [cli, 'export', 'seeds/zhoushan-2020-task-responsibilities.txt', '--out', '-'], { cwd: root });
	assert.equal(xlsx.status, 1, 'zhoushan has a glued item, an error');
	assert.equal(xlsx.stdout.subarray(0, 2).toString('latin1'), 'PK', 'a workbook (a zip) on standard output');

	const folder = fs.mkdtempSync(path.join(work, 'default-'));
	fs.copyFileSync(path.join(root, 'seeds', 'zhoushan-2020-task-responsibilities.txt'), path.join(folder, 'zhoushan.txt'));
	const byDefault = spawnSync(process.execPath, [cli, 'export', 'zhoushan.txt'], { cwd: folder, encoding: 'utf8' });
	assert.equal(byDefault.status, 1);
	assert.ok(fs.existsSync(path.join(folder, 'zhoushan-任务分解表.xlsx')));
	const unitCsv = spawnSync(process.execPath, [cli, 'export', '--format', 'csv', '--by', 'unit', 'zhoushan.txt'], { cwd: folder, encoding: 'utf8' });
	assert.equal(unitCsv.status, 1);
	assert.ok(fs.existsSync(path.join(folder, 'zhoushan-一单位一清单.csv')));

	const before = fs.readdirSync(folder).sort();
	for (const [args, message] of [
		[['export'], /请给出要导出的通知文件或目录/],
		[['export', '--format', 'pdf', 'x.txt'], /--format 只能是 xlsx 或 csv/],
		[['export', '--by', 'leader', 'x.txt'], /--by 只能是 task 或 unit/],
		[['export', '--order', 'alpha', 'x.txt'], /--order 只能是 registry 或 count/],
		[['export', '--format', 'csv', '--out', 'a.xlsx', 'zhoushan.txt'], /与输出文件扩展名 \.xlsx 不符/],
		[['export', '--format', 'csv', '--per-unit-sheets', 'zhoushan.txt'], /--per-unit-sheets 只用于 xlsx/],
		[['export', 'zhoushan.txt', '--out', '任务表.txt'], /工作簿不能写成 \.txt 文件/],
		[['export', '--format', 'xlsx', 'zhoushan.txt', '--out', 'table.dat'], /工作簿不能写成 \.dat 文件/],
		[['export', '--out'], /--out 需要一个文件/],
		[['export', 'no/such.txt'], /找不到文件或目录/],
		[['export', '--format', 'csv', 'zhoushan.txt', '--out', 'zhoushan.txt'], /输出文件不能是输入文件/],
		[['export', 'zhoushan.txt', '--out', 'no/such/folder/t.xlsx'], /无法写入 .*目录不存在/],
		[['export', 'zhoushan.txt', '--out', 'no/such/folder/t.csv'], /无法写入 .*目录不存在/],
		[['export', 'empty'], /没有找到可导出的通知/],
	] as const) {
		fs.mkdirSync(path.join(folder, 'empty'), { recursive: true });
		const result = spawnSync(process.execPath, [cli, ...args], { cwd: folder, encoding: 'utf8' });
		assert.equal(result.status, 2, args.join(' '));
		assert.match(result.stderr, /^breakdown: /, args.join(' '));
		assert.match(result.stderr, message, args.join(' '));
		assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
	}
	assert.deepEqual(fs.readdirSync(folder).sort(), [...before, 'empty'].sort(), 'nothing written, no temporary file left');
	// CSV asked for by name may go under another extension: it is text.
	const csvAsText = spawnSync(process.execPath, [cli, 'export', '--format', 'csv', 'zhoushan.txt', '--out', '任务表.txt'], { cwd: folder, encoding: 'utf8' });
	assert.equal(csvAsText.status, 1);
	assert.ok(fs.readFileSync(path.join(folder, '任务表.txt'), 'utf8').startsWith('\uFEFF通知,'));
	assert.equal(fs.readFileSync(path.join(folder, 'zhoushan.txt'), 'utf8'), fs.readFileSync(path.join(root, 'seeds', 'zhoushan-2020-task-responsibilities.txt'), 'utf8'));
});

test('the usage names export and its exit codes', () => {
	const { code, stdout } = run(['--help']);
	assert.equal(code, 0);
	assert.match(stdout, /breakdown export \[--format xlsx\|csv\] \[--by task\|unit\]/);
	assert.match(stdout, /1 已导出，但有任务存在错误/);
	assert.equal(run(['export', '--help']).code, 0);
});
