import { KeptTaskFindings } from '../checks/keptTaskFindings';
import type { Finding } from '../checks/finding';
import { BreakdownEngine } from '../engine';
import { followUpCache } from '../features/outline';
import { PinyinIndex, type PinyinReader } from '../features/pinyinIndex';
import { decodeSemanticTokens } from '../features/semanticTokens';
import type { FoldingRange } from '../features/foldingRanges';
import type { WorkbookWriter } from '../features/tableExport';
import type { TaskTable } from '../features/taskTable';
import type { TableQuery, TaskTableView } from '../features/taskTableView';
import { localize, type Locale, type Message } from '../messages/message';
import type { DocumentChanges } from '../text/lineDocument';
import type { LineIndex, Position, Range } from '../text/lineIndex';
import { registryUriFor } from './registryUri';
import type { FileWatcher, FolderWatcher, WorkspaceFileSystem } from '../workspace/fileSystem';
import { Workspace } from '../workspace/workspace';
import { uriKey } from '../workspace/uris';
import { DocumentAnswers, type AnswerKind, type DocumentState } from './documentAnswers';
import { FindingMessages } from './findingMessages';
import { codeActions, completion, prepareRename, registryCommand, rename } from './editing';
import { filesToLint, lintFile, type FileLint, type LintState } from './files';
import { definition, highlights, hover, references, workspaceSymbols } from './navigation';
import { documentFindings, findingsInSteps, indexedUri, unitAtPosition, type ServiceContext } from './serviceContext';
import { DEFAULT_SETTINGS, effectiveLocale, readSettings, type BreakdownSettings } from './settings';
import { exportTable, taskTable, taskTableView, type TableExport, type TableExportRequest } from './tables';
import { hiddenFindings, unhideFindings } from './hiddenEdits';
import type { CodeActionItem, CodeLensItem, CompletionItem, Diagnostic, EditorAbilities, HiddenFileAnswer, HiddenFindingsList, Highlight, HoverText, Location, NoticeSummary, OutlineSymbol, RegistryCommand, RenameAnswer, SemanticToken, SymbolItem, UnitItem, UnitScope, UnitSummaryItem } from './types';
import { classify, documentOutline, documentOutlineInSteps, folding, noticeSummary, registryLenses, encodedTokens, encodedTokensInSteps, unitItem, unitTree } from './views';
import type { NoticeText } from '../text/noticeText';

/** Tasks a step of an outline or of tokens prepared in steps goes over (a notice of megabytes). */
const PREPARED_TASKS_PER_STEP = 250;

export interface LanguageServiceHost {
	fileSystem: WorkspaceFileSystem;
	/** File events; a host without a watcher tells the workspace itself (`workspace.filesChanged`). */
	watcher?: FileWatcher;
	/** Watches the folders read beside a notice opened in a window without a workspace folder: the server asks the client's watcher. */
	folderWatcher?: FolderWatcher;
	log?(message: string): void;
	/** A message for the user: a configured registry that cannot be read, the file cap reached, a hidden-findings file that cannot be read. */
	warn?(message: Message): void;
	/** At most this many text files a workspace folder are read (registries always are). */
	maxFiles?: number;
	/** A file's name as a message shows it (the CLI: relative to the current folder); by default relative to its workspace folder. */
	describe?(uri: string): string;
	/** Writes a workbook (exceljs, in Node); without one, the task table exports to CSV only. */
	writeWorkbook?: WorkbookWriter;
	/** Lets the event loop run (Node: setImmediate): a notice of megabytes is then read in slices. */
	yieldToEventLoop?(): Promise<void>;
	/** Pinyin of unit names, for what a clerk types in Latin letters (`fgw` → 市发改委); without it, names match Chinese only. */
	pinyin?: PinyinReader;
}

/**
 * Every feature of breakdown over one workspace, in the core's terms: what the editor asks (through
 * the LSP layer) and what the CLI runs. Positions are line/UTF-16 character, as LSP counts them;
 * texts come in the configured locale. Cross-file answers read what the workspace holds now: a
 * host that must not answer from a half-read workspace waits for `workspace.idle()` first.
 */
