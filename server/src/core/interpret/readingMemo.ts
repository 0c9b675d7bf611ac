import { emptyList } from '../text/objectLists';
import { detached } from '../text/detached';
import { unitKey, type ScriptFolder } from '../text/unitKey';
import { splitUnitList, type UnitListResult, type UnitPiece, type UnitPieces } from '../units/splitUnitList';
import { mayWordRolesIn } from './leadWording';

/**
 * Entries kept per generation, at least. The engine's memo serves every open document (a file
 * on disk is read with a memo of its own, see BreakdownEngine.parseFileNotice); when it served the
 * workspace's files too, two generations of 10,000 lists kept some 24 MB of the 1,000-notice
 * benchmark workspace alive (server RSS 248 → 306 MB), 2,000 about 8 MB. An edit re-reads only
 * the lists of the runs it touches.
 */
const SMALLEST_GENERATION = 2_000;

/**
 * Entries kept per generation, at most. A generation grows to what one reading looks up (see
 * startReading): the benchmark's 2 MB notice names 6,933 distinct lists in 17,581 fields, and with
 * generations of 2,000 each of its readings split them all again, the older generation dropped
 * before the reading came back to its lists (the benchmark's core row, four processes each:
 * 21.5–22.8 MB/s → 23.9–27.5 once the memo holds them).
 */
const LARGEST_GENERATION = 20_000;

/** How far on in the last reading's order a list found by its text is looked for, after lists the text lost (see unitList). */
const RESYNC_WINDOW = 10;

/** A list kept, with its text (a copy, see detached): what a reading's look-ups are checked against. */
export interface KeptList {
	text: string;
	list: UnitListResult;
	/** Whether a role verb may start in the text (mayWordRolesIn): a field's value is read for worded roles only then (see readWordedValue). */
	mayWordRoles: boolean;
	/** The generation it was last put in (see ReadingMemo.generation). */
	generation: number;
}

/**
 * What a reading computes from a piece of text alone, kept across readings: a notice names the
 * same lists (`市发改委、市财政局`) hundreds of times, and an edit re-reads a notice whose lists
 * are almost all read already. Two generations bound the memory: the older is dropped when the
 * newer fills, what is still in use moves up.
 */
export class ReadingMemo implements UnitPieces {
	private lists = new Map<string, KeptList>();
	private olderLists = new Map<string, KeptList>();
	/**
	 * The lists the last reading looked up, in order, and this reading's so far (at most
	 * LARGEST_GENERATION; past them, those of the reading before): a reading of the same notice
	 * looks up the same lists in the same order, each one compared with the list at `next` (or the
	 * one after it, a list the text lost) instead of looked up by its text, a fresh string hashed
	 * anew and a probe of the map that misses the cache (the benchmark's 2 MB notice: 17,581
	 * look-ups a reading, 7.9 % of a warm reading's time in a profile, 1.8 % after).
	 */
	// Lists of objects from the start (see emptyList): a `[]` of small integers swapped for a full list at the
	// second reading's start changed the memo's hidden class, and unitListOf was thrown away ("wrong map").
	private lastOrder: KeptList[] = emptyList();
	private order: KeptList[] = emptyList();
	private next = 0;
	/** Counts the generations of lists: a list of an older one moves up when it is used (found in the last reading's order or not). */
	private generation = 0;
	private keys = new Map<string, string>();
	private olderKeys = new Map<string, string>();
	/** The pieces of the lists read (see UnitPiece): a list not read before is mostly made of names that are. */
	private pieces = new Map<string, UnitPiece | null>();
	private olderPieces = new Map<string, UnitPiece | null>();
	/** When a generation is full: at least as many entries as the last reading looked up, and half the size before (see startReading). */
	private generationSize = SMALLEST_GENERATION;
	/** Lists looked up since the reading began. */
	private lookups = 0;
	/** Of them, those found in the last reading's order (see listsFoundInOrder). */
	private foundInOrder = 0;

	constructor(private readonly fold: ScriptFolder) {}

	/**
	 * A reading begins: the generations are sized to hold what the last one looked up, so reading
	 * that notice again finds every list (a generation smaller than a notice's lists turned over
	 * in the middle of each of its readings, and found none). The size falls by half a reading
	 * back to the smallest: after a large notice, small readings (an edit's, another open notice's)
	 * do not keep its lists alive. Readings in steps of two documents may interleave; they then
	 * count together, which sizes the generations for both.
	 */
	startReading(): void {
		this.generationSize = Math.min(LARGEST_GENERATION, Math.max(SMALLEST_GENERATION, this.lookups, this.generationSize >> 1));
		// This reading writes over the order of the reading before the last, in place: the same lists
		// again (a notice read again) are no stores, each of which costs a write barrier and, in an
		// array made anew, its growth (measured: 8.8 M instructions more a reading than the look-ups saved).
		const recorded = Math.min(this.lookups, LARGEST_GENERATION);
		if (this.order.length > recorded) {
			this.order.length = recorded;
		}
		const older = this.lastOrder;
		this.lastOrder = this.order;
		this.order = older;
		this.lookups = 0;
		this.foundInOrder = 0;
		this.next = 0;
	}

