import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportTaskTable, pickExport } from './exportTaskTable';
import { TaskTablePanel, type PanelHost } from './taskTablePanel';

/**
 * The task-table panels, one per notice, and the commands that open and export them: Show Task
 * Table (editor title bar, command palette), Export Task Table (of a notice), Export Task Table of
 * All Notices.
 */
export class TaskTables implements vscode.Disposable {
	private readonly panels = new Map<string, TaskTablePanel>();
	private readonly disposables: vscode.Disposable[] = [];
	private readonly host: PanelHost;

	constructor(context: vscode.ExtensionContext, client: LanguageClient) {
		this.host = {
			client,
			extensionUri: context.extensionUri,
			exportTable: async (uri, format, by) => void (await exportTaskTable(client, uri, { format, by })),
		};
		const register = (id: string, handler: (...args: unknown[]) => unknown) => this.disposables.push(vscode.commands.registerCommand(id, handler));
		register('breakdown.showTaskTable', (uri?: unknown) => this.show(this.noticeUri(uri)));
		register('breakdown.exportTaskTable', async (uri?: unknown) => {
			const notice = this.noticeUri(uri);
			if (!notice) {
				void vscode.window.showInformationMessage(vscode.l10n.t('Open a notice first.'));
				return;
			}
			const choice = await pickExport();
			if (choice) {
				await exportTaskTable(client, notice, choice);
			}
		});
		register('breakdown.exportWorkspaceTaskTable', async () => {
			const choice = await pickExport();
			if (choice) {
				await exportTaskTable(client, undefined, choice);
			}
		});
		this.disposables.push(
			vscode.workspace.onDidChangeTextDocument((event) => {
				if (event.contentChanges.length > 0) {
					this.panels.get(event.document.uri.toString())?.documentChanged();
				}
			}),
		);
	}

	/** Opens (or brings forward) the task table of a notice. */
	show(uri: vscode.Uri | undefined): TaskTablePanel | undefined {
		if (!uri) {
			void vscode.window.showInformationMessage(vscode.l10n.t('Open a notice first.'));
			return undefined;
		}
		const key = uri.toString();
		const open = this.panels.get(key);
		if (open) {
			open.reveal();
			return open;
		}
		const editorColumn = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === key)?.viewColumn;
		const panel = TaskTablePanel.open(uri, this.host, editorColumn);
		this.panels.set(key, panel);
		panel.onDidClose(() => this.panels.delete(key));
		return panel;
	}

	/** The server's index changed (a registry, the settings, another notice): every table is asked for again. */
	indexChanged(): void {
		this.panels.forEach((panel) => panel.indexChanged());
	}

	/** The notice a command is for: the one it was given (editor title bar), else the active editor's or task table's. */
	private noticeUri(argument: unknown): vscode.Uri | undefined {
		if (argument instanceof vscode.Uri) {
			return argument;
		}
		const document = vscode.window.activeTextEditor?.document;
		if (document?.languageId === 'breakdown') {
			return document.uri;
		}
		return [...this.panels.values()].find((panel) => panel.active)?.uri;
	}

	dispose(): void {
		[...this.panels.values()].forEach((panel) => panel.dispose());
		this.disposables.forEach((disposable) => disposable.dispose());
	}
}