export interface LanguageService {
	/** Documents, files on disk, folders and the read queue. */
	readonly workspace: Workspace;
	/** Changes whenever a registry changes: every notice's findings may change then. */
	readonly registryVersion: number;
	/** Changes whenever a registry, a hidden-findings file or the settings change: every open document's findings may change then. */
	readonly findingsVersion: string;
	/** Applies settings (`auto` locale resolved with the editor's); returns the problems with them. */
	configure(settings: BreakdownSettings, clientLocale?: string): Message[];
	/**
	 * Applies settings as an editor sends them, read and validated, when they read differently from
	 * the last ones applied this way; says their problems (`host.warn`: every problem is said once,
	 * again only after such a change) and returns them, or undefined when nothing changed.
	 */
	applyEditorSettings(raw: unknown, clientLocale?: string): Message[] | undefined;
	readonly locale: Locale;
	localize(message: Message): string;

	// A document's diagnostics, outline, folding ranges, tokens and code lenses are computed once per
	// state of what they depend on and kept (DocumentAnswers): the same array comes back until an
	// edit, a registry or a settings change. They are shared: a caller must not change them.
	diagnostics(uri: string): Diagnostic[] | undefined;
	/** Checks an open notice in steps with the event loop running between them, so that `diagnostics` answers from what is kept (a notice of megabytes). */
	prepareDiagnostics(uri: string): Promise<void>;
	/**
	 * An open document's new text (`workspace.openDocument`, the content changes going along so that
	 * only the runs of tasks they touch are read again). Undefined when it is read at once; for a
	 * notice of megabytes, read then checked in slices, a promise resolved once both are done: its
	 * findings are ready then; its outline and tokens are made in steps after them (`documentReady`).
	 */
	openDocument(uri: string, text: NoticeText, version: number, changes?: DocumentChanges): Promise<void> | undefined;
	/**
	 * Resolves once the open document's last version given is read and checked (a notice of
	 * megabytes, in slices), or (`views`) its outline and tokens are made too; undefined when it is.
	 */
	documentReady(uri: string, what?: 'checked' | 'views'): Promise<void> | undefined;
	outline(uri: string): OutlineSymbol[];
	foldingRanges(uri: string): FoldingRange[];
	semanticTokens(uri: string): SemanticToken[];
	/** The same tokens encoded as the protocol sends them (`encodedSemanticTokens`), made on every version the editor asks for: the same array while the version is the same. */
	encodedSemanticTokens(uri: string): Int32Array;
	/** Whether a plain-text document reads as a notice. */
	classify(text: string): boolean;

	definition(uri: string, position: Position): Location | undefined;
	references(uri: string, position: Position, includeDeclaration: boolean): readonly Location[];
	highlights(uri: string, position: Position): Highlight[];
	hover(uri: string, position: Position): HoverText | undefined;
	workspaceSymbols(query: string): SymbolItem[];

	completion(uri: string, position: Position): CompletionItem[] | undefined;
	prepareRename(uri: string, position: Position): { range: Range; placeholder: string } | undefined;
	rename(uri: string, position: Position, newName: string): RenameAnswer | undefined;
	codeActions(uri: string, diagnostics: ReadonlyArray<{ code?: unknown; range: Range }>, wanted: { quickFixes: boolean; fixAll: boolean; canCreateFiles: boolean }): CodeActionItem[];
	/** The create-registry command's edit for a notice, refused where the editor cannot make it. */
	registryCommand(uri: string, editor?: EditorAbilities): Promise<RegistryCommand | undefined>;
	/** Every hidden finding of the workspace (the list a clerk removes entries from). */
	hiddenFindings(): HiddenFindingsList;
	/** The change that removes entries (by key) from a hidden-findings file, or why it cannot be rewritten. */
	unhideFindings(file: string, keys: readonly string[]): HiddenFileAnswer | undefined;

	codeLenses(uri: string): CodeLensItem[];
	/** The status bar on a notice: tasks, tasks without a lead, findings; undefined for anything else. */
	noticeSummary(uri: string): NoticeSummary | undefined;
	/** Every unit of the workspace with its counts, no task (the Units view's top level); `filter` keeps those whose name holds it, or its pinyin. */
	unitTree(filter?: string): UnitSummaryItem[];
	/** The unit at a position with its tasks (a unit no notice names has none). */
	unitTasks(uri: string, position: Position): UnitItem | undefined;
	/** A unit of the Units view, by identity, as it is expanded: its notices, and its tasks as `scope` asks (all, one notice's, none); undefined when no notice names it any more. */
	unitOfView(identity: string, scope?: UnitScope): UnitItem | undefined;
	/** The registries that apply to a notice, and where a new one would go. */
	registriesFor(uri: string): { uris: string[]; suggested: string };
	/** The task table of a notice, or of every notice of the workspace. */
	taskTable(uri?: string): TaskTable;
	/** The task-table view of a notice for a query (unit, role, sort), or undefined when it is not a notice. */
	taskTableView(uri: string, query: TableQuery): TaskTableView | undefined;
	/** The task table of a notice or of the workspace as a file (xlsx or CSV), or undefined when there is nothing to export. */
	exportTable(request: TableExportRequest): Promise<TableExport | undefined>;

