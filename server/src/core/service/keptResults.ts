import { sameRange } from '../text/lineIndex';
import type { Diagnostic } from './types';

/** A document's answer under its result id, and what the client holds of it. */
export interface KeptResult<T> {
	resultId: string;
	answer: T;
	/** Whether the answer differs from the one kept before (it has a new id then). */
	changed: boolean;
	/** The answer kept under the id the client named, if that is the one kept: what an edit is computed from. */
	previous: T | undefined;
	/** The client holds this answer already: it named the kept id and nothing changed. */
	unchanged: boolean;
}

/**
 * The last answer given for each document, under a result id, so that only what changed goes to
 * the client: VS Code pulls every visible notice's diagnostics again after each keystroke in any
 * of them (those answer `unchanged`), a push that says what the last one said is not sent again,
 * and semantic tokens go as the edit from the tokens the client holds. `same` says whether a new
 * answer says what the kept one said; it then keeps the kept one and its id.
 */
export class KeptResults<T extends object> {
	private readonly kept = new Map<string, { resultId: string; answer: T }>();
	private lastResultId = 0;

	constructor(private readonly same: (kept: T, next: T) => boolean) {}

	/** Keeps `answer` as the document's; `previousResultId` names the result the client holds, if any. */
	next(uri: string, answer: T, previousResultId?: string): KeptResult<T> {
		const last = this.kept.get(uri);
		const previous = last !== undefined && previousResultId !== undefined && last.resultId === previousResultId ? last.answer : undefined;
		if (last && this.same(last.answer, answer)) {
			return { ...last, changed: false, previous, unchanged: previous !== undefined };
		}
		const next = { resultId: String(++this.lastResultId), answer };
		this.kept.set(uri, next);
		return { ...next, changed: true, previous, unchanged: false };
	}

	/** The document closed: nothing the client held of it counts any more. */
	forget(uri: string): void {
		this.kept.delete(uri);
	}
}

/** Whether two diagnostic lists say the same: ranges, severities, codes, messages and related places. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
	return a === b || (a.length === b.length && a.every((diagnostic, index) => diagnostic === b[index] || sameDiagnostic(diagnostic, b[index])));
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
	return (
		sameRange(a.range, b.range) &&
		a.severity === b.severity &&
		a.code === b.code &&
		a.message === b.message &&
		a.related.length === b.related.length &&
		a.related.every((info, index) => info.message === b.related[index].message && info.location.uri === b.related[index].location.uri && sameRange(info.location.range, b.related[index].location.range))
	);
}

/**
 * The edit that turns `previous` into `next`: one replacement between their common start and
 * common end, none when they are equal. Semantic tokens are encoded relative to the token before,
 * so a keystroke changes a few numbers of the line it is on and nothing after it.
 */
export function numberEdits(previous: ArrayLike<number>, next: ArrayLike<number>): Array<{ start: number; deleteCount: number; data: number[] }> {
	const shorter = Math.min(previous.length, next.length);
	let start = 0;
	while (start < shorter && previous[start] === next[start]) {
		start++;
	}
	if (start === previous.length && start === next.length) {
		return [];
	}
	let end = 0;
	while (end < shorter - start && previous[previous.length - 1 - end] === next[next.length - 1 - end]) {
		end++;
	}
	const data: number[] = [];
	for (let at = start; at < next.length - end; at++) {
		data.push(next[at]);
	}
	return [{ start, deleteCount: previous.length - end - start, data }];
}
