import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, FileSystemWatcher, Registration } from 'vscode-languageserver-protocol';
import { BESIDE_NOTICE_GLOB, HIDDEN_FINDINGS_NAME_GLOB } from '../../server/src/core/workspace/fileNames';
import type { WorkspaceFileSystem } from '../../server/src/core/workspace/fileSystem';
import { createNodeFileSystem } from '../../server/src/node/nodeFileSystem';
import { LanguageServer } from './support/languageServer';
import { tempFolder } from '../support/tempFolder';

// A notice opened in a window without a workspace folder (a clerk double-clicks it): the registry
// above it is read, and another program changes it (the clerk adds a unit in Notepad, a
// colleague's sync replaces the file).

const NOTICE = '2020年任务分解\n1.扩大投资。\n牵头单位：市发改委；责任单位：市财政局\n2.稳定外贸。\n牵头单位：市商务局；责任单位：市财正局\n';
const REGISTRY = '市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n';
const TIMEOUT = { timeout: 30_000 };

const hasUnknownUnit = (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === 'unknown-unit');
const href = (file: string) => pathToFileURL(file).href;

/** The server's registrations of file watchers whose patterns are relative (a base folder and a glob). */
function folderWatches(server: LanguageServer): Array<{ id: string; watchers: Array<{ baseUri: string; pattern: string }> }> {
	return server.registrations
		.filter((registration: Registration) => registration.method === 'workspace/didChangeWatchedFiles')
		.map((registration) => ({ id: registration.id, watchers: (registration.registerOptions as { watchers: FileSystemWatcher[] }).watchers.map((watcher) => watcher.globPattern) }))
		.filter(({ watchers }) => watchers.every((glob) => typeof glob === 'object'))
		.map(({ id, watchers }) => ({ id, watchers: watchers.map((glob) => glob as { baseUri: string; pattern: string }) }));
}

/** Resolves once the server has registered a watch the predicate accepts (at once when it has). */
async function registered(server: LanguageServer, predicate: (watchers: Array<{ baseUri: string; pattern: string }>) => boolean): Promise<{ id: string; watchers: Array<{ baseUri: string; pattern: string }> }> {
	for (;;) {
		const found = folderWatches(server).find(({ watchers }) => predicate(watchers));
		if (found) {
			return found;
		}
		await server.nextServerRequest('client/registerCapability');
	}
}

describe('a registry beside a notice opened without a workspace folder, changed by another program', TIMEOUT, () => {
	let server: LanguageServer;
	let folder: string;
	let registry: string;
	let uri: string;
	before(async () => {
		folder = tempFolder('breakdown-beside-');
		fs.mkdirSync(path.join(folder, '2020'));
		registry = path.join(folder, '单位名录.txt');
		fs.writeFileSync(registry, REGISTRY);
		uri = href(path.join(folder, '2020', 'a.txt'));
		fs.writeFileSync(path.join(folder, '2020', 'a.txt'), NOTICE);
		server = await LanguageServer.start({ locale: 'en' });
	});
	after(() => server.stop());

	test('the server asks the client to watch the folders it read, by relative patterns, none of them recursive', TIMEOUT, async () => {
		await server.open(uri, NOTICE);
		assert.ok(hasUnknownUnit((await server.diagnostics(uri, (params) => hasUnknownUnit(params.diagnostics))).diagnostics), '市财正局 is no registry unit');
		const { watchers } = await registered(server, (watchers) => watchers.some((watcher) => watcher.baseUri === href(folder)));
		assert.deepEqual(
			watchers.filter((watcher) => watcher.baseUri.startsWith(href(folder))),
			[
				{ baseUri: href(folder), pattern: BESIDE_NOTICE_GLOB },
				{ baseUri: href(path.join(folder, '2020')), pattern: BESIDE_NOTICE_GLOB },
			],
		);
		// VS Code watches the whole tree under the base folder of a pattern with `/` or `**`: here, the clerk's home or `/`.
		assert.deepEqual(
			watchers.filter((watcher) => watcher.pattern.includes('/') || watcher.pattern.includes('**')),
			[],
		);
		assert.ok(BESIDE_NOTICE_GLOB.includes('单位名录.txt') && BESIDE_NOTICE_GLOB.includes('*.units.txt') && BESIDE_NOTICE_GLOB.includes('.breakdown'));
	});

	test('a registry rewritten on disk is read again on the file event', TIMEOUT, async () => {
		fs.writeFileSync(registry, REGISTRY + '市财正局\n');
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: href(registry), type: 2 }] });
		await server.diagnostics(uri, (params) => !hasUnknownUnit(params.diagnostics));
		fs.writeFileSync(registry, REGISTRY);
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: href(registry), type: 2 }] });
		await server.diagnostics(uri, (params) => hasUnknownUnit(params.diagnostics));
	});

	test('a registry put beside the notice is read, and dropped when deleted', TIMEOUT, async () => {
		const added = path.join(folder, '2020', '外贸.units.txt');
		fs.writeFileSync(added, '市财正局\n');
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: href(added), type: 1 }] });
		await server.diagnostics(uri, (params) => !hasUnknownUnit(params.diagnostics));
		assert.deepEqual((await server.request<{ uris: string[] }>('breakdown/registryFor', { uri })).uris, [href(added), href(registry)]);
		fs.rmSync(added);
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: href(added), type: 3 }] });
		await server.diagnostics(uri, (params) => hasUnknownUnit(params.diagnostics));
		assert.deepEqual((await server.request<{ uris: string[] }>('breakdown/registryFor', { uri })).uris, [href(registry)]);
	});

	test('a .breakdown folder made above the notice: its ignore.json is read, and watched', TIMEOUT, async () => {
		fs.mkdirSync(path.join(folder, '.breakdown'));
		fs.writeFileSync(path.join(folder, '.breakdown', 'ignore.json'), '{"version": 1, "hidden": 5}');
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: href(path.join(folder, '.breakdown')), type: 1 }] });
		await registered(server, (watchers) => watchers.some((watcher) => watcher.baseUri === href(path.join(folder, '.breakdown')) && watcher.pattern === HIDDEN_FINDINGS_NAME_GLOB));
		await server.settle();
		assert.ok(server.warnings.some((warning) => warning.includes('ignore.json')), server.warnings.join('\n'));
	});

	test('closing the notice drops the watch', TIMEOUT, async () => {
		await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		// Each set of folders replaced the one before it (registered first, then dropped); the last goes now.
		const ids = folderWatches(server).map((registration) => registration.id);
		while (!ids.every((id) => server.unregistrations.some((unregistration) => unregistration.id === id))) {
			await server.nextServerRequest('client/unregisterCapability');
		}
		assert.deepEqual(server.unregistrations.map((unregistration) => unregistration.id).sort(), ids.sort());
	});
});

