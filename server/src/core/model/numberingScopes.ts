import { MarkerKind, matchMarker } from '../syntax/markers';
import type { Notice, Section, Task } from './types';
import type { NoticeText } from '../text/noticeText';
import { foldVocabulary } from '../text/vocabularyFold';
import { SeenNumbers } from './seenNumbers';
import { formatChineseNumber, formatCircledNumber } from '../text/chineseNumber';

export type NumberedItem = Section | Task;

/** Items numbered in one sequence: siblings, or a style that continues across sections (1–10 under 一、, 11–20 under 二、). */
export interface NumberingScope {
	kind: MarkerKind;
	/**
	 * Its items, in lists one after the other: each the siblings of one parent (most are a parent's
	 * list of children itself, shared: read them, never write them). itemsOf gives one list.
	 */
	lists: ReadonlyArray<readonly NumberedItem[]>;
	/** The number the first item should have. */
	firstNumber: number;
	/** A selection of a bigger table's rows, their numbers kept (see emptySectionAmong): numbers may skip (a bureau's rows 41, 42, 45 of the county's table), never repeat. */
	selection: boolean;
	/** One list numbered one after the other from firstNumber (`1.` `2.` `3.`): it has no problem, and numberingProblems reads none of its numbers. */
	inOrder: boolean;
}

/** A scope's items in one list. */
export function itemsOf(scope: NumberingScope): NumberedItem[] {
	return scope.lists.flat();
}

/** The siblings of one parent numbered in one style (in one table, for rows). */
interface SiblingList {
	kind: MarkerKind;
	table: number | undefined;
	/** The task number before a compound row number's own (`1-` of `1-2`): sub-tasks are numbered under each task. */
	prefix: string;
	items: readonly NumberedItem[];
	/**
	 * Its numbers go one after the other from its first's (`1.` `2.` `3.`), and whether an item after
	 * the first is numbered 1 again after a number (a restart, see withRestartsAfterHeadings): found
	 * in the pass that finds the list (listShape), so the passes after it read no marker of a list in
	 * order (each pass over every item's marker was a load from memory per item on every keystroke).
	 */
	consecutive: boolean;
	mayRestart: boolean;
}

/**
 * Groups the numbered items of a notice into sequences. Under several parents a style either restarts
 * at 1 in each (tongxiang) or continues (tunxi's （四） under 二、); the notice's own habit decides.
 * Run on every keystroke's check: a parent whose children are all of one style is one list, its
 * list of children itself (a list made per parent and a key per list were most of a keystroke's
 * numbering garbage).
 */
export function numberingScopes(notice: Notice, memo?: NumberingMemo): NumberingScope[] {
	const lists: SiblingList[] = [];
	memo?.begin();
	visitSiblings(notice.text, notice.children, lists, memo);
	// By style, or by table for rows (tables never continue one another's numbering), in the order
	// first met; and by part of the document (附件1 and 附件2 each number from 1, and a list numbered
	// from 1 again under a heading without a number).
	const byGroup = new Map<string, SiblingList[]>();
	const breaks = withRestartsAfterHeadings(notice, lists);
	for (let l = 0; l < lists.length; l++) {
		if (breaks.length === 0) {
			addToGroup(byGroup, groupKey(lists[l]), lists[l]);
			continue;
		}
		for (const part of splitAtBreaks(lists[l], breaks)) {
			addToGroup(byGroup, `${partOf(part.items[0], breaks)}/${groupKey(part)}`, part);
		}
	}
	const scopes: NumberingScope[] = [];
	for (const groupLists of byGroup.values()) {
		const kind = groupLists[0].kind;
		groupLists.sort((a, b) => a.items[0].marker.start - b.items[0].marker.start);
		let restarts = 0;
		for (let l = 1; l < groupLists.length; l++) {
			if (groupLists[l].items[0].marker.number === 1) {
				restarts++;
			}
		}
		const later = groupLists.length - 1;
		const continues = later > 0 && restarts * 2 < later;
		// The first list of a kind may start past 1: a notice published in parts continues the
		// numbering of the part before (武汉 2023 分解方案（下） opens at `（六）` and `116.`), and a
		// table copied from page 3 opens at row 80. Only the numbers after its first are checked.
		const opening = openingNumber(groupLists[0].items[0].marker.number);
		if (continues) {
			const selection = groupLists[0].table !== undefined && emptySectionAmong(notice.sections, groupLists);
			pushChecked(scopes, { kind, lists: groupLists.map((list) => list.items), firstNumber: opening, selection, inOrder: false });
		} else {
			for (let l = 0; l < groupLists.length; l++) {
				const list = groupLists[l];
				const firstNumber = l === 0 ? opening : 1;
				pushChecked(scopes, { kind, lists: [list.items], firstNumber, selection: false, inOrder: list.consecutive && list.items[0].marker.number === firstNumber });
			}
		}
	}
	return scopes;
}

