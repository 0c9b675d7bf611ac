import {
	CodeActionKind,
	DocumentDiagnosticReportKind,
	ErrorCodes,
	FileChangeType,
	LSPErrorCodes,
	ResponseError,
	TextDocuments,
	TextDocumentSyncKind,
	type CancellationToken,
	type Connection,
	type InitializeParams,
	type InitializeResult,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineDocument } from './lineDocument';
import { BreakdownEngine } from '../core/engine';
import { localize, message, type Message } from '../core/messages/message';
import { looksLikeNotice } from '../core/features/classifyText';
import { outline } from '../core/features/outline';
import { PinyinIndex } from '../core/features/pinyinIndex';
import {
	ClassifyRequest,
	CreateRegistryCommand,
	RegistryForRequest,
	StatsRequest,
	UnitTasksRequest,
	UnitTreeRequest,
} from '../protocol/protocol';
import { clientFeatures, type ClientFeatures } from './clientFeatures';
import { ClientRequests } from './clientRequests';
import { codeActions, completion, registryCommandEdit, FIX_ALL_KIND, prepareRename, rename } from './editing';
import type { WorkspaceFileSystem } from '../core/workspace/fileSystem';
import { IndexQueue, within } from './indexQueue';
import { definition, highlights, hover, references, workspaceSymbols } from './navigation';
import { resolveRegistrySetting, registryProblemMessage } from '../core/workspace/registrySetting';
import { findingsFor, unitAtPosition, type ServerContext } from './serverContext';
import { DEFAULT_SETTINGS, effectiveLocale, readSettings, type BreakdownSettings } from './settings';
import { toDiagnostic, toDocumentSymbol } from './toLsp';
import { folding, registryLenses, SEMANTIC_TOKENS_LEGEND, tokens, unitItem, unitTree } from './views';
import { WorkspaceIndex } from '../core/workspace/workspaceIndex';
import { WorkspaceReader } from '../core/workspace/workspaceReader';

