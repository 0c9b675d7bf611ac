import type { Finding } from '../checks/finding';
import { message } from '../messages/message';
import type { Field, Notice, Task } from '../model/types';
import { isUnitRole } from '../syntax/fieldLabels';
import { lineBreakOf } from '../text/lineBreaks';
import type { QuickFix, TextEdit } from './quickFixes';
import type { NoticeReader } from './readBack';
import type { NoticeText } from '../text/noticeText';

/** How far from the task a field to copy is looked for, in tasks either side: the notice's own habit nearby. */
const TASKS_LOOKED_AT = 40;

/** A unit typed after the added colon when the fix is read back, should the model field name none. */
const PROBE_UNIT = '市发展和改革委员会';

type CursorEdit = TextEdit & { cursor: number };

/**
 * The fix for missing-lead on a task that names no unit at all (`12.强化督考机制。` and nothing
 * after it, as a drafter leaves a task being written): the lead unit's field added empty, written
 * as the nearest task writes its own — its label and colon, on a line of its own with its
 * indentation (`牵头单位：`), run on after the text, or in a bracket (`（牵头单位：）`, or inside the
 * task's own bracket when it has one: `（责任领导：王某；牵头单位：）`) — the cursor after the colon
 * where the client can place it. A notice whose lead is named by the first unit of its 责任单位 (a
 * declared convention) gets that label. Offered only when the text with the field and a unit typed
 * after its colon reads as meant: that unit leads the task, every other task and the task's own
 * text read as before (a table's row, tasks sharing a line, a field glued onto a deadline's value
 * are not). Not where the nearest field is a table cell or worded (`（市发改委牵头）`): there is no
 * label to copy. Not preferred: Fix All never adds an empty field.
 */
export function missingLeadFix(uri: string, notice: Notice, finding: Finding, reader: NoticeReader | undefined): QuickFix | undefined {
	const index = notice.tasks.findIndex((candidate) => candidate.start <= finding.span.start && finding.span.end <= candidate.end);
	const task = notice.tasks[index];
	// A task with a unit field, even an empty one (`牵头单位：` already there), is filled in, not added to; a table's row has its cells.
	if (!task || !reader || task.table !== undefined || task.fields.some((field) => isUnitRole(field.role))) {
		return undefined;
	}
	const nearest = nearestLabelledField(notice, index);
	const model = nearest?.field;
	const added = model && addedField(notice, task, model);
	if (!added || !readsAsMeant(notice, index, added.edit, nearest.task.units[model.unitStart]?.name ?? PROBE_UNIT, reader)) {
		return undefined;
	}
	return { title: message('fix.add-lead-field', added.label), code: 'missing-lead', edits: [{ uri, edits: [added.edit] }], preferred: false };
}

/** The labelled unit field of the task nearest to `index` (the one before first), its lead field before any other. */
function nearestLabelledField(notice: Notice, index: number): { task: Task; field: Field } | undefined {
	for (let distance = 1; distance <= TASKS_LOOKED_AT; distance++) {
		for (const other of [notice.tasks[index - distance], notice.tasks[index + distance]]) {
			const fields = other?.fields.filter((field) => isUnitRole(field.role) && field.label.length > 0 && (field.style === 'line' || field.style === 'bracket'));
			if (other && fields && fields.length > 0) {
				return { task: other, field: fields.find((field) => field.role === 'lead') ?? fields[0] };
			}
		}
	}
	return undefined;
}

/** The model field's label and colon added empty to the task, in the model's place: see missingLeadFix. */
function addedField(notice: Notice, task: Task, model: Field): { edit: CursorEdit; label: string } | undefined {
	const { text, lineIndex } = notice;
	const label = text.slice(model.labelStart, model.labelEnd);
	const after = text.charAt(model.labelEnd);
	// A label written without a colon (`【牵头单位】市发改委`) gets none.
	const colon = after === '：' || after === ':' ? after : /[】\]]/.test(after) || /^[【[]/.test(label) ? '' : '：';
	const written = label + colon;
	const modelLine = lineIndex.lineAt(model.labelStart);
	const before = text.slice(lineIndex.lineStart(modelLine), model.labelStart);
	const lastLine = lineIndex.lineAt(Math.max(task.start, task.end - 1));
	const at = lineIndex.lineEnd(lastLine);
	const insert = (newText: string, cursor: number, where = at) => ({ edit: { span: { start: where, end: where }, newText, cursor }, label: written });
	if (model.style === 'bracket') {
		const own = ownBracketClose(text, task);
		if (own !== undefined) {
			// Inside the task's own bracket, after its fields, as the model separates its fields (`；` by default).
			const separator = separatorBefore(before) ?? (colon === ':' ? ';' : '；');
			return insert(separator + written, separator.length + written.length, own);
		}
		// The bracket the model's label stands in, whatever fields come before it there (`(责任领导:杜新国;牵头单位:区发改局)`).
		const open = openBracketBefore(before);
		const close = open && CLOSING[open];
		return open && close ? insert(open + written + close, open.length + written.length) : undefined;
	}
	if (/^\s*$/.test(before)) {
		// On a line of its own, indented as the model is.
		const newText = lineBreakOf(text) + before + written;
		return insert(newText, newText.length);
	}
	// Run on after the task's text (`…全面完成。牵头单位：市发改委`).
	return insert(written, written.length);
}

/** Where the bracket of the task's own last bracketed field closes (`（责任领导：王某）`), if it has one. */
function ownBracketClose(text: NoticeText, task: Task): number | undefined {
	const field = [...task.fields].reverse().find((each) => each.style === 'bracket');
	if (!field) {
		return undefined;
	}
	for (let at = field.valueEnd; at <= task.end && at < text.length; at++) {
		if (CLOSERS.has(text.charAt(at))) {
			return at;
		}
	}
	return undefined;
}

/** The separator before the model's label inside its bracket (`；` of `（责任领导：王某；牵头单位：…`), if any. */
function separatorBefore(before: string): string | undefined {
	return /[；;，,]\s*$/.exec(before)?.[0].trim();
}

/**
 * Whether the text with the edit and `unit` typed at its cursor reads as the fix means: as many
 * tasks, `unit` the task's lead, the task's own text and every other task's units as before.
 */
function readsAsMeant(notice: Notice, index: number, edit: CursorEdit, unit: string, reader: NoticeReader): boolean {
	const typed = edit.newText.slice(0, edit.cursor) + unit + edit.newText.slice(edit.cursor);
	const after = reader.parseNotice(notice.text.slice(0, edit.span.start) + typed + notice.text.slice(edit.span.end));
	if (after.tasks.length !== notice.tasks.length) {
		return false;
	}
	const key = reader.unitKey(unit);
	return after.tasks.every((task, t) => {
		const was = notice.tasks[t];
		if (t === index) {
			return task.text === was.text && task.units.some((mention) => mention.role === 'lead' && mention.key === key);
		}
		return task.units.length === was.units.length && task.units.every((mention, u) => mention.key === was.units[u].key && mention.role === was.units[u].role);
	});
}

const CLOSING: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']', '〔': '〕', '〖': '〗', '［': '］' };
const CLOSERS = new Set(Object.values(CLOSING));

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
		} else if (CLOSERS.has(character)) {
			depth++;
		}
	}
	return undefined;
}
