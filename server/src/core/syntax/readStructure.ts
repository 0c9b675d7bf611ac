import { drain } from '../text/steps';
import { isBullet, isWhiteSpace } from '../text/characters';
import { emptyList, UNSET } from '../text/objectLists';
import type { Span } from '../text/lineIndex';
import { LineIndex } from '../text/lineIndex';
import { findLabelsAtStops, findLabelsIn, type LabelMatch } from './fieldLabels';
import { CellHint, LabelStops, scanLine } from './lineScan';
import { matchMarker, type MarkerMatch } from './markers';
import { findTables, mayOpenTable } from './readTables';
import type { KeptLines, NoticeStructure, StructureBlock, StructureLine, TableBlock } from './structure';
import type { NoticeText } from '../text/noticeText';


/**
 * The structural pass: every line with its marker, labels, bracket groups, glosses and the markers
 * inside it; tables; blocks. It reads each line on its own (a table reads its own lines), so an
 * edit changes the reading of the lines (or the table) it touches only. O(characters): one scan per
 * line, bounded look-aheads, labels found from colons.
 */
export function readStructure(text: NoticeText, lineIndex = new LineIndex(text)): NoticeStructure {
	return drain(readStructureInSteps(text, lineIndex, Number.MAX_SAFE_INTEGER));
}


/** readStructure in steps of `linesPerStep` lines, for a caller that lets other work run between them. */
export function* readStructureInSteps(text: NoticeText, lineIndex: LineIndex, linesPerStep: number): Generator<void, NoticeStructure, void> {
	const count = lineIndex.lineCount;
	const lines: StructureLine[] = new Array(count);
	const hints = new Uint8Array(count);
	const labelStops = new LabelStops();
	// A step's lines read by readLines, not in a loop here: V8 compiles this loop while the first
	// reading is in it (on-stack replacement) and keeps that code for the next readings, where it
	// met the call to findTables after it without feedback and was thrown away at every reading
	// (the benchmark's notice: "Insufficient type feedback for call" on each of ten readings in one
	// engine, then compiled again inside the measured ones).
	for (let line = 0; line < count; line += linesPerStep) {
		const end = Math.min(count, line + linesPerStep);
		readLines(text, lineIndex, lines, hints, labelStops, line, end);
		// After each full step, as before (read in one go, none).
		if (end - line === linesPerStep) {
			yield;
		}
	}
	const unreadTables: Span[] = [];
	const tables = findTables(text, lines, hints, unreadTables);
	// Its line index, lines and hints stored after the object is made, not in the literal: V8 types a
	// property by the hidden class of the first object stored in it, and optimized code reading a
	// structure relies on that class. An engine's next fresh read stored ones of other classes
	// (--trace-generalization: `lineIndex`, `lines`, `hints` here), and closeTask, readTaskText,
	// addField and mayHoldBrackets were thrown away ("code dependencies") and optimized again inside
	// the read (see blankTaskDraft).
	const structure: NoticeStructure = { text, lineIndex: UNSET, lines: UNSET, blocks: blocksOf(lines, tables), tables, unreadTables, hints: UNSET };
	structure.lineIndex = lineIndex;
	structure.lines = lines;
	structure.hints = hints;
	return structure;
}

/** Lines [from, to) read into `lines` (see readStructureInSteps). */
function readLines(text: NoticeText, lineIndex: LineIndex, lines: StructureLine[], hints: Uint8Array, labelStops: LabelStops, from: number, to: number): void {
	for (let line = from; line < to; line++) {
		lines[line] = readLine(text, lineIndex.lineStart(line), lineIndex.lineEnd(line), line, hints, labelStops);
	}
}

