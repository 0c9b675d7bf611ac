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
