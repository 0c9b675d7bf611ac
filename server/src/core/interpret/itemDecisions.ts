import { namesUnits } from '../syntax/fieldLabels';
import type { NoticeStructure } from '../syntax/structure';
import { ENDS_PART, LinePart, type DocumentParts } from './documentParts';
import type { Segment } from './gluedLines';
import { readBareUnitParenthesis, readHeadingDesignation, readProseDesignations, readWordedParenthesis } from './leadWording';
import { groupsIn, labelsIn, lastGroupOf } from './segmentText';
import { decideTaskLevel, isFramingTitle, type ItemDecision, type LevelItem } from './taskLevel';

/** An item of the notice: a numbered segment, with what its own content carries. */
interface Item extends LevelItem {
	segment: number;
	/** Its own segments run from its own to `ownEnd` (up to the next item): the prose test reads them last. */
	ownEnd: number;
}

export interface ItemDecisions {
	/** The decision for each segment that numbers an item, by segment index. */
	decisions: Array<ItemDecision | undefined>;
	/** The first segment after the last item (tables skipped): past it, a closing paragraph after a task's units is no task text. */
	afterLastItem: number;
}

/** A signature, a date, page furniture, an attachment heading: no task text goes on over it. */
export function endsPart(parts: DocumentParts, segment: Segment): boolean {
	return !segment.glued && (parts.flags[segment.line.line] & ENDS_PART) !== 0;
}

/** A segment whose marker may number an item: not an attachment list, a page number, an addressee, a date or a signature. */
function isItemSegment(parts: DocumentParts, segment: Segment): boolean {
	if (!segment.marker || segment.line.table >= 0) {
		return false;
	}
	const flags = segment.glued ? 0 : parts.flags[segment.line.line];
	return (flags & (LinePart.AttachmentList | LinePart.PageNumber | LinePart.Addressee | ENDS_PART)) === 0;
}

/**
 * Gathers the numbered items of a notice with what each carries (unit fields, any field, worded
 * parentheses, a heading naming a lead, prose), then decides which are tasks (taskLevel). One pass
 * over the segments, O(segments + their labels and bracket groups); prose is read last and only
 * for items nothing else shows to carry units.
 */
export function decideItems(structure: NoticeStructure, parts: DocumentParts, segments: readonly Segment[]): ItemDecisions {
	const text = structure.text;
	const items: Item[] = [];
	let reset = false;
	let open: Item | undefined;
	const tableSeen = new Set<number>();
	for (let i = 0; i < segments.length; i++) {
		const segment = segments[i];
		const line = segment.line;
		if (line.end === line.start) {
			continue;
		}
		if (endsPart(parts, segment)) {
			reset = true;
			open = undefined;
			continue;
		}
		if (line.table >= 0) {
			if (!tableSeen.has(line.table)) {
				tableSeen.add(line.table);
				// A table inside an open item makes it a heading; the rows are the tasks.
				const holder = reset ? undefined : items[items.length - 1];
				if (holder) {
					holder.holdsTable = true;
				}
			}
			continue;
		}
		if (isItemSegment(parts, segment)) {
			const marker = segment.marker!;
			open = {
				kind: marker.kind,
				segment: i,
				ownEnd: i + 1,
				carriesUnits: readHeadingDesignation(text, marker.end, segment.end)?.kind === 'unit',
				carriesFields: false,
				framing: isFramingTitle(text.slice(marker.end, segment.end)),
				inFront: parts.frontEnd >= 0 && line.line < parts.frontEnd,
				holdsTable: false,
				resetBefore: reset,
			};
			items.push(open);
			reset = false;
		}
		if (open) {
			open.ownEnd = i + 1;
			noteCarriers(text, open, segment);
		}
	}
	for (const item of items) {
		for (let index = item.segment; !item.carriesUnits && index < item.ownEnd; index++) {
			const segment = segments[index];
			const prose = segment.line.table < 0 && segment.line.end > segment.line.start;
			item.carriesUnits = prose && readProseDesignations(text, segment.marker ? segment.marker.end : segment.start, segment.end).length > 0;
		}
	}
	decideTaskLevel(items, structure.tables.length > 0);
	const decisions: Array<ItemDecision | undefined> = new Array(segments.length);
	for (const item of items) {
		decisions[item.segment] = item.decision;
	}
	let afterLastItem = Number.MAX_SAFE_INTEGER;
	const last = items.filter((item) => item.decision === 'task' || item.decision === 'section').pop();
	if (last) {
		afterLastItem = last.segment + 1;
		while (afterLastItem < segments.length && segments[afterLastItem].line.table >= 0) {
			afterLastItem++;
		}
	}
	return { decisions, afterLastItem };
}

/** What the content of a segment carries, for the item it belongs to. */
function noteCarriers(text: string, item: Item, segment: Segment): void {
	const labels = labelsIn(segment);
	if (labels.length > 0) {
		item.carriesFields = true;
		if (labels.some((label) => namesUnits(label.role))) {
			item.carriesUnits = true;
			return;
		}
	}
	if (item.carriesUnits) {
		return;
	}
	for (const group of groupsIn(segment)) {
		if (group.close > 0 && readWordedParenthesis(text, group.open, group.close)?.lists.length) {
			item.carriesUnits = true;
			return;
		}
	}
	const last = lastGroupOf(text, segment);
	if (last && readBareUnitParenthesis(text, last.open, last.close)) {
		item.carriesUnits = true;
	}
}