/**
 * The part breaks, and a break before each item numbered 1 again right after a heading without a
 * number (`经济发展方面`, `——持续改善民生`, `专项二：社会民生`, a second list's title
 * `2024年县政府民生实事项目分解`): a list of its own, as after an attachment heading.
 */
function withRestartsAfterHeadings(notice: Notice, lists: readonly SiblingList[]): readonly number[] {
	let restarts: number[] | undefined;
	for (let l = 0; l < lists.length; l++) {
		if (!lists[l].mayRestart) {
			continue;
		}
		const items = lists[l].items;
		for (let k = 1; k < items.length; k++) {
			const start = items[k].marker.start;
			if (items[k].marker.number === 1 && items[k - 1].marker.number >= 1 && !rowRightAfterRow(notice, items[k - 1], items[k]) && unnumberedHeadingBefore(notice, start)) {
				(restarts ??= []).push(start);
			}
		}
	}
	return restarts ? [...notice.partBreaks, ...restarts].sort((a, b) => a - b) : notice.partBreaks;
}

/**
 * A table's row right under the row before (`1-1 | 推进… | 县发改局 |` / `1-1 | 扩大… | 县商务局 |`): the line
 * before it is that row's, no heading, however short.
 */
function rowRightAfterRow(notice: Notice, before: NumberedItem, item: NumberedItem): boolean {
	if (before.type !== 'task' || item.type !== 'task' || before.table === undefined || before.table !== item.table) {
		return false;
	}
	const index = notice.lineIndex;
	let line = index.lineAt(item.marker.start) - 1;
	while (line >= 0 && notice.text.slice(index.lineStart(line), index.lineEnd(line)).trim() === '') {
		line--;
	}
	return line >= 0 && index.lineStart(line) < before.end;
}

/** The longest a heading without a number is. */
const MAX_UNNUMBERED_HEADING = 30;
/** A line that ends a sentence or a list, or names units or a deadline, is no heading (tested folded: `牽頭單位：縣工信局`). */
const NO_HEADING = /[。；;，,、）)]$|牵头|负责|责任|配合|协办|主办|参与|协同|会同|时限|领导/;

/** Whether the non-blank line before the line at `offset` reads as a heading without a number. */
function unnumberedHeadingBefore(notice: Notice, offset: number): boolean {
	const index = notice.lineIndex;
	let line = index.lineAt(offset) - 1;
	while (line >= 0 && notice.text.slice(index.lineStart(line), index.lineEnd(line)).trim() === '') {
		line--;
	}
	if (line < 0) {
		return false;
	}
	const written = notice.text.slice(index.lineStart(line), index.lineEnd(line));
	const text = written.trim();
	// No numbered line (a year is none: `2024年县政府民生实事项目分解` is a heading).
	const numbered = text.length > 0 && matchMarker(notice.text, index.lineStart(line) + written.indexOf(text)) !== undefined;
	return text.length >= 2 && text.length <= MAX_UNNUMBERED_HEADING && !NO_HEADING.test(foldVocabulary(text)) && !numbered;
}

