import { namesUnits, type LabelMatch } from '../syntax/fieldLabels';
import type { MarkerKind } from '../syntax/markers';
import type { NoticeStructure } from '../syntax/structure';
import { ENDS_PART, LinePart, type DocumentParts } from './documentParts';
import type { Segment } from './gluedLines';
import { mayBeCutBeforeRest, readBareUnitParenthesis, readHeadingDesignation, readProseDesignations, readUnitLine, readWordedParenthesis, readWrappedHeading, WRAPPED_HEADING_LENGTH, type HeadingDesignation } from './leadWording';
import { closeOnLaterSegments, closeOverUnitLines, closesInSegments, groupsIn, labelsIn, lastGroupAcross } from './segmentText';
import { CARRIED, decideTaskLevel, isFramingTitle, ItemFlag, type ItemDecision, type LevelItem } from './taskLevel';
import { isWhiteSpace } from '../text/characters';
import { lineBreakBefore } from '../text/lineBreaks';
import type { NoticeText } from '../text/noticeText';
import { UNSET } from '../text/objectLists';

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
	/** What each item's own content carries, for the next version of the text (items over a table left out). */
	facts: ItemFacts;
	/** The items themselves, which the next reading in one go writes anew instead of making its own. */
	items: ItemObjects;
}

/** A reading's item objects and lists, opaque outside: only decideItemsInSteps reads or writes them. */
export type ItemObjects = object;

/**
 * What a reading hands the next one read in one go (which gives it up): its items, to be written
 * anew, and lists it no longer reads, to be filled instead of made. A keystroke in the 200 KB
 * notice made each of them anew, grown by push: some 70 KB of its garbage.
 */
interface ItemLists {
	items: Item[];
	/** The decisions by segment: read by the reading's own walk, then nobody's. */
	decisions: Array<ItemDecision | undefined>;
	/** The facts of the reading before it, which it gave up (undefined when it was read otherwise): the next reading in one go writes them anew. */
	spareFacts: ItemFacts | undefined;
	/** What its task level was decided from, and decided (see LevelMemo). */
	level: LevelMemo;
	/** The level memo of the reading before it, which it gave up (undefined when it was read otherwise): the next reading in one go writes it anew. */
	spareLevel: LevelMemo | undefined;
}

/**
 * What decideTaskLevel was given and what it decided, item by item in document order. It reads
 * each item's kind and flags alone (and whether a table carries units), so a reading whose items
 * have the same takes the decisions instead of deciding them again — compared, not assumed: a
 * keystroke in a task's text changes no item's flags, yet the level's passes over every item
 * (the tree, the kinds, the decisions) were a sixth of what the item decisions cost on a keystroke
 * in the 800 KB notice. Typed lists, read in order: no item object is loaded to compare.
 */
interface LevelMemo {
	/** Per item, its kind and flags as the level read them (levelInput). */
	inputs: Int32Array;
	/** Per item, the segment it numbers. */
	segments: Int32Array;
	/** Per item, its decision (an index of DECISIONS). */
	decisions: Uint8Array;
	count: number;
	tablesCarry: boolean;
}

/** The decisions as LevelMemo codes them (0: none). */
const DECISIONS: ReadonlyArray<ItemDecision | undefined> = [undefined, 'task', 'section', 'text', 'subpoint'];

/** An item's kind and flags in one number (every ItemFlag is below 2^12). */
function levelInput(item: Item): number {
	return (item.kind << 12) | item.flags;
}

/**
 * What each item's own content carries (from its first segment's start to the end of its last line,
 * line break included), read from its whole lines alone: a reading of the next version of the text takes it for an item with the same lines,
 * untouched by the edit, instead of reading them again (the regular expressions of the lead
 * wording are most of the item decisions' time). Per item, in document order (items over a table
 * left out), in typed lists: a keystroke compared every item's with an object per item, each a load
 * from anywhere in the heap (the search for the previous item's, a third of the item decisions'
 * own time in the 800 KB notice), and moved every one after the edit in place.
 */
export interface ItemFacts {
	starts: Int32Array;
	ends: Int32Array;
	/** The bits of ItemFlag in CARRIED. */
	carried: Uint16Array;
	count: number;
}

/** Facts of no item (a reading that kept none, or none yet). */
export function noItemFacts(): ItemFacts {
	return { starts: new Int32Array(0), ends: new Int32Array(0), carried: new Uint16Array(0), count: 0 };
}

