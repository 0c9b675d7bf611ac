import type { Connection, InitializeResult } from 'vscode-languageserver';
import { CodeActionKind, ErrorCodes, ResponseError, TextDocuments, TextDocumentSyncKind } from './languageServer';
import { COMPLETION_TRIGGERS } from '../core/features/unitCompletion';
import { createLanguageService, type LanguageServiceHost } from '../core/service/languageService';
import { LineDocument } from '../core/text/lineDocument';
import { CreateRegistryCommand, TellCommand, type HostStats } from '../protocol/protocol';
import { clientFeatures, type ClientFeatures } from './clientFeatures';
import { ClientRequests } from './clientRequests';
import { Configuration } from './configuration';
import { FIX_ALL_KIND, SEMANTIC_TOKENS_LEGEND } from './convert';
import { Diagnostics } from './diagnostics';
import { FolderWatchers } from './folderWatchers';
import { Guard } from './guard';
import { Indexing, within } from './indexing';
import { routeRequests } from './requests';
import type { ServerLimits, Session } from './session';

/** The name VS Code keeps pulled diagnostics under. */
export const PULL_DIAGNOSTICS_ID = 'breakdown-pull';

const DEFAULT_LIMITS: ServerLimits = { settingsWaitMs: 5_000, registriesWaitMs: 5_000, indexWaitMs: 10_000, documentReadWaitMs: 5_000 };

/** What the host gives: the service's file system, workbook writer, event-loop turns and pinyin, and the process figures and limits of its own. */
export interface ServerHost extends Pick<LanguageServiceHost, 'fileSystem' | 'writeWorkbook' | 'yieldToEventLoop'> {
	/** Pinyin for completion and the filters (see PinyinReader), or undefined, said so: without it they match Chinese only. */
	pinyin: LanguageServiceHost['pinyin'] | undefined;
	stats?: HostStats;
	limits?: Partial<ServerLimits>;
	/** Marks an answer sent again and again unchanged (a version's outline, a unit's references): the host may keep its encoding. */
	keepEncoded?: <T extends object>(answer: T, json?: () => readonly string[]) => T;
	/** Called once the first findings are answered (pulled) or sent (pushed). */
	afterFirstFindings?: () => void;
}

/**
 * The language service behind an LSP connection: the service does the work; this layer keeps it
 * told (configuration, indexing), answers diagnostics, routes requests (each guarded) and speaks
 * to the client only as it declared (ClientRequests). Nothing waits in a circle: the first scan
 * waits for the first settings, the first findings for the settings and the registries, each
 * bounded; nothing waits on a request.
 */
export function startServer(connection: Connection, host: ServerHost): void {
	const limits: ServerLimits = { ...DEFAULT_LIMITS, ...host.limits };
	let features: ClientFeatures = clientFeatures({});
	/** Log lines go to the client; once the connection is gone there is nobody to tell. */
	const logAs = (level: 'log' | 'error') => (message: string) => {
		try {
			connection.console[level](`[breakdown] ${message}`);
		} catch {
			// The connection is closed or disposed.
		}
	};
	const requests = new ClientRequests(connection, () => features, logAs('log'));
	const folderWatcher = new FolderWatchers(requests, () => features, logAs('log'));
	const service = createLanguageService({ fileSystem: host.fileSystem, folderWatcher, writeWorkbook: host.writeWorkbook, yieldToEventLoop: host.yieldToEventLoop, pinyin: host.pinyin, log: logAs('log'), warn: (problem) => requests.showWarning(service.localize(problem)), maxFiles: limits.workspaceFiles });
	const documents = new TextDocuments<LineDocument>({ create: LineDocument.create, update: LineDocument.update });
	const session: Session = { service, documents, requests, features: () => features, limits, log: logAs('log'), logError: logAs('error'), keepEncoded: host.keepEncoded ?? ((answer) => answer) };
	const guard = new Guard(service, session.logError);
	const diagnostics = new Diagnostics(session, host.afterFirstFindings);
	const configuration = new Configuration(session);
	const indexing = new Indexing(session, diagnostics);
	service.workspace.onDidChange(() => diagnostics.indexChanged());

	connection.onInitialize((params): InitializeResult => {
		configuration.clientLocale = params.locale;
		const folders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
		service.workspace.setFolders(folders.length === 0 && params.rootUri ? [params.rootUri] : folders);
		features = clientFeatures(params.capabilities);
		let markRegistriesRead: () => void = () => undefined;
		const registriesRead = new Promise<void>((resolve) => (markRegistriesRead = resolve));
		diagnostics.ready = within(configuration.ready, limits.settingsWaitMs).then(() => within(registriesRead, limits.registriesWaitMs));
		configuration.apply((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
		// Scheduled now, before any request can arrive, so cross-file requests wait for the whole scan.
		void service.workspace.scan({ before: () => within(configuration.ready, limits.settingsWaitMs), registriesRead: markRegistriesRead });
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
				...{ workspaceSymbolProvider: true, referencesProvider: true, definitionProvider: true, hoverProvider: true, documentHighlightProvider: true, foldingRangeProvider: true },
				documentSymbolProvider: { label: 'breakdown' },
				completionProvider: { triggerCharacters: [...COMPLETION_TRIGGERS] },
				renameProvider: { prepareProvider: true },
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
				codeLensProvider: { resolveProvider: false },
				semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true } },
				executeCommandProvider: { commands: [CreateRegistryCommand, TellCommand] },
				// Not `breakdown`: vscode-languageclient names its collection of pushed diagnostics after the client
				// id (breakdown) and the pulled ones after this identifier; one name twice, and VS Code warns.
				diagnosticProvider: features.pullDiagnostics ? { identifier: PULL_DIAGNOSTICS_ID, interFileDependencies: true, workspaceDiagnostics: false } : undefined,
				workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
			},
			serverInfo: { name: 'breakdown' },
		};
	});
	connection.onInitialized(
		guard.notification('initialized', () => {
			diagnostics.initialized = true;
			requests.registerWatchers();
			if (features.workspaceFolders) {
				// Declared at initialize (changeNotifications), so the library registers nothing more.
				connection.workspace.onDidChangeWorkspaceFolders(
					guard.notification('didChangeWorkspaceFolders', (event) => service.workspace.changeFolders(event.added.map((folder) => folder.uri), event.removed.map((folder) => folder.uri))),
				);
			}
			return configuration.initialized();
		}),
	);
	connection.onShutdown(() => {
		if (guard.shutDown) {
			throw new ResponseError(ErrorCodes.InvalidRequest, 'breakdown: shutdown was already received');
		}
		guard.shutDown = true;
	});
	connection.onDidChangeConfiguration(guard.notification('didChangeConfiguration', (params) => configuration.changed(params)));

	indexing.listen(connection, guard);
	diagnostics.listen(connection, guard);
	routeRequests(connection, session, guard, (token) => indexing.indexed(token), host.stats);
	documents.listen(connection);
	connection.listen();
}
