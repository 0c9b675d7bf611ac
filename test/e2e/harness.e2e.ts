import * as assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { E2ESession } from './support/e2eSession';

const TIMEOUT = { timeout: 180_000 };

/**
 * The suite's assertions read live UI state: with a server that dies at start, the same checks the
 * main suite makes (the notice is detected; its findings are listed) must fail.
 */
describe('harness: a broken extension fails the checks', TIMEOUT, () => {
	let session: E2ESession;
	before(async () => {
		const { tools, vsix } = E2ESession.tools();
		session = await E2ESession.start('broken', {
			trusted: true,
			tools,
			vsix,
			prepare: (extensionsDir) => {
				const installed = readdirSync(extensionsDir).find((name) => name.startsWith('breakdown.breakdown-'))!;
				writeFileSync(path.join(extensionsDir, installed, 'dist', 'server.js'), 'process.exit(3);\n');
			},
		});
	});
	after(() => session?.close());

	test('detection and findings do not appear when the server fails to start', TIMEOUT, async () => {
		const { workbench } = session;
		await workbench.openFile('zhoushan-2020-task-responsibilities.txt');
		await assert.rejects(workbench.waitForLanguage('Task-breakdown notice', 15_000), /Timeout/);
		const panel = await workbench.problems();
		await assert.rejects(panel.locator('.monaco-list-row', { hasText: '第 125 项粘连' }).waitFor({ timeout: 5_000 }), /Timeout/);
	});
});
