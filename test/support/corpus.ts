import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BreakdownEngine } from '../../server/src/core/engine';
import type { Finding } from '../../server/src/core/checks/finding';
import type { Notice, Section, Task, UnitMention } from '../../server/src/core/model/types';
import { stripGlosses } from '../../server/src/core/text/glosses';

/**
 * The corpus comparison: the reader against a clerk's reading (`expected.json`, schema in
 * test/corpus/README.md). Used by the corpus test and by `npm run corpus -- FOLDER`.
 */

export interface ExpectedReading {
	file: string;
	complete: boolean;
	layouts: string[];
	tasks: number;
	leads: Record<string, string[]>;
	responsible: Record<string, string[]>;
	notUnits: string[];
	notes?: string;
}

export interface FileResult {
	file: string;
	pass: boolean;
	tasks: { expected: number; actual: number };
	/** Listed leads and responsible lists that agree, of those listed. */
	leads: { agree: number; listed: number };
	responsible: { agree: number; listed: number };
	/** notUnits strings read as units. */
	notUnitsRead: string[];
	/** Error-severity findings, except the one allowed (missing lead on the cut-off last task of an excerpt). */
	errors: string[];
	/** What disagrees, one phrase each. */
	problems: string[];
}

export function readExpected(folder: string): ExpectedReading[] {
	return JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')) as ExpectedReading[];
}

/** The marker as written, punctuation included, without spaces or a table cell's `|`. */
function markerText(notice: Notice, item: Section | Task): string {
	return notice.text.slice(item.marker.start, item.marker.end).replace(/[\s\u3000|│]+/g, '');
}

/** `二(一)1.`: the markers of the sections above and the task's own, a section's 、 dropped. */
function pathKey(notice: Notice, task: Task): string {
	const parts: string[] = [markerText(notice, task)];
	for (let section = task.section; section; section = section.parent) {
		parts.unshift(markerText(notice, section).replace(/[、．.]$/, ''));
	}
	return parts.join('');
}

function findTask(notice: Notice, key: string): Task | undefined {
	return notice.tasks.find((task) => pathKey(notice, task) === key) ?? notice.tasks.find((task) => markerText(notice, task) === key);
}

/** The names a mention answers to: its name, and its name with an alias or scope written after it (县发改局(粮食局)). */
function identities(engine: BreakdownEngine, mention: UnitMention): string[] {
	const result = [mention.key];
	if (mention.qualifier) {
		result.push(engine.unitKey(stripGlosses(`${mention.name}(${mention.qualifier.text})`)));
	}
	return result;
}

const keyOf = (engine: BreakdownEngine, name: string) => engine.unitKey(stripGlosses(name));

/** Units a task has by a lead designation of any kind, including one written in a heading above it. */
export function leadsOf(task: Task): UnitMention[] {
	const inherited = (task as Task & { inheritedUnits?: UnitMention[] }).inheritedUnits ?? [];
	return [...task.units, ...inherited].filter((unit) => unit.role === 'lead');
}

/** Units a task lists in a 责任/配合/协同 field, or in an unlabelled list. */
export function responsibleOf(task: Task): UnitMention[] {
	return task.fields.filter((field) => field.role !== 'lead').flatMap((field) => task.units.slice(field.unitStart, field.unitEnd));
}

function sameSet(engine: BreakdownEngine, mentions: readonly UnitMention[], expected: readonly string[]): boolean {
	const expectedKeys = expected.map((name) => keyOf(engine, name));
	const mentionIds = mentions.map((mention) => identities(engine, mention));
	return expectedKeys.every((key) => mentionIds.some((ids) => ids.includes(key))) && mentionIds.every((ids) => ids.some((id) => expectedKeys.includes(id)));
}

function describe(mentions: readonly UnitMention[]): string {
	return mentions.map((mention) => mention.name + (mention.qualifier ? `(${mention.qualifier.text})` : '')).join('、') || '∅';
}

