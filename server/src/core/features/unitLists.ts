import { ROLE_ORDER } from '../messages/roles';
import { ROLE_RANK, type UnitRole } from '../syntax/fieldLabels';
import type { TableUnit, TaskRow, TaskTable } from './taskTable';
import { distinctNames } from './unitIdentity';

/** 一单位一清单: one unit's tasks, by the part it plays in them. */
export interface UnitList {
	identity: string;
	name: string;
	registered: boolean;
	collective: boolean;
	/** Other spellings of the unit the notices use (aliases, old names), merged into this list. */
	spellings: string[];
	lead: TaskRow[];
	responsible: TaskRow[];
	other: TaskRow[];
	total: number;
}

/** `registry`: in the registry's order, units it does not list after, as they first appear; `count`: most tasks first. */
export type UnitOrder = 'registry' | 'count';

export { ROLE_ORDER };

/**
 * One list per unit: the tasks it leads, then those it is responsible for, then those it cooperates
 * on. A unit named twice in one task (as lead and again as responsible) counts once, in its leading part.
 */
export function unitLists(table: TaskTable, order: UnitOrder = 'registry'): UnitList[] {
	const lists = new Map<string, UnitList>();
	const roleInTask = new Map<string, UnitRole>();
	const tasks = table.rows.filter((row): row is TaskRow => row.kind === 'task');
	for (const row of tasks) {
		roleInTask.clear();
		const named = new Map<string, TableUnit>();
		for (const role of ROLE_ORDER) {
			for (const unit of row[role]) {
				const known = roleInTask.get(unit.identity);
				if (known === undefined || ROLE_RANK[role] < ROLE_RANK[known]) {
					roleInTask.set(unit.identity, role);
				}
				named.set(unit.identity, unit);
				const list = listOf(lists, unit);
				if (unit.written !== unit.name && !list.spellings.includes(unit.written)) {
					list.spellings.push(unit.written);
				}
			}
		}
		for (const [identity, role] of roleInTask) {
			const list = listOf(lists, named.get(identity)!);
			list[role].push(row);
			list.total++;
		}
	}
	// Two counties' 县财政局 are two lists: each named with its county (`县财政局（清河县）`).
	const names = distinctNames(lists.values());
	for (const list of lists.values()) {
		list.name = names.get(list.identity) ?? list.name;
	}
	const position = new Map(table.unitOrder.map((identity, index) => [identity, index]));
	const byRegistry = (a: UnitList, b: UnitList) => (position.get(a.identity) ?? Infinity) - (position.get(b.identity) ?? Infinity);
	const result = [...lists.values()];
	return order === 'count' ? result.sort((a, b) => b.total - a.total || b.lead.length - a.lead.length || byRegistry(a, b)) : result.sort(byRegistry);
}

function listOf(lists: Map<string, UnitList>, unit: TableUnit): UnitList {
	let list = lists.get(unit.identity);
	if (!list) {
		list = { identity: unit.identity, name: unit.name, registered: unit.registered, collective: unit.collective, spellings: [], lead: [], responsible: [], other: [], total: 0 };
		lists.set(unit.identity, list);
	}
	return list;
}
