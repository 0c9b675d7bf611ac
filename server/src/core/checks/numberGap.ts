import type { RuleFinding } from './finding';
import type { Rule } from './checkContext';
import { emptyList } from '../text/objectLists';
import { spanOf } from '../model/spansOf';

/** A skipped or out-of-order number. */
export const numberGap: Rule = ({ numberingProblems }) => {
	// Of the kind a list of findings is, empty or not (see emptyList): a `[]` left empty is another.
	const found: RuleFinding[] = emptyList();
	for (const problem of numberingProblems()) {
		if (problem.problem === 'gap') {
			found.push({ code: 'number-gap', span: spanOf(problem.item.marker), args: [String(problem.expected), String(problem.item.marker.number)] });
		}
	}
	return found;
};