/**
 * The structure of `text`, a new version of `previous`'s text where [edit.start, edit.oldEnd)
 * became [edit.start, edit.newEnd): lines wholly before the edit are taken as they are, lines
 * wholly after it moved, the others read. Tables and blocks are found again over all lines (a
 * table's extent depends on its neighbours); the kept lines it gives (`kept`) leave out those that
 * entered or left a table. Read in one step (`linesPerStep` unbounded), the
 * previous structure is given up: its lines are moved in place (a keystroke in a notice of 200 KB
 * moved thousands of lines into new objects); in steps, the previous structure may be read again
 * (a reading in steps that fails gives no structure, and the next reads from the one before), so
 * they are moved into new objects.
 */
export function* rereadStructureInSteps(previous: NoticeStructure, text: NoticeText, lineIndex: LineIndex, edit: { start: number; oldEnd: number; newEnd: number }, linesPerStep: number): Generator<void, NoticeStructure, void> {
	const count = lineIndex.lineCount;
	const oldLines = previous.lines;
	const oldIndex = previous.lineIndex;
	const lineDelta = count - oldLines.length;
	const delta = edit.newEnd - edit.oldEnd;
	const inPlace = linesPerStep === Number.MAX_SAFE_INTEGER;
	// In one step, the lines of the structure the previous one gave up are written anew (a keystroke made a list of every line).
	const spare = inPlace ? previous.spareLines : undefined;
	const lines: StructureLine[] = spare ?? new Array(count);
	lines.length = count;
	const hints = new Uint8Array(count);
	const labelStops = new LabelStops();
	// Lines [0, before) taken, [after, count) moved: past the first line not taken, up to the last not moved, all count as read.
	let before = -1;
	let after = 0;
	let nextYield = linesPerStep;
	for (let line = 0; line < count; line++) {
		const start = lineIndex.lineStart(line);
		const end = lineIndex.lineEnd(line);
		const old = line - lineDelta;
		if (end <= edit.start && line < oldLines.length && sameSpan(oldIndex, line, start, end)) {
			// Before the edit: the same line (findTables marks table lines again).
			const taken = oldLines[line];
			if (taken.table >= 0 && inPlace) {
				taken.table = -1;
			}
			lines[line] = taken.table < 0 ? taken : outOfTable(taken);
			hints[line] = previous.hints[line];
			if (before >= 0) {
				after = line + 1;
			}
		} else if (start >= edit.newEnd && old >= 0 && old < oldLines.length && sameSpan(oldIndex, old, start - delta, end - delta)) {
			lines[line] = inPlace ? moveLineInPlace(oldLines[old], line, delta) : movedLine(oldLines[old], line, delta);
			hints[line] = previous.hints[old];
			if (before < 0) {
				before = line;
			}
		} else {
			lines[line] = readLine(text, start, end, line, hints, labelStops);
			if (before < 0) {
				before = line;
			}
			after = line + 1;
		}
		if (line + 1 >= nextYield) {
			nextYield += linesPerStep;
			yield;
		}
	}
	const unreadTables: Span[] = [];
	const tables = findTables(text, lines, hints, unreadTables);
	const read = { before: before < 0 ? count : before, after: Math.max(after, before < 0 ? count : before), lineDelta };
	const kept = outsideChangedTables(previous.tables, tables, read);
	return { text, lineIndex, lines, blocks: blocksOf(lines, tables), tables, unreadTables, hints, kept, spareLines: inPlace ? oldLines : undefined };
}

/**
 * `read`, widened over the kept lines whose table membership the edit changed: a table's extent
 * depends on its neighbours, so a line the edit did not touch may enter or leave one (`牵头单位：…`
 * inserted under `一、甲类` in a table of a cell per line ends the table there, and the bare `2` of
 * the next row becomes a page number between lines of text). What a pass decided for such a line
 * (its document part) is not taken from the previous reading.
 */