function groupKey(list: SiblingList): string {
	return list.table !== undefined ? `/table${list.table}/${list.prefix}` : String(list.kind);
}

function addToGroup(byGroup: Map<string, SiblingList[]>, key: string, list: SiblingList): void {
	const groupLists = byGroup.get(key);
	if (groupLists) {
		groupLists.push(list);
	} else {
		byGroup.set(key, [list]);
	}
}

/** How many part breaks come before `item`. */
function partOf(item: NumberedItem, breaks: readonly number[]): number {
	let part = 0;
	while (part < breaks.length && breaks[part] <= item.marker.start) {
		part++;
	}
	return part;
}

/** `list` as it lies in the parts of the document: a list per part. */
function splitAtBreaks(list: SiblingList, breaks: readonly number[]): SiblingList[] {
	const first = partOf(list.items[0], breaks);
	if (partOf(list.items[list.items.length - 1], breaks) === first) {
		return [list];
	}
	const parts: SiblingList[] = [];
	let current: NumberedItem[] = [];
	let part = first;
	for (const item of list.items) {
		const itemPart = partOf(item, breaks);
		if (itemPart !== part && current.length > 0) {
			parts.push({ kind: list.kind, table: list.table, prefix: list.prefix, items: current, consecutive: list.consecutive, mayRestart: list.mayRestart });
			current = [];
		}
		part = itemPart;
		current.push(item);
	}
	parts.push({ kind: list.kind, table: list.table, prefix: list.prefix, items: current, consecutive: list.consecutive, mayRestart: list.mayRestart });
	return parts;
}

/**
 * The lists of `items` (one parent's children) and of each section's children, in the order first met (a list at its first item).
 * With `memo`, a list of tasks alone that the last check found one list is not read again when it holds the same tasks (see NumberingMemo).
 */
function visitSiblings(text: NoticeText, items: ReadonlyArray<NumberedItem>, lists: SiblingList[], memo: NumberingMemo | undefined): void {
	if (items.length === 0) {
		return;
	}
	const keptShape = memo !== undefined ? memo.shapeOf(items) : NOT_ONE_LIST;
	const shape = keptShape !== NOT_ONE_LIST ? keptShape : listShape(text, items);
	const whole = shape !== NOT_ONE_LIST;
	if (whole) {
		lists.push({ kind: items[0].marker.kind, table: tableOf(items[0]), prefix: prefixOf(text, items[0]), items, consecutive: (shape & CONSECUTIVE) !== 0, mayRestart: (shape & MAY_RESTART) !== 0 });
	}
	if (keptShape !== NOT_ONE_LIST) {
		// Tasks alone, one list: no list of their own below, and no section to visit.
		return;
	}
	let tasksAlone = true;
	/** The last bare row number among the siblings, and its table (see listPrefix). */
	let bare: { table: number | undefined; number: number } | undefined;
	// Several styles among the siblings, or rows without a number: a list per style (and table, and task a sub-task is under) of this parent's.
	let own: Array<SiblingList & { items: NumberedItem[] }> | undefined;
	let last: (SiblingList & { items: NumberedItem[] }) | undefined;
	// Indexed: run once per check over every item, this loop stays in the interpreter long, where each step of an iterator is an object.
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		if (!whole && !isUnnumberedRow(item)) {
			const table = tableOf(item);
			const prefix = listPrefix(text, item, table, bare);
			bare = isBareRow(text, item) ? { table, number: item.marker.number } : bare;
			if (last === undefined || last.kind !== item.marker.kind || last.table !== table || last.prefix !== prefix) {
				last = (own ??= []).find((list) => list.kind === item.marker.kind && list.table === table && list.prefix === prefix);
				if (!last) {
					// Not told in order nor free of restarts: the passes after read its markers.
					last = { kind: item.marker.kind, table, prefix, items: [], consecutive: false, mayRestart: true };
					own.push(last);
					lists.push(last);
				}
			}
			last.items.push(item);
		}
		if (item.type === 'section') {
			tasksAlone = false;
			visitSiblings(text, item.children, lists, memo);
		}
	}
	if (memo !== undefined && whole && tasksAlone) {
		memo.keep(items, shape);
	}
}