/** The previous reading's item facts (in document order) and where the edit changed its text. */
export interface PreviousItems {
	facts: ItemFacts;
	edit: { start: number; oldEnd: number; newEnd: number };
	/** The previous reading gives its items up (a reading in one go): its item objects are moved in place; its facts are only read (the new facts go into the lists of the reading before it). */
	inPlace: boolean;
	/** The previous reading's item objects (see ItemDecisions.items). */
	items?: ItemObjects;
}

/** A signature, a date, page furniture, an attachment heading: no task text goes on over it. Written out in the walk's step (interpretNotice.ts) and in segmentBitsOf (SegmentBit.EndsPart): keep the three in step. */
export function endsPart(parts: DocumentParts, segment: Segment): boolean {
	return !segment.glued && (parts.flags[segment.line.index] & ENDS_PART) !== 0;
}

/**
 * What the passes over every segment ask of one (SegmentBit, and its marker's kind), two bytes per segment: the item decisions' gathering
 * of items and the walk's search for where a run ends read these, not each segment and its line, two objects
 * loaded per segment and pass on every keystroke (the notice's lines and segments, mostly a task's line and
 * its unit line; the 800 KB notice has some 7,600). Found once a reading, at the start of markParagraphTasks,
 * which returns them and finds again those of the segments it gives a marker.
 */
export const enum SegmentBit {
	/** Its line is blank. */
	Blank = 1,
	/** Its line is a table's. */
	Table = 2,
	/** endsPart. */
	EndsPart = 4,
	/** It has a marker. */
	Marker = 8,
	/** A marker that may number an item: not an attachment list's, a page number's or one passed over as a footer is, an addressee's, a date's or a signature's, nor a table's. */
	Item = 16,
	/** Split off its line at a marker (Segment.glued). */
	Glued = 32,
}

/** Where a segment's bits hold its marker's kind (0 without one: see markerKindOf): above SegmentBit's flags, so a seventh flag (64) would need the shift moved. */
const MARKER_KIND_SHIFT = 6;

/** The kind of the marker of a segment with these bits (SegmentBit.Marker set). */
export function markerKindOf(bits: number): MarkerKind {
	return bits >> MARKER_KIND_SHIFT;
}

/** The segment's SegmentBit, and its marker's kind (see markerKindOf). */
export function segmentBitsOf(parts: DocumentParts, segment: Segment): number {
	const line = segment.line;
	const flags = segment.glued ? 0 : parts.flags[line.index];
	let bits = line.end === line.start ? SegmentBit.Blank : 0;
	if (line.table >= 0) {
		bits |= SegmentBit.Table;
	}
	if ((flags & ENDS_PART) !== 0) {
		bits |= SegmentBit.EndsPart;
	}
	if (segment.glued) {
		bits |= SegmentBit.Glued;
	}
	if (segment.marker) {
		bits |= SegmentBit.Marker | (segment.marker.kind << MARKER_KIND_SHIFT);
		if (line.table < 0 && (flags & (LinePart.AttachmentList | LinePart.PageNumber | LinePart.PageFooter | LinePart.Addressee | ENDS_PART)) === 0) {
			bits |= SegmentBit.Item;
		}
	}
	return bits;
}

/** Every segment's SegmentBit, in one pass. */
export function segmentBits(parts: DocumentParts, segments: readonly Segment[]): Uint16Array {
	const bits = new Uint16Array(segments.length);
	for (let i = 0; i < segments.length; i++) {
		bits[i] = segmentBitsOf(parts, segments[i]);
	}
	return bits;
}

/**
 * Gathers the numbered items of a notice with what each carries (unit fields, any field, worded
 * parentheses, a heading naming a lead, prose), then decides which are tasks (taskLevel). One pass
 * over the segments, O(segments + their labels and bracket groups); prose is read last and only
 * for items nothing else shows to carry units. With `previous`, an item whose lines the edit did not
 * touch takes what its content carries from the previous reading; the decisions, which depend on every
 * item, are taken from the previous reading when every item's kind and flags are its (LevelMemo), else made again. Yields every `itemsPerStep` items whose content is
 * read (a notice of megabytes is read in slices). `keepFacts`: false when no next version of the
 * text is read from this reading (its facts come back empty: a 2 MB notice's 8,790 made for nothing).
 */
