import { findUnbalancedBrackets } from '../model/brackets';
import { emptyNotice } from '../model/emptyNotice';
import { findDeclaredTaskCount } from '../model/declaredTaskCount';
import type { Field, FieldStyle, LeadConvention, Marker, Notice, Section, Task, TextRef, UnitMention } from '../model/types';
import { isUnitRole, namesUnits, type FieldRole, type LabelMatch, type UnitRole } from '../syntax/fieldLabels';
import { enclosingGroup, type BracketGroup } from '../syntax/lineScan';
import { MarkerKind, matchMarker, type MarkerMatch } from '../syntax/markers';
import type { NoticeStructure, TableBlock } from '../syntax/structure';
import type { Span } from '../text/lineIndex';
import { SpannedText } from '../text/spannedText';
import { unitKey, type ScriptFolder } from '../text/unitKey';
import { foldVocabulary } from '../text/vocabularyFold';
import { splitUnitList, writerRepeatsLevelPrefix, type UnitDraft } from '../units/splitUnitList';
import { isLeaderName } from '../units/unitNames';
import { applyLeadRules, earlierConvention, findConventionIn } from './conventions';
import { ENDS_PART, findDocumentParts, LinePart, type DocumentParts } from './documentParts';
import { splitGluedLines, type Segment } from './gluedLines';
import { readBareUnitParenthesis, readHeadingDesignation, readProseDesignations, readWordedParenthesis, type WordedList } from './leadWording';
import { readTableRows } from './tableTasks';
import { decideTaskLevel, isFramingTitle, type ItemDecision, type LevelItem } from './taskLevel';

/**
 * The interpretation pass: reads the structure of a notice as a clerk does. It decides which
 * numbered items are tasks (taskLevel), which lines are a cover letter, a signature or an attachment
 * list (documentParts), how each task designates its lead (labels, worded parentheses, headings,
 * prose, table columns, conventions), and keeps leaders and deadlines apart from units.
 */

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
	/** Round brackets left open in the value so far (line fields, which may continue). */
	openRounds?: number;
}

/** Round brackets opened but not closed in a piece (a scope left open runs on to the next line). */
function openRounds(text: string): number {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		depth += code === 0xff08 || code === 0x28 ? 1 : code === 0xff09 || code === 0x29 ? -1 : 0;
	}
	return depth;
}

interface TaskDraft {
	marker: Marker;
	glued: boolean;
	titleSpan: Span;
	textPieces: Piece[];
	fields: FieldDraft[];
	section: Section | undefined;
	end: number;
	/** The task's lines (or pieces of lines), for its parentheses and prose. */
	segments: Segment[];
	/** Its marker line is its heading (`（一）省监察厅牵头的工作` over a paragraph). */
	headingSegment?: Segment;
	/** The line after which a designation closed the task's text (a unit field, a worded parenthesis at the line's end). */
	closedAfterLine: number;
	table?: number;
	leader?: TextRef;
	deadline?: TextRef;
	/** Worded lists of a table row's cells are fields already. */
	fromTable: boolean;
	/** The title when it is not the text of titleSpan (a table cell wrapped over several lines). */
	title?: string;
}

/** An item of the notice: a numbered segment, with what its own content carries. */
interface Item extends LevelItem {
	segment: number;
	/** Its own segments (up to the next item): from its own to `ownEnd`, for the prose test made only when nothing else carries units. */
	ownEnd: number;
}

const BREAKDOWN_WORDS = /(分解|分工|牵头|责任单位|责任清单|任务清单|责任部门)/;

export function interpretNotice(structure: NoticeStructure, fold: ScriptFolder): Notice {
	const notice = emptyNotice(structure.text, structure.lineIndex);
	try {
		new NoticeInterpreter(structure, notice, fold).read();
	} catch (error) {
		notice.findings.push({ code: 'parse-failure', span: { start: 0, end: 0 }, args: [String(error)] });
	}
	return notice;
}

class NoticeInterpreter {
	private readonly text: string;
	private parts!: DocumentParts;
	private segments: Segment[] = [];
	private sectionStack: Section[] = [];
	private task: TaskDraft | undefined;
	private lastNonBlankLine = -1;
	/** The first segment after the last item: past it, a closing paragraph after a task's units is no task text. */
	private afterLastItem = Number.MAX_SAFE_INTEGER;
	private convention: LeadConvention | undefined;
	/** Unit groups as read, and the mentions that may take their group's level prefix: see writerRepeatsLevelPrefix. */
	private readonly unitGroups: UnitDraft[][] = [];
	private readonly prefixCandidates = new Map<UnitMention, string>();
	/** Unit names repeat a great deal in a notice; their keys are computed once per reading. */
	private readonly keys = new Map<string, string>();
	/** Units named by section headings, waiting for the first task under them. */
	private readonly sectionUnits = new Map<Section, Array<{ list: WordedList; style: FieldStyle }>>();

	constructor(
		private readonly structure: NoticeStructure,
		private readonly notice: Notice,
		private readonly fold: ScriptFolder,
	) {
		this.text = structure.text;
	}

	private keyOf(name: string): string {
		let key = this.keys.get(name);
		if (key === undefined) {
			key = unitKey(name, this.fold);
			this.keys.set(name, key);
		}
		return key;
	}

