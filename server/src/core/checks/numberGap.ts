import type { RuleFinding } from './finding';
import type { Rule } from './checkContext';
import { emptyList } from '../text/objectLists';
import { spanOf } from '../model/spansOf';
import { writtenNumber } from '../model/numberingScopes';

/** A skipped or out-of-order number. */
export const numberGap: Rule = ({ notice, numberingProblems }) => {
	// Of the kind a list of findings is, empty or not (see emptyList): a `[]` left empty is another.
	const found: RuleFinding[] = emptyList();
	for (const problem of numberingProblems()) {
		if (problem.problem === 'gap') {
			found.push({ code: 'number-gap', span: spanOf(problem.item.marker), args: [writtenNumber(notice.text, problem.item, problem.expected), writtenNumber(notice.text, problem.item, problem.item.marker.number)] });
		}
	}
	return found;
};
