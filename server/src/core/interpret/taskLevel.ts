import { MARKER_KIND_COUNT, MarkerKind } from '../syntax/markers';
import { isWhiteSpace } from '../text/characters';
import type { NoticeText } from '../text/noticeText';
import { lastOf } from '../text/objectLists';
import { foldCode } from '../text/vocabularyFold';

/**
 * Which numbered items are tasks (class 1: the task level survives missing units). The items of a
 * notice form a tree by numbering style (一、 over （一） over 1. over （1）); tasks are its leaves,
 * read from the structure and the content, not from how many items carry units:
 * - a leaf that carries units or fields is a task, and so is every leaf of a style that such leaves
 *   use, whether or not it has its own units (a cut-off last item, a task that truly lacks them);
 * - a leaf of another style without units is a heading (`一、主要工作目标` over a paragraph), and so
 *   is a framing paragraph (`（一）指导思想`, items under `一、总体要求`);
 * - `（1）（2）` or `①②` under an item, with units after the last only, are sub-points of that item;
 * - numbered paragraphs of a cover letter are no items when none of them carries anything (or the
 *   tasks after it carry at least twice as many) and the tasks are elsewhere (an attachment after the letter); without anything carried anywhere (a
 *   report, a letter whose list is not in the text) there are no tasks at all, only headings.
 * O(items): the tree is built with a stack, each item visited a bounded number of times.
 */

export type ItemDecision = 'task' | 'section' | 'text' | 'subpoint';

/**
 * What an item carries and where it stands, bits of LevelItem.flags: one number, not seven booleans
 * of eight bytes each (a 2 MB notice has 8,790 items, made at every reading). Every flag is below 2^12:
 * the task level's memo packs an item's kind above them (itemDecisions.levelInput).
 */
export const enum ItemFlag {
	/** Its own content (up to the next item) names units: a unit field, a worded parenthesis, a heading naming a lead. */
	CarriesUnits = 1,
	/** Its own content has a field label of any kind (年度目标：, 完成时限：, 牵头领导：). */
	CarriesFields = 2,
	/** Its title opens with a framing word: 指导思想, 基本原则, 总体要求, 发展目标 … */
	Framing = 4,
	/** It stands before the end of the cover letter (its date or signature), with page furniture and the title. */
	InFront = 8,
	/** A table follows inside it: its rows are its children. */
	HoldsTable = 16,
	/** Every open item closes before this one (a signature, an attachment heading came between). */
	ResetBefore = 32,
	/** A table stands among its own segments (see itemDecisions). */
	OverTable = 64,
	/** A line of its own after its first starts with a unit field (`牵头单位：…` under `3.实施…`). */
	UnitFieldBelow = 128,
	/** The line right under its first names a unit alone (`二、加快乡村振兴` / `县农业农村局`): a heading's lead when items stand under it. */
	UnitLineBelow = 256,
	/**
	 * Its units are worded in the prose of a paragraph under its line alone, no field, parenthesis or heading naming
	 * any: a report's or a 解读's paragraph may tell who did the work (沂水 2023: `二、《方案》出台过程` /
	 * `…由县政府督查室牵头起草《方案》…`). Worded on the item's own line, they are its task's.
	 */
	ProseUnitsOnly = 512,
	/**
	 * Its own content opens a parenthesis wording units that never closes (`2.经济增长7.5%。（市发改委牵头，市统计局配合`,
	 * a draft's or an excerpt's cut): no units are read from it, yet the item is written as its siblings' tasks are.
	 */
	UnclosedUnits = 1024,
}

/** What an item's own content carries: the bits of ItemFlag kept for the next version of the text. */
export const CARRIED = ItemFlag.CarriesUnits | ItemFlag.CarriesFields | ItemFlag.Framing | ItemFlag.UnitFieldBelow | ItemFlag.UnitLineBelow | ItemFlag.ProseUnitsOnly | ItemFlag.UnclosedUnits;

