import { formatMessage, type Locale } from '../core/checks/checkTable';
import { format, formatCount } from '../core/messages/message';
import type { FileReport } from './lintFiles';
import { findingTotals, reportedFindings, type ReportedFinding } from './reportedFindings';
import { escapeForTerminal } from './terminalText';

/**
 * Compiler-style lines, `file:line:column: 警告 code: message`, then a count. Lines and columns
 * from 1. File names and messages (which quote the file's text) are escaped: one finding, one line,
 * and nothing the terminal would take as a command. Hidden findings are counted, and listed only
 * with `showHidden`, marked `[已隐藏]` with the clerk's note.
 */
export function writeText(reports: readonly FileReport[], locale: Locale, showHidden = false): string {
	const out: string[] = [];
	for (const report of reports) {
		for (const listed of reportedFindings(report, showHidden)) {
			const { finding } = listed;
			const { line, character } = report.lineIndex.positionAt(finding.span.start);
			const message = formatMessage(finding.code, finding.args, locale, finding.suggestions);
			out.push(`${escapeForTerminal(report.path)}:${line + 1}:${character + 1}: ${format(`cli.severity.${finding.severity}`, [], locale)} ${finding.code}: ${escapeForTerminal(message)}${hiddenMark(listed, locale)}`);
		}
	}
	out.push(summary(reports, locale, showHidden));
	return out.join('\n') + '\n';
}

function hiddenMark({ hiddenBy }: ReportedFinding, locale: Locale): string {
	if (!hiddenBy) {
		return '';
	}
	const note = escapeForTerminal(hiddenBy.note.trim());
	return note ? format('cli.hidden-mark-with-note', [note], locale) : format('cli.hidden-mark', [], locale);
}

function summary(reports: readonly FileReport[], locale: Locale, showHidden: boolean): string {
	const totals = findingTotals(reports);
	const counts = [
		formatCount('cli.summary.error', totals.error, locale),
		formatCount('cli.summary.warning', totals.warning, locale),
		formatCount('cli.summary.information', totals.information, locale),
	];
	if (totals.hint > 0) {
		counts.push(formatCount('cli.summary.hint', totals.hint, locale));
	}
	const hidden = totals.hidden === 0 ? '' : format(showHidden ? 'cli.summary.hidden-shown' : 'cli.summary.hidden', [totals.hidden], locale);
	return formatCount('cli.summary.files', totals.files, locale) + format('cli.summary.after-files', [], locale) + counts.join(format('cli.summary.separator', [], locale)) + hidden;
}
