import type { Severity } from '../core/checks/checkTable';
import type { Finding } from '../core/checks/finding';
import type { HiddenEntry } from '../core/features/hiddenFindings';
import type { FileReport } from './lintFiles';

/** A finding as a writer lists it: `hiddenBy` names the entry that hides it (listed only with --show-hidden). */
export interface ReportedFinding {
	finding: Finding;
	hiddenBy?: HiddenEntry;
}

/** A report's findings in the order of the text; with `showHidden`, the hidden ones too, each in its place. */
export function reportedFindings(report: FileReport, showHidden: boolean): ReportedFinding[] {
	const listed: ReportedFinding[] = report.findings.map((finding) => ({ finding }));
	if (!showHidden || !report.hidden || report.hidden.length === 0) {
		return listed;
	}
	listed.push(...report.hidden.map(({ finding, entry }) => ({ finding, hiddenBy: entry })));
	// Stable: at one place, a shown finding comes before a hidden one.
	return listed.sort((a, b) => a.finding.span.start - b.finding.span.start || a.finding.span.end - b.finding.span.end);
}

export type FindingTotals = Record<Severity, number> & { files: number; hidden: number };

/** Counts of the findings that count (shown ones, by severity) and of those hidden. */
export function findingTotals(reports: readonly FileReport[]): FindingTotals {
	const totals: FindingTotals = { files: reports.length, error: 0, warning: 0, information: 0, hint: 0, hidden: 0 };
	for (const report of reports) {
		for (const finding of report.findings) {
			totals[finding.severity]++;
		}
		totals.hidden += report.hidden?.length ?? 0;
	}
	return totals;
}
