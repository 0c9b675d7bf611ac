import type { FieldRole } from '../syntax/fieldLabels';
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

/** The task's units in fields of `role`, in order: the role their labels say, before any convention (a mention's `role` is after it). */
export function unitsOfFields(task: Task, role: FieldRole): UnitMention[] {
	const units: UnitMention[] = [];
	for (let f = 0; f < task.fields.length; f++) {
		const field = task.fields[f];
		if (field.role === role) {
			for (let u = field.unitStart; u < field.unitEnd; u++) {
				units.push(task.units[u]);
			}
		}
	}
	return units;
}

/** A field of `role` names units in the task. */
export function hasUnitsOfFields(task: Task, role: FieldRole): boolean {
	for (let f = 0; f < task.fields.length; f++) {
		if (task.fields[f].role === role && task.fields[f].unitEnd > task.fields[f].unitStart) {
			return true;
		}
	}
	return false;
}
