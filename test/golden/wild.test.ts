import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { assertGolden, repoRoot } from '../support/golden';
import { check } from '../support/engine';
import { printNotice } from '../support/printNotice';

// Real notices gathered from public pages by the sweeps (test/wild/SOURCES.md), read as a clerk would
// paste them: the reading of each, its outline and findings, is kept so that a rule written for one
// layout shows what it changes on all the others. A golden holds what was judged right or a
// known true finding (a cut excerpt, glued items); SOURCES.md says which.
const root = repoRoot();
const wild = path.join(root, 'test', 'wild');

for (const name of fs.readdirSync(wild).filter((file) => file.endsWith('.txt')).sort()) {
	test(`golden: wild/${name}`, () => {
		const { notice, findings } = check(fs.readFileSync(path.join(wild, name), 'utf8'));
		assertGolden(printNotice(notice, findings), path.join(root, 'test', 'golden', 'wild', name.replace(/\.txt$/, '.golden.txt')));
	});
}
