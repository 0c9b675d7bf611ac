import type { UnitRole } from '../syntax/fieldLabels';
import type { MentionDigest, NoticeDigest, TaskDigest } from '../model/noticeDigest';
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
}

/** A reference holds its notice and mention only; its task and role are the mention's (a workspace holds half a million references). */
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
	for (const entry of notices) {
		for (const mention of entry.notice.units) {
			const identity = unitIdentity(mention, entry.directory);
			let unit = units.get(identity);
			if (!unit) {
				unit = { identity, name: displayName(mention, entry.directory), references: [] };
				units.set(identity, unit);
			}
			unit.references.push(new MentionReference(entry.uri, mention));
		}
	}
	return units;
}

export interface UnitTasks {
	lead: UnitReference[];
	responsible: UnitReference[];
	other: UnitReference[];
}

/** A unit's tasks by role, one entry per task (a unit named twice in a task counts once, in its strongest role). */
export function tasksByRole(references: readonly UnitReference[]): UnitTasks {
	const rank: Record<UnitRole, number> = { lead: 0, responsible: 1, other: 2 };
	const best = new Map<TaskDigest, UnitReference>();
	for (const reference of references) {
		const current = best.get(reference.task);
		if (!current || rank[reference.role] < rank[current.role]) {
			best.set(reference.task, reference);
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
	const best = new Map<TaskDigest, UnitRole>();
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
		const current = best.get(reference.task);
		if (current === undefined || rank[reference.role] < rank[current]) {
			best.set(reference.task, reference.role);
		}
	}
	countNotice();
	return { counts, notices };
}
