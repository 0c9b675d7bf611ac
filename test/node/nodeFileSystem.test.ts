import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { isRegistryUri } from '../../server/src/core/workspace/fileNames';
import { listTextFiles } from '../../server/src/core/workspace/listTextFiles';
import { createNodeFileSystem } from '../../server/src/node/nodeFileSystem';
import { tempFolder } from '../support/tempFolder';

const uriOf = (file: string) => pathToFileURL(file).href;
const posix = process.platform !== 'win32';

describe('the Node host reads only regular files inside the workspace', () => {
	const fileSystem = createNodeFileSystem();
	let workspace: string;
	let outside: string;
	const read = (uri: string, maxBytes = 1_000_000) => fileSystem.readFile(uri, { folders: [uriOf(workspace)], maxBytes });
	before(() => {
		const parent = tempFolder('breakdown-host-');
		workspace = path.join(parent, 'workspace');
		outside = path.join(parent, 'outside');
		fs.mkdirSync(path.join(workspace, 'sub'), { recursive: true });
		fs.mkdirSync(outside);
		fs.writeFileSync(path.join(workspace, 'a.txt'), '\uFEFF市财政局\n');
		fs.writeFileSync(path.join(outside, 'secret.txt'), '市保密局\n');
		if (posix) {
			fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(workspace, 'leak.txt'));
			fs.symlinkSync(outside, path.join(workspace, 'sub', 'out'));
			fs.symlinkSync(path.join(workspace, 'a.txt'), path.join(workspace, 'sub', 'alias.txt'));
			fs.symlinkSync('/dev/zero', path.join(workspace, 'zero.txt'));
			assert.equal(spawnSync('mkfifo', [path.join(workspace, 'pipe.txt')]).status, 0);
		}
	});

	test('a file inside: its text (BOM dropped)', async () => {
		assert.deepEqual(await read(uriOf(path.join(workspace, 'a.txt'))), { kind: 'text', text: '市财政局\n' });
	});

	test('UTF-16 by its byte-order mark, little and big endian; GB18030 when not UTF-8', async () => {
		const text = '市财政局\n𠀀\n';
		const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		const be = Buffer.from(le);
		be.swap16();
		be[0] = 0xfe;
		be[1] = 0xff;
		fs.writeFileSync(path.join(workspace, 'le.txt'), le);
		fs.writeFileSync(path.join(workspace, 'be.txt'), be);
		fs.writeFileSync(path.join(workspace, 'gbk.txt'), Buffer.from([0xca, 0xd0, 0xb2, 0xc6, 0xd5, 0xfe, 0xbe, 0xd6]));
		assert.deepEqual(await read(uriOf(path.join(workspace, 'le.txt'))), { kind: 'text', text });
		assert.deepEqual(await read(uriOf(path.join(workspace, 'be.txt'))), { kind: 'text', text });
		assert.deepEqual(await read(uriOf(path.join(workspace, 'gbk.txt'))), { kind: 'text', text: '市财政局' });
	});

	test('`..`, percent-encoded `..` and an encoded separator do not lead out', async () => {
		const base = uriOf(workspace);
		assert.equal((await read(`${base}/../outside/secret.txt`)).kind, 'outside');
		assert.equal((await read(`${base}/%2e%2e/outside/secret.txt`)).kind, 'outside');
		assert.equal((await read(`${base}/%2E%2E/%2E%2E/${path.basename(path.dirname(workspace))}/outside/secret.txt`)).kind, 'outside');
		assert.notEqual((await read(`${base}/..%2foutside%2fsecret.txt`)).kind, 'text');
		assert.deepEqual(await read(`${base}/sub/../a.txt`), { kind: 'text', text: '市财政局\n' });
	});

	test('a link out of the workspace (to a file or through a folder) is not followed; one inside is', { skip: !posix }, async () => {
		assert.equal((await read(uriOf(path.join(workspace, 'leak.txt')))).kind, 'outside');
		assert.equal((await read(uriOf(path.join(workspace, 'sub', 'out', 'secret.txt')))).kind, 'outside');
		assert.deepEqual(await read(uriOf(path.join(workspace, 'sub', 'alias.txt'))), { kind: 'text', text: '市财政局\n' });
	});

	test('a link to /dev/zero, /dev/zero itself and a FIFO are refused without reading', { skip: !posix, timeout: 10_000 }, async () => {
		assert.equal((await read(uriOf(path.join(workspace, 'zero.txt')))).kind, 'outside');
		assert.equal((await fileSystem.readFile('file:///dev/zero', { folders: ['file:///dev'], maxBytes: 1000 })).kind, 'not-a-file');
		assert.equal((await read(uriOf(path.join(workspace, 'pipe.txt')))).kind, 'not-a-file');
		assert.equal((await read(uriOf(workspace))).kind, 'not-a-file');
	});

	test('the size is checked before reading; a missing file is missing; nothing is read without a folder', async () => {
		fs.writeFileSync(path.join(workspace, 'big.txt'), 'x'.repeat(2000));
		assert.deepEqual(await read(uriOf(path.join(workspace, 'big.txt')), 1000), { kind: 'too-large', bytes: 2000 });
		assert.equal((await read(uriOf(path.join(workspace, 'none.txt')))).kind, 'missing');
		assert.equal((await fileSystem.readFile(uriOf(path.join(workspace, 'a.txt')), { folders: [], maxBytes: 1000 })).kind, 'outside');
		assert.equal((await read('untitled:Untitled-1')).kind, 'unreadable');
	});
});

