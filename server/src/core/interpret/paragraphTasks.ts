import { namesUnits } from '../syntax/fieldLabels';
import { MarkerKind } from '../syntax/markers';
import { isBullet } from '../syntax/readStructure';
import { isWhiteSpace } from '../text/characters';
import type { NoticeText } from '../text/noticeText';
import { ENDS_PART, LinePart, type DocumentParts } from './documentParts';
import type { Segment } from './gluedLines';
import { readBareUnitParenthesis, readHeadingDesignation, readWordedParenthesis } from './leadWording';
import { labelsIn, lastGroupAcross, lastGroupOf } from './segmentText';
import { ItemFlag, type ItemDecision } from './taskLevel';

/**
 * Tasks written as paragraphs without a number, read only in a body with no numbered item under its
 * headings, and only where each paragraph shows its units itself:
 * - A. a 分工意见 of 2008–2012 (川府发〔2011〕8号): headings `一、稳定经济增长` over paragraphs that close
 *   with a parenthesis naming their lead (`…严格控制一般性支出。(财政厅牵头)`): each heading a section,
 *   each such paragraph a task;
 * - B. a newspaper's 十件实事 list (郑州 2012) with no numbered item at all: each line with label lines
 *   naming units under it (`市区新增中小学学位1万个。` / `主管领导：…` / `责任单位：市教育局` / …).
 * A paragraph that does not show its units is no task, whatever it is (a page cut, a signature, a
 * byline, a closing paragraph): it stays the text it is read as today, so this layout adds no finding.
 * A parenthesis of names without a role word (`（医院、学校、养老院等）`, `（省政府办公厅）`) shows none.
 * Run on every reading, after the task level: O(items + segments); the parentheses read are the last of
 * each paragraph under a heading of a notice that passed the item test (a few regular expressions each).
 */

/** An item the task level decided, as this reads it. */
export interface ParagraphItem {
	kind: MarkerKind;
	segment: number;
	/** Its own segments run up to here (the next item). */
	ownEnd: number;
	/** Bits of ItemFlag. */
	flags: number;
	childCount?: number;
	parent?: unknown;
	decision?: ItemDecision;
	/** Its paragraphs that close with their lead (see paragraphsUnder), read with what it carries. */
	paragraphs?: readonly number[] | undefined;
}

/** `一是…`, `一要…`, `一方面…`, `首先…`, `其一…`, `第一，…`: points of one task, read as its text (the heading is read as today). */
const POINT = /^(?:[一二三四五六七八九十]+[是要]|[一另]方面|首先|其次|其一|其二|第[一二三四五六七八九十]+[，,、是])/;

/** `责任单位：市教育局`, a lead's name alone: one unit (its single name leads). */
const LIST_SEPARATOR = /[、，,；;和及与]/;


/** What ends a paragraph's line: a sentence's end or a closing bracket. */
function closesLine(code: number): boolean {
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
		case 0x3015: // 〕
		case 0x201d: // ”
			return true;
		default:
			return false;
	}
}

