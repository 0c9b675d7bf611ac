import { NOTHING, type TaskRule } from './checkContext';
import { hasLead } from '../model/hasLead';
import { emptyLeadField } from './missingLead';
import type { UnitMention } from '../model/types';

/**
 * A task that lists units but designates none of them as lead, in a notice that declares no
 * first-listed convention: `（A、B、C负责）` (国办发〔2018〕129号), `责任单位：A、B`. The units are
 * there; who leads is not said. Softer than missing-lead; its quick fix writes the convention or a
 * 牵头单位 label. Not when every unit is a collective: `（国务院各部门分别负责，年内持续推进）` (国发〔2020〕6号),
 * `（各县（市、区）人民政府、市直各部门按职责分工负责）` say on purpose that each body answers for its own
 * part; there is no one among them to designate. Nor when the notice says its units share every task
 * alike (`均为落实目标任务的同责单位，无先后大小责任之分`, LeadConvention.shared).
 */
function allCollective(units: readonly UnitMention[]): boolean {
	for (let u = 0; u < units.length; u++) {
		if (!units[u].collective) {
			return false;
		}
	}
	return true;
}

export const leadNotDesignated: TaskRule = {
	name: 'leadNotDesignated',
	task: (task, { notice }) => {
		if (notice.kind !== 'notice' || task.units.length === 0 || hasLead(task) || emptyLeadField(task) !== undefined || notice.convention?.shared === true || allCollective(task.units)) {
			return NOTHING;
		}
		// The units are underlined, with their label: they are there, who leads among them is not said.
		const field = task.fields.find((candidate) => candidate.unitEnd > candidate.unitStart)!;
		const first = task.units[field.unitStart];
		const start = field.label.length > 0 && field.labelStart < first.start ? field.labelStart : first.start;
		return [{ code: 'lead-not-designated', span: { start, end: task.units[field.unitEnd - 1].end }, args: [String(task.marker.number)] }];
	},
};
