import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BreakdownApi } from '../../../client/src/extension';

const seeds = vscode.workspace.workspaceFolders![0].uri;

/** Resolves when `uri` has diagnostics satisfying `predicate` (event-driven, no sleeps). */
function diagnosticsFor(uri: vscode.Uri, predicate: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
	return new Promise((resolve) => {
		const check = () => {
			const diagnostics = vscode.languages.getDiagnostics(uri);
			if (predicate(diagnostics)) {
				listener.dispose();
				resolve(diagnostics);
			}
		};
		const listener = vscode.languages.onDidChangeDiagnostics(check);
		check();
	});
}

/** Resolves when the document's language becomes `languageId`. */
function languageOf(document: vscode.TextDocument, languageId: string): Promise<vscode.TextDocument> {
	return new Promise((resolve) => {
		if (document.languageId === languageId) {
			resolve(document);
			return;
		}
		const listener = vscode.workspace.onDidOpenTextDocument((opened) => {
			if (opened.uri.toString() === document.uri.toString() && opened.languageId === languageId) {
				listener.dispose();
				resolve(opened);
			}
		});
	});
}

suite('breakdown in VS Code', () => {
	let api: BreakdownApi;
	const xuzhou = vscode.Uri.joinPath(seeds, 'xuzhou-2020-task-breakdown.txt');

	suiteSetup(async () => {
		const extension = vscode.extensions.all.find((candidate) => candidate.packageJSON.name === 'breakdown')!;
		api = (await extension.activate()) as BreakdownApi;
	});

	test('a sample .txt is detected as a breakdown notice', async () => {
		const document = await languageOf(await vscode.workspace.openTextDocument(xuzhou), 'breakdown');
		assert.equal(document.languageId, 'breakdown');
		assert.equal(path.basename(document.uri.fsPath), 'xuzhou-2020-task-breakdown.txt');
	});

	test('diagnostics of the sample', async () => {
		const diagnostics = await diagnosticsFor(xuzhou, (list) => list.some((diagnostic) => diagnostic.code === 'count-mismatch'));
		assert.ok(diagnostics.every((diagnostic) => diagnostic.source === 'breakdown'));
	});

	test('outline through the document symbol provider', async () => {
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', xuzhou);
		assert.equal(symbols.length, 87);
		assert.match(symbols[20].detail, /牵头：市商务局/);
	});

	test('references of a unit across the workspace', async () => {
		const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', xuzhou, new vscode.Position(28, 6));
		assert.ok(locations.length > 10);
	});

	test('the Units view lists units', async () => {
		const units = await api.unitsView.getChildren();
		assert.ok(units.length > 10);
	});
});
