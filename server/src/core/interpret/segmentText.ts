import type { Marker } from '../model/types';
import type { LabelMatch } from '../syntax/fieldLabels';
import { enclosingGroup, type BracketGroup } from '../syntax/lineScan';
import type { MarkerMatch } from '../syntax/markers';
import type { Span } from '../text/lineIndex';
import type { Segment } from './gluedLines';

/** What the interpretation reads of a segment (a line, or a piece of a glued line): its labels, bracket groups, values. */

/** A piece of a document's text with its offset: a field's value is one or more of them. */
export interface Piece {
	text: string;
	start: number;
}

function isWholeLine(segment: Segment): boolean {
	return !segment.glued && segment.start === segment.line.start && segment.end === segment.line.end;
}

/** The labels on the segment (the line's own array when the segment is the whole line). */
export function labelsIn(segment: Segment): LabelMatch[] {
	const labels = segment.line.labels;
	return isWholeLine(segment) ? labels : labels.filter((label) => label.start >= segment.start && label.end <= segment.end);
}

/** The top-level bracket groups opening on the segment. */
export function groupsIn(segment: Segment): BracketGroup[] {
	const groups = segment.line.brackets;
	if (segment.start === segment.line.start && segment.end === segment.line.end) {
		return groups;
	}
	return groups.filter((group) => group.open >= segment.start && group.open < segment.end && group.close < segment.end);
}

/** The parenthesis that ends a segment (`…准备寒冬送暖事宜。(民政局)`), if any. */
export function lastGroupOf(text: string, segment: Segment): BracketGroup | undefined {
	const groups = groupsIn(segment);
	const last = groups[groups.length - 1];
	if (!last || last.close < 0) {
		return undefined;
	}
	let end = segment.end;
	while (end > last.close + 1 && /[。；;.\s]/.test(text[end - 1])) {
		end--;
	}
	return end === last.close + 1 ? last : undefined;
}

/** `start`..`end` without white space at its start, nor white space or closing punctuation at its end. */
export function trimValue(text: string, start: number, end: number): Span {
	while (start < end && /[\s\u3000]/.test(text[start])) {
		start++;
	}
	while (end > start && /[\s\u3000；;，,。]/.test(text[end - 1])) {
		end--;
	}
	return { start, end };
}

/** The value of a label on a segment: up to the next label or the bracket that encloses it. */
export function valueOf(text: string, segment: Segment, label: LabelMatch, labels: readonly LabelMatch[]): Span {
	const index = labels.indexOf(label);
	let end = index + 1 < labels.length ? labels[index + 1].start : segment.end;
	const group = enclosingGroup(segment.line.brackets, label.start);
	if (group && group.close >= 0 && group.close < end) {
		end = group.close;
	}
	return trimValue(text, label.end, end);
}

/** The pieces of `start`..`end` on a line around its glosses (`湘西經(jīng)開區(qū)管委會`). O(glosses of the line). */
export function piecesWithoutGlosses(text: string, segment: Segment, start: number, end: number): Piece[] {
	const glosses = segment.line.glosses;
	if (glosses.length === 0) {
		return [{ text: text.slice(start, end), start }];
	}
	const pieces: Piece[] = [];
	let at = start;
	for (const gloss of glosses) {
		if (gloss.end <= at || gloss.start >= end) {
			continue;
		}
		if (gloss.start > at) {
			pieces.push({ text: text.slice(at, gloss.start), start: at });
		}
		at = gloss.end;
	}
	if (at < end) {
		pieces.push({ text: text.slice(at, end), start: at });
	}
	return pieces;
}

export function toMarker(match: MarkerMatch): Marker {
	return {
		kind: match.kind,
		number: match.number,
		span: { start: match.start, end: match.end },
		numberSpan: { start: match.numberStart, end: match.numberEnd },
	};
}
