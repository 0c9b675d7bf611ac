import * as vscode from 'vscode';

/** The folder of the webview's script and style sheet: the only files the webview may load. */
export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
	return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

/**
 * The task-table webview's page: its own script (by nonce) and style sheet, nothing remote. The
 * content security policy allows no other source, no inline script or style, no connection.
 */
export function taskTableHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string): string {
	const nonce = newNonce();
	const root = webviewRoot(extensionUri);
	const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'taskTableView.js'));
	const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'taskTableView.css'));
	const policy = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${webview.cspSource}`, `font-src ${webview.cspSource}`].join('; ');
	return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main id="task-table" aria-busy="true"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

/** 128 random bits, new for every page. */
function newNonce(): string {
	const bytes = new Uint8Array(16);
	globalThis.crypto.getRandomValues(bytes);
	return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
