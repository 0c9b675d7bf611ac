import { leadsAsRead } from '../model/hasLead';
import type { Field, LeadConvention, Marker, ParseFinding, Section, Task, TextRef, UnitMention } from '../model/types';
import type { UnitRole } from '../syntax/fieldLabels';
import { MarkerKind } from '../syntax/markers';
import { detached } from '../text/detached';
import { lineBreakBefore } from '../text/lineBreaks';
import { mapList } from '../text/objectLists';
import type { Span } from '../text/lineIndex';
import type { PrefixHabits } from '../units/splitUnitList';
import type { DocumentParts } from './documentParts';
import type { Segment } from './gluedLines';
import type { ItemFacts, ItemObjects } from './itemDecisions';
import type { ItemDecision } from './taskLevel';
import type { PrefixCandidate } from './unitMentions';
import type { NoticeText } from '../text/noticeText';

/**
 * A run of segments from a task's marker line up to the next boundary (another item, a table, the
 * end of a part): what the walk reads of it depends on its lines and their item decisions alone.
 * A reading keeps each run with what reading it gave, before the notice-wide decisions of the
 * finish (level prefixes, lead conventions, inherited units) changed its mentions, so the next
 * version of the text takes the run as it is when its lines and decisions are unchanged.
 */
export interface TaskRun {
	/** Whole lines, line breaks included: [start of its first line, start of the line after its last). */
	start: number;
	end: number;
	decisions: ReadonlyArray<ItemDecision | undefined>;
	tasks: Task[];
	/** Its tasks' mentions in order (their lists of mentions one after the other), for the notice's list without a look at each task. */
	units: UnitMention[];
	/** Per task, the leader it names itself (a heading above may give one in the finish). */
	leaders: ReadonlyArray<TextRef | undefined>;
	/** Per mention of its tasks' fields, in order, the role as read (before the lead rules). */
	roles: UnitRole[];
	findings: readonly ParseFinding[];
	/** The level-prefix habits of its unit groups (see writerRepeatsLevelPrefix). */
	prefixHabits: Readonly<PrefixHabits>;
	candidates: readonly PrefixCandidate[];
	conventions: readonly LeadConvention[];
	/** How many of its tasks own a group line's fields (see inheritFromGroupLines). */
	groupLineTasks: number;
	/**
	 * Its only task when it has one (nearly every run), else undefined: what the walk places without
	 * loading the list of its tasks and the list's store (two loads from anywhere in the heap per run
	 * on every keystroke, the largest part of reuseRun's time in the 800 KB notice).
	 */
	onlyTask: Task | undefined;
	/**
	 * Its first task's marker's number when that marker is a row's (MarkerKind.Row), else undefined:
	 * what unchangedRun compares, kept here so that a keystroke does not load every run's first task and
	 * its marker from memory (a load from anywhere in the heap per run, a third of the walk's own time in an 800 KB notice).
	 */
	rowNumber: number | undefined;
	/**
	 * Its first segment's marker's kind, which decides the sections the run closes (closeSectionsFor):
	 * the same lines read alike give the same marker, so a run taken gives it and the walk does not
	 * load every run's marker from memory on a keystroke (a tenth of readRun's own time in the 800 KB notice).
	 */
	kind: MarkerKind;
	/**
	 * On a run taken by the reading in progress: per task, whether a heading above gave it a lead in
	 * the previous reading (the finish compares it with this reading's); undefined when none had one.
	 */
	leadsFromHeadings?: boolean[];
}

/** What the finish of a reading decided over the whole notice, which the lead rules and level prefixes of every task follow. */
export interface FinishDecisions {
	convention: LeadConvention | undefined;
	/** The convention is declared after every task (a note under the list): it covers them all (see applyLeadRules). */
	conventionAfterTasks: boolean;
	repeatsLevelPrefix: boolean;
	/** A heading passed units or a leader down to tasks under it (see inheritFromSections). */
	passedDown: boolean;
}

