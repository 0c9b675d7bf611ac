import { pinyin } from 'pinyin-pro';

/** Pinyin of unit names for matching what a clerk types (`fgw` → 市发改委), cached per name. */
export class PinyinIndex {
	private readonly cache = new Map<string, { initials: string; full: string }>();

	private entry(name: string) {
		let entry = this.cache.get(name);
		if (!entry) {
			const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed' });
			entry = { initials: syllables.map((syllable) => syllable[0] ?? '').join(''), full: syllables.join('') };
			if (this.cache.size > 100_000) {
				this.cache.clear();
			}
			this.cache.set(name, entry);
		}
		return entry;
	}

	/** 市发改委 → sfgw */
	initials(name: string): string {
		return this.entry(name).initials;
	}

	/** 市发改委 → shifagaiwei */
	full(name: string): string {
		return this.entry(name).full;
	}

	/**
	 * Whether `typed` (lower-case Latin letters) matches `name`: its initials contain it (`fgw` in
	 * `sfgw`), or its full pinyin, with or without the level prefix, starts with it (`fagai`).
	 */
	matches(name: string, typed: string): boolean {
		const { initials, full } = this.entry(name);
		if (initials.includes(typed) || full.startsWith(typed)) {
			return true;
		}
		const first = this.entry(name.slice(0, 1)).full;
		return first.length > 0 && full.slice(first.length).startsWith(typed);
	}

	/** Whether what a clerk typed names `name`: Latin letters as pinyin (`matches`), anything else as part of the name. */
	matchesTyped(name: string, typed: string): boolean {
		return /^[a-z]+$/i.test(typed) ? this.matches(name, typed.toLowerCase()) : name.includes(typed);
	}
}
