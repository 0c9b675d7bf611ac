import { emptyList } from '../text/objectLists';
import type { NumberedItem } from './numberingScopes';

/** Numbers below it are kept by index (a holey array past it would be a dictionary). */
const SMALL_NUMBER = 100_000;

/** The item that used a number first, by number: in an array while numbers are small (a list's are), else in a map. */
export class SeenNumbers {
	// Not `[]`: of small integers until its first push, it met scopeProblems' code compiled for a list of items ("wrong map").
	private readonly small: Array<NumberedItem | undefined> = emptyList();
	private large: Map<number, NumberedItem> | undefined;

	get(number: number): NumberedItem | undefined {
		return isSmall(number) ? this.small[number] : this.large?.get(number);
	}

	set(number: number, item: NumberedItem): void {
		if (isSmall(number)) {
			while (this.small.length < number) {
				this.small.push(undefined);
			}
			this.small[number] = item;
		} else {
			(this.large ??= new Map()).set(number, item);
		}
	}

	/** The numbers of `items` forgotten. */
	forget(items: readonly NumberedItem[]): void {
		for (let k = 0; k < items.length; k++) {
			const number = items[k].marker.number;
			if (isSmall(number)) {
				this.small[number] = undefined;
			}
		}
		this.large?.clear();
	}
}

function isSmall(number: number): boolean {
	return number >= 0 && number < SMALL_NUMBER && Number.isInteger(number);
}
