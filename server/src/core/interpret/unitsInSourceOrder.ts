import type { UnitMention } from '../model/types';

/**
 * The notice's mentions in source order (unitAt searches them by halves): the tasks' (`taskUnits`,
 * task after task, each in the order written) with the headings' few put in their places, each
 * place found by halves. Sorting the whole list again made a keystroke in a notice of 800 KB
 * compare its 14,000 mentions, loading each from memory, for a handful of headings' leads. A table
 * read puts a task's mentions out of order (a wrapped lead cell's second line after the responsible
 * cell's first, merged cells running on beside the rows below): then the whole is sorted.
 */
export function unitsInSourceOrder(taskUnits: readonly UnitMention[], headingUnits: readonly UnitMention[], tableRead: boolean): UnitMention[] {
	if (tableRead) {
		return [...taskUnits, ...headingUnits].sort(byStart);
	}
	// Stable, as the sort was: of two mentions at one offset (none in practice), the task's first.
	const headings = headingUnits.slice().sort(byStart);
	const merged = new Array<UnitMention>(taskUnits.length + headings.length);
	let at = 0;
	let from = 0;
	for (let h = 0; h < headings.length; h++) {
		const heading = headings[h];
		const to = firstAfter(taskUnits, from, heading.start);
		for (let u = from; u < to; u++) {
			merged[at++] = taskUnits[u];
		}
		merged[at++] = heading;
		from = to;
	}
	for (let u = from; u < taskUnits.length; u++) {
		merged[at++] = taskUnits[u];
	}
	return merged;
}

/** The first index from `from` on whose mention starts after `offset` (the list in source order). */
function firstAfter(units: readonly UnitMention[], from: number, offset: number): number {
	let low = from;
	let high = units.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (units[middle].start <= offset) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	return low;
}

function byStart(a: UnitMention, b: UnitMention): number {
	return a.start - b.start;
}
