import { isUnitRole, type FieldRole, type LabelMatch, findLabels } from '../syntax/fieldLabels';
import { matchMarker, MarkerKind, type MarkerMatch } from '../syntax/markers';
import { findBody, findTaskKind, isBlank, scanLines, type ScannedLine } from '../syntax/scanLines';
import { readTrailingParenthesis } from '../syntax/trailingUnits';
import { LineIndex, type Span } from '../text/lineIndex';
import { SpannedText } from '../text/spannedText';
import { unitKey, type ScriptFolder } from '../text/unitKey';
import { splitUnitList, writerRepeatsLevelPrefix, type UnitDraft } from '../units/splitUnitList';
import { findFirstListedLeads } from '../units/unitNames';
import type { Field, FieldStyle, LeadConvention, Marker, Notice, Section, Task, UnitMention } from './types';
import { findDeclaredTaskCount } from './declaredTaskCount';
import { findUnbalancedBrackets } from './brackets';

interface Piece {
	text: string;
	start: number;
}

interface FieldDraft {
	role: FieldRole;
	label: string;
	labelSpan: Span;
	pieces: Piece[];
	style: FieldStyle;
	/** The line the value last grew on, for continuation lines. */
	lastLine: number;
}

interface TaskDraft {
	marker: Marker;
	glued: boolean;
	titleSpan: Span;
	textPieces: Piece[];
	fields: FieldDraft[];
	section: Section | undefined;
	end: number;
}

/**
 * Reads a notice. Never throws: anything it does not understand stays text, and an internal
 * failure gives a `parse-failure` finding with whatever was read up to that point.
 */
export function parseNotice(text: string, fold: ScriptFolder): Notice {
	const lineIndex = new LineIndex(text);
	const notice: Notice = {
		text,
		lineIndex,
		kind: 'notice',
		preambleSpan: { start: 0, end: text.length },
		bodySpan: { start: text.length, end: text.length },
		trailerSpan: { start: text.length, end: text.length },
		taskKind: undefined,
		children: [],
		sections: [],
		tasks: [],
		units: [],
		convention: undefined,
		declaredTaskCount: undefined,
		findings: [],
	};
	try {
		new NoticeReader(notice, fold).read();
	} catch (error) {
		notice.findings.push({ code: 'parse-failure', span: { start: 0, end: 0 }, args: [String(error)] });
	}
	return notice;
}

class NoticeReader {
	private readonly text: string;
	private lines: ScannedLine[] = [];
	private sectionStack: Section[] = [];
	private task: TaskDraft | undefined;
	private lastNonBlankLine = -1;
	/** Unit groups as read, and the mentions that may take their group's level prefix: see writerRepeatsLevelPrefix. */
	private readonly unitGroups: UnitDraft[][] = [];
	private readonly prefixCandidates = new Map<UnitMention, string>();
	/** Unit names repeat a great deal in a notice; their keys are computed once per reading. */
	private readonly keys = new Map<string, string>();

	private keyOf(name: string): string {
		let key = this.keys.get(name);
		if (key === undefined) {
			key = unitKey(name, this.fold);
			this.keys.set(name, key);
		}
		return key;
	}

	constructor(private readonly notice: Notice, private readonly fold: ScriptFolder) {
		this.text = notice.text;
	}

	read(): void {
		const { notice, text } = this;
		this.lines = scanLines(notice.lineIndex);
		const body = findBody(this.lines, text);
		if (body.first < 0) {
			notice.kind = this.lines.some((line) => line.labels.some((label) => isUnitRole(label.role))) ? 'notice' : 'report';
			this.finish();
			return;
		}
		const lineSpans = notice.lineIndex.lines;
		const bodyStart = this.lines[body.first].contentStart;
		const bodyEnd = body.end > body.first ? lineSpans[body.end - 1].end : bodyStart;
		notice.preambleSpan = { start: 0, end: bodyStart };
		notice.bodySpan = { start: bodyStart, end: bodyEnd };
		notice.trailerSpan = { start: body.end < lineSpans.length ? lineSpans[body.end].start : text.length, end: text.length };
		notice.taskKind = findTaskKind(this.lines, body, (line) => readTrailingParenthesis(this.content(line)) !== undefined);

		for (let i = body.first; i < body.end; i++) {
			const line = this.lines[i];
			if (isBlank(line)) {
				continue;
			}
			this.readLine(line.line, line.contentStart, line.contentEnd, line.marker, false);
			this.lastNonBlankLine = line.line;
		}
		this.closeTask();
		this.finish();
	}

