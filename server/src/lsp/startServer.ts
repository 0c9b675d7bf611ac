import {
	CodeActionKind,
	DidChangeConfigurationNotification,
	DidChangeWatchedFilesNotification,
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
import { looksLikeNotice } from '../core/features/classifyText';
import { outline } from '../core/features/outline';
import { PinyinIndex } from '../core/features/pinyinIndex';
import {
	ClassifyRequest,
	CreateRegistryCommand,
	IndexChangedNotification,
	RegistryForRequest,
	StatsRequest,
	UnitTasksRequest,
	UnitTreeRequest,
	type ClassifyParams,
	type RegistryForParams,
	type StatsParams,
	type UnitTasksParams,
} from '../protocol/protocol';
import { codeActions, completion, prepareRename, registryTextFor, rename } from './editing';
import type { HostFileSystem, HostStats } from './hostFileSystem';
import { definition, highlights, hover, references, workspaceSymbols } from './navigation';
import { findingsFor, unitAtPosition, type ServerContext } from './serverContext';
import { DEFAULT_SETTINGS, effectiveLocale, readSettings, type BreakdownSettings } from './settings';
import { toDiagnostic, toDocumentSymbol } from './toLsp';
import { isInside, joinUri, uriKey } from './uris';
import { folding, registryLenses, SEMANTIC_TOKENS_LEGEND, tokens, unitItem, unitTree } from './views';
import { WorkspaceIndex } from './workspaceIndex';

export interface ServerHost {
	fileSystem: HostFileSystem;
	stats?: HostStats;
}

/** At most this many text files are read from each workspace folder. */
const MAX_WORKSPACE_FILES = 20_000;

/**
 * Wires the engine to an LSP connection: documents, the workspace index, settings and every
 * feature. Handlers are guarded: a failure answers that request with an error and is logged,
 * and the server keeps serving.
 */
export function startServer(connection: Connection, host: ServerHost): void {
	const engine = new BreakdownEngine();
	const pinyin = new PinyinIndex();
	const documents = new TextDocuments<TextDocument>({ create: LineDocument.create, update: LineDocument.update });
	let settings: BreakdownSettings = DEFAULT_SETTINGS;
	let clientLocale: string | undefined;
	let folders: string[] = [];
	let registryUri: string | undefined;
	let pullDiagnostics = false;
	let configurationRequests = false;
	let watcherRegistration = false;
	let lastRegistryVersion = -1;
	/** Settings arrive by a request of their own after `initialized`; findings wait for them. */
	let markSettingsReady: () => void = () => undefined;
	const settingsReady = new Promise<void>((resolve) => (markSettingsReady = resolve));
	/**
	 * Disk reads for the index run one after another on this chain. Cross-file answers (references,
	 * rename, the Units view) wait for it, so they never see a half-scanned workspace or miss a file
	 * event that arrived before the request.
	 */
	let indexWork: Promise<void> = Promise.resolve();
	/** Waits for the index; a request cancelled meanwhile (the user moved on) answers RequestCancelled. */
	const indexed = async (token: CancellationToken) => {
		await indexWork;
		if (token.isCancellationRequested) {
			throw new ResponseError(LSPErrorCodes.RequestCancelled, 'breakdown: request cancelled');
		}
	};
	const enqueueIndexWork = (job: () => Promise<void>) => {
		indexWork = indexWork.then(job).catch((error) => connection.console.error(`[breakdown] indexing failed: ${String(error)}`));
		return indexWork;
	};

	const index = new WorkspaceIndex(engine, () => ({ registryUri, maxFileSize: settings.maxFileSize }));
	const context: ServerContext = {
		engine,
		index,
		documents,
		settings: () => settings,
		locale: () => effectiveLocale(settings, clientLocale),
		findingCache: new WeakMap(),
	};

	const log = (message: string) => connection.console.log(`[breakdown] ${message}`);
	const guard = <P extends unknown[], R>(name: string, handler: (...args: P) => R | Promise<R>) => {
		return async (...args: P): Promise<R> => {
			try {
				return await handler(...args);
			} catch (error) {
				if (error instanceof ResponseError) {
					throw error;
				}
				connection.console.error(`[breakdown] ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
				throw new ResponseError(ErrorCodes.InternalError, `breakdown: ${name} failed: ${(error as Error)?.message ?? String(error)}`);
			}
		};
	};

	// ---- diagnostics ----------------------------------------------------------------------------

	const diagnosticsOf = (uri: string) => {
		const result = findingsFor(context, uri);
		return result ? result.findings.map((finding) => toDiagnostic(finding, result.lineIndex, uri, context.locale())) : [];
	};

	/** Pushes a document's diagnostics, once the settings they depend on have arrived. */
	const publish = (uri: string) => {
		if (pullDiagnostics) {
			return;
		}
		void settingsReady.then(() => {
			try {
				const document = documents.get(uri);
				void connection.sendDiagnostics({ uri, version: document?.version, diagnostics: diagnosticsOf(uri) });
			} catch (error) {
				connection.console.error(`[breakdown] diagnostics for ${uri} failed: ${String(error)}`);
			}
		});
	};

	/** After a registry or settings change every open document may read differently. */
	const refreshAll = () => {
		if (pullDiagnostics) {
			void connection.languages.diagnostics.refresh();
		} else {
			documents.all().forEach((document) => publish(document.uri));
		}
		void connection.languages.semanticTokens.refresh();
	};

	let indexChangedTimer: ReturnType<typeof setTimeout> | undefined;
	const announceIndexChange = () => {
		if (index.registryVersion !== lastRegistryVersion) {
			lastRegistryVersion = index.registryVersion;
			refreshAll();
		}
		if (indexChangedTimer === undefined) {
			indexChangedTimer = setTimeout(() => {
				indexChangedTimer = undefined;
				void connection.sendNotification(IndexChangedNotification, {});
			}, 200);
		}
	};

	// ---- settings -------------------------------------------------------------------------------

	const applySettings = (raw: unknown) => {
		const { settings: read, problems } = readSettings(raw);
		settings = read;
		registryUri = undefined;
		if (settings.registry) {
			const folder = folders[0];
			const candidate = /^[a-z][a-z0-9+.-]*:/i.test(settings.registry) ? settings.registry : folder ? joinUri(folder, settings.registry) : undefined;
			const inside = candidate !== undefined && folders.some((workspaceFolder) => isInside(uriKey(candidate), uriKey(workspaceFolder)));
			if (inside) {
				registryUri = candidate;
			} else {
				problems.push(`breakdown.registry「${settings.registry}」不在工作区内，已忽略 / is outside the workspace and was ignored`);
			}
		}
		for (const problem of problems) {
			void connection.window.showWarningMessage(problem);
		}
		context.findingCache = new WeakMap();
	};

	const loadSettings = async () => {
		if (!configurationRequests) {
			return;
		}
		try {
			applySettings(await connection.workspace.getConfiguration('breakdown'));
		} catch (error) {
			connection.console.error(`[breakdown] reading settings failed: ${String(error)}`);
		}
		// Open documents were read with the settings in force then (the size limit decides whether they are analysed).
		for (const document of documents.all()) {
			index.update(document.uri, document.getText(), document.version, true);
		}
		const configured = registryUri;
		if (configured && !index.getRegistry(configured)) {
			await enqueueIndexWork(() => readIntoIndex(configured));
		}
	};

	// ---- the workspace --------------------------------------------------------------------------

	const readIntoIndex = async (uri: string) => {
		if (documents.get(uri)) {
			return;
		}
		const size = await host.fileSystem.fileSize(uri);
		if (size !== undefined && size > settings.maxFileSize * 4) {
			return;
		}
		const text = await host.fileSystem.readFile(uri);
		if (text === undefined) {
			index.remove(uri);
		} else {
			index.update(uri, text, undefined, false);
		}
	};

	const scanWorkspace = async () => {
		const started = Date.now();
		let count = 0;
		for (const folder of folders) {
			for (const uri of await host.fileSystem.listTextFiles(folder, MAX_WORKSPACE_FILES)) {
				await readIntoIndex(uri);
				count++;
			}
		}
		log(`indexed ${count} text files (${index.allNotices().length} notices, ${index.allRegistries().length} registries) in ${Date.now() - started} ms`);
		announceIndexChange();
	};

	// ---- lifecycle ------------------------------------------------------------------------------

	connection.onInitialize((params: InitializeParams): InitializeResult => {
		clientLocale = params.locale;
		folders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
		if (folders.length === 0 && params.rootUri) {
			folders = [params.rootUri];
		}
		const capabilities = params.capabilities;
		pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
		configurationRequests = capabilities.workspace?.configuration === true;
		watcherRegistration = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
		applySettings(params.initializationOptions?.settings);
		// Queued now, before any request can arrive, so cross-file requests wait for the whole scan.
		void enqueueIndexWork(async () => {
			await settingsReady;
			await scanWorkspace();
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
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll + '.breakdown'] },
				codeLensProvider: { resolveProvider: false },
				foldingRangeProvider: true,
				semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
				executeCommandProvider: { commands: [CreateRegistryCommand] },
				diagnosticProvider: pullDiagnostics ? { identifier: 'breakdown', interFileDependencies: true, workspaceDiagnostics: false } : undefined,
				workspace: { workspaceFolders: { supported: true } },
			},
			serverInfo: { name: 'breakdown' },
		};
	});

	connection.onInitialized(
		guard('initialized', async () => {
			if (configurationRequests) {
				void connection.client.register(DidChangeConfigurationNotification.type, { section: 'breakdown' });
			}
			if (watcherRegistration) {
				void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.txt' }] });
			}
			try {
				await loadSettings();
			} finally {
				markSettingsReady();
			}
		}),
	);

	connection.onDidChangeConfiguration(
		guard('didChangeConfiguration', async (params) => {
			if (configurationRequests) {
				await loadSettings();
			} else {
				applySettings((params.settings as { breakdown?: unknown } | undefined)?.breakdown);
			}
			lastRegistryVersion = -1;
			announceIndexChange();
		}),
	);

	connection.onDidChangeWatchedFiles(
		guard('didChangeWatchedFiles', (params) =>
			enqueueIndexWork(async () => {
				for (const change of params.changes) {
					if (change.type === FileChangeType.Deleted) {
						if (!documents.get(change.uri)) {
							index.remove(change.uri);
						}
					} else {
						await readIntoIndex(change.uri);
					}
				}
				announceIndexChange();
			}),
		),
	);

	documents.onDidChangeContent((event) => {
		try {
			const uri = event.document.uri;
			index.update(uri, event.document.getText(), event.document.version, true);
			publish(uri);
			announceIndexChange();
		} catch (error) {
			connection.console.error(`[breakdown] updating ${event.document.uri} failed: ${String(error)}`);
		}
	});

	documents.onDidClose((event) => {
		if (!pullDiagnostics) {
			void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
		}
		// The file on disk, not the closed editor's text, is what the workspace holds now.
		void enqueueIndexWork(async () => {
			await readIntoIndex(event.document.uri);
			announceIndexChange();
		});
	});

	// ---- features -------------------------------------------------------------------------------

	connection.languages.diagnostics.on(
		guard('diagnostics', async (params) => {
			await settingsReady;
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
		guard('codeAction', (params) => codeActions(context, params.textDocument.uri, params.context.diagnostics, params.context.only, suggestedRegistry(params.textDocument.uri))),
	);
	connection.onCodeLens(guard('codeLens', async (params, token) => (await indexed(token), registryLenses(context, params.textDocument.uri))));
	connection.onFoldingRanges(guard('foldingRange', (params) => folding(context, params.textDocument.uri)));
	connection.languages.semanticTokens.on(guard('semanticTokens', (params) => tokens(context, params.textDocument.uri)));

	connection.onRequest(UnitTreeRequest, guard('unitTree', async (_params: unknown, token: CancellationToken) => (await indexed(token), unitTree(context))));
	connection.onRequest(
		UnitTasksRequest,
		guard('unitTasks', async (params: UnitTasksParams, token: CancellationToken) => {
			await indexed(token);
			const found = unitAtPosition(context, params.uri, params.position);
			return found ? (unitItem(context, found.identity) ?? { identity: found.identity, name: found.name, lead: [], responsible: [], other: [] }) : null;
		}),
	);
	connection.onRequest(ClassifyRequest, guard('classify', (params: ClassifyParams) => ({ notice: looksLikeNotice(engine.parseNotice(params.text.slice(0, 200_000))) })));
	connection.onRequest(
		RegistryForRequest,
		guard('registryFor', (params: RegistryForParams) => ({
			uris: index.registriesFor(params.uri).map((registry) => index.getRegistry(registry.uri)?.uri ?? registry.uri),
			suggested: suggestedRegistry(params.uri),
		})),
	);

	connection.onRequest(StatsRequest, guard('stats', (params: StatsParams) => host.stats?.read(params?.reset === true) ?? null));

	connection.onExecuteCommand(
		guard('executeCommand', async (params) => {
			if (params.command !== CreateRegistryCommand) {
				return null;
			}
			const uri = String(params.arguments?.[0] ?? '');
			const existing = index.registriesFor(uri)[0];
			const target = existing ? (index.getRegistry(existing.uri)?.uri ?? existing.uri) : suggestedRegistry(uri);
			const text = registryTextFor(context, uri, existing?.text);
			if (text === undefined) {
				return null;
			}
			if (existing) {
				const end = existing.lineIndex.positionAt(existing.text.length);
				const lead = existing.text.length > 0 && !/[\r\n]$/.test(existing.text) ? '\n' : '';
				await connection.workspace.applyEdit({ changes: { [target]: [{ range: { start: end, end }, newText: lead + text }] } });
			} else {
				await connection.workspace.applyEdit({
					documentChanges: [
						{ kind: 'create', uri: target, options: { ignoreIfExists: true } },
						{ textDocument: { uri: target, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
					],
				});
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
