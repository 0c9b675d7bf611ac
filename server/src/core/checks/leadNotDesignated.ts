import { NOTHING, type TaskRule } from './checkContext';
import { writtenNumber } from '../model/numberingScopes';
import { emptyLeadField, hasLead } from '../model/hasLead';
import type { Notice, Task, UnitMention } from '../model/types';
import type { RuleFinding } from './finding';
import type { NoticeText } from '../text/noticeText';
import { foldVocabulary } from '../text/vocabularyFold';

/**
 * A task that lists units but designates none of them as lead, in a notice that declares no
 * first-listed convention: `（A、B、C负责）` (国办发〔2018〕129号), `责任单位：A、B`. The units are
 * there; who leads is not said. Softer than missing-lead; its quick fix writes the convention or a
 * 牵头单位 label. Not when every unit is a collective: `（国务院各部门分别负责，年内持续推进）` (国发〔2020〕6号),
 * `（各县（市、区）人民政府、市直各部门按职责分工负责）` say on purpose that each body answers for its own
 * part; there is no one among them to designate. Nor when the notice says its units share every task
 * alike (`均为落实目标任务的同责单位，无先后大小责任之分`, LeadConvention.shared), or a list says each
 * answers by its duties (`（发展改革委、财政部、人民银行按职责分工负责）`, the State Council's wording).
 */
function allCollective(units: readonly UnitMention[]): boolean {
	for (let u = 0; u < units.length; u++) {
		if (!units[u].collective) {
			return false;
		}
	}
	return true;
}

/** The verbs after a list that say each unit answers for its own part (`（发展改革委、财政部按职责分工负责）`), read folded (`…按職責分工負責`). */
const BY_DUTIES = /^[\s\u3000]*等?(?:按职责分工负责|按职责分工落实|按职责负责|分工负责|分别负责|各自负责|按照职责分工负责)/;

/** Whether every unit list of the task ends with such a verb: its units share it on purpose, none is to lead. */
function eachByItsDuties(text: NoticeText, task: Task): boolean {
	let lists = 0;
	for (const field of task.fields) {
		if (field.unitEnd > field.unitStart) {
			const last = task.units[field.unitEnd - 1];
			if (!BY_DUTIES.test(foldVocabulary(text.slice(last.end, Math.min(text.length, last.end + 12))))) {
				return false;
			}
			lists++;
		}
	}
	return lists > 0;
}

export const leadNotDesignated: TaskRule = {
	name: 'leadNotDesignated',
	task: (task, { notice }) => {
		if (task.units.length === 0) {
			return inheritedWithoutLead(task, notice);
		}
		if (notice.kind !== 'notice' || hasLead(task) || emptyLeadField(task) !== undefined || notice.convention?.shared === true || allCollective(task.units) || eachByItsDuties(notice.text, task)) {
			return NOTHING;
		}
		// The units are underlined, with their label: they are there, who leads among them is not said.
		const field = task.fields.find((candidate) => candidate.unitEnd > candidate.unitStart)!;
		const first = task.units[field.unitStart];
		const start = field.label.length > 0 && field.labelStart < first.start ? field.labelStart : first.start;
		return [{ code: 'lead-not-designated', span: { start, end: task.units[field.unitEnd - 1].end }, args: [writtenNumber(notice.text, task, task.marker.number)] }];
	},
};

/**
 * A task naming no unit of its own that takes units naming no lead (`1.…` / `2.…` / `以上2项责任单位：县住建局、
 * 县财政局`): it lists them as the line's own task does, told at its title, where missing-lead would stand.
 */
function inheritedWithoutLead(task: Task, notice: Notice): RuleFinding[] {
	if (notice.kind !== 'notice' || task.inheritedUnits.length === 0 || hasLead(task) || notice.convention?.shared === true || allCollective(task.inheritedUnits) || !(task.title.length > 0 || task.fields.length > 0)) {
		return NOTHING;
	}
	return [{ code: 'lead-not-designated', span: { start: task.marker.start, end: Math.max(task.titleEnd, task.marker.end) }, args: [writtenNumber(notice.text, task, task.marker.number)] }];
}
