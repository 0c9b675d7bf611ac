import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { hiddenEntryFor } from '../../server/src/core/features/hiddenFindings';
import { serializeHiddenFile } from '../../server/src/core/features/hiddenFindingsFile';
import { repoRoot } from '../support/golden';
import { check } from '../support/engine';
import { tempFolder } from '../support/tempFolder';

const cli = path.join(repoRoot(), 'dist', 'cli.js');
const REGISTRY = '市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n';
const NOTICE = [
	'1.推进重大项目建设。',
	'牵头单位：市发改委',
	'2.加快徐州东站综合客运枢纽建设。',
	'牵头单位：',
	'配合单位：市枢纽指挥部、市财政局',
	'3.促进消费升级。',
	'牵头单位：市商务局',
	'',
].join('\n');

function run(cwd: string, args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A workspace with the notice under notices/ and, at its root, `.breakdown/ignore.json` hiding task
 * 2's missing lead (the only error) and its unknown 市枢纽指挥部, as the editor's quick fix records them.
 */
function workspace(): { folder: string; ignoreFile: string } {
	const folder = tempFolder('breakdown-hidden-');
	fs.mkdirSync(path.join(folder, 'notices'));
	fs.writeFileSync(path.join(folder, '单位名录.txt'), REGISTRY);
	fs.writeFileSync(path.join(folder, 'notices', 'a.txt'), NOTICE);
	const { notice, findings } = check(NOTICE, REGISTRY);
	assert.deepEqual(findings.map((finding) => finding.code), ['missing-lead', 'unknown-unit']);
	const entries = findings.map((finding, index) => hiddenEntryFor(finding, notice, 'notices/a.txt', index === 0 ? '由指挥部统筹，无牵头单位' : '')!);
	fs.mkdirSync(path.join(folder, '.breakdown'));
	const ignoreFile = path.join(folder, '.breakdown', 'ignore.json');
	fs.writeFileSync(ignoreFile, serializeHiddenFile({ entries }));
	return { folder, ignoreFile };
}

test('hidden findings are left out and counted; the exit code counts only what is shown', () => {
	const { folder } = workspace();
	const result = run(folder, ['lint', 'notices']);
	assert.equal(result.stdout, '共 1 个文件：0 个错误，0 个警告，0 条信息；另有 2 条已隐藏（--show-hidden 列出）\n');
	assert.equal(result.stderr, '');
	assert.equal(result.code, 0, 'the hidden missing-lead is not an error of this run');
	assert.match(run(folder, ['lint', '--locale', 'en', 'notices/a.txt']).stdout, /^1 file: 0 errors, 0 warnings, 0 info; 2 hidden \(--show-hidden lists them\)$/m);
	const documented = /```json\n([^`]*)```/.exec(fs.readFileSync(path.join(repoRoot(), 'docs', 'hidden-findings.md'), 'utf8'))![1];
	assert.equal(fs.readFileSync(path.join(folder, '.breakdown', 'ignore.json'), 'utf8'), documented, 'docs/hidden-findings.md shows this very file');
	// From another folder, by an absolute path: entries name the notice relative to the folder holding .breakdown/.
	assert.equal(run(os.tmpdir(), ['lint', path.join(folder, 'notices', 'a.txt')]).code, 0);
});

test('--show-hidden lists them in place, marked with the note; JSON says hidden, SARIF suppressed', () => {
	const { folder } = workspace();
	const text = run(folder, ['lint', '--show-hidden', 'notices']);
	assert.equal(text.code, 0, 'shown, they still do not count');
	assert.deepEqual(text.stdout.trimEnd().split('\n'), [
		'notices/a.txt:4:1: 错误 missing-lead: 第 2 项任务没有牵头单位 [已隐藏：由指挥部统筹，无牵头单位]',
		'notices/a.txt:5:6: 警告 unknown-unit: 单位名录中没有「市枢纽指挥部」 [已隐藏]',
		'共 1 个文件：0 个错误，0 个警告，0 条信息；2 条已隐藏，已标出',
	]);
	assert.match(run(folder, ['lint', '--show-hidden', '--locale', 'en', 'notices']).stdout, /missing-lead: Task 2 has no lead unit \[hidden: 由指挥部统筹，无牵头单位\]\n.*\[hidden\]\n1 file: 0 errors, 0 warnings, 0 info; 2 hidden, marked \[hidden\]\n$/);
	const json = JSON.parse(run(folder, ['lint', '--format', 'json', '--show-hidden', 'notices']).stdout);
	assert.deepEqual(json.totals, { files: 1, error: 0, warning: 0, information: 0, hint: 0, hidden: 2 });
	assert.deepEqual(json.files[0].diagnostics.map((diagnostic: { code: string; hidden: boolean; note?: string }) => [diagnostic.code, diagnostic.hidden, diagnostic.note]), [
		['missing-lead', true, '由指挥部统筹，无牵头单位'],
		['unknown-unit', true, undefined],
	]);
	assert.deepEqual(JSON.parse(run(folder, ['lint', '--format', 'json', 'notices']).stdout).files[0].diagnostics, [], 'without the flag, not listed');
	const sarif = JSON.parse(run(folder, ['lint', '--format', 'sarif', '--show-hidden', 'notices']).stdout);
	assert.deepEqual(sarif.runs[0].results[0].suppressions, [{ kind: 'external', status: 'accepted', justification: '由指挥部统筹，无牵头单位' }]);
	assert.equal(JSON.parse(run(folder, ['lint', '--format', 'sarif', 'notices']).stdout).runs[0].results.length, 0);
});

test('hidden stays hidden after edits elsewhere and a move of the task; it shows again when its entry goes', () => {
	const { folder, ignoreFile } = workspace();
	const notice = path.join(folder, 'notices', 'a.txt');
	const task2 = '2.加快徐州东站综合客运枢纽建设。\n牵头单位：\n配合单位：市枢纽指挥部、市财政局\n';
	const moved = '徐州市政府工作报告任务分解\n\n' + NOTICE.replace(task2, '').replace('3.促进', '2.促进') + '3.加快徐州东站综合客运枢纽建设。\n牵头单位：\n配合单位：\n  市枢纽指挥部、市财政局\n';
	fs.writeFileSync(notice, moved);
	assert.match(run(folder, ['lint', notice]).stdout, /^共 1 个文件：0 个错误，0 个警告，0 条信息；另有 2 条已隐藏/m);
	const entries = JSON.parse(fs.readFileSync(ignoreFile, 'utf8'));
	entries.hidden = entries.hidden.filter((entry: { code: string }) => entry.code !== 'missing-lead');
	fs.writeFileSync(ignoreFile, JSON.stringify(entries));
	const shown = run(folder, ['lint', notice]);
	assert.equal(shown.code, 1);
	assert.match(shown.stdout, /notices\/a\.txt:8:1: 错误 missing-lead: 第 3 项任务没有牵头单位\n共 1 个文件：1 个错误，0 个警告，0 条信息；另有 1 条已隐藏/);
});

test('a hidden-findings file with bad content: a clear message, every finding shown, the file untouched, the exit code of the findings', () => {
	const { folder, ignoreFile } = workspace();
	const good = fs.readFileSync(ignoreFile, 'utf8');
	// A clerk's hand edit: a comma after the last entry.
	const broken = good.replace(/\}\n {2}\]/, '},\n  ]');
	assert.notEqual(broken, good);
	fs.writeFileSync(ignoreFile, broken);
	const result = run(folder, ['lint', 'notices']);
	assert.equal(result.code, 1, 'the missing lead shows, and it is an error');
	assert.match(result.stderr, /^breakdown: 无法读取 \.breakdown\/ignore\.json：第 6 行第 3 列此处不应出现「]」，不是有效的 JSON。其中隐藏的问题照常显示；该文件未被改动，修正后即恢复隐藏。\n$/);
	assert.match(result.stdout, /missing-lead/);
	assert.match(result.stdout, /^共 1 个文件：1 个错误，1 个警告，0 条信息$/m);
	assert.equal(fs.readFileSync(ignoreFile, 'utf8'), broken, 'nothing lost: the file is as the clerk left it');
	assert.match(run(folder, ['lint', '--locale', 'en', 'notices']).stderr, /^breakdown: Cannot read \.breakdown\/ignore\.json: not valid JSON at line 6, column 3 \("\]" cannot stand there\)\. The findings it hides are shown/);

	// One bad entry: the file is not trusted, so it hides nothing (and is not rewritten).
	const entries = JSON.parse(good);
	entries.hidden[1].task = 7;
	fs.writeFileSync(ignoreFile, JSON.stringify(entries, null, 2));
	const partly = run(folder, ['lint', 'notices']);
	assert.match(partly.stderr, /^breakdown: 无法读取 \.breakdown\/ignore\.json：1 条记录不完整，第一条是第 2 条（task）/);
	assert.equal(partly.code, 1);
	assert.match(partly.stdout, /unknown-unit/);
	assert.match(partly.stdout, /missing-lead/);

	// Not a file at all: said, and everything shown.
	fs.rmSync(ignoreFile);
	fs.mkdirSync(ignoreFile);
	const folderInstead = run(folder, ['lint', 'notices']);
	assert.equal(folderInstead.code, 1);
	assert.match(folderInstead.stderr, /^breakdown: 无法读取 \.breakdown\/ignore\.json：不是普通文件。其中隐藏的问题照常显示。\n$/);
});

test('export leaves hidden findings out of the 问题 column, as lint does', () => {
	const { folder } = workspace();
	const csv = spawnSync(process.execPath, [cli, 'export', '--format', 'csv', '--out', '-', 'notices'], { cwd: folder, encoding: 'utf8' });
	assert.equal(csv.status, 0);
	assert.doesNotMatch(csv.stdout, /没有牵头单位|单位名录中没有/);
	fs.writeFileSync(path.join(folder, '.breakdown', 'ignore.json'), '{');
	const shown = spawnSync(process.execPath, [cli, 'export', '--format', 'csv', '--out', '-', 'notices'], { cwd: folder, encoding: 'utf8' });
	assert.match(shown.stderr, /无法读取 \.breakdown\/ignore\.json/);
	assert.match(shown.stdout, /没有牵头单位/);
});
