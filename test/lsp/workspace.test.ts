import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { DocumentHighlight, FoldingRange, Location, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import { LanguageServer } from './support/languageServer';

const uriOf = (file: string) => pathToFileURL(file).href;

describe('workspace index over stdio', () => {
	let server: LanguageServer;
	let folder: string;
	before(async () => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-index-'));
		fs.mkdirSync(path.join(folder, 'district'));
		fs.writeFileSync(path.join(folder, '单位名录.txt'), '市发展和改革委员会 = 市发改委\n市财政局\n');
		fs.writeFileSync(path.join(folder, 'a.txt'), '任务分解\n1.甲。\n牵头单位：市发改委；责任单位：市财政局\n2.乙。\n牵头单位：市财政局\n');
		fs.writeFileSync(path.join(folder, 'district', 'b.txt'), '任务分解\n1.丙。\n牵头单位：市发改委\n2.丁。\n牵头单位：市发改委\n');
		fs.writeFileSync(path.join(folder, 'notes.txt'), '会议记录：今天讨论了午餐。\n');
		server = await LanguageServer.start({ folder });
		await server.settle();
	});
	after(() => server.stop());

	const a = () => uriOf(path.join(folder, 'a.txt'));
	const references = () =>
		server.request<Location[]>('textDocument/references', { textDocument: { uri: a() }, position: { line: 2, character: 6 }, context: { includeDeclaration: false } });

	test('unopened notices in subfolders count; other text files do not', async () => {
		await server.open(a(), fs.readFileSync(path.join(folder, 'a.txt'), 'utf8'));
		assert.equal((await references()).length, 3);
		const symbols = await server.request<SymbolInformation[]>('workspace/symbol', { query: '会议' });
		assert.deepEqual(symbols, [], 'notes.txt is not a notice');
	});

	test('a file changed on disk updates cross-file results', async () => {
		const b = path.join(folder, 'district', 'b.txt');
		fs.writeFileSync(b, '任务分解\n1.丙。\n牵头单位：市财政局\n2.丁。\n牵头单位：市财政局\n');
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(b), type: 2 }] });
		await server.settle();
		assert.equal((await references()).length, 1);
		fs.rmSync(b);
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(b), type: 3 }] });
		await server.settle();
		const symbols = await server.request<SymbolInformation[]>('workspace/symbol', { query: '丁' });
		assert.deepEqual(symbols, []);
	});

	test('a registry change re-checks open notices', async () => {
		const uri = uriOf(path.join(folder, 'c.txt'));
		await server.open(uri, '任务分解\n1.甲。\n牵头单位：市商务局\n');
		assert.deepEqual((await server.currentDiagnostics(uri)).map((diagnostic) => diagnostic.code), ['unknown-unit']);
		const registry = path.join(folder, '单位名录.txt');
		fs.appendFileSync(registry, '市商务局\n');
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(registry), type: 2 }] });
		await server.diagnostics(uri, (params) => params.diagnostics.length === 0);
	});

	test('workspace symbols by pinyin initials and by task number', async () => {
		const units = await server.request<SymbolInformation[]>('workspace/symbol', { query: 'czj' });
		assert.deepEqual(units.map((symbol) => symbol.name), ['市财政局']);
		const tasks = await server.request<SymbolInformation[]>('workspace/symbol', { query: '乙' });
		assert.deepEqual(tasks.map((symbol) => symbol.name), ['2. 乙。']);
	});

	test('highlights, folding and semantic tokens', async () => {
		await server.open(a(), fs.readFileSync(path.join(folder, 'a.txt'), 'utf8'));
		const highlights = await server.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: a() }, position: { line: 2, character: 16 } });
		assert.deepEqual(highlights.map((highlight) => [highlight.range.start.line, highlight.kind]), [[2, 2], [4, 3]]);
		const folding = await server.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: a() } });
		assert.deepEqual(folding.map((range) => [range.startLine, range.endLine]), [[1, 2], [3, 4]]);
		const tokens = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: a() } });
		// marker, label, unit, label, unit on line 2: five tokens of five integers each on the first task.
		assert.equal(tokens.data.length % 5, 0);
		assert.deepEqual(tokens.data.slice(0, 10), [1, 0, 2, 0, 0, 1, 0, 4, 1, 0]);
	});
});
