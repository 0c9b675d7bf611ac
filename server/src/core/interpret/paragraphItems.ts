import { namesUnits } from '../syntax/fieldLabels';
import { isWhiteSpace } from '../text/characters';
import type { NoticeText } from '../text/noticeText';
import { ENDS_PART, LinePart, type DocumentParts } from './documentParts';
import type { Segment } from './gluedLines';
import { looksLikeUnitList } from '../units/unitNames';
import { readBareUnitParenthesis, readHeadingDesignation, readWordedParenthesis } from './leadWording';
import { labelsIn, lastGroupOf } from './segmentText';
import type { ItemDecision } from './taskLevel';

/**
 * Tasks written as paragraphs, without a number, read only where the notice shows them to be:
 * - a 分工意见 of 2008–2012 (川府发〔2011〕8号): headings `一、稳定经济增长` over paragraphs that each close
 *   with their units (`…严格控制一般性支出。(财政厅牵头)`); the heading is a section, each paragraph a task;
 * - a newspaper's 十件实事 list (郑州 2012): each item's line with its label lines under it
 *   (`市区新增中小学学位1万个。` / `主管领导：…` / `责任单位：市教育局` / `进度安排：…`), under a heading or with
 *   no numbered item at all.
 * Each paragraph must carry its units; a heading's paragraphs are read so when at least two do (the
 * notice's last one may be cut off by the copy), or one does under a heading where most headings show
 * two. A heading's paragraph naming none, a point (`一是…`), a line that may be a field's value going on,
 * leave the heading read as before: one task of its text.
 */

/** An item the task level decided: its first segment, and its own up to the next item. */
export interface DecidedItem {
	segment: number;
	ownEnd: number;
	decision?: ItemDecision;
	/** Bits of ItemFlag; an item over a table is left alone. */
	flags: number;
}

/** A paragraph: its line, and the label lines right under it. */
interface Block {
	segment: number;
	/** It names its units: a parenthesis closing its line, or a unit field under it. */
	carries: boolean;
	/** It has label lines under it. */
	fields: boolean;
	/** Its line closes a sentence or a bracket. */
	closed: boolean;
	/** The notice's text ends inside it (no sentence closes its line, nothing after it). */
	cut: boolean;
}

/** `一是…`, `二是…`, `第一，…`: points of one task, read as its text. */
const POINT = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、是])/;

/** What closes a sentence or a paragraph (`。`, `；`, a closing bracket). */
function closesParagraph(code: number): boolean {
	switch (code) {
		case 0x3002: // 。
		case 0xff1b: // ；
		case 0x3b: // ;
		case 0xff01: // ！
		case 0x21: // !
		case 0xff1f: // ？
		case 0x3f: // ?
		case 0xff09: // ）
		case 0x29: // )
		case 0x3011: // 】
		case 0x5d: // ]
		case 0x3015: // 〕
		case 0x201d: // ”
			return true;
		default:
			return false;
	}
}

/** What leaves a field's list unfinished at its line's end (`、`, `，`, an open bracket). */
function leavesListOpen(code: number): boolean {
	return code === 0x3001 || code === 0xff0c || code === 0x2c || code === 0xff08 || code === 0x28;
}

function contentStart(text: NoticeText, segment: Segment): number {
	let at = segment.start;
	while (at < segment.end && isWhiteSpace(text.charCodeAt(at))) {
		at++;
	}
	return at;
}

function contentEnd(text: NoticeText, segment: Segment): number {
	let at = segment.end;
	while (at > segment.start && isWhiteSpace(text.charCodeAt(at - 1))) {
		at--;
	}
	return at;
}

/** A line that opens with a field label (`责任单位：市教育局`). */
function isFieldLine(text: NoticeText, segment: Segment): boolean {
	const labels = labelsIn(segment);
	return labels.length > 0 && labels[0].start === contentStart(text, segment);
}

/** `…严格控制一般性支出。(财政厅牵头)`, `…(牵头单位：市发改委)`, `…(民政局)`: a parenthesis after the text, closing its line, naming units. */
function closesWithUnits(text: NoticeText, segment: Segment): boolean {
	const group = lastGroupOf(text, segment);
	if (!group || group.open <= contentStart(text, segment)) {
		return false;
	}
	for (const label of labelsIn(segment)) {
		if (label.start > group.open && label.start < group.close && namesUnits(label.role)) {
			return true;
		}
	}
	return Boolean(readWordedParenthesis(text, group.open, group.close)?.lists.length) || readBareUnitParenthesis(text, group.open, group.close) !== undefined;
}

