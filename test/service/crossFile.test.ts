import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits } from '../../server/src/core/features/quickFixes';
import type { Position, WorkspaceChange } from '../../server/src/core/service/types';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { ROOT, testWorkspace, uriOf, type TestWorkspace } from '../support/inMemoryWorkspace';
import { flatText } from '../../server/src/core/text/noticeText';

const REGISTRY = '# 测试名录\n市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n';
const A = '2020年任务分解\n1.扩大投资。\n牵头单位：市发改委；责任单位：市财政局\n2.稳定外贸。\n牵头单位：市商务局；责任单位：市发改委\n';
const B = '2020年任务分解\n1.优化营商环境。\n牵头单位：市财政局；责任单位：市发改委、市商务局\n2.招商引资。\n牵头单位：市发改委\n';

/** A workspace with a registry and two notices, one of them open. */
async function twoNotices(): Promise<TestWorkspace> {
	const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': A, 'b.txt': B, 'notes.txt': '会议记录：今天讨论了午餐。\n' });
	workspace.open('a.txt');
	return workspace;
}

const at = (line: number, character: number): Position => ({ line, character });
const ROLES = ['lead', 'responsible', 'other'] as const;
const ROOT_LENGTH = uriOf('').length;
const file = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

/** The texts of the workspace after a change (each file's edits applied to its text). */
function applied(workspace: TestWorkspace, change: WorkspaceChange): Record<string, string> {
	const result: Record<string, string> = {};
	for (const { uri, edits } of change.files) {
		const text = workspace.fileSystem.text(file(uri))!;
		const lines = new LineIndex(text);
		result[file(uri)] = applyEdits(text, edits.map((edit) => ({ span: { start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end) }, newText: edit.newText })));
	}
	return result;
}

