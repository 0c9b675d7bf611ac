import type { PinyinIndex } from './pinyinIndex';

/** Names read per completion request at most: a request costs the same under a registry of 100 or 100,000 lines. */
const BUDGET = 3_000;
const NONE: readonly number[] = [];

/**
 * Registry names for completion, indexed once per registry change: by character, for what is typed
 * in Chinese, and by the readings of each character for pinyin typed in Latin letters: initials
 * one by one and in pairs (`fgw` → 市发改委 holds the pair fg), and every start of the full pinyin
 * from the first or second character (`fagai`, `shifa`). A request reads the postings of the rarest
 * of what is typed, at most BUDGET names, and checks only those; a registry of at most BUDGET names
 * is read whole.
 */
export class UnitNameIndex {
	private readonly byChar = new Map<string, number[]>();
	private readonly byInitial = new Map<string, number[]>();
	private readonly byInitialPair = new Map<string, number[]>();
	/** Names by every start of the pinyin from their first or second character on, two characters deep: s, sh, shi, shif, shifa, f, fa, fag … fagai. */
	private readonly byLeadPinyin = new Map<string, number[]>();

	constructor(
		readonly names: readonly string[],
		private readonly pinyin: PinyinIndex,
	) {
		const readingsOfChar = new Map<string, readonly string[]>();
		const readings = (char: string): readonly string[] => {
			let known = readingsOfChar.get(char);
			if (!known) {
				known = [...new Set(pinyin.readings(char).map((reading) => reading.toLowerCase()))].filter((reading) => /^[a-z]/.test(reading));
				readingsOfChar.set(char, known);
			}
			return known;
		};
		names.forEach((name, index) => {
			const chars = Array.from(name);
			// Each name once per key: postings grow in name order, so a repeat is the last entry.
			const post = (map: Map<string, number[]>, key: string) => {
				const list = map.get(key);
				if (!list) {
					map.set(key, [index]);
				} else if (list[list.length - 1] !== index) {
					list.push(index);
				}
			};
			for (let i = 0; i < chars.length; i++) {
				post(this.byChar, chars[i]);
				const here = readings(chars[i]);
				const next = i + 1 < chars.length ? readings(chars[i + 1]) : [];
				for (const reading of here) {
					post(this.byInitial, reading[0]);
					for (const following of next) {
						post(this.byInitialPair, reading[0] + following[0]);
					}
					if (i < 2) {
						for (let length = 1; length <= reading.length; length++) {
							post(this.byLeadPinyin, reading.slice(0, length));
						}
						for (const following of next) {
							for (let length = 1; length <= following.length; length++) {
								post(this.byLeadPinyin, reading + following.slice(0, length));
							}
						}
					}
				}
			}
		});
	}

	/** Names containing `typed`, or matching it as pinyin when it is Latin letters (PinyinIndex.matchesTyped). */
	matching(typed: string): string[] {
		const pinyinIndex = this.pinyin;
		if (typed.length === 0 || this.names.length <= BUDGET) {
			return this.names.slice(0, BUDGET).filter((name) => typed.length === 0 || pinyinIndex.matchesTyped(name, typed));
		}
		const lists: Array<readonly number[]> = [];
		if (/^[a-z]+$/i.test(typed)) {
			const latin = typed.toLowerCase();
			// Initials that contain the typed letters hold each pair of them: the rarest pair's names.
			const pairs = rarest(latin.length === 1 ? [this.byInitial.get(latin) ?? NONE] : Array.from({ length: latin.length - 1 }, (_, i) => this.byInitialPair.get(latin.slice(i, i + 2)) ?? NONE));
			// Full pinyin from the first or second character: the names under each start of what is typed, longest first.
			const leads: Array<readonly number[]> = [];
			for (let length = latin.length; length > 0; length--) {
				leads.push(this.byLeadPinyin.get(latin.slice(0, length)) ?? NONE);
			}
			lists.push(pairs, ...leads);
		} else {
			lists.push(rarest([...new Set(typed)].map((char) => this.byChar.get(char) ?? NONE)));
		}
		const seen = new Set<number>();
		const result: string[] = [];
		let budget = BUDGET;
		for (const list of lists.sort((a, b) => a.length - b.length)) {
			for (let i = 0; i < list.length && budget > 0; i++, budget--) {
				const index = list[i];
				if (!seen.has(index)) {
					seen.add(index);
					if (pinyinIndex.matchesTyped(this.names[index], typed)) {
						result.push(this.names[index]);
					}
				}
			}
		}
		return result;
	}
}

function rarest(lists: ReadonlyArray<readonly number[]>): readonly number[] {
	return lists.reduce((shortest, list) => (list.length < shortest.length ? list : shortest), lists[0] ?? NONE);
}
