import type { CheckCode } from '../checks/checkTable';
import type { Finding } from '../checks/finding';
import type { Span } from '../text/lineIndex';
import { fnv1a64, readingText } from '../text/textFingerprint';
import type { NoticeText } from '../text/noticeText';
import { parseChineseNumber, parseCircledNumber } from '../text/chineseNumber';

/**
 * A finding the clerk hid ("忽略此处"), recorded outside the notice — the text of an official
 * notice cannot carry markers. It names the notice, the check, what the finding is about and a
 * fingerprint of the task it is in, never a line number, so it survives lines moving and edits in
 * other tasks. See docs/hidden-findings.md for the file and the reasons.
 */
export interface HiddenEntry {
	/** The notice (or registry) path relative to the folder holding `.breakdown/`, with `/` between folders. */
	notice: string;
	/** A check code; an unknown one (a later version's, a typo) simply hides nothing. */
	code: string;
	/** What tells two findings of one code in one task apart (the unit name of unknown-unit); '' when a task has at most one. */
	subject: string;
	/** fnv1a64 of the task's reading text (see contextOf). */
	task: string;
	/** The beginning of that reading text, for whoever reads the file; never compared. */
	quote: string;
	/** The clerk's reason, kept as written. */
	note: string;
	/** Keys this version does not know, kept so that rewriting the file loses nothing. */
	extra?: Record<string, unknown>;
}

/** What a task needs to be found and read: where it is and where its number ends. */
export interface TaskPlace {
	start: number;
	end: number;
	marker: { end: number };
}

/** A checked document: its text and, for a notice, its tasks in source order. A registry has none. */
export interface CheckedText {
	text: NoticeText;
	tasks?: readonly TaskPlace[];
}

/**
 * Which argument of a finding names what it is about, per code. Codes a task holds at most once
 * (missing-lead, glued-item …) need none: their arguments are numbers that renumbering changes.
 * `null`: not hideable — a file too large or an internal error is not a judgement on the text.
 */
const SUBJECT_ARGUMENT: Record<CheckCode, number | undefined | null> = {
	'missing-lead': undefined,
	'lead-not-designated': undefined,
	'units-not-in-text': undefined,
	'table-not-read': undefined,
	'unknown-unit': 0,
	'renamed-unit': 0,
	'duplicate-number': 0,
	'number-gap': undefined,
	'glued-item': undefined,
	'unit-variant': 0,
	'count-mismatch': undefined,
	'duplicate-unit': 0,
	'unbalanced-bracket': 0,
	'empty-task': undefined,
	'empty-field': 0,
	'broken-unit-name': 0,
	'registry-duplicate': 0,
	'registry-alias-conflict': 0,
	'registry-rename-cycle': 0,
	'registry-syntax': 0,
	'file-too-large': null,
	'parse-failure': null,
};

const QUOTE_LENGTH = 24;

export type HideableFinding = Pick<Finding, 'code' | 'args' | 'span'>;

export function isHideable(finding: HideableFinding): boolean {
	return SUBJECT_ARGUMENT[finding.code] !== null;
}

function subjectOf(finding: HideableFinding): string {
	const index = SUBJECT_ARGUMENT[finding.code];
	const subject = index === undefined || index === null ? '' : (finding.args[index] ?? '');
	return finding.code === 'duplicate-number' ? inDigits(subject) : subject;
}

/**
 * A number as its digits, however the message writes it (`一`, `②` → `1`, `2`): entries written when
 * the message said `编号 1 重复` for a repeated 一、 still hide it now that it says `编号一重复`.
 */
function inDigits(number: string): string {
	const value = parseChineseNumber(number) ?? (number.length === 1 ? parseCircledNumber(number) : undefined);
	return value === undefined ? number : String(value);
}

/**
 * The text a hidden finding is tied to, as reading text: the task holding the finding, without its
 * number (so renumbering the list keeps it); an empty task's own line with its number (else every
 * empty task would read alike); outside any task (the cover letter's 共150项, a section heading, a
 * registry line) the lines the finding covers.
 */
export function contextOf(document: CheckedText, span: Span): { fingerprint: string; quote: string } {
	const task = taskAt(document.tasks ?? [], span.start);
	let reading = task ? readingText(document.text.slice(task.marker.end, task.end)) : '';
	if (reading === '') {
		reading = readingText(task ? document.text.slice(task.start, task.end) : linesAround(document.text, span));
	}
	const quote = [...reading].length > QUOTE_LENGTH ? [...reading].slice(0, QUOTE_LENGTH).join('') + '…' : reading;
	return { fingerprint: fnv1a64(reading), quote };
}

