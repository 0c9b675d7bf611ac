import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { sameDiagnostics, semanticTokensEdits, toCodeAction, toCodeLens, toDocumentSymbol, toSemanticTokens, toWorkspaceEdit } from '../../server/src/lsp/convert';

const start = { line: 0, character: 0 };
const range = { start, end: { line: 0, character: 2 } };

test('semantic tokens are encoded relative to the token before, types and modifiers by the legend', () => {
	const tokens = toSemanticTokens([
		{ line: 1, character: 0, length: 2, type: 'number', modifiers: [] },
		{ line: 2, character: 0, length: 4, type: 'label', modifiers: [] },
		{ line: 2, character: 5, length: 4, type: 'leadUnit', modifiers: ['unknown', 'collective'] },
	]);
	assert.deepEqual(tokens.data, [1, 0, 2, 0, 0, 1, 0, 4, 1, 0, 0, 5, 4, 2, 3]);
});

test('workspace edits: changes by file, or a file created first', () => {
	const edit = toWorkspaceEdit({ files: [{ uri: 'file:///a', edits: [{ range, newText: 'x' }] }, { uri: 'file:///a', edits: [{ range, newText: 'y' }] }] });
	assert.deepEqual(edit, { changes: { 'file:///a': [{ range, newText: 'x' }, { range, newText: 'y' }] } });
	const create = toWorkspaceEdit({ create: 'file:///r', files: [{ uri: 'file:///r', edits: [{ range: { start, end: start }, newText: '市财政局\n' }] }] });
	assert.deepEqual(create.documentChanges, [
		{ kind: 'create', uri: 'file:///r', options: { ignoreIfExists: true } },
		{ textDocument: { uri: 'file:///r', version: null }, edits: [{ range: { start, end: start }, newText: '市财政局\n' }] },
	]);
});

test('code actions carry the request\'s diagnostics they fix; code lenses run the client\'s command', () => {
	const diagnostic = { range, message: 'm', code: 'number-gap' };
	const fix = toCodeAction({ title: '重新编号（1–2）', kind: 'quickfix', diagnostics: [0], preferred: true, change: { files: [] } }, [diagnostic]);
	assert.deepEqual([fix.kind, fix.diagnostics, fix.isPreferred], ['quickfix', [diagnostic], true]);
	const all = toCodeAction({ title: 'Fix all', kind: 'fix-all', diagnostics: [], preferred: false, change: { files: [] } }, [diagnostic]);
	assert.deepEqual([all.kind, all.diagnostics], ['source.fixAll.breakdown', undefined]);
	assert.deepEqual(toCodeLens({ range, title: '牵头 1 项', unit: { uri: 'file:///u', position: start } }).command, { title: '牵头 1 项', command: 'breakdown.showUnitTasks', arguments: ['file:///u', start] });
});

test('semantic token edits: one replacement between the common start and end, none when equal', () => {
	const apply = (previous: number[], next: number[]) => {
		const data = [...previous];
		for (const edit of semanticTokensEdits(previous, next)) {
			data.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
		}
		return data;
	};
	const cases: Array<[number[], number[]]> = [
		[[], []],
		[[], [1, 0, 2, 0, 0]],
		[[1, 0, 2, 0, 0], []],
		[[1, 0, 2, 0, 0, 0, 3, 4, 1, 0], [1, 0, 2, 0, 0, 0, 4, 4, 1, 0]],
		[[1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]],
		[[2, 0, 2, 0, 0, 2, 0, 2, 0, 0], [2, 0, 2, 0, 0]],
	];
	for (const [previous, next] of cases) {
		assert.deepEqual(apply(previous, next), next, JSON.stringify([previous, next]));
	}
	assert.deepEqual(semanticTokensEdits([1, 0, 2, 0, 0], [1, 0, 2, 0, 0]), []);
	assert.deepEqual(semanticTokensEdits([1, 0, 2, 0, 0, 0, 3, 4, 1, 0], [1, 0, 2, 0, 0, 0, 4, 4, 1, 0]), [{ start: 6, deleteCount: 1, data: [4] }]);
});

test('diagnostics compared by what they say: range, severity, code, source, message, related', () => {
	const diagnostic = { range, severity: 1 as const, code: 'missing-lead', source: 'breakdown', message: '第 1 项未写牵头单位', relatedInformation: [{ location: { uri: 'file:///a', range }, message: '首次' }] };
	assert.ok(sameDiagnostics([diagnostic], [structuredClone(diagnostic)]));
	assert.ok(!sameDiagnostics([diagnostic], []));
	for (const changed of [
		{ ...diagnostic, range: { start, end: { line: 0, character: 3 } } },
		{ ...diagnostic, severity: 2 as const },
		{ ...diagnostic, message: 'Task 1 has no lead unit' },
		{ ...diagnostic, relatedInformation: [] },
		{ ...diagnostic, relatedInformation: [{ location: { uri: 'file:///b', range }, message: '首次' }] },
	]) {
		assert.ok(!sameDiagnostics([diagnostic], [changed]), JSON.stringify(changed));
	}
});

test('the outline leaves out empty details and leaves\' empty children', () => {
	const leaf = { name: '1.甲。', detail: '', kind: 'task' as const, span: { start: 0, end: 1 }, selectionSpan: { start: 0, end: 1 }, range, selectionRange: range, children: [] };
	assert.deepEqual(toDocumentSymbol(leaf), { name: '1.甲。', kind: 24, range, selectionRange: range });
	const section = { ...leaf, name: '一、总体', kind: 'section' as const, detail: '牵头：市财政局', children: [leaf] };
	assert.deepEqual(toDocumentSymbol(section), { name: '一、总体', detail: '牵头：市财政局', kind: 3, range, selectionRange: range, children: [{ name: '1.甲。', kind: 24, range, selectionRange: range }] });
});
