import { CHINESE_NUMERAL_CHARS, parseChineseNumber, parseCircledNumber } from '../text/chineseNumber';
import { markedCodes } from '../text/characters';
import type { NoticeText } from '../text/noticeText';
import { foldCode, traditionalFormsOf } from '../text/vocabularyFold';

/**
 * The numbering styles of notices, outermost first. A notice uses some of them; which of them
 * number tasks and which number sections is decided by the interpretation (interpret/taskLevel).
 */
export const enum MarkerKind {
	/** 第一部分 */
	Part = 0,
	/** 一、 */
	ChineseSection = 1,
	/**
	 * 第一条 or 第一项 with a space or a colon after it: some older notices number their items so, as a
	 * regulation numbers its articles (`（一）` inside them).
	 */
	Article = 2,
	/** （一） or (一) */
	ParenChinese = 3,
	/** 1. 1、 1． 1﹒, and in full-width digits (１．) */
	Arabic = 4,
	/** （1） or (1) */
	ParenArabic = 5,
	/** 1） or 1), as a Word list writes it: a level of its own (`（1）…：` over `1）…` `2）…`). */
	HalfParenArabic = 6,
	/** ① */
	Circled = 7,
	/** The number cell of a table row (`1`, `1 |`). */
	Row = 8,
}

/** How many kinds there are: a list indexed by kind has this many slots (Row is the last; a kind added after it moves this). */
export const MARKER_KIND_COUNT = MarkerKind.Row + 1;

export const MARKER_KIND_NAMES: Record<MarkerKind, string> = {
	[MarkerKind.Part]: 'part',
	[MarkerKind.ChineseSection]: 'chinese',
	[MarkerKind.Article]: 'article',
	[MarkerKind.ParenChinese]: 'paren-chinese',
	[MarkerKind.Arabic]: 'arabic',
	[MarkerKind.ParenArabic]: 'paren-arabic',
	[MarkerKind.HalfParenArabic]: 'half-paren-arabic',
	[MarkerKind.Circled]: 'circled',
	[MarkerKind.Row]: 'row',
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

// Sticky expressions, matched where a marker may stand without copying the text; white space inside
// a marker is horizontal only, so a match never runs into the next line.
const N = CHINESE_NUMERAL_CHARS;
// Up to 九百九十九 and 一千一百一十一 (seven characters): a long notice numbers past 一百一十 (five).
const NUMERAL = `[${N}]{1,7}`;
const S = '[ \\t\\u3000\\u00a0]';
const PART = new RegExp(`第(${NUMERAL})部分(?:${S}|[：:])*`, 'y');
// A space or a colon after 条 or 项 (`第一条　推进…`): prose says `第一项工作是…`, `第三条规定…`, with none.
// Their Traditional forms from the fold table too (`第二條 持續改善民生`).
const ARTICLE_WORDS = '条项' + String.fromCharCode(...traditionalFormsOf(new Set([0x6761 /* 条 */, 0x9879 /* 项 */])));
const ARTICLE = new RegExp(`第(${NUMERAL})[${ARTICLE_WORDS}](?:${S}+|${S}*[：:、．.]${S}*)`, 'y');
const CHINESE_SECTION = new RegExp(`(${NUMERAL})[、．.﹒]${S}*`, 'y');
const PAREN_CHINESE = new RegExp(`[（(]${S}*(${NUMERAL})${S}*[）)]${S}*`, 'y');
const PAREN_ARABIC = new RegExp(`[（(]${S}*([0-9０-９]{1,3})${S}*[）)]${S}*`, 'y');
const CIRCLED = new RegExp(`([\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF])${S}*`, 'y');

/** The numerals' character codes: a look-up by code (a Set's look-up cost more on every line's first character). */
const NUMERAL_CODES = markedCodes(N);

/** `[ \t\u3000\u00a0]`, as S. */
function isMarkerSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}

/**
 * Whether an Arabic marker may stand at `from` (a digit): past at most five digits, a star and the spaces
 * around them must come `.`, `．` or `、`. Most figures in a notice's prose (`172个`, `95%`) are
 * no marker, and are told so without running the expression. O(marker length), as the expression.
 */
function mayBeArabicMarker(text: NoticeText, from: number): boolean {
	let digits = 1;
	for (let i = from + 1; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (digitValue(code) >= 0) {
			if (++digits > 5) {
				return false;
			}
			continue;
		}
		if (isMarkerSpace(code) || (isStar(code) && digitValue(text.charCodeAt(i - 1)) >= 0)) {
			continue;
		}
		return isPoint(code) || code === 0x3001 || (isClosingRound(code) && digits <= 3);
	}
	return false;
}

/** `)` and `）`: `1）` numbers as `（1）` does (a Word list's style). */
function isClosingRound(code: number): boolean {
	return code === 0x29 || code === 0xff09;
}

