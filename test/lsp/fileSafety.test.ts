import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, SymbolInformation } from 'vscode-languageserver-protocol';
import { LanguageServer } from './support/languageServer';
import { tempFolder } from '../support/tempFolder';

const uriOf = (file: string) => pathToFileURL(file).href;
const posix = process.platform !== 'win32';
/** A notice naming one registered unit and one misspelt: unknown-unit appears only when a registry applies. */
const NOTICE = '2020年任务分解\n1.扩大投资。\n牵头单位：市财政局\n2.稳定外贸。\n牵头单位：市财正局\n';
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);

/**
 * A parent folder holding the workspace and, beside it, an `outside` folder with a registry and
 * a notice the server must never read.
 */
function makeTree(): { workspace: string; outside: string } {
	const parent = tempFolder('breakdown-safety-');
	const workspace = path.join(parent, 'workspace');
	const outside = path.join(parent, 'outside');
	fs.mkdirSync(path.join(workspace, '名录'), { recursive: true });
	fs.mkdirSync(path.join(workspace, 'notices'), { recursive: true });
	fs.mkdirSync(outside);
	fs.writeFileSync(path.join(workspace, '名录', '单位名录.txt'), '市财政局\n市商务局\n');
	fs.writeFileSync(path.join(workspace, 'notices', 'a.txt'), NOTICE);
	fs.writeFileSync(path.join(outside, '单位名录.txt'), '市财政局\n');
	fs.writeFileSync(path.join(outside, 'secret.txt'), '2020年任务分解\n1.保密工作。\n牵头单位：市保密局\n');
	return { workspace, outside };
}

