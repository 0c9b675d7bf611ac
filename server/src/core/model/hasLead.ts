import type { Field, Task, UnitMention } from './types';

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

/** `牵头单位：` with nothing after it, or `无`: the lead is plainly missing, whatever else the task lists. */
export function emptyLeadField(task: Task): Field | undefined {
	// A loop, not find() with an arrow function (see hasLead): run for every task of a check.
	const fields = task.fields;
	for (let f = 0; f < fields.length; f++) {
		const field = fields[f];
		if (field.role === 'lead' && field.style !== 'trailing-parenthesis' && field.unitEnd === field.unitStart) {
			return field;
		}
	}
	return undefined;
}
