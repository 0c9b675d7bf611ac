import type * as Library from 'vscode-languageserver';

/**
 * The values this layer takes from vscode-languageserver, required once. The package is CommonJS:
 * for each file that imports it, esbuild copies its 306 exports onto a namespace object of getters
 * (`__toESM`), 1–2 ms a copy in a new process, and seven files made seven copies of some 10 ms
 * at every start. Types come from the package itself (`import type`, erased).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const library: typeof Library = require('vscode-languageserver');

export const {
	ApplyWorkspaceEditRequest,
	CodeActionKind,
	CodeLensRefreshRequest,
	CompletionItemKind,
	ConfigurationRequest,
	DiagnosticRefreshRequest,
	DiagnosticSeverity,
	DidChangeConfigurationNotification,
	DidChangeWatchedFilesNotification,
	DocumentDiagnosticReportKind,
	DocumentHighlightKind,
	ErrorCodes,
	FileChangeType,
	LSPErrorCodes,
	MessageType,
	PublishDiagnosticsNotification,
	RegistrationRequest,
	ResponseError,
	SemanticTokensRefreshRequest,
	ShowMessageNotification,
	SymbolKind,
	TextDocuments,
	TextDocumentSyncKind,
	WatchKind,
} = library;
