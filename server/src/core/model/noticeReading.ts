import { drain } from '../text/steps';
import { interpretRunsInSteps } from '../interpret/interpretNotice';
import type { ReadingMemo } from '../interpret/readingMemo';
import { isTitleRepeated, noticeTitleOf, type DocumentParts } from '../interpret/documentParts';
import type { Segment } from '../interpret/gluedLines';
import { noItemFacts, type ItemFacts, type ItemObjects } from '../interpret/itemDecisions';
import type { EditedRegion, FinishDecisions, PreviousRuns, SpareLists, TaskRun } from '../interpret/taskRuns';
import { readStructureInSteps, rereadStructureInSteps } from '../syntax/readStructure';
import type { NoticeStructure } from '../syntax/structure';
import type { ContentChange } from '../text/lineDocument';
import { LineIndex } from '../text/lineIndex';
import { sameCharacters, type NoticeText } from '../text/noticeText';
import { emptyNotice, unitsIfMade } from './readNotice';
import type { Notice } from './types';

/**
 * A notice with what its reading keeps for the next version of its text: the runs of tasks it
 * read. An open document is read again from its previous reading (rereadNotice); a file on disk
 * is read once (parseNotice).
 */
export interface NoticeReading {
	readonly notice: Notice;
	/** Undefined when the reading failed: the next one reads everything. */
	readonly structure: NoticeStructure | undefined;
	readonly runs: readonly TaskRun[];
	/** What its finish decided over the whole notice (undefined when the reading failed). */
	readonly finish?: FinishDecisions;
	/** What each of its items carries (see decideItemsInSteps). */
	readonly items?: ItemFacts;
	/** Its document parts (see refindDocumentParts). */
	readonly parts?: DocumentParts;
	/** Its segments (see splitGluedLines). */
	readonly segments?: readonly Segment[];
	/** Its item objects (see decideItemsInSteps). */
	readonly itemObjects?: ItemObjects;
	/** Lists the next reading in one go fills (see SpareLists). */
	readonly spare?: SpareLists;
}

export function readNotice(text: NoticeText, memo: ReadingMemo): NoticeReading {
	return drain(readNoticeInSteps(text, memo, undefined, undefined, Number.MAX_SAFE_INTEGER));
}

/**
 * The reading of `text`, a new version of the previous reading's text, re-reading only the runs of
 * tasks whose lines changed or are read otherwise (see TaskRun). `changes` (the editor's, in
 * order) say where the text changed; without them the two texts are compared. The previous
 * reading gives its tasks up: its notice is not to be read again; and the lists of the reading
 * before it are written anew (see SpareLists).
 */
export function rereadNotice(previous: NoticeReading, text: NoticeText, memo: ReadingMemo, changes?: readonly ContentChange[]): NoticeReading {
	return drain(readNoticeInSteps(text, memo, previous, changes, Number.MAX_SAFE_INTEGER));
}

/**
 * readNotice (or rereadNotice, given the previous reading) in steps of about `linesPerStep` lines,
 * for a host that lets other work run between steps: a notice of megabytes then blocks no request.
 * The core yields; waiting is the host's (it has the event loop, the core has no timers).
 */
