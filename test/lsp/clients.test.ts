import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LanguageServer } from './support/languageServer';
import { tempFolder } from '../support/tempFolder';

const NOTICE = '2020年任务分解\n1.扩大投资。\n牵头单位：市发改委；责任单位：市财政局\n3.稳定外贸。\n责任单位：市商务局、市财正局\n';
const ON_UNIT = { line: 2, character: 6 };

/** Settings no editor should send, and some an editor could: every one must leave the server serving. */
const BAD_SETTINGS: unknown[] = [
	null,
	42,
	'breakdown',
	{ breakdown: 'x' },
	{ breakdown: null },
	{ breakdown: { registry: 5, severity: [], locale: 'fr', maxFileSize: -1, detectNotices: 'maybe' } },
	{ breakdown: { registry: '../../etc/passwd', severity: { 'missing-lead': 'loud', bogus: 'error' }, maxFileSize: 'big' } },
	{ breakdown: { registry: 'file:///etc/%2e%2e/units.txt', severity: 'all', locale: null, maxFileSize: Number.MAX_VALUE } },
	{ breakdown: { registry: '/dev/zero', maxFileSize: 1e-9 } },
	{ breakdown: {} },
];

/** Every request the server offers, on an open notice; each outcome is 'ok' or the error code. */
async function everyRequest(server: LanguageServer, uri: string, diagnostics: Diagnostic[]): Promise<Map<string, string>> {
	const document = { textDocument: { uri } };
	const at = { ...document, position: ON_UNIT };
	const requests: Array<[string, string, unknown]> = [
		['documentSymbol', 'textDocument/documentSymbol', document],
		['workspaceSymbol', 'workspace/symbol', { query: '' }],
		['workspaceSymbol pinyin', 'workspace/symbol', { query: 'fgw' }],
		['references', 'textDocument/references', { ...at, context: { includeDeclaration: true } }],
		['definition', 'textDocument/definition', at],
		['hover', 'textDocument/hover', at],
		['documentHighlight', 'textDocument/documentHighlight', at],
		['completion', 'textDocument/completion', { ...document, position: { line: 2, character: 5 } }],
		['prepareRename', 'textDocument/prepareRename', at],
		['rename', 'textDocument/rename', { ...at, newName: '市发展改革委' }],
		['codeAction', 'textDocument/codeAction', { ...document, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }, context: { diagnostics } }],
		['codeAction fixAll', 'textDocument/codeAction', { ...document, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.breakdown'] } }],
		['codeLens', 'textDocument/codeLens', document],
		['foldingRange', 'textDocument/foldingRange', document],
		['semanticTokens', 'textDocument/semanticTokens/full', document],
		['semanticTokens delta', 'textDocument/semanticTokens/full/delta', { ...document, previousResultId: '1' }],
		['diagnostic', 'textDocument/diagnostic', document],
		['unitTree', 'breakdown/unitTree', {}],
		['unitTasks', 'breakdown/unitTasks', { uri, position: ON_UNIT }],
		['unitTasks of the Units view', 'breakdown/unitTasks', { identity: 'no such unit', notice: uri }],
		['classify', 'breakdown/classify', { uri, text: NOTICE }],
		['registryFor', 'breakdown/registryFor', { uri }],
		['stats', 'breakdown/stats', {}],
		['executeCommand', 'workspace/executeCommand', { command: 'breakdown.server.createRegistry', arguments: [uri] }],
		['executeCommand unknown', 'workspace/executeCommand', { command: 'no.such.command', arguments: [] }],
	];
	const outcomes = new Map<string, string>();
	for (const [name, method, params] of requests) {
		try {
			await server.request(method, params);
			outcomes.set(name, 'ok');
		} catch (error) {
			outcomes.set(name, `error ${(error as { code?: number }).code}: ${(error as Error).message}`);
		}
	}
	return outcomes;
}

function failed(outcomes: Map<string, string>, except: readonly string[]): string[] {
	return [...outcomes].filter(([name, outcome]) => outcome !== 'ok' && !except.includes(name)).map(([name, outcome]) => `${name}: ${outcome}`);
}

describe('a client that declares no optional capability and no workspace folder', () => {
	let server: LanguageServer;
	before(async () => {
		server = await LanguageServer.start({ client: 'minimal', locale: 'en' });
	});
	after(() => server.stop());

	test('open, edit, every request, bad settings: all answered, nothing asked of the client, still serving', async () => {
		const uri = 'file:///nowhere/a.txt';
		await server.open(uri, NOTICE, 'plaintext');
		const diagnostics = await server.currentDiagnostics(uri);
		assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code).sort(), ['lead-not-designated', 'number-gap']);
		await server.change(uri, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '牵头单位：市财政局；' }]);
		assert.deepEqual((await server.currentDiagnostics(uri)).map((diagnostic) => diagnostic.code), ['number-gap']);

		const outcomes = await everyRequest(server, uri, await server.currentDiagnostics(uri));
		assert.deepEqual(failed(outcomes, ['executeCommand']), []);
		// It cannot apply edits: the command says so instead of sending a request the client does not know.
		assert.match(outcomes.get('executeCommand')!, /^error -32803: This editor cannot apply edits/);

		for (const settings of BAD_SETTINGS) {
			await server.connection.sendNotification('workspace/didChangeConfiguration', { settings });
		}
		// A file event for a path the client never opened, outside any folder: nothing is read.
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///etc/passwd', type: 2 }, { uri: 'file:///dev/zero', type: 1 }] });
		await server.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } }, text: '2' }]);
		assert.deepEqual(await server.currentDiagnostics(uri), []);
		assert.deepEqual(failed(await everyRequest(server, uri, []), ['executeCommand']), []);

		assert.ok(server.warnings.some((warning) => warning.includes('must be a file path')), server.warnings.join('\n'));
		assert.ok(server.warnings.some((warning) => warning.includes('needs') || warning.includes('no workspace folder')), server.warnings.join('\n'));
		assert.deepEqual(server.serverRequests, [], 'no request goes to a client that declared none');
		assert.ok(server.alive);
		assert.doesNotMatch(server.stderr, /unhandled|uncaught/i);
	});
});

