import { drain } from '../text/steps';
import { numberingScopes, type NumberingScope } from '../model/numberingScopes';
import type { CheckContext, Rule } from './checkContext';
import { severityOf, type SeverityOverrides } from './checkTable';
import type { Finding, RelatedLocation } from './finding';
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
import { unitsNotInText } from './unitsNotInText';
import { unknownUnit } from './unknownUnit';

/** Every rule over a notice, in the order their findings are listed when they share a position. */
export const NOTICE_RULES: readonly Rule[] = [
	parseFailure,
	unitsNotInText,
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

const NO_RELATED: RelatedLocation[] = [];

/** Runs every rule; a rule that fails inside is reported as a parse-failure finding instead of stopping the others. */
export function runChecks(input: Omit<CheckContext, 'numbering'>, overrides?: SeverityOverrides): Finding[] {
	return drain(runChecksInSteps(input, overrides));
}

/** runChecks yielding after each rule, for a host that lets other work run between them (a notice of megabytes). */
export function* runChecksInSteps(input: Omit<CheckContext, 'numbering'>, overrides?: SeverityOverrides): Generator<void, Finding[], void> {
	let scopes: NumberingScope[] | undefined;
	const context: CheckContext = { ...input, numbering: () => (scopes ??= numberingScopes(input.notice)) };
	const findings: Finding[] = [];
	for (const rule of NOTICE_RULES) {
		let found;
		try {
			found = rule(context);
		} catch (error) {
			found = [{ code: 'parse-failure' as const, span: { start: 0, end: 0 }, args: [`${rule.name}: ${String(error)}`] }];
		}
		for (const finding of found) {
			const severity = severityOf(finding.code, overrides);
			if (severity !== 'off') {
				// One object shape, written out: a spread of rule findings of several shapes was a tenth of a read.
				const checked: Finding = { code: finding.code, severity, span: finding.span, args: finding.args, related: finding.related ?? NO_RELATED };
				if (finding.suggestions) {
					checked.suggestions = finding.suggestions;
				}
				findings.push(checked);
			}
		}
		yield;
	}
	return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