export function* readNoticeInSteps(text: NoticeText, memo: ReadingMemo, previous: NoticeReading | undefined, changes: readonly ContentChange[] | undefined, linesPerStep: number): Generator<void, NoticeReading, void> {
	// A text may be pieces joined (an edited version is `before + inserted + after`): V8 copies them
	// into one string when a character is first read, 5-10 ms for 2 MB; read in steps, that is a
	// step of its own.
	text.charCodeAt(0);
	yield;
	// The edit is found before the lines: the previous reading's line index gives those outside it.
	const edit = previous && regionToReadAgain(previous.notice, text, changes);
	const lineIndex = previous && edit ? LineIndex.afterEdit(previous.notice.lineIndex, text, edit) : new LineIndex(text);
	yield;
	try {
		let structure: NoticeStructure;
		let runs: PreviousRuns | undefined;
		if (previous && edit) {
			// Read in steps, the previous notice is still the index's until the last: its runs are copied.
			// The title is read notice-wide (a page's header repeating it, anywhere below, is passed over):
			// an edit of a title written again below reads every task again.
			const before = noticeTitleOf(previous.notice.text);
			const after = noticeTitleOf(text);
			const sameHeaders = before === after || (!isTitleRepeated(previous.notice.text, before) && !isTitleRepeated(text, after));
			runs = sameHeaders ? { runs: previous.runs, cursor: 0, delta: 0, edit, finish: previous.finish, items: previous.items ?? noItemFacts(), parts: previous.parts, segments: previous.segments, itemObjects: previous.itemObjects, copy: linesPerStep < Number.MAX_SAFE_INTEGER, units: unitsIfMade(previous.notice), tasks: previous.notice.tasks, sections: previous.notice.sections, children: previous.notice.children, spare: previous.spare } : undefined;
			structure = previous.structure ? yield* rereadStructureInSteps(previous.structure, text, lineIndex, edit, linesPerStep) : yield* readStructureInSteps(text, lineIndex, linesPerStep);
		} else {
			structure = yield* readStructureInSteps(text, lineIndex, linesPerStep);
		}
		yield;
		const read = yield* interpretRunsInSteps(structure, memo, runs, linesPerStep);
		return { notice: read.notice, structure, runs: read.runs, finish: read.finish, items: read.items, parts: read.parts, segments: read.segments, itemObjects: read.itemObjects, spare: read.spare };
	} catch (error) {
		const notice = emptyNotice(text, lineIndex);
		notice.findings.push({ code: 'parse-failure', span: { start: 0, end: 0 }, args: [String(error)] });
		return { notice, structure: undefined, runs: [] };
	}
}

/**
 * editedRegion, or undefined (a fresh read) should it fail — a reading never throws — or span half
 * the previous text or more. A replace-all sends thousands of edits from the first line to the last
 * (2,000 on the benchmark's 200 KB notice): read again from the previous reading, nearly every run
 * is read anew and the runs, items and lists kept for reuse are walked and moved besides; that cost
 * 1,051 M instructions against 788 M for a fresh read of the same text (cachegrind, in-process, the
 * engine's first such change included).
 */
function regionToReadAgain(previous: Notice, text: NoticeText, changes: readonly ContentChange[] | undefined): EditedRegion | undefined {
	try {
		const edit = editedRegion(previous, text, changes);
		return 2 * (edit.oldEnd - edit.start) < previous.text.length ? edit : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Where `text` differs from the previous notice's text: from one ranged change (typing), checked
 * against both texts; else by comparing the texts from both ends.
 */
export function editedRegion(previous: Notice, text: NoticeText, changes: readonly ContentChange[] | undefined): EditedRegion {
	const before = previous.text;
	if (changes && changes.length === 1 && 'range' in changes[0]) {
		const change = changes[0];
		const from = previous.lineIndex.offsetAt(change.range.start);
		const to = previous.lineIndex.offsetAt(change.range.end);
		// A range given end first is the same range (as LineDocument applies it).
		const start = Math.min(from, to);
		const oldEnd = Math.max(from, to);
		const newEnd = start + change.text.length;
		// Checked, not trusted: a position clamped otherwise than the editor did would reuse runs it changed.
		// (Strings compare natively, microseconds for 200 KB; texts in blocks skip the blocks they share.)
		if (
			text.length === before.length - (oldEnd - start) + change.text.length &&
			text.startsWith(change.text, start) &&
			sameCharacters(text, 0, before, 0, start) &&
			sameCharacters(text, newEnd, before, oldEnd, text.length - newEnd)
		) {
			return { start, oldEnd, newEnd };
		}
	}
	const shorter = Math.min(before.length, text.length);
	let start = 0;
	while (start < shorter && before.charCodeAt(start) === text.charCodeAt(start)) {
		start++;
	}
	let tail = 0;
	while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) {
		tail++;
	}
	return { start, oldEnd: before.length - tail, newEnd: text.length - tail };
}
