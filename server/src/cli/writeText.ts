import { formatMessage, type Locale, type Severity } from '../core/checks/checkTable';
import { format } from '../core/messages/message';
import type { FileReport } from './lintFiles';
import { escapeForTerminal } from './terminalText';

/**
 * Compiler-style lines, `file:line:column: 警告 code: message`, then a count. Lines and columns
 * from 1. File names and messages (which quote the file's text) are escaped: one finding, one line,
 * and nothing the terminal would take as a command.
 */
export function writeText(reports: readonly FileReport[], locale: Locale): string {
	const out: string[] = [];
	const totals: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
	for (const report of reports) {
		for (const finding of report.findings) {
			const { line, character } = report.lineIndex.positionAt(finding.span.start);
			totals[finding.severity]++;
			const message = formatMessage(finding.code, finding.args, locale, finding.suggestions);
			out.push(`${escapeForTerminal(report.path)}:${line + 1}:${character + 1}: ${format(`cli.severity.${finding.severity}`, [], locale)} ${finding.code}: ${escapeForTerminal(message)}`);
		}
	}
	const files = reports.length;
	out.push(format(files === 1 ? 'cli.summary-one-file' : 'cli.summary', [files, totals.error, totals.warning, totals.information + totals.hint], locale));
	return out.join('\n') + '\n';
}
