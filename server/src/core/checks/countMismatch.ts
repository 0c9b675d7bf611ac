import type { Rule } from './checkContext';

/** The cover letter announces N tasks (`分解为150项具体目标任务`) and the body has another number. */
export const countMismatch: Rule = ({ notice }) => {
	const declared = notice.declaredTaskCount;
	if (!declared || notice.kind !== 'notice' || declared.count === notice.tasks.length) {
		return [];
	}
	return [{ code: 'count-mismatch', span: declared.span, args: [String(declared.count), String(notice.tasks.length)] }];
};
