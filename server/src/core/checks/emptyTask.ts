import type { Rule } from './checkContext';

/** A numbered item with no text and no fields (`5.` alone on a line). */
export const emptyTask: Rule = ({ notice }) =>
	notice.tasks
		.filter((task) => task.title.length === 0 && task.text.trim().length === 0 && task.fields.length === 0)
		.map((task) => ({ code: 'empty-task', span: task.marker.span, args: [String(task.marker.number)] }));
