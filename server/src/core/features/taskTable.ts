import { formatMessage, type CheckCode, type Locale, type Severity } from '../checks/checkTable';
import { joinedLines, taskProse } from './taskProse';
import { markedTitle } from './markedTitle';
import type { Finding } from '../checks/finding';
import type { Deadline } from '../model/deadlines';
import type { Leader } from '../model/leaders';
import { noticeYear, yearContext, type NoticeYear } from '../model/noticeYear';
import { taskFollowUp } from '../model/taskFollowUp';
import type { Notice, Section, Task, UnitMention } from '../model/types';
import type { UnitRole } from '../syntax/fieldLabels';
import { MarkerKind } from '../syntax/markers';
import { lastAtOrBefore } from '../text/characters';
import type { Span } from '../text/lineIndex';
import type { UnitDirectory } from '../units/unitDirectory';
import { ownRegistryUnitIdentity, registryUnitIdentity, unitOf, type MentionPlace } from './unitIdentity';
import { spanOf } from '../model/spansOf';
import { numbersAreUnique } from './taskNumbers';

/** One notice to put in the table, with what the host already has for it. */
export interface TableInput {
	uri: string;
	/** What the 通知 column shows: the file's name as the user knows it. */
	name: string;
	notice: Notice;
	/** The notice's findings (engine.check), which fill the 问题 column. */
	findings: readonly Finding[];
	directory: UnitDirectory | undefined;
}

/** A unit as the table names it: one name per unit, whatever spelling the notice used. */
export interface TableUnit {
	/** The same unit has the same identity across notices, and two bodies of one name (two counties' 县财政局) two (see unitIdentity). */
	identity: string;
	/** The registry's current canonical name, or the name as the notice gives it when the registry does not list it. */
	name: string;
	/** The name as the notice gives it (a level prefix or suffix written once already distributed). */
	written: string;
	registered: boolean;
	collective: boolean;
}

export interface TableProblem {
	code: CheckCode;
	severity: Severity;
	message: string;
}

export interface SectionRow {
	kind: 'section';
	/** Index into TaskTable.notices. */
	notice: number;
	depth: number;
	/** Marker and title as written: `一、于会游市长主抓重点工作`. */
	heading: string;
	span: Span;
	/** Zero-based line of the heading, for revealing it. */
	line: number;
}

export interface TaskRow {
	kind: 'task';
	/** Stable within one table: notice index and task index. */
	id: string;
	notice: number;
	taskIndex: number;
	/** Headings above the task, outermost first, as written. */
	sectionPath: string[];
	/** The task's number as written: `12.`, `（三）`. */
	number: string;
	/** A number that is unique in its notice: the number alone, or with its headings' markers when numbering restarts (`二、3.`). */
	reference: string;
	/** The task's text on one line, then its content fields (年度目标：…) on lines of their own. */
	text: string;
	lead: TableUnit[];
	responsible: TableUnit[];
	other: TableUnit[];
	leaders: Leader[];
	deadlines: Deadline[];
	/** The deadline field or cell as written (`9月投入使用`), when the deadlines came from one (see TaskFollowUp.deadlineText). */
	deadlineText?: string;
	/** What a progress list wrote about the task (see TaskFollowUp.progressText): the 进展情况 column's first text. */
	progress?: string;
	/** The latest normalised date among the deadlines, for sorting. */
	due?: string;
	/** Error and warning findings inside the task, so a row is never silently wrong. */
	problems: TableProblem[];
	span: Span;
	line: number;
}

export type TableRow = SectionRow | TaskRow;

export interface TableNotice {
	uri: string;
	name: string;
	/** The notice's title line, if one was found. */
	title: string | undefined;
	year: NoticeYear | undefined;
	kind: Notice['kind'];
	taskCount: number;
	/** Findings outside every task (a task count that does not match, a reading failure). */
	problems: TableProblem[];
	/** The registry files that resolved its units; empty when none applies. */
	registries: string[];
}

export interface TaskTable {
	notices: TableNotice[];
	/** Sections and tasks, notice after notice, in document order. */
	rows: TableRow[];
	/** Every unit named by a task, in registry order (units a registry lists, in its order), then the others as they first appear. */
	unitOrder: string[];
}

/** Only errors and warnings make a row doubtful; hints (a name broken by a line) do not. */
const TABLE_SEVERITIES: ReadonlySet<Severity> = new Set(['error', 'warning']);

/** The task table of one or more notices: every task with its units, leaders, deadline and problems. */
export function buildTaskTable(inputs: readonly TableInput[], locale: Locale = 'zh-cn'): TaskTable {
	const builder = new TaskTableBuilder(locale);
	for (const input of inputs) {
		builder.add(input);
	}
	return builder.finish();
}

/**
 * Builds a table notice by notice, so a host can read, add and let go of one notice at a time
 * (the table keeps only its rows, not the notices' models).
 */
