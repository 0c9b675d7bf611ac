import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { createLanguageService } from '../../server/src/core/service/languageService';
import { engine } from '../support/engine';
import { repoRoot } from '../support/golden';
import { InMemoryFileSystem, ROOT, uriOf } from '../support/inMemoryWorkspace';
import { noticeSnapshot } from '../support/noticeSnapshot';

/** A notice of about 2 MB: a sample's tasks written again and again, numbered on. */
function largeNotice(): string {
	const seed = fs.readFileSync(path.join(repoRoot(), 'seeds', 'xuzhou-2020-task-breakdown.txt'), 'utf8');
	const parts: string[] = [];
	for (let length = 0; length < 700_000; length += seed.length) {
		parts.push(seed);
	}
	return parts.join('\n');
}

/** A service without a host that yields, which reads `text` in one go: what the sliced reads are compared with. */
function readAtOnce(uri: string, text: string, version: number) {
	const service = createLanguageService({ fileSystem: new InMemoryFileSystem() });
	service.workspace.setFolders([ROOT]);
	service.workspace.openDocument(uri, text, version);
	return service;
}

test('a notice of megabytes is read in slices with the event loop running between them, and reads as in one go', async () => {
	let turns = 0;
	const uri = uriOf('large.txt');
	/** The version the index holds at each turn given to the event loop. */
	const heldAtYields: Array<number | undefined> = [];
	const yieldToEventLoop = () => (heldAtYields.push(service.workspace.index.getNotice(uri)?.version), new Promise<void>((resolve) => setImmediate(resolve)));
	const service = createLanguageService({ fileSystem: new InMemoryFileSystem(), yieldToEventLoop });
	service.workspace.setFolders([ROOT]);
	const text = largeNotice();
	const ticking = setInterval(() => turns++, 0);
	try {
		const read = service.workspace.openDocument(uri, text, 1);
		assert.ok(read, 'a large notice is read in slices');
		assert.equal(service.workspace.index.model(uri), undefined, 'the index has the notice once its last slice is read');
		// Cross-file requests wait for the workspace to be idle: that includes the slices.
		await service.workspace.idle();
		assert.ok(service.workspace.index.model(uri));
		await read;
		assert.ok(turns > 0, 'timers ran while the notice was read');
		assert.deepEqual(noticeSnapshot(service.workspace.index.model(uri)!), noticeSnapshot(engine.parseNotice(text)));
		// An edit of the large notice, pages pasted: read again from the previous reading, in slices too.
		const at = text.indexOf('\n', text.length >> 1);
		const pasted = '\n99.新任务（牵头单位：市发改委）' + '推进'.repeat(9_000);
		const edited = text.slice(0, at) + pasted + text.slice(at);
		const range = { start: service.workspace.index.model(uri)!.lineIndex.positionAt(at), end: service.workspace.index.model(uri)!.lineIndex.positionAt(at) };
		const pasting = service.workspace.openDocument(uri, edited, 2, { fromVersion: 1, changes: [{ range, text: pasted }] });
		assert.ok(pasting, 'pages pasted into a large notice are read in slices');
		await pasting;
		assert.deepEqual(noticeSnapshot(service.workspace.index.model(uri)!), noticeSnapshot(engine.parseNotice(edited)));
		// Checked in steps too, and kept: the diagnostics are those of a service that reads in one go.
		const ticks = turns;
		await service.prepareDiagnostics(uri);
		assert.ok(turns > ticks, 'timers ran while the notice was checked');
		const atOnce = readAtOnce(uri, edited, 2);
		assert.deepEqual(service.diagnostics(uri), atOnce.diagnostics(uri));
		// The service's openDocument resolves once the new version is read, then checked, both in slices (a whole new text).
		heldAtYields.length = 0;
		const ready = service.openDocument(uri, edited, 3);
		assert.ok(ready, 'a large notice is read in slices');
		await ready;
		assert.ok(heldAtYields.includes(2) && heldAtYields.includes(3), `read with version 2 held, then checked with version 3 held: ${[...new Set(heldAtYields)].join(', ')}`);
		// Its outline and tokens were made in steps too: those of a service that makes them in one go.
		assert.deepEqual(service.outline(uri), atOnce.outline(uri));
		assert.deepEqual(service.semanticTokens(uri), atOnce.semanticTokens(uri));
		assert.ok(service.outline(uri).length > 0);
	} finally {
		clearInterval(ticking);
	}
});

