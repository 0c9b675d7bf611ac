import type { Rule } from './checkContext';

/** An item number inside a line (`…市府办125.强化…`); the parser already recovered it as its own item. */
export const gluedItem: Rule = ({ notice }) =>
	notice.findings.filter((finding) => finding.code === 'glued-item').map((finding) => ({ code: 'glued-item', span: finding.span, args: finding.args }));