/**
 * The shapes (see listShape) of the lists of tasks alone one check found one list each, for the next
 * check of the same open notice (held by KeptTaskFindings): a list holding the same tasks in the same
 * order — compared by identity in the list, no task loaded — has the same shape, for a task's marker
 * (kind and number), table and the characters at its marker are those it was read with (a taken task
 * is moved, never renumbered: see unchangedRun). A keystroke's check read every task's marker of the
 * 800 KB notice (listShape, some 3–4 % of a keystroke's profile), where a keystroke changes one list
 * at most. Two maps take turns: the last check's shapes, and this check's, each by its list's first task.
 */
export class NumberingMemo {
	private last = new Map<NumberedItem, KeptShape>();
	private next = new Map<NumberedItem, KeptShape>();

	/** A check's numbering starts: the shapes the last one kept are those looked up, and only this check's are kept on. */
	begin(): void {
		const last = this.last;
		this.last = this.next;
		this.next = last;
		this.next.clear();
	}

	/** The kept shape of `items` when they are the tasks last kept under their first, in order; else NOT_ONE_LIST. */
	shapeOf(items: ReadonlyArray<NumberedItem>): number {
		const kept = this.last.get(items[0]);
		if (kept === undefined || !sameItems(kept.items, items)) {
			return NOT_ONE_LIST;
		}
		this.next.set(items[0], kept);
		return kept.shape;
	}

	/** Keeps the shape of a list of tasks alone, one list: copied, as the notice's lists are written anew by a later reading (see SpareLists). */
	keep(items: ReadonlyArray<NumberedItem>, shape: number): void {
		this.next.set(items[0], { items: items.slice(), shape });
	}
}

interface KeptShape {
	items: readonly NumberedItem[];
	shape: number;
}

function sameItems(kept: readonly NumberedItem[], items: ReadonlyArray<NumberedItem>): boolean {
	if (kept.length !== items.length) {
		return false;
	}
	for (let i = 0; i < items.length; i++) {
		if (kept[i] !== items[i]) {
			return false;
		}
	}
	return true;
}

/** listShape: the siblings are no one list. */
const NOT_ONE_LIST = 0;
/** listShape: one list (bits of the answer). */
const ONE_LIST = 1;
/** listShape: numbered one after the other from its first number. */
const CONSECUTIVE = 2;
/** listShape: an item after the first is numbered 1 after an item numbered 1 or more (see withRestartsAfterHeadings). */
const MAY_RESTART = 4;

/**
 * Whether every item is of one style, in one table or none, under one task, and numbered (the list
 * itself is then the siblings' list: ONE_LIST), and then how its numbers go (CONSECUTIVE,
 * MAY_RESTART), read in the same pass over the markers.
 */
function listShape(text: NoticeText, items: ReadonlyArray<NumberedItem>): number {
	const kind = items[0].marker.kind;
	const table = tableOf(items[0]);
	const prefix = prefixOf(text, items[0]);
	const first = items[0].marker.number;
	let consecutive = true;
	let mayRestart = false;
	let previous = Number.NaN;
	let bare: { table: number | undefined; number: number } | undefined;
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		const marker = item.marker;
		if (marker.kind !== kind || tableOf(item) !== table || isUnnumberedRow(item) || listPrefix(text, item, table, bare) !== prefix) {
			return NOT_ONE_LIST;
		}
		const number = marker.number;
		consecutive &&= number === first + i;
		mayRestart ||= i > 0 && number === 1 && previous >= 1;
		previous = number;
		bare = isBareRow(text, item) ? { table, number } : bare;
	}
	return ONE_LIST | (consecutive ? CONSECUTIVE : 0) | (mayRestart ? MAY_RESTART : 0);
}