export interface LevelItem {
	kind: MarkerKind;
	/** Bits of ItemFlag. */
	flags: number;
	/** Set by the tree (no children: undefined). */
	parent?: LevelItem;
	children?: LevelItem[];
	/** Set by the tree: how many children it has. */
	childCount?: number;
	decision?: ItemDecision;
}

/** Titles that frame a plan rather than name a task (`一、指导思想`, `（二）基本原则`). */
const FRAMING = ['指导思想', '基本原则', '总体要求', '总体目标', '主要目标', '发展目标', '工作目标', '工作原则', '基本要求', '总体思路', '主要原则', '目标要求', '总体考虑', '保障措施', '工作要求', '组织保障', '组织实施'];
/** The first characters of FRAMING: a title starting with another (nearly all) is looked at no further. */
const FRAMING_FIRSTS = new Set(FRAMING.map((title) => title.charCodeAt(0)));

/** The title from `start` to `end` of `text`, white space before it passed over, starts with a framing word. Read in place: run for every item of every reading. */
export function isFramingTitle(text: NoticeText, start: number, end: number): boolean {
	let at = start;
	while (at < end && isWhiteSpace(text.charCodeAt(at))) {
		at++;
	}
	if (at >= end || !FRAMING_FIRSTS.has(foldCode(text.charCodeAt(at)))) {
		return false;
	}
	for (let f = 0; f < FRAMING.length; f++) {
		if (at + FRAMING[f].length <= end && startsFolded(text, at, FRAMING[f])) {
			return true;
		}
	}
	return false;
}

/** `word` at `at` in `text` read folded (`（一）指導思想`, `一、總體要求` frame as `指导思想` does). */
function startsFolded(text: NoticeText, at: number, word: string): boolean {
	for (let i = 0; i < word.length; i++) {
		if (foldCode(text.charCodeAt(at + i)) !== word.charCodeAt(i)) {
			return false;
		}
	}
	return true;
}

