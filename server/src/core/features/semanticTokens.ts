import type { Marker, Notice, UnitMention } from '../model/types';
import { isUnitRole } from '../syntax/fieldLabels';
import type { LineIndex } from '../text/lineIndex';
import { drain } from '../text/steps';

export const TOKEN_TYPES = ['number', 'label', 'leadUnit', 'responsibleUnit', 'otherUnit'] as const;
export const TOKEN_MODIFIERS = ['unknown', 'collective'] as const;

export interface SemanticToken {
	line: number;
	character: number;
	length: number;
	type: (typeof TOKEN_TYPES)[number];
	modifiers: Array<(typeof TOKEN_MODIFIERS)[number]>;
}

/** Type numbers by the legend's order (TOKEN_TYPES), modifier bits by TOKEN_MODIFIERS': a mark's code is the type in four bits, the modifiers above (see Marks.add). */
const NUMBER = 0;
const LABEL = 1;
const UNIT_TYPES = { lead: 2, responsible: 3, other: 4 } as const;
const UNKNOWN = 1;
const COLLECTIVE = 2;

/**
 * Tokens for markers, field labels and units, in document order, as the protocol sends them: five
 * integers each, the line relative to the token before, the start relative to it on the same line,
 * the length, the type's number and the modifiers' bits by the legend's order (TOKEN_TYPES,
 * TOKEN_MODIFIERS). Relative positions keep an edit local: a keystroke changes a few numbers of the
 * line it is on and nothing after it (`numberEdits`). A unit broken across lines gives one token
 * per line, since a token cannot span lines.
 */
export function encodedSemanticTokens(notice: Notice, isUnknown: (mention: UnitMention) => boolean): Int32Array {
	return drain(encodedSemanticTokensInSteps(notice, isUnknown, Number.MAX_SAFE_INTEGER));
}

/**
 * The same, yielding every `tasksPerStep` tasks gone over (a notice of megabytes: some ten thousand
 * tasks). Made on every version of an open notice VS Code shows (it asks for them after each
 * keystroke): one pass over the tasks into flat arrays and one over the marks, no object per token
 * (a notice of 200 KB took 4 ms a keystroke with an object and a function per token, and as much
 * again in garbage collection).
 */
export function* encodedSemanticTokensInSteps(notice: Notice, isUnknown: (mention: UnitMention) => boolean, tasksPerStep: number): Generator<void, Int32Array, void> {
	// At least a task a step: with none, the steps would never move on.
	const perStep = Math.max(1, tasksPerStep);
	const marks = new Marks(notice.sections.length + notice.tasks.length);
	const sorted = yield* collectMarks(notice, isUnknown, marks, perStep);
	const order = sorted ? undefined : marks.order();
	yield;
	// Some five marks a task: as many a step.
	return yield* encode(marks, order, notice.lineIndex, perStep * 5);
}

/** What the protocol's five integers say, token by token. */
export function decodeSemanticTokens(data: ArrayLike<number>): SemanticToken[] {
	const tokens: SemanticToken[] = [];
	let line = 0;
	let character = 0;
	for (let at = 0; at + 4 < data.length; at += 5) {
		line += data[at];
		character = data[at] === 0 ? character + data[at + 1] : data[at + 1];
		const bits = data[at + 4];
		tokens.push({ line, character, length: data[at + 2], type: TOKEN_TYPES[data[at + 3]], modifiers: TOKEN_MODIFIERS.filter((_, index) => (bits & (1 << index)) !== 0) });
	}
	return tokens;
}

/**
 * The marks to make tokens of: where each starts and ends, its type and modifiers, and its rank.
 * They are ordered by start, then rank: every heading's and task's marker first (by their starts,
 * a section's before a task's at the same place), then the labels and units task by task, field by
 * field. Collected in document order (a task's marker, then its fields), which is that order but
 * where a table's wrapped cells interleave their lines: then they are sorted.
 */
class Marks {
	count = 0;
	starts: Int32Array;
	ends: Int32Array;
	ranks: Int32Array;
	codes: Uint8Array;

