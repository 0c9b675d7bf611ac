import { format, template, type Locale } from '../messages/message';
import { roleWord } from '../messages/roles';
import { noticeYear, yearContext } from '../model/noticeYear';
import type { YearContext } from '../model/deadlines';
import { taskFollowUp } from '../model/taskFollowUp';
import type { Marker, Notice, Section, Task, UnitMention } from '../model/types';
import type { Span } from '../text/lineIndex';
import { detached } from '../text/detached';
import { drain } from '../text/steps';
import { spanOf } from '../model/spansOf';
import type { NoticeText } from '../text/noticeText';
import { markedTitle } from './markedTitle';

export interface OutlineNode {
	kind: 'section' | 'task';
	/** The marker as written and the title's first clause: `一、于会游市长主抓重点工作`, `12.把招商引资作为…`. */
	name: string;
	/**
	 * For a task: its lead units, then its leader and deadline when the notice names them
	 * (`牵头：市发改委、市商务局 · 领导：王俊副市长 · 时限：6月底前`); empty when it has none.
	 */
	detail: string;
	span: Span;
	/** The marker and title, which the editor selects and reveals. */
	selectionSpan: Span;
	children: OutlineNode[];
}

/** A title longer than this is cut; a first clause up to it is the name on its own, so the detail stays in view. */
const NAME_LENGTH = 28;
/** A clause shorter than this says too little alone (`一是，`): the title goes on. */
const CLAUSE_MIN = 4;
const CLAUSE_END = /[，,。；;：:！!？?]/;

/** What the outline's detail reads, kept by its owner from one outline to the next: a notice's year, a task's leaders and deadlines. */
export interface FollowUpCache {
	/** The years of each parsed notice (its plan's, its signature's): the outline is asked again and again of one version. */
	years: WeakMap<Notice, YearContext>;
	/** Each task of a parsed notice, for the same reason. */
	byTask: WeakMap<Task, CachedFollowUp>;
	/** A task's leaders (its own field's) and deadlines as written, by the task's text (the notice's year and the task's reading compared too, see writtenFollowUp). */
	tasks: Map<string, CachedFollowUp[]>;
	size: number;
	capacity: number;
	/** Each task's name and detail as last written, with what they were written from (see taskNode). */
	nodes: WeakMap<Task, WrittenNode>;
}

/**
 * A task's name and detail, and what they were written from: the task's title and marker, its
 * leads, its leaders and deadlines (the entry writtenFollowUp gave), the locale. A task the reading
 * took from the version before is the same object with the same text: an outline is asked for after
 * every edit, and a 2 MB notice's 8,790 names and details written again took 23 ms of its
 * keystroke's 37 (the title's first clause looked for by two regular expressions, the detail's
 * parts formatted and joined).
 */
interface WrittenNode {
	locale: Locale;
	title: string;
	marker: Marker;
	markerEnd: number;
	leads: string[];
	followUp: CachedFollowUp;
	name: string;
	detail: string;
}

interface CachedFollowUp {
	year: number | undefined;
	/** The year of the notice's signature (YearContext.written), which `明年` counts from. */
	written: number | undefined;
	text: string;
	/** What the task's reading made of its text (see readingOf). */
	reading: string;
	/** The deadline a group line under the task gave it (see Task.inheritedDeadline): the finish may change it on a task taken from the version before. */
	inherited: string | undefined;
	leaders: string[];
	deadlines: string[];
}

/** `capacity`: the entries kept before the cache is emptied (the default but in tests). */
export function followUpCache(capacity = FOLLOW_UP_CACHE_SIZE): FollowUpCache {
	return { years: new WeakMap(), byTask: new WeakMap(), tasks: new Map(), size: 0, capacity, nodes: new WeakMap() };
}

/** Reading deadlines runs a dozen patterns over a task: cached by its text, so an edit reads again only the tasks it touches. */
const FOLLOW_UP_CACHE_SIZE = 50_000;

/**
 * The outline of a notice: sections, and tasks under them. `followUps` remembers what each task's
 * text gives (its owner keeps it from one outline to the next).
 */
export function outline(notice: Notice, locale: Locale = 'zh-cn', followUps: FollowUpCache = followUpCache()): OutlineNode[] {
	return drain(outlineInSteps(notice, locale, followUps, Number.MAX_SAFE_INTEGER));
}

/**
 * The outline, yielding every `tasksPerStep` tasks (a notice of megabytes: some ten thousand tasks,
 * their deadlines read from their text); `place` is given each node as it is made, with its heading
 * or task: a section's after its children's.
 */