/** What a line that goes on a paragraph opens with (`，加快中小河流治理…` after a wrap). */
function goesOn(code: number): boolean {
	return code === 0xff0c || code === 0x2c || code === 0x3001 || code === 0x3002 || code === 0xff1b || code === 0x3b || code === 0xff09 || code === 0x29 || code === 0xff1a || code === 0x3a;
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

/** A blank line, a page's footer: passed over. */
function passedOver(parts: DocumentParts, segment: Segment): boolean {
	return segment.line.end === segment.line.start || (!segment.glued && (parts.flags[segment.line.index] & LinePart.PageFooter) !== 0);
}

/** A line no paragraph of these layouts goes over: a table, a signature, a date, an attachment's heading. */
function endsParagraphs(parts: DocumentParts, segment: Segment): boolean {
	return segment.line.table >= 0 || (!segment.glued && (parts.flags[segment.line.index] & ENDS_PART) !== 0);
}

/** A line that opens with a field label (`责任单位：市教育局`). */
function isLabelLine(text: NoticeText, segment: Segment): boolean {
	const labels = labelsIn(segment);
	return labels.length > 0 && labels[0].start === contentStart(text, segment);
}

/** `市教育局`, `县发改局牵头`: a list of one name (no separator in it). */
function isOneName(text: NoticeText, start: number, end: number): boolean {
	return end > start && !LIST_SEPARATOR.test(text.slice(start, end));
}

/**
 * `…严格控制一般性支出。(财政厅牵头)`, `…(省发展改革委牵头，省财政厅配合)`, `…（牵头单位：市发改委）`,
 * `…（责任单位：市民政局）`: the parenthesis closing the paragraph (its lines `first` to `last`) names
 * its lead by a role word, or a single unit as responsible. `（财政厅配合）` alone names no lead, and a
 * parenthesis of names without a role word (`（医院、学校、养老院等）`) none at all.
 */
function closesWithLead(text: NoticeText, segments: readonly Segment[], first: number, last: number): boolean {
	const group = lastGroupAcross(text, segments, last, first);
	if (!group || group.open <= contentStart(text, segments[first])) {
		return false;
	}
	for (let s = first; s <= last; s++) {
		for (const label of labelsIn(segments[s])) {
			if (label.start > group.open && label.start < group.close && namesUnits(label.role) && (label.role === 'lead' || label.role === 'responsible')) {
				return label.role === 'lead' || isOneName(text, label.end, group.close);
			}
		}
	}
	const worded = readWordedParenthesis(text, group.open, group.close);
	if (!worded) {
		return false;
	}
	for (const list of worded.lists) {
		if (list.role === 'lead') {
			return true;
		}
	}
	return worded.lists.length === 1 && worded.lists[0].role === 'responsible' && isOneName(text, worded.lists[0].start, worded.lists[0].end);
}

/** A heading naming units itself (`（一）省监察厅牵头的工作`, `一、…（区科技局牵头）`, a label, a unit's name under it): read as today. */
function namesUnitsItself(text: NoticeText, item: ParagraphItem, heading: Segment): boolean {
	if ((item.flags & ItemFlag.UnitLineBelow) !== 0 || labelsIn(heading).length > 0 || !heading.marker) {
		return true;
	}
	const group = lastGroupOf(text, heading);
	if (group && (readWordedParenthesis(text, group.open, group.close)?.lists.length || readBareUnitParenthesis(text, group.open, group.close))) {
		return true;
	}
	return readHeadingDesignation(text, heading.marker.end, heading.end) !== undefined;
}

/**
 * The paragraphs under heading `item` that close with their lead, by their first segments' places
 * after the heading's (1 for the line right under it), in order; undefined where the heading is read
 * as today: not a heading's style (`一、`, `（一）`), a heading naming units itself, a line with a label
 * or a number under it, a point (`一是…`), a first paragraph that names no lead. A paragraph runs over
 * the lines a wrap cut (a line that closes no sentence, or one opening with `，`). Read from the item's
 * own lines alone, as what it carries is (ItemFacts): a reading of the next version of the text takes
 * it for an item whose lines the edit did not touch (a keystroke read every paragraph's parenthesis).
 */
export function paragraphsUnder(text: NoticeText, segments: readonly Segment[], item: ParagraphItem): number[] | undefined {
	if ((item.kind !== MarkerKind.ChineseSection && item.kind !== MarkerKind.ParenChinese) || item.ownEnd <= item.segment + 1 || namesUnitsItself(text, item, segments[item.segment])) {
		return undefined;
	}
	const places: number[] = [];
	let first = -1;
	let last = -1;
	for (let i = item.segment + 1; i <= item.ownEnd; i++) {
		const segment = i < item.ownEnd ? segments[i] : undefined;
		if (segment && segment.line.end === segment.line.start) {
			continue;
		}
		if (segment && (segment.marker || segment.line.table >= 0 || isLabelLine(text, segment))) {
			return undefined;
		}
		const start = segment ? contentStart(text, segment) : 0;
		if (segment && first >= 0 && !(closesLine(text.charCodeAt(contentEnd(text, segments[last]) - 1)) && !goesOn(text.charCodeAt(start)))) {
			last = i;
			continue;
		}
		// A paragraph ends: it is a task where it closes with its lead; the first must (`全年完成投资100亿元。` /
		// `…（县发改局牵头）` is one task, as today).
		if (first >= 0 && closesWithLead(text, segments, first, last)) {
			places.push(first - item.segment);
		} else if (first >= 0 && places.length === 0) {
			return undefined;
		}
		if (segment && POINT.test(text.slice(start, Math.min(segment.end, start + 4)))) {
			return undefined;
		}
		first = last = i;
	}
	return places.length > 0 ? places : undefined;
}

/**
 * Decides the paragraph tasks of a notice after the task level (`items` in document order, their
 * decisions written in `decisions` by segment): a heading whose paragraphs are tasks becomes a
 * section, each such paragraph `'paragraph'`; a line between a newspaper's items that is no text of
 * the one above `'apart'`. Returns the last segment of the last paragraph task's (its first line, or
 * its last field line), or -1.
 */
export function decideParagraphTasks(text: NoticeText, parts: DocumentParts, segments: readonly Segment[], items: readonly ParagraphItem[], decisions: Array<ItemDecision | undefined>): number {
	let numbered = false;
	for (let i = 0; i < items.length; i++) {
		const decision = items[i].decision;
		numbered ||= decision === 'task' || decision === 'section' || decision === 'subpoint';
	}
	if (!numbered) {
		return decideLabelledLines(text, parts, segments, decisions);
	}
	return decideHeadingParagraphs(parts, segments, items, decisions);
}

/**
 * A: every item of the body a heading of one style (`一、` or `（一）`) with no numbered item under it,
 * each task's paragraphs closing with their lead (paragraphsUnder), two under one heading at least.
 * Then every such heading is a section, its paragraphs that name their lead tasks (a count the notice
 * gives of its headings still matches its sections). One heading the test fails leaves them all as today.
 */
function decideHeadingParagraphs(parts: DocumentParts, segments: readonly Segment[], items: readonly ParagraphItem[], decisions: Array<ItemDecision | undefined>): number {
	let kind = -1;
	let two = false;
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		if ((item.flags & ItemFlag.InFront) !== 0 && item.decision !== 'task' && item.decision !== 'section') {
			continue;
		}
		if ((kind >= 0 && item.kind !== kind) || (item.childCount ?? 0) > 0 || item.parent !== undefined || (item.flags & (ItemFlag.OverTable | ItemFlag.HoldsTable)) !== 0) {
			return -1;
		}
		kind = item.kind;
		// `五、保障措施` over its paragraphs is a heading already, left as it is.
		if (item.decision !== 'section' && (item.decision !== 'task' || item.paragraphs === undefined)) {
			return -1;
		}
		two ||= item.decision === 'task' && item.paragraphs!.length >= 2;
	}
	if (!two) {
		return -1;
	}
	let last = -1;
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		if (item.decision !== 'task' || item.paragraphs === undefined) {
			continue;
		}
		decisions[item.segment] = 'section';
		for (const place of item.paragraphs) {
			// A page's footer the copy left before a paragraph (`— 3 —`) is passed over: the task opens on its text.
			let first = item.segment + place;
			while (first + 1 < item.ownEnd && passedOver(parts, segments[first])) {
				first++;
			}
			decisions[first] = 'paragraph';
			last = first;
		}
	}
	return last;
}

