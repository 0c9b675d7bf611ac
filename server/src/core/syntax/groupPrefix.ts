import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../text/chineseNumber';
import type { NoticeText } from '../text/noticeText';
import { foldVocabulary } from '../text/vocabularyFold';
import { looksLikeUnitList } from '../units/unitNames';

/**
 * The words clerks name the items above by (`以上重点任务由县住建局牵头，…`, `以上工作任务由…`, `以上事项由…`,
 * `以上所有任务由…`: a missing-lead on every item but the last, the line read as its text): 任务 or 事项, 重点 and
 * 工作 before them, or 工作 alone (`以上各项工作`, `以上重点工作`); Traditional `重點`, `任務`, `事項` too.
 */
const GROUP_WORK = '(?:重[点點])?(?:工作)?(?:任[务務]|事[项項])|(?:重[点點])?工作';

/**
 * A line after a group of items that names their units at once (a county's 2025 breakdown:
 * `1.…` / `2.…` / `3.…` / `以上3项牵头单位：县自然资源局；责任单位：县农业农村局、各乡镇人民政府`): the words
 * before its label say which items it covers. `以上3项`, `以上三项`, `上述3项工作`, `以上各项`, `以上任务`
 * (Traditional `項`, `任務` too); 项 or a word for the work must be there (`以上` alone is prose).
 */
const GROUP_PREFIX = new RegExp(`^[\\s\\u3000]*(?:以上|上述)(?:([0-9０-９]{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3})[项項]|(?:各|全部|所有)[项項]?|[项項])?(?:${GROUP_WORK})?[\\s\\u3000]*$`);

/** The characters a group prefix ends with: a label after any other is no group line's (a cheap first test). */
const LAST = new Set([...'项項作务務'].map((char) => char.charCodeAt(0)));

/** The brackets a group line of its own may stand in (`（以上2项牵头单位：…）`, `【以上3项牵头单位：…】`). */
const OPENS_GROUP_LINE = new Set([...'（(【[〔'].map((char) => char.charCodeAt(0)));

/** The longest group prefix (`以上十二项重点工作任务`, a little room for white space). */
const LONGEST = 14;

/**
 * How many items the group prefix `prefix` covers: its count (`以上3项`: 3), Infinity when it gives
 * none (`以上各项`, `以上任务`: every item before it in its list); undefined when it is no group prefix.
 */
export function groupPrefixCount(prefix: string): number | undefined {
	const match = GROUP_PREFIX.exec(prefix);
	if (!match || !/[项項作务務]/.test(prefix)) {
		return undefined;
	}
	const written = match[1];
	if (written === undefined) {
		return Infinity;
	}
	const count = /^[0-9０-９]+$/.test(written) ? Number(written.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))) : parseChineseNumber(written);
	return count !== undefined && count > 0 ? count : undefined;
}

/**
 * Whether the text from `from` up to `end` is a group prefix (`以上3项` before `牵头单位：`), a pipe
 * table's cell mark before it allowed (`| 以上2项牵头单位：…|`, a row merged across the table), or
 * the bracket a line of its own opens (`（以上2项牵头单位：县自然资源局；责任单位：…）`, `【以上3项牵头单位：…】`):
 * O(1) unless it ends as one.
 */
export function isGroupPrefixAt(text: NoticeText, from: number, end: number): boolean {
	let first = from;
	while (first < end && (text.charCodeAt(first) === 0x7c || text.charCodeAt(first) === 0x2502 || text.charCodeAt(first) === 0x20)) {
		first++;
	}
	if (first < end && OPENS_GROUP_LINE.has(text.charCodeAt(first))) {
		first++;
	}
	let last = end - 1;
	while (last > first && (text.charCodeAt(last) === 0x20 || text.charCodeAt(last) === 0x3000)) {
		last--;
	}
	if (end - first < 3 || end - first > LONGEST || !LAST.has(text.charCodeAt(last))) {
		return false;
	}
	return groupPrefixCount(text.slice(first, end)) !== undefined;
}

