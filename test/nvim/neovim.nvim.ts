// `npm run test:nvim`: Neovim's built-in LSP client (Debian's neovim package; .ci/run installs it)
// runs headless with the committed config editors/nvim/breakdown.lua against dist/server.js, and
// test/nvim/drive.lua reports what it saw. Not part of `npm test`: it needs nvim, and fails without it.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/golden';
import { tempFolder } from '../support/tempFolder';

interface Seen {
	error?: string;
	sample: Array<{ code: string; line: number }>;
	outline: Array<{ name: string; children: number }>;
	references: Array<{ file: string; line: number }>;
	hover: string;
	after_edit: Array<{ code: string; line: number }>;
	clients: number;
	running: boolean;
}

function workspace(root: string): string {
	const folder = tempFolder('breakdown-nvim-');
	fs.mkdirSync(path.join(folder, 'sample'));
	fs.mkdirSync(path.join(folder, 'notices'));
	fs.copyFileSync(path.join(root, 'seeds', 'zhoushan-2020-task-responsibilities.txt'), path.join(folder, 'sample', 'zhoushan.txt'));
	fs.writeFileSync(path.join(folder, 'notices', '单位名录.txt'), '市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n');
	fs.writeFileSync(path.join(folder, 'notices', 'a.txt'), '2020年任务分解\n1.扩大投资。\n牵头单位：市发改委；责任单位：市财政局\n2.稳定外贸。\n责任单位：市发改委、市财政局\n');
	fs.writeFileSync(path.join(folder, 'notices', 'b.txt'), '2020年任务分解\n1.优化营商环境。\n牵头单位：市发改委\n');
	return folder;
}

test('Neovim drives the server: diagnostics of a sample, outline, references across two files, hover, an edit that clears a finding', { timeout: 180_000 }, async () => {
	const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
	assert.equal(version.status, 0, 'nvim is not installed (apt-get install neovim)');
	const root = repoRoot();
	const folder = workspace(root);
	const out = path.join(folder, 'seen.json');
	const child = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', path.join(root, 'editors', 'nvim', 'breakdown.lua'), '-c', `luafile ${path.join(root, 'test', 'nvim', 'drive.lua')}`], {
		cwd: folder,
		// Neovim's cache folder (the config's code cache) in the test's folder, not the user's.
		env: { ...process.env, BREAKDOWN_SERVER: path.join(root, 'dist', 'server.js'), BREAKDOWN_NVIM_OUT: out, XDG_CACHE_HOME: path.join(folder, 'cache') },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
	assert.ok(fs.existsSync(out), `nvim wrote no results (exit ${code}):\n${output}`);
	const seen = JSON.parse(fs.readFileSync(out, 'utf8')) as Seen;
	assert.equal(seen.error, undefined, `${seen.error}\n${output}`);
	assert.equal(code, 0);

	assert.ok(seen.sample.some((diagnostic) => diagnostic.code === 'glued-item' && diagnostic.line === 552), JSON.stringify(seen.sample));
	// The sample numbers its 128 tasks straight through, without sections.
	assert.ok(seen.outline.length >= 120, `${seen.outline.length} outline entries`);
	assert.match(seen.outline[0].name, /^1\.地区生产总值增长/);
	assert.deepEqual(
		seen.references.map((reference) => `${reference.file}:${reference.line}`).sort(),
		['a.txt:2', 'a.txt:4', 'b.txt:2'],
	);
	assert.match(seen.hover, /\*\*市发展和改革委员会\*\*/);
	assert.match(seen.hover, /牵头 2 项 · 责任 1 项/);
	assert.deepEqual(seen.after_edit, []);
	assert.equal(seen.clients, 1);
	assert.equal(seen.running, true, 'the server is still running at the end');
});
