import { taskTableCsv, unitListsCsv } from '../features/tableCsv';
import { tableFileName, type TableFormat, type TableKind, type WorkbookWriter } from '../features/tableExport';
import { TaskTableBuilder, type TaskRow, type TaskTable } from '../features/taskTable';
import { viewTaskTable, type TableQuery, type TaskTableView } from '../features/taskTableView';
import { unitLists, type UnitOrder } from '../features/unitLists';
import { format, type Locale } from '../messages/message';
import type { LineIndex, Range, Span } from '../text/lineIndex';
import { basename, byPath, isInside, uriKey } from '../workspace/uris';
import { documentFindings, type ServiceContext } from './serviceContext';

/**
 * The task table of one notice, or of every notice of the workspace (in the order of their paths, as the CLI's export), with the
 * findings and registries in force: what the task-table view shows. Notices are read one at a
 * time; the table keeps only its rows. Its 问题 column is in `locale`.
 */
export function taskTable(context: ServiceContext, uri?: string, locale: Locale = context.locale()): TaskTable {
	const builder = new TaskTableBuilder(locale);
	const uris = uri !== undefined ? [uri] : context.index.allNotices().map((entry) => entry.uri).sort(byPath);
	for (const noticeUri of uris) {
		const found = documentFindings(context, noticeUri);
		if (found?.notice) {
			const entry = context.index.getNotice(noticeUri)!;
			builder.add({ uri: entry.uri, name: noticeName(entry.uri), notice: found.notice, findings: found.findings, directory: context.index.directoryFor(noticeUri) });
		}
	}
	return builder.finish();
}

/** The task-table view of a notice (rows filtered and sorted, labels in the locale), or undefined when it is not a notice. */
export function taskTableView(context: ServiceContext, uri: string, query: TableQuery): TaskTableView | undefined {
	const found = documentFindings(context, uri);
	if (!found?.notice) {
		return undefined;
	}
	const { lineIndex } = found;
	return viewTaskTable(taskTable(context, uri), query, { pinyin: context.pinyin, locale: context.locale(), rangeOf: (row) => firstLineOf(lineIndex, row.span) });
}

/** From where a row starts to the end of that line: the number and the start of the task, what the editor selects. */
function firstLineOf(lineIndex: LineIndex, span: Span): Range {
	const line = lineIndex.lines[lineIndex.lineAt(span.start)];
	return lineIndex.rangeOf({ start: span.start, end: Math.max(span.start, Math.min(span.end, line?.end ?? span.end)) });
}

export interface TableExportRequest {
	/** A notice; absent: every notice of the workspace in one table. */
	uri?: string;
	format: TableFormat;
	/** The table a CSV file holds, and the sheet a workbook opens on. */
	by: TableKind;
	order?: UnitOrder;
	perUnitSheets?: boolean;
}

/** An exported file: its contents as text (CSV) or base64 (a workbook), the name it is offered under, and what it holds. */
export interface TableExport {
	fileName: string;
	encoding: 'utf8' | 'base64';
	data: string;
	/** `1 个通知、128 项任务、76 个单位；3 项任务有问题，见“问题”列`, in the locale. */
	summary: string;
}

/**
 * The task table exported as the CLI exports it (a Chinese document whatever the locale: its
 * 问题 column too), from the notices as the editor has them. A workbook is written by the host
 * (`writeWorkbook`); undefined when there is no notice to export or no workbook writer.
 */
export async function exportTable(context: ServiceContext, request: TableExportRequest, writeWorkbook: WorkbookWriter | undefined): Promise<TableExport | undefined> {
	const table = taskTable(context, request.uri, 'zh-cn');
	if (table.notices.length === 0 || (request.format === 'xlsx' && !writeWorkbook)) {
		return undefined;
	}
	// The 说明 sheet names each notice's registries as the clerk knows them: a path in the workspace.
	for (const notice of table.notices) {
		notice.registries = notice.registries.map((registry) => workspacePath(context, registry));
	}
	const order = request.order ?? 'registry';
	const lists = unitLists(table, order);
	const fileName = tableFileName(table.notices.map((notice) => notice.name), request.format, request.by);
	const tasks = table.rows.filter((row): row is TaskRow => row.kind === 'task');
	const doubtful = tasks.filter((row) => row.problems.length > 0).length;
	const locale = context.locale();
	const summary = format('table.exported', [table.notices.length, tasks.length, lists.length], locale) + (doubtful > 0 ? format('cli.export.doubtful', [doubtful], locale) : '');
	if (request.format === 'csv') {
		return { fileName, encoding: 'utf8', data: request.by === 'unit' ? unitListsCsv(table, lists) : taskTableCsv(table), summary };
	}
	const data = await writeWorkbook!(table, lists, { first: request.by, perUnitSheets: request.perUnitSheets === true, order });
	return { fileName, encoding: 'base64', data, summary };
}

/** `seeds/zhoushan-2020.txt` → `zhoushan-2020`: what the 通知 column shows. */
function noticeName(uri: string): string {
	return basename(uri).replace(/\.txt$/i, '');
}

/** A file's path under the workspace folder that holds it (`名录/单位名录.txt`), else its name. */
function workspacePath(context: ServiceContext, uri: string): string {
	const key = uriKey(uri);
	const folder = context.workspace.folders.map(uriKey).find((folderKey) => isInside(key, folderKey));
	return folder ? key.slice(folder.replace(/\/$/, '').length + 1) : basename(uri);
}
