/**
 * What the language service needs from the machine it runs on, and nothing more: read a file as
 * text, say what a URI names, list a folder, and tell of files that changed. The Node host
 * (`node/nodeFileSystem.ts`) implements it over the disk; tests implement it in memory.
 */

/** What reading a file gave: its text, or why it was not read. */
export type FileRead =
	| { kind: 'text'; text: string }
	| { kind: 'missing' }
	/** It lies, once `..`, percent-encoding and links are resolved, outside every allowed folder. */
	| { kind: 'outside' }
	/** A folder, FIFO, device or socket: only regular files are read. */
	| { kind: 'not-a-file' }
	| { kind: 'too-large'; bytes: number }
	| { kind: 'unreadable'; reason: string };

/** What a folder entry is. A link is not followed when a folder is listed. */
export type EntryKind = 'file' | 'folder' | 'link' | 'other';

export interface FolderEntry {
	uri: string;
	name: string;
	kind: EntryKind;
}

export interface WorkspaceFileSystem {
	/**
	 * The text of a `file:` URI, decoded by the host once for every caller: UTF-16 by its BOM,
	 * else UTF-8 (a BOM dropped), else GB18030. Only a regular file of at most `maxBytes` that lies
	 * inside one of `folders` (URIs) after resolving `..`, percent-encoding and links is read; the
	 * size is checked before reading.
	 */
	readFile(uri: string, limits: { folders: readonly string[]; maxBytes: number }): Promise<FileRead>;
	/** What a URI names, links followed; 'missing' when nothing is there. */
	stat(uri: string): Promise<EntryKind | 'missing'>;
	/** The entries of a folder, links not followed; undefined when it cannot be listed. */
	readDirectory(uri: string): Promise<FolderEntry[] | undefined>;
}

export type FileChangeKind = 'created' | 'changed' | 'deleted';

export interface FileChange {
	uri: string;
	kind: FileChangeKind;
}

export interface Disposable {
	dispose(): void;
}

/** Tells of files changed on disk: the editor's file watcher in the server, the test in a test. */
export interface FileWatcher {
	onDidChangeFiles(listener: (changes: readonly FileChange[]) => void): Disposable;
}

/** A folder watched for its own entries that match `pattern` (a glob of names; nothing below them). */
export interface FolderWatch {
	folder: string;
	pattern: string;
}

/**
 * Watches folders outside the workspace folders, those read beside a notice opened in a window
 * without one: in the server, the client's watcher asked for them (their events come as any file
 * event does, through the FileWatcher or `Workspace.filesChanged`).
 */
export interface FolderWatcher {
	/** Whether the host watches them: otherwise nothing tells of a change there. */
	readonly available: boolean;
	/** The folders to watch from now on, in place of those given before (none: watch nothing). */
	watch(folders: readonly FolderWatch[]): void;
}