export function* outlineInSteps(notice: Notice, locale: Locale, followUps: FollowUpCache, tasksPerStep: number, place?: (node: OutlineNode, item: Section | Task) => void): Generator<void, OutlineNode[], void> {
	const leadWord = roleWord('lead', locale);
	const separator = format('list.separator', [], locale);
	const leadsDetail = template('role.names', locale);
	const leaderDetail = template('outline.leader', locale);
	const deadlineDetail = template('outline.deadline', locale);
	const between = format('outline.separator', [], locale);
	let years = followUps.years.get(notice);
	if (years === undefined) {
		years = yearContext(noticeYear(notice));
		followUps.years.set(notice, years);
	}
	const markerOf = (item: Section | Task) => notice.text.slice(item.marker.start, item.marker.end).trim();
	const selectionOf = (item: Section | Task) => ({ start: item.marker.start, end: Math.max(item.titleEnd, item.marker.end) });
	const taskNode = (item: Task): OutlineNode => {
		// A lead named in a heading above the task (`（三）省编办牵头的工作`) is its lead too.
		const leads = leadNames(item);
		const known = followUps.nodes.get(item);
		// A task an outline met before may be met again (a reading takes it from the version before); a
		// new one may not (a notice read in slices copies every task at every edit): no entry is kept then.
		const seen = known !== undefined || followUps.byTask.has(item);
		const followUp = writtenFollowUp(item, notice.text, years, followUps);
		let name: string;
		let detail: string;
		if (known !== undefined && writtenFrom(known, item, leads, followUp, locale)) {
			name = known.name;
			detail = known.detail;
		} else {
			name = nameOf(markerOf(item), item.title);
			const parts: string[] = [];
			if (leads.length > 0) {
				parts.push(leadsDetail([leadWord, leads.join(separator)]));
			}
			if (followUp.leaders.length > 0) {
				parts.push(leaderDetail([followUp.leaders.join(separator)]));
			}
			if (followUp.deadlines.length > 0) {
				parts.push(deadlineDetail([followUp.deadlines.join(separator)]));
			}
			detail = parts.join(between);
			if (seen) {
				// The name copied out of this version's text (see detached): the entry lives as long as the
				// task, which later readings take. The title is the task's own (a run read again from an
				// edited text has its strings copied already).
				name = detached(name);
				followUps.nodes.set(item, { locale, title: item.title, marker: item.marker, markerEnd: item.marker.end - item.marker.start, leads, followUp, name, detail });
			}
		}
		return { kind: 'task', name, detail, span: spanOf(item), selectionSpan: selectionOf(item), children: [] };
	};

	let tasks = 0;
	let nextYield = tasksPerStep;
	// Sections are few: a generator each; tasks are made by a plain function, the count checked between them.
	function* nodes(items: ReadonlyArray<Section | Task>): Generator<void, OutlineNode[], void> {
		const made: OutlineNode[] = [];
		for (let i = 0; i < items.length; i++) {
			const item = items[i];
			let node: OutlineNode;
			if (item.type === 'section') {
				const children = yield* nodes(item.children);
				node = { kind: 'section', name: nameOf(markerOf(item), item.title), detail: '', span: spanOf(item), selectionSpan: selectionOf(item), children };
			} else {
				node = taskNode(item);
				// A count to reach, not a remainder: in one go tasksPerStep is past the small integers (see readStructureInSteps).
				if (++tasks >= nextYield) {
					nextYield += tasksPerStep;
					yield;
				}
			}
			place?.(node, item);
			made.push(node);
		}
		return made;
	}
	return yield* nodes(notice.children);
}

/** Whether `written` was written from what the task is now: the same title and marker, leads, leaders and deadlines, and locale. */
function writtenFrom(written: WrittenNode, task: Task, leads: readonly string[], followUp: CachedFollowUp, locale: Locale): boolean {
	if (written.title !== task.title || written.marker !== task.marker || written.markerEnd !== task.marker.end - task.marker.start || written.followUp !== followUp || written.locale !== locale || written.leads.length !== leads.length) {
		return false;
	}
	for (let l = 0; l < leads.length; l++) {
		if (written.leads[l] !== leads[l]) {
			return false;
		}
	}
	return true;
}

/**
 * The names of a task's leads, its own then its heading's, each once. Indexed loops, no spread or
 * set: the first outline of a notice (asked right after opening it) runs in the interpreter, where
 * each step of an iterator is a call and an object, for every task.
 */
function leadNames(task: Task): string[] {
	const names: string[] = [];
	addLeadNames(names, task.units);
	addLeadNames(names, task.inheritedUnits);
	return names;
}

function addLeadNames(names: string[], units: readonly UnitMention[]): void {
	for (let u = 0; u < units.length; u++) {
		const unit = units[u];
		if (unit.role === 'lead' && !names.includes(unit.name)) {
			names.push(unit.name);
		}
	}
}

