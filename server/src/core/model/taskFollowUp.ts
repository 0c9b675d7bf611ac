import type { Span } from '../text/lineIndex';
import { readDeadlines, type Deadline, type YearContext } from './deadlines';
import { headingLeaders, readLeaders, type Leader } from './leaders';
import type { Field, Section, Task, TextRef } from './types';
import type { NoticeText } from '../text/noticeText';
import { foldVocabulary } from '../text/vocabularyFold';
import { isWhiteSpace } from '../text/characters';
import { isProgressLabel } from '../syntax/tableHeaders';

/** What a supervisor follows a task up by, besides its units: when it is due, and who answers for it. */
export interface TaskFollowUp {
	deadlines: Deadline[];
	/** A 完成时限 / 时间节点 field, or the task's own text (`6月底前完成`). */
	deadlineSource: 'field' | 'text' | undefined;
	/**
	 * A deadline field's or column's value as written, its paragraphs joined by `；` (`9月投入使用`, whose
	 * date the deadlines hold as `9月`; `年内持续推进`): what a clerk reads in the 完成时限 column. Undefined
	 * when the deadlines were found in the task's text.
	 */
	deadlineText?: string;
	/**
	 * What a progress list wrote about the task (`实际完成情况：已完成` / `进展情况：…`), its note
	 * fields' values as written, joined by `；`: the export's 进展情况 column. Undefined when it wrote none.
	 */
	progressText?: string;
	leaders: Leader[];
	/** A 责任领导 field of the task, or the heading above it (`一、于会游市长主抓重点工作`). */
	leaderSource: 'field' | 'heading' | undefined;
}

/** Whether the only deadline the task has from a field is a group line's: passed down to it, or the group line's own field on the last item. */
function onlyGroupDeadline(task: Task, deadlineFields: readonly Field[]): boolean {
	if (deadlineFields.length === 0) {
		return task.deadline === undefined && task.inheritedDeadline !== undefined;
	}
	const deadline = task.deadline;
	return deadlineFields.every((field) => field.style === 'group') && (deadline === undefined || deadlineFields.some((field) => field.valueStart === deadline.span.start));
}

/** The deadlines the task's own text names (`…，6月底前完成`). */
function proseDeadlines(task: Task, text: NoticeText, years: YearContext): Deadline[] {
	return proseSpans(task).flatMap((span) => readDeadlines(text.slice(span.start, span.end), span.start, 'inline', years));
}

/**
 * Deadlines and leaders of a task. The reader's own reading comes first — the leader and deadline it
 * keeps on the task from a field, a table column, or a heading or group row above it — then the
 * task's fields with role `deadline` and `leader`, a group line's deadline under it (after a deadline of the
 * task's own text), its text, and its section headings. The one place the table reads them.
 */