	private content(line: ScannedLine): string {
		return this.text.slice(line.contentStart, line.contentEnd);
	}

	/** Reads the content `start`..`end` of line `line`, which begins with `marker` if any. */
	private readLine(line: number, start: number, end: number, marker: MarkerMatch | undefined, glued: boolean): void {
		const taskKind = this.notice.taskKind!;
		let rest = start;
		if (marker && marker.kind < taskKind) {
			this.closeTask();
			this.openSection(marker, end);
			return;
		}
		if (marker && marker.kind === taskKind) {
			this.closeTask();
			this.openTask(marker, glued);
			rest = marker.end;
		}
		if (!this.task) {
			// Text under a heading before its first task belongs to the heading's section.
			return;
		}
		const gluedAt = this.findGluedTask(rest, end);
		if (gluedAt !== undefined) {
			this.readTaskText(line, rest, gluedAt.start);
			this.notice.findings.push({ code: 'glued-item', span: { start: gluedAt.start, end: gluedAt.end }, args: [String(gluedAt.number)] });
			this.readLine(line, gluedAt.start, end, gluedAt, true);
			return;
		}
		this.readTaskText(line, rest, end);
	}

	/** `…市府办125.强化督考机制…`: the next task's number, stuck to the end of this line. */
	private findGluedTask(start: number, end: number): MarkerMatch | undefined {
		const task = this.task;
		if (!task || this.notice.taskKind !== MarkerKind.Arabic || end - start < 4) {
			return undefined;
		}
		const expected = String(task.marker.number + 1);
		const segment = this.text.slice(start, end);
		let from = 1;
		for (;;) {
			const at = segment.indexOf(expected, from);
			if (at < 0) {
				return undefined;
			}
			from = at + 1;
			const before = segment[at - 1];
			const after = segment.slice(at + expected.length, at + expected.length + 2);
			if (/[\d.．、]/.test(before) || before === '第' || !/^[.．、][^\d.．\s]/.test(after)) {
				continue;
			}
			if (!/[\u3400-\u9fff）)」』”]/.test(before) || end - (start + at) < 6) {
				continue;
			}
			const match = matchMarker(this.text.slice(start + at, end), 0);
			if (match && match.kind === MarkerKind.Arabic && match.number === task.marker.number + 1) {
				const offset = start + at;
				return { ...match, start: offset, end: match.end + offset, numberStart: match.numberStart + offset, numberEnd: match.numberEnd + offset };
			}
		}
	}

	private openSection(marker: MarkerMatch, end: number): void {
		const stack = this.sectionStack;
		while (stack.length > 0 && stack[stack.length - 1].marker.kind >= marker.kind) {
			stack.pop();
		}
		const parent = stack[stack.length - 1];
		const titleStart = marker.end;
		const section: Section = {
			type: 'section',
			marker: toMarker(marker),
			title: this.text.slice(titleStart, end),
			titleSpan: { start: titleStart, end },
			span: { start: marker.start, end },
			depth: stack.length,
			parent,
			children: [],
		};
		(parent ? parent.children : this.notice.children).push(section);
		this.notice.sections.push(section);
		stack.push(section);
	}

	/** A task starts at its marker; its text (read next) extends it, up to a glued next task if any. */
	private openTask(marker: MarkerMatch, glued: boolean): void {
		this.task = {
			marker: toMarker(marker),
			glued,
			titleSpan: { start: marker.end, end: marker.end },
			textPieces: [],
			fields: [],
			section: this.sectionStack[this.sectionStack.length - 1],
			end: marker.end,
		};
	}

	/** Text of the current task from `start` to `end` on one line: prose, fields, or the rest of a broken field. */
	private readTaskText(line: number, start: number, end: number): void {
		const task = this.task!;
		task.end = Math.max(task.end, end);
		const segment = this.text.slice(start, end);
		const labels = findLabels(segment);
		const firstLabel = labels.length > 0 ? labels[0].start : segment.length;
		let textEnd = start + firstLabel;

		const last = task.fields[task.fields.length - 1];
		if (firstLabel > 0 && last && this.continuesField(last, line, segment.slice(0, firstLabel), labels.length > 0)) {
			last.pieces.push({ text: segment.slice(0, firstLabel), start });
			last.lastLine = line;
		} else if (firstLabel > 0) {
			this.addText(start, textEnd);
		}
		for (let k = 0; k < labels.length; k++) {
			const label = labels[k];
			const valueStart = label.end;
			let valueEnd = k + 1 < labels.length ? labels[k + 1].start : segment.length;
			const close = enclosingClose(segment, label);
			const style: FieldStyle = close !== undefined ? 'bracket' : 'line';
			if (close !== undefined && close < valueEnd) {
				valueEnd = close;
			}
			const value = trimValue(segment, valueStart, valueEnd);
			task.fields.push({
				role: label.role,
				label: label.label,
				labelSpan: { start: start + label.start, end: start + label.labelEnd },
				pieces: [{ text: segment.slice(value.start, value.end), start: start + value.start }],
				style,
				lastLine: line,
			});
			if (close !== undefined && (k + 1 === labels.length || labels[k + 1].start > close)) {
				// Text after a bracketed field belongs to the task again.
				textEnd = start + close;
				if (close + 1 < segment.length) {
					this.addText(start + close + 1, end);
				}
			}
		}
	}

	/**
	 * A line continues the unit list above it when the list is plainly unfinished (an open bracket,
	 * a trailing 、) or the line is a short fragment with no sentence in it (`县(市)区政府`, `委会`).
	 */
	private continuesField(field: FieldDraft, line: number, fragment: string, labelsFollow: boolean): boolean {
		if (!isUnitRole(field.role) || field.style !== 'line' || field.lastLine !== line - 1 || this.lastNonBlankLine !== line - 1) {
			return false;
		}
		const value = field.pieces.map((piece) => piece.text).join('');
		const opens = (value.match(/[（(]/g) ?? []).length;
		const closes = (value.match(/[）)]/g) ?? []).length;
		if (opens > closes || /[、，,（(]$/.test(value)) {
			return true;
		}
		const body = fragment.replace(/[。；;\s]+$/, '');
		return (labelsFollow || body.length <= 30) && !/[。：:]/.test(body);
	}

	private addText(start: number, end: number): void {
		const task = this.task!;
		const text = this.text.slice(start, end);
		if (text.trim().length === 0) {
			return;
		}
		if (task.textPieces.length === 0 && task.fields.length === 0) {
			task.titleSpan = { start, end };
		}
		task.textPieces.push({ text, start });
	}

	private closeTask(): void {
		const draft = this.task;
		if (!draft) {
			return;
		}
		this.task = undefined;
		const notice = this.notice;
		const titleText = this.text.slice(draft.titleSpan.start, draft.titleSpan.end);
		const task: Task = {
			type: 'task',
			marker: draft.marker,
			title: titleText.trim(),
			titleSpan: draft.titleSpan,
			span: { start: draft.marker.span.start, end: draft.end },
			text: draft.textPieces.length === 1 ? draft.textPieces[0].text : draft.textPieces.map((piece) => piece.text).join(''),
			fields: [],
			units: [],
			section: draft.section,
			glued: draft.glued,
			index: notice.tasks.length,
		};
		for (const fieldDraft of draft.fields) {
			task.fields.push(this.buildField(task, fieldDraft));
		}
		this.readTrailingUnits(task, draft);
		for (const field of task.fields) {
			for (const unit of field.units) {
				task.units.push(unit);
			}
		}
		(task.section ? task.section.children : notice.children).push(task);
		notice.tasks.push(task);
	}

	private buildField(task: Task, draft: FieldDraft): Field {
		const source = SpannedText.of(draft.pieces);
		const valueSpan = source.text.length > 0 ? source.sourceSpan(0, source.text.length) : { start: draft.labelSpan.end, end: draft.labelSpan.end };
		const field: Field = { role: draft.role, label: draft.label, labelSpan: draft.labelSpan, valueSpan, style: draft.style, units: [] };
		if (isUnitRole(draft.role)) {
			this.fillUnits(task, field, source, draft.role);
		}
		return field;
	}

	private fillUnits(task: Task, field: Field, source: SpannedText, role: 'lead' | 'responsible' | 'other'): void {
		const list = splitUnitList(source);
		if (list.conventionSpan && !this.notice.convention) {
			this.notice.convention = { firstListedLeads: true, span: list.conventionSpan };
		}
		for (const offset of list.unbalanced) {
			const at = source.sourceOffset(offset);
			this.notice.findings.push({ code: 'unbalanced-bracket', span: { start: at, end: at + 1 }, args: [source.text[offset]] });
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
			const mention: UnitMention = {
				name: draft.name,
				key: this.keyOf(draft.name),
				written: this.text.slice(span.start, span.end),
				span,
				nameSpan: source.sourceSpan(draft.start, draft.nameEnd),
				role,
				fieldRole: role,
				collective: draft.collective,
				completed: draft.completed,
				// Only the name counts: a line break inside a long scope parenthesis leaves the name whole.
				brokenAcrossLines: source.crossesPieces(draft.start, draft.nameEnd),
				group: draft.group,
				index: field.units.length,
				task,
			};
			if (draft.tailStart !== undefined) {
				mention.nameTailSpan = source.sourceSpan(draft.tailStart, draft.end);
			}
			if (draft.levelPrefix) {
				this.prefixCandidates.set(mention, draft.levelPrefix);
			}
			if (draft.qualifier) {
				mention.qualifier = { text: draft.qualifier.text, span: source.sourceSpan(draft.qualifier.start, draft.qualifier.end), kind: draft.qualifier.kind };
			}
			field.units.push(mention);
		}
	}

	/** The State Council style `（国家发展改革委、财政部等按职责分工负责）` at the end of the task's text. */
	private readTrailingUnits(task: Task, draft: TaskDraft): void {
		if (task.fields.some((field) => isUnitRole(field.role))) {
			return;
		}
		for (let p = draft.textPieces.length - 1; p >= 0; p--) {
			const piece = draft.textPieces[p];
			const parenthesis = readTrailingParenthesis(piece.text);
			if (!parenthesis) {
				continue;
			}
			if (parenthesis.convention && !this.notice.convention) {
				this.notice.convention = {
					firstListedLeads: true,
					span: { start: piece.start + parenthesis.convention.start, end: piece.start + parenthesis.convention.end },
				};
			}
			for (const segment of parenthesis.segments) {
				const field: Field = {
					role: segment.role,
					label: '',
					labelSpan: { start: piece.start + segment.start, end: piece.start + segment.start },
					valueSpan: { start: piece.start + segment.start, end: piece.start + segment.end },
					style: 'trailing-parenthesis',
					units: [],
				};
				const source = SpannedText.of([{ text: piece.text.slice(segment.start, segment.end), start: piece.start + segment.start }]);
				this.fillUnits(task, field, source, segment.role as 'lead' | 'responsible' | 'other');
				task.fields.push(field);
			}
			if (parenthesis.soleOwnerVerb && parenthesis.segments.length === 1) {
				const units = task.fields.flatMap((field) => field.units);
				if (units.length === 1) {
					units[0].role = 'lead';
				}
			}
			return;
		}
	}

	private finish(): void {
		const notice = this.notice;
		const text = this.text;
		if (!notice.convention) {
			const found = findFirstListedLeads(text);
			if (found) {
				notice.convention = { firstListedLeads: true, span: { start: found.index, end: found.index + found.length } };
			}
		}
		if (!writerRepeatsLevelPrefix(this.unitGroups)) {
			for (const [mention, prefix] of this.prefixCandidates) {
				mention.name = prefix + mention.name;
				mention.key = this.keyOf(mention.name);
				mention.completed = true;
			}
		}
		applyConvention(notice.tasks, notice.convention);
		notice.units = notice.tasks.flatMap((task) => task.units);
		const hasUnits = notice.units.length > 0 || this.lines.some((line) => line.labels.some((label) => isUnitRole(label.role)));
		const preamble = text.slice(notice.preambleSpan.start, notice.preambleSpan.end);
		notice.kind = hasUnits || /(分解|分工|牵头|牽頭|责任单位|責任單位|责任清单)/.test(preamble) ? 'notice' : 'report';
		notice.declaredTaskCount = findDeclaredTaskCount(preamble, notice.preambleSpan.start);
		const reported = new Set(notice.findings.filter((finding) => finding.code === 'unbalanced-bracket').map((finding) => finding.span.start));
		for (const task of notice.tasks) {
			for (const offset of findUnbalancedBrackets(text, task.span)) {
				if (!reported.has(offset)) {
					reported.add(offset);
					notice.findings.push({ code: 'unbalanced-bracket', span: { start: offset, end: offset + 1 }, args: [text[offset]] });
				}
			}
		}
		closeSpans(notice);
		notice.findings.sort((a, b) => a.span.start - b.span.start);
	}
}

