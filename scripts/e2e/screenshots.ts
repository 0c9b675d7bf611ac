// `npm run screenshots`: PNGs of the main features into docs/images/, for the README. One language
// each: the profile sets no breakdown.locale, so the extension follows the English workbench
// (code-server has no Chinese language pack offline; docs/display-language.md).
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { E2ESession } from '../../test/e2e/support/e2eSession';
import { TaskTableWebview } from '../../test/e2e/support/taskTableWebview';
import type { Workbench } from '../../test/e2e/support/workbench';
import { ROOT } from './tools';

type Shot = (name: string) => Promise<void>;

/** The editor's features on the samples: findings, quick fix, outline, hover, references, the Units view. */
async function editorShots(workbench: Workbench, shot: Shot): Promise<void> {
	const { page } = workbench;
	// Inline warnings: the glued item in zhoushan, with the Problems panel.
	await workbench.openFile('zhoushan-2020-task-responsibilities.txt');
	await workbench.waitForLanguage('Task-breakdown notice');
	await workbench.problems();
	await page.locator('.markers-panel .monaco-list-row', { hasText: 'Item 125 is glued' }).waitFor();
	// The status bar's counts for this notice.
	await page.locator('.statusbar-item', { hasText: /\d+ tasks · \d+ without a lead · \d+ findings?/ }).first().waitFor();
	await workbench.goTo(548, 1);
	await workbench.goTo(553, 23);
	await shot('inline-warnings');

	// Quick fix menu on the glued item.
	await page.keyboard.press('Control+.');
	await page.locator('.action-widget .monaco-list-row', { hasText: 'Move item 125 to its own line' }).first().waitFor();
	await shot('quick-fix');
	await page.keyboard.press('Escape');

	// Outline of a notice with sections.
	await workbench.openFile('tongxiang-2020-responsibility-breakdown.txt');
	await workbench.waitForLanguage('Task-breakdown notice');
	const outline = await workbench.explorerView('Outline');
	await outline.locator('.monaco-list-row', { hasText: '一、于会游市长主抓重点工作' }).waitFor();
	await shot('outline');

	// Hover on a unit.
	await workbench.openFile('xuzhou-2020-task-breakdown.txt');
	await workbench.goTo(29, 7);
	// Hover with the mouse, as a clerk would.
	await page.locator('.editor-group-container.active .view-lines .view-line span', { hasText: /^市发改委$/ }).first().hover();
	await page.locator('.monaco-hover:not(.hidden)', { hasText: '市发展和改革委员会' }).first().waitFor();
	await shot('hover');
	await page.keyboard.press('Escape');
	await page.mouse.move(0, 0);

	// References across notices.
	await page.keyboard.press('Shift+F12');
	await page.locator('.peekview-widget .peekview-title', { hasText: /References \(\d+\)/ }).waitFor();
	await page.locator('.peekview-widget .monaco-list-row', { hasText: 'xuzhou' }).first().click();
	await page.locator('.peekview-widget .monaco-list-row', { hasText: 'zhoushan' }).first().waitFor();
	await shot('references');
	await page.keyboard.press('Escape');

	// The Units view, with the Outline folded away to give it room.
	const outlineHeader = page.locator('.pane-header', { hasText: /^Outline/ }).first();
	if ((await outlineHeader.getAttribute('aria-expanded')) === 'true') {
		await outlineHeader.click();
	}
	const units = await workbench.explorerView('Units');
	// Drag the Units pane's top edge up so it shows more than a few rows.
	const header = await page.locator('.pane-header', { hasText: /^Units/ }).first().boundingBox();
	if (header) {
		await page.mouse.move(header.x + header.width / 2, header.y - 1);
		await page.mouse.down();
		await page.mouse.move(header.x + header.width / 2, header.y - 420, { steps: 8 });
		await page.mouse.up();
	}
	const unit = units.locator('.monaco-list-row', { hasText: '市发展和改革委员会' }).first();
	await unit.waitFor();
	await unit.click();
	// Named in two notices: a node per notice; the first one opened to its tasks, each naming its notice.
	const notice = units.locator('.monaco-list-row', { hasText: 'xuzhou-2020-task-breakdown.txt' }).first();
	await notice.waitFor();
	await notice.click();
	await units.locator('.monaco-list-row', { hasText: /Task \d+: / }).first().waitFor();
	await shot('units-view');
}

/** The walkthrough for a clerk's first notice. */
async function walkthroughShots(workbench: Workbench, shot: Shot): Promise<void> {
	const { page } = workbench;
	await workbench.runCommand('Welcome: Open Walkthrough...');
	const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Your first task-breakdown notice' }).first();
	await pick.waitFor();
	await pick.click();
	await page.locator('.gettingStartedContainer .getting-started-step', { hasText: 'Open a notice' }).first().waitFor();
	await shot('walkthrough');
}

/** The task table of a notice with headings and leaders, filtered by a unit typed as pinyin initials. */
async function taskTableShots(workbench: Workbench, shot: Shot): Promise<void> {
	// 发改局 typed as fgj; the editor group maximised so the table has the width.
	await workbench.openFile('tongxiang-2020-responsibility-breakdown.txt');
	await workbench.waitForLanguage('Task-breakdown notice');
	const table = await TaskTableWebview.openFromTitleBar(workbench);
	await workbench.runCommand('View: Toggle Maximize Editor Group');
	await table.filterByUnit('fgj');
	await table.summaryMatching(/^(\d+) of (?!\1 )\d+ tasks$/);
	await table.root.locator('.matching-units .chip').first().waitFor();
	await shot('task-table');
}

/** Steps by name: `npm run screenshots -- task-table` takes only that step's screenshots. */
const STEPS: Record<string, (workbench: Workbench, shot: Shot) => Promise<void>> = { editor: editorShots, walkthrough: walkthroughShots, 'task-table': taskTableShots };

async function main(): Promise<void> {
	const images = path.join(ROOT, 'docs', 'images');
	mkdirSync(images, { recursive: true });
	const wanted = process.argv.slice(2);
	const unknown = wanted.filter((name) => !(name in STEPS));
	if (unknown.length > 0) {
		throw new Error(`no screenshot step ${unknown.join(', ')}; the steps are ${Object.keys(STEPS).join(', ')}`);
	}
	const { tools, vsix } = E2ESession.tools();
	const session = await E2ESession.start('screenshots', { trusted: true, tools, vsix, settings: {} });
	const shot = (name: string) => session.workbench.screenshot(path.join(images, `${name}.png`));
	try {
		for (const [name, step] of Object.entries(STEPS)) {
			if (wanted.length === 0 || wanted.includes(name)) {
				await session.step(`screenshots-${name}`, (workbench) => step(workbench, shot));
			}
		}
	} finally {
		await session.close();
	}
	process.stdout.write(`screenshots written to ${path.relative(ROOT, images)}/\n`);
}

main().catch((error) => {
	process.stderr.write(`screenshots: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
});
