import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { makeNotice, pools } from '../../bench/workloads';
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
