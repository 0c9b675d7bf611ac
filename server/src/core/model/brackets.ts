import type { Span } from '../text/lineIndex';

const PAIRS: Record<string, string> = { '（': 'round', '(': 'round', '【': 'lenticular', '〔': 'tortoise', '《': 'book', '「': 'corner', '『': 'white-corner' };
const CLOSERS: Record<string, string> = { '）': 'round', ')': 'round', '】': 'lenticular', '〕': 'tortoise', '》': 'book', '」': 'corner', '』': 'white-corner' };

/** Offsets of brackets in `span` that have no partner. Full-width and half-width round brackets pair with each other. */
export function findUnbalancedBrackets(text: string, span: Span): number[] {
	const stack: Array<{ offset: number; type: string }> = [];
	const unmatched: number[] = [];
	for (let i = span.start; i < span.end; i++) {
		const char = text[i];
		const opening = PAIRS[char];
		if (opening) {
			stack.push({ offset: i, type: opening });
			continue;
		}
		const closing = CLOSERS[char];
		if (!closing) {
			continue;
		}
		const top = stack[stack.length - 1];
		if (top && top.type === closing) {
			stack.pop();
		} else if (stack.some((entry) => entry.type === closing)) {
			// An opener left unclosed inside: report it, and let this closer match its own kind.
			while (stack.length > 0 && stack[stack.length - 1].type !== closing) {
				unmatched.push(stack.pop()!.offset);
			}
			stack.pop();
		} else {
			unmatched.push(i);
		}
	}
	unmatched.push(...stack.map((entry) => entry.offset));
	return unmatched.sort((a, b) => a - b);
}
