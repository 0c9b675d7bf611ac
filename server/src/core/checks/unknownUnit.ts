import { mentionRule, withRegistry } from './checkContext';
import type { RuleFinding } from './finding';
import type { UnitDirectory } from '../units/unitDirectory';
import type { UnitMention } from '../model/types';
import { spanOf } from '../model/spansOf';

/**
 * A unit the registry does not know (directly, by alias, or as another name of the same body in the catalog).
 * The finding is made by a function of its own: closures here would make V8 allocate a context at
 * every call, for every mention of the notice (1.7 MB of a fresh 2 MB read's 18, with no registry).
 */
export const unknownUnit = mentionRule('unknownUnit', (unit, context) => {
	const directory = context.directory;
	// A unit of a level no registry lists (a district notice's 区财政局 under the city's registry only) is not judged by them.
	if (!directory || directory.isEmpty || unit.collective || directory.resolve(unit.name, unit.key) || !directory.judges(unit.key)) {
		return undefined;
	}
	return unknownUnitFinding(unit, directory);
}, withRegistry);

function unknownUnitFinding(unit: UnitMention, directory: UnitDirectory): RuleFinding {
	// Not a unit the task lists already (`市财正局、市财政局`: 市财政局 would be there twice).
	const listed = new Set(unit.task.units.flatMap((other) => (other === unit ? [] : [directory.resolve(other.name, other.key)?.unit])));
	const suggestions = directory.suggest(unit.name).filter((name) => !listed.has(directory.resolve(name)?.unit));
	return { code: 'unknown-unit', span: spanOf(unit), args: [unit.name], suggestions };
}
