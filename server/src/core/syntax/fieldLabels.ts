import { hasColonBetween, isWhiteSpace, markedCodes } from '../text/characters';
import { emptyList } from '../text/objectLists';
import { looksLikeUnitName, mayEndUnitName, namesMorePeople, readsAsPeople } from '../units/unitNames';
import { foldCode, foldVocabulary, traditionalFormsOf } from '../text/vocabularyFold';
import type { NoticeText } from '../text/noticeText';
import { isGroupPrefixAt } from './groupPrefix';

/** What a labelled field of a task says. */
export type FieldRole =
	/** 牵头单位, 牵头部门, 主办单位: the unit that leads the task. */
	| 'lead'
	/** 责任单位: units responsible for the task. */
	| 'responsible'
	/** 配合单位, 协办单位, 参与单位, 协同责任单位: units that cooperate. */
	| 'other'
	/** 部门分工: `X牵头，Y配合`, roles written with verbs inside the value. */
	| 'assignment'
	/** 牵头领导, 责任领导, 分管省领导, 责任人: people, not units. */
	| 'leader'
	/** 完成时限, 时间节点: a deadline. */
	| 'deadline'
	/** 年度目标, 主要任务: more text of the task. */
	| 'content'
	/**
	 * 实际完成情况, 进展情况, 备注: what a progress list writes about a task, neither its text nor units
	 * (`…责任单位:市公安局 项目责任人:赵六 实际完成情况:已完成年度任务的55%。`, a newspaper's 民生实事 list).
	 */
	| 'note';

export type UnitRole = 'lead' | 'responsible' | 'other';

/** How strong a role is, strongest first: a unit named twice in a task counts in its strongest role. */
export const ROLE_RANK: Readonly<Record<UnitRole, number>> = { lead: 0, responsible: 1, other: 2 };

/** Written out in interpretNotice.ts's buildFields and closeTask (a call less a field in V8's first tiers): keep them in step. */
export function isUnitRole(role: FieldRole): role is UnitRole {
	return role === 'lead' || role === 'responsible' || role === 'other';
}

/** A field that names units, directly or with verbs. */
export function namesUnits(role: FieldRole): boolean {
	return isUnitRole(role) || role === 'assignment';
}

/**
 * Every label in Simplified form; Traditional spellings (牽頭單位, 協辦單位) are folded to these
 * before the look-up. Longer labels win over shorter ones ending at the same colon.
 */
