import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { budgets, runBenchmark, SMOKE, table } from '../../bench/run';
import { repoRoot } from '../support/golden';

/**
 * A small run of the benchmark (50 KB notice, 40-notice workspace) against generous thresholds, to
 * catch order-of-magnitude regressions. The real figures come from `npm run bench`.
 */
test('benchmark smoke: no order-of-magnitude regression', { timeout: 180_000 }, async () => {
	const results = await runBenchmark(repoRoot(), SMOKE);
	const rows = budgets(results, 20);
	process.stdout.write(table(rows).replace(/^/gm, '# ') + '\n');
	const failing = rows.filter((row) => !row.pass);
	assert.deepEqual(failing, [], `twenty times the budget exceeded:\n${table(failing)}`);
});