describe('breakdown.registry with a client that answers workspace/configuration (VS Code, Neovim)', () => {
	for (const pull of [true, false]) {
		test(`the configured registry gives diagnostics (${pull ? 'pull, as VS Code' : 'push, as Neovim'})`, { timeout: 30_000 }, async () => {
			const { workspace } = makeTree();
			const server = await LanguageServer.start({ folder: workspace, pull, settings: { registry: '名录/单位名录.txt' } });
			try {
				const uri = uriOf(path.join(workspace, 'notices', 'a.txt'));
				await server.open(uri, NOTICE);
				let diagnostics: Diagnostic[];
				if (pull) {
					diagnostics = (await server.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
					if (!codes(diagnostics).includes('unknown-unit')) {
						// Read after the first answer: the server asks the client to pull again.
						await server.serverRequest('workspace/diagnostic/refresh');
						diagnostics = (await server.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
					}
				} else {
					diagnostics = (await server.diagnostics(uri, (params) => codes(params.diagnostics).includes('unknown-unit'))).diagnostics;
				}
				assert.deepEqual(codes(diagnostics), ['unknown-unit']);
				const registries = await server.request<{ uris: string[] }>('breakdown/registryFor', { uri });
				assert.deepEqual(registries.uris.map((registry) => decodeURIComponent(registry)), [decodeURIComponent(uriOf(path.join(workspace, '名录', '单位名录.txt')))]);
			} finally {
				await server.stop();
			}
		});
	}

	test('an absolute path inside the workspace works', { timeout: 30_000 }, async () => {
		const { workspace } = makeTree();
		const server = await LanguageServer.start({ folder: workspace, settings: { registry: path.join(workspace, '名录', '单位名录.txt') } });
		try {
			const uri = uriOf(path.join(workspace, 'notices', 'a.txt'));
			await server.open(uri, NOTICE);
			await server.diagnostics(uri, (params) => codes(params.diagnostics).includes('unknown-unit'));
			assert.deepEqual(server.warnings, []);
		} finally {
			await server.stop();
		}
	});
});

describe('nothing outside the workspace is read', { skip: !posix && 'symlinks and FIFOs' }, () => {
	let server: LanguageServer;
	let workspace: string;
	let outside: string;
	let notice: string;
	before(async () => {
		({ workspace, outside } = makeTree());
		fs.rmSync(path.join(workspace, '名录', '单位名录.txt'));
		fs.symlinkSync(path.join(outside, '单位名录.txt'), path.join(workspace, 'linked.units.txt'));
		fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(workspace, 'leak.txt'));
		fs.symlinkSync('/dev/zero', path.join(workspace, 'zero.txt'));
		fs.symlinkSync('/dev/zero', path.join(workspace, 'zero.units.txt'));
		assert.equal(spawnSync('mkfifo', [path.join(workspace, 'pipe.txt')]).status, 0, 'mkfifo');
		assert.equal(spawnSync('mkfifo', [path.join(workspace, 'pipe.units.txt')]).status, 0, 'mkfifo');
		fs.writeFileSync(path.join(workspace, 'units.txt'), '市财政局\n');
		server = await LanguageServer.start({ folder: workspace, locale: 'en' });
		notice = uriOf(path.join(workspace, 'notices', 'a.txt'));
		await server.open(notice, NOTICE);
		await server.settle();
	});
	after(() => server.stop());

	/** Sets breakdown.registry, waits until the server has read it, and returns the warnings it caused and the registries in force. */
	async function configure(registry: string): Promise<{ warnings: string[]; registries: string[] }> {
		const before = server.warnings.length;
		server.settings = { registry };
		await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
		await server.settle();
		const { uris } = await server.request<{ uris: string[] }>('breakdown/registryFor', { uri: notice });
		return { warnings: server.warnings.slice(before), registries: uris };
	}

	for (const [what, registry] of [
		['`..` in a file: URI', () => `${uriOf(workspace)}/../outside/单位名录.txt`],
		['percent-encoded `..` in a file: URI', () => `${uriOf(workspace)}/%2e%2e/outside/单位名录.txt`],
		['`..` in a relative path', () => '../outside/单位名录.txt'],
		['an absolute path outside', () => path.join(outside, '单位名录.txt')],
		['a link inside the workspace to a registry outside', () => 'linked.units.txt'],
		['a link to /dev/zero', () => 'zero.units.txt'],
	] as const) {
		test(`breakdown.registry through ${what}: not read, one message`, async () => {
			const { warnings, registries } = await configure(registry());
			assert.deepEqual(registries, []);
			assert.equal(warnings.length, 1, warnings.join('\n'));
			assert.match(warnings[0], /is outside the workspace and was ignored/);
			assert.deepEqual(codes(await server.currentDiagnostics(notice)), [], 'no registry applies, so no unit is unknown');
		});
	}

	test('a FIFO as breakdown.registry: not read, one message, and the server goes on', async () => {
		const { warnings, registries } = await configure('pipe.units.txt');
		assert.deepEqual(registries, []);
		assert.deepEqual(warnings.map((warning) => /not a regular file/.test(warning)), [true]);
	});

	test('a missing registry and a file not named as a registry: one message each, once', async () => {
		const missing = await configure('名录/单位名录.txt');
		assert.deepEqual(missing.warnings.map((warning) => /does not exist/.test(warning)), [true]);
		// The same settings again (VS Code sends didChangeConfiguration for any section): no second message.
		await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
		await server.settle();
		assert.equal(server.warnings.filter((warning) => warning === missing.warnings[0]).length, 1);
		const misnamed = await configure('units.txt');
		assert.deepEqual(misnamed.warnings.map((warning) => /not a registry file/.test(warning)), [true]);
		assert.deepEqual(misnamed.registries, []);
	});

	test('file events on a link out of the workspace, a link to /dev/zero and a FIFO: nothing read, the server answers', { timeout: 30_000 }, async () => {
		await configure('');
		const changes = ['leak.txt', 'zero.txt', 'pipe.txt'].flatMap((name) => [1, 2].map((type) => ({ uri: uriOf(path.join(workspace, name)), type })));
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
		await server.settle();
		const symbols = await server.request<SymbolInformation[]>('workspace/symbol', { query: '保密' });
		assert.deepEqual(symbols, [], 'the notice behind the link is not read');
		const encoded = `${uriOf(workspace)}/%2e%2e/outside/secret.txt`;
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: encoded, type: 1 }, { uri: `${uriOf(workspace)}/../outside/secret.txt`, type: 1 }] });
		await server.settle();
		assert.deepEqual(await server.request<SymbolInformation[]>('workspace/symbol', { query: '保密' }), []);
		const stats = await server.request<{ rssBytes: number }>('breakdown/stats', {});
		assert.ok(stats.rssBytes < 1e9, `RSS ${stats.rssBytes}`);
		assert.ok(server.alive);
	});
});