const LABELS: ReadonlyArray<readonly [string, FieldRole]> = [
	['牵头单位', 'lead'],
	['牵头部门', 'lead'],
	['牵头处室', 'lead'],
	['主责单位', 'lead'],
	['主责部门', 'lead'],
	['牵头责任单位', 'lead'],
	['牵头责任部门', 'lead'],
	['牵头负责单位', 'lead'],
	['牵头组织实施单位', 'lead'],
	['牵头实施单位', 'lead'],
	// 主办 and 协办 pair up as lead and helpers (主办单位：市发改委；协办单位：市财政局).
	['主办单位', 'lead'],
	['主办部门', 'lead'],
	['责任单位', 'responsible'],
	['责任部门', 'responsible'],
	['主要责任单位', 'responsible'],
	// 连云港 2021's 民生实事: `(牽頭單位:市教育局;共同責任單位:市發改委、市財政局…)`; unknown, the label was read into the first unit's name.
	['共同责任单位', 'responsible'],
	['承办单位', 'responsible'],
	['实施单位', 'responsible'],
	['落实单位', 'responsible'],
	// A township's stations and offices (站所), a 2022 乡镇 breakdown's `责任站所：`.
	['责任站所', 'responsible'],
	['配合单位', 'other'],
	['配合部门', 'other'],
	['协办单位', 'other'],
	['协办部门', 'other'],
	['参与单位', 'other'],
	['参与部门', 'other'],
	['协同单位', 'other'],
	['协同部门', 'other'],
	['协同责任单位', 'other'],
	['协同配合单位', 'other'],
	['协助单位', 'other'],
	['协作单位', 'other'],
	['配合责任单位', 'other'],
	['主要协作单位', 'other'],
	['主要配合单位', 'other'],
	['主要协同单位', 'other'],
	['部门分工', 'assignment'],
	['责任分工', 'assignment'],
	['牵头责任领导', 'leader'],
	['牵头负责领导', 'leader'],
	['牵头领导', 'leader'],
	['责任领导', 'leader'],
	['分管领导', 'leader'],
	['分管省领导', 'leader'],
	['分管市领导', 'leader'],
	['分管区领导', 'leader'],
	['分管县领导', 'leader'],
	['牵头省领导', 'leader'],
	['牵头市领导', 'leader'],
	['牵头区领导', 'leader'],
	['牵头县领导', 'leader'],
	['责任省领导', 'leader'],
	['责任市领导', 'leader'],
	['责任区领导', 'leader'],
	['责任县领导', 'leader'],
	['联系领导', 'leader'],
	['领衔领导', 'leader'],
	['包抓领导', 'leader'],
	// 郑州 2012's 十件实事: `主管领导：…` / `责任单位：…` / `主要责任人：…` under each item. Not 进度安排: a table's column
	// of stages beside its 时间要求 column took the deadline's place, and a heading word of 实施方案 (a reviewer's).
	['主管领导', 'leader'],
	['主要责任人', 'leader'],
	['责任人', 'leader'],
	['项目责任人', 'leader'],
	['具体责任人', 'leader'],
	['完成时限', 'deadline'],
	['时间节点', 'deadline'],
	['完成时间', 'deadline'],
	['完成期限', 'deadline'],
	['时限要求', 'deadline'],
	['时间要求', 'deadline'],
	['完成时间节点', 'deadline'],
	['年度目标', 'content'],
	['主要任务', 'content'],
	['工作目标', 'content'],
	['工作措施', 'content'],
	['具体任务', 'content'],
	['目标任务', 'content'],
	// 成都 2019: `(牵头领导:谢瑞武,牵头单位:市发改委,数据提供单位:市统计局)`: it ends the lead list; the unit provides data, it is not assigned the task.
	['数据提供单位', 'content'],
	['数据来源单位', 'content'],
	['实际完成情况', 'note'],
	['完成情况', 'note'],
	['进展情况', 'note'],
	['推进情况', 'note'],
	['工作进展', 'note'],
	['进展', 'note'],
	['备注', 'note'],
];

const ROLE_BY_LABEL = new Map<string, FieldRole>(LABELS);

const LABEL_LENGTHS = [...new Set(LABELS.map(([label]) => label.length))].sort((a, b) => b - a);
const LONGEST = LABEL_LENGTHS[0];
/** The widest white space between two characters of a label (`时    限` aligned under 完成时限). */
const MAX_LABEL_GAP = 4;

/** A node of the reversed labels' trie (exported for longestLabelBefore's test). */
export interface ReverseNode {
	role?: FieldRole;
	/** The label that ends here, Simplified: a label written so is this string, not a copy (names interned). */
	label?: string;
}

/** Every character of a label, numbered from 1 (0: no label's character). */
const LABEL_CHAR_NUMBERS = new Map<number, number>();
for (const [label] of LABELS) {
	for (let i = 0; i < label.length; i++) {
		if (!LABEL_CHAR_NUMBERS.has(label.charCodeAt(i))) {
			LABEL_CHAR_NUMBERS.set(label.charCodeAt(i), LABEL_CHAR_NUMBERS.size + 1);
		}
	}
}
const TRIE_WIDTH = LABEL_CHAR_NUMBERS.size + 1;

/**
 * The labels reversed, character by character (a trie): a colon's label is found walking back from
 * it. Node 0 is the root; node n's child by character number c is TRIE_NEXT[n * TRIE_WIDTH + c]
 * (0: none). Flat tables, not a Map per node: the walk runs at every colon of a notice, and on a new
 * server's first notice (V8's interpreter and baseline code) a Map's look-up and a foldCode call per
 * character were most of labelEndingAt's cost.
 */