	/** The text files a command line names, and the URIs that name nothing. */
	filesToLint(uris: readonly string[]): Promise<{ uris: string[]; missing: string[] }>;
	/** Checks one file on its own, with the registries that apply to it (the CLI). */
	lintFile(uri: string): Promise<FileLint>;
}

/**
 * What a document's kept answers depend on: its entry in the index (replaced when the file is
 * read again) and version (an edit), its model, the registries, the hidden findings, the settings
 * and the locale; a code lens also counts every notice of the workspace.
 */
function documentState(workspace: Workspace, uri: string, kind: AnswerKind, settings: BreakdownSettings, locale: Locale): DocumentState {
	const { index } = workspace;
	const notice = index.getNotice(uri);
	const registry = notice ? undefined : index.getRegistry(uri);
	const state = [notice ?? registry, notice?.version ?? registry?.version, notice?.notice, notice?.digest, registry?.registry, index.registryVersion, index.hidden.version, settings, locale];
	return kind === 'codeLens' ? [...state, index.version] : state;
}

/**
 * A document's findings as diagnostics: ranges, messages in the locale. `before`, the diagnostics of
 * an earlier version: one that says the same at the same range is taken as it is. A keystroke lists
 * every finding again, and made each diagnostic anew, its range and its related locations (22 of
 * the 208 KB a keystroke allocated in the 200 KB notice over stdio); an edit moves few of them.
 */
function diagnostics(context: ServiceContext, uri: string, before?: readonly Diagnostic[]): Diagnostic[] | undefined {
	const found = documentFindings(context, uri);
	if (!found) {
		return undefined;
	}
	const locale = context.locale();
	const { lineIndex, findings } = found;
	const made = new Array<Diagnostic>(findings.length);
	// Both lists are in the order of their ranges: the earlier diagnostics before a finding's start are passed by.
	let next = 0;
	for (let f = 0; f < findings.length; f++) {
		const finding = findings[f];
		const message = context.messages.of(finding, locale);
		let diagnostic: Diagnostic | undefined;
		if (before !== undefined) {
			while (next < before.length && lineIndex.offsetAt(before[next].range.start) < finding.span.start) {
				next++;
			}
			if (next < before.length && saysTheSame(context, uri, lineIndex, finding, message, before[next], locale)) {
				diagnostic = before[next++];
			}
		}
		made[f] = diagnostic ?? {
			range: lineIndex.rangeOf(finding.span),
			severity: finding.severity,
			code: finding.code,
			message,
			related: finding.related.map((related) => ({ location: { uri: related.uri ?? uri, range: lineIndex.rangeOf(related.span) }, message: context.messages.related(related.message, locale) })),
		};
	}
	return made;
}

/** Whether a diagnostic made before says what `finding` says, where it says it: its code, severity, message, range and related locations. */
function saysTheSame(context: ServiceContext, uri: string, lineIndex: LineIndex, finding: Finding, message: string, diagnostic: Diagnostic, locale: Locale): boolean {
	if (diagnostic.code !== finding.code || diagnostic.severity !== finding.severity || diagnostic.message !== message || diagnostic.related.length !== finding.related.length) {
		return false;
	}
	if (!lineIndex.isAt(finding.span.start, diagnostic.range.start) || !lineIndex.isAt(finding.span.end, diagnostic.range.end)) {
		return false;
	}
	for (let r = 0; r < finding.related.length; r++) {
		const related = finding.related[r];
		const { location, message: relatedMessage } = diagnostic.related[r];
		if (location.uri !== (related.uri ?? uri) || !lineIndex.isAt(related.span.start, location.range.start) || !lineIndex.isAt(related.span.end, location.range.end) || relatedMessage !== context.messages.related(related.message, locale)) {
			return false;
		}
	}
	return true;
}

