import type { Rule } from './checkContext';

/**
 * The tasks' units are not in this text: every task lacks them and the letter names an attachment
 * (屯溪 2020: `附件:…分解责任清单.xls`), or the task list itself is the attachment. Said once.
 */
export const unitsNotInText: Rule = ({ notice }) =>
	notice.unitsNotInText ? [{ code: 'units-not-in-text', span: notice.unitsNotInText, args: [String(notice.tasks.length)] }] : [];
