import type { Span } from '../text/lineIndex';
import type { NoticeText } from '../text/noticeText';

/** Bracket kinds by character code: positive opens, negative closes; round brackets of both widths are one kind. */
function bracketKind(code: number): number {
	switch (code) {
		case 0xff08: // （
		case 0x28: // (
			return 1;
		case 0xff09: // ）
		case 0x29: // )
			return -1;
		case 0x3010: // 【
			return 2;
		case 0x3011: // 】
			return -2;
		case 0x3014: // 〔
			return 3;
		case 0x3015: // 〕
			return -3;
		case 0x300a: // 《
			return 4;
		case 0x300b: // 》
			return -4;
		case 0x300c: // 「
			return 5;
		case 0x300d: // 」
			return -5;
		case 0x300e: // 『
			return 6;
		case 0x300f: // 』
			return -6;
		default:
			return 0;
	}
}

const NONE: readonly number[] = [];

/**
 * The most unpartnered brackets one span reports. A run of thousands (`（（（…`, a paste gone wrong)
 * is one mistake: its first brackets are underlined, not a million of them, each a finding the
 * check, the protocol and the editor would carry.
 */
export const UNBALANCED_PER_SPAN = 20;

/**
 * Offsets of brackets in `span` that have no partner, less `origin` (0: document offsets), in order:
 * the first `UNBALANCED_PER_SPAN` of them. Full-width and half-width round brackets pair with each
 * other. Most spans are balanced: they get one shared empty array, and the open brackets are kept in
 * one array of offset and kind, with a count per kind so that a closer whose kind is not open is
 * known in one step (a line of `（` then one of `】` would otherwise scan the whole stack per `】`).
 */
export function findUnbalancedBrackets(text: NoticeText, span: Span, origin = 0): readonly number[] {
	// Pairs of (offset, kind) of the brackets still open.
	let open: number[] | undefined;
	let openOfKind: number[] | undefined;
	let unmatched: number[] | undefined;
	for (let i = span.start; i < span.end; i++) {
		const code = text.charCodeAt(i);
		// Most characters are ideographs (U+3400..U+9FFF), none of them a bracket: one comparison each.
		if (code >= 0x3400 && code <= 0x9fff) {
			continue;
		}
		const kind = bracketKind(code);
		if (kind === 0) {
			continue;
		}
		if (kind > 0) {
			(open ??= []).push(i, kind);
			(openOfKind ??= [0, 0, 0, 0, 0, 0, 0])[kind]++;
			continue;
		}
		const wanted = -kind;
		if (open === undefined || openOfKind![wanted] === 0) {
			unmatched = keep(unmatched, i - origin);
			continue;
		}
		// An opener left unclosed inside is reported, and this closer matches its own kind.
		while (open[open.length - 1] !== wanted) {
			unmatched = keep(unmatched, open[open.length - 2] - origin);
			openOfKind![open[open.length - 1]]--;
			open.length -= 2;
		}
		openOfKind![wanted]--;
		open.length -= 2;
	}
	if (open !== undefined) {
		// Ascending: past the first few, none of them can be among the first reported.
		for (let at = 0; at < open.length && at < 2 * UNBALANCED_PER_SPAN; at += 2) {
			unmatched = keep(unmatched, open[at] - origin);
		}
	}
	if (unmatched === undefined) {
		return NONE;
	}
	unmatched.sort((a, b) => a - b);
	if (unmatched.length > UNBALANCED_PER_SPAN) {
		unmatched.length = UNBALANCED_PER_SPAN;
	}
	return unmatched;
}

/** Adds `offset`; a list twice the limit long is cut to its first offsets, so a long run costs n log(limit). */
function keep(unmatched: number[] | undefined, offset: number): number[] {
	if (unmatched === undefined) {
		return [offset];
	}
	unmatched.push(offset);
	if (unmatched.length >= 2 * UNBALANCED_PER_SPAN) {
		unmatched.sort((a, b) => a - b);
		unmatched.length = UNBALANCED_PER_SPAN;
	}
	return unmatched;
}

/**
 * The closing bracket at `offset` ends an enumerator written inline, `：1）加快前期工作；2）推进开工建设`,
 * `主要包括a)基础设施；b)产业项目`: one or two digits, one Latin letter or a numeral up to 十, after the
 * start of a line, white space or a clause's punctuation. It closes what it never opened, by style.
 */
export function closesInlineEnumerator(text: NoticeText, offset: number): boolean {
	const code = text.charCodeAt(offset);
	if (code !== 0xff09 && code !== 0x29) {
		return false;
	}
	let start = offset;
	while (start > 0 && offset - start < 2 && isEnumeratorChar(text.charCodeAt(start - 1))) {
		start--;
	}
	if (start === offset || (offset - start === 2 && isLatinLetter(text.charCodeAt(start)))) {
		return false;
	}
	return start === 0 || isEnumeratorBoundary(text.charCodeAt(start - 1));
}

function isEnumeratorChar(code: number): boolean {
	return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || isLatinLetter(code) || CHINESE_NUMERALS.includes(String.fromCharCode(code));
}

function isLatinLetter(code: number): boolean {
	return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

const CHINESE_NUMERALS = '一二三四五六七八九十';

/** Line breaks, white space, and `：:；;，,。、“` before an enumerator. */
function isEnumeratorBoundary(code: number): boolean {
	return (
		code === 0x0a || code === 0x0d || code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 ||
		code === 0xff1a || code === 0x3a || code === 0xff1b || code === 0x3b || code === 0xff0c || code === 0x2c || code === 0x3002 || code === 0x3001 || code === 0x201c
	);
}