const TRIE_NODES: ReverseNode[] = [{}];
/** Sized for a node per character of every label (the most the trie can have), written in place. */
const TRIE_NEXT = new Int32Array((LABELS.reduce((sum, [label]) => sum + label.length, 0) + 1) * TRIE_WIDTH);
for (const [label, role] of LABELS) {
	let node = 0;
	for (let i = label.length - 1; i >= 0; i--) {
		const edge = node * TRIE_WIDTH + LABEL_CHAR_NUMBERS.get(label.charCodeAt(i))!;
		if (TRIE_NEXT[edge] === 0) {
			TRIE_NEXT[edge] = TRIE_NODES.length;
			TRIE_NODES.push({});
		}
		node = TRIE_NEXT[edge];
	}
	TRIE_NODES[node].role = role;
	TRIE_NODES[node].label = label;
}
/** The trie's nodes (labelBefore packs a node with a distance; exported for its test). */
export const NODE_COUNT = TRIE_NODES.length;
/** 1 for a node where a label ends. */
const TRIE_ENDS = new Uint8Array(TRIE_NODES.length);
for (let node = 0; node < TRIE_NODES.length; node++) {
	TRIE_ENDS[node] = TRIE_NODES[node].role !== undefined ? 1 : 0;
}

/**
 * By code, the number of the label character it folds to (foldCode: `單` as `单`); 0 when it folds
 * to none. Only a label's characters and their Traditional forms fold to one.
 */
const LABEL_CHAR_BY_CODE = new Uint16Array(0x10000);
for (const code of [...LABEL_CHAR_NUMBERS.keys(), ...traditionalFormsOf(new Set(LABEL_CHAR_NUMBERS.keys()))]) {
	LABEL_CHAR_BY_CODE[code] = LABEL_CHAR_NUMBERS.get(foldCode(code)) ?? 0;
}

/** Every label word and its role, Simplified; a Traditional spelling folds to one of these. */
export const LABEL_WORDS: ReadonlyArray<readonly [string, FieldRole]> = LABELS;

/** The characters a label ends with, in both scripts: a colon after any other character is no label's (a cheap first test). */
const LAST_CHARS = new Set<number>(LABELS.map(([label]) => label.charCodeAt(label.length - 1)));
for (const code of traditionalFormsOf(LAST_CHARS)) {
	LAST_CHARS.add(code);
}

/** Every character of a label, in both scripts, and 【】: a line a label's first part ends is one ending so (a cheap first test). */
const LABEL_CHARS = new Set<number>([0x3010, 0x3011]);
for (const [label] of LABELS) {
	for (let i = 0; i < label.length; i++) {
		LABEL_CHARS.add(label.charCodeAt(i));
	}
}
for (const code of traditionalFormsOf(new Set(LABEL_CHARS))) {
	LABEL_CHARS.add(code);
}

/**
 * LAST_CHARS and LABEL_CHARS as tables by code: they are tested at every colon and white space of
 * a notice, where a Set's look-up (`Builtins_FindOrderedHashSetEntry`) cost more than the test.
 */
const ENDS_LABEL = markedCodes(String.fromCharCode(...LAST_CHARS));
const IN_LABEL = markedCodes(String.fromCharCode(...LABEL_CHARS));

/** Whether a label may end with this character (a cheap test before looking for one). */
export function mayEndLabel(code: number): boolean {
	return ENDS_LABEL[code] === 1;
}

/** The role of a label word, Traditional or Simplified, spaces inside ignored (`牵 头 单 位`); undefined when it is none. */
export function labelRole(word: string): FieldRole | undefined {
	return ROLE_BY_LABEL.get(foldVocabulary(word));
}

export interface LabelMatch {
	/** The label as written. */
	label: string;
	role: FieldRole;
	/** Offsets within the scanned string: the label, and the end of its colon. */
	start: number;
	labelEnd: number;
	end: number;
}

function isOpener(code: number): boolean {
	return code === 0xff08 || code === 0x28 || code === 0x3010 || code === 0x5b || code === 0x3014 || code === 0xff3b;
}

