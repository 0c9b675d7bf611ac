import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hiddenEntryFor, type HiddenEntry } from '../../server/src/core/features/hiddenFindings';
import { serializeHiddenFile } from '../../server/src/core/features/hiddenFindingsFile';
import { check } from '../support/engine';
import { testWorkspace, uriOf, type TestWorkspace } from '../support/inMemoryWorkspace';

const REGISTRY = '市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n';
const NOTICE = ['2020年任务分解', '1.推进重大项目建设。', '牵头单位：市发改委', '2.加快徐州东站综合客运枢纽建设。', '责任单位：市枢纽指挥部、市财政局', '3.促进消费升级。', '牵头单位：市商务局', ''].join('\n');

/** The entries that hide task 2's missing lead and its unknown 市枢纽指挥部, for the notice at `path` (relative to the folder of the file). */
function entriesFor(path: string, text = NOTICE): HiddenEntry[] {
	const { notice, findings } = check(text, REGISTRY);
	assert.deepEqual(findings.map((finding) => finding.code), ['missing-lead', 'unknown-unit']);
	return findings.map((finding) => hiddenEntryFor(finding, notice, path, '')!);
}

const codes = (workspace: TestWorkspace, path: string) => workspace.service.diagnostics(uriOf(path))?.map((diagnostic) => diagnostic.code);

describe('hidden findings in the language service (.breakdown/ignore.json through the host)', () => {
	test('a file at the workspace root hides its findings, open or not; fix-all and the task table leave them out', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'notices/a.txt': NOTICE, 'notices/b.txt': NOTICE, '.breakdown/ignore.json': serializeHiddenFile({ entries: entriesFor('notices/a.txt') }) });
		assert.deepEqual(codes(workspace, 'notices/a.txt'), [], 'read at start: the hidden folder is found though hidden folders are not walked');
		assert.deepEqual(codes(workspace, 'notices/b.txt'), ['missing-lead', 'unknown-unit'], 'an entry names one notice');
		workspace.open('notices/a.txt');
		assert.deepEqual(codes(workspace, 'notices/a.txt'), []);
		const table = workspace.service.taskTable(uriOf('notices/a.txt'));
		assert.ok(table.rows.every((row) => row.kind !== 'task' || row.problems.length === 0), 'the 问题 column leaves hidden findings out');
		assert.ok(workspace.service.taskTable(uriOf('notices/b.txt')).rows.some((row) => row.kind === 'task' && row.problems.length > 0));
		assert.deepEqual(workspace.warnings, []);
	});

	test('file events: written, the findings hide; an edit in another task keeps them hidden; removed, they show again', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE });
		const { fileSystem, service } = workspace;
		const a = workspace.open('a.txt');
		const before = service.findingsVersion;
		fileSystem.write('.breakdown/ignore.json', serializeHiddenFile({ entries: entriesFor('a.txt') }));
		await workspace.settled();
		assert.notEqual(service.findingsVersion, before, 'a new findings version: the server refreshes every open document');
		assert.deepEqual(codes(workspace, 'a.txt'), []);
		workspace.open('a.txt', NOTICE.replace('3.促进消费升级。', '3.促进消费升级，扩大内需。').replace('2020年任务分解', '2020年重点任务分解'));
		assert.deepEqual(codes(workspace, 'a.txt'), [], 'the task it is in reads the same');
		workspace.open('a.txt', NOTICE.replace('市枢纽指挥部、', '市枢纽指挥部、市商务局、'));
		assert.deepEqual(codes(workspace, 'a.txt'), ['missing-lead', 'unknown-unit'], 'the task changed: judged again');
		workspace.open('a.txt', NOTICE);
		fileSystem.remove('.breakdown/ignore.json');
		await workspace.settled();
		assert.deepEqual(service.diagnostics(a)!.map((diagnostic) => diagnostic.code), ['missing-lead', 'unknown-unit']);
	});

	test('a file applies to its folder and below, naming notices relative to it', async () => {
		const workspace = await testWorkspace({
			'单位名录.txt': REGISTRY,
			'city/a.txt': NOTICE,
			'town/a.txt': NOTICE,
			'city/.breakdown/ignore.json': serializeHiddenFile({ entries: entriesFor('a.txt') }),
		});
		assert.deepEqual(codes(workspace, 'city/a.txt'), []);
		assert.deepEqual(codes(workspace, 'town/a.txt'), ['missing-lead', 'unknown-unit']);
	});

	test('a file with bad content: one clear message, nothing hidden, the file never rewritten; fixed, it hides again', async () => {
		const good = serializeHiddenFile({ entries: entriesFor('a.txt') });
		const broken = good.replace(/\}\n {2}\]/, '},\n  ]');
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE, '.breakdown/ignore.json': broken });
		const { fileSystem } = workspace;
		assert.deepEqual(codes(workspace, 'a.txt'), ['missing-lead', 'unknown-unit'], 'a file not read in full hides nothing');
		assert.deepEqual(workspace.warnings, ['无法读取 .breakdown/ignore.json：第 6 行第 3 列此处不应出现「]」，不是有效的 JSON。其中隐藏的问题照常显示；该文件未被改动，修正后即恢复隐藏。']);
		// Read again unchanged (a file event, a save without a change): no second message.
		fileSystem.write('.breakdown/ignore.json', broken);
		await workspace.settled();
		assert.equal(workspace.warnings.length, 1);
		const entries = JSON.parse(good);
		entries.hidden[0].task = 7;
		fileSystem.write('.breakdown/ignore.json', JSON.stringify(entries));
		await workspace.settled();
		assert.equal(workspace.warnings.length, 2);
		assert.match(workspace.warnings[1], /1 条记录不完整，第一条是第 1 条（task）/);
		assert.deepEqual(codes(workspace, 'a.txt'), ['missing-lead', 'unknown-unit'], 'one bad entry: the file hides nothing');
		assert.equal(fileSystem.text('.breakdown/ignore.json'), JSON.stringify(entries), 'the service never writes a file');
		fileSystem.write('.breakdown/ignore.json', good);
		await workspace.settled();
		assert.deepEqual(codes(workspace, 'a.txt'), []);
	});

	test('a .breakdown/ignore.json that is a folder, or too large: said, and nothing hidden', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE, '.breakdown/ignore.json/x.json': '{}' });
		assert.deepEqual(codes(workspace, 'a.txt'), ['missing-lead', 'unknown-unit']);
		assert.deepEqual(workspace.warnings, ['无法读取 .breakdown/ignore.json：不是普通文件。其中隐藏的问题照常显示。']);
	});
});
