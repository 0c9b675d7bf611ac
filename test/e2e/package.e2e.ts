import * as assert from 'node:assert/strict';
import { isAscii } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { packageExtension } from '../../scripts/e2e/codeServer';
import { ROOT } from '../../scripts/e2e/tools';

const ALLOWED = [
	/^package\.json$/,
	/^package\.nls(\.[a-z-]+)?\.json$/,
	/^(README\.md|LICENSE)$/,
	/^language-configuration\.json$/,
	/^dist\/(client|server|server-main|workbook|pinyin)\.js$/,
	/^dist\/webview\/taskTableView\.(js|css)$/,
	/^syntaxes\/[\w-]+\.tmLanguage\.json$/,
	/^l10n\/bundle\.l10n\.[a-z-]+\.json$/,
	/^images\/icon\.png$/,
	/^media\/walkthrough\/(en|zh-cn)\/[\w-]+\.md$/,
];

test('the .vsix holds only bundles, grammars, manifest, translations, walkthrough pages, README, licence and icon', { timeout: 120_000 }, () => {
	packageExtension();
	const files = execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
	for (const file of files) {
		assert.ok(ALLOWED.some((pattern) => pattern.test(file)), `unexpected file in the .vsix: ${file}`);
	}
	// The server's entry and the server it runs with the code cache.
	assert.ok(files.includes('dist/server.js') && files.includes('dist/server-main.js') && files.includes('dist/client.js'));
	// The workbook writer (exceljs), which the server loads only to export, pinyin-pro, loaded at the first reading by pinyin, and the task table's webview.
	assert.ok(files.includes('dist/workbook.js') && files.includes('dist/pinyin.js') && files.includes('dist/webview/taskTableView.js') && files.includes('dist/webview/taskTableView.css'), files.join('\n'));
	// The production bundles carry no source map and no path of the machine that built them.
	for (const bundle of ['client.js', 'server.js', 'server-main.js', 'workbook.js', 'pinyin.js', 'webview/taskTableView.js', 'webview/taskTableView.css']) {
		const text = fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
		assert.ok(!text.includes('sourceMappingURL'), `${bundle} points to a source map`);
		assert.ok(!text.includes(ROOT), `${bundle} contains the build machine's path ${ROOT}`);
		// ASCII, so the server's bundle decodes into a one-byte string at every start (see scripts/asciiOutput.mjs).
		assert.ok(isAscii(fs.readFileSync(path.join(ROOT, 'dist', bundle))), `${bundle} is not ASCII`);
	}
});
