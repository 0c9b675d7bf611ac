import type { Notice } from '../model/types';
import { namesAnyUnit } from '../model/readNotice';

/**
 * Whether a plain-text file reads as a breakdown notice (or the report one is drafted from), so the
 * editor can switch its language: at least two tasks, and units assigned or the words of the genre.
 */
export function looksLikeNotice(notice: Notice): boolean {
	// Without making the notice's list of mentions (see ReadNotice.unitsOnDemand): an open notice is classified at each keystroke.
	if (notice.kind === 'notice' && notice.tasks.length > 0 && namesAnyUnit(notice)) {
		return true;
	}
	// A report has numbered headings and no tasks; a notice whose units are elsewhere, tasks without units.
	const items = notice.kind === 'report' ? notice.sections.length : notice.tasks.length;
	const opening = notice.text.slice(0, 4000);
	return items >= 2 && /(任务分解|责任分解|分工|政府工作|重点工作|重點工作|牵头单位|牽頭單位|责任单位|責任單位|工作要点|工作要點)/.test(opening);
}