/**
 * What may stand before a group line's words: a sentence's end, an opening bracket (`（以上三项由县发改局牵头）`)
 * or a pipe table's cell mark (`| 以上2项牵头单位：…|`, a row merged across the table).
 */
const BEFORE_PREFIX = new Set([...'。；;（(【[〔|│'].map((char) => char.charCodeAt(0)));

/**
 * The count of the group words ending right before a worded list at `at`, `由` between
 * (`以上任务由县自然资源局牵头，…`, `（以上三项由县发改局牵头）`), opening the line from `lineStart` or
 * standing after a sentence's end or an opening bracket; undefined when there are none.
 */
export function groupCountBefore(text: NoticeText, lineStart: number, at: number): number | undefined {
	return countOnLine(text, lineStart, at) ?? countOverWrap(text, lineStart, at);
}

/**
 * The count of group words a PDF's wrap broke over two lines (`以上重点任` / `务由县住建局牵头，…`, `以上任务由` /
 * `县住建局牵头，…`, `以上` / `任务县住建局牵头，…`: item 1 got missing-lead, the line read as item 2's sentence): the
 * line before holds nothing but their start, this one up to `at` at most their rest; read joined, as a line of its own.
 */
function countOverWrap(text: NoticeText, lineStart: number, at: number): number | undefined {
	const start = wrappedWordsStart(text, lineStart, at);
	if (start < 0) {
		return undefined;
	}
	let end = lineBreakBefore(text, lineStart);
	while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x3000)) {
		end--;
	}
	const rest = text.slice(lineStart, at).replace(/^[\s\u3000]+/, '');
	const joined = text.slice(start, end) + rest;
	return countOnLine(joined, 0, joined.length);
}

/** The start of the line before `lineStart` when it may hold the start of group words a wrap broke (see countOverWrap), or -1. */
function wrappedWordsStart(text: NoticeText, lineStart: number, at: number): number {
	if (lineStart === 0 || at - lineStart > LONGEST) {
		return -1;
	}
	const end = lineBreakBefore(text, lineStart);
	const start = lineStartBefore(text, end);
	return end - start <= LONGEST + 2 && opensWithGroupWord(text, start) ? start : -1;
}

/** Where the line break ending the line before `lineStart` begins (`\n` or `\r\n`). */
function lineBreakBefore(text: NoticeText, lineStart: number): number {
	return lineStart - (text.charCodeAt(lineStart - 1) === 10 && lineStart >= 2 && text.charCodeAt(lineStart - 2) === 13 ? 2 : 1);
}

/**
 * The start of the group line whose words end before a worded list at `at` on the line from `lineStart`: the line
 * before when a wrap broke the words (`以上重点任` / `务由县住建局牵头，…`, see countOverWrap), else `lineStart`.
 */
export function groupLineStart(text: NoticeText, lineStart: number, at: number): number {
	return countOnLine(text, lineStart, at) === undefined && countOverWrap(text, lineStart, at) !== undefined ? wrappedWordsStart(text, lineStart, at) : lineStart;
}

/** See groupCountBefore: the words on the line from `lineStart`. */
function countOnLine(text: NoticeText, lineStart: number, at: number): number | undefined {
	let end = at;
	while (end > lineStart && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x3000)) {
		end--;
	}
	let worded = end > lineStart && text.charCodeAt(end - 1) === 0x7531; /* 由 */
	if (worded) {
		end--;
	} else {
		// `以上2项牵头单位为县发改局，…`: a unit label worded in prose, 为 or 是 for its colon.
		const word = proseLabelWordBefore(text, lineStart, end);
		end -= word;
		worded = word > 0;
	}
	for (let from = end - 3; from >= lineStart && end - from <= LONGEST; from--) {
		if (from === lineStart || BEFORE_PREFIX.has(text.charCodeAt(from - 1))) {
			const count = LAST.has(text.charCodeAt(end - 1)) ? groupPrefixCount(text.slice(from, end)) : undefined;
			// Without a count, only a line of its own covers items (`（以上各项由县发改局牵头）`): after a
			// sentence of the item (`…改造管网20公里。以上工作由县水利局牵头。`) the words are the item's own.
			if (count !== undefined && (count !== Infinity || from === lineStart || (from === lineStart + 1 && !/[。；;]/.test(text.charAt(lineStart))))) {
				// Nor, counted or not, do words right before the list (`以上任务县住建局牵头，…`) or a label cover items but on a line of their own.
				return worded || opensOwnLine(text, lineStart, from) ? count : undefined;
			}
		}
	}
	return undefined;
}

