import type { ClientCapabilities } from 'vscode-languageserver';

/**
 * What the client said it supports, read once at `initialize`. The server sends a request to the
 * client only when the matching flag is set: a client that supports nothing optional (Neovim 0.7
 * declares no refresh support) gets a working server, not one that dies on its first refresh.
 */
export interface ClientFeatures {
	/** `textDocument/diagnostic`: the client pulls diagnostics. */
	pullDiagnostics: boolean;
	/** `workspace/diagnostic/refresh`. */
	diagnosticRefresh: boolean;
	/** `workspace/semanticTokens/refresh`. */
	semanticTokensRefresh: boolean;
	/** `workspace/configuration`. */
	configuration: boolean;
	/** `client/registerCapability` for `workspace/didChangeConfiguration`. */
	configurationRegistration: boolean;
	/** `client/registerCapability` for `workspace/didChangeWatchedFiles`. */
	watcherRegistration: boolean;
	/** `workspace/applyEdit`. */
	applyEdit: boolean;
	/** Workspace edits may create files (`documentChanges` with the `create` resource operation). */
	createFiles: boolean;
}

export function clientFeatures(capabilities: ClientCapabilities | null | undefined): ClientFeatures {
	const workspace = capabilities?.workspace;
	const workspaceEdit = workspace?.workspaceEdit;
	return {
		pullDiagnostics: capabilities?.textDocument?.diagnostic !== undefined && capabilities.textDocument.diagnostic !== null,
		diagnosticRefresh: workspace?.diagnostics?.refreshSupport === true,
		semanticTokensRefresh: workspace?.semanticTokens?.refreshSupport === true,
		configuration: workspace?.configuration === true,
		configurationRegistration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
		watcherRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
		applyEdit: workspace?.applyEdit === true,
		createFiles: workspaceEdit?.documentChanges === true && Array.isArray(workspaceEdit.resourceOperations) && workspaceEdit.resourceOperations.includes('create'),
	};
}
