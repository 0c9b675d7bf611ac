import {
	DidChangeConfigurationNotification,
	DidChangeWatchedFilesNotification,
	MessageType,
	PublishDiagnosticsNotification,
	ShowMessageNotification,
	type Connection,
	type PublishDiagnosticsParams,
	type WorkspaceEdit,
} from 'vscode-languageserver';
import { IndexChangedNotification } from '../protocol/protocol';
import type { ClientFeatures } from './clientFeatures';

/**
 * Every message the server starts towards the client. A request goes out only when the client
 * declared it, and an error answer (or a closed connection) is logged, never left as a rejected
 * promise: a client that answers MethodNotFound must not stop the server.
 */
export class ClientRequests {
	constructor(
		private readonly connection: Connection,
		private readonly features: () => ClientFeatures,
		private readonly log: (message: string) => void,
	) {}

	/** Shown to the user; a notification, so it needs no capability and no answer. */
	showWarning(message: string): void {
		this.settle('window/showMessage', () => this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
	}

	publishDiagnostics(params: PublishDiagnosticsParams): void {
		this.settle(PublishDiagnosticsNotification.method, () => this.connection.sendNotification(PublishDiagnosticsNotification.type, params));
	}

	/** The Units view refreshes. */
	indexChanged(): void {
		this.settle(IndexChangedNotification.method, () => this.connection.sendNotification(IndexChangedNotification, {}));
	}

	refreshDiagnostics(): void {
		if (this.features().diagnosticRefresh) {
			this.settle('workspace/diagnostic/refresh', () => this.connection.languages.diagnostics.refresh());
		}
	}

	refreshSemanticTokens(): void {
		if (this.features().semanticTokensRefresh) {
			this.settle('workspace/semanticTokens/refresh', () => this.connection.languages.semanticTokens.refresh());
		}
	}

	/** Asks to be told about settings and `.txt` file changes, where the client registers dynamically. */
	registerWatchers(): void {
		const features = this.features();
		if (features.configurationRegistration) {
			this.settle('client/registerCapability', () => this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'breakdown' }));
		}
		if (features.watcherRegistration) {
			this.settle('client/registerCapability', () => this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.txt' }] }));
		}
	}

	/** The `breakdown` settings, or undefined when the client cannot or did not answer. */
	async configuration(): Promise<unknown> {
		if (!this.features().configuration) {
			return undefined;
		}
		try {
			return await this.connection.workspace.getConfiguration('breakdown');
		} catch (error) {
			this.log(`workspace/configuration failed: ${describe(error)}`);
			return undefined;
		}
	}

	/** Whether the client applied the edit; false when it cannot apply edits, refused, or failed. */
	async applyEdit(label: string, edit: WorkspaceEdit): Promise<boolean> {
		if (!this.features().applyEdit) {
			return false;
		}
		try {
			const result = await this.connection.workspace.applyEdit({ label, edit });
			if (!result.applied) {
				this.log(`workspace/applyEdit not applied: ${result.failureReason ?? 'no reason given'}`);
			}
			return result.applied;
		} catch (error) {
			this.log(`workspace/applyEdit failed: ${describe(error)}`);
			return false;
		}
	}

	/** `send` may also throw at once (the connection is disposed): that is logged the same way. */
	private settle(method: string, send: () => Promise<unknown>): void {
		try {
			send().catch((error: unknown) => this.log(`${method} failed: ${describe(error)}`));
		} catch (error) {
			this.log(`${method} failed: ${describe(error)}`);
		}
	}
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
