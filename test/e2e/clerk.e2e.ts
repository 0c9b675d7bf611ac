import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { E2ESession } from './support/e2eSession';

const LANGUAGE = 'Task-breakdown notice';
const ZHOUSHAN = 'zhoushan-2020-task-responsibilities.txt';
const XUZHOU = 'xuzhou-2020-task-breakdown.txt';
const TONGXIANG = 'tongxiang-2020-responsibility-breakdown.txt';
const TIMEOUT = { timeout: 240_000 };
const STATUS = /(\d+) 项任务 · (\d+) 项无牵头 · (\d+) 个问题/;

describe('a clerk’s day in a real VS Code (code-server): status bar, Units view, hidden findings, outline, walkthrough', TIMEOUT, () => {
	let session: E2ESession;
	before(async () => {
		const { tools, vsix } = E2ESession.tools();
		// The editor's watcher is kept out of `.breakdown` (as a clerk's settings, or a folder past the
		// system's watch limit, would): a finding hidden or shown again must not wait for it.
		session = await E2ESession.start('clerk', { trusted: true, tools, vsix, settings: { 'breakdown.locale': 'zh-cn', 'files.watcherExclude': { '**/.breakdown/**': true } } });
	});
	after(() => session?.close());

	test('the status bar shows a notice’s counts; a click shows this file’s problems only', TIMEOUT, () =>
		session.step('status-bar', async (workbench) => {
			const { page } = workbench;
			await workbench.openFile(XUZHOU);
			await workbench.waitForLanguage(LANGUAGE);
			// xuzhou's counts first: the status bar changes from them when zhoushan becomes the active editor.
			const first = page.locator('.statusbar-item', { hasText: STATUS }).first();
			await first.waitFor();
			const [, xuzhouTasks] = STATUS.exec(await first.innerText())!.map(Number);
			assert.equal(xuzhouTasks, 87, 'xuzhou has 87 tasks');
			await workbench.openFile(ZHOUSHAN);
			await workbench.waitForLanguage(LANGUAGE);
			// Problems of both notices are listed before the click.
			const panel = await workbench.problems();
			await panel.locator('.monaco-list-row', { hasText: XUZHOU }).first().waitFor();
			await workbench.focusEditor();
			const item = page.locator('.statusbar-item', { hasText: STATUS }).filter({ hasNotText: `${xuzhouTasks} 项任务` }).first();
			await item.waitFor();
			const [, tasks, , findings] = STATUS.exec(await item.innerText())!.map(Number);
			assert.equal(tasks, 128, 'zhoushan has 128 tasks');
			await item.click();
			// Show Active File Only: zhoushan's row alone, its badge the status bar's count of findings.
			await panel.locator('.monaco-list-row', { hasText: XUZHOU }).first().waitFor({ state: 'detached' });
			const file = panel.locator('.monaco-list-row', { hasText: ZHOUSHAN }).first();
			await file.waitFor();
			assert.equal(Number(await file.locator('.monaco-count-badge').innerText()), findings);
			// Another notice, other counts.
			await workbench.openFile(TONGXIANG);
			await page.locator('.statusbar-item', { hasText: STATUS }).filter({ hasNotText: `${tasks} 项任务` }).first().waitFor();
		}));

	test('the Units view filter keeps the units a name or its pinyin matches, and says so', TIMEOUT, () =>
		session.step('units-filter', async (workbench) => {
			const { page } = workbench;
			const units = await workbench.explorerView('Units');
			await units.locator('.monaco-list-row', { hasText: '市工信局' }).first().waitFor();
			await workbench.runCommand('Breakdown: Filter Units…');
			const input = page.locator('.quick-input-widget input');
			await input.waitFor();
			await input.fill('fgw');
			await page.keyboard.press('Enter');
			await units.locator('.monaco-list-row', { hasText: '市发展和改革委员会' }).first().waitFor();
			await units.locator('.monaco-list-row', { hasText: '市工信局' }).first().waitFor({ state: 'detached' });
			// The view says what it shows: the filter beside its title, the count as its message (the client's
			// words follow the workbench's language, English here).
			await page.locator('.pane-header', { hasText: /^Units/ }).locator('.description', { hasText: 'fgw' }).waitFor();
			await units.locator('.message', { hasText: /^(One unit matches|\d+ units match) "fgw"\.$/ }).waitFor();
			await workbench.runCommand('Breakdown: Clear the Units Filter');
			await units.locator('.monaco-list-row', { hasText: '市工信局' }).first().waitFor();
		}));

	test('a rename previewed in Refactor Preview doubles no count in the Units view', TIMEOUT, () =>
		session.step('rename-preview', async (workbench) => {
			const { page } = workbench;
			const units = await workbench.explorerView('Units');
			const unit = units.locator('.monaco-list-row', { hasText: '市发展和改革委员会' }).first();
			await unit.waitFor();
			const counts = await unit.locator('.label-description').innerText();
			await workbench.openFile(XUZHOU);
			await workbench.goTo(29, 7);
			await page.keyboard.press('F2');
			const rename = page.locator('.rename-box input');
			await rename.waitFor();
			await rename.fill('市发展改革委');
			await page.keyboard.press('Control+Enter');
			const preview = page.locator('.bulk-edit-panel');
			await preview.waitFor();
			// Open a previewed copy of a notice (a document of its own scheme), then ask the Units view again.
			const previewed = preview.locator('.monaco-list-row', { hasText: XUZHOU }).first();
			await previewed.waitFor();
			await previewed.click();
			await page.locator('.monaco-diff-editor, .multiDiffEditor').first().waitFor();
			await workbench.runCommand('Breakdown: Refresh Units');
			await units.locator('.monaco-list-row', { hasText: '市发展和改革委员会' }).first().waitFor();
			assert.equal(await units.locator('.monaco-list-row', { hasText: '市发展和改革委员会' }).first().locator('.label-description').innerText(), counts);
			// Discard: nothing is renamed.
			await preview.locator('.monaco-button', { hasText: 'Discard' }).first().click();
			await preview.waitFor({ state: 'detached' });
		}));

	test('忽略此处 hides a finding; it stays hidden after an edit elsewhere and a reload, and shows again when its entry is removed', TIMEOUT, () =>
		session.step('hide-finding', async (workbench) => {
			const { page } = workbench;
			const glued = '第 125 项粘连';
			await workbench.openFile(ZHOUSHAN);
			await workbench.waitForLanguage(LANGUAGE);
			let panel = await workbench.problems();
			await panel.locator('.monaco-list-row', { hasText: glued }).waitFor();
			await workbench.goTo(553, 23);
			await page.keyboard.press('Control+.');
			const hide = page.locator('.action-widget .monaco-list-row', { hasText: /忽略此处(：.*粘连)?$/ }).first();
			await hide.waitFor();
			await hide.click();
			await panel.locator('.monaco-list-row', { hasText: glued }).waitFor({ state: 'detached' });
			const ignoreFile = path.join(session.server.folder, '.breakdown', 'ignore.json');
			assert.ok(existsSync(ignoreFile), 'the entry is kept in .breakdown/ignore.json');
			assert.match(readFileSync(ignoreFile, 'utf8'), /"code": "glued-item"/);
			// An edit in another task (126 made a second 125): the checks run again, the glued item stays hidden.
			await workbench.goTo(557, 1);
			await workbench.waitForCurrentLine(/^126\./);
			await page.keyboard.press('Shift+ArrowRight');
			await page.keyboard.press('Shift+ArrowRight');
			await page.keyboard.press('Shift+ArrowRight');
			await page.keyboard.type('125');
			await panel.locator('.monaco-list-row', { hasText: '编号 125 重复' }).waitFor();
			assert.equal(await panel.locator('.monaco-list-row', { hasText: glued }).count(), 0);
			await page.keyboard.press('Control+Z');
			await panel.locator('.monaco-list-row', { hasText: '编号 125 重复' }).waitFor({ state: 'detached' });
			// A reload: a new extension host and server read the file again.
			await page.reload();
			await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
			await workbench.openFile(ZHOUSHAN);
			await workbench.waitForLanguage(LANGUAGE);
			panel = await workbench.problems();
			await panel.locator('.monaco-list-row', { hasText: '「市经信委」' }).first().waitFor();
			assert.equal(await panel.locator('.monaco-list-row', { hasText: glued }).count(), 0);
			// The list of hidden findings: pick it to show it again.
			await workbench.runCommand('Breakdown: Show Hidden Findings…');
			const entry = page.locator('.quick-input-list .monaco-list-row', { hasText: '第 125 项' }).first();
			await entry.waitFor();
			await entry.click();
			await page.locator('.quick-input-widget', { hasText: '1 Selected' }).waitFor();
			await page.keyboard.press('Enter');
			await panel.locator('.monaco-list-row', { hasText: glued }).waitFor();
			assert.doesNotMatch(readFileSync(ignoreFile, 'utf8'), /glued-item/);
		}));

	test('the Outline gives sections and tasks their own icons and a task its lead', TIMEOUT, () =>
		session.step('outline-icons', async (workbench) => {
			await workbench.openFile(TONGXIANG);
			await workbench.waitForLanguage(LANGUAGE);
			const outline = await workbench.explorerView('Outline');
			const section = outline.locator('.monaco-list-row', { hasText: '一、于会游市长主抓重点工作' }).first();
			await section.waitFor();
			await section.locator('.codicon-symbol-namespace').waitFor();
			const task = outline.locator('.monaco-list-row', { hasText: '1.制定出台高质量发展' }).first();
			await task.waitFor();
			await task.locator('.codicon-symbol-enum-member').waitFor();
			assert.match(await task.innerText(), /牵头：/);
			assert.equal(await outline.locator('.codicon-symbol-event').count(), 0, 'no lightning');
		}));

	test('the walkthrough for a first notice opens with its four steps', TIMEOUT, () =>
		session.step('walkthrough', async (workbench) => {
			const { page } = workbench;
			await workbench.runCommand('Welcome: Open Walkthrough...');
			const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Your first task-breakdown notice' }).first();
			await pick.waitFor();
			await pick.click();
			const walkthrough = page.locator('.gettingStartedContainer');
			await walkthrough.locator('.getting-started-step', { hasText: 'Open a notice' }).first().waitFor();
			await walkthrough.locator('.getting-started-step', { hasText: "Find a unit's tasks" }).first().waitFor();
			assert.equal(await walkthrough.locator('.getting-started-step').count(), 4);
		}));

	test('the extension host logs no second diagnostic collection named breakdown', TIMEOUT, () =>
		session.step('diagnostic-collections', async () => {
			const logs = (readdirSync(path.join(session.server.profile.userDataDir, 'logs'), { recursive: true }) as string[]).filter((file) => file.endsWith('remoteexthost.log'));
			const text = logs.map((file) => readFileSync(path.join(session.server.profile.userDataDir, 'logs', file), 'utf8')).join('\n');
			assert.match(text, /_doActivateExtension breakdown\.breakdown/, 'the log of the host that ran the extension');
			assert.doesNotMatch(text, /DiagnosticCollection with name '[^']*' does already exist/);
		}));
});

describe('the demo follows the workbench’s display language (no breakdown.locale set)', TIMEOUT, () => {
	let session: E2ESession;
	before(async () => {
		const { tools, vsix } = E2ESession.tools();
		session = await E2ESession.start('display-language', { trusted: true, tools, vsix, settings: {} });
	});
	after(() => session?.close());

	test('an English workbench: findings, Units view and status bar in English, the same role words', TIMEOUT, () =>
		session.step('display-language', async (workbench) => {
			await workbench.openFile(ZHOUSHAN);
			await workbench.waitForLanguage(LANGUAGE);
			const panel = await workbench.problems();
			await panel.locator('.monaco-list-row', { hasText: 'Item 125 is glued to the end of the previous line' }).waitFor();
			await workbench.focusEditor();
			await workbench.page.locator('.statusbar-item', { hasText: /128 tasks · \d+ without a lead · \d+ findings/ }).first().waitFor();
			const units = await workbench.explorerView('Units');
			const unit = units.locator('.monaco-list-row', { hasText: '市发展和改革委员会' }).first();
			await unit.waitFor();
			assert.match(await unit.innerText(), /Lead \d+ · Responsible \d+ · Cooperating \d+/);
		}));
});
