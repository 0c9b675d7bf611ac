import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { UnitTreeRequest, type UnitItem, type UnitRole, type UnitTaskItem } from '../../server/src/protocol/protocol';

type Node = { type: 'unit'; unit: UnitItem } | { type: 'role'; unit: UnitItem; role: UnitRole } | { type: 'task'; task: UnitTaskItem };

/** The 单位 (Units) view: every unit with its task counts, expanding to its tasks by role. Its labels are the server's, in the server's locale and role words. */
export class UnitsView implements vscode.TreeDataProvider<Node> {
	private readonly changed = new vscode.EventEmitter<void>();
	readonly onDidChangeTreeData = this.changed.event;
	private units: Promise<UnitItem[]> | undefined;

	constructor(private readonly client: LanguageClient) {}

	refresh(): void {
		this.units = undefined;
		this.changed.fire();
	}

	/** The units as the server last reported them (fetched on first use after a refresh). */
	getUnits(): Promise<UnitItem[]> {
		this.units ??= this.client.sendRequest(UnitTreeRequest, {}).catch((error) => {
			this.client.outputChannel.appendLine(`Units view: ${String(error)}`);
			return [];
		});
		return this.units;
	}

	async getChildren(node?: Node): Promise<Node[]> {
		if (!node) {
			return (await this.getUnits()).map((unit) => ({ type: 'unit', unit }));
		}
		if (node.type === 'unit') {
			return (['lead', 'responsible', 'other'] as const).filter((role) => node.unit[role].length > 0).map((role) => ({ type: 'role', unit: node.unit, role }));
		}
		if (node.type === 'role') {
			return node.unit[node.role].map((task) => ({ type: 'task', task }));
		}
		return [];
	}

	getTreeItem(node: Node): vscode.TreeItem {
		if (node.type === 'unit') {
			const { unit } = node;
			const item = new vscode.TreeItem(unit.name, vscode.TreeItemCollapsibleState.Collapsed);
			item.description = unit.description;
			item.contextValue = 'unit';
			item.iconPath = new vscode.ThemeIcon('organization');
			return item;
		}
		if (node.type === 'role') {
			const item = new vscode.TreeItem(node.unit.roles[node.role], vscode.TreeItemCollapsibleState.Expanded);
			item.contextValue = 'role';
			return item;
		}
		const { task } = node;
		const uri = vscode.Uri.parse(task.uri);
		const item = new vscode.TreeItem(task.text, vscode.TreeItemCollapsibleState.None);
		item.description = task.file;
		item.tooltip = `${uri.fsPath || uri.toString()}\n${task.title}`;
		item.contextValue = 'task';
		item.iconPath = new vscode.ThemeIcon(task.role === 'lead' ? 'star-full' : 'circle-outline');
		const range = new vscode.Range(task.range.start.line, task.range.start.character, task.range.end.line, task.range.end.character);
		item.command = { command: 'vscode.open', title: vscode.l10n.t('Open task'), arguments: [uri, { selection: range }] };
		return item;
	}
}
