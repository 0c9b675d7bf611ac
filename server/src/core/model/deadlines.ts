import { asciiDigits } from '../text/characters';
import type { Span } from '../text/lineIndex';
import { parseChineseNumber } from '../text/chineseNumber';
import { lastOf } from '../text/objectLists';

/**
 * What a deadline says: a date (`6月底前`, `2025年底前`, `二季度末`, `年内`), work that goes on
 * (`持续推进`, `长期坚持`), work repeated on a period (`每季度`), or, for a deadline field we cannot
 * read (`按省里要求`), unknown — its text is kept as written.
 */
export type DeadlineKind = 'date' | 'ongoing' | 'periodic' | 'unknown';

export interface Deadline {
	/** The expression as written in the notice. */
	written: string;
	span: Span;
	kind: DeadlineKind;
	/** For a date: the last day the text allows, `YYYY-MM-DD`; absent when no year is known. */
	date?: string;
	/** The text names no year: it came from an earlier date in the same text or from the notice. */
	yearInferred?: boolean;
}

/**
 * `field`: the value of a 完成时限 / 时间节点 field, where every time expression is a deadline.
 * `inline`: task prose, where only an expression with a deadline cue counts (`底前`, `末`, `完成`)
 * and 持续推进 / 每季度 only when they stand alone, as in `（持续推进）`: in `持续推进棚改攻坚` they
 * are verbs, not deadlines.
 */
export type DeadlineMode = 'field' | 'inline';

/** The years a deadline without its own year is read against. */
export interface YearContext {
	/** The notice's year (see noticeYear); `今年` is this year, `次年` the next. */
	notice: number | undefined;
	/** The year of the date the notice is signed with, when it gives one (NoticeYear.written): `明年` is the year after it. */
	written?: number;
}

const YEAR_NUMBER = '(?:\\d{4}|[〇零○一二三四五六七八九]{4})';
const RELATIVE_YEAR = '(?:今年|本年度?|当年|當年|明年|次年)';
const YEAR = `(?:(${YEAR_NUMBER})\\s*年度?|(${RELATIVE_YEAR}))`;
const MONTH = '(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '([12]\\d|3[01]|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])';
const BEFORE = '(之前|以前|前)?';

/** Words after a time that make it a deadline in prose: `6月完成`, `年底建成`. */
const COMPLETION = /^(?:前|之前|以前|全面|基本|力争|确保|確保)?(?:完成|建成|实现|實現|出台|办结|辦結|完工|竣工|投用|投运|投運|到位|开工|開工|启动|啟動|上线|上線|印发|印發|落地|见效|見效|达标|達標)/;

interface PatternSpec {
	name: 'numeric' | 'day' | 'quarter' | 'half' | 'year-end' | 'within-year' | 'year' | 'year-range' | 'ongoing' | 'periodic';
	regex: RegExp;
	/**
	 * What every match holds, a literal found fast: a text without it is not searched. The outline
	 * reads every task's text for deadlines, and `day`'s pattern, all optional but 月, was tried at
	 * every character of a notice that names none (a 2 MB notice's first outline: a third of its time).
	 */
	needs: RegExp;
}