/** Where the text changed: [start, oldEnd) of the previous text became [start, newEnd) of the new one. */
export interface EditedRegion {
	start: number;
	oldEnd: number;
	newEnd: number;
}

/** The previous reading's runs, in order, and the edit that separates the two texts. */
export interface PreviousRuns {
	/** In document order: the walk asks for them in that order (see unchangedRun). */
	runs: readonly TaskRun[];
	/** The first run not yet passed by the walk (no map of the runs by start: a keystroke made one of a thousand). */
	cursor: number;
	/** The offset from the text of the run unchangedRun last gave to the new one (a field, not a pair returned: a keystroke made one per run). */
	delta: number;
	edit: EditedRegion;
	/** The previous reading's finish; undefined when it failed. */
	finish: FinishDecisions | undefined;
	/** What each item of the previous reading carries (see decideItemsInSteps). */
	items: ItemFacts;
	/** The previous reading's document parts (undefined: found again over all lines). */
	parts: DocumentParts | undefined;
	/** The previous reading's segments (see splitGluedLines). */
	segments: readonly Segment[] | undefined;
	/** The previous reading's item objects (see decideItemsInSteps). */
	itemObjects: ItemObjects | undefined;
	/**
	 * The previous notice is still read while this reading goes on in steps: its runs are copied,
	 * not taken (slower, but the reading may then yield anywhere).
	 */
	copy: boolean;
	/** The previous notice's mentions, tasks, sections and top-level children (a reading in one go hands them on: see SpareLists). */
	units: readonly UnitMention[] | undefined;
	tasks: readonly Task[];
	sections: readonly Section[];
	children: ReadonlyArray<Section | Task>;
	/** Lists the previous reading no longer reads, filled by this one when it reads in one go (see SpareLists). */
	spare: SpareLists | undefined;
}

/**
 * Lists a reading hands on for the next one read in one go to fill instead of making its own: its
 * own lists of the walk, and the lists of the reading it gave up (read in one go from it), which
 * nothing reads any more. Each was made anew on every keystroke, a list over every run or mention
 * of the notice (some 70 KB of a keystroke's garbage in the 200 KB notice). So a notice's lists
 * (its tasks, its mentions) are its own only until the reading after the next: what keeps a
 * notice's tasks from one check to the next keeps a copy (SpellingIdentities).
 */
export interface SpareLists {
	/** The runs taken, and where their tasks stand: lists of the walk only. */
	taken: TaskRun[];
	takenTasks: number[];
	/** Per run taken, the section its tasks are under (see NoticeInterpreter.placeTaken). */
	takenSections: Array<Section | undefined>;
	/** The runs of the reading given up; undefined when none was. */
	runs: TaskRun[] | undefined;
	/** The notice's mentions and tasks, and the segments of its lines, in the reading given up. */
	units: UnitMention[] | undefined;
	tasks: Task[] | undefined;
	segments: Segment[] | undefined;
	/**
	 * Its sections, and its list of top-level children: the sections are written anew in their order,
	 * their lists of children by index (a keystroke made every section and its list again, some 35 KB
	 * of the 200 KB notice's keystroke, and grew each list push by push).
	 */
	sections: Section[] | undefined;
	children: Array<Section | Task> | undefined;
}

/**
 * The previous run covering the same lines as [start, end) of the new text (the offset from its
 * text to the new one left in `previous.delta`); undefined when the edit touches those lines or the
 * lines are read otherwise (another count of segments, another decision; `segment`: its first, whose marker's number a row's is compared with).
 */