export class TaskTableBuilder {
	private readonly table: TaskTable = { notices: [], rows: [], unitOrder: [] };
	private readonly registryRank = new Map<string, number>();
	private readonly seenDirectories = new Set<UnitDirectory>();
	private readonly appearance: string[] = [];
	private readonly appeared = new Set<string>();

	constructor(private readonly locale: Locale = 'zh-cn') {}

	add(input: TableInput): void {
		const { notice, directory } = input;
		const noticeIndex = this.table.notices.length;
		if (directory && !this.seenDirectories.has(directory)) {
			this.seenDirectories.add(directory);
			for (const unit of directory.units) {
				// A renamed unit is ranked under its successor; and under its own name too, as a notice older than the rename lists it (see resolveUnit).
				for (const identity of [registryUnitIdentity(unit, directory), ownRegistryUnitIdentity(unit, directory)]) {
					if (!this.registryRank.has(identity)) {
						this.registryRank.set(identity, this.registryRank.size);
					}
				}
			}
		}
		const year = noticeYear(notice);
		const problems = problemsByTask(notice, input.findings, this.locale);
		this.table.notices.push({
			uri: input.uri,
			name: input.name,
			title: noticeTitle(notice),
			year,
			kind: notice.kind,
			taskCount: notice.tasks.length,
			problems: problems.outside,
			registries: directory ? directory.registries.map((registry) => registry.uri) : [],
		});
		const unique = numbersAreUnique(notice);
		const visit = (item: Section | Task, path: Section[]) => {
			if (item.type === 'section') {
				this.table.rows.push({ kind: 'section', notice: noticeIndex, depth: item.depth, heading: markedTitle(markerText(notice, item), item.title.trim()), span: spanOf(item), line: notice.lineIndex.positionAt(item.start).line });
				for (const child of item.children) {
					visit(child, [...path, item]);
				}
				return;
			}
			const row = taskRow(input, noticeIndex, item, path, unique, year, problems.inside.get(item) ?? []);
			for (const unit of [...row.lead, ...row.responsible, ...row.other]) {
				if (!this.appeared.has(unit.identity)) {
					this.appeared.add(unit.identity);
					this.appearance.push(unit.identity);
				}
			}
			this.table.rows.push(row);
		};
		for (const child of notice.children) {
			visit(child, []);
		}
	}

	finish(): TaskTable {
		const position = new Map(this.appearance.map((identity, index) => [identity, index]));
		const rank = (identity: string) => this.registryRank.get(identity) ?? this.registryRank.size + position.get(identity)!;
		this.table.unitOrder = [...this.appearance].sort((a, b) => rank(a) - rank(b));
		return this.table;
	}
}

function taskRow(input: TableInput, noticeIndex: number, task: Task, path: Section[], uniqueNumbers: boolean, found: NoticeYear | undefined, problems: TableProblem[]): TaskRow {
	const { notice, directory } = input;
	const followUp = taskFollowUp(task, notice.text, yearContext(found));
	const year = found?.year;
	const number = markerText(notice, task);
	// A lead named in a heading above (`（三）省编办牵头的工作`) or in a merged cell of a frame is the task's too: its row and its unit's list say so.
	const named = task.inheritedUnits.length > 0 ? [...task.units, ...task.inheritedUnits] : task.units;
	const place = { uri: input.uri, directory };
	const units = (role: UnitRole) => distinct(named.filter((mention) => mention.role === role).map((mention) => resolveUnit(mention, place, year)));
	const dates = followUp.deadlines.map((deadline) => deadline.date).filter((date): date is string => date !== undefined);
	const row: TaskRow = {
		kind: 'task',
		id: `${noticeIndex}:${task.index}`,
		notice: noticeIndex,
		taskIndex: task.index,
		sectionPath: path.map((section) => markedTitle(markerText(notice, section), section.title.trim())),
		number,
		reference: referenceOf(notice, task, path, uniqueNumbers),
		text: taskText(notice, task),
		lead: units('lead'),
		responsible: units('responsible'),
		other: units('other'),
		leaders: followUp.leaders,
		deadlines: followUp.deadlines,
		problems,
		span: spanOf(task),
		line: notice.lineIndex.positionAt(task.start).line,
	};
	if (followUp.deadlineText !== undefined) {
		row.deadlineText = followUp.deadlineText;
	}
	if (followUp.progressText !== undefined) {
		row.progress = followUp.progressText;
	}
	if (dates.length > 0) {
		row.due = dates.reduce((a, b) => (a > b ? a : b));
	}
	return row;
}