/** The segment skipped as no text of the body: a blank line, a page's footer. */
function passedOver(parts: DocumentParts, segment: Segment): boolean {
	return segment.line.end === segment.line.start || (!segment.glued && (parts.flags[segment.line.index] & LinePart.PageFooter) !== 0);
}

/** A line no paragraph of this layout goes over: a number, a table, the end of a part. */
function endsParagraphs(parts: DocumentParts, segment: Segment): boolean {
	return segment.marker !== undefined || segment.line.table >= 0 || (!segment.glued && (parts.flags[segment.line.index] & ENDS_PART) !== 0);
}

/** Whether a segment with text stands after `index`. */
function textAfter(parts: DocumentParts, segments: readonly Segment[], index: number): boolean {
	for (let i = index + 1; i < segments.length; i++) {
		if (!passedOver(parts, segments[i])) {
			return true;
		}
	}
	return false;
}

/**
 * The paragraphs of segments `from` to `to` (none of which ends them), each line of text one, a
 * field line joining the paragraph above it; a line after field lines that leaves the field's list
 * open or names units goes on the field (`责任单位：市教育局、` / `市财政局`). Undefined at a point (`一是…`);
 * `headed` (under a heading): also at a field line with no paragraph above (the heading's own field),
 * and with `stopAtBare`, at a paragraph after one that names no units (the heading is read as before).
 */
function paragraphsIn(text: NoticeText, parts: DocumentParts, segments: readonly Segment[], from: number, to: number, headed: boolean, stopAtBare: boolean): Block[] | undefined {
	const blocks: Block[] = [];
	let open: Block | undefined;
	let lastField: Segment | undefined;
	for (let i = from; i < to; i++) {
		const segment = segments[i];
		if (passedOver(parts, segment)) {
			continue;
		}
		if (isFieldLine(text, segment)) {
			if (!open) {
				if (headed) {
					return undefined;
				}
				continue;
			}
			open.fields = true;
			open.carries ||= labelsIn(segment).some((label) => namesUnits(label.role));
			lastField = segment;
			continue;
		}
		const start = contentStart(text, segment);
		const end = contentEnd(text, segment);
		if (lastField && (leavesListOpen(text.charCodeAt(contentEnd(text, lastField) - 1)) || looksLikeUnitList(text.slice(start, end)))) {
			// The field's value goes on: its units one a line, or its list cut by a wrap.
			lastField = segment;
			continue;
		}
		if (POINT.test(text.slice(start, Math.min(end, start + 6)))) {
			return undefined;
		}
		if (stopAtBare && open && !open.carries) {
			return undefined;
		}
		const closed = closesParagraph(text.charCodeAt(end - 1));
		open = { segment: i, carries: closesWithUnits(text, segment), fields: false, closed, cut: !closed && !textAfter(parts, segments, i) };
		lastField = undefined;
		blocks.push(open);
	}
	return blocks;
}

/** The paragraphs of a heading read as its tasks, and whether they show the layout by themselves (two at least). */
interface Candidate {
	item: DecidedItem;
	tasks: Block[];
	strong: boolean;
}

/**
 * A heading's paragraphs as its tasks: each names its units, but a cut one at the notice's end; under
 * the notice's last item, paragraphs naming none may follow them (its closing paragraph: no task).
 */
function candidateOf(text: NoticeText, parts: DocumentParts, segments: readonly Segment[], item: DecidedItem, last: boolean): Candidate | undefined {
	const blocks = paragraphsIn(text, parts, segments, item.segment + 1, item.ownEnd, true, !last);
	if (!blocks || blocks.length === 0 || !blocks[0].carries) {
		return undefined;
	}
	const tasks: Block[] = [];
	let naming = true;
	for (const block of blocks) {
		naming &&= block.carries;
		if (naming || (block.cut && tasks.length === blocks.length - 1)) {
			tasks.push(block);
		} else if (block.carries || block.fields) {
			return undefined;
		}
	}
	return { item, tasks, strong: tasks.length >= 2 };
}

/** A heading naming units itself (`（一）省监察厅牵头的工作`, `一、…（区科技局牵头）`, a field): its paragraph is its text. Read last, for a heading whose paragraphs would be tasks. */
function namesUnitsItself(text: NoticeText, heading: Segment): boolean {
	return labelsIn(heading).length > 0 || closesWithUnits(text, heading) || readHeadingDesignation(text, heading.marker!.end, heading.end) !== undefined;
}

