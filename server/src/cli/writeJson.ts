import { formatMessage, type Locale } from '../core/checks/checkTable';
import type { Section, Task, UnitMention } from '../core/model/types';
import type { FileReport } from './lintFiles';

/** The JSON report: tasks with their units by role, and the findings. Lines and characters from 0, as LSP counts. */
export function writeJson(reports: readonly FileReport[], locale: Locale): string {
	const files = reports.map((report) => ({
		path: report.path,
		items: (report.notice?.tasks ?? []).map((task) => ({
			number: task.marker.number,
			line: report.lineIndex.positionAt(task.marker.span.start).line,
			section: sectionPath(task),
			text: taskText(task),
			lead: units(task, 'lead'),
			responsible: units(task, 'responsible'),
			other: units(task, 'other'),
		})),
		diagnostics: report.findings.map((finding) => ({
			code: finding.code,
			severity: finding.severity,
			range: report.lineIndex.rangeOf(finding.span),
			message: formatMessage(finding.code, finding.args, locale, finding.suggestions),
		})),
	}));
	return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}

function sectionPath(task: Task): string | null {
	const titles: string[] = [];
	for (let section: Section | undefined = task.section; section; section = section.parent) {
		titles.unshift(section.title.trim());
	}
	return titles.length > 0 ? titles.join(' / ') : null;
}

function taskText(task: Task): string {
	return task.text.replace(/\s*(\r\n|\r|\n)\s*/g, '').trim();
}

function units(task: Task, role: UnitMention['role']) {
	return task.units.filter((unit) => unit.role === role).map((unit) => ({ name: unit.name, written: unit.written }));
}
