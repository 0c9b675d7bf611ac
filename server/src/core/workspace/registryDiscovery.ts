import { HIDDEN_FINDINGS_FOLDER, hiddenFindingsUriIn, isRegistryFileName } from './fileNames';
import type { FolderEntry, WorkspaceFileSystem } from './fileSystem';

/** Folder listings already read, by folder URI: a CLI run over many notices lists each folder above them once. */
export type FolderListings = Map<string, FolderEntry[]>;

/** What one folder holds that applies to the notices in it and below it. */
export interface FolderFinds {
	/** Its registries, by name. */
	registries: string[];
	/** Its `.breakdown/ignore.json`, when it has a `.breakdown` folder. */
	hiddenFindings: string | undefined;
}

/**
 * The registries in a notice's folder and every folder above it, nearest first, by name within a
 * folder: what applies to a notice read on its own (the CLI), where no workspace scan found them.
 * A link named as a registry counts (reading it resolves it).
 */
export async function registriesAbove(fileSystem: WorkspaceFileSystem, noticeUri: string, listings: FolderListings = new Map()): Promise<string[]> {
	return (await foldersAbove(fileSystem, noticeUri, listings)).flatMap(({ folder, entries }) => findsIn(folder, entries).registries);
}

/** The `.breakdown/ignore.json` of the notice's folder and of every folder above it that has a `.breakdown` folder, nearest first. */
export async function hiddenFindingsAbove(fileSystem: WorkspaceFileSystem, noticeUri: string, listings: FolderListings = new Map()): Promise<string[]> {
	return (await foldersAbove(fileSystem, noticeUri, listings)).flatMap(({ folder, entries }) => findsIn(folder, entries).hiddenFindings ?? []);
}

/** The registries and hidden-findings file among a folder's entries. */
export function findsIn(folder: string, entries: readonly FolderEntry[]): FolderFinds {
	return {
		registries: entries
			.filter((entry) => (entry.kind === 'file' || entry.kind === 'link') && isRegistryFileName(entry.name))
			.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
			.map((entry) => entry.uri),
		hiddenFindings: entries.some((entry) => entry.kind === 'folder' && entry.name === HIDDEN_FINDINGS_FOLDER) ? hiddenFindingsUriIn(folder) : undefined,
	};
}

async function foldersAbove(fileSystem: WorkspaceFileSystem, uri: string, listings: FolderListings): Promise<Array<{ folder: string; entries: FolderEntry[] }>> {
	const result: Array<{ folder: string; entries: FolderEntry[] }> = [];
	for (const folder of parentFolders(uri)) {
		let entries = listings.get(folder);
		if (!entries) {
			entries = (await fileSystem.readDirectory(folder)) ?? [];
			listings.set(folder, entries);
		}
		result.push({ folder, entries });
	}
	return result;
}

/** The folders above a file, nearest first: `file:///a/b/c.txt` → `file:///a/b`, `file:///a`, `file:///`. */
export function parentFolders(uri: string): string[] {
	const folders: string[] = [];
	for (let folder = parentOf(uri); folder !== undefined; folder = parentOf(folder)) {
		folders.push(folder);
	}
	return folders;
}

/** `file:///a/b/c.txt` → `file:///a/b` → `file:///a` → `file:///`, then undefined. */
function parentOf(uri: string): string | undefined {
	const trimmed = uri.endsWith('/') ? uri.slice(0, -1) : uri;
	const slash = trimmed.lastIndexOf('/');
	if (slash < 'file://'.length) {
		return undefined;
	}
	const parent = trimmed.slice(0, slash);
	return parent === 'file://' ? 'file:///' : parent;
}
