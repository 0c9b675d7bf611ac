import * as fs from 'node:fs';
import * as path from 'node:path';

/** A file name that marks a unit registry rather than a notice. */
export function isRegistryFile(file: string): boolean {
	const base = path.basename(file);
	return base === '单位名录.txt' || base.endsWith('.units.txt');
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.cache', 'out', 'dist']);

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
		let entries: string[] = [];
		try {
			entries = fs.readdirSync(folder);
		} catch {
			// An unreadable folder above the notice holds no registry we can use.
		}
		for (const name of entries.sort()) {
			if (isRegistryFile(name)) {
				result.push(path.join(folder, name));
			}
		}
		const parent = path.dirname(folder);
		if (parent === folder) {
			return result;
		}
		folder = parent;
	}
}

/**
 * Reads a text file as the editor would show it: UTF-8 (a BOM is dropped); text that is not
 * valid UTF-8 is read as GB18030, the encoding older government files use.
 */
export function readText(file: string): { text: string; encoding: 'utf-8' | 'gb18030' } {
	const bytes = fs.readFileSync(file);
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
	}
}
