import type { NumberingScope } from '../model/numberingScopes';
import type { Notice } from '../model/types';
import type { UnitCatalog } from '../units/catalog';
import type { UnitDirectory } from '../units/unitDirectory';
import type { RuleFinding } from './finding';

export interface CheckContext {
	notice: Notice;
	catalog: UnitCatalog;
	/** The registries that apply to the notice; undefined when none is configured. */
	directory: UnitDirectory | undefined;
	/** The notice's numbered lists, computed once for the rules that need them. */
	numbering(): NumberingScope[];
}

export type Rule = (context: CheckContext) => RuleFinding[];
