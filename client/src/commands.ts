import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import {
	CreateRegistryCommand,
	RegistryForRequest,
	ShowUnitTasksCommand,
	UnitTasksRequest,
	type UnitItem,
} from '../../server/src/protocol/protocol';
import type { UnitsView } from './unitsView';

/** The extension's commands. Each asks the server; the client only shows and opens. */
export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, unitsView: UnitsView): void {
	const register = (id: string, handler: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, handler));

	register(ShowUnitTasksCommand, async (uriArgument?: unknown, positionArgument?: unknown) => {
		const editor = vscode.window.activeTextEditor;
		const uri = typeof uriArgument === 'string' ? uriArgument : editor?.document.uri.toString();
		const position = (positionArgument as vscode.Position | undefined) ?? editor?.selection.active;
		if (!uri || !position) {
			return;
		}
		const unit = await client.sendRequest(UnitTasksRequest, { uri, position: { line: position.line, character: position.character } });
		if (!unit) {
			void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor on a unit name.'));
			return;
		}
		await pickTask(unit);
	});

	register('breakdown.createRegistry', async () => {
		const document = vscode.window.activeTextEditor?.document;
		if (!document || document.languageId !== 'breakdown') {
			void vscode.window.showInformationMessage(vscode.l10n.t('Open a notice first.'));
			return;
		}
		// A refusal (a notice never saved, a registry beside it that cannot be read) is the server's message, in the locale.
		const created: unknown = await client.sendRequest(ExecuteCommandRequest.type, { command: CreateRegistryCommand, arguments: [document.uri.toString()] }).catch((error: unknown) => {
			void vscode.window.showWarningMessage(error instanceof Error ? error.message : String(error));
			return undefined;
		});
		if (typeof created === 'string') {
			await vscode.window.showTextDocument(vscode.Uri.parse(created));
		}
	});

	register('breakdown.openRegistry', async () => {
		const document = vscode.window.activeTextEditor?.document;
		if (!document) {
			return;
		}
		const result = await client.sendRequest(RegistryForRequest, { uri: document.uri.toString() });
		if (result.uris.length > 0) {
			await vscode.window.showTextDocument(vscode.Uri.parse(result.uris[0]));
			return;
		}
		const create = vscode.l10n.t('Create from this notice');
		if ((await vscode.window.showInformationMessage(vscode.l10n.t('No unit registry applies to this notice.'), create)) === create) {
			await vscode.commands.executeCommand('breakdown.createRegistry');
		}
	});

	register('breakdown.setLanguage', async () => {
		const document = vscode.window.activeTextEditor?.document;
		if (document) {
			await vscode.languages.setTextDocumentLanguage(document, 'breakdown');
		}
	});

	register('breakdown.refreshUnits', () => unitsView.refresh());
}

async function pickTask(unit: UnitItem): Promise<void> {
	type Item = vscode.QuickPickItem & { task?: UnitItem['lead'][number] };
	const items: Item[] = [];
	for (const role of ['lead', 'responsible', 'other'] as const) {
		if (unit[role].length === 0) {
			continue;
		}
		items.push({ label: unit.roles[role], kind: vscode.QuickPickItemKind.Separator });
		for (const task of unit[role]) {
			items.push({ label: task.text, description: task.file, task });
		}
	}
	const picked = await vscode.window.showQuickPick(items, { title: unit.name, placeHolder: vscode.l10n.t('Tasks of {0}', unit.name) });
	if (picked?.task) {
		const { range } = picked.task;
		await vscode.window.showTextDocument(vscode.Uri.parse(picked.task.uri), {
			selection: new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character),
		});
	}
}
