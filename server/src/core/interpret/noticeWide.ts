import { findUnbalancedBrackets } from '../model/brackets';
import type { FieldStyle, Notice, Section, Task } from '../model/types';
import { namesUnits } from '../syntax/fieldLabels';
import type { MarkerKind } from '../syntax/markers';
import type { NoticeStructure } from '../syntax/structure';
import type { Span } from '../text/lineIndex';
import { foldVocabulary } from '../text/vocabularyFold';
import { LinePart, type DocumentParts } from './documentParts';
import type { WordedList } from './leadWording';
import type { ReadingMemo } from './readingMemo';
import type { UnitMentions } from './unitMentions';

/** Decisions about a notice as a whole, made once every task is read. */

/** Units a heading names for the tasks under it, and leaders, passed down. The heading's mentions are made once, with the first task under it as their task. */
export function inheritFromSections(tasks: readonly Task[], pending: Map<Section, Array<{ list: WordedList; style: FieldStyle }>>, mentions: UnitMentions): void {
	for (const task of tasks) {
		for (let section = task.section; section; section = section.parent) {
			const lists = pending.get(section);
			if (lists) {
				pending.delete(section);
				for (const { list, style } of lists) {
					const field = mentions.listField(task, list, '', { start: list.start, end: list.start }, style);
					section.units.push(...field.units);
				}
			}
			if (section.units.length > 0 && task.inheritedUnits.length === 0 && !task.units.some((unit) => unit.fieldRole === 'lead')) {
				task.inheritedUnits = section.units;
			}
			if (!task.leader && section.leader) {
				task.leader = section.leader;
			}
		}
	}
}

/** Where to say that the tasks' units are not in this text, when they are not: the attachment the letter names, or the first task. */
export function unitsNotInText(notice: Notice, structure: NoticeStructure, parts: DocumentParts): Span | undefined {
	if (notice.kind !== 'notice' || notice.units.length > 0) {
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
	return first ? { start: first.marker.span.start, end: Math.max(first.titleSpan.end, first.marker.span.end) } : undefined;
}

function isOpening(code: number): boolean {
	return code === 0xff08 || code === 0x28 || code === 0x3010 || code === 0x3014 || code === 0x5b || code === 0xff3b || code === 0x300a;
}

/**
 * A bracket without its partner inside a task. The text stopping on a line inside an open bracket
 * (`…(牵头单`, an excerpt cut off) cut that bracket; it was not forgotten.
 */
export function reportUnbalancedBrackets(notice: Notice, structure: NoticeStructure, memo: ReadingMemo): void {
	const { text, lines } = structure;
	const reported = new Set(notice.findings.filter((finding) => finding.code === 'unbalanced-bracket').map((finding) => finding.span.start));
	let last = lines.length - 1;
	while (last >= 0 && lines[last].end === lines[last].start) {
		last--;
	}
	const lastLine = last >= 0 ? lines[last] : undefined;
	const cut = (offset: number) => lastLine !== undefined && offset >= lastLine.start && isOpening(text.charCodeAt(offset));
	for (const task of notice.tasks) {
		for (const relative of memo.unbalancedBrackets(task, () => findUnbalancedBrackets(text, task.span, task.span.start))) {
			const offset = task.span.start + relative;
			if (reported.has(offset) || cut(offset)) {
				continue;
			}
			reported.add(offset);
			notice.findings.push({ code: 'unbalanced-bracket', span: { start: offset, end: offset + 1 }, args: [text[offset]] });
		}
	}
	if (notice.findings.some((finding) => finding.code === 'unbalanced-bracket' && cut(finding.span.start))) {
		notice.findings = notice.findings.filter((finding) => !(finding.code === 'unbalanced-bracket' && cut(finding.span.start)));
	}
}

/** The numbering style most tasks use. */
export function taskKindOf(tasks: readonly Task[]): MarkerKind | undefined {
	// Counted by kind in an array (a kind is a small number): a keystroke counts every task.
	const count: number[] = [0, 0, 0, 0, 0, 0, 0, 0];
	let best: MarkerKind | undefined;
	for (const task of tasks) {
		const kind = task.marker.kind;
		const n = ++count[kind];
		if (best === undefined || n > count[best]) {
			best = kind;
		}
	}
	return best;
}

/** Sections end where their last task or heading text ends. */
export function closeSpans(notice: Notice): void {
	const visit = (section: Section): number => {
		let end = section.span.end;
		for (const child of section.children) {
			end = Math.max(end, child.type === 'section' ? visit(child) : child.span.end);
		}
		section.span = { start: section.span.start, end };
		return end;
	};
	for (const child of notice.children) {
		if (child.type === 'section') {
			visit(child);
		}
	}
}
