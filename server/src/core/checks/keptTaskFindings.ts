import type { Notice, Task, UnitMention } from '../model/types';
import type { UnitRole } from '../syntax/fieldLabels';
import type { UnitDirectory } from '../units/unitDirectory';
import type { SeverityOverrides } from './checkTable';
import type { Finding, RelatedLocation } from './finding';
import { SpellingIdentities } from './spellingIdentities';
import { NumberingMemo } from '../model/numberingScopes';

/** A finding with the place of its rule in the list of rules: findings at one position are listed in rule order. */
export interface RankedFinding {
	finding: Finding;
	rank: number;
}

/** What the local rules read of the notice and the settings: the same for every task of a check (see KeptTaskFindings.checkState). */
export interface CheckState {
	kind: Notice['kind'];
	unitsInText: boolean;
	/** Whether the notice says its units share every task alike (LeadConvention.shared): no lead to designate. */
	shared: boolean;
	directory: UnitDirectory | undefined;
	/** The notice's year: an edit of the title may move it before or after a rename (renamed-unit). */
	year: number | undefined;
	overrides: SeverityOverrides | undefined;
}

/** What a task's local findings were found from, beside the task itself. */
interface Kept {
	task: Task;
	state: CheckState;
	/** Where the task started: its findings move with it. */
	start: number;
	/** What the task takes from a heading or a group line, as the lead rules read it (see inheritedState). */
	inherited: number;
	/** Per mention of the task, what the notice-wide decisions of the reading may change: its role (the lead rules), name and key (a level prefix), one after the other. */
	mentions: Array<UnitRole | string>;
	/** The task's list of mentions when they were compared last: while it is the task's, they are unchanged (see get). */
	units: readonly UnitMention[];
	findings: RankedFinding[];
}

/**
 * The local rules' findings of each task (see TaskRule), kept from one check of an open notice to
 * the next. An edit reads again only the runs of tasks it touches (rereadNotice): the other tasks
 * are the same objects, moved. What the finish of the reading may still change in them — their
 * mentions' roles, names and keys, whether a heading gives them a lead — and what the rules read of
 * the notice are compared, not assumed: any difference checks the task again. Mentions are compared
 * through their list: a reading changes a taken task's mentions only on copies in a new list
 * (renewMentions), so the list last compared stands for them. A task read again is a new object,
 * so it is checked. Keyed weakly: tasks no reading holds are dropped with it.
 */
export class KeptTaskFindings {
	private readonly byTask = new WeakMap<Task, Kept>();
	/**
	 * The same, by the task's position in the list last checked, one list per value a check reads
	 * (the task, its state, what it inherits, its list of mentions, its start and its findings):
	 * looked at first, in order. A keystroke in the 800 KB notice looks at every task; an object per
	 * task (the entry) was a load from memory for each (the check's loop was memory-bound on it),
	 * where these lists are read one after the other. A task at another position (a task added or
	 * removed before it), or another notice's task there, is found in the weak map. An entry's start
	 * and findings are written together, here or in the weak map's entry, so each pair stays one
	 * (the findings as they stand at that start). They hold the tasks of the notice checked last
	 * until the next check writes over them, as the spellings' last count does.
	 */
	private readonly atTask: Array<Task | undefined> = [];
	private readonly atEntry: Kept[] = [];
	private readonly atState: CheckState[] = [];
	private readonly atInherited: number[] = [];
	private readonly atUnits: Array<readonly UnitMention[]> = [];
	private readonly atStart: number[] = [];
	private readonly atFindings: RankedFinding[][] = [];
	/** The identities of the spellings the variants rule found, kept with the findings. */
	readonly spellings = new SpellingIdentities();
	/** The shapes of the numbered lists the last check found, kept with the findings (see NumberingMemo). */
	readonly numbering = new NumberingMemo();
	/** The state of the last check (see checkState). */
	private lastState: CheckState | undefined;