	read(): void {
		const { structure, text } = this;
		this.parts = findDocumentParts(text, structure.lines);
		this.segments = splitGluedLines(text, structure.lines);
		const decisions = this.decideItems();
		this.walk(decisions);
		this.finish();
	}

	// -----------------------------------------------------------------------------------------
	// Items and the task level

	private lineFlags(segment: Segment): number {
		return this.parts.flags[segment.line.line];
	}

	/** A signature, a date, page furniture, an attachment heading: no task text goes on over it. */
	private endsPart(segment: Segment): boolean {
		return !segment.glued && (this.lineFlags(segment) & ENDS_PART) !== 0;
	}

	/** A segment whose marker may number an item: not an attachment list, a page number, a date or a signature. */
	private isItemSegment(segment: Segment): boolean {
		if (!segment.marker || segment.line.table >= 0) {
			return false;
		}
		const flags = segment.glued ? 0 : this.lineFlags(segment);
		return (flags & (LinePart.AttachmentList | LinePart.PageNumber | LinePart.Addressee | ENDS_PART)) === 0;
	}

	/** One pass over the segments (O(segments + their labels and bracket groups)), then the task level. */
	private decideItems(): Array<ItemDecision | undefined> {
		const { segments, parts } = this;
		const items: Item[] = [];
		let reset = false;
		let open: Item | undefined;
		const tableSeen = new Set<number>();
		for (let i = 0; i < segments.length; i++) {
			const segment = segments[i];
			const line = segment.line;
			if (line.end === line.start) {
				continue;
			}
			if (this.endsPart(segment)) {
				reset = true;
				open = undefined;
				continue;
			}
			if (line.table >= 0) {
				if (!tableSeen.has(line.table)) {
					tableSeen.add(line.table);
					// A table inside an open item makes it a heading; the rows are the tasks.
					const holder = this.openItemAt(items, reset);
					if (holder) {
						holder.holdsTable = true;
					}
				}
				continue;
			}
			if (this.isItemSegment(segment)) {
				const marker = segment.marker!;
				open = {
					kind: marker.kind,
					segment: i,
					ownEnd: i + 1,
					carriesUnits: false,
					carriesFields: false,
					framing: isFramingTitle(text(this.text, marker.end, segment.end)),
					inFront: parts.frontEnd >= 0 && line.line < parts.frontEnd,
					holdsTable: false,
					resetBefore: reset,
				};
				items.push(open);
				reset = false;
				const heading = readHeadingDesignation(this.text, marker.end, segment.end);
				if (heading?.kind === 'unit') {
					open.carriesUnits = true;
				}
			}
			if (open) {
				open.ownEnd = i + 1;
				this.noteCarriers(open, segment);
			}
		}
		for (const item of items) {
			// Prose (`由A会同B负责`) is read last and only where nothing else names units: it is the costly test.
			for (let index = item.segment; !item.carriesUnits && index < item.ownEnd; index++) {
				const segment = segments[index];
				item.carriesUnits = segment.line.table < 0 && segment.line.end > segment.line.start && this.proseNamesUnits(segment);
			}
		}
		decideTaskLevel(items, this.structure.tables.length > 0);
		const decisions: Array<ItemDecision | undefined> = new Array(segments.length);
		for (const item of items) {
			decisions[item.segment] = item.decision;
		}
		const last = items.filter((item) => item.decision === 'task' || item.decision === 'section').pop();
		if (last) {
			let after = last.segment + 1;
			while (after < segments.length && segments[after].line.table >= 0) {
				after++;
			}
			this.afterLastItem = after;
		}
		return decisions;
	}

	/** The innermost item still open where a table starts (none after a reset). */
	private openItemAt(items: readonly Item[], reset: boolean): Item | undefined {
		return reset ? undefined : items[items.length - 1];
	}

	/** What the content of a segment carries, for the item it belongs to. */
	private noteCarriers(item: Item, segment: Segment): void {
		const labels = this.labelsIn(segment);
		if (labels.length > 0) {
			item.carriesFields = true;
			if (labels.some((label) => namesUnits(label.role))) {
				item.carriesUnits = true;
				return;
			}
		}
		if (item.carriesUnits) {
			return;
		}
		for (const group of this.groupsIn(segment)) {
			if (group.close > 0 && readWordedParenthesis(this.text, group.open, group.close)?.lists.length) {
				item.carriesUnits = true;
				return;
			}
		}
		const last = this.lastGroupOf(segment);
		if (last && readBareUnitParenthesis(this.text, last.open, last.close)) {
			item.carriesUnits = true;
		}
	}

	private proseNamesUnits(segment: Segment): boolean {
		return readProseDesignations(this.text, segment.marker ? segment.marker.end : segment.start, segment.end).length > 0;
	}

	private labelsIn(segment: Segment): LabelMatch[] {
		const labels = segment.line.labels;
		if (!segment.glued && segment.start === segment.line.start && segment.end === segment.line.end) {
			return labels;
		}
		return labels.filter((label) => label.start >= segment.start && label.end <= segment.end);
	}

