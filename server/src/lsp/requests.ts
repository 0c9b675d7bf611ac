import type { CancellationToken, Connection, DocumentSymbol, Location } from 'vscode-languageserver';
import { CodeActionKind, LSPErrorCodes, ResponseError } from './languageServer';
import { ClassifyRequest, CreateRegistryCommand, ExportTableRequest, HiddenFindingsRequest, type HostStats, NoticeSummaryRequest, RegistryForRequest, StatsRequest, TaskTableRequest, TaskTableViewRequest, TellCommand, UnhideFindingsRequest, UnitTasksRequest, UnitTreeRequest } from '../protocol/protocol';
import { KeptResults } from '../core/service/keptResults';
import { convertedOnce, documentSymbolConverter, documentSymbolsJson, FIX_ALL_KIND, toCodeAction, toCodeLens, toCompletionList, toHighlight, toHover, toRenameEdit, toSemanticTokensDelta, toSemanticTokensFull, toSymbol, toUnhideFindingsResult, toWorkspaceEdit, type EditSupport } from './convert';
import type { Guard } from './guard';
import { documentRead } from './indexing';
import type { Session } from './session';

/**
 * Every feature request, routed to the service and its answer converted: nothing else happens here.
 * `indexed` waits (bounded, cancellable) until the workspace is read: cross-file answers call it first.
 */