	/**
	 * The state of a check about to run, once for its tasks: the last check's object when nothing in it
	 * differs, so that a task kept from it is told by one comparison (see get), and a task's entry holds
	 * one reference, not six values (a new server's first check sets one a task in V8's first tiers).
	 */
	checkState(notice: Notice, directory: UnitDirectory | undefined, overrides: SeverityOverrides | undefined, year: number | undefined): CheckState {
		const kind = notice.kind;
		const unitsInText = notice.unitsNotInText === undefined;
		const shared = notice.convention?.shared === true;
		const last = this.lastState;
		if (last !== undefined && last.kind === kind && last.unitsInText === unitsInText && last.shared === shared && last.directory === directory && last.year === year && last.overrides === overrides) {
			return last;
		}
		this.lastState = { kind, unitsInText, shared, directory, year, overrides };
		return this.lastState;
	}

	/**
	 * The kept findings of a task, moved to where the task is now; undefined when they may differ.
	 * `state`: the check's (see checkState); `at`: the task's position in the list checked.
	 */
	get(task: Task, state: CheckState, at: number): RankedFinding[] | undefined {
		if (this.atTask[at] !== task) {
			return this.getMoved(task, state, at);
		}
		const keptState = this.atState[at];
		if ((keptState !== state && !sameState(keptState, state)) || this.atInherited[at] !== inheritedState(task)) {
			return undefined;
		}
		const units = task.units;
		if (units !== this.atUnits[at]) {
			if (!sameMentions(units, this.atEntry[at].mentions)) {
				return undefined;
			}
			this.atUnits[at] = units;
		}
		let findings = this.atFindings[at];
		const delta = task.start - this.atStart[at];
		if (delta !== 0) {
			if (findings.length > 0) {
				// New objects: the findings of the version before may still be held (a kept answer).
				findings = movedFindings(findings, delta);
				this.atFindings[at] = findings;
			}
			this.atStart[at] = task.start;
		}
		return findings;
	}

	set(task: Task, state: CheckState, findings: RankedFinding[], at: number): void {
		// Of exact size, written by index: a new server's first check sets one a task in V8's first tiers, where
		// each step of an iterator is an object and each push a call (and a list grown by push holds sixteen).
		const units = task.units;
		const count = units.length;
		const mentions: Array<UnitRole | string> = new Array(3 * count);
		for (let i = 0; i < count; i++) {
			const unit = units[i];
			mentions[3 * i] = unit.role;
			mentions[3 * i + 1] = unit.name;
			mentions[3 * i + 2] = unit.key;
		}
		const kept: Kept = {
			task,
			state,
			start: task.start,
			inherited: inheritedState(task),
			mentions,
			units,
			findings,
		};
		this.byTask.set(task, kept);
		this.atIndex(at, kept);
	}

	/** Forgets the positions from `count` on (a notice of `count` tasks was checked): a kept entry holds its task. */
	keepIndicesBelow(count: number): void {
		if (this.atTask.length > count) {
			this.atTask.length = count;
			this.atEntry.length = count;
			this.atState.length = count;
			this.atInherited.length = count;
			this.atUnits.length = count;
			this.atStart.length = count;
			this.atFindings.length = count;
		}
	}

	/** get for a task kept at another position, or by another check: its entry in the weak map, then put at `at`. */
	private getMoved(task: Task, state: CheckState, at: number): RankedFinding[] | undefined {
		const kept = this.byTask.get(task);
		if (kept === undefined) {
			return undefined;
		}
		// Its start and findings may be older than those at its last position (written there only): a pair all the same, the findings where they were at that start.
		if (!sameState(kept.state, state) || kept.inherited !== inheritedState(task)) {
			return undefined;
		}
		const units = task.units;
		if (units !== kept.units) {
			if (!sameMentions(units, kept.mentions)) {
				return undefined;
			}
			kept.units = units;
		}
		const delta = task.start - kept.start;
		if (delta !== 0 && kept.findings.length > 0) {
			kept.findings = movedFindings(kept.findings, delta);
		}
		kept.start = task.start;
		this.atIndex(at, kept);
		return kept.findings;
	}

