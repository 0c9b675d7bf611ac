import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
	createProtocolConnection,
	ErrorCodes,
	ResponseError,
	StreamMessageReader,
	StreamMessageWriter,
	type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { ApplyWorkspaceEditParams, ClientCapabilities, Diagnostic, PublishDiagnosticsParams, Registration, RegistrationParams, TextDocumentContentChangeEvent, Unregistration, UnregistrationParams } from 'vscode-languageserver-protocol';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, type ServerHost } from '../../../server/src/lsp/startServer';
import { DECODE_LIMITS, decodeJsonMessage } from '../../../server/src/node/chunkedJsonDecoder';
import { ChunkedMessageReader } from '../../../server/src/node/chunkedMessageReader';
import { IndexChangedNotification, UnitTreeRequest } from '../../../server/src/protocol/protocol';
import { CODE_CACHE_DIR_OPTION, SERVER_NODE_FLAGS } from '../../../server/src/protocol/serverOptions';
import { repoRoot } from '../../support/golden';

/**
 * - `full`: declares what VS Code declares that the server uses, and answers every server request.
 * - `minimal`: declares no optional capability (`capabilities: {}`) and answers every request
 *   with MethodNotFound, as a client that supports nothing would.
 * - `failing`: declares everything and answers every request with an error.
 */
export type ClientKind = 'full' | 'minimal' | 'failing';

export interface ServerOptions {
	/** Workspace folder path; files in it are indexed by the server. */
	folder?: string;
	settings?: Record<string, unknown>;
	/** Ask for pull diagnostics (as VS Code does) instead of push. */
	pull?: boolean;
	locale?: string;
	client?: ClientKind;
	/** Replaces the client's declared capabilities. */
	capabilities?: ClientCapabilities;
	/** Requests this client receives and never answers (a hung client). */
	unanswered?: string[];
	/** Runs the server in this process with this host (a fake file system, lower limits) instead of `dist/server.js`. */
	inProcess?: ServerHost;
	/** The folder of the server's code cache, given as the extension gives it (`--code-cache-dir=`). */
	codeCacheDir?: string;
	/** Node flags for the server process (`--expose-gc`); by default the clients' (SERVER_NODE_FLAGS). */
	nodeFlags?: readonly string[];
}

const FULL_CAPABILITIES = (pull: boolean): ClientCapabilities => ({
	workspace: {
		configuration: true,
		applyEdit: true,
		workspaceFolders: true,
		didChangeConfiguration: { dynamicRegistration: true },
		// Relative patterns (LSP 3.17) as vscode-languageclient 10 declares them: a folder outside the workspace folders may be watched.
		didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
		// As vscode-languageclient 10 declares: snippet edits in documentChanges (LSP 3.18).
		workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'], snippetEditSupport: true },
		semanticTokens: { refreshSupport: true },
		diagnostics: { refreshSupport: true },
		codeLens: { refreshSupport: true },
	},
	window: { showMessage: {} },
	textDocument: {
		synchronization: { dynamicRegistration: false },
		publishDiagnostics: { relatedInformation: true },
		documentSymbol: { hierarchicalDocumentSymbolSupport: true },
		...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
	},
});

/**
 * `dist/server.js --stdio` (or the server in this process) driven by a real JSON-RPC client.
 * Waits are on messages, never on time: `diagnostics(uri, predicate)` resolves when a matching
 * publishDiagnostics arrives.
 */
export class LanguageServer {
	readonly connection: ProtocolConnection;
	readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
	readonly warnings: string[] = [];
	/** What the server logged (`window/logMessage`), in order. */
	readonly logs: string[] = [];
	/** Methods of every request the server sent to this client, in order. */
	readonly serverRequests: string[] = [];
	/** What the server registered (`client/registerCapability`) and unregistered with this client, in order (a `full` client only). */
	readonly registrations: Registration[] = [];
	readonly unregistrations: Unregistration[] = [];
	/** Every publishDiagnostics received, in order. */
	readonly pushed: PublishDiagnosticsParams[] = [];
	private readonly latest = new Map<string, PublishDiagnosticsParams>();
	private readonly waiters: Array<{ uri: string; predicate: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }> = [];
	private readonly requestWaiters: Array<{ method: string; resolve: () => void }> = [];
	private readonly versions = new Map<string, number>();
	private readonly child: ChildProcess | undefined;
	private readonly serverSide: { dispose(): void } | undefined;
	stderr = '';

