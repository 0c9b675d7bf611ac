import { NOTHING, type TaskRule } from './checkContext';
import { spanOf } from '../model/spansOf';

/** A numbered item with no text and no fields (`5.` alone on a line). */
export const emptyTask: TaskRule = {
	name: 'emptyTask',
	task: (task) => (task.title.length === 0 && task.text.trim().length === 0 && task.fields.length === 0 ? [{ code: 'empty-task', span: spanOf(task.marker), args: [String(task.marker.number)] }] : NOTHING),
};
