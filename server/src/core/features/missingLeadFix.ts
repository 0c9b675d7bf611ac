import type { Finding } from '../checks/finding';
import { message } from '../messages/message';
import type { Field, Notice, Task } from '../model/types';
import { isUnitRole } from '../syntax/fieldLabels';
import { lineBreakOf } from '../text/lineBreaks';
import type { QuickFix, TextEdit } from './quickFixes';

/** How far from the task a field to copy is looked for, in tasks either side: the notice's own habit nearby. */
const TASKS_LOOKED_AT = 40;

/**
 * The fix for missing-lead on a task that names no unit at all (`12.强化督考机制。` and nothing
 * after it, as a drafter leaves a task being written): the lead unit's field added empty, written
 * as the nearest task writes its own — its label and colon, on a line of its own with its
 * indentation (`牵头单位：`), run on after the text, or in a bracket (`（牵头单位：）`) — the cursor
 * after the colon where the client can place it. A notice whose lead is named by the first unit of
 * its 责任单位 (a declared convention) gets that label. Not where the nearest field is a table
 * cell or worded (`（市发改委牵头）`): there is no label to copy, and a field's own place in a
 * table row is not added by a line. Not preferred: Fix All never adds an empty field.
 */
export function missingLeadFix(uri: string, notice: Notice, finding: Finding): QuickFix | undefined {
	const index = notice.tasks.findIndex((candidate) => candidate.span.start <= finding.span.start && finding.span.end <= candidate.span.end);
	const task = notice.tasks[index];
	// A task with a unit field, even an empty one (`牵头单位：` already there), is filled in, not added to.
	if (!task || task.fields.some((field) => isUnitRole(field.role))) {
		return undefined;
	}
	const model = nearestLabelledField(notice, index);
	const edit = model && addedField(notice, task, model);
	return edit && { title: message('fix.add-lead-field', edit.label), code: 'missing-lead', edits: [{ uri, edits: [edit.edit] }], preferred: false };
}

/** The labelled unit field of the task nearest to `index` (the one before first), its lead field before any other. */
function nearestLabelledField(notice: Notice, index: number): Field | undefined {
	for (let distance = 1; distance <= TASKS_LOOKED_AT; distance++) {
		for (const other of [notice.tasks[index - distance], notice.tasks[index + distance]]) {
			const fields = other?.fields.filter((field) => isUnitRole(field.role) && field.label.length > 0 && (field.style === 'line' || field.style === 'bracket'));
			if (fields && fields.length > 0) {
				return fields.find((field) => field.role === 'lead') ?? fields[0];
			}
		}
	}
	return undefined;
}

/** The model field's label and colon added empty at the end of the task's last line, in the model's place on its line. */
function addedField(notice: Notice, task: Task, model: Field): { edit: TextEdit & { cursor: number }; label: string } | undefined {
	const { text, lineIndex } = notice;
	const label = text.slice(model.labelSpan.start, model.labelSpan.end);
	const colonAt = text.charAt(model.labelSpan.end);
	const colon = colonAt === '：' || colonAt === ':' ? colonAt : '：';
	const modelLine = lineIndex.lineAt(model.labelSpan.start);
	const before = text.slice(lineIndex.lineStart(modelLine), model.labelSpan.start);
	const lastLine = lineIndex.lineAt(Math.max(task.span.start, task.span.end - 1));
	const at = lineIndex.lineEnd(lastLine);
	const written = label + colon;
	if (model.style === 'bracket') {
		// The bracket the model's label stands in, whatever fields come before it there (`(责任领导:杜新国;牵头单位:区发改局)`).
		const open = openBracketBefore(before);
		const close = open && CLOSING[open];
		if (!open || !close) {
			return undefined;
		}
		const newText = open + written + close;
		return { edit: { span: { start: at, end: at }, newText, cursor: newText.length - close.length }, label: written };
	}
	if (/^\s*$/.test(before)) {
		// On a line of its own, indented as the model is.
		const newText = lineBreakOf(text) + before + written;
		return { edit: { span: { start: at, end: at }, newText, cursor: newText.length }, label: written };
	}
	// Run on after the task's text (`…全面完成。牵头单位：市发改委`).
	return { edit: { span: { start: at, end: at }, newText: written, cursor: written.length }, label: written };
}

const CLOSING: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']', '〔': '〕', '〖': '〗', '［': '］' };

/** The bracket left open at the end of `text` (`1.甲。(责任领导:王某;` → `(`), if any. */
function openBracketBefore(text: string): string | undefined {
	let depth = 0;
	for (let i = text.length - 1; i >= 0; i--) {
		const character = text[i];
		if (character in CLOSING) {
			if (depth === 0) {
				return character;
			}
			depth--;
		} else if (Object.values(CLOSING).includes(character)) {
			depth++;
		}
	}
	return undefined;
}
