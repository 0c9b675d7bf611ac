import type { Rule } from './checkContext';

/** A unit the registry does not know (directly, by alias, or as another name of the same body in the catalog). */
export const unknownUnit: Rule = ({ notice, directory }) => {
	if (!directory || directory.isEmpty) {
		return [];
	}
	return notice.units
		.filter((unit) => !unit.collective && !directory.resolve(unit.name, unit.key))
		.map((unit) => ({ code: 'unknown-unit', span: unit.span, args: [unit.name], suggestions: directory.suggest(unit.name) }));
};
