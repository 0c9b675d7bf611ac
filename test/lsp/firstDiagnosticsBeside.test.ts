import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import type { WorkspaceFileSystem } from '../../server/src/core/workspace/fileSystem';
import { createNodeFileSystem } from '../../server/src/node/nodeFileSystem';
import { LanguageServer } from './support/languageServer';
import { tempFolder } from '../support/tempFolder';

// A clerk double-clicks a notice: a window without a workspace folder. Its first findings are
// those under the registries beside it and above it, not a first answer without them (no
// unknown-unit for 市财正局, then one at the refresh) nor one under the registry of its own
// folder alone (市大数据管理服务中心, listed only above, named unknown until the one above is read).

const NOTICE = '2020年任务分解\n1.扩大投资。\n牵头单位：市发改委；责任单位：市大数据管理服务中心、市商务局、市财正局\n';
const ABOVE = '市发展和改革委员会 = 市发改委\n市大数据管理服务中心\n市财政局\n';
const NEAR = '市商务局\n';
/** What the notice reads as under both registries. */
const SETTLED = ['"市财正局" is not in the unit registry; did you mean "市财政局"?'];
const TIMEOUT = { timeout: 60_000 };

const unknownUnits = (items: readonly Diagnostic[]) => items.filter((item) => item.code === 'unknown-unit').map((item) => item.message);

/** A notice in `2020/` with a registry beside it and one above; its URI and the registries' paths. */
function clerkFolder(): { uri: string; near: string; above: string } {
	const folder = tempFolder('breakdown-first-beside-');
	fs.mkdirSync(path.join(folder, '2020'));
	const above = path.join(folder, '单位名录.txt');
	const near = path.join(folder, '2020', '外贸.units.txt');
	fs.writeFileSync(above, ABOVE);
	fs.writeFileSync(near, NEAR);
	fs.writeFileSync(path.join(folder, '2020', 'a.txt'), NOTICE);
	return { uri: pathToFileURL(path.join(folder, '2020', 'a.txt')).href, near, above };
}

async function pull(server: LanguageServer, uri: string, token?: CancellationTokenSource['token']): Promise<Diagnostic[]> {
	const params = { textDocument: { uri } };
	// An undefined token would go as a second parameter.
	const report = await (token ? server.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', params, token) : server.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', params));
	assert.equal(report.kind, 'full');
	return report.kind === 'full' ? report.items : [];
}

describe('the first diagnostics of a notice opened without a workspace folder (dist/server.js)', TIMEOUT, () => {
	test('a pull client: the first pull, sent right after the open, answers under the registries beside and above', TIMEOUT, async () => {
		for (let run = 0; run < 3; run++) {
			const { uri } = clerkFolder();
			const server = await LanguageServer.start({ locale: 'en', pull: true });
			try {
				await server.open(uri, NOTICE);
				assert.deepEqual(unknownUnits(await pull(server, uri)), SETTLED, `run ${run}`);
			} finally {
				await server.stop();
			}
		}
	});

	test('a push-only client (no pull declared): the first push is under the registries beside and above', TIMEOUT, async () => {
		for (let run = 0; run < 3; run++) {
			const { uri } = clerkFolder();
			const server = await LanguageServer.start({ locale: 'en', pull: false });
			try {
				await server.open(uri, NOTICE);
				assert.deepEqual(unknownUnits((await server.diagnostics(uri)).diagnostics), SETTLED, `run ${run}`);
				assert.equal(server.pushed.filter((params) => params.uri === uri).length, 1, 'no first push without the registries');
			} finally {
				await server.stop();
			}
		}
	});
});

/** The disk, but the registry above waits for `release` (a slow network share); `reached` resolves when its read starts. */
function slowAbove(above: string): { fileSystem: WorkspaceFileSystem; reached: Promise<void>; release: () => void } {
	const disk = createNodeFileSystem();
	let release = (): void => undefined;
	let reach = (): void => undefined;
	const reached = new Promise<void>((resolve) => (reach = resolve));
	const released = new Promise<void>((resolve) => (release = resolve));
	const aboveUri = pathToFileURL(above).href;
	const fileSystem: WorkspaceFileSystem = {
		...disk,
		readFile: async (uri, limits) => {
			if (uri === aboveUri) {
				reach();
				await released;
			}
			return disk.readFile(uri, limits);
		},
	};
	return { fileSystem, reached, release };
}