/** Whether nothing but white space, a pipe table's cell mark or an opening bracket stands between `lineStart` and `from`. */
function opensOwnLine(text: NoticeText, lineStart: number, from: number): boolean {
	for (let at = lineStart; at < from; at++) {
		const code = text.charCodeAt(at);
		if (code !== 0x20 && code !== 0x3000 && code !== 9 && code !== 0x7c && code !== 0x2502 && !OPENS_GROUP_LINE.has(code)) {
			return false;
		}
	}
	return true;
}

/** A unit label worded in prose (`牵头单位为`, `责任单位是`; folded), as interpret/leadWording reads it after a group's words. */
const PROSE_LABEL_WORD = /(?:牵头|责任|配合|协办|参与)(?:单位|部门)[为是]/;

/** The length of a unit label worded in prose ending at `end` (`以上2项牵头单位为`: 5), or 0. */
function proseLabelWordBefore(text: NoticeText, lineStart: number, end: number): number {
	const from = end - 5;
	return from >= lineStart && PROSE_LABEL_WORD.test(foldVocabulary(text.slice(from, end))) ? 5 : 0;
}

/**
 * The length of group words opening `folded` at `from` right before a unit label worded in prose
 * (`以上2项牵头单位为县发改局，责任单位为县财政局。`: 4), or 0: the label word, not they, opens the clause.
 */
export function groupWordsBeforeLabelWord(folded: string, from: number): number {
	if (!folded.startsWith('以上', from) && !folded.startsWith('上述', from)) {
		return 0;
	}
	const match = PROSE_LABEL_WORD.exec(folded.slice(from, from + LONGEST + 5));
	return match !== null && match.index >= 3 && groupPrefixCount(folded.slice(from, from + match.index)) !== undefined ? match.index : 0;
}

/**
 * The length of group words opening `folded` at `from` right before a list, no 由 between (`以上任务县住建局牵头，各乡镇配合。`:
 * 4; 「以上任务县住建局」 was read a lead), or 0: they are no part of it, whether they cover the items above or, after a
 * sentence of the item, name its own work (`…改造管网20公里。以上工作县水利局牵头。`, see groupCountBefore).
 */
export function groupWordsBeforeList(folded: string, from: number): number {
	if (!folded.startsWith('以上', from) && !folded.startsWith('上述', from)) {
		return 0;
	}
	for (let end = Math.min(folded.length, from + LONGEST); end >= from + 3; end--) {
		if (LAST.has(folded.charCodeAt(end - 1)) && groupPrefixCount(folded.slice(from, end)) !== undefined) {
			return endsAtWordBoundary(folded, end) ? end - from : 0;
		}
	}
	return 0;
}

/**
 * What a group word runs on into (folded): a body's name (`以上工作组牵头`, `以上工作专班牵头`, `以上工作领导小组牵头`,
 * `以上事项办牵头`, `以上任务组…`) or another noun (`以上项目县住建局牵头`), so the words end no word there;
 * `以上工作组织部牵头` is 组织部's.
 */
const RUNS_ON = /^(?:组(?!织)|[队班目办室站]|专班|(?:领导)?小组)/;

/** The first clause after group words, up to its verb or stop (`县住建局` of `以上任务县住建局牵头，…`; folded). */
const CLAUSE_AFTER = /^[^，,。；;）)】\]〕、]+?(?=牵头|负责|配合|$|[，,。；;）)】\]〕、])/;

