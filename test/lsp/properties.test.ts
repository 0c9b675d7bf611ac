import * as assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol, Location, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { outline, type OutlineNode } from '../../server/src/core/features/outline';
import { engine } from '../support/engine';
import { insertedText, noticeText } from '../support/noticeArbitrary';
import { LanguageServer } from './support/languageServer';

/** How many edit sequences the server property checks (reported in the README). */
export const EDIT_SEQUENCES = 60;

/** An edit as fractions of the document, so it applies to whatever text the sequence has reached. */
const editArbitrary = fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 0, max: 12 }), text: insertedText });

function toChange(document: TextDocument, edit: { from: number; length: number; text: string }): TextDocumentContentChangeEvent {
	const length = document.getText().length;
	const start = Math.min(length, Math.floor(edit.from * length));
	const end = Math.min(length, start + edit.length);
	return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: edit.text };
}

function normalize<T>(value: T, uris: string[]): T {
	let json = JSON.stringify(value);
	for (const uri of uris) {
		json = json.split(JSON.stringify(uri).slice(1, -1)).join('DOC');
	}
	return JSON.parse(json) as T;
}

describe('incremental edits over stdio', () => {
	let server: LanguageServer;
	before(async () => {
		server = await LanguageServer.start();
	});
	after(() => server.stop());

	test(`after ${EDIT_SEQUENCES} random edit sequences (the outline asked after each edit), diagnostics, outline and references equal a fresh open of the final text`, { timeout: 300_000 }, async () => {
		let run = 0;
		await fc.assert(
			fc.asyncProperty(noticeText, fc.array(editArbitrary, { minLength: 1, maxLength: 12 }), async (initial, edits) => {
				run++;
				const edited = `untitled:edited-${run}`;
				const fresh = `untitled:fresh-${run}`;
				let mirror = TextDocument.create(edited, 'breakdown', 1, initial);
				await server.open(edited, initial);
				for (const edit of edits) {
					const change = toChange(mirror, edit);
					mirror = TextDocument.update(mirror, [change], mirror.version + 1);
					await server.change(edited, [change]);
					// As VS Code asks after edits: the outline of each version, whose tasks' symbols the next one keeps while they say the same.
					await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: edited } });
				}
				const finalText = mirror.getText();
				await server.open(fresh, finalText);
				const [a, b] = await Promise.all([server.currentDiagnostics(edited), server.currentDiagnostics(fresh)]);
				assert.deepEqual(normalize<Diagnostic[]>(a, [edited]), normalize<Diagnostic[]>(b, [fresh]));
				const [outlineA, outlineB] = await Promise.all(
					[edited, fresh].map((uri) => server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })),
				);
				assert.deepEqual(outlineA, outlineB);
				const notice = engine.parseNotice(finalText);
				// The answer as sent (its JSON made from the JSON of symbols kept across versions) is the outline of the text.
				const expected = (nodes: OutlineNode[]): unknown[] =>
					nodes.map((node) => ({ name: node.name || ' ', ...(node.detail ? { detail: node.detail } : {}), range: notice.lineIndex.rangeOf(node.span), children: expected(node.children) }));
				const sent = (symbols: DocumentSymbol[]): unknown[] => symbols.map((symbol) => ({ name: symbol.name, ...(symbol.detail ? { detail: symbol.detail } : {}), range: symbol.range, children: sent(symbol.children ?? []) }));
				assert.deepEqual(sent(outlineA), expected(outline(notice)));
				for (const unit of notice.units.slice(0, 3)) {
					const position = notice.lineIndex.positionAt(unit.start);
					const [refsA, refsB] = await Promise.all(
						[edited, fresh].map((uri) => server.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } })),
					);
					const sort = (locations: Location[]) => normalize(locations, [edited, fresh]).map((location) => JSON.stringify(location)).sort();
					assert.deepEqual(sort(refsA), sort(refsB));
				}
				await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: edited } });
				await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
			}),
			{ numRuns: EDIT_SEQUENCES },
		);
	});
});