/**
 * B: a notice with no numbered item nor table: a line with field lines right under it, one naming units with a
 * value, is a task (郑州 2012: `市区新增中小学学位1万个。` / `主管领导：…` / `责任单位：市教育局`), where two
 * such are found. The article before them and `关键词 教育` have none under them; a short line with no
 * sentence's end right before such a task, after another (`关键词 医疗`), is no text of the one above
 * (`'apart'`).
 */
function decideLabelledLines(text: NoticeText, parts: DocumentParts, segments: readonly Segment[], decisions: Array<ItemDecision | undefined>): number {
	// The lines of text that are no field line, each with whether field lines naming units stand under it; -1 between regions.
	const lines: number[] = [];
	const labelled: boolean[] = [];
	// The last field line under each (its own segment when none).
	const fieldsEnd: number[] = [];
	for (let i = 0; i < segments.length; i++) {
		const segment = segments[i];
		if (passedOver(parts, segment)) {
			continue;
		}
		if (segment.line.table >= 0) {
			// A table's rows are numbered tasks: the notice is read as today.
			return -1;
		}
		if (endsParagraphs(parts, segment) || segment.marker) {
			lines.push(-1);
			labelled.push(false);
			fieldsEnd.push(-1);
		} else if (isFieldLine(text, segment)) {
			if (lines.length > 0 && lines[lines.length - 1] >= 0) {
				labelled[labelled.length - 1] ||= namesUnitsWithValue(text, segment);
				fieldsEnd[fieldsEnd.length - 1] = i;
			}
		} else {
			lines.push(i);
			labelled.push(false);
			fieldsEnd.push(i);
		}
	}
	const tasks: number[] = [];
	const apart: number[] = [];
	let taskBefore = false;
	let lastField = -1;
	for (let k = 0; k < lines.length; k++) {
		if (lines[k] < 0) {
			taskBefore = false;
		} else if (labelled[k]) {
			tasks.push(lines[k]);
			lastField = fieldsEnd[k];
			taskBefore = true;
		} else if (taskBefore && k + 1 < lines.length && labelled[k + 1] && mayStandApart(text, segments[lines[k]])) {
			apart.push(lines[k]);
		}
	}
	if (tasks.length < 2) {
		return -1;
	}
	for (const segment of apart) {
		decisions[segment] = 'apart';
	}
	for (const segment of tasks) {
		decisions[segment] = 'paragraph';
	}
	// Its field lines are the last task's (`进度安排：…` too): what comes after them may close the notice.
	return lastField;
}

