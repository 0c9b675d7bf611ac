import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { fileName } from './commands';
import { UnitTreeRequest, type UnitItem, type UnitRole, type UnitTaskItem } from '../../server/src/protocol/protocol';

type Node = { type: 'unit'; unit: UnitItem } | { type: 'role'; unit: UnitItem; role: UnitRole } | { type: 'task'; task: UnitTaskItem };

const ROLE_TITLES: Record<UnitRole, () => string> = {
	lead: () => vscode.l10n.t('Leads'),
	responsible: () => vscode.l10n.t('Responsible'),
	other: () => vscode.l10n.t('Cooperates'),
};

/** The 单位 (Units) view: every unit with its task counts, expanding to its tasks by role. */
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
			item.description = vscode.l10n.t('leads {0} · responsible {1} · cooperates {2}', unit.lead.length, unit.responsible.length, unit.other.length);
			item.contextValue = 'unit';
			item.iconPath = new vscode.ThemeIcon('organization');
			return item;
		}
		if (node.type === 'role') {
			const item = new vscode.TreeItem(`${ROLE_TITLES[node.role]()} (${node.unit[node.role].length})`, vscode.TreeItemCollapsibleState.Expanded);
			item.contextValue = 'role';
			return item;
		}
		const { task } = node;
		const uri = vscode.Uri.parse(task.uri);
		const item = new vscode.TreeItem(vscode.l10n.t('Task {0}: {1}', task.label, task.title), vscode.TreeItemCollapsibleState.None);
		item.description = fileName(task.uri);
		item.tooltip = `${uri.fsPath || uri.toString()}\n${task.title}`;
		item.contextValue = 'task';
		item.iconPath = new vscode.ThemeIcon(task.role === 'lead' ? 'star-full' : 'circle-outline');
		const range = new vscode.Range(task.range.start.line, task.range.start.character, task.range.end.line, task.range.end.character);
		item.command = { command: 'vscode.open', title: vscode.l10n.t('Open task'), arguments: [uri, { selection: range }] };
		return item;
	}
}
