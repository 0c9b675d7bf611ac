import type { Span } from '../text/lineIndex';

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
 * Offsets of brackets in `span` that have no partner, less `origin` (0: document offsets). Full-width
 * and half-width round brackets pair with each other. Most spans are balanced: they get one shared
 * empty array, and the open brackets are kept in one array of offset and kind.
 */
export function findUnbalancedBrackets(text: string, span: Span, origin = 0): readonly number[] {
	// Pairs of (offset, kind) of the brackets still open.
	let open: number[] | undefined;
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
			continue;
		}
		const wanted = -kind;
		const depth = open === undefined ? 0 : open.length;
		if (depth > 0 && open![depth - 1] === wanted) {
			open!.length = depth - 2;
		} else if (depth > 0 && opensKind(open!, wanted)) {
			// An opener left unclosed inside: report it, and let this closer match its own kind.
			while (open![open!.length - 1] !== wanted) {
				(unmatched ??= []).push(open![open!.length - 2] - origin);
				open!.length -= 2;
			}
			open!.length -= 2;
		} else {
			(unmatched ??= []).push(i - origin);
		}
	}
	if (open !== undefined) {
		for (let at = 0; at < open.length; at += 2) {
			(unmatched ??= []).push(open[at] - origin);
		}
	}
	return unmatched === undefined ? NONE : unmatched.sort((a, b) => a - b);
}

function opensKind(open: readonly number[], kind: number): boolean {
	for (let at = 1; at < open.length; at += 2) {
		if (open[at] === kind) {
			return true;
		}
	}
	return false;
}