/**
 * Decides the paragraph tasks of a notice, after the task level (`items` in document order, their
 * decisions in `decisions` by segment): a heading read so becomes a section, each of its paragraphs a
 * task (`'paragraph'`). `overTable`: the bits of an item a table stands in or under. Returns the last
 * segment so decided, or -1.
 */
export function decideParagraphs(text: NoticeText, parts: DocumentParts, segments: readonly Segment[], items: readonly DecidedItem[], decisions: Array<ItemDecision | undefined>, overTable: number): number {
	let lastItem = -1;
	let anyTask = false;
	for (let i = 0; i < items.length; i++) {
		if (items[i].decision === 'task' || items[i].decision === 'section') {
			lastItem = i;
		}
		anyTask ||= items[i].decision === 'task';
	}
	if (!anyTask) {
		return decideUnnumberedItems(text, parts, segments, items, decisions);
	}
	const candidates: Candidate[] = [];
	let strong = 0;
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		// A task with sub-points (`（1）…`) keeps its paragraphs: the points under them are its.
		if (item.decision !== 'task' || item.ownEnd <= item.segment + 1 || (item.flags & overTable) !== 0 || items[i + 1]?.decision === 'subpoint') {
			continue;
		}
		const candidate = candidateOf(text, parts, segments, item, i === lastItem);
		if (candidate) {
			candidates.push(candidate);
			strong += candidate.strong ? 1 : 0;
		}
	}
	let lastParagraph = -1;
	// One paragraph under a heading is read so where most headings show two.
	const all = 2 * strong >= candidates.length;
	for (const candidate of candidates) {
		if ((!candidate.strong && !all) || namesUnitsItself(text, segments[candidate.item.segment])) {
			continue;
		}
		candidate.item.decision = 'section';
		decisions[candidate.item.segment] = 'section';
		for (const block of candidate.tasks) {
			decisions[block.segment] = 'paragraph';
			lastParagraph = Math.max(lastParagraph, block.segment);
		}
	}
	return lastParagraph;
}

/**
 * A notice with no numbered task (a newspaper's list, 郑州 2012): lines with label lines under them
 * naming units are its tasks where two run one after the other, and wherever else in it (after a
 * `关键词 医疗` line); the lines before them (the article, a `关键词 教育` line) are not, nor the cover
 * letter. A line with no sentence's end between such tasks (`关键词 医疗`) stands apart from both
 * (`'apart'`): no text of the task above.
 */
function decideUnnumberedItems(text: NoticeText, parts: DocumentParts, segments: readonly Segment[], items: readonly DecidedItem[], decisions: Array<ItemDecision | undefined>): number {
	const inItem = new Uint8Array(segments.length);
	for (const item of items) {
		inItem.fill(1, item.segment, item.ownEnd);
	}
	const tasks: Block[] = [];
	const apart: number[] = [];
	let runs = 0;
	const readRegion = (from: number, to: number) => {
		let running = 0;
		let after = false;
		// A point (`二是…`) ends the reading of paragraphs: none is a task then (a lone `二是…。` line threw).
		for (const block of paragraphsIn(text, parts, segments, from, to, false, false) ?? []) {
			if ((block.carries && block.fields) || (block.cut && after)) {
				tasks.push(block);
				running++;
				after = true;
				continue;
			}
			runs += running >= 2 ? 1 : 0;
			running = 0;
			if (after && !block.closed && !block.fields) {
				apart.push(block.segment);
			} else {
				after = false;
			}
		}
		runs += running >= 2 ? 1 : 0;
	};
	let from = segmentOfLine(segments, parts.frontEnd);
	for (let i = from; i < segments.length; i++) {
		if (inItem[i] === 1 || endsParagraphs(parts, segments[i])) {
			readRegion(from, i);
			from = i + 1;
		}
	}
	readRegion(from, segments.length);
	if (runs === 0) {
		return -1;
	}
	for (const segment of apart) {
		decisions[segment] = 'apart';
	}
	let last = -1;
	for (const block of tasks) {
		decisions[block.segment] = 'paragraph';
		last = block.segment;
	}
	return last;
}

/** The first segment of line `line` or after it (0 for none). */
function segmentOfLine(segments: readonly Segment[], line: number): number {
	if (line < 0) {
		return 0;
	}
	for (let i = 0; i < segments.length; i++) {
		if (segments[i].line.index >= line) {
			return i;
		}
	}
	return segments.length;
}
