import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { HiddenFindingsRequest, SaveFileCommand, TellCommand, UnhideFindingsRequest, UnitTreeRequest, type HiddenFindingsList, type UnhideFindingsResult, type UnitItem } from '../../server/src/protocol/protocol';
import { LanguageServer } from './support/languageServer';
import { tempFolder } from '../support/tempFolder';

const REGISTRY = '市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n';
const NOTICE = ['2020年任务分解', '1.推进重大项目建设。', '牵头单位：市发改委', '2.加快徐州东站综合客运枢纽建设。', '责任单位：市枢纽指挥部、市财政局', '3.促进消费升级。', '牵头单位：市商务局', ''].join('\n');

function workspaceFolder(): string {
	const folder = tempFolder('breakdown-hidden-lsp-');
	fs.writeFileSync(path.join(folder, '单位名录.txt'), REGISTRY);
	fs.writeFileSync(path.join(folder, 'a.txt'), NOTICE);
	return folder;
}

/** Applies a workspace edit to the disk as an editor that saves would: a created file, or whole-text replacements. */
function applyToDisk(edit: WorkspaceEdit): string[] {
	const written: string[] = [];
	const write = (uri: string, edits: TextEdit[]) => {
		const file = fileURLToPath(uri);
		fs.mkdirSync(path.dirname(file), { recursive: true });
		const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
		// The server's edits to a hidden-findings file insert into an empty file or replace its whole text.
		assert.equal(edits.length, 1);
		const { start, end } = edits[0].range;
		assert.deepEqual(start, { line: 0, character: 0 });
		const lines = text.split('\n');
		assert.ok(text === '' || (end.line === lines.length - 1 && end.character === lines.at(-1)!.length), 'the whole text');
		fs.writeFileSync(file, edits[0].newText);
		written.push(uri);
	};
	for (const change of edit.documentChanges ?? []) {
		if ('textDocument' in change) {
			write(change.textDocument.uri, change.edits as TextEdit[]);
		}
	}
	for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
		write(uri, edits);
	}
	return written;
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code).join();

