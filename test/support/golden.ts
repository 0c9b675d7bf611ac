import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Compares `actual` with the golden file. `UPDATE_GOLDEN=1` rewrites it; CI never does (a missing
 * golden file fails there too), so an unreviewed expectation cannot pass.
 */
export function assertGolden(actual: string, goldenFile: string): void {
	const update = process.env.UPDATE_GOLDEN === '1' && !process.env.CI;
	if (update) {
		fs.mkdirSync(path.dirname(goldenFile), { recursive: true });
		fs.writeFileSync(goldenFile, actual);
		return;
	}
	if (!fs.existsSync(goldenFile)) {
		assert.fail(`golden file missing: ${goldenFile} (run UPDATE_GOLDEN=1 npm test and review it)`);
	}
	assert.equal(actual, fs.readFileSync(goldenFile, 'utf8'), `differs from ${goldenFile}; if the change is right, run UPDATE_GOLDEN=1 npm test and review the diff`);
}

/** The repository root, found from this file whether it runs from test/ or from the bundle in out/test/. */
export function repoRoot(): string {
	let folder = __dirname;
	while (!fs.existsSync(path.join(folder, 'package.json'))) {
		const parent = path.dirname(folder);
		if (parent === folder) {
			throw new Error('package.json not found above ' + __dirname);
		}
		folder = parent;
	}
	return folder;
}
