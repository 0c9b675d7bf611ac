import { namesUnits } from '../syntax/fieldLabels';
import { emptyList } from '../text/objectLists';
import type { MarkerKind, MarkerMatch } from '../syntax/markers';
import type { StructureLine } from '../syntax/structure';
import type { NoticeText } from '../text/noticeText';

/**
 * A piece of a line read as a line of its own: the whole line, or one item of a notice glued onto one
 * line with only spaces between items (class 6: `…现就有关事项通知如下: 一、今年是… 二、《政府工作
 * 报告》明确了… 三、…`, 鄂州 2008).
 */
export interface Segment {
	line: StructureLine;
	start: number;
	end: number;
	marker: MarkerMatch | undefined;
	/** Split off the line at a marker after white space. */
	glued: boolean;
}

/** A piece of glued text this short is an inline enumeration (`包括 1.甲 2.乙`), not an item. */
const MIN_ITEM = 10;
/** A line shorter than this is no glued notice, unless its items name units. */
const MIN_GLUED_LINE = 200;

/**
 * Splits lines at markers after white space that continue a numbering: a chain of at least two in
 * sequence (` 一、… 二、…`), or one that continues the line's own marker (`1.甲。（牵头单位：A） 2.乙…`).
 * O(characters): each line's inner markers are visited once. A line not cut is its own segment.
 */
export function splitGluedLines(text: NoticeText, lines: readonly StructureLine[], into?: Segment[]): Segment[] {
	// Of the lines' count at least (one segment a line, more where a line is cut): not grown by push.
	// `into`: a list nothing reads any more (see SpareLists), written anew.
	const segments: Segment[] = into ?? new Array(lines.length);
	segments.length = lines.length;
	segments.length = segmentsOfLines(text, lines, segments);
	return segments;
}

/**
 * Writes the segments of `lines` into `segments` from 0, returning their count. A function of its
 * own: its loop, compiled while it ran in an engine's first read, had no type feedback for the code
 * after it, and its code was thrown away at every later read ("Insufficient type feedback for
 * generic named access").
 */
function segmentsOfLines(text: NoticeText, lines: readonly StructureLine[], segments: Segment[]): number {
	let count = 0;
	// Indexed, not for…of: a loop run once per reading stays in the interpreter long, and there each step of an iterator is an object.
	for (let l = 0; l < lines.length; l++) {
		const line = lines[l];
		const cuts = line.table < 0 && line.inner.length > 0 ? gluedCuts(line) : NO_CUTS;
		if (cuts.length === 0) {
			// The line is the segment of its whole (see StructureLine.line): moved in place with it, and no object made.
			segments[count++] = line;
			continue;
		}
		let start = line.start;
		let marker = line.marker;
		for (const cut of cuts) {
			segments[count++] = { line, start, end: trimEnd(text, start, cut.start), marker, glued: start !== line.start };
			start = cut.start;
			marker = cut;
		}
		segments[count++] = { line, start, end: line.end, marker, glued: true };
	}
	return count;
}

/** Of the kind the lists of cuts are (see emptyList). */
const NO_CUTS: MarkerMatch[] = emptyList();

/** Each piece after a marker of the chain has a unit label: items of a task list, whatever the line's length. */
function everyPieceNamesUnits(line: StructureLine, chain: readonly MarkerMatch[]): boolean {
	return chain.every((marker, index) => {
		const end = index + 1 < chain.length ? chain[index + 1].start : line.end;
		return line.labels.some((label) => label.start >= marker.end && label.end <= end && namesUnits(label.role));
	});
}

function trimEnd(text: NoticeText, start: number, end: number): number {
	while (end > start && /[\s\u3000]/.test(text.charAt(end - 1))) {
		end--;
	}
	return end;
}