function allMentions(notice: Notice): UnitMention[] {
	const sectionUnits = notice.sections.flatMap((section) => (section as Section & { units?: UnitMention[] }).units ?? []);
	return [...notice.units, ...sectionUnits];
}

export function compareFile(engine: BreakdownEngine, text: string, expected: ExpectedReading): FileResult {
	const notice = engine.parseNotice(text);
	const findings = engine.check(notice, undefined);
	return compareReading(engine, notice, findings, expected);
}

export function compareReading(engine: BreakdownEngine, notice: Notice, findings: readonly Finding[], expected: ExpectedReading): FileResult {
	const problems: string[] = [];
	if (notice.tasks.length !== expected.tasks) {
		problems.push(`${notice.tasks.length} tasks, expected ${expected.tasks}`);
	}
	const compareLists = (lists: Record<string, string[]>, pick: (task: Task) => UnitMention[], what: string) => {
		let agree = 0;
		for (const [key, names] of Object.entries(lists)) {
			const task = findTask(notice, key);
			if (!task) {
				problems.push(`${what} ${key}: no such task`);
				continue;
			}
			const mentions = pick(task);
			if (sameSet(engine, mentions, names)) {
				agree++;
			} else {
				problems.push(`${what} ${key}: ${describe(mentions)} ≠ ${names.join('、') || '∅'}`);
			}
		}
		return { agree, listed: Object.keys(lists).length };
	};
	const leads = compareLists(expected.leads, leadsOf, 'lead');
	const responsible = compareLists(expected.responsible, responsibleOf, 'responsible');
	const mentions = allMentions(notice);
	const notUnitsRead = expected.notUnits.filter((notUnit) => {
		const key = keyOf(engine, notUnit);
		return mentions.some((mention) => identities(engine, mention).includes(key) || (key.length >= 5 && mention.key.includes(key)));
	});
	for (const notUnit of notUnitsRead) {
		problems.push(`read as a unit: ${notUnit}`);
	}
	const last = notice.tasks[notice.tasks.length - 1];
	const errors = findings
		.filter((finding) => finding.severity === 'error')
		.filter((finding) => !(finding.code === 'missing-lead' && !expected.complete && last && finding.span.start >= last.start && finding.span.end <= last.end))
		.map((finding) => `${finding.code} at ${notice.lineIndex.positionAt(finding.span.start).line + 1}`);
	if (errors.length > 0) {
		problems.push(`errors: ${errors.join(', ')}`);
	}
	return {
		file: expected.file,
		pass: problems.length === 0,
		tasks: { expected: expected.tasks, actual: notice.tasks.length },
		leads,
		responsible,
		notUnitsRead,
		errors,
		problems,
	};
}

/** Reads every file of `folder` listed in its expected.json and compares it. */
export function compareFolder(engine: BreakdownEngine, folder: string): FileResult[] {
	return readExpected(folder).map((expected) => compareFile(engine, fs.readFileSync(path.join(folder, expected.file), 'utf8'), expected));
}

/** One line per file, then a summary line. */
export function formatResults(results: readonly FileResult[]): string {
	const width = Math.max(...results.map((result) => result.file.length), 4);
	const lines = results.map((result) => {
		const mark = result.pass ? 'ok  ' : 'FAIL';
		const figures = `tasks ${result.tasks.actual}/${result.tasks.expected}  leads ${result.leads.agree}/${result.leads.listed}  responsible ${result.responsible.agree}/${result.responsible.listed}  notUnits read ${result.notUnitsRead.length}  errors ${result.errors.length}`;
		return `${mark} ${result.file.padEnd(width)}  ${figures}${result.problems.length > 0 ? '  — ' + result.problems.join('; ') : ''}`;
	});
	const passed = results.filter((result) => result.pass).length;
	const errorCount = results.reduce((sum, result) => sum + result.errors.length, 0);
	lines.push(`${passed}/${results.length} files agree; ${errorCount} error findings`);
	return lines.join('\n');
}
