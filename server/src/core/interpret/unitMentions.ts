import type { Field, FieldStyle, LeadConvention, ParseFinding, Task, UnitMention } from '../model/types';
import type { UnitRole } from '../syntax/fieldLabels';
import type { NoticeStructure } from '../syntax/structure';
import { SpannedText } from '../text/spannedText';
import { writerRepeatsLevelPrefix, type PrefixHabits, type UnitListResult } from '../units/splitUnitList';
import { earlierConvention } from './conventions';
import type { Segment } from './gluedLines';
import type { WordedList } from './leadWording';
import type { ReadingMemo } from './readingMemo';
import { piecesWithoutGlosses, type Piece } from './segmentText';
import { pageBreakLinesIn } from './documentParts';
import { isWhiteSpace } from '../text/characters';
import { emptyList } from '../text/objectLists';
import type { NoticeText } from '../text/noticeText';

/**
 * A task's units until closeTask gives it a list of its own, before anything reads them: no list
 * made per task to be dropped. Never added to.
 */
export const NO_UNITS: UnitMention[] = [];

/** A mention that may take its group's level prefix, with its name as read (a reading again starts from it). */
export interface PrefixCandidate {
	mention: UnitMention;
	prefix: string;
	name: string;
	key: string;
	completed: boolean;
}

/**
 * Unit lists read into mentions, for one reading of a notice: keys computed once per name, the
 * first-listed convention and bracket problems met on the way, and the level prefixes a writer
 * may have written once, distributed at the end by the writer's habit across the whole notice.
 */
export class UnitMentions {
	/** The earliest first-listed convention declared inside a unit list or a worded parenthesis. */
	convention: LeadConvention | undefined;
	/** Every declaration, in reading order: a run of tasks read again declares its own again. Of one kind empty or not (see emptyList): the walk reads its length either way. */
	readonly declared: LeadConvention[] = emptyList();
	/** The level-prefix habits of the unit groups read (each group's is kept on its first unit), and the mentions that may take their group's prefix: see writerRepeatsLevelPrefix. */
	readonly prefixHabits: PrefixHabits = { repeated: 0, omitted: 0 };
	/** Of one kind empty or not (see emptyList): readRun reads its length either way ("wrong map" in readRun). */
	readonly prefixCandidates: PrefixCandidate[] = emptyList();
	constructor(
		private readonly structure: NoticeStructure,
		private readonly memo: ReadingMemo,
		private readonly findings: ParseFinding[],
	) {}

	declare(convention: LeadConvention): void {
		this.declared.push(convention);
		this.convention = earlierConvention(this.convention, convention);
	}

