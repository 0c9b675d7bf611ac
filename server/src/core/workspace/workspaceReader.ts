import { message, type Message } from '../messages/message';
import { isHiddenFindingsUri, isRegistryUri } from './fileNames';
import { MAX_HIDDEN_FILE_BYTES } from './hiddenFileIndex';
import type { FileRead, WorkspaceFileSystem } from './fileSystem';
import { listTextFiles } from './listTextFiles';
import { uriKey } from './uris';
import type { WorkspaceIndex } from './workspaceIndex';

export interface WorkspaceReaderOptions {
	fileSystem: WorkspaceFileSystem;
	index: WorkspaceIndex;
	/** An open document's text wins over the disk. */
	isOpen(uri: string): boolean;
	/** The workspace folders: what a scan lists. */
	folders(): readonly string[];
	/** The folders a file may be read from: the workspace folders, or the registry's own beside a notice opened in a window without one. */
	foldersToRead(uri: string): readonly string[];
	/** `breakdown.maxFileSize`, in UTF-16 code units. */
	maxFileSize(): number;
	/** At most this many text files a folder, registries not counted. */
	maxFiles: number;
	log(message: string): void;
	/** A message for the user, shown once. */
	warn(message: Message): void;
	/** A file as the user should read its name in a message (relative to its workspace folder). */
	describe(uri: string): string;
	/** Lets the event loop run between two files of a scan (Node: setImmediate). */
	yieldToEventLoop?(): Promise<void>;
}

/** Files being fetched at once during a scan: the next one to read into the index and three after it. A fetch is a few trips to the disk (links resolved, opened, read, closed). */
const READ_AHEAD = 4;
const NOTHING_FETCHED: Promise<FileRead | undefined> = Promise.resolve(undefined);

/** Reads the workspace's files from the host into the index: at start, on file events, for the configured registry. */
export class WorkspaceReader {
	/** Files left out or read empty for the size limit, by key: read again when the limit changes. */
	private readonly overLimit = new Map<string, string>();

	constructor(private readonly options: WorkspaceReaderOptions) {}

	/** The files the size limit left out, and those read under it that a lower limit may leave out: read again when it changes. */
	sizeLimited(): string[] {
		const longest = this.options.maxFileSize();
		const read = this.options.index.allNotices().filter((entry) => entry.version === undefined && entry.length > longest);
		return [...new Set([...this.overLimit.values(), ...read.map((entry) => entry.uri)])];
	}

	/** Reads one file into the index, or drops it from the index when it cannot be read. */
	async read(uri: string): Promise<FileRead['kind'] | 'open'> {
		if (isHiddenFindingsUri(uri) && !this.options.isOpen(uri)) {
			return this.readHiddenFindings(uri);
		}
		if (this.options.isOpen(uri)) {
			return 'open';
		}
		return this.apply(uri, await this.fetch(uri));
	}

	/** A file's text from the host. A character is at most four bytes in UTF-8 and GB18030: a larger file cannot be within the limit. */
	private fetch(uri: string): Promise<FileRead> {
		return this.options.fileSystem.readFile(uri, { folders: this.options.foldersToRead(uri), maxBytes: this.options.maxFileSize() * 4 });
	}

	/** What was read into the index, unless the editor opened the file meanwhile (its text wins). */
	private apply(uri: string, result: FileRead): FileRead['kind'] | 'open' {
		const { index } = this.options;
		if (this.options.isOpen(uri)) {
			return 'open';
		}
		const overLimit = result.kind === 'too-large' || (result.kind === 'text' && result.text.length > this.options.maxFileSize());
		if (overLimit) {
			this.overLimit.set(uriKey(uri), uri);
		} else {
			this.overLimit.delete(uriKey(uri));
		}
		if (result.kind === 'text') {
			index.update(uri, result.text, undefined, false);
		} else {
			index.remove(uri);
		}
		return result.kind;
	}

	/** Reads a `.breakdown/ignore.json`; a problem new since the last read is told once. */
	private async readHiddenFindings(uri: string): Promise<FileRead['kind']> {
		const { index, describe } = this.options;
		const result = await this.options.fileSystem.readFile(uri, { folders: this.options.foldersToRead(uri), maxBytes: MAX_HIDDEN_FILE_BYTES });
		let problem: Message | undefined;
		if (result.kind === 'text') {
			problem = index.hidden.update(uri, result.text, describe);
		} else if (result.kind === 'missing' || result.kind === 'outside') {
			index.hidden.remove(uri);
		} else {
			problem = index.hidden.unreadable(uri, result, describe);
		}
		if (problem) {
			this.options.warn(problem);
		}
		return result.kind;
	}

	/**
	 * Lists every folder and reads the registries first (they are listed whatever the file cap, so
	 * unknown-unit checks never silently stop) and the hidden-findings files, calls `registriesRead`,
	 * then reads the notices. `folders`: those to list, by default every workspace folder.
	 */
	async scan(registriesRead: () => void, folders: readonly string[] = this.options.folders()): Promise<void> {
		const started = Date.now();
		const { maxFiles } = this.options;
		const listed: string[] = [];
		const hiddenFindings: string[] = [];
		for (const folder of folders) {
			const listing = await listTextFiles(this.options.fileSystem, folder, { limit: maxFiles, first: isRegistryUri });
			const { uris, truncated } = listing;
			listed.push(...uris);
			hiddenFindings.push(...listing.hiddenFindings);
			if (truncated) {
				this.options.warn(message('workspace.file-cap', maxFiles));
				this.options.log(`file cap of ${maxFiles} reached in ${folder}`);
			}
		}
		const registries = listed.filter(isRegistryUri);
		// The hidden findings before the first findings go out, so a hidden one never shows for a moment.
		for (const uri of [...registries, ...hiddenFindings]) {
			await this.read(uri);
		}
		registriesRead();
		await this.readAhead(listed.filter((uri) => !isRegistryUri(uri)));
		const { index } = this.options;
		this.options.log(`indexed ${listed.length} text files (${index.allNotices().length} notices, ${index.allRegistries().length} registries) in ${Date.now() - started} ms`);
	}

	/**
	 * Reads the files in order, the next ones fetched while the one before is read into the index:
	 * one after the other, the disk waited while a notice was read and the reading while the disk
	 * worked (a 1,000-notice workspace: 12.8% of its index time idle). One opened meanwhile is left
	 * to the editor. The event loop runs after each file: a fetch already done would otherwise let
	 * the next file be read at once, and a request wait behind several readings.
	 */
	private async readAhead(uris: readonly string[]): Promise<void> {
		const fetched: Array<Promise<FileRead | undefined>> = [];
		for (let i = 0; i < uris.length; i++) {
			while (fetched.length < i + READ_AHEAD && fetched.length < uris.length) {
				fetched.push(this.prefetch(uris[fetched.length]));
			}
			const result = await fetched[i];
			// Let go of the text once read (a workspace of thousands of files).
			fetched[i] = NOTHING_FETCHED;
			if (result) {
				this.apply(uris[i], result);
			} else {
				await this.read(uris[i]);
			}
			await this.options.yieldToEventLoop?.();
		}
	}

	/** fetch, unless the file is open (undefined: read it as read does); a failure waits for its turn, and no other. */
	private prefetch(uri: string): Promise<FileRead | undefined> {
		if (this.options.isOpen(uri) || isHiddenFindingsUri(uri)) {
			return Promise.resolve(undefined);
		}
		const fetched = this.fetch(uri);
		// Awaited in its turn; until then a rejection is not one nobody handles.
		fetched.catch(() => undefined);
		return fetched;
	}
}
