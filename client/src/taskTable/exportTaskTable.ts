import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportTableRequest, type TableExport, type TableFormat, type TableKind } from '../../../server/src/protocol/protocol';

export interface ExportChoice {
	format: TableFormat;
	by: TableKind;
}

/** Which file to write: the workbook holds both tables; a CSV file holds one. */
export async function pickExport(): Promise<ExportChoice | undefined> {
	type Item = vscode.QuickPickItem & ExportChoice;
	const items: Item[] = [
		{ label: vscode.l10n.t('Excel workbook (.xlsx)'), detail: vscode.l10n.t('The task table and the list of each unit, ready to print'), format: 'xlsx', by: 'task' },
		{ label: vscode.l10n.t('CSV: the task table'), detail: vscode.l10n.t('One line per task, UTF-8 with BOM'), format: 'csv', by: 'task' },
		{ label: vscode.l10n.t('CSV: the list of each unit'), detail: vscode.l10n.t('One line per unit and task, UTF-8 with BOM'), format: 'csv', by: 'unit' },
	];
	const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Task Table') });
	return picked && { format: picked.format, by: picked.by };
}

/**
 * Exports the task table of a notice (or of every notice of the workspace, without `notice`): the
 * server makes the file, in the server's terms and names; the client asks where to save it and
 * writes it there (through VS Code's file system, so any folder the editor can write to).
 */
export async function exportTaskTable(client: LanguageClient, notice: vscode.Uri | undefined, choice: ExportChoice): Promise<vscode.Uri | undefined> {
	try {
		const exported = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the task table…') }, () =>
			client.sendRequest(ExportTableRequest, { uri: notice?.toString(), format: choice.format, by: choice.by }),
		);
		if (!exported) {
			void vscode.window.showInformationMessage(notice ? vscode.l10n.t('This file has no task to export.') : vscode.l10n.t('No notice in the workspace to export.'));
			return undefined;
		}
		const folder = notice ? vscode.Uri.joinPath(notice, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
		const target = await vscode.window.showSaveDialog({
			defaultUri: folder ? vscode.Uri.joinPath(folder, exported.fileName) : undefined,
			filters: choice.format === 'xlsx' ? { [vscode.l10n.t('Excel workbook')]: ['xlsx'] } : { CSV: ['csv'] },
			title: vscode.l10n.t('Export Task Table'),
			saveLabel: vscode.l10n.t('Export'),
		});
		if (!target) {
			return undefined;
		}
		await vscode.workspace.fs.writeFile(target, contents(exported));
		void vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}: {1}', vscode.workspace.asRelativePath(target), exported.summary));
		return target;
	} catch (error) {
		// The server's answer (a failed request) or the file system's (a folder that cannot be written).
		void vscode.window.showErrorMessage(vscode.l10n.t('The task table was not exported: {0}', error instanceof Error ? error.message : String(error)));
		return undefined;
	}
}

/** The file's bytes: CSV text as UTF-8 (its BOM is in the text), a workbook from base64. */
function contents(exported: TableExport): Uint8Array {
	if (exported.encoding === 'utf8') {
		return new TextEncoder().encode(exported.data);
	}
	const binary = atob(exported.data);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) {
		bytes[i] = binary.charCodeAt(i);
	}
	return bytes;
}
