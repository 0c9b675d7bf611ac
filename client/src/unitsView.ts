import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { UnitTasksRequest, UnitTreeRequest, type UnitItem, type UnitNoticeItem, type UnitOfViewParams, type UnitRole, type UnitSummaryItem, type UnitTaskItem } from '../../server/src/protocol/protocol';

/** A role node holds the answer its tasks come from: the whole unit's when it is in one notice, else the unit's in that notice. */
type Node =
	| { type: 'unit'; unit: UnitSummaryItem }
	| { type: 'notice'; unit: UnitSummaryItem; notice: UnitNoticeItem }
	| { type: 'role'; unit: UnitSummaryItem; role: UnitRole; tasks: UnitItem; notice?: UnitNoticeItem }
	| { type: 'task'; task: UnitTaskItem };

const ROLES: readonly UnitRole[] = ['lead', 'responsible', 'other'];
/**
 * The index changes every 200 ms while a clerk types, and the top level of a workspace of 1,000
 * notices costs the server half a second: after a change of the index the view asks again at most
 * once in this time (the last change is always shown).
 */
const INDEX_REFRESH_MS = 1_000;

/**
 * The 单位 (Units) view: every unit with its task counts, expanding to its tasks by role — under
 * each notice first when the unit's tasks are in several (five cities' 发改委 are five notices,
 * not one heap). A filter (the server matches names and pinyin) narrows a workspace of many
 * notices. Its labels are the server's, in the server's locale and role words. The top level holds
 * counts only: a unit's notices, and a notice's tasks, are asked for as the clerk expands them (a
 * workspace of 1,000 notices has 330,000 task rows).
 */
export class UnitsView implements vscode.TreeDataProvider<Node> {
	private readonly changed = new vscode.EventEmitter<void>();
	readonly onDidChangeTreeData = this.changed.event;
	private units: Promise<UnitSummaryItem[]> | undefined;
	private filter = '';
	private view: vscode.TreeView<Node> | undefined;
	/** A refresh due after a change of the index, and when the view last asked again. */
	private due: ReturnType<typeof setTimeout> | undefined;
	private refreshed = 0;

	constructor(private readonly client: LanguageClient) {}

	/** Shows the view in the Explorer (`breakdown.units`) and registers its filter commands. */
	register(context: vscode.ExtensionContext): void {
		this.view = vscode.window.createTreeView('breakdown.units', { treeDataProvider: this, showCollapseAll: true });
		context.subscriptions.push(
			this.view,
			vscode.commands.registerCommand('breakdown.filterUnits', () => this.askFilter()),
			vscode.commands.registerCommand('breakdown.clearUnitsFilter', () => this.setFilter('')),
			{ dispose: () => clearTimeout(this.due) },
		);
	}

	refresh(): void {
		this.refreshed = Date.now();
		this.units = undefined;
		this.changed.fire();
	}

	/** The index changed: refreshed at once when the view has not been for a while, else once the while is over. */
	indexChanged(): void {
		if (this.due === undefined) {
			this.due = setTimeout(
				() => {
					this.due = undefined;
					this.refresh();
				},
				Math.max(0, this.refreshed + INDEX_REFRESH_MS - Date.now()),
			);
		}
	}

	/** The units as the server last reported them, filtered (fetched on first use after a refresh). */
	getUnits(): Promise<UnitSummaryItem[]> {
		const filter = this.filter;
		this.units ??= this.client
			.sendRequest(UnitTreeRequest, filter ? { filter } : {})
			.catch((error) => {
				this.client.outputChannel.appendLine(`Units view: ${String(error)}`);
				return [];
			})
			.then((units) => {
				this.describeFilter(units.length);
				return units;
			});
		return this.units;
	}

	async setFilter(filter: string): Promise<void> {
		this.filter = filter.trim();
		await vscode.commands.executeCommand('setContext', 'breakdown.unitsFiltered', this.filter !== '');
		this.refresh();
	}

	private async askFilter(): Promise<void> {
		const filter = await vscode.window.showInputBox({
			title: vscode.l10n.t('Filter Units'),
			prompt: vscode.l10n.t('Part of a unit name, or its pinyin (fgw, fagai); empty shows every unit'),
			value: this.filter,
		});
		if (filter !== undefined) {
			await this.setFilter(filter);
		}
	}

