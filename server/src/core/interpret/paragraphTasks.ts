import { namesUnits } from '../syntax/fieldLabels';
import { MarkerKind } from '../syntax/markers';
import { isWhiteSpace } from '../text/characters';
import type { NoticeText } from '../text/noticeText';
import { LinePart, type DocumentParts } from './documentParts';
import type { Segment } from './gluedLines';
import { endsPart, markerKindOf, segmentBits, SegmentBit, segmentBitsOf } from './itemDecisions';
import { readHeadingDesignation, readHelpersLine, readUnitLine, readWholeDesignation, readWordedParenthesis } from './leadWording';
import { groupsIn, labelsIn, lastGroupOf } from './segmentText';

/**
 * Unnumbered paragraphs under a heading, each a task closed by the parenthesis naming its lead
 * (川府发〔2011〕8号: `一、努力扩大内需，促进经济平稳较快发展` / `…强化政府性债务管理。(财政厅牵头)` /
 * `加强银政、银企合作，…(人行成都分行、四川银监局牵头)` / …). Read as the heading's one task they gave it
 * every paragraph's lead; a clerk reads a task per paragraph. Such a paragraph opens an item of its own
 * here: its segment gets an empty marker (no number, as a table's row without one has: the numbering
 * checks pass it over), of the innermost style, so the heading is its section.
 *
 * Only where the notice shows it, under a section's heading (its line ends no sentence, no sibling at its level
 * closed by its lead: siblingClosedByLead) with no numbered item below it and nothing naming units on its own line: at
 * least two lines of its body end with such a parenthesis naming a lead (or who is responsible), they
 * are most of the body's paragraphs (lines ending a sentence or a parenthesis), and no line of the
 * body has a field. A heading whose prose ends with one parenthesis (`二、…` / `…` / `…（县发改局牵头）`) stays one task,
 * and so do a PDF's wrapped paragraphs. A paragraph after the last such line is no task of its own: it
 * stays the last one's text (or, after the last item, the notice's closing paragraph).
 * O(segments): each body is scanned once; only lines ending in a parenthesis are read further.
 * Returns the segments' bits (SegmentBit), found first and kept for the segments it gives a marker.
 */
export function markParagraphTasks(text: NoticeText, parts: DocumentParts, segments: Segment[]): Uint16Array {
	// Every segment's bits first, read by this pass and kept for the passes after it (see SegmentBit).
	const bits = segmentBits(parts, segments);
	for (let i = 0; i < segments.length; i++) {
		const bit = bits[i];
		if ((bit & SegmentBit.Item) === 0 || (bit & SegmentBit.Glued) !== 0 || markerKindOf(bit) === MarkerKind.Row) {
			continue;
		}
		const end = bodyEnd(bits, i);
		// A numbered item under the heading (`一、` over `1.`): its items are the tasks.
		if (end === i + 1 || (end < segments.length && (bits[end] & (SegmentBit.Marker | SegmentBit.Table | SegmentBit.EndsPart)) === SegmentBit.Marker && markerKindOf(bits[end]) > markerKindOf(bit))) {
			i = end - 1;
			continue;
		}
		const heading = segments[i];
		// Two lines of body at least (mayCloseTwice), asked before the heading's text: most items have one line of fields
		// under them, and reading the end of every item's line was a third of this pass on a keystroke in an 800 KB notice.
		const closers = end - i > 2 && isSectionHeading(text, heading) ? closingLines(text, parts, segments, i, end) : undefined;
		if (closers !== undefined && !siblingClosedByLead(text, parts, segments, i)) {
			markStarts(parts, segments, i + 1, end, closers, bits);
		}
		i = end - 1;
	}
	return bits;
}

/**
 * A heading whose line ends a sentence is an item's, a task's text (`1.全力抓项目促投资。` over two paragraphs
 * closed by their leads, its siblings `2.推进农村人居环境整治。（县住建局牵头）` tasks): read as before, one
 * task. So is one with a sibling closed by its lead (siblingClosedByLead).
 */
function isSectionHeading(text: NoticeText, heading: Segment): boolean {
	return !endsSentence(text.charCodeAt(contentEnd(text, heading) - 1));
}

/**
 * A sibling of the heading at its level, before or after it, is closed by its lead: its items are tasks,
 * so is the heading, its paragraphs its text (`1.推进农村人居环境整治。（县住建局牵头）` / `2.全力抓项目促投资` /
 * `…。（县发改局牵头）` / `…。（县财政局牵头）`: 2. is one task with both leads). The lead closes the sibling's
 * line, or is a parenthesis on the last line of its body, a line of its own (`2.推进农村人居环境整治。` /
 * `（县住建局牵头）`). Run only for a heading over paragraphs closed by their leads; stops at the first found.
 */
