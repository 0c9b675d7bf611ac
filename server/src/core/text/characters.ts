import type { NoticeText } from './noticeText';

/**
 * White space as a regular expression's `\s` matches it, and the zero-width space and word joiner a
 * web page or Word leaves (`；\u200b责任单位：…`), by character code (for scanners that avoid regular expressions).
 */
export function isWhiteSpace(code: number): boolean {
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

/** A CJK ideograph: the unified ideographs with extension A, and the compatibility ideographs. */
export function isIdeograph(code: number): boolean {
	return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
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

/** 1 for an opening bracket, -1 for a closing one, else 0 (round, square, lenticular, tortoise-shell). */
export function bracketOf(code: number): number {
	switch (code) {
		case 0xff08: // （
		case 0x28: // (
		case 0x3010: // 【
		case 0x3014: // 〔
		case 0x5b: // [
		case 0xff3b: // ［
			return 1;
		case 0xff09: // ）
		case 0x29: // )
		case 0x3011: // 】
		case 0x3015: // 〕
		case 0x5d: // ]
		case 0xff3d: // ］
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
