import type { Notice, UnitMention } from '../model/types';

/** The unit mention at `offset` (its end counts, so a cursor just after a name finds it). */
export function unitAt(notice: Notice, offset: number): UnitMention | undefined {
	const units = notice.units;
	let low = 0;
	let high = units.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const span = units[mid];
		if (offset < span.start) {
			high = mid - 1;
		} else if (offset > span.end) {
			low = mid + 1;
		} else {
			return units[mid];
		}
	}
	return undefined;
}