	private groupsIn(segment: Segment): BracketGroup[] {
		const groups = segment.line.brackets;
		if (segment.start === segment.line.start && segment.end === segment.line.end) {
			return groups;
		}
		return groups.filter((group) => group.open >= segment.start && group.open < segment.end && group.close < segment.end);
	}

	/** The parenthesis that ends a segment (`…准备寒冬送暖事宜。(民政局)`), if any. */
	private lastGroupOf(segment: Segment): BracketGroup | undefined {
		const groups = this.groupsIn(segment);
		const last = groups[groups.length - 1];
		if (!last || last.close < 0) {
			return undefined;
		}
		let end = segment.end;
		while (end > last.close + 1 && /[。；;.\s]/.test(this.text[end - 1])) {
			end--;
		}
		return end === last.close + 1 ? last : undefined;
	}

	// -----------------------------------------------------------------------------------------
	// The walk: sections, tasks, their text and fields

	/** One pass over the segments; a line's text is read once, a field goes on in O(1) per line. */
	private walk(decisions: ReadonlyArray<ItemDecision | undefined>): void {
		const { segments, text } = this;
		let bodyStart = -1;
		for (let i = 0; i < segments.length; i++) {
			const segment = segments[i];
			const line = segment.line;
			if (line.end === line.start) {
				continue;
			}
			if (this.endsPart(segment)) {
				this.closeTask();
				this.sectionStack = [];
				continue;
			}
			if (line.table >= 0) {
				const table = this.structure.tables[line.table];
				if (table.firstLine === line.line && segment.start === line.start) {
					this.closeTask();
					if (bodyStart < 0) {
						bodyStart = table.span.start;
					}
					this.readTable(table, line.table);
				}
				continue;
			}
			const decision = decisions[i];
			if (decision === 'section') {
				this.closeTask();
				this.openSection(segment);
				bodyStart = bodyStart < 0 ? segment.start : bodyStart;
				this.lastNonBlankLine = line.line;
				continue;
			}
			if (decision === 'task') {
				this.closeTask();
				if (segment.glued) {
					// Items glued onto one line with spaces between (a paste lost the line breaks).
					const marker = segment.marker!;
					this.notice.findings.push({ code: 'glued-item', span: { start: marker.start, end: marker.end }, args: [String(marker.number)] });
				}
				this.openTask(segment.marker!, segment.glued, segment);
				bodyStart = bodyStart < 0 ? segment.start : bodyStart;
				this.readTaskLine(segment, segment.marker!.end);
				this.lastNonBlankLine = line.line;
				continue;
			}
			if (this.task && i >= this.afterLastItem && this.endsAfterDesignation(segment)) {
				// 各地区、各有关部门要充分认识…: the notice's closing paragraph, after the last task's units.
				this.closeTask();
				this.afterLastItem = Number.MAX_SAFE_INTEGER;
				this.sectionStack = [];
				continue;
			}
			if (this.task) {
				this.task.segments.push(segment);
				this.readTaskLine(segment, segment.start);
			} else if (this.sectionStack.length > 0) {
				this.readSectionLine(segment);
			}
			this.lastNonBlankLine = line.line;
		}
		this.closeTask();
		if (bodyStart >= 0) {
			const lastTask = this.notice.tasks[this.notice.tasks.length - 1];
			const lastSection = this.notice.sections[this.notice.sections.length - 1];
			const bodyEnd = Math.max(lastTask ? lastTask.span.end : bodyStart, lastSection ? lastSection.span.end : bodyStart);
			this.notice.preambleSpan = { start: 0, end: bodyStart };
			this.notice.bodySpan = { start: bodyStart, end: bodyEnd };
			const trailerStart = this.nextLineStart(bodyEnd);
			this.notice.trailerSpan = { start: trailerStart, end: text.length };
		}
	}

	private nextLineStart(offset: number): number {
		const lines = this.structure.lineIndex.lines;
		const line = this.structure.lineIndex.positionAt(offset).line;
		return line + 1 < lines.length ? lines[line + 1].start : this.text.length;
	}

	/** After the last item: prose that follows a line where the task's units closed is no more of the task. */
	private endsAfterDesignation(segment: Segment): boolean {
		const task = this.task!;
		if (task.closedAfterLine < 0 || segment.line.line <= task.closedAfterLine || this.labelsIn(segment).length > 0) {
			return false;
		}
		const last = task.fields[task.fields.length - 1];
		if (last && last.lastLine === this.lastNonBlankLine && this.continuesField(last, segment.line.line, text(this.text, segment.start, segment.end), false)) {
			return false;
		}
		return true;
	}