export function createLanguageService(host: LanguageServiceHost): LanguageService {
	const engine = new BreakdownEngine();
	const log = host.log ?? (() => undefined);
	/** Problems said (by their text) since the editor's settings last changed: each is said once, again only after a change. */
	const said = new Set<string>();
	const warn = (problem: Message) => {
		const text = localize(problem, locale);
		if (!said.has(text)) {
			said.add(text);
			host.warn?.(problem);
		}
	};
	const workspace = new Workspace(engine, { fileSystem: host.fileSystem, watcher: host.watcher, folderWatcher: host.folderWatcher, log, warn, maxFiles: host.maxFiles ?? 20_000, describe: host.describe, yieldToEventLoop: host.yieldToEventLoop });
	let settings = DEFAULT_SETTINGS;
	let locale: Locale = 'zh-cn';
	/** Settings applied so far: part of the findings version. */
	let configured = 0;
	/** The editor's settings last applied, as read. */
	let editorSettings: string | undefined;
	const configure = (next: BreakdownSettings, clientLocale?: string): Message[] => {
		settings = next;
		locale = effectiveLocale(next, clientLocale);
		configured++;
		context.findingCache = new WeakMap();
		const problem = workspace.configure(next.registry, next.maxFileSize);
		return problem ? [problem] : [];
	};
	const context: ServiceContext = {
		engine,
		workspace,
		index: workspace.index,
		pinyin: new PinyinIndex(host.pinyin),
		settings: () => settings,
		locale: () => locale,
		findingCache: new WeakMap(),
		keptFindings: new KeptTaskFindings(),
		followUps: followUpCache(),
		outlineSymbols: new WeakMap(),
		answers: new DocumentAnswers((uri, kind) => documentState(workspace, uri, kind, settings, locale)),
		messages: new FindingMessages(),
	};
	// After every change of the workspace: a document closed leaves answers that can never be handed out again.
	workspace.onDidChange(() => context.answers.dropClosed((key) => workspace.isOpenKey(key)));
	const lintState: LintState = { listings: new Map(), hiddenFilesRead: new Set() };
	const inSteps = async (steps: Generator<void, void, void>) => {
		while (!steps.next().done) {
			await host.yieldToEventLoop?.();
		}
	};
	const prepareDiagnostics = (uri: string) => inSteps(findingsInSteps(context, uri));
	// What the editor asks for right after opening a notice too: its outline and tokens, some ten
	// thousand tasks' worth in a notice of megabytes, each once a block of a few hundred milliseconds.
	const prepareViews = async (uri: string) => {
		await inSteps(context.answers.prepare(uri, 'encodedTokens', () => encodedTokensInSteps(context, uri, PREPARED_TASKS_PER_STEP)));
		await inSteps(context.answers.prepare(uri, 'outline', () => documentOutlineInSteps(context, uri, PREPARED_TASKS_PER_STEP)));
	};
	const encodedSemanticTokens = (uri: string) => context.answers.get(uri, 'encodedTokens', () => encodedTokens(context, uri));
	/**
	 * The open documents read in slices, by their key (as the workspace's), until their last version
	 * given is checked (`checked`) and its outline and tokens made (`views`).
	 */
	const slicedReads = new Map<string, SlicedRead>();
	const lastRead = async (key: string, what: 'checked' | 'views') => {
		// A newer version may have started its slices meanwhile: wait for the last one given.
		for (let read = slicedReads.get(key); read; read = slicedReads.get(key)) {
			await read[what].catch(() => undefined);
			if (slicedReads.get(key) === read) {
				return;
			}
		}
	};
	return Object.freeze<LanguageService>({
		workspace,
		get registryVersion() {
			return workspace.index.registryVersion;
		},
		get findingsVersion() {
			return `${workspace.index.registryVersion}.${workspace.index.hidden.version}.${configured}`;
		},
		get locale() {
			return locale;
		},
		configure,
		// Compared as read, not as sent: the editor's first answer to `workspace/configuration` repeats
		// the `initializationOptions` (or sends `{}` where they were empty), and checking every open
		// notice again for it delayed the first findings by a whole read.
		applyEditorSettings(raw, clientLocale) {
			const read = readSettings(raw);
			const key = JSON.stringify(read);
			if (key === editorSettings) {
				return undefined;
			}
			editorSettings = key;
			said.clear();
			const problems = [...read.problems, ...configure(read.settings, clientLocale)];
			problems.forEach(warn);
			return problems;
		},
		localize: (text) => localize(text, locale),
		openDocument(uri, text, version, changes) {
			// A version typed past before its turn came is not read (see workspace.openDocument), and is
			// not checked either: each such version checked the notice held, all of them at once, each to
			// its end (typing 100 keystrokes in a 2 MB notice made 101 checks of its 8,800 tasks, up to
			// twelve at a time). The last version given is checked, and its outline and tokens made.
			// Such a version's promise resolves once the versions given after it are (what waits on it, a
			// push of diagnostics, then finds the findings ready instead of checking in one block).
			const latest = () => workspace.openVersion(uri) === version;
			const reading = workspace.openDocument(uri, text, version, changes);
			const key = uriKey(uri);
			if (!reading) {
				slicedReads.delete(key);
				return undefined;
			}
			const read: SlicedRead = { checked: Promise.resolve(), views: Promise.resolve() };
			// The reads given after this one (never this one: it would wait on itself).
			const afterNewer = (what: 'checked' | 'views') => (slicedReads.has(key) && slicedReads.get(key) !== read ? lastRead(key, what) : undefined);
			read.checked = reading.then(() => (latest() ? prepareDiagnostics(uri) : afterNewer('checked')));
			read.views = read.checked.then(() => (latest() ? prepareViews(uri) : afterNewer('views')));
			slicedReads.set(key, read);
			void read.views.finally(() => slicedReads.get(key) === read && slicedReads.delete(key)).catch(() => undefined);
			return read.checked;
		},
		documentReady: (uri, what = 'checked') => (slicedReads.has(uriKey(uri)) ? lastRead(uriKey(uri), what) : undefined),
		prepareDiagnostics,
		diagnostics: (uri) => context.answers.get<Diagnostic[] | undefined>(uri, 'diagnostics', (before) => diagnostics(context, uri, before)),
		outline: (uri) => context.answers.get(uri, 'outline', () => documentOutline(context, uri)),
		foldingRanges: (uri) => context.answers.get(uri, 'folding', () => folding(context, uri)),
		// The editor asks for the encoded tokens (after every keystroke); the tokens one by one are those read back.
		semanticTokens: (uri) => context.answers.get(uri, 'tokens', () => decodeSemanticTokens(encodedSemanticTokens(uri))),
		encodedSemanticTokens,
		classify: (text) => classify(context, text),
		definition: (uri, position) => definition(context, uri, position),
		references: (uri, position, includeDeclaration) => references(context, uri, position, includeDeclaration),
		highlights: (uri, position) => highlights(context, uri, position),
		hover: (uri, position) => hover(context, uri, position),
		workspaceSymbols: (query) => workspaceSymbols(context, query),
		completion: (uri, position) => completion(context, uri, position),
		prepareRename: (uri, position) => prepareRename(context, uri, position),
		rename: (uri, position, newName) => rename(context, uri, position, newName),
		codeActions: (uri, diagnostics, wanted) => codeActions(context, uri, diagnostics, wanted),
		registryCommand: (uri, editor) => registryCommand(context, uri, editor),
		hiddenFindings: () => hiddenFindings(context),
		unhideFindings: (file, keys) => unhideFindings(context, file, keys),
		codeLenses: (uri) => context.answers.get(uri, 'codeLens', () => registryLenses(context, uri)),
		noticeSummary: (uri) => noticeSummary(context, uri),
		unitTree: (filter) => unitTree(context, filter),
		unitTasks(uri, position) {
			const found = unitAtPosition(context, uri, position);
			return found && unitItem(context, found.identity, found.name);
		},
		unitOfView: (identity, scope) => unitItem(context, identity, undefined, scope),
		registriesFor: (uri) => ({ uris: workspace.index.registriesFor(uri).map((registry) => indexedUri(context, registry.uri)), suggested: registryUriFor(context, uri) }),
		taskTable: (uri) => taskTable(context, uri),
		taskTableView: (uri, query) => taskTableView(context, uri, query),
		exportTable: (request) => exportTable(context, request, host.writeWorkbook),
		filesToLint: (uris) => filesToLint(context, uris),
		lintFile: (uri) => lintFile(context, uri, lintState),
	});
}

/** An open document's read in slices: resolved once its version is checked (`checked`), and once its outline and tokens are made too (`views`). */
interface SlicedRead {
	checked: Promise<void>;
	views: Promise<void>;
}