export function routeRequests(connection: Connection, session: Session, guard: Guard, indexed: (token: CancellationToken) => Promise<void>, stats: HostStats | undefined): void {
	const { service } = session;
	const after = async <R>(token: CancellationToken, answer: () => R) => (await indexed(token), answer());
	// A notice of megabytes is read, checked and its outline and tokens made in slices: what the editor asks
	// on opening it waits (bounded, cancellable) for them rather than answering none or making them in one block.
	const read = async <R>(uri: string, token: CancellationToken, answer: () => R) => (await documentRead(session, uri, 'views', token), answer());
	// The service keeps a version's outline and code lenses: each is converted once too, and the outline (a
	// quarter-megabyte answer for a 200 KB notice, asked for on every focus and edit) is encoded once, from
	// the JSON of its symbols, kept across versions while a symbol is (a keystroke changes its task's).
	// An outline most of whose symbols are new (a first outline; a notice read in slices, whose tasks are new
	// at every edit) is stringified whole, as before: made leaf by leaf, it took longer.
	const symbols = documentSymbolConverter();
	const fragments = new WeakMap<DocumentSymbol, string>();
	const outline = (list: Parameters<typeof symbols>[0]) => {
		const { symbols: answer, keptShare } = symbols(list);
		return session.keepEncoded(answer, keptShare >= 0.5 ? () => documentSymbolsJson(answer, fragments) : undefined);
	};
	const lenses = convertedOnce(toCodeLens);
	// Semantic tokens: the last result of each document is kept, for `full/delta` to send the edit from it;
	// the service keeps a version's encoded tokens, so the same array is the same answer.
	const kept = new KeptResults<Int32Array>((last, next) => last === next);
	const tokens = (uri: string, previousResultId?: string) => kept.next(uri, service.encodedSemanticTokens(uri), previousResultId);
	session.documents.onDidClose(({ document }) => kept.forget(document.uri));
	connection.onDocumentSymbol(guard.request('documentSymbol', (params, token) => read(params.textDocument.uri, token, () => outline(service.outline(params.textDocument.uri)))));
	connection.onWorkspaceSymbol(guard.request('workspaceSymbol', (params, token) => after(token, () => service.workspaceSymbols(params.query).map(toSymbol))));
	// What reads the model of the document asked about waits (bounded, cancellable) for its current version to be
	// read and checked, as the pull of its diagnostics does: a notice of megabytes is read in slices, and an answer
	// from the version before would name ranges that, after a paste, hold other words.
	const checked = async <R>(uri: string, token: CancellationToken, answer: () => R) => (await documentRead(session, uri, 'checked', token), answer());
	const checkedAndIndexed = async <R>(uri: string, token: CancellationToken, answer: () => R) => (await documentRead(session, uri, 'checked', token), await after(token, answer));
	const edits = (): EditSupport => ({ documentChanges: session.features().documentChanges, snippets: session.features().snippetEdits, changeAnnotations: session.features().changeAnnotations });
	// Without the declaration, a unit's references are the list the service keeps until the index changes (thousands of locations across a workspace): encoded once.
	connection.onReferences(
		guard.request('references', (params, token) =>
			checkedAndIndexed(params.textDocument.uri, token, () => {
				const locations = service.references(params.textDocument.uri, params.position, params.context.includeDeclaration);
				// Sent as it is, never changed (the protocol's type is a mutable array).
				return (params.context.includeDeclaration ? locations : session.keepEncoded(locations)) as Location[];
			}),
		),
	);
	connection.onDefinition(guard.request('definition', (params, token) => checked(params.textDocument.uri, token, () => service.definition(params.textDocument.uri, params.position) ?? null)));
	connection.onHover(guard.request('hover', (params, token) => checkedAndIndexed(params.textDocument.uri, token, () => toHover(service.hover(params.textDocument.uri, params.position)))));
	connection.onDocumentHighlight(guard.request('documentHighlight', (params, token) => checked(params.textDocument.uri, token, () => service.highlights(params.textDocument.uri, params.position).map(toHighlight))));
	connection.onCompletion(guard.request('completion', (params, token) => checked(params.textDocument.uri, token, () => toCompletionList(service.completion(params.textDocument.uri, params.position), session.features().insertReplace))));
	connection.onPrepareRename(guard.request('prepareRename', (params, token) => checked(params.textDocument.uri, token, () => service.prepareRename(params.textDocument.uri, params.position) ?? null)));
	connection.onRenameRequest(guard.request('rename', async (params, token) => toRenameEdit(await checkedAndIndexed(params.textDocument.uri, token, () => service.rename(params.textDocument.uri, params.position, params.newName)), edits())));
	connection.onCodeAction(
		guard.request('codeAction', (params, token) =>
			checked(params.textDocument.uri, token, () => {
				const wants = (kind: string) => !params.context.only || params.context.only.some((prefix) => kind === prefix || kind.startsWith(prefix + '.'));
				const wanted = { quickFixes: wants(CodeActionKind.QuickFix), fixAll: wants(FIX_ALL_KIND), canCreateFiles: session.features().createFiles };
				return service.codeActions(params.textDocument.uri, params.context.diagnostics, wanted).map((action) => toCodeAction(action, params.context.diagnostics, edits()));
			}),
		),
	);
	connection.onCodeLens(guard.request('codeLens', (params, token) => after(token, () => lenses(service.codeLenses(params.textDocument.uri)))));
	connection.onFoldingRanges(guard.request('foldingRange', (params, token) => read(params.textDocument.uri, token, () => service.foldingRanges(params.textDocument.uri))));
	connection.languages.semanticTokens.on(guard.request('semanticTokens', (params, token) => read(params.textDocument.uri, token, () => toSemanticTokensFull(tokens(params.textDocument.uri)))));
	connection.languages.semanticTokens.onDelta(guard.request('semanticTokensDelta', (params, token) => read(params.textDocument.uri, token, () => toSemanticTokensDelta(tokens(params.textDocument.uri, params.previousResultId)))));
	connection.onRequest(UnitTreeRequest, guard.request('unitTree', (params, token) => after(token, () => service.unitTree(typeof params?.filter === 'string' ? params.filter : undefined))));
	// By position (the code lens's quick pick), or by identity as the Units view expands a unit, then each of its notices.
	connection.onRequest(
		UnitTasksRequest,
		guard.request('unitTasks', (params, token) =>
			after(token, () => ('identity' in params ? service.unitOfView(String(params.identity), { notice: typeof params.notice === 'string' ? params.notice : undefined, tasks: params.tasks !== false }) : service.unitTasks(params.uri, params.position)) ?? null),
		),
	);
	connection.onRequest(NoticeSummaryRequest, guard.request('noticeSummary', (params) => service.noticeSummary(params.uri) ?? null));
	connection.onRequest(TaskTableRequest, guard.request('taskTable', (params, token) => after(token, () => service.taskTable(params?.uri))));
	connection.onRequest(TaskTableViewRequest, guard.request('taskTableView', (params, token) => after(token, () => service.taskTableView(params.uri, params.query ?? {}) ?? null)));
	connection.onRequest(ExportTableRequest, guard.request('exportTable', async (params, token) => (await after(token, () => service.exportTable(params))) ?? null));
	connection.onRequest(ClassifyRequest, guard.request('classify', (params) => ({ notice: service.classify(String(params.text)) })));
	connection.onRequest(RegistryForRequest, guard.request('registryFor', (params) => service.registriesFor(params.uri)));
	connection.onRequest(StatsRequest, guard.request('stats', (params) => stats?.read({ reset: params?.reset === true, collectGarbage: params?.collectGarbage === true }) ?? null));
	connection.onRequest(HiddenFindingsRequest, guard.request('hiddenFindings', (_params, token) => after(token, () => service.hiddenFindings())));
	connection.onRequest(UnhideFindingsRequest, guard.request('unhideFindings', (params) => toUnhideFindingsResult(service.unhideFindings(params.file, params.keys), edits())));
	// The server's commands, each with one string argument; an unknown one answers null.
	const commands = new Map<string, (argument: string) => unknown>([
		[TellCommand, (argument) => session.requests.showWarning(argument)],
		[CreateRegistryCommand, (argument) => createRegistry(session, argument)],
	]);
	connection.onExecuteCommand(guard.request('executeCommand', async (params) => (await commands.get(params.command)?.(String(params.arguments?.[0] ?? ''))) ?? null));
}

/** The create-registry command: the edit (or why the client cannot make it) is the service's; applying it is the client's. */
async function createRegistry({ service, features, requests }: Session, uri: string): Promise<string | null> {
	const command = await service.registryCommand(uri, { canApplyEdits: features().applyEdit, canCreateFiles: features().createFiles });
	if (!command) {
		return null;
	}
	if (command.refusal === undefined && (await requests.applyEdit(command.title, toWorkspaceEdit(command.change, { documentChanges: features().documentChanges })))) {
		return command.target;
	}
	throw new ResponseError(LSPErrorCodes.RequestFailed, command.refusal ?? service.localize({ id: 'refusal.edit-not-applied', args: [command.target] }));
}
