import type * as lsp from 'vscode-languageserver';
import { ApplyWorkspaceEditRequest, CodeLensRefreshRequest, ConfigurationRequest, DiagnosticRefreshRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, MessageType, RegistrationRequest, SemanticTokensRefreshRequest, ShowMessageNotification, WatchKind } from './languageServer';
import { FOLDER_EVENTS_GLOB, HIDDEN_FINDINGS_GLOB, TEXT_FILE_GLOB } from '../core/workspace/fileNames';
import type { FolderWatch } from '../core/workspace/fileSystem';
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
		void this.send(true, type.method, () => this.connection.sendNotification(type, params as never));
	}

	showWarning(message: string): void {
		this.notify(ShowMessageNotification.type, { type: MessageType.Warning, message });
	}

	refreshDiagnostics(): void {
		void this.send(this.features().diagnosticRefresh, DiagnosticRefreshRequest.method, () => this.connection.languages.diagnostics.refresh());
	}

	refreshSemanticTokens(): void {
		void this.send(this.features().semanticTokensRefresh, SemanticTokensRefreshRequest.method, () => this.connection.languages.semanticTokens.refresh());
	}

	refreshCodeLenses(): void {
		void this.send(this.features().codeLensRefresh, CodeLensRefreshRequest.method, () => this.connection.sendRequest(CodeLensRefreshRequest.type));
	}

	/** Asks to be told about settings, `.txt` and `.breakdown/ignore.json` file changes and folders created and deleted, where the client registers dynamically. */
	registerWatchers(): void {
		const { configurationRegistration, watcherRegistration } = this.features();
		void this.send(configurationRegistration, RegistrationRequest.method, () => this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'breakdown' }));
		void this.send(watcherRegistration, RegistrationRequest.method, () => this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: TEXT_FILE_GLOB }, { globPattern: HIDDEN_FINDINGS_GLOB }, { globPattern: FOLDER_EVENTS_GLOB, kind: WatchKind.Create | WatchKind.Delete }] }));
	}

	/**
	 * Asks to be told about changes in folders outside the workspace folders (see FolderWatchers):
	 * one registration for them all, undefined where the client cannot watch a folder by its URI
	 * (relative patterns) or refused.
	 */
	watchFolders(watches: readonly FolderWatch[]): Promise<lsp.Disposable | undefined> {
		const { watcherRegistration, relativePatterns } = this.features();
		const watchers = watches.map(({ folder, pattern }) => ({ globPattern: { baseUri: folder, pattern } }));
		return this.send(watcherRegistration && relativePatterns, RegistrationRequest.method, () => this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }));
	}

	/** The `breakdown` settings, or undefined when the client cannot or did not answer. */
	configuration(): Promise<unknown> {
		return this.send(this.features().configuration, ConfigurationRequest.method, () => this.connection.workspace.getConfiguration('breakdown'));
	}

	/** Whether the client applied the edit; false when it cannot apply edits, refused, or failed. */
	async applyEdit(label: string, edit: lsp.WorkspaceEdit): Promise<boolean> {
		const result = await this.send(this.features().applyEdit, ApplyWorkspaceEditRequest.method, () => this.connection.workspace.applyEdit({ label, edit }));
		if (result && !result.applied) {
			this.log(`${ApplyWorkspaceEditRequest.method} not applied: ${result.failureReason ?? 'no reason given'}`);
		}
		return result?.applied === true;
	}

	/** The answer; undefined when the client did not declare the message, or (logged) when it failed or `send` threw at once (the connection is disposed). */
	private async send<R>(declared: boolean, method: string, send: () => Promise<R>): Promise<R | undefined> {
		try {
			return declared ? await send() : undefined;
		} catch (error) {
			this.log(`${method} failed: ${error instanceof Error ? error.message : String(error)}`);
			return undefined;
		}
	}
}