/**
 * The leaders and deadlines of a task as written, read by taskFollowUp (the one place that reads
 * them), remembered by the task's text: looked up by a slice of it, which copies nothing (an
 * outline of thousands of tasks is asked for after every edit), kept by a copy. The text alone is
 * not enough: what a task's reading made of it is compared too (its fields' roles and places,
 * the deadline and leader it was given — a table's header decides which column is the deadline),
 * and the notice's year. A task kept from the outline before is looked up by itself first.
 */
function writtenFollowUp(task: Task, text: NoticeText, years: YearContext, cache: FollowUpCache): CachedFollowUp {
	const known = cache.byTask.get(task);
	if (known && known.year === years.notice && known.written === years.written && known.inherited === task.inheritedDeadline?.text) {
		return known;
	}
	// Looked up by the task's text itself: the engine hashes and compares it (a loop of ours over
	// every character was most of a first outline's look-ups, run in the interpreter).
	const written = text.slice(task.start, task.end);
	const reading = readingOf(task);
	const bucket = cache.tasks.get(written);
	const found = bucket?.find((entry) => entry.year === years.notice && entry.written === years.written && entry.reading === reading);
	if (found) {
		cache.byTask.set(task, found);
		return found;
	}
	const followUp = taskFollowUp(task, text, years);
	// A leader read from the heading above is in the section's own name; only the task's own is repeated here.
	// Copied out of this version's text (see detached): the entry outlives it, and a slice kept here
	// kept the whole text of every version whose outline was asked for (VS Code asks after each
	// edit): 0.15 MB a version of a 200 KB notice, 90 MB after 600 edits, freed only at the cap.
	const leaders = followUp.leaderSource === 'field' ? followUp.leaders.map((leader) => detached(leader.written)) : [];
	const deadlines: string[] = [];
	for (let d = 0; d < followUp.deadlines.length; d++) {
		const deadline = followUp.deadlines[d].written;
		if (!deadlines.includes(deadline)) {
			deadlines.push(detached(deadline));
		}
	}
	const inherited = task.inheritedDeadline ? detached(task.inheritedDeadline.text) : undefined;
	const entry = { year: years.notice, written: years.written, text: detached(written), reading: detached(reading), inherited, leaders, deadlines };
	// The bucket looked up is the cleared map's when the cap is reached: the entry goes in a new one.
	const full = cache.size >= cache.capacity;
	if (full) {
		cache.tasks.clear();
		cache.size = 0;
	}
	cache.size++;
	cache.byTask.set(task, entry);
	if (bucket && !full) {
		bucket.push(entry);
	} else {
		// Keyed by the entry's own copy: the slice looked up with would keep this version's text.
		cache.tasks.set(entry.text, [entry]);
	}
	return entry;
}

/**
 * What taskFollowUp reads of a task besides its text, in a string: its fields' roles and places
 * (from the task's start), the deadline and leader the reader gave it. Two tables of one notice
 * may hold the same row under other headers (`│工作任务│` under `│完成时限│` or not), and the
 * deadline and leader may be read from a row or heading above the task.
 */
function readingOf(task: Task): string {
	const from = task.start;
	let reading = `${task.deadline ? task.deadline.text : ''}\u0000${task.inheritedDeadline ? task.inheritedDeadline.text : ''}\u0000${task.leader ? `${task.leader.span.start >= from ? 'own' : 'above'}:${task.leader.text}` : ''}`;
	for (const field of task.fields) {
		reading += `\u0000${field.role}:${field.labelStart - from}:${field.labelEnd - from}:${field.valueStart - from}:${field.valueEnd - from}`;
	}
	return reading;
}

/**
 * The marker and the shortened title. A bare number (a table row's `1`, a `1 全面…` written with a
 * space) is followed by a space, as `1.` is by its point: row 1's `5G基站新建1000个` would read `15G基站…`.
 */
function nameOf(marker: string, title: string): string {
	return markedTitle(marker, shorten(title));
}

/** The title on one line: its first clause when that says enough, else cut only when it is clearly longer. */
function shorten(text: string): string {
	const single = text.replace(/\s+/g, ' ').trim();
	const clause = CLAUSE_END.exec(single);
	if (clause && clause.index >= CLAUSE_MIN && clause.index <= NAME_LENGTH) {
		const rest = single.slice(clause.index + 1).trim();
		return single.slice(0, clause.index) + (rest.length > 0 ? '…' : single[clause.index]);
	}
	return single.length > NAME_LENGTH + 4 ? cutAtCodePoint(single, NAME_LENGTH) + '…' : single;
}

/** The text's first `length` UTF-16 units, one fewer where that would cut a surrogate pair (an Extension B ideograph, 𠀀). */
export function cutAtCodePoint(text: string, length: number): string {
	const last = text.charCodeAt(length - 1);
	return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}
