import { message } from '../messages/message';
import type { UnitMention } from '../model/types';
import type { Rule } from './checkContext';

/** The same unit twice in one task (in one list, or as lead and again as responsible). */
export const duplicateUnit: Rule = ({ notice }) =>
	notice.tasks.flatMap((task) => {
		const first = new Map<string, UnitMention>();
		const found = [];
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
			found.push({
				code: 'duplicate-unit' as const,
				span: unit.span,
				args: [unit.name],
				related: [{ span: earlier.span, message: message('related.unit-first-listed', unit.name) }],
			});
		}
		return found;
	});
