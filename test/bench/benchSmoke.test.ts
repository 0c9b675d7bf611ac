import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { budgets, runBenchmark, SMOKE, table } from '../../bench/run';
import { repoRoot } from '../support/golden';

/** Keystroke cost in a notice four times larger, at most this many times (linear is 4, quadratic 16). */
const GROWTH_BOUND = 6;
/** Heap held per edited version, as a share of the text: a kept slice of each version's text holds a whole text (1 and more). */
const HELD_SHARE_BOUND = 0.5;

/**
 * A small run of the benchmark (50 KB notice, 40-notice workspace) against generous thresholds, to
 * catch order-of-magnitude regressions. The real figures come from `npm run bench`.
 */
test('benchmark smoke: no order-of-magnitude regression', { timeout: 240_000 }, async () => {
	const results = await runBenchmark(repoRoot(), SMOKE);
	const rows = budgets(results, 20);
	process.stdout.write(table(rows).replace(/^/gm, '# ') + '\n');
	const failing = rows.filter((row) => !row.pass);
	assert.deepEqual(failing, [], `twenty times the budget exceeded:\n${table(failing)}`);
	// Typing through the server (the incremental path) in a 50 KB notice and in one four times larger:
	// the order of the growth, not a time. A keystroke that reads the edited block costs about the
	// same in both (the full run's budget is 2×), one that reads the notice about four times as
	// much; more than GROWTH_BOUND times is work per keystroke that grows faster than the notice.
	const small = results.breakdown.growthSmallTyping as { p50: number };
	const large = results.breakdown.growthLargeTyping as { p50: number };
	// What an edited notice holds per version, the outline asked after each edit as VS Code asks it:
	// caches that outlive a version keep copies of its strings, not slices of its text (bounded
	// caches filling up hold some KB; one version's text held per version is the text's size).
	const held = Number(results.breakdown.heldPerVersionBytes) / Number(results.breakdown.heldTextBytes);
	assert.ok(held < HELD_SHARE_BOUND, `each edited version of the notice holds ${(100 * held).toFixed(0)}% of its text's size`);
	assert.ok(large.p50 <= GROWTH_BOUND * small.p50, `a keystroke in a 200 KB notice costs ${(large.p50 / small.p50).toFixed(1)}× one in a 50 KB notice (${large.p50.toFixed(1)} / ${small.p50.toFixed(1)} ms)`);
});
