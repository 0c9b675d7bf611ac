const DIGITS: Record<string, number> = {
	零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that may form a Chinese numeral, for use inside regular expressions. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两兩三四五六七八九十百千';

/** Parses a Chinese numeral such as 十二, 二十二, 一百零五; returns undefined for anything else. */
export function parseChineseNumber(text: string): number | undefined {
	if (text.length === 0) {
		return undefined;
	}
	let total = 0;
	let digit = -1;
	for (const char of text) {
		if (char in DIGITS) {
			digit = DIGITS[char];
		} else if (char in UNITS) {
			total += (digit < 0 ? 1 : digit) * UNITS[char];
			digit = -1;
		} else {
			return undefined;
		}
	}
	return total + (digit < 0 ? 0 : digit);
}

const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_21 = 0x3251; // ㉑
const CIRCLED_36 = 0x32b1; // ㊱

/** ① … ㊿ → 1 … 50. */
export function parseCircledNumber(char: string): number | undefined {
	const code = char.codePointAt(0) ?? 0;
	if (code >= CIRCLED_FIRST && code < CIRCLED_FIRST + 20) {
		return code - CIRCLED_FIRST + 1;
	}
	if (code >= CIRCLED_21 && code < CIRCLED_21 + 15) {
		return code - CIRCLED_21 + 21;
	}
	if (code >= CIRCLED_36 && code < CIRCLED_36 + 15) {
		return code - CIRCLED_36 + 36;
	}
	return undefined;
}

/** 1 → 一, 12 → 十二, 22 → 二十二, 105 → 一百零五. */
export function formatChineseNumber(value: number): string {
	const digits = '零一二三四五六七八九';
	if (value < 10) {
		return digits[value] ?? String(value);
	}
	if (value < 20) {
		return '十' + (value % 10 ? digits[value % 10] : '');
	}
	if (value < 100) {
		return digits[Math.floor(value / 10)] + '十' + (value % 10 ? digits[value % 10] : '');
	}
	if (value < 1000) {
		const rest = value % 100;
		const restText = rest === 0 ? '' : rest < 10 ? '零' + digits[rest] : rest < 20 ? '一' + formatChineseNumber(rest) : formatChineseNumber(rest);
		return digits[Math.floor(value / 100)] + '百' + restText;
	}
	return String(value);
}

export function formatCircledNumber(value: number): string {
	if (value >= 1 && value <= 20) {
		return String.fromCodePoint(CIRCLED_FIRST + value - 1);
	}
	if (value >= 21 && value <= 35) {
		return String.fromCodePoint(CIRCLED_21 + value - 21);
	}
	if (value >= 36 && value <= 50) {
		return String.fromCodePoint(CIRCLED_36 + value - 36);
	}
	return String(value);
}
