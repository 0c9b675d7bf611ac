// Set-up steps say one line each on the terminal; what the commands print (apt, dpkg, npm, vsce,
// code-server) goes to one log file, which every failure names.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Past this size the log starts afresh, so runs accumulate only the recent ones. */
const MAX_LOG_BYTES = 2 * 1024 * 1024;

/** The set-up log: each SetupLog appends its commands under a heading of its own. */
export class SetupLog {
	private started = false;

	constructor(
		readonly file: string,
		private readonly root: string,
	) {}

	/** The log's path as a person at the repository root types it. */
	get shown(): string {
		return path.relative(this.root, this.file) || this.file;
	}

	/**
	 * One step: `[setup] label … done in 4 s` on one line (the line is begun before the step runs,
	 * so a long install shows what it is waiting for), `failed` and the error otherwise.
	 */
	step<T>(label: string, action: () => T): T {
		const start = Date.now();
		process.stderr.write(`[setup] ${label} … `);
		try {
			const result = action();
			process.stderr.write(`done in ${elapsed(Date.now() - start)}\n`);
			return result;
		} catch (error) {
			process.stderr.write('failed\n');
			throw error;
		}
	}

	/** A line of its own, for what needs no work (`Node 24.9.0 ready`). */
	note(message: string): void {
		process.stderr.write(`[setup] ${message}\n`);
	}

	/** Runs a command with its output appended to the log; a failure throws with the log's last lines and its name. */
	run(command: string, args: readonly string[], options: Omit<SpawnSyncOptions, 'stdio'> = {}): void {
		this.begin();
		writeFileSync(this.file, `\n$ ${[command, ...args].join(' ')}\n`, { flag: 'a' });
		const fd = openSync(this.file, 'a');
		let result;
		try {
			result = spawnSync(command, args, { ...options, stdio: ['ignore', fd, fd] });
		} finally {
			closeSync(fd);
		}
		if (result.error || result.status !== 0) {
			const why = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
			const tail = readFileSync(this.file, 'utf8').trimEnd().split('\n').slice(-12).map((line) => `    ${line}`).join('\n');
			const line = [path.basename(command), ...args].join(' ');
			throw new Error(`${line.length > 120 ? line.slice(0, 119) + '…' : line} failed (${why}). Last lines of the log:\n${tail}\nFull log: ${this.shown}`);
		}
	}

	private begin(): void {
		if (!this.started) {
			mkdirSync(path.dirname(this.file), { recursive: true });
			const flag = existsSync(this.file) && statSync(this.file).size < MAX_LOG_BYTES ? 'a' : 'w';
			writeFileSync(this.file, `\n=== ${new Date().toISOString()} ${process.argv.slice(1).map((arg) => path.basename(arg)).join(' ')}\n`, { flag });
			this.started = true;
		}
	}
}

function elapsed(ms: number): string {
	const seconds = Math.round(ms / 1000);
	return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
