import type { LineIndex } from '../text/lineIndex';
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
	lineIndex: LineIndex;
	kind: Notice['kind'];
	tasks: readonly TaskDigest[];
	units: readonly MentionDigest[];
}

/**
 * The digest of a notice. `intern` shares equal strings (unit names and keys repeat across
 * hundreds of notices); spans and markers are taken over from the model, which is then dropped.
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
		const digest: TaskDigest = { marker: task.marker, title: task.title, titleSpan: task.titleSpan, index: task.index, section };
		taskDigests[i] = digest;
		tasks.set(task, digest);
	}
	const units: MentionDigest[] = new Array(notice.units.length);
	for (let i = 0; i < notice.units.length; i++) {
		const mention = notice.units[i];
		const digest: MentionDigest = {
			name: intern(mention.name),
			key: intern(mention.key),
			span: mention.span,
			nameSpan: mention.nameSpan,
			role: mention.role,
			completed: mention.completed,
			collective: mention.collective,
			task: tasks.get(mention.task)!,
		};
		if (mention.nameTailSpan) {
			digest.nameTailSpan = mention.nameTailSpan;
		}
		units[i] = digest;
	}
	return { text: notice.text, lineIndex: notice.lineIndex, kind: notice.kind, tasks: taskDigests, units };
}
