import type { BreakdownEngine } from '../engine';
import type { Message } from '../messages/message';
import type { DocumentChanges } from '../text/lineDocument';
import type { Disposable, FileChange, FileRead, FileWatcher, FolderWatcher, WorkspaceFileSystem } from './fileSystem';
import { FilesBesideNotices } from './filesBesideNotices';
import { isHiddenFindingsUri, isSkippedFolder, isTextFileName } from './fileNames';
import { registryProblemMessage, resolveRegistrySetting } from './registrySetting';
import { basename, isInside, isWorkspaceDocumentUri, uriKey } from './uris';
import { WorkspaceIndex } from './workspaceIndex';
import { WorkspaceReader } from './workspaceReader';
import { flatText, type NoticeText } from '../text/noticeText';

export interface WorkspaceHost {
	fileSystem: WorkspaceFileSystem;
	/** File events from the host (the editor's watcher); without one, call `filesChanged`. */
	watcher?: FileWatcher;
	/** Watches the folders read beside a notice opened in a window without a workspace folder (see FilesBesideNotices). */
	folderWatcher?: FolderWatcher;
	log(message: string): void;
	/** A message for the user (a configured registry that cannot be read, the file cap reached). */
	warn(message: Message): void;
	/** At most this many text files a folder are read (registries always are). */
	maxFiles: number;
	/** A file's name as a message shows it; by default relative to the workspace folder that holds it. */
	describe?(uri: string): string;
	/** Lets the event loop run (Node: setImmediate); without it a document is read in one go. */
	yieldToEventLoop?(): Promise<void>;
}

/** A folder's key without its trailing slash, to compare folders as named by different hosts. */
function folderKey(folder: string): string {
	return uriKey(folder).replace(/\/$/, '');
}

/** Open documents this long (UTF-16 code units, about 850 KB in UTF-8) are read in slices. */
const SLICED_READ_LENGTH = 300_000;
/** About 10 ms of reading on the 2-core machine. */
const LINES_PER_SLICE = 300;
/**
 * An edit of a notice this long or shorter, of at most this many changes and characters typed or
 * pasted, made to the version held, is read in one go all the same (see editInOneGo).
 */
const EDIT_IN_ONE_GO_LENGTH = 1_500_000;
const EDIT_IN_ONE_GO_CHANGES = 16;
const EDIT_IN_ONE_GO_CHARACTERS = 16_384;

/**
 * The workspace as the service sees it: the open documents (their text wins over the disk), the
 * files under the workspace folders, and which registry applies where (`index`). Disk reads run
 * one after another (`schedule`), so a file event, a scan and a closed document never interleave;
 * `idle` resolves when nothing is left to read. Listeners hear of every change.
 */
export class Workspace {
	readonly index: WorkspaceIndex;
	private readonly reader: WorkspaceReader;
	private readonly open = new Map<string, { uri: string; text: NoticeText; version: number }>();
	private readonly listeners = new Set<() => void>();
	private readonly subscription: Disposable | undefined;
	private folderUris: readonly string[] = [];
	/** The registries and `.breakdown/ignore.json` files read beside the notices open in a window without a workspace folder. */
	private readonly beside: FilesBesideNotices;
	private registryUri: string | undefined;
	private maxFileSize = 5_000_000;
	private tail: Promise<unknown> = Promise.resolve();
	/** Open documents being read in slices, by key: the last version's read. */
	private readonly slicedReads = new Map<string, Promise<void>>();
	/** Notices opened without a workspace folder whose registries above are being read, by key (see besideRead). */
	private readonly besideReads = new Map<string, Promise<unknown>>();

	constructor(
		engine: BreakdownEngine,
		private readonly host: WorkspaceHost,
	) {
		this.index = new WorkspaceIndex(engine, () => ({ registryUri: this.registryUri, maxFileSize: this.maxFileSize }));
		this.reader = new WorkspaceReader({
			fileSystem: host.fileSystem,
			index: this.index,
			isOpen: (uri) => this.open.has(uriKey(uri)),
			folders: () => this.folderUris,
			foldersToRead: (uri) => this.foldersToRead(uri),
			maxFileSize: () => this.maxFileSize,
			maxFiles: host.maxFiles,
			log: host.log,
			warn: host.warn,
			describe: (uri) => this.describe(uri),
			yieldToEventLoop: host.yieldToEventLoop,
		});
		this.beside = new FilesBesideNotices({
			fileSystem: host.fileSystem,
			watcher: host.folderWatcher,
			read: (uri) => this.reader.read(uri),
			drop: (uri) => {
				if (!this.isOpen(uri)) {
					this.index.remove(uri);
				}
			},
		});
		this.subscription = host.watcher?.onDidChangeFiles((changes) => void this.filesChanged(changes));
	}

