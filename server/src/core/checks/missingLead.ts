import type { Rule } from './checkContext';

/** A task of a notice with no lead unit: no 牵头单位, and no first-listed unit under the convention. */
export const missingLead: Rule = ({ notice }) => {
	if (notice.kind !== 'notice') {
		return [];
	}
	return notice.tasks
		.filter((task) => !task.units.some((unit) => unit.role === 'lead') && (task.title.length > 0 || task.fields.length > 0))
		.map((task) => {
			const emptyLead = task.fields.find((field) => field.role === 'lead' && field.units.length === 0);
			const span = emptyLead ? emptyLead.labelSpan : { start: task.marker.span.start, end: Math.max(task.titleSpan.end, task.marker.span.end) };
			return { code: 'missing-lead', span, args: [String(task.marker.number)] };
		});
};