describe('listing a workspace folder on the Node host', () => {
	test('registries first and all of them whatever the limit; the limit reported; links and FIFOs not listed', async () => {
		const folder = tempFolder('breakdown-list-');
		for (let i = 0; i < 10; i++) {
			fs.writeFileSync(path.join(folder, `n${i}.txt`), '');
		}
		fs.mkdirSync(path.join(folder, 'zz', 'deep'), { recursive: true });
		fs.writeFileSync(path.join(folder, 'zz', 'deep', '单位名录.txt'), '');
		fs.writeFileSync(path.join(folder, 'zz', 'b.units.txt'), '');
		fs.mkdirSync(path.join(folder, 'node_modules'));
		fs.writeFileSync(path.join(folder, 'node_modules', 'x.units.txt'), '');
		if (posix) {
			fs.symlinkSync(path.join(folder, 'n0.txt'), path.join(folder, 'link.units.txt'));
			fs.symlinkSync(os.tmpdir(), path.join(folder, 'tmp'));
			spawnSync('mkfifo', [path.join(folder, 'fifo.units.txt')]);
		}
		const fileSystem = createNodeFileSystem();
		const names = (uris: string[]) => uris.map((uri) => path.relative(folder, new URL(uri).pathname)).map((name) => decodeURIComponent(name));
		const capped = await listTextFiles(fileSystem, uriOf(folder), { limit: 5, first: isRegistryUri });
		assert.deepEqual(names(capped.uris), ['zz/b.units.txt', 'zz/deep/单位名录.txt', 'n0.txt', 'n1.txt', 'n2.txt']);
		assert.equal(capped.truncated, true);
		const tight = await listTextFiles(fileSystem, uriOf(folder), { limit: 1, first: isRegistryUri });
		assert.deepEqual(names(tight.uris), ['zz/b.units.txt', 'zz/deep/单位名录.txt']);
		const all = await listTextFiles(fileSystem, uriOf(folder), { limit: 100, first: isRegistryUri });
		assert.equal(all.uris.length, 12);
		assert.equal(all.truncated, false);
	});

	test("a folder's entries: each URI as pathToFileURL makes it (made when asked for), and its kind, links not followed", async () => {
		const folder = tempFolder('breakdown-entries-');
		const names = ['a b.txt', '100%.units.txt', '#1 单位名录.txt', 'sub'];
		names.slice(0, 3).forEach((name) => fs.writeFileSync(path.join(folder, name), ''));
		fs.mkdirSync(path.join(folder, 'sub'));
		if (posix) {
			fs.symlinkSync(path.join(folder, 'sub'), path.join(folder, 'link'));
			names.push('link');
		}
		const entries = (await createNodeFileSystem().readDirectory(uriOf(folder))) ?? [];
		const listed = entries.map((entry) => ({ name: entry.name, kind: entry.kind, uri: entry.uri })).sort((a, b) => (a.name < b.name ? -1 : 1));
		const expected = names.map((name) => ({ name, kind: name === 'sub' ? 'folder' : name === 'link' ? 'link' : 'file', uri: uriOf(path.join(folder, name)) })).sort((a, b) => (a.name < b.name ? -1 : 1));
		assert.deepEqual(listed, expected);
		assert.equal(await createNodeFileSystem().readDirectory(uriOf(path.join(folder, 'missing'))), undefined);
	});
});
