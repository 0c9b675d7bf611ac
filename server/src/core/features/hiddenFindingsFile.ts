import { message, type Message } from '../messages/message';
import { jsonSyntaxError } from '../text/jsonSyntaxError';
import { compareEntries, withEntry, withoutEntries, type HiddenEntry } from './hiddenFindings';

/** Where the hidden findings of a folder live, relative to it (the workspace folder, or the registry's). */
export const HIDDEN_FINDINGS_FILE = '.breakdown/ignore.json';

export const HIDDEN_FILE_VERSION = 1;

/** The file as read: its entries and any top-level keys this version does not know (kept on rewrite). */
export interface HiddenFile {
	entries: HiddenEntry[];
	extra?: Record<string, unknown>;
}

/** Why a file could not be read in full. */
export type HiddenFileProblem =
	/** `found` is the character that cannot continue the JSON, undefined at the end of the text. */
	| { kind: 'syntax'; line?: number; column?: number; found?: string }
	| { kind: 'not-an-object' }
	| { kind: 'version'; version: unknown }
	| { kind: 'no-list' }
	/** Entries (1-based) that are not objects with the six string fields. */
	| { kind: 'entries'; invalid: Array<{ entry: number; field?: string }> };

/**
 * A read file. A file not read in full hides nothing (a file half understood is not trusted to say
 * what the clerk meant) and must not be rewritten: a rewrite would drop what was not understood.
 */
export type HiddenFileRead = { ok: true; file: HiddenFile } | { ok: false; problem: HiddenFileProblem };

const FIELDS = ['notice', 'code', 'subject', 'task', 'quote', 'note'] as const;
const TOP_FIELDS = ['version', 'hidden'];

/** Reads the file's text; never throws. An empty file is an empty list (a clerk may create it by hand). */
export function parseHiddenFile(text: string): HiddenFileRead {
	const body = text.replace(/^\ufeff/, '');
	if (body.trim() === '') {
		return { ok: true, file: { entries: [] } };
	}
	let value: unknown;
	try {
		value = JSON.parse(body);
	} catch {
		return { ok: false, problem: syntaxProblem(body) };
	}
	if (!isObject(value)) {
		return { ok: false, problem: { kind: 'not-an-object' } };
	}
	if (value.version !== HIDDEN_FILE_VERSION) {
		return { ok: false, problem: { kind: 'version', version: value.version } };
	}
	if (!Array.isArray(value.hidden)) {
		return { ok: false, problem: { kind: 'no-list' } };
	}
	const entries: HiddenEntry[] = [];
	const invalid: Array<{ entry: number; field?: string }> = [];
	value.hidden.forEach((item: unknown, index: number) => {
		const read = readEntry(item);
		if (typeof read === 'object') {
			entries.push(read);
		} else {
			invalid.push({ entry: index + 1, ...(read === '' ? {} : { field: read }) });
		}
	});
	if (invalid.length > 0) {
		return { ok: false, problem: { kind: 'entries', invalid } };
	}
	const extra = otherKeys(value, TOP_FIELDS);
	return { ok: true, file: extra ? { entries, extra } : { entries } };
}

/** An entry, or the name of its first bad field ('' when it is not an object at all). */
function readEntry(item: unknown): HiddenEntry | string {
	if (!isObject(item)) {
		return '';
	}
	for (const field of FIELDS) {
		if (typeof item[field] !== 'string' || (item[field] === '' && (field === 'notice' || field === 'code' || field === 'task'))) {
			return field;
		}
	}
	const entry: HiddenEntry = { notice: item.notice as string, code: item.code as string, subject: item.subject as string, task: item.task as string, quote: item.quote as string, note: item.note as string };
	const extra = otherKeys(item, FIELDS);
	return extra ? { ...entry, extra } : entry;
}

