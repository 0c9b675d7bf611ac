/**
 * A text as a clerk reads it, for telling "the same task" after the file changed around it: no white
 * space or line break (a paste from PDF or Word re-wraps lines, a reflow adds spaces), and widths
 * folded by NFKC (`，` and `,`, `（` and `(`, `Ａ` and `A` are one character). Everything else —
 * every character, punctuation and digit of the wording — counts.
 */
export function readingText(text: string): string {
	return text.normalize('NFKC').replace(INVISIBLE, '');
}

const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/g;

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * FNV-1a (64 bits) of the UTF-8 bytes of `text`, as 16 hexadecimal digits: short enough for one line
 * of a file, and reproducible by any tool that can hash bytes.
 */
export function fnv1a64(text: string): string {
	let hash = FNV_OFFSET;
	const mix = (byte: number) => {
		hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
	};
	for (const character of text) {
		const code = character.codePointAt(0)!;
		if (code < 0x80) {
			mix(code);
		} else if (code < 0x800) {
			mix(0xc0 | (code >> 6));
			mix(0x80 | (code & 0x3f));
		} else if (code < 0x10000) {
			mix(0xe0 | (code >> 12));
			mix(0x80 | ((code >> 6) & 0x3f));
			mix(0x80 | (code & 0x3f));
		} else {
			mix(0xf0 | (code >> 18));
			mix(0x80 | ((code >> 12) & 0x3f));
			mix(0x80 | ((code >> 6) & 0x3f));
			mix(0x80 | (code & 0x3f));
		}
	}
	return hash.toString(16).padStart(16, '0');
}
