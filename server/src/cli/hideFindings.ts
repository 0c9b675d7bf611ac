import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../core/checks/checkTable';
import { splitHidden, type HiddenEntry } from '../core/features/hiddenFindings';
import { hiddenFileProblemMessage, HIDDEN_FINDINGS_FILE, parseHiddenFile } from '../core/features/hiddenFindingsFile';
import { localize } from '../core/messages/message';
import type { FileReport } from './lintFiles';

/** A hidden-findings file is a few kilobytes; anything near this is not one, and is not read into memory. */
const MAX_HIDDEN_FILE_BYTES = 16 * 1024 * 1024;

interface HiddenFileAt {
	/** The folder holding `.breakdown/`: entries name notices relative to it. */
	root: string;
	entries: HiddenEntry[];
}

/**
 * Takes out of each report the findings a `.breakdown/ignore.json` hides — in the notice's folder or
 * any folder above it, as registries apply — and keeps them in `hidden`. A file that cannot be read in
 * full is reported once through `warn`, and the findings it would hide stay shown: a broken file
 * never hides more than the clerk asked, and it is only read, never rewritten.
 */
export function hidingFilter(locale: Locale, warn: (message: string) => void): (report: FileReport) => FileReport {
	const files = new Map<string, HiddenFileAt | undefined>();
	const fileIn = (folder: string): HiddenFileAt | undefined => {
		if (!files.has(folder)) {
			files.set(folder, readHiddenFile(folder, locale, warn));
		}
		return files.get(folder);
	};
	return (report) => {
		const file = path.resolve(report.path);
		const document = { text: report.lineIndex.text, tasks: report.notice?.tasks };
		let findings = report.findings;
		const hidden = [...(report.hidden ?? [])];
		for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
			const at = fileIn(folder);
			if (at && at.entries.length > 0) {
				const split = splitHidden(findings, document, path.relative(at.root, file).split(path.sep).join('/'), at.entries);
				findings = split.shown;
				hidden.push(...split.hidden);
			}
			if (path.dirname(folder) === folder) {
				break;
			}
		}
		return hidden.length === 0 ? report : { ...report, findings, hidden };
	};
}

function readHiddenFile(root: string, locale: Locale, warn: (message: string) => void): HiddenFileAt | undefined {
	const file = path.join(root, ...HIDDEN_FINDINGS_FILE.split('/'));
	const shown = path.relative(process.cwd(), file) || file;
	let text: string;
	try {
		const stat = fs.statSync(file);
		if (!stat.isFile() || stat.size > MAX_HIDDEN_FILE_BYTES) {
			warn(unreadable(shown, stat.isFile() ? 'too-large' : 'not-a-file', locale));
			return undefined;
		}
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'ENOENT' && code !== 'ENOTDIR') {
			warn(unreadable(shown, code ?? String(error), locale));
		}
		return undefined;
	}
	const read = parseHiddenFile(text);
	if (read.ok) {
		return { root, entries: read.file.entries };
	}
	warn(localize(hiddenFileProblemMessage(read.problem, shown), locale));
	return { root, entries: [] };
}

function unreadable(file: string, why: string, locale: Locale): string {
	const reason =
		why === 'not-a-file' ? (locale === 'en' ? 'not a regular file' : '不是普通文件') : why === 'too-large' ? (locale === 'en' ? 'too large' : '文件过大') : why === 'EACCES' || why === 'EPERM' ? (locale === 'en' ? 'permission denied' : '没有读取权限') : why;
	return locale === 'en'
		? `Cannot read ${file}: ${reason}. The findings it hides are shown.`
		: `无法读取 ${file}：${reason}。其中隐藏的问题照常显示。`;
}
