import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	createProtocolConnection,
	StreamMessageReader,
	StreamMessageWriter,
	type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { ApplyWorkspaceEditParams, ClientCapabilities, Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { repoRoot } from '../../support/golden';

export interface ServerOptions {
	/** Workspace folder path; files in it are indexed by the server. */
	folder?: string;
	settings?: Record<string, unknown>;
	/** Ask for pull diagnostics (as VS Code does) instead of push. */
	pull?: boolean;
	locale?: string;
}

/**
 * `dist/server.js --stdio` driven by a real JSON-RPC client. Waits are on messages, never on time:
 * `diagnostics(uri, predicate)` resolves when a matching publishDiagnostics arrives.
 */
export class LanguageServer {
	readonly connection: ProtocolConnection;
	readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
	readonly warnings: string[] = [];
	private readonly latest = new Map<string, PublishDiagnosticsParams>();
	private readonly waiters: Array<{ uri: string; predicate: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }> = [];
	private readonly versions = new Map<string, number>();
	private readonly child: ChildProcess;
	stderr = '';

	private constructor(private readonly options: ServerOptions) {
		const server = path.join(repoRoot(), 'dist', 'server.js');
		this.child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		this.child.stderr!.on('data', (chunk) => (this.stderr += chunk));
		this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
		this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
			this.latest.set(params.uri, params);
			for (const waiter of [...this.waiters]) {
				if (waiter.uri === params.uri && waiter.predicate(params)) {
					this.waiters.splice(this.waiters.indexOf(waiter), 1);
					waiter.resolve(params);
				}
			}
		});
		this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map(() => this.options.settings ?? {}) as unknown);
		this.connection.onRequest('client/registerCapability', () => null);
		this.connection.onRequest('workspace/diagnostic/refresh', () => null);
		this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
		this.connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
			this.appliedEdits.push(params);
			return { applied: true };
		});
		this.connection.onNotification('window/showMessage', (params: { message: string }) => {
			this.warnings.push(params.message);
		});
		this.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
			this.warnings.push(params.message);
			return null;
		});
		this.connection.onNotification('window/logMessage', () => undefined);
		this.connection.onNotification('breakdown/indexChanged', () => undefined);
		this.connection.listen();
	}

	static async start(options: ServerOptions = {}): Promise<LanguageServer> {
		const server = new LanguageServer(options);
		const capabilities: ClientCapabilities = {
			workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
			textDocument: {
				synchronization: { dynamicRegistration: false },
				publishDiagnostics: { relatedInformation: true },
				documentSymbol: { hierarchicalDocumentSymbolSupport: true },
				...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
			},
		};
		const folder = options.folder ? [{ uri: pathToFileURL(options.folder).href, name: path.basename(options.folder) }] : null;
		server.initializeResult = await server.connection.sendRequest('initialize', {
			processId: process.pid,
			rootUri: folder?.[0].uri ?? null,
			workspaceFolders: folder,
			capabilities,
			locale: options.locale ?? 'zh-cn',
		});
		await server.connection.sendNotification('initialized', {});
		return server;
	}

	initializeResult: unknown;

	request<R>(method: string, params: unknown): Promise<R> {
		return this.connection.sendRequest(method, params) as Promise<R>;
	}

	/** Resolves with the first publishDiagnostics for `uri` (already received or to come) that satisfies `predicate`. */
	diagnostics(uri: string, predicate: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
		const latest = this.latest.get(uri);
		if (latest && predicate(latest)) {
			return Promise.resolve(latest);
		}
		return new Promise((resolve) => this.waiters.push({ uri, predicate, resolve }));
	}

	/** Diagnostics for the document's current version. */
	currentDiagnostics(uri: string): Promise<Diagnostic[]> {
		const version = this.versions.get(uri);
		return this.diagnostics(uri, (params) => params.version === version).then((params) => params.diagnostics);
	}

	async open(uri: string, text: string, languageId = 'breakdown'): Promise<void> {
		this.versions.set(uri, 1);
		await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
	}

	async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
		const version = (this.versions.get(uri) ?? 0) + 1;
		this.versions.set(uri, version);
		await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
	}

	/** Sends a request after the server has processed everything sent before (requests are answered in order). */
	async settle(): Promise<void> {
		await this.request('breakdown/unitTree', {});
	}

	async stop(): Promise<void> {
		try {
			await this.request('shutdown', null);
			await this.connection.sendNotification('exit');
		} finally {
			this.connection.dispose();
			if (this.child.exitCode === null) {
				await new Promise<void>((resolve) => {
					this.child.once('exit', () => resolve());
					setTimeout(() => this.child.kill(), 2000).unref();
				});
			}
		}
	}
}
