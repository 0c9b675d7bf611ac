import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { CODE_CACHE_DIR_OPTION } from '../protocol/serverOptions';


/**
 * A cache written at the end of a session replaces the one it started from only when it holds
 * this much more: a session that opened no notice caches the start alone, and the next one, which
 * reads a notice, should leave the reader's code for the one after it.
 */
const GROWTH_TO_REWRITE = 1.1;

/** What became of the cache at the start; the session's end writes one when there was none, it was refused or it grew. */
export type CodeCacheState = 'none' | 'used' | 'rejected';

/**
 * Runs a CommonJS bundle (the server's) compiled with V8's code cache from `cacheDir`, so a new
 * session neither parses the bundle again nor compiles again the functions the last one compiled:
 * a server's first notice was read mostly by code compiled on the way (a 200 KB notice: about 200
 * ms to its diagnostics in a new server, 140 with the cache; the 20th read took 20).
 * The cache is V8's own: V8 refuses one made by another version or with other flags, and the
 * bundle is then compiled as usual. V8 checks only the source's length, so the file is named after
 * a hash of the bundle and the Node version: a rebuilt bundle never meets an older one's cache.
 * Written at the session's end (the process's `exit`) through a file of its own renamed into place:
 * servers of several windows may end at once. Nothing about the cache can stop the server: any
 * failure leaves the bundle compiled as usual.
 */
export function runWithCodeCache(bundle: string, cacheDir: string | undefined): CodeCacheState {
	const source = fs.readFileSync(bundle, 'utf8');
	const cacheFile = cacheDir === undefined ? undefined : cachePath(cacheDir, source);
	const cached = cacheFile === undefined ? undefined : readCache(cacheFile);
	// The parameters CommonJS gives a module, on the bundle's first line: its line numbers stay those of its source map.
	const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
	const script = new vm.Script(wrapped, { filename: bundle, cachedData: cached });
	const state: CodeCacheState = cached === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
	if (cacheFile !== undefined) {
		process.once('exit', () => writeCache(script, cacheFile, state === 'used' ? cached!.length : 0));
	}
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

function cachePath(cacheDir: string, source: string): string {
	const hash = createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}`).digest('hex').slice(0, 24);
	return path.join(cacheDir, `server-${hash}.cache`);
}

function readCache(file: string): Buffer | undefined {
	try {
		return fs.readFileSync(file);
	} catch {
		return undefined;
	}
}

/** The cache of what this session compiled, when there was none or it holds more than the one used. */
function writeCache(script: vm.Script, file: string, usedBytes: number): void {
	try {
		const data = script.createCachedData();
		if (usedBytes > 0 && data.length < usedBytes * GROWTH_TO_REWRITE) {
			return;
		}
		fs.mkdirSync(path.dirname(file), { recursive: true });
		const partial = `${file}.${process.pid}.partial`;
		fs.writeFileSync(partial, data);
		fs.renameSync(partial, file);
		removeOtherCaches(file);
	} catch {
		// A folder that cannot be written only costs the next start its cache.
	}
}

/** Caches of other builds (an updated extension leaves its last one behind). */
function removeOtherCaches(kept: string): void {
	const dir = path.dirname(kept);
	for (const name of fs.readdirSync(dir)) {
		if (/^server-[0-9a-f]+\.cache$/.test(name) && name !== path.basename(kept)) {
			fs.rmSync(path.join(dir, name), { force: true });
		}
	}
}
