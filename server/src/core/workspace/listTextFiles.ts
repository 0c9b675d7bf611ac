import { HIDDEN_FINDINGS_FOLDER, hiddenFindingsUriIn, isSkippedFolder, isTextFileName } from './fileNames';
import type { WorkspaceFileSystem } from './fileSystem';

export interface TextFileListing {
	uris: string[];
	/** Files were left out (the limit was reached). */
	truncated: boolean;
	/** `.breakdown/ignore.json` of every folder walked that has a `.breakdown` folder (hidden folders are not entered otherwise). */
	hiddenFindings: string[];
}

/**
 * `.txt` files under a folder, sorted: folders of tools and hidden folders are not entered, links
 * are neither followed nor listed, FIFOs and devices are left out. Files `first` accepts (the
 * registries) come first and are all listed whatever the limit; the others up to `limit` in all.
 */
export async function listTextFiles(fileSystem: WorkspaceFileSystem, folderUri: string, options: { limit: number; first: (uri: string) => boolean }): Promise<TextFileListing> {
	const firsts: string[] = [];
	const others: string[] = [];
	const hiddenFindings: string[] = [];
	let truncated = false;
	const walk = async (folder: string): Promise<void> => {
		for (const entry of (await fileSystem.readDirectory(folder)) ?? []) {
			if (entry.kind === 'folder' && entry.name === HIDDEN_FINDINGS_FOLDER) {
				hiddenFindings.push(hiddenFindingsUriIn(folder));
			} else if (entry.kind === 'folder' && !isSkippedFolder(entry.name)) {
				await walk(entry.uri);
			} else if (entry.kind === 'file' && isTextFileName(entry.name)) {
				if (options.first(entry.uri)) {
					firsts.push(entry.uri);
				} else if (others.length < options.limit) {
					others.push(entry.uri);
				} else {
					truncated = true;
				}
			}
		}
	};
	await walk(folderUri);
	others.sort();
	const room = Math.max(0, options.limit - firsts.length);
	truncated ||= others.length > room;
	return { uris: [...firsts.sort(), ...others.slice(0, room)], truncated, hiddenFindings: hiddenFindings.sort() };
}

/**
 * The text files named on a command line: a folder stands for every text file under it, any
 * other path for itself (reading it says whether it is a file). `missing`: the paths that name nothing.
 */
export async function collectTextFiles(fileSystem: WorkspaceFileSystem, uris: readonly string[]): Promise<{ uris: string[]; missing: string[] }> {
	const found = new Set<string>();
	const missing: string[] = [];
	for (const uri of uris) {
		const kind = await fileSystem.stat(uri);
		if (kind === 'missing') {
			missing.push(uri);
		} else if (kind === 'folder') {
			(await listTextFiles(fileSystem, uri, { limit: Number.POSITIVE_INFINITY, first: () => false })).uris.forEach((file) => found.add(file));
		} else {
			found.add(uri);
		}
	}
	return { uris: [...found], missing };
}
