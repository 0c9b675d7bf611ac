import { message } from '../messages/message';
import type { Field, UnitMention } from '../model/types';
import { NOTHING, type TaskRule } from './checkContext';
import type { RuleFinding } from './finding';

/**
 * The same unit twice in one task (in one list, or as lead and again as responsible). Not across
 * two worded parentheses: each closes its own sentences (`…（市场监管总局负责）…（体育总局、教育部
 * 负责）…（体育总局、网信办…负责）`, 国办发〔2018〕121号), so a unit may rightly stand in both.
 */
/** The field of each mention of a task: built at the task's first repeat (most tasks have none), once. */
function fieldsOf(fields: readonly Field[]): Map<UnitMention, Field> {
	const map = new Map<UnitMention, Field>();
	for (const field of fields) {
		for (const unit of field.units) {
			map.set(unit, field);
		}
	}
	return map;
}

export const duplicateUnit: TaskRule = {
	name: 'duplicateUnit',
	task: (task) => {
		const first = new Map<string, UnitMention>();
		let fieldOf: Map<UnitMention, Field> | undefined;
		let worded: boolean | undefined;
		let found: RuleFinding[] | undefined;
		for (const unit of task.units) {
			const earlier = first.get(unit.key);
			if (!earlier) {
				first.set(unit.key, unit);
				continue;
			}
			// One unit with two scopes (市发改委(项目建设)、发改委(招商)) is a split of duties, not a repeat.
			if (earlier.qualifier && unit.qualifier) {
				continue;
			}
			if (worded === undefined) {
				worded = task.fields.some((field) => field.style === 'trailing-parenthesis');
			}
			if (worded) {
				fieldOf ??= fieldsOf(task.fields);
				const field = fieldOf.get(unit);
				const earlierField = fieldOf.get(earlier);
				if (field !== earlierField && field?.style === 'trailing-parenthesis' && earlierField?.style === 'trailing-parenthesis') {
					continue;
				}
			}
			(found ??= []).push({
				code: 'duplicate-unit' as const,
				span: unit.span,
				args: [unit.name],
				related: [{ span: earlier.span, message: message('related.unit-first-listed', unit.name) }],
			});
		}
		return found ?? NOTHING;
	},
};