export function* decideItemsInSteps(structure: NoticeStructure, parts: DocumentParts, segments: readonly Segment[], previous: PreviousItems | undefined, itemsPerStep: number, keepFacts = true, bits = segmentBits(parts, segments)): Generator<void, ItemDecisions, void> {
	const text = structure.text;
	// The previous reading's items and lists, written anew (a reading in one go gives them up): a keystroke made one item per item of the notice.
	const given = previous?.inPlace ? (previous.items as ItemLists | undefined) : undefined;
	const pool = given?.items;
	const items: Item[] = pool ?? [];
	let count = 0;
	let reset = false;
	let open: Item | undefined;
	const tableSeen = new Set<number>();
	// Each segment's bits read, not the segment and its line: only a table's line is loaded (see SegmentBit).
	for (let i = 0; i < segments.length; i++) {
		const bit = bits[i];
		if ((bit & SegmentBit.Blank) !== 0) {
			continue;
		}
		if ((bit & SegmentBit.EndsPart) !== 0) {
			reset = true;
			open = undefined;
			continue;
		}
		if ((bit & SegmentBit.Table) !== 0) {
			const table = segments[i].line.table;
			if (!tableSeen.has(table)) {
				tableSeen.add(table);
				// A table inside an open item makes it a heading; the rows are the tasks.
				const holder = reset || count === 0 ? undefined : items[count - 1];
				if (holder) {
					holder.flags |= ItemFlag.HoldsTable;
				}
			}
			if (open) {
				open.flags |= ItemFlag.OverTable;
			}
			continue;
		}
		if ((bit & SegmentBit.Item) !== 0) {
			const kind = markerKindOf(bit);
			const inFront = parts.frontEnd >= 0 && segments[i].line.index < parts.frontEnd;
			// Read before it is written: the pool is the list being filled.
			const spare = pool !== undefined && count < pool.length ? pool[count] : undefined;
			open = spare ? renewItem(spare, kind, i, inFront, reset) : newItem(kind, i, inFront, reset);
			if (count < items.length) {
				items[count] = open;
			} else {
				items.push(open);
			}
			count++;
			reset = false;
		}
		if (open) {
			open.ownEnd = i + 1;
		}
	}
	items.length = count;
	const tablesCarry = structure.tables.length > 0;
	const level = levelMemo(given?.spareLevel, count, tablesCarry);
	// Written from the start into the lists the previous reading held spare, if any: read from below, `previous.facts` is not them.
	const facts = factsWithRoom(given?.spareFacts, keepFacts ? count : 0);
	let factCount = 0;
	// The index's arrays, not its `lines`: those are an object per line, made again for every version of the text.
	const lineIndex = structure.lineIndex;
	const before = previous?.facts;
	let at = 0;
	let nextYield = itemsPerStep;
	// Indexed loops over every item, run once per reading (in the interpreter, each step of an iterator is an object).
	for (let i = 0; i < items.length; i++) {
		if (i >= nextYield) {
			nextYield = i + itemsPerStep;
			yield;
		}
		const item = items[i];
		// Its whole lines are what the edit must not touch; where its first segment starts tells two items of one line apart.
		const lineStart = lineIndex.lineStart(segments[item.segment].line.index);
		const start = segments[item.segment].start;
		const end = lineIndex.lineNext(segments[item.ownEnd - 1].line.index);
		let carried = -1;
		if (before !== undefined && (item.flags & ItemFlag.OverTable) === 0) {
			const { edit } = previous!;
			const delta = end <= edit.start && lineBreakBefore(text, end) ? 0 : lineStart >= edit.newEnd ? edit.newEnd - edit.oldEnd : undefined;
			if (delta !== undefined) {
				// Items come in document order, and so do their places in the previous text.
				while (at < before.count && before.starts[at] < start - delta) {
					at++;
				}
				if (at < before.count && before.starts[at] === start - delta && before.ends[at] === end - delta) {
					carried = before.carried[at];
					at++;
				}
			}
		}
		if (carried >= 0) {
			item.flags = (item.flags & ~CARRIED) | carried;
		} else {
			readCarriers(text, item, segments);
		}
		level.inputs[i] = levelInput(item);
		level.segments[i] = item.segment;
		if (keepFacts && (item.flags & ItemFlag.OverTable) === 0) {
			facts.starts[factCount] = start;
			facts.ends[factCount] = end;
			facts.carried[factCount] = item.flags & CARRIED;
			factCount++;
		}
	}
	facts.count = factCount;
	if (items.length > 0 && endsInsideUnits(text, items[items.length - 1], segments)) {
		// Read again at every reading, no fact kept: a line typed after it makes it an unclosed bracket like any other.
		items[items.length - 1].flags |= ItemFlag.CarriesUnits;
		level.inputs[items.length - 1] = levelInput(items[items.length - 1]);
	}
	const levelBefore = (previous?.items as ItemLists | undefined)?.level;
	if (levelBefore !== undefined && sameLevelInputs(levelBefore, level)) {
		// Decided from the same: the same decisions (the items' own fields of the level are not written, and nothing reads them).
		level.decisions.set(levelBefore.decisions.subarray(0, count));
	} else {
		decideTaskLevel(items, tablesCarry);
		for (let i = 0; i < count; i++) {
			level.decisions[i] = DECISIONS.indexOf(items[i].decision);
		}
	}
	const decisions = given ? clearedList(given.decisions, segments.length) : new Array<ItemDecision | undefined>(segments.length);
	for (let i = 0; i < count; i++) {
		decisions[level.segments[i]] = DECISIONS[level.decisions[i]];
	}
	let afterLastItem = Number.MAX_SAFE_INTEGER;
	let last = -1;
	for (let i = count - 1; i >= 0 && last < 0; i--) {
		const decision = DECISIONS[level.decisions[i]];
		if (decision === 'task' || decision === 'section') {
			last = i;
		}
	}
	if (last >= 0) {
		afterLastItem = level.segments[last] + 1;
		while (afterLastItem < segments.length && segments[afterLastItem].line.table >= 0) {
			afterLastItem++;
		}
	}
	// Handed on only when the previous reading is given up: its facts are then nobody's.
	const lists: ItemLists = { items, decisions, spareFacts: given ? previous!.facts : undefined, level, spareLevel: given?.level };
	return { decisions, afterLastItem, facts, items: lists };
}