export function unchangedRun(previous: PreviousRuns, text: NoticeText, start: number, end: number, decisions: ReadonlyArray<ItemDecision | undefined>, first: number, count: number, segment: Segment): TaskRun | undefined {
	const { edit, runs } = previous;
	let delta: number;
	if (end <= edit.start && lineBreakBefore(text, end)) {
		delta = 0;
	} else if (start >= edit.newEnd) {
		delta = edit.newEnd - edit.oldEnd;
	} else {
		return undefined;
	}
	// The walk asks in document order, and a run's start in the previous text only grows from one
	// question to the next (before the edit: where it is; after: where it is less the edit's growth).
	const from = start - delta;
	let at = previous.cursor;
	while (at < runs.length && runs[at].start < from) {
		at++;
	}
	previous.cursor = at;
	const run = runs[at];
	if (!run || run.start !== from || run.end + delta !== end || run.decisions.length !== count) {
		return undefined;
	}
	// A paragraph's task numbered by its place (see paragraphTasks.markStarts): a paragraph above may have moved it.
	// The first segment's marker read only then (a load from memory per run otherwise).
	if (run.rowNumber !== undefined && run.rowNumber !== segment.marker!.number) {
		return undefined;
	}
	for (let k = 0; k < run.decisions.length; k++) {
		if (run.decisions[k] !== decisions[first + k]) {
			return undefined;
		}
	}
	// Past it: taken, it moves (its start is then no more the previous text's).
	previous.cursor = at + 1;
	previous.delta = delta;
	return run;
}

/**
 * The run's tasks moved by `delta`, in place: the previous reading gives them up (its notice is not
 * read again). Taken, their offsets are moved in place too, once the walk has placed every run
 * (placeTakenTasks: numbers on the task, its marker, fields and mentions; a keystroke in a notice of
 * 200 KB once moved some ten thousand span objects into new ones, most of its garbage); the few span
 * objects left (a deadline's, a name tail's, a qualifier's) are replaced, and the leaders, parse
 * findings and conventions are moved here into new lists, so the previous reading's lists are not
 * changed. Copied (`copy`), the tasks are the previous reading's too and are copied and moved here
 * (see copyRun). Their roles and names stay as the previous finish left them: the finish of this
 * reading restores them as read only where its decisions differ (see tasksToFinish). `asRead`: the
 * previous finish passed nothing down from a heading, so each task has its leader as read and
 * inherits no unit already: a run taken in place whose leaders do not move is taken without a look
 * at its tasks (a keystroke took every run of the notice so, task by task).
 */
export function takeRun(source: TaskRun, delta: number, copy: boolean, asRead = false): TaskRun {
	// Taken in place (one object fewer per run: a notice of 200 KB has a thousand), unless copied.
	const run = copy ? copyRun(source) : source;
	run.start += delta;
	run.end += delta;
	// A new list only where a task names a leader: most runs share NO_LEADER, which is not moved.
	const movesLeaders = delta !== 0 && run.leaders !== NO_LEADER && namesLeader(run.leaders);
	if (movesLeaders) {
		run.leaders = movedLeaders(run.leaders, delta);
	}
	if (delta !== 0) {
		if (run.findings.length > 0) {
			run.findings = movedFindings(run.findings, delta);
		}
		if (run.conventions.length > 0) {
			run.conventions = movedConventions(run.conventions, delta);
		}
	}
	run.leadsFromHeadings = undefined;
	// Taken in place, the tasks' offsets are moved after the walk (placeTakenTasks); as read, a task
	// then needs its moved leader alone.
	if (asRead && !copy && !movesLeaders) {
		return run;
	}
	for (let t = 0; t < run.tasks.length; t++) {
		const task = run.tasks[t];
		if (delta !== 0 && copy) {
			moveTask(task, delta);
		}
		if (task.inheritedUnits.length > 0 && leadFromHeading(task)) {
			(run.leadsFromHeadings ??= new Array<boolean>(run.tasks.length).fill(false))[t] = true;
		}
		// As read, before the finish: the finish passes leads and leaders down from the headings again.
		// Read from the list even when it is NO_LEADER (a run of one task, t = 0): a branch taken only by
		// a run of several tasks had no type feedback when the first one came, and V8 threw takeRun away.
		task.leader = run.leaders[t];
		task.inheritedUnits = NO_MENTIONS;
		task.inheritedDeadline = undefined;
	}
	return run;
}

