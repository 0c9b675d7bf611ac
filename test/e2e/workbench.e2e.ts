import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { E2ESession } from './support/e2eSession';

const LANGUAGE = 'Task-breakdown notice';
const ZHOUSHAN = 'zhoushan-2020-task-responsibilities.txt';
const XUZHOU = 'xuzhou-2020-task-breakdown.txt';
const TONGXIANG = 'tongxiang-2020-responsibility-breakdown.txt';
const TIMEOUT = { timeout: 180_000 };

describe('breakdown in a real VS Code (code-server), trusted folder', TIMEOUT, () => {
	let session: E2ESession;
	before(async () => {
		const { tools, vsix } = E2ESession.tools();
		session = await E2ESession.start('trusted', { trusted: true, tools, vsix });
	});
	after(() => session?.close());

	test('a sample .txt is detected as a breakdown notice', TIMEOUT, () =>
		session.step('detected', async (workbench) => {
			await workbench.openFile(ZHOUSHAN);
			await workbench.waitForLanguage(LANGUAGE);
		}));

	test('the Problems panel lists its findings', TIMEOUT, () =>
		session.step('problems', async (workbench) => {
			const panel = await workbench.problems();
			await panel.locator('.monaco-list-row', { hasText: '第 125 项粘连在上一行末尾，应另起一行' }).waitFor();
			await panel.locator('.monaco-list-row', { hasText: '「市经信委」与本文中的「市经信局」' }).waitFor();
			await panel.locator('.monaco-list-row', { hasText: '「普陀山-朱家尖管委会」' }).waitFor();
		}));

	test('the Outline shows sections and tasks', TIMEOUT, () =>
		session.step('outline', async (workbench) => {
			await workbench.openFile(TONGXIANG);
			await workbench.waitForLanguage(LANGUAGE);
			const outline = await workbench.explorerView('Outline');
			// The first section is expanded to its tasks; the list shows what fits in the pane.
			await outline.locator('.monaco-list-row', { hasText: '一、于会游市长主抓重点工作' }).waitFor();
			await outline.locator('.monaco-list-row', { hasText: '1.制定出台高质量发展' }).waitFor();
			await outline.locator('.monaco-list-row', { hasText: '3.坚持政府过“紧日子”' }).waitFor();
			await outline.locator('.monaco-list-row', { hasText: '二、冯中海常务副市长牵头重点工作' }).waitFor();
		}));

	test('hovering a unit shows its registry name and counts', TIMEOUT, () =>
		session.step('hover', async (workbench) => {
			await workbench.openFile(XUZHOU);
			await workbench.waitForLanguage(LANGUAGE);
			await workbench.goTo(29, 7);
			// Point at the unit with the mouse, as a clerk does.
			await workbench.page.locator('.editor-group-container.active .view-lines .view-line span', { hasText: /^市发改委$/ }).first().hover();
			const hover = workbench.page.locator('.monaco-hover:not(.hidden)', { hasText: '市发展和改革委员会' }).first();
			await hover.waitFor();
			assert.match(await hover.innerText(), /牵头 \d+ 项 · 责任 \d+ 项 · 配合 \d+ 项（2 个文件）/);
			await workbench.page.keyboard.press('Escape');
			await workbench.page.mouse.move(0, 0);
		}));

	test('Go to References on a unit lists its tasks in two notices', TIMEOUT, () =>
		session.step('references', async (workbench) => {
			await workbench.openFile(XUZHOU);
			await workbench.goTo(29, 7);
			await workbench.page.keyboard.press('Shift+F12');
			const peek = workbench.page.locator('.peekview-widget');
			await peek.waitFor();
			await peek.locator('.peekview-title', { hasText: /References \(\d+\)/ }).waitFor();
			// Collapse this notice's references so the other notice's group comes into view.
			const here = peek.locator('.monaco-list-row', { hasText: XUZHOU }).first();
			await here.waitFor();
			await here.click();
			await peek.locator('.monaco-list-row', { hasText: ZHOUSHAN }).first().waitFor();
			await workbench.page.keyboard.press('Escape');
			await peek.waitFor({ state: 'detached' });
		}));

	test('the Units view groups a unit by notice, names the notice on each task row; clicking a task moves the cursor there', TIMEOUT, () =>
		session.step('units-view', async (workbench) => {
			const units = await workbench.explorerView('Units');
			const unit = units.locator('.monaco-list-row', { hasText: '市发展和改革委员会' }).first();
			await unit.waitFor();
			// The view's labels are the server's, in its locale (zh-cn here) and its role words.
			assert.match(await unit.innerText(), /牵头 \d+ 项 · 责任 \d+ 项 · 配合 \d+ 项/);
			if ((await unit.getAttribute('aria-expanded')) !== 'true') {
				await unit.click();
			}
			// Named in two notices: one row per notice, each with its own counts, before any task.
			const inXuzhou = units.locator('.monaco-list-row', { hasText: XUZHOU }).first();
			await inXuzhou.waitFor();
			await units.locator('.monaco-list-row', { hasText: ZHOUSHAN }).first().waitFor();
			assert.match(await inXuzhou.innerText(), /牵头 \d+ 项/);
			assert.equal(await units.locator('.monaco-list-row', { hasText: /第 \d+ 项：/ }).count(), 0, 'tasks only under a notice');
			await inXuzhou.click();
			const task = units.locator('.monaco-list-row', { hasText: /第 \d+ 项：/ }).first();
			await task.waitFor();
			const label = await task.locator('.label-name').innerText();
			const number = /第 (\d+) 项：/.exec(label)![1];
			const file = (await task.locator('.label-description').innerText()).trim();
			assert.equal(file, XUZHOU, 'the task row names its notice');
			await task.click();
			await workbench.page.locator('.tab.active', { hasText: file }).waitFor();
			// The task is selected in the editor: the selection's line starts with the task number.
			await workbench.page.locator('.statusbar-item', { hasText: /selected/ }).first().waitFor();
			await workbench.focusEditor();
			await workbench.page.keyboard.press('Home');
			await workbench.waitForCurrentLine(new RegExp(`^${number}\\.`));
		}));

	test('a unit named in one notice expands straight to its tasks by role, each row naming the notice', TIMEOUT, () =>
		session.step('units-view-one-notice', async (workbench) => {
			const units = await workbench.explorerView('Units');
			// The last test left 市发展和改革委员会 expanded: collapse it, so the task rows below are 市工信局's.
			const grouped = units.locator('.monaco-list-row', { hasText: '市发展和改革委员会' }).first();
			if ((await grouped.getAttribute('aria-expanded')) === 'true') {
				await grouped.click();
				await units.locator('.monaco-list-row', { hasText: /第 \d+ 项：/ }).first().waitFor({ state: 'detached' });
			}
			const unit = units.locator('.monaco-list-row', { hasText: '市工信局' }).first();
			await unit.waitFor();
			// The top level has the counts; the role headings and tasks come with the expansion, and agree with them.
			const lead = /牵头 (\d+) 项/.exec(await unit.locator('.label-description').innerText())![1];
			assert.equal(await units.locator('.monaco-list-row', { hasText: /第 \d+ 项：/ }).count(), 0, 'no task before the unit is expanded');
			await unit.click();
			await units.locator('.monaco-list-row[aria-level="2"]', { hasText: `牵头（${lead}）` }).waitFor();
			const task = units.locator('.monaco-list-row[aria-level="3"]', { hasText: /第 \d+ 项：/ }).first();
			await task.waitFor();
			assert.equal((await task.locator('.label-description').innerText()).trim(), XUZHOU, 'the task row names its notice');
			await unit.click();
			await task.waitFor({ state: 'detached' });
		}));

	test('a quick fix changes the text and its finding disappears', TIMEOUT, () =>
		session.step('quick-fix', async (workbench) => {
			await workbench.openFile(ZHOUSHAN);
			await workbench.waitForLanguage(LANGUAGE);
			await workbench.goTo(553, 23);
			await workbench.page.keyboard.press('Control+.');
			const item = workbench.page.locator('.action-widget .monaco-list-row', { hasText: '将第 125 项另起一行' }).first();
			await item.waitFor();
			await item.click();
			assert.match(await workbench.lineText(554), /^125\.强化督考机制/);
			const panel = await workbench.problems();
			await panel.locator('.monaco-list-row', { hasText: '第 125 项粘连' }).waitFor({ state: 'detached' });
			await panel.locator('.monaco-list-row', { hasText: '「市经信委」' }).waitFor();
		}));

	test('a killed language server is restarted and the notice is checked again', TIMEOUT, () =>
		session.step('restart', async (workbench) => {
			const serverPids = () =>
				(spawnSync('pgrep', ['-f', `${session.server.profile.extensionsDir}/.*dist/server\\.js`], { encoding: 'utf8' }).stdout ?? '').trim().split('\n').filter(Boolean);
			const before = serverPids();
			assert.equal(before.length, 1, 'one language server runs');
			process.kill(Number(before[0]), 'SIGKILL');
			// The client notices the dead server and starts a new one; wait for its process.
			const deadline = Date.now() + 60_000;
			while (!serverPids().some((pid) => !before.includes(pid))) {
				assert.ok(Date.now() < deadline, 'the language server was not restarted');
				await new Promise((resolve) => setImmediate(resolve));
				await workbench.page.waitForLoadState();
			}
			// Editing after the restart is checked by the new server: make 126 a second 125.
			await workbench.openFile(ZHOUSHAN);
			await workbench.goTo(558, 1);
			await workbench.waitForCurrentLine(/^126\./);
			await workbench.page.keyboard.press('Shift+ArrowRight');
			await workbench.page.keyboard.press('Shift+ArrowRight');
			await workbench.page.keyboard.press('Shift+ArrowRight');
			await workbench.page.keyboard.type('125');
			const panel = await workbench.problems();
			await panel.locator('.monaco-list-row', { hasText: '编号 125 重复' }).waitFor();
		}));

	// Last: it leaves the sample edited (unsaved).
	test('the missing-lead fix adds the field as the notice writes it and leaves the cursor after its colon', TIMEOUT, () =>
		session.step('missing-lead-fix', async (workbench) => {
			await workbench.openFile(TONGXIANG);
			await workbench.waitForLanguage(LANGUAGE);
			// The last task, cut off in the sample, names no unit.
			const panel = await workbench.problems();
			const finding = panel.locator('.monaco-list-row', { hasText: '第 19 项任务没有牵头单位' });
			await finding.waitFor();
			await workbench.goTo(157, 1);
			await workbench.page.keyboard.press('Control+.');
			const item = workbench.page.locator('.action-widget .monaco-list-row', { hasText: '添加「责任单位:」' }).first();
			await item.waitFor();
			await item.click();
			// Typed where the snippet left the cursor: after the new field's colon, on a line of its own.
			await workbench.page.keyboard.type('市财政局');
			await workbench.page.keyboard.press('Escape');
			await workbench.cursorAt(158, 10);
			await workbench.waitForCurrentLine('责任单位:市财政局');
			await finding.waitFor({ state: 'detached' });
		}));
});

describe('breakdown in Restricted Mode (untrusted folder)', TIMEOUT, () => {
	let session: E2ESession;
	before(async () => {
		const { tools, vsix } = E2ESession.tools();
		session = await E2ESession.start('untrusted', { trusted: false, tools, vsix });
	});
	after(() => session?.close());

	test('works with the folder untrusted: detection, findings, references', TIMEOUT, () =>
		session.step('restricted', async (workbench) => {
			await workbench.page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
			await workbench.openFile(ZHOUSHAN);
			await workbench.waitForLanguage(LANGUAGE);
			const panel = await workbench.problems();
			await panel.locator('.monaco-list-row', { hasText: '第 125 项粘连在上一行末尾' }).waitFor();
			await workbench.openFile(XUZHOU);
			await workbench.goTo(29, 7);
			await workbench.page.keyboard.press('Shift+F12');
			await workbench.page.locator('.peekview-widget .peekview-title', { hasText: /References \(\d+\)/ }).waitFor();
		}));
});
