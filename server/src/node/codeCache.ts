import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { CODE_CACHE_DIR_OPTION } from '../protocol/serverOptions';

/**
 * A cache written at the end of a session replaces the one it started from only when it holds
 * more: a session that read no notice caches less than one that did, and one of a thousand
 * keystrokes less again (V8 drops the bytecode of functions not run for a while); the cache kept
 * is the fullest.
 */
const GROWTH_TO_REWRITE = 1.02;

/** How many caches of other builds a folder keeps (two windows of two versions, or two Node versions, share it). */
const OTHER_CACHES_KEPT = 2;

/**
 * What the file starts with: V8 checks a cache's header only (its version, flags and the source's
 * length), not its contents, and a damaged one (a torn write, a flipped byte) crashed the server
 * at every start or changed what it answered. The file is this tag, the SHA-256 of the data, then
 * V8's data: read only when the hash matches.
 */
const TAG = Buffer.from('breakdown code cache 1\n');
const HASH_BYTES = 32;

/** What the bundle is wrapped in, as CommonJS wraps a module (hashed with it: another wrapper is another script). */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_TAIL = '\n})';

/** What became of the cache at the start; the session's end writes one when there was none, it was refused or it grew. */
export type CodeCacheState = 'none' | 'used' | 'rejected';

/**
 * Runs a CommonJS bundle (the server's) compiled with V8's code cache from `cacheDir`, so a new
 * session neither parses the bundle again nor compiles again the functions the last one compiled:
 * a server's first notice was read mostly by code compiled on the way (a 200 KB notice: about 185
 * ms to its diagnostics in a new server, 143 with the cache; the 20th read took 20).
 * V8 refuses a cache made by another version or with other flags, and the bundle is then compiled
 * as usual. V8 checks only the source's length, so the file is named after a hash of the code and
 * the Node that runs it: a rebuilt bundle never meets an older one's cache.
 * The cache is bytecode V8 runs: it is read only from a folder of this user that no one else may
 * write (POSIX), only if it is a regular file of this user, and only when its own hash matches.
 * Written at the session's end (the process's `exit`) into a new file of its own, synced, then
 * renamed into place: servers of several windows may end at once. Nothing about the cache can
 * stop the server: any failure leaves the bundle compiled as usual. With a debugger or source maps
 * asked for, the bundle is required as it is (their tools follow files, not compiled scripts).
 */
export function runWithCodeCache(bundle: string, cacheDir: string | undefined): CodeCacheState {
	if (cacheDir === undefined || process.execArgv.some((flag) => /^--(inspect|enable-source-maps|debug)/.test(flag))) {
		require(bundle);
		return 'none';
	}
	// Read once, hashed as bytes: hashing the text encoded it to UTF-8 again (1.8 MB: reading and hashing took 14.5 ms of a new process, now 7.8).
	const bytes = fs.readFileSync(bundle);
	// The parameters CommonJS gives a module, on the bundle's first line: its line numbers stay those of its source map.
	const wrapped = `${WRAPPER_HEAD}${bytes.toString('utf8')}${WRAPPER_TAIL}`;
	const cacheFile = cachePath(cacheDir, bytes);
	const cached = readCache(cacheFile);
	const script = new vm.Script(wrapped, { filename: bundle, cachedData: cached?.data });
	const state: CodeCacheState = cached === undefined ? 'none' : cached === null || script.cachedDataRejected ? 'rejected' : 'used';
	process.once('exit', () => writeCache(script, cacheFile, state === 'used' ? cached!.data.length : 0));
	const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
	const run = script.runInThisContext() as (exports: object, require: NodeRequire, module: object, filename: string, dirname: string) => void;
	run.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
	module.loaded = true;
	return state;
}

/** The option's folder, from the command line; undefined when not given. */
export function codeCacheDir(argv: readonly string[]): string | undefined {
	const option = argv.find((arg) => arg.startsWith(CODE_CACHE_DIR_OPTION));
	const dir = option?.slice(CODE_CACHE_DIR_OPTION.length);
	return dir ? dir : undefined;
}

