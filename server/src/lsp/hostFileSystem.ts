/** What the server needs from the machine it runs on: reading files and listing a folder's text files. */
export interface HostFileSystem {
	/** The text of a `file:` URI (UTF-8, a BOM dropped), or undefined when it cannot be read. */
	readFile(uri: string): Promise<string | undefined>;
	/** The size in bytes, or undefined when unknown. */
	fileSize(uri: string): Promise<number | undefined>;
	/** URIs of `.txt` files under a folder URI, skipping dependency and VCS folders, at most `limit`. */
	listTextFiles(folderUri: string, limit: number): Promise<string[]>;
}

/** Process figures only the host can read (event-loop delay, memory), for the `breakdown/stats` request. */
export interface HostStats {
	read(reset: boolean): { eventLoopMaxMs: number; rssBytes: number; peakRssBytes: number };
}
