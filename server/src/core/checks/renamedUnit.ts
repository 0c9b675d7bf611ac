import type { Rule } from './checkContext';

/** A unit the registry records as renamed (`市经信局 -> 市工信局`). */
export const renamedUnit: Rule = ({ notice, directory }) => {
	if (!directory || directory.isEmpty) {
		return [];
	}
	return notice.units.flatMap((unit) => {
		const resolution = directory.resolve(unit.name, unit.key);
		if (!resolution?.unit.successor) {
			return [];
		}
		const current = directory.current(resolution.unit);
		return [{ code: 'renamed-unit' as const, span: unit.span, args: [unit.name, current.canonical], suggestions: [current.canonical] }];
	});
};