function cachePath(cacheDir: string, bundle: Buffer): string {
	// The process's V8 flags too: V8 rejects a cache made under other flags (`--expose-gc`, as the
	// benchmark starts a server to read its heap), and a rejected cache is written again at exit,
	// so two servers of one folder run with other flags replaced each other's cache.
	const node = `\0${process.version}\0${process.versions.v8}\0${process.arch}\0${process.execPath}\0${process.execArgv.join('\0')}`;
	const hash = createHash('sha256').update(WRAPPER_HEAD).update(bundle).update(WRAPPER_TAIL).update(node).digest('hex').slice(0, 24);
	return path.join(cacheDir, `server-${hash}.cache`);
}

/**
 * Whether a file or folder is this user's and no one else may write it (POSIX; elsewhere the
 * folder is the client's own storage). A cache another user can plant is code they run as us.
 */
function ownedSafely(stats: fs.Stats): boolean {
	if (typeof process.getuid !== 'function') {
		return true;
	}
	return stats.uid === process.getuid() && (stats.mode & 0o022) === 0;
}

/** The cache's data when the file is safe and whole; undefined when there is none, null when it is damaged or unsafe. */
function readCache(file: string): { data: Buffer } | null | undefined {
	try {
		const dir = fs.statSync(path.dirname(file));
		const stats = fs.lstatSync(file);
		if (!ownedSafely(dir) || !stats.isFile() || !ownedSafely(stats)) {
			return null;
		}
		const bytes = fs.readFileSync(file);
		const data = bytes.subarray(TAG.length + HASH_BYTES);
		const hash = bytes.subarray(TAG.length, TAG.length + HASH_BYTES);
		if (!bytes.subarray(0, TAG.length).equals(TAG) || !createHash('sha256').update(data).digest().equals(hash)) {
			return null;
		}
		return { data };
	} catch {
		return undefined;
	}
}

/** The cache of what this session compiled, when there was none or it holds more than the one used. */
function writeCache(script: vm.Script, file: string, usedBytes: number): void {
	const partial = `${file}.${process.pid}.partial`;
	try {
		const data = script.createCachedData();
		if (usedBytes > 0 && data.length < usedBytes * GROWTH_TO_REWRITE) {
			return;
		}
		const dir = path.dirname(file);
		fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
		if (!ownedSafely(fs.statSync(dir))) {
			return;
		}
		// A new file (`wx`: not through a link someone left under that name), synced before it replaces the last.
		const fd = fs.openSync(partial, 'wx', 0o600);
		try {
			fs.writeSync(fd, TAG);
			fs.writeSync(fd, createHash('sha256').update(data).digest());
			fs.writeSync(fd, data);
			fs.fsyncSync(fd);
		} finally {
			fs.closeSync(fd);
		}
		fs.renameSync(partial, file);
		removeOldCaches(file);
	} catch {
		// A folder that cannot be written only costs the next start its cache.
		removeQuietly(partial);
	}
}

/** Never throws: an error in the process's `exit` handler kept the server from exiting (the process guard took it). */
function removeQuietly(file: string): void {
	try {
		fs.rmSync(file, { force: true });
	} catch {
		// Under a file, or in a folder gone: nothing was written there either.
	}
}

/** Caches of older builds but the last few (an updated extension leaves its last one behind), and writes left unfinished. */
function removeOldCaches(kept: string): void {
	const dir = path.dirname(kept);
	const others: Array<{ file: string; time: number }> = [];
	for (const name of fs.readdirSync(dir)) {
		const file = path.join(dir, name);
		if (/^server-[0-9a-f]+\.cache\.\d+\.partial$/.test(name) && Date.now() - fs.statSync(file).mtimeMs > 60_000) {
			fs.rmSync(file, { force: true });
		} else if (/^server-[0-9a-f]+\.cache$/.test(name) && file !== kept) {
			others.push({ file, time: fs.statSync(file).mtimeMs });
		}
	}
	others.sort((a, b) => b.time - a.time);
	for (const { file } of others.slice(OTHER_CACHES_KEPT)) {
		fs.rmSync(file, { force: true });
	}
}