	/** What this client answers to `workspace/configuration` for `breakdown`; change it, then send didChangeConfiguration. */
	settings: Record<string, unknown> | undefined;

	private constructor(options: ServerOptions) {
		this.settings = options.settings;
		if (options.inProcess) {
			const toServer = new PassThrough();
			const toClient = new PassThrough();
			// The server's side reads as the server over stdio does (see server/src/node/main.ts).
			const reader = new ChunkedMessageReader(toServer, (chunks, length) => decodeJsonMessage(chunks, length, DECODE_LIMITS, () => new Promise<void>((resolve) => setImmediate(resolve))));
			const server = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(toClient));
			startServer(server, options.inProcess);
			this.serverSide = server;
			this.connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
		} else {
			const server = path.join(repoRoot(), 'dist', 'server.js');
			const cacheOption = options.codeCacheDir === undefined ? [] : [`${CODE_CACHE_DIR_OPTION}${options.codeCacheDir}`];
			this.child = spawn(process.execPath, [...(options.nodeFlags ?? SERVER_NODE_FLAGS), server, '--stdio', ...cacheOption], { stdio: ['pipe', 'pipe', 'pipe'] });
			this.child.stderr!.on('data', (chunk) => (this.stderr += chunk));
			this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
		}
		this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
			this.pushed.push(params);
			this.latest.set(params.uri, params);
			for (const waiter of [...this.waiters]) {
				if (waiter.uri === params.uri && waiter.predicate(params)) {
					this.waiters.splice(this.waiters.indexOf(waiter), 1);
					waiter.resolve(params);
				}
			}
		});
		this.connection.onNotification('window/showMessage', (params: { message: string }) => {
			this.warnings.push(params.message);
		});
		this.connection.onNotification('window/logMessage', (params: { message: string }) => {
			this.logs.push(params.message);
		});
		this.connection.onNotification(IndexChangedNotification.method, () => undefined);
		const kind = options.client ?? 'full';
		// The star handler (every request without its own handler) is vscode-jsonrpc's; the protocol typings omit it.
		(this.connection as unknown as { onRequest(handler: (method: string) => unknown): void }).onRequest((method: string) => {
			this.received(method);
			return kind === 'failing' ? new ResponseError(ErrorCodes.InternalError, `the test client fails ${method}`) : new ResponseError(ErrorCodes.MethodNotFound, `unhandled method ${method}`);
		});
		if (kind === 'full') {
			const answer = <P>(method: string, handler: (params: P) => unknown) =>
				this.connection.onRequest(method, (params: P) => {
					this.received(method);
					return handler(params) as never;
				});
			answer('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
				options.unanswered?.includes('workspace/configuration') ? new Promise(() => undefined) : params.items.map(() => this.settings ?? {}),
			);
			answer('client/registerCapability', (params: RegistrationParams) => {
				this.registrations.push(...params.registrations);
				return null;
			});
			// The protocol's misspelling: `unregisterations`.
			answer('client/unregisterCapability', (params: UnregistrationParams) => {
				this.unregistrations.push(...params.unregisterations);
				return null;
			});
			answer('workspace/diagnostic/refresh', () => null);
			answer('workspace/semanticTokens/refresh', () => null);
			answer('workspace/codeLens/refresh', () => null);
			answer('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
				this.appliedEdits.push(params);
				return { applied: true };
			});
			answer('window/showMessageRequest', (params: { message: string }) => {
				this.warnings.push(params.message);
				return null;
			});
		}
		this.connection.listen();
	}

	static async start(options: ServerOptions = {}): Promise<LanguageServer> {
		const server = new LanguageServer(options);
		const kind = options.client ?? 'full';
		const capabilities = options.capabilities ?? (kind === 'minimal' ? {} : FULL_CAPABILITIES(options.pull === true));
		const folder = options.folder ? [{ uri: pathToFileURL(options.folder).href, name: path.basename(options.folder) }] : null;
		server.initializeResult = await server.connection.sendRequest('initialize', {
			// In this process the server must not watch our own pid (its timer would keep the test runner alive).
			processId: options.inProcess ? null : process.pid,
			rootUri: folder?.[0].uri ?? null,
			workspaceFolders: folder,
			capabilities,
			locale: options.locale ?? 'zh-cn',
		});
		await server.connection.sendNotification('initialized', {});
		return server;
	}

	initializeResult: unknown;

	/** Whether the server process is still running (always true in this process). */
	get alive(): boolean {
		return this.child === undefined || (this.child.exitCode === null && this.child.signalCode === null);
	}

	/** The server process's exit code (null while it runs, or in this process). */
	get exitCode(): number | null {
		return this.child?.exitCode ?? null;
	}

	/** Resolves when the server process has exited. */
	exited(): Promise<void> {
		const child = this.child;
		if (!child || child.exitCode !== null || child.signalCode !== null) {
			return Promise.resolve();
		}
		return new Promise((resolve) => child.once('exit', () => resolve()));
	}

	request<R>(method: string, params: unknown): Promise<R> {
		return this.connection.sendRequest(method, params) as Promise<R>;
	}

	/** Resolves when the server sends (or has sent) a request with this method. */
	serverRequest(method: string): Promise<void> {
		if (this.serverRequests.includes(method)) {
			return Promise.resolve();
		}
		return new Promise((resolve) => this.requestWaiters.push({ method, resolve }));
	}

	/** Resolves when the server next sends a request with this method (those sent before not counted). */
	nextServerRequest(method: string): Promise<void> {
		return new Promise((resolve) => this.requestWaiters.push({ method, resolve }));
	}

	/** Resolves with the first publishDiagnostics for `uri` (already received or to come) that satisfies `predicate`. */
	diagnostics(uri: string, predicate: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
		const latest = this.latest.get(uri);
		if (latest && predicate(latest)) {
			return Promise.resolve(latest);
		}
		return new Promise((resolve) => this.waiters.push({ uri, predicate, resolve }));
	}

	/**
	 * Diagnostics for the document's current version: those pushed for it, or, when the server sent
	 * none because they say what the last push said, the last push once the server has processed
	 * everything sent before (a push for the version would have come before that answer).
	 */
	currentDiagnostics(uri: string): Promise<Diagnostic[]> {
		const version = this.versions.get(uri);
		return new Promise((resolve) => {
			void this.diagnostics(uri, (params) => params.version === version).then((params) => resolve(params.diagnostics));
			void this.settle().then(() => {
				const latest = this.latest.get(uri);
				if (latest) {
					resolve(latest.diagnostics);
				}
			});
		});
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
		await this.request(UnitTreeRequest.method, {});
	}

	async stop(): Promise<void> {
		try {
			await this.request('shutdown', null);
			if (this.child) {
				await this.connection.sendNotification('exit');
			}
		} finally {
			this.connection.dispose();
			this.serverSide?.dispose();
			if (this.child && this.child.exitCode === null) {
				await new Promise<void>((resolve) => {
					this.child!.once('exit', () => resolve());
					setTimeout(() => this.child!.kill(), 2000).unref();
				});
			}
		}
	}

	private received(method: string): void {
		this.serverRequests.push(method);
		for (const waiter of [...this.requestWaiters]) {
			if (waiter.method === method) {
				this.requestWaiters.splice(this.requestWaiters.indexOf(waiter), 1);
				waiter.resolve();
			}
		}
	}
}