/**
 * The text ends inside a parenthesis wording units on the item's last line, the last of the text (湘政发〔2019〕1号's
 * excerpt stops at `主要预期目标:经济增长7.5%—8%(分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省`):
 * an excerpt cut inside its task's units, which name the item a task as a closed parenthesis would (its only task
 * was lost without a word). O(1): the last line only.
 */
function endsInsideUnits(text: NoticeText, item: Item, segments: readonly Segment[]): boolean {
	if ((item.flags & ItemFlag.UnclosedUnits) === 0) {
		return false;
	}
	let last = segments.length - 1;
	while (last >= 0 && segments[last].line.end === segments[last].line.start) {
		last--;
	}
	if (last !== item.ownEnd - 1) {
		return false;
	}
	const segment = segments[last];
	const groups = groupsIn(segment);
	for (let g = 0; g < groups.length; g++) {
		if (groups[g].close < 0 && readWordedParenthesis(text, groups[g].open, segment.end)?.lists.length) {
			return true;
		}
	}
	return false;
}

/** Facts lists with room for `count` items: `spare`'s when they hold them (a reading given up two readings back), else new ones with room to grow. */
function factsWithRoom(spare: ItemFacts | undefined, count: number): ItemFacts {
	if (spare !== undefined && spare.starts.length >= count) {
		spare.count = 0;
		return spare;
	}
	const room = count === 0 ? 0 : count + (count >> 3) + 16;
	return { starts: new Int32Array(room), ends: new Int32Array(room), carried: new Uint16Array(room), count: 0 };
}


/** A level memo for `count` items: `spare`'s lists when they hold them (a reading given up two readings back), else new ones with room to grow. */
function levelMemo(spare: LevelMemo | undefined, count: number, tablesCarry: boolean): LevelMemo {
	if (spare !== undefined && spare.inputs.length >= count) {
		spare.count = count;
		spare.tablesCarry = tablesCarry;
		return spare;
	}
	const room = count + (count >> 3) + 16;
	// Its lists stored after the object is made (see UNSET): V8 typed them by the classes of the first lists stored in
	// the literal, an engine's next fresh read generalized them (--trace-generalization at levelMemo) and the item
	// decisions' code relying on them was thrown away ("code dependencies").
	const memo: LevelMemo = { inputs: UNSET, segments: UNSET, decisions: UNSET, count, tablesCarry };
	memo.inputs = new Int32Array(room);
	memo.segments = new Int32Array(room);
	memo.decisions = new Uint8Array(room);
	return memo;
}

