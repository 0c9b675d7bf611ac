import type { ClientCapabilities } from 'vscode-languageserver';

/**
 * What the client said it supports, read once at `initialize`. The server sends a request to the
 * client only when the matching flag is set: a client that supports nothing optional (Neovim 0.7
 * declares no refresh support) gets a working server, not one that dies on its first refresh.
 */
export type ClientFeatures = ReturnType<typeof clientFeatures>;

export function clientFeatures(capabilities: ClientCapabilities | null | undefined) {
	const workspace = capabilities?.workspace;
	const workspaceEdit = workspace?.workspaceEdit;
	return {
		/** `textDocument/diagnostic`: the client pulls diagnostics. */
		pullDiagnostics: capabilities?.textDocument?.diagnostic !== undefined && capabilities.textDocument.diagnostic !== null,
		/** `workspace/diagnostic/refresh`. */
		diagnosticRefresh: workspace?.diagnostics?.refreshSupport === true,
		/** `workspace/semanticTokens/refresh`. */
		semanticTokensRefresh: workspace?.semanticTokens?.refreshSupport === true,
		/** `workspace/codeLens/refresh`. */
		codeLensRefresh: workspace?.codeLens?.refreshSupport === true,
		/** `workspace/configuration`. */
		configuration: workspace?.configuration === true,
		/** `client/registerCapability` for `workspace/didChangeConfiguration`. */
		configurationRegistration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
		/** `client/registerCapability` for `workspace/didChangeWatchedFiles`. */
		watcherRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
		/** Watchers may be relative patterns (LSP 3.17): a glob under a base folder, one outside the workspace folders too. */
		relativePatterns: workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
		/** `workspace/didChangeWorkspaceFolders`: the client tells of folders added and removed. */
		workspaceFolders: workspace?.workspaceFolders === true,
		/** `workspace/applyEdit`. */
		applyEdit: workspace?.applyEdit === true,
		/** Workspace edits may be `documentChanges`: edits that name the document version they are for. */
		documentChanges: workspaceEdit?.documentChanges === true,
		/** Workspace edits may create files (`documentChanges` with the `create` resource operation). */
		createFiles: workspaceEdit?.documentChanges === true && Array.isArray(workspaceEdit.resourceOperations) && workspaceEdit.resourceOperations.includes('create'),
		/** Workspace edits may be snippets (LSP 3.18 `snippetEditSupport`, in `documentChanges`): the cursor goes where a fix leaves it. */
		snippetEdits: workspaceEdit?.documentChanges === true && workspaceEdit.snippetEditSupport === true,
		/** Workspace edits may carry change annotations (LSP 3.16), which the client asks the user to confirm when they say so. */
		changeAnnotations: workspaceEdit?.documentChanges === true && workspaceEdit.changeAnnotationSupport !== undefined,
		/** Completion items may carry an insert and a replace range (`InsertReplaceEdit`): the editor picks by its setting. */
		insertReplace: capabilities?.textDocument?.completion?.completionItem?.insertReplaceSupport === true,
	};
}