function isCloser(code: number): boolean {
	return code === 0xff09 || code === 0x29 || code === 0x3011 || code === 0x5d || code === 0x3015 || code === 0xff3d;
}

/** What may stand before a label: the start, a separator, a bracket. */
function isBeforeLabel(code: number): boolean {
	switch (code) {
		case 0xff1b: // ；
		case 0x3b: // ;
		case 0x3002: // 。
		case 0xff0c: // ，
		case 0x2c: // ,
		case 0x3001: // 、
		case 0x7c: // |
		case 0x2502: // │
		case 0x2503: // ┃
			return true;
		default:
			return isWhiteSpace(code) || isOpener(code) || isCloser(code);
	}
}

export function isOpeningBracket(char: string): boolean {
	return isOpener(char.charCodeAt(0));
}

/**
 * Every field label in `text` that stands at the start or after a separator or an opening bracket:
 * a label, optional spaces, then a colon.
 */
export function findLabels(text: NoticeText): LabelMatch[] {
	return findLabelsIn(text, 0, text.length);
}

/**
 * The labels of `text` between `from` and `to`, read as if that were the whole string, with offsets
 * into `text`. Found from their colons backwards, so prose without a colon costs one scan and no
 * allocation: O(length + colons × label lengths).
 */
export function findLabelsIn(text: NoticeText, from: number, to: number): LabelMatch[] {
	return labelsBetween(text, from, to, true);
}

/**
 * findLabelsIn's work; `whole` when `from`..`to` holds a leader label's value and every label before it
 * on the line (see isLeaderInSentence), not a few characters around a line break (labelCutBefore).
 */
function labelsBetween(text: NoticeText, from: number, to: number, whole: boolean): LabelMatch[] {
	// The first label alone, then all of them in a list: a line keeps its labels in an array of
	// exact size (nearly all lines with labels have one or two), and a list of one made for the first
	// and dropped at the second was some 0.5 MB of a 2 MB notice's read.
	let first: LabelMatch | undefined;
	let result: LabelMatch[] | undefined;
	for (let colon = from; colon < to; colon++) {
		const code = text.charCodeAt(colon);
		if (code >= 0x3400 && code <= 0x9fff) {
			// An ideograph (most characters) is no colon, no 】 and no white space.
			continue;
		}
		const label = labelEndingAt(text, from, to, colon, code);
		// Only in the task's text: after a field (`配合单位：市公安局，主管领导：亲自带队检查…`) the label ends
		// that field's value (the clause would be a unit of its list); the reader makes the clause text (opensClauseOfWork).
		if (label === undefined || (whole && first === undefined && isLeaderInSentence(text, from, to, label))) {
			continue;
		}
		if (first === undefined) {
			first = label;
		} else if (result === undefined) {
			result = [first, label];
		} else {
			result.push(label);
		}
	}
	return result !== undefined ? (result.length > 2 ? result.slice() : result) : first !== undefined ? [first] : NO_LABELS;
}

/**
 * findLabelsIn for a line without glosses whose possible label ends scanLine has just listed
 * (`stops`: every `：` `:` `】` and white space after a label's last character, in order; see
 * LabelStops); the same labels, without reading the line's other characters again. Its loop is
 * labelsBetween's over the stops instead of every character: a change to one is a change to both.
 */
export function findLabelsAtStops(text: NoticeText, from: number, to: number, stops: Int32Array, count: number): LabelMatch[] {
	let first: LabelMatch | undefined;
	let result: LabelMatch[] | undefined;
	for (let s = 0; s < count; s++) {
		const colon = stops[s];
		const label = labelEndingAt(text, from, to, colon, text.charCodeAt(colon));
		if (label === undefined || (first === undefined && isLeaderInSentence(text, from, to, label))) {
			continue;
		}
		if (first === undefined) {
			first = label;
		} else if (result === undefined) {
			result = [first, label];
		} else {
			result.push(label);
		}
	}
	return result !== undefined ? (result.length > 2 ? result.slice() : result) : first !== undefined ? [first] : NO_LABELS;
}