describe('a notice opened in a window without a workspace folder (a clerk double-clicks the file)', () => {
	let server: LanguageServer;
	let folder: string;
	before(async () => {
		folder = tempFolder('breakdown-no-folder-');
		fs.mkdirSync(path.join(folder, '2020'));
		fs.writeFileSync(path.join(folder, '单位名录.txt'), '市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n');
		fs.writeFileSync(path.join(folder, '2020', 'b.txt'), '2020年任务分解\n1.招商引资。\n牵头单位：市发改委\n');
		server = await LanguageServer.start({ client: 'minimal', locale: 'en' });
	});
	after(() => server.stop());

	test('is checked against the registries above it, as the CLI checks it, and no other file there is read', async () => {
		const uri = pathToFileURL(path.join(folder, '2020', 'a.txt')).href;
		await server.open(uri, NOTICE);
		// 市财正局 is no registry unit: the CLI says so, and the editor said nothing (no folder, no registry read).
		const published = await server.diagnostics(uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'unknown-unit'));
		assert.deepEqual(published.diagnostics.map((diagnostic) => diagnostic.code).sort(), ['lead-not-designated', 'number-gap', 'unknown-unit']);
		const { uris } = await server.request<{ uris: string[] }>('breakdown/registryFor', { uri });
		assert.deepEqual(uris, [pathToFileURL(path.join(folder, '单位名录.txt')).href]);
		// The notice beside it is not read: references name the open notice and the registry only.
		const references = await server.request<Array<{ uri: string }>>('textDocument/references', { textDocument: { uri }, position: ON_UNIT, context: { includeDeclaration: true } });
		assert.deepEqual([...new Set(references.map((reference) => path.basename(new URL(reference.uri).pathname)))].sort(), ['%E5%8D%95%E4%BD%8D%E5%90%8D%E5%BD%95.txt', 'a.txt'].sort());
		// It declared no watcher: the folders read are not watched (a client that can: besideNotice.test.ts).
		assert.deepEqual(server.serverRequests, []);
	});
});

