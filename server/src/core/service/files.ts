import type { Finding } from '../checks/finding';
import type { Notice } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import type { UnitDirectory } from '../units/unitDirectory';
import { isRegistryUri } from '../workspace/fileNames';
import type { FileRead } from '../workspace/fileSystem';
import { collectTextFiles } from '../workspace/listTextFiles';
import { registriesAbove } from '../workspace/registryDiscovery';
import type { ServiceContext } from './serviceContext';

/** A file checked on its own (the CLI): a registry, a notice with the registries that apply to it, or why it was not read. */
export type FileLint =
	| { kind: 'registry'; uri: string; lineIndex: LineIndex; findings: Finding[] }
	| { kind: 'notice'; uri: string; lineIndex: LineIndex; notice: Notice; findings: Finding[]; directory: UnitDirectory | undefined }
	/** `uri` could not be read: the file itself, or a registry that applies to it. */
	| { kind: 'unread'; uri: string; read: Exclude<FileRead, { kind: 'text' }> };

/**
 * Checks one file as the workspace would, without keeping a notice: a notice is read, parsed once,
 * checked against the registries in its folder and the folders above (or the one registry in
 * use), and let go; registries are kept, each read once. `listed` remembers the folders already
 * looked at for registries.
 */
export async function lintFile(context: ServiceContext, uri: string, listed: Map<string, string[]>): Promise<FileLint> {
	const { index, workspace, engine } = context;
	const settings = context.settings();
	const readText = (file: string) => workspace.readText(file);
	if (isRegistryUri(uri)) {
		let entry = index.getRegistry(uri);
		if (!entry) {
			const read = await readText(uri);
			if (read.kind !== 'text') {
				return { kind: 'unread', uri, read };
			}
			entry = index.updateRegistry(uri, read.text, undefined);
		}
		return { kind: 'registry', uri, lineIndex: entry.registry.lineIndex, findings: engine.checkRegistry(entry.registry, settings.severity) };
	}
	const read = await readText(uri);
	if (read.kind !== 'text') {
		return { kind: 'unread', uri, read };
	}
	if (!workspace.registryInUse) {
		for (const registry of await registriesAbove(workspace.fileSystem, uri, listed)) {
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
	return { kind: 'notice', uri, lineIndex: notice.lineIndex, notice, findings: engine.check(notice, directory, settings.severity), directory };
}

/** The text files named (a folder for every text file under it) and the URIs that name nothing. */
export function filesToLint(context: ServiceContext, uris: readonly string[]): Promise<{ uris: string[]; missing: string[] }> {
	return collectTextFiles(context.workspace.fileSystem, uris);
}
