import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hiddenEntryFor, type HiddenEntry } from '../../server/src/core/features/hiddenFindings';
import { serializeHiddenFile } from '../../server/src/core/features/hiddenFindingsFile';
import { applyEdits } from '../../server/src/core/features/quickFixes';
import type { CodeActionItem, WorkspaceChange } from '../../server/src/core/service/types';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { check } from '../support/engine';
import { ROOT, testWorkspace, uriOf, type TestWorkspace } from '../support/inMemoryWorkspace';

const REGISTRY = '市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n';
const NOTICE = ['2020年任务分解', '1.推进重大项目建设。', '牵头单位：市发改委', '2.加快徐州东站综合客运枢纽建设。', '责任单位：市枢纽指挥部、市财政局', '3.促进消费升级。', '牵头单位：市商务局', ''].join('\n');

/** The entries that hide task 2's lead not designated and its unknown 市枢纽指挥部, for the notice at `path` (relative to the folder of the file). */
function entriesFor(path: string, text = NOTICE): HiddenEntry[] {
	const { notice, findings } = check(text, REGISTRY);
	assert.deepEqual(findings.map((finding) => finding.code), ['lead-not-designated', 'unknown-unit']);
	return findings.map((finding) => hiddenEntryFor(finding, notice, path, '')!);
}

const codes = (workspace: TestWorkspace, path: string) => workspace.service.diagnostics(uriOf(path))?.map((diagnostic) => diagnostic.code);

const pathOf = (uri: string) => decodeURIComponent(uri.slice(ROOT.length + 1));

/** Applies a change to the in-memory disk as the editor would (creating the file first), then saves: the watcher tells the service. */
async function apply(workspace: TestWorkspace, change: WorkspaceChange): Promise<void> {
	for (const { uri, edits } of change.files) {
		const text = change.create === uri ? '' : workspace.fileSystem.text(pathOf(uri))!;
		const lines = new LineIndex(text);
		workspace.fileSystem.write(pathOf(uri), applyEdits(text, edits.map((edit) => ({ span: { start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end) }, newText: edit.newText }))));
	}
	await workspace.settled();
}

/** The "忽略此处" actions offered for the finding of `code` in a document. */
function hideActions(workspace: TestWorkspace, path: string, code: string, canCreateFiles = true): CodeActionItem[] {
	const diagnostics = workspace.service.diagnostics(uriOf(path))!.filter((diagnostic) => diagnostic.code === code);
	return workspace.service.codeActions(uriOf(path), diagnostics, { quickFixes: true, fixAll: false, canCreateFiles }).filter((action) => action.title.startsWith('忽略此处'));
}

