import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/golden';
import { tempFolder } from '../support/tempFolder';

const root = repoRoot();
const cli = path.join(root, 'dist', 'cli.js');

function run(args: string[], cwd = root) {
	const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('lint seeds/: readable Chinese findings, exit 1 for errors', () => {
	const { code, stdout } = run(['lint', 'seeds/']);
	assert.equal(code, 1);
	assert.match(stdout, /^seeds\/zhoushan-2020-task-responsibilities\.txt:553:23: 错误 glued-item: 第 125 项粘连在上一行末尾，应另起一行$/m);
	assert.match(stdout, /^共 5 个文件：\d+ 个错误，\d+ 个警告，\d+ 条信息$/m);
});

test('--locale en', () => {
	const { stdout } = run(['lint', '--locale', 'en', 'seeds/zhoushan-2020-task-responsibilities.txt']);
	assert.match(stdout, /error glued-item: Item 125 is glued to the end of the previous line/);
});

test('--format json matches the documented schema', () => {
	const { code, stdout } = run(['lint', '--format', 'json', 'seeds/']);
	assert.equal(code, 1);
	const report = JSON.parse(stdout);
	assert.equal(report.version, 1);
	assert.equal(report.files.length, 5);
	const xuzhou = report.files.find((file: { path: string }) => file.path.includes('xuzhou'));
	assert.equal(xuzhou.items.length, 87);
	const item21 = xuzhou.items[20];
	assert.deepEqual(Object.keys(item21), ['number', 'line', 'section', 'text', 'lead', 'responsible', 'other']);
	assert.equal(item21.number, 21);
	assert.equal(item21.line, 68);
	assert.equal(item21.section, null);
	assert.deepEqual(item21.lead, [{ name: '市商务局', written: '市商务局' }]);
	assert.deepEqual(item21.responsible[1], { name: '市工信局', written: '工信局' });
	assert.deepEqual(Object.keys(report), ['version', 'totals', 'files']);
	const diagnostic = xuzhou.diagnostics[0];
	assert.deepEqual(Object.keys(diagnostic), ['code', 'severity', 'range', 'message']);
	assert.deepEqual(Object.keys(diagnostic.range.start), ['line', 'character']);
	const tongxiang = report.files.find((file: { path: string }) => file.path.includes('tongxiang'));
	assert.equal(tongxiang.items[3].section, '冯中海常务副市长牵头重点工作');
});

test('--format sarif is SARIF 2.1.0 with 1-based UTF-16 regions', () => {
	const { stdout } = run(['lint', '--format=sarif', 'seeds/zhoushan-2020-task-responsibilities.txt']);
	const sarif = JSON.parse(stdout);
	assert.equal(sarif.version, '2.1.0');
	const run0 = sarif.runs[0];
	assert.equal(run0.tool.driver.name, 'breakdown');
	assert.equal(run0.columnKind, 'utf16CodeUnits');
	const glued = run0.results.find((result: { ruleId: string }) => result.ruleId === 'glued-item');
	assert.equal(glued.level, 'error');
	assert.deepEqual(glued.locations[0].physicalLocation.region, { startLine: 553, startColumn: 23, endLine: 553, endColumn: 27 });
	assert.equal(run0.tool.driver.rules[glued.ruleIndex].id, 'glued-item');
	assert.deepEqual(glued.locations[0].physicalLocation.artifactLocation, { uri: 'seeds/zhoushan-2020-task-responsibilities.txt', uriBaseId: '%SRCROOT%' });
});

test('a clean notice exits 0; the registry next to it applies', () => {
	const folder = tempFolder('breakdown-');
	fs.writeFileSync(path.join(folder, '单位名录.txt'), '市发展和改革委员会 = 市发改委\n市财政局\n');
	fs.writeFileSync(path.join(folder, 'a.txt'), '1.甲。\n牵头单位：市发改委；责任单位：市财政局\n');
	assert.equal(run(['lint', folder]).code, 0);
	fs.writeFileSync(path.join(folder, 'b.txt'), '1.乙。\n牵头单位：市财正局\n');
	const { code, stdout } = run(['lint', path.join(folder, 'b.txt')]);
	assert.equal(code, 0, 'unknown-unit is a warning');
	assert.match(stdout, /警告 unknown-unit: 单位名录中没有「市财正局」，是否应为「市财政局」？/);
	fs.writeFileSync(path.join(folder, 'other.units.txt'), '市财政局\n');
	const registry = run(['lint', path.join(folder, 'other.units.txt'), '--registry', path.join(folder, '单位名录.txt')]);
	assert.equal(registry.code, 0);
	fs.appendFileSync(path.join(folder, '单位名录.txt'), '市财政局\n');
	assert.equal(run(['lint', path.join(folder, '单位名录.txt')]).code, 1, 'a duplicate in the registry is an error');
});

test('bad usage (no arguments too) and unreadable files exit 2 with a message, never a stack trace', () => {
	for (const args of [[], ['lint'], ['lint', '--format', 'xml', 'seeds/'], ['frobnicate'], ['lint', '--bogus', 'seeds/'], ['lint', 'no/such/file.txt']]) {
		const { code, stderr } = run(args);
		assert.equal(code, 2, args.join(' '));
		assert.match(stderr, /^breakdown: /, args.join(' '));
		assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
	}
});

test('a registry saved in GBK (not UTF-8) is read as GB18030', () => {
	const folder = tempFolder('breakdown-gbk-');
	// 市财政局 in GBK: CA D0 B2 C6 D5 FE BE D6, then a line feed.
	fs.writeFileSync(path.join(folder, '单位名录.txt'), Buffer.from([0xca, 0xd0, 0xb2, 0xc6, 0xd5, 0xfe, 0xbe, 0xd6, 0x0a]));
	fs.writeFileSync(path.join(folder, 'a.txt'), '1.甲。\n牵头单位：市财政局\n2.乙。\n牵头单位：市财正局\n');
	const { code, stdout } = run(['lint', path.join(folder, 'a.txt')]);
	assert.equal(code, 0);
	assert.deepEqual(stdout.match(/unknown-unit: [^\n]*/g), ['unknown-unit: 单位名录中没有「市财正局」，是否应为「市财政局」？']);
});

test('--help prints the usage and exits 0', () => {
	const { code, stdout } = run(['--help']);
	assert.equal(code, 0);
	assert.match(stdout, /^用法 Usage:/);
});

test('UTF-16 files with a byte-order mark (little and big endian) are read as UTF-16', () => {
	const folder = tempFolder('breakdown-utf16-');
	const text = '1.甲。\n牵头单位：市财政局\n2.乙。\n责任单位：市财政局、市商务局\n';
	const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
	const be = Buffer.from(le);
	be.swap16();
	fs.writeFileSync(path.join(folder, 'le.txt'), le);
	fs.writeFileSync(path.join(folder, 'be.txt'), be);
	const { stdout } = run(['lint', '--format', 'json', folder]);
	const report = JSON.parse(stdout);
	for (const file of report.files) {
		assert.deepEqual(file.items.map((item: { lead: Array<{ name: string }> }) => item.lead.map((unit) => unit.name)), [['市财政局'], []], file.path);
		assert.deepEqual(file.diagnostics.map((diagnostic: { code: string }) => diagnostic.code), ['lead-not-designated'], file.path);
	}
});

test('only regular files are read: a FIFO or a device argument is refused at once, exit 2', { skip: process.platform === 'win32', timeout: 20_000 }, () => {
	const folder = tempFolder('breakdown-fifo-');
	const fifo = path.join(folder, 'pipe.txt');
	assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
	fs.writeFileSync(path.join(folder, 'a.txt'), '1.甲。\n牵头单位：市财政局\n');
	for (const args of [['lint', fifo], ['lint', '/dev/zero'], ['lint', path.join(folder, 'a.txt'), '--registry', fifo]]) {
		const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 10_000 });
		assert.equal(result.status, 2, args.join(' '));
		assert.match(result.stderr, /not a regular file/);
	}
	// In a folder, a FIFO named .txt is not a file to check.
	assert.equal(run(['lint', folder]).code, 0);
});

