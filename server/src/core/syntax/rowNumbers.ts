/**
 * A table row's number, bare or bracketed (芜湖 2025: `(1)`); a mark after it flags the row (`1*`: a
 * task the city leads, 杭州 2021); or compound, a sub-task's under a task (`1-1`, `1.2`: county
 * tables number the rows under row `1 稳定经济增长` so, or every row `1.1`, `1.2`, `2.1`); or with the
 * point of a Word list's automatic numbering, which a paste writes out (`1.`, `1．`, `1、`).
 */
export const ROW_NUMBER = /^(?:\d{1,4}[.．、]?|[（(]\d{1,4}[)）]|\d{1,3}[-－.．]\d{1,3})[*＊★]?$/;

/** A bare or bracketed row number only: rows one space apart (see wordTables) are numbered so. */
export const SIMPLE_ROW_NUMBER = /^(?:\d{1,4}|[（(]\d{1,4}[)）])[*＊★]?$/;

/** The point after a row's number (`1.`): no digit of it, which renumbering keeps. */
export function rowNumberPointLength(written: string): number {
	return /\d[.．、][*＊★]?$/.test(written) ? written.length - written.search(/[.．、][*＊★]?$/) : 0;
}

/** `1-2`, `1.2`: the number of the task above, a separator, the sub-task's number. */
const COMPOUND = /^(\d{1,3})[-－.．](\d{1,3})/;

/** The row's own number: the sub-task's of a compound number (2 of `1-2`). */
export function rowNumberValue(written: string): number {
	const compound = COMPOUND.exec(written);
	return compound ? parseInt(compound[2], 10) : parseInt(written.replace(/^[（(]/, ''), 10);
}

/** The number of the task a compound number's row is under (1 of `1-2`); undefined for a bare or bracketed number. */
export function parentRowNumber(written: string): number | undefined {
	const compound = COMPOUND.exec(written);
	return compound ? parseInt(compound[1], 10) : undefined;
}

/** Where in `written` the row's own number starts: past the separator of a compound number (renumbering replaces it alone). */
export function rowNumberValueOffset(written: string): number {
	const compound = COMPOUND.exec(written);
	return compound ? compound[1].length + 1 : 0;
}

/** `1.`, `1．`, `1、`: a number with a Word list's point written out. */
export function isPointedNumber(written: string): boolean {
	return /^\d{1,4}[.．、][*＊★]?$/.test(written);
}

export function isBracketedNumber(written: string): boolean {
	return written.charCodeAt(0) === 0x28 || written.charCodeAt(0) === 0xff08;
}

/**
 * Whether a row numbered `written` goes on from the row numbered `last` (any number, after none): the
 * next number, or a compound one under the row before (`1` then `1-1`), going on under it (`1-1`
 * then `1-2`) or under the next (`1-2` then `2-1`), or back to bare numbers after one (`1-2` then `2`).
 */
export function followsRow(last: string | undefined, written: string): boolean {
	if (last === undefined) {
		return true;
	}
	const parent = parentRowNumber(written);
	const value = rowNumberValue(written);
	const lastParent = parentRowNumber(last);
	const lastValue = rowNumberValue(last);
	const lastTop = lastParent ?? lastValue;
	if (parent === undefined) {
		return value === lastTop + 1;
	}
	if (lastParent === undefined) {
		return value === 1 && (parent === lastValue || parent === lastValue + 1);
	}
	return (parent === lastParent && value === lastValue + 1) || (parent === lastParent + 1 && value === 1);
}

/** A first row's number: 1, or a compound one's first sub-task (`1-1`). */
export function isFirstRowNumber(written: string): boolean {
	return rowNumberValue(written) === 1;
}

/** The most numbers a clerk's slip skips between two rows (`2` then `4`). */
const MAX_ROW_GAP = 5;

/**
 * A bare row number after the bare number `last` that is not the next but near it: a number skipped
 * (`2` then `4`) or written twice (`2` then `2`), a slip the numbering checks tell, in a row all the same.
 */
export function nearRow(last: string | undefined, written: string): boolean {
	if (last === undefined || parentRowNumber(last) !== undefined || parentRowNumber(written) !== undefined) {
		return false;
	}
	const value = rowNumberValue(written);
	const lastValue = rowNumberValue(last);
	return value >= lastValue && value <= lastValue + MAX_ROW_GAP;
}

/**
 * A bare row number past the bare number `last`, however far: after a group heading, a department's
 * extract of a bigger table keeps that table's numbers (`3`, then `六、…` and `68`, `69`).
 */
export function laterRow(last: string | undefined, written: string): boolean {
	return last !== undefined && parentRowNumber(last) === undefined && parentRowNumber(written) === undefined && rowNumberValue(written) > rowNumberValue(last);
}
