import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHECK_CODES, CHECKS, formatMessage, type Locale, type Severity } from '../core/checks/checkTable';
import type { FileReport } from './lintFiles';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0, one run, columns in UTF-16 code units as LSP counts (1-based, as SARIF wants). */
export function writeSarif(reports: readonly FileReport[], locale: Locale, version: string): string {
	const results = reports.flatMap((report) =>
		report.findings.map((finding) => {
			const range = report.lineIndex.rangeOf(finding.span);
			return {
				ruleId: finding.code,
				ruleIndex: CHECK_CODES.indexOf(finding.code),
				level: LEVELS[finding.severity],
				message: { text: formatMessage(finding.code, finding.args, locale, finding.suggestions) },
				locations: [
					{
						physicalLocation: {
							artifactLocation: { uri: artifactUri(report.path) },
							region: {
								startLine: range.start.line + 1,
								startColumn: range.start.character + 1,
								endLine: range.end.line + 1,
								endColumn: range.end.character + 1,
							},
						},
					},
				],
			};
		}),
	);
	const sarif = {
		version: '2.1.0',
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		runs: [
			{
				tool: {
					driver: {
						name: 'breakdown',
						version,
						rules: CHECK_CODES.map((code) => ({
							id: code,
							shortDescription: { text: CHECKS[code].description },
							defaultConfiguration: { level: LEVELS[CHECKS[code].severity] },
						})),
					},
				},
				columnKind: 'utf16CodeUnits',
				results,
			},
		],
	};
	return JSON.stringify(sarif, null, 2) + '\n';
}

/** Relative paths stay relative (with forward slashes), so reports from CI map onto the repository. */
function artifactUri(file: string): string {
	if (path.isAbsolute(file)) {
		return pathToFileURL(file).href;
	}
	return file.split(path.sep).map(encodeURIComponent).join('/');
}