/** Whether the task level is given the same items (kinds and flags, in order) and tables now as when `before` was decided. */
function sameLevelInputs(before: LevelMemo, now: LevelMemo): boolean {
	if (before.count !== now.count || before.tablesCarry !== now.tablesCarry) {
		return false;
	}
	const a = before.inputs;
	const b = now.inputs;
	for (let i = 0; i < now.count; i++) {
		if (a[i] !== b[i]) {
			return false;
		}
	}
	return true;
}

/** `list` made `length` long with nothing in it, written in place. */
function clearedList<T>(list: Array<T | undefined>, length: number): Array<T | undefined> {
	list.length = length;
	list.fill(undefined);
	return list;
}

function newItem(kind: MarkerKind, segment: number, inFront: boolean, resetBefore: boolean): Item {
	return {
		kind,
		segment,
		ownEnd: segment + 1,
		flags: itemFlags(inFront, resetBefore),
		// Set by the task level: written here, so they are the object's own from the start (added later, every item grew a store for them).
		parent: undefined,
		children: undefined,
		childCount: 0,
		decision: undefined,
	};
}

function itemFlags(inFront: boolean, resetBefore: boolean): number {
	return (inFront ? ItemFlag.InFront : 0) | (resetBefore ? ItemFlag.ResetBefore : 0);
}

/** An item of the previous reading made a new one: every field written, as newItem writes it. */
function renewItem(item: Item, kind: MarkerKind, segment: number, inFront: boolean, resetBefore: boolean): Item {
	item.kind = kind;
	item.segment = segment;
	item.ownEnd = segment + 1;
	item.flags = itemFlags(inFront, resetBefore);
	item.parent = undefined;
	// Its list of children is kept: the task level writes it again when the count is the same.
	item.decision = undefined;
	return item;
}

/** What an item's own segments carry: its heading, then each line's fields and parentheses, its prose last. */
function readCarriers(text: NoticeText, item: Item, segments: readonly Segment[]): void {
	const first = segments[item.segment];
	const marker = first.marker!;
	if ((readHeadingDesignation(text, marker.end, first.end) ?? wrappedHeading(text, item, segments))?.kind === 'unit') {
		item.flags |= ItemFlag.CarriesUnits;
	} else if (unitLineBelow(text, item, segments)) {
		item.flags |= ItemFlag.UnitLineBelow;
	}
	if (isFramingTitle(text, marker.end, first.end)) {
		item.flags |= ItemFlag.Framing;
	}
	for (let index = item.segment; index < item.ownEnd; index++) {
		const segment = segments[index];
		if (segment.line.end > segment.line.start && segment.line.table < 0) {
			noteCarriers(text, item, segments, index);
		}
	}
	for (let index = item.segment; (item.flags & ItemFlag.CarriesUnits) === 0 && index < item.ownEnd; index++) {
		const segment = segments[index];
		const prose = segment.line.table < 0 && segment.line.end > segment.line.start;
		if (prose && readProseDesignations(text, segment.marker ? segment.marker.end : segment.start, segment.end).length > 0) {
			// On the item's own line (`1.加快工业转型升级。…，由县工信局牵头。`) its units are the task's; in a paragraph under
			// a heading's line (`二、《方案》出台过程` / `…由县政府督查室牵头起草…`) they may be what a report tells.
			item.flags |= index === item.segment ? ItemFlag.CarriesUnits : ItemFlag.CarriesUnits | ItemFlag.ProseUnitsOnly;
		}
	}
}

/**
 * A heading a PDF's wrap cut, read over its line and the next (`（二）县住房和城乡建设局牵头，县城市管理` /
 * `综合行政执法局配合的工作`), as the walk reads it (readSectionLine): a notice whose only units are
 * there read no task. The next line is the item's own, with no marker nor label.
 */
function wrappedHeading(text: NoticeText, item: Item, segments: readonly Segment[]): HeadingDesignation | undefined {
	const first = segments[item.segment];
	const rest = item.ownEnd > item.segment + 1 ? segments[item.segment + 1] : undefined;
	const marker = first.marker!;
	if (!rest || first.glued || rest.glued || rest.marker || rest.line.index !== first.line.index + 1 || rest.line.table >= 0 || first.end - marker.start < WRAPPED_HEADING_LENGTH || labelsIn(rest).length > 0) {
		return undefined;
	}
	return readWrappedHeading(text, marker.end, first.end, rest.start, rest.end);
}

