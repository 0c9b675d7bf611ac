/**
 * Small helpers on `file:` URIs as strings. VS Code and Node encode some characters differently
 * (`(` is `%28` in one and `(` in the other), so files are compared by a decoded key.
 */
export function uriKey(uri: string): string {
	let decoded: string;
	try {
		decoded = decodeURIComponent(uri);
	} catch {
		decoded = uri;
	}
	return decoded.replace(/^file:\/\/\/([A-Za-z]):/, (_, drive: string) => `file:///${drive.toLowerCase()}:`);
}

export function dirnameKey(key: string): string {
	const slash = key.lastIndexOf('/');
	return slash > 0 ? key.slice(0, slash) : key;
}

export function basename(uri: string): string {
	const key = uriKey(uri);
	return key.slice(key.lastIndexOf('/') + 1);
}

/** `单位名录.txt` or `*.units.txt`: a unit registry. */
export function isRegistryUri(uri: string): boolean {
	const name = basename(uri);
	return name === '单位名录.txt' || name.endsWith('.units.txt');
}

/** Whether `key` lies inside the folder `folderKey` (or is it). */
export function isInside(key: string, folderKey: string): boolean {
	const folder = folderKey.endsWith('/') ? folderKey : folderKey + '/';
	return key === folderKey || key.startsWith(folder);
}

/** Joins a relative path (with / or \\) onto a folder URI; `..` segments are resolved. */
export function joinUri(folderUri: string, relative: string): string {
	const parts = folderUri.replace(/\/$/, '').split('/');
	for (const segment of relative.replace(/\\/g, '/').split('/')) {
		if (segment === '' || segment === '.') {
			continue;
		}
		if (segment === '..') {
			if (parts.length > 3) {
				parts.pop();
			}
			continue;
		}
		parts.push(encodeURIComponent(segment));
	}
	return parts.join('/');
}
