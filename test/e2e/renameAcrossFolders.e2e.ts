import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createProfile, startCodeServer, type RunningCodeServer } from '../../scripts/e2e/codeServer';
import { CACHE } from '../../scripts/e2e/tools';
import { E2ESession } from './support/e2eSession';
import { launchBrowser, Workbench } from './support/workbench';

const LANGUAGE = 'Task-breakdown notice';
const TIMEOUT = { timeout: 240_000 };
const notice = (county: string) => `${county}2025年重点工作任务分解\n\n1.一般公共预算收入稳定增长。\n牵头单位：县财政局；责任单位：县税务局\n`;

/**
 * A supervisor keeps two counties' notices in folders of their own, with no registry: both write
 * 县财政局, which nothing tells apart. A rename from one county's notice shows the other county's
 * edit for the clerk to confirm (Refactor Preview opens by itself) instead of applying it.
 */
describe('a rename of a county body no registry lists, reaching another county’s folder', TIMEOUT, () => {
	let server: RunningCodeServer | undefined;
	let browser: Browser | undefined;
	let workbench: Workbench;
	let other: string;
	before(async () => {
		const { tools, vsix } = E2ESession.tools();
		const base = path.join(CACHE, 'runs', 'rename-across-folders');
		const folder = path.join(base, 'workspace');
		rmSync(folder, { recursive: true, force: true });
		for (const county of ['清河县', '江北县']) {
			mkdirSync(path.join(folder, county), { recursive: true });
			writeFileSync(path.join(folder, county, `${county}分解.txt`), notice(county));
		}
		other = path.join(folder, '江北县', '江北县分解.txt');
		const profile = createProfile(path.join(base, 'profile'), tools, vsix, { 'breakdown.locale': 'zh-cn' });
		server = await startCodeServer(tools, profile, folder, { trusted: true, logFile: path.join(base, 'code-server.log') });
		browser = await launchBrowser(tools.chromium);
		workbench = await Workbench.open(browser, server.url);
	});
	after(async () => {
		await browser?.close().catch(() => undefined);
		await server?.stop();
	});

	test('Enter in the rename box opens Refactor Preview with the other county’s notice; Discard leaves it as it was', TIMEOUT, async () => {
		const { page } = workbench;
		await workbench.openFile('清河县分解.txt');
		await workbench.waitForLanguage(LANGUAGE);
		await workbench.goTo(4, 7);
		await page.keyboard.press('F2');
		const rename = page.locator('.rename-box input');
		await rename.waitFor();
		await rename.fill('县财政和国资局');
		// Enter, not Ctrl+Enter: the preview opens only because the edit asks to be confirmed.
		await page.keyboard.press('Enter');
		const preview = page.locator('.bulk-edit-panel');
		await preview.waitFor();
		await preview.locator('.monaco-list-row', { hasText: '江北县分解.txt' }).first().waitFor();
		await preview.locator('.monaco-button', { hasText: 'Discard' }).first().click();
		await preview.waitFor({ state: 'detached' });
		assert.equal(readFileSync(other, 'utf8'), notice('江北县'));
	});
});
