import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { documentSymbolConverter, documentSymbolsJson, toCodeAction, toCodeLens, toCompletionList, toDocumentSymbol, toSymbol, toWorkspaceEdit } from '../../server/src/lsp/convert';
import { SaveFileCommand, TellCommand } from '../../server/src/protocol/protocol';

const start = { line: 0, character: 0 };
const range = { start, end: { line: 0, character: 2 } };

test('workspace edits: changes by file, or a file created first', () => {
	const edit = toWorkspaceEdit({ files: [{ uri: 'file:///a', edits: [{ range, newText: 'x' }] }, { uri: 'file:///a', edits: [{ range, newText: 'y' }] }] });
	assert.deepEqual(edit, { changes: { 'file:///a': [{ range, newText: 'x' }, { range, newText: 'y' }] } });
	const create = toWorkspaceEdit({ create: 'file:///r', files: [{ uri: 'file:///r', edits: [{ range: { start, end: start }, newText: '市财政局\n' }] }] });
	assert.deepEqual(create.documentChanges, [
		{ kind: 'create', uri: 'file:///r', options: { ignoreIfExists: true } },
		{ textDocument: { uri: 'file:///r', version: null }, edits: [{ range: { start, end: start }, newText: '市财政局\n' }] },
	]);
});

test('to a client that takes documentChanges, each file\'s edits together, for the version they were computed from (null: a file on disk)', () => {
	const edit = toWorkspaceEdit({ files: [{ uri: 'file:///a', version: 7, edits: [{ range, newText: 'x' }] }, { uri: 'file:///b', edits: [{ range, newText: 'z' }] }, { uri: 'file:///a', version: 7, edits: [{ range, newText: 'y' }] }] }, { documentChanges: true });
	assert.deepEqual(edit, {
		documentChanges: [
			{ textDocument: { uri: 'file:///a', version: 7 }, edits: [{ range, newText: 'x' }, { range, newText: 'y' }] },
			{ textDocument: { uri: 'file:///b', version: null }, edits: [{ range, newText: 'z' }] },
		],
	});
});

test('edits the clerk confirms: annotated, with needsConfirmation, for a client that takes change annotations; plain otherwise', () => {
	const change = { files: [{ uri: 'file:///a', version: 3, edits: [{ range, newText: 'x' }] }, { uri: 'file:///b', edits: [{ range, newText: 'y' }], confirm: true }], confirmation: { label: '其他文件夹中的同名单位', description: '请逐一确认。' } };
	assert.deepEqual(toWorkspaceEdit(change, { documentChanges: true, changeAnnotations: true }), {
		documentChanges: [
			{ textDocument: { uri: 'file:///a', version: 3 }, edits: [{ range, newText: 'x' }] },
			{ textDocument: { uri: 'file:///b', version: null }, edits: [{ range, newText: 'y', annotationId: 'breakdown.confirm' }] },
		],
		changeAnnotations: { 'breakdown.confirm': { label: '其他文件夹中的同名单位', description: '请逐一确认。', needsConfirmation: true } },
	});
	assert.deepEqual(toWorkspaceEdit(change), { changes: { 'file:///a': [{ range, newText: 'x' }], 'file:///b': [{ range, newText: 'y' }] } });
	assert.deepEqual(toWorkspaceEdit(change, { documentChanges: true }).changeAnnotations, undefined);
});

test('an edit that places the cursor: a snippet for a client that takes them, `$`, `}` and the backslash escaped; plain text otherwise', () => {
	const change = { files: [{ uri: 'file:///a', edits: [{ range, newText: 'x' }, { range, newText: '$1}\\牵头单位：', cursor: 9 }] }] };
	assert.deepEqual(toWorkspaceEdit(change, { documentChanges: true, snippets: true }).documentChanges, [
		{ textDocument: { uri: 'file:///a', version: null }, edits: [{ range, newText: 'x' }, { range, snippet: { kind: 'snippet', value: '\\$1\\}\\\\牵头单位：$0' } }] },
	]);
	assert.deepEqual(toWorkspaceEdit(change), { changes: { 'file:///a': [{ range, newText: 'x' }, { range, newText: '$1}\\牵头单位：' }] } });
});

test('code actions carry the request\'s diagnostics they fix; code lenses run the client\'s command', () => {
	const diagnostic = { range, message: 'm', code: 'number-gap' };
	const fix = toCodeAction({ title: '重新编号（1–2）', kind: 'quickfix', diagnostics: [0], preferred: true, change: { files: [] } }, [diagnostic]);
	assert.deepEqual([fix.kind, fix.diagnostics, fix.isPreferred], ['quickfix', [diagnostic], true]);
	const all = toCodeAction({ title: 'Fix all', kind: 'fix-all', diagnostics: [], preferred: false, change: { files: [] } }, [diagnostic]);
	assert.deepEqual([all.kind, all.diagnostics], ['source.fixAll.breakdown', undefined]);
	assert.deepEqual(toCodeLens({ range, title: '牵头 1 项', unit: { uri: 'file:///u', position: start } }).command, { title: '牵头 1 项', command: 'breakdown.showUnitTasks', arguments: ['file:///u', start] });
});