test('an edit of a few changes and characters to the version held of a large notice is read in one go from its reading, its runs taken in place; a replace-all, in slices', async () => {
	const uri = uriOf('large.txt');
	const service = createLanguageService({ fileSystem: new InMemoryFileSystem(), yieldToEventLoop: () => new Promise<void>((resolve) => setImmediate(resolve)) });
	service.workspace.setFolders([ROOT]);
	const text = largeNotice();
	await service.openDocument(uri, text, 1);
	const before = service.workspace.index.model(uri)!;
	const kept = new Set(before.tasks);
	// `市` typed on a line in the middle: read at once, the tasks after it moved in place, the model a fresh read's.
	const line = before.lineIndex.positionAt(text.length >> 1).line;
	const at = before.lineIndex.offsetAt({ line, character: 0 });
	const typed = text.slice(0, at) + '市' + text.slice(at);
	assert.equal(service.openDocument(uri, typed, 2, { fromVersion: 1, changes: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '市' }] }), undefined, 'read in one go');
	const after = service.workspace.index.model(uri)!;
	// All but the task typed in (and the notice's last, read again with the text's end).
	assert.ok(after.tasks.filter((task) => kept.has(task)).length >= after.tasks.length - 2, 'the tasks taken in place');
	assert.deepEqual(noticeSnapshot(after), noticeSnapshot(engine.parseNotice(typed)));
	// Seventeen changes (a replace-all): read in slices.
	let replaced = typed;
	const changes = [];
	for (let c = 0; c < 17; c++) {
		const target = line + 1 + c * 3;
		const offset = after.lineIndex.offsetAt({ line: target, character: 0 }) + c;
		changes.push({ range: { start: { line: target, character: 0 }, end: { line: target, character: 0 } }, text: '市' });
		replaced = replaced.slice(0, offset) + '市' + replaced.slice(offset);
	}
	const slices = service.openDocument(uri, replaced, 3, { fromVersion: 2, changes });
	assert.ok(slices, 'read in slices');
	await slices;
	assert.deepEqual(noticeSnapshot(service.workspace.index.model(uri)!), noticeSnapshot(engine.parseNotice(replaced)));
});

test('a small notice is read at once, even with a host that yields', () => {
	const service = createLanguageService({ fileSystem: new InMemoryFileSystem(), yieldToEventLoop: () => new Promise((resolve) => setImmediate(resolve)) });
	service.workspace.setFolders([ROOT]);
	assert.equal(service.workspace.openDocument(uriOf('small.txt'), '1.甲。\n牵头单位：市发改委\n', 1), undefined);
	assert.equal(service.workspace.index.model(uriOf('small.txt'))!.tasks.length, 1);
});

test('an edit read in one go while a large notice is checked in steps: the check stops at its next step (its findings would not be kept, and its rules would read lists the newer reading writes again), and the diagnostics are those of the edited text read at once (that reading moves the tasks it takes in place)', async () => {
	const uri = uriOf('large.txt');
	const text = largeNotice();
	// Most of the notice cut: the rest is under the size read in slices, so it is read in one go and takes the tasks after the cut.
	const cut = text.indexOf('\n', text.length - 200_000) + 1;
	const edited = text.slice(cut);
	let editAtYield: (() => void) | undefined;
	/** Turns given to the event loop once the edit came. */
	let turnsAfterEdit = -1;
	const yieldToEventLoop = () => {
		if (turnsAfterEdit >= 0) {
			turnsAfterEdit++;
		}
		const edit = editAtYield;
		editAtYield = undefined;
		if (edit) {
			edit();
			turnsAfterEdit = 0;
		}
		return new Promise<void>((resolve) => setImmediate(resolve));
	};
	const service = createLanguageService({ fileSystem: new InMemoryFileSystem(), yieldToEventLoop });
	service.workspace.setFolders([ROOT]);
	await service.openDocument(uri, text, 1);
	// Its outline and tokens made too: the turns counted are the check's alone.
	await service.documentReady(uri, 'views');
	const range = { start: { line: 0, character: 0 }, end: service.workspace.index.model(uri)!.lineIndex.positionAt(cut) };
	// The version's findings checked again in steps; the edit comes at the first turn given to the event loop.
	editAtYield = () => assert.equal(service.workspace.openDocument(uri, edited, 2, { fromVersion: 1, changes: [{ range, text: '' }] }), undefined, 'read in one go');
	await service.prepareDiagnostics(uri);
	assert.equal(editAtYield, undefined, 'the edit came while the check was under way');
	// The rest of version 1's check was some twenty steps (a notice-wide rule, or two thousand tasks, a step).
	assert.equal(turnsAfterEdit, 0, 'no step of the check after the edit');
	assert.deepEqual(service.diagnostics(uri), readAtOnce(uri, edited, 2).diagnostics(uri));
});

