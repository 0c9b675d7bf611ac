import type { UnitRole } from './fieldLabels';

/** A segment of a State Council style parenthesis: `国家发展改革委、财政部等按职责分工负责`, `XX部牵头`. */
export interface TrailingSegment {
	role: UnitRole;
	/** Offsets of the unit list within the scanned text. */
	start: number;
	end: number;
}

export interface TrailingParenthesis {
	/** The parenthesis, brackets included. */
	start: number;
	end: number;
	segments: TrailingSegment[];
	/** Offsets of a `列第一位者为牵头单位，下同` segment, if any. */
	convention?: { start: number; end: number };
	/** Units of the segment were stated with 负责 alone, which makes a single unit the owner. */
	soleOwnerVerb: boolean;
}

const ROLE_VERBS: ReadonlyArray<readonly [RegExp, UnitRole]> = [
	[/(等)?(按职责分工负责|按职责负责|分工负责|分别负责|共同负责)$/, 'responsible'],
	[/(等)?(牵头负责|牵头)$/, 'lead'],
	[/(等)?(参与|配合|协助|协办)$/, 'other'],
	[/(等)?负责$/, 'responsible'],
];
const CONVENTION = /(第一位|首位|第一个|排名第一).{0,8}?牵头/;

/**
 * Reads a trailing parenthesis that assigns units, at the end of `text` (a line of task text).
 * Returns undefined for an ordinary parenthesis such as `（2020年底前完成）`.
 */
export function readTrailingParenthesis(text: string): TrailingParenthesis | undefined {
	let end = text.length;
	while (end > 0 && /[。；;.．\s\u3000]/.test(text[end - 1])) {
		end--;
	}
	const close = text[end - 1];
	if (close !== '）' && close !== ')') {
		return undefined;
	}
	let depth = 0;
	let open = -1;
	for (let i = end - 1; i >= 0; i--) {
		const char = text[i];
		if (char === '）' || char === ')') {
			depth++;
		} else if (char === '（' || char === '(') {
			depth--;
			if (depth === 0) {
				open = i;
				break;
			}
		}
	}
	if (open < 0) {
		return undefined;
	}
	const contentStart = open + 1;
	const content = text.slice(contentStart, end - 1);
	if (!/(负责|牵头|参与|配合|协助|协办)/.test(content)) {
		return undefined;
	}
	const segments: TrailingSegment[] = [];
	let convention: TrailingParenthesis['convention'];
	let soleOwnerVerb = false;
	let segmentStart = 0;
	let level = 0;
	for (let i = 0; i <= content.length; i++) {
		const char = content[i];
		if (char === '（' || char === '(') {
			level++;
		} else if (char === '）' || char === ')') {
			level--;
		}
		if (i < content.length && (level > 0 || !/[，,；;]/.test(char))) {
			continue;
		}
		const segment = content.slice(segmentStart, i).trim();
		const absoluteStart = contentStart + segmentStart + (content.slice(segmentStart, i).length - content.slice(segmentStart, i).trimStart().length);
		if (CONVENTION.test(segment)) {
			convention = { start: absoluteStart, end: absoluteStart + segment.length };
		} else if (segment.length > 0) {
			for (const [verb, role] of ROLE_VERBS) {
				const match = verb.exec(segment);
				if (match && match.index > 0) {
					segments.push({ role, start: absoluteStart, end: absoluteStart + match.index });
					soleOwnerVerb ||= match[0] === '负责';
					break;
				}
			}
		}
		segmentStart = i + 1;
	}
	if (segments.length === 0) {
		return undefined;
	}
	return { start: open, end, segments, convention, soleOwnerVerb };
}