	constructor(capacity: number) {
		const size = Math.max(16, capacity * 6);
		this.starts = new Int32Array(size);
		this.ends = new Int32Array(size);
		this.ranks = new Int32Array(size);
		this.codes = new Uint8Array(size);
	}

	/** Adds a mark; false when it comes before the one added last (the marks are then sorted). */
	add(start: number, end: number, type: number, modifiers: number, rank: number): boolean {
		if (this.count === this.starts.length) {
			this.grow();
		}
		const at = this.count++;
		this.starts[at] = start;
		this.ends[at] = end;
		this.ranks[at] = rank;
		this.codes[at] = type | (modifiers << 4);
		return at === 0 || this.starts[at - 1] < start || (this.starts[at - 1] === start && this.ranks[at - 1] < rank);
	}

	/** The marks' indices by start, then rank. */
	order(): Int32Array {
		const order = new Int32Array(this.count);
		for (let i = 0; i < order.length; i++) {
			order[i] = i;
		}
		const { starts, ranks } = this;
		return order.sort((a, b) => starts[a] - starts[b] || ranks[a] - ranks[b]);
	}

	private grow(): void {
		const size = this.starts.length * 2;
		const grown = (from: Int32Array) => {
			const to = new Int32Array(size);
			to.set(from);
			return to;
		};
		this.starts = grown(this.starts);
		this.ends = grown(this.ends);
		this.ranks = grown(this.ranks);
		const codes = new Uint8Array(size);
		codes.set(this.codes);
		this.codes = codes;
	}
}

/**
 * Adds the notice's marks in document order, yielding every `tasksPerStep` tasks; whether they came
 * in their order (see Marks). The steps call a plain function: a loop in a generator ran slower.
 */
function* collectMarks(notice: Notice, isUnknown: (mention: UnitMention) => boolean, marks: Marks, tasksPerStep: number): Generator<void, boolean, void> {
	const state: Collecting = { section: 0, task: 0, item: 0, rank: notice.sections.length + notice.tasks.length, inOrder: true };
	while (!collectSome(notice, isUnknown, marks, state, tasksPerStep)) {
		yield;
	}
	return state.inOrder;
}

interface Collecting {
	section: number;
	task: number;
	item: number;
	rank: number;
	inOrder: boolean;
}

/** Adds the marks of the next items, up to `tasks` tasks; whether every item is added. */
function collectSome(notice: Notice, isUnknown: (mention: UnitMention) => boolean, marks: Marks, state: Collecting, tasks: number): boolean {
	const { sections } = notice;
	const all = notice.tasks;
	const markers = sections.length + all.length;
	let { section, task, rank, inOrder } = state;
	const lastTask = Math.min(all.length, task + tasks);
	let item = state.item;
	// Sections and tasks each in document order, merged by their markers' starts (a section's first where they tie).
	for (; item < markers; item++) {
		if (section < sections.length && (task === all.length || sections[section].marker.start <= all[task].marker.start)) {
			const heading = sections[section++];
			inOrder = addMarker(marks, heading.marker, item) && inOrder;
			// The units a heading names for the tasks under it (`一、市发改委牵头的工作`): hover and references take them as the tasks' leads.
			for (let u = 0; u < heading.units.length; u++) {
				inOrder = addUnit(marks, heading.units[u], isUnknown, rank++) && inOrder;
			}
			continue;
		}
		if (task === lastTask) {
			break;
		}
		const current = all[task++];
		inOrder = addMarker(marks, current.marker, item) && inOrder;
		const fields = current.fields;
		for (let f = 0; f < fields.length; f++) {
			const field = fields[f];
			if (field.label.length > 0) {
				inOrder = marks.add(field.labelStart, field.labelEnd, LABEL, 0, rank++) && inOrder;
			}
			if (!isUnitRole(field.role)) {
				continue;
			}
			const units = current.units;
			for (let u = field.unitStart; u < field.unitEnd; u++) {
				inOrder = addUnit(marks, units[u], isUnknown, rank++) && inOrder;
			}
		}
	}
	Object.assign(state, { section, task, item, rank, inOrder });
	return item === markers;
}

