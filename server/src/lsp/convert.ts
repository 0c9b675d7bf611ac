import type * as lsp from 'vscode-languageserver';
import { CodeActionKind, CompletionItemKind, DiagnosticSeverity, DocumentHighlightKind, FileChangeType, LSPErrorCodes, ResponseError, SymbolKind } from './languageServer';
import type { Severity } from '../core/checks/checkTable';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../core/features/semanticTokens';
import { numberEdits, type KeptResult } from '../core/service/keptResults';
import type * as core from '../core/service/types';
import type { FileChange } from '../core/workspace/fileSystem';
import { sameRange } from '../core/text/lineIndex';
import { asciiJson } from './asciiJson';
import { SaveFileCommand, ShowUnitTasksCommand, TellCommand, type UnhideFindingsResult } from '../protocol/protocol';

/** The fix-all source action's kind; VS Code's `editor.codeActionsOnSave` asks for exactly this. */
export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.breakdown';

export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const SEVERITIES: Record<Severity, lsp.DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

export function toDiagnostic(diagnostic: core.Diagnostic): lsp.Diagnostic {
	const { range, code, message } = diagnostic;
	return { range, severity: SEVERITIES[diagnostic.severity], code, source: 'breakdown', message, relatedInformation: diagnostic.related };
}

/** A section groups tasks (a namespace); a task is an item of a numbered list (an enum member). */
const SYMBOL_KINDS = { section: SymbolKind.Namespace, task: SymbolKind.EnumMember, unit: SymbolKind.Class } as const;

/** Empty details and leaves' empty children are left out (both optional): the outline of a 200 KB notice is a quarter-megabyte answer, sent whole. */
export function toDocumentSymbol(symbol: core.OutlineSymbol, convertChild: (child: core.OutlineSymbol) => lsp.DocumentSymbol = toDocumentSymbol): lsp.DocumentSymbol {
	const { detail, range, selectionRange } = symbol;
	return {
		name: symbol.name.length > 0 ? symbol.name : ' ',
		...(detail ? { detail } : {}),
		kind: SYMBOL_KINDS[symbol.kind],
		range,
		selectionRange,
		...(symbol.children.length > 0 ? { children: symbol.children.map((child) => convertChild(child)) } : {}),
	};
}

/** An outline converted, and how much of it was converted before (its symbols kept from the version before). */
export interface ConvertedOutline {
	symbols: lsp.DocumentSymbol[];
	/** The share of its symbols (sections, which are new at every version, and tasks) converted before. */
	keptShare: number;
}

/**
 * Outline symbols converted each once, lists of them once per list: the service keeps a task's
 * symbol from one version of a notice to the next while it says the same, and its converted symbol
 * is then the same too (and its JSON, see documentSymbolsJson).
 */
export function documentSymbolConverter(): (list: readonly core.OutlineSymbol[]) => ConvertedOutline {
	const converted = new WeakMap<core.OutlineSymbol, lsp.DocumentSymbol>();
	const lists = new WeakMap<readonly core.OutlineSymbol[], ConvertedOutline>();
	let seen = 0;
	let kept = 0;
	const convert = (symbol: core.OutlineSymbol): lsp.DocumentSymbol => {
		seen++;
		let done = converted.get(symbol);
		if (done === undefined) {
			done = toDocumentSymbol(symbol, convert);
			converted.set(symbol, done);
		} else {
			kept++;
		}
		return done;
	};
	return (list) => {
		let outline = lists.get(list);
		if (outline === undefined) {
			seen = 0;
			kept = 0;
			const symbols = list.map((symbol) => convert(symbol));
			outline = { symbols, keptShare: seen > 0 ? kept / seen : 0 };
			lists.set(list, outline);
		}
		return outline;
	};
}

/**
 * The JSON of an outline answer, each leaf's JSON made once (`fragments`) and kept while its
 * symbol is: the outline of a 200 KB notice is a quarter-megabyte answer that VS Code asks for
 * after edits, and stringifying it whole took 4 ms of the server each time, for an answer that
 * an edit changes in one task. A section (its children are a new list each time) is written
 * around its children's JSON. Parsed, it is the answer's JSON.stringify. Made leaf by leaf, a
 * whole answer takes longer than one JSON.stringify (a 2 MB notice's first outline: the server's
 * longest block 34–38 → 50–56 ms): worth it only for an outline most of whose symbols were kept.
 * In pieces, joined only as they are encoded (see utf8OfPieces): one string of megabytes is a rope
 * that V8 copies whole when it is first read. Written in ASCII (asciiJson), as the encoder sends a kept
 * answer: escaped once a symbol, not at each version.
 */