function otherKeys(value: Record<string, unknown>, known: readonly string[]): Record<string, unknown> | undefined {
	const extra = Object.entries(value).filter(([key]) => !known.includes(key));
	return extra.length > 0 ? Object.fromEntries(extra) : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A rewrite of the file, or why there is none. */
export type HiddenFileEdit = { ok: true; text: string } | { ok: false; problem: HiddenFileProblem };

/**
 * The file's new text with `entry` added (hiding the same findings as one already there replaces it,
 * keeping its note). Refused for a file that was not read in full: it would lose what was not
 * understood. `read` of a missing file is `parseHiddenFile('')`.
 */
export function hiddenFileWith(read: HiddenFileRead, entry: HiddenEntry): HiddenFileEdit {
	return read.ok ? { ok: true, text: serializeHiddenFile({ ...read.file, entries: withEntry(read.file.entries, entry) }) } : { ok: false, problem: read.problem };
}

/** The file's new text without the entries `remove` selects; refused likewise. */
export function hiddenFileWithout(read: HiddenFileRead, remove: (entry: HiddenEntry) => boolean): HiddenFileEdit {
	return read.ok ? { ok: true, text: serializeHiddenFile({ ...read.file, entries: withoutEntries(read.file.entries, remove) }) } : { ok: false, problem: read.problem };
}

/** Where the JSON goes wrong, by line and column from 1 (columns in UTF-16 code units, as the editor counts). */
function syntaxProblem(text: string): HiddenFileProblem {
	const error = jsonSyntaxError(text);
	if (!error) {
		return { kind: 'syntax' };
	}
	const lines = text.slice(0, error.offset).split(/\r\n|\r|\n/);
	return { kind: 'syntax', line: lines.length, column: lines[lines.length - 1].length + 1, found: error.found };
}

/**
 * The file's text: stable and diff-friendly. Keys always in one order, entries sorted, one entry per
 * line, so hiding a finding adds one line and a review shows which; non-ASCII kept as written.
 */
export function serializeHiddenFile(file: HiddenFile): string {
	const entries = [...file.entries].sort(compareEntries).map((entry) => '    ' + serializeEntry(entry));
	const lines = ['{', `  "version": ${HIDDEN_FILE_VERSION},`];
	const extra = Object.keys(file.extra ?? {}).sort();
	lines.push(entries.length === 0 ? `  "hidden": []${extra.length > 0 ? ',' : ''}` : `  "hidden": [\n${entries.join(',\n')}\n  ]${extra.length > 0 ? ',' : ''}`);
	extra.forEach((key, index) => lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(file.extra![key])}${index < extra.length - 1 ? ',' : ''}`));
	lines.push('}');
	return lines.join('\n') + '\n';
}

function serializeEntry(entry: HiddenEntry): string {
	const pairs: Array<[string, unknown]> = FIELDS.map((field) => [field, entry[field]]);
	for (const key of Object.keys(entry.extra ?? {}).sort()) {
		pairs.push([key, entry.extra![key]]);
	}
	return `{${pairs.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(', ')}}`;
}

/** What went wrong, for a clerk: where, and that nothing was lost (the findings show; the file is left alone). */
export function hiddenFileProblemMessage(problem: HiddenFileProblem, file: string): Message {
	switch (problem.kind) {
		case 'syntax':
			if (problem.line === undefined) {
				return message('hidden-file.syntax', file);
			}
			return problem.found === undefined ? message('hidden-file.syntax-end', file, problem.line, problem.column ?? 1) : message('hidden-file.syntax-at', file, problem.line, problem.column ?? 1, problem.found);
		case 'not-an-object':
			return message('hidden-file.not-an-object', file);
		case 'version':
			return problem.version === undefined ? message('hidden-file.version-missing', file, HIDDEN_FILE_VERSION) : message('hidden-file.version', file, JSON.stringify(problem.version), HIDDEN_FILE_VERSION);
		case 'no-list':
			return message('hidden-file.no-list', file);
		case 'entries': {
			const [first] = problem.invalid;
			return first.field === undefined ? message('hidden-file.entry-not-an-object', file, problem.invalid.length, first.entry) : message('hidden-file.entry-field', file, problem.invalid.length, first.entry, first.field);
		}
	}
}
