import { roleWord } from '../messages/roles';
import type { DeadlineKind } from '../model/deadlines';
import type { UnitRole } from '../syntax/fieldLabels';
import type { TableUnit, TaskRow, TaskTable } from './taskTable';
import type { UnitList } from './unitLists';

/** A column of an exported table: its header, its width, and its text for a row. */
export interface Column<Entry> {
	header: string;
	/** Width in spreadsheet character units; a Chinese character takes about two. */
	width: number;
	value(entry: Entry): string;
}

/** One task in one unit's list, with the part the unit plays in it. */
export interface UnitEntry {
	list: UnitList;
	role: UnitRole;
	row: TaskRow;
}

/**
 * `sheet`: for a printed workbook, where headings are rows of their own (sections, units) and the
 * 通知 column appears only when there are several notices. `flat`: for CSV, one self-contained
 * line per task (or per unit and task), with 通知, 章节 and 单位 on every line, for filters and pivots.
 */
export type TableLayout = 'sheet' | 'flat';

/** The role words of the one vocabulary; an exported table is a Chinese document whatever the locale. */
export const ROLE_NAMES: Record<UnitRole, string> = { lead: roleWord('lead', 'zh-cn'), responsible: roleWord('responsible', 'zh-cn'), other: roleWord('other', 'zh-cn') };

const KIND_NAMES: Record<DeadlineKind, string> = { date: '', ongoing: '持续', periodic: '定期', unknown: '' };

const names = (units: readonly TableUnit[]) => units.map((unit) => unit.name).join('、');

/** The columns shared by both tables, for the task of a row. */
function taskFacts(): Array<Column<TaskRow>> {
	return [
		{ header: '牵头单位', width: 16, value: (row) => names(row.lead) },
		{ header: '责任单位', width: 22, value: (row) => names(row.responsible) },
		{ header: '配合单位', width: 18, value: (row) => names(row.other) },
		{ header: '责任领导', width: 12, value: (row) => row.leaders.map((leader) => leader.written).join('、') },
		{ header: '完成时限', width: 14, value: (row) => row.deadlineText ?? row.deadlines.map((deadline) => deadline.written).join('；') },
		{ header: '时限日期', width: 12, value: (row) => row.deadlines.map((deadline) => deadline.date ?? KIND_NAMES[deadline.kind]).filter((text) => text.length > 0).join('；') },
		{ header: '问题', width: 24, value: (row) => row.problems.map((problem) => problem.message).join('\n') },
	];
}

/**
 * For the 督查 office to fill in at each follow-up: blank, or what the notice itself wrote about the
 * task when it is a progress list (`实际完成情况：已完成`), which the office then brings up to date.
 */
const PROGRESS: Column<TaskRow> = { header: '进展情况', width: 24, value: (row) => row.progress ?? '' };

export function taskColumns(table: TaskTable, layout: TableLayout): Array<Column<TaskRow>> {
	const columns: Array<Column<TaskRow>> = [];
	if (layout === 'flat' || table.notices.length > 1) {
		columns.push({ header: '通知', width: 16, value: (row) => table.notices[row.notice].name });
	}
	if (layout === 'flat') {
		columns.push({ header: '章节', width: 20, value: (row) => row.sectionPath.join(' / ') });
	}
	columns.push({ header: '序号', width: 8, value: (row) => (layout === 'flat' ? row.number : row.reference) }, { header: '任务', width: 56, value: (row) => row.text }, ...taskFacts(), PROGRESS);
	return columns;
}

export function unitColumns(table: TaskTable, layout: TableLayout): Array<Column<UnitEntry>> {
	const onTask = (column: Column<TaskRow>): Column<UnitEntry> => ({ header: column.header, width: column.width, value: (entry) => column.value(entry.row) });
	const columns: Array<Column<UnitEntry>> = [];
	if (layout === 'flat') {
		columns.push({ header: '单位', width: 18, value: (entry) => entry.list.name });
	}
	columns.push({ header: '职责', width: 6, value: (entry) => ROLE_NAMES[entry.role] });
	if (layout === 'flat' || table.notices.length > 1) {
		columns.push({ header: '通知', width: 16, value: (entry) => table.notices[entry.row.notice].name });
	}
	if (layout === 'flat') {
		columns.push({ header: '章节', width: 20, value: (entry) => entry.row.sectionPath.join(' / ') });
	}
	columns.push({ header: '序号', width: 8, value: (entry) => (layout === 'flat' ? entry.row.number : entry.row.reference) }, { header: '任务', width: 56, value: (entry) => entry.row.text });
	// In a printed list the unit is the heading; who leads matters to a unit that only shares a task.
	const facts = taskFacts().filter((column) => layout === 'flat' || (column.header !== '责任单位' && column.header !== '配合单位'));
	columns.push(...facts.map(onTask), onTask(PROGRESS));
	return columns;
}

/** Every task of every list, in list order: lead, then responsible, then cooperating. */
export function unitEntries(lists: readonly UnitList[]): UnitEntry[] {
	return lists.flatMap((list) => (['lead', 'responsible', 'other'] as const).flatMap((role) => list[role].map((row) => ({ list, role, row }))));
}
