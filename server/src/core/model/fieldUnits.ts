import type { FieldRole } from '../syntax/fieldLabels';
import type { Field, Task, UnitMention } from './types';

/** How many units the field names. */
export function unitCountOf(field: Field): number {
	return field.unitEnd - field.unitStart;
}

/** The units `field` of `task` names, in order: a new list (see Field.unitStart). */
export function unitsOfField(task: Task, field: Field): UnitMention[] {
	return task.units.slice(field.unitStart, field.unitEnd);
}

/** The field of `task` that names `unit`, if any. */
export function fieldOfUnit(task: Task, unit: UnitMention): Field | undefined {
	const at = task.units.indexOf(unit);
	if (at < 0) {
		return undefined;
	}
	for (let f = 0; f < task.fields.length; f++) {
		const field = task.fields[f];
		if (at >= field.unitStart && at < field.unitEnd) {
			return field;
		}
	}
	return undefined;
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
