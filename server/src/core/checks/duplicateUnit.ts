import { message } from '../messages/message';
import type { Field, Task, UnitMention } from '../model/types';
import { NOTHING, type TaskRule } from './checkContext';
import type { RuleFinding } from './finding';
import { spanOf } from '../model/spansOf';

/**
 * The same unit twice in one task (in one list, or as lead and again as responsible). Not across
 * two worded parentheses: each closes its own sentences (`…（市场监管总局负责）…（体育总局、教育部
 * 负责）…（体育总局、网信办…负责）`, 国办发〔2018〕121号), so a unit may rightly stand in both. Nor
 * across two cells of one column: where a frame closes a unit cell halfway down a task's row and
 * opens another, each names the units of the items beside it (`△加强财政监督…` beside `…市财政局、教育局`).
 */
/** The field of each mention of a task: built at the task's first repeat (most tasks have none), once. */
function fieldsOf(task: Task): Map<UnitMention, Field> {
	const map = new Map<UnitMention, Field>();
	for (const field of task.fields) {
		for (let u = field.unitStart; u < field.unitEnd; u++) {
			map.set(task.units[u], field);
		}
	}
	return map;
}

const FEW_UNITS = 16;

/** The first of `units` before `end` with `key`. */
function firstWithKey(units: readonly UnitMention[], end: number, key: string): UnitMention | undefined {
	for (let j = 0; j < end; j++) {
		if (units[j].key === key) {
			return units[j];
		}
	}
	return undefined;
}

/** Two lists of one task that each name the units of their own part of it. */
function closesOwnItems(a: Field, b: Field): boolean {
	return (a.style === 'trailing-parenthesis' && b.style === 'trailing-parenthesis') || (a.style === 'cell' && b.style === 'cell' && a.label === b.label && a.role === b.role);
}

export const duplicateUnit: TaskRule = {
	name: 'duplicateUnit',
	task: (task) => {
		const units = task.units;
		// A task names two to five units: they are compared with those before them, without a map per task (a 2 MB notice has nine thousand tasks); a long list gets one.
		const first = units.length > FEW_UNITS ? new Map<string, UnitMention>() : undefined;
		let fieldOf: Map<UnitMention, Field> | undefined;
		let worded: boolean | undefined;
		let found: RuleFinding[] | undefined;
		for (let i = 0; i < units.length; i++) {
			const unit = units[i];
			const earlier = first === undefined ? firstWithKey(units, i, unit.key) : first.get(unit.key);
			if (!earlier) {
				first?.set(unit.key, unit);
				continue;
			}
			// One unit with two scopes (市发改委(项目建设)、发改委(招商)) is a split of duties, not a repeat.
			if (earlier.qualifier && unit.qualifier) {
				continue;
			}
			// `牵头单位：市发改委（粮食局）；责任单位：市发改委`: the office leads under its other plate (an office
			// with two plates, units-catalog.md: 市委统战部 "may carry the 市民族宗教事务局 … plates") and helps
			// under its own, as 市民宗局 leading and 市委统战部 helping is no repeat.
			if (earlier.qualifier?.kind === 'alias' || unit.qualifier?.kind === 'alias') {
				continue;
			}
			if (worded === undefined) {
				worded = task.fields.some((field) => field.style === 'trailing-parenthesis' || field.style === 'cell');
			}
			if (worded) {
				fieldOf ??= fieldsOf(task);
				const field = fieldOf.get(unit);
				const earlierField = fieldOf.get(earlier);
				if (field && earlierField && field !== earlierField && closesOwnItems(field, earlierField)) {
					continue;
				}
			}
			(found ??= []).push({
				code: 'duplicate-unit' as const,
				span: spanOf(unit),
				args: [unit.name],
				related: [{ span: spanOf(earlier), message: message('related.unit-first-listed', unit.name) }],
			});
		}
		return found ?? NOTHING;
	},
};
