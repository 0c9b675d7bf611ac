import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import type { SetupLog } from './setupLog';
import { CACHE, ROOT, setupLog, type Tools } from './tools';

/** Builds the production bundles and packages breakdown.vsix; returns its path. */
export function packageExtension(log: SetupLog = setupLog()): string {
	log.step('extension: building and packaging breakdown.vsix', () => log.run('npm', ['run', 'package', '--silent'], { cwd: ROOT }));
	return path.join(ROOT, 'breakdown.vsix');
}

/** A fresh copy of the sample notices with the sample unit registry, in `folder`. */
export function prepareWorkspace(folder: string): string {
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	for (const name of readdirSync(path.join(ROOT, 'seeds'))) {
		copyFileSync(path.join(ROOT, 'seeds', name), path.join(folder, name));
	}
	copyFileSync(path.join(ROOT, 'test', 'e2e', '单位名录.txt'), path.join(folder, '单位名录.txt'));
	return folder;
}

/** An isolated VS Code profile: user data, extensions and settings of its own. */
export interface Profile {
	userDataDir: string;
	extensionsDir: string;
}

/**
 * No language is forced: the workbench takes the browser's display language, as a user's VS Code
 * takes its own, and the extension (breakdown.locale: auto) follows it. A missing argv.json would
 * mean English before the browser is asked (docs/display-language.md), hence an empty one.
 */
export function createProfile(folder: string, tools: Tools, vsix: string, settings: Record<string, unknown> = {}): Profile {
	rmSync(folder, { recursive: true, force: true });
	const profile = { userDataDir: path.join(folder, 'user-data'), extensionsDir: path.join(folder, 'extensions') };
	mkdirSync(path.join(profile.userDataDir, 'User'), { recursive: true });
	writeFileSync(path.join(profile.userDataDir, 'User', 'argv.json'), '{}\n');
	writeFileSync(
		path.join(profile.userDataDir, 'User', 'settings.json'),
		JSON.stringify(
			{
				'workbench.startupEditor': 'none',
				'workbench.tips.enabled': false,
				'workbench.secondarySideBar.defaultVisibility': 'hidden',
				'chat.disableAIFeatures': true,
				'telemetry.telemetryLevel': 'off',
				'extensions.ignoreRecommendations': true,
				'security.workspace.trust.startupPrompt': 'never',
				'security.workspace.trust.banner': 'always',
				'editor.minimap.enabled': false,
				'git.openRepositoryInParentFolders': 'never',
				'git.enabled': false,
				'workbench.reduceMotion': 'on',
				...settings,
			},
			null,
			2,
		),
	);
	tools.log.step(`extension: installing into a fresh profile (${path.relative(ROOT, folder)})`, () =>
		tools.log.run(tools.node24, [tools.codeServer, '--install-extension', vsix, '--force', '--extensions-dir', profile.extensionsDir, '--user-data-dir', profile.userDataDir]),
	);
	return profile;
}

export interface RunningCodeServer {
	url: string;
	folder: string;
	logFile: string;
	profile: Profile;
	stop(): Promise<void>;
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/**
 * Starts code-server on 127.0.0.1 serving `folder`. `trusted: false` leaves workspace trust on, so a
 * fresh profile opens the folder in Restricted Mode. Resolves once it says it is listening.
 */
export async function startCodeServer(tools: Tools, profile: Profile, folder: string, options: { port?: number; trusted: boolean; logFile: string }): Promise<RunningCodeServer> {
	const port = options.port ?? (await freePort());
	const args = [
		tools.codeServer,
		'--auth', 'none',
		'--bind-addr', `127.0.0.1:${port}`,
		'--user-data-dir', profile.userDataDir,
		'--extensions-dir', profile.extensionsDir,
		'--disable-telemetry',
		'--disable-update-check',
		'--ignore-last-opened',
		...(options.trusted ? ['--disable-workspace-trust'] : []),
		folder,
	];
	mkdirSync(path.dirname(options.logFile), { recursive: true });
	const log = createWriteStream(options.logFile);
	// A process group of its own: an extension host left by a reloaded window waits for it to reconnect
	// after code-server exits, so stopping ends the whole group.
	const child: ChildProcess = spawn(tools.node24, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, XDG_CONFIG_HOME: path.join(profile.userDataDir, 'config') } });
	child.stdout!.pipe(log);
	child.stderr!.pipe(log);
	await new Promise<void>((resolve, reject) => {
		let output = '';
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes('HTTP server listening on')) {
				child.stdout!.off('data', onData);
				resolve();
			}
		};
		child.stdout!.on('data', onData);
		child.once('exit', (code) => reject(new Error(`code-server exited with ${code} before listening; see ${options.logFile}`)));
	});
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null) {
				resolve();
				return;
			}
			child.once('exit', () => {
				signalGroup(child, 'SIGKILL');
				resolve();
			});
			signalGroup(child, 'SIGTERM');
		});
	return { url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`, folder, logFile: options.logFile, profile, stop };
}

/** Signals every process of a child's group (what is left of it may be gone already). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	try {
		process.kill(-child.pid!, signal);
	} catch {
		// the group is empty
	}
}

/** Every log file VS Code wrote for a profile (extension host, language server output), for a failure report. */
export function collectLogs(profile: Profile, into: string): string[] {
	const found: string[] = [];
	const walk = (folder: string) => {
		if (!existsSync(folder)) {
			return;
		}
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = path.join(folder, entry.name);
			if (entry.isDirectory()) {
				walk(full);
			} else if (entry.name.endsWith('.log')) {
				found.push(full);
			}
		}
	};
	walk(path.join(profile.userDataDir, 'logs'));
	mkdirSync(into, { recursive: true });
	return found.map((file) => {
		const target = path.join(into, path.relative(profile.userDataDir, file).replace(/[\\/]/g, '__'));
		copyFileSync(file, target);
		return target;
	});
}

export const E2E_CACHE = CACHE;
