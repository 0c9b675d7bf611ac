import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function runs before V8 considers optimizing it: three times Node 20's V8
 * default (66 KB; other versions' are 132 and 144 KB, all below it, so this only ever waits longer).
 *
 * A new server's first notice is read by code V8 has not optimized yet; optimizing it from the
 * first lines' type feedback cost that read more than it gained (some thrown away again a few
 * hundred tasks later: in-process, five deoptimizations for code dependencies and three for
 * feedback). The benchmark's 200 KB notice, open → first diagnostics in a new server with its code
 * cache (medians of five servers, Node 20): 74–80 ms at V8's default, 55–60 at twice it, 53–55 at
 * three times, 54–56 at four and eight times; with no optimizing at all (`--no-opt`) 56. Keystrokes
 * and warm reads were the same (typing p95 3.3–3.9 against 3.6–4.1 ms; the core's fresh 2 MB reads
 * 23.3–25.7 against 22.9–24.3 MB/s); a second 2,000-edit change, once compiled, was some 6 ms
 * slower (24.5 → 31.1 ms, medians of eight).
 */
export const INTERRUPT_BUDGET = 3 * 66 * 1024;

/**
 * Sets V8's interrupt budget (INTERRUPT_BUDGET) for the code compiled after it: the server's bundle,
 * run next. A budget given on the command line (`node --interrupt-budget=… dist/server.js`) is kept.
 * Returns whether it set it.
 */
export function delayOptimization(execArgv: readonly string[]): boolean {
	if (execArgv.some((flag) => /^--interrupt[-_]budget(=|$)/.test(flag))) {
		return false;
	}
	setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
	return true;
}

/**
 * Compiles each function's baseline code (Sparkplug) once it is warm, not in batches of some 4 KB of
 * bytecode: a function waiting for its batch ran in the interpreter meanwhile, and a new server's
 * first read runs almost all in these two tiers (17% of it still in the interpreter). Instructions
 * of one cold read of the benchmark's 200 KB notice in a new process (code cache, TurboFan off as
 * for a first read, cachegrind, 1 read − 0 reads): 425.0 → 398.8 M (−6%; with `--predictable`
 * 421.3 → 408.3 M). A warm read is the same: only when baseline code is compiled changes. Like the
 * budget, set before the bundle is compiled (V8 checks its code cache against the flags), and a
 * command line that says so is kept. Returns whether it set it.
 */
export function compileBaselineAtOnce(execArgv: readonly string[]): boolean {
	if (execArgv.some((flag) => /^--(no-)?baseline[-_]batch[-_]compilation(=|$)/.test(flag))) {
		return false;
	}
	setFlagsFromString('--no-baseline-batch-compilation');
	return true;
}

/**
 * Holds V8's optimizing compiler (TurboFan) off until `release` is called: once the first notice's
 * findings are answered, or a read or scan in slices first yields (a notice of megabytes, a
 * workspace: there optimized code pays within the read). A new server's first read of a notice of
 * some 200 KB runs in the interpreter and baseline code anyway (sampled: 82% baseline, 17%
 * interpreter, 1% optimized code) and the same on the main thread with or without optimizing,
 * while V8 compiled some 15 functions on its background threads meanwhile (`scanLine` alone tens of
 * ms): on a machine whose other core is busy, the main thread waited for them. The benchmark's
 * open, in new servers on a loaded 2-core machine, 10 each interleaved: 83.7 → 71.8 ms (main thread
 * CPU 54.7 → 53.2, its wait for a core 25.0 → 10.0, background CPU 24.9 → 6.2).
 * Called after the bundle is compiled: V8's code cache is checked against the flags (a cache
 * written with the compiler held would be refused at the next start), and so the release also runs
 * first at exit, before the cache is written. A command line that says whether or how far to
 * optimize (`--no-opt`, `--turbofan`, `--max-opt=…`) is kept; `release` then does nothing.
 */
export function holdOptimization(execArgv: readonly string[], setFlags: (flags: string) => void = setFlagsFromString, later: (release: () => void, ms: number) => void = releaseLater): () => void {
	if (execArgv.some((flag) => /^--(no-)?(opt|turbofan|max[-_]opt)(=|$)/.test(flag))) {
		return () => undefined;
	}
	setFlags('--no-turbofan');
	let held = true;
	const release = () => {
		if (held) {
			held = false;
			setFlags('--turbofan');
		}
	};
	// A session that answers no findings (a client that asks for other things only) is not left unoptimized.
	later(release, OPTIMIZATION_HELD_MS);
	return release;
}

/** At most this long from the start: a first notice is opened as the server starts (the client starts it for that notice). */
export const OPTIMIZATION_HELD_MS = 10_000;

function releaseLater(release: () => void, ms: number): void {
	setTimeout(release, ms).unref();
}
