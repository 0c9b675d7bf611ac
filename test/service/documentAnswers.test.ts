import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DocumentAnswers } from '../../server/src/core/service/documentAnswers';
import { DEFAULT_SETTINGS } from '../../server/src/core/service/settings';
import { testWorkspace, uriOf } from '../support/inMemoryWorkspace';

const REGISTRY = '市财政局\n市商务局\n';
const NOTICE = '2020年任务分解\n1.扩大投资。\n牵头单位：市财政局\n2.稳定外贸。\n牵头单位：市外事办\n';

/** Every answer the service keeps per document state, for one notice. */
function answers(service: Awaited<ReturnType<typeof testWorkspace>>['service'], uri: string) {
	return { diagnostics: service.diagnostics(uri), outline: service.outline(uri), folding: service.foldingRanges(uri), tokens: service.semanticTokens(uri), encodedTokens: service.encodedSemanticTokens(uri) };
}

describe('answers kept per document state', () => {
	test('a document closed: its answers whose state moved on are dropped, current ones (and open documents\' stale ones) stay', () => {
		const states = new Map<string, number>([['file:///a.txt', 1], ['file:///b.txt', 1], ['file:///c.txt', 1]]);
		const answers = new DocumentAnswers((uri) => [states.get(uri)]);
		let computed = 0;
		const ask = (uri: string) => answers.get(uri, 'outline', () => ++computed);
		['file:///a.txt', 'file:///b.txt', 'file:///c.txt'].forEach(ask);
		assert.equal(computed, 3);
		// a closed and read from disk (its state moved on), b closed and unchanged, c open and edited.
		states.set('file:///a.txt', 2);
		states.set('file:///c.txt', 2);
		answers.dropClosed((key) => key === 'file:///c.txt');
		// Back to the states kept: only a's answer was dropped (computed again).
		states.set('file:///a.txt', 1);
		states.set('file:///c.txt', 1);
		['file:///a.txt', 'file:///b.txt', 'file:///c.txt'].forEach(ask);
		assert.equal(computed, 4);
	});
	test('asked again for the same version: the same answers, not computed again', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE });
		const uri = workspace.open('a.txt');
		const first = answers(workspace.service, uri);
		const again = answers(workspace.service, uri);
		for (const kind of ['diagnostics', 'outline', 'folding', 'tokens', 'encodedTokens'] as const) {
			assert.equal(again[kind], first[kind], kind);
		}
		const registry = uriOf('单位名录.txt');
		assert.equal(workspace.service.codeLenses(registry), workspace.service.codeLenses(registry));
	});

	test('an edit makes every answer of the document new, and right for the new text', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE });
		const uri = workspace.open('a.txt');
		const before = answers(workspace.service, uri);
		workspace.open('a.txt', NOTICE.replace('2.稳定外贸。', '2.稳定外贸和外资。'));
		const after = answers(workspace.service, uri);
		for (const kind of ['diagnostics', 'outline', 'folding', 'tokens', 'encodedTokens'] as const) {
			assert.notEqual(after[kind], before[kind], kind);
		}
		assert.equal(after.outline[1].name, '2.稳定外贸和外资。');
	});

	test('an edit in one task: the other tasks keep their outline symbols (the same objects), the edited task\'s is new; a line added above gives the tasks below new ones; each outline is a fresh service\'s', async () => {
		const text = '2020年任务分解\n一、稳增长\n1.扩大投资。\n牵头单位：市财政局\n2.稳定外贸。\n牵头单位：市商务局\n二、促改革\n3.深化改革。\n牵头单位：市财政局\n4.优化服务。\n牵头单位：市商务局\n';
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': text });
		const uri = workspace.open('a.txt');
		const tasks = () => workspace.service.outline(uri).flatMap((section) => section.children);
		const freshOutline = async (final: string) => {
			const fresh = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': final });
			return fresh.service.outline(fresh.open('a.txt'));
		};
		const before = tasks();
		const edited = text.replace('2.稳定外贸。', '2.稳定外贸和外资。');
		workspace.open('a.txt', edited);
		const after = tasks();
		assert.deepEqual(
			// Not the last task: the last run of a notice is read again at every edit.
			after.slice(0, 3).map((symbol, index) => symbol === before[index]),
			[true, false, true],
			'the task before the edit and the one after it (moved, on the same lines) keep theirs',
		);
		assert.equal(after[1].name, '2.稳定外贸和外资。');
		assert.deepEqual(workspace.service.outline(uri), await freshOutline(edited));
		const lineAbove = edited.replace('一、稳增长\n', '一、稳增长\n（一）扩大内需\n');
		workspace.open('a.txt', lineAbove);
		const moved = tasks();
		assert.ok(moved.every((symbol) => !after.includes(symbol)), 'every task is a line further down: new symbols');
		assert.deepEqual(workspace.service.outline(uri), await freshOutline(lineAbove));
	});

	test('an edit: the diagnostics that say the same at the same range are the same objects, the moved and changed ones new; each list is a fresh service\'s', async () => {
		// Three unknown units (市外事办, 市侨办, 市台办) and a number given twice (2. again, with its first use related).
		const text = '2020年任务分解\n1.扩大投资。\n牵头单位：市外事办\n2.稳定外贸。\n牵头单位：市侨办\n2.优化服务。\n牵头单位：市台办\n';
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': text });
		const uri = workspace.open('a.txt');
		const fresh = async (final: string) => {
			const other = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': final });
			return other.service.diagnostics(other.open('a.txt'));
		};
		const before = workspace.service.diagnostics(uri)!;
		assert.deepEqual(before.map((diagnostic) => diagnostic.code), ['unknown-unit', 'unknown-unit', 'duplicate-number', 'unknown-unit']);
		// Two characters more on the line of 市侨办, before it: its diagnostic moves; the others stay where they were.
		const edited = text.replace('牵头单位：市侨办', '牵头单位：：：市侨办');
		workspace.open('a.txt', edited);
		const after = workspace.service.diagnostics(uri)!;
		assert.deepEqual(after, await fresh(edited));
		assert.deepEqual(
			after.map((diagnostic, index) => diagnostic === before[index]),
			[true, false, true, true],
		);
		// A line added above the duplicate: it and the unit after it are a line further down (new), its related location too.
		const lineAdded = edited.replace('2.优化服务。', '\n2.优化服务。');
		workspace.open('a.txt', lineAdded);
		const moved = workspace.service.diagnostics(uri)!;
		assert.deepEqual(moved, await fresh(lineAdded));
		assert.deepEqual(
			moved.map((diagnostic, index) => diagnostic === after[index]),
			[true, true, false, false],
		);
	});

	test('a registry change: unknown units are known now (diagnostics, tokens); the registry’s code lenses count again after a notice changes', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE });
		const uri = workspace.open('a.txt');
		const registry = uriOf('单位名录.txt');
		assert.deepEqual(workspace.service.diagnostics(uri)!.map((diagnostic) => diagnostic.code), ['unknown-unit']);
		assert.ok(workspace.service.semanticTokens(uri).some((token) => token.modifiers.includes('unknown')));
		const encoded = workspace.service.encodedSemanticTokens(uri);
		const lenses = workspace.service.codeLenses(registry).map((lens) => lens.title);
		workspace.fileSystem.write('单位名录.txt', REGISTRY + '市外事办\n');
		await workspace.settled();
		assert.deepEqual(workspace.service.diagnostics(uri), []);
		assert.ok(!workspace.service.semanticTokens(uri).some((token) => token.modifiers.includes('unknown')));
		assert.notDeepEqual(workspace.service.encodedSemanticTokens(uri), encoded, 'the encoded tokens lose the unknown modifier too');
		// Another notice naming 市财政局 as lead: the registry's lens on it counts two now.
		workspace.fileSystem.write('b.txt', '2020年任务分解\n1.甲。\n牵头单位：市财政局\n');
		await workspace.settled();
		assert.notDeepEqual(workspace.service.codeLenses(registry).map((lens) => lens.title), lenses);
		assert.match(workspace.service.codeLenses(registry)[0].title, /牵头 2 项/);
	});

	test('a settings change: messages and the outline in the new locale, severities as configured', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE });
		const uri = workspace.open('a.txt');
		assert.equal(workspace.service.outline(uri)[0].detail, '牵头：市财政局');
		assert.equal(workspace.service.diagnostics(uri)![0].severity, 'warning');
		workspace.service.configure({ ...DEFAULT_SETTINGS, locale: 'en', severity: { 'unknown-unit': 'error' } });
		assert.equal(workspace.service.outline(uri)[0].detail, 'Lead: 市财政局');
		const [diagnostic] = workspace.service.diagnostics(uri)!;
		assert.equal(diagnostic.severity, 'error');
		assert.match(diagnostic.message, /市外事办/);
		assert.doesNotMatch(diagnostic.message, /单位名录/);
	});

	test('an editor\'s settings that read as the last ones applied change nothing: the answers are kept, the findings version stays', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE });
		const uri = workspace.open('a.txt');
		const { service } = workspace;
		assert.deepEqual(service.applyEditorSettings({ locale: 'zh-cn' }), []);
		const before = answers(service, uri);
		const version = service.findingsVersion;
		assert.equal(service.applyEditorSettings({ locale: 'zh-cn', registry: '  ' }), undefined, 'read the same (the path is trimmed)');
		assert.equal(service.findingsVersion, version);
		assert.equal(service.diagnostics(uri), before.diagnostics);
		assert.deepEqual(service.applyEditorSettings({ locale: 'zh-cn', severity: { 'no-such-check': 'error' } })?.length, 1, 'read differently: applied, its problem said');
		assert.notEqual(service.findingsVersion, version);
		assert.equal(service.applyEditorSettings({ locale: 'zh-cn', severity: { 'no-such-check': 'error' } }), undefined, 'the same problem is not said twice');
		assert.deepEqual(service.applyEditorSettings({ locale: 'en' }), []);
		assert.equal(service.outline(uri)[0].detail, 'Lead: 市财政局');
	});

	test('problems are said once (host.warn), again only after the editor\'s settings change', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE });
		const { service, warnings } = workspace;
		warnings.length = 0;
		const unknownCheck = { locale: 'zh-cn', severity: { 'no-such-check': 'error' } };
		assert.equal(service.applyEditorSettings(unknownCheck)?.length, 1);
		assert.equal(warnings.length, 1, 'the settings\' problem is said');
		// A hidden-findings file broken, mended, broken the same way again: its problem is said once.
		const broken = () => workspace.open('.breakdown/ignore.json', '{ not json');
		const mended = () => workspace.open('.breakdown/ignore.json', '{ "version": 1, "hidden": [] }');
		broken();
		mended();
		broken();
		assert.equal(warnings.length, 2, warnings.join('\n'));
		assert.deepEqual(service.applyEditorSettings({ locale: 'zh-cn' }), []);
		assert.equal(service.applyEditorSettings(unknownCheck)?.length, 1);
		mended();
		broken();
		assert.equal(warnings.length, 4, `after a change, both are said again: ${warnings.join('\n')}`);
	});

	test('a registry setting that names another registry: the notice is checked against it', async () => {
		const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'other/all.units.txt': REGISTRY + '市外事办\n', 'a.txt': NOTICE });
		const uri = workspace.open('a.txt');
		assert.deepEqual(workspace.service.diagnostics(uri)!.map((diagnostic) => diagnostic.code), ['unknown-unit']);
		workspace.service.configure({ ...DEFAULT_SETTINGS, locale: 'zh-cn', registry: 'other/all.units.txt' });
		await workspace.settled();
		assert.deepEqual(workspace.service.diagnostics(uri), []);
	});
});