const PATTERNS: readonly PatternSpec[] = [
	// `2020.12`, `2020-12-31`, `2021/6/30`: how a table cell often writes a deadline.
	{ name: 'numeric', regex: /(?<![\d.])((?:19|20)\d{2})\s*[.．\-/]\s*(1[0-2]|0?[1-9])(?:\s*[.．\-/]\s*([12]\d|3[01]|0?[1-9]))?(?![\d.亿億万萬千元%％个個倍吨噸])\s*(之前|以前|前)?/g, needs: /(?:19|20)\d\d/ },
	{ name: 'year-range', regex: new RegExp(`(${YEAR_NUMBER})\\s*年?\\s*(?:至|到|—|–|－|-|~|～)+\\s*(${YEAR_NUMBER})\\s*年(?:底|末)?${BEFORE}`, 'g'), needs: /年/ },
	{ name: 'day', regex: new RegExp(`${YEAR}?\\s*${MONTH}\\s*月份?\\s*(?:${DAY}\\s*[日号號])?\\s*(底|末|中旬|上旬|下旬|初|中)?\\s*${BEFORE}`, 'g'), needs: /月/ },
	{ name: 'quarter', regex: new RegExp(`${YEAR}?\\s*第?([一二三四1-4])\\s*季度?\\s*(末|底)?\\s*${BEFORE}`, 'g'), needs: /季/ },
	{ name: 'half', regex: new RegExp(`${YEAR}?\\s*(上半年|下半年)\\s*(末|底)?\\s*${BEFORE}`, 'g'), needs: /半年/ },
	// `明年年底前`, `今年年内`: the relative year's own 年 written again before 年底 / 年内.
	{ name: 'year-end', regex: new RegExp(`(?:(${YEAR_NUMBER})\\s*年\\s*年?|(${RELATIVE_YEAR})\\s*年?|(?<![\\d〇零○一二三四五六七八九十])年)(底|末)${BEFORE}`, 'g'), needs: /[底末]/ },
	{ name: 'within-year', regex: new RegExp(`(?:(${YEAR_NUMBER})\\s*年度?\\s*[内內]|(?<![\\d〇零○一二两兩三四五六七八九十百千几幾多近数數])(?:(今|本|当|當|明|次)年?)?(年度?[内內]|全年))`, 'g'), needs: /[内內]|全年/ },
	{ name: 'year', regex: new RegExp(`(${YEAR_NUMBER})\\s*年度?${BEFORE}`, 'g'), needs: /年/ },
	{
		name: 'ongoing',
		regex: /持[续續](?:推[进進]|开展|開展|实施|實施|抓好|落实|落實|推动|推動)?|[长長]期(?:坚持|堅持|推[进進]|开展|開展|实施|實施)?|常[态態]化(?:推[进進]|开展|開展)?|逐步(?:推[进進]|实施|實施)|分年度(?:推[进進]|实施|實施)|[滚滾][动動](?:推[进進]|实施|實施)|按(?:序[时時]|[时時]序)(?:推[进進]|完成)/g,
		needs: /[续續期态態逐度滚滾按]/,
	},
	{ name: 'periodic', regex: /每(?:年|半年|季度?|个?月|旬|周|週|星期)|按(?:年度?|季度?|月|旬|周|週)|定期/g, needs: /[每按定]/ },
];

interface Atom {
	spec: PatternSpec['name'];
	start: number;
	end: number;
	match: RegExpExecArray;
}

/**
 * The deadlines in `text`, a piece of a notice starting at offset `offset`; in source order.
 * In `field` mode a value with no time in it is one `unknown` deadline, so the table still shows it.
 */
export function readDeadlines(text: string, offset: number, mode: DeadlineMode, years: YearContext): Deadline[] {
	// Full-width digits (`２０２１年３月`) read as ASCII ones; one code unit each, so offsets stay.
	const atoms = findAtoms(asciiDigits(text), mode);
	const result: Deadline[] = [];
	let yearSoFar: number | undefined;
	for (let i = 0; i < atoms.length; i++) {
		let atom = atoms[i];
		let read = readAtom(atom, years, yearSoFar);
		// `2020年6月至12月`: a range ends on its later date.
		const next = atoms[i + 1];
		if (read.kind === 'date' && next && next.spec !== 'ongoing' && next.spec !== 'periodic' && /^\s*(?:至|到|—|–|－|-|~|～)+\s*$/.test(text.slice(atom.end, next.start))) {
			const end = readAtom(next, years, read.year ?? yearSoFar);
			if (end.kind === 'date') {
				atom = { ...atom, end: next.end };
				read = { ...end, yearInferred: read.yearInferred && end.yearInferred, explicitYear: end.explicitYear ?? read.explicitYear };
				i++;
			}
		}
		if (read.explicitYear !== undefined) {
			yearSoFar = read.explicitYear;
		}
		const deadline: Deadline = { written: text.slice(atom.start, atom.end), span: { start: offset + atom.start, end: offset + atom.end }, kind: read.kind };
		if (read.date) {
			deadline.date = read.date;
		}
		if (read.yearInferred) {
			deadline.yearInferred = true;
		}
		result.push(deadline);
	}
	if (mode === 'field' && result.length === 0) {
		const trimmed = trimSpan(text);
		if (trimmed.end > trimmed.start) {
			result.push({ written: text.slice(trimmed.start, trimmed.end), span: { start: offset + trimmed.start, end: offset + trimmed.end }, kind: 'unknown' });
		}
	}
	return result;
}

function findAtoms(text: string, mode: DeadlineMode): Atom[] {
	const candidates: Atom[] = [];
	// Times that start the work: no shorter time inside one is a deadline either (`2025年` of `2025年6月起`).
	let starts: Atom[] | undefined;
	for (const spec of PATTERNS) {
		if (!spec.needs.test(text)) {
			continue;
		}
		spec.regex.lastIndex = 0;
		let match: RegExpExecArray | null;
		while ((match = spec.regex.exec(text))) {
			if (match[0].length === 0) {
				spec.regex.lastIndex++;
				continue;
			}
			const start = match.index + (match[0].length - match[0].trimStart().length);
			const end = match.index + match[0].trimEnd().length;
			const atom: Atom = { spec: spec.name, start, end, match };
			if (!isValid(atom)) {
				continue;
			}
			if (startsWork(atom, text)) {
				(starts ??= []).push(atom);
			} else if (mode === 'field' || countsInProse(atom, text)) {
				candidates.push(atom);
			}
		}
	}
	// The longest expression at the earliest position wins; overlapping shorter ones are dropped.
	candidates.sort((a, b) => a.start - b.start || b.end - a.end);
	const result: Atom[] = [];
	for (const atom of candidates) {
		if (starts && starts.some((start) => atom.start < start.end && start.start < atom.end)) {
			continue;
		}
		const last = lastOf(result);
		if (!last || atom.start >= last.end) {
			result.push(atom);
		}
	}
	return result;
}

