/**
 * The task-table webview: draws the server's view (rows already filtered and sorted, labels in the
 * server's locale) and sends back what the clerk does: a filter typed, a role or a sort chosen, a
 * row clicked, an export asked. It decides nothing itself: the matching, the sorting and every text
 * are the server's, so the view, the Units view and the CLI agree.
 */
import type { PanelMessage, Range, TableFormat, TableKind, TableQuery, TaskTableView, ViewMessage } from './messages';

interface VsCodeApi {
	postMessage(message: ViewMessage): void;
	getState(): { query?: TableQuery } | undefined;
	setState(state: { query: TableQuery }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** Typing is sent once it pauses this long: a request per keystroke would only be overtaken. */
const TYPING_PAUSE_MS = 150;

type ViewTask = Extract<TaskTableView['rows'][number], { kind: 'task' }>;
type ViewUnit = ViewTask['lead'][number];

class TaskTableWebview {
	private query: TableQuery;
	private view: TaskTableView | undefined;
	private typing: ReturnType<typeof setTimeout> | undefined;
	private readonly unitInput: HTMLInputElement;
	private readonly roleSelect: HTMLSelectElement;
	private readonly clearButton: HTMLButtonElement;
	private readonly summary: HTMLElement;
	private readonly exports: HTMLElement;
	private readonly units: HTMLElement;
	private readonly head: HTMLTableRowElement;
	private readonly body: HTMLTableSectionElement;
	private readonly empty: HTMLElement;

	constructor(private readonly root: HTMLElement, private readonly vscode: VsCodeApi) {
		this.query = vscode.getState()?.query ?? {};
		const toolbar = element('div', 'toolbar');
		this.unitInput = element('input', 'unit-filter');
		this.unitInput.type = 'search';
		this.unitInput.id = 'unit-filter';
		this.unitInput.value = this.query.unit ?? '';
		this.unitInput.spellcheck = false;
		this.roleSelect = element('select', 'role-filter');
		this.roleSelect.id = 'role-filter';
		this.clearButton = element('button', 'secondary clear');
		this.summary = element('span', 'summary');
		this.summary.setAttribute('role', 'status');
		this.exports = element('div', 'exports');
		toolbar.append(this.unitInput, this.roleSelect, this.clearButton, this.summary, this.exports);
		this.units = element('div', 'matching-units');
		const table = element('table', 'tasks');
		const head = element('thead');
		this.head = element('tr');
		head.append(this.head);
		this.body = element('tbody');
		table.append(head, this.body);
		this.empty = element('p', 'empty');
		root.append(toolbar, this.units, table, this.empty);
		this.listen();
	}

	start(): void {
		this.vscode.postMessage({ type: 'ready', query: this.query });
	}

	private listen(): void {
		this.unitInput.addEventListener('input', () => {
			clearTimeout(this.typing);
			this.typing = setTimeout(() => this.setQuery({ ...this.query, unit: this.unitInput.value }), TYPING_PAUSE_MS);
		});
		this.unitInput.addEventListener('keydown', (event) => {
			if (event.key === 'Enter') {
				clearTimeout(this.typing);
				this.setQuery({ ...this.query, unit: this.unitInput.value });
			}
		});
		this.roleSelect.addEventListener('change', () => this.setQuery({ ...this.query, role: (this.roleSelect.value || undefined) as TableQuery['role'] }));
		this.clearButton.addEventListener('click', () => {
			this.unitInput.value = '';
			this.setQuery({ sort: this.query.sort, descending: this.query.descending });
		});
		window.addEventListener('message', (event: MessageEvent<PanelMessage>) => {
			if (event.data?.type === 'view') {
				this.show(event.data.view);
			}
		});
	}

	private setQuery(query: TableQuery): void {
		this.query = query;
		this.vscode.setState({ query });
		this.root.setAttribute('aria-busy', 'true');
		this.vscode.postMessage({ type: 'query', query });
	}

	private show(view: TaskTableView | null): void {
		this.root.setAttribute('aria-busy', 'false');
		if (!view) {
			this.body.replaceChildren();
			this.empty.textContent = this.view?.texts.noTasks ?? '';
			return;
		}
		// An answer to an older query (the clerk typed on) is drawn, but the newer query stays in the input.
		this.view = view;
		document.title = view.title;
		const { texts } = view;
		this.unitInput.placeholder = texts.unitFilter;
		this.unitInput.setAttribute('aria-label', texts.unitFilter);
		this.clearButton.textContent = texts.clear;
		this.drawRoles(view);
		this.drawExports(view);
		this.drawHead(view);
		this.drawUnits(view);
		this.summary.textContent = view.summary;
		this.body.replaceChildren(...view.rows.map((row) => (row.kind === 'section' ? this.sectionRow(row.heading, row.depth, row.range) : this.taskRow(row, view))));
		this.empty.textContent = view.total === 0 ? texts.noTasks : view.shown === 0 ? texts.noMatch : '';
		this.root.dataset.shown = String(view.shown);
	}

	private drawRoles(view: TaskTableView): void {
		const options = [{ id: '', label: view.texts.anyRole }, ...view.roles];
		this.roleSelect.replaceChildren(
			...options.map((role) => {
				const option = element('option');
				option.value = role.id;
				option.textContent = role.label;
				return option;
			}),
		);
		this.roleSelect.value = this.query.role ?? '';
	}

	private drawExports(view: TaskTableView): void {
		const choices: Array<{ label: string; format: TableFormat; by: TableKind }> = [
			{ label: view.texts.exportXlsx, format: 'xlsx', by: 'task' },
			{ label: view.texts.exportCsv, format: 'csv', by: 'task' },
			{ label: view.texts.exportUnitCsv, format: 'csv', by: 'unit' },
		];
		this.exports.replaceChildren(
			...choices.map((choice, index) => {
				const button = element('button', index === 0 ? 'export' : 'export secondary');
				button.textContent = choice.label;
				button.dataset.format = choice.format;
				button.dataset.by = choice.by;
				button.addEventListener('click', () => this.vscode.postMessage({ type: 'export', format: choice.format, by: choice.by }));
				return button;
			}),
		);
	}

	private drawHead(view: TaskTableView): void {
		this.head.replaceChildren(
			...view.columns.map((column) => {
				const cell = element('th', `column-${column.id}`);
				const button = element('button', 'sort');
				button.textContent = column.label;
				button.title = view.texts.sortBy;
				cell.dataset.column = column.id;
				if (this.query.sort === column.id) {
					cell.setAttribute('aria-sort', this.query.descending ? 'descending' : 'ascending');
					button.append(element('span', this.query.descending ? 'arrow descending' : 'arrow ascending'));
				}
				// Ascending, descending, then back to the notice's order.
				button.addEventListener('click', () => {
					const { sort, descending } = this.query;
					const next = sort !== column.id ? { sort: column.id, descending: false } : !descending ? { sort: column.id, descending: true } : { sort: undefined, descending: undefined };
					this.setQuery({ ...this.query, ...next });
				});
				cell.append(button);
				return cell;
			}),
		);
	}

	private drawUnits(view: TaskTableView): void {
		if (view.units.length === 0) {
			this.units.replaceChildren();
			return;
		}
		const label = element('span', 'label');
		label.textContent = view.texts.matchingUnits;
		this.units.replaceChildren(
			label,
			...view.units.map((unit) => {
				const chip = element('button', 'chip');
				chip.textContent = unit.name;
				const count = element('span', 'count');
				count.textContent = String(unit.tasks);
				chip.append(count);
				chip.addEventListener('click', () => {
					this.unitInput.value = unit.name;
					this.setQuery({ ...this.query, unit: unit.name });
				});
				return chip;
			}),
		);
	}

	private sectionRow(heading: string, depth: number, range: Range): HTMLTableRowElement {
		const row = this.clickable(element('tr', `section depth-${Math.min(depth, 3)}`), range);
		const cell = element('td');
		cell.colSpan = this.view?.columns.length ?? 8;
		cell.textContent = heading;
		row.append(cell);
		return row;
	}

	private taskRow(task: ViewTask, view: TaskTableView): HTMLTableRowElement {
		const row = this.clickable(element('tr', task.problems.length > 0 ? 'task doubtful' : 'task'), task.range);
		row.dataset.id = task.id;
		row.title = task.section;
		const cells: Record<string, () => Node[]> = {
			number: () => [text(task.number)],
			task: () => [text(task.text)],
			lead: () => units(task.lead, view),
			responsible: () => units(task.responsible, view),
			other: () => units(task.other, view),
			leader: () => [text(task.leaders)],
			deadline: () => [text(task.deadline)],
			problems: () => task.problems.map((problem) => {
				const item = element('div', `problem ${problem.severity}`);
				item.textContent = problem.message;
				return item;
			}),
		};
		for (const column of view.columns) {
			const cell = element('td', `column-${column.id}`);
			cell.append(...(cells[column.id]?.() ?? []));
			if (column.id === 'deadline' && task.due) {
				cell.title = view.texts.due + task.due;
			}
			row.append(cell);
		}
		return row;
	}

	/** A row that reveals its place in the notice on a click, or Enter when focused. */
	private clickable(row: HTMLTableRowElement, range: Range): HTMLTableRowElement {
		row.tabIndex = 0;
		row.dataset.line = String(range.start.line + 1);
		const reveal = () => this.vscode.postMessage({ type: 'reveal', range });
		row.addEventListener('click', (event) => {
			// Selecting text in a cell to copy it is not a click on the row.
			if (!window.getSelection()?.toString()) {
				reveal();
			}
			event.stopPropagation();
		});
		row.addEventListener('keydown', (event) => {
			if (event.key === 'Enter') {
				reveal();
			}
		});
		return row;
	}
}

/** Unit names joined by 、; a unit the filter matched is marked, one the registry does not list too. */
function units(list: readonly ViewUnit[], view: TaskTableView): Node[] {
	const nodes: Node[] = [];
	list.forEach((unit, index) => {
		if (index > 0) {
			nodes.push(text(view.texts.separator));
		}
		const name = element('span', ['unit', unit.matched ? 'matched' : '', unit.registered ? '' : 'unregistered'].filter(Boolean).join(' '));
		name.textContent = unit.name;
		const notes = [unit.written ? view.texts.writtenAs + unit.written : '', unit.registered ? '' : view.texts.notInRegistry].filter(Boolean);
		if (notes.length > 0) {
			name.title = notes.join('\n');
		}
		nodes.push(name);
	});
	return nodes;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
	const created = document.createElement(tag);
	if (className) {
		created.className = className;
	}
	return created;
}

function text(value: string): Text {
	return document.createTextNode(value);
}

const root = document.getElementById('task-table');
if (root) {
	new TaskTableWebview(root, acquireVsCodeApi()).start();
}
