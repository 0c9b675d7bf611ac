import * as vscode from 'vscode';

/**
 * Sets the context key `breakdown.noticeOpened` once a document reads as a notice, so the
 * walkthrough's first step ("open a notice") ticks itself. The workbench's own keys do not serve:
 * `resourceLangId` follows the file name (a clerk's notice is a `.txt`), and `editorLangId` lives
 * in each editor's scope, which walkthrough completion events do not see.
 */
export function trackNoticeOpened(context: vscode.ExtensionContext): void {
	let marked = false;
	const consider = (document: vscode.TextDocument) => {
		if (!marked && document.languageId === 'breakdown') {
			marked = true;
			void vscode.commands.executeCommand('setContext', 'breakdown.noticeOpened', true);
		}
	};
	vscode.workspace.textDocuments.forEach(consider);
	context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(consider));
}
