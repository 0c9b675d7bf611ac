import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, type CodeAction, type DocumentSymbol, type SemanticTokens, type SemanticTokensDelta, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { random } from '../../bench/workloads';
import { repoRoot } from '../support/golden';
import { LanguageServer } from './support/languageServer';

type Report = { kind: 'full'; resultId?: string; items: Array<{ code: string; message: string }> } | { kind: 'unchanged'; resultId: string };

const NOTICE = '2020年任务分解\n1.扩大投资。\n牵头单位：市财政局\n2.稳定外贸。\n牵头单位：市外事办\n3.招商引资。\n';

/** The tokens a delta leads to: its edits applied to the tokens it was computed from. */
function applyDelta(previous: readonly number[], delta: SemanticTokensDelta): number[] {
	const data = [...previous];
	for (const edit of [...delta.edits].sort((a, b) => b.start - a.start)) {
		data.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
	}
	return data;
}

/** Only what changed goes over the wire: pull results by id, semantic token edits, pushes not repeated. */
describe('deltas over stdio (pull diagnostics, a workspace with a registry)', () => {
	let server: LanguageServer;
	let folder: string;
	let uri: string;
	const pull = (previousResultId?: string) => server.request<Report>('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
	before(async () => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-deltas-'));
		fs.writeFileSync(path.join(folder, '单位名录.txt'), '市财政局\n市商务局\n');
		fs.writeFileSync(path.join(folder, 'a.txt'), NOTICE);
		uri = pathToFileURL(path.join(folder, 'a.txt')).href;
		server = await LanguageServer.start({ folder, pull: true, locale: 'zh-cn' });
		await server.open(uri, NOTICE);
	});
	after(async () => {
		await server.stop();
		fs.rmSync(folder, { recursive: true, force: true });
	});

	test('pull: a result id; unchanged while the findings say the same (an edit elsewhere included); a new id when they change', async () => {
		const first = await pull();
		assert.equal(first.kind, 'full');
		assert.ok(first.resultId);
		assert.deepEqual(first.kind === 'full' && first.items.map((item) => item.code).sort(), ['missing-lead', 'unknown-unit']);
		assert.deepEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
		// A character typed in task 1's title: no finding moves.
		await server.change(uri, [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: '大力' }]);
		assert.deepEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
		// Task 3 gets its lead: the missing-lead finding goes.
		await server.change(uri, [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: '牵头单位：市商务局\n' }]);
		const second = await pull(first.resultId);
		assert.equal(second.kind, 'full');
		assert.notEqual(second.resultId, first.resultId);
		assert.deepEqual(second.kind === 'full' && second.items.map((item) => item.code), ['unknown-unit']);
		// A client that holds another result gets the whole list, under the current id.
		assert.deepEqual(await pull('no-such-result'), second);
		assert.deepEqual(await pull(second.resultId), { kind: 'unchanged', resultId: second.resultId });
	});

	test('a notice of megabytes, read in slices: its first pull, outline and tokens wait for it rather than answering none', { timeout: 60_000 }, async () => {
		// Some 400,000 characters, above the size read in one go; every 800th task has no lead.
		const tasks: string[] = [];
		for (let i = 1; i <= 8_000; i++) {
			tasks.push(`${i}.推进第${i}项重点工作，加快项目建设，确保按期完成年度目标任务。\n${i % 800 === 0 ? '' : '牵头单位：市财政局\n'}`);
		}
		const large = pathToFileURL(path.join(folder, 'large.txt')).href;
		await server.open(large, `2020年任务分解\n${tasks.join('')}`);
		// Asked while the notice is read: the outline and the tokens wait for it (before, none, until an edit).
		const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: large } });
		assert.equal(symbols.length, 8_000);
		const tokens = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: large } });
		assert.ok(tokens.data.length >= 5 * 8_000);
		const first = await server.request<Report>('textDocument/diagnostic', { textDocument: { uri: large } });
		assert.deepEqual(first.kind === 'full' && first.items.map((item) => item.code), Array(10).fill('missing-lead'));
		// A pull the editor cancels while the next version is read (its next change, pages pasted: read in slices) stops waiting: RequestCancelled.
		await server.change(large, [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: '大力'.repeat(10_000) }]);
		const source = new CancellationTokenSource();
		const cancelled = server.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri: large } }, source.token);
		source.cancel();
		await assert.rejects(cancelled, (error: { code?: number }) => error.code === -32800);
		const after = await server.request<Report>('textDocument/diagnostic', { textDocument: { uri: large } });
		assert.equal(after.kind === 'full' && after.items.length, 10);
		await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: large } });
	});

	test('a notice read in slices: fix-all asked right after a paste answers from the pasted version, for that version', { timeout: 60_000 }, async () => {
		// Some 310,000 characters, above the size read in one go; the last task shortens a unit the others spell in full.
		const lines = ['2021年重点任务分解', ''];
		for (let i = 1; i <= 5_000; i++) {
			lines.push(`${i}.加快数字经济发展，推动第${i}批企业上云用数。（牵头单位：市发改委；责任单位：市经济和信息化局、市科技局）`, '');
		}
		lines.push('5001.深化营商环境改革。（牵头单位：市商务局；责任单位：市财政局、市经信局）');
		const large = pathToFileURL(path.join(folder, 'sliced-fix.txt')).href;
		await server.open(large, lines.join('\n'));
		await server.request<Report>('textDocument/diagnostic', { textDocument: { uri: large } });
		// 1,400 lines pasted after the title: the notice is read again in slices.
		const pasted = Array.from({ length: 700 }, (_, i) => `附：第${i}段说明文字，不含任务编号。\n`).join('\n') + '\n';
		await server.change(large, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: pasted }]);
		const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: large }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
		// Before, the edit was at the line the task held before the paste (10,002), which now holds other words.
		assert.deepEqual(
			actions[0]?.edit?.documentChanges?.map((change) => 'textDocument' in change && [change.textDocument.version, change.edits.map((edit) => edit.range.start.line)]),
			[[2, [10_002 + 1_400]]],
		);
		await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: large } });
	});

	test('a registry change and a settings change answer anew (nothing kept from before them)', async () => {
		const before = await pull();
		const tokensBefore = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
		fs.writeFileSync(path.join(folder, '单位名录.txt'), '市财政局\n市商务局\n市外事办\n');
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(folder, '单位名录.txt')).href, type: 2 }] });
		await server.settle();
		const after = await pull(before.resultId);
		assert.deepEqual(after.kind === 'full' && after.items, []);
		const tokensAfter = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
		assert.notDeepEqual(tokensAfter.data, tokensBefore.data, 'the unit is no longer marked unknown');

		await server.change(uri, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: '4.扩大开放。\n' }]);
		const missing = await pull(after.resultId);
		assert.match(missing.kind === 'full' ? missing.items[0].message : '', /第 4 项/);
		const outline = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
		assert.equal(outline[0].detail, '牵头：市财政局');
		server.settings = { locale: 'en' };
		await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		await server.settle();
		const english = await pull(missing.resultId);
		assert.match(english.kind === 'full' ? english.items[0].message : '', /^Task 4 has no lead unit/);
		assert.equal((await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }))[0].detail, 'Lead: 市财政局');
	});

	test('semantic tokens: each delta applied to the previous tokens gives the full tokens of the new version; a keystroke sends a few numbers', async () => {
		const editedUri = 'untitled:tokens';
		const text = fs.readFileSync(path.join(repoRoot(), 'seeds', 'zhoushan-2020-task-responsibilities.txt'), 'utf8');
		let mirror = TextDocument.create(editedUri, 'breakdown', 1, text);
		await server.open(editedUri, text);
		let previous = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: editedUri } });
		assert.ok(previous.resultId && previous.data.length > 1000);
		const next = random(7);
		const insertions = ['市', '\n', '牵头单位：市商务局', '、市财政局', '12.', ''];
		let keystrokeEdits = 0;
		for (let i = 0; i < 40; i++) {
			const start = Math.floor(next() * mirror.getText().length);
			const end = Math.min(mirror.getText().length, start + (i % 3 === 0 ? Math.floor(next() * 30) : 0));
			const change: TextDocumentContentChangeEvent = { range: { start: mirror.positionAt(start), end: mirror.positionAt(end) }, text: insertions[i % insertions.length] };
			mirror = TextDocument.update(mirror, [change], mirror.version + 1);
			await server.change(editedUri, [change]);
			const delta: SemanticTokensDelta | SemanticTokens = await server.request<SemanticTokensDelta | SemanticTokens>('textDocument/semanticTokens/full/delta', { textDocument: { uri: editedUri }, previousResultId: previous.resultId });
			assert.ok('edits' in delta, 'an edit from the result the client holds');
			const full = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: editedUri } });
			assert.deepEqual(applyDelta(previous.data, delta), full.data, `edit ${i}`);
			assert.equal(full.resultId, delta.resultId, 'the same tokens, the same result');
			if (change.text === '市' && start === end) {
				keystrokeEdits = Math.max(keystrokeEdits, delta.edits.reduce((sum, edit) => sum + (edit.data?.length ?? 0), 0));
			}
			previous = full;
		}
		assert.ok(keystrokeEdits <= 25, `a character typed changes at most five tokens' numbers (${keystrokeEdits})`);
		// An id the server does not hold: the whole tokens.
		const whole = await server.request<SemanticTokens>('textDocument/semanticTokens/full/delta', { textDocument: { uri: editedUri }, previousResultId: 'no-such-result' });
		assert.deepEqual(whole.data, previous.data);
		await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: editedUri } });
	});

	test('advertises semantic token deltas', () => {
		const capabilities = (server.initializeResult as { capabilities: { semanticTokensProvider: { full: unknown } } }).capabilities;
		assert.deepEqual(capabilities.semanticTokensProvider.full, { delta: true });
	});
});

describe('deltas over stdio (push diagnostics)', () => {
	let server: LanguageServer;
	before(async () => {
		server = await LanguageServer.start();
	});
	after(() => server.stop());

	test('a push that would say what the last one said is not sent again; closing and opening again sends anew', async () => {
		const uri = 'untitled:pushes';
		const pushes = () => server.pushed.filter((params) => params.uri === uri).length;
		await server.open(uri, NOTICE);
		assert.deepEqual((await server.currentDiagnostics(uri)).map((diagnostic) => diagnostic.code), ['missing-lead']);
		assert.equal(pushes(), 1);
		await server.change(uri, [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: '大力' }]);
		await server.settle();
		assert.equal(pushes(), 1, 'nothing changed');
		await server.change(uri, [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: '牵头单位：市商务局\n' }]);
		assert.deepEqual(await server.currentDiagnostics(uri), []);
		assert.equal(pushes(), 2);
		await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		await server.settle();
		assert.equal(pushes(), 3, 'closing clears');
		await server.open(uri, NOTICE);
		assert.deepEqual((await server.currentDiagnostics(uri)).map((diagnostic) => diagnostic.code), ['missing-lead']);
		assert.equal(pushes(), 4);
	});
});