/** The label ending at `colon` (a colon, a 】, or white space standing for a colon), whose character is `code`; undefined when none does. */
function labelEndingAt(text: NoticeText, from: number, to: number, colon: number, code: number): LabelMatch | undefined {
	if (code === 0x3011 /* 】 */) {
		// 【牵头单位】市发改委: a label in lenticular brackets needs no colon.
		return bracketedLabel(text, from, colon);
	}
	if (code !== 0xff1a /* ： */ && code !== 0x3a /* : */) {
		return isLabelSpace(code) && colon > from && ENDS_LABEL[text.charCodeAt(colon - 1)] === 1 ? labelBeforeSpace(text, from, to, colon) : undefined;
	}
	// The label's last character, past white space before the colon: each code read once, and one above U+3000
	// (a label's character) taken with no call (this runs at each colon of a new server's first notice, in V8's first tiers).
	let last = colon - 1;
	let lastCode = 0;
	for (; last >= from; last--) {
		lastCode = text.charCodeAt(last);
		if ((lastCode > 0x3000 && lastCode !== 0xfeff) || !isWhiteSpace(lastCode)) {
			break;
		}
	}
	if (last < from) {
		return undefined;
	}
	if (ENDS_LABEL[lastCode] !== 1) {
		return SHORT_LAST[lastCode] === 1 ? shortLabelAt(text, from, to, last, colon) : undefined;
	}
	const packed = labelBefore(text, from, colon);
	if (packed === 0) {
		return shortLabelAt(text, from, to, last, colon);
	}
	const node = packed % NODE_COUNT;
	const found = TRIE_NODES[node];
	const start = colon - (packed - node) / NODE_COUNT;
	// The character before the label must not continue a word; a group line's words may stand before
	// it (`以上3项牵头单位：县自然资源局`, see groupPrefix).
	if (start === from || isBeforeLabel(text.charCodeAt(start - 1)) || isGroupPrefixAt(text, from, start)) {
		return { label: writtenLabel(text, found, start, last + 1), role: found.role!, start, labelEnd: last + 1, end: colon + 1 };
	}
	return undefined;
}

/**
 * A leader label inside a sentence (after `，` `,` `、`) whose value names no people (see readsAsPeople):
 * in `…，主管领导：亲自带队检查…` (a page's sentence: the leader in charge leads the inspections in person)
 * the clause after the colon is the task's text, no leader. Decided by the value, not the comma:
 * `…，牵头领导：王明，牵头单位：市发改委` is a field.
 */
function isLeaderInSentence(text: NoticeText, from: number, to: number, label: LabelMatch): boolean {
	return label.start !== from && opensClauseOfWork(text, label, to);
}

/**
 * A leader label after a comma of a sentence whose value, up to `to`, opens a clause of the work (see
 * isLeaderInSentence). After a field too (`配合单位：市公安局，主管领导：亲自带队检查…`), where the line's
 * labels keep it, so that the field before ends there; the reader makes it the task's text.
 */
export function opensClauseOfWork(text: NoticeText, label: LabelMatch, to: number): boolean {
	if (label.role !== 'leader' || label.start === 0) {
		return false;
	}
	const before = text.charCodeAt(label.start - 1);
	if (before !== 0xff0c && before !== 0x2c && before !== 0x3001) {
		return false;
	}
	let at = label.end;
	while (at < to && isLabelSpace(text.charCodeAt(at))) {
		at++;
	}
	return !readsAsPeople(firstName(text, at, to));
}

/**
 * Where a leader field's people end in its value `from`..`to`: at the first `，` `；` `。` (outside
 * brackets) after which no more people are named (`责任人：各校校长，9月底前完成`: the sentence goes on
 * with the task's date; see namesMorePeople); `to` when they run to the end. Not at `、`, which lists the
 * people (`成坤、柯相国`, `区委常委、政法委书记`).
 */