describe('hidden findings in the language service (.breakdown/ignore.json through the host)', () => {
	test('a file at the workspace root hides its findings, open or not; fix-all and the task table leave them out', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'notices/a.txt': NOTICE, 'notices/b.txt': NOTICE, '.breakdown/ignore.json': serializeHiddenFile({ entries: entriesFor('notices/a.txt') }) });
		assert.deepEqual(codes(workspace, 'notices/a.txt'), [], 'read at start: the hidden folder is found though hidden folders are not walked');
		assert.deepEqual(codes(workspace, 'notices/b.txt'), ['lead-not-designated', 'unknown-unit'], 'an entry names one notice');
		workspace.open('notices/a.txt');
		assert.deepEqual(codes(workspace, 'notices/a.txt'), []);
		// The status bar counts what is shown, and the hidden ones apart.
		const summary = workspace.service.noticeSummary(uriOf('notices/a.txt'))!;
		assert.deepEqual([summary.findings, summary.hidden], [{ error: 0, warning: 0, information: 0, hint: 0 }, 2]);
		assert.match(summary.tooltip, /\n已隐藏：2 个（\.breakdown\/ignore\.json）\n/);
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
		// Asked first, so the diagnostics kept for this version must be given up when findings hide.
		assert.deepEqual(codes(workspace, 'a.txt'), ['lead-not-designated', 'unknown-unit']);
		fileSystem.write('.breakdown/ignore.json', serializeHiddenFile({ entries: entriesFor('a.txt') }));
		await workspace.settled();
		assert.notEqual(service.findingsVersion, before, 'a new findings version: the server refreshes every open document');
		assert.deepEqual(codes(workspace, 'a.txt'), []);
		workspace.open('a.txt', NOTICE.replace('3.促进消费升级。', '3.促进消费升级，扩大内需。').replace('2020年任务分解', '2020年重点任务分解'));
		assert.deepEqual(codes(workspace, 'a.txt'), [], 'the task it is in reads the same');
		workspace.open('a.txt', NOTICE.replace('市枢纽指挥部、', '市枢纽指挥部、市商务局、'));
		assert.deepEqual(codes(workspace, 'a.txt'), ['lead-not-designated', 'unknown-unit'], 'the task changed: judged again');
		workspace.open('a.txt', NOTICE);
		assert.deepEqual(codes(workspace, 'a.txt'), []);
		fileSystem.remove('.breakdown/ignore.json');
		await workspace.settled();
		assert.deepEqual(service.diagnostics(a)!.map((diagnostic) => diagnostic.code), ['lead-not-designated', 'unknown-unit']);
	});

	test('a file applies to its folder and below, naming notices relative to it', async () => {
		const workspace = await testWorkspace({
			'单位名录.txt': REGISTRY,
			'city/a.txt': NOTICE,
			'town/a.txt': NOTICE,
			'city/.breakdown/ignore.json': serializeHiddenFile({ entries: entriesFor('a.txt') }),
		});
		assert.deepEqual(codes(workspace, 'city/a.txt'), []);
		assert.deepEqual(codes(workspace, 'town/a.txt'), ['lead-not-designated', 'unknown-unit']);
	});

	test('a file with bad content: one clear message, nothing hidden, the file never rewritten; fixed, it hides again', async () => {
		const good = serializeHiddenFile({ entries: entriesFor('a.txt') });
		const broken = good.replace(/\}\n {2}\]/, '},\n  ]');
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE, '.breakdown/ignore.json': broken });
		const { fileSystem } = workspace;
		assert.deepEqual(codes(workspace, 'a.txt'), ['lead-not-designated', 'unknown-unit'], 'a file not read in full hides nothing');
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
		assert.deepEqual(codes(workspace, 'a.txt'), ['lead-not-designated', 'unknown-unit'], 'one bad entry: the file hides nothing');
		assert.equal(fileSystem.text('.breakdown/ignore.json'), JSON.stringify(entries), 'the service never writes a file');
		fileSystem.write('.breakdown/ignore.json', good);
		await workspace.settled();
		assert.deepEqual(codes(workspace, 'a.txt'), []);
	});

	test('a .breakdown/ignore.json that is a folder, or too large: said, and nothing hidden', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE, '.breakdown/ignore.json/x.json': '{}' });
		assert.deepEqual(codes(workspace, 'a.txt'), ['lead-not-designated', 'unknown-unit']);
		assert.deepEqual(workspace.warnings, ['无法读取 .breakdown/ignore.json：不是普通文件。其中隐藏的问题照常显示。']);
	});

	test('"忽略此处": creates the file beside the registry, then adds to it; the file is saved; the finding is gone', async () => {
		const workspace = await testWorkspace({ 'city/单位名录.txt': REGISTRY, 'city/notices/a.txt': NOTICE });
		workspace.open('city/notices/a.txt');
		const [first] = hideActions(workspace, 'city/notices/a.txt', 'unknown-unit');
		assert.equal(first.title, '忽略此处');
		assert.equal(first.preferred, false);
		const target = uriOf('city/.breakdown/ignore.json');
		assert.equal(first.change!.create, target, 'no file yet: created beside the registry that applies');
		assert.equal(first.save, target);
		await apply(workspace, first.change!);
		assert.deepEqual(codes(workspace, 'city/notices/a.txt'), ['lead-not-designated']);
		const [second] = hideActions(workspace, 'city/notices/a.txt', 'lead-not-designated');
		assert.equal(second.change!.create, undefined, 'the file exists now: it is rewritten');
		await apply(workspace, second.change!);
		assert.deepEqual(codes(workspace, 'city/notices/a.txt'), []);
		const written = JSON.parse(workspace.fileSystem.text('city/.breakdown/ignore.json')!);
		assert.deepEqual(written.hidden.map((entry: HiddenEntry) => [entry.notice, entry.code, entry.subject]), [
			['notices/a.txt', 'lead-not-designated', ''],
			['notices/a.txt', 'unknown-unit', '市枢纽指挥部'],
		]);
		// Without a registry, at the root of the workspace folder.
		const bare = await testWorkspace({ 'x/a.txt': NOTICE });
		const [action] = hideActions(bare, 'x/a.txt', 'lead-not-designated');
		assert.equal(action.change!.create, uriOf('.breakdown/ignore.json'));
	});

	test('"忽略此处" says what to do instead where it cannot write: no file creation, a broken file, no workspace folder', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE });
		const [cannotCreate] = hideActions(workspace, 'a.txt', 'lead-not-designated', false);
		assert.equal(cannotCreate.change, undefined);
		assert.equal(cannotCreate.refusal, '此编辑器不能创建文件；请先创建 .breakdown/ignore.json，内容为 {"version": 1, "hidden": []}，再选「忽略此处」');
		workspace.fileSystem.write('.breakdown/ignore.json', '{"version": 1, "hidden": [}');
		await workspace.settled();
		const [broken] = hideActions(workspace, 'a.txt', 'lead-not-designated');
		assert.equal(broken.refusal, '.breakdown/ignore.json 无法读取，修正前不能记录或取消隐藏（该文件不会被改写）');
		workspace.fileSystem.write('.breakdown/ignore.json', '');
		await workspace.settled();
		const [emptyFile] = hideActions(workspace, 'a.txt', 'lead-not-designated', false);
		assert.ok(emptyFile.change, 'an empty file is an empty list: written without creating anything');
		const untitled = 'untitled:Untitled-1';
		workspace.service.workspace.openDocument(untitled, NOTICE, 1);
		const diagnostics = workspace.service.diagnostics(untitled)!;
		const [noFolder] = workspace.service.codeActions(untitled, diagnostics.slice(0, 1), { quickFixes: true, fixAll: false, canCreateFiles: true }).filter((action) => action.title === '忽略此处');
		assert.match(noFolder.refusal!, /没有打开工作区文件夹/);
	});

	test('a registry finding can be hidden too', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY + '市财政局\n' });
		const [action] = hideActions(workspace, '单位名录.txt', 'registry-duplicate');
		await apply(workspace, action.change!);
		assert.deepEqual(codes(workspace, '单位名录.txt'), []);
	});

	test('the list of hidden findings: what each hides now, where, with its note; removing entries shows them again', async () => {
		const entries = entriesFor('a.txt');
		entries[0].note = '由指挥部统筹';
		const stale = { ...entriesFor('a.txt')[1], task: '0000000000000000', subject: '市旧单位' };
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE, '.breakdown/ignore.json': serializeHiddenFile({ entries: [...entries, stale] }) });
		const list = workspace.service.hiddenFindings();
		assert.deepEqual(list.problems, []);
		assert.deepEqual(
			list.items.map((item) => [item.label, item.description, item.detail, item.matches, item.location?.range.start.line]),
			[
				['第 2 项任务列出了单位，但未指明牵头单位', 'a.txt · 第 2 项', '「加快徐州东站综合客运枢纽建设。责任单位:市枢纽指…」 · 说明：由指挥部统筹', true, 4],
				['unknown-unit「市旧单位」（原文已改动，不再匹配）', 'a.txt', '「加快徐州东站综合客运枢纽建设。责任单位:市枢纽指…」', false, undefined],
				['单位名录中没有「市枢纽指挥部」', 'a.txt · 第 2 项', '「加快徐州东站综合客运枢纽建设。责任单位:市枢纽指…」', true, 4],
			],
		);
		const answer = workspace.service.unhideFindings(list.items[0].file, [list.items[1].key, list.items[2].key]);
		assert.ok(answer && 'change' in answer);
		assert.equal(answer.save, uriOf('.breakdown/ignore.json'));
		await apply(workspace, answer.change);
		assert.deepEqual(codes(workspace, 'a.txt'), ['unknown-unit']);
		assert.deepEqual(workspace.service.hiddenFindings().items.map((item) => item.label), ['第 2 项任务列出了单位，但未指明牵头单位']);
		// A broken file: listed as a problem, never rewritten.
		workspace.fileSystem.write('.breakdown/ignore.json', '{');
		await workspace.settled();
		assert.deepEqual(workspace.service.hiddenFindings(), { items: [], problems: [workspace.warnings.at(-1)!] });
		assert.deepEqual(workspace.service.unhideFindings(uriOf('.breakdown/ignore.json'), []), { refusal: '.breakdown/ignore.json 无法读取，修正前不能记录或取消隐藏（该文件不会被改写）' });
	});

	test('only files and new documents count: a preview copy of a notice is not indexed', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE });
		const before = workspace.service.unitTree().map((unit) => [unit.name, unit.description]);
		workspace.service.workspace.openDocument('vscode-bulkeditpreview-editor:/ws/a.txt?123', NOTICE, 1);
		workspace.service.workspace.openDocument('git:/ws/a.txt?%7B%7D', NOTICE, 1);
		assert.deepEqual(workspace.service.unitTree().map((unit) => [unit.name, unit.description]), before);
		assert.equal(workspace.service.diagnostics('vscode-bulkeditpreview-editor:/ws/a.txt?123'), undefined);
	});
});
