import type { LeadConvention, Task, UnitMention } from '../model/types';
import { findFirstListedLeads, findFirstListedLeadsSimplified } from '../units/unitNames';

/**
 * How a notice designates leads without a label (class 2): the first unit listed leads, declared once
 * in any wording and place (the cover letter, a task's own parenthesis, right after the first unit
 * list); and a task with a single responsible unit is led by it.
 */

/** The first declaration of the first-listed convention anywhere in the text, or undefined. O(length). */
export function findConventionIn(text: string): LeadConvention | undefined {
	// Every wording says 牵头; in Traditional 牽頭: without 牽 the text needs no folding.
	const found = text.includes('牽') ? findFirstListedLeads(text) : findFirstListedLeadsSimplified(text);
	return found ? { firstListedLeads: true, span: { start: found.index, end: found.index + found.length } } : undefined;
}

/** The earlier of two declarations. */
export function earlierConvention(a: LeadConvention | undefined, b: LeadConvention | undefined): LeadConvention | undefined {
	if (!a || !b) {
		return a ?? b;
	}
	return a.span.start <= b.span.start ? a : b;
}

function hasLead(task: Task): boolean {
	return task.units.some((unit) => unit.role === 'lead') || task.inheritedUnits.some((unit) => unit.role === 'lead');
}

/**
 * Gives each task without a designated lead the one the notice's rules give it: under the
 * convention (from its declaration on) the first responsible unit listed; otherwise, when the task
 * names exactly one responsible unit that is not a collective, that unit (`（体育总局负责）`, a table
 * row's single 责任单位).
 */
export function applyLeadRules(tasks: readonly Task[], convention: LeadConvention | undefined): void {
	// Indexed, not for…of, as every loop run once per reading over the tasks (see splitGluedLines).
	for (let t = 0; t < tasks.length; t++) {
		const task = tasks[t];
		if (hasLead(task)) {
			continue;
		}
		const responsible = task.units.filter((unit) => unit.fieldRole === 'responsible');
		if (convention && task.span.end > convention.span.start && responsible.length > 0) {
			responsible[0].role = 'lead';
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
		}
	}
}
