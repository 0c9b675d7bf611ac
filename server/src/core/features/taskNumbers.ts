import type { TaskDigest } from '../model/noticeDigest';
import { formatNumber } from '../model/numberingScopes';
import { MarkerKind } from '../syntax/markers';
import type { NoticeText } from '../text/noticeText';
import { taskLabel } from './unitSummary';

/** A notice's tasks with the text their markers are in: a Notice, or the digest of one that is not open. */
export interface NumberedTasks {
	text: NoticeText;
	tasks: readonly TaskDigest[];
}

/** A table's compound row number (`1-1`, `2.1`): its last number alone does not tell it from its parent's other rows. */
function isCompound(task: TaskDigest): boolean {
	return task.marker.kind === MarkerKind.Row && task.marker.numberStart > task.marker.start;
}

/** Task numbers restart under each heading in some notices (1. under 一、 and again under 二、); sub-tasks' under each task (`1-1`, `2-1`). */
export function numbersAreUnique(notice: NumberedTasks): boolean {
	const seen = new Set<number | string>();
	for (const task of notice.tasks) {
		const { marker } = task;
		const key = isCompound(task) ? notice.text.slice(marker.start, marker.end) : marker.number;
		if (seen.has(key)) {
			return false;
		}
		seen.add(key);
	}
	return true;
}

/**
 * How the Units view, the unit's task list and workspace symbols number a notice's tasks: as the
 * notice does (`4`, `1-1`) where its numbers run on across headings, as the task table refers to
 * them; after the heading's number (`2.1`) only where numbers restart under each heading. Joining
 * them always named `4.新建…` under `二、` task 2.4, a number the notice never writes.
 */
export function taskLabeler(notice: NumberedTasks): (task: TaskDigest) => string {
	if (!numbersAreUnique(notice)) {
		return taskLabel;
	}
	return (task) => (isCompound(task) ? notice.text.slice(task.marker.start, task.marker.end).trim() : writtenNumber(task));
}

/**
 * A task's number in the numerals its list writes (`四` for `（四）`, `四、` and `第四条`, `②` for `②`, `4` for
 * `4.` and `(4)`), as findings say it (numberingScopes.formatNumber): the Units view said 第 4 项 for the
 * notice's （四） where its finding said 第四项.
 */
function writtenNumber(task: TaskDigest): string {
	return formatNumber(task.marker.kind, task.marker.number);
}

/** How workspace symbols name a notice's tasks: the marker as written, then the title (`（四）新建…`, `4. 新建…`; `2.1. …` where numbers restart). */
export function taskSymbolNamer(notice: NumberedTasks): (task: TaskDigest, title: string) => string {
	const labelOf = taskLabeler(notice);
	const unique = labelOf !== taskLabel;
	return (task, title) => {
		const marker = unique ? notice.text.slice(task.marker.start, task.marker.end).trim() : '';
		if (marker.length === 0) {
			return `${labelOf(task)}. ${title}`;
		}
		return marker.charCodeAt(marker.length - 1) < 0x80 ? `${marker} ${title}` : marker + title;
	};
}
