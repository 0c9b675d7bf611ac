import { mentionRule } from './checkContext';
import { spanOf } from '../model/spansOf';

/** A unit name broken by a line break (`各\n县(市)区政府`); it is read as one unit, and a quick fix joins it. */
export const brokenUnitName = mentionRule('brokenUnitName', (unit) => (unit.brokenAcrossLines ? { code: 'broken-unit-name', span: spanOf(unit), args: [unit.name] } : undefined));