function outsideChangedTables(previousTables: readonly TableBlock[], tables: readonly TableBlock[], read: KeptLines): KeptLines {
	const oldAfter = read.after - read.lineDelta;
	// Each table's lines outside the read ones, in the new numbering: the previous tables' and the new.
	const was: number[] = [];
	for (const table of previousTables) {
		pushRange(was, table.firstLine, Math.min(table.endLine, read.before));
		pushRange(was, Math.max(table.firstLine, oldAfter) + read.lineDelta, table.endLine + read.lineDelta);
	}
	const is: number[] = [];
	for (const table of tables) {
		pushRange(is, table.firstLine, Math.min(table.endLine, read.before));
		pushRange(is, Math.max(table.firstLine, read.after), table.endLine);
	}
	if (sameBounds(was, is)) {
		return read;
	}
	// Membership is the same between two bounds in a row: the lines in one list and not the other lie
	// between the first and the last bound the two lists do not share. Bounds visited in order, each
	// list by a cursor.
	const bounds = [...was, ...is].sort((a, b) => a - b);
	const inWas = { ranges: was, at: 0 };
	const inIs = { ranges: is, at: 0 };
	let first = -1;
	let last = -1;
	for (let b = 0; b + 1 < bounds.length; b++) {
		if (bounds[b] < bounds[b + 1] && holds(inWas, bounds[b]) !== holds(inIs, bounds[b])) {
			first = first < 0 ? bounds[b] : first;
			last = bounds[b + 1];
		}
	}
	return first < 0 ? read : { before: Math.min(read.before, first), after: Math.max(read.after, last), lineDelta: read.lineDelta };
}

function sameBounds(a: readonly number[], b: readonly number[]): boolean {
	if (a.length !== b.length) {
		return false;
	}
	for (let i = 0; i < a.length; i++) {
		if (a[i] !== b[i]) {
			return false;
		}
	}
	return true;
}

/** Adds [start, end) to sorted disjoint ranges (flattened bounds), when it holds a line. */
function pushRange(ranges: number[], start: number, end: number): void {
	if (start < end) {
		ranges.push(start, end);
	}
}

/** Whether `line` is in the cursor's ranges; lines asked in increasing order. */
function holds(cursor: { ranges: readonly number[]; at: number }, line: number): boolean {
	while (cursor.at < cursor.ranges.length && cursor.ranges[cursor.at + 1] <= line) {
		cursor.at += 2;
	}
	return cursor.at < cursor.ranges.length && cursor.ranges[cursor.at] <= line;
}

function sameSpan(index: LineIndex, line: number, start: number, end: number): boolean {
	return index.lineStart(line) === start && index.lineEnd(line) === end;
}

/** A line read before, as line `line`, `delta` further on: new objects, the previous reading's are left as they were. */
function movedLine(line: StructureLine, number: number, delta: number): StructureLine {
	const moveMarker = (marker: MarkerMatch): MarkerMatch => ({ kind: marker.kind, number: marker.number, start: marker.start + delta, numberStart: marker.numberStart + delta, numberEnd: marker.numberEnd + delta, end: marker.end + delta });
	return asSegment({
		index: number,
		start: line.start + delta,
		end: line.end + delta,
		marker: line.marker && moveMarker(line.marker),
		labels: line.labels.length === 0 ? line.labels : line.labels.map((label) => ({ label: label.label, role: label.role, start: label.start + delta, labelEnd: label.labelEnd + delta, end: label.end + delta })),
		brackets: line.brackets.length === 0 ? line.brackets : line.brackets.map((group) => ({ open: group.open + delta, close: group.close < 0 ? group.close : group.close + delta })),
		glosses: line.glosses.length === 0 ? line.glosses : line.glosses.map((gloss) => ({ start: gloss.start + delta, end: gloss.end + delta })),
		inner: line.inner.length === 0 ? line.inner : line.inner.map((inner) => ({ marker: moveMarker(inner.marker), spaced: inner.spaced })),
		table: -1,
		line: NOT_YET,
		glued: false,
	});
}

/** What a line's `line` is until asSegment makes it the line itself. */
const NOT_YET = undefined as unknown as StructureLine;

/** The line made its own segment (see StructureLine.line), as every line is made. */
function asSegment(line: StructureLine): StructureLine {
	line.line = line;
	return line;
}

