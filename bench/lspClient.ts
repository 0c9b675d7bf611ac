// A JSON-RPC client for the benchmark: starts a server over stdio, answers what the server asks
// of its client (configuration, and for the Markdown server its parse and file-system requests),
// and times requests.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { IndexChangedNotification } from '../server/src/protocol/protocol';
import { CODE_CACHE_DIR_OPTION, SERVER_NODE_FLAGS } from '../server/src/protocol/serverOptions';

export type ServerKind = 'breakdown' | 'markdown';

const MARKDOWN_SETTINGS = {
	markdown: {
		validate: {
			enabled: true,
			referenceLinks: { enabled: 'warning' },
			fragmentLinks: { enabled: 'warning' },
			fileLinks: { enabled: 'warning', markdownFragmentLinks: 'inherit' },
			ignoredLinks: [],
			unusedLinkDefinitions: { enabled: 'hint' },
			duplicateLinkDefinitions: { enabled: 'warning' },
		},
		suggest: { paths: { enabled: true, includeWorkspaceHeaderCompletions: 'onDoubleHash' } },
		server: { log: 'off' },
		preferredMdPathExtensionStyle: 'auto',
	},
};

function listFiles(folder: string, extension: string): string[] {
	const found: string[] = [];
	for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) {
			found.push(...listFiles(full, extension));
		} else if (entry.name.endsWith(extension)) {
			found.push(full);
		}
	}
	return found;
}

