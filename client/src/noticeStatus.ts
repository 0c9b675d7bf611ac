import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NoticeSummaryRequest } from '../../server/src/protocol/protocol';

/** The Problems view's own "Show Active File Only" toggle (markers view id `workbench.panel.markers.view`). */
const TOGGLE_ACTIVE_FILE = 'workbench.actions.workbench.panel.markers.view.toggleActiveFile';
/** Whether this extension turned that toggle on in this workspace; VS Code keeps the view's filter per workspace too. */
const ACTIVE_FILE_KEY = 'breakdown.problemsActiveFileOnly';
/** Diagnostics arrive in bursts (push and pull, several files): the item is asked again once they settle. */
const SETTLE_MS = 150;

/**
 * The status bar on a notice: `87 项任务 · 2 项无牵头 · 5 个问题`, its tooltip one line per count,
 * the server's words in its locale. A click opens the Problems panel showing this file only.
 */
export class NoticeStatus implements vscode.Disposable {
	private readonly item = vscode.window.createStatusBarItem('breakdown.notice', vscode.StatusBarAlignment.Left, 50);
	private readonly disposables: vscode.Disposable[] = [];
	private timer: ReturnType<typeof setTimeout> | undefined;
	private asked = 0;

	constructor(
		private readonly context: vscode.ExtensionContext,
		private readonly client: LanguageClient,
	) {
		this.item.name = vscode.l10n.t('Breakdown: this notice');
		this.item.command = 'breakdown.showNoticeProblems';
		this.disposables.push(
			this.item,
			vscode.commands.registerCommand('breakdown.showNoticeProblems', () => this.showProblems()),
			vscode.window.onDidChangeActiveTextEditor(() => this.update()),
			vscode.languages.onDidChangeDiagnostics((event) => {
				const active = vscode.window.activeTextEditor?.document.uri.toString();
				if (event.uris.some((uri) => uri.toString() === active)) {
					this.update();
				}
			}),
		);
		this.update();
	}

	/** Asks the server again after things settle: a change of the index (another notice or a registry) can change the counts. */
	update(): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.refresh(), SETTLE_MS);
	}

	private async refresh(): Promise<void> {
		const document = vscode.window.activeTextEditor?.document;
		if (!document || document.languageId !== 'breakdown') {
			this.item.hide();
			return;
		}
		const asked = ++this.asked;
		const summary = await this.client.sendRequest(NoticeSummaryRequest, { uri: document.uri.toString() }).catch(() => null);
		if (asked !== this.asked) {
			return; // a later request answers for a later state
		}
		if (!summary) {
			this.item.hide();
			return;
		}
		this.item.text = `$(checklist) ${summary.text}`;
		this.item.tooltip = summary.tooltip;
		this.item.show();
	}

	private async showProblems(): Promise<void> {
		await vscode.commands.executeCommand('workbench.actions.view.problems');
		// The toggle has no "set": turn it on once, and trust the clerk with it afterwards.
		if (!this.context.workspaceState.get<boolean>(ACTIVE_FILE_KEY)) {
			await vscode.commands.executeCommand(TOGGLE_ACTIVE_FILE);
			await this.context.workspaceState.update(ACTIVE_FILE_KEY, true);
		}
	}

	dispose(): void {
		clearTimeout(this.timer);
		this.disposables.forEach((disposable) => disposable.dispose());
	}
}
