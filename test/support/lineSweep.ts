import { sampleAndCorpusTexts } from './sampleTexts';

/**
 * Each line of every sample and corpus text (see sampleAndCorpusTexts), as `text` with the line's
 * `start` and `end` (before its `\n`): what a test comparing a rewritten reader function with the
 * code it replaced walks first.
 */
export function forEachSampleLine(visit: (text: string, start: number, end: number) => void): void {
	for (const { text } of sampleAndCorpusTexts()) {
		let start = 0;
		while (start <= text.length) {
			const lineEnd = text.indexOf('\n', start);
			const end = lineEnd < 0 ? text.length : lineEnd;
			visit(text, start, end);
			start = end + 1;
		}
	}
}

/**
 * `count` random lines, each of up to `maxPieces` pieces drawn from `alphabet` (a fixed seed: the same
 * lines at every run), visited whole and without their first and last characters.
 */
export function forEachRandomLine(alphabet: readonly string[], count: number, maxPieces: number, visit: (text: string, start: number, end: number) => void): void {
	let state = 55;
	const next = () => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return state / 2 ** 31;
	};
	for (let run = 0; run < count; run++) {
		const length = Math.floor(next() * maxPieces);
		let text = '';
		for (let i = 0; i < length; i++) {
			text += alphabet[Math.floor(next() * alphabet.length)];
		}
		visit(text, 0, text.length);
		if (text.length > 2) {
			visit(text, 1, text.length - 1);
		}
	}
}
