import type { Locale } from '../checks/checkTable';
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
	/** Entries (1-based) that are not objects with the six string fields; the others apply. */
	| { kind: 'entries'; invalid: Array<{ entry: number; field?: string }> };

/**
 * A read file. With a problem, `usable` holds the entries that could be read (they still hide their
 * findings) and the file must not be rewritten: a rewrite would drop what was not understood.
 */
export type HiddenFileRead = { ok: true; file: HiddenFile } | { ok: false; problem: HiddenFileProblem; usable: HiddenEntry[] };

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
		return { ok: false, problem: syntaxProblem(body), usable: [] };
	}
	if (!isObject(value)) {
		return { ok: false, problem: { kind: 'not-an-object' }, usable: [] };
	}
	if (value.version !== HIDDEN_FILE_VERSION) {
		return { ok: false, problem: { kind: 'version', version: value.version }, usable: [] };
	}
	if (!Array.isArray(value.hidden)) {
		return { ok: false, problem: { kind: 'no-list' }, usable: [] };
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
		return { ok: false, problem: { kind: 'entries', invalid }, usable: entries };
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
export function describeHiddenFileProblem(problem: HiddenFileProblem, file: string, locale: Locale): string {
	const zh = locale !== 'en';
	const consequence = zh ? '其中隐藏的问题照常显示；该文件未被改动，修正后即恢复隐藏。' : 'The findings it hides are shown; the file is left as it is, and fixing it hides them again.';
	const partly = zh ? '其余条目照常隐藏；修正前不会改写该文件。' : 'The other entries still hide their findings; the file is not rewritten until it is fixed.';
	switch (problem.kind) {
		case 'syntax': {
			if (problem.line === undefined) {
				return zh ? `无法读取 ${file}：不是有效的 JSON。${consequence}` : `Cannot read ${file}: not valid JSON. ${consequence}`;
			}
			const what = problem.found === undefined ? (zh ? '文件意外结束' : 'the file ends too early') : zh ? `此处不应出现「${problem.found}」` : `"${problem.found}" cannot stand there`;
			return zh
				? `无法读取 ${file}：第 ${problem.line} 行第 ${problem.column} 列${what}，不是有效的 JSON。${consequence}`
				: `Cannot read ${file}: not valid JSON at line ${problem.line}, column ${problem.column} (${what}). ${consequence}`;
		}
		case 'not-an-object':
			return zh ? `无法读取 ${file}：内容应为一个 JSON 对象 {"version": 1, "hidden": [...]}。${consequence}` : `Cannot read ${file}: it should hold one JSON object {"version": 1, "hidden": [...]}. ${consequence}`;
		case 'version':
			return zh
				? `无法读取 ${file}：版本 ${JSON.stringify(problem.version) ?? '（缺失）'} 不是本程序能读的版本 ${HIDDEN_FILE_VERSION}。${consequence}`
				: `Cannot read ${file}: version ${JSON.stringify(problem.version) ?? '(missing)'} is not version ${HIDDEN_FILE_VERSION}, which this program reads. ${consequence}`;
		case 'no-list':
			return zh ? `无法读取 ${file}：缺少 "hidden" 列表。${consequence}` : `Cannot read ${file}: the "hidden" list is missing. ${consequence}`;
		case 'entries': {
			const list = problem.invalid.map(({ entry, field }) => (field ? (zh ? `第 ${entry} 条（${field}）` : `entry ${entry} (${field})`) : zh ? `第 ${entry} 条` : `entry ${entry}`));
			return zh
				? `${file} 中有 ${problem.invalid.length} 条记录无法读取：${list.join('、')}；每条应有字符串字段 notice、code、subject、task、quote、note。${partly}`
				: `${problem.invalid.length} entr${problem.invalid.length === 1 ? 'y' : 'ies'} of ${file} cannot be read: ${list.join(', ')}; each needs the string fields notice, code, subject, task, quote and note. ${partly}`;
		}
	}
}