test('the outline leaves out empty details and leaves\' empty children', () => {
	const leaf = { name: '1.甲。', detail: '', kind: 'task' as const, range, selectionRange: range, children: [] };
	assert.deepEqual(toDocumentSymbol(leaf), { name: '1.甲。', kind: SymbolKind.EnumMember, range, selectionRange: range });
	const section = { ...leaf, name: '一、总体', kind: 'section' as const, detail: '牵头：市财政局', children: [leaf] };
	assert.deepEqual(toDocumentSymbol(section), { name: '一、总体', detail: '牵头：市财政局', kind: SymbolKind.Namespace, range, selectionRange: range, children: [{ name: '1.甲。', kind: SymbolKind.EnumMember, range, selectionRange: range }] });
});

test('outline symbols: a section is a namespace, a task an enum member (an item of a numbered list), never an event', () => {
	const task = { kind: 'task' as const, name: '1.甲', detail: '牵头：市财政局', range, selectionRange: range, children: [] };
	const section = toDocumentSymbol({ kind: 'section', name: '一、乙', detail: '', range, selectionRange: range, children: [task] });
	assert.deepEqual([section.kind, section.children![0].kind, section.children![0].detail], [SymbolKind.Namespace, SymbolKind.EnumMember, '牵头：市财政局']);
	assert.equal(toSymbol({ name: '1.甲', kind: 'task', location: { uri: 'file:///a', range }, container: '' }).kind, SymbolKind.EnumMember);
	assert.equal(toSymbol({ name: '市财政局', kind: 'unit', location: { uri: 'file:///a', range }, container: '' }).kind, SymbolKind.Class);
});

test('a quick fix that saves a file after its edit runs the client command; one that cannot be done runs the server command that says why', () => {
	const hide = toCodeAction({ title: '忽略此处', kind: 'quickfix', diagnostics: [], preferred: false, change: { files: [] }, save: 'file:///ws/.breakdown/ignore.json' }, []);
	assert.deepEqual(hide.command, { title: '忽略此处', command: SaveFileCommand, arguments: ['file:///ws/.breakdown/ignore.json'] });
	const refused = toCodeAction({ title: '忽略此处', kind: 'quickfix', diagnostics: [], preferred: false, refusal: '不能' }, []);
	assert.deepEqual([refused.edit, refused.command], [undefined, { title: '忽略此处', command: TellCommand, arguments: ['不能'] }]);
});

test('the outline\'s JSON made from its symbols\' kept JSON is the answer\'s JSON, again after a symbol changes', () => {
	const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });
	const task = (line: number, name: string, detail = '') => ({ kind: 'task' as const, name, detail, range: at(line), selectionRange: at(line), children: [] });
	const first = task(2, '1.扩大"投资"\\。', '牵头：市财政局');
	const second = task(4, '2.稳定外贸。');
	const outline = [{ kind: 'section' as const, name: '一、稳增长', detail: '', range: at(1), selectionRange: at(1), children: [first, second] }, task(6, '3.深化改革。')];
	const convert = documentSymbolConverter();
	const fragments = new WeakMap<DocumentSymbol, string>();
	const { symbols: answer, keptShare } = convert(outline);
	assert.equal(keptShare, 0);
	assert.deepEqual(JSON.parse(documentSymbolsJson(answer, fragments).join('')), JSON.parse(JSON.stringify(answer)));
	// The next version: the second task changed, the others' symbols kept (their JSON taken as it was).
	const next = [{ ...outline[0], children: [first, task(4, '2.稳定外贸和外资。', '牵头：市商务局')] }, outline[1]];
	const converted = convert(next);
	const nextAnswer = converted.symbols;
	assert.equal(nextAnswer[0].children![0], answer[0].children![0], 'a kept symbol is converted once');
	assert.equal(converted.keptShare, 2 / 4, 'two of the four symbols kept (the section and the second task are new)');
	assert.equal(convert(next), converted, 'a list is converted once');
	assert.deepEqual(JSON.parse(documentSymbolsJson(nextAnswer, fragments).join('')), JSON.parse(JSON.stringify(nextAnswer)));
	// In ASCII, as the encoder sends a kept answer: escaped once a symbol, with its JSON.
	assert.match(documentSymbolsJson(nextAnswer, fragments).join(''), /^[\x00-\x7f]*$/);
	assert.deepEqual(JSON.parse(documentSymbolsJson([], fragments).join('')), []);
});

test('completion: an insert and a replace range to a client that takes both; the insert range alone to one that does not, never the unit after the cursor', () => {
	const insertRange = { start: { line: 1, character: 10 }, end: { line: 1, character: 10 } };
	const replaceRange = { start: insertRange.start, end: { line: 1, character: 14 } };
	const item = { label: '市商务局', detail: '单位名录', insertRange, range: replaceRange, filterText: ' sswj 市商务局', sortText: '00000' };
	assert.deepEqual(toCompletionList([item], true)!.items[0].textEdit, { newText: '市商务局', insert: insertRange, replace: replaceRange });
	assert.deepEqual(toCompletionList([item], false)!.items[0].textEdit, { range: insertRange, newText: '市商务局' });
	// Nothing after the cursor: one range, as every client takes.
	assert.deepEqual(toCompletionList([{ ...item, range: insertRange }], true)!.items[0].textEdit, { range: insertRange, newText: '市商务局' });
	// Inside the name being typed (`市财|政局`), a client without insert and replace gets the whole name replaced (a reviewer's: not 市财政局政局).
	const typed = { start: { line: 1, character: 8 }, end: { line: 1, character: 10 } };
	const whole = { start: typed.start, end: { line: 1, character: 12 } };
	assert.deepEqual(toCompletionList([{ ...item, label: '市财政局', insertRange: typed, range: whole }], false)!.items[0].textEdit, { range: whole, newText: '市财政局' });
});