export function peopleEnd(text: NoticeText, from: number, to: number): number {
	for (let at = from, depth = 0; at < to; at++) {
		const code = text.charCodeAt(at);
		if (code === 0xff08 || code === 0x28) {
			depth++;
		} else if (code === 0xff09 || code === 0x29) {
			depth--;
		} else if (depth === 0 && (code === 0xff0c || code === 0x2c || isClauseEnd(code) || code === 0x3002)) {
			let next = at + 1;
			while (next < to && isLabelSpace(text.charCodeAt(next))) {
				next++;
			}
			if (next < to && !namesMorePeople(firstName(text, next, to))) {
				return at;
			}
		}
	}
	return to;
}

/**
 * Verbs a bracket after the task writes as labels, without 单位 (`【牵头：县住建局；配合：县自然资源局】`,
 * `（牵头：市发改委，责任：各区政府）`). Read only with a colon, at a line's start or after an opening bracket
 * or a field's separator, and when a unit's name follows: a table's header cell `牵头` is no label.
 */
const SHORT_LABELS = new Map<string, FieldRole>([
	['牵头', 'lead'],
	['主办', 'lead'],
	['责任', 'responsible'],
	['配合', 'other'],
	['协办', 'other'],
	['参与', 'other'],
	['协同', 'other'],
]);

/** The last characters of the short labels, in both scripts (頭, 辦, 與). */
const SHORT_LAST = markedCodes('头頭办辦任合与與同');

/** A short label whose last character is at `last`, its colon at `colon`; undefined when there is none. */
function shortLabelAt(text: NoticeText, from: number, to: number, last: number, colon: number): LabelMatch | undefined {
	const start = last - 1;
	if (start < from || !(start === from || isOpener(text.charCodeAt(start - 1)) || isFieldSeparator(text.charCodeAt(start - 1)))) {
		return undefined;
	}
	const written = text.slice(start, last + 1);
	const role = SHORT_LABELS.get(foldVocabulary(written));
	if (role === undefined) {
		return undefined;
	}
	let value = colon + 1;
	while (value < to && isLabelSpace(text.charCodeAt(value))) {
		value++;
	}
	return value < to && looksLikeUnitName(firstName(text, value, to)) ? { label: written, role, start, labelEnd: last + 1, end: colon + 1 } : undefined;
}

/** `；` `;` `，` `,`: what separates a bracket's fields. */
function isFieldSeparator(code: number): boolean {
	return code === 0xff1b || code === 0x3b || code === 0xff0c || code === 0x2c;
}

/**
 * The longest label ending before `end` (white space just before `end` passed over), walked backwards
 * character by folded character (a trie of reversed labels): O(longest label), no string made.
 */
export function longestLabelBefore(text: NoticeText, from: number, end: number): ReverseNode | undefined {
	const found = labelBefore(text, from, end);
	return found === 0 ? undefined : TRIE_NODES[found % NODE_COUNT];
}

/**
 * longestLabelBefore's label and where it starts, from one walk, as one small integer: (end − start)
 * × the trie's node count + the label's node; 0 when none ends there (node 0 is the root). Walking the
 * label again for its start cost about as much as finding it, at every colon
 * (some 3 M instructions of a new server's first read of a 200 KB notice); an object for the pair
 * would be made at each.
 */
export function labelBefore(text: NoticeText, from: number, end: number): number {
	let node = 0;
	let count = 0;
	/** The width of the white space between the label's characters, once one is met (0: none yet). */
	let gap = 0;
	let found = 0;
	let start = end;
	for (let i = end - 1; i >= from && count < LONGEST; i--) {
		const char = text.charCodeAt(i);
		const number = LABEL_CHAR_BY_CODE[char];
		if (number === 0) {
			if (!isWhiteSpace(char)) {
				break;
			}
			if (count === 0) {
				// White space between the label and its colon.
				continue;
			}
			// Inside a label: a stray space (`牵头 单位`, a PDF's), or the same gap between every two
			// characters, as a form spaces a short label to the width of the others (`责 任 人：`,
			// `责　任　人：`); a wider gap, or gaps of two widths, end it.
			let width = 1;
			while (i - width >= from && isWhiteSpace(text.charCodeAt(i - width))) {
				width++;
			}
			if (width > MAX_LABEL_GAP || (gap !== 0 && width !== gap)) {
				break;
			}
			gap = width;
			i -= width - 1;
			continue;
		}
		node = TRIE_NEXT[node * TRIE_WIDTH + number];
		if (node === 0) {
			break;
		}
		count++;
		if (TRIE_ENDS[node] === 1) {
			found = node;
			start = i;
		}
	}
	return found === 0 ? 0 : (end - start) * NODE_COUNT + found;
}

