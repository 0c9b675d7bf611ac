import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import type { DocumentSymbol, Location } from 'vscode-languageserver-protocol';
import { repoRoot } from '../support/golden';
import { LanguageServer } from './support/languageServer';
import { tempFolder } from '../support/tempFolder';

describe('server resilience over stdio', () => {
	let server: LanguageServer;
	let folder: string;
	before(async () => {
		// A workspace large enough that its first scan is still running when the requests below arrive.
		folder = tempFolder('breakdown-big-');
		const sample = fs.readFileSync(path.join(repoRoot(), 'seeds', 'zhoushan-2020-task-responsibilities.txt'), 'utf8');
		for (let i = 0; i < 300; i++) {
			fs.writeFileSync(path.join(folder, `notice-${i}.txt`), sample);
		}
		server = await LanguageServer.start({ folder });
	});
	after(() => server.stop());

	test('a failing request is answered with an error, and the server keeps serving', async () => {
		const uri = 'untitled:resilience';
		await server.open(uri, '1.甲。\n牵头单位：市发改委\n');
		await assert.rejects(server.request('textDocument/hover', { textDocument: { uri }, position: null }), (error: { code?: number }) => error.code === -32603);
		const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
		assert.equal(symbols.length, 1);
	});

	test('a cancelled request answers RequestCancelled instead of working on', async () => {
		const uri = 'untitled:cancel';
		await server.open(uri, '1.甲。\n牵头单位：市发改委\n');
		// Every notice of the workspace changed on disk: the index has 300 files to read again first.
		const changes = fs.readdirSync(folder).map((name) => ({ uri: pathToFileURL(path.join(folder, name)).href, type: 2 }));
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
		const source = new CancellationTokenSource();
		const pending = server.connection.sendRequest<Location[]>('textDocument/references', { textDocument: { uri }, position: { line: 1, character: 6 }, context: { includeDeclaration: false } }, source.token);
		source.cancel();
		await assert.rejects(pending, (error: { code?: number }) => error.code === -32800);
		// The same request, not cancelled, still answers (from the 300 notices and this one).
		const locations = await server.request<Location[]>('textDocument/references', { textDocument: { uri }, position: { line: 1, character: 6 }, context: { includeDeclaration: false } });
		assert.ok(locations.length > 300);
	});
});
