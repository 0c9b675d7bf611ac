/**
 * `file:` URIs as strings, below every layer that reads a file's place: VS Code and Node encode some
 * characters differently (`(` is `%28` in one and `(` in the other), so files are compared by a
 * decoded key. The workspace uses them, and so does a registry that is told by the folder it is kept
 * in (see nameLevel.keptByPrefecture).
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

/** The folder of a decoded key: everything before its last `/`. */
export function dirnameKey(key: string): string {
	const slash = key.lastIndexOf('/');
	return slash > 0 ? key.slice(0, slash) : key;
}

/**
 * The folder a file (a decoded key, see uriKey) is filed under, out of folders named after years:
 * `清河县/2025年/a.txt` and `清河县/2024/b.txt` are both 清河县's.
 */
export function folderOutOfYears(key: string): string {
	let folder = key.slice(0, Math.max(0, key.lastIndexOf('/')));
	while (folder.lastIndexOf('/') > folder.indexOf('//') + 2 && isYearFolder(folder.slice(folder.lastIndexOf('/') + 1))) {
		folder = folder.slice(0, folder.lastIndexOf('/'));
	}
	return folder;
}

/** A folder named after a year: 2025, 2025年, 2025年度 (its name decoded). */
export function isYearFolder(name: string): boolean {
	return YEAR_FOLDER.test(name);
}

const YEAR_FOLDER = /^(19|20)\d{2}(年度?)?$/;
