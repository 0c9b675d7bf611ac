import { isRegistryFileName } from './fileNames';
import type { WorkspaceFileSystem } from './fileSystem';

/**
 * The registries in a notice's folder and every folder above it, nearest first, by name within a
 * folder: what applies to a notice read on its own (the CLI), where no workspace scan found them.
 * A link named as a registry counts (reading it resolves it); `known` remembers folders already listed.
 */
export async function registriesAbove(fileSystem: WorkspaceFileSystem, noticeUri: string, known: Map<string, string[]> = new Map()): Promise<string[]> {
	const result: string[] = [];
	for (let folder = parentOf(noticeUri); folder !== undefined; folder = parentOf(folder)) {
		let registries = known.get(folder);
		if (!registries) {
			const entries = (await fileSystem.readDirectory(folder)) ?? [];
			registries = entries
				.filter((entry) => (entry.kind === 'file' || entry.kind === 'link') && isRegistryFileName(entry.name))
				.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
				.map((entry) => entry.uri);
			known.set(folder, registries);
		}
		result.push(...registries);
	}
	return result;
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
