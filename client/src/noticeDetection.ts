import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClassifyRequest } from '../../server/src/protocol/protocol';

/**
 * How much of a text the server is asked to classify: a notice's title and first tasks are in its
 * opening. The whole text went before, for every `.txt` opened: a 40 MB log grew the server to 303 MB.
 */
export const CLASSIFY_SAMPLE_LENGTH = 200_000;

/**
 * Switches plain-text documents to the breakdown language when they match `breakdown.noticePatterns`
 * or, with `breakdown.detectNotices` on, when the server reads them as a notice. Clerks keep their
 * `.txt` names; nothing is renamed. A document the clerk moved from breakdown to another language is
 * left in it for the session: chosen "Plain Text", it was switched straight back.
 */
export function watchForNotices(context: vscode.ExtensionContext, client: LanguageClient): void {
	const declined = new DeclinedNotices();
	const consider = async (document: vscode.TextDocument) => {
		if (document.languageId !== 'plaintext' || document.isClosed || (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') || declined.has(document.uri.toString())) {
			return;
		}
		const settings = vscode.workspace.getConfiguration('breakdown', document.uri);
		const patterns = settings.get<string[]>('noticePatterns', []);
		const byPattern = patterns.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
		let isNotice = byPattern;
		if (!isNotice && settings.get<boolean>('detectNotices', true) && document.uri.path.toLowerCase().endsWith('.txt')) {
			try {
				const text = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(CLASSIFY_SAMPLE_LENGTH)));
				const result = await client.sendRequest(ClassifyRequest, { uri: document.uri.toString(), text });
				isNotice = result.notice;
			} catch (error) {
				client.outputChannel.appendLine(`notice detection failed for ${document.uri.toString()}: ${String(error)}`);
			}
		}
		if (isNotice && !document.isClosed && document.languageId === 'plaintext' && !declined.has(document.uri.toString())) {
			await vscode.languages.setTextDocumentLanguage(document, 'breakdown');
		}
	};
	context.subscriptions.push(
		vscode.workspace.onDidCloseTextDocument((document) => declined.closed(document.uri.toString(), document.languageId)),
		vscode.workspace.onDidOpenTextDocument((document) => {
			declined.opened(document.uri.toString(), document.languageId);
			void consider(document);
		}),
	);
	for (const document of vscode.workspace.textDocuments) {
		void consider(document);
	}
}

/**
 * The documents the clerk moved away from breakdown this session. VS Code tells of a language
 * change as the document closed in the old language and opened in the new one, in the same turn:
 * a document opened in another language in the turn it closed as breakdown was moved by the clerk.
 */
class DeclinedNotices {
	private readonly closedAsNotice = new Set<string>();
	private readonly declined = new Set<string>();

	closed(uri: string, languageId: string): void {
		if (languageId === 'breakdown') {
			this.closedAsNotice.add(uri);
			setTimeout(() => this.closedAsNotice.delete(uri), 0);
		}
	}

	opened(uri: string, languageId: string): void {
		if (languageId === 'breakdown') {
			// Chosen again (the status bar's language picker, the Set Language command).
			this.declined.delete(uri);
		} else if (this.closedAsNotice.delete(uri)) {
			this.declined.add(uri);
		}
	}

	has(uri: string): boolean {
		return this.declined.has(uri);
	}
}
