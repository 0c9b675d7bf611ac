import type { Severity } from '../checks/checkTable';
import { format, type Locale, type MessageId } from '../messages/message';
import { ROLE_ORDER, roleWord } from '../messages/roles';
import type { UnitRole } from '../syntax/fieldLabels';
import type { Range } from '../text/lineIndex';
import type { PinyinIndex } from './pinyinIndex';
import type { SectionRow, TableUnit, TaskRow, TaskTable } from './taskTable';

/** The columns of the task-table view, in order. */
export const TABLE_VIEW_COLUMNS = ['number', 'task', 'lead', 'responsible', 'other', 'leader', 'deadline', 'problems'] as const;
export type TableViewColumn = (typeof TABLE_VIEW_COLUMNS)[number];

/** What the view shows: tasks of a unit (a name, or pinyin typed in Latin letters), in a role, sorted by a column. */
export interface TableQuery {
	/** A unit's name or part of it (`发改`), or its pinyin initials or full pinyin (`fgw`, `fagai`). */
	unit?: string;
	role?: UnitRole;
	/** Absent: document order, under the section headings. */
	sort?: TableViewColumn;
	descending?: boolean;
}

export interface ViewUnit {
	/** The registry's name of the unit (see TableUnit). */
	name: string;
	/** The name as the notice writes it, when the registry's differs. */
	written?: string;
	registered: boolean;
	/** Picked out by the unit filter. */
	matched: boolean;
}

export interface ViewSectionRow {
	kind: 'section';
	depth: number;
	heading: string;
	range: Range;
}

export interface ViewTaskRow {
	kind: 'task';
	/** The table row's id: unique within the view. */
	id: string;
	/** The number as written (`12.`), made unique with its headings' markers when numbering restarts. */
	number: string;
	text: string;
	/** The headings above the task, for a sorted view where section rows are left out. */
	section: string;
	lead: ViewUnit[];
	responsible: ViewUnit[];
	other: ViewUnit[];
	leaders: string;
	deadline: string;
	/** The latest date among the deadlines (`2020-06-30`). */
	due?: string;
	problems: Array<{ severity: Severity; message: string }>;
	/** Where the task starts, to its line's end: what a click on the row selects. */
	range: Range;
}

export type ViewRow = ViewSectionRow | ViewTaskRow;

/** Every text the view shows that is not the notice's own, in the locale. */
export interface TableViewTexts {
	unitFilter: string;
	anyRole: string;
	clear: string;
	exportXlsx: string;
	exportCsv: string;
	exportUnitCsv: string;
	sortBy: string;
	noMatch: string;
	noTasks: string;
	notInRegistry: string;
	matchingUnits: string;
	due: string;
	writtenAs: string;
	/** Between unit names in a cell: 、 or a comma. */
	separator: string;
}

/** The task-table view of one notice for one query: rows to show, and every label in the locale. */
export interface TaskTableView {
	uri: string;
	/** The panel's title: `任务分解表 — zhoushan-2020`. */
	title: string;
	/** The notice's own title line, if it has one. */
	heading: string | undefined;
	columns: Array<{ id: TableViewColumn; label: string }>;
	roles: Array<{ id: UnitRole; label: string }>;
	/** The query as applied (a blank unit filter dropped). */
	query: TableQuery;
	rows: ViewRow[];
	/** Units the unit filter matches, in the table's unit order, with their tasks (in the role, when one is chosen). */
	units: Array<{ name: string; tasks: number }>;
	shown: number;
	total: number;
	/** `12 / 128 项任务`. */
	summary: string;
	texts: TableViewTexts;
}

export interface TableViewOptions {
	pinyin: PinyinIndex;
	locale: Locale;
	/** Where a row is in its notice's text (the host's line index). */
	rangeOf(row: SectionRow | TaskRow): Range;
}

const COLUMN_LABELS: Record<TableViewColumn, MessageId> = {
	number: 'table.column.number',
	task: 'table.column.task',
	lead: 'table.column.lead',
	responsible: 'table.column.responsible',
	other: 'table.column.other',
	leader: 'table.column.leader',
	deadline: 'table.column.deadline',
	problems: 'table.column.problems',
};

/** The unit filter's suggestions are for picking one unit: a few dozen are plenty. */
const MAX_UNIT_SUGGESTIONS = 30;