/**
 * The unit a mention names, for the table (see unitIdentity): the registry's current unit (a renamed
 * unit is listed under its new name, as the office follows it up there), or the mention itself when
 * the registry does not list it or there is none. Current as of the notice's `year`: a 2022
 * notice's 人民银行江州市中心支行 is listed as the notice wrote it, not as the 分行 it became in 2023
 * (the same rule as renamed-unit's, see renameApplies). `牵头单位：市民宗局；责任单位：市委统战部` under
 * `市委统战部（市民宗局）`: the plate names the office's other work, listed as written, so the table
 * does not show 市委统战部 leading and helping itself.
 */
export function resolveUnit(mention: Pick<UnitMention, 'name' | 'key' | 'collective'>, place: MentionPlace, year?: number): TableUnit {
	const named = unitOf(mention, place, year);
	if (named.unit) {
		return { identity: named.identity, name: named.name, written: mention.name, registered: true, collective: named.unit.collective || mention.collective };
	}
	const registered = place.directory?.resolve(mention.name, mention.key) !== undefined;
	return { identity: named.identity, name: mention.name, written: mention.name, registered, collective: mention.collective };
}

function distinct(units: TableUnit[]): TableUnit[] {
	const seen = new Set<string>();
	const result: TableUnit[] = [];
	for (const unit of units) {
		if (!seen.has(unit.identity)) {
			seen.add(unit.identity);
			result.push(unit);
		}
	}
	return result;
}

function markerText(notice: Notice, item: Section | Task): string {
	return notice.text.slice(item.marker.start, item.marker.end).trim();
}

/** How the table refers to a task: its number, after its headings' markers where numbers restart under headings (`二、（一）1.`); a group row's number (`1` over `1-1`, `1-2`) is in its sub-tasks' own. */
function referenceOf(notice: Notice, task: Task, path: readonly Section[], uniqueNumbers: boolean): string {
	const number = markerText(notice, task);
	return uniqueNumbers ? number : path.map((section) => (section.marker.kind === MarkerKind.Row ? '' : markerText(notice, section))).join('') + number;
}

/** Each task's reference (TaskRow.reference) by task index, without building the table: what hover names tasks by. */
export function taskReferences(notice: Notice): string[] {
	const unique = numbersAreUnique(notice);
	const references: string[] = new Array(notice.tasks.length);
	const visit = (item: Section | Task, path: Section[]) => {
		if (item.type === 'section') {
			for (const child of item.children) {
				visit(child, [...path, item]);
			}
		} else {
			references[item.index] = referenceOf(notice, item, path, unique);
		}
	};
	for (const child of notice.children) {
		visit(child, []);
	}
	return references;
}

/** Lines broken by a paste joined again; content fields (年度目标：…) follow on lines of their own. */
function taskText(notice: Notice, task: Task): string {
	const prose = taskProse(task);
	const content = task.fields
		.filter((field) => field.role === 'content')
		.map((field) => `${field.label}：${joinedLines(notice.text.slice(field.valueStart, field.valueEnd))}`);
	return [prose, ...content].filter((part) => part.length > 0).join('\n');
}

function problemsByTask(notice: Notice, findings: readonly Finding[], locale: Locale): { inside: Map<Task, TableProblem[]>; outside: TableProblem[] } {
	const inside = new Map<Task, TableProblem[]>();
	const outside: TableProblem[] = [];
	const tasks = notice.tasks;
	for (const finding of findings) {
		if (!TABLE_SEVERITIES.has(finding.severity)) {
			continue;
		}
		const problem = { code: finding.code, severity: finding.severity, message: formatMessage(finding.code, finding.args, locale, finding.suggestions) };
		const task = taskAt(tasks, finding.span.start);
		if (!task) {
			outside.push(problem);
			continue;
		}
		const list = inside.get(task) ?? [];
		if (!list.some((known) => known.message === problem.message)) {
			list.push(problem);
		}
		inside.set(task, list);
	}
	return { inside, outside };
}

/** The task whose span holds `offset` (tasks are in document order and do not overlap). */
function taskAt(tasks: readonly Task[], offset: number): Task | undefined {
	if (tasks.length === 0) {
		return undefined;
	}
	const task = tasks[lastAtOrBefore(tasks.length, (index) => tasks[index].start, offset)];
	return offset >= task.start && (offset < task.end || offset === task.start) ? task : undefined;
}

/** `关于印发…的通知`, else the line just above the body that names the breakdown (`2020 年市政府重点工作任务责任分解`). */
function noticeTitle(notice: Notice): string | undefined {
	const lines = notice.lineIndex.lines
		.filter((line) => line.end <= notice.preambleSpan.end)
		.map((line) => notice.text.slice(line.start, line.end).replace(/\s+/g, ' ').trim())
		.filter((line) => line.length > 0 && line.length <= 90);
	return lines.find((line) => /关于|關於/.test(line) && /通知$/.test(line)) ?? [...lines].reverse().find((line) => /分解|分工|方案|要点|要點|清单|清單|任务|任務/.test(line) && !/[。：:]$/.test(line));
}
