import type { Notice, Task } from '../model/types';
import type { Rule } from './checkContext';

/**
 * The tasks of a notice with no lead unit: no 牵头单位, and no first-listed unit under the convention
 * (an empty item is another finding). Undefined for a text that is not a notice with unit fields
 * (the 政府工作报告 itself), where no task is expected to name one.
 */
export function tasksWithoutLead(notice: Notice): Task[] | undefined {
	if (notice.kind !== 'notice') {
		return undefined;
	}
	return notice.tasks.filter((task) => !task.units.some((unit) => unit.role === 'lead') && (task.title.length > 0 || task.fields.length > 0));
}

/** A task of a notice with no lead unit: no 牵头单位, and no first-listed unit under the convention. */
export const missingLead: Rule = ({ notice }) => {
	return (tasksWithoutLead(notice) ?? [])
		.map((task) => {
			const emptyLead = task.fields.find((field) => field.role === 'lead' && field.units.length === 0);
			const span = emptyLead ? emptyLead.labelSpan : { start: task.marker.span.start, end: Math.max(task.titleSpan.end, task.marker.span.end) };
			return { code: 'missing-lead', span, args: [String(task.marker.number)] };
		});
};
