import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * A new folder under the system's temporary folder, removed with everything in it when the test
 * process exits (node --test runs each test file in a process of its own; its servers are stopped
 * by then). Without it every `npm test` left some 25 folders and 9 MB behind.
 */
export function tempFolder(prefix: string): string {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	foldersToRemove().push(folder);
	return folder;
}

const FOLDERS = Symbol.for('breakdown.test.tempFolders');

/** The process's list, with one exit listener for all of it (one per folder would pass Node's warning at ten). */
function foldersToRemove(): string[] {
	const owner = process as NodeJS.Process & { [FOLDERS]?: string[] };
	let folders = owner[FOLDERS];
	if (!folders) {
		const list: string[] = [];
		folders = owner[FOLDERS] = list;
		process.once('exit', () => list.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));
	}
	return folders;
}
