import { unitsOfFields } from '../model/fieldUnits';
import { emptyLeadField, leadsAsRead } from '../model/hasLead';
import type { LeadConvention, Task, UnitMention } from '../model/types';
import { CellHint } from '../syntax/lineScan';
import type { StructureLine } from '../syntax/structure';
import { foldVocabulary } from '../text/vocabularyFold';
import { chargesWorkAt } from './leadWording';
import { findFirstListedLeadsSimplified, findResponsibleLead, findSharedResponsibility, findStarMarksLead } from '../units/unitNames';
import type { NoticeText } from '../text/noticeText';

/**
 * How a notice designates leads without a label (class 2): the first unit listed leads, declared once
 * in any wording and place (the cover letter, a task's own parenthesis, right after the first unit
 * list); and a task with a single responsible unit is led by it.
 */

/**
 * The first declaration of a lead convention anywhere in the text, or undefined: `列第一位者为牵头单位`
 * (the first unit listed leads) or `无牵头单位的，责任单位即为牵头单位` (every responsible unit of a task
 * naming no lead leads); failing both, `均为…同责单位` (none leads, LeadConvention.shared). Each is written on one line: only the lines the structural pass marked
 * (CellHint.Convention) are read. A regular expression over the whole text on every keystroke took
 * 1.4 ms at 800 KB in a notice that declares neither.
 */
export function findConventionIn(text: NoticeText, lines: readonly StructureLine[], hints: ArrayLike<number>): LeadConvention | undefined {
	let shared: LeadConvention | undefined;
	for (let i = 0; i < lines.length; i++) {
		if ((hints[i] & CellHint.Convention) === 0) {
			continue;
		}
		const { start, end } = lines[i];
		const line = text.slice(start, end);
		// In Traditional 牽頭, 同責: without 牽 or 責 the line needs no folding (folding keeps offsets).
		const folded = line.includes('牽') || line.includes('責') ? foldVocabulary(line) : line;
		const first = findFirstListedLeadsSimplified(folded);
		const responsible = findResponsibleLead(folded);
		const found = first && (!responsible || first.index <= responsible.index) ? first : responsible;
		if (found) {
			return { firstListedLeads: found === first, span: { start: start + found.index, end: start + found.index + found.length } };
		}
		const star = findStarMarksLead(folded);
		if (star) {
			return { firstListedLeads: false, markedLeads: true, span: { start: start + star.index, end: start + star.index + star.length } };
		}
		const declared = shared ? undefined : findSharedResponsibility(folded);
		if (declared) {
			shared = { firstListedLeads: false, shared: true, span: { start: start + declared.index, end: start + declared.index + declared.length } };
		}
	}
	// Units that share a task alike say no more than that none leads when the notice says nothing else:
	// a first-listed convention anywhere still gives the leads.
	return shared;
}

/** The earlier of two declarations, one that gives leads before one that gives none. */
export function earlierConvention(a: LeadConvention | undefined, b: LeadConvention | undefined): LeadConvention | undefined {
	if (!a || !b) {
		return a ?? b;
	}
	// A convention that gives leads wins over one that gives none (LeadConvention.shared), wherever declared.
	if (a.shared !== b.shared) {
		return a.shared ? b : a;
	}
	return a.span.start <= b.span.start ? a : b;
}

/**
 * A task whose own 牵头单位 label names no unit (`牵头单位：；责任单位：市财政局`, `牵头单位：无`): the
 * draft left the lead open, and no rule fills it; its units stay responsible, and missing-lead tells
 * it. A table's lead cell reading `无` or `/` is not one: a row's single 责任单位 leads (docs/layouts.md).
 */
function leadLeftOpen(task: Task, text: NoticeText): boolean {
	const field = emptyLeadField(task);
	return field !== undefined && field.style !== 'cell' && LEFT_OPEN.test(text.slice(field.valueStart, field.valueEnd).trim());
}

/**
 * What a label left open says: nothing, or 无 in words. A `/` or `—` is a table's way of saying the
 * row has none, and a table flattened into labels reads as its table does (`牵头单位：/；责任单位：市财政局`:
 * the one 责任单位 leads; a reviewer's note).
 */
const LEFT_OPEN = /^(?:|无|無|暂无|暫無)[。；;，,]?$/;

/** A star right after a unit's name as written (`区财政局*、`, `区财政局 ＊`). */
function markedAsLead(text: NoticeText, unit: UnitMention): boolean {
	for (let at = unit.end; at < text.length && at < unit.end + 3; at++) {
		const code = text.charCodeAt(at);
		if (code === 0x2a || code === 0xff0a || code === 0x2605) {
			return true;
		}
		if (code !== 0x20 && code !== 0x3000) {
			return false;
		}
	}
	return false;
}

/** The units a star marks lead; whether there is one. */
function markLeads(text: NoticeText, units: readonly UnitMention[]): boolean {
	let marked = false;
	for (let u = 0; u < units.length; u++) {
		if (markedAsLead(text, units[u])) {
			units[u].role = 'lead';
			marked = true;
		}
	}
	return marked;
}

