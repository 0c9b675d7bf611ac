import type { Span } from './lineIndex';
import type { NoticeText } from './noticeText';

/**
 * Pinyin glosses that a Traditional-script converter leaves after characters: `發(fā)展`,
 * `湘西經(jīng)開區(qū)管委會`, `鎮(zhèn)人民政府` (real notices of 湘西 2020 and 盤山 2016). They are
 * ignored for reading and for unit names, and left untouched in the text.
 */

/** Vowels with a tone mark: a gloss carries one (a neutral-tone gloss such as `(de)` is left as text). */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzüê' + TONED;

function isIdeograph(code: number): boolean {
	return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xdc00 && code <= 0xdfff);
}

function isOpen(code: number): boolean {
	return code === 0x28 || code === 0xff08;
}

function isClose(code: number): boolean {
	return code === 0x29 || code === 0xff09;
}

/** The longest pinyin syllable (`zhuang`) plus room for a stray letter. */
const MAX_GLOSS = 7;

/**
 * The end of a gloss whose opening parenthesis is at `open` (after an ideograph), or -1.
 * Looks at most MAX_GLOSS + 1 characters ahead, so a scan over a line stays linear.
 */
export function glossEndAt(text: NoticeText, open: number, to = text.length): number {
	if (open === 0 || !isOpen(text.charCodeAt(open)) || !isIdeograph(text.charCodeAt(open - 1))) {
		return -1;
	}
	let toned = false;
	for (let i = open + 1; i < to && i <= open + MAX_GLOSS + 1; i++) {
		const code = text.charCodeAt(i);
		if (isClose(code)) {
			return toned && i > open + 1 ? i + 1 : -1;
		}
		const char = String.fromCharCode(code);
		if (!LETTERS.includes(char)) {
			return -1;
		}
		toned ||= TONED.includes(char);
	}
	return -1;
}

/** Every gloss in `from`..`to`, in order. Linear in the length of the range (bounded look-ahead per parenthesis). */
export function findGlosses(text: NoticeText, from = 0, to = text.length): Span[] {
	let found: Span[] | undefined;
	for (let i = from + 1; i < to; i++) {
		if (!isOpen(text.charCodeAt(i))) {
			continue;
		}
		const end = glossEndAt(text, i, to);
		if (end > 0) {
			(found ??= []).push({ start: i, end });
			i = end - 1;
		}
	}
	return found ?? NONE;
}

const NONE: Span[] = [];

/** The text without its glosses: 湘西經(jīng)開區(qū)管委會 → 湘西經開區管委會. */
export function stripGlosses(text: string): string {
	const glosses = findGlosses(text);
	if (glosses.length === 0) {
		return text;
	}
	let result = '';
	let at = 0;
	for (const gloss of glosses) {
		result += text.slice(at, gloss.start);
		at = gloss.end;
	}
	return result + text.slice(at);
}
