import { mentionRule, withRegistry } from './checkContext';
import { spanOf } from '../model/spansOf';

/**
 * A unit the registry records as renamed (`市经信局 -> 市工信局`) by the notice's year: a 2022
 * notice's 人民银行江州市中心支行 was right until the 人民银行 renamed it in 2023, however the
 * registry reads today (see renameApplies for the year of a rename).
 */
export const renamedUnit = mentionRule('renamedUnit', (unit, { directory, year }) => {
	if (!directory || directory.isEmpty) {
		return undefined;
	}
	const resolution = directory.resolve(unit.name, unit.key);
	if (!resolution?.unit.successor) {
		return undefined;
	}
	const current = directory.current(resolution.unit, year);
	// Renames that lead back to the unit (`县科技局 -> 县科学技术局`, `县科学技术局 -> 县科技局`) name no successor: registry-rename-cycle says so in the registry, not "县科技局 has been renamed 县科技局" here.
	if (current === resolution.unit) {
		return undefined;
	}
	return { code: 'renamed-unit', span: spanOf(unit), args: [unit.name, current.canonical], suggestions: [current.canonical] };
}, withRegistry);
