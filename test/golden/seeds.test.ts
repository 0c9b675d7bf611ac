import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { assertGolden, repoRoot } from '../support/golden';
import { check } from '../support/engine';
import { printNotice } from '../support/printNotice';

const root = repoRoot();
const seeds = path.join(root, 'seeds');

for (const name of fs.readdirSync(seeds).filter((file) => file.endsWith('.txt')).sort()) {
	test(`golden: ${name}`, () => {
		const { notice, findings } = check(fs.readFileSync(path.join(seeds, name), 'utf8'));
		assertGolden(printNotice(notice, findings), path.join(root, 'test', 'golden', 'seeds', name.replace(/\.txt$/, '.golden.txt')));
	});
}
