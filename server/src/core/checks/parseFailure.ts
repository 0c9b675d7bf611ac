import type { Rule } from './checkContext';

/** The reader failed inside; what it read before stays usable. */
export const parseFailure: Rule = ({ notice }) =>
	notice.findings.filter((finding) => finding.code === 'parse-failure').map((finding) => ({ code: 'parse-failure', span: finding.span, args: finding.args }));