/**
 * Whether group words ending at `end` end a word there, a unit's name beginning after them: not run on into a longer
 * word (RUNS_ON; W1 read 「组县住建局」 of `以上工作组县住建局牵头`, 「目县住建局」 of `以上项目县住建局牵头`), and the clause
 * after them a list of units (`以上任务各乡镇牵头`, `以上工作县委组织部牵头`).
 */
function endsAtWordBoundary(folded: string, end: number): boolean {
	const rest = folded.slice(end, end + 30);
	const clause = CLAUSE_AFTER.exec(rest);
	return !RUNS_ON.test(rest) && clause !== null && looksLikeUnitList(clause[0]);
}

/** The length of group words and their 由 opening `folded` at `from` (`以上任务由县自然资源局牵头`: 5), or 0: they are no part of the list after them. */
export function groupWordsAt(folded: string, from: number): number {
	if (!folded.startsWith('以上', from) && !folded.startsWith('上述', from)) {
		return 0;
	}
	const by = folded.indexOf('由', from);
	return by > from && by - from <= LONGEST && groupPrefixCount(folded.slice(from, by)) !== undefined ? by + 1 - from : 0;
}

/**
 * Whether the text from `start` to `end` opens with a group line's words: before its first label
 * (`以上2项牵头单位：县自然资源局；…`; `labels` the line's, in order) or worded, an opening bracket
 * allowed (`以上两项由县自然资源局牵头，…`, `（以上三项由县发改局牵头）`, `以上2项牵头单位为县发改局，…`, `以上两项县自然资源局牵头，…`). O(1) unless it opens with 以上 or 上述.
 */
export function opensGroupLine(text: NoticeText, start: number, end: number, labels: ReadonlyArray<{ start: number }>): boolean {
	if (!opensWithGroupWord(text, start)) {
		return false;
	}
	const from = OPENS_GROUP_LINE.has(text.charCodeAt(start)) ? start + 1 : start;
	const label = labels.find((candidate) => candidate.start > start && candidate.start < end);
	if (label && isGroupPrefixAt(text, start, label.start)) {
		return true;
	}
	const opening = foldVocabulary(text.slice(from, Math.min(end, from + LONGEST + 5)));
	return groupWordsAt(opening, 0) > 0 || groupWordsBeforeLabelWord(opening, 0) > 0 || leadAfterGroupWords(text, from, end);
}

/** A lead's list and verb ending a clause (`镇建设办牵头`, `县住建局、县财政局牵头负责`; folded). */
const LEAD_CLAUSE = /^([^，,。；;）)】\]〕]+?)(?:牵头负责|牵头)(?=$|[，,。；;）)】\]〕])/;

/**
 * Whether the text from `from` to `end` opens with group words right before a lead's list and verb, no 由 between
 * (`以上两项镇建设办牵头，镇财政所配合。` between a table's rows; see groupWordsBeforeList): the clause after the
 * words must be units and 牵头 (`以上任务完成情况纳入年度考核。` is a closing paragraph).
 */
function leadAfterGroupWords(text: NoticeText, from: number, end: number): boolean {
	const clause = foldVocabulary(text.slice(from, Math.min(end, from + LONGEST + 40)));
	const words = groupWordsBeforeList(clause, 0);
	const lead = words > 0 ? LEAD_CLAUSE.exec(clause.slice(words)) : null;
	return lead !== null && looksLikeUnitList(lead[1]);
}

/** Whether the text at `start` opens with 以上 or 上述, an opening bracket before them allowed: O(1), the first test of a group line. */
export function opensWithGroupWord(text: NoticeText, start: number): boolean {
	const from = OPENS_GROUP_LINE.has(text.charCodeAt(start)) ? start + 1 : start;
	return text.startsWith('以上', from) || text.startsWith('上述', from);
}

/** The start of the line holding `offset`. */
export function lineStartBefore(text: NoticeText, offset: number): number {
	let at = offset;
	while (at > 0 && text.charCodeAt(at - 1) !== 10 && text.charCodeAt(at - 1) !== 13) {
		at--;
	}
	return at;
}
