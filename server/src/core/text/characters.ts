import type { NoticeText } from './noticeText';

/**
 * White space as a regular expression's `\s` matches it, and the zero-width space and word joiner a
 * web page or Word leaves (`；\u200b责任单位：…`), by character code (for scanners that avoid regular expressions).
 */
export function isWhiteSpace(code: number): boolean {
	if (code > 0x3000) {
		// Ideographs and most punctuation (nearly every character read): only the byte-order mark is white space up there.
		return code === 0xfeff;
	}
	return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x2060 || code === 0xfeff;
}

/** 、，,；; between the units of a list (`牵头单位：市发改委、市财政局`). */
export function isListSeparator(code: number): boolean {
	return code === 0x3001 || code === 0xff0c || code === 0x2c || code === 0xff1b || code === 0x3b;
}

/** A line break, or the indentation after one (a PDF's wrap: `（扶贫办、中央统战部负` / `　　责）`). */
export function isLineBreakOrIndent(code: number): boolean {
	return code === 10 || code === 13 || code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0;
}

/** Whether a colon (`：` or `:`) stands in [from, to): a cheap test before a copy or a look-up is made. */
export function hasColonBetween(text: NoticeText, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (code === 0xff1a || code === 0x3a) {
			return true;
		}
	}
	return false;
}

/**
 * A Word list's bullet or a flag before an item or a sub-point: `▲1.`, `◆ 1.`, `★3.` (a key task's flag),
 * `• 2、`, `▲增加值可比增长14%左右`. Solid and hollow shapes, stars, ticks, the middle dot and Word's
 * Symbol-font bullets (private use, U+F0A7 U+F0B7 U+F0D8 …).
 */
export function isBullet(code: number): boolean {
	return code === 0x2022 || code === 0x00b7 || code === 0x203b || code === 0x221a || code === 0x2713 || code === 0x2714 ||
		(code >= 0x25a0 && code <= 0x25ff) || (code >= 0x2605 && code <= 0x2606) || (code >= 0xf0a0 && code <= 0xf0ff);
}

/** A CJK ideograph: the unified ideographs with extension A, and the compatibility ideographs. */
export function isIdeograph(code: number): boolean {
	return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** What `hasLetterOrDigit` asks when a character is none it knows; compiled at its first use. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `text` with its full-width digits (`２０２５`) as ASCII ones, as dates and numbers are read. */
export function asciiDigits(text: string): string {
	return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/**
 * Whether `text` has a letter or a digit (`/[\p{L}\p{N}]/u`). Ideographs and ASCII are answered by
 * their codes, and so is the punctuation a name is written around (`·`, `“`, `（`, `、`); the
 * expression runs only at a character of none of these. It ran for every name that starts with
 * one: the benchmark's 2,000-edit change puts `·` into hundreds of names (2.9 of its 35 ms in a
 * new server, profiled).
 */
export function hasLetterOrDigit(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) {
			return true;
		}
		if (!isPunctuationOrSpace(code)) {
			return LETTER_OR_DIGIT.test(text);
		}
	}
	return false;
}

/** ASCII other than letters and digits, `·`, the no-break space, general punctuation (U+2000–U+206F), CJK marks and brackets (U+3000–U+3004, U+3008–U+3020) and full-width punctuation: no letter or digit among them. */
function isPunctuationOrSpace(code: number): boolean {
	return (
		code < 0x80 ||
		code === 0xa0 ||
		code === 0xb7 ||
		(code >= 0x2000 && code <= 0x206f) ||
		(code >= 0x3000 && code <= 0x3004) ||
		(code >= 0x3008 && code <= 0x3020) ||
		(code >= 0xff01 && code <= 0xff0f) ||
		(code >= 0xff1a && code <= 0xff20) ||
		(code >= 0xff3b && code <= 0xff40) ||
		(code >= 0xff5b && code <= 0xff65)
	);
}

/**
 * The last index in 0..count-1 whose value is at most `target` (0 when none is): where an offset
 * falls among sorted starts (of lines, of pieces).
 */
export function lastAtOrBefore(count: number, valueAt: (index: number) => number, target: number): number {
	let low = 0;
	let high = count - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (valueAt(mid) <= target) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}
	return low;
}

/**
 * 1 for an opening bracket, -1 for a closing one, else 0 (round, square, lenticular, tortoise-shell, angle).
 * Angle brackets hold a note in a unit list as round ones do: 武汉's yearly 分解方案 write
 * `责任单位:各区人民政府〈含开发区、风景区，下同〉`, one unit, not two cut at its 、.
 */
export function bracketOf(code: number): number {
	switch (code) {
		case 0xff08: // （
		case 0x28: // (
		case 0x3010: // 【
		case 0x3014: // 〔
		case 0x5b: // [
		case 0xff3b: // ［
		case 0x3008: // 〈
			return 1;
		case 0xff09: // ）
		case 0x29: // )
		case 0x3011: // 】
		case 0x3015: // 〕
		case 0x5d: // ]
		case 0xff3d: // ］
		case 0x3009: // 〉
			return -1;
		default:
			return 0;
	}
}

/** A table marking `characters` by code (1), for a look-up per character on a hot path (a Set's costs more). */
export function markedCodes(characters: string, size = 0x10000): Uint8Array {
	const table = new Uint8Array(size);
	for (let i = 0; i < characters.length; i++) {
		table[characters.charCodeAt(i)] = 1;
	}
	return table;
}