export function documentSymbolsJson(symbols: readonly lsp.DocumentSymbol[], fragments: WeakMap<lsp.DocumentSymbol, string>): string[] {
	const pieces: string[] = [];
	const json = (symbol: lsp.DocumentSymbol): void => {
		const { children } = symbol;
		if (children === undefined) {
			let fragment = fragments.get(symbol);
			if (fragment === undefined) {
				fragment = asciiJson(JSON.stringify(symbol));
				fragments.set(symbol, fragment);
			}
			pieces.push(fragment);
			return;
		}
		// Its own members as JSON.stringify writes them, the children's list in place of the last brace.
		const own = asciiJson(JSON.stringify({ ...symbol, children: undefined }));
		pieces.push(`${own.slice(0, -1)}${own.length > 2 ? ',' : ''}"children":[`);
		list(children);
		pieces.push(']}');
	};
	const list = (items: readonly lsp.DocumentSymbol[]): void => {
		for (let index = 0; index < items.length; index++) {
			if (index > 0) {
				pieces.push(',');
			}
			json(items[index]);
		}
	};
	pieces.push('[');
	list(symbols);
	pieces.push(']');
	return pieces;
}

export function toHighlight(highlight: core.Highlight): lsp.DocumentHighlight {
	return { range: highlight.range, kind: highlight.lead ? DocumentHighlightKind.Write : DocumentHighlightKind.Read };
}

export function toHover(hover: core.HoverText | undefined): lsp.Hover | null {
	return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: hover.range } : null;
}

export function toSymbol(symbol: core.SymbolItem): lsp.SymbolInformation {
	return { name: symbol.name, kind: SYMBOL_KINDS[symbol.kind], location: symbol.location, containerName: symbol.container };
}

/**
 * `insertReplace`: the client takes an insert and a replace range (VS Code then inserts or
 * replaces as `editor.suggest.insertMode` says, inserting by default). A client that does not is
 * given the insert range when nothing is typed yet — a name chosen right after `市发改委、` in
 * `市发改委、市财政局` replaced 市财政局, the next unit of the list, where the clerk was adding one
 * before it — and the replace range when the cursor is inside the name being typed (`市财|政局`).
 */
export function toCompletionList(items: core.CompletionItem[] | undefined, insertReplace = false): lsp.CompletionList | null {
	const kind = CompletionItemKind.Unit;
	const edit = (item: core.CompletionItem): lsp.TextEdit | lsp.InsertReplaceEdit =>
		insertReplace && !sameRange(item.insertRange, item.range)
			? { newText: item.label, insert: item.insertRange, replace: item.range }
			: { range: isEmpty(item.insertRange) ? item.insertRange : item.range, newText: item.label };
	return items ? { isIncomplete: true, items: items.map((item) => ({ label: item.label, kind, detail: item.detail, textEdit: edit(item), filterText: item.filterText, sortText: item.sortText })) } : null;
}

function isEmpty(range: lsp.Range): boolean {
	return range.start.line === range.end.line && range.start.character === range.end.character;
}

/** What a client takes in a workspace edit (see ClientFeatures). */
export interface EditSupport {
	/** `documentChanges`: each file's edits name the version they were made for, and the client refuses them for another. */
	documentChanges?: boolean;
	/** Snippet edits (in `documentChanges`): the cursor goes where a fix leaves it. */
	snippets?: boolean;
	/** Change annotations (in `documentChanges`): edits the user confirms before they are applied. */
	changeAnnotations?: boolean;
}

/** The annotation of a change's edits that the clerk confirms (WorkspaceChange.confirmation). */
const CONFIRM_ANNOTATION = 'breakdown.confirm';

/**
 * Edits by file; a file to create comes first, as a resource operation (only sent to a client that
 * declared it). To a client that takes `documentChanges`, each file's edits name the version of the
 * text they were computed from: an edit made from a version the clerk has typed past (a notice of
 * megabytes read in slices) is refused by the editor rather than applied at lines that now hold
 * other words. `snippets`: an edit that places the cursor is sent as a snippet (`$0` where it goes).
 */
export function toWorkspaceEdit(change: core.WorkspaceChange, support: EditSupport = {}): lsp.WorkspaceEdit {
	if (change.create) {
		const edits = change.files.flatMap((file) => file.edits.map(toTextEdit));
		return { documentChanges: [{ kind: 'create', uri: change.create, options: { ignoreIfExists: true } }, { textDocument: { uri: change.create, version: null }, edits }] };
	}
	const files = byFile(change.files);
	if (support.changeAnnotations && change.confirmation && files.some((file) => file.confirm)) {
		const { label, description } = change.confirmation;
		return {
			documentChanges: files.map((file) => ({ textDocument: { uri: file.uri, version: file.version ?? null }, edits: file.edits.map((edit) => (file.confirm ? { ...toTextEdit(edit), annotationId: CONFIRM_ANNOTATION } : toTextEdit(edit))) })),
			changeAnnotations: { [CONFIRM_ANNOTATION]: { label, description, needsConfirmation: true } },
		};
	}
	if (support.documentChanges || (support.snippets && change.files.some((file) => file.edits.some((edit) => edit.cursor !== undefined)))) {
		const convert = support.snippets ? toSnippetOrTextEdit : toTextEdit;
		return { documentChanges: files.map((file) => ({ textDocument: { uri: file.uri, version: file.version ?? null }, edits: file.edits.map(convert) })) };
	}
	const changes: Record<string, lsp.TextEdit[]> = {};
	for (const file of files) {
		changes[file.uri] = file.edits.map(toTextEdit);
	}
	return { changes };
}