/** The label as written from `start` up to `labelEnd`: the canonical string itself when written so (names interned). */
function writtenLabel(text: NoticeText, found: ReverseNode, start: number, labelEnd: number): string {
	const canonical = found.label!;
	return labelEnd - start === canonical.length && text.startsWith(canonical, start) ? canonical : text.slice(start, labelEnd);
}

/** A tab, an ideographic space or a space: what a pasted table or a Word form puts after a label instead of a colon. */
function isLabelSpace(code: number): boolean {
	return code === 0x09 || code === 0x3000 || code === 0x20 || code === 0xa0;
}

/** What follows a subject in prose (`牵头单位 要…`, `责任单位 按…`; folded: `責任單位 應…`): no field's value starts so. */
const PROSE_NEXT = new Set([...'要须应需请按根对在的和与是将为由负牵'].map((char) => char.charCodeAt(0)));

/**
 * `牵头单位\t市发改委；责任单位\t各县区政府` (a Word form pasted): a label with white space instead of
 * its colon, where `space` is. Only a whole label at the line's start, after ；, or after white space
 * that follows a unit's name (the value before it ended), followed by a value
 * that is neither prose (`牵头单位 要…`), nor another label (a table's header), nor a cell's end.
 */
function labelBeforeSpace(text: NoticeText, from: number, to: number, space: number): LabelMatch | undefined {
	const packed = labelBefore(text, from, space);
	if (packed === 0) {
		return undefined;
	}
	const node = packed % NODE_COUNT;
	const found = TRIE_NODES[node];
	const start = space - (packed - node) / NODE_COUNT;
	const inBracket = start > from && isOpener(text.charCodeAt(start - 1));
	if (!(start === from || isClauseEnd(text.charCodeAt(start - 1)) || inBracket || afterValue(text, from, start))) {
		return undefined;
	}
	let value = space;
	while (value < to && isLabelSpace(text.charCodeAt(value))) {
		value++;
	}
	const next = text.charCodeAt(value);
	if (value >= to || next === 0xff1a || next === 0x3a || next === 0x7c || next === 0x2502 || startsWithLabel(text, value, to)) {
		return undefined;
	}
	// `责任单位\t应急管理局`: a name may start as prose does; then the first name decides. In a bracket it
	// always does (`（配合单位 如有调整另行通知）` is a remark, `（牵头单位 县发改局）` a field).
	if ((inBracket || PROSE_NEXT.has(foldCode(next))) && !looksLikeUnitName(firstName(text, value, to))) {
		return undefined;
	}
	return { label: writtenLabel(text, found, start, space), role: found.role!, start, labelEnd: space, end: value };
}

/**
 * White space after a unit's name before `start` (`牵头单位 市发改委 责任单位 市统计局`): a value ended
 * there. Not after a label word (`牵头单位\t责任单位`: a table's header).
 */
function afterValue(text: NoticeText, from: number, start: number): boolean {
	let at = start;
	while (at > from && isLabelSpace(text.charCodeAt(at - 1))) {
		at--;
	}
	if (at === start || at === from || !mayEndUnitName(text.charCodeAt(at - 1))) {
		return false;
	}
	let word = at;
	while (word > from && at - word <= LONGEST && !isLabelSpace(text.charCodeAt(word - 1)) && !isClauseEnd(text.charCodeAt(word - 1))) {
		word--;
	}
	return labelRole(text.slice(word, at)) === undefined;
}

function isClauseEnd(code: number): boolean {
	return code === 0xff1b || code === 0x3b;
}