	private openSection(segment: Segment): void {
		const marker = segment.marker!;
		const stack = this.sectionStack;
		while (stack.length > 0 && stack[stack.length - 1].marker.kind >= marker.kind) {
			stack.pop();
		}
		const section = this.pushSection(toMarker(marker), marker.end, segment.end);
		const heading = readHeadingDesignation(this.text, marker.end, segment.end);
		if (heading?.kind === 'leader') {
			section.leader = { text: this.text.slice(heading.start, heading.end), span: { start: heading.start, end: heading.end } };
		} else if (heading?.kind === 'unit') {
			this.sectionUnits.set(section, [{ list: { role: 'lead', start: heading.start, end: heading.end }, style: 'heading' }]);
		} else {
			// （一）推进改革（牵头单位：市发改委） over 1. and 2.: the heading's lead field leads the tasks under it.
			const labels = this.labelsIn(segment);
			const leads = labels.filter((label) => label.role === 'lead').map((label) => {
				const value = this.valueOf(segment, label, labels);
				const style: FieldStyle = enclosingGroup(segment.line.brackets, label.start) ? 'bracket' : 'line';
				return { list: { role: 'lead' as const, start: value.start, end: value.end }, style };
			});
			if (leads.length > 0) {
				this.sectionUnits.set(section, leads);
			}
		}
		this.readSectionLine(segment);
	}

	private pushSection(marker: Marker, titleStart: number, end: number): Section {
		const stack = this.sectionStack;
		const parent = stack[stack.length - 1];
		const section: Section = {
			type: 'section',
			marker,
			title: this.text.slice(titleStart, end),
			titleSpan: { start: titleStart, end },
			span: { start: marker.span.start, end },
			depth: stack.length,
			parent,
			children: [],
			units: [],
		};
		(parent ? parent.children : this.notice.children).push(section);
		this.notice.sections.push(section);
		stack.push(section);
		return section;
	}

	/** Text under a heading before its first task: a leader field there (`（牵头领导:成坤、柯相国、王俊）`) names the section's leader. */
	private readSectionLine(segment: Segment): void {
		const section = this.sectionStack[this.sectionStack.length - 1];
		section.span = { start: section.span.start, end: Math.max(section.span.end, segment.end) };
		for (const label of this.labelsIn(segment)) {
			if (label.role === 'leader' && !section.leader) {
				const value = this.valueOf(segment, label, this.labelsIn(segment));
				section.leader = { text: this.text.slice(value.start, value.end), span: value };
			}
		}
	}

	private openTask(marker: MarkerMatch | Marker, glued: boolean, segment: Segment | undefined): void {
		const asMarker = 'numberSpan' in marker ? marker : toMarker(marker);
		const markerEnd = asMarker.span.end;
		this.task = {
			marker: asMarker,
			glued,
			titleSpan: { start: markerEnd, end: markerEnd },
			textPieces: [],
			fields: [],
			section: this.sectionStack[this.sectionStack.length - 1],
			end: markerEnd,
			segments: segment ? [segment] : [],
			headingSegment: segment,
			closedAfterLine: -1,
			fromTable: false,
		};
	}

	/** One line (or glued piece) of the current task, from `start`: prose, fields, or more of a field. */
	private readTaskLine(segment: Segment, start: number): void {
		const gluedAt = this.findTightGlue(segment, start);
		if (gluedAt) {
			this.readTaskText(segment, start, gluedAt.start);
			// The task ends where the glued one starts: its parentheses are read up to there.
			const segments = this.task!.segments;
			if (segments[segments.length - 1] === segment) {
				const clipped = { ...segment, end: gluedAt.start };
				segments[segments.length - 1] = clipped;
				if (this.task!.headingSegment === segment) {
					this.task!.headingSegment = clipped;
				}
			}
			this.notice.findings.push({ code: 'glued-item', span: { start: gluedAt.start, end: gluedAt.end }, args: [String(gluedAt.number)] });
			this.closeTask();
			this.openTask(gluedAt, true, undefined);
			const rest: Segment = { ...segment, start: gluedAt.start, marker: gluedAt, glued: true };
			this.task!.segments.push(rest);
			this.readTaskLine(rest, gluedAt.end);
			return;
		}
		this.readTaskText(segment, start, segment.end);
	}

	/** `…市府办125.强化督考机制…`: the next task's number stuck to the end of a line. */
	private findTightGlue(segment: Segment, start: number): MarkerMatch | undefined {
		const task = this.task;
		if (!task || task.marker.kind !== MarkerKind.Arabic) {
			return undefined;
		}
		for (const { marker, spaced } of segment.line.inner) {
			if (!spaced && marker.start > start && marker.start < segment.end && marker.number === task.marker.number + 1 && segment.end - marker.start >= 6) {
				return marker;
			}
		}
		return undefined;
	}

	/** The value of a label on a segment: up to the next label or the bracket that encloses it. */
	private valueOf(segment: Segment, label: LabelMatch, labels: readonly LabelMatch[]): Span {
		const index = labels.indexOf(label);
		let end = index + 1 < labels.length ? labels[index + 1].start : segment.end;
		const group = enclosingGroup(segment.line.brackets, label.start);
		if (group && group.close >= 0 && group.close < end) {
			end = group.close;
		}
		return trimValue(this.text, label.end, end);
	}