/** A file's edits together (ranges in one text): the client applies the edits of each entry of `documentChanges` in turn. */
function byFile(files: core.WorkspaceChange['files']): core.WorkspaceChange['files'] {
	const merged = new Map<string, core.WorkspaceChange['files'][number]>();
	for (const file of files) {
		const held = merged.get(file.uri);
		merged.set(file.uri, held ? { ...held, edits: [...held.edits, ...file.edits], confirm: held.confirm || file.confirm } : file);
	}
	return [...merged.values()];
}

function toTextEdit(edit: core.TextChange): lsp.TextEdit {
	return { range: edit.range, newText: edit.newText };
}

function toSnippetOrTextEdit(edit: core.TextChange): lsp.TextEdit | lsp.SnippetTextEdit {
	if (edit.cursor === undefined) {
		return toTextEdit(edit);
	}
	const value = escapeSnippet(edit.newText.slice(0, edit.cursor)) + '$0' + escapeSnippet(edit.newText.slice(edit.cursor));
	return { range: edit.range, snippet: { kind: 'snippet', value } };
}

/** The text as a snippet writes it: `$`, `}` and the backslash escaped. */
function escapeSnippet(text: string): string {
	return text.replace(/[$}\\]/g, '\\$&');
}

/** A rename's edit; a refusal fails the request with its reason, which the editor shows. */
export function toRenameEdit(answer: core.RenameAnswer | undefined, support: EditSupport = {}): lsp.WorkspaceEdit | null {
	if (answer && 'refusal' in answer) {
		throw new ResponseError(LSPErrorCodes.RequestFailed, answer.refusal);
	}
	return answer ? toWorkspaceEdit(answer.change, support) : null;
}

export function toUnhideFindingsResult(answer: core.HiddenFileAnswer | undefined, support: EditSupport = {}): UnhideFindingsResult {
	return !answer ? null : 'refusal' in answer ? answer : { edit: toWorkspaceEdit(answer.change, support), save: answer.save };
}

/** An action with its edit; one that saves a file after its edit runs the client's save command; one that cannot be done runs the server's command that says why. */
export function toCodeAction(action: core.CodeActionItem, diagnostics: readonly lsp.Diagnostic[], support: EditSupport = {}): lsp.CodeAction {
	const kind = action.kind === 'fix-all' ? FIX_ALL_KIND : CodeActionKind.QuickFix;
	const fixed = action.diagnostics.map((index) => diagnostics[index]);
	const command =
		action.refusal !== undefined
			? { title: action.title, command: TellCommand, arguments: [action.refusal] }
			: action.save !== undefined
				? { title: action.title, command: SaveFileCommand, arguments: [action.save] }
				: undefined;
	return {
		title: action.title,
		kind,
		...(fixed.length > 0 ? { diagnostics: fixed, isPreferred: action.preferred } : {}),
		...(action.change ? { edit: toWorkspaceEdit(action.change, support) } : {}),
		...(command ? { command } : {}),
	};
}

export function toCodeLens(lens: core.CodeLensItem): lsp.CodeLens {
	return { range: lens.range, command: { title: lens.title, command: ShowUnitTasksCommand, arguments: [lens.unit.uri, lens.unit.position] } };
}

export function toSemanticTokensFull({ resultId, answer }: KeptResult<Int32Array>): lsp.SemanticTokens {
	return { resultId, data: Array.from(answer) };
}

/** `full/delta`: the edit from the tokens the client holds, or whole tokens when it holds none kept. */
export function toSemanticTokensDelta(result: KeptResult<Int32Array>): lsp.SemanticTokens | lsp.SemanticTokensDelta {
	return result.previous ? { resultId: result.resultId, edits: numberEdits(result.previous, result.answer) } : toSemanticTokensFull(result);
}

const FILE_CHANGE_KINDS: Record<number, FileChange['kind']> = { [FileChangeType.Created]: 'created', [FileChangeType.Changed]: 'changed', [FileChangeType.Deleted]: 'deleted' };

export function toFileChange(change: lsp.FileEvent): FileChange {
	return { uri: change.uri, kind: FILE_CHANGE_KINDS[change.type] ?? 'changed' };
}

/** Lists converted item by item, once per list the service answers (it keeps a document version's answers). */
export function convertedOnce<A, B>(convert: (item: A) => B): (list: readonly A[]) => B[] {
	const converted = new WeakMap<readonly A[], B[]>();
	return (list) => {
		let result = converted.get(list);
		if (result === undefined) {
			result = list.map(convert);
			converted.set(list, result);
		}
		return result;
	};
}