	/** Puts an entry at a position (filled in order, a check going from the first task: no hole is left in the lists). */
	private atIndex(at: number, kept: Kept): void {
		if (at <= this.atTask.length) {
			this.atTask[at] = kept.task;
			this.atEntry[at] = kept;
			this.atState[at] = kept.state;
			this.atInherited[at] = kept.inherited;
			this.atUnits[at] = kept.units;
			this.atStart[at] = kept.start;
			this.atFindings[at] = kept.findings;
		}
	}
}

/**
 * A reading changes the mentions of a task it takes from the one before only on copies, which it
 * puts in a new list (renewMentions): the same list, the same mentions; another, compared with the
 * roles, names and keys kept (three values a mention).
 */
function sameMentions(units: readonly UnitMention[], mentions: ReadonlyArray<UnitRole | string>): boolean {
	if (units.length * 3 !== mentions.length) {
		return false;
	}
	for (let i = 0; i < units.length; i++) {
		const unit = units[i];
		if (unit.role !== mentions[3 * i] || unit.name !== mentions[3 * i + 1] || unit.key !== mentions[3 * i + 2]) {
			return false;
		}
	}
	return true;
}

/** Whether a task kept under state `kept` is checked alike under `state`: the same object, or another with the same values (a check of another notice came between). */
function sameState(kept: CheckState, state: CheckState): boolean {
	return kept === state || (kept.kind === state.kind && kept.unitsInText === state.unitsInText && kept.shared === state.shared && kept.directory === state.directory && kept.year === state.year && kept.overrides === state.overrides);
}

/**
 * What the lead rules read of the units a task takes from a heading or a group line: 0 none, 1 units
 * naming no lead, 2 a lead among them, 3 collectives only (see missingLead, leadNotDesignated).
 */
function inheritedState(task: Task): number {
	const units = task.inheritedUnits;
	let collectives = 0;
	for (let u = 0; u < units.length; u++) {
		if (units[u].role === 'lead') {
			return 2;
		}
		collectives += units[u].collective ? 1 : 0;
	}
	return units.length === 0 ? 0 : collectives === units.length ? 3 : 1;
}

function moved(finding: Finding, delta: number): Finding {
	const copy: Finding = {
		code: finding.code,
		severity: finding.severity,
		span: { start: finding.span.start + delta, end: finding.span.end + delta },
		args: finding.args,
		related: finding.related.length === 0 ? finding.related : movedRelatedList(finding.related, delta),
	};
	if (finding.suggestions) {
		copy.suggestions = finding.suggestions;
	}
	return copy;
}

/*
 * Moved lists of the kind the lists as read are (a copy by slice, written by index; see mapList):
 * map() gave lists of another kind from optimized code ("wrong map" in get, runChecksInSteps and
 * the host's diagnostics). Loops in functions of their own, not mapList with an arrow function
 * reading `delta`, which made get allocate a context on every call (every task, every keystroke).
 */

function movedFindings(findings: readonly RankedFinding[], delta: number): RankedFinding[] {
	const list = findings.slice();
	for (let f = 0; f < list.length; f++) {
		list[f] = { finding: moved(list[f].finding, delta), rank: list[f].rank };
	}
	return list;
}

function movedRelatedList(related: readonly RelatedLocation[], delta: number): RelatedLocation[] {
	const list = related.slice();
	for (let r = 0; r < list.length; r++) {
		list[r] = movedRelated(list[r], delta);
	}
	return list;
}

function movedRelated(related: RelatedLocation, delta: number): RelatedLocation {
	// A related location in another document does not move (local rules point inside their task).
	return related.uri === undefined ? { span: { start: related.span.start + delta, end: related.span.end + delta }, message: related.message } : related;
}