describe('a client that cannot watch a folder by its URI', TIMEOUT, () => {
	test('declaring dynamic registration without relative patterns, it is asked for no folder watch', TIMEOUT, async () => {
		const folder = tempFolder('breakdown-beside-plain-');
		fs.writeFileSync(path.join(folder, '单位名录.txt'), REGISTRY);
		const server = await LanguageServer.start({ locale: 'en', capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
		try {
			const uri = href(path.join(folder, 'a.txt'));
			await server.open(uri, NOTICE);
			await server.diagnostics(uri, (params) => hasUnknownUnit(params.diagnostics));
			await server.settle();
			assert.deepEqual(folderWatches(server), []);
			assert.deepEqual(server.registrations.map((registration) => registration.method), ['workspace/didChangeWatchedFiles'], "the workspace's own watchers only");
		} finally {
			await server.stop();
		}
	});
});

describe('notices opened in several folders under one registry, without a workspace folder', TIMEOUT, () => {
	test('each folder above them is listed once, and again only after a watched change in it', TIMEOUT, async () => {
		const folder = tempFolder('breakdown-beside-shared-');
		fs.writeFileSync(path.join(folder, '单位名录.txt'), REGISTRY);
		const disk = createNodeFileSystem();
		const listed: string[] = [];
		const fileSystem: WorkspaceFileSystem = { ...disk, readDirectory: (uri) => (listed.push(uri), disk.readDirectory(uri)) };
		const server = await LanguageServer.start({ locale: 'en', inProcess: { fileSystem, pinyin: undefined } });
		const times = (at: string) => listed.filter((uri) => uri === href(at)).length;
		try {
			const notices = ['2020', '2021', '2022'].map((name) => {
				fs.mkdirSync(path.join(folder, name));
				return href(path.join(folder, name, 'a.txt'));
			});
			for (const uri of notices) {
				await server.open(uri, NOTICE);
				await server.diagnostics(uri, (params) => hasUnknownUnit(params.diagnostics));
			}
			assert.deepEqual([times(folder), times(path.dirname(folder))], [1, 1], 'the folders the notices share, listed once');
			const added = path.join(folder, '外贸.units.txt');
			fs.writeFileSync(added, '市财正局\n');
			await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: href(added), type: 1 }] });
			for (const uri of notices) {
				await server.diagnostics(uri, (params) => !hasUnknownUnit(params.diagnostics));
			}
			assert.deepEqual([times(folder), times(path.dirname(folder))], [2, 1], 'the folder that changed, listed again; the one above it, not');
		} finally {
			await server.stop();
		}
	});
});
