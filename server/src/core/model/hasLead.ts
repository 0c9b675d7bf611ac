import type { Task, UnitMention } from './types';

/**
 * A unit leads the task: one of its own, or one a heading above it names (inheritedUnits). Loops,
 * not some() with an arrow function: run for every task by the lead rules and two checks, and a
 * notice's first reading runs in the interpreter, which makes the function anew at every call.
 */
export function hasLead(task: Task): boolean {
	return anyLeads(task.units) || anyLeads(task.inheritedUnits);
}

function anyLeads(units: readonly UnitMention[]): boolean {
	for (let u = 0; u < units.length; u++) {
		if (units[u].role === 'lead') {
			return true;
		}
	}
	return false;
}
