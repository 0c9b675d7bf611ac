import { BESIDE_NOTICE_GLOB, HIDDEN_FINDINGS_NAME_GLOB } from './fileNames';
import type { FileChange, FolderWatch, FolderWatcher, WorkspaceFileSystem } from './fileSystem';
import { findsIn, parentFolders, type FolderFinds } from './registryDiscovery';
import { dirnameKey, uriKey } from './uris';

export interface FilesBesideNoticesOptions {
	fileSystem: WorkspaceFileSystem;
	/** The client's watcher for these folders, when the host has one. */
	watcher?: FolderWatcher;
	/** Reads a file found into the index. */
	read(uri: string): Promise<unknown>;
	/** Drops a file no open notice needs any more from the index. */
	drop(uri: string): void;
}

/** A folder as listed, by the key it is kept under. */
interface ListedFolder extends FolderFinds {
	folder: string;
	/** It could be listed: only then is it watched. */
	listed: boolean;
}

/** A folder's key without its trailing slash. */
function folderKey(folder: string): string {
	return uriKey(folder).replace(/\/$/, '');
}

/**
 * In a window without a workspace folder (a clerk double-clicks a notice): the registries and
 * `.breakdown/ignore.json` files that apply to the open notices, those in each notice's folder and
 * the folders above it, as the CLI reads them; nothing else there is read. Each folder is listed
 * once while an open notice needs it, however many notice folders share it, and listed again after
 * a change in it that the host's watcher tells of; its files are read from their own folder and
 * dropped when no open notice needs them. Without a watcher, the folders of each notice opened are
 * listed again (nothing else tells of a registry put there meanwhile).
 */
export class FilesBesideNotices {
	/** The open notices, by key. */
	private readonly notices = new Map<string, string>();
	/** What each folder read holds, by key. */
	private readonly folders = new Map<string, ListedFolder>();
	/** Folders to list again at the next update, by key. */
	private readonly stale = new Set<string>();
	/** The files found, by key, with the folder each may be read from: its own. */
	private readonly files = new Map<string, { uri: string; folder: string }>();
	/** The watches last asked for, as JSON. */
	private watched = '[]';
	/**
	 * Folders being listed since a notice was opened, by key, for the next update: listed at the
	 * open, the listings run beside the notice's first read. Listed at the update, which runs after
	 * the read, each folder (the notice's, those above it) waited for the one before, and the
	 * first findings for the last: 2–5 ms after a 200 KB notice's read in a new server.
	 */
	private readonly listing = new Map<string, Promise<ListedFolder>>();

	constructor(private readonly options: FilesBesideNoticesOptions) {}

	/** Where a file found may be read from: its own folder; undefined for any other file. */
	folderOf(uri: string): string | undefined {
		return this.files.get(uriKey(uri))?.folder;
	}

	/** A notice opened: its folders are read at the next update, and those not listed (or to list again) are listed from now. */
	opened(uri: string): void {
		this.notices.set(uriKey(uri), uri);
		const again = !this.options.watcher?.available;
		for (const folder of parentFolders(uri)) {
			const key = folderKey(folder);
			if (again) {
				this.stale.add(key);
			}
			if ((again || !this.folders.has(key)) && !this.listing.has(key)) {
				const listing = this.list(folder);
				// Awaited at the update, which fails as before; never an unhandled rejection meanwhile.
				listing.catch(() => undefined);
				this.listing.set(key, listing);
			}
		}
	}

	/** A notice closed: what only it needed goes at the next update. */
	closed(uri: string): void {
		this.notices.delete(uriKey(uri));
	}

	/**
	 * Files changed on disk: a folder read that gained or lost an entry (a registry written in
	 * place by a sync, a `.breakdown` folder made, a file not found before that changed) is listed
	 * again at the next update. A file found that changed is read as any file event's file is.
	 */
	filesChanged(changes: readonly FileChange[]): void {
		for (const change of changes) {
			const key = uriKey(change.uri);
			const folder = dirnameKey(key);
			// A listing started before the change may not show it.
			this.listing.delete(folder);
			if (this.folders.has(folder) && (change.kind !== 'changed' || !this.files.has(key))) {
				this.stale.add(folder);
			}
		}
	}

	/** Lists the folders the open notices need and have not listed, reads the files new there, drops those no notice needs; whether the files changed. */
	async update(): Promise<boolean> {
		const needed = new Map<string, string>();
		for (const notice of this.notices.values()) {
			parentFolders(notice).forEach((folder) => needed.set(folderKey(folder), folder));
		}
		for (const key of [...this.folders.keys()]) {
			if (!needed.has(key) || this.stale.has(key)) {
				this.folders.delete(key);
			}
		}
		for (const key of [...this.listing.keys()]) {
			if (!needed.has(key)) {
				this.listing.delete(key);
			}
		}
		this.stale.clear();
		for (const [key, folder] of needed) {
			if (!this.folders.has(key)) {
				const listing = this.listing.get(key) ?? this.list(folder);
				this.listing.delete(key);
				this.folders.set(key, await listing);
			}
		}
		const changed = await this.readFound();
		this.watch();
		return changed;
	}

	private async list(folder: string): Promise<ListedFolder> {
		const entries = await this.options.fileSystem.readDirectory(folder);
		return { folder, listed: entries !== undefined, ...findsIn(folder, entries ?? []) };
	}

	/** Reads the files found that are new, drops those gone. */
	private async readFound(): Promise<boolean> {
		const found = new Map<string, { uri: string; folder: string }>();
		for (const { folder, registries, hiddenFindings } of this.folders.values()) {
			registries.forEach((uri) => found.set(uriKey(uri), { uri, folder }));
			if (hiddenFindings !== undefined) {
				found.set(uriKey(hiddenFindings), { uri: hiddenFindings, folder: hiddenFindings.slice(0, hiddenFindings.lastIndexOf('/')) });
			}
		}
		let changed = false;
		for (const [key, file] of [...this.files]) {
			if (!found.has(key)) {
				this.files.delete(key);
				this.options.drop(file.uri);
				changed = true;
			}
		}
		for (const [key, file] of found) {
			if (!this.files.has(key)) {
				this.files.set(key, file);
				await this.options.read(file.uri);
				changed = true;
			}
		}
		return changed;
	}

	/** Asks the host to watch the folders listed (and their `.breakdown` folders) when they changed. */
	private watch(): void {
		const { watcher } = this.options;
		if (!watcher?.available) {
			return;
		}
		const watches: FolderWatch[] = [];
		for (const { folder, listed, hiddenFindings } of this.folders.values()) {
			if (listed) {
				watches.push({ folder, pattern: BESIDE_NOTICE_GLOB });
			}
			if (hiddenFindings !== undefined) {
				watches.push({ folder: hiddenFindings.slice(0, hiddenFindings.lastIndexOf('/')), pattern: HIDDEN_FINDINGS_NAME_GLOB });
			}
		}
		watches.sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
		const json = JSON.stringify(watches);
		if (json !== this.watched) {
			this.watched = json;
			watcher.watch(watches);
		}
	}
}

