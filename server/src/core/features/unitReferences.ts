import { ROLE_RANK, type UnitRole } from '../syntax/fieldLabels';
import { CompactNoticeDigest, digestYear, inheritedPairs, type MentionDigest, type NoticeDigest, type TaskDigest } from '../model/noticeDigest';
import type { UnitDirectory } from '../units/unitDirectory';
import { unitOf, type NamedUnit } from './unitIdentity';

export interface NoticeEntry {
	uri: string;
	notice: NoticeDigest;
	directory: UnitDirectory | undefined;
}

export interface UnitReference {
	readonly uri: string;
	readonly mention: MentionDigest;
	readonly task: TaskDigest;
	readonly role: UnitRole;
	/** The task's index in its notice: with `uri`, what tells two tasks apart (a digest's task objects are made on demand). */
	readonly taskIndex: number;
}

/** A reference to a mention of an open notice's model: its task and role are the mention's. */
class MentionReference implements UnitReference {
	constructor(
		readonly uri: string,
		readonly mention: MentionDigest,
	) {}

	get task(): TaskDigest {
		return this.mention.task;
	}

	get role(): UnitRole {
		return this.mention.role;
	}

	get taskIndex(): number {
		return this.mention.task.index;
	}
}

/** A notice as the unit index holds it: a digest's mentions are read from its columns, an open model's from its list. */
interface ReferencedNotice {
	readonly uri: string;
	readonly digest: CompactNoticeDigest | undefined;
	readonly mentions: readonly MentionDigest[];
	/** Tasks taking a unit from a heading (see inheritedPairs): task index, mention index. */
	readonly inherited: Int32Array;
	/** An open model's tasks (a digest makes its own). */
	readonly tasks: readonly TaskDigest[];
}

/**
 * A task that takes its unit from a heading above it (`一、市发改委牵头的工作`): the heading's
 * mention, with the task and the mention's role. Its place is the heading's.
 */
class InheritedReference implements UnitReference {
	constructor(
		private readonly notice: ReferencedNotice,
		private readonly pair: number,
	) {}

	get uri(): string {
		return this.notice.uri;
	}

	get mention(): MentionDigest {
		const at = this.notice.inherited[2 * this.pair + 1];
		return this.notice.digest ? this.notice.digest.mention(at) : this.notice.mentions[at];
	}

	get task(): TaskDigest {
		return this.notice.digest ? this.notice.digest.task(this.taskIndex) : this.notice.tasks[this.taskIndex];
	}

	get role(): UnitRole {
		const at = this.notice.inherited[2 * this.pair + 1];
		return this.notice.digest ? this.notice.digest.mentionRole(at) : this.notice.mentions[at].role;
	}

	get taskIndex(): number {
		return this.notice.inherited[2 * this.pair];
	}
}

/**
 * A reference to a mention of a digest: its notice and the mention's place only; role and task
 * index are read from the digest's columns, the mention and task made when asked for.
 */
class DigestReference implements UnitReference {
	constructor(
		private readonly notice: ReferencedNotice & { digest: CompactNoticeDigest },
		private readonly at: number,
	) {}

	get uri(): string {
		return this.notice.uri;
	}

	get mention(): MentionDigest {
		return this.notice.digest.mention(this.at);
	}

	get task(): TaskDigest {
		return this.notice.digest.task(this.notice.digest.mentionTask(this.at));
	}

	get role(): UnitRole {
		return this.notice.digest.mentionRole(this.at);
	}

	get taskIndex(): number {
		return this.notice.digest.mentionTask(this.at);
	}
}

/** A unit of the workspace: the name it is shown by, and every mention of it. */
export interface WorkspaceUnit {
	identity: string;
	name: string;
	/** Every mention of the unit, notice by notice in document order: made anew on each read (read once per use). */
	readonly references: UnitReference[];
	/**
	 * Its references and one more for each task that takes it from a heading above (at the heading's
	 * mention): what its tasks are counted and listed from, as the task table lists them.
	 */
	readonly taskReferences: UnitReference[];
	/** How many references, without making them. */
	readonly referenceCount: number;
	/** Each task reference's notice, task index and role, notice by notice, without making them. */
	eachReference(visit: (uri: string, taskIndex: number, role: UnitRole) => void): void;
	/** The names its mentions give it (as resolved), without making references. */
	mentionNames(): ReadonlySet<string>;
}