/** `2020年起`, `自2025年6月开始`, `2018年以来`: when work starts (or started), no date it is due by. */
const START_AFTER = /^\s*(?:起|开始|開始|以来|以來)/;

/** A time that starts the work (see START_AFTER): no deadline; a field of it alone keeps its text, an unknown one (`2025年起持续推进` is ongoing). */
function startsWork(atom: Atom, text: string): boolean {
	return atom.spec !== 'ongoing' && atom.spec !== 'periodic' && START_AFTER.test(text.slice(atom.end, atom.end + 4));
}

/** Shapes the patterns let through that are not times: 13月, 2月30日, a year 0123. */
function isValid(atom: Atom): boolean {
	const m = atom.match;
	if (atom.spec === 'day') {
		const month = toNumber(m[3]);
		const day = m[4] === undefined ? undefined : toNumber(m[4]);
		return month !== undefined && month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= 31)) && yearOk(m[1]);
	}
	if (atom.spec === 'year' || atom.spec === 'year-range' || atom.spec === 'numeric') {
		return yearOk(m[1]) && (atom.spec !== 'year-range' || yearOk(m[2]));
	}
	if (atom.spec === 'quarter' || atom.spec === 'half' || atom.spec === 'year-end' || atom.spec === 'within-year') {
		return yearOk(m[1]);
	}
	return true;
}

function yearOk(written: string | undefined): boolean {
	if (written === undefined) {
		return true;
	}
	const year = toYear(written);
	return year !== undefined && year >= 1949 && year <= 2100;
}

/** `（持续推进）`, `（2020年底前完成）`: a time alone in a parenthesis. */
const BRACKET_BEFORE = /[（(【[〔［]$/;
const BRACKET_AFTER = /^(?:前?完成|实施|實施|推[进進]|开展|開展|落实|落實)?\s*[）)】\]〕］]/;
/** `建立制度。长期坚持。`: a time that is a sentence of its own. */
const SENTENCE_BEFORE = /(?:^|[。；;：:\n])\s*$/;
const SENTENCE_AFTER = /^(?:完成|实施|實施|推[进進]|开展|開展|落实|落實)?\s*(?:[。；;\r\n]|$)/;
/** `到2025年底`, `力争二季度末`: a time after these words is a target date. */
const BY = /(?:到|至|截至|截止|力争|力爭|确保|確保)$/;

/**
 * In prose a time counts only with a deadline cue (`前`, `底`, `末`, a completion verb after it, `到`
 * before it) or standing alone in a parenthesis; 持续推进 / 每季度 only in a parenthesis or as a
 * sentence of their own. A full date standing alone is the notice's signature, not a deadline.
 */
function countsInProse(atom: Atom, text: string): boolean {
	const before = text.slice(Math.max(0, atom.start - 4), atom.start);
	const after = text.slice(atom.end, atom.end + 12);
	const bracketed = BRACKET_BEFORE.test(before) && BRACKET_AFTER.test(after);
	const targeted = bracketed || BY.test(before) || COMPLETION.test(after);
	const m = atom.match;
	switch (atom.spec) {
		case 'ongoing':
		case 'periodic':
			return bracketed || ((atom.start === 0 || SENTENCE_BEFORE.test(before)) && SENTENCE_AFTER.test(after));
		case 'within-year':
			// `年内新增总部企业50家` and `2020年内` are deadlines; `全年` only in a field or alone.
			return m[1] !== undefined || (m[3] !== '全年' && !after.startsWith('外')) || bracketed;
		case 'year':
		case 'year-range':
			// `2022年前完成`; a bare year in prose is a date, not a deadline.
			return Boolean(m[m.length - 1]) && (targeted || /^[，,。；;]/.test(after) || after === '');
		case 'day':
			return Boolean(m[6]) || m[5] === '底' || m[5] === '末' || targeted;
		case 'numeric':
			return Boolean(m[4]) || targeted;
		case 'quarter':
		case 'half':
			return Boolean(m[5]) || Boolean(m[4]) || targeted;
		case 'year-end':
			// `年底前` is a deadline; `年末常住人口` is a statistic, `年底建成` and `（年底）` are deadlines.
			return Boolean(m[4]) || targeted;
	}
}

