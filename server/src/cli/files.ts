import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText, type TextEncodingName } from '../node/decodeText';
import { readRegularFile } from '../node/readRegularFile';

/** A file name that marks a unit registry rather than a notice. */
export function isRegistryFile(file: string): boolean {
	const base = path.basename(file);
	return base === '单位名录.txt' || base.endsWith('.units.txt');
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.cache', 'out', 'dist']);

/** No notice or registry comes near this; a larger file is refused rather than read into memory. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** The .txt files named or under the folders named, sorted for a stable report. Throws on a path that does not exist. */
export function collectFiles(paths: readonly string[]): string[] {
	const found = new Set<string>();
	const walk = (folder: string) => {
		for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
			const full = path.join(folder, entry.name);
			if (entry.isDirectory()) {
				if (!SKIPPED_FOLDERS.has(entry.name)) {
					walk(full);
				}
			} else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) {
				found.add(full);
			}
		}
	};
	for (const given of paths) {
		const stat = fs.statSync(given);
		if (stat.isDirectory()) {
			walk(given);
		} else {
			found.add(given);
		}
	}
	return [...found].sort();
}

/** Registries that apply to a notice: those in its folder and in every folder above it. */
export function registriesFor(notice: string): string[] {
	const result: string[] = [];
	let folder = path.dirname(path.resolve(notice));
	for (;;) {
		let entries: fs.Dirent[] = [];
		try {
			entries = fs.readdirSync(folder, { withFileTypes: true });
		} catch {
			// An unreadable folder above the notice holds no registry we can use.
		}
		for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
			if (isRegistryFile(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
				result.push(path.join(folder, entry.name));
			}
		}
		const parent = path.dirname(folder);
		if (parent === folder) {
			return result;
		}
		folder = parent;
	}
}

/** A path given to the CLI that is not a regular file of a sane size; errors of opening are thrown as they are. */
export class NotATextFile extends Error {
	constructor(
		readonly file: string,
		readonly why: 'not-a-file' | 'too-large',
	) {
		super(why);
	}
}

/**
 * Reads a text file as the editor would show it (see decodeText). Only a regular file is read: a
 * FIFO or a device given on the command line is refused instead of waited on or read forever.
 */
export async function readText(file: string): Promise<{ text: string; encoding: TextEncodingName }> {
	const read = await readRegularFile(file, MAX_FILE_BYTES, false);
	if (read.kind !== 'bytes') {
		throw new NotATextFile(file, read.kind);
	}
	return decodeText(read.bytes);
}
