import { mentionRule } from './checkContext';
import { spanOf } from '../model/spansOf';

/** A unit the registry records as renamed (`市经信局 -> 市工信局`). */
export const renamedUnit = mentionRule('renamedUnit', (unit, { directory }) => {
	if (!directory || directory.isEmpty) {
		return undefined;
	}
	const resolution = directory.resolve(unit.name, unit.key);
	if (!resolution?.unit.successor) {
		return undefined;
	}
	const current = directory.current(resolution.unit);
	// Renames that lead back to the unit (`县科技局 -> 县科学技术局`, `县科学技术局 -> 县科技局`) name no successor: registry-rename-cycle says so in the registry, not "县科技局 has been renamed 县科技局" here.
	if (current === resolution.unit) {
		return undefined;
	}
	return { code: 'renamed-unit', span: spanOf(unit), args: [unit.name, current.canonical], suggestions: [current.canonical] };
});