/** The line as read, out of any table: written out as readLine writes it (a spread copy is of another hidden class). */
function outOfTable(line: StructureLine): StructureLine {
	return asSegment({ index: line.index, start: line.start, end: line.end, marker: line.marker, labels: line.labels, brackets: line.brackets, glosses: line.glosses, inner: line.inner, table: -1, line: NOT_YET, glued: false });
}

/** movedLine, the line's own objects changed (each is the line's alone: readLine makes them for it). */
function moveLineInPlace(line: StructureLine, number: number, delta: number): StructureLine {
	line.index = number;
	line.table = -1;
	if (delta === 0) {
		return line;
	}
	line.start += delta;
	line.end += delta;
	if (line.marker) {
		shiftMarker(line.marker, delta);
	}
	for (const label of line.labels) {
		label.start += delta;
		label.labelEnd += delta;
		label.end += delta;
	}
	for (const group of line.brackets) {
		group.open += delta;
		if (group.close >= 0) {
			group.close += delta;
		}
	}
	for (const gloss of line.glosses) {
		gloss.start += delta;
		gloss.end += delta;
	}
	for (const inner of line.inner) {
		shiftMarker(inner.marker, delta);
	}
	return line;
}

function shiftMarker(marker: MarkerMatch, delta: number): void {
	marker.start += delta;
	marker.numberStart += delta;
	marker.numberEnd += delta;
	marker.end += delta;
}

/**
 * One line read on its own, from its own characters only: what an incremental reader re-reads for
 * an edited line. Its cell hints (CellHint bits) go to `hints[line]`, for the table finder.
 */
function isFooterDash(code: number): boolean {
	return code === 0x2014 || code === 0x2d || code === 0xff0d || code === 0x2013;
}

/** Past `— 2 —` or `- 2 -` at `start` when a numbered item follows it at once; else `start`. */
function afterGluedFooter(text: NoticeText, start: number, end: number): number {
	let at = start;
	while (at < end && (isFooterDash(text.charCodeAt(at)) || text.charCodeAt(at) === 0x20)) {
		at++;
	}
	const digits = at;
	while (at < end && text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39) {
		at++;
	}
	if (at === digits || at - digits > 4 || at === end) {
		return start;
	}
	while (at < end && text.charCodeAt(at) === 0x20) {
		at++;
	}
	if (!isFooterDash(text.charCodeAt(at))) {
		return start;
	}
	while (at < end && isFooterDash(text.charCodeAt(at))) {
		at++;
	}
	return at < end && matchMarker(text, at) !== undefined ? at : start;
}

/** Past bullets (and the spaces after them) at `start` when a numbered item follows them; else `start`. */
function afterBullets(text: NoticeText, start: number, end: number): number {
	let at = start;
	while (at < end && (isBullet(text.charCodeAt(at)) || (at > start && isWhiteSpace(text.charCodeAt(at))))) {
		at++;
	}
	return at < end && matchMarker(text, at) !== undefined ? at : start;
}

