import type { Section } from '../model/types';
import { NOTHING, type Rule } from './checkContext';

/**
 * The cover letter announces N tasks (`分解为150项具体目标任务`) and the body has another number. A
 * letter without any task in its text (the list is its attachment: `确定的146项工作任务` over
 * 附件) announces them without a mismatch, and so does one counting its headings: 平顶山 2013
 * announces `市政府要做好的8项重点工作`, the eight sections 一、…八、 whose numbered items are the tasks.
 */
export const countMismatch: Rule = ({ notice }) => {
	const declared = notice.declaredTaskCount;
	if (!declared || notice.kind !== 'notice' || notice.tasks.length === 0 || declared.count === notice.tasks.length || countsSectionsOfOneLevel(notice.sections, declared.count)) {
		// The shared empty list, of the kind full ones are (see emptyList).
		return NOTHING;
	}
	return [{ code: 'count-mismatch', span: declared.span, args: [String(declared.count), String(notice.tasks.length)] }];
};

function countsSectionsOfOneLevel(sections: readonly Section[], count: number): boolean {
	const perDepth: number[] = [];
	for (const section of sections) {
		perDepth[section.depth] = (perDepth[section.depth] ?? 0) + 1;
	}
	return perDepth.includes(count);
}
