import { emptyList } from '../text/objectLists';
import type { LineIndex, Span } from '../text/lineIndex';
import type { DeclaredTaskCount, LeadConvention, Notice, ParseFinding, Section, Task, UnitMention } from './types';
import type { NoticeText } from '../text/noticeText';
import { unitsInSourceOrder } from '../interpret/unitsInSourceOrder';

const NO_BREAKS: readonly number[] = Object.freeze([]);
const NO_MENTIONS: readonly UnitMention[] = Object.freeze([]);

/**
 * A notice as the reader makes it. A class, not an object literal, for one reason: its list of every
 * mention (`units`) is made when first read (see unitsOnDemand below). A keystroke's reading made it
 * anew, a pass over every task of the notice (6.5% of the 800 KB keystroke's CPU, profiled
 * in-process; 12–15% where a heading names a unit), and the keystroke's diagnostics, outline, tokens
 * and most quick fixes read the tasks' own lists. A getter on an object literal was tried in an earlier round and made every
 * notice a slower kind of object (reading the 1,000-notice workspace 30–70% slower); a class's
 * getter on its prototype leaves its instances of one shape.
 */
export class ReadNotice implements Notice {
	kind: 'notice' | 'report' = 'notice';
	preambleSpan: Span;
	bodySpan: Span;
	trailerSpan: Span;
	// Of the kind they have once an object is pushed, as findings below: `[]` is of small integers
	// until the reading's first push, and the pushes' code, having met both kinds, called the push
	// builtin for every task instead of storing in place.
	children: Array<Section | Task> = emptyList();
	sections: Section[] = emptyList();
	tasks: Task[] = emptyList();
	convention: LeadConvention | undefined = undefined;
	declaredTaskCount: DeclaredTaskCount | undefined = undefined;
	unitsNotInText: Span | undefined = undefined;
	partBreaks: readonly number[] = NO_BREAKS;
	// Of the kind it has once a finding is pushed (see emptyList): read while empty and while not,
	// a list of two hidden classes threw away the optimized code of the walk ("wrong map" in
	// readRun, closeTask, finish) when a keystroke first made a finding.
	findings: ParseFinding[] = emptyList();
	/** The list of every mention once made; undefined while it waits to be read (see unitsOnDemand below). */
	private made: UnitMention[] | undefined = [];
	/** The list to write it into when it is made (see SpareLists). */
	private spare: UnitMention[] | undefined = undefined;
	/** The headings' mentions, put in their places when the list is made (see unitsInSourceOrder). */
	private headingUnits: readonly UnitMention[] = NO_MENTIONS;
	/** Whether a table was read: the list is then sorted when made (see unitsInSourceOrder). */
	private tableRead = false;

	constructor(
		public text: NoticeText,
		public lineIndex: LineIndex,
	) {
		this.preambleSpan = { start: 0, end: text.length };
		this.bodySpan = { start: text.length, end: text.length };
		this.trailerSpan = { start: text.length, end: text.length };
	}

	get units(): UnitMention[] {
		return (this.made ??= this.makeUnits());
	}

	set units(units: UnitMention[]) {
		this.made = units;
		this.spare = undefined;
		this.headingUnits = NO_MENTIONS;
		this.tableRead = false;
	}

	/**
	 * The list of every mention will be made from the tasks' lists when first read, with the
	 * headings' mentions (`一、…（牵头单位：县发改局）`) put in their places and, when a table was read,
	 * sorted (see unitsInSourceOrder). `spare`: the list of the reading the previous one gave up,
	 * written anew then (a client that asks each version for it makes no list a version).
	 */
	unitsOnDemand(spare: UnitMention[] | undefined, headingUnits: readonly UnitMention[], tableRead: boolean): void {
		this.made = undefined;
		this.spare = spare;
		this.headingUnits = headingUnits.length > 0 ? headingUnits : NO_MENTIONS;
		this.tableRead = tableRead;
	}

	/** The list of every mention when it is made; undefined while it waits to be read. */
	get unitsIfMade(): UnitMention[] | undefined {
		return this.made;
	}

	/** Whether the notice names a unit, without making its list of mentions. */
	namesAnyUnit(): boolean {
		const made = this.made;
		return made !== undefined ? made.length > 0 : this.headingUnits.length > 0 || anyTaskNamesUnit(this.tasks);
	}

	private makeUnits(): UnitMention[] {
		const own = unitsOfTasks(this.tasks, this.spare);
		return this.headingUnits.length > 0 || this.tableRead ? unitsInSourceOrder(own, this.headingUnits, this.tableRead) : own;
	}
}

/** A notice with nothing read yet: all of it preamble, no task. What a reading fills, or returns on failure. */
export function emptyNotice(text: NoticeText, lineIndex: LineIndex): ReadNotice {
	return new ReadNotice(text, lineIndex);
}

function unitsOfTasks(tasks: readonly Task[], spare: UnitMention[] | undefined): UnitMention[] {
	let count = 0;
	for (let t = 0; t < tasks.length; t++) {
		count += tasks[t].units.length;
	}
	// Of exact size, filled by index (grown by push, a list of 50,000 was copied some twenty times).
	const units: UnitMention[] = spare ?? new Array(count);
	units.length = count;
	let at = 0;
	for (let t = 0; t < tasks.length; t++) {
		const own = tasks[t].units;
		for (let u = 0; u < own.length; u++) {
			units[at++] = own[u];
		}
	}
	return units;
}

/** A notice's list of every mention when it is made; undefined while it waits to be read (see ReadNotice.unitsOnDemand). */
export function unitsIfMade(notice: Notice): UnitMention[] | undefined {
	return notice instanceof ReadNotice ? notice.unitsIfMade : notice.units;
}

/** Whether the notice names a unit, without making its list of mentions when it waits to be read. */
export function namesAnyUnit(notice: Notice): boolean {
	return notice instanceof ReadNotice ? notice.namesAnyUnit() : notice.units.length > 0;
}

/** Whether a task names a unit: the first that does ends the look (nearly always the first task). */
export function anyTaskNamesUnit(tasks: readonly Task[]): boolean {
	for (let t = 0; t < tasks.length; t++) {
		if (tasks[t].units.length > 0) {
			return true;
		}
	}
	return false;
}
