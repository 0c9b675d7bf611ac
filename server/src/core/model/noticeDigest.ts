import { CompactLineIndex, type RangeMapper, type Span } from '../text/lineIndex';
import type { Marker, Notice, Task, UnitMention } from './types';
import type { NoticeText } from '../text/noticeText';
import { noticeYear } from './noticeYear';

/** What cross-file features read of a task: where it is and how it is numbered. A Task is one. */
export interface TaskDigest {
	marker: Marker;
	title: string;
	titleStart: number;
	titleEnd: number;
	/** Index in its notice's task list: with the notice, what tells two tasks apart (a digest's tasks are made on demand, never the same object twice). */
	index: number;
	/** The section, for the task's label (`3.12`): only its marker is read. */
	section: { marker: Pick<Marker, 'number'> } | undefined;
}

/** What cross-file features read of a unit mention: a UnitMention is one. */
export interface MentionDigest {
	name: string;
	key: string;
	start: number;
	end: number;
	nameEnd: number;
	nameTailSpan?: UnitMention['nameTailSpan'];
	role: UnitMention['role'];
	completed: boolean;
	collective: boolean;
	task: TaskDigest;
}

/**
 * What the workspace keeps of a notice that is not open: its tasks and unit mentions, enough for
 * references, the Units view, workspace symbols, hover counts and rename. A Notice is one, so open
 * documents need no copy. A CompactNoticeDigest makes its `tasks` and `units` anew on each read:
 * read them once per use, and tell tasks apart by `index`, mentions by their place in `units`.
 */
export interface NoticeDigest {
	text: NoticeText;
	lineIndex: RangeMapper;
	kind: Notice['kind'];
	tasks: readonly TaskDigest[];
	units: readonly MentionDigest[];
}

const ROLES: ReadonlyArray<UnitMention['role']> = ['lead', 'responsible', 'other'];
const NO_PAIRS = new Int32Array(0);

/**
 * The tasks that take a unit from a heading above them (`一、市发改委牵头的工作` over tasks naming
 * only 责任单位), as pairs of task index and the index of the heading's mention in `units`; the
 * mention's own task (the first under the heading) is not repeated. What the task table lists as
 * the tasks' leads, so the unit index counts them alike.
 */
export function inheritedPairs(notice: NoticeDigest): Int32Array {
	if (notice instanceof CompactNoticeDigest) {
		return notice.inherited;
	}
	const tasks = notice.tasks as ReadonlyArray<TaskDigest & Partial<Pick<Task, 'inheritedUnits'>>>;
	if (!tasks.some((task) => (task.inheritedUnits?.length ?? 0) > 0)) {
		return NO_PAIRS;
	}
	const places = new Map<MentionDigest, number>(notice.units.map((mention, index) => [mention, index]));
	const pairs: number[] = [];
	tasks.forEach((task, index) => {
		for (const mention of task.inheritedUnits ?? []) {
			const place = places.get(mention);
			if (place !== undefined && mention.task.index !== index) {
				pairs.push(index, place);
			}
		}
	});
	return Int32Array.from(pairs);
}

// A task's columns in CompactNoticeDigest.taskColumns.
const T_KIND = 0; // marker kind, +16 when the task has a section
const T_NUMBER = 1;
const T_MARKER_START = 2;
const T_MARKER_END = 3;
const T_NUMBER_START = 4;
const T_NUMBER_END = 5;
const T_TITLE_START = 6;
const T_TITLE_END = 7;
const T_SECTION_NUMBER = 8;
const TASK_WIDTH = 9;
const HAS_SECTION = 16;

// A mention's columns in CompactNoticeDigest.mentionColumns.
const M_START = 0;
const M_END = 1;
const M_NAME_END = 2;
/**
 * The task's index in the notice's task list × 16, + the role's index in ROLES, +4 completed, +8
 * collective (2^27 tasks: a task takes a line, and a notice is at most a few million characters).
 */
const M_TASK_FLAGS = 3;
/** Name and key: indexes in CompactNoticeDigest.strings. */
const M_NAME = 4;
const M_KEY = 5;
const MENTION_WIDTH = 6;

/**
 * The digest of a notice in columns: every number of its tasks and mentions in two Int32Arrays,
 * names and keys once each, the rare title, marker number or name tail that does not fit beside
 * them. A workspace of 1,000 notices holds some 110,000 tasks and 420,000 mentions: as objects of
 * eight-byte fields they took 55 MB, as columns 16 MB. Task and mention objects are made when a
 * feature asks for them, and not kept.
 */
