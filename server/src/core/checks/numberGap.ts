import { numberingProblems } from '../model/numberingScopes';
import type { Rule } from './checkContext';

/** A skipped or out-of-order number. */
export const numberGap: Rule = ({ numbering }) =>
	numbering().flatMap((scope) =>
		numberingProblems(scope)
			.filter((problem) => problem.problem === 'gap')
			.map((problem) => ({
				code: 'number-gap' as const,
				span: problem.item.marker.span,
				args: [String(problem.expected), String(problem.item.marker.number)],
			})),
	);
