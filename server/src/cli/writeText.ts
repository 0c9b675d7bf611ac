import { formatMessage, type Locale, type Severity } from '../core/checks/checkTable';
import type { FileReport } from './lintFiles';
import { findingTotals, reportedFindings, type ReportedFinding } from './reportedFindings';
import { escapeForTerminal } from './terminalText';

/** One word per severity, the same on each line and in the count at the end. */
const SEVERITY_NAMES: Record<Locale, Record<Severity, string>> = {
	'zh-cn': { error: '错误', warning: '警告', information: '信息', hint: '提示' },
	en: { error: 'error', warning: 'warning', information: 'info', hint: 'hint' },
};

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
			out.push(`${escapeForTerminal(report.path)}:${line + 1}:${character + 1}: ${SEVERITY_NAMES[locale][finding.severity]} ${finding.code}: ${escapeForTerminal(message)}${hiddenMark(listed, locale)}`);
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
	return locale === 'en' ? ` [hidden${note ? `: ${note}` : ''}]` : ` [已隐藏${note ? `：${note}` : ''}]`;
}

function summary(reports: readonly FileReport[], locale: Locale, showHidden: boolean): string {
	const totals = findingTotals(reports);
	const names = SEVERITY_NAMES[locale];
	if (locale === 'en') {
		const count = (n: number, word: string, plural = `${word}s`) => `${n} ${n === 1 ? word : plural}`;
		const hint = totals.hint > 0 ? `, ${count(totals.hint, names.hint)}` : '';
		const hidden = totals.hidden === 0 ? '' : showHidden ? `; ${totals.hidden} hidden, marked [hidden]` : `; ${totals.hidden} hidden (--show-hidden lists them)`;
		return `${count(totals.files, 'file')}: ${count(totals.error, names.error)}, ${count(totals.warning, names.warning)}, ${totals.information} ${names.information}${hint}${hidden}`;
	}
	const hint = totals.hint > 0 ? `，${totals.hint} 条${names.hint}` : '';
	const hidden = totals.hidden === 0 ? '' : showHidden ? `；${totals.hidden} 条已隐藏，已标出` : `；另有 ${totals.hidden} 条已隐藏（--show-hidden 列出）`;
	return `共 ${totals.files} 个文件：${totals.error} 个${names.error}，${totals.warning} 个${names.warning}，${totals.information} 条${names.information}${hint}${hidden}`;
}
