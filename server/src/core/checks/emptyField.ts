import { isUnitRole } from '../syntax/fieldLabels';
import type { TaskRule } from './checkContext';

/** `责任单位：` with nothing after it. An empty 牵头单位 is reported as missing-lead instead. */
export const emptyField: TaskRule = {
	name: 'emptyField',
	task: (task) =>
		task.fields
			.filter((field) => isUnitRole(field.role) && field.role !== 'lead' && field.style !== 'trailing-parenthesis' && field.units.length === 0)
			.map((field) => ({ code: 'empty-field' as const, span: field.labelSpan, args: [field.label] })),
};
