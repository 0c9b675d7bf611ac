import { mentionRule } from './checkContext';
import { spanOf } from '../model/spansOf';

/** A unit the registry does not know (directly, by alias, or as another name of the same body in the catalog). */
export const unknownUnit = mentionRule('unknownUnit', (unit, { directory }) =>
	!directory || directory.isEmpty || unit.collective || directory.resolve(unit.name, unit.key) ? undefined : { code: 'unknown-unit', span: spanOf(unit), args: [unit.name], suggestions: directory.suggest(unit.name) },
);
