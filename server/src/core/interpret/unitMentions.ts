import type { Field, FieldStyle, LeadConvention, ParseFinding, Task, UnitMention } from '../model/types';
import type { UnitRole } from '../syntax/fieldLabels';
import type { NoticeStructure } from '../syntax/structure';
import type { Span } from '../text/lineIndex';
import { SpannedText } from '../text/spannedText';
import { unitKey, type ScriptFolder } from '../text/unitKey';
import { splitUnitList, writerRepeatsLevelPrefix, type UnitDraft } from '../units/splitUnitList';
import { isLeaderName } from '../units/unitNames';
import { earlierConvention } from './conventions';
import type { Segment } from './gluedLines';
import type { WordedList } from './leadWording';
import { piecesWithoutGlosses } from './segmentText';

/**
 * Unit lists read into mentions, for one reading of a notice: keys computed once per name, the
 * first-listed convention and bracket problems met on the way, and the level prefixes a writer
 * may have written once, distributed at the end by the writer's habit across the whole notice.
 */
export class UnitMentions {
	/** The earliest first-listed convention declared inside a unit list or a worded parenthesis. */
	convention: LeadConvention | undefined;
	/** Unit groups as read, and the mentions that may take their group's level prefix: see writerRepeatsLevelPrefix. */
	private readonly unitGroups: UnitDraft[][] = [];
	private readonly prefixCandidates = new Map<UnitMention, string>();
	/** Unit names repeat a great deal in a notice; their keys are computed once per reading. */
	private readonly keys = new Map<string, string>();

	constructor(
		private readonly structure: NoticeStructure,
		private readonly fold: ScriptFolder,
		private readonly findings: ParseFinding[],
	) {}

	declare(convention: LeadConvention): void {
		this.convention = earlierConvention(this.convention, convention);
	}

	private keyOf(name: string): string {
		let key = this.keys.get(name);
		if (key === undefined) {
			key = unitKey(name, this.fold);
			this.keys.set(name, key);
		}
		return key;
	}

	/** A field for a worded list (`A牵头`, `B参与`): its units in the list's role, glosses left out. */
	listField(task: Task, list: WordedList, label: string, labelSpan: Span, style: FieldStyle): Field {
		const field: Field = { role: list.role, label, labelSpan, valueSpan: { start: list.start, end: list.end }, style, units: [] };
		const { lines, lineIndex, text } = this.structure;
		const line = lines[lineIndex.positionAt(list.start).line];
		const segment: Segment = { line, start: line.start, end: line.end, marker: undefined, glued: false };
		this.fill(task, field, SpannedText.of(piecesWithoutGlosses(text, segment, list.start, list.end)), list.role);
		return field;
	}

	/** Splits the field's value into mentions of `task`, in `role`. `inCell`: a wrapped table cell is no broken name. */
	fill(task: Task, field: Field, source: SpannedText, role: UnitRole, inCell = false): void {
		const text = this.structure.text;
		const list = splitUnitList(source);
		if (list.conventionSpan) {
			this.declare({ firstListedLeads: true, span: list.conventionSpan });
		}
		for (const offset of list.unbalanced) {
			const at = source.sourceOffset(offset);
			this.findings.push({ code: 'unbalanced-bracket', span: { start: at, end: at + 1 }, args: [source.text[offset]] });
		}
		// Units come group by group.
		for (let i = 0, groupStart = 0; i <= list.units.length; i++) {
			if (i === list.units.length || list.units[i].group !== list.units[groupStart].group) {
				if (i > groupStart) {
					this.unitGroups.push(list.units.slice(groupStart, i));
				}
				groupStart = i;
			}
		}
		for (const draft of list.units) {
			const span = source.sourceSpan(draft.start, draft.end);
			if (isLeaderName(draft.name)) {
				// 牵头单位：分管副市长、市发改委: a title in a unit list is the task's leader, not a unit.
				task.leader ??= { text: text.slice(span.start, span.end), span };
				continue;
			}
			const nameSpan = source.sourceSpan(draft.start, draft.nameEnd);
			const mention: UnitMention = {
				name: draft.name,
				key: this.keyOf(draft.name),
				written: text.slice(span.start, span.end),
				span,
				nameSpan,
				role: draft.leads ? 'lead' : role,
				fieldRole: role,
				collective: draft.collective,
				completed: draft.completed,
				// Only the name counts, and only a line break: a wrapped table cell is no paste damage.
				brokenAcrossLines: !inCell && hasLineBreak(text, nameSpan),
				group: draft.group,
				index: field.units.length,
				task,
				// Present on every mention (undefined when absent): one object shape for the code that reads them.
				nameTailSpan: draft.tailStart === undefined ? undefined : source.sourceSpan(draft.tailStart, draft.end),
				qualifier: draft.qualifier && { text: draft.qualifier.text, span: source.sourceSpan(draft.qualifier.start, draft.qualifier.end), kind: draft.qualifier.kind },
			};
			if (draft.levelPrefix) {
				this.prefixCandidates.set(mention, draft.levelPrefix);
			}
			field.units.push(mention);
		}
	}

	/** `市发改委、商务局`: the level prefix written once goes to every unit, unless the writer repeats it everywhere. */
	distributeLevelPrefixes(): void {
		if (writerRepeatsLevelPrefix(this.unitGroups)) {
			return;
		}
		for (const [mention, prefix] of this.prefixCandidates) {
			mention.name = prefix + mention.name;
			mention.key = this.keyOf(mention.name);
			mention.completed = true;
		}
	}
}

function hasLineBreak(source: string, span: Span): boolean {
	for (let i = span.start; i < span.end; i++) {
		const code = source.charCodeAt(i);
		if (code === 10 || code === 13) {
			return true;
		}
	}
	return false;
}