test('`| head` ends quietly: no EPIPE stack trace', { skip: process.platform === 'win32' }, async () => {
	const folder = tempFolder('breakdown-epipe-');
	// 4,000 tasks, every other one without a lead: a quarter of a megabyte of report, far more than a pipe holds.
	fs.writeFileSync(path.join(folder, 'a.txt'), Array.from({ length: 4000 }, (_, i) => `${i + 1}.任务。\n${i % 2 === 0 ? '牵头单位：市财政局\n' : ''}`).join(''));
	const child = spawn(process.execPath, [cli, 'lint', folder], { stdio: ['ignore', 'pipe', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	// Read the first line, then go away as head does.
	await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
	child.stdout.destroy();
	const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
	assert.equal(stderr, '');
	assert.equal(code, 1, 'the exit code of the findings');
});

test('file names and control characters from the file are escaped in text output', { skip: process.platform === 'win32' }, () => {
	const folder = tempFolder('breakdown-escape-');
	const name = 'a\u001b]0;pwned\u0007\u001b[2J\u202e.txt';
	fs.writeFileSync(path.join(folder, '单位名录.txt'), '市财政局\n');
	fs.writeFileSync(path.join(folder, name), '1.甲。\n牵头单位：市财\u001b[31m政局\u0007\n');
	const { stdout } = run(['lint', folder]);
	assert.doesNotMatch(stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
	assert.match(stdout, /a\\x1b\]0;pwned\\x07\\x1b\[2J\\u202e\.txt:2:6: /);
	assert.match(stdout, /「市财\\x1b\[31m政局\\x07」/);
	// JSON keeps the text exactly (JSON escapes it itself).
	const json = JSON.parse(run(['lint', '--format', 'json', folder]).stdout);
	assert.ok(json.files.some((file: { path: string }) => file.path.endsWith(name)));
});