export function taskFollowUp(task: Task, text: NoticeText, years: YearContext): TaskFollowUp {
	const deadlineFields = task.fields.filter((field) => field.role === 'deadline');
	// A group line's deadline (`以上3项完成时限：2025年12月底前`) bounds the items it covers; one an item's own
	// text names (`2.…，6月底前完成。`) is the item's, and the date its office follows up.
	const own = onlyGroupDeadline(task, deadlineFields) ? proseDeadlines(task, text, years) : [];
	let deadlines: Deadline[];
	let deadlineSource: TaskFollowUp['deadlineSource'];
	if (own.length > 0) {
		deadlines = own;
		deadlineSource = 'text';
	} else if (task.deadline) {
		deadlines = inSource(text, task.deadline, readDeadlines(task.deadline.text, 0, 'field', years));
		deadlineSource = 'field';
	} else if (deadlineFields.length > 0) {
		deadlines = deadlineFields.flatMap((field) => readDeadlines(text.slice(field.valueStart, field.valueEnd), field.valueStart, 'field', years));
		deadlineSource = 'field';
	} else if (task.inheritedDeadline) {
		// A group line's under the items (`以上任务完成时限：2025年12月底前`): a field of theirs as much as the last's.
		deadlines = inSource(text, task.inheritedDeadline, readDeadlines(task.inheritedDeadline.text, 0, 'field', years));
		deadlineSource = 'field';
	} else {
		deadlines = proseDeadlines(task, text, years);
		deadlineSource = deadlines.length > 0 ? 'text' : undefined;
	}

	let leaders: Leader[];
	let leaderSource: TaskFollowUp['leaderSource'];
	if (task.leader) {
		leaders = inSource(text, task.leader, readLeaders(task.leader.text, 0));
		// Inside the task: its own field or column; before it: a heading or group row above.
		leaderSource = task.leader.span.start >= task.start ? 'field' : 'heading';
		if (leaderSource === 'field') {
			leaders = withOtherLeaderFields(task, text, leaders);
		}
	} else {
		leaders = task.fields.filter((field) => field.role === 'leader').flatMap((field) => readLeaders(text.slice(field.valueStart, field.valueEnd), field.valueStart));
		leaderSource = leaders.length > 0 ? 'field' : undefined;
	}
	if (leaders.length === 0) {
		for (let section: Section | undefined = task.section; section && leaders.length === 0; section = section.parent) {
			leaders = headingLeaders(section.title, section.titleStart);
		}
		leaderSource = leaders.length > 0 ? 'heading' : undefined;
	}
	// A field's value a line break cut (`完成时限：2025` / `年12月底前`) is one; a table cell's paragraphs are kept apart (see readTableRows).
	const written = task.deadline ? [task.deadline.text] : deadlineFields.length === 0 && task.inheritedDeadline ? [task.inheritedDeadline.text] : deadlineFields.map((field) => text.slice(field.valueStart, field.valueEnd).replace(/[\s\u3000]*[\r\n]+[\s\u3000]*/g, ''));
	const deadlineText = deadlineSource === 'field' ? asWritten(written) : undefined;
	const progressFields = task.fields.filter((field) => field.role === 'note' && isProgressLabel(foldVocabulary(field.label))).map((field) => text.slice(field.valueStart, field.valueEnd));
	const progressText = asWritten(task.progress ? [task.progress.text, ...progressFields] : progressFields);
	return { deadlines, deadlineSource, ...(deadlineText ? { deadlineText } : {}), ...(progressText ? { progressText } : {}), leaders, leaderSource };
}

/**
 * The task's leader and the people its other leader fields name (郑州 2012's 十件实事: `主管领导:王明` /
 * `主要责任人:李华`; only 王明 reached the 责任领导 column), each person once.
 */
function withOtherLeaderFields(task: Task, text: NoticeText, leaders: Leader[]): Leader[] {
	const { start, end } = task.leader!.span;
	for (const field of task.fields) {
		if (field.role !== 'leader' || (field.valueStart < end && field.valueEnd > start)) {
			continue;
		}
		for (const leader of readLeaders(text.slice(field.valueStart, field.valueEnd), field.valueStart)) {
			// One person written two ways (`责任领导：王明（副县长）` and `分管领导：王明`, a reviewer) is listed once.
			if (!leaders.some((one) => one.written === leader.written || (one.name !== undefined && one.name === leader.name))) {
				leaders.push(leader);
			}
		}
	}
	return leaders;
}

/** Values as a clerk reads them on one line: each trimmed, a cell's paragraphs (a line break) apart by `；`, empty ones left out. */
function asWritten(values: readonly string[]): string {
	return values
		.flatMap((value) => value.split(/[\s\u3000]*[\r\n]+[\s\u3000]*/))
		.map((value) => value.trim())
		.filter((value) => value.length > 0)
		.join('；');
}

/**
 * What was read from a reference's text (spans from 0 in it) placed in the document. A cell wrapped
 * in a table (`│年内见成│` / `│ 效 │`) or a field over two lines is read joined, its pieces one text:
 * its offsets are then walked along the source, what stands between the pieces stepped over (line
 * breaks, the frame, the other columns' text on those lines). A span from one piece to the next
 * covers what stands between them.
 */
