import { NOTHING, type TaskRule } from './checkContext';
import { writtenNumber } from '../model/numberingScopes';
import { spanOf } from '../model/spansOf';

/** A numbered item with no text and no fields (`5.` alone on a line). */
export const emptyTask: TaskRule = {
	name: 'emptyTask',
	task: (task, { notice }) => (task.title.length === 0 && task.text.trim().length === 0 && task.fields.length === 0 ? [{ code: 'empty-task', span: spanOf(task.marker), args: [writtenNumber(notice.text, task, task.marker.number)] }] : NOTHING),
};
