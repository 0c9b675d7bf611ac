import type { NumberingProblem, NumberingScope } from '../model/numberingScopes';
import type { Notice, Task, UnitMention } from '../model/types';
import type { UnitCatalog } from '../units/catalog';
import type { UnitDirectory } from '../units/unitDirectory';
import type { RuleFinding } from './finding';
import type { SpellingIdentities } from './spellingIdentities';
import { emptyList } from '../text/objectLists';

export interface CheckContext {
	notice: Notice;
	catalog: UnitCatalog;
	/** The registries that apply to the notice; undefined when none is configured. */
	directory: UnitDirectory | undefined;
	/** The notice's numbered lists, computed once for the rules that need them. */
	numbering(): NumberingScope[];
	/** The problems of every numbered list, in list order, found once for the rules that report them (duplicates, gaps). */
	numberingProblems(): readonly NumberingProblem[];
	/** The notice's year (see noticeYear), read when a registry applies: a rename made after it does not hold the notice (renamed-unit). */
	year: number | undefined;
	/** The identities of spellings found by the checks before (an open notice's); undefined: found afresh. */
	spellings?: SpellingIdentities;
}

/** A rule over the notice as a whole (numbering, variants, the declared count). */
export type Rule = (context: CheckContext) => RuleFinding[];

/**
 * A local rule: what it finds in a task reads that task alone — its fields, its mentions' names,
 * keys and roles, whether a heading gives it a lead — and of the notice only its kind, whether its
 * units are in the text and the registries. It runs per task, and a task an edit did not read
 * again keeps its findings (see KeptTaskFindings).
 */
export interface TaskRule {
	readonly name: string;
	task(task: Task, context: CheckContext): RuleFinding[];
	/** Findings on the units a heading names (`（一）省监察厅牵头的工作`), for a rule that reads every mention. */
	headingUnits?(units: readonly UnitMention[], context: CheckContext): RuleFinding[];
}

/**
 * What a rule finds in most tasks: one array for all of them (never added to), of the kind the
 * lists of findings are (see emptyList: "wrong map" in runChecksInSteps otherwise).
 */
export const NOTHING: RuleFinding[] = emptyList();

/**
 * A local rule that reads one mention at a time, wherever it is named: a task's fields or a heading.
 * `applies`, when given, tells once per task whether `check` can find anything in this check at all
 * (see withRegistry): without it, every mention of the notice was passed to a check that returned at
 * once (two loops over a 2 MB notice's 50,000 mentions, some 3 M instructions of its read).
 */
export function mentionRule(
	name: string,
	check: (unit: UnitMention, context: CheckContext) => RuleFinding | undefined,
	applies?: (context: CheckContext) => boolean,
): TaskRule {
	const over = (units: readonly UnitMention[], context: CheckContext): RuleFinding[] => {
		let found: RuleFinding[] | undefined;
		// Indexed: a notice's first check runs here in the interpreter, where each step of an iterator is an object.
		for (let u = 0; u < units.length; u++) {
			const finding = check(units[u], context);
			if (finding) {
				// Not `[]`: its kind changes when the first finding is pushed, and a session's first finding of a mention rule threw away `over` ("wrong map").
				(found ??= emptyList()).push(finding);
			}
		}
		return found ?? NOTHING;
	};
	if (applies === undefined) {
		return { name, task: (task, context) => over(task.units, context), headingUnits: over };
	}
	return {
		name,
		task: (task, context) => (applies(context) ? over(task.units, context) : NOTHING),
		headingUnits: (units, context) => (applies(context) ? over(units, context) : NOTHING),
	};
}

/** For mentionRule: a rule that reads mentions against the unit registry finds nothing without one. */
export function withRegistry(context: CheckContext): boolean {
	return context.directory !== undefined && !context.directory.isEmpty;
}
