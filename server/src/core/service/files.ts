import type { Finding } from '../checks/finding';
import type { HiddenFinding } from '../features/hiddenFindings';
import type { Notice } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import type { UnitDirectory } from '../units/unitDirectory';
import { isRegistryUri } from '../workspace/fileNames';
import type { FileRead } from '../workspace/fileSystem';
import { collectTextFiles } from '../workspace/listTextFiles';
import { hiddenFindingsAbove, registriesAbove, type FolderListings } from '../workspace/registryDiscovery';
import { hideFindings } from './hiding';
import type { ServiceContext } from './serviceContext';

/**
 * A file checked on its own (the CLI): a registry, a notice with the registries that apply to it, or
 * why it was not read. `findings` leaves out what a `.breakdown/ignore.json` above it hides (`hidden`).
 */
export type FileLint =
	| { kind: 'registry'; uri: string; lineIndex: LineIndex; findings: Finding[]; hidden: HiddenFinding[] }
	| { kind: 'notice'; uri: string; lineIndex: LineIndex; notice: Notice; findings: Finding[]; hidden: HiddenFinding[]; directory: UnitDirectory | undefined }
	/** `uri` could not be read: the file itself, or a registry that applies to it. */
	| { kind: 'unread'; uri: string; read: Exclude<FileRead, { kind: 'text' }> };

/** What `lintFile` remembers from one file to the next: folders listed, hidden-findings files read. */
export interface LintState {
	listings: FolderListings;
	hiddenFilesRead: Set<string>;
}

/**
 * Checks one file as the workspace would, without keeping a notice: a notice is read, parsed once,
 * checked against the registries in its folder and the folders above (or the one registry in
 * use), and let go; registries are kept, each read once. The `.breakdown/ignore.json` files in
 * its folder and above are read once each (a bad one is told once, and hides nothing).
 */
export async function lintFile(context: ServiceContext, uri: string, state: LintState): Promise<FileLint> {
	const { index, workspace, engine } = context;
	const settings = context.settings();
	const readText = (file: string) => workspace.readText(file);
	for (const file of await hiddenFindingsAbove(workspace.fileSystem, uri, state.listings)) {
		if (!state.hiddenFilesRead.has(file)) {
			state.hiddenFilesRead.add(file);
			await workspace.read(file);
		}
	}
	if (isRegistryUri(uri)) {
		let entry = index.getRegistry(uri);
		if (!entry) {
			const read = await readText(uri);
			if (read.kind !== 'text') {
				return { kind: 'unread', uri, read };
			}
			entry = index.updateRegistry(uri, read.text, undefined);
		}
		const { shown, hidden } = hideFindings(context, uri, engine.checkRegistry(entry.registry, settings.severity), { text: entry.registry.text });
		return { kind: 'registry', uri, lineIndex: entry.registry.lineIndex, findings: shown, hidden };
	}
	const read = await readText(uri);
	if (read.kind !== 'text') {
		return { kind: 'unread', uri, read };
	}
	if (!workspace.registryInUse) {
		for (const registry of await registriesAbove(workspace.fileSystem, uri, state.listings)) {
			if (!index.getRegistry(registry)) {
				const text = await readText(registry);
				if (text.kind !== 'text') {
					return { kind: 'unread', uri: registry, read: text };
				}
				index.updateRegistry(registry, text.text, undefined);
			}
		}
	}
	const notice = engine.parseNotice(read.text);
	const directory = index.directoryFor(uri);
	const { shown, hidden } = hideFindings(context, uri, engine.check(notice, directory, settings.severity), notice);
	return { kind: 'notice', uri, lineIndex: notice.lineIndex, notice, findings: shown, hidden, directory };
}

/** The text files named (a folder for every text file under it) and the URIs that name nothing. */
export function filesToLint(context: ServiceContext, uris: readonly string[]): Promise<{ uris: string[]; missing: string[] }> {
	return collectTextFiles(context.workspace.fileSystem, uris);
}