/**
 * A unit's references as pairs of numbers (notice, mention) in an Int32Array: a workspace of
 * 1,000 notices holds 420,000 references, 17 MB as objects, 3 MB as pairs.
 */
class UnitRecord implements WorkspaceUnit {
	private places = new Int32Array(0);
	private count = 0;
	/** Of `count`, the places of tasks taking the unit from a heading: their mention index is -1 - the pair's index. */
	private inheritedCount = 0;
	/** mentionNames, kept once asked (the record's references change only as it is built). */
	private names: Set<string> | undefined;

	constructor(
		readonly identity: string,
		readonly name: string,
		private readonly notices: readonly ReferencedNotice[],
		/** Its place in the order units were found in. */
		readonly ordinal: number,
	) {}

	/** Counts a reference to come (the pairs are made at their exact size: no growth, no copy). */
	reserve(inherited = false): void {
		this.count++;
		if (inherited) {
			this.inheritedCount++;
		}
	}

	add(notice: number, mention: number): void {
		this.names = undefined;
		if (this.places.length === 0) {
			this.places = new Int32Array(2 * this.count);
			this.count = 0;
		}
		this.places[2 * this.count] = notice;
		this.places[2 * this.count + 1] = mention;
		this.count++;
	}

	get referenceCount(): number {
		return this.count - this.inheritedCount;
	}

	get references(): UnitReference[] {
		return this.made(false);
	}

	get taskReferences(): UnitReference[] {
		return this.made(true);
	}

	private made(inherited: boolean): UnitReference[] {
		const references: UnitReference[] = [];
		for (let i = 0; i < this.count; i++) {
			const notice = this.notices[this.places[2 * i]];
			const at = this.places[2 * i + 1];
			if (at < 0) {
				if (inherited) {
					references.push(new InheritedReference(notice, -1 - at));
				}
				continue;
			}
			references.push(notice.digest ? new DigestReference(notice as ReferencedNotice & { digest: CompactNoticeDigest }, at) : new MentionReference(notice.uri, notice.mentions[at]));
		}
		return references;
	}

	/**
	 * The names the notices write the unit by, kept once asked: workspace symbols and the Units
	 * view's filter ask every unit at every keystroke of a query, and a unit of a large workspace has
	 * thousands of references.
	 */
	mentionNames(): ReadonlySet<string> {
		if (this.names) {
			return this.names;
		}
		const names = new Set<string>();
		for (let i = 0; i < this.count; i++) {
			const notice = this.notices[this.places[2 * i]];
			const at = this.places[2 * i + 1];
			if (at >= 0) {
				names.add(notice.digest ? notice.digest.mentionName(at) : notice.mentions[at].name);
			}
		}
		this.names = names;
		return names;
	}

	eachReference(visit: (uri: string, taskIndex: number, role: UnitRole) => void): void {
		for (let i = 0; i < this.count; i++) {
			const notice = this.notices[this.places[2 * i]];
			const at = this.places[2 * i + 1];
			if (at < 0) {
				const pair = -1 - at;
				const mention = notice.inherited[2 * pair + 1];
				visit(notice.uri, notice.inherited[2 * pair], notice.digest ? notice.digest.mentionRole(mention) : notice.mentions[mention].role);
			} else if (notice.digest) {
				visit(notice.uri, notice.digest.mentionTask(at), notice.digest.mentionRole(at));
			} else {
				const mention = notice.mentions[at];
				visit(notice.uri, mention.task.index, mention.role);
			}
		}
	}
}

/**
 * Every unit named across `notices` (see unitIdentity: a registry's unit, current as of each
 * notice's year, or a name), each with its mentions notice by notice in the order given and in
 * document order, and the role each plays: what references, hover counts, code lenses, workspace
 * symbols and the Units view read.
 */