/**
 * The list a row's number is in: its compound prefix (see prefixOf), or, for a bracketed number after a bare-numbered row
 * of its table (`1\t实施城市更新行动\t县住建局` / `(1)\t改造老旧小区10个。\t县住建局` / `(2)…` / `2\t…`), that row's: the
 * sub-tasks of task 1, numbered under it as `1-1`, `1-2` are (they gave `编号 1 重复`, and `2` after `(2)` again).
 */
function listPrefix(text: NoticeText, item: NumberedItem, table: number | undefined, bare: { table: number | undefined; number: number } | undefined): string {
	return bare !== undefined && bare.table === table && isBracketedRow(text, item) ? `${bare.number}(` : prefixOf(text, item);
}

/** A table row numbered `(1)`, `（1）`. */
function isBracketedRow(text: NoticeText, item: NumberedItem): boolean {
	// The kind first: the text's character is a load from anywhere in the notice, for every item on every keystroke.
	if (item.marker.kind !== MarkerKind.Row) {
		return false;
	}
	const first = text.charCodeAt(item.marker.start);
	return first === 0x28 || first === 0xff08;
}

/** A table row numbered with digits alone (`1`, `1.`), no compound number. */
function isBareRow(text: NoticeText, item: NumberedItem): boolean {
	// The kind first (see isBracketedRow): reading the character of every item was a third of the numbering scopes' time in an 800 KB notice's keystroke.
	if (item.marker.kind !== MarkerKind.Row || item.marker.end <= item.marker.start) {
		return false;
	}
	const first = text.charCodeAt(item.marker.start);
	return first >= 0x30 && first <= 0x39 && item.marker.numberStart === item.marker.start;
}

/**
 * Rows of a table are numbered per table (附件1 and 附件2 both start at 1); a numbered group row over
 * sub-tasks (`1\t稳定经济增长` over `1-1`) is in its rows' table, numbered among them (`2` after it).
 */
function tableOf(item: NumberedItem): number | undefined {
	if (item.type === 'task') {
		return item.table;
	}
	if (item.marker.kind !== MarkerKind.Row || item.marker.end === item.marker.start) {
		return undefined;
	}
	for (let c = 0; c < item.children.length; c++) {
		const table = tableOf(item.children[c]);
		if (table !== undefined) {
			return table;
		}
	}
	return undefined;
}

/** The task number before a compound row number's own (`1-` of `1-2`); empty for any other number. */
function prefixOf(text: NoticeText, item: NumberedItem): string {
	const marker = item.marker;
	return marker.kind === MarkerKind.Row && marker.numberStart > marker.start ? text.slice(marker.start, marker.numberStart) : '';
}

/** A table row or group without a number of its own: nothing to number (only a row or group marker is ever empty). */
function isUnnumberedRow(item: NumberedItem): boolean {
	return item.marker.kind === MarkerKind.Row && item.marker.start === item.marker.end;
}

/**
 * A scope is checked when one of its items is a task or holds one: numbered lines that carry no task
 * are no task list, and their numbers restart at will (奉化 2022, a progress table read as text:
 * `1.` `2.` in the 下步举措 cell of each row).
 */
function pushChecked(scopes: NumberingScope[], scope: NumberingScope): void {
	for (let l = 0; l < scope.lists.length; l++) {
		const items = scope.lists[l];
		for (let i = 0; i < items.length; i++) {
			if (carriesTask(items[i])) {
				scopes.push(scope);
				return;
			}
		}
	}
}

function carriesTask(item: NumberedItem): boolean {
	if (item.type === 'task') {
		return true;
	}
	for (let c = 0; c < item.children.length; c++) {
		if (carriesTask(item.children[c])) {
			return true;
		}
	}
	return false;
}

/**
 * A table with a group heading left without rows between its rows: a department's extract of the
 * county's table, its own rows with their numbers (`3` under `一、`, then `二、`…`五、` bare, `68`,
 * `69`, `73` under `六、`). Its numbers skip where rows were left out.
 */