/**
 * Gives each task without a designated lead the one the notice's rules give it: under the
 * convention (from its declaration on, or on every task when declared after them all) the first responsible unit listed, or every one where the
 * notice says its responsible units lead when none is named; otherwise, when the task
 * names exactly one responsible unit that is not a collective, that unit (`（体育总局负责）`, a table
 * row's single 责任单位). A task whose 牵头单位 label is left open gets none (leadLeftOpen).
 */
export function applyLeadRules(text: NoticeText, tasks: readonly Task[], convention: LeadConvention | undefined, afterTasks = false): void {
	// Indexed, not for…of, as every loop run once per reading over the tasks (see splitGluedLines).
	for (let t = 0; t < tasks.length; t++) {
		const task = tasks[t];
		if (ownLead(task.units) || leadsAsRead(task.inheritedUnits) || leadLeftOpen(task, text)) {
			continue;
		}
		const responsible = unitsOfFields(task, 'responsible');
		// 带*号的为牵头单位: the units so marked lead, wherever it is declared (each mark says it of its own unit).
		if (convention?.markedLeads && markLeads(text, responsible)) {
			continue;
		}
		// Declared after every task (`注：责任单位中排在第一位的为牵头单位。` under the table): a note on all of them.
		if (convention && !convention.shared && !convention.markedLeads && (afterTasks || task.end > convention.span.start) && responsible.length > 0) {
			// 列第一位者为牵头单位: the first; 无牵头单位的，责任单位即为牵头单位: all of them.
			for (const unit of convention.firstListedLeads ? responsible.slice(0, 1) : responsible) {
				unit.role = 'lead';
			}
			continue;
		}
		const distinct = new Map<string, UnitMention>();
		for (const unit of responsible) {
			if (!distinct.has(unit.key)) {
				distinct.set(unit.key, unit);
			}
		}
		if (distinct.size === 1) {
			const only = [...distinct.values()][0];
			if (!only.collective) {
				for (const unit of responsible) {
					unit.role = 'lead';
				}
			}
		} else if (distinct.size > 1 && !leadBesideCharges(text, task, responsible)) {
			leadEachSubItem(task);
		}
	}
}

/**
 * `由县医保局负责，由县财政局负责资金保障。`: the one unit named responsible alone leads, as `由县医保局负责。` gives it the lead; those
 * given their part of the work (`由B负责资金保障`, `由B负责日常管护`: see chargesWorkAt) share it beside it (the lead was lost to
 * lead-not-designated). Only when the others all have their part so named, and one body, no collective, is left. Whether it led.
 */
function leadBesideCharges(text: NoticeText, task: Task, responsible: readonly UnitMention[]): boolean {
	let plain: UnitMention | undefined;
	let charged = false;
	for (let f = 0; f < task.fields.length; f++) {
		const field = task.fields[f];
		if (field.role !== 'responsible' || field.unitEnd === field.unitStart) {
			continue;
		}
		if ((field.style === 'prose' || field.style === 'trailing-parenthesis') && chargesWorkAt(text, field.valueEnd)) {
			charged = true;
			continue;
		}
		for (let u = field.unitStart; u < field.unitEnd; u++) {
			const unit = task.units[u];
			if (unit.collective || (plain !== undefined && plain.key !== unit.key)) {
				return false;
			}
			plain = unit;
		}
	}
	if (!charged || plain === undefined) {
		return false;
	}
	for (const unit of responsible) {
		if (unit.key === plain.key) {
			unit.role = 'lead';
		}
	}
	return true;
}

/** Whether one of the task's own units leads. A loop (see hasLead). */
function ownLead(units: readonly UnitMention[]): boolean {
	for (let u = 0; u < units.length; u++) {
		if (units[u].role === 'lead') {
			return true;
		}
	}
	return false;
}

/**
 * A table row of sub-items (淮安 2020: `①提标改造…` / … / `市住建局`, then `②在城区重要路段…` / … / `市城管局`; see
 * Field.subItem): a sub-item whose 责任单位 cell names one unit, no collective, leads with it, as a row's single
 * 责任单位 does; another (two units, or `各县区政府`) gets no lead, and takes none from the other sub-items.
 */
function leadEachSubItem(task: Task): void {
	const bySubItem = new Map<number, UnitMention[]>();
	for (const field of task.fields) {
		if (field.role !== 'responsible' || field.unitEnd === field.unitStart) {
			continue;
		}
		if (field.subItem === undefined) {
			// A 责任单位 of the whole row beside its sub-items: the row's rule, not each sub-item's.
			return;
		}
		const units = bySubItem.get(field.subItem) ?? bySubItem.set(field.subItem, []).get(field.subItem)!;
		units.push(...task.units.slice(field.unitStart, field.unitEnd));
	}
	for (const units of bySubItem.values()) {
		if (units.length > 0 && !units[0].collective && units.every((unit) => unit.key === units[0].key)) {
			for (const unit of units) {
				unit.role = 'lead';
			}
		}
	}
}
