import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { largeRegistryText, makeNotice, pools } from '../../bench/workloads';
import { KeptTaskFindings } from '../../server/src/core/checks/keptTaskFindings';
import { BreakdownEngine } from '../../server/src/core/engine';
import { LineDocument } from '../../server/src/core/text/lineDocument';
import { repoRoot } from '../support/golden';
import { testWorkspace } from '../support/inMemoryWorkspace';

/** The heap in use after a full collection (the collector exposed for this process). */
function heapAfterCollection(): number {
	v8.setFlagsFromString('--expose-gc');
	const gc = vm.runInNewContext('gc') as () => void;
	gc();
	return process.memoryUsage().heapUsed;
}

test('typing in an open notice: the heap held after 250 keystrokes is about that after 50 (no version of the text is kept by what outlives it)', () => {
	// Strings sliced from a version of the text and kept by a task taken into later readings, or by
	// the reading memo, kept that whole version alive: 100 KB a keystroke in this 200 KB notice.
	const engine = new BreakdownEngine();
	let text = makeNotice(pools(repoRoot()), 200_000 / 2.8, 7).notice;
	let reading = engine.readNotice(text);
	const kept = new KeptTaskFindings();
	engine.check(reading.notice, undefined, undefined, kept);
	let seed = 11;
	const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
	const heldAfter: number[] = [];
	for (let keystroke = 1; keystroke <= 250; keystroke++) {
		const at = Math.floor(next() * text.length);
		const position = reading.notice.lineIndex.positionAt(at);
		const typed = keystroke % 2 === 0 ? '市' : 'x';
		text = text.slice(0, at) + typed + text.slice(at);
		reading = engine.rereadNotice(reading, text, [{ range: { start: position, end: position }, text: typed }]);
		engine.check(reading.notice, undefined, undefined, kept);
		if (keystroke === 50 || keystroke === 250) {
			heldAfter.push(heapAfterCollection());
		}
	}
	const grown = (heldAfter[1] - heldAfter[0]) / 1e6;
	// Generous: a version of the text kept per keystroke grows it by some 30 MB over these 200.
	assert.ok(grown < 8, `the heap grew by ${grown.toFixed(1)} MB over 200 keystrokes`);
});

test('an open notice in the language service, answering what VS Code asks after each edit: the heap held after 250 keystrokes is about that after 50', async () => {
	// The outline's cache of deadlines and leaders kept each entry's text sliced from the version it
	// was made in, so every version whose outline was asked for stayed alive: 0.15 MB a keystroke here.
	const workspace = await testWorkspace({});
	const { service } = workspace;
	let document = LineDocument.create('file:///ws/held.txt', 'breakdown', 1, makeNotice(pools(repoRoot()), 200_000 / 2.8, 16).notice);
	const uri = workspace.open('held.txt', document.getText());
	await workspace.settled();
	let seed = 5;
	const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
	const heldAfter: number[] = [];
	for (let keystroke = 1; keystroke <= 250; keystroke++) {
		const position = document.positionAt(Math.floor(next() * document.getText().length));
		document = LineDocument.update(document, [{ range: { start: position, end: position }, text: keystroke % 2 === 0 ? '市' : 'x' }], document.version + 1);
		await service.workspace.openDocument(uri, document.getText(), document.version, document.changes);
		service.diagnostics(uri);
		service.encodedSemanticTokens(uri);
		service.outline(uri);
		service.foldingRanges(uri);
		service.codeLenses(uri);
		service.hover(uri, position);
		if (keystroke === 50 || keystroke === 250) {
			heldAfter.push(heapAfterCollection());
		}
	}
	const grown = (heldAfter[1] - heldAfter[0]) / 1e6;
	// Generous: a version of the text kept per keystroke grows it by some 29 MB over these 200.
	assert.ok(grown < 8, `the heap grew by ${grown.toFixed(1)} MB over 200 keystrokes`);
});

test('a unit registry edited in the editor while a notice asks for completions: the heap held after 250 edits is about that after 50', async () => {
	// A registry's names are slices of its text; the script folder's cache of unit keys and the
	// pinyin cache of completion kept them, so each version of the registry a new name came in stayed
	// alive: 110 KB a version of this registry.
	const long = '市文化和广电旅游体育局综合执法支队';
	const names = Array.from({ length: 300 }, (_, i) => `${long}${i}`).join('\n');
	const workspace = await testWorkspace({ '单位名录.txt': `${largeRegistryText(pools(repoRoot()), 5000)}${names}\n`, 'notice.txt': '一、重点工作\n1.推进文旅融合。\n牵头单位：wh\n' });
	const { service } = workspace;
	const notice = workspace.open('notice.txt');
	const registryUri = workspace.open('单位名录.txt');
	await workspace.settled();
	let registry = LineDocument.create(registryUri, 'breakdown-units', 1, workspace.fileSystem.text('单位名录.txt')!);
	// `wh` typed: completion matches every registry name by its pinyin (文化 → wh).
	const inNotice = { line: 2, character: 7 };
	let seed = 7;
	const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
	const heldAfter: number[] = [];
	for (let edit = 1; edit <= 250; edit++) {
		// Inside one of the long names, so the name is new and its key and pinyin are made.
		const text = registry.getText();
		const at = text.indexOf(long, Math.floor(next() * (text.length - 40 * 300))) + 6;
		const position = registry.positionAt(at);
		registry = LineDocument.update(registry, [{ range: { start: position, end: position }, text: edit % 2 === 0 ? '市' : 'x' }], registry.version + 1);
		await service.workspace.openDocument(registryUri, registry.getText(), registry.version, registry.changes);
		await workspace.settled();
		service.diagnostics(notice);
		service.completion(notice, inNotice);
		if (edit === 50 || edit === 250) {
			heldAfter.push(heapAfterCollection());
		}
	}
	const grown = (heldAfter[1] - heldAfter[0]) / 1e6;
	// Generous: a version of the registry kept per edit grows it by some 22 MB over these 200.
	assert.ok(grown < 8, `the heap grew by ${grown.toFixed(1)} MB over 200 edits of the registry`);
});

test('notices opened, looked at and closed: each leaves little behind (its answers were kept with its whole reading)', async () => {
	// The answers kept per document state hold the state's reading (model and text); a closed
	// notice's could never be handed out again, yet stayed until 300 newer answers came: 4.9 MB a
	// closed notice of 200 KB.
	const files: Record<string, string> = {};
	for (let i = 0; i < 7; i++) {
		files[`n${i}.txt`] = makeNotice(pools(repoRoot()), 200_000 / 2.8, 100 + i).notice;
	}
	const workspace = await testWorkspace(files);
	const { service } = workspace;
	await workspace.settled();
	const heldAfter: number[] = [];
	for (let i = 0; i < 7; i++) {
		// Opened with a character more than on disk: closed, the file's own reading comes back.
		const uri = workspace.open(`n${i}.txt`, `${files[`n${i}.txt`]} `);
		await workspace.settled();
		service.diagnostics(uri);
		service.outline(uri);
		service.foldingRanges(uri);
		service.encodedSemanticTokens(uri);
		service.codeLenses(uri);
		await service.workspace.closeDocument(uri);
		await workspace.settled();
		if (i === 0 || i === 6) {
			heldAfter.push(heapAfterCollection());
		}
	}
	const perNotice = (heldAfter[1] - heldAfter[0]) / 6 / 1e6;
	// Generous: a closed notice's kept reading holds some 4.9 MB; the rest (bounded caches) about 1.2.
	assert.ok(perNotice < 2.8, `each notice opened and closed holds ${perNotice.toFixed(1)} MB`);
});
