import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { FilesBesideNotices } from '../../server/src/core/workspace/filesBesideNotices';
import type { FolderEntry, WorkspaceFileSystem } from '../../server/src/core/workspace/fileSystem';

// A notice opened without a workspace folder: its folder and those above it are listed from the
// open, beside the notice's first read, not one after another once the read is done (the first
// findings waited for the last listing: 2–5 ms of a 200 KB notice's open in a new server).

function fileSystem(listed: string[], folders: Record<string, FolderEntry[]>): WorkspaceFileSystem {
	return {
		readFile: () => Promise.resolve({ kind: 'missing' }),
		stat: () => Promise.resolve('missing'),
		readDirectory: (uri) => {
			listed.push(uri);
			return Promise.resolve(folders[uri] ?? []);
		},
	};
}

const REGISTRY: FolderEntry = { uri: 'file:///home/clerk/单位名录.txt', name: '单位名录.txt', kind: 'file' };

test('the folders of a notice opened are listed at the open, once, and what they hold is read at the update', async () => {
	const listed: string[] = [];
	const read: string[] = [];
	const beside = new FilesBesideNotices({ fileSystem: fileSystem(listed, { 'file:///home/clerk': [REGISTRY] }), read: (uri) => Promise.resolve(read.push(uri)), drop: () => undefined });
	beside.opened('file:///home/clerk/2020/a.txt');
	assert.deepEqual(listed, ['file:///home/clerk/2020', 'file:///home/clerk', 'file:///home', 'file:///']);
	assert.equal(await beside.update(), true);
	assert.deepEqual(listed, ['file:///home/clerk/2020', 'file:///home/clerk', 'file:///home', 'file:///'], 'not listed again at the update');
	assert.deepEqual(read, [REGISTRY.uri]);
	assert.equal(beside.folderOf(REGISTRY.uri), 'file:///home/clerk');
});

test('a folder changed after the open is listed again at the update (the listing at the open may not show the change)', async () => {
	const listed: string[] = [];
	const folders: Record<string, FolderEntry[]> = {};
	const read: string[] = [];
	const beside = new FilesBesideNotices({ fileSystem: fileSystem(listed, folders), read: (uri) => Promise.resolve(read.push(uri)), drop: () => undefined });
	beside.opened('file:///home/clerk/a.txt');
	folders['file:///home/clerk'] = [REGISTRY];
	beside.filesChanged([{ uri: REGISTRY.uri, kind: 'created' }]);
	assert.equal(await beside.update(), true);
	assert.deepEqual(read, [REGISTRY.uri]);
});
