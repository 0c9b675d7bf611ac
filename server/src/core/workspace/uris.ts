/** Small helpers on `file:` URIs as strings; uriKey (the decoded key files are compared by) is text/uriPaths'. */
import { uriKey } from '../text/uriPaths';

export { dirnameKey, uriKey } from '../text/uriPaths';

/**
 * Notices in the order of their paths as a clerk reads them (decoded): the editor's exports and the
 * CLI's list them alike. Sorting the URIs themselves put `江州市….txt` (`%E6…`) before `2025年….txt`.
 */
export function byPath(a: string, b: string): number {
	const x = uriKey(a);
	const y = uriKey(b);
	return x < y ? -1 : x > y ? 1 : 0;
}

export function basename(uri: string): string {
	const key = uriKey(uri);
	return key.slice(key.lastIndexOf('/') + 1);
}

/** Whether `key` lies inside the folder `folderKey` (or is it). */
export function isInside(key: string, folderKey: string): boolean {
	const folder = folderKey.endsWith('/') ? folderKey : folderKey + '/';
	return key === folderKey || key.startsWith(folder);
}

/**
 * A `file:` URI with `.` and `..` resolved after percent-decoding (so `%2e%2e` is `..` too), each
 * segment encoded again; undefined when it is not a local `file:` URI, climbs above the root, or
 * hides a separator in a segment (`..%2f`). Confinement checks compare these, never raw strings.
 */
export function normalizeFileUri(uri: string): string | undefined {
	const match = /^file:\/\/([^/?#]*)([^?#]*)/i.exec(uri);
	if (!match || (match[1] !== '' && match[1].toLowerCase() !== 'localhost')) {
		return undefined;
	}
	const segments: string[] = [];
	for (const raw of match[2].split('/')) {
		let segment: string;
		try {
			segment = decodeURIComponent(raw);
		} catch {
			return undefined;
		}
		if (/[/\\\0]/.test(segment)) {
			return undefined;
		}
		if (segment === '' || segment === '.') {
			continue;
		}
		if (segment === '..') {
			if (segments.pop() === undefined) {
				return undefined;
			}
			continue;
		}
		segments.push(segment);
	}
	return 'file:///' + segments.map(encodeURIComponent).join('/');
}

/** An absolute path (`/srv/a`, `C:\\a`, `C:/a`) as a `file:` URI, or undefined when it is not one. */
export function pathToFileUri(path: string): string | undefined {
	const slashed = path.replace(/\\/g, '/');
	if (/^[A-Za-z]:\//.test(slashed)) {
		return normalizeFileUri('file:///' + slashed.split('/').map(encodeURIComponent).join('/'));
	}
	if (slashed.startsWith('/') && !slashed.startsWith('//')) {
		return normalizeFileUri('file://' + slashed.split('/').map(encodeURIComponent).join('/'));
	}
	return undefined;
}

/** A relative path (with / or \\) under a folder URI, `..` resolved; undefined when it is not well formed. */
export function resolveUnder(folderUri: string, relative: string): string | undefined {
	const folder = normalizeFileUri(folderUri);
	if (!folder) {
		return undefined;
	}
	return normalizeFileUri(folder + '/' + relative.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/'));
}

/**
 * Documents the workspace holds: files and unsaved new documents. Others are views of something
 * else (Refactor Preview's `vscode-bulkeditpreview-editor:`, `git:`, a diff's original) and would
 * count a notice twice.
 */
export function isWorkspaceDocumentUri(uri: string): boolean {
	return /^(file|untitled):/i.test(uri);
}
