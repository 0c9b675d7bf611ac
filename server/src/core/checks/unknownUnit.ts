import { mentionRule } from './checkContext';
import { spanOf } from '../model/spansOf';

/** A unit the registry does not know (directly, by alias, or as another name of the same body in the catalog). */
export const unknownUnit = mentionRule('unknownUnit', (unit, { directory }) => {
	if (!directory || directory.isEmpty || unit.collective || directory.resolve(unit.name, unit.key)) {
		return undefined;
	}
	// Not a unit the task lists already (`市财正局、市财政局`: 市财政局 would be there twice).
	const listed = new Set(unit.task.units.flatMap((other) => (other === unit ? [] : [directory.resolve(other.name, other.key)?.unit])));
	const suggestions = directory.suggest(unit.name).filter((name) => !listed.has(directory.resolve(name)?.unit));
	return { code: 'unknown-unit', span: spanOf(unit), args: [unit.name], suggestions };
});