test('versions typed past before their turn are neither read nor checked: the last one given is, once (pages pasted, each read in slices)', async () => {
	const uri = uriOf('large.txt');
	const text = largeNotice();
	/** Turns given to the event loop, counted from when the edits come. */
	let turns = 0;
	const service = createLanguageService({ fileSystem: new InMemoryFileSystem(), yieldToEventLoop: () => (turns++, new Promise<void>((resolve) => setImmediate(resolve))) });
	service.workspace.setFolders([ROOT]);
	await service.openDocument(uri, text, 1);
	await service.documentReady(uri, 'views');
	/** Pages pasted at the start of line `line` of the text `before` (an edit that large is read in slices). */
	const typed = (before: string, line: number) => {
		const at = service.workspace.index.model(uri)!.lineIndex.offsetAt({ line, character: 0 });
		const pasted = '市'.repeat(17_000);
		return { text: before.slice(0, at) + pasted + before.slice(at), change: { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: pasted } };
	};
	// One edit: its reading, its check, its outline and tokens, in turns.
	const first = typed(text, 5_000);
	turns = 0;
	await service.openDocument(uri, first.text, 2, { fromVersion: 1, changes: [first.change] });
	await service.documentReady(uri, 'views');
	const oneEdit = turns;
	// Three edits given at once: the first two are typed past before their turn.
	let latest = first.text;
	turns = 0;
	/** The version the index holds when each version's promise resolves. */
	const heldWhenResolved: Array<number | undefined> = [];
	const resolved: Array<Promise<void>> = [];
	for (let version = 3; version <= 5; version++) {
		const next = typed(latest, 6_000 + version);
		const read = service.openDocument(uri, next.text, version, { fromVersion: version - 1, changes: [next.change] });
		assert.ok(read, 'read in slices');
		resolved.push(read.then(() => void heldWhenResolved.push(service.workspace.index.getNotice(uri)?.version)));
		latest = next.text;
	}
	await service.documentReady(uri, 'views');
	await Promise.all(resolved);
	// A version typed past resolves once the last one is read and checked: a push of its diagnostics finds them ready.
	assert.deepEqual(heldWhenResolved, [5, 5, 5]);
	// A check of the notice is some twenty turns: each version typed past checked it once more (284 turns against 244).
	assert.ok(turns <= oneEdit + 5, `three edits at once took ${turns} turns, one edit ${oneEdit}`);
	const atOnce = readAtOnce(uri, latest, 5);
	assert.deepEqual(service.diagnostics(uri), atOnce.diagnostics(uri));
	assert.deepEqual(service.outline(uri), atOnce.outline(uri));
});

test('an edit read in one go while a large notice\'s outline and tokens are made in steps: they are those of the edited text (review of round 14: the steps read the tasks the edit moved against the old text, and remembered it)', async () => {
	const uri = uriOf('large.txt');
	const lines = ['2025年重点工作任务分解方案', '一、总体任务'];
	for (let i = 1; i <= 8_130; i++) {
		lines.push(`${i}.推进第${i}项重点工作建设，${(i % 12) + 1}月底前完成。牵头单位：市发改委`);
	}
	const text = lines.join('\n') + '\n';
	// Tasks 2 to 120 cut: the rest, under the size read in slices, is read in one go and takes the tasks after the cut in place.
	const cut = text.indexOf('\n121.') + 1;
	const start = text.indexOf('\n2.') + 1;
	const edited = text.slice(0, start) + text.slice(cut);
	assert.ok(text.length >= 300_000 && edited.length < 300_000);
	let editAtYield: (() => void) | undefined;
	/** Turns given to the event loop before the edit comes: the tokens' steps, then some of the outline's. */
	let yieldsBeforeEdit = 0;
	const yieldToEventLoop = () => {
		if (editAtYield && yieldsBeforeEdit-- === 0) {
			const edit = editAtYield;
			editAtYield = undefined;
			edit();
		}
		return new Promise<void>((resolve) => setImmediate(resolve));
	};
	const service = createLanguageService({ fileSystem: new InMemoryFileSystem(), yieldToEventLoop });
	service.workspace.setFolders([ROOT]);
	const before = engine.parseNotice(text).lineIndex;
	const range = { start: before.positionAt(start), end: before.positionAt(cut) };
	editAtYield = () => assert.equal(service.openDocument(uri, edited, 2, { fromVersion: 1, changes: [{ range, text: '' }] }), undefined, 'read in one go');
	// The turns a reading of the text takes to its outline's end, counted in a service of its own: the
	// edit comes halfway through the outline's last thirty-three steps (of 250 tasks each).
	let turns = 0;
	const counting = createLanguageService({ fileSystem: new InMemoryFileSystem(), yieldToEventLoop: () => (turns++, new Promise<void>((resolve) => setImmediate(resolve))) });
	counting.workspace.setFolders([ROOT]);
	await counting.openDocument(uri, text, 1);
	await counting.documentReady(uri, 'views');
	yieldsBeforeEdit = turns - 16;
	await service.openDocument(uri, text, 1);
	await service.documentReady(uri, 'views');
	assert.equal(editAtYield, undefined, 'the edit came while the outline was made');
	const atOnce = readAtOnce(uri, edited, 2);
	assert.deepEqual(service.outline(uri), atOnce.outline(uri));
	assert.deepEqual(service.semanticTokens(uri), atOnce.semanticTokens(uri));
});
