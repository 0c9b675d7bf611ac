import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { DidChangeWatchedFilesNotification, FileChangeType, HiddenFindingsRequest, SaveFileCommand, UnhideFindingsRequest, type HiddenFindingItem } from '../../server/src/protocol/protocol';

/**
 * Hidden findings in the editor: the "忽略此处" quick fix's edit and the save after it, and the
 * command that lists every hidden finding and shows the ones picked again. The server builds the
 * list and the edits; the client only asks, shows, applies and saves.
 */
export function registerHiddenFindings(context: vscode.ExtensionContext, client: LanguageClient): void {
	context.subscriptions.push(
		vscode.commands.registerCommand(SaveFileCommand, (uri: unknown) => (typeof uri === 'string' ? save(client, vscode.Uri.parse(uri)) : undefined)),
		vscode.commands.registerCommand(APPLY_AND_SAVE_COMMAND, (edit: unknown, uri: unknown) => (edit instanceof vscode.WorkspaceEdit && typeof uri === 'string' ? applyAndSave(client, edit, uri) : undefined)),
		vscode.commands.registerCommand('breakdown.showHiddenFindings', () => showHiddenFindings(client)),
	);
}

/** The client's own command a "忽略此处" quick fix runs instead of its edit and the save after it (see appliedByCommand). */
const APPLY_AND_SAVE_COMMAND = 'breakdown.applyAndSave';

/**
 * The quick fixes as the editor gets them: one whose edit the server wants saved (its command is
 * the save command) applies its edit from a command too. VS Code applies a code action's edit and
 * then looks up its command's arguments, which live only as long as the Quick Fix menu's list: an
 * edit that opens `ignore.json` for the first time (VS Code starts its JSON extensions then) took
 * over a second on CI, the list was let go meanwhile, and the save failed ("Actual command not
 * found, wanted to execute breakdown.saveFile"; see microsoft/vscode#331834 for the same loss after
 * a menu open two seconds): the finding stayed. A command reads its arguments when picked, before
 * anything slow runs.
 */
export const hiddenFindingsMiddleware: Pick<Middleware, 'provideCodeActions'> = {
	async provideCodeActions(document, range, context, token, next) {
		const actions = await next(document, range, context, token);
		return actions?.map((action) => (action instanceof vscode.CodeAction ? appliedByCommand(action) : action));
	},
};

function appliedByCommand(action: vscode.CodeAction): vscode.CodeAction {
	const { command, edit } = action;
	if (command?.command === SaveFileCommand && edit !== undefined && typeof command.arguments?.[0] === 'string') {
		action.edit = undefined;
		action.command = { title: command.title, command: APPLY_AND_SAVE_COMMAND, arguments: [edit, command.arguments[0]] };
	}
	return action;
}

/** A hidden-findings file's edit applied, then the file saved (see save); nothing saved when the edit was not applied. */
async function applyAndSave(client: LanguageClient, edit: vscode.WorkspaceEdit, uri: string): Promise<void> {
	if (await vscode.workspace.applyEdit(edit)) {
		await save(client, vscode.Uri.parse(uri));
	}
}

/**
 * Saves a hidden-findings file a workspace edit left unsaved (VS Code saves a refactoring only when
 * it touches several files), then tells the server it changed. The editor's watcher tells it too,
 * but not always: a `files.watcherExclude` over `.breakdown`, a folder past the system's watch
 * limit, or a watcher still starting after a reload, and the finding hidden stayed on screen (or
 * the one shown again stayed hidden) until a reload. Read twice, the file reads the same.
 */
async function save(client: LanguageClient, uri: vscode.Uri): Promise<void> {
	const document = await vscode.workspace.openTextDocument(uri);
	if ((document.isDirty && !(await document.save())) || !client.isRunning()) {
		return;
	}
	await client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.code2ProtocolConverter.asUri(uri), type: FileChangeType.Changed }] });
}

async function showHiddenFindings(client: LanguageClient): Promise<void> {
	const list = await client.sendRequest(HiddenFindingsRequest, {});
	for (const problem of list.problems) {
		void vscode.window.showWarningMessage(problem);
	}
	if (list.items.length === 0) {
		void vscode.window.showInformationMessage(vscode.l10n.t('No finding is hidden in this workspace.'));
		return;
	}
	type Item = vscode.QuickPickItem & { hidden?: HiddenFindingItem };
	const items: Item[] = [];
	const files = new Set(list.items.map((item) => item.file));
	for (const file of files) {
		if (files.size > 1) {
			items.push({ label: vscode.workspace.asRelativePath(vscode.Uri.parse(file)), kind: vscode.QuickPickItemKind.Separator });
		}
		for (const hidden of list.items.filter((item) => item.file === file)) {
			items.push({ label: hidden.matches ? hidden.label : `$(circle-slash) ${hidden.label}`, description: hidden.description, detail: hidden.detail, hidden });
		}
	}
	const picked = await vscode.window.showQuickPick(items, {
		title: vscode.l10n.t('Hidden findings ({0})', list.items.length),
		placeHolder: vscode.l10n.t('Pick the findings to show again'),
		canPickMany: true,
		matchOnDescription: true,
		matchOnDetail: true,
	});
	const chosen = (picked ?? []).flatMap((item) => (item.hidden ? [item.hidden] : []));
	for (const file of new Set(chosen.map((item) => item.file))) {
		const answer = await client.sendRequest(UnhideFindingsRequest, { file, keys: chosen.filter((item) => item.file === file).map((item) => item.key) });
		if (answer && 'refusal' in answer) {
			void vscode.window.showWarningMessage(answer.refusal);
		} else if (answer) {
			await applyAndSave(client, await client.protocol2CodeConverter.asWorkspaceEdit(answer.edit), answer.save);
		}
	}
}
