import { findUnbalancedBrackets } from '../model/brackets';
import { hasUnitsOfFields } from '../model/fieldUnits';
import type { FieldStyle, Notice, ParseFinding, Section, Task, TextRef, UnitMention } from '../model/types';
import { groupCountBefore, lineStartBefore } from '../syntax/groupPrefix';
import { namesUnits } from '../syntax/fieldLabels';
import type { NoticeStructure } from '../syntax/structure';
import type { Span } from '../text/lineIndex';
import { bracketOf } from '../text/characters';
import { foldVocabulary } from '../text/vocabularyFold';
import { LinePart, type DocumentParts } from './documentParts';
import type { WordedList } from './leadWording';
import type { UnitMentions } from './unitMentions';
import type { NoticeText } from '../text/noticeText';

/** Decisions about a notice as a whole, made once every task is read. */

/**
 * Units a heading names for the tasks under it, and leaders, passed down. The heading's mentions are
 * made once, with the first task under it as their task. Returns false when no heading names a unit
 * or a leader: then every task keeps its leader as read, and inherits no unit.
 */
export function inheritFromSections(tasks: readonly Task[], sections: readonly Section[], pending: Map<Section, Array<{ list: WordedList; style: FieldStyle }>>, mentions: UnitMentions): boolean {
	// Most notices' headings name no unit and no leader (`一、重点工作第1部分`): then no task inherits
	// anything, and a keystroke does not walk every task's chain of sections (a notice has a few
	// dozen headings, thousands of tasks). A heading's units are all in `pending` (a section is made
	// anew by every reading, with none): only its leader is on the section already.
	if (pending.size === 0 && !namesALeader(sections)) {
		return false;
	}
	// Indexed, not for…of, as every loop run once per reading over the tasks (see splitGluedLines).
	for (let t = 0; t < tasks.length; t++) {
		const task = tasks[t];
		for (let section = task.section; section; section = section.parent) {
			const lists = pending.get(section);
			if (lists) {
				pending.delete(section);
				for (const { list, style } of lists) {
					// The heading's units, into its own list: no field of a task holds them.
					mentions.listField(task, list, '', list.start, list.start, style, section.units);
				}
			}
			if (section.units.length > 0 && task.inheritedUnits.length === 0 && !hasUnitsOfFields(task, 'lead')) {
				task.inheritedUnits = section.units;
			}
			if (!task.leader && section.leader) {
				task.leader = section.leader;
			}
		}
	}
	return true;
}

/**
 * A group line's units passed to the items it covers (a county's 2025 breakdown: `1.…` / `2.…` / `3.…` /
 * `以上3项牵头单位：县自然资源局；责任单位：县农业农村局、各乡镇人民政府`). The line is read as the fields
 * of the last item, of style 'group'; the items before it take them as a heading's (inheritedUnits):
 * as many as its count says, the last included (`以上各项`: those above naming no units), in the last's section and table,
 * back to an earlier group line at most. A count larger than the items there covers those there, no
 * item of another section. An item naming its own lead keeps it; a line naming no lead (`以上3项责任单位：…`)
 * passes its units all the same, which the lead rules then read on the last item (one unit: the lead
 * of every item, as a clerk reads it). Its deadline (`以上任务完成时限：2025年12月底前`) goes to the same
 * items (inheritedDeadline), those naming their own kept; a line naming no unit reaches items naming
 * units of their own too (a table's rows) and over a group line naming only units. Returns whether any item took units or a deadline.
 */
export function inheritFromGroupLines(tasks: readonly Task[], text: NoticeText): boolean {
	let passed = false;
	for (let t = 0; t < tasks.length; t++) {
		const owner = tasks[t];
		const first = firstGroupField(owner);
		if (first >= 0 && passGroupLine(tasks, t, first, text)) {
			passed = true;
		}
	}
	return passed;
}