/** A unit's name, typed by its role, marked unknown or collective. */
function addUnit(marks: Marks, unit: UnitMention, isUnknown: (mention: UnitMention) => boolean, rank: number): boolean {
	const modifiers = (isUnknown(unit) ? UNKNOWN : 0) | (unit.collective ? COLLECTIVE : 0);
	return marks.add(unit.start, unit.end, UNIT_TYPES[unit.role], modifiers, rank);
}

/** A marker's number and the punctuation right after it (`12.`, `（三）` whole). */
function addMarker(marks: Marks, marker: Marker, rank: number): boolean {
	const end = marker.numberEnd + 1 <= marker.end ? marker.numberEnd + 1 : marker.end;
	return marks.add(marker.start, end, NUMBER, 0, rank);
}

/** The marks, in `order` (or as collected), as tokens line by line, encoded; yielding every `marksPerStep` marks. */
function* encode(marks: Marks, order: Int32Array | undefined, lineIndex: LineIndex, marksPerStep: number): Generator<void, Int32Array, void> {
	// Some tokens a mark (one a line of a name the wrap cut): a mark a token, more as they come.
	const state: Encoding = { data: new Int32Array(marks.count * 5 + 5), length: 0, mark: 0, line: 0, lastLine: 0, lastCharacter: 0 };
	while (!encodeSome(marks, order, lineIndex, state, marksPerStep)) {
		yield;
	}
	// In a typed array: a list of numbers pushed five a token spent nine tenths of the time in push,
	// and one of a token's size (a quarter-megabyte object for a 200 KB notice) in its allocation.
	// The protocol's list is made of it only where whole tokens are sent; a keystroke sends the edit.
	// Kept as it is unless grown past twice its tokens (the service keeps it with the version).
	const { data, length } = state;
	return data.length > 2 * length + 5 ? data.slice(0, length) : data.subarray(0, length);
}

function grown(data: Int32Array): Int32Array {
	const to = new Int32Array(data.length * 2);
	to.set(data);
	return to;
}

interface Encoding {
	data: Int32Array;
	length: number;
	/** The next mark to encode (its place in the order). */
	mark: number;
	/** The line holding the last mark's start: marks come by their starts, so it only moves on. */
	line: number;
	lastLine: number;
	lastCharacter: number;
}

/** Encodes the next `count` marks; whether every mark is encoded. */
function encodeSome(marks: Marks, order: Int32Array | undefined, lineIndex: LineIndex, state: Encoding, count: number): boolean {
	const { starts, ends, codes } = marks;
	let { data, length } = state;
	const lineStarts = lineIndex.starts;
	const lineEnds = lineIndex.ends;
	const lineNexts = lineIndex.nextStarts;
	const lineCount = lineStarts.length;
	let { line: cursor, lastLine, lastCharacter } = state;
	const last = Math.min(marks.count, state.mark + count);
	let i = state.mark;
	for (; i < last; i++) {
		const mark = order === undefined ? i : order[i];
		const start = starts[mark];
		const end = ends[mark];
		// Marks come by their starts (as collected or sorted), so the line only moves on.
		while (cursor + 1 < lineCount && lineStarts[cursor + 1] <= start) {
			cursor++;
		}
		const type = codes[mark] & 0xf;
		const modifiers = codes[mark] >> 4;
		for (let line = cursor; line < lineCount; line++) {
			const lineStart = lineStarts[line];
			const from = start > lineStart ? start : lineStart;
			const to = end < lineEnds[line] ? end : lineEnds[line];
			if (to > from) {
				const character = from - lineStart;
				if (length + 5 > data.length) {
					data = grown(data);
				}
				data[length] = line - lastLine;
				data[length + 1] = line === lastLine ? character - lastCharacter : character;
				data[length + 2] = to - from;
				data[length + 3] = type;
				data[length + 4] = modifiers;
				length += 5;
				lastLine = line;
				lastCharacter = character;
			}
			if (lineNexts[line] >= end) {
				break;
			}
		}
	}
	state.data = data;
	state.length = length;
	state.mark = i;
	state.line = cursor;
	state.lastLine = lastLine;
	state.lastCharacter = lastCharacter;
	return i === marks.count;
}
