import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/golden';
import { LanguageServer } from './support/languageServer';

const NOTICE = fs.readFileSync(path.join(repoRoot(), 'seeds', 'zhoushan-2020-task-responsibilities.txt'), 'utf8');

/** One session of dist/server.js with the code cache of `dir`: a notice opened, its findings, the server stopped (its cache is written as it exits). */
async function session(dir: string, nodeFlags: readonly string[] = []): Promise<string[]> {
	const server = await LanguageServer.start({ codeCacheDir: dir, nodeFlags });
	try {
		await server.open('untitled:notice', NOTICE);
		return (await server.currentDiagnostics('untitled:notice')).map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.code}`);
	} finally {
		await server.stop();
		// By itself, after `exit`, its cache written: an error in its exit handler once kept it running until killed.
		assert.equal(server.exitCode, 0);
	}
}

function caches(dir: string): string[] {
	return fs.readdirSync(dir).filter((name) => name.endsWith('.cache'));
}

/**
 * The code cache (codeCache.ts) over real sessions: written at the first one's end, used by the
 * next and left as it is, a damaged one refused and written again, an older build's removed; and
 * none of it changes what the server answers, nor stops it when the folder cannot be written.
 */
test('the code cache: written at a session end, used by the next, a damaged one replaced', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-code-cache-'));
	try {
		// Three older builds' caches, the oldest first: the two latest are kept (two windows of two versions share the folder).
		const older = ['server-000000000000000000000001.cache', 'server-000000000000000000000002.cache', 'server-000000000000000000000003.cache'];
		older.forEach((name, at) => {
			fs.writeFileSync(path.join(dir, name), 'an older build’s cache');
			fs.utimesSync(path.join(dir, name), 1_000_000 + at, 1_000_000 + at);
		});
		const first = await session(dir);
		assert.ok(first.length > 0);
		const [written] = caches(dir).filter((name) => !older.includes(name));
		assert.deepEqual(caches(dir).sort(), [...older.slice(1), written].sort(), 'the oldest build’s cache removed');
		older.slice(1).forEach((name) => fs.rmSync(path.join(dir, name)));
		const bytes = fs.readFileSync(path.join(dir, written));
		assert.ok(bytes.length > 100_000, `a cache of the bundle's code (${bytes.length} bytes)`);

		assert.deepEqual(await session(dir), first);
		assert.deepEqual(fs.readFileSync(path.join(dir, written)), bytes, 'used, not written again');
		assert.equal(fs.statSync(dir).mode & 0o777, 0o700, 'a folder of this user alone');

		// One byte of V8's data changed (a torn write, a bad sector): V8 checks only its header, and ran it.
		const flipped = Buffer.from(bytes);
		flipped[flipped.length >> 1] ^= 0xff;
		fs.writeFileSync(path.join(dir, written), flipped);
		assert.deepEqual(await session(dir), first);
		const rewritten = fs.readFileSync(path.join(dir, written));
		assert.ok(!rewritten.equals(flipped) && rewritten.length > 100_000, 'refused by its hash, then written again');

		const damaged = Buffer.alloc(bytes.length, 0x5a);
		fs.writeFileSync(path.join(dir, written), damaged);
		assert.deepEqual(await session(dir), first);
		const replaced = fs.readFileSync(path.join(dir, written));
		assert.ok(!replaced.equals(damaged) && replaced.length > 100_000, 'refused, then written again');
		assert.deepEqual(caches(dir), [written]);
		assert.deepEqual(fs.readdirSync(dir).filter((name) => name.endsWith('.partial')), []);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

test('a server run with other V8 flags keeps a cache of its own: it neither refuses nor replaces the other\'s', async () => {
	// V8 refuses a cache made under other flags, and a refused cache is written again at exit: the
	// benchmark's server run with --expose-gc replaced the cache the next servers started from.
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-code-cache-'));
	try {
		const first = await session(dir);
		const [plain] = caches(dir);
		const bytes = fs.readFileSync(path.join(dir, plain));
		assert.deepEqual(await session(dir, ['--expose-gc']), first);
		assert.equal(caches(dir).length, 2, 'one cache per set of flags');
		assert.deepEqual(fs.readFileSync(path.join(dir, plain)), bytes, 'the plain servers\' cache left as it was');
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

test('a session that stops before any findings, the optimizing compiler still held, writes a cache the next start uses', async () => {
	// main.ts holds TurboFan off (--no-turbofan) until the first findings; V8 keys a cache to the flags
	// at its writing, so one written still held was refused at every next start, then written again.
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-code-cache-'));
	try {
		const stopAtOnce = async () => {
			const server = await LanguageServer.start({ codeCacheDir: dir });
			await server.stop();
			assert.equal(server.exitCode, 0);
		};
		await stopAtOnce();
		const [written] = caches(dir);
		const file = path.join(dir, written);
		const before = { bytes: fs.readFileSync(file), inode: fs.statSync(file).ino };
		assert.ok(before.bytes.length > 10_000, `a cache of the code run (${before.bytes.length} bytes)`);
		await stopAtOnce();
		// A refused cache is written again: a new file renamed over it, a new inode.
		assert.equal(fs.statSync(file).ino, before.inode, 'used, not written again');
		assert.deepEqual(fs.readFileSync(file), before.bytes);
		assert.deepEqual(caches(dir), [written]);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

test('a code cache folder others may write is neither read nor written (POSIX)', { skip: typeof process.getuid !== 'function' }, async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-code-cache-'));
	try {
		const first = await session(dir);
		const [written] = caches(dir);
		const bytes = fs.readFileSync(path.join(dir, written));
		// Bytecode someone else put there would be code we run: a folder anyone may write is not used.
		fs.chmodSync(dir, 0o777);
		fs.writeFileSync(path.join(dir, written), Buffer.concat([bytes.subarray(0, bytes.length - 1), Buffer.from([bytes[bytes.length - 1] ^ 0xff])]));
		const planted = fs.readFileSync(path.join(dir, written));
		assert.deepEqual(await session(dir), first);
		assert.deepEqual(fs.readFileSync(path.join(dir, written)), planted, 'not written into a folder others may write');
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

test('a code cache folder that cannot be written changes nothing', async () => {
	const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-code-cache-'));
	try {
		// A file where the folder should be: nothing can be read or written under it.
		const blocked = path.join(parent, 'blocked');
		fs.writeFileSync(blocked, '');
		const withCache = await session(path.join(blocked, 'code-cache'));
		assert.ok(withCache.length > 0);
		assert.deepEqual(fs.readdirSync(parent), ['blocked']);
		assert.deepEqual(await session(path.join(parent, 'fresh')), withCache);
	} finally {
		fs.rmSync(parent, { recursive: true, force: true });
	}
});
