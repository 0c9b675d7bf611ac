/**
 * Every finding the engine reports: a stable code and its default severity. Its message, in both
 * locales, is the row of the same code in the message table (messages/messageTable.ts), and what the
 * check is for is its `check.<code>.summary` and `check.<code>.details` rows there.
 */
import { format, quotedNames, type Locale } from '../messages/message';

export type { Locale };
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A check's default severity. What it is for is `check.<code>.summary` / `.details` in the message table. */
export interface CheckInfo {
	severity: Severity;
}

export const CHECKS = {
	'missing-lead': { severity: 'error' },
	'lead-not-designated': { severity: 'information' },
	'units-not-in-text': { severity: 'information' },
	'table-not-read': { severity: 'information' },
	'unknown-unit': { severity: 'warning' },
	'renamed-unit': { severity: 'warning' },
	'duplicate-number': { severity: 'error' },
	'number-gap': { severity: 'warning' },
	'glued-item': { severity: 'error' },
	'unit-variant': { severity: 'warning' },
	'count-mismatch': { severity: 'warning' },
	'duplicate-unit': { severity: 'warning' },
	'unbalanced-bracket': { severity: 'warning' },
	'empty-task': { severity: 'warning' },
	'empty-field': { severity: 'warning' },
	'broken-unit-name': { severity: 'information' },
	'registry-duplicate': { severity: 'error' },
	'registry-alias-conflict': { severity: 'error' },
	'registry-rename-cycle': { severity: 'error' },
	'registry-syntax': { severity: 'warning' },
	'file-too-large': { severity: 'information' },
	'parse-failure': { severity: 'error' },
} satisfies Record<string, CheckInfo>;

/** Every code is also a message id (formatMessage does not compile for a code without a row in the message table). */
export type CheckCode = keyof typeof CHECKS;

export const CHECK_CODES = Object.keys(CHECKS) as CheckCode[];

export function isCheckCode(code: string): code is CheckCode {
	return Object.prototype.hasOwnProperty.call(CHECKS, code);
}

/** What a check is for, in `locale`: one sentence (SARIF's short description, the README's table) or the full text. */
export function checkDescription(code: CheckCode, length: 'summary' | 'details', locale: Locale): string {
	return format(`check.${code}.${length}`, [], locale);
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