/*
 * The moved lists of a run: of the kind the lists as read are (a copy by slice, written by index;
 * see mapList), their objects written out, not spread (a spread copy is of another hidden class):
 * the first moved one of a session threw away the optimized code reading them ("wrong map" in
 * reuseRun, takeRun, namesLeader, finish). Loops in functions of their own, not mapList with an
 * arrow function reading `delta`: that made takeRun allocate a context on every call (30 KB a
 * keystroke at 200 KB), where map() inlined in optimized code did not.
 */

function movedFindings(findings: readonly ParseFinding[], delta: number): ParseFinding[] {
	const moved = findings.slice();
	for (let f = 0; f < moved.length; f++) {
		const finding = moved[f];
		moved[f] = { code: finding.code, span: move(finding.span, delta), args: finding.args };
	}
	return moved;
}

function movedConventions(conventions: readonly LeadConvention[], delta: number): LeadConvention[] {
	const moved = conventions.slice();
	for (let c = 0; c < moved.length; c++) {
		const convention = moved[c];
		moved[c] = { firstListedLeads: convention.firstListedLeads, span: move(convention.span, delta) };
	}
	return moved;
}

function movedLeaders(leaders: ReadonlyArray<TextRef | undefined>, delta: number): ReadonlyArray<TextRef | undefined> {
	const moved = leaders.slice();
	for (let t = 0; t < moved.length; t++) {
		const leader = moved[t];
		if (leader) {
			moved[t] = moveRef(leader, delta);
		}
	}
	return moved;
}

function namesLeader(leaders: ReadonlyArray<TextRef | undefined>): boolean {
	for (let t = 0; t < leaders.length; t++) {
		if (leaders[t] !== undefined) {
			return true;
		}
	}
	return false;
}

/**
 * Whether a heading or a group line gave the task a lead, as the lead rules read it (leadsAsRead: a group line's
 * unit in its field's role, not as the lead rules of its own item left it). A loop inside: tasksToFinish asks it
 * for every task taken, on every keystroke.
 */
function leadFromHeading(task: Task): boolean {
	return leadsAsRead(task.inheritedUnits);
}

/**
 * The task's mentions replaced by copies, which the finish then changes: a mention's role, name and
 * key are changed only by the reading that makes it (a taken mention gets new spans in place), so a
 * task whose list of mentions is the one a check saw has the roles, names and keys that check saw
 * (see KeptTaskFindings). The run's prefix candidates follow the copies.
 */
function renewMentions(run: TaskRun, task: Task): void {
	const copies = new Map<UnitMention, UnitMention>();
	// A list of the kind the reading's lists of mentions are (see mapList); the fields' are places in it.
	task.units = mapList(task.units, (unit) => {
		const copy: UnitMention = { ...unit };
		copies.set(unit, copy);
		return copy;
	});
	for (const candidate of run.candidates) {
		candidate.mention = copies.get(candidate.mention) ?? candidate.mention;
	}
}

/** The run's mentions with their roles and names as read, before any finish. */
function restoreRun(run: TaskRun): void {
	for (const task of run.tasks) {
		renewMentions(run, task);
	}
	run.units = unitsOf(run.tasks);
	let role = 0;
	for (const task of run.tasks) {
		for (const unit of task.units) {
			unit.role = run.roles[role++];
		}
	}
	for (const candidate of run.candidates) {
		candidate.mention.name = candidate.name;
		candidate.mention.key = candidate.key;
		candidate.mention.completed = candidate.completed;
	}
}

/** One task's roles as read (its names do not depend on what a heading gives it). */
function restoreRoles(run: TaskRun, task: Task): void {
	renewMentions(run, task);
	run.units = unitsOf(run.tasks);
	let role = 0;
	for (const other of run.tasks) {
		for (const unit of other.units) {
			if (other === task) {
				unit.role = run.roles[role];
			}
			role++;
		}
		if (other === task) {
			return;
		}
	}
}

