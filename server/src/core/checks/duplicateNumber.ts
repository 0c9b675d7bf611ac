import { message } from '../messages/message';
import type { RuleFinding } from './finding';
import type { Rule } from './checkContext';
import { emptyList } from '../text/objectLists';
import { spanOf } from '../model/spansOf';
import { writtenNumber } from '../model/numberingScopes';

/** The same number twice in one numbered list. */
export const duplicateNumber: Rule = ({ notice, numberingProblems }) => {
	// Of the kind a list of findings is, empty or not (see emptyList): a `[]` left empty is another.
	const found: RuleFinding[] = emptyList();
	for (const problem of numberingProblems()) {
		if (problem.problem === 'duplicate') {
			const first = spanOf(problem.first!.marker);
			const firstLine = notice.lineIndex.positionAt(first.start).line + 1;
			found.push({
				code: 'duplicate-number',
				span: spanOf(problem.item.marker),
				args: [writtenNumber(notice.text, problem.item, problem.item.marker.number), String(firstLine)],
				related: [{ span: first, message: message('related.number-first-used', writtenNumber(notice.text, problem.item, problem.item.marker.number)) }],
			});
		}
	}
	return found;
};
