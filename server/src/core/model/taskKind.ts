import { MARKER_KIND_COUNT, type MarkerKind } from '../syntax/markers';
import type { Task } from './types';

/**
 * The numbering style most of a notice's tasks use; undefined when it has none. Asked for, not kept
 * on the notice: nothing the editor shows reads it, and counted at every reading it was a pass over
 * every task at each keystroke.
 */
export function taskKindOf(tasks: readonly Task[]): MarkerKind | undefined {
	// Counted by kind in an array, one slot per kind (an array short of a kind counted it as NaN).
	const count = new Array<number>(MARKER_KIND_COUNT).fill(0);
	let best: MarkerKind | undefined;
	for (let t = 0; t < tasks.length; t++) {
		const kind = tasks[t].marker.kind;
		const n = ++count[kind];
		if (best === undefined || n > count[best]) {
			best = kind;
		}
	}
	return best;
}
