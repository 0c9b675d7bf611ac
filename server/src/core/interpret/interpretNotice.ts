import { drain } from '../text/steps';
import { findDeclaredTaskCount } from '../model/declaredTaskCount';
import { bracketOf, isBullet, isListSeparator, isWhiteSpace } from '../text/characters';
import { anyTaskNamesUnit, emptyNotice, type ReadNotice } from '../model/readNotice';
import { closesInlineEnumerator } from '../model/brackets';
import type { Field, FieldStyle, LeadConvention, Marker, Notice, Section, Task, TextRef, UnitMention } from '../model/types';
import { isUnitRole, labelCutBefore, namesUnits, opensClauseOfWork, peopleEnd, type FieldRole, type LabelMatch, type UnitRole } from '../syntax/fieldLabels';
import { CellHint, enclosingGroup, type InnerMarker } from '../syntax/lineScan';
import { MarkerKind, matchMarker, type MarkerMatch } from '../syntax/markers';
import type { NoticeStructure, TableBlock, TableCell } from '../syntax/structure';
import type { Span } from '../text/lineIndex';
import { SpannedText } from '../text/spannedText';
import { foldVocabulary } from '../text/vocabularyFold';
import { prefixHabitsOf, type UnitListResult } from '../units/splitUnitList';
import { looksLikeUnitList, namesPeopleOnly, splitZone } from '../units/unitNames';
import { lineOpensNextUnit } from '../units/unitPerLine';
import { isCompleteUnitName, LEVEL_CLASS, looksLikeUnitName } from '../units/nameShape';
import { applyLeadRules, earlierConvention, findConventionIn } from './conventions';
import { ENDS_PART, findDocumentParts, LinePart, pageBreakLinesIn, partBreaksOf, refindDocumentParts, type DocumentParts } from './documentParts';
import { splitGluedLines, type Segment } from './gluedLines';
import { markParagraphTasks } from './paragraphTasks';
import { decideItemsInSteps, noItemFacts, SegmentBit, type ItemFacts, type ItemObjects } from './itemDecisions';
import { firstListedEnd, mayBeCutBeforeRest, readBareUnitParenthesis, readChargeLine, readHeadingDesignation, readHelpersLine, readOfficeParenthesis, readProseDesignations, readUnitLine, readWholeDesignation, readWordedParenthesis, readWordedValue, readWrappedHeading, withoutRoleVerbs, WRAPPED_HEADING_LENGTH, type HeadingDesignation, type WordedList, type WordedParenthesis } from './leadWording';
import { isDashHeading } from './dashHeading';
import { closeSpans, dropCutBrackets, followRenewedGroupUnits, inheritFromGroupLines, inheritFromSections, ownsGroupLine, reportUnbalancedBrackets, unitsNotInText } from './noticeWide';
import { closeOnLaterSegments, closeOverUnitLines, closesInSegments, groupBeforeTarget, groupsIn, isAsideInSentence, labelsBetween, sentenceEndBetween, labelsIn, lastGroupAcross, lastGroupOf, piecesWithoutGlosses, PiecePool, textOfPieces, toMarker, emptyRowMarker, trimmedEnd, trimmedStart, valueOf, type Piece } from './segmentText';
import type { ReadingMemo } from './readingMemo';
import { readTableRows, type RowTask } from './tableTasks';
import { detachStrings, leadersOf, placeTakenTasks, rolesOf, rowNumberOf, takeRun, tasksToFinish, unchangedRun, unitsOf, type FinishDecisions, type PreviousRuns, type SpareLists, type TaskRun } from './taskRuns';
import type { ItemDecision } from './taskLevel';
import { NO_UNITS, UnitMentions } from './unitMentions';
import { parentRowNumber } from '../syntax/rowNumbers';
import { groupCountBefore, groupLineStart, groupPrefixCount, isGroupPrefixAt, lineStartBefore } from '../syntax/groupPrefix';
import { emptied, emptyList, lastOf } from '../text/objectLists';
import { unitsOfField } from '../model/fieldUnits';
import { flatText, type NoticeText } from '../text/noticeText';

/**
 * The interpretation pass: reads the structure of a notice as a clerk does. It decides which
 * numbered items are tasks (taskLevel), which lines are a cover letter, a signature or an attachment
 * list (documentParts), how each task designates its lead (labels, worded parentheses, headings,
 * prose, table columns, conventions), and keeps leaders and deadlines apart from units.
 */

interface FieldDraft {
	role: FieldRole;
	label: string;
	/** The label, as offsets: a span object for it and one for the trimmed value were 4% of what a fresh 2 MB read allocated (30.8 → 29.5 MB). */
	labelStart: number;
	labelEnd: number;
	pieces: Piece[];
	style: FieldStyle;
	/** The line the value last grew on, for continuation lines. */
	lastLine: number;
	/** Round brackets left open in the value so far (line fields, which may continue). */
	openRounds?: number;
	/** Its label stands in a bracket the line's end cut (a PDF's paste): the next line goes on inside it. */
	cutOpen: boolean;
	/** On a line naming the units of the items above at once (`以上3项牵头单位：…`): its field's style is 'group'. */
	group: boolean;
	/** The task's text followed it on its line (`配合单位：市公安局、主管领导：亲自带队检查…`): the next line goes on with no list of it. */
	closed: boolean;
	/** A table row's unit cell in a row of sub-items: the sub-item it is of (Field.subItem). Written in every draft: one shape for all. */
	subItem: number | undefined;
}

/**
 * The separator a value's line ended with, which its piece left out (`…、地方金融监管局,` / `各县(市)区政府`),
 * put back in the piece when the list goes on: the pieces are read as one text, and the names on
 * both sides of the break would otherwise run together.
 */
function keepTrailingSeparator(text: NoticeText, pieces: Piece[]): void {
	const piece = lastOf(pieces);
	if (!piece) {
		return;
	}
	let end = piece.start + piece.text.length;
	while (end < text.length && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x3000 || text.charCodeAt(end) === 0x09)) {
		end++;
	}
	if (isListSeparator(text.charCodeAt(end))) {
		pieces[pieces.length - 1] = { text: text.slice(piece.start, end + 1), start: piece.start };
	}
}

/** How many of a value's last pieces (some forty lines: a line one, its separator another) a name the next opens is looked for in (the signature under a list repeats one of them). */
const PIECES_LOOKED_BACK = 80;

/**
 * `责任单位：市财政局` / `各区政府`: units one per line (see lineOpensNextUnit). The line break is
 * then a separator: a `、` piece standing for it (the break's offset) goes before the line's.
 */
function separateUnitPerLine(field: FieldDraft, line: string): void {
	const last = lastOf(field.pieces);
	if (!last || !isUnitRole(field.role) || field.style !== 'line') {
		return;
	}
	const recent = field.pieces.length <= PIECES_LOOKED_BACK ? field.pieces : field.pieces.slice(-PIECES_LOOKED_BACK);
	if (lineOpensNextUnit(last.text, line, recent)) {
		field.pieces.push({ text: '、', start: last.start + last.text.length });
	}
}

/** The end of a value after its last separator (`公安` of `…、生态环境局、公安`): a name a line break may have cut. */
function nameCutBefore(value: string): string {
	let at = value.length;
	while (at > 0 && !isListSeparator(value.charCodeAt(at - 1))) {
		at--;
	}
	return value.slice(at);
}

/** The longest first part of a name a line's end may cut (`市住房公积金管理` of `市住房公积金管理中心`). */
const MAX_CUT_NAME = 12;

/** `各地`, `各部门`, `各有关单位`: bodies no one can follow up. */
const VAGUE_COLLECTIVE = /^各(?:地|部门|有关|相关|单位|级|方面|成员)/;

/** A deadline's value cut inside its date: after a number, 年 or 月, or before its 前 (`2025年12月底` / `前）`). */
const DATE_CUT_END = /[0-9０-９年月底末]$/;
/**
 * The rest of a date alone on its line, and the bracket it closes: a number, or 年 月 日 底 前 中 内 上 下 旬
 * (`年12月底前）`). A line that goes on with a sentence (`12个重点项目全部开工。`) is the task's text.
 */
const DATE_REST = /^[0-9０-９年月日底前中内上下旬]{1,12}(?:完成)?[\s\u3000]*[）)\]］】〕]?[\s\u3000]*[。；;，,]?[\s\u3000]*$/;

/** A deadline's whole value alone on its line, its bracket's close after it: short, one clause (`2025年12月底前）`). */
const DEADLINE_ALONE = /^[^：:。；;，,、]{1,20}[）)\]］】〕]?[。；;，,]?$/;
/** What a time says: a number, a unit of time, or the words of work that goes on or repeats. */
const TIME_CUE = /[0-9０-９年月季旬底内內]|持续|持續|长期|長期|常态|常態|每|逐步|分年度/;

/** Words of work that goes on, as a deadline field writes them (`完成时限：持续推进`). */
const ONGOING_WORDS = ['持续推进', '长期坚持', '持续开展', '持续实施', '长期推进', '逐步推进', '常态化推进', '滚动实施', '分年度实施'];
/** What may follow the rest of a deadline on its line: its bracket's close, the clause's end. */
const DEADLINE_TAIL = /[\s\u3000]*[）)\]］】〕]?[\s\u3000]*[。；;，,]?[\s\u3000]*$/;

/** `完成时限：持续` / `推进）`: a deadline of ongoing work the wrap cut inside its words. */
function cutInsideOngoing(value: string, rest: string): boolean {
	const body = foldVocabulary(rest.replace(DEADLINE_TAIL, ''));
	if (body.length === 0 || body.length > 4) {
		return false;
	}
	const folded = foldVocabulary(value);
	return ONGOING_WORDS.some((word) => word.length > body.length && word.endsWith(body) && folded.endsWith(word.slice(0, word.length - body.length)));
}

/** What a sentence says and a unit's name does not: a modal, an exhortation, a comma between clauses. */
const SENTENCE_WORDS = /要|应当|必须|务必|确保|加强|切实|做好|抓好|[，,]/;

/** `；;，,、` and white space: what separates a value from the label after it. */
function isValueSeparator(code: number): boolean {
	return isListSeparator(code) || isWhiteSpace(code);
}

/** A word of two to six characters and its colon opening a line (`进度安排：`, `工作要求:`). */
const LINE_WORD = /^[\s\u3000]*([\u4e00-\u9fff]{2,6})[：:]/;
/** A value opening as the notice speaks to every unit (`请各牵头单位…`, `各地各部门要…`), never a task's own line. */
const ADDRESSED_TO_ALL = /^[\s\u3000]*(请|各)/;
/** How far LINE_WORD looks: its word and colon after a little indentation. */
const LINE_WORD_REACH = 12;

/** Whether only indentation stands between the line's start (or `from`) and `at`. */
function startsLine(text: NoticeText, at: number, from: number): boolean {
	let i = at - 1;
	while (i >= from && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000 || text.charCodeAt(i) === 9)) {
		i--;
	}
	return i < from || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

/** How many lines in [from, to) open with `word` and its colon (`进度安排：`), found with indexOf: no copy of the range. */
function linesOpeningWith(text: NoticeText, word: string, from: number, to: number): number {
	let count = 0;
	for (let at = text.indexOf(word, from); at >= 0 && at + word.length < to; at = text.indexOf(word, at + word.length)) {
		const colon = text.charCodeAt(at + word.length);
		if ((colon === 0xff1a || colon === 0x3a) && startsLine(text, at, from)) {
			count++;
		}
	}
	return count;
}

/** The first closing bracket in [start, end) that closes none opened there, or -1. */
function unmatchedClose(text: NoticeText, start: number, end: number, open = 0): number {
	let depth = open;
	for (let i = start; i < end; i++) {
		depth += bracketOf(text.charCodeAt(i));
		if (depth < 0) {
			return i;
		}
	}
	return -1;
}

/** Round brackets opened but not closed in a piece (a scope left open runs on to the next line). */
function openRounds(text: NoticeText): number {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		depth += code === 0xff08 || code === 0x28 ? 1 : code === 0xff09 || code === 0x29 ? -1 : 0;
	}
	return depth;
}

function piecesOpenRounds(pieces: readonly Piece[]): number {
	let depth = 0;
	// Indexed (as the loops below): a notice's first lines are read in the interpreter, where each step of an iterator is an object.
	for (let p = 0; p < pieces.length; p++) {
		depth += openRounds(pieces[p].text);
	}
	return depth;
}

/**
 * Whether only a bracket of note fields stands between text pieces `piece` and `next` on a line, white space around it:
 * `县住建局牵头（责任人：张三），县财政局配合，并联审批。` (a review's: read apart, the helpers' clause lost its lead and
 * 县财政局 was lost), `（完成时限：2025年底前）`. Not a bracket naming units, whose field the task's prose does not go on over.
 */
function noteBetween(text: NoticeText, piece: Piece, next: Piece, fields: readonly FieldDraft[]): boolean {
	let from = piece.start + piece.text.length;
	let to = next.start;
	while (from < to && isSpaceOnLine(text.charCodeAt(from))) {
		from++;
	}
	while (to > from && isSpaceOnLine(text.charCodeAt(to - 1))) {
		to--;
	}
	const open = text.charCodeAt(from);
	const close = text.charCodeAt(to - 1);
	if (to - from < 3 || (open !== 0xff08 && open !== 0x28) || (close !== 0xff09 && close !== 0x29) || /[\r\n]/.test(text.slice(from, to))) {
		return false;
	}
	// The bracket may close a sentence or a clause as well: read apart then, as before the join
	// (`县住建局牵头（责任人：张三）。县财政局做好资金保障工作。`, `…牵头（完成时限：2025年底前）；加强资金保障，…`, and
	// `县住建局牵头（责任人：张三） 县财政局配合。`, a name after white space: a review's false missing-leads, read joined).
	let after = next.start;
	while (after < next.start + next.text.length && isSpaceOnLine(text.charCodeAt(after))) {
		after++;
	}
	const opening = text.charCodeAt(after);
	if (CLAUSE_ENDS.includes(opening) || (after > to && opening !== 0xff0c && opening !== 0x2c && opening !== 0x3001)) {
		return false;
	}
	let notes = 0;
	for (let f = 0; f < fields.length; f++) {
		const field = fields[f];
		if (field.labelStart > from && field.labelStart < to) {
			if (field.style !== 'bracket' || namesUnits(field.role)) {
				return false;
			}
			notes++;
		}
	}
	return notes > 0;
}

/** 。；;！？!?: what ends a sentence or a clause of its own, after which a note's bracket parts the prose (see noteBetween). */
const CLAUSE_ENDS = [0x3002, 0xff1b, 0x3b, 0xff01, 0xff1f, 0x21, 0x3f];

/** A space, an ideographic space or a tab: white space that ends no line. */
function isSpaceOnLine(code: number): boolean {
	return code === 0x20 || code === 0x3000 || code === 0x09;
}

interface TaskDraft {
	marker: Marker;
	glued: boolean;
	titleStart: number;
	titleEnd: number;
	textPieces: Piece[];
	fields: FieldDraft[];
	section: Section | undefined;
	end: number;
	/** The task's lines (or pieces of lines), for its parentheses and prose. */
	segments: Segment[];
	/** Its marker line is its heading (`（一）省监察厅牵头的工作` over a paragraph). */
	headingSegment?: Segment;
	/** The lead (and helpers) a line of its own under its heading names (`二、优化营商环境` / `县发改局牵头，县市场监管局配合`, see readLeadLine). */
	leadLine: HeadingDesignation | undefined;
	/** The last of its heading's lines: its marker line, then lines of its own naming its leader, lead or helpers; -1 when none. */
	headLine: number;
	/** A line of its own right under its first sentence naming units alone (`3.新建高标准农田2万亩。` / `县农业农村局、县财政局`, see readLeadLine). */
	unitLine: HeadingDesignation | undefined;
	/** The line after which a designation closed the task's text (a unit field, a worded parenthesis at the line's end). */
	closedAfterLine: number;
	table?: number;
	leader?: TextRef;
	deadline?: TextRef;
	progress?: TextRef;
	/** Worded lists of a table row's cells are fields already. */
	fromTable: boolean;
	/** The title when it is not the text from titleStart to titleEnd (a table cell wrapped over several lines). */
	title?: string;
	/** A table row's worded group line (`以上两项由县自然资源局牵头，…`, see TableRow.groupLines), read at the task's close. */
	groupWords: Span | undefined;
}

/**
 * The reading's one task draft (see openTask), before its first task: its marker, section and
 * heading line undefined, not the first task's. V8 types a property by the hidden class of the
 * first object stored in it, and optimized code reading a draft relies on that class; an engine's
 * next fresh read stored a marker, a section and a heading line of other classes in its new draft
 * (V8's --trace-generalization: `marker`, `section`, `headingSegment` at openTask), and the code
 * relying on them was thrown away and optimized again inside the read (the compiling is a third of a
 * warm fresh read's instructions: see docs/performance.md, round 61).
 */
function blankTaskDraft(): TaskDraft {
	return {
		marker: undefined as unknown as Marker,
		glued: false,
		titleStart: 0,
		titleEnd: 0,
		textPieces: emptyList(),
		fields: emptyList(),
		section: undefined,
		end: 0,
		segments: emptyList(),
		headingSegment: undefined,
		leadLine: undefined,
		headLine: -1,
		unitLine: undefined,
		closedAfterLine: -1,
		table: undefined,
		leader: undefined,
		deadline: undefined,
		progress: undefined,
		fromTable: false,
		title: undefined,
		groupWords: undefined,
	};
}

/**
 * How many points of its own the task has on lines of their own (`（1）…` / `（2）…`): a group line
 * after them counting no more items than these is the task's (`以上2项牵头单位：…`); one counting more
 * covers items above (`以上3项` after an item's two points).
 */
function ownPointCount(draft: TaskDraft): number {
	let points = 0;
	for (let s = 0; s < draft.segments.length; s++) {
		const marker = draft.segments[s].marker;
		if (marker && marker.start !== draft.marker.start) {
			points++;
		}
	}
	return points;
}