	dispose(): void {
		this.subscription?.dispose();
	}

	/** A file's name for a message: the host's way, or its path relative to the workspace folder holding it. */
	describe(uri: string): string {
		if (this.host.describe) {
			return this.host.describe(uri);
		}
		const key = uriKey(uri);
		const folder = this.folderUris.map(uriKey).find((candidate) => key.startsWith(candidate.replace(/\/$/, '') + '/'));
		return folder ? key.slice(folder.replace(/\/$/, '').length + 1) : key.replace(/^file:\/\//, '');
	}

	/** The workspace folders (URIs): nothing outside them is read from disk. */
	get folders(): readonly string[] {
		return this.folderUris;
	}

	setFolders(folders: readonly string[]): void {
		this.folderUris = [...folders];
	}

	/**
	 * Workspace folders added or removed in the editor: the files under a removed one leave the index
	 * (but open documents, whose text is the editor's, and files still under another folder), and an
	 * added one is scanned as the folders are at start, its registries first.
	 */
	changeFolders(added: readonly string[], removed: readonly string[]): Promise<void> {
		const gone = new Set(removed.map(folderKey));
		const kept = this.folderUris.filter((folder) => !gone.has(folderKey(folder)));
		const fresh = added.filter((folder, index) => !kept.some((held) => folderKey(held) === folderKey(folder)) && added.findIndex((other) => folderKey(other) === folderKey(folder)) === index);
		this.folderUris = [...kept, ...fresh];
		return this.schedule('changing the workspace folders', async () => {
			for (const folder of removed) {
				this.dropInside(folder, true);
			}
			await this.reader.scan(() => this.changed(), fresh);
			this.changed();
		}) as Promise<void>;
	}

	/** Drops what the index holds under a folder, but open documents; `outsideFolders`: and what another workspace folder still holds. */
	private dropInside(folder: string, outsideFolders: boolean): void {
		const held = outsideFolders ? this.folderUris.map(folderKey) : [];
		for (const uri of this.index.urisInside(folder)) {
			if (!this.isOpen(uri) && !held.some((kept) => isInside(uriKey(uri), kept))) {
				this.index.remove(uri);
			}
		}
	}

	/**
	 * Applies `breakdown.registry` and the size limit: open documents are read again under the new
	 * limit, and the configured registry is read (queued, never waited for). Returns the problem
	 * with the registry setting, if any.
	 */
	configure(registrySetting: string, maxFileSize: number): Message | undefined {
		const sizeChanged = maxFileSize !== this.maxFileSize;
		this.maxFileSize = maxFileSize;
		const resolved = resolveRegistrySetting(registrySetting, this.folderUris);
		const registryUri = resolved && 'uri' in resolved ? resolved.uri : undefined;
		if (registryUri !== this.registryUri) {
			this.registryUri = registryUri;
			this.index.registriesMoved();
		}
		// The size limit is the only setting a reading depends on (the registry is applied when checking).
		for (const document of sizeChanged ? this.open.values() : []) {
			if (!isHiddenFindingsUri(document.uri)) {
				this.index.update(document.uri, document.text, document.version, true);
			}
		}
		if (sizeChanged) {
			// Files on disk the old limit left out are read under the new one (and those it let in, under a lower one): raised, a notice left out stayed out until a reload.
			void this.schedule('reading files again under the size limit', async () => {
				const files = this.reader.sizeLimited();
				for (const uri of files) {
					await this.reader.read(uri);
				}
				if (files.length > 0) {
					this.changed();
				}
			});
		}
		const configured = this.registryUri;
		if (configured) {
			void this.schedule('reading breakdown.registry', async () => {
				if (!this.index.getRegistry(configured)) {
					const kind = await this.reader.read(configured);
					if (kind !== 'text' && kind !== 'open') {
						this.host.warn(registryProblemMessage(registrySetting, kind));
					}
				}
				this.changed();
			});
		}
		this.changed();
		return resolved && 'problem' in resolved ? registryProblemMessage(registrySetting, resolved.problem) : undefined;
	}

	/** A registry named outside the workspace settings (the CLI's --registry), read as a registry whatever its file name, for every notice. */
	async useRegistry(uri: string): Promise<Exclude<FileRead, { kind: 'text' }> | undefined> {
		const read = await this.readText(uri);
		if (read.kind !== 'text') {
			return read;
		}
		this.index.updateRegistry(uri, read.text, undefined);
		this.registryUri = uri;
		return undefined;
	}

	/** Whether one registry applies to every notice (breakdown.registry, --registry) instead of those beside each notice. */
	get registryInUse(): boolean {
		return this.registryUri !== undefined;
	}

	get fileSystem(): WorkspaceFileSystem {
		return this.host.fileSystem;
	}

	/** Reads a file into the index in its turn on the queue, wherever it lies in the folders (the registry beside an open notice), and tells the listeners. */
	readInTurn(uri: string): Promise<FileRead['kind'] | 'open' | undefined> {
		return this.schedule(`reading ${uri}`, async () => {
			const kind = await this.reader.read(uri);
			this.changed();
			return kind;
		});
	}

	/** Reads a file into the index now (a notice, a registry, a `.breakdown/ignore.json`), or drops it when it cannot be read. */
	read(uri: string): Promise<FileRead['kind'] | 'open'> {
		return this.reader.read(uri);
	}

	/** A file's text from the host, within the folders and the size limit (a character is at most four bytes in UTF-8 and GB18030). */
	readText(uri: string): Promise<FileRead> {
		return this.host.fileSystem.readFile(uri, { folders: this.foldersToRead(uri), maxBytes: this.maxFileSize * 4 });
	}

	/** Where `uri` may be read from: the workspace folders, or its own folder for a file that applies to a notice opened without one. */
	private foldersToRead(uri: string): readonly string[] {
		const own = this.beside.folderOf(uri);
		return own !== undefined ? [...this.folderUris, own] : this.folderUris;
	}

	/**
	 * A notice opened in a window without a workspace folder (a clerk double-clicks the file): the
	 * registries and `.breakdown/ignore.json` files in its folder and the folders above it are read,
	 * as the CLI reads them, and nothing else there — no other notice, no scan. Without this the
	 * editor showed no unknown-unit finding where the CLI, on the same file, did.
	 */
	private readBesideNotice(uri: string): void {
		if (this.folderUris.length > 0 || !uri.startsWith('file:')) {
			return;
		}
		this.beside.opened(uri);
		const key = uriKey(uri);
		const read: Promise<unknown> = this.schedule(`reading the registries above ${uri}`, () => this.updateBesideNotices()).finally(() => {
			if (this.besideReads.get(key) === read) {
				this.besideReads.delete(key);
			}
		});
		this.besideReads.set(key, read);
	}

	/**
	 * While the registries above a notice just opened without a workspace folder are being read:
	 * resolves once they are (never rejects). Its first findings wait for it, as a workspace's wait
	 * for the registries of the scan: answered before, they lacked every registry finding, and
	 * answered between the registry in the notice's folder and the one above, they named units only
	 * the one above lists unknown.
	 */
	besideRead(uri: string): Promise<unknown> | undefined {
		return this.besideReads.get(uriKey(uri));
	}

	/** Reads what the open notices need beside them and drops what they no longer need; tells the listeners when that changed anything. */
	private async updateBesideNotices(): Promise<void> {
		if (await this.beside.update()) {
			this.changed();
		}
	}

	// ---- open documents ---------------------------------------------------------------------

	/**
	 * An open document (or a new version of one): its text is what the workspace holds. Only `file:`
	 * and `untitled:` documents count. `changes`, the editor's content changes from the version it
	 * names, say where to read again when that is the version held; otherwise the new text is
	 * compared with the one held.
	 */
	openDocument(uri: string, text: NoticeText, version: number, changes?: DocumentChanges): Promise<void> | undefined {
		if (!isWorkspaceDocumentUri(uri)) {
			return undefined;
		}
		const key = uriKey(uri);
		if (!this.open.has(key)) {
			this.readBesideNotice(uri);
		}
		this.open.set(key, { uri, text, version });
		if (isHiddenFindingsUri(uri)) {
			const problem = this.index.hidden.update(uri, flatText(text), (file) => this.describe(file));
			if (problem) {
				this.host.warn(problem);
			}
			this.changed();
			return undefined;
		}
		const reading = this.slicedReads.get(key);
		if (!reading && (!this.host.yieldToEventLoop || text.length < SLICED_READ_LENGTH || text.length > this.maxFileSize || this.editInOneGo(uri, text, changes))) {
			this.index.update(uri, text, version, true, changes);
			this.changed();
			return undefined;
		}
		// A notice of megabytes is read in slices with the event loop running between them, after the
		// slices of the version before; the index keeps the version before until the last slice.
		const job: Promise<void> = (reading ?? Promise.resolve())
			.then(async () => {
				if (this.open.get(key)?.version !== version) {
					// A newer version is read after this one: reading this one is of no use.
					return;
				}
				const steps = this.index.updateInSteps(uri, text, version, true, changes, LINES_PER_SLICE);
				while (!steps.next().done) {
					await this.host.yieldToEventLoop?.();
				}
				this.changed();
			})
			.catch((error: unknown) => this.host.log(`reading ${uri} failed: ${(error as Error)?.stack ?? String(error)}`))
			.finally(() => {
				if (this.slicedReads.get(key) === job) {
					this.slicedReads.delete(key);
				}
			});
		this.slicedReads.set(key, job);
		return job;
	}

	/**
	 * Whether an edit of a long notice is read in one go: a few changes, a few pages typed or pasted,
	 * to the version held, read from its reading. Such a reading takes the runs the edit does not
	 * touch in place, some 8 ms in a 2 MB notice; read in slices, it copies every run (the version held
	 * must stay whole between slices): some 200 ms of CPU a keystroke in that notice, its copies
	 * keeping none of the tasks' kept findings, outline names or symbols, and major collections of
	 * 50–130 ms while the clerk typed. An edit that makes the reading decide the task level again reads
	 * every run in one go, as long as a fresh read (the 2 MB notice, its code compiled: about 80 ms): a
	 * keystroke rarely does that in a notice of thousands of tasks. A first read, a whole new text, a
	 * replace-all and pasted pages are read in slices.
	 */
	private editInOneGo(uri: string, text: NoticeText, changes: DocumentChanges | undefined): boolean {
		if (changes === undefined || text.length > EDIT_IN_ONE_GO_LENGTH || changes.changes.length > EDIT_IN_ONE_GO_CHANGES) {
			return false;
		}
		const held = this.index.getNotice(uri);
		if (held?.reading === undefined || held.version !== changes.fromVersion) {
			return false;
		}
		let characters = 0;
		for (const change of changes.changes) {
			if (!('range' in change)) {
				return false;
			}
			characters += change.text.length;
		}
		return characters <= EDIT_IN_ONE_GO_CHARACTERS;
	}

	/** Resolves when the open document's text is read (a notice of megabytes is read in slices). */
	async documentRead(uri: string): Promise<void> {
		await this.slicedReads.get(uriKey(uri));
	}

	/** The document closed: the file on disk, not the editor's text, is what the workspace holds now. */
	closeDocument(uri: string): Promise<void> {
		if (!isWorkspaceDocumentUri(uri)) {
			return Promise.resolve();
		}
		this.open.delete(uriKey(uri));
		this.besideReads.delete(uriKey(uri));
		this.beside.closed(uri);
		const reading = this.slicedReads.get(uriKey(uri));
		return this.schedule('reading a closed document', async () => {
			// A read of the editor's text still in slices ends first: the disk's text comes after it.
			await reading;
			await this.reader.read(uri);
			await this.beside.update();
			this.changed();
		});
	}

	isOpen(uri: string): boolean {
		return this.open.has(uriKey(uri));
	}

	/** isOpen for a document's key (uriKey), made once by the caller. */
	isOpenKey(key: string): boolean {
		return this.open.has(key);
	}

	/** The version of the open document last given (see openDocument); undefined when it is not open. */
	openVersion(uri: string): number | undefined {
		return this.open.get(uriKey(uri))?.version;
	}

	// ---- the disk ---------------------------------------------------------------------------

	/** Runs `job` after every read scheduled before; a failure is logged and the queue goes on. */
	schedule<T>(what: string, job: () => Promise<T>): Promise<T | undefined> {
		const run = this.tail.then(job).catch((error: unknown) => {
			this.host.log(`${what} failed: ${(error as Error)?.stack ?? String(error)}`);
			return undefined;
		});
		this.tail = run;
		return run;
	}

	/** Resolves when nothing is left to read (reads scheduled meanwhile, and open documents read in slices, included). */
	async idle(): Promise<void> {
		let seen: Promise<unknown>;
		do {
			seen = this.tail;
			await seen;
			await Promise.all(this.slicedReads.values());
		} while (seen !== this.tail || this.slicedReads.size > 0);
	}

	/**
	 * Reads every folder: registries first and all of them, then the other text files (up to the
	 * cap). `before` runs first on the queue (the server waits there for its first settings);
	 * `registriesRead` is called once the registries are read (or the scan failed).
	 */
	scan(options: { before?: () => Promise<unknown>; registriesRead?: () => void } = {}): Promise<void> {
		return this.schedule('indexing the workspace', async () => {
			try {
				await options.before?.();
				await this.reader.scan(() => {
					options.registriesRead?.();
					this.changed();
				});
			} finally {
				options.registriesRead?.();
			}
			this.changed();
		}) as Promise<void>;
	}

	/**
	 * Files changed on disk: each is read again, or dropped when deleted (an open document keeps its
	 * text). One under a folder the scan does not enter (`.history`, `out`, `dist`, `node_modules`, a
	 * hidden folder) is left out as the scan leaves it: an editor's local history kept a copy of the
	 * notice at every save, each indexed through its file event, every unit counted again.
	 */
	filesChanged(changes: readonly FileChange[]): Promise<void> {
		return this.schedule('reading changed files', async () => {
			for (const change of onceEach(changes)) {
				if (this.inSkippedFolder(change.uri)) {
					continue;
				}
				if (change.kind === 'deleted') {
					this.deleted(change.uri);
				} else if (change.kind === 'created' && !isTextFileName(basename(change.uri)) && !isHiddenFindingsUri(change.uri)) {
					await this.created(change.uri);
				} else {
					await this.reader.read(change.uri);
				}
			}
			this.beside.filesChanged(changes);
			await this.beside.update();
			this.changed();
		}) as Promise<void>;
	}

	/**
	 * A file deleted, or a folder: the editor's watcher tells of a folder deleted or renamed by the
	 * folder alone, and its notices stayed in the index (the Units view, the task table) until a
	 * reload. What the index holds under a URI it does not hold itself leaves with it.
	 */
	private deleted(uri: string): void {
		const held = this.index.getNotice(uri) ?? this.index.getRegistry(uri) ?? (isHiddenFindingsUri(uri) ? this.index.hidden.get(uri) : undefined);
		if (held) {
			if (!this.isOpen(uri)) {
				this.index.remove(uri);
			}
		} else if (!isTextFileName(basename(uri))) {
			this.dropInside(uri, false);
		}
	}

	/** Something created that is not a text file: a folder (one made, or renamed into place) is scanned as the folders are at start. */
	private async created(uri: string): Promise<void> {
		if (!isSkippedFolder(basename(uri)) && (await this.host.fileSystem.stat(uri)) === 'folder') {
			await this.reader.scan(() => undefined, [uri]);
		}
	}

	/** Whether a file lies in a folder the scan does not enter, below the workspace folder that holds it (a hidden-findings file in its own `.breakdown`). */
	private inSkippedFolder(uri: string): boolean {
		const key = uriKey(uri);
		const folder = this.folderUris.map(folderKey).find((candidate) => isInside(key, candidate) && key !== candidate);
		if (folder === undefined) {
			return false;
		}
		const below = key.slice(folder.length + 1).split('/');
		const folders = below.slice(0, isHiddenFindingsUri(uri) ? -2 : -1);
		return folders.some(isSkippedFolder);
	}

	// ---- listeners ----------------------------------------------------------------------------

	/** Called after every change of the index (a document, a file, the settings). */
	onDidChange(listener: () => void): Disposable {
		this.listeners.add(listener);
		return { dispose: () => this.listeners.delete(listener) };
	}

	private changed(): void {
		for (const listener of this.listeners) {
			listener();
		}
	}
}

/**
 * Each change of a batch once: the client reports a file's creation or deletion through each of
 * its watchers that match it (the notices' glob and the folders'), and a notice was read twice.
 */
function onceEach(changes: readonly FileChange[]): FileChange[] {
	const seen = new Set<string>();
	const once: FileChange[] = [];
	for (const change of changes) {
		const key = `${change.kind}\u0000${change.uri}`;
		if (!seen.has(key)) {
			seen.add(key);
			once.push(change);
		}
	}
	return once;
}