describe('cross-file features on an in-memory workspace', () => {
	test('references across notices (one not open), leads first; the declaration is the registry line', async () => {
		const { service } = await twoNotices();
		const a = uriOf('a.txt');
		const references = service.references(a, at(2, 7), false);
		assert.deepEqual(references.map((location) => `${file(location.uri)}:${location.range.start.line}`), ['a.txt:2', 'b.txt:4', 'a.txt:4', 'b.txt:2']);
		const definition = service.definition(a, at(2, 7))!;
		assert.equal(file(definition.uri), '单位名录.txt');
		assert.deepEqual(definition.range, { start: at(1, 0), end: at(1, 9) });
		assert.deepEqual(service.references(a, at(2, 7), true)[0], definition);
		// From the registry line, the same unit.
		assert.equal(service.references(uriOf('单位名录.txt'), at(1, 2), false).length, 4);
	});

	test('a text file that does not read like a notice is not indexed', async () => {
		const { service } = await twoNotices();
		assert.deepEqual(service.workspaceSymbols('会议'), []);
		assert.deepEqual(service.workspaceSymbols('czj').map((symbol) => [symbol.name, symbol.kind, symbol.container]), [['市财政局', 'unit', '牵头 1 项 · 责任 1 项 · 配合 0 项']]);
		assert.deepEqual(service.workspaceSymbols('招商').map((symbol) => [symbol.name, file(symbol.location.uri)]), [['2. 招商引资。', 'b.txt']]);
	});

	test('hover: registry name, tasks by role across notices, the task numbers here', async () => {
		const { service } = await twoNotices();
		const hover = service.hover(uriOf('a.txt'), at(2, 6))!;
		assert.equal(hover.markdown, '**市发展和改革委员会**\n\n单位名录名称：市发展和改革委员会\n\n别名：市发改委\n\n牵头 2 项 · 责任 2 项 · 配合 0 项（2 个文件）\n\n本文牵头：第 1 项\n\n本文责任：第 2 项');
		assert.deepEqual(hover.range, { start: at(2, 5), end: at(2, 9) });
	});

	test('hover names this notice\'s tasks as the task table refers to them', async () => {
		// Numbers run on across headings: task 4 under 二、 is 4 in the table, not 2.4.
		const runOn = '2020年重点工作任务分解\n一、稳增长\n1.扩大有效投资。\n牵头单位：市财政局；责任单位：市发改委\n二、其他工作\n2.稳定外贸。\n牵头单位：市商务局；责任单位：市发改委\n';
		// Numbers restart under each heading: the table says 一、1 and 二、1.
		const restart = '2020年重点工作任务分解\n一、稳增长\n1.扩大有效投资。\n牵头单位：市财政局；责任单位：市发改委\n二、其他工作\n1.稳定外贸。\n牵头单位：市商务局；责任单位：市发改委\n';
		for (const [text, here] of [[runOn, '本文责任：第 1、2 项'], [restart, '本文责任：第 一、1；二、1 项']]) {
			const workspace = await testWorkspace({ 'a.txt': text });
			workspace.open('a.txt');
			await workspace.settled();
			const a = uriOf('a.txt');
			const table = workspace.service.taskTable(a).rows.flatMap((row) => (row.kind === 'task' ? [row.reference.replace(/[、.]$/, '')] : []));
			assert.ok(here.includes(table.join(here.includes('；') ? '；' : '、')), `${here} names the table's ${table.join(' ')}`);
			assert.ok(workspace.service.hover(a, at(3, 16))!.markdown.endsWith(here));
		}
	});

	test('workspace symbols, the unit\'s task list and the Units view number tasks as the notice does', async () => {
		// Numbers run on across headings (2. under 二、): task 2, not 2.2; where they restart, the heading's number tells them apart.
		const runOn = '2020年重点工作任务分解\n一、稳增长\n1.扩大有效投资。\n牵头单位：市财政局；责任单位：市发改委\n二、其他工作\n2.稳定外贸。\n牵头单位：市商务局；责任单位：市发改委\n';
		const restart = runOn.replace('2.稳定外贸', '1.稳定外贸');
		const workspace = await testWorkspace({ 'a.txt': runOn, 'b.txt': restart });
		const a = workspace.open('a.txt');
		await workspace.settled();
		const { service } = workspace;
		const symbols = (query: string) => service.workspaceSymbols(query).map((symbol) => `${file(symbol.location.uri)} ${symbol.name}`);
		assert.deepEqual(symbols('稳定外贸'), ['a.txt 2. 稳定外贸。', 'b.txt 2.1. 稳定外贸。']);
		assert.deepEqual(symbols('2'), ['a.txt 2. 稳定外贸。']);
		const tasks = service.unitTasks(a, at(3, 16))!;
		assert.deepEqual(tasks.responsible.map((task) => `${file(task.uri)} ${task.text}`), ['a.txt 第 1 项：扩大有效投资。', 'a.txt 第 2 项：稳定外贸。', 'b.txt 第 1.1 项：扩大有效投资。', 'b.txt 第 2.1 项：稳定外贸。']);
		const view = service.unitOfView(tasks.identity, { notice: a })!;
		assert.deepEqual(view.responsible.map((task) => task.label), ['1', '2']);
	});

	test('workspace symbols find a unit by any spelling the notices write, as the Units view\'s filter does', async () => {
		const { service } = await twoNotices();
		// The registry names it 市发展和改革委员会; the notices write 市发改委.
		for (const query of ['市发改委', '发改委', '市發改委']) {
			assert.deepEqual(
				service.workspaceSymbols(query).filter((symbol) => symbol.kind === 'unit').map((symbol) => symbol.name),
				['市发展和改革委员会'],
				query,
			);
			assert.deepEqual(service.unitTree(query).map((unit) => unit.name), ['市发展和改革委员会'], query);
		}
	});

	test('task titles cut for symbols and the unit\'s task list keep surrogate pairs whole', async () => {
		// 𠀀 (two UTF-16 units) where a symbol's title (40) and a task item's (24) are cut.
		const title = (at: number) => '推'.repeat(at - 1) + '\u{20000}' + '进'.repeat(30) + '。';
		const workspace = await testWorkspace({ 'a.txt': `2020年任务分解\n1.${title(40)}\n牵头单位：市发改委\n2.${title(24)}\n牵头单位：市发改委\n` });
		workspace.open('a.txt');
		await workspace.settled();
		const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;
		const names = workspace.service.workspaceSymbols('推').map((symbol) => symbol.name);
		assert.equal(names.length, 2);
		assert.ok(!names.some((name) => lone.test(name)), JSON.stringify(names));
		const titles = workspace.service.unitTasks(uriOf('a.txt'), at(2, 6))!.lead.map((task) => task.title);
		assert.ok(!titles.some((item) => lone.test(item)), JSON.stringify(titles));
	});

	test('registries per folder: a registry applies to its folder and below, nearest first', async () => {
		// The top registry lists a 区 unit too: one that listed none would not judge city/n.txt's 区商务局 at all (see UnitDirectory.judges).
		const workspace = await testWorkspace({
			'单位名录.txt': '市财政局\n区教育局\n',
			'district/单位名录.txt': '区商务局\n',
			'district/a.units.txt': '区发改局\n',
			'district/n.txt': '任务分解\n1.甲。\n牵头单位：区商务局；责任单位：市财政局、区农业局\n2.乙。\n牵头单位：区发改局\n',
			'city/n.txt': '任务分解\n1.甲。\n牵头单位：区商务局；责任单位：市财政局\n2.乙。\n牵头单位：市财政局\n',
		});
		const { service } = workspace;
		assert.deepEqual(service.registriesFor(uriOf('district/n.txt')).uris.map((uri) => decodeURIComponent(uri.slice(ROOT_LENGTH))), ['district/a.units.txt', 'district/单位名录.txt', '单位名录.txt']);
		assert.deepEqual(service.registriesFor(uriOf('city/n.txt')).uris.map((uri) => decodeURIComponent(uri.slice(ROOT_LENGTH))), ['单位名录.txt']);
		const unknown = (path: string) => service.diagnostics(uriOf(path))!.filter((diagnostic) => diagnostic.code === 'unknown-unit').map((diagnostic) => diagnostic.message);
		assert.deepEqual(unknown('district/n.txt'), ['单位名录中没有「区农业局」']);
		assert.deepEqual(unknown('city/n.txt'), ['单位名录中没有「区商务局」']);
		assert.equal(decodeURIComponent(service.registriesFor(uriOf('city/n.txt')).suggested), `${ROOT}/city/单位名录.txt`);
	});

	test('rename across notices and the registry; a name that is not one unit is refused with the reason', async () => {
		const workspace = await twoNotices();
		const { service } = workspace;
		const a = uriOf('a.txt');
		assert.equal(service.prepareRename(a, at(2, 16))!.placeholder, '市财政局');
		const answer = service.rename(a, at(2, 16), '市财政和国资局')!;
		assert.ok('change' in answer);
		const texts = applied(workspace, answer.change);
		assert.deepEqual(Object.keys(texts).sort(), ['a.txt', 'b.txt', '单位名录.txt']);
		assert.equal(texts['b.txt'], B.replace('市财政局', '市财政和国资局'));
		assert.equal(texts['单位名录.txt'], REGISTRY.replace('市财政局', '市财政和国资局'));
		const refused = service.rename(a, at(2, 16), '市财政局、市审计局')!;
		assert.deepEqual(refused, { refusal: '「市财政局、市审计局」不是单个单位名称（含有「、」）' });
	});

	test('rename edits every mention references list: a unit written without its level, which the registry reads as the unit, keeps its level', async () => {
		// 财政局 in task 3 is the registry's 市财政局 (references and hover say so): renamed short, as written.
		const notice = '2020年任务分解\n1.扩大投资。\n牵头单位：市发改委；责任单位：市财政局、市商务局\n2.稳定外贸。\n牵头单位：市商务局；责任单位：市财政局、市发改委\n3.优化营商环境。\n牵头单位：市商务局；责任单位：市发改委、财政局\n';
		const workspace = await testWorkspace({ '单位名录.txt': '市发改委\n市财政局\n市商务局\n', 'a.txt': notice });
		workspace.open('a.txt');
		await workspace.settled();
		const { service } = workspace;
		const a = uriOf('a.txt');
		const listed = service.references(a, at(2, 16), false).map((location) => `${location.range.start.line}:${location.range.start.character}`);
		assert.deepEqual(listed, ['2:15', '4:15', '6:20']);
		// From 市财政局 the short mention stays short; from 财政局 itself, it takes the name typed there.
		for (const [start, short] of [[at(2, 16), '财政和国资局'], [at(6, 21), '市财政和国资局']] as const) {
			const answer = service.rename(a, start, '市财政和国资局')!;
			assert.ok('change' in answer);
			const edited = answer.change.files.find((change) => file(change.uri) === 'a.txt')!.edits.map((edit) => `${edit.range.start.line}:${edit.range.start.character}`);
			assert.deepEqual(edited.sort(), [...listed].sort(), 'the places references list');
			const texts = applied(workspace, answer.change);
			assert.equal(texts['a.txt'], notice.replace(/市财政局/g, '市财政和国资局').replace('、财政局', `、${short}`));
			assert.equal(texts['单位名录.txt'], '市发改委\n市财政和国资局\n市商务局\n');
		}
	});

	test('rename from one spelling of a unit the notice writes another way too, by a name the new one gives no spelling of, is refused with the reason; written one way, it renames every mention', async () => {
		// The registry lists 市发改委; task 2 writes 市发展改革委, which references count as the same unit.
		const registry = '市发改委\n市财政局\n市统计局\n';
		const notice = '2024年任务分解\n1.稳增长。\n牵头单位：市发改委；责任单位：市统计局\n2.扩投资。\n牵头单位：市发展改革委；责任单位：市财政局\n3.促消费。\n牵头单位：市财政局；责任单位：市发改委\n';
		const workspace = await testWorkspace({ '单位名录.txt': registry, 'a.txt': notice });
		workspace.open('a.txt');
		await workspace.settled();
		const { service } = workspace;
		const a = uriOf('a.txt');
		assert.deepEqual(service.references(a, at(2, 7), false).map((location) => location.range.start.line), [2, 4, 6]);
		assert.deepEqual(service.rename(a, at(2, 7), '市经济发展局'), { refusal: '「市发改委」还写作「市发展改革委」，两种写法无法对应改名；请先统一写法' });
		assert.deepEqual(service.rename(a, at(4, 7), '市经济发展局'), { refusal: '「市发展改革委」还写作「市发改委」，两种写法无法对应改名；请先统一写法' });
		const unified = await testWorkspace({ '单位名录.txt': registry, 'a.txt': notice.replace('市发展改革委', '市发改委') });
		const answer = unified.service.rename(a, at(2, 7), '市经济发展局')!;
		assert.ok('change' in answer);
		const texts = applied(unified, answer.change);
		assert.equal(texts['a.txt'], notice.replace('市发展改革委', '市发改委').replace(/市发改委/g, '市经济发展局'));
		assert.equal(texts['单位名录.txt'], registry.replace('市发改委', '市经济发展局'));
	});

	test('rename of a registry alias leaves a spelling that another name of the unit still names', async () => {
		// 市发展改革委 is the unit by the catalog, as the canonical 市发展和改革委员会 is: renaming the alias leaves it that unit.
		const registry = '市发展和改革委员会 = 市发改委\n市财政局\n';
		const notice = '2024年任务分解\n1.稳增长。\n牵头单位：市发改委；责任单位：市财政局\n2.扩投资。\n牵头单位：市发展改革委；责任单位：市财政局\n';
		const workspace = await testWorkspace({ '单位名录.txt': registry, 'a.txt': notice });
		workspace.open('a.txt');
		await workspace.settled();
		const answer = workspace.service.rename(uriOf('a.txt'), at(2, 7), '市经发委')!;
		assert.ok('change' in answer, JSON.stringify(answer));
		assert.equal(applied(workspace, answer.change)['a.txt'], notice.replace('市发改委', '市经发委'));
	});

	test('rename to the name of another unit of the notices is refused without a registry too: two units would become one', async () => {
		const workspace = await testWorkspace({ 'a.txt': '2020年任务分解\n1.甲。\n牵头单位：市发改委；责任单位：市财政局\n2.乙。\n牵头单位：市财政局\n' });
		workspace.open('a.txt');
		const refused = workspace.service.rename(uriOf('a.txt'), at(2, 16), '市发改委')!;
		assert.deepEqual(refused, { refusal: '「市发改委」已是另一单位的名称（a.txt 第 3 行），改名会把两个单位合为一个' });
	});

	test('a lead named by a heading counts for every task under it, as the task table lists it, in an open notice and a digest', async () => {
		// 一、市发改委牵头的工作 over three tasks naming only 责任单位: the table gives each task the lead.
		const headed = '2020年重点工作任务分解\n一、市发改委牵头的工作\n1.扩大有效投资。\n责任单位：市财政局\n2.推进重大项目建设。\n责任单位：市住建局\n3.优化营商环境。\n责任单位：市财政局\n';
		const workspace = await testWorkspace({ '单位名录.txt': '市发改委\n市财政局\n市住建局\n', 'a.txt': headed, 'b.txt': headed });
		workspace.open('a.txt');
		await workspace.settled();
		const { service } = workspace;
		const a = uriOf('a.txt');
		const leads = service.taskTable(a).rows.filter((row) => row.kind === 'task' && row.lead.some((unit) => unit.name === '市发改委')).length;
		assert.equal(leads, 3);
		const counts = '牵头 6 项 · 责任 0 项 · 配合 0 项';
		assert.equal(service.hover(a, at(1, 3))!.markdown, `**市发改委**\n\n牵头 6 项 · 责任 0 项 · 配合 0 项（2 个文件）\n\n本文牵头：第 1、2、3 项`);
		assert.deepEqual(service.unitTasks(a, at(1, 3))!.lead.map((task) => `${file(task.uri)} ${task.label}`), ['a.txt 1', 'a.txt 2', 'a.txt 3', 'b.txt 1', 'b.txt 2', 'b.txt 3']);
		assert.equal(service.codeLenses(uriOf('单位名录.txt'))[0].title, counts);
		assert.deepEqual(service.workspaceSymbols('fgw').map((symbol) => symbol.container), [counts]);
		assert.deepEqual(service.unitTree().find((unit) => unit.name === '市发改委')!.counts, { lead: 6, responsible: 0, other: 0 });
		assert.equal(service.references(a, at(1, 3), false).length, 2, 'the places are the two headings');
	});

	test('code lens on each registry entry: the unit\'s tasks by role across the workspace', async () => {
		const workspace = await twoNotices();
		const lenses = workspace.service.codeLenses(uriOf('单位名录.txt'));
		assert.deepEqual(lenses.map((lens) => lens.title), ['牵头 2 项 · 责任 2 项 · 配合 0 项', '牵头 1 项 · 责任 1 项 · 配合 0 项', '牵头 1 项 · 责任 1 项 · 配合 0 项']);
		assert.deepEqual(lenses[0].unit, { uri: uriOf('单位名录.txt'), position: at(1, 0) });
	});

	test('file events: a notice changed or deleted on disk, a registry changed, a document closed', async () => {
		const workspace = await twoNotices();
		const { service, fileSystem } = workspace;
		const a = uriOf('a.txt');
		fileSystem.write('b.txt', '任务分解\n1.丙。\n牵头单位：市财政局\n2.丁。\n牵头单位：市财政局\n');
		await workspace.settled();
		assert.equal(service.references(a, at(2, 7), false).length, 2, 'b.txt no longer names it');
		fileSystem.remove('b.txt');
		await workspace.settled();
		assert.deepEqual(service.workspaceSymbols('丁'), []);
		const c = workspace.open('c.txt', '任务分解\n1.甲。\n牵头单位：市审计局\n');
		assert.deepEqual(service.diagnostics(c)!.map((diagnostic) => diagnostic.code), ['unknown-unit']);
		const registryVersion = service.registryVersion;
		fileSystem.write('单位名录.txt', REGISTRY + '市审计局\n');
		await workspace.settled();
		assert.notEqual(service.registryVersion, registryVersion, 'a registry change is a new registry version: the server refreshes open documents');
		assert.deepEqual(service.diagnostics(c), []);
		// An open document's text wins over the disk until it closes.
		fileSystem.write('a.txt', '任务分解\n1.戊。\n牵头单位：市商务局\n2.己。\n牵头单位：市商务局\n');
		await workspace.settled();
		assert.equal(service.references(a, at(2, 7), false).length, 2);
		await service.workspace.closeDocument(a);
		assert.equal(service.outline(a)[1].name, '2.己。');
		assert.equal(service.unitTasks(a, at(2, 7))!.name, '市商务局');
	});

	test('highlights in the document, folding, semantic tokens', async () => {
		const { service } = await twoNotices();
		const a = uriOf('a.txt');
		assert.deepEqual(service.highlights(a, at(2, 16)).map((highlight) => [highlight.range.start.line, highlight.lead]), [[2, false]]);
		assert.deepEqual(service.highlights(a, at(2, 7)).map((highlight) => [highlight.range.start.line, highlight.lead]), [[2, true], [4, false]]);
		assert.deepEqual(service.foldingRanges(a).map((range) => [range.startLine, range.endLine]), [[1, 2], [3, 4]]);
		const tokens = service.semanticTokens(a);
		assert.deepEqual(tokens.slice(0, 3).map((token) => [token.line, token.character, token.length, token.type]), [[1, 0, 2, 'number'], [2, 0, 4, 'label'], [2, 5, 4, 'leadUnit']]);
	});

	test('completion offers neither the name being typed, nor a listed unit under another name, nor a 厅 at the city\'s level', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': '市发展和改革委员会 = 市发改委 = 市发展改革委\n市财政局\n市商务局\n', 'a.txt': '2020年任务分解\n1.扩大投资。\n牵头单位：市发改委；责任单位：市财政局\n' });
		const labels = (text: string) => {
			const uri = workspace.open('new.txt', `1.甲。\n${text}\n`);
			return workspace.service.completion(uri, at(1, text.length))!.map((item) => `${item.label}(${item.detail})`);
		};
		await workspace.settled();
		// 市发 half typed is a mention of the open notice: not a unit 本工作区已用.
		assert.ok(!labels('牵头单位：市发').some((label) => label.startsWith('市发(')));
		// 市发改委 listed: its other names are not offered after 、.
		const after = labels('牵头单位：市商务局；责任单位：市发改委、');
		assert.ok(!after.some((label) => /^市发展/.test(label)), after.join(' '));
		assert.ok(after.includes('市财政局(单位名录)'));
		// A 厅 is provincial: 省财政厅, never 市财政厅 (without a registry, which would call either unknown).
		const alone = await testWorkspace({ 'a.txt': '2020年任务分解\n1.扩大投资。\n牵头单位：市发改委；责任单位：市财政局\n' });
		await alone.settled();
		const hall = alone.service.completion(alone.open('new.txt', '1.甲。\n牵头单位：厅\n'), at(1, 6))!.map((item) => `${item.label}(${item.detail})`);
		assert.ok(hall.includes('省财政厅(标准名称)') && !hall.some((label) => label.startsWith('市财政厅')), hall.join(' '));
	});

	test('completion offers no unit of the task, its lead included; under a registry only its units, by its names or the notice\'s; no national body the list\'s prefix would be read onto', async () => {
		const registry = '市住建局\n市交通运输局\n市城管局\n市财政局\n市人力社保局\n市发展和改革委员会\n';
		// The notice writes 市发改委 for the registry's 市发展和改革委员会: offered as it writes it.
		const text = '2024年任务分解\n1.新建道路。\n牵头单位：市住建局；责任单位：市交通运输局、市发改委\n2.城市更新。\n牵头单位：市住建局；责任单位：市财政局、';
		const workspace = await testWorkspace({ '单位名录.txt': registry, 'a.txt': text });
		const uri = workspace.open('a.txt');
		await workspace.settled();
		const labels = workspace.service.completion(uri, at(4, 20))!.map((item) => item.label);
		assert.deepEqual(labels.sort(), ['市人力社保局', '市发改委', '市城管局', '市交通运输局'].sort());
		// 市人社 typed: the registry's 市人力社保局 for the catalog's 市人社局, which it would call unknown.
		const line = '牵头单位：市住建局；责任单位：市人社';
		const typed = workspace.open('b.txt', `2024年任务分解\n1.甲。\n${line}`);
		assert.deepEqual(workspace.service.completion(typed, at(2, line.length))!.map((item) => item.label), ['市人力社保局']);
		// A collective is no registry unit, and no check asks it to be: offered still (a reviewer's).
		const many = '牵头单位：市住建局；责任单位：各';
		const collective = workspace.open('c.txt', `2024年任务分解\n1.甲。\n牵头单位：市财政局；责任单位：各乡镇人民政府\n2.乙。\n${many}`);
		assert.ok(workspace.service.completion(collective, at(4, many.length))!.some((item) => item.label === '各乡镇人民政府'));
		// Without a registry: the catalog's names as before, less the task's units, the notice's other spellings and ministries read as 市交通部.
		const alone = await testWorkspace({ 'a.txt': text });
		const open = alone.open('a.txt');
		await alone.settled();
		const offered = alone.service.completion(open, at(4, 20))!.map((item) => item.label);
		assert.ok(offered.includes('市人社局') && offered.includes('审计署'), offered.join(' '));
		for (const name of ['市住建局', '市财政局', '市住房和城乡建设局', '市发展和改革委员会', '交通部', '国办']) {
			assert.ok(!offered.includes(name), `${name} in ${offered.join(' ')}`);
		}
	});

	// A district's notice under its city's registry alone: the registry judges none of its 区 units nor its streets, and
	// completion, which offered only the registry's names, left out every name of the district.
	test('completion offers the names of a level the notice writes and its registries do not judge, as without a registry', async () => {
		const workspace = await testWorkspace({
			'单位名录.txt': '市发展和改革委员会 = 市发改委\n市财政局\n市民政局\n集合: 各县（市、区）人民政府\n清河县人民政府\n临川区人民政府\n',
			'临川区/临川区2025年重点任务分工.txt': '临川区2025年重点任务分工\n1.新建社区食堂8个。\n牵头单位：区民政局；责任单位：区财政局、文昌街道办事处\n2.建设城市绿道。\n牵头单位：区发改局；责任单位：',
		});
		const uri = workspace.open('临川区/临川区2025年重点任务分工.txt');
		await workspace.settled();
		const labels = workspace.service.completion(uri, at(4, 16))!.map((item) => item.label);
		for (const name of ['区财政局', '区民政局', '文昌街道办事处', '市财政局']) {
			assert.ok(labels.includes(name), `${name} not in ${labels.join(' ')}`);
		}
		// Not the task's lead under another name, nor a level the notice does not write (省财政厅), nor one the registry judges (市教育局).
		for (const name of ['区发改局', '区发展和改革局', '省财政厅', '市教育局']) {
			assert.ok(!labels.includes(name), `${name} in ${labels.join(' ')}`);
		}
		const line = '牵头单位：区发改局；责任单位：区教';
		const typed = workspace.open('临川区/新.txt', `临川区2025年任务分工\n1.甲。\n牵头单位：区民政局；责任单位：区财政局\n2.乙。\n${line}`);
		assert.ok(workspace.service.completion(typed, at(4, line.length))!.some((item) => item.label === '区教育局'));
		// A city notice naming one national body is offered it, not every ministry of the catalog (a reviewer: 88 of them).
		const city = workspace.open('江州市分工.txt', '江州市2025年重点工作分解\n1.甲。\n牵头单位：市发改委；责任单位：国家发展改革委\n2.乙。\n牵头单位：市财政局；责任单位：');
		const cityLabels = workspace.service.completion(city, at(4, 16))!.map((item) => item.label);
		assert.ok(cityLabels.includes('国家发展改革委') && !cityLabels.includes('外交部') && !cityLabels.includes('国家统计局'), cityLabels.join(' '));
	});

	test('completion after a label, by pinyin initials: registry names first', async () => {
		const workspace = await twoNotices();
		const uri = workspace.open('new.txt', '1.甲。\n牵头单位：fgw\n');
		const items = workspace.service.completion(uri, at(1, 8))!;
		assert.equal(items[0].label, '市发改委');
		assert.equal(items[0].detail, '单位名录');
		assert.deepEqual(items[0].range, { start: at(1, 5), end: at(1, 8) });
		assert.equal(workspace.service.completion(uri, at(0, 2)), undefined, 'no unit completion outside a unit list');
	});

	test('completion right after 、 before the next unit inserts there: the next unit is in the replace range only', async () => {
		const workspace = await twoNotices();
		const line = '牵头单位：市发改委、市财政局';
		const uri = workspace.open('new.txt', `1.甲。\n${line}\n`);
		const cursor = line.indexOf('市财政局');
		const item = workspace.service.completion(uri, at(1, cursor))![0];
		assert.deepEqual(item.insertRange, { start: at(1, cursor), end: at(1, cursor) }, 'inserting leaves 市财政局');
		assert.deepEqual(item.range, { start: at(1, cursor), end: at(1, line.length) });
	});

	test('quick fixes against the registry that applies, and fix-all', async () => {
		const workspace = await twoNotices();
		const { service } = workspace;
		const uri = workspace.open('c.txt', '2020年任务分解\n1.甲。\n牵头单位：市财正局\n3.乙。\n牵头单位：市商务局\n');
		const diagnostics = service.diagnostics(uri)!;
		assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.message), ['单位名录中没有「市财正局」，是否应为「市财政局」？', '编号不连续：应为 2，此处为 3']);
		const actions = service.codeActions(uri, diagnostics, { quickFixes: true, fixAll: true, canCreateFiles: false });
		assert.deepEqual(actions.map((action) => [action.title, action.kind, action.diagnostics]), [
			['改为「市财政局」', 'quickfix', [0]],
			['将「市财正局」加入单位名录', 'quickfix', [0]],
			['重新编号（1–2）', 'quickfix', [1]],
			['忽略此处：单位名录中没有「市财正局」，是否应为「市财政局」？', 'quickfix', [0]],
			['忽略此处：编号不连续：应为 2，此处为 3', 'quickfix', [1]],
			['修复全部可自动修复的问题', 'fix-all', []],
		]);
		assert.deepEqual(actions[1].change!.files.map((change) => file(change.uri)), ['单位名录.txt']);
		// The renumbering applied: the text is checked again and its finding is gone.
		const lines = new LineIndex(service.workspace.index.getNotice(uri)!.digest.text);
		const fixed = applyEdits(flatText(lines.text), actions[2].change!.files[0].edits.map((edit) => ({ span: { start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end) }, newText: edit.newText })));
		workspace.open('c.txt', fixed);
		assert.deepEqual(service.diagnostics(uri)!.map((diagnostic) => diagnostic.code), ['unknown-unit']);
		// Without a registry no unit is unknown: nothing to add.
		const alone = await testWorkspace({ 'n.txt': '2020年任务分解\n1.甲。\n牵头单位：市财正局\n' });
		const lone = alone.open('n.txt');
		const offered = (canCreateFiles: boolean) => alone.service.codeActions(lone, alone.service.diagnostics(lone)!, { quickFixes: true, fixAll: false, canCreateFiles });
		assert.deepEqual(offered(false), [], 'no registry: no unknown-unit finding, nothing to add');
	});

	test('the create-registry command: the units its registry does not know, as the registry parser reads it', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': '市经信局 => 市工信局\r\n市发展和改革委员会 = 市发改委' });
		const uri = workspace.open('n.txt', '2020年任务分解\n1.甲。\n牵头单位：市工信局；责任单位：市发展改革委、市大数据局、各县(市)区政府\n2.乙。\n牵头单位：市大数据局\n');
		const command = (await workspace.service.registryCommand(uri))!;
		assert.equal(command.createsFile, false);
		assert.equal(file(command.target), '单位名录.txt');
		assert.equal(command.change.files[0].edits.map((edit) => edit.newText).join(''), '\r\n市大数据局\r\n');
		const lone = await testWorkspace({});
		const alone = lone.open('x/n.txt', '1.甲。\n牵头单位：市大数据局\n');
		const created = (await lone.service.registryCommand(alone))!;
		assert.deepEqual([created.createsFile, decodeURIComponent(created.target), created.change.create === created.target], [true, `${ROOT}/x/单位名录.txt`, true]);
		assert.deepEqual([created.title, created.refusal], ['创建单位名录', undefined]);
	});

	describe('a city folder with its registry and a district folder under it (a tester\'s 江州市 / 临川区)', () => {
		const CITY = '# 江州市单位名录\n市发展和改革委员会 = 市发改委\n市财政局\n市民政局\n集合: 各县（市、区）人民政府\n临川区人民政府\n';
		const NOTICE = '临川区2025年重点任务分工\n一、办好民生实事\n（一）新建社区食堂8个。（区民政局牵头，区财政局、各街道办事处配合）\n（二）新增托育机构2所。（区卫健委牵头，市财正局配合）\n';

		test('without a district registry: no unknown-unit for the district\'s units, its 市 unit still checked', async () => {
			const workspace = await testWorkspace({ '单位名录.txt': CITY, '临川区/临川区2025年重点任务分工.txt': NOTICE });
			const uri = workspace.open('临川区/临川区2025年重点任务分工.txt');
			assert.deepEqual(workspace.service.diagnostics(uri)!.map((diagnostic) => diagnostic.message), ['单位名录中没有「市财正局」，是否应为「市财政局」？']);
			// Nor does the hover say 不在单位名录中 of them, which reads as a warning; it does of the 市 unit it judges.
			const hoverAt = (name: string) => {
				const line = NOTICE.split('\n').findIndex((text) => text.includes(name));
				return workspace.service.hover(uri, { line, character: NOTICE.split('\n')[line].indexOf(name) + 1 })!.markdown;
			};
			assert.doesNotMatch(hoverAt('区财政局'), /不在单位名录中/);
			assert.match(hoverAt('市财正局'), /不在单位名录中/);
		});

		test('with the district\'s registry: 区民政厅 is offered 区民政局, not the city\'s 市民政局', async () => {
			const workspace = await testWorkspace({ '单位名录.txt': CITY, '临川区/单位名录.txt': '区民政局\n区财政局\n' });
			const uri = workspace.open('临川区/notice.txt', '临川区2025年民生实事分工\n一、办好民生实事\n（一）新建社区食堂8个。（区民政厅牵头，区财政局、各街道办事处配合）\n');
			const diagnostics = workspace.service.diagnostics(uri)!;
			assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.message), ['单位名录中没有「区民政厅」，是否应为「区民政局」？']);
			const actions = workspace.service.codeActions(uri, diagnostics, { quickFixes: true, fixAll: false, canCreateFiles: true });
			assert.deepEqual(actions.map((action) => action.title).filter((title) => title.startsWith('改为')), ['改为「区民政局」']);
		});

		test('"add to the registry" writes a unit into the registry of its level: the district notice\'s new 市 bureau into the city\'s', async () => {
			const workspace = await testWorkspace({ '单位名录.txt': CITY, '临川区/单位名录.txt': '区民政局\n区财政局\n' });
			const uri = workspace.open('临川区/notice.txt', '临川区2025年民生实事分工\n一、办好民生实事\n（一）新建社区食堂8个。（区民政局牵头，市大数据局、区数据局配合）\n');
			const diagnostics = workspace.service.diagnostics(uri)!;
			assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.message), ['单位名录中没有「市大数据局」', '单位名录中没有「区数据局」']);
			const targets = workspace.service.codeActions(uri, diagnostics, { quickFixes: true, fixAll: false, canCreateFiles: true }).filter((action) => action.title.startsWith('将「'));
			assert.deepEqual(targets.map((action) => [action.title, action.change!.files.map((change) => change.uri.slice(ROOT_LENGTH))]), [
				['将「市大数据局」加入 单位名录.txt（列有其同级单位的名录）', [uriOf('单位名录.txt').slice(ROOT_LENGTH)]],
				['将「区数据局」加入单位名录', [uriOf('临川区/单位名录.txt').slice(ROOT_LENGTH)]],
			]);
		});

		test('the create-registry command of a district notice under the city\'s registry alone makes the district\'s, with the units no registry judges', async () => {
			const workspace = await testWorkspace({ '单位名录.txt': CITY, '临川区/临川区2025年重点任务分工.txt': NOTICE });
			const uri = workspace.open('临川区/临川区2025年重点任务分工.txt');
			const command = (await workspace.service.registryCommand(uri))!;
			assert.deepEqual([decodeURIComponent(command.target), command.createsFile, command.change.create === command.target], [`${ROOT}/临川区/单位名录.txt`, true, true]);
			assert.equal(command.change.files[0].edits.map((edit) => edit.newText).join(''), '区民政局\n区财政局\n区卫健委\n');
			// Under the city's registry with a notice of its own level, the command appends to it as before.
			const cityNotice = workspace.open('江州市分工.txt', '1.甲。（市发改委牵头，市大数据局配合）\n');
			assert.equal(decodeURIComponent((await workspace.service.registryCommand(cityNotice))!.target), `${ROOT}/单位名录.txt`);
			// Beside its registry, a notice naming a level it does not judge as well (省财政厅) has every unit appended to it:
			// the city's own new 市大数据局 was left out, and only 省财政厅 written.
			const mixed = workspace.open('江州市民生分工.txt', '1.甲。\n牵头单位：市发改委；责任单位：市大数据局、省财政厅\n');
			const appended = (await workspace.service.registryCommand(mixed))!;
			assert.deepEqual([decodeURIComponent(appended.target), appended.change.files[0].edits.map((edit) => edit.newText).join('')], [`${ROOT}/单位名录.txt`, '市大数据局\n省财政厅\n']);
		});

		// A reviewer: beside a district's registry the command appended the city's 市农业农村局, which the city's registry lists;
		// three such lines would make the district's registry judge every 市… name.
		test('the create-registry command beside a district\'s registry appends only the district\'s units, none its city\'s registry lists or judges', async () => {
			const workspace = await testWorkspace({ '单位名录.txt': CITY, '临川区/单位名录.txt': '区民政局\n区财政局\n' });
			const uri = workspace.open('临川区/争资分工.txt', '临川区2025年争资争项任务分工\n1.争取省级专项资金。\n牵头单位：区民政局；责任单位：市民政局、市发改委、区数据局、市大数据局、省民政厅\n');
			const command = (await workspace.service.registryCommand(uri))!;
			assert.deepEqual([decodeURIComponent(command.target), command.change.files[0].edits.map((edit) => edit.newText).join('')], [`${ROOT}/临川区/单位名录.txt`, '区数据局\n省民政厅\n']);
		});

		// The create-registry command leaves out of the district's registry a province's body the city's registry judges (省交通厅,
		// the 交通运输厅's old name); still unknown-unit, its "add to the registry" read as the district's, which left it out.
		test('a unit left out of the notice\'s registry for another that lists its level: "add to the registry" names that one, and why', async () => {
			const workspace = await testWorkspace({ '单位名录.txt': CITY + '省财政厅\n省发展和改革委员会 = 省发改委\n省民政厅\n省交通运输厅\n', '临川区/单位名录.txt': '区民政局\n区财政局\n' });
			const uri = workspace.open('临川区/争资分工.txt', '临川区2025年争资争项任务分工\n1.争取省级专项资金。\n牵头单位：区民政局；责任单位：区数据局、省交通厅\n');
			const command = (await workspace.service.registryCommand(uri))!;
			assert.equal(command.change.files[0].edits.map((edit) => edit.newText).join(''), '区数据局\n');
			const diagnostics = workspace.service.diagnostics(uri)!;
			assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.message), ['单位名录中没有「区数据局」', '单位名录中没有「省交通厅」，是否应为「省交通运输厅」？']);
			const titles = workspace.service.codeActions(uri, diagnostics, { quickFixes: true, fixAll: false, canCreateFiles: true }).map((action) => action.title);
			assert.deepEqual(titles.slice(0, 3), ['将「区数据局」加入单位名录', '改为「省交通运输厅」', '将「省交通厅」加入 单位名录.txt（列有其同级单位的名录）']);
		});

		// A second tester: one 县财政局 line in the city's registry made every 县… of a county without a registry
		// unknown-unit; a county registry repeating the city's 市住建局 took the city's new 市大数据局.
		test('a level a registry lists one or two units of among many of another is not its: not judged by it, nothing of it added there', async () => {
			const county = '东乡县/2024年/东乡县2024年重点工作分解.txt';
			const notice = '东乡县2024年重点工作分解\n1.甲。（县税务局牵头，县交通运输局、市财正局配合）\n';
			const workspace = await testWorkspace({ '单位名录.txt': CITY + '县财政局\n', [county]: notice });
			const uri = workspace.open(county);
			assert.deepEqual(workspace.service.diagnostics(uri)!.map((diagnostic) => diagnostic.message), ['单位名录中没有「市财正局」，是否应为「市财政局」？']);
			const qinghe = await testWorkspace({ '单位名录.txt': CITY, '清河县/单位名录.txt': '县发改局\n县财政局\n县统计局\n县民政局\n市住建局\n' });
			const qingheUri = qinghe.open('清河县/n.txt', '清河县2025年重点工作分解\n1.甲。（县发改局牵头，市大数据局、县数据局配合）\n');
			const diagnostics = qinghe.service.diagnostics(qingheUri)!;
			const targets = qinghe.service.codeActions(qingheUri, diagnostics, { quickFixes: true, fixAll: false, canCreateFiles: true }).filter((action) => action.title.startsWith('将「'));
			assert.deepEqual(targets.map((action) => [action.title, action.change!.files.map((change) => change.uri.slice(ROOT_LENGTH))]), [
				['将「市大数据局」加入 单位名录.txt（列有其同级单位的名录）', [uriOf('单位名录.txt').slice(ROOT_LENGTH)]],
				['将「县数据局」加入单位名录', [uriOf('清河县/单位名录.txt').slice(ROOT_LENGTH)]],
			]);
		});

		test('the create-registry command of a notice in a year folder makes the county\'s registry above it', async () => {
			const workspace = await testWorkspace({ '单位名录.txt': CITY, '东乡县/2025年/n.txt': '东乡县2025年重点工作分解\n1.甲。（县税务局牵头，县交通运输局配合）\n' });
			const uri = workspace.open('东乡县/2025年/n.txt');
			assert.equal(decodeURIComponent((await workspace.service.registryCommand(uri))!.target), `${ROOT}/东乡县/单位名录.txt`);
			// A reviewer: not onto a registry in force the notice is to have its own apart from (the city's, above a
			// district's notice filed under the city's 2025年/), which got the district's units appended.
			const filed = workspace.open('2025年/临川区分工.txt', NOTICE);
			const own = (await workspace.service.registryCommand(filed))!;
			assert.deepEqual([decodeURIComponent(own.target), own.createsFile], [`${ROOT}/2025年/单位名录.txt`, true]);
			// A reviewer: a county notice in 2025年/ naming its prefecture's bodies (州数据局) appends to the county's registry
			// in force, with its own new 县数据局; it got a 2025年/单位名录.txt holding 州数据局 alone.
			const county = await testWorkspace({ '泸溪县/单位名录.txt': '县财政局\n县发展和改革局 = 县发改局\n县教育局\n县民政局\n', '泸溪县/2025年/n.txt': '泸溪县2025年重点工作分解\n1.甲。（县发改局牵头，州数据局、县数据局配合）\n' });
			const zhou = (await county.service.registryCommand(county.open('泸溪县/2025年/n.txt')))!;
			assert.deepEqual([decodeURIComponent(zhou.target), zhou.createsFile, zhou.change.files[0].edits.map((edit) => edit.newText).join('')], [`${ROOT}/泸溪县/单位名录.txt`, false, '州数据局\n县数据局\n']);
			// Nor out of a workspace folder named after a year: a registry there would apply to nothing.
			const root = await testWorkspace({ '2025/n.txt': '东乡县2025年重点工作分解\n1.甲。（县税务局牵头，县交通运输局配合）\n' });
			root.service.workspace.setFolders([uriOf('2025')]);
			await root.service.workspace.scan();
			const inRoot = root.open('2025/n.txt');
			assert.equal(decodeURIComponent((await root.service.registryCommand(inRoot))!.target), `${ROOT}/2025/单位名录.txt`);
		});
	});

	test('the create-registry command is refused, with what to do by hand, where the editor cannot make it', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': '市经信局\n' });
		const uri = workspace.open('n.txt', '1.甲。\n牵头单位：市大数据局\n');
		const lone = await testWorkspace({});
		const alone = lone.open('x/n.txt', '1.甲。\n牵头单位：市大数据局\n');
		const refusal = async (service: typeof lone.service, notice: string, canApplyEdits: boolean, canCreateFiles: boolean) => (await service.registryCommand(notice, { canApplyEdits, canCreateFiles }))?.refusal;
		const target = (await lone.service.registryCommand(alone))!.target;
		assert.equal(await refusal(lone.service, alone, true, false), `此编辑器不能创建文件；请手动将单位写入 ${target}`);
		assert.equal(await refusal(lone.service, alone, false, false), `此编辑器不能应用编辑；请手动将单位写入 ${target}`);
		assert.equal(await refusal(lone.service, alone, true, true), undefined);
		assert.equal(await refusal(workspace.service, uri, true, false), undefined, 'appending to a registry creates no file');
		assert.equal(await refusal(workspace.service, uri, false, true), `此编辑器不能应用编辑；请手动将单位写入 ${(await workspace.service.registryCommand(uri))!.target}`);
	});

	test('the create-registry command appends to a 单位名录.txt beside the notice that the index does not hold, and refuses a notice never saved', async () => {
		// A folder the scan skips: its registry is on disk, not in the index.
		const workspace = await testWorkspace({ 'dist/单位名录.txt': '市财政局\n市商务局\n' });
		const uri = workspace.open('dist/n.txt', '2020年任务分解\n1.甲。\n牵头单位：市大数据局\n');
		const command = (await workspace.service.registryCommand(uri))!;
		assert.equal(command.createsFile, false);
		assert.equal(command.change.create, undefined, 'not created over: its own lines stay first');
		assert.deepEqual(command.change.files.map((file) => [file.uri, file.edits.map((edit) => [edit.range.start, edit.newText])]), [[uriOf('dist/单位名录.txt'), [[{ line: 2, character: 0 }, '市大数据局\n']]]]);
		const untitled = workspace.open('untitled:Untitled-1', '2020年任务分解\n1.甲。\n牵头单位：市大数据局\n');
		const refused = (await workspace.service.registryCommand(untitled))!;
		assert.deepEqual([refused.refusal, refused.change.files], ['请先保存通知：单位名录建在通知所在的文件夹中', []]);
		// One that cannot be read (a folder by that name here) is not created over either: the clerk is told, by its name in the workspace.
		const folderNamed = await testWorkspace({ 'x/单位名录.txt/readme.md': '' });
		const inX = folderNamed.open('x/n.txt', '2020年任务分解\n1.甲。\n牵头单位：市大数据局\n');
		assert.equal((await folderNamed.service.registryCommand(inX))!.refusal, 'x/单位名录.txt 已存在，但无法读取（不在工作区文件夹内，或不是文本文件）；请打开它，手动加入单位');
	});

	test('the Units view and the unit at a position: tasks by role with the labels to show', async () => {
		const { service } = await twoNotices();
		const tree = service.unitTree();
		assert.deepEqual(tree.map((unit) => [unit.name, unit.description]), [
			['市发展和改革委员会', '牵头 2 项 · 责任 2 项 · 配合 0 项'],
			['市商务局', '牵头 1 项 · 责任 1 项 · 配合 0 项'],
			['市财政局', '牵头 1 项 · 责任 1 项 · 配合 0 项'],
		]);
		// The top level holds counts, no task: a unit's notices and tasks are asked for as it is expanded.
		assert.deepEqual(tree[0], { identity: tree[0].identity, name: '市发展和改革委员会', description: '牵头 2 项 · 责任 2 项 · 配合 0 项', counts: { lead: 2, responsible: 2, other: 0 }, notices: 2 });
		const all = service.unitOfView(tree[0].identity)!;
		assert.deepEqual(all.roles, { lead: '牵头（2）', responsible: '责任（2）', other: '配合（0）' });
		assert.deepEqual(all.lead.map((task) => [task.text, task.file]), [['第 1 项：扩大投资。', 'a.txt'], ['第 2 项：招商引资。', 'b.txt']]);
		// A unit named in several notices: the view groups its tasks by notice, with the counts there.
		const notices = service.unitOfView(tree[0].identity, { tasks: false })!;
		assert.deepEqual(notices.notices.map((notice) => [notice.file, notice.description, notice.roles.lead]), [
			['a.txt', '牵头 1 项 · 责任 1 项 · 配合 0 项', '牵头（1）'],
			['b.txt', '牵头 1 项 · 责任 1 项 · 配合 0 项', '牵头（1）'],
		]);
		assert.deepEqual([notices.lead, notices.responsible, notices.other, notices.description], [[], [], [], '牵头 2 项 · 责任 2 项 · 配合 0 项'], 'no task, the whole counts');
		// Expanding one notice: the unit's tasks there only, each role once.
		const inB = service.unitOfView(tree[0].identity, { notice: uriOf('b.txt') })!;
		assert.deepEqual(
			ROLES.map((role) => inB[role].map((task) => [task.text, task.file, task.role])),
			[[['第 2 项：招商引资。', 'b.txt', 'lead']], [['第 1 项：优化营商环境。', 'b.txt', 'responsible']], []],
		);
		assert.deepEqual(inB.notices, notices.notices);
		assert.equal(service.unitOfView('no such unit'), undefined);
		// The filter: by the name as written, another width or script, or pinyin.
		assert.deepEqual(service.unitTree('发改').map((unit) => unit.name), ['市发展和改革委员会']);
		assert.deepEqual(service.unitTree('财政').map((unit) => unit.name), ['市财政局']);
		assert.deepEqual(service.unitTree('財政').map((unit) => unit.name), ['市财政局'], 'Traditional characters');
		assert.deepEqual(service.unitTree('swj').map((unit) => unit.name), ['市商务局'], 'pinyin initials');
		assert.deepEqual(service.unitTree('shangwu').map((unit) => unit.name), ['市商务局'], 'pinyin');
		assert.deepEqual(service.unitTree('公安'), []);
		assert.equal(service.unitTree('  ').length, 3);
		const unit = service.unitTasks(uriOf('a.txt'), at(2, 16))!;
		assert.equal(unit.name, '市财政局');
		assert.equal(service.unitTasks(uriOf('a.txt'), at(0, 1)), undefined);
	});

	test('the status bar on a notice: tasks, tasks without a lead, findings; nothing on a registry', async () => {
		const workspace = await twoNotices();
		const uri = workspace.open('c.txt', '2020年任务分解\n1.甲。\n牵头单位：市财正局\n2.乙。\n4.丙。\n牵头单位：市商务局\n5.丁。\n责任单位：市商务局、市财政局\n');
		// Task 2 names no unit (missing-lead), task 5 lists two without a lead (lead-not-designated): both are without a lead.
		const summary = workspace.service.noticeSummary(uri)!;
		assert.deepEqual([summary.tasks, summary.withoutLead, summary.findings, summary.hidden], [4, 2, { error: 1, warning: 2, information: 1, hint: 0 }, 0]);
		assert.equal(summary.text, '4 项任务 · 2 项无牵头 · 4 个问题');
		assert.equal(summary.tooltip, '本通知共 4 项任务\n没有牵头单位的任务：2 项\n问题：1 个错误，2 个警告，1 条信息，0 条提示\n点击在“问题”面板中查看本文件的问题');
		assert.equal(workspace.service.noticeSummary(uriOf('单位名录.txt')), undefined);
		// A report with no unit fields at all expects no lead: that count is left out.
		const report = workspace.open('report.txt', '2020年政府工作报告\n一、稳增长\n1.扩大投资。\n2.稳定外贸。\n');
		assert.equal(workspace.service.noticeSummary(report)?.withoutLead, undefined);
		const english = await testWorkspace({ 'a.txt': A }, { locale: 'en' });
		assert.equal(english.service.noticeSummary(english.open('a.txt'))!.text, '2 tasks · 0 without a lead · 0 findings');
	});

	test('the task table of a notice and of the workspace', async () => {
		const { service } = await twoNotices();
		const one = service.taskTable(uriOf('a.txt'));
		assert.deepEqual(one.notices.map((notice) => [notice.name, notice.taskCount]), [['a', 2]]);
		const all = service.taskTable();
		assert.deepEqual(all.notices.map((notice) => notice.name), ['a', 'b']);
		assert.deepEqual(all.rows.filter((row) => row.kind === 'task').map((row) => row.kind === 'task' && row.lead.map((unit) => unit.name).join()), ['市发展和改革委员会', '市商务局', '市财政局', '市发展和改革委员会']);
	});

	test('registries are read whatever the file cap; reaching the cap is said once', async () => {
		const files: Record<string, string> = { 'zz/单位名录.txt': '市财政局\n' };
		for (let i = 0; i < 12; i++) {
			files[`notice-${String(i).padStart(2, '0')}.txt`] = `2020年任务分解\n1.任务${i}。\n牵头单位：市财政局\n2.乙。\n牵头单位：市财政局\n`;
		}
		const workspace = await testWorkspace(files, { locale: 'en' }, { maxFiles: 5 });
		assert.deepEqual(workspace.warnings, ['The workspace folder has more than 5 text files; 5 were read (every registry was)']);
		assert.equal(workspace.service.unitTree()[0].counts.lead, 8, 'four notices of two tasks each: five text files, the registry one of them');
		const uri = workspace.open('zz/new.txt', '2020年任务分解\n1.甲。\n牵头单位：市财正局\n');
		assert.deepEqual(workspace.service.diagnostics(uri)!.map((diagnostic) => diagnostic.code), ['unknown-unit']);
	});

	test('breakdown.registry: one registry for every notice; a path out of the workspace is refused with a message', async () => {
		const files = { '名录/单位名录.txt': '市财政局\n市商务局\n', 'notices/a.txt': '2020年任务分解\n1.扩大投资。\n牵头单位：市财政局\n2.稳定外贸。\n牵头单位：市财正局\n' };
		const configured = await testWorkspace(files, { registry: '名录/单位名录.txt' });
		const notice = configured.open('notices/a.txt');
		assert.deepEqual(configured.service.diagnostics(notice)!.map((diagnostic) => diagnostic.code), ['unknown-unit']);
		const outside = await testWorkspace(files, { registry: '../单位名录.txt', locale: 'en' });
		assert.deepEqual(outside.warnings, ['breakdown.registry "../单位名录.txt" is outside the workspace and was ignored']);
		const missing = await testWorkspace(files, { registry: '名录/x.units.txt', locale: 'en' });
		await missing.settled();
		assert.deepEqual(missing.warnings, ['breakdown.registry "名录/x.units.txt" does not exist and was ignored']);
	});

	test('a document above breakdown.maxFileSize gets one information finding instead of analysis', async () => {
		const workspace = await testWorkspace({}, { maxFileSize: 1000 });
		const uri = workspace.open('large.txt', '1.甲。\n责任单位：市财政局\n'.repeat(200));
		assert.deepEqual(workspace.service.diagnostics(uri)!.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.message]), [['file-too-large', 'information', '文件过大（3 K），未作检查（上限 1 K）']]);
		assert.deepEqual(workspace.service.outline(uri), []);
	});
});
