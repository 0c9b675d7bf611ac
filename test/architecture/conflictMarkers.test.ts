import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/golden';

/** Folders made by builds and installs, not written by us. */
const SKIPPED = new Set(['.git', 'node_modules', 'out', 'dist', '.cache', '.vscode-test']);
const TEXT = /\.(ts|mts|mjs|js|json|md|txt|yml|yaml|sh|tmLanguage|html|css)$/;

function textFiles(folder: string, found: string[] = []): string[] {
	for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) {
			if (!SKIPPED.has(entry.name)) {
				textFiles(full, found);
			}
		} else if (TEXT.test(entry.name)) {
			found.push(full);
		}
	}
	return found;
}

/** Where a merge's conflict markers stand in the text (`<<<<<<< HEAD`, `>>>>>>> branch`): 1-based lines. */
export function conflictMarkerLines(text: string): number[] {
	const lines: number[] = [];
	text.split('\n').forEach((line, index) => {
		if (/^(<{7}|>{7})( |\r?$)/.test(line)) {
			lines.push(index + 1);
		}
	});
	return lines;
}

// A merge once committed docs/layouts.md with both sides and the markers between them.
test('no file of the repository holds a merge conflict’s markers', () => {
	const root = repoRoot();
	const marked = textFiles(root).flatMap((file) => conflictMarkerLines(fs.readFileSync(file, 'utf8')).map((line) => `${path.relative(root, file)}:${line}`));
	assert.deepEqual(marked, []);
});

test('the markers are seen at a line’s start, with or without a branch after them', () => {
	assert.deepEqual(conflictMarkerLines('a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> p40-grp\n>>>>>>>\r\n'), [2, 6, 7]);
	assert.deepEqual(conflictMarkerLines('a <<<<<<< b\n<<<<<<<<\n'), []);
});
