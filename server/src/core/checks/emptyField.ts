import { isUnitRole } from '../syntax/fieldLabels';
import { NOTHING, type TaskRule } from './checkContext';
import type { RuleFinding } from './finding';
import { labelSpanOf } from '../model/spansOf';
import { saysNoUnit } from '../units/saysNoUnit';

/**
 * `责任单位：` with nothing after it. An empty 牵头单位 is reported as missing-lead instead; a value that
 * says the task has none (`配合单位：无`, a table's `/`: see saysNoUnit) was written, not left empty.
 */
export const emptyField: TaskRule = {
	name: 'emptyField',
	task: (task, context) => {
		let found: RuleFinding[] | undefined;
		// Indexed: a notice's first check runs here in the interpreter, where each step of an iterator is an object.
		for (let f = 0; f < task.fields.length; f++) {
			const field = task.fields[f];
			if (isUnitRole(field.role) && field.role !== 'lead' && field.style !== 'trailing-parenthesis' && field.unitEnd === field.unitStart && !saysNoUnit(context.notice.text.slice(field.valueStart, field.valueEnd))) {
				(found ??= []).push({ code: 'empty-field', span: labelSpanOf(field), args: [field.label] });
			}
		}
		return found ?? NOTHING;
	},
};
