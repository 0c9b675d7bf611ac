/**
 * Every finding the engine reports: a stable code and its default severity. Its message, in both
 * locales, is the row of the same code in the message table (messages/messageTable.ts).
 */
import { format, quotedNames, type Locale } from '../messages/message';

export type { Locale };
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface CheckInfo {
	severity: Severity;
	/** What the check is for, in the docs and the CLI's --help. */
	description: string;
}

export const CHECKS = {
	'missing-lead': {
		severity: 'error',
		description: 'A task designates no lead by any way: no 牵头单位 label, no worded lead (X牵头, X会同Y负责), no heading naming one, no first-listed convention, not a single unit.',
	},
	'lead-not-designated': {
		severity: 'information',
		description: 'A task lists units without designating a lead, and the notice declares no first-listed convention (列第一位者为牵头单位).',
	},
	'units-not-in-text': {
		severity: 'information',
		description: 'No task of the notice names units, or the task list itself is not in the text: it is an attachment the text does not contain.',
	},
	'unknown-unit': {
		severity: 'warning',
		description: 'A unit that the registry (单位名录) does not list, with up to three suggestions. Silent without a registry.',
	},
	'renamed-unit': {
		severity: 'warning',
		description: 'A unit the registry marks as renamed (old -> new).',
	},
	'duplicate-number': {
		severity: 'error',
		description: 'The same number twice in one numbered list.',
	},
	'number-gap': {
		severity: 'warning',
		description: 'A skipped or out-of-order number in a numbered list.',
	},
	'glued-item': {
		severity: 'error',
		description: 'An item number inside a line, as a bad paste leaves it (…市府办125.强化…).',
	},
	'unit-variant': {
		severity: 'warning',
		description: 'One unit written two ways in the same notice.',
	},
	'count-mismatch': {
		severity: 'warning',
		description: 'The cover letter announces N tasks and the body has M.',
	},
	'duplicate-unit': {
		severity: 'warning',
		description: 'The same unit twice in one task.',
	},
	'unbalanced-bracket': {
		severity: 'warning',
		description: 'A bracket without its partner inside a task.',
	},
	'empty-task': {
		severity: 'warning',
		description: 'A numbered item with no text and no units.',
	},
	'empty-field': {
		severity: 'warning',
		description: 'A unit label with nothing after it.',
	},
	'broken-unit-name': {
		severity: 'information',
		description: 'A unit name broken by a line break, as copying from PDF leaves it.',
	},
	'registry-duplicate': {
		severity: 'error',
		description: 'The registry lists the same unit twice.',
	},
	'registry-alias-conflict': {
		severity: 'error',
		description: 'One name claimed by two units of the registry.',
	},
	'registry-rename-cycle': {
		severity: 'error',
		description: 'Renames in the registry that lead back to their start.',
	},
	'registry-syntax': {
		severity: 'warning',
		description: 'A registry line that is not `name = alias` or `old -> new`.',
	},
	'file-too-large': {
		severity: 'information',
		description: 'The file is above the size limit, so it is not analysed.',
	},
	'parse-failure': {
		severity: 'error',
		description: 'An internal error while reading; please report it with the file.',
	},
} satisfies Record<string, CheckInfo>;

/** Every code is also a message id (formatMessage does not compile for a code without a row in the message table). */
export type CheckCode = keyof typeof CHECKS;

export const CHECK_CODES = Object.keys(CHECKS) as CheckCode[];

export function isCheckCode(code: string): code is CheckCode {
	return Object.prototype.hasOwnProperty.call(CHECKS, code);
}

/** A finding's message in `locale`; an unknown unit's suggestions follow it. */
export function formatMessage(code: CheckCode, args: readonly string[], locale: Locale, suggestions?: readonly string[]): string {
	const text = format(code, args, locale);
	if (!suggestions || suggestions.length === 0 || code !== 'unknown-unit') {
		return text;
	}
	return format('finding.did-you-mean', [text, quotedNames(suggestions, locale)], locale);
}

/** Severity per code as a user configures it; 'off' silences a check. */
export type SeverityOverrides = Partial<Record<CheckCode, Severity | 'off'>>;

export function severityOf(code: CheckCode, overrides: SeverityOverrides | undefined): Severity | 'off' {
	return overrides?.[code] ?? CHECKS[code].severity;
}