/** Decides every item of `items` (in document order); `tablesCarry`: the notice has a table with a unit column. */
export function decideTaskLevel(items: LevelItem[], tablesCarry: boolean): void {
	// Run on every keystroke over every item: loops and a bit set of kinds, no filtered copies of the items.
	buildTree(items);
	let anywhere = tablesCarry;
	let inFront = false;
	let coverCarrying = 0;
	let laterCarrying = 0;
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		const carried = carries(item) || namesLeadBelow(item);
		anywhere ||= carried;
		if (item.flags & ItemFlag.InFront) {
			inFront = true;
			coverCarrying += carried ? 1 : 0;
		} else {
			laterCarrying += carried ? 1 : 0;
		}
	}
	// A letter's paragraph may word who follows the work up (`二、强化督查考核。由县政府督查室牵头，会同县委组织部…`):
	// when the tasks after the letter carry at least twice as many, its paragraphs are still the letter's.
	const coverCarries = coverCarrying > 0 && (tablesCarry ? coverCarrying > 1 : 2 * coverCarrying > laterCarrying);
	if (!anywhere) {
		// A report, or a letter whose list is elsewhere: headings only.
		for (let i = 0; i < items.length; i++) {
			items[i].decision = 'section';
		}
		return;
	}
	// A cover letter's numbered paragraphs, or a site's numbered notes above it, carry nothing while
	// the tasks after it do: they are text.
	let live: readonly LevelItem[] = items;
	if (inFront && !coverCarries) {
		let reset = false;
		for (let i = 0; i < items.length; i++) {
			const item = items[i];
			if (item.flags & ItemFlag.InFront) {
				item.decision = 'text';
				reset ||= (item.flags & ItemFlag.ResetBefore) !== 0;
			} else {
				// A reset before a paragraph left out still closes what was open.
				if (reset) {
					item.flags |= ItemFlag.ResetBefore;
				}
				reset = false;
			}
		}
		live = items.filter((item) => item.decision !== 'text');
		buildTree(live);
	}
	// Sub-points: （1）（2） or ①② under an item, none but the last carrying units; `1.` `2.` so only
	// where the whole notice writes its groups that way (see groupsCarryAfterLastPoint).
	const arabicPoints = groupsCarryAfterLastPoint(live);
	for (let i = 0; i < live.length; i++) {
		const item = live[i];
		const children = item.children;
		if (children !== undefined && children.length > 0 && (item.flags & ItemFlag.HoldsTable) === 0 && (areSubpoints(item, children) || (arabicPoints && isPointGroup(item, children) === GroupCarry.LastOnly))) {
			for (const child of children) {
				child.decision = 'subpoint';
				// What the sub-points carry is the item's: the fields after （2） are the task's.
				item.flags = withCarried(item.flags, child.flags);
			}
			item.children = [];
		}
	}
	for (let i = 0; i < live.length; i++) {
		if (namesLeadBelow(live[i])) {
			live[i].flags = (live[i].flags | ItemFlag.CarriesUnits) & ~ItemFlag.ProseUnitsOnly;
		}
	}
	// The kinds of the leaves that carry something, one bit each; and of the leaves under a heading
	// that names their lead (沁县 2025: `一、县示范区管委会牵头工作(8项)` over `1.` `2.` naming none).
	let taskKinds = 0;
	let headingKinds = 0;
	for (let i = 0; i < live.length; i++) {
		const item = live[i];
		if (item.decision === 'subpoint' || (item.flags & ItemFlag.HoldsTable) !== 0 || !carries(item)) {
			continue;
		}
		const children = item.children;
		if (children === undefined || children.length === 0) {
			taskKinds |= 1 << item.kind;
		} else if ((item.flags & ItemFlag.CarriesUnits) !== 0 && !framed(item)) {
			for (let c = 0; c < children.length; c++) {
				const child = children[c];
				if (child.decision !== 'subpoint' && (child.children === undefined || child.children.length === 0)) {
					headingKinds |= 1 << child.kind;
				}
			}
		}
	}
	// A heading naming their lead makes its leaves tasks, whatever their own prose words.
	const weakKinds = kindsCarriedByProseAlone(live) & ~headingKinds;
	taskKinds = (taskKinds & ~weakKinds) | headingKinds;
	for (let i = 0; i < live.length; i++) {
		const item = live[i];
		if (item.decision === 'subpoint') {
			continue;
		}
		if ((item.children !== undefined && item.children.length > 0) || (item.flags & ItemFlag.HoldsTable) !== 0) {
			item.decision = 'section';
			continue;
		}
		if (carries(item) && !((weakKinds & (1 << item.kind)) !== 0 && isProseCarrierOnly(item))) {
			item.decision = 'task';
			continue;
		}
		// Under `一、主要目标` a leaf naming no unit is a target or a principle (`1.坚持稳中求进。`), no task; one whose unit
		// parenthesis is cut (`2.经济增长7.5%。（市发改委牵头，市统计局配合`) among tasks of its style is one of them, its
		// missing lead and bracket said as anywhere else, not dropped without a word.
		item.decision = (taskKinds & (1 << item.kind)) !== 0 && (!framed(item) || (item.flags & ItemFlag.UnclosedUnits) !== 0) ? 'task' : 'section';
	}
}

/**
 * The kinds of leaves that only their prose's wording makes tasks, and too few of them: where no leaf of
 * a kind carries a field, a parenthesis or a heading naming units, fewer than half of its leaves
 * wording units in their prose (`由县政府督查室牵头起草《方案》` under one of a 解读's three headings) is
 * what a report tells of the work, not a list of tasks: without this, its other headings were tasks
 * without a lead (two false missing-lead errors on 沂水 2023's 解读). Tasks worded in prose
 * (`1.…。由县发改局牵头，县财政局配合。`) word most of them so.
 */
