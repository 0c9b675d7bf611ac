import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { collectLogs, createProfile, packageExtension, prepareWorkspace, startCodeServer, type RunningCodeServer } from '../../../scripts/e2e/codeServer';
import { CACHE, ensureTools, type Tools } from '../../../scripts/e2e/tools';
import { launchBrowser, Workbench } from './workbench';

export const FAILURES = path.join(CACHE, 'failures');

/** A code-server with the packaged extension, a browser, and a workbench page on the sample workspace. */
export class E2ESession {
	private constructor(
		readonly server: RunningCodeServer,
		readonly browser: Browser,
		readonly workbench: Workbench,
	) {}

	static tools(): { tools: Tools; vsix: string } {
		const tools = ensureTools({ browser: true });
		return { tools, vsix: packageExtension(tools.log) };
	}

	/** `settings` replace the test profile's user settings (by default the findings asked in Chinese, see below). */
	static async start(name: string, options: { trusted: boolean; vsix: string; tools: Tools; settings?: Record<string, unknown>; prepare?: (profileFolder: string) => void }): Promise<E2ESession> {
		const base = path.join(CACHE, 'runs', name);
		const folder = prepareWorkspace(path.join(base, 'workspace'));
		// The workbench is English (no language pack offline); the findings are asked in Chinese, as a clerk with
		// an English VS Code sets breakdown.locale, so the checks read the texts the samples are about.
		const profile = createProfile(path.join(base, 'profile'), options.tools, options.vsix, options.settings ?? { 'breakdown.locale': 'zh-cn' });
		options.prepare?.(profile.extensionsDir);
		const server = await startCodeServer(options.tools, profile, folder, { trusted: options.trusted, logFile: path.join(base, 'code-server.log') });
		const browser = await launchBrowser(options.tools.chromium);
		try {
			return new E2ESession(server, browser, await Workbench.open(browser, server.url));
		} catch (error) {
			await browser.close();
			await server.stop();
			throw error;
		}
	}

	/** Runs a step; on failure saves a screenshot and the extension host logs, and says where. */
	async step<T>(name: string, body: (workbench: Workbench) => Promise<T>): Promise<T> {
		try {
			return await body(this.workbench);
		} catch (error) {
			const slug = name.replace(/[^\w\u4e00-\u9fff-]+/g, '-');
			mkdirSync(FAILURES, { recursive: true });
			const shot = path.join(FAILURES, `${slug}.png`);
			await this.workbench.screenshot(shot).catch(() => undefined);
			const logs = collectLogs(this.server.profile, path.join(FAILURES, `${slug}-logs`));
			// CI keeps only what is printed: the notifications on screen and the page's last console errors say what the screenshot would.
			const notifications = await this.workbench.notifications().catch(() => []);
			const consoleTail = this.workbench.consoleMessages.slice(-30);
			process.stderr.write(
				`\n[e2e] "${name}" failed. Screenshot: ${shot}\n[e2e] code-server log: ${this.server.logFile}\n[e2e] extension host logs:\n${logs.map((log) => '  ' + log).join('\n')}\n` +
					`[e2e] notifications on screen:\n${notifications.map((text) => '  ' + text).join('\n') || '  (none)'}\n` +
					`[e2e] the page's last console errors and warnings:\n${consoleTail.map((text) => '  ' + text).join('\n') || '  (none)'}\n` +
					logs.filter((log) => /Breakdown\.log$|remoteexthost\.log$/.test(log)).map((log) => `[e2e] the end of ${path.basename(log)}:\n${tail(log, 25)}\n`).join(''),
			);
			throw error;
		}
	}

	async close(): Promise<void> {
		await this.browser.close().catch(() => undefined);
		await this.server.stop();
	}
}

/** A log's last lines, indented. */
function tail(file: string, lines: number): string {
	return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).map((line) => '  ' + line.slice(0, 400)).join('\n');
}
