import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { tableFileName } from '../core/features/tableExport';
import { taskTableCsv, unitListsCsv } from '../core/features/tableCsv';
import { TaskTableBuilder, type TaskRow } from '../core/features/taskTable';
import { unitLists } from '../core/features/unitLists';
import { bilingual, format as formatText, localize, message, type Locale } from '../core/messages/message';
import { collect, loadWorkbookModule } from '../node/workbookModule';
import type { ExportOptions } from './exportArgs';
import { InputError, lintFiles } from './lintFiles';
import { escapeForTerminal } from './terminalText';

export interface ExportIo {
	/** Where `--out -` writes; bytes for a workbook. */
	stdout: Writable;
	stderr: (text: string) => void;
	version: string;
}

/**
 * `breakdown export`: reads the notices as `lint` does (same files, same registries), builds the
 * task table and writes it. Exit code: 0 written and no error finding; 1 written, with tasks that
 * have errors (each marked in the 问题 column); 2 nothing written (bad input or output).
 */
export async function runExport(options: ExportOptions, io: ExportIo): Promise<number> {
	if (options.out === '-' && options.format !== 'csv' && (io.stdout as { isTTY?: boolean }).isTTY) {
		io.stderr(`breakdown: ${bilingual(message('cli.export.not-to-terminal'))}\n`);
		return 2;
	}
	// Notices are read one at a time and only their rows kept: a thousand notices' models do not fit together in memory.
	const builder = new TaskTableBuilder();
	const exported: string[] = [];
	let reports;
	try {
		reports = await lintFiles(options.paths, options.registry, {
			warn: (problem) => io.stderr(`breakdown: ${escapeForTerminal(localize(problem, 'zh-cn'))}\n`),
			keep: (report) => {
				// A finding the clerk hid is not a problem of the task: the 问题 column leaves it out, as lint does.
				if (!report.notice) {
					return report;
				}
				builder.add({ uri: report.path, name: noticeName(report.path), notice: report.notice, findings: report.findings, directory: report.directory });
				exported.push(report.path);
				return { ...report, notice: undefined, directory: undefined };
			},
		});
	} catch (error) {
		if (error instanceof InputError) {
			io.stderr(`breakdown: ${error.message}\n`);
			return 2;
		}
		throw error;
	}
	if (exported.length === 0) {
		io.stderr(`breakdown: ${bilingual(message('cli.export.nothing', options.paths.join(' ')))}\n`);
		return 2;
	}
	const table = builder.finish();
	for (const notice of table.notices) {
		notice.registries = notice.registries.map((uri) => fileURLToPath(uri)).map((file) => path.relative(process.cwd(), file) || file);
	}
	const lists = unitLists(table, options.order);
	const format = options.format ?? 'xlsx';
	// In the current folder, named after the notice (`<notice>-任务分解表.xlsx`), as the editor names it.
	const out = options.out ?? tableFileName(exported.map(noticeName), format, options.by);
	if (out !== '-' && reports.some((report) => path.resolve(report.path) === path.resolve(out))) {
		io.stderr(`breakdown: ${bilingual(message('cli.export.out-is-input', out))}\n`);
		return 2;
	}

	const write = async (sink: Writable) => {
		if (format === 'csv') {
			sink.end(options.by === 'unit' ? unitListsCsv(table, lists) : taskTableCsv(table));
		} else {
			await loadWorkbookModule().writeWorkbook(table, lists, { first: options.by, perUnitSheets: options.perUnitSheets, order: options.order, version: io.version }, sink);
		}
	};
	try {
		if (out === '-') {
			io.stdout.write(await collect(write));
		} else {
			await writeFileAtomically(out, write);
		}
	} catch (error) {
		io.stderr(`breakdown: ${bilingual(message('cli.export.cannot-write', out, describeWriteError(error)))}\n`);
		return 2;
	}

	const tasks = table.rows.filter((row): row is TaskRow => row.kind === 'task');
	const doubtful = tasks.filter((row) => row.problems.length > 0).length;
	const summary = (locale: Locale) =>
		formatText('cli.export.done', [table.notices.length, tasks.length, lists.length, out === '-' ? formatText('cli.export.standard-output', [], locale) : out], locale) +
		(doubtful > 0 ? formatText('cli.export.doubtful', [doubtful], locale) : '');
	io.stderr(`${summary('zh-cn')} / ${summary('en')}\n`);
	return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

/** `seeds/zhoushan-2020.txt` → `zhoushan-2020`. */
function noticeName(file: string): string {
	return path.basename(file).replace(/\.txt$/i, '');
}

/** Written beside the target and renamed over it, so a failed export never leaves half a file. */
async function writeFileAtomically(file: string, write: (sink: Writable) => Promise<void>): Promise<void> {
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
	let sink: fs.WriteStream | undefined;
	try {
		sink = fs.createWriteStream(temporary);
		const opened = sink;
		const finished = new Promise<void>((resolve, reject) => {
			opened.on('close', resolve);
			opened.on('error', reject);
		});
		await Promise.all([write(opened), finished]);
		fs.renameSync(temporary, file);
	} catch (error) {
		sink?.destroy();
		fs.rmSync(temporary, { force: true });
		throw error;
	}
}

function describeWriteError(error: unknown): string {
	switch ((error as NodeJS.ErrnoException).code) {
		case 'ENOENT':
			return bilingual(message('cli.export.no-folder'));
		case 'EACCES':
		case 'EPERM':
			return bilingual(message('cli.export.permission-denied'));
		case 'EISDIR':
			return bilingual(message('cli.export.is-folder'));
		default:
			return (error as Error).message;
	}
}