function kindsCarriedByProseAlone(items: readonly LevelItem[]): number {
	const leaves = new Array<number>(KIND_COUNT).fill(0);
	const byProse = new Array<number>(KIND_COUNT).fill(0);
	let strongKinds = 0;
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		if (item.decision === 'subpoint' || (item.children !== undefined && item.children.length > 0) || (item.flags & ItemFlag.HoldsTable) !== 0 || framed(item)) {
			continue;
		}
		leaves[item.kind]++;
		if (isProseCarrierOnly(item)) {
			byProse[item.kind]++;
		} else if (carries(item)) {
			strongKinds |= 1 << item.kind;
		}
	}
	let weak = 0;
	for (let kind = 0; kind < KIND_COUNT; kind++) {
		if (byProse[kind] > 0 && (strongKinds & (1 << kind)) === 0 && 2 * byProse[kind] < leaves[kind]) {
			weak |= 1 << kind;
		}
	}
	return weak;
}

/** How many marker kinds there are. */
const KIND_COUNT = MARKER_KIND_COUNT;

/** The item carries units worded in its prose, and nothing else. */
function isProseCarrierOnly(item: LevelItem): boolean {
	return (item.flags & (ItemFlag.ProseUnitsOnly | ItemFlag.CarriesFields | ItemFlag.HoldsTable)) === ItemFlag.ProseUnitsOnly;
}

/** An item's flags with what a sub-point under it carries added: prose alone no more when the sub-point names units otherwise. */
function withCarried(flags: number, child: number): number {
	const carried = flags | (child & (ItemFlag.CarriesUnits | ItemFlag.CarriesFields));
	const strongChild = (child & ItemFlag.CarriesUnits) !== 0 && (child & ItemFlag.ProseUnitsOnly) === 0;
	const proseOnly = (flags & ItemFlag.CarriesUnits) === 0 ? child & ItemFlag.ProseUnitsOnly : flags & ItemFlag.ProseUnitsOnly;
	return strongChild ? carried & ~ItemFlag.ProseUnitsOnly : (carried & ~ItemFlag.ProseUnitsOnly) | proseOnly;
}

/**
 * A unit's name alone on the line under a heading over items (`二、加快乡村振兴` / `县农业农村局` / `1.…`)
 * names their lead; under a leaf or over its sub-points it may be a unit of a list one a line, which the walk does not read so.
 */
function namesLeadBelow(item: LevelItem): boolean {
	return (item.flags & ItemFlag.UnitLineBelow) !== 0 && item.children !== undefined && item.children.length > 0;
}

function carries(item: LevelItem): boolean {
	return (item.flags & (ItemFlag.CarriesUnits | ItemFlag.CarriesFields | ItemFlag.HoldsTable)) !== 0;
}

/**
 * Its children are sub-points: each of a finer style than it and below （一）, none but the last
 * carrying units, and with no children — but in a task whose own lines name its units already,
 * sub-points of their own (`1.…` / `牵头单位：…` / `（2）…` over `1）…` `2）…`).
 */
function areSubpoints(item: LevelItem, children: readonly LevelItem[], depth = 0, nested = carries(item)): boolean {
	for (let c = 0; c < children.length; c++) {
		const child = children[c];
		const own = child.children;
		if (!(child.kind >= MarkerKind.ParenArabic && child.kind > item.kind && (own === undefined || own.length === 0 || (nested && depth < MAX_SUBPOINT_DEPTH && areSubpoints(child, own, depth + 1, nested))))) {
			return false;
		}
		if (c < children.length - 1 && (child.flags & ItemFlag.CarriesUnits) !== 0) {
			return false;
		}
	}
	return true;
}

/** How a group of `1.` `2.` items under a heading carries units. */
const enum GroupCarry {
	/** Not such a group: another style, fewer than two items, items with items of their own, a heading naming units. */
	None,
	/** Only its last item carries units: what follows it may be the group's. */
	LastOnly,
	/** An item before the last carries units or fields, or the last names units in its own text: each item has its own. */
	Each,
	/** No item carries units. */
	Nothing,
}