/**
 * Resolves once the server has taken every message sent before it (it answers them in order of
 * arrival, and a folding range waits for nothing): a pull sent before is then waiting, or answered.
 */
async function taken(server: LanguageServer, uri: string): Promise<void> {
	await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
}

/** Whether `answer` has settled, after the turns its settling would take. */
async function answeredYet(answer: Promise<unknown>): Promise<boolean> {
	let answered = false;
	void answer.then(
		() => (answered = true),
		() => (answered = true),
	);
	await new Promise((resolve) => setImmediate(resolve));
	return answered;
}

describe('the first diagnostics wait for the registries above, bounded and cancellable', TIMEOUT, () => {
	test('a pull sent while the registry beside is read and the one above is not yet: it waits, and names no unit of the one above unknown', TIMEOUT, async () => {
		const { uri, above } = clerkFolder();
		const { fileSystem, reached, release } = slowAbove(above);
		const server = await LanguageServer.start({ locale: 'en', pull: true, inProcess: { fileSystem, pinyin: undefined } });
		try {
			await server.open(uri, NOTICE);
			await reached;
			const answer = pull(server, uri);
			await taken(server, uri);
			assert.equal(await answeredYet(answer), false, 'the pull waits for the registry above');
			release();
			assert.deepEqual(unknownUnits(await answer), SETTLED);
		} finally {
			release();
			await server.stop();
		}
	});

	test('a registry above that never comes: the first pull answers after the bound, from what is read', TIMEOUT, async () => {
		const { uri, above } = clerkFolder();
		const { fileSystem, release } = slowAbove(above);
		const server = await LanguageServer.start({ locale: 'en', pull: true, inProcess: { fileSystem, pinyin: undefined, limits: { registriesWaitMs: 1_000 } } });
		try {
			await server.open(uri, NOTICE);
			// The registry beside only: the bound passed, so the editor is not held (市大数据管理服务中心 and 市发改委 are the one above's).
			assert.equal(unknownUnits(await pull(server, uri)).length, 3);
			// The bound ran once: the pulls after it (each keystroke's) do not wait it again (a bound run
			// again would pass again, and be logged again).
			await server.change(uri, [{ text: NOTICE + '2.稳定外贸。\n' }]);
			assert.equal(unknownUnits(await pull(server, uri)).length, 3);
			assert.equal(server.logs.filter((message) => message.includes('still being read')).length, 1, server.logs.join('\n'));
		} finally {
			release();
			await server.stop();
		}
	});

	test('a first pull cancelled while it waits answers RequestCancelled', TIMEOUT, async () => {
		const { uri, above } = clerkFolder();
		const { fileSystem, reached, release } = slowAbove(above);
		const server = await LanguageServer.start({ locale: 'en', pull: true, inProcess: { fileSystem, pinyin: undefined, limits: { registriesWaitMs: 3_600_000 } } });
		try {
			await server.open(uri, NOTICE);
			await reached;
			const source = new CancellationTokenSource();
			const pending = pull(server, uri, source.token);
			source.cancel();
			await assert.rejects(pending, (error: { code?: number }) => error.code === -32800);
		} finally {
			release();
			await server.stop();
		}
	});

	test('a push-only client: the first push waits too', TIMEOUT, async () => {
		const { uri, above } = clerkFolder();
		const { fileSystem, reached, release } = slowAbove(above);
		const server = await LanguageServer.start({ locale: 'en', pull: false, inProcess: { fileSystem, pinyin: undefined } });
		try {
			await server.open(uri, NOTICE);
			await reached;
			await taken(server, uri);
			assert.equal(server.pushed.filter((params) => params.uri === uri).length, 0, 'no push before the registry above is read');
			release();
			assert.deepEqual(unknownUnits((await server.diagnostics(uri)).diagnostics), SETTLED);
		} finally {
			release();
			await server.stop();
		}
	});
});
