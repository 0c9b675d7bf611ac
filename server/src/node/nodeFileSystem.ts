import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { HostFileSystem } from '../lsp/hostFileSystem';

const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn', '.cache', '.vscode-test', 'out', 'dist']);

function toPath(uri: string): string | undefined {
	try {
		return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
	} catch {
		return undefined;
	}
}

/** Node's file system, for the server in a desktop or server extension host. */
export const nodeFileSystem: HostFileSystem = {
	async readFile(uri) {
		const file = toPath(uri);
		if (!file) {
			return undefined;
		}
		try {
			const bytes = await fs.readFile(file);
			try {
				return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
			} catch {
				return new TextDecoder('gb18030').decode(bytes);
			}
		} catch {
			return undefined;
		}
	},
	async fileSize(uri) {
		const file = toPath(uri);
		try {
			return file ? (await fs.stat(file)).size : undefined;
		} catch {
			return undefined;
		}
	},
	async listTextFiles(folderUri, limit) {
		const root = toPath(folderUri);
		const found: string[] = [];
		const walk = async (folder: string): Promise<void> => {
			let entries;
			try {
				entries = await fs.readdir(folder, { withFileTypes: true });
			} catch {
				return;
			}
			for (const entry of entries) {
				if (found.length >= limit) {
					return;
				}
				const full = path.join(folder, entry.name);
				if (entry.isDirectory() && !SKIPPED.has(entry.name) && !entry.name.startsWith('.')) {
					await walk(full);
				} else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) {
					found.push(pathToFileURL(full).href);
				}
			}
		};
		if (root) {
			await walk(root);
		}
		return found.sort();
	},
};