	private describeFilter(count: number): void {
		if (!this.view) {
			return;
		}
		this.view.description = this.filter || undefined;
		this.view.message = !this.filter ? undefined : count === 0
					? vscode.l10n.t('No unit matches "{0}".', this.filter)
					: count === 1
						? vscode.l10n.t('One unit matches "{0}".', this.filter)
						: vscode.l10n.t('{0} units match "{1}".', count, this.filter);
	}

	async getChildren(node?: Node): Promise<Node[]> {
		if (!node) {
			return (await this.getUnits()).map((unit) => ({ type: 'unit', unit }));
		}
		if (node.type === 'unit') {
			const { unit } = node;
			if (unit.notices > 1) {
				const item = await this.getUnit({ identity: unit.identity, tasks: false });
				return (item?.notices ?? []).map((notice) => ({ type: 'notice', unit, notice }));
			}
			return this.roles(unit, await this.getUnit({ identity: unit.identity }));
		}
		if (node.type === 'notice') {
			return this.roles(node.unit, await this.getUnit({ identity: node.unit.identity, notice: node.notice.uri }), node.notice);
		}
		if (node.type === 'role') {
			return node.tasks[node.role].map((task) => ({ type: 'task', task }));
		}
		return [];
	}

	/** One unit as the server has it now (its notices; its tasks as `params` asks), or undefined when it is gone or the request failed. */
	private async getUnit(params: UnitOfViewParams): Promise<UnitItem | undefined> {
		try {
			return (await this.client.sendRequest(UnitTasksRequest, params)) ?? undefined;
		} catch (error) {
			this.client.outputChannel.appendLine(`Units view: ${String(error)}`);
			return undefined;
		}
	}

	private roles(unit: UnitSummaryItem, tasks: UnitItem | undefined, notice?: UnitNoticeItem): Node[] {
		if (!tasks) {
			return [];
		}
		return ROLES.filter((role) => tasks[role].length > 0).map((role) => ({ type: 'role', unit, role, tasks, notice }));
	}

	getTreeItem(node: Node): vscode.TreeItem {
		switch (node.type) {
			case 'unit': {
				const { unit } = node;
				const item = new vscode.TreeItem(unit.name, vscode.TreeItemCollapsibleState.Collapsed);
				item.id = `unit:${unit.identity}`;
				item.description = unit.description;
				item.contextValue = 'unit';
				item.iconPath = new vscode.ThemeIcon('organization');
				return item;
			}
			case 'notice': {
				const { notice } = node;
				const uri = vscode.Uri.parse(notice.uri);
				const item = new vscode.TreeItem(notice.file, vscode.TreeItemCollapsibleState.Collapsed);
				item.id = `notice:${node.unit.identity}:${notice.uri}`;
				item.description = notice.description;
				item.tooltip = uri.fsPath || uri.toString();
				item.resourceUri = uri;
				item.iconPath = vscode.ThemeIcon.File;
				item.contextValue = 'notice';
				return item;
			}
			case 'role': {
				const label = (node.notice ?? node.tasks).roles[node.role];
				const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
				item.id = `role:${node.unit.identity}:${node.notice?.uri ?? ''}:${node.role}`;
				item.contextValue = 'role';
				return item;
			}
			case 'task': {
				const { task } = node;
				const uri = vscode.Uri.parse(task.uri);
				const item = new vscode.TreeItem(task.text, vscode.TreeItemCollapsibleState.None);
				// The notice's name on every task row: 第 1 项 is in every notice.
				item.description = task.file;
				item.tooltip = `${uri.fsPath || uri.toString()}\n${task.title}`;
				item.contextValue = 'task';
				item.iconPath = new vscode.ThemeIcon(task.role === 'lead' ? 'star-full' : 'circle-outline');
				const range = new vscode.Range(task.range.start.line, task.range.start.character, task.range.end.line, task.range.end.character);
				item.command = { command: 'vscode.open', title: vscode.l10n.t('Open task'), arguments: [uri, { selection: range }] };
				return item;
			}
		}
	}
}
