import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import * as ExcelJS from 'exceljs';
import { ExportTableRequest, TaskTableViewRequest, type TableExport, type TaskTableView } from '../../server/src/protocol/protocol';
import { repoRoot } from '../support/golden';
import { LanguageServer } from './support/languageServer';

const ZHOUSHAN = 'zhoushan-2020-task-responsibilities.txt';

/**
 * The task-table messages over stdio against dist/server.js: the view the panel asks for, and the
 * export, whose workbook the server writes with dist/workbook.js, loaded only then.
 */
describe('task table over stdio', () => {
	let server: LanguageServer;
	let folder: string;
	let uri: string;
	before(async () => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-table-'));
		fs.copyFileSync(path.join(repoRoot(), 'seeds', ZHOUSHAN), path.join(folder, ZHOUSHAN));
		fs.copyFileSync(path.join(repoRoot(), 'test', 'e2e', '单位名录.txt'), path.join(folder, '单位名录.txt'));
		uri = pathToFileURL(path.join(folder, ZHOUSHAN)).href;
		server = await LanguageServer.start({ folder });
	});
	after(async () => {
		await server.stop();
		fs.rmSync(folder, { recursive: true, force: true });
	});

	test('the view of a notice, filtered by pinyin initials; an edit shows in the next view', async () => {
		const text = fs.readFileSync(path.join(folder, ZHOUSHAN), 'utf8');
		await server.open(uri, text);
		const all = await server.request<TaskTableView>(TaskTableViewRequest.method, { uri, query: {} });
		assert.equal(all.total, 128);
		assert.equal(all.shown, 128);
		const filtered = await server.request<TaskTableView>(TaskTableViewRequest.method, { uri, query: { unit: 'sjxj', role: 'lead' } });
		assert.ok(filtered.shown > 0 && filtered.shown < 128, String(filtered.shown));
		assert.ok(filtered.units.length > 0 && filtered.units.every((unit) => unit.name.length > 0));
		const first = filtered.rows.find((row) => row.kind === 'task')!;
		assert.equal(first.kind === 'task' && first.lead.some((unit) => unit.matched), true);
		const line = first.range.start.line;
		await server.change(uri, [{ range: { start: { line, character: first.range.end.character }, end: { line, character: first.range.end.character } }, text: 'EDITED' }]);
		const after = await server.request<TaskTableView>(TaskTableViewRequest.method, { uri, query: { unit: 'sjxj', role: 'lead' } });
		const edited = after.rows.find((row) => row.kind === 'task' && row.range.start.line === line);
		assert.ok(edited?.kind === 'task' && edited.text.includes('EDITED'), JSON.stringify(edited));
		assert.equal(await server.request(TaskTableViewRequest.method, { uri: pathToFileURL(path.join(folder, '单位名录.txt')).href, query: {} }), null);
	});

	test('export: the workbook as base64, readable by exceljs; CSV as text with its BOM', async () => {
		const workbookFile = await server.request<TableExport>(ExportTableRequest.method, { uri, format: 'xlsx', by: 'unit' });
		assert.equal(workbookFile.fileName, 'zhoushan-2020-task-responsibilities-任务分解表.xlsx');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(workbookFile.data, 'base64') as unknown as ArrayBuffer);
		assert.deepEqual(workbook.worksheets.map((sheet) => sheet.name), ['任务分解表', '一单位一清单', '明细（筛选用）', '说明']);
		assert.match(workbookFile.summary, /^1 个通知、128 项任务、\d+ 个单位；\d+ 项任务有问题/);
		const csv = await server.request<TableExport>(ExportTableRequest.method, { format: 'csv', by: 'unit' });
		assert.equal(csv.fileName, 'zhoushan-2020-task-responsibilities-一单位一清单.csv', 'the one notice of the workspace');
		assert.ok(csv.data.startsWith('\uFEFF单位,职责,通知,章节,序号,任务'), csv.data.slice(0, 40));
		assert.ok(server.alive);
	});

	test('exceljs is in dist/workbook.js only: the server and the client start without it', () => {
		const bundle = (name: string) => fs.readFileSync(path.join(repoRoot(), 'dist', name), 'utf8');
		// A string of exceljs's own: the part name of a workbook in the zip.
		assert.ok(bundle('workbook.js').includes('xl/workbook.xml'));
		assert.ok(!bundle('server.js').includes('xl/workbook.xml') && !bundle('server-main.js').includes('xl/workbook.xml') && !bundle('client.js').includes('xl/workbook.xml'));
		assert.ok(!bundle('cli.js').includes('xl/workbook.xml'));
	});
});