/** A digit's value, ASCII or full-width (`１．`, typed in a full-width input mode); -1 for any other character. */
export function digitValue(code: number): number {
	if (code >= 48 && code <= 57) {
		return code - 48;
	}
	return code >= 0xff10 && code <= 0xff19 ? code - 0xff10 : -1;
}

/** The value of digits, ASCII or full-width. */
function numberOf(digits: string): number {
	let value = 0;
	for (let i = 0; i < digits.length; i++) {
		value = value * 10 + digitValue(digits.charCodeAt(i));
	}
	return value;
}

/** `.`, `．`, and `﹒` (U+FE52), which 安徽 pages number with (`1﹒全省生产总值增长7%以上`). */
function isPoint(code: number): boolean {
	return code === 0x2e || code === 0xff0e || code === 0xfe52;
}

function isDigit(code: number): boolean {
	return digitValue(code) >= 0;
}

/**
 * `(\d(?:[ \u3000]?\d){0,4})S*(?:[.．](?![.．]|\d(?!\d{3}年))|、)S*` at `from` (a digit), read by
 * character codes: every task line starts with one, and the expression made a match array and two
 * strings for each. A point followed by a digit is a decimal (`1.5`), unless a year follows
 * (`2.2018年民生实事责任分解`) or a word of a digit and a letter (`2.5G网络`: see isDigitWord); 、 may be followed by digits (`6、98年元旦…`, 連江縣 2008). A stray space
 * between digits (`1 2.`) is PDF extraction. A shorter run of digits never matches where the longest
 * does not (a digit, not the punctuation, follows it): no backtracking is needed.
 */
function matchArabic(text: NoticeText, from: number): MarkerMatch | undefined {
	let number = digitValue(text.charCodeAt(from));
	let at = from + 1;
	for (let digits = 1; digits < 5; digits++) {
		const code = text.charCodeAt(at);
		if (isDigit(code)) {
			number = number * 10 + digitValue(code);
			at++;
		} else if ((code === 0x20 || code === 0x3000) && isDigit(text.charCodeAt(at + 1))) {
			number = number * 10 + digitValue(text.charCodeAt(at + 1));
			at += 2;
		} else {
			break;
		}
	}
	const numberEnd = at;
	// A star after the number marks a key task: `1* .开展“一证多址”改革。` `2*.开展企业住所…` (黄埔 2022).
	if (isStar(text.charCodeAt(at))) {
		at++;
	}
	while (at < text.length && isMarkerSpace(text.charCodeAt(at))) {
		at++;
	}
	const punctuation = text.charCodeAt(at);
	if (isPoint(punctuation)) {
		// Not `1..` nor `1.5`; `1.2020年` is a marker before a year.
		const next = text.charCodeAt(at + 1);
		if (isPoint(next) || (isDigit(next) && !(isDigit(text.charCodeAt(at + 2)) && isDigit(text.charCodeAt(at + 3)) && isDigit(text.charCodeAt(at + 4)) && text.charCodeAt(at + 5) === 0x5e74 /* 年 */) && !isDigitWord(text, at + 1) && !opensWithFigure(text, at + 1))) {
			return undefined;
		}
	} else if (isClosingRound(punctuation)) {
		// `1）推进…`: a round bracket closing a number alone, as a Word list writes it.
		if (numberEnd - from > 3) {
			return undefined;
		}
		at++;
		while (at < text.length && isMarkerSpace(text.charCodeAt(at))) {
			at++;
		}
		return { kind: MarkerKind.HalfParenArabic, number, start: from, numberStart: from, numberEnd, end: at };
	} else if (punctuation !== 0x3001 /* 、 */) {
		return undefined;
	}
	at++;
	while (at < text.length && isMarkerSpace(text.charCodeAt(at))) {
		at++;
	}
	return { kind: MarkerKind.Arabic, number, start: from, numberStart: from, numberEnd, end: at };
}

function isStar(code: number): boolean {
	return code === 0x2a /* * */ || code === 0xff0a /* ＊ */;
}

/** Measures a decimal figure is followed by (`5.5万亩`, `1.2亿元`, `6.5%`; Traditional `5.5萬畝` folded). */
const MEASURE_CODES = markedCodes('万亿千百%％个家元吨亩人户所座条倍项台辆张场次米斤');

/** `—` `–` `-` `－` `～` `~` `至`: what joins the years of a span (`2025—2027年`). */
function isYearRangeDash(code: number): boolean {
	return code === 0x2014 || code === 0x2013 || code === 0x2d || code === 0xff0d || code === 0xff5e || code === 0x7e || code === 0x81f3;
}

/**
 * Whether the text after a point at `at` (a digit) is a figure no decimal can be read across: a span of
 * years (`3.2025—2027年…`), a month (`3.3月底前完成…`: 3月, never 3.3) or a decimal of its own with a measure (`4.5.5万亩高标准农田…`:
 * item 4 and 5.5万亩, for 4.5.5 is no number; a three-level number `1.1.1推进…` has no measure).
 */