describe('a client that answers every server request with an error', () => {
	let server: LanguageServer;
	let folder: string;
	before(async () => {
		folder = tempFolder('breakdown-failing-');
		fs.writeFileSync(path.join(folder, '单位名录.txt'), '市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n');
		fs.writeFileSync(path.join(folder, 'b.txt'), '2020年任务分解\n1.招商引资。\n牵头单位：市发改委\n');
		server = await LanguageServer.start({ folder, client: 'failing', pull: true, locale: 'en' });
	});
	after(() => server.stop());

	test('open, edit, every request, settings and file changes: all answered, still serving', async () => {
		const uri = pathToFileURL(path.join(folder, 'a.txt')).href;
		await server.open(uri, NOTICE);
		await server.change(uri, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '牵头单位：市财政局；' }]);
		const report = await server.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
		assert.deepEqual(report.items.map((diagnostic) => diagnostic.code).sort(), ['number-gap', 'unknown-unit']);

		const outcomes = await everyRequest(server, uri, report.items);
		assert.deepEqual(failed(outcomes, ['executeCommand']), []);
		assert.match(outcomes.get('executeCommand')!, /^error -32803: The editor did not apply/);

		// A registry change and a settings change make the server refresh and ask for settings again: each request fails.
		fs.appendFileSync(path.join(folder, '单位名录.txt'), '市财正局\n');
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(folder, '单位名录.txt')).href, type: 2 }] });
		await server.serverRequest('workspace/diagnostic/refresh');
		for (const settings of BAD_SETTINGS) {
			await server.connection.sendNotification('workspace/didChangeConfiguration', { settings });
		}
		await server.settle();
		const after = await server.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
		assert.deepEqual(after.items.map((diagnostic) => diagnostic.code), ['number-gap']);
		assert.deepEqual(failed(await everyRequest(server, uri, after.items), ['executeCommand']), []);

		for (const method of ['workspace/configuration', 'client/registerCapability', 'workspace/diagnostic/refresh', 'workspace/semanticTokens/refresh', 'workspace/applyEdit']) {
			assert.ok(server.serverRequests.includes(method), `the server asked ${method} (and was refused)`);
		}
		assert.ok(server.alive);
		assert.doesNotMatch(server.stderr, /unhandled|uncaught/i);
	});
});

describe('lifecycle', () => {
	test('after shutdown, requests answer InvalidRequest; exit ends the process', async () => {
		const server = await LanguageServer.start();
		const uri = 'untitled:lifecycle';
		await server.open(uri, NOTICE);
		await server.request('shutdown', null);
		await assert.rejects(server.request('textDocument/documentSymbol', { textDocument: { uri } }), (error: { code?: number }) => error.code === -32600);
		await assert.rejects(server.request('breakdown/unitTree', {}), (error: { code?: number }) => error.code === -32600);
		await assert.rejects(server.request('shutdown', null), (error: { code?: number }) => error.code === -32600);
		await server.connection.sendNotification('exit');
		await server.exited();
		server.connection.dispose();
		assert.equal(server.exitCode, 0);
	});
});

