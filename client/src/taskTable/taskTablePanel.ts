import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TaskTableViewRequest, type TableFormat, type TableKind, type TableQuery, type TaskTableView } from '../../../server/src/protocol/protocol';
import type { PanelMessage, Range, ViewMessage } from '../../webview/messages';
import { taskTableHtml, webviewRoot } from './taskTableHtml';

export const TASK_TABLE_VIEW_TYPE = 'breakdown.taskTable';

/** Edits are shown once typing pauses this long: a table per keystroke would only be overtaken. */
const EDIT_PAUSE_MS = 300;
/** The server already waits before saying the index changed; this only joins it with an edit's refresh. */
const INDEX_PAUSE_MS = 50;

/** What a panel asks of the rest of the client. */
export interface PanelHost {
	client: LanguageClient;
	extensionUri: vscode.Uri;
	exportTable(uri: vscode.Uri, format: TableFormat, by: TableKind): Promise<void>;
}

/**
 * The task table of one notice in a webview panel. The server makes the view (filter, sort, labels);
 * the panel asks for it again when the query changes, the notice is edited or the workspace index
 * changes (a registry, the settings), and reveals a clicked row in the notice's editor.
 */
export class TaskTablePanel implements vscode.Disposable {
	private query: TableQuery = {};
	private disposed = false;
	/** Answers are drawn only when they answer the latest request. */
	private requested = 0;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private readonly disposables: vscode.Disposable[] = [];
	private readonly closed = new vscode.EventEmitter<void>();
	readonly onDidClose = this.closed.event;

	constructor(
		readonly uri: vscode.Uri,
		private readonly panel: vscode.WebviewPanel,
		private readonly host: PanelHost,
		/** The editor column the panel was opened from: where a row is revealed when the notice is not visible. */
		private readonly editorColumn: vscode.ViewColumn | undefined,
	) {
		panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [webviewRoot(host.extensionUri)] };
		panel.webview.html = taskTableHtml(panel.webview, host.extensionUri, panel.title);
		this.disposables.push(
			panel.webview.onDidReceiveMessage((message: ViewMessage) => this.receive(message)),
			panel.onDidDispose(() => this.dispose()),
		);
	}

	static open(uri: vscode.Uri, host: PanelHost, editorColumn: vscode.ViewColumn | undefined): TaskTablePanel {
		const panel = vscode.window.createWebviewPanel(TASK_TABLE_VIEW_TYPE, vscode.l10n.t('Task Table'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { enableScripts: true, enableFindWidget: true });
		return new TaskTablePanel(uri, panel, host, editorColumn);
	}

	/** Whether the panel is the active editor tab. */
	get active(): boolean {
		return this.panel.active;
	}

	reveal(): void {
		this.panel.reveal(undefined, false);
	}

	/** The notice was edited: shown once the edits pause. */
	documentChanged(): void {
		this.schedule(EDIT_PAUSE_MS);
	}

	/** Registries, settings or other notices changed. */
	indexChanged(): void {
		this.schedule(INDEX_PAUSE_MS);
	}

	dispose(): void {
		if (this.disposed) {
			return;
		}
		this.disposed = true;
		clearTimeout(this.timer);
		this.timer = undefined;
		this.disposables.forEach((disposable) => disposable.dispose());
		this.disposables.length = 0;
		this.panel.dispose();
		this.closed.fire();
		this.closed.dispose();
	}

	private schedule(delay: number): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => {
			this.timer = undefined;
			void this.refresh();
		}, delay);
	}

	private receive(message: ViewMessage): void {
		switch (message?.type) {
			case 'ready':
			case 'query':
				this.query = message.query ?? {};
				void this.refresh();
				return;
			case 'reveal':
				void this.revealInEditor(message.range);
				return;
			case 'export':
				void this.host.exportTable(this.uri, message.format === 'csv' ? 'csv' : 'xlsx', message.by === 'unit' ? 'unit' : 'task');
				return;
		}
	}

	private async refresh(): Promise<void> {
		const request = ++this.requested;
		let view: TaskTableView | null;
		try {
			view = await this.host.client.sendRequest(TaskTableViewRequest, { uri: this.uri.toString(), query: this.query });
		} catch (error) {
			this.host.client.outputChannel.appendLine(`Task table: ${String(error)}`);
			return;
		}
		if (request !== this.requested || this.disposed) {
			return;
		}
		if (view) {
			this.panel.title = view.title;
		}
		const message: PanelMessage = { type: 'view', view };
		void this.panel.webview.postMessage(message);
	}

	/** Selects the row's place in the notice: in the editor that shows it, else in the one the panel came from. */
	private async revealInEditor(range: Range): Promise<void> {
		const numbers = [range?.start?.line, range?.start?.character, range?.end?.line, range?.end?.character];
		if (!numbers.every((value) => Number.isInteger(value) && (value as number) >= 0)) {
			return;
		}
		const [startLine, startCharacter, endLine, endCharacter] = numbers as number[];
		const selection = new vscode.Range(startLine, startCharacter, endLine, endCharacter);
		const shown = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.uri.toString());
		const editor = await vscode.window.showTextDocument(this.uri, { selection, viewColumn: shown?.viewColumn ?? this.editorColumn ?? vscode.ViewColumn.One, preserveFocus: false });
		editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	}
}
