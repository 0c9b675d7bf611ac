import { detached } from '../text/detached';
import { unitKey, type ScriptFolder } from '../text/unitKey';
import { splitUnitList, type UnitListResult, type UnitPiece, type UnitPieces } from '../units/splitUnitList';

/**
 * Entries kept per generation. A server holds one engine for the whole workspace: two generations
 * of 10,000 lists kept some 24 MB of the 1,000-notice benchmark workspace alive (server RSS 248 →
 * 306 MB); 2,000 keep about 8 MB, and an edit re-reads only the lists of the runs it touches.
 */
const GENERATION_SIZE = 2_000;

/**
 * What a reading computes from a piece of text alone, kept across readings: a notice names the
 * same lists (`市发改委、市财政局`) hundreds of times, and an edit re-reads a notice whose lists
 * are almost all read already. Two generations bound the memory: the older is dropped when the
 * newer fills, what is still in use moves up.
 */
export class ReadingMemo implements UnitPieces {
	private lists = new Map<string, UnitListResult>();
	private olderLists = new Map<string, UnitListResult>();
	private keys = new Map<string, string>();
	private olderKeys = new Map<string, string>();
	/** The pieces of the lists read (see UnitPiece): a list not read before is mostly made of names that are. */
	private pieces = new Map<string, UnitPiece | null>();
	private olderPieces = new Map<string, UnitPiece | null>();

	constructor(private readonly fold: ScriptFolder) {}

	/** The list split as splitUnitList does; the result is shared, so read it and do not change it. */
	unitList(text: string): UnitListResult {
		let list = this.lists.get(text);
		if (list === undefined) {
			// Kept across versions of the text (as a key, and its names): a copy, not a slice holding the whole text (see detached).
			text = detached(text);
			// A string looked up is hashed: not in an older generation that is empty (an engine's first thousands of lists).
			list = this.olderLists.size > 0 ? this.olderLists.get(text) : undefined;
			if (list === undefined) {
				list = splitUnitList(text, this);
				for (const unit of list.units) {
					unit.key = this.unitKey(unit.name);
				}
			}
			if (this.lists.size >= GENERATION_SIZE) {
				this.olderLists = this.lists;
				this.lists = new Map();
			}
			this.lists.set(text, list);
		}
		return list;
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
		if (this.pieces.size >= GENERATION_SIZE) {
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
			if (this.keys.size >= GENERATION_SIZE) {
				this.olderKeys = this.keys;
				this.keys = new Map();
			}
			this.keys.set(name, key);
		}
		return key;
	}
}
