import { message, type Message } from '../messages/message';
import { isRegistryUri } from './fileNames';
import { isInside, normalizeFileUri, pathToFileUri, resolveUnder, uriKey } from './uris';

/** Why a configured registry is not used. `missing` … `unreadable` come from reading it. */
export type RegistryProblem = 'invalid' | 'no-folder' | 'outside' | 'not-a-registry' | 'missing' | 'not-a-file' | 'too-large' | 'unreadable';

/**
 * Where `breakdown.registry` points: a path relative to the first workspace folder, an absolute
 * path or a `file:` URI, which must name a registry (`单位名录.txt`, `*.units.txt`) inside a
 * workspace folder once `..` and percent-encoding are resolved. (Links are the host's to resolve
 * when it reads the file.) Undefined: the setting is empty.
 */
export function resolveRegistrySetting(value: string, folders: readonly string[]): { uri: string } | { problem: RegistryProblem } | undefined {
	const setting = value.trim();
	if (setting.length === 0) {
		return undefined;
	}
	let uri: string | undefined;
	if (/^[a-z][a-z0-9+.-]+:/i.test(setting)) {
		uri = normalizeFileUri(setting);
	} else if (pathToFileUri(setting) !== undefined) {
		uri = pathToFileUri(setting);
	} else if (folders.length === 0) {
		return { problem: 'no-folder' };
	} else {
		uri = resolveUnder(folders[0], setting);
	}
	if (uri === undefined) {
		// Climbing above the root or an encoded separator (`..%2f`) leads nowhere inside; another scheme is no path.
		return { problem: /^[a-z][a-z0-9+.-]+:/i.test(setting) && !/^file:/i.test(setting) ? 'invalid' : 'outside' };
	}
	const inside = folders.some((folder) => {
		const normalized = normalizeFileUri(folder);
		return normalized !== undefined && isInside(uriKey(uri), uriKey(normalized));
	});
	if (!inside) {
		return { problem: 'outside' };
	}
	return isRegistryUri(uri) ? { uri } : { problem: 'not-a-registry' };
}

/** The one message for a registry setting that is not used. */
export function registryProblemMessage(setting: string, problem: RegistryProblem): Message {
	return message(`registry-setting.${problem}`, setting);
}