	private readTaskText(segment: Segment, start: number, end: number): void {
		const task = this.task!;
		const line = segment.line.line;
		task.end = Math.max(task.end, end);
		const all = this.labelsIn(segment);
		const labels = all.length === 0 || (start <= segment.start && end >= segment.end) ? all : all.filter((label) => label.start >= start && label.end <= end);
		const firstLabel = labels.length > 0 ? labels[0].start : end;
		const last = task.fields[task.fields.length - 1];
		if (firstLabel > start && last && this.continuesField(last, line, this.text.slice(start, firstLabel), labels.length > 0)) {
			const more = this.text.slice(start, firstLabel);
			last.pieces.push({ text: more, start });
			last.openRounds = (last.openRounds ?? 0) + openRounds(more);
			last.lastLine = line;
			task.closedAfterLine = line;
		} else if (firstLabel > start) {
			this.addText(start, firstLabel);
		}
		for (let k = 0; k < labels.length; k++) {
			const label = labels[k];
			let valueEnd = k + 1 < labels.length ? labels[k + 1].start : end;
			const group = enclosingGroup(segment.line.brackets, label.start);
			const close = group && group.close >= 0 ? group.close : undefined;
			const style: FieldStyle = close !== undefined ? 'bracket' : 'line';
			if (close !== undefined && close < valueEnd) {
				valueEnd = close;
			}
			const value = trimValue(this.text, label.end, valueEnd);
			const pieces = this.piecesWithoutGlosses(segment, value.start, value.end);
			task.fields.push({
				role: label.role,
				label: label.label,
				labelSpan: { start: label.start, end: label.labelEnd },
				pieces,
				style,
				lastLine: line,
				openRounds: style === 'line' ? pieces.reduce((depth, piece) => depth + openRounds(piece.text), 0) : 0,
			});
			if (namesUnits(label.role)) {
				task.closedAfterLine = line;
			}
			if (close !== undefined && (k + 1 === labels.length || labels[k + 1].start > close)) {
				// Text after a bracketed field belongs to the task again.
				if (close + 1 < end) {
					this.addText(close + 1, end);
				}
			}
		}
		if (labels.length === 0 && firstLabel > start) {
			const lastGroup = this.lastGroupOf(segment);
			if (lastGroup && lastGroup.close >= start && readWordedParenthesis(this.text, lastGroup.open, lastGroup.close)?.lists.length) {
				task.closedAfterLine = line;
			}
		}
	}

	/** The pieces of `start`..`end` on a line around its glosses (`湘西經(jīng)開區(qū)管委會`). */
	private piecesWithoutGlosses(segment: Segment, start: number, end: number): Piece[] {
		const glosses = segment.line.glosses;
		if (glosses.length === 0) {
			return [{ text: this.text.slice(start, end), start }];
		}
		const pieces: Piece[] = [];
		let at = start;
		for (const gloss of glosses) {
			if (gloss.end <= at || gloss.start >= end) {
				continue;
			}
			if (gloss.start > at) {
				pieces.push({ text: this.text.slice(at, gloss.start), start: at });
			}
			at = gloss.end;
		}
		if (at < end) {
			pieces.push({ text: this.text.slice(at, end), start: at });
		}
		return pieces;
	}

	/**
	 * A line continues the unit list above it when the list is plainly unfinished (an open bracket,
	 * a trailing 、) or the line is a short fragment with no sentence in it (`县(市)区政府`, `委会`).
	 */
	private continuesField(field: FieldDraft, line: number, fragment: string, labelsFollow: boolean): boolean {
		if (!isUnitRole(field.role) || field.style !== 'line' || field.lastLine !== line - 1 || this.lastNonBlankLine !== line - 1) {
			return false;
		}
		// O(1) per line: the bracket depth is kept as the value grows.
		const lastPiece = field.pieces[field.pieces.length - 1];
		const lastCode = lastPiece && lastPiece.text.length > 0 ? lastPiece.text.charCodeAt(lastPiece.text.length - 1) : 0;
		if ((field.openRounds ?? 0) > 0 || lastCode === 0x3001 || lastCode === 0xff0c || lastCode === 0x2c || lastCode === 0xff08 || lastCode === 0x28) {
			return true;
		}
		const body = fragment.replace(/[。；;\s]+$/, '');
		return (labelsFollow || body.length <= 30) && !/[。：:]/.test(body);
	}

	private addText(start: number, end: number): void {
		const task = this.task!;
		const value = this.text.slice(start, end);
		if (value.trim().length === 0) {
			return;
		}
		if (task.textPieces.length === 0 && task.fields.length === 0) {
			task.titleSpan = { start, end };
		}
		task.textPieces.push({ text: value, start });
	}

	// -----------------------------------------------------------------------------------------
	// Tables