interface AtomReading {
	kind: DeadlineKind;
	date?: string;
	/** The year the text wrote (or 今年/明年 made explicit), which later dates in the text inherit. */
	explicitYear?: number;
	year?: number;
	yearInferred?: boolean;
}

function readAtom(atom: Atom, years: YearContext, yearSoFar: number | undefined): AtomReading {
	const m = atom.match;
	if (atom.spec === 'ongoing' || atom.spec === 'periodic') {
		return { kind: atom.spec };
	}
	let relativeYear = false;
	const explicit = (numeric: string | undefined, relative: string | undefined): number | undefined => {
		if (numeric !== undefined) {
			return toYear(numeric);
		}
		if (relative !== undefined && years.notice !== undefined) {
			relativeYear = true;
			// A plan for 2023 signed on 2022-12-27 writes `明年7月份建成` for July 2023.
			if (relative === '明年') {
				return (years.written ?? years.notice) + 1;
			}
			return relative === '次年' ? years.notice + 1 : years.notice;
		}
		return undefined;
	};
	let explicitYear: number | undefined;
	let month: number;
	let day: number | undefined;
	let before = false;
	switch (atom.spec) {
		case 'year-range':
			explicitYear = toYear(m[2]);
			month = 12;
			before = Boolean(m[3]);
			break;
		case 'year':
			explicitYear = toYear(m[1]);
			month = 12;
			before = Boolean(m[2]);
			break;
		case 'numeric':
			explicitYear = Number(m[1]);
			month = Number(m[2]);
			day = m[3] === undefined ? undefined : Number(m[3]);
			break;
		case 'year-end':
			explicitYear = explicit(m[1], m[2]);
			month = 12;
			break;
		case 'within-year':
			explicitYear = explicit(m[1], m[2] === undefined ? undefined : m[2] + '年');
			month = 12;
			break;
		case 'half':
			explicitYear = explicit(m[1], m[2]);
			month = m[3] === '上半年' ? 6 : 12;
			break;
		case 'quarter': {
			explicitYear = explicit(m[1], m[2]);
			const quarter = toNumber(m[3])!;
			month = quarter * 3;
			// `三季度前`: before the third quarter starts; `三季度末前` is its end.
			before = Boolean(m[5]) && !m[4];
			if (before) {
				month -= 3;
			}
			break;
		}
		case 'day': {
			explicitYear = explicit(m[1], m[2]);
			month = toNumber(m[3])!;
			const part = m[5];
			if (m[4] !== undefined) {
				day = toNumber(m[4]);
			} else if (part === '上旬' || part === '初') {
				day = 10;
			} else if (part === '中旬' || part === '中') {
				day = 20;
			}
			// `6月前`: before June begins (`6月底前` is how the end of June is written).
			before = Boolean(m[6]) && m[4] === undefined && part === undefined;
			if (before) {
				month -= 1;
			}
			break;
		}
	}
	let year = explicitYear ?? yearSoFar ?? years.notice;
	if (year === undefined) {
		return { kind: 'date' };
	}
	if (atom.spec === 'year' || atom.spec === 'year-range') {
		// `2022年前`: before 2022 begins.
		if (before) {
			year -= 1;
		}
	}
	if (month === 0) {
		year -= 1;
		month = 12;
	}
	const last = daysInMonth(year, month);
	const date = `${year}-${pad(month)}-${pad(Math.min(day ?? last, last))}`;
	return { kind: 'date', date, explicitYear, year, yearInferred: explicitYear === undefined || relativeYear };
}

function toNumber(written: string): number | undefined {
	return /^\d+$/.test(written) ? Number(written) : parseChineseNumber(written);
}

/** 2020, ２０２０ (already folded), 二〇二〇, 二○二○. */
export function toYear(written: string): number | undefined {
	if (/^\d{4}$/.test(written)) {
		return Number(written);
	}
	let year = 0;
	for (const char of written) {
		const digit = '〇一二三四五六七八九'.indexOf(char === '零' || char === '○' ? '〇' : char);
		if (digit < 0) {
			return undefined;
		}
		year = year * 10 + digit;
	}
	return written.length === 4 ? year : undefined;
}

function daysInMonth(year: number, month: number): number {
	return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

function trimSpan(text: string): Span {
	let start = 0;
	let end = text.length;
	while (start < end && /[\s\u3000；;，,。]/.test(text[start])) {
		start++;
	}
	while (end > start && /[\s\u3000；;，,。]/.test(text[end - 1])) {
		end--;
	}
	return { start, end };
}