export class CompactNoticeDigest implements NoticeDigest {
	readonly lineIndex: RangeMapper;

	constructor(
		readonly text: NoticeText,
		lineIndex: RangeMapper,
		readonly kind: Notice['kind'],
		private readonly taskColumns: Int32Array,
		/** Titles that are not the text of their title span (a table cell wrapped over lines), by task index. */
		private readonly otherTitles: ReadonlyMap<number, string> | undefined,
		/** Marker numbers (task's, then section's) that are not 32-bit integers, by `2 × index` and `2 × index + 1`. */
		private readonly otherNumbers: ReadonlyMap<number, number> | undefined,
		private readonly mentionColumns: Int32Array,
		/** The tails of names written around a parenthesis (rare), by mention index. */
		private readonly tails: ReadonlyMap<number, Span> | undefined,
		private readonly strings: readonly string[],
		/** The tasks that take a lead from a heading above them (inheritedUnits): pairs of task index and the heading mention's index. */
		readonly inherited: Int32Array = NO_PAIRS,
		/** The notice's year (noticeYear), which says whether a renamed unit is its successor there. */
		readonly year: number | undefined = undefined,
	) {
		this.lineIndex = lineIndex;
	}

	get taskCount(): number {
		return this.taskColumns.length / TASK_WIDTH;
	}

	get unitCount(): number {
		return this.mentionColumns.length / MENTION_WIDTH;
	}

	get tasks(): TaskDigest[] {
		const tasks: TaskDigest[] = new Array(this.taskCount);
		for (let i = 0; i < tasks.length; i++) {
			tasks[i] = new TaskView(this, i);
		}
		return tasks;
	}

	get units(): MentionDigest[] {
		const units: MentionDigest[] = new Array(this.unitCount);
		for (let i = 0; i < units.length; i++) {
			units[i] = new MentionView(this, i);
		}
		return units;
	}

	task(index: number): TaskDigest {
		return new TaskView(this, index);
	}

	mention(index: number): MentionDigest {
		return new MentionView(this, index);
	}

	/** A task column (T_…). */
	taskField(index: number, column: number): number {
		return this.taskColumns[index * TASK_WIDTH + column];
	}

	/** The task's marker number, or its section's. */
	taskNumber(index: number, ofSection: boolean): number {
		return this.otherNumbers?.get(2 * index + (ofSection ? 1 : 0)) ?? this.taskField(index, ofSection ? T_SECTION_NUMBER : T_NUMBER);
	}

	taskTitle(index: number): string {
		return this.otherTitles?.get(index) ?? this.text.slice(this.taskField(index, T_TITLE_START), this.taskField(index, T_TITLE_END));
	}

	/** A mention column (M_…). */
	mentionField(index: number, column: number): number {
		return this.mentionColumns[index * MENTION_WIDTH + column];
	}

	mentionName(index: number): string {
		return this.strings[this.mentionField(index, M_NAME)];
	}

	mentionKey(index: number): string {
		return this.strings[this.mentionField(index, M_KEY)];
	}

	mentionRole(index: number): UnitMention['role'] {
		return ROLES[this.mentionField(index, M_TASK_FLAGS) & 3];
	}

	mentionTail(index: number): Span | undefined {
		const tail = this.tails?.get(index);
		return tail && { start: tail.start, end: tail.end };
	}

	/** The index of the mention's task in the task list. */
	mentionTask(index: number): number {
		return this.mentionField(index, M_TASK_FLAGS) >> 4;
	}
}

/** A task of a compact digest, read from its columns. */
class TaskView implements TaskDigest {
	constructor(
		private readonly digest: CompactNoticeDigest,
		readonly index: number,
	) {}

	get marker(): Marker {
		const field = (column: number) => this.digest.taskField(this.index, column);
		return {
			kind: field(T_KIND) & (HAS_SECTION - 1),
			number: this.digest.taskNumber(this.index, false),
			start: field(T_MARKER_START),
			numberStart: field(T_NUMBER_START),
			numberEnd: field(T_NUMBER_END),
			end: field(T_MARKER_END),
		};
	}

	get title(): string {
		return this.digest.taskTitle(this.index);
	}

	get titleStart(): number {
		return this.digest.taskField(this.index, T_TITLE_START);
	}

	get titleEnd(): number {
		return this.digest.taskField(this.index, T_TITLE_END);
	}

	get section(): TaskDigest['section'] {
		return this.digest.taskField(this.index, T_KIND) & HAS_SECTION ? { marker: { number: this.digest.taskNumber(this.index, true) } } : undefined;
	}
}