/** A line opening with a group's words (`以上…`, `上述…`, `（以上三项…`), white space before them. */
const GROUP_LINE_OPENS = /^[\s\u3000]*[（(]?(?:以上|上述)/;

/** Whether a group line's count reaches past the task's own points: a number larger than theirs (`以上各项` after points is theirs). */
function countsPast(count: number | undefined, points: number): boolean {
	return count !== undefined && count !== Infinity && count > points;
}

/** A field's style as read: a line field on a group line is the group's. */
function styleOf(draft: FieldDraft): FieldStyle {
	return draft.group ? 'group' : draft.style;
}

/** What the words before a line's first label say (see groupLineAt). */
const enum GroupLine {
	None,
	/** `以上3项牵头单位：…`: the fields are for the items above. */
	Items,
	/** The same under a task's own points: the fields are the task's. */
	Task,
}

/** A page break's lines: blank lines, a footer, blank lines (a header after it is not passed over). */
const MAX_PAGE_BREAK_LINES = 6;

/** Most tasks inherit nothing: one empty list for all of them. */
const NO_MENTIONS: readonly UnitMention[] = [];
/** A task's fields until closeTask gives it its own. */
const NO_FIELDS: Field[] = [];

const BREAKDOWN_WORDS = /(分解|分工|牵头|责任单位|责任清单|任务清单|责任部门)/;

/**
 * A unit cell's lines as the pieces of its value: a line break between two whole names separates them
 * (an Excel cell's lines `"县财政局` / `县自然资源局` / `各镇人民政府"`, read joined `县财政局县自然资源局各镇人民政府`),
 * as units one a line under a label do (see separateUnitPerLine); a frame's wrap inside a name (`市发改` / `委`) does not.
 */
function cellPieces(text: NoticeText, spans: readonly Span[], paragraphs: boolean): Piece[] {
	const pieces: Piece[] = [];
	for (const span of spans) {
		const piece = { text: text.slice(span.start, span.end), start: span.start };
		const last = lastOf(pieces);
		if (last && ((paragraphs && paragraphsNameTwo(last.text, piece.text)) || lineOpensNextUnit(last.text, piece.text, pieces))) {
			pieces.push({ text: '、', start: last.start + last.text.length });
		}
		pieces.push(piece);
	}
	return pieces;
}

/**
 * In a table of one cell per line or of tabs, a unit cell's lines are its paragraphs (a name a PDF's wrap
 * broke, `县经济开发区` / `管委会`, is no whole name on the second line): a line ending a whole name and a
 * line that is a whole name, or a name opening with its level, are two units, whatever body it is
 * (`县住建局` / `县城投公司`, read `县住建局县城投公司`, 大竹 2016; `县卫健局` / `县人民医院`). A place's government
 * and a place's zone are two too (淮安 2020: `洪泽区政府` / `淮安经济技术开发区`, read `洪泽区政府淮安经济技术开发区`): no
 * name goes on past 政府 with a zone's name. So is a class of bodies by their level after a whole name (`区教育局` / `区属国企`,
 * a reviewer's, read `区教育局区属国企`): no department's ending, a unit of its own.
 */
function paragraphsNameTwo(before: string, line: string): boolean {
	const last = before.split(/[、，,；;]/).pop()!.trim();
	const first = line.split(/[、，,；;]/)[0].trim();
	// Folded: in traditional script too (`區發改局` / `區級部門`).
	const plain = foldVocabulary(first);
	return (isCompleteUnitName(last) && (isCompleteUnitName(first) || (LEVEL_FIRST.test(plain) && (looksLikeUnitName(first) || LEVEL_CLASS.test(plain))))) || governmentThenZone(last, first);
}

/** `洪泽区政府` then `淮安经济技术开发区`: a government's whole name, then a zone named by its place. */
function governmentThenZone(last: string, first: string): boolean {
	const zone = splitZone(first);
	return last.length >= 4 && last.endsWith('政府') && looksLikeUnitName(last) && zone !== undefined && zone.place.length >= 2 && looksLikeUnitName(first);
}

/** A name opening with its level or 各 (`县人民医院`, no department's ending): a name of its own after a whole one (see isOneBrokenName). */
const LEVEL_FIRST = /^(?:(?!市场)[省市县区]|各)[\u3400-\u9fff]{2}/;

/** A table row's number as written (`1`, `1-2`), no row's empty marker. */
function isNumberedRowMarker(marker: Marker): boolean {
	return marker.kind === MarkerKind.Row && marker.end > marker.start;
}

/** A table row's number with no task's number before it (`2`, not `1-2`) and no bracket (`(1)` is a sub-task's, see subRows). */
function isBareRowMarker(text: NoticeText, marker: Marker): boolean {
	const first = text.charCodeAt(marker.start);
	return marker.numberStart === marker.start && first !== 0x28 && first !== 0xff08;
}

export function interpretNotice(structure: NoticeStructure, memo: ReadingMemo): Notice {
	// No next version is read from this one: its runs are not kept (a 2 MB notice has nine thousand).
	return drain(interpretRunsInSteps(structure, memo, undefined, Number.MAX_SAFE_INTEGER, false)).notice;
}

/**
 * The interpretation with the runs of tasks it read, for the next version of the text; with
 * `previous`, unchanged runs of the previous reading are taken instead of read (that reading's
 * notice gives its tasks up and is not to be read again). In steps of `segmentsPerStep`, for a
 * caller that lets other work run between them (a notice of megabytes). `keepRuns`: false when no
 * next version of the text is read from this reading (its runs come back empty).
 */
export function* interpretRunsInSteps(structure: NoticeStructure, memo: ReadingMemo, previous: PreviousRuns | undefined, segmentsPerStep: number, keepRuns = true): Generator<void, InterpretedRuns, void> {
	const notice = emptyNotice(structure.text, structure.lineIndex);
	memo.startReading();
	const interpreter = new NoticeInterpreter(structure, notice, memo, previous, keepRuns);
	try {
		yield* interpreter.read(segmentsPerStep);
	} catch (error) {
		interpreter.placeTaken();
		interpreter.cutTasks();
		notice.findings.push({ code: 'parse-failure', span: { start: 0, end: 0 }, args: [String(error)] });
		return { notice, runs: [], finish: undefined, items: noItemFacts(), parts: undefined, segments: undefined, itemObjects: undefined, spare: undefined };
	}
	return { notice, runs: interpreter.runs, finish: interpreter.decisions, items: interpreter.items, parts: interpreter.documentParts, segments: interpreter.lineSegments, itemObjects: interpreter.itemObjects, spare: interpreter.spareLists() };
}

/** A notice read, with the runs of tasks and the finish's decisions the next version of its text is read from. */
export interface InterpretedRuns {
	notice: Notice;
	runs: TaskRun[];
	finish: FinishDecisions | undefined;
	items: ItemFacts;
	/** Its document parts, which the next reading marks again only around the edit. */
	parts: DocumentParts | undefined;
	/** Its segments, which the next reading takes for the lines it keeps. */
	segments: readonly Segment[] | undefined;
	/** Its item objects (see decideItemsInSteps). */
	itemObjects: ItemObjects | undefined;
	/** Lists for the next reading in one go to fill (see SpareLists). */
	spare: SpareLists | undefined;
}

/**
 * Reads one notice (see interpretRunsInSteps, its only maker). Exported for the object-shape test
 * alone: its lists (open sections, field drafts) are reached by no reading it returns, and a list of
 * the wrong kind there is what threw the optimized code of step and addField away.
 */
export class NoticeInterpreter {
	private readonly text: NoticeText;
	private parts!: DocumentParts;
	private segments: Segment[] = [];
	/** Each segment's SegmentBit, found with the paragraph tasks: what the walk asks of a segment to find where a run ends. */
	private segmentBits: Uint16Array = new Uint16Array(0);
	// emptyList, here and where it is emptied: a `[]` of small integers met the step's code compiled for a list of sections ("wrong map" at the tenth reading in one engine).
	private sectionStack: Section[] = emptyList();
	private task: TaskDraft | undefined;
	/** The draft every task of the reading is read into (see openTask), made with the reader: made at the first task, a call openTask's optimized code had never met threw it away at the next reading's first task. */
	private readonly draft: TaskDraft = blankTaskDraft();
	private lastNonBlankLine = -1;
	private bodyStart = -1;
	// The three lists below are made with room for the previous reading's runs, or are lists it hands
	// on (see SpareLists), and are filled by index (counts beside them), then cut to their counts after
	// the walk: grown by push, a keystroke copied each some fifteen times (a notice of 200 KB has a
	// thousand runs).
	/** The runs of tasks read or taken, for the next reading. */
	readonly runs: TaskRun[];
	private runCount = 0;
	/** How many of the notice's tasks are read or taken: its list is filled by index (see addTask). */
	private taskCount = 0;
	/** How many tasks read or taken own a group line's fields (see inheritFromGroupLines): with none, the finish does not look at every task for them. */
	private groupLineTasks = 0;
	/** How many sections are read, and children placed at the top level: their lists are filled by index too (see pushSection, addChild). */
	private sectionCount = 0;
	private topChildCount = 0;
	/** The runs taken from the previous reading. */
	private readonly taken: TaskRun[];
	private takenCount = 0;
	/** How many of `taken` had a lead from a heading as the previous finish left them (TaskRun.leadsFromHeadings): with none, and none passed down now, the finish looks at no taken run (see tasksToFinish). */
	private takenWithLeads = 0;
	/** The first of `taken` whose tasks are moved after the walk (see placeTaken); -1 while none. */
	private firstMoved = -1;
	/** Per run taken, the section over its tasks, which placeTaken gives them (by pair of takenTasks). */
	private readonly takenSections: Array<Section | undefined>;
	/** placeTaken has run. */
	private placed = false;
	/** Where the tasks of the runs taken stand in the notice's tasks: [start, end) pairs, in order. */
	private readonly takenTasks: number[];
	private takenTaskCount = 0;
	/** What the finish decided over the whole notice. */
	decisions: FinishDecisions | undefined;
	/** What each item carries, for the next reading. */
	items: ItemFacts = noItemFacts();
	/** The item objects, which the next reading in one go writes anew (see decideItemsInSteps). */
	itemObjects: ItemObjects | undefined;
	/** The first segment after the last item: past it, a closing paragraph after a task's units is no task text. */
	private afterLastItem = Number.MAX_SAFE_INTEGER;
	private readonly mentions: UnitMentions;
	/** The lists the previous reading handed on, when this reading fills them (see SpareLists). */
	private readonly spare: SpareLists | undefined;
	/** The last line of its own under a heading that named its leader, lead or helpers (see underHeadingLines). */
	private headingLine: { section: Section; line: number } | undefined;
	/** Whether the run being read read a task by the sections above it (see officesBeforeTarget): then it is not kept. */
	private readsSections = false;
	/** Units named by section headings, waiting for the first task under them. */
	private readonly sectionUnits = new Map<Section, Array<{ list: WordedList; style: FieldStyle }>>();
	/** The lists of sectionUnits a heading's line names by the units' names alone (see splitBareLists). */
	private readonly bareLists = new Set<WordedList>();
	/**
	 * The drafts of the fields read from labels, for every task of the reading: the first
	 * `fieldDraftsUsed` are the open task's (see nextFieldDraft). Made anew for each field, with a
	 * list of pieces each, they were 2.7 MB of a 2 MB notice's read: a scavenge the more.
	 */
	private readonly fieldDrafts: FieldDraft[] = emptyList();
	private fieldDraftsUsed = 0;
	/** The pieces of the open task's text and field values (see PiecePool). */
	private readonly piecePool = new PiecePool();
	/**
	 * The open task's units as its fields are read, one field after the other (see Field.unitStart); closeTask copies them.
	 * Of the kind of a list of objects from the start (see emptyList): as `[]`, the first push of
	 * every reading met a list of small integers, and fill's push of each mention became a call.
	 */
	private readonly taskUnits: UnitMention[] = emptyList();
	/** The text of every field value of one piece: one SpannedText, written anew for each (see buildFields). */
	private readonly onePieceValue = SpannedText.empty();

	constructor(
		private readonly structure: NoticeStructure,
		private readonly notice: ReadNotice,
		private readonly memo: ReadingMemo,
		private readonly previous: PreviousRuns | undefined,
		private readonly keepRuns: boolean,
	) {
		this.text = structure.text;
		this.mentions = new UnitMentions(structure, memo, notice.findings);
		const room = previous ? previous.runs.length : 0;
		// A reading in one go fills the lists the previous reading hands on (it gives that reading up).
		const spare = previous && !previous.copy ? previous.spare : undefined;
		this.spare = spare;
		this.runs = spare?.runs ?? listWithRoom(room);
		this.taken = spare?.taken ?? listWithRoom(room);
		// Not from listWithRoom: its `new Array` learns from the lists of runs to make lists of objects,
		// and this list of numbers became one a few keystrokes into a session ("wrong map" in freshTasks, noticeUnits).
		this.takenTasks = spare?.takenTasks ?? (room > 0 ? new Array<number>(2 * room) : []);
		this.takenSections = spare?.takenSections ?? listWithRoom(room);
		if (spare?.tasks) {
			notice.tasks = spare.tasks;
		}
		if (spare?.sections && spare.children) {
			notice.sections = spare.sections;
			notice.children = spare.children;
		}
	}

	/** What the next reading in one go fills: the walk's own lists, and those of the previous reading when this one gave it up. */
	spareLists(): SpareLists {
		const givenUp = this.previous && !this.previous.copy ? this.previous : undefined;
		return {
			taken: this.taken,
			takenTasks: this.takenTasks,
			takenSections: this.takenSections,
			runs: givenUp?.runs as TaskRun[] | undefined,
			units: givenUp?.units as UnitMention[] | undefined,
			tasks: givenUp?.tasks as Task[] | undefined,
			segments: givenUp?.segments as Segment[] | undefined,
			sections: givenUp?.sections as Section[] | undefined,
			children: givenUp?.children as Array<Section | Task> | undefined,
		};
	}

	/** The reading in steps: it yields after each notice-wide decision and every `segmentsPerStep` segments of the walk. */
	*read(segmentsPerStep: number): Generator<void, void, void> {
		const { structure, text } = this;
		const previousParts = this.previous?.parts;
		this.parts = previousParts && structure.kept ? refindDocumentParts(text, structure.lines, previousParts, structure.kept) : findDocumentParts(text, structure.lines);
		yield;
		this.segments = splitGluedLines(text, structure.lines, this.spare?.segments);
		this.segmentBits = markParagraphTasks(text, this.parts, this.segments);
		yield;
		// Taking the previous reading's runs or item objects changes them: unless they are copied, from
		// there to the end is one step, so nothing reads the previous notice half given up.
		const inSteps = !this.previous || this.previous.copy;
		const previousItems = this.previous && { facts: this.previous.items, edit: this.previous.edit, inPlace: !this.previous.copy, items: this.previous.itemObjects };
		const { decisions, afterLastItem, facts, items } = yield* decideItemsInSteps(structure, this.parts, this.segments, previousItems, inSteps ? segmentsPerStep : Number.MAX_SAFE_INTEGER, this.keepRuns, this.segmentBits);
		this.afterLastItem = afterLastItem;
		this.items = facts;
		this.itemObjects = items;
		yield;
		const walking = this.walk(decisions, inSteps ? segmentsPerStep : Number.MAX_SAFE_INTEGER);
		for (let step = walking.next(); !step.done; step = walking.next()) {
			yield;
		}
		const finishing = this.finish();
		for (let step = finishing.next(); !step.done; step = finishing.next()) {
			if (inSteps) {
				yield;
			}
		}
	}

	// -----------------------------------------------------------------------------------------
	// The walk: sections, tasks, their text and fields

	/** One pass over the segments; a line's text is read once, a field goes on in O(1) per line. */
	private *walk(decisions: ReadonlyArray<ItemDecision | undefined>, segmentsPerStep: number): Generator<void, void, void> {
		const { segments, text } = this;
		// The segments walked by walkSegments, not in a loop here: V8 compiles that loop while the
		// first reading is in it and keeps the code for the next readings, where the code after the
		// loop (cutTasks), not yet run when it was compiled, threw it away at every reading.
		let nextYield = segmentsPerStep;
		for (let from = 0; from < segments.length; ) {
			const last = this.walkSegments(segments, from, decisions, nextYield);
			if (last >= segments.length) {
				break;
			}
			nextYield = last + segmentsPerStep;
			from = last + 1;
			yield;
		}
		this.closeTask();
		this.runs.length = this.runCount;
		// Before the body's span and the finish, which read the tasks' offsets.
		this.placeTaken();
		this.taken.length = this.takenCount;
		this.takenTasks.length = this.takenTaskCount;
		this.takenSections.length = this.takenTaskCount >> 1;
		this.cutTasks();
		const bodyStart = this.bodyStart;
		if (bodyStart >= 0) {
			const lastTask = lastOf(this.notice.tasks);
			const lastSection = lastOf(this.notice.sections);
			const bodyEnd = Math.max(lastTask ? lastTask.end : bodyStart, lastSection ? lastSection.end : bodyStart);
			this.notice.preambleSpan = { start: 0, end: bodyStart };
			this.notice.bodySpan = { start: bodyStart, end: bodyEnd };
			const trailerStart = this.nextLineStart(bodyEnd);
			this.notice.trailerSpan = { start: trailerStart, end: text.length };
		}
	}

	/** Segments from `from` on: returns the one at or past `nextYield` it stopped after, else the count of segments. */
	private walkSegments(segments: readonly Segment[], from: number, decisions: ReadonlyArray<ItemDecision | undefined>, nextYield: number): number {
		for (let i = from; i < segments.length; i++) {
			// A task's segment not a table's nor ending a part, by its bits (see SegmentBit).
			if (decisions[i] === 'task' && (this.segmentBits[i] & (SegmentBit.Table | SegmentBit.EndsPart)) === 0) {
				i = this.readRun(i, decisions) - 1;
			} else {
				this.step(i, decisions);
			}
			if (i >= nextYield) {
				return i;
			}
		}
		return segments.length;
	}

	/**
	 * The run of segments from task `first` to the next boundary: taken from the previous reading
	 * when its lines and decisions are unchanged, else read and kept. Returns where the run ends.
	 */
	private readRun(first: number, decisions: ReadonlyArray<ItemDecision | undefined>): number {
		const { segments, text } = this;
		// isBoundary written out, from the segments' bits (see SegmentBit): no segment or line loaded, where each was a call and a dozen loads in V8's first tiers.
		const bits = this.segmentBits;
		const count = segments.length;
		let end = first + 1;
		for (; end < count; end++) {
			const bit = bits[end];
			if ((bit & SegmentBit.Blank) === 0 && ((bit & (SegmentBit.Table | SegmentBit.EndsPart)) !== 0 || decisions[end] === 'section' || decisions[end] === 'task')) {
				break;
			}
		}
		this.closeTask();
		const lineIndex = this.structure.lineIndex;
		const start = lineIndex.lineStart(segments[first].line.index);
		const stop = lineIndex.lineNext(segments[end - 1].line.index);
		// Past the last item, the closing paragraph ends a task by what the task read: no run is kept there.
		const keep = this.keepRuns && end <= this.afterLastItem;
		const unchanged = keep && this.previous ? unchangedRun(this.previous, text, start, stop, decisions, first, end - first, segments[first]) : undefined;
		if (unchanged) {
			// Its marker's kind as kept (see TaskRun.kind): the first segment's marker is not loaded.
			this.closeSectionsFor(unchanged.kind);
			const previous = this.previous!;
			// Its tasks moved after the walk (placeTaken), with every run after it: all are after the edit.
			if (previous.delta !== 0 && !previous.copy && this.firstMoved < 0) {
				this.firstMoved = this.takenCount;
			}
			this.reuseRun(takeRun(unchanged, previous.delta, previous.copy, previous.finish?.passedDown === false), first, end);
			return end;
		}
		const kind = segments[first].marker!.kind;
		this.closeSectionsFor(kind);
		const tasks = this.taskCount;
		const findings = this.notice.findings.length;
		const { repeated, omitted } = this.mentions.prefixHabits;
		const candidates = this.mentions.prefixCandidates.length;
		const conventions = this.mentions.declared.length;
		const groupLineTasks = this.groupLineTasks;
		this.readsSections = false;
		for (let i = first; i < end; i++) {
			this.step(i, decisions);
		}
		this.closeTask();
		if (keep && !this.readsSections) {
			this.runs[this.runCount++] = this.keptRun(start, stop, decisionsOf(decisions, first, end), tasks, findings, repeated, omitted, candidates, conventions, groupLineTasks, kind);
		}
		return end;
	}

	/**
	 * The run just read, kept before the finish changes it (see TaskRun): from `start` to `end`, its
	 * tasks from the index `tasks` on and what the reading gained past the counts it had before the run.
	 * Written out in one literal (not one passed to be copied into another: each property is a call in
	 * V8's first tiers, and a new server's first read keeps a run a task), in copyRun's order.
	 */
	private keptRun(start: number, end: number, decisions: ReadonlyArray<ItemDecision | undefined>, tasks: number, findings: number, repeated: number, omitted: number, candidates: number, conventions: number, groupLineTasks: number, kind: MarkerKind): TaskRun {
		const mentions = this.mentions;
		const habits = mentions.prefixHabits;
		const runTasks = this.notice.tasks.slice(tasks, this.taskCount);
		const runCandidates = tailFrom(mentions.prefixCandidates, candidates);
		if (this.previous !== undefined) {
			// Read again from an edited text: its strings are copied out of it (see detachStrings).
			detachStrings(runTasks, runCandidates);
		}
		const units = unitsOf(runTasks);
		return {
			start,
			end,
			decisions,
			tasks: runTasks,
			units,
			leaders: leadersOf(runTasks),
			roles: rolesOf(units),
			findings: tailFrom(this.notice.findings, findings),
			prefixHabits: prefixHabitsOf(habits.repeated - repeated, habits.omitted - omitted),
			candidates: runCandidates,
			conventions: tailFrom(mentions.declared, conventions),
			groupLineTasks: this.groupLineTasks - groupLineTasks,
			onlyTask: runTasks.length === 1 ? runTasks[0] : undefined,
			rowNumber: rowNumberOf(runTasks),
			kind,
			// Present from the start: added by takeRun, it gave taken runs another hidden class than the
			// runs just read, and the walk's reuseRun and takeRun met both ("wrong map").
			leadsFromHeadings: undefined,
		};
	}

	/** Where the walk closes the task it reads: another item, a table, the end of a part. Written out in readRun's scan: keep the two in step. */
	private isBoundary(i: number, decisions: ReadonlyArray<ItemDecision | undefined>): boolean {
		const bit = this.segmentBits[i];
		if ((bit & SegmentBit.Blank) !== 0) {
			return false;
		}
		return (bit & (SegmentBit.Table | SegmentBit.EndsPart)) !== 0 || decisions[i] === 'section' || decisions[i] === 'task';
	}

	/**
	 * The sections a task of `kind` closes: those of its style or an inner one, as the item tree nests
	 * it (taskLevel's buildTree). `二、优化营商环境` / `县发改局牵头…` / its paragraph, with no numbered item
	 * under it, is a task beside `一、` over `1.` and `2.`, not under it (read under it, its number broke
	 * the headings' sequence and it took that heading's lead).
	 */
	private closeSectionsFor(kind: MarkerKind): void {
		const stack = this.sectionStack;
		while (stack.length > 0 && stack[stack.length - 1].marker.kind >= kind) {
			stack.pop();
		}
	}

	/** A run of the previous reading, moved already, placed where the walk is. */
	private reuseRun(run: TaskRun, first: number, end: number): void {
		const notice = this.notice;
		const section = lastOf(this.sectionStack);
		const only = run.onlyTask;
		if (only !== undefined && !this.previous!.copy) {
			// Nearly every run: its one task placed after the walk, with the moves (placeTaken); neither
			// the task nor the list of the run's tasks is loaded here.
			this.takenSections[this.takenTaskCount >> 1] = section;
			this.takenTasks[this.takenTaskCount++] = this.taskCount;
			this.takenTasks[this.takenTaskCount++] = this.taskCount + 1;
			this.addChild(section, only);
			this.addTask(only);
		} else {
			this.placeRunTasks(run, section);
		}
		const findings = run.findings;
		for (let f = 0; f < findings.length; f++) {
			notice.findings.push(findings[f]);
		}
		this.mentions.addPrefixHabits(run.prefixHabits);
		this.groupLineTasks += run.groupLineTasks;
		const conventions = run.conventions;
		for (let c = 0; c < conventions.length; c++) {
			this.mentions.declare(conventions[c]);
		}
		if (this.bodyStart < 0) {
			this.bodyStart = this.segments[first].start;
		}
		for (let i = end - 1; i >= first; i--) {
			const line = this.segments[i].line;
			if (line.end > line.start) {
				this.lastNonBlankLine = line.index;
				break;
			}
		}
		this.runs[this.runCount++] = run;
		this.taken[this.takenCount++] = run;
		// Set by takeRun just now: no load from memory.
		if (run.leadsFromHeadings !== undefined) {
			this.takenWithLeads++;
		}
	}

	/** reuseRun's, for a run of several tasks, or copied (the walk may yield before its end: placed now). */
	private placeRunTasks(run: TaskRun, section: Section | undefined): void {
		// Indexed loops, and none over lists that are empty (nearly all of a run's findings and conventions): this runs for every run on every keystroke.
		const tasks = run.tasks;
		if (this.previous!.copy) {
			for (let t = 0; t < tasks.length; t++) {
				tasks[t].index = this.taskCount + t;
				tasks[t].section = section;
			}
		} else {
			// Placed after the walk, with the moves (placeTaken): the walk does not load a task taken in place.
			this.takenSections[this.takenTaskCount >> 1] = section;
		}
		this.takenTasks[this.takenTaskCount++] = this.taskCount;
		this.takenTasks[this.takenTaskCount++] = this.taskCount + tasks.length;
		for (let t = 0; t < tasks.length; t++) {
			const task = tasks[t];
			this.addChild(section, task);
			this.addTask(task);
		}
	}

	/** One segment of the walk. */
	private step(i: number, decisions: ReadonlyArray<ItemDecision | undefined>): void {
		const segment = this.segments[i];
		const line = segment.line;
		if (line.end === line.start) {
			return;
		}
		// The line's flags read once, for the footer and endsPart's test (written out: a call and its loads a segment in V8's first tiers).
		const flags = segment.glued ? 0 : this.parts.flags[line.index];
		if (flags & LinePart.PageFooter) {
			return;
		}
		if ((flags & ENDS_PART) !== 0) {
			this.closeTask();
			this.sectionStack = emptyList();
			return;
		}
		if (line.table >= 0) {
			const table = this.structure.tables[line.table];
			if (table.firstLine === line.index && segment.start === line.start) {
				this.closeTask();
				if (this.bodyStart < 0) {
					this.bodyStart = table.span.start;
				}
				this.readTable(table, line.table);
			}
			return;
		}
		const decision = decisions[i];
		if (decision === 'section') {
			this.closeTask();
			this.openSection(segment);
			this.bodyStart = this.bodyStart < 0 ? segment.start : this.bodyStart;
			this.lastNonBlankLine = line.index;
			return;
		}
		if (decision === 'task') {
			this.closeTask();
			if (segment.glued) {
				// Items glued onto one line with spaces between (a paste lost the line breaks).
				const marker = segment.marker!;
				this.notice.findings.push({ code: 'glued-item', span: { start: marker.start, end: marker.end }, args: [String(marker.number)] });
			}
			this.openTask(this.ownMarker(segment.marker!), segment.glued, segment);
			this.bodyStart = this.bodyStart < 0 ? segment.start : this.bodyStart;
			this.readTaskLine(segment, segment.marker!.end);
			this.lastNonBlankLine = line.index;
			return;
		}
		const task = this.task;
		if (task && i >= this.afterLastItem && this.endsAfterDesignation(segment)) {
			// 各地区、各有关部门要充分认识…: the notice's closing paragraph, after the last task's units.
			this.closeTask();
			this.afterLastItem = Number.MAX_SAFE_INTEGER;
			this.sectionStack = emptyList();
			return;
		}
		if (task && this.opensDashHeading(segment) && this.itemFollows(i, decisions)) {
			// ——提升生态系统质量 after a task's units, right before the next item: a theme of the tasks
			// below, no part of the one above (lines after it, an unnumbered task, stay the task's as before).
			this.closeTask();
		} else if (task) {
			task.segments.push(segment);
			if (!this.readLeadLine(segment)) {
				this.readTaskLine(segment, segment.start);
			}
		} else if (this.sectionStack.length > 0) {
			this.readSectionLine(segment);
		}
		this.lastNonBlankLine = line.index;
	}

	/** `1）推进…`, `：1）加快…；2）推进…`: the bracket closes a number that opens its line or a clause, by the marker's style, not one left open. */
	private readonly closesMarker = (offset: number): boolean => {
		const line = this.structure.lines[this.structure.lineIndex.lineAt(offset)];
		const marker = line?.marker;
		return (marker !== undefined && marker.kind === MarkerKind.HalfParenArabic && offset >= marker.numberEnd && offset < marker.end) || closesInlineEnumerator(this.text, offset);
	};

	/**
	 * The line before `line` as the text runs: past a page footer (`— 5 —`) and the blank lines around
	 * it, where a PDF's copy broke a page inside a task or its unit list.
	 */
	private lineBefore(line: number): number {
		const flags = this.parts.flags;
		let before = line - 1;
		let footer = false;
		for (let at = line - 1; at >= 0 && line - at <= MAX_PAGE_BREAK_LINES; at--) {
			const previous = this.structure.lines[at];
			if (flags[at] & LinePart.PageFooter) {
				footer = true;
			} else if (previous.end > previous.start) {
				before = footer ? at : before;
				break;
			}
		}
		return before;
	}

	/**
	 * Whether `line` goes on from the last line read, `from`: the line before it (past a page footer),
	 * or with `pastBlanks`, after one or two blank lines.
	 */
	private runsOnFrom(from: number, line: number, pastBlanks: boolean): boolean {
		const before = this.lineBefore(line);
		if (from === before && this.lastNonBlankLine === before) {
			return true;
		}
		return pastBlanks && from === this.lastNonBlankLine && this.onlyBlankBetween(from, line);
	}

	/** Whether only blank lines (at most two) stand between two lines. */
	private onlyBlankBetween(from: number, to: number): boolean {
		if (to - from - 1 > 2) {
			return false;
		}
		for (let at = from + 1; at < to; at++) {
			const between = this.structure.lines[at];
			if (between.end > between.start) {
				return false;
			}
		}
		return true;
	}

	private nextLineStart(offset: number): number {
		const lineIndex = this.structure.lineIndex;
		const line = lineIndex.lineAt(Math.max(0, Math.min(offset, this.text.length)));
		return line + 1 < lineIndex.lineCount ? lineIndex.lineStart(line + 1) : this.text.length;
	}

	/** A dash heading on its own after the task's units (see isDashHeading); one naming units is the task's. */
	private opensDashHeading(segment: Segment): boolean {
		const task = this.task!;
		return (
			task.closedAfterLine >= 0 &&
			segment.line.index > task.closedAfterLine &&
			isDashHeading(this.text, segment.start, segment.end) &&
			labelsIn(segment).length === 0 &&
			groupsIn(segment).length === 0
		);
	}

	/** The next line with text after segment `i` opens an item, a table or a part (or there is none): the run ends there. */
	private itemFollows(i: number, decisions: ReadonlyArray<ItemDecision | undefined>): boolean {
		for (let j = i + 1; j < this.segments.length; j++) {
			const line = this.segments[j].line;
			if (line.end > line.start) {
				return this.isBoundary(j, decisions);
			}
		}
		return true;
	}

	/** After the last item: prose that follows a line where the task's units closed is no more of the task. */
	private endsAfterDesignation(segment: Segment): boolean {
		const task = this.task!;
		if (task.closedAfterLine < 0 || segment.line.index <= task.closedAfterLine || labelsIn(segment).length > 0) {
			return false;
		}
		if (this.isSubPoint(segment)) {
			return false;
		}
		const last = lastOf(task.fields);
		if (last && last.lastLine === this.lastNonBlankLine && this.continuesField(last, segment.line.index, segment.start, segment.end, false)) {
			return false;
		}
		// `…；完成时限` / `：2025年10月底前`: the label the line before ends with, its colon on this line.
		const previous = lastOf(task.segments);
		if (previous && segment.start === segment.line.start && previous.end === previous.line.end && previous.line.index === this.lineBefore(segment.line.index) && labelCutBefore(this.text, previous.start, previous.end, segment.start, segment.end)) {
			return false;
		}
		// `（牵头单位：市发改委；完成时限：` / `持续推进）`: the field's bracket the line's end left open goes on.
		if (last && last.cutOpen && last.lastLine === this.lastNonBlankLine) {
			return false;
		}
		return !this.repeatsLineOfTaskBefore(segment);
	}

	/**
	 * A line opening with a word and its colon that is no label (`进度安排：9月底前完成。`, see fieldLabels), where the
	 * task before has a line opening with the same word: a line every task writes under its units, the last task's
	 * too, not the notice's closing paragraph (a probe's: the last task lost its 进度安排 and the deadline in it, each
	 * task above kept it). A closing paragraph so opened (`工作要求：各地各部门要…`) no task above writes; one after a
	 * blank line (`联系人：王强，联系电话：…` of the cover letter, each task having its `联系人：`), or once the last task
	 * has as many such lines as the task before (`工作要求：按季度报送…` / `工作要求：各地各部门要…`), is the notice's; so is
	 * one addressed to all (`工作要求：请各牵头单位于12月20日前将全年工作总结报市政府督查室。`, a reviewer's: the last task took
	 * its date for a deadline).
	 */
	private repeatsLineOfTaskBefore(segment: Segment): boolean {
		const word = LINE_WORD.exec(this.text.slice(segment.start, segment.start + LINE_WORD_REACH));
		const before = word && this.taskCount > 0 ? this.notice.tasks[this.taskCount - 1] : undefined;
		const task = this.task!;
		// The task before may be one taken in place and not moved yet (placeTaken): its offsets are then the previous text's.
		const move = before ? this.pendingMove(this.taskCount - 1) : 0;
		if (!word || !before || before.table !== undefined || before.end + move > segment.start || task.segments.length === 0 || this.blankLineBefore(segment.line.index)) {
			return false;
		}
		if (ADDRESSED_TO_ALL.test(this.text.slice(segment.start + word[0].length, segment.start + word[0].length + 4))) {
			return false;
		}
		const written = linesOpeningWith(this.text, word[1], before.titleEnd + move, before.end + move);
		return written > 0 && linesOpeningWith(this.text, word[1], task.segments[0].start, segment.start) < written;
	}

	/**
	 * How far the task at `index` is yet to move: a task of the last run taken, in place, after the edit, is moved
	 * after the walk (placeTaken); what the walk reads of it meanwhile is at the previous text's offsets (a review's:
	 * the last task's `工作要求：` line, compared with the lines of the task before, went to the notice after an edit above).
	 */
	private pendingMove(index: number): number {
		const previous = this.previous;
		if (previous === undefined || previous.copy || this.placed || this.firstMoved < 0 || this.takenTaskCount === 0) {
			return 0;
		}
		const last = this.takenTaskCount - 2;
		const inLastTaken = this.takenTasks[last] <= index && index < this.takenTasks[last + 1];
		return inLastTaken && last >= 2 * this.firstMoved ? previous.edit.newEnd - previous.edit.oldEnd : 0;
	}

	/** Whether the line above `line` holds no text (a blank line parts a closing paragraph from the last task). */
	private blankLineBefore(line: number): boolean {
		if (line === 0) {
			return false;
		}
		const above = this.structure.lines[line - 1];
		for (let at = above.start; at < above.end; at++) {
			if (!isWhiteSpace(this.text.charCodeAt(at))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * `▲增加值可比增长14%左右,其中,第三产业` under the task's units (宝山 2008): a sub-point of the task, never the notice's
	 * closing paragraph. Not a bulleted line that names units of its own (`●各地区、各部门要加强督查…（市政府督查室负责）`,
	 * a reviewer's: it took the task's lead away) or opens with a word and its colon (`●联系人：…`, `※注：…`).
	 */
	private isSubPoint(segment: Segment): boolean {
		const first = this.text.charCodeAt(segment.start);
		if (!isBullet(first) || first === 0x203b /* ※ */ || segment.line.brackets.length > 0) {
			return false;
		}
		for (let i = segment.start + 1, end = Math.min(segment.end, segment.start + 10); i < end; i++) {
			const code = this.text.charCodeAt(i);
			if (code === 0xff1a || code === 0x3a) {
				return false;
			}
		}
		return true;
	}

	private openSection(segment: Segment): void {
		const marker = segment.marker!;
		const stack = this.sectionStack;
		while (stack.length > 0 && stack[stack.length - 1].marker.kind >= marker.kind) {
			stack.pop();
		}
		const section = this.pushSection(this.ownMarker(marker), marker.end, segment.end);
		const heading = readHeadingDesignation(this.text, marker.end, segment.end);
		if (heading) {
			this.designate(section, heading);
		} else {
			// （一）推进改革（牵头单位：市发改委） over 1. and 2.: the heading's lead field leads the tasks under it.
			const labels = labelsIn(segment);
			// Pushed, not mapped: map() gives a list of another kind from optimized code (see mapList),
			// and the first heading with a lead field then threw away openSection's ("wrong map").
			const leads: Array<{ list: WordedList; style: FieldStyle }> = [];
			for (const label of labels) {
				if (label.role === 'lead') {
					const value = valueOf(this.text, segment, label, labels);
					const style: FieldStyle = enclosingGroup(segment.line.brackets, label.start) ? 'bracket' : 'line';
					leads.push({ list: { role: 'lead', start: value.start, end: value.end }, style });
				}
			}
			// 婺城 2025: `一、强化科技创新(区科技局牵头)` over `(一)…` and `(二)…`: the lead a worded parenthesis
			// at the heading's end names leads the tasks under it.
			const group = leads.length === 0 ? lastGroupOf(this.text, segment) : undefined;
			const worded = group && group.open >= marker.end ? readWordedParenthesis(this.text, group.open, group.close) : undefined;
			if (worded) {
				for (const list of worded.lists) {
					// A vague collective (`（各地各部门牵头负责）`) leads no task in particular; `（各县区政府牵头）` does.
					if (list.role === 'lead' && !VAGUE_COLLECTIVE.test(this.text.slice(list.start, list.end))) {
						leads.push({ list, style: 'bracket' });
					}
				}
			}
			if (leads.length > 0) {
				this.sectionUnits.set(section, leads);
			}
		}
		this.readSectionLine(segment);
	}

	/** What the heading says of the work under it: its leader, or its lead (and the units that cooperate). */
	private designate(section: Section, heading: HeadingDesignation): void {
		if (heading.kind === 'leader') {
			section.leader = { text: this.text.slice(heading.start, heading.end), span: { start: heading.start, end: heading.end } };
			return;
		}
		const lists: Array<{ list: WordedList; style: FieldStyle }> = [{ list: { role: 'lead', start: heading.start, end: heading.end }, style: 'heading' }];
		if (heading.bare) {
			this.bareLists.add(lists[0].list);
		}
		if (heading.partners) {
			// `市发改委会同市财政局负责的工作`: the partners share every task under it.
			lists.push({ list: { role: 'responsible', start: heading.partners.start, end: heading.partners.end }, style: 'heading' });
		}
		if (heading.helpers) {
			// `（一）县发改局牵头，县统计局配合的工作`: the units that cooperate on every task under it.
			lists.push({ list: { role: 'other', start: heading.helpers.start, end: heading.helpers.end }, style: 'heading' });
		}
		this.sectionUnits.set(section, lists);
	}

	private pushSection(marker: Marker, titleStart: number, end: number): Section {
		const stack = this.sectionStack;
		const parent = lastOf(stack);
		const sections = this.notice.sections as WalkSection[];
		const title = this.text.slice(titleStart, end);
		let section: WalkSection;
		if (this.sectionCount < sections.length) {
			// A section of the reading the previous one gave up (see SpareLists), written anew.
			section = sections[this.sectionCount];
			section.marker = marker;
			section.title = title;
			section.titleStart = titleStart;
			section.titleEnd = end;
			section.start = marker.start;
			section.end = end;
			section.depth = stack.length;
			section.parent = parent;
			section.childCount = 0;
			// A heading's units come with the first task under it (see inheritFromSections); its leader as read below.
			if (section.units.length > 0) {
				section.units = emptyList();
			}
			section.leader = undefined;
		} else {
			section = { type: 'section', marker, title, titleStart, titleEnd: end, start: marker.start, end, depth: stack.length, parent, children: emptyList(), units: emptyList(), leader: undefined, childCount: 0 };
			sections.push(section);
		}
		this.sectionCount++;
		this.addChild(parent, section);
		stack.push(section);
		return section;
	}

	/** Text under a heading before its first task: a leader field there (`（牵头领导:成坤、柯相国、王俊）`) names the section's leader. */
	private readSectionLine(segment: Segment): void {
		const section = this.sectionStack[this.sectionStack.length - 1];
		section.end = Math.max(section.end, segment.end);
		const ownLine = this.designationLine(section, segment);
		const designation = ownLine ?? this.wrappedDesignation(section, segment);
		if (designation) {
			this.designate(section, designation);
		}
		const helpers = designation ? undefined : this.helpersLine(section, segment);
		if (helpers) {
			this.sectionUnits.get(section)!.push({ list: { role: 'other', start: helpers.start, end: helpers.end }, style: 'heading' });
		}
		if (!ownLine && !helpers && (designation || this.endsWrappedHeading(section, segment))) {
			// 石景山 2019: `一、提高城市基层党建工作水平,加强党对基层治理的全面` / `领导`.
			section.title += this.text.slice(segment.start, segment.end);
			section.titleEnd = segment.end;
		}
		let ownField = false;
		for (const label of labelsIn(segment)) {
			if (label.role === 'leader' && !section.leader) {
				const value = valueOf(this.text, segment, label, labelsIn(segment));
				section.leader = { text: this.text.slice(value.start, value.end), span: value };
				ownField = !segment.marker;
			} else if (label.role === 'lead' && !segment.marker && !this.sectionUnits.has(section)) {
				// `（一）扩大有效投资` / `牵头单位：县发改局` / `1.…` / `2.…`: before any task, the field is the heading's,
				// and leads the tasks under it as a lead field on the heading's own line does.
				const value = valueOf(this.text, segment, label, labelsIn(segment));
				this.sectionUnits.set(section, [{ list: { role: 'lead', start: value.start, end: value.end }, style: 'line' }]);
				ownField = true;
			} else if ((label.role === 'other' || label.role === 'responsible') && !segment.marker && this.followsLeadLine(section, segment, label.role)) {
				// `牵头单位：县发改局` / `配合单位：县财政局`: the heading's too, on the next line.
				const value = valueOf(this.text, segment, label, labelsIn(segment));
				this.sectionUnits.get(section)!.push({ list: { role: label.role, start: value.start, end: value.end }, style: 'line' });
				ownField = true;
			}
		}
		if (ownLine || helpers || ownField) {
			this.headingLine = { section, line: segment.line.index };
		}
	}

	/**
	 * A line of its own naming the units that cooperate, under the line that named the heading's lead
	 * (`县住建局牵头` / `县城管局、县自然资源局配合`): the helpers of the tasks under it, as on one line.
	 */
	private helpersLine(section: Section, segment: Segment): Span | undefined {
		const lists = this.sectionUnits.get(section);
		if (!lists || lists.some(({ list }) => list.role !== 'lead') || segment.glued || !this.underHeadingLines(section, segment)) {
			return undefined;
		}
		return readHelpersLine(this.text, segment.start, segment.end);
	}

	/** A line right under the heading's lines (see afterHeadingLines) when they named its lead, and no list of `role` yet. */
	private followsLeadLine(section: Section, segment: Segment, role: UnitRole): boolean {
		const lists = this.sectionUnits.get(section);
		return lists !== undefined && !lists.some(({ list }) => list.role === role) && this.afterHeadingLines(section, segment);
	}

	/**
	 * A line with no marker nor label right after the heading's last line, or after a line of its own
	 * that named the heading's leader or lead (`牵头领导：张三` / `县工信局牵头`, `县住建局牵头` / `县城管局配合`).
	 */
	private underHeadingLines(section: Section, segment: Segment): boolean {
		return labelsIn(segment).length === 0 && this.afterHeadingLines(section, segment);
	}

	/** A line with no marker right after the heading's last line or the last line of its own that named its leader, lead or helpers. */
	private afterHeadingLines(section: Section, segment: Segment): boolean {
		const before = this.lineBefore(segment.line.index);
		if (segment.marker || this.lastNonBlankLine !== before) {
			return false;
		}
		const line = this.headingLine;
		return this.structure.lineIndex.lineAt(section.titleEnd) === before || (line !== undefined && line.section === section && line.line === before);
	}

	/**
	 * The rest of a heading a paste wrapped: a long heading line that ends in no punctuation, then a
	 * short fragment with none (a line of units or a paragraph under the heading is neither).
	 */
	private endsWrappedHeading(section: Section, segment: Segment): boolean {
		const { text } = this;
		if (!this.mayWrapHeading(section, segment) || segment.end - segment.start > WRAPPED_HEADING_REST) {
			return false;
		}
		return !/[\p{P}\s]/u.test(text.charAt(section.titleEnd - 1)) && !/[\p{P}\s]/u.test(text.slice(segment.start, segment.end));
	}

	/** A line with no marker nor label right after a long heading line. */
	private mayWrapHeading(section: Section, segment: Segment): boolean {
		return this.rightUnderHeading(section, segment) && section.titleEnd - section.marker.start >= WRAPPED_HEADING_LENGTH;
	}

	/** A line with no marker nor label right after the heading's last line (past a page's footer). */
	private rightUnderHeading(section: Section, segment: Segment): boolean {
		const before = this.lineBefore(segment.line.index);
		if (segment.marker || this.lastNonBlankLine !== before || this.structure.lineIndex.lineAt(section.titleEnd) !== before) {
			return false;
		}
		return labelsIn(segment).length === 0;
	}

	/**
	 * A line of its own right under a heading that names who leads its tasks (`一、坚持创新驱动发展加快构建现代化产业体系`
	 * / `县工信局牵头`, `由县发改局牵头负责`, `县住建局牵头，县城管局配合`, `副县长王明负责`): the heading's
	 * designation, as a lead field there is (see readSectionLine). Not after a separator, where the
	 * line is the rest of a heading a wrap cut (`…，县城管执法局、` / `县财政局配合的工作`), nor when the
	 * heading named its lead (for a lead) or leader (for a leader) already. Also under a line that named
	 * the leader (`牵头领导：张三` / `县工信局牵头`).
	 */
	private designationLine(section: Section, segment: Segment): HeadingDesignation | undefined {
		if ((section.leader && this.sectionUnits.has(section)) || segment.glued || !this.underHeadingLines(section, segment) || /[、，,]$/.test(section.title.trimEnd())) {
			return undefined;
		}
		// `二、加快乡村振兴` / `县农业农村局` / `1.…`: a unit's name alone names the lead as well, but not
		// where it may be the rest of a heading a wrap cut (see mayBeCutBeforeRest).
		const designation = readWholeDesignation(this.text, segment.start, segment.end) ?? (this.mayWrapHeading(section, segment) && mayBeCutBeforeRest(this.text, section.marker.start, section.titleEnd) ? undefined : readUnitLine(this.text, segment.start, segment.end));
		return designation && !(designation.kind === 'leader' ? section.leader : this.sectionUnits.has(section)) ? designation : undefined;
	}

	/**
	 * What a heading naming its lead says when a wrap cut it, read over both lines (see readWrappedHeading);
	 * undefined when the heading's first line said it already, or the two lines say nothing.
	 */
	private wrappedDesignation(section: Section, segment: Segment): HeadingDesignation | undefined {
		const first = section.titleEnd - section.titleStart;
		if (section.leader || this.sectionUnits.has(section) || section.title.length !== first || !this.mayWrapHeading(section, segment)) {
			return undefined;
		}
		return readWrappedHeading(this.text, section.titleStart, section.titleEnd, segment.start, segment.end);
	}

	/**
	 * The marker of a task or section read from `match`, the line's: a copy of its own when the runs
	 * are kept for the next version of the text (the line and the task are moved apart, each in
	 * place), the match itself when none is read from this reading (one object fewer per task).
	 */
	private ownMarker(match: MarkerMatch): Marker {
		return this.keepRuns ? toMarker(match) : match;
	}

	/** `marker`: the task's own (see ownMarker). */
	private openTask(asMarker: Marker, glued: boolean, segment: Segment | undefined): void {
		const markerEnd = asMarker.end;
		// One draft for every task of the reading, its arrays emptied and kept (a task is closed
		// before the next opens; closeTask keeps none of the draft's objects but its title's span).
		const draft = this.draft;
		this.fieldDraftsUsed = 0;
		this.piecePool.reset();
		draft.marker = asMarker;
		draft.glued = glued;
		draft.titleStart = markerEnd;
		draft.titleEnd = markerEnd;
		emptied(draft.textPieces);
		emptied(draft.fields);
		draft.section = lastOf(this.sectionStack);
		draft.end = markerEnd;
		emptied(draft.segments);
		if (segment) {
			draft.segments.push(segment);
		}
		draft.headingSegment = segment;
		draft.leadLine = undefined;
		draft.headLine = segment ? segment.line.index : -1;
		draft.unitLine = undefined;
		draft.closedAfterLine = -1;
		draft.table = undefined;
		draft.leader = undefined;
		draft.deadline = undefined;
		draft.progress = undefined;
		draft.fromTable = false;
		draft.title = undefined;
		draft.groupWords = undefined;
		this.task = draft;
	}

	/** A draft for a field of the open task, its pieces emptied: closeTask keeps none of a draft's objects but the pieces' texts. */
	private nextFieldDraft(): FieldDraft {
		// The length tested, not a draft read past it (see PiecePool.piece).
		let field: FieldDraft;
		if (this.fieldDraftsUsed === this.fieldDrafts.length) {
			field = { role: 'responsible', label: '', labelStart: 0, labelEnd: 0, pieces: emptyList(), style: 'line', lastLine: -1, openRounds: 0, cutOpen: false, group: false, closed: false, subItem: undefined };
			this.fieldDrafts.push(field);
		} else {
			field = this.fieldDrafts[this.fieldDraftsUsed];
			emptied(field.pieces);
		}
		this.fieldDraftsUsed++;
		return field;
	}

	/** One line (or glued piece) of the current task, from `start`: prose, fields, or more of a field. */
	private readTaskLine(segment: Segment, start: number): void {
		const gluedAt = this.findTightGlue(segment, start);
		if (gluedAt) {
			this.readTaskText(segment, start, gluedAt.start);
			// The task ends where the glued one starts: its parentheses are read up to there.
			const segments = this.task!.segments;
			if (lastOf(segments) === segment) {
				// Segments written out, not spread: a spread copy is of another hidden class than
				// splitGluedLines's, and the first glued item of a session threw away the optimized
				// code reading segments ("wrong map" in groupsIn, labelsIn).
				const clipped: Segment = { line: segment.line, start: segment.start, end: gluedAt.start, marker: segment.marker, glued: segment.glued };
				segments[segments.length - 1] = clipped;
				if (this.task!.headingSegment === segment) {
					this.task!.headingSegment = clipped;
				}
			}
			this.notice.findings.push({ code: 'glued-item', span: { start: gluedAt.start, end: gluedAt.end }, args: [String(gluedAt.number)] });
			this.closeTask();
			this.openTask(this.ownMarker(gluedAt), true, undefined);
			const rest: Segment = { line: segment.line, start: gluedAt.start, end: segment.end, marker: gluedAt, glued: true };
			this.task!.segments.push(rest);
			this.readTaskLine(rest, gluedAt.end);
			return;
		}
		this.readTaskText(segment, start, segment.end);
	}

	/**
	 * `…市府办125.强化督考机制…`: the next task's number, of its style, stuck to the end of a line; a
	 * bracketed one only right after a closing bracket or a full stop (黑龙江 2013: `…增长11%左右。(省发改委负责)(二)公共财政…`).
	 * A task's own sub-points (`1.推进三项工作：(1)…(2)…`) are of another style, and stay its.
	 */
	private findTightGlue(segment: Segment, start: number): MarkerMatch | undefined {
		const task = this.task;
		if (!task) {
			return undefined;
		}
		// The line's inner markers are in order: start after `start` (a line of many glued tasks is read in one pass).
		const inner = segment.line.inner;
		if (inner.length === 0) {
			// Most lines: no marker inside.
			return undefined;
		}
		const arabic = task.marker.kind === MarkerKind.Arabic;
		for (let i = lastInnerAtOrBefore(inner, start); i < inner.length; i++) {
			const { marker, spaced } = inner[i];
			if (marker.start >= segment.end) {
				break;
			}
			if (!spaced && marker.start > start && marker.number === task.marker.number + 1 && segment.end - marker.start >= 6 && marker.kind === task.marker.kind && (arabic || closesSentence(this.text.charCodeAt(marker.start - 1)))) {
				return marker;
			}
		}
		return undefined;
	}

	private readTaskText(segment: Segment, start: number, end: number): void {
		const task = this.task!;
		// The text and the line's brackets read once: each load is a call in V8's first tiers, where a notice's first tasks are read.
		const text = this.text;
		const brackets = segment.line.brackets;
		const line = segment.line.index;
		if (end > task.end) {
			task.end = end;
		}
		// The task's line right before this one, found once for a cut label and a bracket it left open.
		const previous = this.taskLineBefore(segment, start);
		const cut = previous ? this.cutLabel(previous, segment, start, end) : undefined;
		const labels = cut ? [cut, ...labelsBetween(segment, start, end)] : labelsBetween(segment, start, end);
		const labelCount = labels.length;
		const firstLabel = labelCount > 0 ? labels[0].start : end;
		const last = lastOf(task.fields);
		// Inside a bracket the line before left open (`（牵头单位：市发改委；责任单位：市财政局、` / `市商务局）`):
		// the bracket's close on this line ends the field, not the line's end.
		// A label's bracket the line before opened at its end (`…转变管理方式。(` / `牵头单位:区司法局;…)`) is the field's, as a cut label's is.
		const openedBefore = previous && cut === undefined && labelCount > 0 && labels[0].start === start ? this.bracketOpenedBefore(previous) : -1;
		// `以上2项牵头` / `单位：县工信局；…`: a group line's label a wrap cut, its words on the line before.
		const cutGroupStart = cut !== undefined ? this.groupWordsBefore(cut.prefixStart) : -1;
		const cutLabelOpens = cut !== undefined ? this.dropCutLabelStart(cutGroupStart >= 0 ? cutGroupStart : cut.prefixStart) : openedBefore >= 0 && this.dropCutLabelStart(openedBefore + 1);
		let cutOpen = (last !== undefined && last.cutOpen && this.runsOnFrom(last.lastLine, line, true)) || cutLabelOpens;
		const group = cutGroupStart >= 0 ? this.groupKindOf(cutGroupStart, cut!.prefixStart) : cut !== undefined ? this.cutInGroupLine(last, cut.prefixStart, labels) : labelCount > 0 ? this.groupLineAt(segment, start, firstLabel) || this.groupLineGoesOn(last, segment, start, labels) : GroupLine.None;
		if (group !== GroupLine.None) {
			// `以上3项牵头单位：县自然资源局；…`: its first words say which items the line's fields are for, no text of the task.
		} else if (firstLabel > start && last && this.continuesField(last, line, start, firstLabel, labelCount > 0)) {
			// A scope the line before left open in the value (`[牵头单位:县发改局(粮食局` / `);责任单位:…]`) closes first.
			const close = cutOpen ? unmatchedClose(text, start, firstLabel, Math.max(0, last.openRounds ?? 0)) : -1;
			const more = text.slice(start, close >= 0 ? close : firstLabel);
			keepTrailingSeparator(text, last.pieces);
			separateUnitPerLine(last, more);
			last.pieces.push({ text: more, start });
			last.openRounds = (last.openRounds ?? 0) + openRounds(more);
			last.lastLine = line;
			if (last.role !== 'leader') {
				// A leader's people closed no designation (see continuesLeader).
				task.closedAfterLine = line;
			}
			if (close >= 0) {
				last.cutOpen = cutOpen = false;
				last.style = 'bracket';
				if (close + 1 < firstLabel) {
					this.addText(close + 1, firstLabel);
				}
			}
		} else if (firstLabel > start) {
			// A bracket the line's end leaves open with no label in it is the text's (`完成6个项目(` / `含续建)创建任务。`).
			this.addText(start, labelCount > 0 ? textEndBeforeLabel(text, segment, start, firstLabel) : firstLabel);
		}
		for (let k = 0; k < labelCount; k++) {
			const label = labels[k];
			const role = label.role;
			const unitField = namesUnits(role);
			let valueEnd = k + 1 < labelCount ? noteOpenBefore(text, label, labels[k + 1]) : end;
			if (!unitField) {
				// A note's value ends at its bracket's close: `（责任人：张三）`, `（分管领导：张三，完成时限：2020年底）`.
				const noteClose = firstUnopenedClose(text, label.end, valueEnd);
				valueEnd = noteClose >= 0 ? noteClose : valueEnd;
			}
			const bracket = enclosingGroup(brackets, label.start);
			let close = bracket && bracket.close >= 0 ? bracket.close : undefined;
			if (!bracket && cutOpen) {
				const cutClose = unmatchedClose(text, label.end, valueEnd);
				if (cutClose >= 0) {
					close = cutClose;
					cutOpen = false;
				}
			}
			const style: FieldStyle = close !== undefined ? 'bracket' : 'line';
			if (close !== undefined && close < valueEnd) {
				valueEnd = close;
			}
			if (role === 'leader' && opensClauseOfWork(text, label, valueEnd)) {
				// `配合单位：市公安局，主管领导：亲自带队检查重点企业，…`: a clause of the task's text, as it is
				// without the field before (see opensClauseOfWork); that field's value ends at its comma.
				this.addText(label.start, restEnd(text, label.start, valueEnd));
				const before = lastOf(task.fields);
				if (before !== undefined && before.lastLine === line) {
					before.closed = true;
				}
			} else {
				this.addField(segment, label, valueEnd, style, line, close === undefined && ((bracket !== undefined && bracket.close < 0) || cutOpen), group, unitField);
			}
			if (close !== undefined && (k + 1 === labelCount || labels[k + 1].start > close)) {
				// Text after a bracketed field belongs to the task again.
				if (close + 1 < end) {
					this.addText(close + 1, end);
				}
			}
		}
		if (labelCount === 0 && firstLabel > start) {
			const lastGroup = lastGroupOf(text, segment);
			if (lastGroup && lastGroup.close >= start && readWordedParenthesis(text, lastGroup.open, lastGroup.close)?.lists.length) {
				task.closedAfterLine = line;
			}
		}
	}

	/**
	 * A field of the open task from `label`, its value up to `valueEnd`. A leader's ends with its people:
	 * in `责任人：各校校长，9月底前完成` the rest is the task's text (and its date; see peopleEnd).
	 * `unitField`: whether the label's field names units (namesUnits, asked once by the caller).
	 */
	private addField(segment: Segment, label: LabelMatch, valueEnd: number, style: FieldStyle, line: number, cutOpen: boolean, group: GroupLine, unitField: boolean): void {
		const task = this.task!;
		// The text and the label's role read once (see readTaskText).
		const text = this.text;
		const role = label.role;
		const people = role === 'leader' ? peopleEnd(text, label.end, valueEnd) : valueEnd;
		const valueStart = trimmedStart(text, label.end, people);
		const field = this.nextFieldDraft();
		const pieces = piecesWithoutGlosses(text, segment, valueStart, trimmedEnd(text, valueStart, people), field.pieces, this.piecePool);
		field.role = role;
		field.label = label.label;
		field.labelStart = label.start;
		field.labelEnd = label.labelEnd;
		field.style = style;
		field.lastLine = line;
		// A line whose scan met no bracket (CellHint.Bracket) opens no round bracket: most of a notice's field lines (`牵头单位：市工信局；责任单位：…`), not scanned again.
		field.openRounds = style === 'line' && (this.structure.hints[line] & CellHint.Bracket) !== 0 ? piecesOpenRounds(pieces) : 0;
		field.cutOpen = cutOpen;
		field.group = group === GroupLine.Items;
		field.closed = false;
		task.fields.push(field);
		if (unitField) {
			task.closedAfterLine = line;
		}
		if (people < valueEnd) {
			this.addText(people + 1, restEnd(text, people + 1, valueEnd));
		}
	}

	/**
	 * Whether the line from `start` opens with a group line's words before its first label, at
	 * `firstLabel` (`以上3项牵头单位：县自然资源局；责任单位：…` under three items naming no units): its
	 * fields are for those items (Items, read in inheritFromGroupLines); under a task's own points
	 * (`（1）…` / `（2）…` / `以上2项牵头单位：…`) they are the task's (Task).
	 */
	private groupLineAt(segment: Segment, start: number, firstLabel: number): GroupLine {
		// A table row's group line may be a cell of a row merged across the table (`| 以上2项牵头单位：…|`).
		if ((start !== segment.line.start && !this.task!.fromTable) || segment.glued || !isGroupPrefixAt(this.text, start, firstLabel)) {
			return GroupLine.None;
		}
		return this.groupKindOf(start, firstLabel);
	}

	/** Whose a group line's fields are, its words at [start, end): the items above, or the task's own points (see groupLineAt). */
	private groupKindOf(start: number, end: number): GroupLine {
		const points = ownPointCount(this.task!);
		return points > 0 && !countsPast(groupPrefixCount(this.text.slice(start, end)), points) ? GroupLine.Task : GroupLine.Items;
	}

	/**
	 * A label a wrap cut after a group line's field (`以上2项牵头单位：县工信局；责` / `任单位：县发改局、县财政局`):
	 * the group line goes on, its fields for the items above too (not with a role it named already, see groupLineGoesOn).
	 */
	private cutInGroupLine(last: FieldDraft | undefined, prefixStart: number, labels: readonly LabelMatch[]): GroupLine {
		if (last === undefined || !last.group || this.namedByGroup(labels)) {
			return GroupLine.None;
		}
		const line = this.structure.lines[last.lastLine];
		return prefixStart >= line.start && prefixStart < line.end ? GroupLine.Items : GroupLine.None;
	}

	/**
	 * A line opening with a label after a group line's field that a wrap ended at its semicolon
	 * (`以上2项牵头单位：县工信局；` / `责任单位：…`): the group line goes on. Not with a label whose role
	 * the group named already (`…；` / `牵头单位：县发改局；…`: a second lead is no more of the group).
	 */
	private groupLineGoesOn(last: FieldDraft | undefined, segment: Segment, start: number, labels: readonly LabelMatch[]): GroupLine {
		const firstLabel = labels[0].start;
		if (last === undefined || !last.group || firstLabel !== trimmedStart(this.text, start, firstLabel) || last.lastLine !== this.lineBefore(segment.line.index) || this.namedByGroup(labels)) {
			return GroupLine.None;
		}
		const line = this.structure.lines[last.lastLine];
		let end = line.end;
		while (end > line.start && isWhiteSpace(this.text.charCodeAt(end - 1))) {
			end--;
		}
		return end > line.start && (this.text.charCodeAt(end - 1) === 0xff1b || this.text.charCodeAt(end - 1) === 0x3b) ? GroupLine.Items : GroupLine.None;
	}

	/** Whether one of `labels` names a role the task's group line named already. */
	private namedByGroup(labels: readonly LabelMatch[]): boolean {
		return this.task!.fields.some((field) => field.group && labels.some((label) => label.role === field.role));
	}

	/** Where group words open the line that ends at a cut label's first part (`以上2项牵头` / `单位：…`: at 以); -1 when they do not. */
	private groupWordsBefore(prefixStart: number): number {
		let start = lineStartBefore(this.text, prefixStart);
		while (start < prefixStart && isWhiteSpace(this.text.charCodeAt(start))) {
			start++;
		}
		return start < prefixStart && isGroupPrefixAt(this.text, start, prefixStart) ? start : -1;
	}

	/**
	 * A label a PDF's wrap cut in two, the line before ending with its first part (`（牵头单` /
	 * `位：市住建局；责任单位：市交通局）`, `牵头单` / `位：市发改委`): read whole at this line's start.
	 * Only on the line right after the task's last one, read from its start, with no label of its own there.
	 */
	private cutLabel(previous: Segment, segment: Segment, start: number, end: number): (LabelMatch & { prefixStart: number }) | undefined {
		const cut = labelCutBefore(this.text, previous.start, previous.end, start, end);
		const own = cut && labelsBetween(segment, start, end);
		return cut && !(own!.length > 0 && own![0].start < cut.end) ? cut : undefined;
	}

	/** The task's segment on the line right before this one, when this one is read from its line's start. */
	private taskLineBefore(segment: Segment, start: number): Segment | undefined {
		const segments = this.task!.segments;
		if (start !== segment.line.start || segments.length < 2 || segments[segments.length - 1] !== segment) {
			return undefined;
		}
		const previous = segments[segments.length - 2];
		return previous.end === previous.line.end && previous.line.index === this.lineBefore(segment.line.index) ? previous : undefined;
	}

	/** Where the task's line before this one (`previous`, see taskLineBefore) ends with a bracket it leaves open; -1 when it does not. */
	private bracketOpenedBefore(previous: Segment): number {
		const groups = groupsIn(previous);
		const last = lastOf(groups);
		return last && last.close < 0 && last.open === previous.end - 1 ? last.open : -1;
	}

	/**
	 * The first part of a cut label (`（牵头单`) out of the task's text or its last field, where the line
	 * before left it: with the bracket it opens, whose close on this line then ends the field (true).
	 */
	private dropCutLabelStart(prefixStart: number): boolean {
		const task = this.task!;
		const text = this.text;
		let end = prefixStart;
		while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) {
			end--;
		}
		const opens = end > 0 && bracketOf(text.charCodeAt(end - 1)) > 0;
		if (opens) {
			end--;
		}
		const field = lastOf(task.fields);
		const inField = field !== undefined && field.pieces.length > 0 && field.pieces[field.pieces.length - 1].start <= prefixStart && (task.textPieces.length === 0 || task.textPieces[task.textPieces.length - 1].start < field.pieces[field.pieces.length - 1].start);
		const pieces = inField ? field.pieces : task.textPieces;
		const piece = pieces[pieces.length - 1];
		// A value ends before its separator (`丁玲;` / `牵头单位`); the text keeps its own punctuation.
		while (inField && end > piece.start && isValueSeparator(text.charCodeAt(end - 1))) {
			end--;
		}
		if (piece && piece.start <= prefixStart && piece.start + piece.text.length >= prefixStart) {
			if (end > piece.start) {
				pieces[pieces.length - 1] = { text: text.slice(piece.start, end), start: piece.start };
			} else {
				pieces.pop();
			}
		}
		if (task.titleStart < prefixStart && task.titleEnd >= prefixStart) {
			task.titleEnd = Math.max(task.titleStart, end);
		}
		return opens;
	}

	/**
	 * The line reads as units on its own, or with the name the wrap cut before it (`…、公安` / `局,铜山区、…`);
	 * with `cutAtEnd` (no sentence's end at the line's end), also when the wrap cut its last name too
	 * (`…、市司法` / `局、市财政局、…、市交通运输` / `局、…`, a PDF's line of 38 characters): every name before it is one.
	 */
	private readsAsUnitLine(before: string, start: number, end: number, cutAtEnd: boolean): boolean {
		// `局、市交通运输局、各区人民政府配合`: the verbs that word the roles name no body (see withoutRoleVerbs).
		const line = withoutRoleVerbs(this.text.slice(start, end));
		const whole = nameCutBefore(withoutRoleVerbs(before)) + line;
		if (looksLikeUnitList(line) || looksLikeUnitList(whole)) {
			return true;
		}
		const cut = nameCutBefore(whole);
		return cutAtEnd && cut.length > 0 && cut.length <= MAX_CUT_NAME && !/[：:。]/.test(cut) && /[、，,]/.test(whole.slice(0, -cut.length - 1)) && looksLikeUnitList(whole.slice(0, -cut.length));
	}

	/**
	 * A date a PDF's wrap cut (`完成时限：2025` / `年12月底前）`, `2025年6` / `月底前`): the next line goes on
	 * with the date's next part, a number or a unit of time.
	 */
	private continuesDeadline(field: FieldDraft, line: number, start: number): boolean {
		const lastPiece = lastOf(field.pieces);
		if (!lastPiece || !this.runsOnFrom(field.lastLine, line, false)) {
			return false;
		}
		const rest = this.text.slice(start, this.structure.lines[line].end);
		// `完成时限：` / `2025年12月底前`: the label waits for its value, which the wrap put on the next line.
		if (field.pieces.every((piece) => isBlank(piece.text, 0, piece.text.length))) {
			return DEADLINE_ALONE.test(rest.trim()) && TIME_CUE.test(rest);
		}
		return (DATE_CUT_END.test(lastPiece.text) && DATE_REST.test(rest)) || cutInsideOngoing(lastPiece.text, rest);
	}

	/**
	 * A line continues the unit list above it when the list is plainly unfinished (an open bracket,
	 * a trailing 、 or 各: then past one or two blank lines too), or the line is a short fragment with no
	 * sentence in it (`县(市)区政府`, `委会`), or a line of units however long (a PDF's line). The line
	 * before is the one the text runs on from, past a page footer (see lineBefore).
	 */
	private continuesField(field: FieldDraft, line: number, start: number, end: number, labelsFollow: boolean): boolean {
		if (field.role === 'deadline' && field.style === 'line') {
			return this.continuesDeadline(field, line, start);
		}
		if (field.role === 'leader' && field.style === 'line') {
			return this.continuesLeader(field, line, start, end);
		}
		if (!namesUnits(field.role) || field.style !== 'line' || field.closed || isDashHeading(this.text, start, end)) {
			return false;
		}
		// O(1) per line: the bracket depth is kept as the value grows.
		const lastPiece = lastOf(field.pieces);
		const lastCode = lastPiece && lastPiece.text.length > 0 ? lastPiece.text.charCodeAt(lastPiece.text.length - 1) : 0;
		// 各 alone ends no name: `责任单位:各` / `县(市)区政府`.
		const unfinished = field.cutOpen || (field.openRounds ?? 0) > 0 || lastCode === 0x3001 || lastCode === 0xff0c || lastCode === 0x2c || lastCode === 0xff08 || lastCode === 0x28 || lastCode === 0x5404;
		// A list plainly unfinished goes on past a blank line (a Word paste spaces every line: `陆港投资集团(中欧班列、` / `` / `争创国家陆路开放口岸)…`).
		if (!this.runsOnFrom(field.lastLine, line, unfinished)) {
			return false;
		}
		if (unfinished) {
			return true;
		}
		const text = this.text;
		// `牵头单位：县交通运输局` / `以上工作由县政府督查室负责督促落实。`: a closing line on the work above, no
		// unit of the list (its last item lost its lead: a false missing-lead). No unit's name opens with 以上 or 上述.
		if (!labelsFollow && (text.startsWith('以上', start) || text.startsWith('上述', start))) {
			return false;
		}
		// The fragment without `[。；;\s]+` at its end, by character codes (no copy): it holds no sentence.
		let bodyEnd = end;
		while (bodyEnd > start && isFragmentTail(text.charCodeAt(bodyEnd - 1))) {
			bodyEnd--;
		}
		// A long line goes on a list only when it is one (a PDF's line of 30 or more characters:
		// `中心、服务业局、建设局、农业农村局、文化和广电旅游体育局、工商联`), after a list not ended by 。 or ；.
		// A name the wrap cut (`…、生态环境局、公安` / `局,铜山区、…`) is read whole.
		if (!labelsFollow && bodyEnd - start > 30 && (lastCode === 0x3002 || lastCode === 0xff1b || lastCode === 0x3b || !this.readsAsUnitLine(lastPiece?.text ?? '', start, bodyEnd, bodyEnd === end))) {
			return false;
		}
		for (let i = start; i < bodyEnd; i++) {
			const code = text.charCodeAt(i);
			if (code === 0x3002 || code === 0xff1a || code === 0x3a) {
				return false;
			}
		}
		// A short line of prose after a whole list (`牵头单位：市发改委` / `各区要加强配合。`) is no more of it;
		// a name's rest (`委会`, `局、市财政局`) and units are. A sentence its full stop closes is one only when it
		// reads as units, joined or alone (`市发展和改革委` / `员会。`): the 方案's closing line under the last
		// task's fields (`责任单位：市司法局` / `本方案自印发之日起施行。`) was read as a unit broken across lines.
		const closed = bodyEnd < end && text.lastIndexOf('。', end - 1) >= bodyEnd;
		return labelsFollow || (!closed && !SENTENCE_WORDS.test(text.slice(start, bodyEnd))) || this.readsAsUnitLine(lastPiece?.text ?? '', start, bodyEnd, false);
	}

	/**
	 * A leader's list a line break cut after its `、` (`责任领导：县委常委、` / `常务副县长张三`) goes on on the next
	 * line when that names people only (see namesPeopleOnly): the line was the task's text, or none at all after a unit field.
	 */
	private continuesLeader(field: FieldDraft, line: number, start: number, end: number): boolean {
		const lastPiece = lastOf(field.pieces);
		if (field.closed || lastPiece === undefined || !lastPiece.text.trimEnd().endsWith('、') || !this.runsOnFrom(field.lastLine, line, false)) {
			return false;
		}
		const more = this.text.slice(start, end);
		if ((field.openRounds ?? 0) === 1) {
			// A post in brackets the break cut (`责任领导：王建国（区委常委、` / `常务副区长）`): its posts to the bracket's close, then people or nothing.
			const close = /^([^（()）]+)[）)][、，,；;\s\u3000]*(.*)$/.exec(more);
			return close !== null && namesPeopleOnly(close[1]) && (close[2].length === 0 || namesPeopleOnly(close[2]));
		}
		return (field.openRounds ?? 0) === 0 && namesPeopleOnly(more);
	}

	private addText(start: number, end: number): void {
		const task = this.task!;
		if (isBlank(this.text, start, end)) {
			return;
		}
		const value = this.text.slice(start, end);
		if (task.textPieces.length === 0 && task.fields.length === 0) {
			task.titleStart = start;
			task.titleEnd = end;
		}
		task.textPieces.push(this.piecePool.piece(value, start));
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
		// The mentions read from each unit cell, by where the cell starts: a row beside a merged cell takes them.
		const cellMentions = new Map<number, UnitMention[]>();
		const beside: Array<{ task: Task; cells: readonly TableCell[] }> = [];
		for (const entry of rows) {
			if ('group' in entry) {
				const { group } = entry;
				if (group.marker && isNumberedRowMarker(group.marker)) {
					// `2\t改善民生` over `2-1`: the next task's sub-tasks, under the heading row above both.
					this.closeRowGroups(base);
				} else {
					this.sectionStack.length = Math.min(this.sectionStack.length, base);
				}
				const marker: Marker = group.marker ?? emptyRowMarker(group.span.start);
				// A numbered group row's title is its heading cell, after the number's (`1\t稳定经济增长`).
				const section = this.pushSection(marker, Math.max(marker.end, group.span.start), group.span.end);
				// A category a narrow column wrapped (`激发市场活力，` / `优化营商环境`): its title one line.
				section.title = section.title.replace(/[ \t\u3000]*\r?\n\s*/g, '');
				section.leader = group.leader;
				continue;
			}
			const row = entry.task;
			if (isNumberedRowMarker(row.marker) && (isBareRowMarker(this.text, row.marker) || !this.underRowGroup(base, row.marker))) {
				// A row numbered `2` after the sub-tasks `1-1`, `1-2` of the row `1`: no sub-task of it; nor
				// `2-1` there, row `2` missing (`1\t稳定经济增长` / `1-1` / `1-2` / `2-1`). A bracketed `(1)` is a sub-task as `1-1` is.
				this.closeRowGroups(base);
			}
			if (row.group) {
				this.sectionStack.length = Math.min(this.sectionStack.length, base);
				const marker = this.markerAt(row.group.span.start, row.group.span.end);
				const asMarker: Marker = marker ? toMarker(marker) : emptyRowMarker(row.group.span.start);
				const section = this.pushSection(asMarker, asMarker.end, row.group.span.end);
				// The category cell stands in the row (`1` / `联动共建科学城` / `推动…`): the section
				// holds the whole row, its number cell before the category included.
				section.start = Math.min(section.start, row.span.start);
			}
			this.openTask(row.marker, false, undefined);
			const task = this.task!;
			task.table = index;
			// A task cell naming the units too is read as an item: its worded lists and bare parenthesis are no cells' fields.
			task.fromTable = !row.unitsInText;
			task.leader = row.leader;
			task.deadline = row.deadline;
			task.progress = row.progress;
			task.end = Math.max(task.end, row.span.end);
			if (row.unitsInText) {
				this.readCellAsLines(row.textPieces);
			} else if (row.textPieces.length > 0) {
				task.textPieces = row.textPieces.map((piece) => ({ text: text.slice(piece.start, piece.end), start: piece.start }));
				for (const { at, separator } of [...(row.textBreaks ?? [])].reverse()) {
					// Two text columns' cells (`地区生产总值增速` / `6%左右`) or a cell's paragraphs: a separator between them, at the first's end.
					task.textPieces.splice(at, 0, { text: separator, start: row.textPieces[at - 1].end });
				}
				if (table.layout === 'cell-lines') {
					// A cell of several lines: its first line is the title (`联动共建科学城` over its paragraph).
					task.titleStart = row.textPieces[0].start;
					task.titleEnd = row.textPieces[0].end;
				} else {
					// A cell wrapped inside a frame or by alignment: one text broken where the column ends.
					task.titleStart = row.textPieces[0].start;
					// The last piece's end, or an earlier one's: a measure's cell stands before the target it follows (`%` of `6%`).
					task.titleEnd = row.textPieces.reduce((end, piece) => Math.max(end, piece.end), 0);
					task.title = textOfPieces(task.textPieces);
				}
			}
			for (const field of row.fields) {
				task.fields.push({
					role: field.role,
					label: field.label,
					labelStart: field.pieces[0].start,
					labelEnd: field.pieces[0].start,
					pieces: cellPieces(text, field.pieces, table.layout === 'cell-lines' || table.layout === 'tabs'),
					style: 'cell',
					lastLine: -1,
					openRounds: 0,
					cutOpen: false,
					group: false,
					closed: false,
					subItem: field.subItem,
				});
			}
			for (const span of row.groupLines ?? []) {
				this.readRowGroupLine(span);
			}
			this.closeTask();
			this.noteCellMentions(row, cellMentions, beside);
		}
		// After every row: a merged cell's text may be written beside a row below the first it stands by.
		for (const { task, cells } of beside) {
			const inherited = emptyList<UnitMention>();
			for (const cell of cells) {
				for (const mention of cellMentions.get(cell.pieces[0].start) ?? []) {
					inherited.push(mention);
				}
			}
			if (inherited.length > 0) {
				task.inheritedUnits = inherited;
			}
		}
		this.sectionStack.length = Math.min(this.sectionStack.length, base);
	}

	/**
	 * A group line under the row (`以上2项牵头单位：县自然资源局；…`): labelled, read as a line of the row's
	 * task, its fields the group's (see groupLineAt); worded (`以上两项由县自然资源局牵头，…`), at the task's close.
	 */
	private readRowGroupLine(span: Span): void {
		const task = this.task!;
		const { lines, lineIndex } = this.structure;
		// Two lines where a wrap broke it (`以上2项牵头` / `单位：…`, see readTables.groupLineEnd): a line of the task each, as between items.
		const segments: Segment[] = [];
		for (let at = lineIndex.lineAt(span.start); at < lines.length && lines[at].start < span.end; at++) {
			const line = lines[at];
			segments.push({ line, start: Math.max(span.start, line.start), end: Math.min(span.end, line.end), marker: undefined, glued: false });
		}
		if (segments.every((segment) => labelsBetween(segment, segment.start, segment.end).length === 0)) {
			task.groupWords = span;
			task.end = Math.max(task.end, span.end);
			return;
		}
		// The lines run on from each other (`…责任单位：县财政局、县公安局、` / `各镇人民政府`: the list goes on as
		// between items, see continuesField); the walk's own last line is back after.
		const walked = this.lastNonBlankLine;
		for (const segment of segments) {
			task.segments.push(segment);
			this.readTaskLine(segment, segment.start);
			this.lastNonBlankLine = segment.line.index;
		}
		this.lastNonBlankLine = walked;
	}

	/**
	 * A task cell naming the units too (湖州 2020: `1 | 坚持…发展。(责任单位:市建设局) | …`, see TableColumn.unitsInCell):
	 * each piece read as a line of an item is, its labels the task's fields.
	 */
	private readCellAsLines(pieces: readonly Span[]): void {
		const task = this.task!;
		const { lines, lineIndex } = this.structure;
		const walked = this.lastNonBlankLine;
		for (const piece of pieces) {
			const line = lines[lineIndex.lineAt(piece.start)];
			const segment: Segment = { line, start: piece.start, end: piece.end, marker: undefined, glued: false };
			task.segments.push(segment);
			this.readTaskLine(segment, segment.start);
			this.lastNonBlankLine = line.index;
		}
		this.lastNonBlankLine = walked;
	}

	/** The lists a table row's worded group line words (see readRowGroupLine): the group's from its words on. */
	private readGroupWords(task: Task, span: Span): void {
		const lists: Array<{ list: WordedList; style: FieldStyle; pieces?: Piece[] }> = [];
		const line = this.structure.lines[this.structure.lineIndex.lineAt(span.start)];
		// `（以上两项由县自然资源局牵头，县农业农村局配合）`: the parenthesis the line is.
		const bracket = line.brackets.find((group) => group.open === span.start && group.close > group.open);
		const worded = bracket ? readWordedParenthesis(this.text, bracket.open, bracket.close) : undefined;
		for (const list of worded?.lists ?? []) {
			lists.push({ list, style: 'trailing-parenthesis' });
		}
		if (!worded) {
			// A piece a line, as a task's text is: a sentence a wrap cut (`以上2项由县住建局牵` / `头，县城管局配合。`) is read joined.
			const pieces: Piece[] = [];
			const { lines, lineIndex } = this.structure;
			for (let at = lineIndex.lineAt(span.start); at < lines.length && lines[at].start < span.end; at++) {
				const from = Math.max(span.start, lines[at].start);
				pieces.push({ text: this.text.slice(from, Math.min(span.end, lines[at].end)), start: from });
			}
			this.readProse(pieces, lists);
		}
		const group = this.firstGroupList(lists, 0);
		for (let l = Math.max(group, 0); group >= 0 && l < lists.length; l++) {
			task.fields.push(this.mentions.listField(task, lists[l].list, '', lists[l].list.start, lists[l].list.start, 'group', this.taskUnits, lists[l].pieces));
		}
	}

	/** Whether the compound-numbered row `marker` (`2-1`) is under the numbered group row open in this table (`2`), if any. */
	private underRowGroup(base: number, marker: Marker): boolean {
		const stack = this.sectionStack;
		const top = stack.length > base ? stack[stack.length - 1].marker : undefined;
		if (!top || !isNumberedRowMarker(top)) {
			return true;
		}
		const parent = parentRowNumber(this.text.slice(marker.start, marker.end));
		return parent === undefined || parent === top.number;
	}

	/** The numbered group rows (`1\t稳定经济增长` over `1-1`) open above the table's sections closed. */
	private closeRowGroups(base: number): void {
		const stack = this.sectionStack;
		while (stack.length > base && isNumberedRowMarker(stack[stack.length - 1].marker)) {
			stack.pop();
		}
	}

	/**
	 * The mentions of the row just closed, by cell; a row beside a merged unit cell (`├────┤ │ │`
	 * under its task, the unit cell's frame still open) is noted in `beside`, to be given that cell's
	 * units as the row holding its text names them, as a task under a heading naming its lead is (inheritedUnits).
	 */
	private noteCellMentions(row: RowTask, cellMentions: Map<number, UnitMention[]>, beside: Array<{ task: Task; cells: readonly TableCell[] }>): void {
		const task = this.taskCount > 0 ? this.notice.tasks[this.taskCount - 1] : undefined;
		if (!task) {
			return;
		}
		for (const field of task.fields) {
			if (field.style === 'cell' && field.unitEnd > field.unitStart) {
				cellMentions.set(field.valueStart, unitsOfField(task, field));
			}
		}
		if (row.mergedUnitCells) {
			beside.push({ task, cells: row.mergedUnitCells });
		}
	}

	private markerAt(start: number, end: number): MarkerMatch | undefined {
		const marker = matchMarker(this.text, start);
		return marker && marker.end <= end && marker.kind !== MarkerKind.Arabic ? marker : undefined;
	}

	private leaderIn(span: Span): TextRef | undefined {
		const line = this.structure.lines[this.structure.lineIndex.positionAt(span.start).line];
		const segment: Segment = { line, start: span.start, end: span.end, marker: undefined, glued: false };
		const labels = labelsIn(segment);
		const label = labels.find((candidate) => candidate.role === 'leader');
		if (!label) {
			return undefined;
		}
		const value = valueOf(this.text, segment, label, labels);
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
		// Each property read once into a local, here and in buildFields: a notice's first tasks are
		// closed in V8's first tiers, where every property load is a call (60 a task, a third of this).
		const taskUnits = this.taskUnits;
		emptied(taskUnits);
		const notice = this.notice;
		const findingsBefore = notice.findings.length;
		const textPieces = draft.textPieces;
		const pieceCount = textPieces.length;
		const marker = draft.marker;
		const titleStart = draft.titleStart;
		const titleEnd = draft.titleEnd;
		// The title is nearly always the task's first piece of text: one string for both.
		const firstText = pieceCount > 0 && textPieces[0].start === titleStart ? textPieces[0].text : undefined;
		const titleText = draft.title ?? (firstText !== undefined && firstText.length === titleEnd - titleStart ? firstText : this.text.slice(titleStart, titleEnd));
		const section = draft.section;
		const task: Task = {
			type: 'task',
			marker,
			title: titleText.trim(),
			titleStart,
			titleEnd,
			start: marker.start,
			end: draft.end,
			text: pieceCount === 1 ? textPieces[0].text : textOfPieces(textPieces),
			// Its own lists once its fields are read (below), where nothing reads these: a list literal
			// inside the literal made V8 copy the task from its boilerplate through the runtime.
			fields: NO_FIELDS,
			units: NO_UNITS,
			section,
			glued: draft.glued,
			index: this.taskCount,
			inheritedUnits: NO_MENTIONS,
			// Every task has the same properties (absent ones undefined): one object shape for the code that reads them.
			leader: draft.leader,
			deadline: draft.deadline,
			progress: draft.progress,
			inheritedDeadline: undefined,
			table: draft.table,
		};
		// Arrays of exact size where the count is known: a task has two or three fields, and an
		// array grown by push holds sixteen (a 2 MB notice has nine thousand tasks).
		const drafts = draft.fields;
		const draftCount = drafts.length;
		const fields: Field[] = new Array(draftCount);
		let fieldCount = 0;
		// Indexed loops, here and below: a notice's first tasks are closed in the interpreter, where each step of an iterator is an object.
		for (let f = 0; f < draftCount; f++) {
			const fieldDraft = drafts[f];
			const role = fieldDraft.role;
			if (role === 'leader') {
				task.leader ??= refOf(fieldDraft.pieces);
			} else if (role === 'deadline') {
				task.deadline ??= refOf(fieldDraft.pieces);
			}
			const built = fieldCount;
			fieldCount = this.buildFields(task, fieldDraft, fields, fieldCount);
			const subItem = fieldDraft.subItem;
			if (subItem !== undefined) {
				for (let b = built; b < fieldCount; b++) {
					fields[b].subItem = subItem;
				}
			}
		}
		if (draftCount !== fieldCount) {
			// A store to an array's length is a call into V8's runtime: only when a draft gave other than one field.
			fields.length = fieldCount;
		}
		task.fields = fields;
		// Whether a field names units, and whether one names the lead, in one pass (a closure for some() was one more object a task).
		let unitField = false;
		let leadField = false;
		for (let f = 0; f < fieldCount; f++) {
			const role = fields[f].role;
			if (role === 'lead') {
				unitField = leadField = true;
				break;
			}
			unitField ||= role === 'responsible' || role === 'other';
		}
		if (!unitField && !draft.fromTable) {
			this.readWordedDesignations(task, draft);
		} else if (!leadField && draft.headingSegment) {
			// （二）省审计厅牵头的工作 / 全面加强审计工作。/ 协同单位:…: the heading names the lead, a field the others.
			this.readHeading(task, draft, draft.headingSegment);
		}
		if (draft.groupWords) {
			this.readGroupWords(task, draft.groupWords);
		}
		// The units its fields read, one field after the other (see Field.unitStart), in a list of exact size.
		const unitCount = taskUnits.length;
		if (unitCount === 0) {
			task.units = noMentions();
		} else {
			// Copied and checked for source order in one pass (nearly every task is in order).
			const units: UnitMention[] = new Array(unitCount);
			let inOrder = true;
			let lastStart = -1;
			for (let u = 0; u < unitCount; u++) {
				const unit = taskUnits[u];
				units[u] = unit;
				const start = unit.start;
				inOrder &&= start >= lastStart;
				lastStart = start;
			}
			task.units = units;
			if (!inOrder) {
				putInSourceOrder(task);
			}
		}
		if (this.mayHoldBrackets(draft, task)) {
			reportUnbalancedBrackets(this.text, task, notice.findings, findingsBefore, this.closesMarker);
		}
		if (ownsGroupLine(task)) {
			this.groupLineTasks++;
		}
		this.addChild(task.section, task);
		this.addTask(task);
	}

	/**
	 * Whether the task's text may hold a bracket: false only when it lies on its lines and none of
	 * them has one (CellHint.Bracket, from the line's own scan). Most tasks have none, and the scan
	 * for unbalanced brackets read every character of every task a second time (3% of a fresh read
	 * of the benchmark's 2 MB notice, profiled with `perf`).
	 */
	private mayHoldBrackets(draft: TaskDraft, task: Task): boolean {
		const segments = draft.segments;
		if (segments.length === 0) {
			return true;
		}
		const { lines, hints } = this.structure;
		const first = segments[0].line.index;
		const last = segments[segments.length - 1].line.index;
		if (task.start < lines[first].start || task.end > lines[last].end) {
			return true;
		}
		for (let line = first; line <= last; line++) {
			if ((hints[line] & CellHint.Bracket) !== 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The tasks of the runs taken in place given their index and section, and moved when after the
	 * edit (see placeTakenTasks): once, after the walk, or when a reading fails. Copied runs' tasks
	 * were placed and moved as the walk took them (reuseRun, takeRun).
	 */
	placeTaken(): void {
		const previous = this.previous;
		if (previous === undefined || previous.copy || this.placed) {
			return;
		}
		this.placed = true;
		const moved = this.firstMoved >= 0 ? 2 * this.firstMoved : this.takenTaskCount;
		placeTakenTasks(this.notice.tasks, this.takenTasks, this.takenTaskCount, this.takenSections, moved, previous.edit.newEnd - previous.edit.oldEnd);
	}

	/** The notice's list of tasks cut to the tasks read: filled by index, it may be longer (see addTask). */
	cutTasks(): void {
		this.notice.tasks.length = this.taskCount;
		const sections = this.notice.sections as WalkSection[];
		sections.length = this.sectionCount;
		for (let s = 0; s < sections.length; s++) {
			sections[s].children.length = sections[s].childCount;
		}
		this.notice.children.length = this.topChildCount;
	}

	/**
	 * The next child of `section` (the notice's, at the top level), written into its list by index:
	 * the list may be a section's of the reading the previous one gave up, longer than the children
	 * placed so far (cut after the walk, see cutTasks).
	 */
	private addChild(section: Section | undefined, child: Section | Task): void {
		if (section === undefined) {
			writeAt(this.notice.children, this.topChildCount++, child);
		} else {
			const walked = section as WalkSection;
			writeAt(walked.children, walked.childCount++, child);
		}
	}

	/**
	 * The notice's next task, written into its list by index: the list may be the one of the reading
	 * the previous one gave up (see SpareLists), longer than the tasks read so far.
	 */
	private addTask(task: Task): void {
		const tasks = this.notice.tasks;
		if (this.taskCount < tasks.length) {
			tasks[this.taskCount] = task;
		} else {
			tasks.push(task);
		}
		this.taskCount++;
	}

	/** The fields of a draft (one, or one per worded list of an assignment) into `fields` from `at`; returns the count after them. */
	private buildFields(task: Task, draft: FieldDraft, fields: Field[], at: number): number {
		// Read here and by fill, which keep nothing of it: the next field's value reuses it.
		const source = SpannedText.of(draft.pieces, this.onePieceValue);
		// Its text and kind loaded once (each load a call in V8's first tiers, see closeTask).
		const value = source.text;
		const length = value.length;
		const contiguous = source.contiguous;
		const labelEnd = draft.labelEnd;
		const valueStart = length === 0 ? labelEnd : source.start;
		// A value of one piece (nearly all) ends where its text does.
		const valueEnd = length === 0 ? labelEnd : contiguous ? valueStart + length : source.sourceOffset(length - 1) + 1;
		const role = draft.role;
		if (role === 'assignment') {
			// 部门分工：X牵头，Y配合: roles written with verbs inside the value.
			const lists = contiguous ? readWordedParenthesis(this.text, valueStart - 1, valueEnd)?.lists : readWordedParenthesis(`（${value}）`, 0, length + 1)?.lists.map((list) => ({ role: list.role, start: list.start - 1, end: list.end - 1 }));
			if (lists && lists.length > 0) {
				return this.wordedFields(task, draft, source, lists, fields, at);
			}
			const field: Field = { role: 'responsible', label: draft.label, labelStart: draft.labelStart, labelEnd, valueStart, valueEnd, style: styleOf(draft), unitStart: 0, unitEnd: 0 };
			this.mentions.fill(task, field, source, 'responsible', false, this.taskUnits);
			fields[at++] = field;
			return at;
		}
		const unitRole = role === 'lead' || role === 'responsible' || role === 'other';
		// The value's list, looked up once for both questions: whether a role verb may start in it, known from its text
		// alone (a notice's values repeat: the 200 KB notice's 1,804 are 903 texts), and its units (fill).
		let list: UnitListResult | undefined;
		if (unitRole) {
			const kept = this.memo.unitListOf(value);
			list = kept.list;
			// 责任单位:市人力社保局、市农业农村局分别牵头: the verbs give the roles (see readWordedValue); a table's
			// cell too (内蒙古 2020's 责任部门 column: `自治区住房城乡建设厅牵头,联席会议成员单位按职责分工负责` read no lead).
			// Asked only when a verb may start in it (nearly no value): no call for the others.
			const worded = !kept.mayWordRoles ? undefined : contiguous ? readWordedValue(this.text, valueStart, valueEnd, role, true) : readWordedValue(value, 0, length, role, true);
			if (worded) {
				return this.wordedFields(task, draft, source, worded, fields, at);
			}
		}
		// Its units are filled in next (fill): no list of its own before that.
		// A field naming no units (年度目标, 完成时限) names the none from where the task's units stand.
		const taskUnits = this.taskUnits;
		const unitAt = taskUnits.length;
		const style = draft.style;
		const field: Field = { role, label: draft.label, labelStart: draft.labelStart, labelEnd, valueStart, valueEnd, style: draft.group ? 'group' : style, unitStart: unitAt, unitEnd: unitAt };
		if (unitRole) {
			this.mentions.fill(task, field, source, role, style === 'cell', taskUnits, list);
		}
		fields[at++] = field;
		return at;
	}

	/**
	 * A field per worded list of a draft's value: `lists` in document offsets when the value is one
	 * piece, else in the value's gathered text (a value over lines: `责任单位：市住建局牵头，市发改委、…各` /
	 * `区人民政府配合`), whose pieces the units are read from.
	 */
	private wordedFields(task: Task, draft: FieldDraft, source: SpannedText, lists: readonly WordedList[], fields: Field[], at: number): number {
		for (let index = 0; index < lists.length; index++) {
			let list = lists[index];
			let pieces: Piece[] | undefined;
			if (!source.contiguous) {
				pieces = source.piecesBetween(list.start, list.end);
				const span = source.sourceSpan(list.start, list.end);
				list = { role: list.role, start: span.start, end: span.end };
			}
			fields[at++] = this.mentions.listField(task, list, index === 0 ? draft.label : '', index === 0 ? draft.labelStart : list.start, index === 0 ? draft.labelEnd : list.start, styleOf(draft), this.taskUnits, pieces, draft.style === 'cell');
		}
		return at;
	}

	/**
	 * The asides in the same sentence as a parenthesis naming units (no `。`/`；` between them), read with them in
	 * the document's order; whether any was.
	 */
	private readAsidesInSentence(asides: ReadonlyArray<{ open: number; close: number; worded: WordedParenthesis }>, designated: ReadonlyArray<{ open: number; close: number }>, lists: Array<{ list: WordedList; style: FieldStyle }>): boolean {
		let read = false;
		for (const aside of asides) {
			if (designated.some((other) => (other.open > aside.close ? !sentenceEndBetween(this.text, aside.close, other.open) : !sentenceEndBetween(this.text, other.close, aside.open)))) {
				this.pushParenthesis(aside.worded, lists);
				read = true;
			}
		}
		if (read) {
			lists.sort((a, b) => a.list.start - b.list.start);
		}
		return read;
	}

	/** A worded parenthesis's lists, and its `列第一位者为牵头单位` convention. */
	private pushParenthesis(worded: WordedParenthesis, lists: Array<{ list: WordedList; style: FieldStyle }>): void {
		if (worded.convention) {
			this.mentions.declare({ firstListedLeads: true, span: worded.convention });
		}
		for (const list of worded.lists) {
			lists.push({ list, style: 'trailing-parenthesis' });
		}
	}

	/** Units a task names without a label: worded parentheses, a heading, prose, a bare unit in parentheses. */
	private readWordedDesignations(task: Task, draft: TaskDraft): void {
		const lists: Array<{ list: WordedList; style: FieldStyle; pieces?: Piece[] }> = [];
		// The close of a parenthesis cut by a line break, read whole: a bracket on its later lines is inside it,
		// as on one line (`…（` / `（县发改局负责）、县财政局负责）` reads 县财政局, as `…（（县发改局负责）、县财政局负责）` does).
		let cutClose = -1;
		// A worded parenthesis never closed in the task (`(市生态环境局牵头,市公安局参与` above the next item, or a page
		// cut inside it), read to its line's end as the item's decision reads it (UnclosedUnits): the last resort before
		// a bare unit, as a labelled bracket left open names its fields. unbalanced-bracket tells what is wrong; a
		// missing-lead would say no lead is written. Anything else the task names is read first (a reviewer's:
		// `由市发改委牵头，市财政局配合（各地分别负责` lost its lead to the open bracket's 各地).
		// Where each such parenthesis opens and its line ends, read only when nothing else names a unit.
		let unclosed: Array<{ open: number; end: number }> | undefined;
		// A worded parenthesis inside a sentence (see isAsideInSentence), and the parentheses naming units that are no
		// aside: an aside in the same sentence as one of them is read with it, as any (`加快推进重大项目建设（市发改委负责）
		// 推动项目早开工（市住建局负责）`, one sentence with no stop between); one a sentence's end parts from them
		// (`重大问题（由市政府牵头协调）及时上报。（市发改委牵头，市财政局配合）`) is dropped; one alone is read only when
		// nothing else names a unit (`（市发改委负责）三季度前完成。`, `（市营商局负责）各县区配合。`).
		let asides: Array<{ open: number; close: number; worded: WordedParenthesis }> | undefined;
		let designated: Array<{ open: number; close: number }> | undefined;
		for (let s = 0; s < draft.segments.length; s++) {
			const segment = draft.segments[s];
			const from = segment === draft.headingSegment ? draft.marker.end : segment.start;
			for (const group of groupsIn(segment)) {
				// A parenthesis a hard line break cuts (a PDF's paste) closes on the task's next lines.
				const close = group.close >= 0 ? group.close : closeOfCut(this.text, draft.segments, s, group.open);
				if (close < 0 && group.open >= from && group.open >= cutClose && !closesInSegments(this.text, draft.segments, s, group.open, draft.segments.length)) {
					(unclosed ??= []).push({ open: group.open, end: segment.end });
				}
				if (group.open < from || close < 0 || group.open < cutClose) {
					continue;
				}
				if (group.close < 0) {
					cutClose = close;
				}
				const worded = readWordedParenthesis(this.text, group.open, close);
				if (!worded) {
					continue;
				}
				if (group.close >= 0 && isAsideInSentence(this.text, group.open, close)) {
					(asides ??= []).push({ open: group.open, close, worded });
					continue;
				}
				if (worded.lists.length > 0) {
					(designated ??= []).push({ open: group.open, close });
				}
				this.pushParenthesis(worded, lists);
			}
		}
		if (asides !== undefined && designated !== undefined && this.readAsidesInSentence(asides, designated, lists)) {
			asides = undefined;
		}
		if (lists.length === 0 && draft.headingSegment && this.readHeading(task, draft, draft.headingSegment)) {
			return;
		}
		if (lists.length === 0 && draft.unitLine) {
			// `市发改委会同市财政局`: the first leads, the partners after 会同 share (see readUnitLine).
			const { start, end, partners } = draft.unitLine;
			lists.push({ list: { role: partners ? 'lead' : 'responsible', start, end }, style: 'line' });
			if (partners) {
				lists.push({ list: { role: 'responsible', start: partners.start, end: partners.end }, style: 'line' });
			}
		}
		if (lists.length === 0) {
			this.readProse(draft.textPieces, lists, draft.fields);
		}
		if (lists.length === 0 && asides !== undefined) {
			for (const aside of asides) {
				this.pushParenthesis(aside.worded, lists);
			}
		}
		for (let candidate = 0; lists.length === 0 && unclosed !== undefined && candidate < unclosed.length; candidate++) {
			for (const list of readWordedParenthesis(this.text, unclosed[candidate].open, unclosed[candidate].end)?.lists ?? []) {
				lists.push({ list, style: 'trailing-parenthesis' });
			}
		}
		if (lists.length === 0) {
			const at = draft.segments.length - 1;
			const first = draft.segments.indexOf(draft.headingSegment!);
			const group = at >= 0 ? lastGroupAcross(this.text, draft.segments, at, Math.max(0, first)) : undefined;
			const bare = group
				? group.open >= draft.marker.end
					? readBareUnitParenthesis(this.text, group.open, group.close)
					: undefined
				: at >= 0
					? this.officesBeforeTarget(task, draft, draft.segments[at])
					: undefined;
			if (bare) {
				lists.push({ list: bare, style: 'parenthesis' });
			}
		}
		const group = lists.length > 0 ? this.firstGroupList(lists, ownPointCount(draft)) : -1;
		for (let l = 0; l < lists.length; l++) {
			const { list, style, pieces } = lists[l];
			task.fields.push(this.mentions.listField(task, list, '', list.start, list.start, group >= 0 && l >= group ? 'group' : style, this.taskUnits, pieces));
		}
		if (group >= 0) {
			task.text = this.textBeforeGroupLine(task, draft, lists[group].list.start);
		}
	}

	/**
	 * The offices of a parenthesis before the task's target sentence (`推进老旧小区改造（区住建局）。力争年底前完成。`, see
	 * groupBeforeTarget), only for a task that would name no unit at all: under a heading or a section's label line
	 * naming units it inherits those, and its parenthesis is an aside (`推进区人民医院新院区建设（区人民医院）。确保年底前投入使用。`
	 * under `一、城市建设（区住建局牵头，区财政局配合）`: a reviewer's false unknown-unit). That depends on the sections
	 * above: the run is read again on every reading (see readRun), as a heading's edit changes it.
	 */
	private officesBeforeTarget(task: Task, draft: TaskDraft, segment: Segment): WordedList | undefined {
		const group = groupBeforeTarget(this.text, segment);
		if (!group || group.open < draft.marker.end) {
			return undefined;
		}
		this.readsSections = true;
		for (let section = task.section; section; section = section.parent) {
			if (this.sectionUnits.get(section)?.length) {
				return undefined;
			}
		}
		return readOfficeParenthesis(this.text, group.open, group.close);
	}

	/**
	 * The task's text without a worded group line of its own (`3.…` / `以上任务由县自然资源局牵头，县农业农村局配合。`,
	 * `（以上三项由县发改局牵头）`): the line is for the items above as much as for this one, no text of it, as a
	 * labelled group line is none (a features tester's: the words were in the task table's text of the last item).
	 */
	private textBeforeGroupLine(task: Task, draft: TaskDraft, listStart: number): string {
		// `以上重点任` / `务由县住建局牵头，…`: the line before, where a wrap broke the group's words.
		const lineStart = groupLineStart(this.text, lineStartBefore(this.text, listStart), listStart);
		if (lineStart <= draft.marker.start || !GROUP_LINE_OPENS.test(this.text.slice(lineStart, Math.min(listStart, lineStart + 12)))) {
			return task.text;
		}
		let length = 0;
		for (let p = 0; p < draft.textPieces.length && draft.textPieces[p].start < lineStart; p++) {
			length += draft.textPieces[p].text.length;
		}
		return length > 0 && length < task.text.length ? task.text.slice(0, length) : task.text;
	}

	/**
	 * The first worded list after a group line's words (`以上任务由县自然资源局牵头，县农业农村局配合。`,
	 * `（以上三项由县发改局牵头）` under the items): it and the lists after it are the group's; -1 when none is,
	 * or when the words count no more than the task's own `points` (see ownPointCount).
	 */
	private firstGroupList(lists: ReadonlyArray<{ list: WordedList; style: FieldStyle }>, points: number): number {
		for (let l = 0; l < lists.length; l++) {
			const { list, style } = lists[l];
			if (style === 'prose' || style === 'trailing-parenthesis') {
				const count = groupCountBefore(this.text, lineStartBefore(this.text, list.start), list.start);
				if (count !== undefined && (points === 0 || countsPast(count, points))) {
					return l;
				}
			}
		}
		return -1;
	}

	/**
	 * Roles worded in the task's prose (see readProseDesignations), read over the lines a PDF's wrap
	 * broke a sentence into (`由市商务局牵头，市发改委、` / `市文广旅局配合。`): text pieces on lines that
	 * follow each other, nothing but a page's footer between, are read joined; so are those a note's bracket
	 * parts on a line (see noteBetween), among the task's `fields`.
	 */
	private readProse(textPieces: readonly Piece[], lists: Array<{ list: WordedList; style: FieldStyle; pieces?: Piece[] }>, fields?: readonly FieldDraft[]): void {
		for (let first = 0; first < textPieces.length; ) {
			let end = first + 1;
			while (end < textPieces.length && (this.runsOnTo(textPieces[end - 1], textPieces[end]) || (fields !== undefined && noteBetween(this.text, textPieces[end - 1], textPieces[end], fields)))) {
				end++;
			}
			if (end - first === 1) {
				const piece = textPieces[first];
				for (const list of readProseDesignations(this.text, piece.start, piece.start + piece.text.length)) {
					lists.push({ list, style: 'prose' });
				}
			} else {
				const source = SpannedText.of(textPieces.slice(first, end));
				for (const list of readProseDesignations(source.text, 0, source.text.length)) {
					const span = source.sourceSpan(list.start, list.end);
					lists.push({ list: { role: list.role, start: span.start, end: span.end }, style: 'prose', pieces: source.piecesBetween(list.start, list.end) });
				}
			}
			first = end;
		}
	}

	/** Whether text piece `next` goes on from `piece` on the next line: only white space and a page's footer between them. */
	private runsOnTo(piece: Piece, next: Piece): boolean {
		const from = piece.start + piece.text.length;
		if (next.start <= from || next.start - from > 200) {
			return false;
		}
		const breaks = pageBreakLinesIn(this.text, from, next.start);
		let at = from;
		let lineBreaks = 0;
		for (let b = 0; b <= breaks.length; b++) {
			const to = b < breaks.length ? breaks[b].start : next.start;
			for (let i = at; i < to; i++) {
				const code = this.text.charCodeAt(i);
				if (!isWhiteSpace(code)) {
					return false;
				}
				lineBreaks += code === 10 ? 1 : 0;
			}
			at = b < breaks.length ? breaks[b].end : to;
		}
		return lineBreaks === 1;
	}

	/**
	 * A line of its own right under the task's heading that names who leads it, as one under a section's
	 * does (see designationLine): `二、优化营商环境` / `县发改局牵头，县市场监管局配合` / its paragraph, a heading
	 * with no numbered item under it, is a task, and the line its lead and helpers, no text of it; also
	 * after a line naming its leader (`牵头领导：张三` / `县工信局牵头`), and its helpers on the next line
	 * (`县住建局牵头` / `县城管局、县自然资源局配合`). True when read.
	 */
	private readLeadLine(segment: Segment): boolean {
		const task = this.task!;
		const heading = task.headingSegment;
		if (!heading || task.headLine < 0 || segment.glued || heading.glued || segment.marker || this.lineBefore(segment.line.index) !== task.headLine) {
			return false;
		}
		const labels = labelsIn(segment);
		if (labels.length > 0) {
			// Read as the task's leader field; the line after it may still name the lead.
			if (labels[0].start === segment.start && labels.every((label) => label.role === 'leader')) {
				task.headLine = segment.line.index;
			}
			return false;
		}
		// After a separator the line is the rest of a heading a wrap cut (`…，县城管执法局、` / `县财政局配合的工作`);
		// `2.完成…。` / `以上任务由县教育局牵头，…配合。` is a group line, for the items above too.
		if (/[、，,]$/.test(this.text.slice(heading.start, heading.end).trimEnd()) || GROUP_LINE_OPENS.test(this.text.slice(segment.start, segment.end))) {
			return false;
		}
		const lead = task.leadLine;
		const helpers = lead?.helpers || lead?.partners ? undefined : readHelpersLine(this.text, segment.start, segment.end);
		// The lead a line above named, or the heading itself (`（一）县发改局牵头的工作` / `县财政局、县统计局配合`).
		const helped = helpers && (lead ?? this.headingLead(task, heading));
		const designation = helped ? undefined : readWholeDesignation(this.text, segment.start, segment.end);
		const unitLine = !designation && !helped && !lead && !task.unitLine && this.endsSentence(heading) ? readUnitLine(this.text, segment.start, segment.end) : undefined;
		if (helped) {
			helped.helpers = helpers;
			task.leadLine = helped;
		} else if (designation?.kind === 'unit' && !lead) {
			task.leadLine = designation;
		} else if (designation?.kind === 'leader' && !task.leader) {
			task.leader = { text: this.text.slice(designation.start, designation.end), span: { start: designation.start, end: designation.end } };
		} else if (unitLine) {
			// `3.新建高标准农田2万亩。` / `县农业农村局、县财政局`: the task's units, as a field with no label
			// (the notice's convention says who leads); a heading's line names its items' (designationLine).
			task.unitLine = unitLine;
		} else {
			return false;
		}
		task.headLine = segment.line.index;
		task.end = Math.max(task.end, segment.end);
		return true;
	}

	/**
	 * The task's first line `由县财政局负责统筹。` as `由县财政局负责。` reads (see readChargeLine), only when the line is the task's
	 * whole text: its reading leaves the prose unread, and a PDF's wrap inside the work (`由县财政局负责统筹全县…管理` / `工作，县审计局配合。`)
	 * or a line after it (`县审计局配合。`) lost the units there.
	 */
	private readChargeLine(draft: TaskDraft, segment: Segment): HeadingDesignation | undefined {
		const charge = readChargeLine(this.text, draft.marker.end, segment.end);
		for (let p = 0; charge && p < draft.textPieces.length; p++) {
			const piece = draft.textPieces[p];
			if (piece.start + piece.text.length > segment.end && piece.text.trim().length > 0) {
				return undefined;
			}
		}
		return charge;
	}

	/** The lead the task's heading names itself, no helpers with it (`（一）县发改局牵头的工作`, see readHeading). */
	private headingLead(task: TaskDraft, heading: Segment): HeadingDesignation | undefined {
		const own = readHeadingDesignation(this.text, task.marker.end, heading.end);
		return own?.kind === 'unit' && !own.helpers && !own.partners ? own : undefined;
	}

	/** The segment, a task's first line, closes its sentence (`3.新建高标准农田2万亩。`): a line after it is no rest of it a wrap cut. */
	private endsSentence(segment: Segment): boolean {
		const line = this.text.slice(segment.start, segment.end).trimEnd();
		return line.length > 0 && closesSentence(line.charCodeAt(line.length - 1));
	}

	/**
	 * `（一）省监察厅牵头的工作` as the task's own heading, or a line of its own under it (see readLeadLine): its
	 * lead; `…市长负责的工作`: its leader. True when a lead was read.
	 */
	private readHeading(task: Task, draft: TaskDraft, segment: Segment): boolean {
		// `1.由县财政局负责统筹。` reads as `1.由县财政局负责。` does (see readChargeLine).
		const own = readHeadingDesignation(this.text, draft.marker.end, segment.end) ?? this.readChargeLine(draft, segment);
		// The heading's own lead, with the helpers a line under it named (see readLeadLine).
		const heading = own?.kind === 'unit' ? (draft.leadLine?.helpers && draft.leadLine.start === own.start ? draft.leadLine : own) : draft.leadLine ?? own;
		if (own?.kind === 'leader') {
			task.leader ??= { text: this.text.slice(own.start, own.end), span: { start: own.start, end: own.end } };
		}
		if (heading?.kind === 'unit') {
			// The first fields, their units first: read after the others', they are moved before them.
			const units = this.taskUnits;
			const before = units.length;
			const field = this.mentions.listField(task, { role: 'lead', start: heading.start, end: heading.end }, '', heading.start, heading.start, 'heading', units);
			const leads = units.length - before;
			const partners = heading.partners && this.mentions.listField(task, { role: 'responsible', start: heading.partners.start, end: heading.partners.end }, '', heading.partners.start, heading.partners.start, 'heading', units);
			const shared = units.length - before;
			const helpers = heading.helpers && this.mentions.listField(task, { role: 'other', start: heading.helpers.start, end: heading.helpers.end }, '', heading.helpers.start, heading.helpers.start, 'heading', units);
			const count = units.length - before;
			if (count > 0) {
				// The other fields' places move after the heading's even when they name no unit
				// (`协同单位：无`: their place, 0 to 0, is now the heading's first unit's).
				if (before > 0) {
					units.unshift(...units.splice(before, count));
				}
				for (let f = 0; f < task.fields.length; f++) {
					task.fields[f].unitStart += count;
					task.fields[f].unitEnd += count;
				}
				field.unitStart = 0;
				field.unitEnd = leads;
			}
			if (helpers) {
				helpers.unitStart = shared;
				helpers.unitEnd = count;
				task.fields.unshift(helpers);
			}
			if (partners) {
				partners.unitStart = leads;
				partners.unitEnd = shared;
				task.fields.unshift(partners);
			}
			task.fields.unshift(field);
			return true;
		}
		if (heading?.kind === 'leader') {
			task.leader ??= { text: this.text.slice(heading.start, heading.end), span: { start: heading.start, end: heading.end } };
		}
		return false;
	}

	// -----------------------------------------------------------------------------------------
	// The notice as a whole: conventions, prefixes, inherited leads and leaders, kind

	/** The tasks this reading read itself, not taken from the previous one. */
	private freshTasks(): Task[] {
		const tasks = this.notice.tasks;
		if (this.taken.length === 0) {
			return tasks.slice();
		}
		// The tasks between the ranges taken: no task is looked at (a keystroke takes a thousand).
		const fresh: Task[] = [];
		let from = 0;
		for (let k = 0; k < this.takenTasks.length; k += 2) {
			for (let t = from; t < this.takenTasks[k]; t++) {
				fresh.push(tasks[t]);
			}
			from = this.takenTasks[k + 1];
		}
		for (let t = from; t < tasks.length; t++) {
			fresh.push(tasks[t]);
		}
		return fresh;
	}

	get documentParts(): DocumentParts | undefined {
		return this.parts;
	}

	get lineSegments(): readonly Segment[] {
		return this.segments;
	}

	/**
	 * A heading's line naming its units alone (`一、持续优化营商环境` / `县发改局、县政务服务中心、县市场监管局`) where
	 * the notice declares that the first listed leads (说明：所列单位中排在第一位的为牵头单位), before the
	 * line or after every task: the first leads, the others are responsible, as in a task's list (a reviewer:
	 * all three led). Without the declaration each leads, as a notice listed by unit heads its lists.
	 */
	private splitBareLists(convention: LeadConvention | undefined): void {
		if (this.bareLists.size === 0 || !convention?.firstListedLeads) {
			return;
		}
		const tasks = this.notice.tasks;
		const afterTasks = tasks.length > 0 && tasks[tasks.length - 1].end <= convention.span.start;
		for (const lists of this.sectionUnits.values()) {
			const bare = lists.length > 0 && this.bareLists.has(lists[0].list) ? lists[0].list : undefined;
			const cut = bare && (afterTasks || convention.span.start < bare.start) ? firstListedEnd(this.text, bare.start, bare.end) : -1;
			if (bare && cut > 0) {
				lists.splice(1, 0, { list: { role: 'responsible', start: cut + 1, end: bare.end }, style: 'heading' });
				bare.end = cut;
			}
		}
	}

	/** Yields between its decisions: each goes over the whole notice. */
	private *finish(): Generator<void, void, void> {
		const { notice, text, structure } = this;
		notice.convention = earlierConvention(this.mentions.convention, findConventionIn(text, structure.lines, structure.hints));
		this.splitBareLists(notice.convention);
		// A group line's items first: it stands nearer them than a heading does.
		const fromGroups = this.groupLineTasks > 0 && inheritFromGroupLines(notice.tasks, text);
		const passedDown = inheritFromSections(notice.tasks, notice.sections, this.sectionUnits, this.mentions) || fromGroups;
		yield;
		// Taken runs keep what the previous finish decided unless this one decides otherwise (tasksToFinish).
		const lastTask = notice.tasks.length > 0 ? notice.tasks[notice.tasks.length - 1] : undefined;
		const conventionAfterTasks = notice.convention !== undefined && lastTask !== undefined && lastTask.end <= notice.convention.span.start;
		this.decisions = { convention: notice.convention, conventionAfterTasks, repeatsLevelPrefix: this.mentions.repeatsLevelPrefix(), passedDown };
		const again = tasksToFinish(this.previous, this.taken, this.takenWithLeads, this.decisions, { tasks: this.freshTasks(), candidates: this.mentions.prefixCandidates });
		if (fromGroups) {
			followRenewedGroupUnits(notice.tasks, again.tasks);
		}
		this.mentions.distributeLevelPrefixes(again.candidates, this.decisions.repeatsLevelPrefix);
		yield;
		applyLeadRules(notice.text, again.tasks, notice.convention, conventionAfterTasks);
		yield;
		const sectionUnits = notice.sections.flatMap((section) => section.units);
		// Made when first read (a keystroke's diagnostics do not read it): with headings naming units
		// (`一、…（牵头单位：县发改局）`) or a table too, where it was made at every keystroke.
		notice.unitsOnDemand(this.spare?.units, sectionUnits, structure.tables.length > 0);
		const namesUnit = sectionUnits.length > 0 || anyTaskNamesUnit(notice.tasks);
		const hasUnits = namesUnit || structure.tables.length > 0 || structure.lines.some((line) => line.labels.some((label) => namesUnits(label.role)));
		notice.kind = hasUnits || BREAKDOWN_WORDS.test(foldVocabulary(flatText(text))) ? 'notice' : 'report';
		const preamble = text.slice(notice.preambleSpan.start, notice.preambleSpan.end);
		notice.declaredTaskCount = findDeclaredTaskCount(preamble, notice.preambleSpan.start);
		notice.unitsNotInText = unitsNotInText(notice, namesUnit, structure, this.parts);
		notice.partBreaks = partBreaksOf(structure.lines, this.parts);
		for (const header of structure.unreadTables) {
			// A table the reader does not know (吴江 2024, 崇川 2023): said, not passed over in silence.
			notice.findings.push({ code: 'table-not-read', span: { start: header.start, end: header.end }, args: [] });
		}
		yield;
		dropCutBrackets(notice, structure);
		yield;
		closeSpans(notice);
		notice.findings.sort((a, b) => a.span.start - b.span.start);
	}

}

/**
 * The last of a line's inner markers starting at or before `offset` (0 when none does): written
 * out, not through lastAtOrBefore with a function reading `inner` (a context object at every call
 * of the caller, which runs for every task line).
 */
function lastInnerAtOrBefore(inner: readonly InnerMarker[], offset: number): number {
	let low = 0;
	let high = inner.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (inner[mid].marker.start <= offset) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}
	return low;
}

/**
 * Where the task's text ends before its first label: at the bracket the label opens with
 * (`…确保完成主要指标。(牵头单位:发改委、统计局)`), which no more text closes (宝山 2008: a line
 * after the units read `…主要指标。(▲增加值…`). A note before the label keeps its bracket
 * (`（预期性指标，牵头单位：…）`, closed by taskProse).
 */
function textEndBeforeLabel(text: NoticeText, segment: Segment, start: number, label: number): number {
	const group = enclosingGroup(segment.line.brackets, label);
	if (!group || group.open < start || !isBlank(text, group.open + 1, label)) {
		return label;
	}
	return group.open;
}

/** `)` `）` `。`: what a task's text or units end with. */
function closesSentence(code: number): boolean {
	return code === 0x29 || code === 0xff09 || code === 0x3002;
}

/** The rest of a heading a paste wrapped (see WRAPPED_HEADING_LENGTH) is this short. */
const WRAPPED_HEADING_REST = 10;

/** `[。；;\s]`: what ends a fragment without being part of it. */
function isFragmentTail(code: number): boolean {
	return code === 0x3002 || code === 0xff1b || code === 0x3b || isWhiteSpace(code);
}

/**
 * The end of the task's text moved out of a leader's value `start`..`end`: without the `，` `；` that led to
 * the next label (`责任人：各校校长，9月底前完成，牵头单位：…` gives `9月底前完成`). Kept at a line's end,
 * where the sentence may go on below.
 */
function restEnd(text: NoticeText, start: number, end: number): number {
	let after = end;
	while (after < text.length && (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x3000 || text.charCodeAt(after) === 0x09)) {
		after++;
	}
	if (after >= text.length || text.charCodeAt(after) === 10 || text.charCodeAt(after) === 13) {
		return end;
	}
	while (end > start && (isListSeparator(text.charCodeAt(end - 1)) || isWhiteSpace(text.charCodeAt(end - 1)))) {
		end--;
	}
	return end;
}

/** Whether `start`..`end` of `text` is white space only (`trim()` without the copy). */
function isBlank(text: NoticeText, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		if (!isWhiteSpace(text.charCodeAt(i))) {
			return false;
		}
	}
	return true;
}

/** An empty list with room for `count` elements, filled by index (no growth by push on the way). */
function listWithRoom<T>(count: number): T[] {
	return count > 0 ? new Array<T>(count) : [];
}

/**
 * A run of a task line and one more line (a field, a paragraph), as nearly every run is: one list for
 * all, never written (typed read-only). Of the kind the other runs' lists are (a slice of the
 * decisions, an array with holes): a frozen list is of another, and the first run of three lines
 * of a session threw away the optimized code of every function reading a run's decisions.
 */
const TASK_AND_LINE: ReadonlyArray<ItemDecision | undefined> = taskAndLine();

function taskAndLine(): Array<ItemDecision | undefined> {
	const list = new Array<ItemDecision | undefined>(2);
	list[0] = 'task';
	list[1] = undefined;
	return list;
}

/** The decisions of segments [first, end) of a run, kept with it and only read (unchangedRun compares them). */
function decisionsOf(decisions: ReadonlyArray<ItemDecision | undefined>, first: number, end: number): ReadonlyArray<ItemDecision | undefined> {
	return end - first === 2 && decisions[first] === 'task' && decisions[first + 1] === undefined ? TASK_AND_LINE : decisions.slice(first, end);
}

/**
 * Nothing a run of tasks read (no finding, prefix candidate or convention, as nearly every run): one
 * list for all, never written (typed read-only). Not frozen, and of the kind the slices are (see
 * emptyList): the first run of a session with a finding threw away the optimized code of every
 * function reading a run's lists ("wrong map" in reuseRun, takeRun).
 */
const NOTHING: readonly never[] = emptyList();

/** `array` from `from` on; NOTHING when that is empty (a 2 MB notice keeps nine thousand runs, each with three such lists). */
function tailFrom<T>(array: readonly T[], from: number): readonly T[] {
	return from === array.length ? NOTHING : array.slice(from);
}

/**
 * An empty list of mentions of the kind the lists with mentions are (new Array(n), filled with
 * objects): a task without any, met for the first time, otherwise threw away the optimized code
 * of every rule that reads a task's mentions (a burst of slow keystrokes when a paste or a typo
 * first leaves a task without units).
 */
function noMentions(): UnitMention[] {
	const units: UnitMention[] = new Array(1);
	units[0] = undefined as unknown as UnitMention;
	units.length = 0;
	return units;
}

function refOf(pieces: readonly Piece[]): TextRef | undefined {
	if (pieces.length === 0) {
		return undefined;
	}
	// A label waiting at a line's end (`完成时限：` / `2025年12月底前`): its empty piece is not where the value starts.
	let first = 0;
	while (first < pieces.length - 1 && pieces[first].text.length === 0) {
		first++;
	}
	const last = pieces[pieces.length - 1];
	return { text: textOfPieces(pieces), span: { start: pieces[first].start, end: last.start + last.text.length } };
}


/** A section as the walk makes it: `childCount` children placed so far; its list may be longer until the walk cuts it (see addChild). */
interface WalkSection extends Section {
	childCount: number;
}

/** `item` at `index` of a list filled by index, which may be longer than what is written so far, or exactly as long. */
function writeAt<T>(list: T[], index: number, item: T): void {
	if (index < list.length) {
		list[index] = item;
	} else {
		list.push(item);
	}
}

/**
 * Where a field's value ends before the next label: at that label, or at the bracket that opens a
 * note on the unit just before it (`（牵头单位：市发改委（责任人：张三）；责任单位：市财政局）`: 市发改委, not
 * 市发改委（, an unknown unit and a bracket without its partner). A unit label is no note.
 */
function noteOpenBefore(text: NoticeText, label: LabelMatch, next: LabelMatch): number {
	if (namesUnits(next.role) || !namesUnits(label.role)) {
		return next.start;
	}
	let at = next.start - 1;
	while (at > label.end && isWhiteSpace(text.charCodeAt(at))) {
		at--;
	}
	return at > label.end && bracketOf(text.charCodeAt(at)) > 0 ? at : next.start;
}

/** The first closing bracket in `from`..`to` that no bracket there opened (`2020年底（含）前）` → the last), or -1. */
function firstUnopenedClose(text: NoticeText, from: number, to: number): number {
	let depth = 0;
	for (let i = from; i < to; i++) {
		depth += bracketOf(text.charCodeAt(i));
		if (depth < 0) {
			return i;
		}
	}
	return -1;
}

/**
 * The task's fields, and their units one field after the other, in source order (unitAt searches
 * the notice's mentions by halves). Fields are read in passes of their own — labels, then worded
 * parentheses and prose — and text a fuzzer wrote (`…示范城负责）` after `（国家发展改革委、财政部等按职责分工负责）`)
 * gave a field before one it stands after. Called for a task whose units are out of order (see closeTask).
 */
function putInSourceOrder(task: Task): void {
	const units = task.units;
	const fields = task.fields.slice().sort((a, b) => a.valueStart - b.valueStart);
	const reordered: UnitMention[] = new Array(units.length);
	let at = 0;
	for (const field of fields) {
		const own = units.slice(field.unitStart, field.unitEnd).sort((a, b) => a.start - b.start);
		field.unitStart = at;
		for (const unit of own) {
			reordered[at++] = unit;
		}
		field.unitEnd = at;
	}
	if (at === units.length) {
		task.fields = fields;
		task.units = reordered;
	}
}

/** Where a parenthesis a line break cut closes: within a PDF cut's reach, or past it over lines of units alone (see closeOverUnitLines). */
function closeOfCut(text: NoticeText, segments: readonly Segment[], at: number, open: number): number {
	const close = closeOnLaterSegments(text, segments, at, open);
	return close >= 0 ? close : closeOverUnitLines(text, segments, at, open);
}
