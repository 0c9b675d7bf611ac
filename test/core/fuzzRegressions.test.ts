import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { engine } from '../support/engine';
import { repoRoot } from '../support/golden';
import { brokenInvariant } from '../support/invariants';

/** Every input the fuzzer ever saved (test/fixtures/fuzz/) stays a regression test. */
const folder = path.join(repoRoot(), 'test', 'fixtures', 'fuzz');
const saved = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).sort() : [];

test(`fuzz regressions: ${saved.length} saved inputs keep every invariant`, () => {
	for (const name of saved) {
		const text = fs.readFileSync(path.join(folder, name), 'utf8');
		assert.equal(brokenInvariant(engine, text), undefined, name);
	}
});
