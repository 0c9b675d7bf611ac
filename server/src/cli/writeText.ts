import { formatMessage, type Locale, type Severity } from '../core/checks/checkTable';
import type { FileReport } from './lintFiles';
import { escapeForTerminal } from './terminalText';

const SEVERITY_NAMES: Record<Locale, Record<Severity, string>> = {
	'zh-cn': { error: '错误', warning: '警告', information: '信息', hint: '提示' },
	en: { error: 'error', warning: 'warning', information: 'info', hint: 'hint' },
};

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
			out.push(`${escapeForTerminal(report.path)}:${line + 1}:${character + 1}: ${SEVERITY_NAMES[locale][finding.severity]} ${finding.code}: ${escapeForTerminal(message)}`);
		}
	}
	const files = reports.length;
	out.push(
		locale === 'en'
			? `${files} file${files === 1 ? '' : 's'}: ${totals.error} error(s), ${totals.warning} warning(s), ${totals.information + totals.hint} note(s)`
			: `共 ${files} 个文件：${totals.error} 个错误，${totals.warning} 个警告，${totals.information + totals.hint} 条提示`,
	);
	return out.join('\n') + '\n';
}