/** A mention of a compact digest, likewise. */
class MentionView implements MentionDigest {
	constructor(
		private readonly digest: CompactNoticeDigest,
		private readonly at: number,
	) {}

	private field(column: number): number {
		return this.digest.mentionField(this.at, column);
	}

	get name(): string {
		return this.digest.mentionName(this.at);
	}

	get key(): string {
		return this.digest.mentionKey(this.at);
	}

	get start(): number {
		return this.field(M_START);
	}

	get end(): number {
		return this.field(M_END);
	}

	get nameEnd(): number {
		return this.field(M_NAME_END);
	}

	get nameTailSpan(): UnitMention['nameTailSpan'] {
		return this.digest.mentionTail(this.at);
	}

	get role(): UnitMention['role'] {
		return this.digest.mentionRole(this.at);
	}

	get completed(): boolean {
		return (this.field(M_TASK_FLAGS) & 4) !== 0;
	}

	get collective(): boolean {
		return (this.field(M_TASK_FLAGS) & 8) !== 0;
	}

	get task(): TaskDigest {
		return this.digest.task(this.digest.mentionTask(this.at));
	}
}

/**
 * The digest of a notice. `intern` shares equal strings (unit names and keys repeat across
 * hundreds of notices).
 */
export function digestNotice(notice: Notice, intern: (text: string) => string = (text) => text): CompactNoticeDigest {
	const tasks = new Int32Array(notice.tasks.length * TASK_WIDTH);
	const taskIndexes = new Map<Task, number>();
	let otherTitles: Map<number, string> | undefined;
	let otherNumbers: Map<number, number> | undefined;
	const number = (value: number, at: number) => {
		if ((value | 0) !== value) {
			(otherNumbers ??= new Map()).set(at, value);
		}
		return value;
	};
	for (let i = 0; i < notice.tasks.length; i++) {
		const task = notice.tasks[i];
		const { marker, titleStart, titleEnd } = task;
		const at = i * TASK_WIDTH;
		tasks[at + T_KIND] = marker.kind + (task.section ? HAS_SECTION : 0);
		tasks[at + T_NUMBER] = number(marker.number, 2 * i);
		tasks[at + T_MARKER_START] = marker.start;
		tasks[at + T_MARKER_END] = marker.end;
		tasks[at + T_NUMBER_START] = marker.numberStart;
		tasks[at + T_NUMBER_END] = marker.numberEnd;
		tasks[at + T_TITLE_START] = titleStart;
		tasks[at + T_TITLE_END] = titleEnd;
		tasks[at + T_SECTION_NUMBER] = task.section ? number(task.section.marker.number, 2 * i + 1) : 0;
		if (task.title !== notice.text.slice(titleStart, titleEnd)) {
			(otherTitles ??= new Map()).set(i, task.title);
		}
		taskIndexes.set(task, i);
	}
	const strings: string[] = [];
	const stringIndexes = new Map<string, number>();
	const stringIndex = (text: string) => {
		let index = stringIndexes.get(text);
		if (index === undefined) {
			index = strings.push(intern(text)) - 1;
			stringIndexes.set(text, index);
		}
		return index;
	};
	const mentions = new Int32Array(notice.units.length * MENTION_WIDTH);
	let tails: Map<number, Span> | undefined;
	for (let i = 0; i < notice.units.length; i++) {
		const mention = notice.units[i];
		const tail = mention.nameTailSpan;
		const at = i * MENTION_WIDTH;
		mentions[at + M_START] = mention.start;
		mentions[at + M_END] = mention.end;
		mentions[at + M_NAME_END] = mention.nameEnd;
		if (tail) {
			(tails ??= new Map()).set(i, { start: tail.start, end: tail.end });
		}
		mentions[at + M_TASK_FLAGS] = taskIndexes.get(mention.task)! * 16 + ROLES.indexOf(mention.role) + (mention.completed ? 4 : 0) + (mention.collective ? 8 : 0);
		mentions[at + M_NAME] = stringIndex(mention.name);
		mentions[at + M_KEY] = stringIndex(mention.key);
	}
	return new CompactNoticeDigest(notice.text, new CompactLineIndex(notice.lineIndex), notice.kind, tasks, otherTitles, otherNumbers, mentions, tails, strings, inheritedPairs(notice), noticeYear(notice)?.year);
}

/** A notice's year (noticeYear): kept in a digest, read from a full model. */
export function digestYear(notice: NoticeDigest): number | undefined {
	if (notice instanceof CompactNoticeDigest) {
		return notice.year;
	}
	return 'preambleSpan' in notice ? noticeYear(notice as Notice)?.year : undefined;
}