function inSource<T extends { span: Span }>(text: NoticeText, ref: TextRef, read: T[]): T[] {
	const { start, end } = ref.span;
	if (end - start === ref.text.length && text.startsWith(ref.text, start)) {
		for (const item of read) {
			item.span = { start: item.span.start + start, end: item.span.end + start };
		}
		return read;
	}
	// at[j]: where the joined text's character j stands in the document (at[length]: the end).
	const at = new Array<number>(ref.text.length + 1);
	let source = start;
	for (let j = 0; j < ref.text.length; j++) {
		if (j > 0 && ref.text.charCodeAt(j - 1) === 0x0a) {
			// A paragraph is found whole, where it is written: a row's sub-items each have a deadline cell (淮安 2020's
			// `①…` / `2020年12月底前` / its units / `②新建改造26座城市公厕。` / `2020年6月底前`), and ②'s `26` is no date's `2`.
			const next = ref.text.indexOf('\n', j);
			source = paragraphAt(text.slice(source, end), ref.text.slice(j, next < 0 ? ref.text.length : next), source);
		}
		while (source < end && !sameCharacter(text.charCodeAt(source), ref.text.charCodeAt(j))) {
			source++;
		}
		at[j] = Math.min(source, end);
		source = Math.min(source + 1, end);
	}
	at[ref.text.length] = source;
	for (const item of read) {
		const from = at[item.span.start] ?? end;
		const to = item.span.end > item.span.start ? (at[item.span.end - 1] ?? end - 1) + 1 : from;
		item.span = { start: from, end: Math.max(from, Math.min(to, end)) };
	}
	return read;
}

/**
 * Where a reference's paragraph stands in `source` (the document from `from` on): the first place it opens a cell, else
 * the first place it is written (`from` when nowhere). A cell's paragraph opens a cell of its own (a line, or a tab's
 * cell), so the first place opening one is never past it: ②'s deadline cell `2020年6月底前`, not the same date inside
 * ②'s text above it (淮安 2020's `②2020年6月底前新建改造26座城市公厕。` / `2020年6月底前`). A search for a line holding
 * the paragraph alone went past a cell written `5` and a mark (test/fixtures/fuzz/19421927de37.txt).
 */
function paragraphAt(source: string, paragraph: string, from: number): number {
	let first = -1;
	for (let found = source.indexOf(paragraph); found >= 0 && paragraph.length > 0; found = source.indexOf(paragraph, found + 1)) {
		if (opensCell(source, found)) {
			return from + found;
		}
		first = first < 0 ? found : first;
	}
	return from + Math.max(0, first);
}

/** Whether only white space stands between `at` and a line break or tab before it (or the start of `source`). */
function opensCell(source: string, at: number): boolean {
	for (let i = at - 1; i >= 0; i--) {
		const code = source.charCodeAt(i);
		if (code === 0x0a || code === 0x0d || code === 0x09) {
			return true;
		}
		if (!isWhiteSpace(code)) {
			return false;
		}
	}
	return true;
}

/** The same character, or a line break both: a cell's paragraphs are joined by `\n` where the source may break a line with a lone `\r`. */
function sameCharacter(source: number, joined: number): boolean {
	return source === joined || ((source === 0x0d || source === 0x0a) && (joined === 0x0a || joined === 0x0d));
}

/**
 * The task's prose, line by line: its span without the marker and without unit, leader and deadline
 * fields. What a unit list wrote after its last unit stays (`责任单位:州司法局、…湘西经开区管委会,6月底完成`):
 * the reader leaves it out of the units as a note, and a deadline there is the task's.
 */
function proseSpans(task: Task): Span[] {
	const cuts = task.fields
		.filter((field) => field.role !== 'content')
		.map((field) => ({ start: Math.min(field.labelStart, field.valueStart), end: field.unitEnd > field.unitStart ? Math.max(field.labelEnd, task.units[field.unitEnd - 1].end) : Math.max(field.labelEnd, field.valueEnd) }))
		.sort((a, b) => a.start - b.start);
	const spans: Span[] = [];
	let at = task.marker.end;
	for (const cut of cuts) {
		if (cut.start > at) {
			spans.push({ start: at, end: cut.start });
		}
		at = Math.max(at, cut.end);
	}
	if (task.end > at) {
		spans.push({ start: at, end: task.end });
	}
	return spans;
}