function opensWithFigure(text: NoticeText, at: number): boolean {
	let end = at;
	while (end < at + 6 && isDigit(text.charCodeAt(end))) {
		end++;
	}
	const after = text.charCodeAt(end);
	if (end - at === 4 && isYearRangeDash(after) && isDigit(text.charCodeAt(end + 1))) {
		// `3.2025—2027年实施…`: a span of years, as `2.2025年` is a year.
		const first = numberOf(text.slice(at, end));
		return first >= 1900 && first <= 2099;
	}
	if (after === 0x6708 /* 月 */) {
		const month = numberOf(text.slice(at, end));
		return end - at <= 2 && month >= 1 && month <= 12;
	}
	if (!isPoint(after) || !isDigit(text.charCodeAt(end + 1))) {
		return false;
	}
	end++;
	while (end < at + 12 && isDigit(text.charCodeAt(end))) {
		end++;
	}
	return MEASURE_CODES[foldCode(text.charCodeAt(end))] === 1;
}

/**
 * `5G`, `5A`, `4K` at `at`: a digit and a letter that make a word (`2.5G网络覆盖所有乡镇`, `3.5A级景区创建`,
 * `4.4K超高清`), no decimal: the point before it ends a marker.
 */
function isDigitWord(text: NoticeText, at: number): boolean {
	const letter = text.charCodeAt(at + 1);
	if (!(letter === 0x47 /* G */ || letter === 0x41 /* A */ || letter === 0x4b /* K */)) {
		return false;
	}
	const after = text.charCodeAt(at + 2);
	return !(isDigit(after) || (after >= 0x41 && after <= 0x5a) || (after >= 0x61 && after <= 0x7a));
}

function run(pattern: RegExp, text: NoticeText, from: number): RegExpExecArray | null {
	if (typeof text === 'string') {
		pattern.lastIndex = from;
		return pattern.exec(text);
	}
	// A text in blocks: the pattern runs on a piece from `from`, longer while a match reaches its
	// end (a marker's trailing white space has no bound). Matches are read for their lengths only.
	for (let length = 64; ; length *= 4) {
		const piece = text.slice(from, from + length);
		pattern.lastIndex = 0;
		const match = pattern.exec(piece);
		if (!match || match[0].length < piece.length || from + length >= text.length) {
			return match;
		}
	}
}

/**
 * Matches a numbering marker at `from` in `text` (the start of a line's content, or a place inside a
 * line where a glued item may begin). Costs the length of the marker at most: no copy of the text.
 */
export function matchMarker(text: NoticeText, from: number): MarkerMatch | undefined {
	const first = text.charCodeAt(from);
	let match: RegExpExecArray | null;
	if (isDigit(first)) {
		return mayBeArabicMarker(text, from) ? matchArabic(text, from) : undefined;
	}
	if (first === 0x28 || first === 0xff08) {
		match = run(PAREN_ARABIC, text, from);
		if (match) {
			return build(MarkerKind.ParenArabic, numberOf(match[1]), match, from);
		}
		match = run(PAREN_CHINESE, text, from);
		return match ? buildChinese(MarkerKind.ParenChinese, match, from) : undefined;
	}
	if (first === 0x7b2c /* 第 */) {
		match = run(PART, text, from);
		if (match) {
			return buildChinese(MarkerKind.Part, match, from);
		}
		match = run(ARTICLE, text, from);
		return match ? buildChinese(MarkerKind.Article, match, from) : undefined;
	}
	if (NUMERAL_CODES[first] === 1) {
		match = run(CHINESE_SECTION, text, from);
		return match ? buildChinese(MarkerKind.ChineseSection, match, from) : undefined;
	}
	if ((first >= 0x2460 && first <= 0x2473) || (first >= 0x3251 && first <= 0x325f) || (first >= 0x32b1 && first <= 0x32bf)) {
		match = run(CIRCLED, text, from);
		const number = match ? parseCircledNumber(match[1]) : undefined;
		return match && number !== undefined ? build(MarkerKind.Circled, number, match, from) : undefined;
	}
	return undefined;
}

/** Whether a character may begin a marker: a digit, a bracket, 第, a numeral, a circled number. */
export function mayStartMarker(code: number): boolean {
	return isDigit(code) || code === 0x28 || code === 0xff08 || code === 0x7b2c || NUMERAL_CODES[code] === 1 || (code >= 0x2460 && code <= 0x2473) || (code >= 0x3251 && code <= 0x325f) || (code >= 0x32b1 && code <= 0x32bf);
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

/** The same marker `offset` further on (from a line's content to document offsets). */
export function shiftMarker(marker: MarkerMatch, offset: number): MarkerMatch {
	return { ...marker, start: marker.start + offset, end: marker.end + offset, numberStart: marker.numberStart + offset, numberEnd: marker.numberEnd + offset };
}