function siblingClosedByLead(text: NoticeText, parts: DocumentParts, segments: readonly Segment[], heading: number): boolean {
	const kind = segments[heading].marker!.kind;
	for (const step of [-1, 1]) {
		for (let s = heading + step; s >= 0 && s < segments.length; s += step) {
			const segment = segments[s];
			if (segment.line.table >= 0 || endsPart(parts, segment) || (segment.marker && segment.marker.kind < kind)) {
				break;
			}
			if (segment.marker?.kind === kind && s !== heading && closedByLead(text, parts, segments, s)) {
				return true;
			}
		}
	}
	return false;
}

/** The item's line ends with a parenthesis naming its lead, or the last line of its body is one, alone on its line. */
function closedByLead(text: NoticeText, parts: DocumentParts, segments: readonly Segment[], item: number): boolean {
	if (closingUnits(text, segments[item])?.leads) {
		return true;
	}
	let last = -1;
	for (let s = item + 1; s < segments.length && !segments[s].marker && segments[s].line.table < 0 && !endsPart(parts, segments[s]); s++) {
		last = passedOver(parts, segments[s]) ? last : s;
	}
	const closing = last < 0 || segments[last].glued ? undefined : closingUnits(text, segments[last]);
	return closing !== undefined && closing.leads && closing.open === segments[last].start;
}

/** A blank line, or a page's number or footer between a paragraph's lines (`— 5 —`): the walk passes over it. */
function passedOver(parts: DocumentParts, segment: Segment): boolean {
	return segment.line.end === segment.line.start || (!segment.glued && (parts.flags[segment.line.index] & (LinePart.PageFooter | LinePart.PageNumber)) !== 0);
}

/** The segment after the heading's body: the next segment with a marker, a table's, or one ending a part (by their bits, see SegmentBit). */
function bodyEnd(bits: Uint16Array, heading: number): number {
	let end = heading + 1;
	while (end < bits.length && (bits[end] & (SegmentBit.Marker | SegmentBit.Table | SegmentBit.EndsPart)) === 0) {
		end++;
	}
	return end;
}

/** A line of the body closed by a parenthesis naming units: its segment, and whether they lead (see Closing). */
interface Closer {
	segment: number;
	leads: boolean;
}

/** The body's lines closed by a parenthesis naming units, when they make the body a list of paragraph tasks (see markParagraphTasks); else undefined. */
function closingLines(text: NoticeText, parts: DocumentParts, segments: readonly Segment[], heading: number, end: number): Closer[] | undefined {
	// Run at every reading for every item with no item under it (a task's body too): its regular expressions only past a look at the lines' ends.
	if (!mayCloseTwice(text, parts, segments, heading, end) || namesUnitsOnLine(text, segments[heading])) {
		return undefined;
	}
	// `一、县发改局负责的工作` / `…。（县财政局配合）`: the heading leads each paragraph, closed by its helpers or not.
	let headingLeads: boolean | undefined;
	const closers: Closer[] = [];
	let leading = 0;
	let paragraphs = 0;
	let first = true;
	let endedSentence = false;
	for (let s = heading + 1; s < end; s++) {
		const segment = segments[s];
		if (passedOver(parts, segment)) {
			continue;
		}
		const closing = closingUnits(text, segment);
		// `一、持续扩大有效投资` / `（县发改局牵头）` / …: a parenthesis alone with no paragraph above it names the heading's lead.
		if (segment.glued || (first && (isHeadingLine(text, segment) || closing?.open === segment.start))) {
			return undefined;
		}
		first = false;
		// A field on a line of the body (`牵头单位：…` under the paragraph) is read as the heading's task's.
		const labels = labelsIn(segment);
		for (let l = 0; l < labels.length; l++) {
			if (!closing || labels[l].start < closing.open) {
				return undefined;
			}
		}
		if (closing) {
			if (!closing.leads && headingLeads === undefined) {
				headingLeads = readHeadingDesignation(text, segments[heading].marker!.end, segments[heading].end)?.kind === 'unit';
			}
			const leads = closing.leads || headingLeads === true;
			closers.push({ segment: s, leads });
			leading += leads ? 1 : 0;
			// A parenthesis on a line of its own closes the paragraph above (`新建高标准农田2万亩。` / `（县农业农村局牵头）`).
			if (!(closing.open === segment.start && endedSentence)) {
				paragraphs++;
			}
			endedSentence = false;
		} else {
			endedSentence = endsSentence(text.charCodeAt(contentEnd(text, segment) - 1));
			if (endedSentence) {
				paragraphs++;
			}
		}
	}
	// Only a closer naming who leads counts: one naming helpers alone (`…（县财政局、县自然资源局配合）`) ends no task.
	return leading >= 2 && leading * 2 > paragraphs ? closers : undefined;
}

