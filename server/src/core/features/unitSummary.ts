import type { LocalizedText } from '../checks/finding';
import type { TaskDigest } from '../model/noticeDigest';
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

/** `第 3、12 项` */
function taskNumbers(references: readonly UnitReference[], uri: string): string {
	return references
		.filter((reference) => reference.uri === uri)
		.map((reference) => taskLabel(reference.task))
		.join('、');
}

export function taskLabel(task: TaskDigest): string {
	return task.section ? `${task.section.marker.number}.${task.marker.number}` : String(task.marker.number);
}

/**
 * Hover text for a unit: its registry entry (canonical name, aliases), and its counts as lead,
 * responsible and cooperating unit, with the task numbers in this notice.
 */
export function unitHover(summary: UnitSummary, directory: UnitDirectory | undefined, mentionName: string, uri: string): LocalizedText {
	const resolved = directory?.resolve(mentionName);
	const unit = resolved?.unit;
	const zh: string[] = [`**${summary.name}**`];
	const en: string[] = [`**${summary.name}**`];
	if (unit) {
		if (unit.canonical !== mentionName) {
			zh.push(`单位名录名称：${unit.canonical}`);
			en.push(`Registry name: ${unit.canonical}`);
		}
		if (unit.aliases.length > 0) {
			zh.push(`别名：${unit.aliases.join('、')}`);
			en.push(`Aliases: ${unit.aliases.join(', ')}`);
		}
		if (unit.successor) {
			zh.push(`已更名为：${directory!.current(unit).canonical}`);
			en.push(`Renamed to: ${directory!.current(unit).canonical}`);
		}
	} else if (directory && !directory.isEmpty) {
		zh.push('不在单位名录中');
		en.push('Not in the unit registry');
	}
	const files = new Set([...summary.lead, ...summary.responsible, ...summary.other].map((reference) => reference.uri)).size;
	zh.push(`牵头 ${summary.lead.length} 项 · 责任 ${summary.responsible.length} 项 · 配合 ${summary.other.length} 项（${files} 个文件）`);
	en.push(`Leads ${summary.lead.length} · responsible for ${summary.responsible.length} · cooperates on ${summary.other.length} (${files} file${files === 1 ? '' : 's'})`);
	const here = [
		['牵头', 'Leads', summary.lead],
		['责任', 'Responsible', summary.responsible],
		['配合', 'Cooperates', summary.other],
	] as const;
	for (const [zhRole, enRole, references] of here) {
		const numbers = taskNumbers(references, uri);
		if (numbers.length > 0) {
			zh.push(`本文${zhRole}：第 ${numbers} 项`);
			en.push(`${enRole} here: tasks ${numbers.replace(/、/g, ', ')}`);
		}
	}
	return { 'zh-cn': zh.join('\n\n'), en: en.join('\n\n') };
}