describe('hidden findings over stdio: the quick fix, file events, the list, a bad file', () => {
	let server: LanguageServer;
	let folder: string;
	let uri: string;
	before(async () => {
		folder = workspaceFolder();
		uri = pathToFileURL(path.join(folder, 'a.txt')).href;
		server = await LanguageServer.start({ folder });
	});
	after(() => server.stop());

	const actionsFor = async (code: string): Promise<CodeAction[]> => {
		const diagnostics = (await server.diagnostics(uri)).diagnostics.filter((diagnostic) => diagnostic.code === code);
		return server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
	};
	const changed = async (file: string, type: 1 | 2 | 3) => server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: file, type }] });

	test('"忽略此处" creates .breakdown/ignore.json with the entry and asks the client to save it; on the file event the finding goes', async () => {
		await server.open(uri, NOTICE);
		assert.equal(codes(await server.currentDiagnostics(uri)), 'lead-not-designated,unknown-unit');
		const hide = (await actionsFor('unknown-unit')).find((action) => action.title === '忽略此处')!;
		assert.ok(hide, 'offered');
		const ignoreFile = pathToFileURL(path.join(folder, '.breakdown', 'ignore.json')).href;
		assert.deepEqual(hide.edit?.documentChanges?.[0], { kind: 'create', uri: ignoreFile, options: { ignoreIfExists: true } });
		assert.deepEqual(hide.command, { title: '忽略此处', command: SaveFileCommand, arguments: [ignoreFile] });
		applyToDisk(hide.edit!);
		await changed(ignoreFile, 1);
		assert.equal(codes((await server.diagnostics(uri, (params) => codes(params.diagnostics) === 'lead-not-designated')).diagnostics), 'lead-not-designated');
		assert.deepEqual(JSON.parse(fs.readFileSync(fileURLToPath(ignoreFile), 'utf8')).hidden.map((entry: { code: string; subject: string }) => [entry.code, entry.subject]), [['unknown-unit', '市枢纽指挥部']]);
	});

	test('it stays hidden after an edit elsewhere; the list shows it; removing it shows the finding again', async () => {
		await server.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '徐州市' }]);
		assert.equal(codes(await server.currentDiagnostics(uri)), 'lead-not-designated');
		const list = await server.request<HiddenFindingsList>(HiddenFindingsRequest.method, {});
		assert.deepEqual(list.items.map((item) => [item.label, item.description, item.matches]), [['单位名录中没有「市枢纽指挥部」', 'a.txt · 第 2 项', true]]);
		const answer = await server.request<UnhideFindingsResult>(UnhideFindingsRequest.method, { file: list.items[0].file, keys: [list.items[0].key] });
		assert.ok(answer && 'edit' in answer);
		assert.equal(answer.save, list.items[0].file);
		applyToDisk(answer.edit);
		await changed(list.items[0].file, 2);
		assert.equal(codes((await server.diagnostics(uri, (params) => codes(params.diagnostics) === 'lead-not-designated,unknown-unit')).diagnostics), 'lead-not-designated,unknown-unit');
	});

	test('a hidden-findings file with bad content: one clear message, nothing hidden, the file left as it is', async () => {
		const ignoreFile = pathToFileURL(path.join(folder, '.breakdown', 'ignore.json')).href;
		const hide = (await actionsFor('lead-not-designated')).find((action) => action.title === '忽略此处')!;
		applyToDisk(hide.edit!);
		await changed(ignoreFile, 2);
		assert.equal(codes((await server.diagnostics(uri, (params) => codes(params.diagnostics) === 'unknown-unit')).diagnostics), 'unknown-unit');
		const broken = fs.readFileSync(fileURLToPath(ignoreFile), 'utf8').replace('"version": 1,', '"version": 1');
		fs.writeFileSync(fileURLToPath(ignoreFile), broken);
		await changed(ignoreFile, 2);
		assert.equal(codes((await server.diagnostics(uri, (params) => codes(params.diagnostics) === 'lead-not-designated,unknown-unit')).diagnostics), 'lead-not-designated,unknown-unit');
		await changed(ignoreFile, 2);
		await server.settle();
		const told = server.warnings.filter((warning) => warning.includes('.breakdown/ignore.json'));
		assert.deepEqual(told, ['无法读取 .breakdown/ignore.json：第 3 行第 3 列此处不应出现「"」，不是有效的 JSON。其中隐藏的问题照常显示；该文件未被改动，修正后即恢复隐藏。'], 'said once');
		const refused = (await actionsFor('lead-not-designated')).find((action) => action.title === '忽略此处')!;
		assert.equal(refused.edit, undefined, 'a file not read in full is never rewritten');
		assert.equal(refused.command?.command, TellCommand);
		await server.request('workspace/executeCommand', { command: TellCommand, arguments: refused.command!.arguments });
		assert.match(server.warnings.at(-1)!, /无法读取，修正前不能记录或取消隐藏/);
		assert.equal(fs.readFileSync(fileURLToPath(ignoreFile), 'utf8'), broken);
	});

	test("a Refactor Preview copy of a notice (another scheme) is not a notice of the workspace: the Units view's counts stay", async () => {
		const before = await server.request<UnitItem[]>(UnitTreeRequest.method, {});
		await server.open(`vscode-bulkeditpreview-editor:${fileURLToPath(uri)}?1`, NOTICE);
		const after = await server.request<UnitItem[]>(UnitTreeRequest.method, {});
		assert.deepEqual(after.map((unit) => [unit.name, unit.description]), before.map((unit) => [unit.name, unit.description]));
		assert.ok(before.some((unit) => unit.name === '市财政局'));
	});
});

describe('hidden findings over stdio, a client that cannot create files', () => {
	test('"忽略此处" runs the server command that says what to do instead', async () => {
		const folder = workspaceFolder();
		const uri = pathToFileURL(path.join(folder, 'a.txt')).href;
		const server = await LanguageServer.start({ folder, capabilities: { workspace: { applyEdit: true, workspaceEdit: { documentChanges: true } } } });
		try {
			await server.open(uri, NOTICE);
			const diagnostics = (await server.currentDiagnostics(uri)).filter((diagnostic) => diagnostic.code === 'lead-not-designated');
			const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
			const hide = actions.find((action) => action.title === '忽略此处')!;
			assert.equal(hide.edit, undefined);
			assert.deepEqual(hide.command?.arguments, ['此编辑器不能创建文件；请先创建 .breakdown/ignore.json，内容为 {"version": 1, "hidden": []}，再选「忽略此处」']);
			const capabilities = (server.initializeResult as { capabilities: { executeCommandProvider: { commands: string[] } } }).capabilities;
			assert.ok(capabilities.executeCommandProvider.commands.includes(TellCommand));
		} finally {
			await server.stop();
		}
	});
});
