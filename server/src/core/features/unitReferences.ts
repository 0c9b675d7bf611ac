import type { UnitRole } from '../syntax/fieldLabels';
import { CompactNoticeDigest, type MentionDigest, type NoticeDigest, type TaskDigest } from '../model/noticeDigest';
import type { UnitDirectory } from '../units/unitDirectory';
import { displayName, unitIdentity } from './unitIdentity';

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

/** A notice as its digest's references share it. */
interface DigestNotice {
	readonly uri: string;
	readonly digest: CompactNoticeDigest;
}

/**
 * A reference to a mention of a digest: its notice and the mention's place only (a workspace
 * holds half a million references); role and task index are read from the digest's columns, the
 * mention and task made when asked for.
 */
class DigestReference implements UnitReference {
	constructor(
		private readonly notice: DigestNotice,
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
	references: UnitReference[];
}

/**
 * Every unit named across `notices`, each with its mentions in document order and the role each
 * plays: what references, hover counts, code lenses, workspace symbols and the Units view read.
 */
export function workspaceUnits(notices: Iterable<NoticeEntry>): Map<string, WorkspaceUnit> {
	const units = new Map<string, WorkspaceUnit>();
	const unitOf = (name: string, key: string, directory: UnitDirectory | undefined) => {
		const mention = { name, key };
		const identity = unitIdentity(mention, directory);
		let unit = units.get(identity);
		if (!unit) {
			unit = { identity, name: displayName(mention, directory), references: [] };
			units.set(identity, unit);
		}
		return unit;
	};
	for (const entry of notices) {
		const digest = entry.notice;
		if (digest instanceof CompactNoticeDigest) {
			const notice: DigestNotice = { uri: entry.uri, digest };
			for (let i = 0; i < digest.unitCount; i++) {
				unitOf(digest.mentionName(i), digest.mentionKey(i), entry.directory).references.push(new DigestReference(notice, i));
			}
		} else {
			for (const mention of digest.units) {
				unitOf(mention.name, mention.key, entry.directory).references.push(new MentionReference(entry.uri, mention));
			}
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
		// 2^24 tasks a notice: far above what the file size limit allows.
		return notice * 0x1000000 + reference.taskIndex;
	};
}

export interface UnitTasks {
	lead: UnitReference[];
	responsible: UnitReference[];
	other: UnitReference[];
}

/** A unit's tasks by role, one entry per task (a unit named twice in a task counts once, in its strongest role). */
export function tasksByRole(references: readonly UnitReference[]): UnitTasks {
	const rank: Record<UnitRole, number> = { lead: 0, responsible: 1, other: 2 };
	const best = new Map<number, UnitReference>();
	const taskKey = taskKeys();
	for (const reference of references) {
		const key = taskKey(reference);
		const current = best.get(key);
		if (!current || rank[reference.role] < rank[current.role]) {
			best.set(key, reference);
		}
	}
	const result: UnitTasks = { lead: [], responsible: [], other: [] };
	for (const reference of best.values()) {
		result[reference.role].push(reference);
	}
	return result;
}

/**
 * A unit's task counts by role, as `tasksByRole` counts them, and how many notices they are in,
 * without listing them (the Units view's top level: a unit of a large workspace has tens of
 * thousands of tasks). `references` as `workspaceUnits` makes them, each notice's together: one
 * notice's tasks are remembered at a time.
 */
export function taskCounts(references: readonly UnitReference[]): { counts: Record<UnitRole, number>; notices: number } {
	const rank: Record<UnitRole, number> = { lead: 0, responsible: 1, other: 2 };
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
	let uri: string | undefined;
	for (const reference of references) {
		if (reference.uri !== uri) {
			countNotice();
			uri = reference.uri;
			notices++;
		}
		const role = reference.role;
		const current = best.get(reference.taskIndex);
		if (current === undefined || rank[role] < rank[current]) {
			best.set(reference.taskIndex, role);
		}
	}
	countNotice();
	return { counts, notices };
}
