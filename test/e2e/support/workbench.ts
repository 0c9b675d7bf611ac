import type { Browser, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Chromium flags for this closed network and for running as root (from the project's measured setup). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchBrowser(executablePath: string): Promise<Browser> {
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** `text` as a pattern that matches it literally. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const IS_MAC = process.platform === 'darwin';
const MOD = IS_MAC ? 'Meta' : 'Control';

/**
 * The VS Code workbench in a browser page, driven as a user would: keyboard shortcuts, clicks, and
 * reading what is on screen. Every wait is on a selector or a condition of the page, never a sleep.
 */
export class Workbench {
	/** The page's console errors and warnings, its frames' too (webviews), printed when a step fails. */
	readonly consoleMessages: string[] = [];

	constructor(readonly page: Page) {
		page.on('console', (message) => {
			if (message.type() === 'error' || message.type() === 'warning') {
				this.consoleMessages.push(`${message.type()}: ${message.text().slice(0, 500)}`);
			}
		});
		page.on('pageerror', (error) => this.consoleMessages.push(`page error: ${String(error).slice(0, 500)}`));
	}

	/** What the notifications on screen say (an error loading a webview, a failed command). */
	async notifications(): Promise<string[]> {
		return this.page.locator('.notification-toast .notification-list-item-message').allInnerTexts();
	}

	static async open(browser: Browser, url: string): Promise<Workbench> {
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		await page.goto(url);
		await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
		await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
		return new Workbench(page);
	}

	/** Opens a file of the workspace through Quick Open and waits for its tab. */
	async openFile(name: string): Promise<void> {
		await this.page.keyboard.press(`${MOD}+P`);
		const input = this.page.locator('.quick-input-widget input');
		await input.waitFor();
		await input.fill(name);
		// Enter opens the focused entry: wait until it is the file asked for, not a stale one.
		await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor();
		await this.page.keyboard.press('Enter');
		await this.page.locator('.tab.active', { hasText: name }).waitFor();
		await this.page.locator('.monaco-editor .view-lines').first().waitFor();
	}

	/** Runs a command from the Command Palette by its title. */
	async runCommand(title: string): Promise<void> {
		await this.page.keyboard.press('F1');
		const input = this.page.locator('.quick-input-widget input');
		await input.waitFor();
		await input.fill(`>${title}`);
		await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).waitFor();
		await this.page.keyboard.press('Enter');
	}

	/**
	 * Moves the cursor to a line and column (1-based, in characters as the status bar counts them).
	 * Go to Line counts columns visually (a Chinese character is two wide), so the column is reached
	 * with the arrow keys from the start of the line.
	 */
	async goTo(line: number, column: number): Promise<void> {
		await this.focusEditor();
		await this.page.keyboard.press(`${MOD}+P`);
		const input = this.page.locator('.quick-input-widget input');
		await input.waitFor();
		await input.fill(`:${line}`);
		await this.page.locator('.quick-input-widget', { hasText: `line ${line}` }).waitFor();
		await this.page.keyboard.press('Enter');
		await this.cursorAt(line, 1);
		for (let i = 1; i < column; i++) {
			await this.page.keyboard.press('ArrowRight');
		}
		await this.cursorAt(line, column);
	}

	async cursorAt(line: number, column?: number): Promise<void> {
		const text = column === undefined ? new RegExp(`Ln ${line}, Col \\d+`) : `Ln ${line}, Col ${column}`;
		await this.page.locator('.statusbar-item', { hasText: text }).first().waitFor();
	}

	/** Focuses the editor of the first group (View: Focus First Editor Group). */
	async focusEditor(): Promise<void> {
		await this.page.keyboard.press(`${MOD}+1`);
		await this.page.locator('.editor-group-container.active .monaco-editor.focused').first().waitFor();
	}

	/** The text of the line the cursor is on, as rendered. */
	async currentLineText(): Promise<string> {
		const current = this.page.locator('.editor-group-container.active .monaco-editor.focused .view-overlays .current-line').first();
		await current.waitFor();
		const top = await current.evaluate((element) => (element.parentElement as unknown as { style: { top: string } }).style.top);
		const lines = this.page.locator('.editor-group-container.active .monaco-editor.focused .view-lines .view-line');
		const texts = await lines.evaluateAll(
			(elements, wanted) => elements.filter((element) => (element as unknown as { style: { top: string } }).style.top === wanted).map((element) => (element as unknown as { innerText: string }).innerText),
			top,
		);
		return (texts[0] ?? '').replace(/\u00a0/g, ' ');
	}

	/**
	 * Waits until the rendered line under the cursor matches `expected` (a string matches whole).
	 * The editor paints typed text on its next animation frame, so a read right after typing can
	 * see the line as it was a keystroke or two before: CI once read '责任单位:市' after typing
	 * '市财政局'. The wait is on the page's frames; on a timeout the line as last rendered is reported.
	 */
	async waitForCurrentLine(expected: string | RegExp, timeout = 15_000): Promise<void> {
		const pattern = typeof expected === 'string' ? { source: `^${escapeRegExp(expected)}$`, flags: '' } : { source: expected.source, flags: expected.flags };
		try {
			await this.page.waitForFunction(
				({ source, flags }) => {
					// Typed by hand: the tests compile without the DOM's types.
					type Element = { parentElement: Element | null; style: { top: string }; innerText: string };
					const page = (globalThis as unknown as { document: { querySelector(selector: string): Element | null; querySelectorAll(selector: string): ArrayLike<Element> } }).document;
					const editor = '.editor-group-container.active .monaco-editor.focused';
					const top = page.querySelector(`${editor} .view-overlays .current-line`)?.parentElement?.style.top;
					if (top === undefined) {
						return false;
					}
					const line = Array.from(page.querySelectorAll(`${editor} .view-lines .view-line`)).find((element) => element.style.top === top);
					return new RegExp(source, flags).test((line?.innerText ?? '').replace(/\u00a0/g, ' '));
				},
				pattern,
				{ timeout },
			);
		} catch (error) {
			const rendered = await this.currentLineText().catch(() => '(no current line)');
			throw new Error(`the line under the cursor is ${JSON.stringify(rendered)}, not ${String(expected)}: ${String(error).split('\n')[0]}`);
		}
	}

	/** The language mode shown in the status bar, once it is `name`. */
	async waitForLanguage(name: string | RegExp, timeout = 60_000): Promise<void> {
		await this.page.locator('.statusbar-item', { hasText: name }).first().waitFor({ timeout });
	}

	/** The text of an editor line as rendered (1-based). */
	async lineText(line: number): Promise<string> {
		await this.goTo(line, 1);
		return this.currentLineText();
	}

	/** Opens the Problems panel and returns its locator. */
	async problems(): Promise<Locator> {
		await this.runCommand('View: Focus Problems');
		const panel = this.page.locator('.markers-panel');
		await panel.waitFor();
		return panel;
	}

	/** Expands a view of the Explorer (Outline, Units …) by its title and returns its body. */
	async explorerView(title: string): Promise<Locator> {
		const header = this.page.locator('.pane-header', { hasText: new RegExp(`^${title}`) }).first();
		await header.waitFor();
		if ((await header.getAttribute('aria-expanded')) !== 'true') {
			// A click event sent to the header itself, not a pointer click: a hover left open by an
			// earlier step (the status bar item's tooltip) can lie over the header and take a real
			// click (seen on CI: "hover-contents … intercepts pointer events"). The pane toggles on
			// the header's click event either way.
			await header.dispatchEvent('click');
			await this.page.locator('.pane-header[aria-expanded="true"]', { hasText: new RegExp(`^${title}`) }).first().waitFor();
		}
		const pane = this.page.locator('.pane', { has: header });
		await pane.locator('.pane-body').waitFor();
		return pane.locator('.pane-body');
	}

	async screenshot(file: string): Promise<void> {
		await this.page.screenshot({ path: file });
	}
}
