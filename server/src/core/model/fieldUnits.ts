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
