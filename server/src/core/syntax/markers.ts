import { CHINESE_NUMERAL_CHARS, parseChineseNumber, parseCircledNumber } from '../text/chineseNumber';

/**
 * The numbering styles of notices, outermost first. A notice uses some of them; the deepest one
 * that carries unit fields is its task level, the others are section levels.
 */
export const enum MarkerKind {
	/** 第一部分 */
	Part = 0,
	/** 一、 */
	ChineseSection = 1,
	/** （一） or (一) */
	ParenChinese = 2,
	/** 1. 1、 1． */
	Arabic = 3,
	/** （1） or (1) */
	ParenArabic = 4,
	/** ① */
	Circled = 5,
}

export const MARKER_KIND_NAMES: Record<MarkerKind, string> = {
	[MarkerKind.Part]: 'part',
	[MarkerKind.ChineseSection]: 'chinese',
	[MarkerKind.ParenChinese]: 'paren-chinese',
	[MarkerKind.Arabic]: 'arabic',
	[MarkerKind.ParenArabic]: 'paren-arabic',
	[MarkerKind.Circled]: 'circled',
};

export interface MarkerMatch {
	kind: MarkerKind;
	number: number;
	/** Offsets within the scanned string. */
	start: number;
	/** Where the digits (or numeral) of the marker are, for renumbering. */
	numberStart: number;
	numberEnd: number;
	/** End of the marker including its punctuation and any spaces after it. */
	end: number;
}

const N = CHINESE_NUMERAL_CHARS;
const PART = new RegExp(`^第([${N}]{1,4})部分[\\s\\u3000：:]*`);
const CHINESE_SECTION = new RegExp(`^([${N}]{1,4})[、．.][\\s\\u3000]*`);
const PAREN_CHINESE = new RegExp(`^[（(][\\s\\u3000]*([${N}]{1,4})[\\s\\u3000]*[）)][\\s\\u3000]*`);
const ARABIC = /^(\d{1,5})[\s\u3000]*[.．、](?![\d.．])[\s\u3000]*/;
const PAREN_ARABIC = /^[（(][\s\u3000]*(\d{1,3})[\s\u3000]*[）)][\s\u3000]*/;
const CIRCLED = /^([\u2460-\u2473\u3251-\u325F\u32B1-\u32BF])[\s\u3000]*/;

/** Matches a numbering marker at `from` in `text`, which must be the start of the line's content. */
export function matchMarker(text: string, from: number): MarkerMatch | undefined {
	const rest = from === 0 ? text : text.slice(from);
	const first = rest.charCodeAt(0);
	let match: RegExpExecArray | null;
	if (first >= 48 && first <= 57) {
		match = ARABIC.exec(rest);
		return match ? build(MarkerKind.Arabic, Number(match[1]), match, from) : undefined;
	}
	if (first === 0x28 || first === 0xff08) {
		match = PAREN_ARABIC.exec(rest);
		if (match) {
			return build(MarkerKind.ParenArabic, Number(match[1]), match, from);
		}
		match = PAREN_CHINESE.exec(rest);
		return match ? buildChinese(MarkerKind.ParenChinese, match, from) : undefined;
	}
	if (first === 0x7b2c /* 第 */) {
		match = PART.exec(rest);
		return match ? buildChinese(MarkerKind.Part, match, from) : undefined;
	}
	match = CHINESE_SECTION.exec(rest);
	if (match) {
		return buildChinese(MarkerKind.ChineseSection, match, from);
	}
	match = CIRCLED.exec(rest);
	if (match) {
		const number = parseCircledNumber(match[1]);
		return number === undefined ? undefined : build(MarkerKind.Circled, number, match, from);
	}
	return undefined;
}

function buildChinese(kind: MarkerKind, match: RegExpExecArray, from: number): MarkerMatch | undefined {
	const number = parseChineseNumber(match[1]);
	return number === undefined || number === 0 ? undefined : build(kind, number, match, from);
}

function build(kind: MarkerKind, number: number, match: RegExpExecArray, from: number): MarkerMatch {
	const numberStart = from + match[0].indexOf(match[1]);
	return {
		kind,
		number,
		start: from,
		numberStart,
		numberEnd: numberStart + match[1].length,
		end: from + match[0].length,
	};
}