/** The units and deadline of the group line of `tasks[t]`, its first group field `first`, passed to the items above it (see inheritFromGroupLines). */
function passGroupLine(tasks: readonly Task[], t: number, first: number, text: NoticeText): boolean {
	const owner = tasks[t];
	const field = owner.fields[first];
	const lineStart = lineStartBefore(text, field.labelStart);
	const count = groupCountBefore(text, lineStart, field.labelStart) ?? cutGroupCount(text, lineStart, field.label) ?? 1;
	// Whatever their roles (`以上2项责任单位：县财政局`: the lead rules then make its one unit the lead,
	// the same mention in every item's list): no role is read here, which a run taken from the
	// reading before would have after the lead rules of the finish before.
	const units = groupUnits(owner, first);
	const deadline = groupDeadline(owner, first, text);
	if (count < 2 || (units.length === 0 && deadline === undefined)) {
		return false;
	}
	// After a sentence of the owner's own line (`实施两项工程：…。以上两项工作由县住建局牵头。`) the words
	// may be the item's: they reach no item naming units of its own, as without a count.
	const stopsAtUnits = units.length > 0 && (count === Infinity || lineStartBefore(text, owner.marker.start) === lineStart);
	let passed = false;
	for (let k = 1, b = t - 1; k < count && b >= 0; k++, b--) {
		const task = tasks[b];
		// Without a count (`以上各项`), the items above that name no units: one naming its own ends the group.
		// A line naming only a deadline (`以上任务完成时限：…` closing a section) reaches over a group line of units only.
		if (task.section !== owner.section || task.table !== owner.table || endsGroupAbove(task, units.length > 0) || (stopsAtUnits && task.units.length > 0)) {
			break;
		}
		if (units.length > 0 && task.inheritedUnits.length === 0 && !hasUnitsOfFields(task, 'lead')) {
			task.inheritedUnits = units;
			passed = true;
		}
		if (deadline !== undefined && task.deadline === undefined) {
			task.inheritedDeadline = deadline;
			passed = true;
		}
	}
	return passed;
}

/**
 * The items above each group line of the tasks the finish decides again (`decided`) pointed at its owner's mentions
 * as they are now: passGroupLine passed them before tasksToFinish renewed the owner's (see renewMentions in
 * taskRuns), and the old ones kept the roles of the finish before (group-line-naming-no-lead.txt with a heading's
 * lead typed: `以上2项责任单位：区财政局` made the lead of the item above, which a fresh read leaves responsible).
 * Found by place; only the decided tasks, few on a keystroke.
 */
export function followRenewedGroupUnits(tasks: readonly Task[], decided: readonly Task[]): void {
	for (let d = 0; d < decided.length; d++) {
		const owner = decided[d];
		if (tasks[owner.index] !== owner || firstGroupField(owner) < 0) {
			continue;
		}
		for (let b = owner.index - 1; b >= 0 && tasks[b].section === owner.section && tasks[b].table === owner.table && !endsGroupAbove(tasks[b], true); b--) {
			const inherited = tasks[b].inheritedUnits;
			if (inherited.length > 0 && inherited[0].task === owner && !owner.units.includes(inherited[0])) {
				tasks[b].inheritedUnits = inherited.map((unit) => owner.units.find((now) => now.start === unit.start && now.end === unit.end) ?? unit);
			}
		}
	}
}

/** Whether the task's group line ends a group line's reach above it: any does a line naming units, one naming a deadline a line naming only one. */
function endsGroupAbove(task: Task, unitsToo: boolean): boolean {
	for (let f = 0; f < task.fields.length; f++) {
		if (task.fields[f].style === 'group' && (unitsToo || task.fields[f].role === 'deadline')) {
			return true;
		}
	}
	return false;
}

/**
 * The deadline of the task's group fields from `first` on (`以上3项完成时限：2025年6月底前`): the task's own
 * reference when it took it (an item naming none before the line), else the value as written on one line.
 */
function groupDeadline(task: Task, first: number, text: NoticeText): TextRef | undefined {
	for (let f = first; f < task.fields.length; f++) {
		const field = task.fields[f];
		if (field.style === 'group' && field.role === 'deadline' && field.valueEnd > field.valueStart) {
			if (task.deadline && task.deadline.span.start === field.valueStart) {
				return task.deadline;
			}
			return { text: text.slice(field.valueStart, field.valueEnd).replace(/[\s\u3000]*[\r\n]+[\s\u3000]*/g, ''), span: { start: field.valueStart, end: field.valueEnd } };
		}
	}
	return undefined;
}

/** Whether a task holds a group line's fields (style 'group'): the reading counts such tasks (see inheritFromGroupLines). */
export function ownsGroupLine(task: Task): boolean {
	return firstGroupField(task) >= 0;
}

/** The index of the task's first field of a group line, or -1. */
function firstGroupField(task: Task): number {
	// Asked of every task as it is closed (see ownsGroupLine): its list loaded once, not at each step.
	const fields = task.fields;
	for (let f = 0; f < fields.length; f++) {
		if (fields[f].style === 'group') {
			return f;
		}
	}
	return -1;
}

/** The units of the task's group fields from `first` on, in their fields' roles as read. */
function groupUnits(task: Task, first: number): UnitMention[] {
	const units: UnitMention[] = [];
	for (let f = first; f < task.fields.length; f++) {
		const field = task.fields[f];
		if (field.style === 'group' && namesUnits(field.role)) {
			for (let u = field.unitStart; u < field.unitEnd; u++) {
				units.push(task.units[u]);
			}
		}
	}
	return units;
}

function namesALeader(sections: readonly Section[]): boolean {
	for (let s = 0; s < sections.length; s++) {
		if (sections[s].leader) {
			return true;
		}
	}
	return false;
}

