import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/golden';
import { LanguageServer } from './support/languageServer';

const NOTICE = fs.readFileSync(path.join(repoRoot(), 'seeds', 'zhoushan-2020-task-responsibilities.txt'), 'utf8');

/** One session of dist/server.js with the code cache of `dir`: a notice opened, its findings, the server stopped (its cache is written as it exits). */
async function session(dir: string): Promise<string[]> {
	const server = await LanguageServer.start({ codeCacheDir: dir });
	try {
		await server.open('untitled:notice', NOTICE);
		return (await server.currentDiagnostics('untitled:notice')).map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.code}`);
	} finally {
		await server.stop();
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
		fs.writeFileSync(path.join(dir, 'server-0123456789abcdef01234567.cache'), 'an older build’s cache');
		const first = await session(dir);
		assert.ok(first.length > 0);
		const [written] = caches(dir);
		assert.deepEqual(caches(dir), [written], 'one cache, the older build’s removed');
		const bytes = fs.readFileSync(path.join(dir, written));
		assert.ok(bytes.length > 100_000, `a cache of the bundle's code (${bytes.length} bytes)`);

		assert.deepEqual(await session(dir), first);
		assert.deepEqual(fs.readFileSync(path.join(dir, written)), bytes, 'used, not written again');

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
