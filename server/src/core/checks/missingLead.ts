import type { Notice, Task } from '../model/types';
import { writtenNumber } from '../model/numberingScopes';
import { NOTHING, type TaskRule } from './checkContext';
import { labelSpanOf } from '../model/spansOf';
import { emptyLeadField, hasLead } from '../model/hasLead';

/**
 * The tasks of a notice that no unit leads, whether they list units (lead-not-designated) or not
 * (missing-lead); an empty item is another finding. Undefined where no task is expected to name a
 * lead: a text with no unit fields (the 政府工作报告 itself), a notice whose units are in an attachment.
 */
export function tasksWithoutLead(notice: Notice): Task[] | undefined {
	if (notice.kind !== 'notice' || notice.unitsNotInText) {
		return undefined;
	}
	return notice.tasks.filter((task) => !hasLead(task) && (task.title.length > 0 || task.fields.length > 0));
}

/**
 * A task of a notice that designates no lead by any way: no 牵头单位 field, no worded lead (`X牵头`,
 * `X会同Y负责`), no heading naming one, no first-listed convention, not a single unit. A task that
 * lists units without a lead is lead-not-designated instead; a notice whose units are not in the
 * text (an attachment holds them) gets units-not-in-text once, not this on every task.
 */
export const missingLead: TaskRule = {
	name: 'missingLead',
	task: (task, { notice }) => {
		// A task naming none that takes units naming no lead from a group line (`以上2项责任单位：A、B`) lists
		// units: lead-not-designated, as the line's own task is told.
		if (notice.kind !== 'notice' || notice.unitsNotInText || hasLead(task) || !((task.units.length === 0 && task.inheritedUnits.length === 0) || emptyLeadField(task) !== undefined) || !(task.title.length > 0 || task.fields.length > 0)) {
			return NOTHING;
		}
		const emptyLead = emptyLeadField(task);
		const span = emptyLead ? labelSpanOf(emptyLead) : { start: task.marker.start, end: Math.max(task.titleEnd, task.marker.end) };
		return [{ code: 'missing-lead', span, args: [writtenNumber(notice.text, task, task.marker.number)] }];
	},
};