	/**
	 * A field for a worded list (`A牵头`, `B参与`): its units in the list's role, glosses left out, added to `into` (see fill).
	 * `inCell`: the list is a table cell's, whose wrap is no broken name (`│市税务局牵头,市│` / `│财政局配合│`).
	 */
	listField(task: Task, list: WordedList, label: string, labelStart: number, labelEnd: number, style: FieldStyle, into: UnitMention[], given?: Piece[], inCell = false): Field {
		const field: Field = { role: list.role, label, labelStart, labelEnd, valueStart: list.start, valueEnd: list.end, style, unitStart: into.length, unitEnd: into.length };
		if (given) {
			// A field's value over lines, read as its pieces (a line break between units one a line is a separator).
			this.fill(task, field, SpannedText.of(given), list.role, inCell, into);
			return field;
		}
		const { lines, lineIndex, text } = this.structure;
		const line = lines[lineIndex.positionAt(list.start).line];
		const segment: Segment = { line, start: line.start, end: line.end, marker: undefined, glued: false };
		// `市财政局、` / `— 2 —` / `各区人民政府配合）`: a page's footer inside the list is no part of a name, nor
		// is the white space a PDF's copy leaves at a line's end (`人力资源社  ` / `会保障部`).
		const breaks = pageBreakLinesIn(text, list.start, list.end);
		const pieces: Piece[] = [];
		let from = list.start;
		for (let b = 0; b <= breaks.length; b++) {
			const to = b < breaks.length ? breaks[b].start : list.end;
			for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) {
				let lineEnd = at;
				while (lineEnd > from && isWhiteSpace(text.charCodeAt(lineEnd - 1))) {
					lineEnd--;
				}
				piecesWithoutGlosses(text, segment, from, lineEnd, pieces);
				from = at;
			}
			piecesWithoutGlosses(text, segment, from, to, pieces);
			from = b < breaks.length ? breaks[b].end : to;
		}
		this.fill(task, field, SpannedText.of(pieces), list.role, inCell, into);
		return field;
	}

	/**
	 * Splits the field's value into mentions of `task`, in `role`, added to `into` (the task's units
	 * as they are read, or a heading's): the field's are `into` from its unitStart to its unitEnd.
	 * `inCell`: a wrapped table cell is no broken name. `list`: the value's list, when the caller looked it up.
	 */
	fill(task: Task, field: Field, source: SpannedText, role: UnitRole, inCell: boolean, into: UnitMention[], list: UnitListResult = this.memo.unitList(source.text)): void {
		const text = this.structure.text;
		if (list.convention) {
			this.declare({ firstListedLeads: true, span: source.sourceSpan(list.convention.start, list.convention.end) });
		}
		// Indexed loops, here and below: a notice's first fields are read in the interpreter, where each step of an iterator is an object.
		const unbalanced = list.unbalanced;
		for (let u = 0; u < unbalanced.length; u++) {
			const offset = unbalanced[u];
			const at = source.sourceOffset(offset);
			this.findings.push({ code: 'unbalanced-bracket', span: { start: at, end: at + 1 }, args: [source.text[offset]] });
		}
		const habits = list.prefixHabits;
		if (habits.repeated !== 0 || habits.omitted !== 0) {
			const counted = this.prefixHabits;
			counted.repeated += habits.repeated;
			counted.omitted += habits.omitted;
		}
		// One piece (nearly every value): source offsets are list offsets plus `base`, and the written
		// text of a draft is the one the memo's list keeps, shared by every list of the same text.
		const base = source.contiguous ? source.start : -1;
		// A value in one piece on one line (nearly every one) breaks no name: one test of it, not a loop over each name.
		const mayBreakNames = !inCell && (base < 0 || list.lineBreak);
		field.unitStart = into.length;
		// The list's drafts and each draft's offsets loaded once (each load is a call in V8's first tiers, where a new
		// server's first read fills 3,416 mentions of the benchmark's 200 KB notice).
		const units = list.units;
		const count = units.length;
		// Whether a draft may be a title (nearly no list names one): not asked of each draft then.
		const mayNameLeader = list.leaders > 0;
		for (let d = 0; d < count; d++) {
			const draft = units[d];
			const draftStart = draft.start;
			const draftEnd = draft.end;
			const draftNameEnd = draft.nameEnd;
			// Offsets in the text: the list's plus `base`, or mapped piece by piece (as SpannedText.sourceSpan maps a span).
			const start = base >= 0 ? base + draftStart : source.sourceOffset(draftStart);
			const end = base >= 0 ? base + draftEnd : draftEnd > draftStart ? source.sourceOffset(draftEnd - 1) + 1 : start;
			if (mayNameLeader && draft.leader) {
				// 牵头单位：分管副市长、市发改委: a title in a unit list is the task's leader, not a unit.
				task.leader ??= { text: text.slice(start, end), span: { start, end } };
				continue;
			}
			const nameEnd = draftNameEnd === draftEnd ? end : base >= 0 ? base + draftNameEnd : draftNameEnd > draftStart ? source.sourceOffset(draftNameEnd - 1) + 1 : start;
			const name = draft.name;
			const key = draft.key ?? this.memo.unitKey(name);
			const written = base >= 0 ? draft.written : text.slice(start, end);
			const unitRole = draft.leads ? 'lead' : role;
			// Only the name counts, and only a line break: a wrapped table cell is no paste damage.
			const brokenAcrossLines = mayBreakNames && hasLineBreak(text, start, nameEnd);
			// An object literal, which V8 allocates in the old generation once it sees that they live
			// long (a class's instances are made young and copied by every scavenge: measured slower).
			// Twelve properties, 120 bytes (V8 gives each 8); a name's tail and its qualifier are added
			// only to the few that have one, whose shape then extends the common one.
			const mention: UnitMention = { name, key, written, start, end, nameEnd, role: unitRole, collective: draft.collective, completed: draft.completed, brokenAcrossLines, group: draft.group, task };
			const tailStart = draft.tailStart;
			const qualifier = draft.qualifier;
			if (tailStart !== undefined || qualifier) {
				mention.nameTailSpan = tailStart === undefined ? undefined : source.sourceSpan(tailStart, draftEnd);
				mention.qualifier = qualifier && { text: qualifier.text, span: source.sourceSpan(qualifier.start, qualifier.end), kind: qualifier.kind };
			}
			if (draft.levelPrefix) {
				this.prefixCandidates.push({ mention, prefix: draft.levelPrefix, name: mention.name, key: mention.key, completed: mention.completed });
			}
			into.push(mention);
		}
		field.unitEnd = into.length;
	}

	/** A run of tasks taken from the previous reading: its groups' habits, as that reading counted them. */
	addPrefixHabits(habits: Readonly<PrefixHabits>): void {
		this.prefixHabits.repeated += habits.repeated;
		this.prefixHabits.omitted += habits.omitted;
	}

	/** Whether the writer repeats the level prefix on every unit (then none is distributed): see writerRepeatsLevelPrefix. */
	repeatsLevelPrefix(): boolean {
		return writerRepeatsLevelPrefix(this.prefixHabits);
	}

	/** `市发改委、商务局`: the level prefix written once goes to every unit of `candidates`, unless the writer repeats it everywhere. */
	distributeLevelPrefixes(candidates: readonly PrefixCandidate[], repeats: boolean): void {
		if (repeats) {
			return;
		}
		for (const { mention, prefix, name } of candidates) {
			mention.name = prefix + name;
			mention.key = this.memo.unitKey(mention.name);
			mention.completed = true;
		}
	}
}

function hasLineBreak(source: NoticeText, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = source.charCodeAt(i);
		if (code === 10 || code === 13) {
			return true;
		}
	}
	return false;
}
