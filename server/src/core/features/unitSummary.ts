import { format, type Locale, type MessageId } from '../messages/message';
import { ROLE_ORDER, roleCounts, roleWord } from '../messages/roles';
import type { TaskDigest } from '../model/noticeDigest';
import { renameApplies, renamingYear } from '../units/renamings';
import type { UnitDirectory } from '../units/unitDirectory';
import { tasksByRole, type UnitReference } from './unitReferences';

/** A unit across the workspace: its name, and its tasks by role. */
export interface UnitSummary {
	identity: string;
	name: string;
	lead: UnitReference[];
	responsible: UnitReference[];
	other: UnitReference[];
}

export function summarizeUnit(identity: string, name: string, references: readonly UnitReference[]): UnitSummary {
	return { identity, name, ...tasksByRole(references) };
}

/** The labels of the tasks in the notice `uri`: 3, 12 (or as `labelOf` names them). */
function taskNumbers(references: readonly UnitReference[], uri: string, labelOf: (task: TaskDigest) => string): string[] {
	return references.filter((reference) => reference.uri === uri).map((reference) => labelOf(reference.task));
}

export function taskLabel(task: TaskDigest): string {
	return task.section ? `${task.section.marker.number}.${task.marker.number}` : String(task.marker.number);
}

/**
 * Hover text for a unit (Markdown): its registry entry (canonical name, aliases, successor), its
 * tasks across the workspace by role, and the numbers of its tasks in this notice. A rename is
 * read as of `noticeYear`, the year of the notice hovered (none for a registry).
 */
export function unitHover(summary: UnitSummary, directory: UnitDirectory | undefined, mentionName: string, uri: string, locale: Locale, labelOf: (task: TaskDigest) => string = taskLabel, noticeYear?: number): string {
	const resolved = directory?.resolve(mentionName);
	const unit = resolved?.unit;
	const lines: string[] = [`**${summary.name}**`];
	const say = (id: MessageId, ...args: string[]) => lines.push(format(id, args, locale));
	if (unit) {
		if (unit.canonical !== mentionName) {
			say('hover.registry-name', unit.canonical);
		}
		if (unit.aliases.length > 0) {
			say('hover.aliases', unit.aliases.join(format('list.separator', [], locale)));
		}
		// Renamed after the notice's year (a 2022 notice's 人民银行江州市中心支行): the notice is right, and the hover says when the name changed (see renameApplies).
		if (unit.successor && !renameApplies(unit, noticeYear)) {
			say('hover.renamed-later', directory!.current(unit).canonical, String(renamingYear(unit)));
		} else if (unit.successor) {
			say('hover.renamed-to', directory!.current(unit, noticeYear).canonical);
		}
	} else if (directory && !directory.isEmpty && directory.judgesName(mentionName)) {
		// Not for a name of a level no registry lists (a district's 区财政局 under the city's): no finding says it, nor the hover.
		say('hover.not-in-registry');
	}
	const files = new Set([...summary.lead, ...summary.responsible, ...summary.other].map((reference) => reference.uri)).size;
	const counts = roleCounts({ lead: summary.lead.length, responsible: summary.responsible.length, other: summary.other.length }, locale);
	say(files === 1 ? 'hover.counts-in-one-file' : 'hover.counts-in-files', counts, String(files));
	const separator = format('list.separator', [], locale);
	for (const role of ROLE_ORDER) {
		const numbers = taskNumbers(summary[role], uri, labelOf);
		if (numbers.length > 0) {
			// `二、1` and `二、2` joined by 、 would read as four numbers.
			say('hover.tasks-here', roleWord(role, locale), numbers.join(numbers.some((number) => number.includes(separator.trim())) ? '；' : separator));
		}
	}
	return lines.join('\n\n');
}
