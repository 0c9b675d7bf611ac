import { detached } from '../text/detached';

/**
 * Pinyin of Chinese text, from the host (Node: pinyin-pro, loaded when first asked for). Its
 * dictionary is a third of the server's bundle and built when the module loads: loaded with the
 * server, it kept the editor waiting some 35 ms longer for every server (start → initialize,
 * medians 193 → 158 ms), for completion and filters by pinyin a session may never use.
 */
export interface PinyinReader {
	/** One syllable per Chinese character of `text`, without tones; other characters left out (市发改委 → shi fa gai wei). */
	syllables(text: string): string[];
	/** Every reading of one character, without tones (行 → xing, hang). */
	readings(char: string): string[];
}

/**
 * Pinyin of unit names for matching what a clerk types (`fgw` → 市发改委), cached per name. Without
 * a reader, names match what is typed in Chinese only.
 */
export class PinyinIndex {
	private readonly cache = new Map<string, { initials: string; full: string }>();

	constructor(private readonly reader: PinyinReader | undefined) {}

	/** Every reading of one character, without tones; none without a reader. */
	readings(char: string): string[] {
		return this.reader ? this.reader.readings(char) : [];
	}

	private entry(name: string) {
		let entry = this.cache.get(name);
		if (!entry) {
			const syllables = this.reader ? this.reader.syllables(name) : [];
			entry = { initials: syllables.map((syllable) => syllable[0] ?? '').join(''), full: syllables.join('') };
			if (this.cache.size > 100_000) {
				this.cache.clear();
			}
			// By a copy of the name: a registry's names are slices of its text (see detached).
			this.cache.set(detached(name), entry);
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
