import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { E2ESession } from './support/e2eSession';
import { TaskTableWebview } from './support/taskTableWebview';
import { escapeRegExp } from './support/workbench';

const LANGUAGE = 'Task-breakdown notice';
const ZHOUSHAN = 'zhoushan-2020-task-responsibilities.txt';
const TIMEOUT = { timeout: 240_000 };
/** What a script in the page reaches of an element (the tests compile without the DOM's types). */
interface InPage {
	ownerDocument: { body: unknown; defaultView: { getComputedStyle(element: unknown): { backgroundColor: string } } };
}

/** The summary once a filter leaves fewer than all 128 tasks of zhoushan. */
const FILTERED = /^(?!128 )\d+ \/ 128 项任务$/;

describe('the task table view in a real VS Code (code-server)', TIMEOUT, () => {
	let session: E2ESession;
	let table: TaskTableWebview;
	before(async () => {
		const { tools, vsix } = E2ESession.tools();
		session = await E2ESession.start('task-table', { trusted: true, tools, vsix });
	});
	after(() => session?.close());

	test('opens from the notice’s title bar: a row per task, under its headings, in the server’s words', TIMEOUT, () =>
		session.step('task-table-open', async (workbench) => {
			await workbench.openFile(ZHOUSHAN);
			await workbench.waitForLanguage(LANGUAGE);
			table = await TaskTableWebview.openFromTitleBar(workbench);
			await workbench.page.locator('.tab', { hasText: '任务分解表 — zhoushan-2020-task-responsibilities' }).first().waitFor();
			await table.summaryMatching(/^128 \/ 128 项任务$/);
			assert.equal(await table.rows.count(), 128);
			assert.deepEqual(await table.root.locator('thead th').allInnerTexts(), ['序号', '任务', '牵头单位', '责任单位', '配合单位', '责任领导', '完成时限', '问题']);
			// Nothing but its own script (by nonce) and style sheet may load: no remote content, no inline code.
			const policy = (await table.frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
			// (webview.cspSource is where VS Code serves the extension's own files: 'self' https://*.vscode-cdn.net.)
			assert.match(policy, /^default-src 'none'; style-src ([^;]+); script-src 'nonce-[0-9a-f]{32}'; img-src \1; font-src \1$/);
			assert.doesNotMatch(policy, /unsafe|data:|\*;|http:/);
			// Its colours are the theme's: the page's background is the notice editor's beside it.
			const background = await table.root.evaluate((element) => {
				const page = (element as unknown as InPage).ownerDocument;
				return page.defaultView.getComputedStyle(page.body).backgroundColor;
			});
			const editor = await workbench.page.locator('.editor-group-container .monaco-editor .monaco-editor-background').first().evaluate((element) => (element as unknown as InPage).ownerDocument.defaultView.getComputedStyle(element).backgroundColor);
			assert.equal(background, editor);
		}));

	test('a unit typed as pinyin initials filters the rows; its name is marked in each', TIMEOUT, () =>
		session.step('task-table-filter', async () => {
			await table.filterByUnit('sjxj');
			const summary = await table.summaryMatching(FILTERED);
			const shown = Number(/^\d+/.exec(summary)![0]);
			await table.root.locator('.matching-units .chip', { hasText: '市经信局' }).waitFor();
			assert.equal(await table.rows.count(), shown);
			const marked = await table.rows.evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('.unit.matched')].map((unit) => unit.textContent)));
			assert.ok(marked.length > 0 && marked.every((names) => names.length > 0 && names.every((name) => name === '市经信局')), JSON.stringify(marked));
			// And by role: the tasks it leads only.
			await table.root.locator('#role-filter').selectOption({ label: '牵头' });
			const leads = await table.summaryMatching(new RegExp(`^(?!${shown} )\\d+ / 128 项任务$`));
			assert.ok(Number(/^\d+/.exec(leads)![0]) < shown, leads);
			assert.ok((await table.rows.locator('td.column-lead .unit.matched').count()) === (await table.rows.count()));
		}));

	test('a click on a row moves the editor to its task', TIMEOUT, () =>
		session.step('task-table-reveal', async (workbench) => {
			const row = table.rows.nth(1);
			const number = (await row.locator('td.column-number').innerText()).trim();
			const start = (await row.locator('td.column-task').innerText()).slice(0, 6);
			const line = Number(await row.getAttribute('data-line'));
			assert.ok(line > 1, String(line));
			await row.click();
			// The task's first line is selected in the editor: the cursor is on it, and it starts with the task's number.
			await workbench.page.locator('.statusbar-item', { hasText: /selected/ }).first().waitFor();
			await workbench.cursorAt(line);
			await workbench.goTo(line, number.length + 1);
			await workbench.waitForCurrentLine(new RegExp(`^${escapeRegExp(number + start)}`));
		}));

	test('an edit to the notice shows in the view', TIMEOUT, () =>
		session.step('task-table-live', async (workbench) => {
			// The cursor is after the task's number (previous step).
			await workbench.page.keyboard.type('EDITEDINE2E');
			await table.rows.filter({ hasText: 'EDITEDINE2E' }).first().waitFor();
			// Undone, the view follows again.
			await workbench.page.keyboard.press('Control+Z');
			await table.rows.filter({ hasText: 'EDITEDINE2E' }).first().waitFor({ state: 'detached' });
		}));

	test('sorting by a column and exporting the view’s notice to CSV through the save dialog', TIMEOUT, () =>
		session.step('task-table-export', async (workbench) => {
			await table.root.locator('button', { hasText: '清除筛选' }).click();
			await table.summaryMatching(/^128 \/ 128 项任务$/);
			await table.root.locator('th.column-deadline button.sort').click();
			await table.root.locator('th.column-deadline[aria-sort="ascending"]').waitFor();
			assert.equal(await table.root.locator('tbody tr.section').count(), 0, 'a sorted table has no section rows');
			await table.root.locator('button.export[data-format="csv"][data-by="task"]').click();
			// code-server's own save dialog: the path is filled in beside the notice.
			const input = workbench.page.locator('.quick-input-widget input');
			await input.waitFor();
			const target = path.join(session.server.folder, 'zhoushan-2020-task-responsibilities-任务分解表.csv');
			// The dialog fills the path in after it opens: wait until the input holds the offered name.
			await workbench.page.waitForFunction((name) => {
				const input = (globalThis as unknown as { document: { querySelector(selector: string): { value: string } | null } }).document.querySelector('.quick-input-widget input');
				return input?.value.endsWith(name) === true;
			}, path.basename(target));
			await workbench.page.keyboard.press('Enter');
			await workbench.page.locator('.notification-toast', { hasText: /Exported to .*1 个通知、128 项任务/ }).first().waitFor();
			assert.ok(existsSync(target), target);
			const records: string[][] = parse(readFileSync(target, 'utf8'), { bom: true });
			assert.equal(records.length, 129);
			assert.deepEqual(records[0].slice(0, 5), ['通知', '章节', '序号', '任务', '牵头单位']);
		}));
});

describe('the task table view in Restricted Mode (untrusted folder)', TIMEOUT, () => {
	let session: E2ESession;
	before(async () => {
		const { tools, vsix } = E2ESession.tools();
		session = await E2ESession.start('task-table-untrusted', { trusted: false, tools, vsix });
	});
	after(() => session?.close());

	test('opens from the Command Palette and filters as in a trusted folder', TIMEOUT, () =>
		session.step('task-table-restricted', async (workbench) => {
			await workbench.page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
			await workbench.openFile(ZHOUSHAN);
			await workbench.waitForLanguage(LANGUAGE);
			const table = await TaskTableWebview.openFromPalette(workbench);
			await table.summaryMatching(/^128 \/ 128 项任务$/);
			await table.filterByUnit('sjxj');
			await table.summaryMatching(FILTERED);
		}));
});
