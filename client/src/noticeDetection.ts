import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClassifyRequest } from '../../server/src/protocol/protocol';

/**
 * Switches plain-text documents to the breakdown language when they match `breakdown.noticePatterns`
 * or, with `breakdown.detectNotices` on, when the server reads them as a notice. Clerks keep their
 * `.txt` names; nothing is renamed.
 */
export function watchForNotices(context: vscode.ExtensionContext, client: LanguageClient): void {
	const consider = async (document: vscode.TextDocument) => {
		if (document.languageId !== 'plaintext' || document.isClosed || (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled')) {
			return;
		}
		const settings = vscode.workspace.getConfiguration('breakdown', document.uri);
		const patterns = settings.get<string[]>('noticePatterns', []);
		const byPattern = patterns.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
		let isNotice = byPattern;
		if (!isNotice && settings.get<boolean>('detectNotices', true) && document.uri.path.toLowerCase().endsWith('.txt')) {
			try {
				const result = await client.sendRequest(ClassifyRequest, { uri: document.uri.toString(), text: document.getText() });
				isNotice = result.notice;
			} catch (error) {
				client.outputChannel.appendLine(`notice detection failed for ${document.uri.toString()}: ${String(error)}`);
			}
		}
		if (isNotice && !document.isClosed && document.languageId === 'plaintext') {
			await vscode.languages.setTextDocumentLanguage(document, 'breakdown');
		}
	};
	context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((document) => void consider(document)));
	for (const document of vscode.workspace.textDocuments) {
		void consider(document);
	}
}
