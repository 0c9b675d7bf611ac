import type { UnitRole } from '../syntax/fieldLabels';
import type { MentionDigest, NoticeDigest, TaskDigest } from '../model/noticeDigest';
import type { UnitDirectory } from '../units/unitDirectory';
import { unitIdentity } from './unitIdentity';

export interface NoticeEntry {
	uri: string;
	notice: NoticeDigest;
	directory: UnitDirectory | undefined;
}

export interface UnitReference {
	uri: string;
	mention: MentionDigest;
	task: TaskDigest;
	role: UnitRole;
}

/** Every mention of the unit `identity` across `notices`, in document order, with the role it plays. */
export function unitReferences(notices: Iterable<NoticeEntry>, identity: string): UnitReference[] {
	const result: UnitReference[] = [];
	for (const entry of notices) {
		for (const mention of entry.notice.units) {
			if (unitIdentity(mention, entry.directory) === identity) {
				result.push({ uri: entry.uri, mention, task: mention.task, role: mention.role });
			}
		}
	}
	return result;
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
