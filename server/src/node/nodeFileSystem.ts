import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EntryKind, FileRead, FolderEntry, WorkspaceFileSystem } from '../core/workspace/fileSystem';
import { decodeText } from './decodeText';
import { readRegularFile } from './readRegularFile';

/** The path of a local `file:` URI; `..` and `%2e%2e` are resolved by URL parsing, and an encoded separator is refused. */
function toPath(uri: string): string | undefined {
	try {
		return uri.startsWith('file:') ? path.resolve(fileURLToPath(new URL(uri))) : undefined;
	} catch {
		return undefined;
	}
}

/** Whether `file` is `folder` or lies below it (both real paths). */
export function isWithin(file: string, folder: string): boolean {
	const relative = path.relative(folder, file);
	return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}

/** A link as a link (a folder entry, or lstat); what it points to when stat followed it. */
function kindOf(entry: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryKind {
	return entry.isSymbolicLink() ? 'link' : entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other';
}

function failure(error: unknown): FileRead {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT' || code === 'ENOTDIR') {
		return { kind: 'missing' };
	}
	// ELOOP: a link appeared where realpath saw none (O_NOFOLLOW refused it).
	if (code === 'ELOOP') {
		return { kind: 'outside' };
	}
	return { kind: 'unreadable', reason: code ?? String(error) };
}

/**
 * A folder's entry, its URI made when first asked for: callers ask for a few (a registry, a text
 * file, a subfolder), and pathToFileURL is some 25 µs an entry in a new server. A notice opened
 * alone lists its folder and every folder above it; in the benchmark's, 165 entries made 4–5 ms of
 * URIs nobody read, between the first diagnostics' check and their answer.
 */
class ListedEntry implements FolderEntry {
	private made: string | undefined;

	constructor(
		private readonly folder: string,
		readonly name: string,
		readonly kind: EntryKind,
	) {}

	get uri(): string {
		return (this.made ??= pathToFileURL(path.join(this.folder, this.name)).href);
	}
}

/**
 * Node's file system for the server. A file is read only when, after `..`, percent-encoding and
 * every link are resolved (realpath), it lies inside a workspace folder (itself resolved), and it
 * is a regular file within the size limit: a `.txt` link to /dev/zero or out of the workspace, or
 * a FIFO named `.txt`, is refused instead of read. Decoding is here too, once for every caller
 * (decodeText). Listing a folder does not follow links.
 */
export function createNodeFileSystem(): WorkspaceFileSystem {
	/** Real paths of workspace folders (they are asked for on every read). */
	const realFolders = new Map<string, string>();
	const realFolder = async (uri: string): Promise<string | undefined> => {
		const known = realFolders.get(uri);
		if (known !== undefined) {
			return known;
		}
		const folder = toPath(uri);
		try {
			const real = folder && (await fs.realpath(folder));
			if (real) {
				realFolders.set(uri, real);
			}
			return real || undefined;
		} catch {
			return undefined;
		}
	};

	return {
		async readFile(uri, { folders, maxBytes }) {
			const file = toPath(uri);
			if (!file) {
				return { kind: 'unreadable', reason: 'not a local file: URI' };
			}
			try {
				const real = await fs.realpath(file);
				const roots = await Promise.all(folders.map(realFolder));
				if (!roots.some((root) => root !== undefined && isWithin(real, root))) {
					return { kind: 'outside' };
				}
				const read = await readRegularFile(real, maxBytes, true);
				return read.kind === 'bytes' ? { kind: 'text', text: decodeText(read.bytes).text } : read;
			} catch (error) {
				return failure(error);
			}
		},

		async stat(uri) {
			const file = toPath(uri);
			try {
				return file ? kindOf(await fs.stat(file)) : 'missing';
			} catch {
				return 'missing';
			}
		},
		async readDirectory(uri) {
			const folder = toPath(uri);
			try {
				const entries = folder ? await fs.readdir(folder, { withFileTypes: true }) : undefined;
				return entries?.map((entry) => new ListedEntry(folder!, entry.name, kindOf(entry)));
			} catch {
				return undefined;
			}
		},
	};
}