	/** The list split as splitUnitList does; the result is shared, so read it and do not change it. */
	unitList(text: string): UnitListResult {
		return this.unitListOf(text).list;
	}

	/** The list kept for `text` (see unitList): its split and what else is read of the text alone. */
	unitListOf(text: string): KeptList {
		const at = this.lookups++;
		const last = this.lastOrder;
		const next = this.next;
		let kept = next < last.length ? last[next] : undefined;
		if (kept !== undefined && kept.text === text) {
			this.next = next + 1;
			this.foundInOrder++;
			if (kept.generation !== this.generation) {
				this.keep(kept);
			}
		} else if (next + 1 < last.length && last[next + 1].text === text) {
			kept = last[next + 1];
			this.next = next + 2;
			this.foundInOrder++;
			if (kept.generation !== this.generation) {
				this.keep(kept);
			}
		} else {
			// A list the last reading did not look up here (one the text gained: the next is compared with the same again).
			kept = this.keptList(text);
			// Or lists the text lost, two or more in a row: the list found may stand a few places on in
			// the last reading's order; the order is picked up after it (else every later look-up of
			// the reading missed). Compared by identity, no text compared.
			// (None to look for in a first reading, whose last order is empty: no call to min then.)
			const end = next + 2 < last.length ? Math.min(next + RESYNC_WINDOW, last.length) : 0;
			for (let i = next + 2; i < end; i++) {
				if (last[i] === kept) {
					this.next = i + 1;
					break;
				}
			}
		}
		// Past the order's end (`at` is its length then: one look-up at a time) the load finds undefined and the
		// store appends. One load and one store for both: written apart, the store in place ran first at an
		// engine's third reading (the first to write over an order, see startReading), after unitListOf was
		// compiled with no type feedback for it, and its code was thrown away ("Insufficient type feedback
		// for generic keyed access"). `order[at]` appends only because every look-up below LARGEST_GENERATION
		// stores (at ≤ order.length): a path that skipped the store would leave a hole (HOLEY_ELEMENTS, another kind).
		const order = this.order;
		if (at < LARGEST_GENERATION && order[at] !== kept) {
			order[at] = kept;
		}
		return kept;
	}

	private keptList(text: string): KeptList {
		let kept = this.lists.get(text);
		if (kept === undefined) {
			// Kept across versions of the text (as a key, and its names): a copy, not a slice holding the whole text (see detached).
			text = detached(text);
			// A string looked up is hashed: not in an older generation that is empty (an engine's first thousands of lists).
			kept = this.olderLists.size > 0 ? this.olderLists.get(text) : undefined;
			if (kept === undefined) {
				const list = splitUnitList(text, this);
				// The list's units loaded once (each load is a call in V8's first tiers, where a new server splits its first lists).
				const units = list.units;
				for (let u = 0; u < units.length; u++) {
					const unit = units[u];
					// A draft shared with lists split before has its key (see sharedDraftOf).
					if (unit.key === undefined) {
						unit.key = this.unitKey(unit.name);
					}
				}
				kept = { text, list, mayWordRoles: mayWordRolesIn(text), generation: -1 };
			}
			this.keep(kept);
		}
		return kept;
	}

	/** Puts a list in the newer generation, which first turns over when it is full. */
	private keep(kept: KeptList): void {
		if (this.lists.size >= this.generationSize) {
			this.olderLists = this.lists;
			this.lists = new Map();
			this.generation++;
		}
		this.lists.set(kept.text, kept);
		kept.generation = this.generation;
	}

	/** How many of this reading's look-ups were found in the last reading's order, not by their text. */
	listsFoundInOrder(): number {
		return this.foundInOrder;
	}

	/** How many lists the memo holds, in both generations. */
	keptLists(): number {
		return this.lists.size + this.olderLists.size;
	}

	piece(text: string): UnitPiece | null | undefined {
		let piece = this.pieces.get(text);
		if (piece === undefined && this.olderPieces.size > 0) {
			piece = this.olderPieces.get(text);
			if (piece !== undefined) {
				this.keepPiece(text, piece);
			}
		}
		return piece;
	}

	keepPiece(text: string, piece: UnitPiece | null): void {
		if (this.pieces.size >= this.generationSize) {
			this.olderPieces = this.pieces;
			this.pieces = new Map();
		}
		this.pieces.set(text, piece);
	}

	unitKey(name: string): string {
		let key = this.keys.get(name);
		if (key === undefined) {
			name = detached(name);
			key = (this.olderKeys.size > 0 ? this.olderKeys.get(name) : undefined) ?? unitKey(name, this.fold);
			if (this.keys.size >= this.generationSize) {
				this.olderKeys = this.keys;
				this.keys = new Map();
			}
			this.keys.set(name, key);
		}
		return key;
	}
}