/** Whether one of the markers from `from` on that end where inner[from] does continues a chain. */
function continuesAny(last: ReadonlyMap<MarkerKind, MarkerMatch[]>, inner: StructureLine['inner'], from: number): boolean {
	const end = inner[from].marker.end;
	for (let m = from; m < inner.length && inner[m].marker.end === end; m++) {
		const { marker, spaced } = inner[m];
		const chain = last.get(marker.kind);
		if (spaced && chain && chain[chain.length - 1].number + 1 === marker.number) {
			return true;
		}
	}
	return false;
}

function gluedCuts(line: StructureLine): MarkerMatch[] {
	// Chains of consecutive numbers of one style, in order of appearance; the line's own marker opens one.
	const chains: MarkerMatch[][] = [];
	const last = new Map<MarkerKind, MarkerMatch[]>();
	if (line.marker) {
		const own = [line.marker];
		chains.push(own);
		last.set(line.marker.kind, own);
	}
	const inner = line.inner;
	for (let m = 0; m < inner.length; m++) {
		const { marker, spaced } = inner[m];
		if (!spaced) {
			continue;
		}
		const chain = last.get(marker.kind);
		if (chain && chain[chain.length - 1].number + 1 === marker.number) {
			chain.push(marker);
			// `实际完成 12 12 0 0 24 4.新投放…` (宁波 2014, a progress table flattened onto the line): figures
			// spaced as a PDF spaces digits read as 244 too, ending where 4 does; the one that goes on is the item.
			while (m + 1 < inner.length && inner[m + 1].marker.end === marker.end) {
				m++;
			}
		} else if (m + 1 < inner.length && inner[m + 1].marker.end === marker.end && continuesAny(last, inner, m + 1)) {
			continue;
		} else {
			const fresh = [marker];
			chains.push(fresh);
			last.set(marker.kind, fresh);
		}
	}
	const long = line.end - line.start >= MIN_GLUED_LINE;
	const cuts: MarkerMatch[] = [];
	for (const chain of chains) {
		const continuesLine = chain[0] === line.marker;
		const inner = continuesLine ? chain.slice(1) : chain;
		if (inner.length > 0 && (continuesLine || (inner.length >= 2 && (long || everyPieceNamesUnits(line, inner))))) {
			cuts.push(...inner);
		}
	}
	if (cuts.length === 0) {
		return NO_CUTS;
	}
	// A numbering that starts again under a heading cut before it, even with one item (海盐 2022:
	// `…责任单位:县财政局 二、曹惠明常务副县长牵头重点工作 1.坚持县政府常务会议集体学法…`).
	// One pass in order of position (not a search of the cuts per chain: a line of many chains is read
	// at each keystroke): the outermost kind cut before a chain is all it asks about.
	chains.sort((a, b) => a[0].start - b[0].start);
	const before = cuts.slice().sort((a, b) => a.start - b.start);
	const cut = new Set(cuts);
	let next = 0;
	let outermostCut = Number.MAX_SAFE_INTEGER;
	for (const chain of chains) {
		const first = chain[0];
		while (next < before.length && before[next].start < first.start) {
			outermostCut = Math.min(outermostCut, before[next++].kind);
		}
		if (first !== line.marker && first.number === 1 && !cut.has(first) && outermostCut < first.kind) {
			for (const marker of chain) {
				cuts.push(marker);
				cut.add(marker);
			}
		}
	}
	cuts.sort((a, b) => a.start - b.start);
	// Every piece must be a real item, not a short enumeration (`包括 1.甲 2.乙`); a heading over the
	// items of another style after it may be short (荆州 2009: ` 一、主要工作目标 1、地区生产总值…`).
	let previous = line.start;
	let previousKind = line.marker?.kind;
	for (const cut of cuts) {
		if (cut.start - previous < MIN_ITEM && (previousKind === undefined || previousKind >= cut.kind)) {
			return NO_CUTS;
		}
		previous = cut.start;
		previousKind = cut.kind;
	}
	return line.end - previous < MIN_ITEM ? NO_CUTS : cuts;
}