	private readTable(table: TableBlock, index: number): void {
		const text = this.text;
		const base = this.sectionStack.length;
		const rows = readTableRows(
			text,
			table,
			(span) => {
				const marker = this.markerAt(span.start, span.end);
				return marker ? toMarker(marker) : undefined;
			},
			(span) => this.leaderIn(span),
		);
		for (const entry of rows) {
			if ('group' in entry) {
				const { group } = entry;
				this.sectionStack.length = Math.min(this.sectionStack.length, base);
				const marker: Marker = group.marker ?? { kind: MarkerKind.Row, number: 0, span: { start: group.span.start, end: group.span.start }, numberSpan: { start: group.span.start, end: group.span.start } };
				const section = this.pushSection(marker, marker.span.end, group.span.end);
				section.leader = group.leader;
				continue;
			}
			const row = entry.task;
			if (row.group) {
				this.sectionStack.length = Math.min(this.sectionStack.length, base);
				const marker = this.markerAt(row.group.span.start, row.group.span.end);
				const asMarker: Marker = marker ? toMarker(marker) : { kind: MarkerKind.Row, number: 0, span: { start: row.group.span.start, end: row.group.span.start }, numberSpan: { start: row.group.span.start, end: row.group.span.start } };
				this.pushSection(asMarker, asMarker.span.end, row.group.span.end);
			}
			this.openTask(row.marker, false, undefined);
			const task = this.task!;
			task.table = index;
			task.fromTable = true;
			task.leader = row.leader;
			task.deadline = row.deadline;
			task.end = Math.max(task.end, row.span.end);
			if (row.textPieces.length > 0) {
				task.textPieces = row.textPieces.map((piece) => ({ text: text.slice(piece.start, piece.end), start: piece.start }));
				if (table.layout === 'cell-lines') {
					// A cell of several lines: its first line is the title (`联动共建科学城` over its paragraph).
					task.titleSpan = { ...row.textPieces[0] };
				} else {
					// A cell wrapped inside a frame or by alignment: one text broken where the column ends.
					task.titleSpan = { start: row.textPieces[0].start, end: row.textPieces[row.textPieces.length - 1].end };
					task.title = task.textPieces.map((piece) => piece.text).join('');
				}
			}
			for (const field of row.fields) {
				task.fields.push({
					role: field.role,
					label: field.label,
					labelSpan: { start: field.pieces[0].start, end: field.pieces[0].start },
					pieces: field.pieces.map((piece) => ({ text: text.slice(piece.start, piece.end), start: piece.start })),
					style: 'cell',
					lastLine: -1,
				});
			}
			this.closeTask();
		}
		this.sectionStack.length = Math.min(this.sectionStack.length, base);
	}

	private markerAt(start: number, end: number): MarkerMatch | undefined {
		const marker = matchMarker(this.text, start);
		return marker && marker.end <= end && marker.kind !== MarkerKind.Arabic ? marker : undefined;
	}

	private leaderIn(span: Span): TextRef | undefined {
		const line = this.structure.lines[this.structure.lineIndex.positionAt(span.start).line];
		const segment: Segment = { line, start: span.start, end: span.end, marker: undefined, glued: false };
		const labels = this.labelsIn(segment);
		const label = labels.find((candidate) => candidate.role === 'leader');
		if (!label) {
			return undefined;
		}
		const value = this.valueOf(segment, label, labels);
		return { text: this.text.slice(value.start, value.end), span: value };
	}

	// -----------------------------------------------------------------------------------------
	// A task, closed: fields into units, worded designations, leader and deadline