/**
 * The tasks whose lead rules, and the prefix candidates whose level prefix, the finish decides
 * again; the others keep what the previous finish decided. A taken run keeps it only when that is
 * what this finish would decide: the same writer's habit for level prefixes, the same first-listed
 * convention at the same place (edited text moved), and for each task the same lead, or none,
 * passed down from a heading — compared, not assumed. Otherwise every taken run is restored as read
 * and everything is decided again, as in a fresh read. `fresh`: what this reading read itself.
 */
export function tasksToFinish(previous: PreviousRuns | undefined, taken: readonly TaskRun[], takenWithLeads: number, decisions: FinishDecisions, fresh: { tasks: Task[]; candidates: readonly PrefixCandidate[] }): { tasks: Task[]; candidates: readonly PrefixCandidate[] } {
	if (taken.length === 0) {
		return fresh;
	}
	if (!previous?.finish || previous.finish.repeatsLevelPrefix !== decisions.repeatsLevelPrefix || previous.finish.conventionAfterTasks !== decisions.conventionAfterTasks || !sameConvention(previous.finish.convention, decisions.convention, previous.edit)) {
		const candidates = [...fresh.candidates];
		for (const run of taken) {
			restoreRun(run);
			candidates.push(...run.candidates);
			fresh.tasks.push(...run.tasks);
		}
		return { tasks: fresh.tasks, candidates };
	}
	if (!decisions.passedDown && takenWithLeads === 0) {
		// Nothing passed down by this finish, and no taken run's tasks had a lead from a heading (counted as the walk
		// took them): the loop below would pass over every run, a load from memory each (3 % of a keystroke's
		// profile in the 800 KB notice, whose headings pass nothing).
		return fresh;
	}
	for (const run of taken) {
		// Nothing passed down by this finish, and nothing by the previous one to this run's tasks: no
		// lead from a heading changed here (most notices' headings pass nothing, and this loop read
		// every task taken on every keystroke).
		if (!decisions.passedDown && run.leadsFromHeadings === undefined) {
			continue;
		}
		for (let t = 0; t < run.tasks.length; t++) {
			const task = run.tasks[t];
			if (leadFromHeading(task) !== (run.leadsFromHeadings?.[t] ?? false)) {
				restoreRoles(run, task);
				fresh.tasks.push(task);
			}
		}
	}
	return fresh;
}

/** The previous convention, where the edit moved it, is this one: every task not read again stands on the same side of it. */
function sameConvention(before: LeadConvention | undefined, after: LeadConvention | undefined, edit: EditedRegion): boolean {
	if (!before || !after) {
		return before === after;
	}
	const start = before.span.start < edit.start ? before.span.start : before.span.start >= edit.oldEnd ? before.span.start + edit.newEnd - edit.oldEnd : -1;
	return start === after.span.start && before.firstListedLeads === after.firstListedLeads && before.shared === after.shared && before.markedLeads === after.markedLeads;
}

/** The tasks' lists of mentions, one after the other. */
export function unitsOf(tasks: readonly Task[]): UnitMention[] {
	// Indexed loops, here and in rolesOf: every run of a first reading passes here while the code is
	// still interpreted, where each step of an iterator is an object. Grown by push, as before: made at
	// its size (a holey list in V8), warm reads of the 2 MB notice measured no faster, perhaps slower.
	const units: UnitMention[] = [];
	for (let t = 0; t < tasks.length; t++) {
		const mentions = tasks[t].units;
		for (let u = 0; u < mentions.length; u++) {
			units.push(mentions[u]);
		}
	}
	return units;
}

/**
 * What a run keeps of its reading before the finish changes it (see TaskRun): per mention, its role
 * as read, from the run's mentions in order (unitsOf). Of exact size (an array grown by push holds
 * seventeen slots, and every run keeps one).
 */
