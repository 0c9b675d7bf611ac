import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHECK_CODES, CHECKS, checkDescription, formatMessage, type Locale, type Severity } from '../core/checks/checkTable';
import { hiddenEntryFor } from '../core/features/hiddenFindings';
import { fnv1a64 } from '../core/text/textFingerprint';
import type { FileReport } from './lintFiles';
import { reportedFindings } from './reportedFindings';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The base that relative artifact paths resolve against: the folder the CLI ran in. */
const SOURCE_ROOT = '%SRCROOT%';

export interface SarifOptions {
	locale: Locale;
	version: string;
	showHidden?: boolean;
	/** The README's address (its `#readme` fragment dropped); each rule's helpUri is its check's anchor there. */
	homepage?: string;
	/** What relative paths are relative to; the current folder by default. */
	cwd?: string;
}

/**
 * SARIF 2.1.0, one run, columns in UTF-16 code units as LSP counts (1-based, as SARIF wants).
 * Messages and rule descriptions in the locale (the run's `language` says which). Relative paths
 * stay relative with `uriBaseId` %SRCROOT%, which `originalUriBaseIds` sets to the current folder.
 * Each result has the fingerprint of its task (as hidden findings are matched), so a viewer tracks it
 * across line moves; with `showHidden`, hidden findings are included as externally suppressed.
 */
export function writeSarif(reports: readonly FileReport[], options: SarifOptions): string {
	const { locale } = options;
	const help = options.homepage?.replace(/#.*$/, '');
	const results = reports.flatMap((report) =>
		reportedFindings(report, options.showHidden ?? false).map(({ finding, hiddenBy }) => {
			const range = report.lineIndex.rangeOf(finding.span);
			const context = hiddenEntryFor(finding, { text: report.lineIndex.text, tasks: report.notice?.tasks }, '');
			return {
				ruleId: finding.code,
				ruleIndex: CHECK_CODES.indexOf(finding.code),
				level: LEVELS[finding.severity],
				message: { text: formatMessage(finding.code, finding.args, locale, finding.suggestions) },
				locations: [
					{
						physicalLocation: {
							artifactLocation: artifactLocation(report.path),
							region: {
								startLine: range.start.line + 1,
								startColumn: range.start.character + 1,
								endLine: range.end.line + 1,
								endColumn: range.end.character + 1,
							},
						},
					},
				],
				...(context ? { partialFingerprints: { 'breakdownTask/v1': fnv1a64([context.code, context.subject, context.task].join('\u0000')) } } : {}),
				...(hiddenBy ? { suppressions: [{ kind: 'external', status: 'accepted', ...(hiddenBy.note ? { justification: hiddenBy.note } : {}) }] } : {}),
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
						version: options.version,
						...(help ? { informationUri: help } : {}),
						rules: CHECK_CODES.map((code) => ({
							id: code,
							shortDescription: { text: checkDescription(code, 'summary', locale) },
							fullDescription: { text: checkDescription(code, 'details', locale) },
							...(help ? { helpUri: `${help}#${code}` } : {}),
							defaultConfiguration: { level: LEVELS[CHECKS[code].severity] },
						})),
					},
				},
				language: locale === 'en' ? 'en' : 'zh-CN',
				originalUriBaseIds: {
					[SOURCE_ROOT]: { uri: folderUri(options.cwd ?? process.cwd()) },
				},
				columnKind: 'utf16CodeUnits',
				results,
			},
		],
	};
	return JSON.stringify(sarif, null, 2) + '\n';
}

/** Relative paths stay relative (with forward slashes) against %SRCROOT%, so reports from CI map onto the repository. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
	if (path.isAbsolute(file)) {
		return { uri: pathToFileURL(file).href };
	}
	return { uri: file.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** A folder's file URI, ending in `/` as SARIF requires of a base. */
function folderUri(folder: string): string {
	const uri = pathToFileURL(folder).href;
	return uri.endsWith('/') ? uri : `${uri}/`;
}