function toMarker(match: MarkerMatch): Marker {
	return {
		kind: match.kind,
		number: match.number,
		span: { start: match.start, end: match.end },
		numberSpan: { start: match.numberStart, end: match.numberEnd },
	};
}

/** Where the bracket enclosing `label` closes, when the label stands inside `（…）` or `【…】`. */
function enclosingClose(segment: string, label: LabelMatch): number | undefined {
	let depth = 0;
	for (let i = label.start - 1; i >= 0; i--) {
		const char = segment[i];
		if (/[）)】\]〕］]/.test(char)) {
			depth++;
		} else if (/[（(【[〔［]/.test(char)) {
			if (depth === 0) {
				let level = 0;
				for (let j = label.end; j < segment.length; j++) {
					const next = segment[j];
					if (/[（(【[〔［]/.test(next)) {
						level++;
					} else if (/[）)】\]〕］]/.test(next)) {
						if (level === 0) {
							return j;
						}
						level--;
					}
				}
				return undefined;
			}
			depth--;
		}
	}
	return undefined;
}

function trimValue(segment: string, start: number, end: number): { start: number; end: number } {
	while (start < end && /[\s\u3000]/.test(segment[start])) {
		start++;
	}
	while (end > start && /[\s\u3000；;，,。]/.test(segment[end - 1])) {
		end--;
	}
	return { start, end };
}

/** "列第一位者为牵头单位，下同": from where it is declared on, a task without a lead field is led by its first unit. */
function applyConvention(tasks: readonly Task[], convention: LeadConvention | undefined): void {
	for (const task of tasks) {
		if (task.units.some((unit) => unit.role === 'lead')) {
			continue;
		}
		if (!convention || task.span.end <= convention.span.start) {
			continue;
		}
		const first = task.units.find((unit) => unit.fieldRole === 'responsible');
		if (first) {
			first.role = 'lead';
		}
	}
}

/** Sections end where their last task or heading text ends. */
function closeSpans(notice: Notice): void {
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
