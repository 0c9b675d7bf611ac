import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { LanguageServer } from './support/languageServer';

type Report = { kind: 'full'; items: Array<{ code: string }> };

const url = (file: string) => pathToFileURL(file).href;
const folderOf = (folder: string) => ({ uri: url(folder), name: path.basename(folder) });

/** Files on disk, as the clerk's workspace has them; the server hears of them from the editor only. */
describe('workspace folders and file events over stdio', () => {
	let root: string;
	let server: LanguageServer;
	const write = (file: string, text: string) => {
		fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		fs.writeFileSync(path.join(root, file), text);
	};
	const symbolFiles = async () => [...new Set((await server.request<SymbolInformation[]>('workspace/symbol', { query: '' })).map((symbol) => path.relative(root, fileURLToPath(symbol.location.uri))))].sort();
	before(async () => {
		root = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-folders-'));
		write('a/通知.txt', '2022年重点工作任务分解\n1.稳住工业增长。\n牵头单位：市工信局\n');
		write('b/单位名录.txt', '市财政局\n市商务局\n');
		write('b/方案.txt', '2022年重点工作任务分解\n1.扩大有效投资。\n牵头单位：市财政局\n2.促进消费回升。\n牵头单位：市旅游局\n');
		server = await LanguageServer.start({ folder: path.join(root, 'a'), pull: true });
		await server.settle();
	});
	after(async () => {
		await server.stop();
		fs.rmSync(root, { recursive: true, force: true });
	});

	test('declares that it hears of folders added and removed', () => {
		const capabilities = (server.initializeResult as { capabilities: { workspace: { workspaceFolders: unknown } } }).capabilities;
		assert.deepEqual(capabilities.workspace.workspaceFolders, { supported: true, changeNotifications: true });
	});

	test('a folder added is scanned, its registry with it; a folder removed leaves the index', async () => {
		const notice = url(path.join(root, 'b/方案.txt'));
		await server.open(notice, fs.readFileSync(path.join(root, 'b/方案.txt'), 'utf8'));
		const pull = async () => (await server.request<Report>('textDocument/diagnostic', { textDocument: { uri: notice } })).items.map((item) => item.code);
		// Outside every folder its registry is not read: no unknown-unit finding.
		assert.deepEqual(await pull(), []);
		await server.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folderOf(path.join(root, 'b'))], removed: [] } });
		await server.settle();
		assert.deepEqual(await pull(), ['unknown-unit']);
		assert.deepEqual(await symbolFiles(), ['a/通知.txt', 'b/方案.txt']);
		await server.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folderOf(path.join(root, 'a'))] } });
		await server.settle();
		assert.deepEqual(await symbolFiles(), ['b/方案.txt']);
		await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: notice } });
	});
});

describe('file events over stdio', () => {
	let root: string;
	let server: LanguageServer;
	const notice = '2022年重点工作任务分解\n1.稳住工业增长。\n牵头单位：市工信局\n';
	const write = (file: string, text = notice) => {
		fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		fs.writeFileSync(path.join(root, file), text);
	};
	const events = (changes: Array<[string, number]>) => server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map(([file, type]) => ({ uri: url(path.join(root, file)), type })) });
	const symbolFiles = async () => [...new Set((await server.request<SymbolInformation[]>('workspace/symbol', { query: '' })).map((symbol) => path.relative(root, fileURLToPath(symbol.location.uri))))].sort();
	before(async () => {
		root = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-events-'));
		write('通知.txt');
		server = await LanguageServer.start({ folder: root, pull: true });
		await server.settle();
	});
	after(async () => {
		await server.stop();
		fs.rmSync(root, { recursive: true, force: true });
	});

	test('a file created under a folder the scan skips is left out, as the scan leaves it', async () => {
		// The editor's local history keeps a copy at every save; a build copies notices into out/ and dist/.
		const skipped = ['.history/通知_20221204101600.txt', 'out/通知.txt', 'sub/dist/通知.txt', 'sub/node_modules/通知.txt'];
		for (const file of [...skipped, 'sub/通知.txt']) {
			write(file);
		}
		await events([...skipped, 'sub/通知.txt'].map((file) => [file, 1]));
		await server.settle();
		assert.deepEqual(await symbolFiles(), ['sub/通知.txt', '通知.txt']);
	});

	test('a folder deleted takes its notices and registry with it; a folder created (or renamed into place) is scanned', async () => {
		write('plans/方案.txt');
		write('plans/单位名录.txt', '市工信局\n');
		await events([['plans/方案.txt', 1], ['plans/单位名录.txt', 1]]);
		await server.settle();
		assert.deepEqual(await symbolFiles(), ['plans/方案.txt', 'sub/通知.txt', '通知.txt']);
		// Renamed: the editor's watcher tells of the folder alone, deleted, and of the new one, created.
		fs.renameSync(path.join(root, 'plans'), path.join(root, 'plans-2022'));
		await events([['plans', 3], ['plans-2022', 1]]);
		await server.settle();
		assert.deepEqual(await symbolFiles(), ['plans-2022/方案.txt', 'sub/通知.txt', '通知.txt']);
		const registries = await server.request<{ uris: string[] }>('breakdown/registryFor', { uri: url(path.join(root, 'plans-2022/方案.txt')) });
		assert.deepEqual(registries.uris.map((uri) => path.relative(root, fileURLToPath(uri))), ['plans-2022/单位名录.txt']);
		fs.rmSync(path.join(root, 'plans-2022'), { recursive: true });
		await events([['plans-2022', 3]]);
		await server.settle();
		assert.deepEqual(await symbolFiles(), ['sub/通知.txt', '通知.txt']);
	});
});