/** Two lines of the body at least end with a parenthesis, and none is glued or has a label before its last parenthesis. */
function mayCloseTwice(text: NoticeText, parts: DocumentParts, segments: readonly Segment[], heading: number, end: number): boolean {
	let count = 0;
	for (let s = heading + 1; s < end; s++) {
		const segment = segments[s];
		if (passedOver(parts, segment)) {
			continue;
		}
		const group = segment.glued ? undefined : lastGroupOf(text, segment);
		const labels = labelsIn(segment);
		if (segment.glued || (labels.length > 0 && (!group || labels[0].start < group.open))) {
			return false;
		}
		if (group) {
			count++;
		}
	}
	return count >= 2;
}

/**
 * The parenthesis ending a line that names units: where it opens, and whether it names who leads or is
 * responsible (`(财政厅牵头)`, `（责任单位：县发改局）`, `（各市（州）人民政府负责）`) rather than helpers alone
 * (`（县财政局、县自然资源局配合）`, a paragraph adding to the task above it).
 */
interface Closing {
	open: number;
	leads: boolean;
}

/** The parenthesis ending the segment, when it names units by a verb or a label (`(财政厅牵头)`, `（牵头单位：市财政局）`); else undefined. */
function closingUnits(text: NoticeText, segment: Segment): Closing | undefined {
	const group = lastGroupOf(text, segment);
	if (!group) {
		return undefined;
	}
	const labels = labelsIn(segment);
	let named = false;
	for (let l = 0; l < labels.length; l++) {
		if (labels[l].start > group.open && labels[l].end <= group.close && namesUnits(labels[l].role)) {
			if (labels[l].role !== 'other') {
				return { open: group.open, leads: true };
			}
			named = true;
		}
	}
	const lists = named ? undefined : readWordedParenthesis(text, group.open, group.close)?.lists;
	if (!named && !lists?.length) {
		return undefined;
	}
	return { open: group.open, leads: lists !== undefined && lists.some((list) => list.role !== 'other') };
}

/** The heading's own line names units: a field, or a parenthesis wording them (`一、强化科技创新(区科技局牵头)`): its lead is passed down as it is. */
function namesUnitsOnLine(text: NoticeText, segment: Segment): boolean {
	if (labelsIn(segment).some((label) => namesUnits(label.role))) {
		return true;
	}
	return groupsIn(segment).some((group) => group.close > 0 && readWordedParenthesis(text, group.open, group.close)?.lists.length);
}

/** The shortest first line of a paragraph with no sentence's end in it: a shorter one is a heading's (see isHeadingLine). */
const SHORT_LINE = 20;

/**
 * The first line under the heading is still the heading's: it names its lead, helpers or leader
 * (`县发改局牵头，县市场监管局配合`, `县农业农村局`), or is a short line with no sentence's end, the rest
 * of a heading a wrap cut. The walk reads those as the heading's (see interpretNotice.designationLine):
 * the heading stays as it is read.
 */
function isHeadingLine(text: NoticeText, segment: Segment): boolean {
	const { start, end } = segment;
	if (readWholeDesignation(text, start, end) || readHelpersLine(text, start, end) || readUnitLine(text, start, end)) {
		return true;
	}
	return end - start < SHORT_LINE && !/[。；;！!？?]/.test(text.slice(start, end)) && closingUnits(text, segment) === undefined;
}

/** Where the segment's text ends, white space after it passed over (a character code each, no string made). */
function contentEnd(text: NoticeText, segment: Segment): number {
	let end = segment.end;
	while (end > segment.start && isWhiteSpace(text.charCodeAt(end - 1))) {
		end--;
	}
	return end;
}

/** 。；！？ and their half-width forms: the line ends a paragraph (a wrapped line seldom does). */
function endsSentence(code: number): boolean {
	return code === 0x3002 || code === 0xff1b || code === 0x3b || code === 0xff01 || code === 0x21 || code === 0xff1f || code === 0x3f;
}

/**
 * Gives the first line of each paragraph a closer naming its lead ends an empty marker of its own,
 * numbered by its place under the heading (as a table's row without a number is: `1.2` in the Units
 * view). A paragraph closed by its helpers alone is the task's above it (before the first task, the
 * first one's); the lines after the last closer are the last task's. A run of the walk taken from the
 * previous reading is one whose number is the same (taskRuns.unchangedRun): a paragraph added above
 * renumbers the ones below.
 */
function markStarts(parts: DocumentParts, segments: Segment[], from: number, end: number, closers: readonly Closer[], bits: Uint16Array): void {
	let start = -1;
	let place = 0;
	let c = 0;
	for (let s = from; s < end && c < closers.length; s++) {
		if (passedOver(parts, segments[s])) {
			continue;
		}
		start = start < 0 ? s : start;
		if (s !== closers[c].segment) {
			continue;
		}
		if (closers[c].leads) {
			const segment = segments[start];
			const at = segment.start;
			segments[start] = { line: segment.line, start: at, end: segment.end, marker: { kind: MarkerKind.Row, number: ++place, start: at, numberStart: at, numberEnd: at, end: at }, glued: false };
			bits[start] = segmentBitsOf(parts, segments[start]);
			start = -1;
		} else if (place > 0) {
			start = -1;
		}
		c++;
	}
}