export function rolesOf(units: readonly UnitMention[]): UnitRole[] {
	const count = units.length;
	const roles: UnitRole[] = new Array(count);
	for (let u = 0; u < count; u++) {
		roles[u] = units[u].role;
	}
	return roles;
}

/** Per task of a run, the leader it names itself: NO_LEADER for a run of one task that names none (nearly every run). */
export function leadersOf(tasks: readonly Task[]): ReadonlyArray<TextRef | undefined> {
	return tasks.length === 1 && tasks[0].leader === undefined ? NO_LEADER : mapList(tasks, (task) => task.leader);
}

/** The run's first task's number when its marker is a row's (see TaskRun.rowNumber). */
export function rowNumberOf(tasks: readonly Task[]): number | undefined {
	return tasks.length > 0 && tasks[0].marker.kind === MarkerKind.Row ? tasks[0].marker.number : undefined;
}

const NO_MENTIONS: readonly UnitMention[] = [];

/**
 * The strings a run's tasks keep, copied out of the text they were read from. A string sliced from
 * a text keeps the whole text alive, and a run read again on a keystroke outlives that version of
 * the text: an open notice of 200 KB typed in for a thousand keystrokes held a hundred of its
 * versions (100 MB) through its tasks' titles and texts. A first reading keeps its own text anyway.
 */
export function detachStrings(tasks: readonly Task[], candidates: readonly PrefixCandidate[]): void {
	for (const task of tasks) {
		task.title = detached(task.title);
		task.text = detached(task.text);
		if (task.leader) {
			task.leader = { text: detached(task.leader.text), span: task.leader.span };
		}
		if (task.deadline) {
			task.deadline = { text: detached(task.deadline.text), span: task.deadline.span };
		}
		if (task.progress) {
			task.progress = { text: detached(task.progress.text), span: task.progress.span };
		}
		for (const field of task.fields) {
			field.label = detached(field.label);
		}
		for (const unit of task.units) {
			unit.written = detached(unit.written);
			unit.name = detached(unit.name);
			unit.key = detached(unit.key);
			if (unit.qualifier) {
				unit.qualifier = { text: detached(unit.qualifier.text), span: unit.qualifier.span, kind: unit.qualifier.kind };
			}
		}
	}
	for (const candidate of candidates) {
		candidate.name = detached(candidate.name);
		candidate.key = detached(candidate.key);
	}
}

/**
 * The leaders of a run of one task that names none (nearly every run): one list for all (takeRun
 * reads it, never changes it; typed read-only). Not frozen: a frozen list is of another hidden class
 * than the lists of leaders mapped from tasks (see mapList), and the first run naming a leader
 * threw away the optimized code of takeRun ("wrong map" in namesLeader, takeRun).
 */
const NO_LEADER: ReadonlyArray<TextRef | undefined> = [undefined];

/** The run with its own tasks, fields and mentions; what the previous reading holds is left alone. */
function copyRun(run: TaskRun): TaskRun {
	const mentions = new Map<UnitMention, UnitMention>();
	// Lists through mapList: map() of an empty list, or from optimized code, gives one of another kind.
	const tasks = mapList(run.tasks, (task) => {
		const copy: Task = { ...task, marker: { ...task.marker }, fields: [], units: [] };
		for (const field of task.fields) {
			copy.fields.push({ ...field });
		}
		for (const unit of task.units) {
			const mention: UnitMention = { ...unit, task: copy };
			mentions.set(unit, mention);
			copy.units.push(mention);
		}
		return copy;
	});
	const candidates = mapList(run.candidates, (candidate) => ({ ...candidate, mention: mentions.get(candidate.mention)! }));
	// Written out as readRun writes it (a spread copy is of another hidden class).
	return {
		start: run.start,
		end: run.end,
		decisions: run.decisions,
		tasks,
		units: unitsOf(tasks),
		leaders: run.leaders,
		roles: run.roles,
		findings: run.findings,
		prefixHabits: run.prefixHabits,
		candidates,
		conventions: run.conventions,
		groupLineTasks: run.groupLineTasks,
		onlyTask: tasks.length === 1 ? tasks[0] : undefined,
		rowNumber: run.rowNumber,
		kind: run.kind,
		leadsFromHeadings: run.leadsFromHeadings,
	};
}

