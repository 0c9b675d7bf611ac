import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileBaselineAtOnce, delayOptimization, holdOptimization, INTERRUPT_BUDGET, OPTIMIZATION_HELD_MS } from '../../server/src/node/optimizationDelay';

test('V8 waits longer before optimizing, unless the command line says how long', () => {
	// Above every default V8 has had (66, 132 and 144 KB): it only ever delays.
	assert.ok(INTERRUPT_BUDGET > 144 * 1024);
	for (const given of [['--interrupt-budget=1000'], ['--interrupt_budget=1000'], ['--stack-size=2000', '--interrupt-budget', '1000']]) {
		assert.equal(delayOptimization(given), false, given.join(' '));
	}
	// A flag of another name that starts the same is not the budget.
	assert.equal(delayOptimization(['--interrupt-budget-for-feedback-allocation=940', '--inspect']), true);
	assert.equal(delayOptimization([]), true);
});

test('the optimizing compiler is held off until released, once, unless the command line says whether or how far to optimize', () => {
	const set: string[] = [];
	const timers: Array<{ ms: number; run: () => void }> = [];
	const release = holdOptimization([], (flags) => set.push(flags), (run, ms) => timers.push({ run, ms }));
	assert.deepEqual(set, ['--no-turbofan']);
	release();
	release();
	assert.deepEqual(set, ['--no-turbofan', '--turbofan']);
	timers[0].run();
	assert.deepEqual(set, ['--no-turbofan', '--turbofan'], 'once');
	// Released at the latest after OPTIMIZATION_HELD_MS, findings or not.
	const alone: string[] = [];
	const timer: Array<{ ms: number; run: () => void }> = [];
	holdOptimization([], (flags) => alone.push(flags), (run, ms) => timer.push({ run, ms }));
	assert.deepEqual(timer.map(({ ms }) => ms), [OPTIMIZATION_HELD_MS]);
	timer[0].run();
	assert.deepEqual(alone, ['--no-turbofan', '--turbofan']);
	for (const given of [['--no-opt'], ['--opt'], ['--turbofan'], ['--no-turbofan'], ['--max-opt=1'], ['--max_opt', '2']]) {
		const flags: string[] = [];
		holdOptimization(given, (f) => flags.push(f), (run) => run())();
		assert.deepEqual(flags, [], given.join(' '));
	}
	// A flag of another name that starts the same is not one of them.
	const other: string[] = [];
	holdOptimization(['--opt-something=1'], (f) => other.push(f), () => undefined);
	assert.deepEqual(other, ['--no-turbofan']);
});

test('baseline code is compiled function by function, unless the command line says how', () => {
	for (const given of [['--baseline-batch-compilation'], ['--no-baseline-batch-compilation'], ['--baseline_batch_compilation']]) {
		assert.equal(compileBaselineAtOnce(given), false, given.join(' '));
	}
	// The batch's threshold is another flag.
	assert.equal(compileBaselineAtOnce(['--baseline-batch-compilation-threshold=1024']), true);
});