/** The group of `children`, leaves of style `1.` under a heading of an outer style that names no units itself. */
function isPointGroup(item: LevelItem, children: readonly LevelItem[]): GroupCarry {
	if (children.length < 2 || item.kind >= MarkerKind.Arabic || (item.flags & (ItemFlag.CarriesUnits | ItemFlag.HoldsTable)) !== 0) {
		return GroupCarry.None;
	}
	let before = false;
	for (let c = 0; c < children.length; c++) {
		const child = children[c];
		if (child.kind !== MarkerKind.Arabic || (child.children !== undefined && child.children.length > 0)) {
			return GroupCarry.None;
		}
		// A point before the last with fields of its own (units, 完成时限, 责任领导) is a task: its fields would be lost in the group's.
		if (c < children.length - 1 && (child.flags & (ItemFlag.CarriesUnits | ItemFlag.CarriesFields)) !== 0) {
			before = true;
		}
	}
	if (before) {
		return GroupCarry.Each;
	}
	// The units on a line of their own under the last point, not in its text (`3.实施…（牵头单位：…）` is that point's).
	const last = children[children.length - 1].flags;
	if ((last & ItemFlag.CarriesUnits) === 0) {
		return GroupCarry.Nothing;
	}
	return (last & ItemFlag.UnitFieldBelow) !== 0 ? GroupCarry.LastOnly : GroupCarry.Each;
}

/**
 * `（一）推进重大项目建设。` / `1.加快…` / `2.推进…` / `3.实施…` / `牵头单位：市住建局；责任单位：…`: the units
 * after a group's last point are the group's, when every group of the notice is written so (at least
 * two, and none whose earlier points name units of their own). One group alone could be a draft whose
 * first points lack their units: their missing leads are then said.
 */
function groupsCarryAfterLastPoint(items: readonly LevelItem[]): boolean {
	let lastOnly = 0;
	for (let i = 0; i < items.length; i++) {
		const children = items[i].children;
		if (children === undefined) {
			continue;
		}
		const carry = isPointGroup(items[i], children);
		if (carry === GroupCarry.Each) {
			return false;
		}
		lastOnly += carry === GroupCarry.LastOnly ? 1 : 0;
	}
	return lastOnly >= 2;
}

/** Sub-points of sub-points, and no deeper. */
const MAX_SUBPOINT_DEPTH = 2;

/** It, or an item it stands under, is a framing paragraph. */
function framed(item: LevelItem): boolean {
	for (let at: LevelItem | undefined = item; at; at = at.parent) {
		if (at.flags & ItemFlag.Framing) {
			return true;
		}
	}
	return false;
}

/**
 * Nests items by numbering style: an item is the child of the nearest open item of an outer style.
 * Two passes, parents then children, each parent's written into a list of their count: the list it
 * had when of that count (the interpreter renews the previous reading's items, lists kept; on every
 * keystroke, lists grown by push were some 24 KB of garbage in the 200 KB notice).
 */
function buildTree(items: readonly LevelItem[]): void {
	// A function a pass: the first pass's loop, compiled while it ran in an engine's first read, had no type
	// feedback for the second's, and its code was thrown away at every later read ("Insufficient type feedback
	// for compare operation").
	linkParents(items);
	linkChildren(items);
}

/** Each item's parent, and its children's count in childCount (see buildTree). */
function linkParents(items: readonly LevelItem[]): void {
	const stack: LevelItem[] = [];
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		if (item.flags & ItemFlag.ResetBefore) {
			stack.length = 0;
		}
		item.childCount = 0;
		while (stack.length > 0 && stack[stack.length - 1].kind >= item.kind) {
			stack.pop();
		}
		const parent = lastOf(stack);
		item.parent = parent;
		if (parent) {
			parent.childCount!++;
		}
		stack.push(item);
	}
}

/** Each item's children, from the parents and counts linkParents found (see buildTree). */
function linkChildren(items: readonly LevelItem[]): void {
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		const count = item.childCount!;
		// None for a leaf (most items are: no empty array each); counted again as its children fill it.
		item.children = count === 0 ? undefined : item.children !== undefined && item.children.length === count ? item.children : new Array<LevelItem>(count);
		item.childCount = 0;
		const parent = item.parent;
		if (parent) {
			parent.children![parent.childCount!++] = item;
		}
	}
}
