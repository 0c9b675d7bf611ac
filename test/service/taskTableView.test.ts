import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import * as ExcelJS from 'exceljs';
import type { ViewTaskRow } from '../../server/src/core/features/taskTableView';
import * as workbookModule from '../../server/src/node/writeWorkbook';
import { workbookWriter } from '../../server/src/node/workbookModule';
import { testWorkspace, uriOf } from '../support/inMemoryWorkspace';
import { headers, text } from '../support/workbookSummary';

const REGISTRY = '# 测试名录\n市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n';
const A = '2020年任务分解\n一、稳增长\n1.扩大投资，6月底前完成。\n牵头单位：市发改委；责任单位：市财政局\n2.稳定外贸。\n牵头单位：市商务局；配合单位：市发改委\n';
const B = '2020年任务分解\n1.优化营商环境。\n牵头单位：市财政局；责任单位：市发改委、市商务局\n2.招商引资。\n责任单位：市招商局、市财政局\n';
const FILES = { '名录/单位名录.txt': REGISTRY, '名录/a.txt': A, '名录/b.txt': B };

const tasks = (rows: ReadonlyArray<{ kind: string }>) => rows.filter((row): row is ViewTaskRow => row.kind === 'task');

describe('the task-table view and export through the language service', () => {
	test('the view of a notice: rows, where each task starts, the filter; undefined for what is not a notice', async () => {
		const { service } = await testWorkspace(FILES);
		const a = uriOf('名录/a.txt');
		const view = service.taskTableView(a, { unit: 'fgw' })!;
		assert.deepEqual(view.rows.map((row) => (row.kind === 'section' ? row.heading : row.number)), ['一、稳增长', '1.', '2.']);
		// A click on a row selects its first line: the number and the start of the task.
		assert.deepEqual(tasks(view.rows).map((row) => row.range), [
			{ start: { line: 2, character: 0 }, end: { line: 2, character: 14 } },
			{ start: { line: 4, character: 0 }, end: { line: 4, character: 7 } },
		]);
		assert.deepEqual(view.rows[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
		assert.deepEqual(view.units, [{ name: '市发展和改革委员会', tasks: 2 }]);
		assert.deepEqual(tasks(service.taskTableView(a, { unit: 'fgw', role: 'other' })!.rows).map((row) => row.number), ['2.']);
		assert.equal(service.taskTableView(uriOf('名录/单位名录.txt'), {}), undefined);
		assert.equal(service.taskTableView(uriOf('名录/none.txt'), {}), undefined);
	});

	test('the view follows an edit of the open notice and a change of the registry', async () => {
		const workspace = await testWorkspace(FILES);
		const { service } = workspace;
		const a = workspace.open('名录/a.txt');
		assert.equal(tasks(service.taskTableView(a, {})!.rows)[1].text, '稳定外贸。');
		workspace.open('名录/a.txt', A.replace('稳定外贸', '稳定外贸和外资'));
		assert.equal(tasks(service.taskTableView(a, {})!.rows)[1].text, '稳定外贸和外资。');
		workspace.fileSystem.write('名录/单位名录.txt', '市商务局\n');
		await workspace.settled();
		const lead = tasks(service.taskTableView(a, {})!.rows)[0].lead[0];
		assert.deepEqual([lead.name, lead.registered], ['市发改委', false], 'a registry without the unit: the name as written, not registered');
	});

	test('in English mode the view says nothing in Chinese but the notice’s own text', async () => {
		const { service } = await testWorkspace(FILES, { locale: 'en' });
		const view = service.taskTableView(uriOf('名录/b.txt'), { unit: 'zsj' })!;
		const own = (value: string) => /[\u3400-\u9fff]/.test(value) && !(A + B + REGISTRY).includes(value.replace(/^Task Table — /, ''));
		const said = [view.title, view.summary, ...Object.values(view.texts), ...view.columns.map((column) => column.label), ...view.roles.map((role) => role.label), ...tasks(view.rows).flatMap((row) => row.problems.map((problem) => problem.message.replace(/"[^"]*"/g, '')))];
		assert.deepEqual(said.filter(own), []);
		assert.equal(view.summary, '1 of 2 tasks');
		assert.deepEqual(tasks(view.rows)[0].problems.map((problem) => problem.message), ['"市招商局" is not in the unit registry'], 'no lead named is an information, left out of 问题');
	});

	test('export: CSV as the CLI writes it, named after the notice; the summary in the locale', async () => {
		const { service } = await testWorkspace(FILES);
		const exported = (await service.exportTable({ uri: uriOf('名录/a.txt'), format: 'csv', by: 'task' }))!;
		assert.equal(exported.fileName, 'a-任务分解表.csv');
		assert.equal(exported.encoding, 'utf8');
		assert.ok(exported.data.startsWith('\uFEFF'));
		const records: string[][] = parse(exported.data, { bom: true });
		assert.deepEqual(records.map((record) => [record[records[0].indexOf('序号')], record[records[0].indexOf('牵头单位')]]), [
			['序号', '牵头单位'],
			['1.', '市发展和改革委员会'],
			['2.', '市商务局'],
		]);
		assert.equal(exported.summary, '1 个通知、2 项任务、3 个单位');
		const units = (await service.exportTable({ uri: uriOf('名录/a.txt'), format: 'csv', by: 'unit' }))!;
		assert.equal(units.fileName, 'a-一单位一清单.csv');
		assert.deepEqual((parse(units.data, { bom: true }) as string[][]).slice(1).map((record) => `${record[0]} ${record[1]}`), ['市发展和改革委员会 牵头', '市发展和改革委员会 配合', '市财政局 责任', '市商务局 牵头']);
		const english = await testWorkspace(FILES, { locale: 'en' });
		assert.equal((await english.service.exportTable({ format: 'csv', by: 'task' }))!.summary, '2 notice(s), 4 task(s), 4 unit(s); 1 task(s) with problems, see the 问题 column');
	});

	test('export: a workbook through the host’s writer, read back; the workspace in one workbook; none without a writer', async () => {
		const { service } = await testWorkspace(FILES, {}, { writeWorkbook: workbookWriter('test', () => workbookModule) });
		const exported = (await service.exportTable({ format: 'xlsx', by: 'unit' }))!;
		assert.equal(exported.fileName, '任务分解表.xlsx');
		assert.equal(exported.encoding, 'base64');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(exported.data, 'base64') as unknown as ArrayBuffer);
		assert.deepEqual(workbook.worksheets.map((sheet) => sheet.name), ['任务分解表', '一单位一清单', '明细（筛选用）', '说明']);
		const tasksSheet = workbook.getWorksheet('任务分解表')!;
		assert.deepEqual(headers(tasksSheet).slice(0, 4), ['通知', '序号', '任务', '牵头单位']);
		const about = workbook.getWorksheet('说明')!;
		assert.deepEqual([text(about.getCell('A3')), text(about.getCell('F3'))], ['a', '名录/单位名录.txt'], 'registries as paths in the workspace');
		assert.equal(text(about.getCell('E4')), '1', 'b has one task with problems');
		const bare = await testWorkspace(FILES);
		assert.equal(await bare.service.exportTable({ format: 'xlsx', by: 'task' }), undefined);
		const empty = await testWorkspace({ '单位名录.txt': REGISTRY });
		assert.equal(await empty.service.exportTable({ format: 'csv', by: 'task' }), undefined);
	});

	test('the workspace table lists notices in the order of their paths, as the CLI does (not of their encoded URIs)', async () => {
		// `江州市…` is `%E6%B1%9F…` in a URI, which sorted before `2025年…`; the CLI's export put `2025年…` first.
		const { service } = await testWorkspace({ '江州市民生实事分解.txt': B, '2025年重点工作分解.txt': A, 'a/z.txt': B });
		assert.deepEqual(service.taskTable().notices.map((notice) => notice.name), ['2025年重点工作分解', 'z', '江州市民生实事分解']);
	});
});
