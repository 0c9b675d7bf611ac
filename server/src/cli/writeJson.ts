import { formatMessage, type Locale } from '../core/checks/checkTable';
import { taskProse } from '../core/features/taskProse';
import type { Section, Task, UnitMention } from '../core/model/types';
import type { FileReport } from './lintFiles';
import { findingTotals, reportedFindings } from './reportedFindings';

/**
 * The JSON report: the totals (findings that count, by severity, and how many are hidden), then per
 * file its tasks with their units by role, and its findings. Lines and characters from 0, as LSP
 * counts. With `showHidden`, hidden findings are listed too and every finding says `hidden`.
 */
export function writeJson(reports: readonly FileReport[], locale: Locale, showHidden = false): string {
	const files = reports.map((report) => ({
		path: report.path,
		items: (report.notice?.tasks ?? []).map((task) => ({
			number: task.marker.number,
			line: report.lineIndex.positionAt(task.marker.start).line,
			section: sectionPath(task),
			text: taskProse(task),
			lead: units(task, 'lead'),
			responsible: units(task, 'responsible'),
			other: units(task, 'other'),
		})),
		diagnostics: reportedFindings(report, showHidden).map(({ finding, hiddenBy }) => ({
			code: finding.code,
			severity: finding.severity,
			range: report.lineIndex.rangeOf(finding.span),
			message: formatMessage(finding.code, finding.args, locale, finding.suggestions),
			...(showHidden ? { hidden: hiddenBy !== undefined } : {}),
			...(hiddenBy && hiddenBy.note !== '' ? { note: hiddenBy.note } : {}),
		})),
	}));
	return JSON.stringify({ version: 1, totals: findingTotals(reports), files }, null, 2) + '\n';
}

function sectionPath(task: Task): string | null {
	const titles: string[] = [];
	for (let section: Section | undefined = task.section; section; section = section.parent) {
		titles.unshift(section.title.trim());
	}
	return titles.length > 0 ? titles.join(' / ') : null;
}

function units(task: Task, role: UnitMention['role']) {
	return task.units.filter((unit) => unit.role === role).map((unit) => ({ name: unit.name, written: unit.written }));
}
