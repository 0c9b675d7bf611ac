import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { engine } from '../support/engine';
import { compareFolder, formatResults } from '../support/corpus';
import { repoRoot } from '../support/golden';

/**
 * The reader against a clerk's reading of 25 real notices (test/corpus/expected.json): task count,
 * listed leads and responsible units, no notUnits string read as a unit, no error finding (except a
 * missing lead on the cut-off last task of an excerpt). Prints one line per file.
 */
test('corpus: every real notice is read as a clerk reads it', () => {
	const results = compareFolder(engine, path.join(repoRoot(), 'test', 'corpus'));
	process.stdout.write(formatResults(results).replace(/^/gm, '# ') + '\n');
	assert.deepEqual(results.filter((result) => !result.pass).map((result) => `${result.file}: ${result.problems.join('; ')}`), []);
});
