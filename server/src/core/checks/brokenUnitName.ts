import { NOTHING, type TaskRule } from './checkContext';
import type { RuleFinding } from './finding';
import type { UnitMention } from '../model/types';
import { emptyList } from '../text/objectLists';
import { spanOf } from '../model/spansOf';

/**
 * A unit name broken by a line break (`各\n县(市)区政府`); it is read as one unit, and a quick fix joins it.
 * A mention rule (see mentionRule) with its test written in its loop: every mention of a notice is
 * tested, nearly always for nothing, and a new server's first check made a call of each (3,416 of the
 * benchmark's 200 KB notice) in V8's first tiers.
 */
export const brokenUnitName: TaskRule = {
	name: 'brokenUnitName',
	task: (task) => brokenIn(task.units),
	headingUnits: (units) => brokenIn(units),
};

function brokenIn(units: readonly UnitMention[]): RuleFinding[] {
	let found: RuleFinding[] | undefined;
	for (let u = 0; u < units.length; u++) {
		const unit = units[u];
		if (unit.brokenAcrossLines) {
			// Not `[]`: see mentionRule.
			(found ??= emptyList()).push({ code: 'broken-unit-name', span: spanOf(unit), args: [unit.name] });
		}
	}
	return found ?? NOTHING;
}