export function readLine(text: NoticeText, lineStart: number, lineEnd: number, line: number, hints: { [line: number]: number }, labelStops: LabelStops): StructureLine {
	let start = lineStart;
	let end = lineEnd;
	// Blank at either end of the line: white space (`[\s\u3000\u00A0\uFEFF]`, and the zero-width space and
	// word joiner a web page leaves), passed with no call where the line starts or ends with a character above
	// U+3000 other than the byte-order mark (nearly every line: an ideograph, `。`, `）`; two calls a line in V8's
	// first tiers otherwise, where a new server reads its first notice).
	for (; start < end; start++) {
		const code = text.charCodeAt(start);
		if ((code > 0x3000 && code !== 0xfeff) || !isWhiteSpace(code)) {
			break;
		}
	}
	for (; end > start; end--) {
		const code = text.charCodeAt(end - 1);
		if ((code > 0x3000 && code !== 0xfeff) || !isWhiteSpace(code)) {
			break;
		}
	}
	const first = start < end ? text.charCodeAt(start) : 0;
	// A line opening with an ideograph (most of a notice's) has no footer's dash nor bullet before it.
	if (first < 0x3400 || first > 0x9fff) {
		if (start < end && isFooterDash(first)) {
			// `— 2 —2.新增城镇就业4000人。`: a PDF's page footer glued before the next item is no text of it.
			start = afterGluedFooter(text, start, end);
		} else if (start < end && isBullet(first)) {
			start = afterBullets(text, start, end);
		}
	}
	const marker = start < end ? matchMarker(text, start) : undefined;
	if (marker && marker.end > end) {
		// Cut where the content ends, in place (the match is the line's own): a copy by spread is of
		// another hidden class than matchMarker's, and the first such line threw away the optimized
		// code reading markers ("wrong map" in moveLineInPlace, scanLine).
		marker.end = end;
	}
	const structureLine: StructureLine = asSegment({ index: line, start, end, marker, labels: NO_LABELS, brackets: NO_BRACKETS, glosses: NO_SPANS, inner: NO_INNER, table: -1, line: NOT_YET, glued: false });
	const scanned = scanLine(text, start, end, structureLine, labelStops);
	let lineHints = scanned & ~CellHint.Colon;
	if (scanned & CellHint.Colon) {
		structureLine.labels = labelsOf(text, start, end, structureLine.glosses, labelStops);
	}
	if (start < end && mayOpenTable(text, structureLine, lineHints)) {
		lineHints |= CellHint.MayOpenTable;
	}
	hints[line] = lineHints;
	return structureLine;
}

// Of the kind a list of objects is (see emptyList); scanLine and labelsOf replace them.
const NO_LABELS: LabelMatch[] = emptyList();
const NO_BRACKETS: StructureLine['brackets'] = emptyList();
const NO_SPANS: Span[] = emptyList();
const NO_INNER: StructureLine['inner'] = emptyList();

/** Labels of the line scanLine has just read (its labelStops); with glosses, found in the line without them (`牽(qiān)頭單位:`) and mapped back. */
function labelsOf(text: NoticeText, start: number, end: number, glosses: readonly Span[], labelStops: LabelStops): LabelMatch[] {
	if (glosses.length === 0) {
		return findLabelsAtStops(text, start, end, labelStops.at, labelStops.count);
	}
	let reading = '';
	const sources: number[] = [];
	let at = start;
	for (const gloss of [...glosses, { start: end, end }]) {
		for (let i = at; i < gloss.start; i++) {
			sources.push(i);
		}
		reading += text.slice(at, gloss.start);
		at = gloss.end;
	}
	sources.push(end);
	// Written out, not spread: one hidden class for every label (see readLine's marker).
	return findLabelsIn(reading, 0, reading.length).map((label) => ({
		label: text.slice(sources[label.start], sources[label.labelEnd - 1] + 1),
		role: label.role,
		start: sources[label.start],
		labelEnd: sources[label.labelEnd - 1] + 1,
		end: sources[label.end - 1] + 1,
	}));
}

/** Tables, and runs of non-blank lines between them. */
function blocksOf(lines: readonly StructureLine[], tables: NoticeStructure['tables']): StructureBlock[] {
	const blocks: StructureBlock[] = emptyList();
	let table = 0;
	for (let i = 0; i < lines.length; ) {
		if (table < tables.length && tables[table].firstLine === i) {
			blocks.push(tables[table]);
			i = tables[table].endLine;
			table++;
			continue;
		}
		if (lines[i].end === lines[i].start) {
			i++;
			continue;
		}
		const first = i;
		while (i < lines.length && lines[i].end > lines[i].start && lines[i].table < 0) {
			i++;
		}
		blocks.push({ kind: 'text', firstLine: first, endLine: i, span: { start: lines[first].start, end: lines[i - 1].end } });
	}
	return blocks;
}
