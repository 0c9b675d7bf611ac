import type { Finding } from '../checks/finding';
import { message } from '../messages/message';
import { unitCountOf } from '../model/fieldUnits';
import type { Field, Notice, Task } from '../model/types';
import type { QuickFix, TextEdit } from './quickFixes';

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
		const name = task.units[field.unitStart].name;
		fixes.push({ title: message('fix.lead-first-unit', name), code: 'lead-not-designated', edits: [{ uri, edits: [lead] }], preferred: false });
	}
	const declaration = declareConvention(notice, task, field);
	if (declaration) {
		fixes.push({
			title: message('fix.declare-convention'),
			code: 'lead-not-designated',
			edits: [{ uri, edits: [declaration] }],
			preferred: false,
		});
	}
	return fixes;
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

function firstUnitAsLead(notice: Notice, task: Task, field: Field): TextEdit | undefined {
	const first = task.units[field.unitStart];
	const text = notice.text;
	const full = fullWidth(notice, field);
	// The separator after the first unit, if any, goes with it.
	let end = first.end;
	const separator = /^[、，,]/.exec(text.slice(end, end + 1));
	if (separator) {
		end += 1;
	}
	if ((field.style === 'line' || field.style === 'bracket') && field.label.length > 0 && field.role !== 'lead') {
		const colon = full ? '：' : ':';
		const semicolon = full ? '；' : ';';
		const rest = unitCountOf(field) > 1 ? `${semicolon}${field.label}${colon}` : '';
		return { span: { start: field.labelStart, end }, newText: `牵头单位${colon}${first.written}${rest}` };
	}
	if (field.style === 'trailing-parenthesis' && unitCountOf(field) > 1) {
		return { span: { start: first.start, end }, newText: `${first.written}牵头${full ? '，' : ','}` };
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
