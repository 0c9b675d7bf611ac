import type { Finding } from '../checks/finding';
import { message } from '../messages/message';
import { unitCountOf } from '../model/fieldUnits';
import { unitsOfFields } from '../model/fieldUnits';
import { hasLead } from '../model/hasLead';
import type { Field, Notice, Task, UnitMention } from '../model/types';
import type { QuickFix, TextEdit } from './quickFixes';
import type { MentionChange } from './readBack';

/**
 * Fixes for lead-not-designated: name the first listed unit as the lead, in the field's own style
 * (`责任单位：A、B` → `牵头单位：A；责任单位：B`, `（A、B负责）` → `（A牵头，B负责）`), or declare
 * the first-listed convention after the task's units (`（列第一位者为牵头单位，下同）`), which covers it
 * and every task after it. Both edit the underlined units' line. Neither is preferred: which unit
 * leads is the drafter's call, so Fix All leaves them.
 */
export function leadNotDesignatedFixes(uri: string, notice: Notice, finding: Finding): QuickFix[] {
	const task = notice.tasks.find((candidate) => candidate.start <= finding.span.start && finding.span.end <= candidate.end);
	const field = task?.fields.find((candidate) => candidate.unitEnd > candidate.unitStart);
	if (!task || !field) {
		return [];
	}
	const fixes: QuickFix[] = [];
	const lead = firstUnitAsLead(notice, task, field);
	if (lead) {
		const first = task.units[field.unitStart];
		// Read back: the same units, the first now leading (`市商务局和市发改委` must not leave `和市发改委`);
		// a field label written between two units is one field more (a removed field count of −1).
		const changes = new Map<UnitMention, MentionChange>([[first, { role: 'lead' }]]);
		fixes.push({ title: message('fix.lead-first-unit', first.name), code: 'lead-not-designated', edits: [{ uri, edits: lead }], preferred: false, reading: { changes, removedFields: new Map([[task.index, unitCountOf(field) > 1 ? -1 : 0]]), noNewFinding: true } });
	}
	const declaration = declareConvention(notice, task, field);
	const leads = conventionLeads(notice, task);
	// Only where the convention gives this task its lead (`协同单位：` lists no responsible unit to lead).
	if (declaration && leads.has(unitsOfFields(task, 'responsible')[0])) {
		fixes.push({
			title: message('fix.declare-convention'),
			code: 'lead-not-designated',
			edits: [{ uri, edits: [declaration] }],
			preferred: false,
			reading: { changes: leads, noNewFinding: true },
		});
	}
	return fixes;
}

/**
 * What the convention declared in `task` means for the reading: the first responsible unit of it
 * and of every later task without a lead leads (see applyLeadRules); every unit stays as listed
 * (a note after `市商务局和市发改委` must not make the list one unit).
 */
function conventionLeads(notice: Notice, task: Task): Map<UnitMention, MentionChange> {
	const changes = new Map<UnitMention, MentionChange>();
	for (const later of notice.tasks.slice(task.index)) {
		const first = hasLead(later) ? undefined : unitsOfFields(later, 'responsible')[0];
		if (first) {
			changes.set(first, { role: 'lead' });
		}
	}
	return changes;
}

/** The text's punctuation width, so an edit writes `：；` in a full-width text and `:;` in a half-width one. */
function fullWidth(notice: Notice, field: Field): boolean {
	const label = notice.text.slice(field.labelEnd, field.labelEnd + 2);
	if (/[：]/.test(label)) {
		return true;
	}
	if (/[:]/.test(label)) {
		return false;
	}
	return /[（，；：]/.test(notice.text.slice(Math.max(0, field.valueStart - 40), field.valueEnd + 40));
}

function firstUnitAsLead(notice: Notice, task: Task, field: Field): TextEdit[] | undefined {
	const first = task.units[field.unitStart];
	const full = fullWidth(notice, field);
	const several = unitCountOf(field) > 1;
	// The separator after the first unit goes with it, as the reader split the list (`、`, `，`, `和`): up to the next unit.
	// The unit itself stays as written, so the read-back finds it where it was.
	const separator = { start: first.end, end: several ? task.units[field.unitStart + 1].start : first.end };
	if ((field.style === 'line' || field.style === 'bracket') && field.label.length > 0 && field.role !== 'lead') {
		const colon = full ? '：' : ':';
		const semicolon = full ? '；' : ';';
		const label = { span: { start: field.labelStart, end: first.start }, newText: `牵头单位${colon}` };
		return several ? [label, { span: separator, newText: `${semicolon}${field.label}${colon}` }] : [label];
	}
	if (field.style === 'trailing-parenthesis' && several) {
		return [{ span: separator, newText: `牵头${full ? '，' : ','}` }];
	}
	return undefined;
}

/** The convention declared after the task's units: from there on, the first unit listed leads. */
function declareConvention(notice: Notice, task: Task, field: Field): TextEdit | undefined {
	if (notice.convention || field.style === 'heading' || field.style === 'prose') {
		return undefined;
	}
	const full = fullWidth(notice, field);
	const last = task.units[field.unitEnd - 1];
	if (field.style === 'trailing-parenthesis') {
		// Inside the parenthesis, before it closes: （A、B负责，列第一位者为牵头单位，下同）.
		const close = notice.text.slice(last.end, task.end).search(/[）)]/);
		if (close >= 0) {
			const at = last.end + close;
			return { span: { start: at, end: at }, newText: full ? '，列第一位者为牵头单位，下同' : ',列第一位者为牵头单位,下同' };
		}
		return undefined;
	}
	const at = last.end;
	return { span: { start: at, end: at }, newText: full ? '（列第一位者为牵头单位，下同）' : '(列第一位者为牵头单位,下同)' };
}