/** Where to say that the tasks' units are not in this text, when they are not (`namesUnit`: a task or heading names one): the attachment the letter names, or the first task. */
export function unitsNotInText(notice: Notice, namesUnit: boolean, structure: NoticeStructure, parts: DocumentParts): Span | undefined {
	// A table whose rows were not read may hold the units (长沙 2012, `牵头单位` / `目 标 任 务` / `责 任 单 位`):
	// said by table-not-read, not as units missing from the text.
	if (notice.kind !== 'notice' || namesUnit || structure.unreadTables.length > 0) {
		return undefined;
	}
	if (notice.tasks.some((task) => task.fields.some((field) => namesUnits(field.role)))) {
		return undefined;
	}
	const { lines, text } = structure;
	for (let i = 0; i < lines.length; i++) {
		if (parts.flags[i] & (LinePart.AttachmentList | LinePart.Furniture) && /^(附件|附表|附)/.test(text.slice(lines[i].start, lines[i].end))) {
			const value = foldVocabulary(text.slice(lines[i].start, lines[i].end));
			if (notice.tasks.length > 0 || /(表|清单|方案|分解|分工|细则|任务)/.test(value)) {
				return { start: lines[i].start, end: lines[i].end };
			}
		}
	}
	const first = notice.tasks[0];
	return first ? { start: first.marker.start, end: Math.max(first.titleEnd, first.marker.end) } : undefined;
}

/** An opening bracket a unit list reports (bracketOf), or 《. */
function isOpening(code: number): boolean {
	return bracketOf(code) > 0 || code === 0x300a;
}

/**
 * A bracket without its partner inside a task, reported when the task is closed (so it is one of
 * the parse findings its run keeps, and a run taken by the next reading brings it along): one scan
 * of the task's text while it is at hand, not a second pass over every task. `from`: the first of
 * the findings the task's own unit lists gave (an offset they reported already is not reported twice).
 * `closesMarker`: the bracket of a marker written `1）`, which closes what it never opened, by style.
 */
export function reportUnbalancedBrackets(text: NoticeText, span: Span, findings: ParseFinding[], from: number, closesMarker: (offset: number) => boolean): void {
	const offsets = findUnbalancedBrackets(text, span);
	if (offsets.length === 0) {
		return;
	}
	const end = findings.length;
	for (const offset of offsets) {
		if (!reportedBetween(findings, from, end, offset) && !closesMarker(offset)) {
			findings.push({ code: 'unbalanced-bracket', span: { start: offset, end: offset + 1 }, args: [text.charAt(offset)] });
		}
	}
}

function reportedBetween(findings: readonly ParseFinding[], from: number, end: number, offset: number): boolean {
	for (let i = from; i < end; i++) {
		if (findings[i].code === 'unbalanced-bracket' && findings[i].span.start === offset) {
			return true;
		}
	}
	return false;
}

/**
 * The text stopping on a line inside an open bracket (`…(牵头单`, an excerpt cut off) cut that
 * bracket; it was not forgotten: an opening bracket on the last line that is not blank is no finding.
 */
export function dropCutBrackets(notice: Notice, structure: NoticeStructure): void {
	const { text, lines } = structure;
	let last = lines.length - 1;
	while (last >= 0 && lines[last].end === lines[last].start) {
		last--;
	}
	if (last < 0) {
		return;
	}
	const lastStart = lines[last].start;
	const cut = (finding: ParseFinding) => finding.code === 'unbalanced-bracket' && finding.span.start >= lastStart && isOpening(text.charCodeAt(finding.span.start));
	if (notice.findings.some(cut)) {
		notice.findings = notice.findings.filter((finding) => !cut(finding));
	}
}

/** Sections end where their last task or heading text ends. */
export function closeSpans(notice: Notice): void {
	const visit = (section: Section): number => {
		let end = section.end;
		for (let c = 0; c < section.children.length; c++) {
			const child = section.children[c];
			end = Math.max(end, child.type === 'section' ? visit(child) : child.end);
		}
		section.end = end;
		return end;
	};
	for (const child of notice.children) {
		if (child.type === 'section') {
			visit(child);
		}
	}
}

/**
 * The count of group words on the line before a label a wrap cut (`以上2项牵头` / `单位：县工信局`: the
 * field's label starts this line, its first part and the words before it end the line before).
 */
function cutGroupCount(text: NoticeText, lineStart: number, label: string): number | undefined {
	let end = lineStart;
	while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) {
		end--;
	}
	while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x3000)) {
		end--;
	}
	const start = lineStartBefore(text, end);
	for (let part = 1; part < label.length; part++) {
		if (end - part > start && text.slice(end - part, end) === label.slice(0, part)) {
			const count = groupCountBefore(text, start, end - part);
			if (count !== undefined) {
				return count;
			}
		}
	}
	return undefined;
}