	private closeTask(): void {
		const draft = this.task;
		if (!draft) {
			return;
		}
		this.task = undefined;
		const notice = this.notice;
		const titleText = draft.title ?? this.text.slice(draft.titleSpan.start, draft.titleSpan.end);
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
			inheritedUnits: [],
		};
		if (draft.table !== undefined) {
			task.table = draft.table;
		}
		if (draft.leader) {
			task.leader = draft.leader;
		}
		if (draft.deadline) {
			task.deadline = draft.deadline;
		}
		for (const fieldDraft of draft.fields) {
			if (fieldDraft.role === 'leader') {
				task.leader ??= refOf(fieldDraft.pieces);
			} else if (fieldDraft.role === 'deadline') {
				task.deadline ??= refOf(fieldDraft.pieces);
			}
			for (const field of this.buildFields(task, fieldDraft)) {
				task.fields.push(field);
			}
		}
		if (!task.fields.some((field) => isUnitRole(field.role)) && !draft.fromTable) {
			this.readWordedDesignations(task, draft);
		} else if (!task.fields.some((field) => field.role === 'lead') && draft.headingSegment) {
			// （二）省审计厅牵头的工作 / 全面加强审计工作。/ 协同单位:…: the heading names the lead, a field the others.
			this.readHeading(task, draft, draft.headingSegment);
		}
		for (const field of task.fields) {
			for (const unit of field.units) {
				task.units.push(unit);
			}
		}
		(task.section ? task.section.children : notice.children).push(task);
		notice.tasks.push(task);
	}

	private buildFields(task: Task, draft: FieldDraft): Field[] {
		const source = SpannedText.of(draft.pieces);
		const valueSpan = source.text.length > 0 ? source.sourceSpan(0, source.text.length) : { start: draft.labelSpan.end, end: draft.labelSpan.end };
		if (draft.role === 'assignment') {
			// 部门分工：X牵头，Y配合: roles written with verbs inside the value.
			const worded = readWordedParenthesis(this.text, valueSpan.start - 1, valueSpan.end);
			if (worded && worded.lists.length > 0) {
				return worded.lists.map((list, index) => this.listField(task, list, index === 0 ? draft.label : '', index === 0 ? draft.labelSpan : { start: list.start, end: list.start }, draft.style));
			}
			const field: Field = { role: 'responsible', label: draft.label, labelSpan: draft.labelSpan, valueSpan, style: draft.style, units: [] };
			this.fillUnits(task, field, source, 'responsible');
			return [field];
		}
		const field: Field = { role: draft.role, label: draft.label, labelSpan: draft.labelSpan, valueSpan, style: draft.style, units: [] };
		if (isUnitRole(draft.role)) {
			this.fillUnits(task, field, source, draft.role, draft.style === 'cell');
		}
		return [field];
	}

	/** A field for a worded list (`A牵头`, `B参与`): its units in the list's role, glosses left out. */
	private listField(task: Task, list: WordedList, label: string, labelSpan: Span, style: FieldStyle): Field {
		const field: Field = { role: list.role, label, labelSpan, valueSpan: { start: list.start, end: list.end }, style, units: [] };
		const line = this.structure.lines[this.structure.lineIndex.positionAt(list.start).line];
		const segment: Segment = { line, start: line.start, end: line.end, marker: undefined, glued: false };
		this.fillUnits(task, field, SpannedText.of(this.piecesWithoutGlosses(segment, list.start, list.end)), list.role);
		return field;
	}

	/** Units a task names without a label: worded parentheses, a heading, prose, a bare unit in parentheses. */
	private readWordedDesignations(task: Task, draft: TaskDraft): void {
		const lists: Array<{ list: WordedList; style: FieldStyle }> = [];
		for (const segment of draft.segments) {
			const from = segment === draft.headingSegment ? draft.marker.span.end : segment.start;
			for (const group of this.groupsIn(segment)) {
				if (group.open < from || group.close < 0) {
					continue;
				}
				const worded = readWordedParenthesis(this.text, group.open, group.close);
				if (!worded) {
					continue;
				}
				if (worded.convention) {
					this.convention = earlierConvention(this.convention, { firstListedLeads: true, span: worded.convention });
				}
				for (const list of worded.lists) {
					lists.push({ list, style: 'trailing-parenthesis' });
				}
			}
		}
		if (lists.length === 0 && draft.headingSegment && this.readHeading(task, draft, draft.headingSegment)) {
			return;
		}
		if (lists.length === 0) {
			for (const piece of draft.textPieces) {
				for (const list of readProseDesignations(this.text, piece.start, piece.start + piece.text.length)) {
					lists.push({ list, style: 'prose' });
				}
			}
		}
		if (lists.length === 0) {
			const last = draft.segments[draft.segments.length - 1];
			const group = last && this.lastGroupOf(last);
			const bare = group && group.open >= (last === draft.headingSegment ? draft.marker.span.end : last.start) ? readBareUnitParenthesis(this.text, group.open, group.close) : undefined;
			if (bare) {
				lists.push({ list: bare, style: 'parenthesis' });
			}
		}
		for (const { list, style } of lists) {
			task.fields.push(this.listField(task, list, '', { start: list.start, end: list.start }, style));
		}
	}

	/** `（一）省监察厅牵头的工作` as the task's own heading: its lead; `…市长负责的工作`: its leader. True when a lead was read. */
	private readHeading(task: Task, draft: TaskDraft, segment: Segment): boolean {
		const heading = readHeadingDesignation(this.text, draft.marker.span.end, segment.end);
		if (heading?.kind === 'unit') {
			const list: WordedList = { role: 'lead', start: heading.start, end: heading.end };
			task.fields.unshift(this.listField(task, list, '', { start: list.start, end: list.start }, 'heading'));
			return true;
		}
		if (heading?.kind === 'leader') {
			task.leader ??= { text: this.text.slice(heading.start, heading.end), span: { start: heading.start, end: heading.end } };
		}
		return false;
	}

	private fillUnits(task: Task, field: Field, source: SpannedText, role: UnitRole, inCell = false): void {
		const list = splitUnitList(source);
		if (list.conventionSpan) {
			this.convention = earlierConvention(this.convention, { firstListedLeads: true, span: list.conventionSpan });
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
			if (isLeaderName(draft.name)) {
				// 牵头单位：分管副市长、市发改委: a title in a unit list is the task's leader, not a unit.
				task.leader ??= { text: this.text.slice(span.start, span.end), span };
				continue;
			}
			const nameSpan = source.sourceSpan(draft.start, draft.nameEnd);
			const mention: UnitMention = {
				name: draft.name,
				key: this.keyOf(draft.name),
				written: this.text.slice(span.start, span.end),
				span,
				nameSpan,
				role: draft.leads ? 'lead' : role,
				fieldRole: role,
				collective: draft.collective,
				completed: draft.completed,
				// Only the name counts, and only a line break: a wrapped table cell is no paste damage.
				brokenAcrossLines: !inCell && hasLineBreak(this.text, nameSpan),
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

	// -----------------------------------------------------------------------------------------
	// The notice as a whole: conventions, prefixes, inherited leads and leaders, kind

	private finish(): void {
		const notice = this.notice;
		const text = this.text;
		notice.convention = earlierConvention(this.convention, findConventionIn(text));
		this.inheritFromSections();
		if (!writerRepeatsLevelPrefix(this.unitGroups)) {
			for (const [mention, prefix] of this.prefixCandidates) {
				mention.name = prefix + mention.name;
				mention.key = this.keyOf(mention.name);
				mention.completed = true;
			}
		}
		applyLeadRules(notice.tasks, notice.convention);
		const sectionUnits = notice.sections.flatMap((section) => section.units);
		// A loop, not flatMap: a notice of 2 MB has fifty thousand mentions.
		const units: UnitMention[] = [];
		for (const task of notice.tasks) {
			for (const unit of task.units) {
				units.push(unit);
			}
		}
		notice.units = units;
		if (sectionUnits.length > 0) {
			notice.units = [...notice.units, ...sectionUnits].sort((a, b) => a.span.start - b.span.start);
		}
		notice.taskKind = taskKindOf(notice.tasks);
		const hasUnitLabels = this.structure.lines.some((line) => line.labels.some((label) => namesUnits(label.role)));
		const hasUnits = notice.units.length > 0 || hasUnitLabels || this.structure.tables.length > 0;
		notice.kind = hasUnits || BREAKDOWN_WORDS.test(foldVocabulary(text)) ? 'notice' : 'report';
		const preamble = text.slice(notice.preambleSpan.start, notice.preambleSpan.end);
		notice.declaredTaskCount = findDeclaredTaskCount(preamble, notice.preambleSpan.start);
		notice.unitsNotInText = this.unitsNotInText();
		this.reportUnbalancedBrackets();
		closeSpans(notice);
		notice.findings.sort((a, b) => a.span.start - b.span.start);
	}

	/** Units a heading names for the tasks under it, and leaders, passed down. */
	private inheritFromSections(): void {
		for (const task of this.notice.tasks) {
			for (let section = task.section; section; section = section.parent) {
				const pending = this.sectionUnits.get(section);
				if (pending) {
					// The heading's mentions are made once, with the first task under it as their task.
					this.sectionUnits.delete(section);
					for (const { list, style } of pending) {
						const field = this.listField(task, list, '', { start: list.start, end: list.start }, style);
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

	/** Where to say that the tasks' units are not in this text, when they are not. */
	private unitsNotInText(): Span | undefined {
		const notice = this.notice;
		if (notice.kind !== 'notice' || notice.units.length > 0) {
			return undefined;
		}
		if (notice.tasks.some((task) => task.fields.some((field) => namesUnits(field.role)))) {
			return undefined;
		}
		// The attachment the cover letter names (附件:…分解表), if the text has one.
		const lines = this.structure.lines;
		for (let i = 0; i < lines.length; i++) {
			if (this.parts.flags[i] & (LinePart.AttachmentList | LinePart.Furniture) && /^(附件|附表|附)/.test(this.text.slice(lines[i].start, lines[i].end))) {
				const value = foldVocabulary(this.text.slice(lines[i].start, lines[i].end));
				if (notice.tasks.length > 0 || /(表|清单|方案|分解|分工|细则|任务)/.test(value)) {
					return { start: lines[i].start, end: lines[i].end };
				}
			}
		}
		const first = notice.tasks[0];
		return first ? { start: first.marker.span.start, end: Math.max(first.titleSpan.end, first.marker.span.end) } : undefined;
	}

	private reportUnbalancedBrackets(): void {
		const { notice, text } = this;
		const reported = new Set(notice.findings.filter((finding) => finding.code === 'unbalanced-bracket').map((finding) => finding.span.start));
		// The text stops on a line inside an open bracket (`…(牵头单`, an excerpt cut off): that bracket was cut, not forgotten.
		const lines = this.structure.lines;
		let last = lines.length - 1;
		while (last >= 0 && lines[last].end === lines[last].start) {
			last--;
		}
		const lastLine = last >= 0 ? lines[last] : undefined;
		const cut = (offset: number) => lastLine !== undefined && offset >= lastLine.start && isOpening(text.charCodeAt(offset));
		for (const task of notice.tasks) {
			for (const offset of findUnbalancedBrackets(text, task.span)) {
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
}

function isOpening(code: number): boolean {
	return code === 0xff08 || code === 0x28 || code === 0x3010 || code === 0x3014 || code === 0x5b || code === 0xff3b || code === 0x300a;
}

function text(source: string, start: number, end: number): string {
	return source.slice(start, end);
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

function refOf(pieces: readonly Piece[]): TextRef | undefined {
	if (pieces.length === 0) {
		return undefined;
	}
	const last = pieces[pieces.length - 1];
	return { text: pieces.map((piece) => piece.text).join(''), span: { start: pieces[0].start, end: last.start + last.text.length } };
}

function toMarker(match: MarkerMatch): Marker {
	return {
		kind: match.kind,
		number: match.number,
		span: { start: match.start, end: match.end },
		numberSpan: { start: match.numberStart, end: match.numberEnd },
	};
}

function trimValue(source: string, start: number, end: number): Span {
	while (start < end && /[\s\u3000]/.test(source[start])) {
		start++;
	}
	while (end > start && /[\s\u3000；;，,。]/.test(source[end - 1])) {
		end--;
	}
	return { start, end };
}

/** The numbering style most tasks use. */
function taskKindOf(tasks: readonly Task[]): MarkerKind | undefined {
	const count = new Map<MarkerKind, number>();
	let best: MarkerKind | undefined;
	for (const task of tasks) {
		const n = (count.get(task.marker.kind) ?? 0) + 1;
		count.set(task.marker.kind, n);
		if (best === undefined || n > count.get(best)!) {
			best = task.marker.kind;
		}
	}
	return best;
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
