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

/**
 * Whether an inherited unit leads before the finish's lead rules: a heading's as read, and a group
 * line's in its field's role (`以上2项责任单位：市财政局`: the lead rules make its one unit the lead on the line's own
 * item, which a fresh read decides after the items above it, and a reading taken in part before or after them:
 * an item above naming its own single unit led by it in one and not in the other). Read by the lead rules and
 * by the finish deciding which taken tasks to decide again (tasksToFinish), so that both read the same.
 */
export function leadsAsRead(units: readonly UnitMention[]): boolean {
	for (let u = 0; u < units.length; u++) {
		if (units[u].role === 'lead' && roleAsRead(units[u]) === 'lead') {
			return true;
		}
	}
	return false;
}

/**
 * A lead's role before the lead rules: its field's when it is one of its task's (a group line's, inherited),
 * else its own. Found by its place, not its identity: a finish renewing the owner's mentions (see
 * renewMentions) leaves the inherited list holding the mentions it copied.
 */
function roleAsRead(unit: UnitMention): UnitMention['role'] {
	const fields = unit.task.fields;
	const units = unit.task.units;
	for (let f = 0; f < fields.length; f++) {
		for (let u = fields[f].unitStart; u < fields[f].unitEnd; u++) {
			if (units[u] === unit || (units[u].start === unit.start && units[u].end === unit.end)) {
				return fields[f].role === 'lead' ? 'lead' : 'responsible';
			}
		}
	}
	return unit.role;
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