/** Bounds on the server's waits and reads; hosts and tests may lower them. */
export interface ServerLimits {
	/** At most this many text files are read from each workspace folder (registries always are). */
	workspaceFiles: number;
	/** How long the first findings wait for the client to answer `workspace/configuration`. */
	settingsWaitMs: number;
	/** How long the first findings wait for the workspace's registries to be read. */
	registriesWaitMs: number;
	/** How long a cross-file request waits for the index before answering from what is read. */
	indexWaitMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = { workspaceFiles: 20_000, settingsWaitMs: 5_000, registriesWaitMs: 5_000, indexWaitMs: 10_000 };

/** Process figures only the host can read (event-loop delay, memory), for the `breakdown/stats` request. */
export interface HostStats {
	read(reset: boolean): { eventLoopMaxMs: number; rssBytes: number; peakRssBytes: number };
}

export interface ServerHost {
	fileSystem: WorkspaceFileSystem;
	stats?: HostStats;
	limits?: Partial<ServerLimits>;
}

/**
 * Wires the engine to an LSP connection: documents, the workspace index, settings and every
 * feature. Handlers are guarded: a failure answers that request with an error and is logged,
 * and the server keeps serving. Requests to the client go out only where the client declared
 * them (ClientRequests). Settings, registry reading and indexing never wait on each other: the
 * index waits for the first settings (bounded), findings wait for the first settings and
 * registries (bounded), and nothing waits on a request.
 */
export function startServer(connection: Connection, host: ServerHost): void {
	const limits: ServerLimits = { ...DEFAULT_LIMITS, ...host.limits };
	const engine = new BreakdownEngine();
	const pinyin = new PinyinIndex();
	const documents = new TextDocuments<TextDocument>({ create: LineDocument.create, update: LineDocument.update });
	let settings: BreakdownSettings = DEFAULT_SETTINGS;
	let settingsText: string | undefined;
	let clientLocale: string | undefined;
	let folders: string[] = [];
	let registryUri: string | undefined;
	let features: ClientFeatures = clientFeatures({});
	let lastRegistryVersion = -1;
	let shutDown = false;
	/** Log lines go to the client; once the connection is gone there is nobody to tell. */
	const logAs = (level: 'log' | 'error') => (message: string) => {
		try {
			connection.console[level](`[breakdown] ${message}`);
		} catch {
			// The connection is closed or disposed.
		}
	};
	const log = logAs('log');
	const logError = logAs('error');
	const requests = new ClientRequests(connection, () => features, log);
	/** Messages shown for the settings in force: each once, again only after the settings change. */
	const shown = new Set<string>();
	const warn = (problem: Message) => {
		const text = localize(problem, effectiveLocale(settings, clientLocale));
		if (!shown.has(text)) {
			shown.add(text);
			requests.showWarning(text);
		}
	};

	/** Resolved once the client's settings are read (or it did not answer in time). */
	let markSettingsReady: () => void = () => undefined;
	const settingsReady = new Promise<void>((resolve) => (markSettingsReady = resolve));
	/** Resolved once the registries found at start are read. */
	let markRegistriesRead: () => void = () => undefined;
	const registriesRead = new Promise<void>((resolve) => (markRegistriesRead = resolve));
	/** What the first findings wait for, each bounded (from `initialize` on): the settings, then the workspace's registries. */
	let findingsReady: Promise<void> = Promise.resolve();
	/** Set at `initialized`: no request goes to the client before it. */
	let initialized = false;

	const queue = new IndexQueue(log);
	const index = new WorkspaceIndex(engine, () => ({ registryUri, maxFileSize: settings.maxFileSize }));
	const reader = new WorkspaceReader({
		fileSystem: host.fileSystem,
		index,
		isOpen: (uri) => documents.get(uri) !== undefined,
		folders: () => folders,
		maxFileSize: () => settings.maxFileSize,
		maxFiles: limits.workspaceFiles,
		log,
		warn,
	});
	const context: ServerContext = {
		engine,
		index,
		documents,
		settings: () => settings,
		locale: () => effectiveLocale(settings, clientLocale),
		findingCache: new WeakMap(),
	};

	/** Waits for the index; a request cancelled meanwhile answers RequestCancelled, one waiting too long answers from what is read. */
	const indexed = async (token: CancellationToken) => {
		const outcome = await queue.wait(token, limits.indexWaitMs);
		if (outcome === 'cancelled' || token.isCancellationRequested) {
			throw new ResponseError(LSPErrorCodes.RequestCancelled, 'breakdown: request cancelled');
		}
		if (outcome === 'late') {
			log(`the workspace is still being read after ${limits.indexWaitMs} ms; answering from the files read so far`);
		}
	};

	const guard = <P extends unknown[], R>(name: string, handler: (...args: P) => R | Promise<R>) => {
		return async (...args: P): Promise<R> => {
			if (shutDown) {
				throw new ResponseError(ErrorCodes.InvalidRequest, `breakdown: ${name} after shutdown`);
			}
			try {
				return await handler(...args);
			} catch (error) {
				if (error instanceof ResponseError) {
					throw error;
				}
				logError(`${name} failed: ${(error as Error)?.stack ?? String(error)}`);
				throw new ResponseError(ErrorCodes.InternalError, `breakdown: ${name} failed: ${(error as Error)?.message ?? String(error)}`);
			}
		};
	};
	/** Notifications have no answer to carry an error: a failure is logged; after shutdown they are ignored. */
	const guardNotification = <P>(name: string, handler: (params: P) => void | Promise<void>) => {
		return async (params: P): Promise<void> => {
			if (shutDown) {
				return;
			}
			try {
				await handler(params);
			} catch (error) {
				logError(`${name} failed: ${(error as Error)?.stack ?? String(error)}`);
			}
		};
	};

	// ---- diagnostics ----------------------------------------------------------------------------

	const diagnosticsOf = (uri: string) => {
		const result = findingsFor(context, uri);
		return result ? result.findings.map((finding) => toDiagnostic(finding, result.lineIndex, uri, context.locale())) : [];
	};

	/** Pushes a document's diagnostics, once the settings and registries they depend on are read. */
	const publish = (uri: string) => {
		if (features.pullDiagnostics) {
			return;
		}
		void findingsReady.then(() => {
			try {
				const document = documents.get(uri);
				if (document) {
					requests.publishDiagnostics({ uri, version: document.version, diagnostics: diagnosticsOf(uri) });
				}
			} catch (error) {
				logError(`diagnostics for ${uri} failed: ${String(error)}`);
			}
		});
	};

	/** After a registry or settings change every open document may read differently. */
	const refreshAll = () => {
		if (features.pullDiagnostics) {
			requests.refreshDiagnostics();
		} else {
			documents.all().forEach((document) => publish(document.uri));
		}
		requests.refreshSemanticTokens();
	};

	let indexChangedTimer: ReturnType<typeof setTimeout> | undefined;
	const announceIndexChange = () => {
		if (!initialized) {
			return;
		}
		if (index.registryVersion !== lastRegistryVersion) {
			lastRegistryVersion = index.registryVersion;
			refreshAll();
		}
		if (indexChangedTimer === undefined) {
			indexChangedTimer = setTimeout(() => {
				indexChangedTimer = undefined;
				requests.indexChanged();
			}, 200);
		}
	};

	// ---- settings -------------------------------------------------------------------------------

	/** Applies settings that changed; the configured registry is queued for reading, never waited for. */
	const applySettings = (raw: unknown) => {
		const text = JSON.stringify(raw ?? null);
		if (text === settingsText) {
			return;
		}
		settingsText = text;
		shown.clear();
		const { settings: read, problems } = readSettings(raw);
		settings = read;
		const resolved = resolveRegistrySetting(settings.registry, folders);
		registryUri = resolved && 'uri' in resolved ? resolved.uri : undefined;
		if (resolved && 'problem' in resolved) {
			problems.push(registryProblemMessage(settings.registry, resolved.problem));
		}
		problems.forEach(warn);
		context.findingCache = new WeakMap();
		// Open documents were read with the settings in force then (the size limit decides whether they are analysed).
		for (const document of documents.all()) {
			index.update(document.uri, document.getText(), document.version, true);
		}
		const configured = registryUri;
		if (configured) {
			const setting = settings.registry;
			void queue.enqueue('reading breakdown.registry', async () => {
				await reader.readConfiguredRegistry(configured, setting);
				announceIndexChange();
			});
		}
		lastRegistryVersion = -1;
		announceIndexChange();
	};

	/**
	 * Asks the client for the settings. Cross-file requests wait for the answer (it is on the queue),
	 * bounded: a client that never answers holds up neither the queue nor the first findings.
	 */
	const loadSettings = async () => {
		const applied = requests.configuration().then((raw) => {
			if (raw !== undefined) {
				applySettings(raw);
			}
		});
		void queue.enqueue('reading settings', () => within(applied, limits.settingsWaitMs));
		await applied;
	};

	// ---- lifecycle ------------------------------------------------------------------------------

	connection.onInitialize((params: InitializeParams): InitializeResult => {
		clientLocale = params.locale;
		folders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
		if (folders.length === 0 && params.rootUri) {
			folders = [params.rootUri];
		}
		features = clientFeatures(params.capabilities);
		findingsReady = within(settingsReady, limits.settingsWaitMs).then(() => within(registriesRead, limits.registriesWaitMs));
		applySettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
		// Queued now, before any request can arrive, so cross-file requests wait for the whole scan.
		void queue.enqueue('indexing the workspace', async () => {
			try {
				await within(settingsReady, limits.settingsWaitMs);
				await reader.scan(() => {
					markRegistriesRead();
					announceIndexChange();
				});
			} finally {
				markRegistriesRead();
			}
			announceIndexChange();
		});
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
				documentSymbolProvider: { label: 'breakdown' },
				workspaceSymbolProvider: true,
				referencesProvider: true,
				definitionProvider: true,
				hoverProvider: true,
				documentHighlightProvider: true,
				completionProvider: { triggerCharacters: ['、', '：', ':', '，', ','] },
				renameProvider: { prepareProvider: true },
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
				codeLensProvider: { resolveProvider: false },
				foldingRangeProvider: true,
				semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
				executeCommandProvider: { commands: [CreateRegistryCommand] },
				diagnosticProvider: features.pullDiagnostics ? { identifier: 'breakdown', interFileDependencies: true, workspaceDiagnostics: false } : undefined,
				workspace: { workspaceFolders: { supported: true } },
			},
			serverInfo: { name: 'breakdown' },
		};
	});

	connection.onInitialized(
		guardNotification('initialized', async () => {
			initialized = true;
			requests.registerWatchers();
			try {
				await loadSettings();
			} finally {
				markSettingsReady();
			}
		}),
	);

	connection.onShutdown(() => {
		if (shutDown) {
			throw new ResponseError(ErrorCodes.InvalidRequest, 'breakdown: shutdown was already received');
		}
		shutDown = true;
	});

	connection.onDidChangeConfiguration(
		guardNotification('didChangeConfiguration', async (params) => {
			if (features.configuration) {
				await loadSettings();
			} else {
				const raw = params.settings as { breakdown?: unknown } | null | undefined;
				applySettings(typeof raw === 'object' && raw !== null ? raw.breakdown : undefined);
			}
		}),
	);

	connection.onDidChangeWatchedFiles(
		guardNotification('didChangeWatchedFiles', (params) =>
			queue.enqueue('reading changed files', async () => {
				for (const change of params.changes) {
					if (change.type === FileChangeType.Deleted) {
						if (!documents.get(change.uri)) {
							index.remove(change.uri);
						}
					} else {
						await reader.read(change.uri);
					}
				}
				announceIndexChange();
			}),
		),
	);

	documents.onDidChangeContent((event) => {
		if (shutDown) {
			return;
		}
		try {
			const uri = event.document.uri;
			index.update(uri, event.document.getText(), event.document.version, true);
			publish(uri);
			announceIndexChange();
		} catch (error) {
			logError(`updating ${event.document.uri} failed: ${String(error)}`);
		}
	});

	documents.onDidClose((event) => {
		if (!features.pullDiagnostics) {
			requests.publishDiagnostics({ uri: event.document.uri, diagnostics: [] });
		}
		// The file on disk, not the closed editor's text, is what the workspace holds now.
		void queue.enqueue('reading a closed document', async () => {
			await reader.read(event.document.uri);
			announceIndexChange();
		});
	});

	// ---- features -------------------------------------------------------------------------------

	connection.languages.diagnostics.on(
		guard('diagnostics', async (params) => {
			await findingsReady;
			return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(params.textDocument.uri) };
		}),
	);

	connection.onDocumentSymbol(
		guard('documentSymbol', (params) => {
			const notice = index.model(params.textDocument.uri);
			return notice ? outline(notice).map((node) => toDocumentSymbol(node, notice.lineIndex)) : [];
		}),
	);
	connection.onWorkspaceSymbol(guard('workspaceSymbol', async (params, token) => (await indexed(token), workspaceSymbols(context, params.query, pinyin))));
	connection.onReferences(guard('references', async (params, token) => (await indexed(token), references(context, params.textDocument.uri, params.position, params.context.includeDeclaration))));
	connection.onDefinition(guard('definition', (params) => definition(context, params.textDocument.uri, params.position) ?? null));
	connection.onHover(guard('hover', async (params, token) => (await indexed(token), hover(context, params.textDocument.uri, params.position) ?? null)));
	connection.onDocumentHighlight(guard('documentHighlight', (params) => highlights(context, params.textDocument.uri, params.position)));
	connection.onCompletion(guard('completion', (params) => completion(context, params.textDocument.uri, params.position, pinyin) ?? null));
	connection.onPrepareRename(guard('prepareRename', (params) => prepareRename(context, params.textDocument.uri, params.position) ?? null));
	connection.onRenameRequest(guard('rename', async (params, token) => (await indexed(token), rename(context, params.textDocument.uri, params.position, params.newName) ?? null)));
	connection.onCodeAction(
		guard('codeAction', (params) =>
			codeActions(context, params.textDocument.uri, params.context.diagnostics, params.context.only, suggestedRegistry(params.textDocument.uri), features.createFiles),
		),
	);
	connection.onCodeLens(guard('codeLens', async (params, token) => (await indexed(token), registryLenses(context, params.textDocument.uri))));
	connection.onFoldingRanges(guard('foldingRange', (params) => folding(context, params.textDocument.uri)));
	connection.languages.semanticTokens.on(guard('semanticTokens', (params) => tokens(context, params.textDocument.uri)));

	connection.onRequest(UnitTreeRequest, guard('unitTree', async (_params, token) => (await indexed(token), unitTree(context))));
	connection.onRequest(
		UnitTasksRequest,
		guard('unitTasks', async (params, token) => {
			await indexed(token);
			const found = unitAtPosition(context, params.uri, params.position);
			return found ? (unitItem(context, found.identity) ?? { identity: found.identity, name: found.name, lead: [], responsible: [], other: [] }) : null;
		}),
	);
	connection.onRequest(ClassifyRequest, guard('classify', (params) => ({ notice: looksLikeNotice(engine.parseNotice(String(params.text).slice(0, 200_000))) })));
	connection.onRequest(
		RegistryForRequest,
		guard('registryFor', (params) => ({
			uris: index.registriesFor(params.uri).map((registry) => index.getRegistry(registry.uri)?.uri ?? registry.uri),
			suggested: suggestedRegistry(params.uri),
		})),
	);

	connection.onRequest(StatsRequest, guard('stats', (params) => host.stats?.read(params?.reset === true) ?? null));

	connection.onExecuteCommand(
		guard('executeCommand', async (params) => {
			if (params.command !== CreateRegistryCommand) {
				return null;
			}
			const command = registryCommandEdit(context, String(params.arguments?.[0] ?? ''), suggestedRegistry);
			if (!command) {
				return null;
			}
			const { target, edit, createsFile } = command;
			if (!features.applyEdit || (createsFile && !features.createFiles)) {
				const refusal = message(features.applyEdit ? 'refusal.cannot-create-files' : 'refusal.cannot-apply-edits', target);
				throw new ResponseError(LSPErrorCodes.RequestFailed, localize(refusal, context.locale()));
			}
			const applied = await requests.applyEdit(localize(message('edit.create-registry'), context.locale()), edit);
			if (!applied) {
				throw new ResponseError(LSPErrorCodes.RequestFailed, localize(message('refusal.edit-not-applied', target), context.locale()));
			}
			return target;
		}),
	);

	function suggestedRegistry(uri: string): string {
		return uri.slice(0, uri.lastIndexOf('/') + 1) + encodeURIComponent('单位名录.txt');
	}

	documents.listen(connection);
	connection.listen();
}
