import type { Rule } from './checkContext';

/** A bracket without its partner inside a task. */
export const unbalancedBracket: Rule = ({ notice }) =>
	notice.findings.filter((finding) => finding.code === 'unbalanced-bracket').map((finding) => ({ code: 'unbalanced-bracket', span: finding.span, args: finding.args }));
