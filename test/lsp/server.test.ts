import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionList, DocumentSymbol, Hover, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { repoRoot } from '../support/golden';
import { LanguageServer } from './support/languageServer';

const seed = (name: string) => fs.readFileSync(path.join(repoRoot(), 'seeds', name), 'utf8');
const uriOf = (file: string) => pathToFileURL(file).href;

/** A workspace with a registry and two notices on disk (only opened when a test opens them). */
function makeWorkspace(): string {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-ws-'));
	fs.writeFileSync(path.join(folder, '单位名录.txt'), '# 测试名录\n市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n');
	fs.writeFileSync(path.join(folder, 'a.txt'), '2020年任务分解\n1.扩大投资。\n牵头单位：市发改委；责任单位：市财政局\n2.稳定外贸。\n牵头单位：市商务局；责任单位：市发改委\n');
	fs.writeFileSync(path.join(folder, 'b.txt'), '2020年任务分解\n1.优化营商环境。\n牵头单位：市财政局；责任单位：市发改委、市商务局\n2.招商引资。\n牵头单位：市发改委\n');
	return folder;
}

function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
	const lines = text.split('\n');
	const offset = (line: number, character: number) => lines.slice(0, line).reduce((sum, current) => sum + current.length + 1, 0) + character;
	const sorted = [...edits].sort((a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character));
	let result = text;
	for (const edit of sorted) {
		result = result.slice(0, offset(edit.range.start.line, edit.range.start.character)) + edit.newText + result.slice(offset(edit.range.end.line, edit.range.end.character));
	}
	return result;
}

