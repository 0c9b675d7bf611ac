import { message } from '../messages/message';
import { numberingProblems } from '../model/numberingScopes';
import type { Rule } from './checkContext';

/** The same number twice in one numbered list. */
export const duplicateNumber: Rule = ({ notice, numbering }) =>
	numbering().flatMap((scope) =>
		numberingProblems(scope)
			.filter((problem) => problem.problem === 'duplicate')
			.map((problem) => {
				const first = problem.first!.marker.span;
				const firstLine = notice.lineIndex.positionAt(first.start).line + 1;
				return {
					code: 'duplicate-number' as const,
					span: problem.item.marker.span,
					args: [String(problem.item.marker.number), String(firstLine)],
					related: [{ span: first, message: message('related.number-first-used', problem.item.marker.number) }],
				};
			}),
	);