export class BenchClient {
	readonly connection: ProtocolConnection;
	private readonly versions = new Map<string, number>();
	/** The last pulled diagnostics of each document and their result id. */
	private readonly pulled = new Map<string, { resultId: string | undefined; items: unknown[] }>();
	private constructor(
		readonly kind: ServerKind,
		private readonly child: ChildProcess,
	) {
		this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
		const markdown = new MarkdownIt({ html: true, linkify: true });
		this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})) as unknown);
		this.connection.onRequest('client/registerCapability', () => null);
		this.connection.onRequest('client/unregisterCapability', () => null);
		this.connection.onRequest('window/workDoneProgress/create', () => null);
		this.connection.onRequest('workspace/diagnostic/refresh', () => null);
		this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
		this.connection.onNotification('textDocument/publishDiagnostics', () => undefined);
		this.connection.onNotification('window/logMessage', () => undefined);
		this.connection.onNotification(IndexChangedNotification.method, () => undefined);
		// What VS Code's Markdown extension answers for its server.
		this.connection.onRequest('markdown/parse', (params: { uri: string; text?: string }) => {
			const text = params.text ?? fs.readFileSync(fileURLToPath(params.uri), 'utf8');
			return markdown.parse(text, {});
		});
		this.connection.onRequest('markdown/fs/readFile', (params: { uri: string }) => Array.from(fs.readFileSync(fileURLToPath(params.uri))));
		this.connection.onRequest('markdown/fs/stat', (params: { uri: string }): { isDirectory: boolean } | null => {
			try {
				return { isDirectory: fs.statSync(fileURLToPath(params.uri)).isDirectory() };
			} catch {
				return null;
			}
		});
		this.connection.onRequest('markdown/fs/readDirectory', (params: { uri: string }) =>
			fs.readdirSync(fileURLToPath(params.uri), { withFileTypes: true }).map((entry) => [entry.name, { isDirectory: entry.isDirectory() }]),
		);
		this.connection.onRequest('markdown/fs/watcher/create', () => null);
		this.connection.onRequest('markdown/fs/watcher/delete', () => null);
		this.connection.listen();
	}

	folder: string | undefined;
	initializeMs = 0;

	/**
	 * Starts the server and initializes it; `initializeMs` is spawn → initialize result. Ours is
	 * started as the extension starts it (with SERVER_NODE_FLAGS), with a folder for its code
	 * cache that outlasts the session (`codeCacheDir`, the run's: its first server starts without a cache).
	 */
	static async start(kind: ServerKind, root: string, { folder, codeCacheDir, flags = [] }: { folder?: string; codeCacheDir: string; flags?: readonly string[] }): Promise<BenchClient> {
		const script = kind === 'breakdown' ? path.join(root, 'dist', 'server.js') : path.join(root, 'node_modules', 'vscode-markdown-languageserver', 'dist', 'node', 'workerMain.js');
		const started = performance.now();
		// BENCH_NODE_OPTIONS: extra Node flags for the server, e.g. `--cpu-prof` to profile a run.
		const nodeFlags = [...(kind === 'breakdown' ? SERVER_NODE_FLAGS : []), ...flags, ...(process.env.BENCH_NODE_OPTIONS ?? '').split(' ').filter((flag) => flag.length > 0)];
		const cacheOption = kind === 'breakdown' ? [`${CODE_CACHE_DIR_OPTION}${codeCacheDir}`] : [];
		const child = spawn(process.execPath, [...nodeFlags, script, '--stdio', ...cacheOption], { stdio: ['pipe', 'pipe', 'pipe'] });
		child.stderr!.resume();
		const client = new BenchClient(kind, child);
		client.folder = folder;
		client.connection.onRequest('markdown/findMarkdownFilesInWorkspace', () => (folder ? listFiles(folder, '.md').map((file) => pathToFileURL(file).href) : []));
		const workspaceFolders = folder ? [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }] : null;
		await client.connection.sendRequest('initialize', {
			processId: process.pid,
			rootUri: workspaceFolders?.[0].uri ?? null,
			workspaceFolders,
			locale: 'zh-cn',
			capabilities: {
				workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: false }, workspaceFolders: true },
				textDocument: { diagnostic: { dynamicRegistration: false }, documentSymbol: { hierarchicalDocumentSymbolSupport: true }, synchronization: {} },
			},
			initializationOptions: kind === 'markdown' ? { markdownFileExtensions: ['md'] } : {},
		});
		client.initializeMs = performance.now() - started;
		await client.connection.sendNotification('initialized', {});
		if (kind === 'markdown') {
			await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: MARKDOWN_SETTINGS });
		}
		return client;
	}

	request<R>(method: string, params: unknown): Promise<R> {
		return this.connection.sendRequest(method, params) as Promise<R>;
	}

	/** Times one request in milliseconds. */
	async time(method: string, params: unknown): Promise<number> {
		const started = performance.now();
		await this.request(method, params);
		return performance.now() - started;
	}

	async open(uri: string, text: string): Promise<void> {
		this.versions.set(uri, 1);
		await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: this.kind === 'breakdown' ? 'breakdown' : 'markdown', version: 1, text } });
	}

	async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
		const version = (this.versions.get(uri) ?? 1) + 1;
		this.versions.set(uri, version);
		await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
	}

	async close(uri: string): Promise<void> {
		await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	}

	/**
	 * Pulls the document's diagnostics (both servers support pull) as VS Code's client does: naming
	 * the result it holds (`previousResultId`), so a server may answer `unchanged` (then the items
	 * held are the answer).
	 */
	async diagnostics(uri: string): Promise<{ items: unknown[] }> {
		const held = this.pulled.get(uri);
		const report = await this.request<{ kind: string; resultId?: string; items?: unknown[] }>('textDocument/diagnostic', { textDocument: { uri }, ...(held?.resultId ? { previousResultId: held.resultId } : {}) });
		const items = report.kind === 'unchanged' && held ? held.items : (report.items ?? []);
		this.pulled.set(uri, { resultId: report.resultId, items });
		return { items };
	}

	/** Peak resident memory of the server process (VmHWM), in bytes. */
	peakRss(): number {
		const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
		const match = /VmHWM:\s+(\d+) kB/.exec(status);
		return match ? Number(match[1]) * 1024 : 0;
	}

	async stop(): Promise<void> {
		try {
			await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
			await this.connection.sendNotification('exit');
		} catch {
			// The process is killed below either way.
		}
		this.connection.dispose();
		// Wait for the process to be gone, so nothing of it keeps the benchmark (or the test runner) alive.
		// A server leaves by itself after `exit` (writing a --cpu-prof profile); one that does not is stopped.
		if (this.child.exitCode === null && this.child.signalCode === null) {
			const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
			const terminate = setTimeout(() => this.child.kill(), 3000);
			const kill = setTimeout(() => this.child.kill('SIGKILL'), 8000);
			await exited;
			clearTimeout(terminate);
			clearTimeout(kill);
		}
		this.child.stdin?.destroy();
		this.child.stdout?.destroy();
		this.child.stderr?.destroy();
	}
}