describe('language server over stdio (push diagnostics)', () => {
	let server: LanguageServer;
	let folder: string;
	before(async () => {
		folder = makeWorkspace();
		server = await LanguageServer.start({ folder });
	});
	after(() => server.stop());

	test('advertises its features', () => {
		const capabilities = (server.initializeResult as { capabilities: Record<string, unknown> }).capabilities;
		for (const capability of ['documentSymbolProvider', 'referencesProvider', 'definitionProvider', 'hoverProvider', 'completionProvider', 'renameProvider', 'codeActionProvider', 'codeLensProvider', 'foldingRangeProvider', 'semanticTokensProvider', 'workspaceSymbolProvider', 'documentHighlightProvider']) {
			assert.ok(capabilities[capability], capability);
		}
		assert.equal(capabilities.diagnosticProvider, undefined, 'no pull diagnostics for a client without them');
	});

	test('diagnostics on a sample carry code, source, range and related information', async () => {
		const uri = 'untitled:zhoushan';
		await server.open(uri, seed('zhoushan-2020-task-responsibilities.txt'));
		const diagnostics = await server.currentDiagnostics(uri);
		const glued = diagnostics.find((diagnostic) => diagnostic.code === 'glued-item')!;
		assert.equal(glued.source, 'breakdown');
		assert.deepEqual(glued.range, { start: { line: 552, character: 22 }, end: { line: 552, character: 26 } });
		assert.equal(glued.message, '第 125 项粘连在上一行末尾，应另起一行');
		const variant = diagnostics.find((diagnostic) => diagnostic.code === 'unit-variant' && String(diagnostic.message).includes('市经信委'))!;
		assert.equal(variant.relatedInformation?.length, 1);
		assert.equal(variant.relatedInformation![0].location.uri, uri);
	});

	test('incremental edits: one fixes a finding, another introduces one', async () => {
		const uri = 'untitled:edits';
		await server.open(uri, '1.甲。\n牵头单位：市发改委\n2.乙。\n');
		assert.deepEqual((await server.currentDiagnostics(uri)).map((diagnostic) => diagnostic.code), ['missing-lead']);
		// Add a lead unit to task 2: the finding goes.
		await server.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '牵头单位：市商务局；' }]);
		assert.deepEqual(await server.currentDiagnostics(uri), []);
		// Renumber task 2 as 1: a duplicate number appears, pointing at the first.
		await server.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, text: '1' }]);
		const diagnostics = await server.currentDiagnostics(uri);
		assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['duplicate-number']);
		assert.deepEqual(diagnostics[0].relatedInformation![0].location.range.start, { line: 0, character: 0 });
	});

	test('outline: sections with their tasks, leads as detail', async () => {
		const uri = 'untitled:tongxiang';
		await server.open(uri, seed('tongxiang-2020-responsibility-breakdown.txt'));
		const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
		assert.deepEqual(symbols.map((symbol) => [symbol.name, symbol.children?.length]), [
			['一、于会游市长主抓重点工作', 3],
			['二、冯中海常务副市长牵头重点工作', 25],
			['三、朱伟强常委牵头重点工作', 26],
			['四、徐刚副市长牵头重点工作', 19],
		]);
		assert.equal(symbols[0].children![0].detail, '牵头：财政局');
	});

	test('references across files (one not open), leads first; definition in the registry', async () => {
		const a = uriOf(path.join(folder, 'a.txt'));
		await server.open(a, fs.readFileSync(path.join(folder, 'a.txt'), 'utf8'));
		await server.settle();
		const locations = await server.request<Location[]>('textDocument/references', { textDocument: { uri: a }, position: { line: 2, character: 7 }, context: { includeDeclaration: false } });
		const files = locations.map((location) => path.basename(decodeURIComponent(location.uri)));
		assert.deepEqual(files.sort(), ['a.txt', 'a.txt', 'b.txt', 'b.txt']);
		assert.equal(locations.length, 4);
		const definition = await server.request<Location>('textDocument/definition', { textDocument: { uri: a }, position: { line: 2, character: 7 } });
		assert.equal(path.basename(decodeURIComponent(definition.uri)), '单位名录.txt');
		assert.deepEqual(definition.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } });
	});

	test('hover: registry name, counts by role, task numbers here', async () => {
		const a = uriOf(path.join(folder, 'a.txt'));
		await server.open(a, fs.readFileSync(path.join(folder, 'a.txt'), 'utf8'));
		const hover = await server.request<Hover>('textDocument/hover', { textDocument: { uri: a }, position: { line: 2, character: 6 } });
		const value = (hover.contents as { value: string }).value;
		assert.match(value, /\*\*市发展和改革委员会\*\*/);
		assert.match(value, /牵头 2 项 · 责任 2 项 · 配合 0 项（2 个文件）/);
		assert.match(value, /本文牵头：第 1 项/);
	});

	test('completion after a label, by pinyin initials', async () => {
		const uri = 'untitled:complete';
		await server.open(uri, '1.甲。\n牵头单位：fgw\n');
		const list = await server.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 8 } });
		assert.ok(list.items.length > 0);
		assert.equal(list.items[0].label, '市发改委');
		assert.deepEqual((list.items[0].textEdit as TextEdit).range, { start: { line: 1, character: 5 }, end: { line: 1, character: 8 } });
		const after = await server.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 2 } });
		assert.equal(after, null, 'no unit completion outside a unit list');
	});

	test('rename across notices and the registry', async () => {
		const a = uriOf(path.join(folder, 'a.txt'));
		await server.open(a, fs.readFileSync(path.join(folder, 'a.txt'), 'utf8'));
		const prepared = await server.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: a }, position: { line: 2, character: 16 } });
		assert.equal(prepared.placeholder, '市财政局');
		const edit = await server.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: a }, position: { line: 2, character: 16 }, newName: '市财政局（国资委）' });
		// Open untitled notices that name the unit are renamed too; the workspace files are these three.
		const files = Object.keys(edit.changes!).filter((uri) => uri.startsWith('file:')).map((uri) => path.basename(decodeURIComponent(uri))).sort();
		assert.deepEqual(files, ['a.txt', 'b.txt', '单位名录.txt']);
		const bUri = Object.keys(edit.changes!).find((uri) => decodeURIComponent(uri).endsWith('b.txt'))!;
		const bText = fs.readFileSync(path.join(folder, 'b.txt'), 'utf8');
		assert.equal(applyTextEdits(bText, edit.changes![bUri]), bText.replace('市财政局', '市财政局（国资委）'));
		const registryUri = Object.keys(edit.changes!).find((uri) => decodeURIComponent(uri).endsWith('单位名录.txt'))!;
		const registryText = fs.readFileSync(path.join(folder, '单位名录.txt'), 'utf8');
		assert.equal(applyTextEdits(registryText, edit.changes![registryUri]), registryText.replace('市财政局', '市财政局（国资委）'));
	});

	test('a quick fix applied and checked again', async () => {
		const uri = 'untitled:fix';
		const text = '1.甲。\n牵头单位：市发改委\n3.乙。\n牵头单位：市商务局\n';
		await server.open(uri, text);
		const diagnostics = await server.currentDiagnostics(uri);
		assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['number-gap']);
		const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
		const renumber = actions.find((action) => action.kind === 'quickfix')!;
		assert.equal(renumber.title, '重新编号（1–2）');
		const edits = renumber.edit!.changes![uri];
		await server.change(uri, edits.map((edit) => ({ range: edit.range, text: edit.newText })));
		assert.deepEqual(await server.currentDiagnostics(uri), []);
	});

	test('unknown units against the workspace registry, with a fix that adds them', async () => {
		const a = uriOf(path.join(folder, 'c.txt'));
		await server.open(a, '2020年任务分解\n1.甲。\n牵头单位：市财正局\n');
		const diagnostics = await server.currentDiagnostics(a);
		assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.message), ['单位名录中没有「市财正局」，是否应为「市财政局」？']);
		const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: a }, range: diagnostics[0].range, context: { diagnostics } });
		assert.deepEqual(actions.map((action) => action.title), ['改为「市财政局」', '将「市财正局」加入单位名录', '修复全部可自动修复的问题'].slice(0, actions.length));
	});

	test('registry code lens counts tasks across the workspace', async () => {
		const registry = uriOf(path.join(folder, '单位名录.txt'));
		await server.open(registry, fs.readFileSync(path.join(folder, '单位名录.txt'), 'utf8'), 'breakdown-units');
		const lenses = await server.request<Array<{ command: { title: string } }>>('textDocument/codeLens', { textDocument: { uri: registry } });
		assert.equal(lenses[0].command.title, '牵头 2 项 · 参与 2 项');
	});
});

describe('language server over stdio (pull diagnostics, English)', () => {
	let server: LanguageServer;
	before(async () => {
		server = await LanguageServer.start({ pull: true, locale: 'en', settings: { severity: { 'missing-lead': 'warning', 'no-such-check': 'error' } } });
	});
	after(() => server.stop());

	test('pulls diagnostics in the display language with configured severities; bad settings are reported', async () => {
		const uri = 'untitled:pull';
		await server.open(uri, '1.甲。\n牵头单位：\n');
		const report = await server.request<{ kind: string; items: Array<{ code: string; severity: number; message: string }> }>('textDocument/diagnostic', { textDocument: { uri } });
		assert.equal(report.kind, 'full');
		assert.deepEqual(report.items.map((item) => [item.code, item.severity, item.message]), [['missing-lead', 2, 'Task 1 has no lead unit']]);
		assert.ok(server.warnings.some((warning) => warning.includes('no-such-check')));
	});
});
