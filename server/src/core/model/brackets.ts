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

/** Offsets of brackets in `span` that have no partner. Full-width and half-width round brackets pair with each other. */
export function findUnbalancedBrackets(text: string, span: Span): number[] {
	const openOffsets: number[] = [];
	const openKinds: number[] = [];
	const unmatched: number[] = [];
	for (let i = span.start; i < span.end; i++) {
		const kind = bracketKind(text.charCodeAt(i));
		if (kind === 0) {
			continue;
		}
		if (kind > 0) {
			openOffsets.push(i);
			openKinds.push(kind);
			continue;
		}
		const wanted = -kind;
		if (openKinds.length > 0 && openKinds[openKinds.length - 1] === wanted) {
			openOffsets.pop();
			openKinds.pop();
		} else if (openKinds.includes(wanted)) {
			// An opener left unclosed inside: report it, and let this closer match its own kind.
			while (openKinds[openKinds.length - 1] !== wanted) {
				unmatched.push(openOffsets.pop()!);
				openKinds.pop();
			}
			openOffsets.pop();
			openKinds.pop();
		} else {
			unmatched.push(i);
		}
	}
	unmatched.push(...openOffsets);
	return unmatched.sort((a, b) => a - b);
}
