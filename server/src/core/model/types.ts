import type { FieldRole, UnitRole } from '../syntax/fieldLabels';
import type { MarkerKind } from '../syntax/markers';
import type { LineIndex, Span } from '../text/lineIndex';
import type { NoticeText } from '../text/noticeText';

/** A numbering marker as written: `12.` `（三）` `一、` `①`. */
export interface Marker {
	kind: MarkerKind;
	number: number;
	/** The whole marker, punctuation included: offsets on the marker (a marker is a Span itself), not a span object (a 2 MB notice has 8,790 tasks). */
	start: number;
	end: number;
	/** Just the number (digits or numeral), which renumbering replaces. */
	numberStart: number;
	numberEnd: number;
}

/** Text the reader keeps as it is written: a leader (`尹学群市长`, `成坤、柯相国、王俊`), a deadline. */
export interface TextRef {
	text: string;
	span: Span;
}

/** A heading above the task level: 一、…, （一）…, 第一部分 …, or a group row of a table. */
export interface Section {
	type: 'section';
	marker: Marker;
	/** The heading text after the marker, on its line; titleStart/titleEnd are where (offsets, not a span object). */
	title: string;
	titleStart: number;
	titleEnd: number;
	/** From the marker to the end of the last line before the next section of the same or a higher level (offsets: a section is a Span itself). */
	start: number;
	end: number;
	depth: number;
	parent: Section | undefined;
	children: Array<Section | Task>;
	/** Units its heading names for the tasks under it (`（一）省监察厅牵头的工作`); each task lists them in inheritedUnits. */
	units: UnitMention[];
	/** The leader its heading names (`一、尹学群市长牵头的重点工作`, a table's `牵头领导:成坤、柯相国、王俊`). */
	leader?: TextRef;
}

/** Where a unit list came from. */
export type FieldStyle =
	/** `牵头单位：…` starting a line, or several such fields on a line. */
	| 'line'
	/** `（牵头单位：…；配合单位：…）` or `【牵头单位：…】` inside the task text. */
	| 'bracket'
	/** A parenthesis with verbs, State Council style: `（A、B等按职责分工负责）`, `（A牵头，B参与）`, `（A会同B负责）`. */
	| 'trailing-parenthesis'
	/** A unit alone in parentheses after the task: `（民政局）`. */
	| 'parenthesis'
	/** The task's heading names its lead: `（一）省监察厅牵头的工作`. */
	| 'heading'
	/** A clause of the task's text: `由A会同B负责落实`, `A牵头负责。`. */
	| 'prose'
	/** A cell of a table row, under a header such as 牵头单位. */
	| 'cell'
	/** A field line under several items naming their units at once (`以上3项牵头单位：…`): read as the last item's, passed to the others (inheritFromGroupLines). */
	| 'group';

export interface Field {
	role: FieldRole;
	/** The label as written (empty for the trailing parenthesis style). */
	label: string;
	/** Where the label is: offsets, not a span object (a 2 MB notice has 17,580 fields; see labelSpanOf). */
	labelStart: number;
	labelEnd: number;
	/** The value, which may run over several lines (see valueSpanOf). */
	valueStart: number;
	valueEnd: number;
	style: FieldStyle;
	/**
	 * The units named, for unit roles (none otherwise): `unitStart` to `unitEnd` of its task's `units`,
	 * which are its fields' units one field after the other (see unitsOfField). Not a list of its
	 * own: a 2 MB notice's 17,580 fields made as many lists, a megabyte at every reading.
	 */
	unitStart: number;
	unitEnd: number;
	/**
	 * A table row's cell in a row of sub-items (淮安 2020: `①提标改造…` / … / `市住建局` / …, then `②在城区重要路段…` /
	 * … / `市城管局` / …): the sub-item it names the units of (see TableCell.subItem). None on any other field.
	 */
	subItem?: number;
}

/** One unit named in a unit list. */
export interface UnitMention {
	/** The unit as resolved: a level prefix or a shared suffix written once is distributed (`商务局` after `市发改委、` → 市商务局). */
	name: string;
	/** The name's identity for matching: see unitKey. */
	key: string;
	/** The exact source text of the mention, line breaks included. */
	written: string;
	/** Where `written` is: offsets on the mention (a mention is a Span itself), not a span object (a 2 MB notice has 33,431 mentions). */
	start: number;
	end: number;
	/** Where the name as written ends, before a parenthesis after it (scope, alias, or the first-listed convention): [start, nameEnd) is what a rename replaces (see nameSpanOf). */
	nameEnd: number;
	/** The rest of a name written around a parenthesis (政府 in 云龙区(金融服务中心)政府). Only on a mention that has a tail or a qualifier (see fill). */
	nameTailSpan?: Span;
	/** The role the unit plays in its task (after the "first listed is lead" convention). The role its field label says, before any convention, is its field's (Field.role). */
	role: UnitRole;
	/** A trailing parenthesis that is a scope (`(节能)`) or an alias (`(市民宗局)`), without the brackets. Only on a mention that has a tail or a qualifier. */
	qualifier?: { text: string; span: Span; kind: 'scope' | 'alias' };
	/** A collective unit names many bodies at once: 各县(市)区政府, 市属有关单位. */
	collective: boolean;
	/** The name was completed from a neighbour (prefix or suffix distributed); the written text alone is not the name. */
	completed: boolean;
	/** The mention crosses a line break (a name broken by a paste). */
	brokenAcrossLines: boolean;
	/** The group of its field it is in (groups are separated by ，). */
	group: number;
	task: Task;
}

