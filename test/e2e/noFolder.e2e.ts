import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createProfile, startCodeServer, type RunningCodeServer } from '../../scripts/e2e/codeServer';
import { CACHE } from '../../scripts/e2e/tools';
import { E2ESession } from './support/e2eSession';
import { launchBrowser, Workbench } from './support/workbench';

const LANGUAGE = 'Task-breakdown notice';
const TIMEOUT = { timeout: 240_000 };
const NOTICE = '2020年任务分解\n1.扩大投资。\n牵头单位：市发改委；责任单位：市财政局\n2.稳定外贸。\n牵头单位：市商务局；责任单位：市财正局\n';
const REGISTRY = '市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n';
const UNKNOWN = '单位名录中没有「市财正局」';

/**
 * A clerk double-clicks a notice: VS Code opens it in a window without a folder. The registry above
 * it is read; when another program changes it (Notepad, a colleague's sync), the editor reads it again.
 */
describe('a notice opened in a window without a folder, its registry changed by another program', TIMEOUT, () => {
	let server: RunningCodeServer | undefined;
	let browser: Browser | undefined;
	let workbench: Workbench;
	let registry: string;
	let notice: string;
	before(async () => {
		const { tools, vsix } = E2ESession.tools();
		const base = path.join(CACHE, 'runs', 'no-folder');
		const folder = path.join(base, 'notices');
		rmSync(folder, { recursive: true, force: true });
		mkdirSync(path.join(folder, '2020'), { recursive: true });
		registry = path.join(folder, '单位名录.txt');
		notice = path.join(folder, '2020', 'a.txt');
		writeFileSync(registry, REGISTRY);
		writeFileSync(notice, NOTICE);
		const profile = createProfile(path.join(base, 'profile'), tools, vsix, { 'breakdown.locale': 'zh-cn' });
		server = await startCodeServer(tools, profile, folder, { trusted: true, logFile: path.join(base, 'code-server.log') });
		browser = await launchBrowser(tools.chromium);
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		// `ew`: an empty window, no folder, whatever folder code-server was started with.
		await page.goto(new URL('/?ew=true', server.url).href);
		await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
		workbench = new Workbench(page);
	});
	after(async () => {
		await browser?.close().catch(() => undefined);
		await server?.stop();
	});

	test('the registry rewritten on disk is read again: the finding goes, and comes back', TIMEOUT, async () => {
		const { page } = workbench;
		// Quick Open takes an absolute path in a window without a folder.
		await page.keyboard.press('Control+P');
		const input = page.locator('.quick-input-widget input');
		await input.waitFor();
		await input.fill(notice);
		await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'a.txt' }).waitFor();
		await page.keyboard.press('Enter');
		await page.locator('.tab.active', { hasText: 'a.txt' }).waitFor();
		await workbench.waitForLanguage(LANGUAGE);
		const panel = await workbench.problems();
		const row = panel.locator('.monaco-list-row', { hasText: UNKNOWN });
		await row.waitFor({ timeout: 60_000 });
		writeFileSync(registry, REGISTRY + '市财正局\n');
		await row.waitFor({ state: 'detached', timeout: 60_000 });
		writeFileSync(registry, REGISTRY);
		await row.waitFor({ timeout: 60_000 });
	});
});