/** The text from `at` to the first separator of a list, a closing bracket of the field or white space. */
function firstName(text: NoticeText, at: number, to: number): string {
	let end = at;
	for (let depth = 0; end < to; end++) {
		const code = text.charCodeAt(end);
		if (code === 0xff08 || code === 0x28) {
			depth++;
		} else if (code === 0xff09 || code === 0x29) {
			if (--depth < 0) {
				break;
			}
		} else if (depth === 0 && (code === 0x3001 || code === 0xff0c || code === 0x2c || isClauseEnd(code) || isLabelSpace(code) || code === 0x5d || code === 0xff3d || code === 0x3011 || code === 0x3002)) {
			break;
		}
	}
	return text.slice(at, end);
}

/** Whether a label word opens the text at `at` (a table's header: `牵头单位\t责任单位`). */
function startsWithLabel(text: NoticeText, at: number, to: number): boolean {
	let end = at;
	while (end < to && end - at <= LONGEST && !isLabelSpace(text.charCodeAt(end)) && !isClauseEnd(text.charCodeAt(end))) {
		end++;
	}
	return end - at <= LONGEST && labelRole(text.slice(at, end)) !== undefined;
}

/** Of the kind a list of labels is (see emptyList). */
const NO_LABELS: LabelMatch[] = emptyList();

/** `【牵头单位】` ending at `close` (its 】): the label, spanning the brackets, or undefined. O(label length). */
function bracketedLabel(text: NoticeText, from: number, close: number): LabelMatch | undefined {
	let open = close - 1;
	while (open >= from && close - open <= LONGEST + 3 && text.charCodeAt(open) !== 0x3010 /* 【 */) {
		open--;
	}
	if (open < from || text.charCodeAt(open) !== 0x3010 || close - open < 3) {
		return undefined;
	}
	const written = text.slice(open + 1, close);
	const role = ROLE_BY_LABEL.get(foldVocabulary(written.replace(/\s+/g, '')));
	let after = close + 1;
	if (after < text.length && (text.charCodeAt(after) === 0xff1a || text.charCodeAt(after) === 0x3a)) {
		after++;
	}
	return role === undefined ? undefined : { label: written, role, start: open, labelEnd: close + 1, end: after };
}

/**
 * A label a line break cut in two (a PDF's copy: `（牵头单` / `位：市住建局；责任单位：市交通局）`), or from its colon: the
 * label read across the break, from the content of the line before (ending at `previousEnd`) and the
 * line's content (from `lineStart` to `lineEnd`). Its match starts at `lineStart` (a span on one line)
 * and is written whole; `prefixStart` is where its first part starts on the line before. Only a
 * label whose colon follows its last part on this line; undefined otherwise. O(label length).
 */
export function labelCutBefore(text: NoticeText, previousStart: number, previousEnd: number, lineStart: number, lineEnd: number): (LabelMatch & { prefixStart: number }) | undefined {
	const head = Math.min(lineEnd, lineStart + LONGEST + 2);
	const tail = Math.max(previousStart, previousEnd - LONGEST - 1);
	let last = previousEnd - 1;
	while (last > previousStart && isWhiteSpace(text.charCodeAt(last))) {
		last--;
	}
	if (head <= lineStart || tail >= previousEnd || IN_LABEL[text.charCodeAt(last)] !== 1 || !hasColonBetween(text, lineStart, head)) {
		return undefined;
	}
	const joined = text.slice(tail, previousEnd) + text.slice(lineStart, head);
	const cut = previousEnd - tail;
	// Read whatever the value: the label's line before is cut off, and its value after the few characters read.
	for (const found of labelsBetween(joined, 0, joined.length, false)) {
		// Its first part on the line before, its last part and its colon on this line (or only its colon:
		// `(责任领导:丁玲;牵头单位` / `:区农业农村局)`).
		if (found.start < cut && found.labelEnd >= cut && found.end > cut && found.end > found.labelEnd && (found.start > 0 || tail === previousStart)) {
			return { label: labelWord(found.label), role: found.role, prefixStart: tail + found.start, start: lineStart, labelEnd: lineStart + found.labelEnd - cut, end: lineStart + found.end - cut };
		}
	}
	return undefined;
}

/** The label's word without white space. */
function labelWord(label: string): string {
	return label.replace(/\s+/g, '');
}