function move(span: Span, delta: number): Span {
	return { start: span.start + delta, end: span.end + delta };
}

function moveRef(ref: TextRef, delta: number): TextRef {
	return { text: ref.text, span: move(ref.span, delta) };
}

function moveMarker(marker: Marker, delta: number): Marker {
	return { kind: marker.kind, number: marker.number, start: marker.start + delta, numberStart: marker.numberStart + delta, numberEnd: marker.numberEnd + delta, end: marker.end + delta };
}

function moveTask(task: Task, delta: number): void {
	task.marker = moveMarker(task.marker, delta);
	moveTaskOffsets(task, delta);
}

/** What moveTask and moveTaskInPlace both move: the task's offsets, its deadline's and progress's, its fields' and its mentions'. */
function moveTaskOffsets(task: Task, delta: number): void {
	task.titleStart += delta;
	task.titleEnd += delta;
	task.start += delta;
	task.end += delta;
	if (task.deadline) {
		task.deadline = moveRef(task.deadline, delta);
	}
	if (task.progress) {
		task.progress = moveRef(task.progress, delta);
	}
	for (const field of task.fields) {
		moveField(field, delta);
	}
	moveMentions(task.units, delta);
}

function moveField(field: Field, delta: number): void {
	field.labelStart += delta;
	field.labelEnd += delta;
	field.valueStart += delta;
	field.valueEnd += delta;
}

/**
 * The tasks of the runs taken in place (not copied), placed once the walk has placed every run:
 * tasks [ranges[k], ranges[k + 1]) of `tasks` for each pair k, under `sections[k / 2]`, each given
 * its index and section, and from the pair `moved` on (the runs after the edit) moved by `delta`
 * (see takeRun). In one loop of its own, not task by task as the walk takes each run: a task's
 * marker, fields and mentions are objects anywhere in the heap, and this short loop waits for the
 * memory of several tasks at once, where the walk's long step between two runs waited for each task's alone.
 */
export function placeTakenTasks(tasks: readonly Task[], ranges: readonly number[], count: number, sections: ReadonlyArray<Section | undefined>, moved: number, delta: number): void {
	for (let k = 0; k < count; k += 2) {
		const section = sections[k >> 1];
		for (let t = ranges[k]; t < ranges[k + 1]; t++) {
			const task = tasks[t];
			task.index = t;
			task.section = section;
			if (k >= moved) {
				moveTaskInPlace(task, delta);
			}
		}
	}
}

/** moveTask, the offsets changed instead of replaced: the task's own (see placeTakenTasks). */
function moveTaskInPlace(task: Task, delta: number): void {
	const marker = task.marker;
	marker.start += delta;
	marker.end += delta;
	marker.numberStart += delta;
	marker.numberEnd += delta;
	moveTaskOffsets(task, delta);
}

/** The task's mentions, `delta` further on (their fields hold places in the list, not offsets). */
function moveMentions(units: readonly UnitMention[], delta: number): void {
	for (let u = 0; u < units.length; u++) {
		const unit = units[u];
		unit.start += delta;
		unit.end += delta;
		unit.nameEnd += delta;
		if (unit.nameTailSpan) {
			unit.nameTailSpan = move(unit.nameTailSpan, delta);
		}
		if (unit.qualifier) {
			unit.qualifier = { text: unit.qualifier.text, span: move(unit.qualifier.span, delta), kind: unit.qualifier.kind };
		}
	}
}
