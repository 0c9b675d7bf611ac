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

/** What the server needs from the machine it runs on: reading files and listing a folder's text files. */
export interface HostFileSystem {
	/**
	 * The text of a `file:` URI (UTF-8, UTF-16 by its BOM, else GB18030). Only a regular file of
	 * at most `maxBytes` that lies inside one of `folders` (URIs) after resolving `..`,
	 * percent-encoding and links is read; the size is checked before reading.
	 */
	readFile(uri: string, limits: { folders: readonly string[]; maxBytes: number }): Promise<FileRead>;
	/**
	 * `.txt` files under a folder URI, not following links and skipping dependency and VCS folders.
	 * Files `first` accepts come first and are all listed whatever the limit; the others up to
	 * `limit` files in all. `truncated`: files were left out.
	 */
	listTextFiles(folderUri: string, options: { limit: number; first: (uri: string) => boolean }): Promise<{ uris: string[]; truncated: boolean }>;
}

/** Process figures only the host can read (event-loop delay, memory), for the `breakdown/stats` request. */
export interface HostStats {
	read(reset: boolean): { eventLoopMaxMs: number; rssBytes: number; peakRssBytes: number };
}