export function workspaceUnits(notices: Iterable<NoticeEntry>): Map<string, WorkspaceUnit> {
	const units = new Map<string, UnitRecord>();
	const found: UnitRecord[] = [];
	const indexed: ReferencedNotice[] = [];
	const directories: Array<UnitDirectory | undefined> = [];
	const models: NoticeDigest[] = [];
	let total = 0;
	for (const entry of notices) {
		models.push(entry.notice);
		const digest = entry.notice instanceof CompactNoticeDigest ? entry.notice : undefined;
		const mentions = digest ? [] : entry.notice.units;
		indexed.push({ uri: entry.uri, digest, mentions, inherited: inheritedPairs(entry.notice), tasks: digest ? [] : entry.notice.tasks });
		directories.push(entry.directory);
		total += digest ? digest.unitCount : mentions.length;
	}
	// First each mention's unit, counted; then each unit's pairs at their size.
	const owners = new Int32Array(total);
	let next = 0;
	for (let n = 0; n < indexed.length; n++) {
		const { uri, digest, mentions, inherited } = indexed[n];
		const count = digest ? digest.unitCount : mentions.length;
		const first = next;
		const place = { uri, directory: directories[n] };
		const year = digestYear(models[n]);
		// A notice names its units again and again: each key read once.
		const read = new Map<string, NamedUnit>();
		for (let i = 0; i < count; i++) {
			const mention = digest ? { name: digest.mentionName(i), key: digest.mentionKey(i) } : mentions[i];
			let named = read.get(mention.key);
			if (!named) {
				named = unitOf(mention, place, year);
				read.set(mention.key, named);
			}
			const identity = named.identity;
			let unit = units.get(identity);
			if (!unit) {
				unit = new UnitRecord(identity, named.name, indexed, found.length);
				units.set(identity, unit);
				found.push(unit);
			}
			unit.reserve();
			owners[next++] = unit.ordinal;
		}
		for (let pair = 0; pair < inherited.length / 2; pair++) {
			found[owners[first + inherited[2 * pair + 1]]].reserve(true);
		}
	}
	next = 0;
	for (let n = 0; n < indexed.length; n++) {
		const { digest, mentions, inherited } = indexed[n];
		const count = digest ? digest.unitCount : mentions.length;
		const first = next;
		for (let i = 0; i < count; i++) {
			found[owners[next++]].add(n, i);
		}
		for (let pair = 0; pair < inherited.length / 2; pair++) {
			found[owners[first + inherited[2 * pair + 1]]].add(n, -1 - pair);
		}
	}
	return units;
}

/**
 * A number for each task of `references`, the same for references to the same task: the notice's
 * order of first appearance, then the task's index.
 */
function taskKeys(): (reference: UnitReference) => number {
	const notices = new Map<string, number>();
	return (reference) => {
		let notice = notices.get(reference.uri);
		if (notice === undefined) {
			notice = notices.size;
			notices.set(reference.uri, notice);
		}
		// Exact up to 2^21 notices of 2^32 tasks (a task index is an Int32).
		return notice * 0x100000000 + reference.taskIndex;
	};
}

export interface UnitTasks {
	lead: UnitReference[];
	responsible: UnitReference[];
	other: UnitReference[];
}

/** A unit's tasks by role, one entry per task (a unit named twice in a task counts once, in its strongest role). */
export function tasksByRole(references: readonly UnitReference[]): UnitTasks {
	const best = new Map<number, UnitReference>();
	const taskKey = taskKeys();
	for (const reference of references) {
		const key = taskKey(reference);
		const current = best.get(key);
		if (!current || ROLE_RANK[reference.role] < ROLE_RANK[current.role]) {
			best.set(key, reference);
		}
	}
	const result: UnitTasks = { lead: [], responsible: [], other: [] };
	// In task order (a task taking the unit from a heading is reached after the notice's mentions).
	for (const key of [...best.keys()].sort((a, b) => a - b)) {
		const reference = best.get(key)!;
		result[reference.role].push(reference);
	}
	return result;
}

/**
 * A unit's task counts by role, as `tasksByRole` counts them, and how many notices they are in,
 * without listing them (the Units view's top level: a unit of a large workspace has tens of
 * thousands of tasks). Its references come each notice's together: one notice's tasks are
 * remembered at a time, and no reference is made.
 */
export function taskCounts(unit: Pick<WorkspaceUnit, 'eachReference'>): { counts: Record<UnitRole, number>; notices: number } {
	const counts: Record<UnitRole, number> = { lead: 0, responsible: 0, other: 0 };
	// Task indexes of the notice being counted.
	const best = new Map<number, UnitRole>();
	const countNotice = () => {
		for (const role of best.values()) {
			counts[role]++;
		}
		best.clear();
	};
	let notices = 0;
	let current: string | undefined;
	unit.eachReference((uri, taskIndex, role) => {
		if (uri !== current) {
			countNotice();
			current = uri;
			notices++;
		}
		const held = best.get(taskIndex);
		if (held === undefined || ROLE_RANK[role] < ROLE_RANK[held]) {
			best.set(taskIndex, role);
		}
	});
	countNotice();
	return { counts, notices };
}
