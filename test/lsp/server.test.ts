import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { repoRoot } from '../support/golden';
import { LanguageServer } from './support/languageServer';

const seed = (name: string) => fs.readFileSync(path.join(repoRoot(), 'seeds', name), 'utf8');

/**
 * The protocol itself: capabilities, push and pull diagnostics, incremental sync. What the features
 * answer is tested in-process on an in-memory workspace (test/service/).
 */
describe('language server over stdio (push diagnostics)', () => {
	let server: LanguageServer;
	before(async () => {
		server = await LanguageServer.start();
	});
	after(() => server.stop());

	test('advertises its features', () => {
		const capabilities = (server.initializeResult as { capabilities: Record<string, unknown> }).capabilities;
		for (const capability of ['documentSymbolProvider', 'referencesProvider', 'definitionProvider', 'hoverProvider', 'completionProvider', 'renameProvider', 'codeActionProvider', 'codeLensProvider', 'foldingRangeProvider', 'semanticTokensProvider', 'workspaceSymbolProvider', 'documentHighlightProvider']) {
			assert.ok(capabilities[capability], capability);
		}
		assert.equal(capabilities.diagnosticProvider, undefined, 'no pull diagnostics for a client without them');
	});

	test('diagnostics on a sample carry code, source, range and related information', async () => {
		const uri = 'untitled:zhoushan';
		await server.open(uri, seed('zhoushan-2020-task-responsibilities.txt'));
		const diagnostics = await server.currentDiagnostics(uri);
		const glued = diagnostics.find((diagnostic) => diagnostic.code === 'glued-item')!;
		assert.equal(glued.source, 'breakdown');
		assert.deepEqual(glued.range, { start: { line: 552, character: 22 }, end: { line: 552, character: 26 } });
		assert.equal(glued.message, '第 125 项粘连在上一行末尾，应另起一行');
		const variant = diagnostics.find((diagnostic) => diagnostic.code === 'unit-variant' && String(diagnostic.message).includes('市经信委'))!;
		assert.equal(variant.relatedInformation?.length, 1);
		assert.equal(variant.relatedInformation![0].location.uri, uri);
	});

	test('incremental edits: one fixes a finding, another introduces one', async () => {
		const uri = 'untitled:edits';
		await server.open(uri, '1.甲。\n牵头单位：市发改委\n2.乙。\n');
		assert.deepEqual((await server.currentDiagnostics(uri)).map((diagnostic) => diagnostic.code), ['missing-lead']);
		// Add a lead unit to task 2: the finding goes.
		await server.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '牵头单位：市商务局；' }]);
		assert.deepEqual(await server.currentDiagnostics(uri), []);
		// Renumber task 2 as 1: a duplicate number appears, pointing at the first.
		await server.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, text: '1' }]);
		const diagnostics = await server.currentDiagnostics(uri);
		assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['duplicate-number']);
		assert.deepEqual(diagnostics[0].relatedInformation![0].location.range.start, { line: 0, character: 0 });
	});
});

describe('language server over stdio (pull diagnostics, English)', () => {
	let server: LanguageServer;
	before(async () => {
		server = await LanguageServer.start({ pull: true, locale: 'en', settings: { severity: { 'missing-lead': 'warning', 'no-such-check': 'error' } } });
	});
	after(() => server.stop());

	test('pulls diagnostics in the display language with configured severities; bad settings are reported', async () => {
		const uri = 'untitled:pull';
		await server.open(uri, '1.甲。\n牵头单位：\n');
		const report = await server.request<{ kind: string; items: Array<{ code: string; severity: number; message: string }> }>('textDocument/diagnostic', { textDocument: { uri } });
		assert.equal(report.kind, 'full');
		assert.deepEqual(report.items.map((item) => [item.code, item.severity, item.message]), [['missing-lead', 2, 'Task 1 has no lead unit']]);
		assert.ok(server.warnings.some((warning) => warning.includes('no-such-check')));
	});
});
