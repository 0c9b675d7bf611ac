import { CompactLineIndex, type RangeMapper } from '../text/lineIndex';
import type { Marker, Notice, Task, UnitMention } from './types';

/** What cross-file features read of a task: where it is and how it is numbered. A Task is one. */
export interface TaskDigest {
	marker: Marker;
	title: string;
	titleSpan: Task['titleSpan'];
	index: number;
	/** The section, for the task's label (`3.12`): only its marker is read. */
	section: { marker: Pick<Marker, 'number'> } | undefined;
}

/** What cross-file features read of a unit mention: a UnitMention is one. */
export interface MentionDigest {
	name: string;
	key: string;
	span: UnitMention['span'];
	nameSpan: UnitMention['nameSpan'];
	nameTailSpan?: UnitMention['nameTailSpan'];
	role: UnitMention['role'];
	completed: boolean;
	collective: boolean;
	task: TaskDigest;
}

/**
 * What the workspace keeps of a notice that is not open: its tasks and unit mentions, enough for
 * references, the Units view, workspace symbols, hover counts and rename. About a fifth of the
 * full model; a Notice is one, so open documents need no copy.
 */
export interface NoticeDigest {
	text: string;
	lineIndex: RangeMapper;
	kind: Notice['kind'];
	tasks: readonly TaskDigest[];
	units: readonly MentionDigest[];
}

const ROLES: ReadonlyArray<UnitMention['role']> = ['lead', 'responsible', 'other'];

/** A task of a digest: numbers in fields, spans made on demand (a workspace holds a hundred thousand). */
class TaskRecord implements TaskDigest {
	constructor(
		private readonly kind: Marker['kind'],
		private readonly number: number,
		private readonly markerStart: number,
		private readonly markerEnd: number,
		private readonly numberStart: number,
		private readonly numberEnd: number,
		private readonly titleStart: number,
		private readonly titleEnd: number,
		readonly title: string,
		readonly index: number,
		readonly section: TaskDigest['section'],
	) {}

	get marker(): Marker {
		return { kind: this.kind, number: this.number, span: { start: this.markerStart, end: this.markerEnd }, numberSpan: { start: this.numberStart, end: this.numberEnd } };
	}

	get titleSpan(): Task['titleSpan'] {
		return { start: this.titleStart, end: this.titleEnd };
	}
}

/** A mention of a digest, likewise. */
class MentionRecord implements MentionDigest {
	constructor(
		readonly name: string,
		readonly key: string,
		private readonly start: number,
		private readonly end: number,
		private readonly nameStart: number,
		private readonly nameEnd: number,
		/** -1 without a tail. */
		private readonly tailStart: number,
		private readonly tailEnd: number,
		/** Role index in ROLES, +4 completed, +8 collective. */
		private readonly flags: number,
		readonly task: TaskDigest,
	) {}

	get span(): UnitMention['span'] {
		return { start: this.start, end: this.end };
	}

	get nameSpan(): UnitMention['nameSpan'] {
		return { start: this.nameStart, end: this.nameEnd };
	}

	get nameTailSpan(): UnitMention['nameTailSpan'] {
		return this.tailStart < 0 ? undefined : { start: this.tailStart, end: this.tailEnd };
	}

	get role(): UnitMention['role'] {
		return ROLES[this.flags & 3];
	}

	get completed(): boolean {
		return (this.flags & 4) !== 0;
	}

	get collective(): boolean {
		return (this.flags & 8) !== 0;
	}
}

/**
 * The digest of a notice. `intern` shares equal strings (unit names and keys repeat across
 * hundreds of notices); offsets are kept as numbers, not span objects.
 */
export function digestNotice(notice: Notice, intern: (text: string) => string = (text) => text): NoticeDigest {
	const sections = new Map<object, { marker: Pick<Marker, 'number'> }>();
	const tasks = new Map<Task, TaskDigest>();
	const taskDigests: TaskDigest[] = new Array(notice.tasks.length);
	for (let i = 0; i < notice.tasks.length; i++) {
		const task = notice.tasks[i];
		let section: TaskDigest['section'];
		if (task.section) {
			section = sections.get(task.section);
			if (!section) {
				section = { marker: { number: task.section.marker.number } };
				sections.set(task.section, section);
			}
		}
		const { marker, titleSpan } = task;
		const digest = new TaskRecord(marker.kind, marker.number, marker.span.start, marker.span.end, marker.numberSpan.start, marker.numberSpan.end, titleSpan.start, titleSpan.end, task.title, task.index, section);
		taskDigests[i] = digest;
		tasks.set(task, digest);
	}
	const units: MentionDigest[] = new Array(notice.units.length);
	for (let i = 0; i < notice.units.length; i++) {
		const mention = notice.units[i];
		const tail = mention.nameTailSpan;
		const flags = ROLES.indexOf(mention.role) + (mention.completed ? 4 : 0) + (mention.collective ? 8 : 0);
		units[i] = new MentionRecord(
			intern(mention.name),
			intern(mention.key),
			mention.span.start,
			mention.span.end,
			mention.nameSpan.start,
			mention.nameSpan.end,
			tail ? tail.start : -1,
			tail ? tail.end : -1,
			flags,
			tasks.get(mention.task)!,
		);
	}
	return { text: notice.text, lineIndex: new CompactLineIndex(notice.lineIndex), kind: notice.kind, tasks: taskDigests, units };
}