/**
 * The view of a notice's task table: the tasks a unit plays a part in (by name or pinyin, as
 * completion matches them), in a role, sorted by a column, or in document order under the
 * headings that have a task shown. The matching is here, once, for every view of the table.
 */
export function viewTaskTable(table: TaskTable, query: TableQuery, options: TableViewOptions): TaskTableView {
	const { locale } = options;
	const applied: TableQuery = { ...query, unit: query.unit?.trim() || undefined };
	const matcher = unitMatcher(table, applied.unit, options.pinyin);
	const roles = applied.role ? [applied.role] : ROLE_ORDER;
	const tasks = table.rows.filter((row): row is TaskRow => row.kind === 'task');
	const shown = tasks.filter((row) => roles.some((role) => row[role].some((unit) => matcher.matches(unit))));
	const separator = format('list.separator', [], locale);
	const view = (unit: TableUnit): ViewUnit => ({ name: unit.name, ...(unit.written !== unit.name ? { written: unit.written } : {}), registered: unit.registered, matched: applied.unit !== undefined && matcher.matches(unit) });
	const taskRow = (row: TaskRow): ViewTaskRow => ({
		kind: 'task',
		id: row.id,
		number: row.reference,
		text: row.text,
		section: row.sectionPath.join(' / '),
		lead: row.lead.map(view),
		responsible: row.responsible.map(view),
		other: row.other.map(view),
		leaders: row.leaders.map((leader) => leader.written).join(separator),
		deadline: row.deadlineText ?? row.deadlines.map((deadline) => deadline.written).join(separator),
		...(row.due ? { due: row.due } : {}),
		problems: row.problems.map((problem) => ({ severity: problem.severity, message: problem.message })),
		range: options.rangeOf(row),
	});
	const rows: ViewRow[] = applied.sort && !(applied.sort === 'number' && !applied.descending) ? sortRows(shown, applied.sort, applied.descending === true).map(taskRow) : underHeadings(table, new Set(shown), taskRow, options);
	const notice = table.notices[0];
	const name = notice?.name ?? '';
	const t = (id: MessageId, ...args: Array<string | number>) => format(id, args, locale);
	return {
		uri: notice?.uri ?? '',
		title: t('table.title-of', name),
		heading: notice?.title,
		columns: TABLE_VIEW_COLUMNS.map((id) => ({ id, label: t(COLUMN_LABELS[id]) })),
		roles: ROLE_ORDER.map((id) => ({ id, label: roleWord(id, locale) })),
		query: applied,
		rows,
		units: applied.unit === undefined ? [] : matcher.units(tasks, roles).slice(0, MAX_UNIT_SUGGESTIONS),
		shown: shown.length,
		total: tasks.length,
		summary: t('table.shown', shown.length, tasks.length),
		texts: {
			unitFilter: t('table.filter.unit'),
			anyRole: t('table.filter.any-role'),
			clear: t('table.filter.clear'),
			exportXlsx: t('table.export.xlsx'),
			exportCsv: t('table.export.csv'),
			exportUnitCsv: t('table.export.unit-csv'),
			sortBy: t('table.sort-by'),
			noMatch: t('table.no-match'),
			noTasks: t('table.no-tasks'),
			notInRegistry: t('hover.not-in-registry'),
			matchingUnits: t('table.matching-units'),
			due: t('table.due'),
			writtenAs: t('table.written-as'),
			separator: t('list.separator'),
		},
	};
}

interface UnitMatcher {
	matches(unit: TableUnit): boolean;
	/** The matching units with their tasks in `roles`, in the table's unit order. */
	units(tasks: readonly TaskRow[], roles: readonly UnitRole[]): Array<{ name: string; tasks: number }>;
}

/**
 * Which units the typed filter names: a name typed in full (the registry's or as written) picks
 * that unit alone; otherwise every unit whose name or spelling contains what is typed, or, for
 * Latin letters, whose pinyin matches it as completion does (`fgw` → 市发改委).
 */