function emptySectionAmong(sections: readonly Section[], lists: readonly SiblingList[]): boolean {
	const first = lists[0].items[0].marker.start;
	const lastList = lists[lists.length - 1].items;
	const last = lastList[lastList.length - 1].marker.start;
	for (let i = 0; i < sections.length; i++) {
		const section = sections[i];
		if (section.children.length === 0 && section.marker.start > first && section.marker.start < last) {
			return true;
		}
	}
	return false;
}

/** Where the first list of a kind is expected to start: at its own first number when that is a whole number past 1. */
function openingNumber(number: number): number {
	return Number.isInteger(number) && number > 1 ? number : 1;
}


export interface NumberingProblem {
	item: NumberedItem;
	/** 'duplicate': the number was used before (by `first`); 'gap': it is not the expected one. */
	problem: 'duplicate' | 'gap';
	expected: number;
	first?: NumberedItem;
}

/**
 * The problems of every scope, in scope order. Each scope is walked: a number seen before is a
 * duplicate; any other number is a gap unless it is one past the highest so far, the item's place,
 * or one past the item before it. One list of numbers seen serves every scope (emptied after each):
 * a keystroke's check walks every numbered list, most of a few items.
 */
export function numberingProblems(scopes: readonly NumberingScope[]): NumberingProblem[] {
	const problems: NumberingProblem[] = [];
	const seen = new SeenNumbers();
	for (let s = 0; s < scopes.length; s++) {
		if (scopes[s].inOrder) {
			// No number seen twice nor out of place (see scopeProblems: each is one past the highest), and none set in `seen`.
			continue;
		}
		scopeProblems(scopes[s], seen, problems);
		// Emptied for the next scope: only the numbers this one set.
		for (let l = 0; l < scopes[s].lists.length; l++) {
			seen.forget(scopes[s].lists[l]);
		}
	}
	return problems;
}

/** The problems of one scope, added to `problems`. */
function scopeProblems(scope: NumberingScope, seen: SeenNumbers, problems: NumberingProblem[]): void {
	let highest = scope.firstNumber - 1;
	// The number the item has by its place: one mistake is said once (`1. 2. 3. 3. 5.`: the second
	// 3 is a duplicate, and 5 is no gap; `1 2 3 6 5`: 6 is a gap, and 5 is no second one).
	let place = scope.firstNumber - 1;
	// The number before: a block pasted out of place (`1 2 6 7 3 4 5 8`) breaks the order where it
	// starts (6) and where the list goes back (3); 7 after 6 and 4 after 3 are in order.
	let previous = Number.NaN;
	for (let l = 0; l < scope.lists.length; l++) {
		const items = scope.lists[l];
		for (let k = 0; k < items.length; k++) {
			const item = items[k];
			const number = item.marker.number;
			place++;
			const first = seen.get(number);
			if (first) {
				problems.push({ item, problem: 'duplicate', expected: highest + 1, first });
			} else {
				seen.set(number, item);
				if (number !== highest + 1 && number !== place && number !== previous + 1 && !(scope.selection && number > highest)) {
					// `first` present, as on a duplicate: one hidden class for both problems ("wrong map" in numberGap).
					problems.push({ item, problem: 'gap', expected: highest + 1, first: undefined });
				}
				highest = Math.max(highest, number);
			}
			previous = number;
		}
	}
}

/**
 * A number as its list writes it: in numerals in a list of 一、 or （一）, circled in one of ①, and with
 * the task number a compound row number is under (`1-2`, not 2).
 */
export function writtenNumber(text: NoticeText, item: NumberedItem, number: number): string {
	return prefixOf(text, item) + formatNumber(item.marker.kind, number);
}

/** A number in the numerals of a marker kind: 二 for 一、 and （一）, ② for ①, 2 for the rest. */
export function formatNumber(kind: MarkerKind, value: number): string {
	switch (kind) {
		case MarkerKind.Part:
		case MarkerKind.ChineseSection:
		case MarkerKind.Article:
		case MarkerKind.ParenChinese:
			return formatChineseNumber(value);
		case MarkerKind.Circled:
			return formatCircledNumber(value);
		default:
			return String(value);
	}
}
