import { TaskTableBuilder, type TaskTable } from '../features/taskTable';
import { basename } from '../workspace/uris';
import { documentFindings, type ServiceContext } from './serviceContext';

/**
 * The task table of one notice, or of every notice of the workspace (in URI order), with the
 * findings and registries in force: what the task-table view shows. Notices are read one at a
 * time; the table keeps only its rows.
 */
export function taskTable(context: ServiceContext, uri?: string): TaskTable {
	const builder = new TaskTableBuilder(context.locale());
	const uris = uri !== undefined ? [uri] : context.index.allNotices().map((entry) => entry.uri).sort();
	for (const noticeUri of uris) {
		const found = documentFindings(context, noticeUri);
		if (found?.notice) {
			const entry = context.index.getNotice(noticeUri)!;
			builder.add({ uri: entry.uri, name: basename(entry.uri).replace(/\.txt$/i, ''), notice: found.notice, findings: found.findings, directory: context.index.directoryFor(noticeUri) });
		}
	}
	return builder.finish();
}