export interface Task {
	type: 'task';
	marker: Marker;
	/** The first line of the task text after the marker; titleStart/titleEnd are where (offsets, not a span object: a 2 MB notice has 8,790 tasks). */
	title: string;
	titleStart: number;
	titleEnd: number;
	/** The whole task, marker, text and fields: offsets on the task (a task is a Span itself), not a span object. */
	start: number;
	end: number;
	/** Text of the task without fields (lines joined). */
	text: string;
	fields: Field[];
	/** Units in source order, across fields. */
	units: UnitMention[];
	section: Section | undefined;
	/** The task was found glued to the end of the previous line (`…市府办125.强化…`). */
	glued: boolean;
	/** Index in the notice's task list. */
	index: number;
	/** Lead units named in a heading above the task (`（三）省编办牵头的工作` over `1.` and `2.`); written there, not in the task. */
	inheritedUnits: readonly UnitMention[];
	/** The task's leader, from its own field or column, or from a heading or group row above it. People, never units. */
	leader?: TextRef;
	/** The text of its deadline field or column (`完成时限：2020年底`). */
	deadline?: TextRef;
	/** A table row's progress cell (湖州 2020's `推进情况` column, see isProgressLabel): the 进展情况 of its follow-up. */
	progress?: TextRef;
	/** The deadline a group line under it names for the items above, when it names none of its own (`以上任务完成时限：2025年12月底前`; see inheritFromGroupLines). */
	inheritedDeadline?: TextRef;
	/** For a row of a table: which table of the notice (rows are numbered per table). */
	table?: number;
}

/** A problem found while reading, before any check runs. */
export interface ParseFinding {
	code: 'glued-item' | 'unbalanced-bracket' | 'parse-failure' | 'table-not-read';
	span: Span;
	args: string[];
}

/** How a notice assigns the lead when only one unit list is given. */
export interface LeadConvention {
	/**
	 * `列第一位者为牵头单位` or the like: the first unit listed leads; false for
	 * `无牵头单位的，责任单位即为牵头单位`: every responsible unit of a task that names no lead leads.
	 */
	firstListedLeads: boolean;
	/**
	 * `均为落实目标任务的同责单位，无先后大小责任之分` (a district's 2019 cover letter): the units a task lists
	 * answer for it alike and none leads, on purpose; firstListedLeads is then false.
	 */
	shared?: boolean;
	/**
	 * `带*号的为牵头单位`: a star after a unit's name in a list (`区财政局*、区发改局`) marks the lead, wherever the
	 * notice declares it (its title, a note under the table); firstListedLeads is then false.
	 */
	markedLeads?: boolean;
	span: Span;
}

export interface DeclaredTaskCount {
	count: number;
	span: Span;
}

export interface Notice {
	/** A string, or an open document's blocks (see NoticeText): read it with the string's methods, flatText for one string. */
	text: NoticeText;
	lineIndex: LineIndex;
	/** A notice assigns units to tasks; a report (the 政府工作报告 itself) has sections and paragraphs only. */
	kind: 'notice' | 'report';
	/** Cover letter, web page furniture and title before the first numbered line of the body. */
	preambleSpan: Span;
	bodySpan: Span;
	/** Attachments, dates, share buttons after the body. */
	trailerSpan: Span;
	/** Top-level sections and tasks, in order. */
	children: Array<Section | Task>;
	sections: Section[];
	tasks: Task[];
	/** Every unit mention in source order. */
	units: UnitMention[];
	convention: LeadConvention | undefined;
	declaredTaskCount: DeclaredTaskCount | undefined;
	/**
	 * The tasks' units are not in this text: tasks without any unit (their units in an attachment, as
	 * the cover letter says), or a letter whose task list is an attachment. Where to say so.
	 */
	unitsNotInText: Span | undefined;
	/**
	 * Where a part of the document ends, in order: the starts of the lines after which no task text
	 * goes on (an attachment heading, a date, a signature, notes). Numbering never continues across
	 * one: 附件1 and 附件2 each number from 1.
	 */
	partBreaks: readonly number[];
	findings: ParseFinding[];
}
