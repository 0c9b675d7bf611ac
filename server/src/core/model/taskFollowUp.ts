import type { Span } from '../text/lineIndex';
import { readDeadlines, type Deadline, type YearContext } from './deadlines';
import { headingLeaders, readLeaders, type Leader } from './leaders';
import type { Section, Task } from './types';

/** What a supervisor follows a task up by, besides its units: when it is due, and who answers for it. */
export interface TaskFollowUp {
	deadlines: Deadline[];
	/** A 完成时限 / 时间节点 field, or the task's own text (`6月底前完成`). */
	deadlineSource: 'field' | 'text' | undefined;
	leaders: Leader[];
	/** A 责任领导 field of the task, or the heading above it (`一、于会游市长主抓重点工作`). */
	leaderSource: 'field' | 'heading' | undefined;
}

/**
 * Deadlines and leaders of a task. The reader's own reading comes first — the leader and deadline it
 * keeps on the task from a field, a table column, or a heading or group row above it — then the
 * task's fields with role `deadline` and `leader`, its text, and its section headings. The one place
 * the table reads them.
 */
export function taskFollowUp(task: Task, text: string, years: YearContext): TaskFollowUp {
	const deadlineFields = task.fields.filter((field) => field.role === 'deadline');
	let deadlines: Deadline[];
	let deadlineSource: TaskFollowUp['deadlineSource'];
	if (task.deadline) {
		deadlines = readDeadlines(task.deadline.text, task.deadline.span.start, 'field', years);
		deadlineSource = 'field';
	} else if (deadlineFields.length > 0) {
		deadlines = deadlineFields.flatMap((field) => readDeadlines(text.slice(field.valueSpan.start, field.valueSpan.end), field.valueSpan.start, 'field', years));
		deadlineSource = 'field';
	} else {
		deadlines = proseSpans(task).flatMap((span) => readDeadlines(text.slice(span.start, span.end), span.start, 'inline', years));
		deadlineSource = deadlines.length > 0 ? 'text' : undefined;
	}

	let leaders: Leader[];
	let leaderSource: TaskFollowUp['leaderSource'];
	if (task.leader) {
		leaders = readLeaders(task.leader.text, task.leader.span.start);
		// Inside the task: its own field or column; before it: a heading or group row above.
		leaderSource = task.leader.span.start >= task.span.start ? 'field' : 'heading';
	} else {
		leaders = task.fields.filter((field) => field.role === 'leader').flatMap((field) => readLeaders(text.slice(field.valueSpan.start, field.valueSpan.end), field.valueSpan.start));
		leaderSource = leaders.length > 0 ? 'field' : undefined;
	}
	if (leaders.length === 0) {
		for (let section: Section | undefined = task.section; section && leaders.length === 0; section = section.parent) {
			leaders = headingLeaders(section.title, section.titleSpan.start);
		}
		leaderSource = leaders.length > 0 ? 'heading' : undefined;
	}
	return { deadlines, deadlineSource, leaders, leaderSource };
}

/** The task's prose, line by line: its span without the marker and without unit, leader and deadline fields. */
function proseSpans(task: Task): Span[] {
	const cuts = task.fields
		.filter((field) => field.role !== 'content')
		.map((field) => ({ start: Math.min(field.labelSpan.start, field.valueSpan.start), end: Math.max(field.labelSpan.end, field.valueSpan.end) }))
		.sort((a, b) => a.start - b.start);
	const spans: Span[] = [];
	let at = task.marker.span.end;
	for (const cut of cuts) {
		if (cut.start > at) {
			spans.push({ start: at, end: cut.start });
		}
		at = Math.max(at, cut.end);
	}
	if (task.span.end > at) {
		spans.push({ start: at, end: task.span.end });
	}
	return spans;
}
