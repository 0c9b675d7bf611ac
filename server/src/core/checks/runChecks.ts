import { drain } from '../text/steps';
import { numberingProblems, numberingScopes, type NumberingMemo, type NumberingProblem, type NumberingScope } from '../model/numberingScopes';
import type { CheckContext, Rule, TaskRule } from './checkContext';
import { severityOf, type SeverityOverrides } from './checkTable';
import type { Finding, RelatedLocation, RuleFinding } from './finding';
import type { KeptTaskFindings, RankedFinding } from './keptTaskFindings';
import type { Task } from '../model/types';
import type { SpellingIdentities } from './spellingIdentities';
import { brokenUnitName } from './brokenUnitName';
import { countMismatch } from './countMismatch';
import { duplicateNumber } from './duplicateNumber';
import { duplicateUnit } from './duplicateUnit';
import { emptyField } from './emptyField';
import { emptyTask } from './emptyTask';
import { gluedItem } from './gluedItem';
import { leadNotDesignated } from './leadNotDesignated';
import { missingLead } from './missingLead';
import { numberGap } from './numberGap';
import { parseFailure } from './parseFailure';
import { renamedUnit } from './renamedUnit';
import { unbalancedBracket } from './unbalancedBracket';
import { unitVariant } from './unitVariant';
import { tableNotRead } from './tableNotRead';
import { unitsNotInText } from './unitsNotInText';
import { unknownUnit } from './unknownUnit';
import { emptyList, mapList } from '../text/objectLists';
import { spanOf } from '../model/spansOf';
import { noticeYear } from '../model/noticeYear';

/**
 * Every rule over a notice, in the order their findings are listed when they share a position:
 * rules over the notice as a whole (functions) and local rules, run per task (TaskRule).
 */
export const NOTICE_RULES: ReadonlyArray<Rule | TaskRule> = [
	parseFailure,
	unitsNotInText,
	tableNotRead,
	missingLead,
	leadNotDesignated,
	duplicateNumber,
	numberGap,
	gluedItem,
	unknownUnit,
	renamedUnit,
	unitVariant,
	duplicateUnit,
	countMismatch,
	emptyTask,
	emptyField,
	unbalancedBracket,
	brokenUnitName,
];

/** The local rules with their place in NOTICE_RULES. */
const LOCAL_RULES = NOTICE_RULES.flatMap((rule, rank) => (typeof rule === 'function' ? [] : [{ rule, rank }]));

/** Tasks checked between two yields of runChecksInSteps. */
const TASKS_PER_STEP = 2000;

/** Of the kind the lists of related locations are (see emptyList: "wrong map" where the host reads them otherwise). */
const NO_RELATED: RelatedLocation[] = emptyList();
/**
 * A task's findings when it has none: an empty list of the kind a list of findings is (of objects;
 * `[]` is one of small integers), or the first task with findings of a session threw away the
 * optimized code of the check's loop over the tasks (a burst of slow keystrokes).
 */
const NO_FINDINGS: RankedFinding[] = emptyList();

/**
 * Runs every rule; a rule that fails inside is reported as a parse-failure finding instead of
 * stopping the others. With `kept`, a task whose local findings cannot have changed since the last
 * check takes them from there (an open notice, checked after every edit).
 */
export function runChecks(input: CheckInput, overrides?: SeverityOverrides, kept?: KeptTaskFindings): Finding[] {
	return drain(runChecksInSteps(input, overrides, kept));
}

/** What a check's input is: the context without what the check finds once for the rules. */
export type CheckInput = Omit<CheckContext, 'numbering' | 'numberingProblems' | 'spellings' | 'year'>;

/**
 * The context the rules of one check read. Every property written out, no spread of `input`: the
 * spread's object had a map of its own at every check, so each rule's per-task function compiled
 * for the last check's context was thrown away ("wrong map") and compiled again at the next.
 */
export function checkContext(input: CheckInput, spellings: SpellingIdentities | undefined, numberingMemo?: NumberingMemo): CheckContext {
	let scopes: NumberingScope[] | undefined;
	let problems: NumberingProblem[] | undefined;
	const numbering = () => (scopes ??= numberingScopes(input.notice, numberingMemo));
	const { notice, directory } = input;
	// Only renames read it: without a registry there are none, and the year is not looked for.
	const year = directory && !directory.isEmpty ? noticeYear(notice)?.year : undefined;
	return {
		notice,
		catalog: input.catalog,
		directory,
		numbering,
		numberingProblems: () => (problems ??= numberingProblems(numbering())),
		spellings,
		year,
	};
}