function unitMatcher(table: TaskTable, typed: string | undefined, pinyin: PinyinIndex): UnitMatcher {
	const spellings = new Map<string, { name: string; names: Set<string> }>();
	for (const row of table.rows) {
		if (row.kind === 'task') {
			for (const unit of [...row.lead, ...row.responsible, ...row.other]) {
				const known = spellings.get(unit.identity) ?? { name: unit.name, names: new Set<string>() };
				known.names.add(unit.name).add(unit.written);
				spellings.set(unit.identity, known);
			}
		}
	}
	let matched: Set<string> | undefined;
	if (typed !== undefined) {
		const exact = [...spellings].filter(([, unit]) => unit.names.has(typed)).map(([identity]) => identity);
		const matchesName = (name: string) => pinyin.matchesTyped(name, typed);
		matched = new Set(exact.length > 0 ? exact : [...spellings].filter(([, unit]) => [...unit.names].some(matchesName)).map(([identity]) => identity));
	}
	return {
		matches: (unit) => matched === undefined || matched.has(unit.identity),
		units(tasks, roles) {
			const counts = new Map<string, number>();
			for (const row of tasks) {
				const identities = new Set(roles.flatMap((role) => row[role].map((unit) => unit.identity)));
				identities.forEach((identity) => counts.set(identity, (counts.get(identity) ?? 0) + 1));
			}
			return table.unitOrder.filter((identity) => matched?.has(identity) && counts.has(identity)).map((identity) => ({ name: spellings.get(identity)!.name, tasks: counts.get(identity)! }));
		},
	};
}

/** Tasks in document order, each under the headings above it that have a task shown. */
function underHeadings(table: TaskTable, shown: ReadonlySet<TaskRow>, taskRow: (row: TaskRow) => ViewTaskRow, options: TableViewOptions): ViewRow[] {
	const rows: ViewRow[] = [];
	let open: Array<{ row: SectionRow; written: boolean }> = [];
	for (const row of table.rows) {
		if (row.kind === 'section') {
			open = [...open.filter((section) => section.row.depth < row.depth), { row, written: false }];
		} else if (shown.has(row)) {
			for (const section of open.filter((section) => !section.written)) {
				rows.push({ kind: 'section', depth: section.row.depth, heading: section.row.heading, range: options.rangeOf(section.row) });
				section.written = true;
			}
			rows.push(taskRow(row));
		}
	}
	return rows;
}

/**
 * Tasks sorted by a column; ties keep document order, and an empty cell sorts last either way
 * (a task with no deadline is not the most urgent one). Problems: the tasks with most first.
 */
function sortRows(rows: readonly TaskRow[], column: TableViewColumn, descending: boolean): TaskRow[] {
	const key = sortKey(column);
	// Chinese text in pinyin order (ICU's zh collation), numbers by value. Made per sort, not when
	// the module loads: the process's first one loads ICU's collation data (some 12 ms, then 0.1),
	// which every server's start paid before any table was sorted.
	const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
	const order = rows.map((row, index) => ({ row, index, key: key(row) }));
	order.sort((a, b) => {
		if (a.key === undefined || b.key === undefined) {
			return a.key === b.key ? a.index - b.index : a.key === undefined ? 1 : -1;
		}
		const compared = compareKeys(a.key, b.key, collator);
		return (descending ? -compared : compared) || a.index - b.index;
	});
	return order.map((entry) => entry.row);
}

/** Compared part by part: numbers by value, text in pinyin order. */
type SortKey = ReadonlyArray<string | number>;

function compareKeys(a: SortKey, b: SortKey, collator: Intl.Collator): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) {
		const [x, y] = [a[i], b[i]];
		const compared = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
		if (compared !== 0) {
			return compared;
		}
	}
	return a.length - b.length;
}

function sortKey(column: TableViewColumn): (row: TaskRow) => SortKey | undefined {
	const text = (value: string | undefined) => (value === undefined || value.length === 0 ? undefined : [value]);
	switch (column) {
		case 'number':
			return (row) => [row.notice, row.taskIndex];
		case 'task':
			return (row) => text(row.text);
		case 'lead':
		case 'responsible':
		case 'other':
			return (row) => text(row[column][0]?.name);
		case 'leader':
			return (row) => text(row.leaders[0]?.written);
		case 'deadline':
			// Dates first, earliest first; then deadlines that are not a date (持续推进), by their words.
			return (row) => (row.due ? [0, row.due] : row.deadlines.length > 0 ? [1, row.deadlines[0].written] : undefined);
		case 'problems':
			return (row) => (row.problems.length > 0 ? [-row.problems.length] : undefined);
	}
}
