import { MarkerKind } from '../syntax/markers';
import type { Notice, Section, Task } from './types';

export type NumberedItem = Section | Task;

/** Items numbered in one sequence: siblings, or a style that continues across sections (1–10 under 一、, 11–20 under 二、). */
export interface NumberingScope {
	kind: MarkerKind;
	items: NumberedItem[];
	/** The number the first item should have. */
	firstNumber: number;
}

/**
 * Groups the numbered items of a notice into sequences. Under several parents a style either restarts
 * at 1 in each (tongxiang) or continues (tunxi's （四） under 二、); the notice's own habit decides.
 */
export function numberingScopes(notice: Notice): NumberingScope[] {
	const lists = new Map<string, { kind: MarkerKind; items: NumberedItem[] }>();
	const parents = new Map<object, number>();
	const parentId = (parent: object | undefined) => {
		if (!parent) {
			return 0;
		}
		let id = parents.get(parent);
		if (id === undefined) {
			id = parents.size + 1;
			parents.set(parent, id);
		}
		return id;
	};
	const visit = (items: ReadonlyArray<NumberedItem>, parent: object | undefined) => {
		// The list of the item before, which the next sibling nearly always joins (a key made and looked up per task was most of the walk).
		let last: { kind: MarkerKind; table: number | undefined; list: { kind: MarkerKind; items: NumberedItem[] } } | undefined;
		// Indexed: run once per check over every item, this loop stays in the interpreter long, where each step of an iterator is an object.
		for (let i = 0; i < items.length; i++) {
			const item = items[i];
			const marker = item.marker;
			// Only a row or group marker is ever empty: its offsets are compared for those alone.
			if (marker.kind === MarkerKind.Row && marker.start === marker.end) {
				// A table row or group without a number of its own: nothing to number.
				if (item.type === 'section') {
					visit(item.children, item);
				}
				continue;
			}
			// Rows of a table are numbered per table (附件1 and 附件2 both start at 1).
			const tableIndex = item.type === 'task' ? item.table : undefined;
			if (last === undefined || last.kind !== item.marker.kind || last.table !== tableIndex) {
				const table = tableIndex !== undefined ? `/table${tableIndex}` : '';
				const key = `${item.marker.kind}/${parentId(parent)}${table}`;
				let list = lists.get(key);
				if (!list) {
					list = { kind: item.marker.kind, items: [] };
					lists.set(key, list);
				}
				last = { kind: item.marker.kind, table: tableIndex, list };
			}
			last.list.items.push(item);
			if (item.type === 'section') {
				visit(item.children, item);
			}
		}
	};
	visit(notice.children, undefined);

	const byKind = new Map<string, Array<{ kind: MarkerKind; items: NumberedItem[] }>>();
	for (const [key, list] of lists) {
		// Tables never continue one another's numbering.
		const table = /\/table\d+$/.exec(key);
		const group = table ? table[0] : String(list.kind);
		const kindLists = byKind.get(group);
		if (kindLists) {
			kindLists.push(list);
		} else {
			byKind.set(group, [list]);
		}
	}
	const scopes: NumberingScope[] = [];
	for (const kindLists of byKind.values()) {
		const kind = kindLists[0].kind;
		kindLists.sort((a, b) => a.items[0].marker.start - b.items[0].marker.start);
		const later = kindLists.slice(1);
		const restarts = later.filter((list) => list.items[0].marker.number === 1).length;
		const continues = later.length > 0 && restarts * 2 < later.length;
		// The first list of a kind may start past 1: a notice published in parts continues the
		// numbering of the part before (武汉 2023 分解方案（下） opens at `（六）` and `116.`), and a
		// table copied from page 3 opens at row 80. Only the numbers after its first are checked.
		const opening = openingNumber(kindLists[0].items[0].marker.number);
		if (continues) {
			pushChecked(scopes, { kind, items: kindLists.flatMap((list) => list.items), firstNumber: opening });
		} else {
			for (let l = 0; l < kindLists.length; l++) {
				pushChecked(scopes, { kind, items: kindLists[l].items, firstNumber: l === 0 ? opening : 1 });
			}
		}
	}
	return scopes;
}

/**
 * A scope is checked when one of its items is a task or holds one: numbered lines that carry no task
 * are no task list, and their numbers restart at will (奉化 2022, a progress table read as text:
 * `1.` `2.` in the 下步举措 cell of each row).
 */
function pushChecked(scopes: NumberingScope[], scope: NumberingScope): void {
	for (let i = 0; i < scope.items.length; i++) {
		if (carriesTask(scope.items[i])) {
			scopes.push(scope);
			return;
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

/** Where the first list of a kind is expected to start: at its own first number when that is a whole number past 1. */
function openingNumber(number: number): number {
	return Number.isInteger(number) && number > 1 ? number : 1;
}

/** Numbers below it are kept by index (a holey array past it would be a dictionary). */
const SMALL_NUMBER = 100_000;

export interface NumberingProblem {
	item: NumberedItem;
	/** 'duplicate': the number was used before (by `first`); 'gap': it is not the expected one. */
	problem: 'duplicate' | 'gap';
	expected: number;
	first?: NumberedItem;
}

/**
 * The problems of every scope, in scope order. Each scope is walked: a number seen before is a
 * duplicate; any other number that is not one past the highest so far is a gap. One list of numbers
 * seen serves every scope (emptied after each): a keystroke's check walks every numbered list, most
 * of a few items.
 */
export function numberingProblems(scopes: readonly NumberingScope[]): NumberingProblem[] {
	const problems: NumberingProblem[] = [];
	// By number in an array while numbers are small (a list's are), else in a map: a keystroke walks every task.
	const seenSmall: Array<NumberedItem | undefined> = [];
	let seenLarge: Map<number, NumberedItem> | undefined;
	for (let s = 0; s < scopes.length; s++) {
		const scope = scopes[s];
		let highest = scope.firstNumber - 1;
		const items = scope.items;
		for (let k = 0; k < items.length; k++) {
			const item = items[k];
			const number = item.marker.number;
			const small = isSmall(number);
			const first = small ? seenSmall[number] : seenLarge?.get(number);
			if (first) {
				problems.push({ item, problem: 'duplicate', expected: highest + 1, first });
				continue;
			}
			if (small) {
				while (seenSmall.length < number) {
					seenSmall.push(undefined);
				}
				seenSmall[number] = item;
			} else {
				(seenLarge ??= new Map()).set(number, item);
			}
			if (number !== highest + 1) {
				// `first` present, as on a duplicate: one hidden class for both problems ("wrong map" in numberGap).
				problems.push({ item, problem: 'gap', expected: highest + 1, first: undefined });
			}
			highest = Math.max(highest, number);
		}
		// Emptied for the next scope: only the numbers this one set.
		for (let k = 0; k < items.length; k++) {
			const number = items[k].marker.number;
			if (isSmall(number)) {
				seenSmall[number] = undefined;
			}
		}
		seenLarge?.clear();
	}
	return problems;
}

function isSmall(number: number): boolean {
	return number >= 0 && number < SMALL_NUMBER && Number.isInteger(number);
}