/** `进度安排：…` (no label of the reader's), `责任单位：…`: a line of a field, under the item's line. */
function isFieldLine(text: NoticeText, segment: Segment): boolean {
	return isLabelLine(text, segment) || opensWithFieldWord(text, segment);
}

/** `进度安排：`, `主管領導:`: two to eight characters of Han script and a colon open the line (read in place: run on every line of a notice with no number). */
function opensWithFieldWord(text: NoticeText, segment: Segment): boolean {
	const start = contentStart(text, segment);
	for (let at = start; at < segment.end && at <= start + 8; at++) {
		const code = text.charCodeAt(at);
		if (code === 0xff1a || code === 0x3a) {
			return at - start >= 2;
		}
		if (code < 0x3400 || code > 0x9fff) {
			return false;
		}
	}
	return false;
}

/** A unit label with a value after it on its line (`责任单位：市教育局`). */
function namesUnitsWithValue(text: NoticeText, segment: Segment): boolean {
	const labels = labelsIn(segment);
	for (let l = 0; l < labels.length; l++) {
		const label = labels[l];
		if (namesUnits(label.role)) {
			const end = l + 1 < labels.length ? labels[l + 1].start : segment.end;
			for (let at = label.end; at < end; at++) {
				const code = text.charCodeAt(at);
				if (!isWhiteSpace(code) && code !== 0xff1b && code !== 0x3b && code !== 0xff0c && code !== 0x2c) {
					return true;
				}
			}
		}
	}
	return false;
}

/** `关键词 医疗`: a short line with no sentence's end, no colon (`进度安排：年底前完成` is a field's). */
function mayStandApart(text: NoticeText, segment: Segment): boolean {
	const start = contentStart(text, segment);
	const end = contentEnd(text, segment);
	if (end - start > 20 || closesLine(text.charCodeAt(end - 1))) {
		return false;
	}
	for (let at = start; at < end; at++) {
		const code = text.charCodeAt(at);
		if (code === 0xff1a || code === 0x3a || code === 0x3002 || code === 0xff0c || code === 0x2c) {
			return false;
		}
	}
	return true;
}

/** Where a paragraph task's text starts: past white space and a Word list's bullet (`•\t新建高标准农田5000亩…`). */
export function paragraphTextStart(text: NoticeText, segment: Segment): number {
	let at = contentStart(text, segment);
	if (at < segment.end && isBullet(text.charCodeAt(at))) {
		at++;
		while (at < segment.end && isWhiteSpace(text.charCodeAt(at))) {
			at++;
		}
	}
	return at < segment.end ? at : segment.start;
}
