import type { RuleFinding } from './finding';
import type { Rule } from './checkContext';

/** A skipped or out-of-order number. */
export const numberGap: Rule = ({ numberingProblems }) => {
	const found: RuleFinding[] = [];
	for (const problem of numberingProblems()) {
		if (problem.problem === 'gap') {
			found.push({ code: 'number-gap', span: problem.item.marker.span, args: [String(problem.expected), String(problem.item.marker.number)] });
		}
	}
	return found;
};
