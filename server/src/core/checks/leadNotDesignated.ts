import { NOTHING, type TaskRule } from './checkContext';
import { hasLead } from '../model/hasLead';
import { emptyLeadField } from './missingLead';

/**
 * A task that lists units but designates none of them as lead, in a notice that declares no
 * first-listed convention: `（A、B、C负责）` (国办发〔2018〕129号), `责任单位：A、B`. The units are
 * there; who leads is not said. Softer than missing-lead; its quick fix writes the convention or a
 * 牵头单位 label.
 */
export const leadNotDesignated: TaskRule = {
	name: 'leadNotDesignated',
	task: (task, { notice }) => {
		if (notice.kind !== 'notice' || task.units.length === 0 || hasLead(task) || emptyLeadField(task) !== undefined) {
			return NOTHING;
		}
		// The units are underlined, with their label: they are there, who leads among them is not said.
		const field = task.fields.find((candidate) => candidate.unitEnd > candidate.unitStart)!;
		const first = task.units[field.unitStart];
		const start = field.label.length > 0 && field.labelStart < first.start ? field.labelStart : first.start;
		return [{ code: 'lead-not-designated', span: { start, end: task.units[field.unitEnd - 1].end }, args: [String(task.marker.number)] }];
	},
};
