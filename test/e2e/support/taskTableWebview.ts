import type { FrameLocator, Locator } from 'playwright-core';
import type { Workbench } from './workbench';

/**
 * The task-table panel as a clerk sees it. A webview is two frames deep in the workbench: the
 * workbench's iframe for the extension's webview, and inside it the frame holding our page.
 */
export class TaskTableWebview {
	constructor(
		readonly workbench: Workbench,
		readonly frame: FrameLocator,
	) {}

	/** Opens the table of the active notice from the editor's title bar, and waits for its rows. */
	static async openFromTitleBar(workbench: Workbench): Promise<TaskTableWebview> {
		const action = workbench.page.locator('.editor-group-container.active .editor-actions .action-label[aria-label^="Show Task Table"]');
		await action.waitFor();
		await action.click();
		return TaskTableWebview.find(workbench);
	}

	/** Opens the table of the active notice from the Command Palette. */
	static async openFromPalette(workbench: Workbench): Promise<TaskTableWebview> {
		await workbench.runCommand('Breakdown: Show Task Table');
		return TaskTableWebview.find(workbench);
	}

	static async find(workbench: Workbench): Promise<TaskTableWebview> {
		const outer = workbench.page.locator('iframe.webview.ready[src*="extensionId=breakdown.breakdown"]');
		// Once, on CI, the first webview of a new browser profile was not ready after Playwright's 30 s (run of
		// 715f52d; why was not printed then, a failed step prints the page's notifications and console now):
		// the host page is given as long as the rows below are.
		await outer.first().waitFor({ timeout: 60_000 });
		const table = new TaskTableWebview(workbench, outer.first().contentFrame().frameLocator('iframe#active-frame'));
		await table.root.locator('tbody tr.task').first().waitFor({ timeout: 60_000 });
		return table;
	}

	get root(): Locator {
		return this.frame.locator('#task-table');
	}

	get rows(): Locator {
		return this.root.locator('tbody tr.task');
	}

	get summary(): Locator {
		return this.root.locator('.summary');
	}

	/** Waits until the summary (`12 / 128 项任务`) says what `pattern` matches, and returns it. */
	async summaryMatching(pattern: RegExp): Promise<string> {
		const summary = this.root.locator('.summary', { hasText: pattern });
		await summary.waitFor();
		return summary.innerText();
	}

	/** Types into the unit filter as a clerk does, key by key. */
	async filterByUnit(typed: string): Promise<void> {
		const input = this.root.locator('#unit-filter');
		await input.click();
		await input.pressSequentially(typed);
	}
}