/** The item's next line names a unit alone (`二、加快乡村振兴` / `县农业农村局`, see readUnitLine), as the walk reads it under a section (designationLine). */
function unitLineBelow(text: NoticeText, item: Item, segments: readonly Segment[]): boolean {
	const first = segments[item.segment];
	const next = item.ownEnd > item.segment + 1 ? segments[item.segment + 1] : undefined;
	if (!next || first.glued || next.glued || next.marker || next.line.index !== first.line.index + 1 || next.line.table >= 0 || labelsIn(next).length > 0 || /[、，,][\s\u3000]*$/.test(text.slice(first.start, first.end)) || mayBeCutBeforeRest(text, first.marker!.start, first.end)) {
		return false;
	}
	return readUnitLine(text, next.start, next.end) !== undefined;
}

/** What the content of a segment carries, for the item it belongs to. */
function noteCarriers(text: NoticeText, item: Item, segments: readonly Segment[], index: number): void {
	const segment = segments[index];
	const labels = labelsIn(segment);
	if (labels.length > 0 && !(labels.length === 1 && index === item.segment && titledByLabel(text, segment, labels[0]))) {
		item.flags |= ItemFlag.CarriesFields;
		if (labels.some((label) => namesUnits(label.role))) {
			// Below only when the item's own text named none before (`2.落实…（牵头单位：…）` / `责任单位：…` names its own lead).
			const carriedBefore = (item.flags & ItemFlag.CarriesUnits) !== 0;
			item.flags |= ItemFlag.CarriesUnits;
			if (!carriedBefore && index > item.segment && namesUnits(labels[0].role) && labels[0].start === segment.start) {
				item.flags |= ItemFlag.UnitFieldBelow;
			}
			return;
		}
	}
	if (item.flags & ItemFlag.CarriesUnits) {
		return;
	}
	const groups = groupsIn(segment);
	for (let g = 0; g < groups.length; g++) {
		const group = groups[g];
		// A parenthesis cut by a line break (a PDF's paste) closes on the item's next lines.
		const close = group.close > 0 ? group.close : closeOfCut(text, segments, index, group.open, item.ownEnd);
		if (close > 0 && readWordedParenthesis(text, group.open, close)?.lists.length) {
			item.flags |= ItemFlag.CarriesUnits;
			return;
		}
		// Never closed (`（市发改委牵头，市统计局配合` ending the item): read to the line's end, it tells the item is a task, not whose.
		// Closed past the reach of a PDF's cut (seven wrapped lines) is no unclosed bracket: the item stays as it was.
		if (close < 0 && !closesInSegments(text, segments, index, group.open, item.ownEnd) && readWordedParenthesis(text, group.open, segment.end)?.lists.length) {
			item.flags |= ItemFlag.UnclosedUnits;
		}
	}
	const last = lastGroupAcross(text, segments, index, item.segment);
	if (last && readBareUnitParenthesis(text, last.open, last.close)) {
		item.flags |= ItemFlag.CarriesUnits;
	}
}

/** Where a parenthesis a line break cut closes before `end`: within a PDF cut's reach, or past it over lines of units alone (as the task's reading finds it). */
function closeOfCut(text: NoticeText, segments: readonly Segment[], at: number, open: number, end: number): number {
	const close = closeOnLaterSegments(text, segments, at, open, end);
	return close >= 0 ? close : closeOverUnitLines(text, segments, at, open, end);
}


/**
 * `（二）进度安排：3月底前完成部署…` under `二、保障措施`: a label naming no unit that opens the item's own title
 * is what the paragraph is about, as `（二）进度安排` alone would be; a field of a task stands after its text
 * or on a line below (`1.…` / `完成时限：…`).
 */
function titledByLabel(text: NoticeText, segment: Segment, label: LabelMatch): boolean {
	if (namesUnits(label.role) || !segment.marker) {
		return false;
	}
	let at = segment.marker.end;
	while (at < label.start && isWhiteSpace(text.charCodeAt(at))) {
		at++;
	}
	return at === label.start;
}