describe('a fix that places the cursor', () => {
	const text = '1.甲。\n牵头单位：市发改委\n2.乙。\n';
	const fixOf = async (server: LanguageServer, uri: string) => {
		await server.open(uri, text);
		const diagnostics = (await server.currentDiagnostics(uri)).filter((diagnostic: Diagnostic) => diagnostic.code === 'missing-lead');
		const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
		return actions.find((action) => action.title === 'Add "牵头单位："')!;
	};

	test('is a snippet edit ($0 after the colon) for a client that takes them (VS Code)', async () => {
		const server = await LanguageServer.start({ locale: 'en' });
		try {
			const uri = 'untitled:snippet';
			const fix = await fixOf(server, uri);
			assert.deepEqual(fix.edit?.documentChanges, [{ textDocument: { uri, version: 1 }, edits: [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } }, snippet: { kind: 'snippet', value: '\n牵头单位：$0' } }] }]);
		} finally {
			await server.stop();
		}
	});

	const plain = [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } }, newText: '\n牵头单位：' }];
	for (const [name, workspaceEdit, edit] of [
		// Edits for the version they were computed from: the editor refuses them for another.
		['that does not take snippets', { documentChanges: true }, (uri: string) => ({ documentChanges: [{ textDocument: { uri, version: 1 }, edits: plain }] })],
		['that takes snippets but not documentChanges, where they go', { snippetEditSupport: true }, (uri: string) => ({ changes: { [uri]: plain } })],
	] as const) {
		test(`is a plain edit, with nothing else in it, for a client ${name}`, async () => {
			const server = await LanguageServer.start({ locale: 'en', capabilities: { workspace: { applyEdit: true, workspaceEdit } } });
			try {
				const uri = 'untitled:plain';
				const fix = await fixOf(server, uri);
				assert.deepEqual(fix.edit, edit(uri));
			} finally {
				await server.stop();
			}
		});
	}
});

describe('fix all on save', () => {
	test("codeAction with only: ['source.fixAll.breakdown'] (VS Code's codeActionsOnSave) returns the fix-all action", async () => {
		const server = await LanguageServer.start();
		try {
			const uri = 'untitled:fix-all';
			await server.open(uri, '1.甲。\n牵头单位：市发改委\n3.乙。\n牵头单位：市商务局\n');
			await server.currentDiagnostics(uri);
			const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
				textDocument: { uri },
				range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
				context: { diagnostics: [], only: ['source.fixAll.breakdown'], triggerKind: 2 },
			});
			assert.deepEqual(actions.map((action) => action.kind), ['source.fixAll.breakdown']);
			assert.deepEqual(actions[0].edit?.documentChanges?.map((change) => 'textDocument' in change && change.textDocument), [{ uri, version: 1 }]);
		} finally {
			await server.stop();
		}
	});
});

describe('file-create edits', () => {
	const command = (uri: string) => ({ command: 'breakdown.server.createRegistry', arguments: [uri] });

	test('a client that applies edits but cannot create files is not sent a create; the command says why', async () => {
		const server = await LanguageServer.start({ capabilities: { workspace: { applyEdit: true, workspaceEdit: { documentChanges: false } } }, locale: 'en' });
		try {
			const uri = 'file:///nowhere/notice.txt';
			await server.open(uri, NOTICE);
			await assert.rejects(server.request('workspace/executeCommand', command(uri)), (error: { code?: number; message: string }) => error.code === -32803 && /^This editor cannot create files/.test(error.message));
			assert.deepEqual(server.serverRequests.filter((method) => method === 'workspace/applyEdit'), []);
		} finally {
			await server.stop();
		}
	});

	test('a client that can create files gets the registry as a create and an insert', async () => {
		const server = await LanguageServer.start();
		try {
			const uri = 'file:///nowhere/notice.txt';
			await server.open(uri, NOTICE);
			const created = await server.request<string>('workspace/executeCommand', command(uri));
			assert.equal(decodeURIComponent(created), 'file:///nowhere/单位名录.txt');
			const changes = server.appliedEdits[0].edit.documentChanges!;
			assert.deepEqual(changes.map((change) => ('kind' in change ? change.kind : 'edit')), ['create', 'edit']);
		} finally {
			await server.stop();
		}
	});
});
