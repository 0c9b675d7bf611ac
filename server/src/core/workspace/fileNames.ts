import { HIDDEN_FINDINGS_FILE } from '../features/hiddenFindingsFile';
import { isYearFolder } from '../text/uriPaths';
import { basename, uriKey } from './uris';

export { folderOutOfYears } from '../text/uriPaths';

/** The file name a registry of its own folder gets (the create-registry command, the "add to registry" fix). */
export const REGISTRY_FILE_NAME = '单位名录.txt';

/** `单位名录.txt` or `*.units.txt`: a unit registry. */
export function isRegistryFileName(name: string): boolean {
	return name === REGISTRY_FILE_NAME || name.endsWith('.units.txt');
}

export function isRegistryUri(uri: string): boolean {
	return isRegistryFileName(basename(uri));
}

/** The files a host watches for the workspace: notices and registries are `.txt` files. */
export const TEXT_FILE_GLOB = '**/*.txt';

/**
 * Everything, for creates and deletes only: an editor's watcher tells of a folder deleted, created or
 * renamed by the folder alone, which the `.txt` glob does not match.
 */
export const FOLDER_EVENTS_GLOB = '**/*';

/** The hidden-findings files a host watches: `.breakdown/ignore.json` in any folder. */
export const HIDDEN_FINDINGS_GLOB = `**/${HIDDEN_FINDINGS_FILE}`;

/** The folder a hidden-findings file lives in, inside the folder it applies to. */
export const HIDDEN_FINDINGS_FOLDER = HIDDEN_FINDINGS_FILE.split('/')[0];

/**
 * What a folder beside a notice opened without a workspace folder is watched for, among its own
 * entries: its registries and its `.breakdown` folder. No `/` nor `**`: VS Code watches the whole
 * tree under the base folder of such a pattern, and the base here is the clerk's home or `/`.
 */
export const BESIDE_NOTICE_GLOB = `{${REGISTRY_FILE_NAME},*.units.txt,${HIDDEN_FINDINGS_FOLDER}}`;

/** What such a folder's `.breakdown` folder is watched for: the hidden-findings file. */
export const HIDDEN_FINDINGS_NAME_GLOB = HIDDEN_FINDINGS_FILE.split('/')[1];

/** `…/.breakdown/ignore.json`: the hidden findings of the folder above `.breakdown`. */
export function isHiddenFindingsUri(uri: string): boolean {
	return uriKey(uri).endsWith('/' + HIDDEN_FINDINGS_FILE);
}

/** The hidden-findings file of a folder (a `file:` URI without a trailing slash). */
export function hiddenFindingsUriIn(folderUri: string): string {
	return `${folderUri.replace(/\/$/, '')}/${HIDDEN_FINDINGS_FILE.split('/').map(encodeURIComponent).join('/')}`;
}

/** The folder a hidden-findings file applies to, as a key (see uriKey) ending in `/`. */
export function hiddenFindingsFolderKey(uri: string): string {
	const key = uriKey(uri);
	return key.slice(0, key.length - HIDDEN_FINDINGS_FILE.length);
}

/** Notices and registries are `.txt` files (in any case: `通知.TXT` too). */
export function isTextFileName(name: string): boolean {
	return name.toLowerCase().endsWith('.txt');
}

/** Folders of tools and builds, never of notices: a workspace walk does not enter them (nor a hidden folder). */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);

export function isSkippedFolder(name: string): boolean {
	return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

/**
 * Where a registry for a notice is created when none applies: `单位名录.txt` in the notice's folder, or
 * above it when that folder is a year's (`东乡县/2025年/…`) and `mayClimbTo` allows the registry there:
 * the county's units are the same every year, and one made in 2025年/ split them in two with the
 * 2024 notices' (a tester's workspace). Not out of a workspace folder (one named 2025), nor onto a
 * registry already in force that the notice is to have one apart from (the city's, above a
 * district's notice filed under its 2025年/): the caller says (see registryUriFor).
 */
export function suggestedRegistryUri(noticeUri: string, mayClimbTo: (registryUri: string) => boolean = () => false): string {
	const folder = noticeUri.slice(0, noticeUri.lastIndexOf('/'));
	const name = folder.slice(folder.lastIndexOf('/') + 1);
	const beside = `${folder}/${encodeURIComponent(REGISTRY_FILE_NAME)}`;
	if (!isYearFolder(decodedName(name)) || folder.lastIndexOf('/') <= folder.indexOf('//') + 2) {
		return beside;
	}
	const above = `${folder.slice(0, folder.lastIndexOf('/'))}/${encodeURIComponent(REGISTRY_FILE_NAME)}`;
	return mayClimbTo(above) ? above : beside;
}

function decodedName(name: string): string {
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
}
