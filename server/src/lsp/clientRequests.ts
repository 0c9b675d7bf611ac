import * as lsp from 'vscode-languageserver';
import { HIDDEN_FINDINGS_GLOB, TEXT_FILE_GLOB } from '../core/workspace/fileNames';
import type { ClientFeatures } from './clientFeatures';

/**
 * Every message the server starts towards the client. A request goes out only when the client
 * declared it, and an error answer (or a closed connection) is logged, never left as a rejected
 * promise: a client that answers MethodNotFound must not stop the server.
 */
export class ClientRequests {
	constructor(private readonly connection: lsp.Connection, private readonly features: () => ClientFeatures, private readonly log: (message: string) => void) {}

	/** Notifications need no capability and no answer: `window/showMessage`, diagnostics pushed, the Units view's refresh. */
	notify<P>(type: lsp.NotificationType<P>, params: P): void {
		this.settle(type.method, () => this.connection.sendNotification(type, params as never));
	}

	showWarning(message: string): void {
		this.notify(lsp.ShowMessageNotification.type, { type: lsp.MessageType.Warning, message });
	}

	refreshDiagnostics(): void {
		if (this.features().diagnosticRefresh) {
			this.settle(lsp.DiagnosticRefreshRequest.method, () => this.connection.languages.diagnostics.refresh());
		}
	}

	refreshSemanticTokens(): void {
		if (this.features().semanticTokensRefresh) {
			this.settle(lsp.SemanticTokensRefreshRequest.method, () => this.connection.languages.semanticTokens.refresh());
		}
	}

	/** Asks to be told about settings, `.txt` and `.breakdown/ignore.json` file changes, where the client registers dynamically. */
	registerWatchers(): void {
		if (this.features().configurationRegistration) {
			this.settle(lsp.RegistrationRequest.method, () => this.connection.client.register(lsp.DidChangeConfigurationNotification.type, { section: 'breakdown' }));
		}
		if (this.features().watcherRegistration) {
			this.settle(lsp.RegistrationRequest.method, () => this.connection.client.register(lsp.DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: TEXT_FILE_GLOB }, { globPattern: HIDDEN_FINDINGS_GLOB }] }));
		}
	}

	/** The `breakdown` settings, or undefined when the client cannot or did not answer. */
	async configuration(): Promise<unknown> {
		return this.features().configuration ? this.answer(lsp.ConfigurationRequest.method, () => this.connection.workspace.getConfiguration('breakdown')) : undefined;
	}

	/** Whether the client applied the edit; false when it cannot apply edits, refused, or failed. */
	async applyEdit(label: string, edit: lsp.WorkspaceEdit): Promise<boolean> {
		const result = this.features().applyEdit ? await this.answer(lsp.ApplyWorkspaceEditRequest.method, () => this.connection.workspace.applyEdit({ label, edit })) : undefined;
		if (result && !result.applied) {
			this.log(`${lsp.ApplyWorkspaceEditRequest.method} not applied: ${result.failureReason ?? 'no reason given'}`);
		}
		return result?.applied === true;
	}

	/** The answer, or undefined (logged) when the request failed or `send` threw at once (the connection is disposed). */
	private async answer<R>(method: string, send: () => Promise<R>): Promise<R | undefined> {
		try {
			return await send();
		} catch (error) {
			this.log(`${method} failed: ${error instanceof Error ? error.message : String(error)}`);
			return undefined;
		}
	}

	/** Sent without waiting for the answer; a failure is logged all the same. */
	private settle(method: string, send: () => Promise<unknown>): void {
		void this.answer(method, send);
	}
}
