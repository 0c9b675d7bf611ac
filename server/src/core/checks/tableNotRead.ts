import type { Rule } from './checkContext';

/**
 * A table header (序号 / 工作任务 / 牵头单位 …) whose rows the reader could not read: its tasks are in
 * no outline, list or export. Said at the header, once per table, so the loss is seen (the rows of
 * 吴江 2024, one cell per line with a `|` line after each, read as no task and said nothing).
 */
export const tableNotRead: Rule = ({ notice }) =>
	notice.findings.filter((finding) => finding.code === 'table-not-read').map((finding) => ({ code: 'table-not-read', span: finding.span, args: finding.args }));
