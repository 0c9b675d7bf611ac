import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, type Diagnostic, type Location } from 'vscode-languageserver-protocol';
import type { WorkspaceFileSystem } from '../../server/src/core/workspace/fileSystem';
import { createNodeFileSystem } from '../../server/src/node/nodeFileSystem';
import { LanguageServer } from './support/languageServer';
import { tempFolder } from '../support/tempFolder';

/** A disk that never answers (a hung network mount): listing the workspace never returns, nor does any read. */
const stalledDisk: WorkspaceFileSystem = {
	readFile: () => new Promise(() => undefined),
	stat: () => new Promise(() => undefined),
	readDirectory: () => new Promise(() => undefined),
};

const NOTICE = '1.甲。\n牵头单位：市发改委\n2.乙。\n牵头单位：\n配合单位：市财政局\n';
const REFERENCES = { position: { line: 1, character: 6 }, context: { includeDeclaration: false } };

describe('a workspace that never finishes reading', () => {
	test('a cross-file request cancelled while it waits for the index answers RequestCancelled', { timeout: 20_000 }, async () => {
		const server = await LanguageServer.start({ folder: os.tmpdir(), inProcess: { fileSystem: stalledDisk, pinyin: undefined, limits: { indexWaitMs: 3_600_000, registriesWaitMs: 200 } } });
		try {
			const uri = 'untitled:cancel';
			await server.open(uri, NOTICE);
			const source = new CancellationTokenSource();
			const pending = server.connection.sendRequest<Location[]>('textDocument/references', { textDocument: { uri }, ...REFERENCES }, source.token);
			source.cancel();
			await assert.rejects(pending, (error: { code?: number }) => error.code === -32800);
		} finally {
			await server.stop();
		}
	});

	test('a cross-file request waits a bounded time, then answers from what is read; diagnostics do not wait for it', { timeout: 20_000 }, async () => {
		const server = await LanguageServer.start({ folder: os.tmpdir(), inProcess: { fileSystem: stalledDisk, pinyin: undefined, limits: { indexWaitMs: 200, registriesWaitMs: 200 } } });
		try {
			const uri = 'untitled:bounded';
			await server.open(uri, NOTICE);
			assert.deepEqual((await server.currentDiagnostics(uri)).map((diagnostic: Diagnostic) => diagnostic.code), ['missing-lead']);
			const locations = await server.request<Location[]>('textDocument/references', { textDocument: { uri }, ...REFERENCES });
			assert.equal(locations.length, 1, 'the open notice, which needs no disk');
		} finally {
			await server.stop();
		}
	});
});

describe('a client that never answers workspace/configuration', () => {
	test('diagnostics and cross-file requests do not wait for it beyond the bound; file events are still read', { timeout: 20_000 }, async () => {
		const folder = tempFolder('breakdown-silent-');
		fs.writeFileSync(path.join(folder, '单位名录.txt'), '市发改委\n');
		const limits = { settingsWaitMs: 200, indexWaitMs: 3_600_000 };
		const server = await LanguageServer.start({ folder, unanswered: ['workspace/configuration'], inProcess: { fileSystem: createNodeFileSystem(), pinyin: undefined, limits } });
		try {
			const uri = pathToFileURL(path.join(folder, 'a.txt')).href;
			await server.open(uri, NOTICE);
			assert.deepEqual((await server.currentDiagnostics(uri)).map((diagnostic: Diagnostic) => diagnostic.code).sort(), ['missing-lead', 'unknown-unit']);
			fs.writeFileSync(path.join(folder, 'b.txt'), NOTICE);
			await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(folder, 'b.txt')).href, type: 1 }] });
			await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
			const locations = await server.request<Location[]>('textDocument/references', { textDocument: { uri }, ...REFERENCES });
			assert.equal(locations.length, 2, 'a.txt and b.txt, read after the unanswered settings requests');
		} finally {
			await server.stop();
		}
	});
});

describe('the file cap', () => {
	test('registries are read whatever the cap; reaching the cap is reported', { timeout: 20_000 }, async () => {
		const folder = tempFolder('breakdown-cap-');
		for (let i = 0; i < 12; i++) {
			fs.writeFileSync(path.join(folder, `notice-${String(i).padStart(2, '0')}.txt`), `2020年任务分解\n1.任务${i}。\n牵头单位：市财政局\n`);
		}
		fs.mkdirSync(path.join(folder, 'zz'));
		// Sorted by name the registry comes last: a cap applied to the sorted list left it out.
		fs.writeFileSync(path.join(folder, 'zz', '单位名录.txt'), '市财政局\n');
		const server = await LanguageServer.start({ folder, locale: 'en', inProcess: { fileSystem: createNodeFileSystem(), pinyin: undefined, limits: { workspaceFiles: 5 } } });
		try {
			const uri = pathToFileURL(path.join(folder, 'zz', 'new.txt')).href;
			await server.open(uri, '2020年任务分解\n1.甲。\n牵头单位：市财正局\n');
			await server.diagnostics(uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'unknown-unit'));
			await server.settle();
			assert.equal(server.warnings.filter((warning) => /more than 5 text files/.test(warning)).length, 1, server.warnings.join('\n'));
			const tree = await server.request<unknown[]>('breakdown/unitTree', {});
			assert.ok(tree.length > 0);
		} finally {
			await server.stop();
		}
	});
});