function taskAt(tasks: readonly TaskPlace[], offset: number): TaskPlace | undefined {
	let low = 0;
	let high = tasks.length - 1;
	let found: TaskPlace | undefined;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (tasks[mid].start <= offset) {
			found = tasks[mid];
			low = mid + 1;
		} else {
			high = mid - 1;
		}
	}
	return found && offset < found.end ? found : undefined;
}

function linesAround(text: NoticeText, span: Span): string {
	const before = Math.max(text.lastIndexOf('\n', span.start - 1), text.lastIndexOf('\r', span.start - 1));
	const from = Math.max(span.end, span.start + 1);
	const lf = text.indexOf('\n', from);
	const cr = text.indexOf('\r', from);
	const after = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
	return text.slice(before + 1, after < 0 ? text.length : after);
}

/** The entry that hides `finding`, or undefined for a finding that cannot be hidden. */
export function hiddenEntryFor(finding: HideableFinding, document: CheckedText, notice: string, note = ''): HiddenEntry | undefined {
	if (!isHideable(finding)) {
		return undefined;
	}
	const { fingerprint, quote } = contextOf(document, finding.span);
	return { notice, code: finding.code, subject: subjectOf(finding), task: fingerprint, quote, note };
}

/** Two entries with one key hide the same findings. */
export function entryKey(entry: Pick<HiddenEntry, 'notice' | 'code' | 'subject' | 'task'>): string {
	return [entry.notice, entry.code, entry.subject, entry.task].join('\u0000');
}

/** A finding left out, and the entry that hides it (its note says why). */
export interface HiddenFinding<F = Finding> {
	finding: F;
	entry: HiddenEntry;
}

export interface HiddenSplit<F> {
	shown: F[];
	hidden: Array<HiddenFinding<F>>;
	/** The entries of this notice that hid at least one finding; the others no longer match anything. */
	used: HiddenEntry[];
}

/**
 * Splits a document's findings into those shown and those an entry hides. An entry hides every
 * finding of its code and subject in a task that reads as its fingerprint (two tasks worded
 * identically are one for this purpose, as LTeX hides a rule in every identical sentence).
 */
export function splitHidden<F extends HideableFinding>(findings: readonly F[], document: CheckedText, notice: string, entries: readonly HiddenEntry[]): HiddenSplit<F> {
	const mine = new Map<string, HiddenEntry>();
	for (const entry of entries) {
		if (entry.notice === notice) {
			mine.set(entryKey(entry), entry);
		}
	}
	if (mine.size === 0) {
		return { shown: [...findings], hidden: [], used: [] };
	}
	const fingerprints = new Map<number, string>();
	const used = new Set<HiddenEntry>();
	const split: HiddenSplit<F> = { shown: [], hidden: [], used: [] };
	for (const finding of findings) {
		const entry = isHideable(finding) ? mine.get(entryKey({ notice, code: finding.code, subject: subjectOf(finding), task: fingerprintAt(document, finding.span, fingerprints) })) : undefined;
		if (entry) {
			used.add(entry);
			split.hidden.push({ finding, entry });
		} else {
			split.shown.push(finding);
		}
	}
	split.used = [...used];
	return split;
}

/** Findings of one task share a fingerprint: hash each task once (keyed by the task's start). */
function fingerprintAt(document: CheckedText, span: Span, memo: Map<number, string>): string {
	const task = taskAt(document.tasks ?? [], span.start);
	if (!task) {
		return contextOf(document, span).fingerprint;
	}
	let fingerprint = memo.get(task.start);
	if (fingerprint === undefined) {
		fingerprint = contextOf(document, span).fingerprint;
		memo.set(task.start, fingerprint);
	}
	return fingerprint;
}

/** Entries in the file's order: by notice, code, subject, task (code units, so every machine sorts alike). */
export function compareEntries(a: HiddenEntry, b: HiddenEntry): number {
	const left = entryKey(a);
	const right = entryKey(b);
	return left < right ? -1 : left > right ? 1 : 0;
}

/** The entries with `entry` added (replacing one with its key, whose note it keeps unless a new one is given), sorted. */
export function withEntry(entries: readonly HiddenEntry[], entry: HiddenEntry): HiddenEntry[] {
	const key = entryKey(entry);
	const previous = entries.find((other) => entryKey(other) === key);
	const added = previous && entry.note === '' ? { ...entry, note: previous.note, extra: previous.extra } : entry;
	return [...entries.filter((other) => entryKey(other) !== key), added].sort(compareEntries);
}

/** The entries without those `remove` selects. */
export function withoutEntries(entries: readonly HiddenEntry[], remove: (entry: HiddenEntry) => boolean): HiddenEntry[] {
	return entries.filter((entry) => !remove(entry));
}