/** runChecks yielding after each notice-wide rule and every few thousand tasks, for a host that lets other work run between them (a notice of megabytes). */
export function* runChecksInSteps(input: CheckInput, overrides?: SeverityOverrides, kept?: KeptTaskFindings): Generator<void, Finding[], void> {
	const context = checkContext(input, kept?.spellings, kept?.numbering);
	const { notice } = context;
	const ranked: RankedFinding[] = [];
	const failures = new Map<number, RankedFinding>();
	/** The checked findings of a rule, added to `into` (created when there is one: most tasks have none). */
	const add: AddFindings = (into, found, rank) => {
		for (let f = 0; f < found.length; f++) {
			const finding = found[f];
			const severity = severityOf(finding.code, overrides);
			if (severity !== 'off') {
				// One object shape, written out: a spread of rule findings of several shapes was a tenth of a read.
				// Spans copied: a rule points at a task's spans, which the next reading moves in place (see takeRun).
				const checked: Finding = { code: finding.code, severity, span: spanOf(finding.span), args: finding.args, related: finding.related ? mapList(finding.related, copyRelated) : NO_RELATED };
				if (finding.suggestions) {
					checked.suggestions = finding.suggestions;
				}
				// Of one kind from the start (see emptyList).
				(into ??= emptyList()).push({ finding: checked, rank });
			}
		}
		return into;
	};
	const fail = (rule: Rule | TaskRule, rank: number, error: unknown) => {
		if (!failures.has(rank)) {
			const found = [{ code: 'parse-failure' as const, span: { start: 0, end: 0 }, args: [`${rule.name}: ${String(error)}`] }];
			failures.set(rank, add(undefined, found, rank)![0]);
		}
	};
	const headingUnits = notice.sections.flatMap((section) => section.units);
	for (let rank = 0; rank < NOTICE_RULES.length; rank++) {
		const rule = NOTICE_RULES[rank];
		try {
			if (typeof rule === 'function') {
				add(ranked, rule(context), rank);
			} else if (rule.headingUnits && headingUnits.length > 0) {
				add(ranked, rule.headingUnits(headingUnits, context), rank);
			}
		} catch (error) {
			fail(rule, rank, error);
		}
		yield;
	}
	// The tasks checked by checkTasks, not in a loop here: V8 compiled this generator's loop while the
	// first check was inside it, and the code after the loop threw it away at the next checks (see walkSegments).
	const tasks = notice.tasks;
	for (let from = 0; from < tasks.length; from += TASKS_PER_STEP) {
		const to = Math.min(from + TASKS_PER_STEP, tasks.length);
		checkTasks(tasks, from, to, context, overrides, kept, ranked, add, fail);
		if (to % TASKS_PER_STEP === 0) {
			yield;
		}
	}
	kept?.keepIndicesBelow(tasks.length);
	for (const failure of failures.values()) {
		ranked.push(failure);
	}
	// Stable: at one position, rule order, then the order a rule found them in (task order).
	ranked.sort((a, b) => a.finding.span.start - b.finding.span.start || a.finding.span.end - b.finding.span.end || a.rank - b.rank);
	return ranked.map((entry) => entry.finding);
}

/** The local rules over tasks [from, to), their findings (or those kept) into `ranked`. */
function checkTasks(tasks: readonly Task[], from: number, to: number, context: CheckContext, overrides: SeverityOverrides | undefined, kept: KeptTaskFindings | undefined, ranked: RankedFinding[], add: AddFindings, fail: (rule: Rule | TaskRule, rank: number, error: unknown) => void): void {
	const { notice, directory, year } = context;
	const localRuleCount = LOCAL_RULES.length;
	const state = kept?.checkState(notice, directory, overrides, year);
	for (let t = from; t < to; t++) {
		const task = tasks[t];
		let found = kept?.get(task, state!, t);
		if (!found) {
			let failed = false;
			let local: RankedFinding[] | undefined;
			// Indexed loops: the first check of a notice runs here in V8's first tiers, where each step of an iterator is an
			// object and each load a call (a rule's rank is loaded only when it finds something).
			for (let r = 0; r < localRuleCount; r++) {
				const entry = LOCAL_RULES[r];
				try {
					// Most rules find nothing in most tasks: no call to add then.
					const result = entry.rule.task(task, context);
					if (result.length > 0) {
						local = add(local, result, entry.rank);
					}
				} catch (error) {
					fail(entry.rule, entry.rank, error);
					failed = true;
				}
			}
			found = local ?? NO_FINDINGS;
			if (!failed) {
				kept?.set(task, state!, found, t);
			}
		}
		for (let f = 0; f < found.length; f++) {
			ranked.push(found[f]);
		}
	}
}

/** The checked findings of a rule, added to a task's list (see runChecksInSteps). */
type AddFindings = (into: RankedFinding[] | undefined, found: readonly RuleFinding[], rank: number) => RankedFinding[] | undefined;

function copyRelated(related: RelatedLocation): RelatedLocation {
	const copy: RelatedLocation = { span: spanOf(related.span), message: related.message };
	if (related.uri !== undefined) {
		copy.uri = related.uri;
	}
	return copy;
}
