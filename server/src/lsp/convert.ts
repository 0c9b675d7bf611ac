import {
	CodeActionKind,
	CompletionItemKind,
	DiagnosticSeverity,
	DocumentHighlightKind,
	SemanticTokensBuilder,
	SymbolKind,
	type CodeAction,
	type CodeLens,
	type CompletionList,
	type Diagnostic,
	type DocumentHighlight,
	type DocumentSymbol,
	type Hover,
	type SemanticTokens,
	type SymbolInformation,
	type TextEdit,
	type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Severity } from '../core/checks/checkTable';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../core/features/semanticTokens';
import type * as core from '../core/service/types';
import { ShowUnitTasksCommand } from '../protocol/protocol';

/** The fix-all source action's kind; VS Code's `editor.codeActionsOnSave` asks for exactly this. */
export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.breakdown';

export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const SEVERITIES: Record<Severity, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

export function toDiagnostic(diagnostic: core.Diagnostic): Diagnostic {
	const { range, code, message } = diagnostic;
	return { range, severity: SEVERITIES[diagnostic.severity], code, source: 'breakdown', message, relatedInformation: diagnostic.related };
}

export function toDocumentSymbol(symbol: core.OutlineSymbol): DocumentSymbol {
	const { detail, range, selectionRange } = symbol;
	const kind = symbol.kind === 'section' ? SymbolKind.Namespace : SymbolKind.Event;
	return { name: symbol.name.length > 0 ? symbol.name : ' ', detail, kind, range, selectionRange, children: symbol.children.map(toDocumentSymbol) };
}

export function toHighlight(highlight: core.Highlight): DocumentHighlight {
	return { range: highlight.range, kind: highlight.lead ? DocumentHighlightKind.Write : DocumentHighlightKind.Read };
}

export function toHover(hover: core.HoverText | undefined): Hover | null {
	return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: hover.range } : null;
}

export function toSymbol(symbol: core.SymbolItem): SymbolInformation {
	return { name: symbol.name, kind: symbol.kind === 'unit' ? SymbolKind.Class : SymbolKind.Event, location: symbol.location, containerName: symbol.container };
}

export function toCompletionList(items: core.CompletionItem[] | undefined): CompletionList | null {
	if (!items) {
		return null;
	}
	const kind = CompletionItemKind.Unit;
	return { isIncomplete: true, items: items.map(({ label, detail, range, filterText, sortText }) => ({ label, kind, detail, textEdit: { range, newText: label }, filterText, sortText })) };
}

/** Edits by file; a file to create comes first, as a resource operation (only sent to a client that declared it). */
export function toWorkspaceEdit(change: core.WorkspaceChange): WorkspaceEdit {
	if (change.create) {
		const edits = change.files.flatMap((file) => file.edits);
		return { documentChanges: [{ kind: 'create', uri: change.create, options: { ignoreIfExists: true } }, { textDocument: { uri: change.create, version: null }, edits }] };
	}
	const changes: Record<string, TextEdit[]> = {};
	for (const file of change.files) {
		changes[file.uri] = [...(changes[file.uri] ?? []), ...file.edits];
	}
	return { changes };
}

export function toCodeAction(action: core.CodeActionItem, diagnostics: readonly Diagnostic[]): CodeAction {
	const kind = action.kind === 'fix-all' ? FIX_ALL_KIND : CodeActionKind.QuickFix;
	const fixed = action.diagnostics.map((index) => diagnostics[index]);
	return { title: action.title, kind, ...(fixed.length > 0 ? { diagnostics: fixed, isPreferred: action.preferred } : {}), edit: toWorkspaceEdit(action.change) };
}

export function toCodeLens(lens: core.CodeLensItem): CodeLens {
	return { range: lens.range, command: { title: lens.title, command: ShowUnitTasksCommand, arguments: [lens.unit.uri, lens.unit.position] } };
}

export function toSemanticTokens(tokens: readonly core.SemanticToken[]): SemanticTokens {
	const builder = new SemanticTokensBuilder();
	for (const token of tokens) {
		const modifiers = token.modifiers.reduce((bits, modifier) => bits | (1 << TOKEN_MODIFIERS.indexOf(modifier)), 0);
		builder.push(token.line, token.character, token.length, TOKEN_TYPES.indexOf(token.type), modifiers);
	}
	return builder.build();
}
