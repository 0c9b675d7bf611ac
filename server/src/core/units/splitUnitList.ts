import { bracketOf, hasLetterOrDigit, isLineBreakOrIndent, isWhiteSpace, markedCodes } from '../text/characters';
import { foldCode, foldVocabulary } from '../text/vocabularyFold';
import { mayOpenWithTime, timeWordAt } from '../text/timeWords';
import { saysNoUnit } from './saysNoUnit';
import { LOCAL_BODIES, NATIONAL_BODIES } from './catalogData';
import type { Span } from '../text/lineIndex';
import {
	endsWithPlace,
	findFirstListedLeads,
	hasSharedSuffix,
	isAdminParenthesisContent,
	isBareZone,
	isCollectiveName,
	isLeaderName,
	levelPrefixOf,
	LOCAL_BODY_NAMES,
	looksLikeNote,
	looksLikeUnitName,
	mayEndUnitName,
	namesMoreBodies,
	namesOwnPlace,
	opensWithOwnPlace,
	qualifierKind,
	SHARED_SUFFIXES,
	sharedSuffixOf,
	splitZone,
	takesLevelPrefix,
} from './unitNames';

/** A unit read from a list, before it is given its task and role. */
export interface UnitDraft {
	name: string;
	/** The list text from start to end, as written (every mention of this list shares it). */
	written: string;
	/** The name's key (see unitKey), set by the reading memo that keeps the list: one look-up per list, not per mention. */
	key: string | undefined;
	/** Offsets into the list text. */
	start: number;
	end: number;
	/** Where the name as written ends: before a parenthesis (scope, alias or the convention), else `end`. */
	nameEnd: number;
	/** After a parenthesis inside the name (云龙区(金融服务中心)政府): where the rest of the name (政府) starts. */
	tailStart?: number;
	qualifier?: { text: string; start: number; end: number; kind: 'scope' | 'alias' };
	collective: boolean;
	completed: boolean;
	group: number;
	/** `市发改委（牵头）`: the parenthesis after the name says this unit leads. */
	leads?: boolean;
	/**
	 * The level prefix of the group's first unit (`市` in `市发改委、商务局`), when this unit could take it.
	 * Whether it does depends on the writer's habit across the notice: see distributeLevelPrefixes.
	 */
	levelPrefix?: string;
	/** A title, not a unit (`分管副市长` in a unit list): the task's leader. Set once the name is complete. */
	leader: boolean;
}

export interface UnitListResult {
	units: UnitDraft[];
	/** Where a note written after the units starts (`…市财政局。各县区要按时报送`), if any: the rest names no unit. */
	noteStart?: number;
	/** A parenthesis in the list declares that the first unit leads (`列第一位者为牵头单位，下同`): offsets into the list text. */
	convention?: Span;
	/** Brackets that do not pair up, as offsets into the list text. */
	unbalanced: readonly number[];
	/** What the list's groups (separated by ，) show of the writer's level-prefix habit, summed (see countPrefixHabit). */
	prefixHabits: Readonly<PrefixHabits>;
	/** How many units are titles, not units (UnitDraft.leader). */
	leaders: number;
	/** The text holds a line break: a name of the list may be broken across lines (see UnitMentions.fill), asked once a list, not at each field of it. */
	lineBreak: boolean;
}


/**
 * What readUnit reads from one piece of a list (the text between two separators) alone, offsets
 * from the piece's start; null when the piece names no unit. A notice names its thirty units in
 * list after list (`市税务局、市统计局` here, `市统计局、市水利局` there): a reading keeps the
 * pieces by their text (see ReadingMemo) and reads each once, not once per list.
 */
export interface UnitPiece {
	name: string;
	written: string;
	start: number;
	end: number;
	nameEnd: number;
	tailStart: number | undefined;
	qualifier: UnitDraft['qualifier'];
	collective: boolean;
	/** What completing a list asks of the name as read (see completeGroups): sharedSuffixOf, takesLevelPrefix. */
	sharedSuffix: string | undefined;
	takesLevelPrefix: boolean;
	/** isLeaderName of the name as read. */
	leader: boolean;
	/** levelPrefixOf the name as read: an inert group's habit is counted from it (see inertHabits). */
	levelPrefix: string | undefined;
	/**
	 * The name as read has its level (`市税务局`), names no collective, ends with no shared suffix and no branch's end
	 * (see completeGroups): a group of such units is left as read, only its habit counted.
	 */
	inert: boolean;
	/**
	 * The drafts of this piece at each start of a first group (`市统计局` at 5 of `市税务局、市统计局` and of
	 * `市水利局、市统计局`), shared by the lists that leave them as read (see sharedDraftOf); made on first use.
	 */
	drafts: UnitDraft[] | undefined;
}

/** Where the pieces read so far are kept, by their text. */
export interface UnitPieces {
	piece(text: string): UnitPiece | null | undefined;
	keepPiece(text: string, piece: UnitPiece | null): void;
}

/**
 * Splits a unit list (`市发改委、商务局,各县(市)区政府`) into units, from the list's text alone (so
 * a reading can keep the result for the next list with the same text). Never throws; a list it cannot
 * make sense of gives fewer units, not an error. `known`: the pieces read before, taken, not read again.
 */
export function splitUnitList(text: string, known: UnitPieces): UnitListResult {
	// The pieces as (start, end, group) triples in one array: a notice splits thousands of lists.
	const pieces: number[] = [];
	let unbalanced: number[] = NO_OFFSETS;
	const openStack: number[] = [];
	let group = 0;
	let pieceStart = 0;

	let noteStart: number | undefined;
	let lineBreak = false;
	if (PLAIN_LIST.test(text)) {
		// `市税务局、市统计局` (nearly every list): ideographs and 、 alone, no bracket, white space or word the scan
		// below reads; the pieces found at each 、 as it finds them, in a search for the next, not a step a character.
		for (let i = text.indexOf('、'); i >= 0; i = text.indexOf('、', i + 1)) {
			const end = collectivePlacesEnd(text, pieceStart, i);
			if (end >= 0) {
				i = end - 1;
			} else {
				pieces.push(pieceStart, i, group);
				pieceStart = i + 1;
			}
		}
	} else {
		lineBreak = LINE_BREAK.test(text);
		// The last character that is neither white space nor 。: a 。 before it has more text after it.
		let lastSolid = text.length - 1;
		while (lastSolid >= 0 && (isWhiteSpace(text.charCodeAt(lastSolid)) || text.charCodeAt(lastSolid) === 0x3002)) {
			lastSolid--;
		}
		// One pass over the list, O(length): every look-ahead (a conjunction, 等) is bounded.
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code >= 0x3400 && code <= 0x9fff && LIST_WORDS[code] !== 1) {
				// An ideograph (most characters) is no bracket, separator or white space: only the words
				// the switch below reads (等, 和 …) need more than this test. The run of such ideographs
				// (a name's, `市税务局`) is passed in one search, not a step each: a new server reads a
				// notice's first lists in the interpreter, where each step costs as much as the search.
				LIST_STOP.lastIndex = i + 1;
				i = LIST_STOP.test(text) ? LIST_STOP.lastIndex - 2 : text.length;
				continue;
			}
			const bracket = bracketOf(code);
			if (bracket > 0) {
				openStack.push(i);
				continue;
			}
			if (bracket < 0) {
				if (openStack.length > 0) {
					openStack.pop();
				} else {
					(unbalanced === NO_OFFSETS ? (unbalanced = []) : unbalanced).push(i);
				}
				continue;
			}
			if (openStack.length > 0) {
				continue;
			}
			// An ideograph read here must be in LIST_WORDS too: the loop passes every other one before this switch.
			switch (code) {
				case 0x3001: // 、
					{
						const end = collectivePlacesEnd(text, pieceStart, i);
						if (end >= 0) {
							i = end - 1;
						} else {
							pieces.push(pieceStart, i, group);
							pieceStart = i + 1;
						}
					}
					break;
				case 0x2f: // /
				case 0xff0f: // ／
					if (slashSeparatesNames(text, pieceStart, i)) {
						pieces.push(pieceStart, i, group);
						pieceStart = i + 1;
					}
					break;
				case 0xff0c: // ，
				case 0x2c: // ,
				case 0xff1b: // ；
				case 0x3b: // ;
				case 0x7c: // |
				case 0x2502: // │
					pieces.push(pieceStart, i, group++);
					pieceStart = i + 1;
					break;
				case 0x3002: // 。 a sentence after the units is a note, not more units
					if (i < lastSolid) {
						pieces.push(pieceStart, i, group);
						pieceStart = i + 1;
						noteStart = i + 1;
						i = text.length;
					}
					break;
				case 0x7b49: // 等
					{
						const next = splitsAtDeng(text, pieceStart, i);
						if (next > 0) {
							pieces.push(pieceStart, i, group);
							pieceStart = next;
							i = next - 1;
						}
					}
					break;
				case 0x548c: // 和
				case 0x53ca: // 及
				case 0x4e0e: // 与
				case 0x4ee5: // 以(及)
					{
						// 省直各部门和各市人民政府, 州委編辦及州直相關單位: two bodies; 文化和旅游部 is one.
						const width = code === 0x4ee5 ? (text.charCodeAt(i + 1) === 0x53ca ? 2 : 0) : 1;
						const next = width > 0 ? joinsTwoUnits(text, pieceStart, i, width) : 0;
						if (next > 0) {
							pieces.push(pieceStart, i, group);
							pieceStart = next;
							i = next - 1;
						}
					}
					break;
				default:
					if (isWhiteSpace(code)) {
						// White space separates units only when it is wide (a table cell or a tab), not a stray space inside a name.
						let j = i;
						let wide = false;
						let lineBreak = false;
						while (j < text.length && isWhiteSpace(text.charCodeAt(j))) {
							wide ||= text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x3000;
							lineBreak ||= text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13;
							j++;
						}
						wide ||= j - i >= 2;
						// A line break and the next line's indentation inside a name (`（市发改` / `　　委牵头…）`, a PDF's
						// wrap) separate nothing: only after a name's end do they.
						wide &&= !lineBreak || mayEndUnitName(text.charCodeAt(i - 1));
						if ((wide || spacesTwoNames(text, pieceStart, i, j)) && i > pieceStart && j < text.length && text.slice(pieceStart, i).trim().length > 0) {
							pieces.push(pieceStart, i, group);
							pieceStart = j;
						}
						i = j - 1;
					}
			}
		}
	}
	if (noteStart === undefined) {
		pieces.push(pieceStart, text.length, group);
	}
	splitGluedNames(text, pieces);
	if (openStack.length > 0) {
		(unbalanced === NO_OFFSETS ? (unbalanced = []) : unbalanced).push(...openStack);
	}

	// Of exact size (the memo and the notice's groups keep it; an array grown by push holds seventeen slots).
	const units: UnitDraft[] = new Array(pieces.length / 3);
	const read: UnitPiece[] = new Array(pieces.length / 3);
	let count = 0;
	let convention: Span | undefined;
	// Whether every unit is inert (see UnitPiece.inert), and how many are titles as read (see UnitDraft.leader).
	let inert = true;
	let leaders = 0;
	// Each piece's offsets and each unit's qualifier loaded once: a new server splits its first lists in V8's first tiers, where each load is a call.
	const pieceCount = pieces.length;
	for (let at = 0; at < pieceCount; at += 3) {
		const start = pieces[at];
		const piece = knownPiece(text, start, pieces[at + 1], known);
		if (!piece) {
			continue;
		}
		const group = pieces[at + 2];
		// A piece with no qualifier is left as read in a list of inert units (nearly every list): its draft shared.
		const unit = piece.qualifier === undefined && piece.inert && group === 0 && start < MAX_SHARED_START ? sharedDraftOf(piece, start) : draftOf(piece, start, group);
		const qualifier = unit.qualifier;
		if (qualifier && /^(牵头|牽頭)(单位|單位|部门|部門)?$/.test(qualifier.text.trim())) {
			// 责任单位：市发改委（牵头）、市财政局: the unit marked 牵头 leads; the mark is no scope.
			unit.leads = true;
			unit.qualifier = undefined;
		} else if (qualifier && findFirstListedLeads(qualifier.text)) {
			// The parenthesis declares the convention; it is no scope of the unit.
			convention = { start: qualifier.start - 1, end: qualifier.end + 1 };
			unit.qualifier = undefined;
		}
		read[count] = piece;
		units[count++] = unit;
		inert &&= piece.inert;
		leaders += piece.leader ? 1 : 0;
	}
	// Only when a piece named no unit: a length set is a call into the runtime.
	if (count < units.length) {
		units.length = count;
		read.length = count;
	}
	if (!inert) {
		// Completing the groups may change any draft: the shared ones are copied first.
		for (let u = 0; u < units.length; u++) {
			const unit = units[u];
			if (read[u].drafts !== undefined && read[u].drafts![unit.start - read[u].start] === unit) {
				units[u] = draftOf(read[u], unit.start - read[u].start, unit.group);
			}
		}
	}
	const prefixHabits = inert ? inertHabits(units, read) : completeGroups(units, read);
	if (!inert) {
		for (let u = 0; u < units.length; u++) {
			const unit = units[u];
			// A name completed is no longer the piece's as read.
			if (unit.completed) {
				const leader = isLeaderName(unit.name);
				leaders += (leader ? 1 : 0) - (unit.leader ? 1 : 0);
				unit.leader = leader;
			}
		}
	}
	return { units, noteStart, convention, unbalanced, prefixHabits, leaders, lineBreak };
}

/**
 * Where the parenthesis that ends `text` at `end` opens, when it ends a whole name: a lead mark, a
 * note or another body's name after a unit's (`市发改委（牵头）`, `市发改委（市粮食局）`); -1 when it is
 * none, or places a name goes on from (`各县(市)` + `区政府`) or a company's `(集团)`.
 */
function wholeNameParenthesis(text: string, from: number, end: number): number {
	const close = text.charCodeAt(end - 1);
	if (close !== 0xff09 && close !== 0x29) {
		return -1;
	}
	let open = end - 2;
	while (open > from && bracketOf(text.charCodeAt(open)) === 0) {
		open--;
	}
	if (open <= from || bracketOf(text.charCodeAt(open)) < 0 || !mayEndUnitName(foldCode(text.charCodeAt(open - 1)))) {
		return -1;
	}
	const content = text.slice(open + 1, end - 1);
	return content.length === 0 || isAdminParenthesisContent(content) || /(集团|控股|股份|集團)$/.test(content) ? -1 : open;
}

/**
 * Where a collective of places (see COLLECTIVE_PLACES) that the piece from `pieceStart` opens ends, when it goes on
 * past the 、 at `at`; else -1. 各县、市、区政府: one collective (each county, city and district government), not three.
 * Folded: 各縣、市、區政府 too.
 */
function collectivePlacesEnd(text: string, pieceStart: number, at: number): number {
	// 各 first: nearly every piece is a unit's name, no copy folded for it.
	if (at - pieceStart > 5 || foldCode(text.charCodeAt(pieceStart)) !== 0x5404 /* 各 */) {
		return -1;
	}
	const collective = COLLECTIVE_PLACES.exec(foldVocabulary(text.slice(pieceStart, pieceStart + 24)));
	return collective !== null && pieceStart + collective[0].length > at + 1 ? pieceStart + collective[0].length : -1;
}

/** A list without unbalanced brackets (nearly all): one shared empty array, never changed. */
const NO_OFFSETS: number[] = [];

/** The ideographs splitUnitList's switch reads: 等, 和, 及, 与, 以. */
const LIST_WORDS = markedCodes('等和及与以');

const LINE_BREAK = /[\n\r]/;

/** A list of ideographs of no LIST_WORDS and 、 alone (no white space, bracket or other separator). Exported, as the two below, for the test that checks them against the tests a character at a time. */
export const PLAIN_LIST = /^[^\u0000-\u3000\u3002-\u33ff\ua000-\uffff等和及与以]+$/;

/** The next character the scan of splitUnitList reads: any but an ideograph of no LIST_WORDS. */
export const LIST_STOP = /[^\u3400-\u9fff]|[等和及与以]/g;

/**
 * `各县、市、区政府`, `各市、县人民政府`, `各市(县)、区政府` (无锡 2011), `各州、市人民政府` (云南): places written one character each
 * after 各 (one may name another in brackets), sharing one government.
 */
const COLLECTIVE_PLACES = /^各[州盟县市区镇乡旗](?:[（(][州盟县市区镇乡旗][)）])?(?:、[州盟县市区镇乡旗](?:[（(][州盟县市区镇乡旗][)）])?)+(?:人民政府|政府|党委和政府|党委政府)?/;

/** Words a level character opens inside a name (`县公安局县城派出所`): no second name starts there. */
const PLACE_WORD = /^(县城|市区|区域|省会|县域|市域|市内|区内|县内|省内)$/;

/** `单位`, `部门`: a word that names no body alone. */
const GENERIC_WORD = /^(单位|部门|機構|机构|單位|部門|企业|企業)$/;

/** A piece this long may hold two names with nothing between; a longer one is no pair of names. */
const MIN_GLUED_NAMES = 8;
const MAX_GLUED_NAMES = 80;

/**
 * One side of the pair is listed elsewhere in the list: the pair is no two units but a line joined to
 * the list by a paste (`责任单位：市财政局、市税务局` / `市财政局`, the signature under the last task).
 */
function listedElsewhere(text: string, start: number, cut: number, end: number): boolean {
	const left = text.slice(start, cut);
	const right = text.slice(cut, end);
	return text.indexOf(left) !== start || text.lastIndexOf(left) !== start || text.indexOf(right) !== cut || text.lastIndexOf(right) !== cut;
}

function hasLineBreakIn(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 10 || code === 13) {
			return true;
		}
	}
	return false;
}

/**
 * Two whole names with nothing between (黄石港 2025: `(责任单位:区财政局区税务局)`), each a department's
 * with its level (区财政局 | 区税务局), the first may end with a lead mark, a note or another body's name
 * in a parenthesis (a value's lines joined: `市发改委（牵头）` / `市财政局`): cut in two, in place in `pieces`. A name holding a level character
 * after such an end is no pair unless both sides are departments (`县政府园区发展服务中心` stays whole).
 */
function splitGluedNames(text: string, pieces: number[]): void {
	// The first level character at or after where the last piece looked for one (pieces come in order): a second
	// name starts at one (startsDepartment), and most long names hold none past their start (`市文化和广电旅游体育局`).
	let nextLevel = -1;
	for (let at = 0; at < pieces.length; at += 3) {
		const start = pieces[at];
		const end = pieces[at + 1];
		if (end - start < MIN_GLUED_NAMES || end - start > MAX_GLUED_NAMES) {
			continue;
		}
		if (nextLevel < start + 3) {
			LEVEL_CHAR.lastIndex = start + 3;
			nextLevel = LEVEL_CHAR.test(text) ? LEVEL_CHAR.lastIndex - 1 : text.length;
		}
		// Not across a line break: a line after the units may be the signature (`市财政局`), joined by a paste.
		if (nextLevel > end - 4 || hasLineBreakIn(text, start, end)) {
			continue;
		}
		const known = new Map<number, boolean>();
		for (let k = nextLevel; k <= end - 4; k++) {
			if (startsDepartment(text, k) && endsDepartment(text, start, k) && departmentsTo(text, k, end, known) && !listedElsewhere(text, start, k, end)) {
				pieces.splice(at + 1, 0, k, pieces[at + 2], k);
				break;
			}
		}
	}
}

/** A level character that starts a name, not a place word (`市区`, `县城`). */
export function startsDepartment(text: string, at: number): boolean {
	return isLevelChar(text.charCodeAt(at)) && !PLACE_WORD.test(foldVocabulary(text.slice(at, at + 2)));
}

/** The longest department's name a glued list's name may be (`市人力资源和社会保障局`); a bound on the look for the next. */
const LONGEST_GLUED_NAME = 16;

/**
 * Whether `text` from `start` to `end` is departments' names with their levels and nothing between
 * (`市财政局`, `市人力资源社会保障局市财政局`): one, or one and then more. A name is at most
 * LONGEST_GLUED_NAME long. `known` remembers the answer by start (for one `end`): without it, a
 * pasted run of names ending in something else (`市财政局市财政局…甲乙`) was tried every way, 100 ms
 * for 80 characters and growing exponentially; with it, O(length × LONGEST_GLUED_NAME).
 */
function departmentsTo(text: string, start: number, end: number, known: Map<number, boolean>): boolean {
	const answer = known.get(start);
	if (answer !== undefined) {
		return answer;
	}
	let found = isDepartmentWithLevel(text.slice(start, end));
	for (let k = start + 3; !found && k <= Math.min(end - 4, start + LONGEST_GLUED_NAME); k++) {
		found = startsDepartment(text, k) && endsDepartment(text, start, k) && departmentsTo(text, k, end, known);
	}
	known.set(start, found);
	return found;
}

/**
 * Whether `text` from `start` to `end` is a department's name with its level, or one with a
 * parenthesis ending it as a whole (`市发改委（牵头）`, a lead mark glued to the next name, or a line's
 * end joined to the next line's units: `市发改委（牵头）` / `市财政局`).
 */
function endsDepartment(text: string, start: number, end: number): boolean {
	if (mayEndUnitName(text.charCodeAt(end - 1))) {
		return isDepartmentWithLevel(text.slice(start, end));
	}
	const open = wholeNameParenthesis(text, start, end);
	return open > start && isDepartmentWithLevel(text.slice(start, open));
}

/** `区财政局`, `县委组织部`: a department's name with its level (not `县政府园`, nor a place). */
function isDepartmentWithLevel(name: string): boolean {
	return levelPrefixOf(name) !== undefined && takesLevelPrefix(name) && looksLikeUnitName(name);
}

/**
 * A body with its level that is no department (`县人民医院`, `县中医院`, `市公交集团`): a list a field
 * writes with spaces for 、 (`责任单位：县医保局 县人民医院 县中医院`) names them apart as it does departments.
 */
function isBodyWithLevel(name: string): boolean {
	return name.length >= 3 && levelPrefixOf(name) !== undefined && (isDepartmentWithLevel(name) || (INSTITUTION_END.test(foldVocabulary(name)) && looksLikeUnitName(name)));
}

/** Institutions a level names (a stray space before a station or a branch, `县公安局 县城派出所`, stays inside one name). */
const INSTITUTION_END = /(医院|学校|中学|小学|学院|集团|公司|研究院|图书馆|博物馆|电视台|报社)$/;

/** The characters isLevelChar accepts (those foldCode makes 省, 市, 县 or 区), for a search. */
export const LEVEL_CHAR = /[省市县区縣區]/g;

/** 省, 市, 县, 区 (縣, 區): the characters a level prefix is. */
function isLevelChar(code: number): boolean {
	code = foldCode(code);
	return code === 0x7701 || code === 0x5e02 || code === 0x53bf || code === 0x533a;
}

/**
 * One space between two whole names (芜湖 2025, a table cell: `市人力资源社会保障局 市农业农村局`), not a
 * stray space inside one (`市发改 委`, `市 财政局`, `市政府 办公室`): each side a department's name with its level.
 */
function spacesTwoNames(text: string, pieceStart: number, spaceStart: number, next: number): boolean {
	// Bounded, and a cheap test first: a list of many spaces must not read its piece again at each.
	if (spaceStart - pieceStart < 3 || spaceStart - pieceStart > MAX_GLUED_NAMES || !mayEndUnitName(text.charCodeAt(spaceStart - 1))) {
		return false;
	}
	const before = text.slice(pieceStart, spaceStart).trim();
	const after = nextName(text, next).split(/[\s\u3000]/)[0];
	if (isLevelChar(text.charCodeAt(next))) {
		return after.length >= 4 && ((isDepartmentWithLevel(before) && isDepartmentWithLevel(after)) || (isBodyWithLevel(before) && isBodyWithLevel(after)));
	}
	// A list written with spaces for 、 (a Word paste: `财政局 发改局 经信局`): departments without their level.
	return (isBareDepartment(before) || isDepartmentWithLevel(before)) && isBareDepartment(after);
}

/** The part of a name that follows another (`市政府 办公室`, `高新区 管委会`): never a department alone. */
const NAME_PART = /^(办公室|委员会|管委会|管理委员会|分局|稽查局|支队|大队|中队|分中心|工作组|领导小组)$/;

/** `财政局`, `发改局`: a department's name written without its level. */
function isBareDepartment(name: string): boolean {
	return name.length >= 3 && levelPrefixOf(name) === undefined && takesLevelPrefix(name) && looksLikeUnitName(name) && !NAME_PART.test(foldVocabulary(name));
}

/**
 * A slash between two whole names (`责任单位：县水利局/县生态环境分局`, a form's habit for 、), not inside a
 * figure or a note (`5万元/户`): the names on both sides read as units.
 */
function slashSeparatesNames(text: string, pieceStart: number, at: number): boolean {
	if (at - pieceStart < 2 || at - pieceStart > MAX_GLUED_NAMES || !mayEndUnitName(text.charCodeAt(at - 1))) {
		return false;
	}
	const after = nextName(text, at + 1).split(/[\/／\s\u3000]/)[0];
	return after.length >= 2 && looksLikeUnitName(text.slice(pieceStart, at).trim()) && looksLikeUnitName(after);
}

/** How far a look-ahead for the next name goes: names are short, and the scan must stay linear. */
const LOOK_AHEAD = 24;

/** The next name after `from`, up to a separator, at most LOOK_AHEAD characters. */
function nextName(text: string, from: number): string {
	const window = text.slice(from, from + LOOK_AHEAD);
	const end = window.search(/[、，,；;。]/);
	return end < 0 ? window : window.slice(0, end);
}

/** The most characters of a line break and the next line's indentation passed over after 等. */
const MAX_BREAK_AFTER_DENG = 8;

/**
 * `市财政局等减负办各成员单位`: 等 ends a list before a collective; `市发改委等` keeps it as a
 * trailing word; `…全国总工会等和各省级人民政府负责` (国办发〔2018〕129号): 等, then 和 and a
 * collective. Returns where the next unit starts, or 0 when 等 does not split here.
 */
function splitsAtDeng(text: string, pieceStart: number, at: number): number {
	if (at - pieceStart < 2) {
		return 0;
	}
	let next = at + 1;
	// A line break after 等 (a PDF's paste: `商务部等` / `和各有关省级人民政府负责`) is passed over.
	while (next < text.length && isLineBreakOrIndent(text.charCodeAt(next)) && next - at <= MAX_BREAK_AFTER_DENG) {
		next++;
	}
	const conjunction = /^(以及|和|及|与)/.exec(text.slice(next, next + 2));
	if (conjunction) {
		next += conjunction[0].length;
	}
	if (next >= text.length) {
		return next;
	}
	// Folded: `由縣自然資源局會同縣農業農村局等部門負責落實`, `縣財政局等有關部門` end the list as 等部门 does.
	const rest = foldVocabulary(nextName(text, next));
	// 省财政厅等省直有关部门和各市人民政府: the collective ends where another unit is joined to it.
	const beforeConjunction = rest.split(/和|及|与/)[0];
	const collective = isCollectiveName(rest) || isCollectiveName(beforeConjunction);
	return collective || /^(单位|部门)/.test(rest) || (conjunction !== null && looksLikeUnitName(rest)) ? next : 0;
}

/** At a conjunction of `width` characters (和, 及, 与, 以及): where the second of two units starts, or 0 when the word is inside one name. */
function joinsTwoUnits(text: string, pieceStart: number, at: number, width: number): number {
	// The name before the conjunction must end as a body's (市自然资源和规划局: 源 ends none), a PDF's line
	// break before the conjunction passed over (`…、县交通运输局` / `和各乡镇人民政府配合）`).
	let end = at;
	while (end > pieceStart && isWhiteSpace(text.charCodeAt(end - 1))) {
		end--;
	}
	const before = foldCode(text.charCodeAt(end - 1));
	if (end - pieceStart < 2 || !(mayEndUnitName(before) || bracketOf(before) < 0)) {
		return 0;
	}
	const leftName = text.slice(Math.max(pieceStart, end - LOOK_AHEAD), end);
	const rest = nextName(text, at + width);
	return looksLikeUnitName(leftName) && !DEPARTMENT_STEM_END.test(foldVocabulary(leftName)) && rest.length >= 2 && looksLikeUnitName(rest) ? at + width : 0;
}

/**
 * A department's field that ends with a body's character, 村 or 乡, and is no village or township:
 * `区农业农村和水利局` (秀洲 区, 麟游 县: one bureau of two fields), `城乡和住房建设局`.
 */
const DEPARTMENT_STEM_END = /(农业农村|城乡)$/;

/** White space and stray punctuation trimmed from both ends of a unit. */
function isEdgeJunk(code: number): boolean {
	switch (code) {
		case 0xff1a: // ：
		case 0x3a: // :
		case 0x3001: // 、
		case 0xff0c: // ，
		case 0x2c: // ,
		case 0xff1b: // ；
		case 0x3b: // ;
		case 0x3002: // 。
		case 0x2e: // .
		case 0xff0e: // ．
		case 0x22: // "
		case 0x201c: // “
		case 0x201d: // ”
		case 0x27: // '
		case 0x2018: // ‘
		case 0x2019: // ’
		case 0x2a: // *, and its full-width form and the black star: a lead mark after a name (`区财政局＊`)
		case 0xff0a:
		case 0x2605:
			return true;
		default:
			return isWhiteSpace(code);
	}
}

/** A cheap test before looking for a shared suffix: a closing bracket where one would stand before it. */
function closesBeforeSuffix(raw: string): boolean {
	for (let l = 0; l < SHARED_SUFFIX_LENGTHS.length; l++) {
		const length = SHARED_SUFFIX_LENGTHS[l];
		if (raw.length > length + 1 && bracketOf(raw.charCodeAt(raw.length - 1 - length)) < 0) {
			return true;
		}
	}
	return false;
}

const SHARED_SUFFIX_LENGTHS = [...new Set(SHARED_SUFFIXES.map((suffix) => suffix.length))];

function withoutSpaces(text: string): string {
	for (let i = 0; i < text.length; i++) {
		if (isWhiteSpace(text.charCodeAt(i))) {
			return text.replace(/[\s\u3000\u00A0\u200b\u2060]+/g, '');
		}
	}
	return text;
}

/** What readUnit reads of the piece `start`..`end`, taken from `known` when read before. */
function knownPiece(text: string, start: number, end: number, known: UnitPieces): UnitPiece | null {
	const raw = text.slice(start, end);
	let piece = known.piece(raw);
	if (piece === undefined) {
		const unit = readUnit(raw, 0, raw.length, 0);
		piece = unit
			? {
					name: unit.name,
					written: unit.written,
					start: unit.start,
					end: unit.end,
					nameEnd: unit.nameEnd,
					tailStart: unit.tailStart,
					qualifier: unit.qualifier,
					collective: unit.collective,
					sharedSuffix: sharedSuffixOf(unit.name),
					takesLevelPrefix: takesLevelPrefix(unit.name),
					leader: isLeaderName(unit.name),
					levelPrefix: levelPrefixOf(unit.name),
					inert: false,
					drafts: undefined,
				}
			: null;
		if (piece !== null) {
			piece.inert = piece.levelPrefix !== undefined && !piece.collective && piece.sharedSuffix === undefined && !BRANCH_END.test(piece.name);
		}
		known.keepPiece(raw, piece);
	}
	return piece;
}

/** The first group's starts whose drafts a piece shares (see UnitPiece.drafts): a list's first few hundred characters. */
const MAX_SHARED_START = 256;

/**
 * The draft of a piece at `start` of a list's first group, shared by every list that leaves it as read
 * and reads none of it otherwise (no qualifier): the same values as draftOf's, and its key (set by the
 * memo) found once. A new server's first read splits some 900 lists of the benchmark's 200 KB notice,
 * whose 2,700 drafts of 18 properties were each a copy of one of 30 pieces at one of a few starts.
 */
function sharedDraftOf(piece: UnitPiece, start: number): UnitDraft {
	let drafts = piece.drafts;
	if (drafts === undefined) {
		drafts = piece.drafts = [];
	}
	let draft = drafts[start];
	if (draft === undefined) {
		draft = drafts[start] = draftOf(piece, start, 0);
	}
	return draft;
}

/** A unit of a list from its piece, which starts at `start`: a draft of its own (completing a list changes its drafts). */
function draftOf(piece: UnitPiece, start: number, group: number): UnitDraft {
	const { qualifier, tailStart } = piece;
	return {
		name: piece.name,
		written: piece.written,
		key: undefined,
		start: start + piece.start,
		end: start + piece.end,
		nameEnd: start + piece.nameEnd,
		tailStart: tailStart === undefined ? undefined : start + tailStart,
		qualifier: qualifier && { text: qualifier.text, start: start + qualifier.start, end: start + qualifier.end, kind: qualifier.kind },
		collective: piece.collective,
		completed: false,
		group,
		// Present, if undefined, on every draft (and in readUnit's order): set later on a few, they
		// gave those drafts other hidden classes ("wrong map" in the memo's unitList).
		leads: undefined,
		levelPrefix: undefined,
		// The name as read's: see splitUnitList for a name completed.
		leader: piece.leader,
	};
}

/**
 * The length of a note in brackets at `start` before a unit's name (`（省级试点）县发改局牵头`, `牵头单位：（省级试点）县发改局`:
 * the lead 「（省级试点）县发改局」 was read), 0 when none: a short note, no list, no unit's name, no role (`（牵头）`), no
 * place of a collective (`（市、区）`), before a name. Dropped as a time before the name is (`（2025年起）县发改局`).
 */
function noteBeforeName(text: string, start: number, end: number): number {
	const close = text.slice(start + 1, Math.min(end, start + 14)).search(/[）)]/);
	if (close < 1) {
		return 0;
	}
	const note = text.slice(start + 1, start + 1 + close);
	if (/[（(、，,；;：:]/.test(note) || NOT_A_NOTE.test(foldVocabulary(note)) || looksLikeUnitName(note) || isAdminParenthesisContent(note)) {
		return 0;
	}
	return looksLikeUnitName(text.slice(start + close + 2, end).trim()) ? close + 2 : 0;
}
const NOT_A_NOTE = /牵头|负责|配合|参与|协助|协办|主办|会同|单位|部门/;

function readUnit(text: string, start: number, end: number, group: number): UnitDraft | undefined {
	// Trim white space and stray punctuation at both ends, keeping offsets.
	while (start < end && isEdgeJunk(text.charCodeAt(start))) {
		start++;
	}
	while (end > start && isEdgeJunk(text.charCodeAt(end - 1))) {
		end--;
	}
	if (mayOpenWithTime(text.charCodeAt(start))) {
		// `（2025年起）县发改局`, `今年县交通局` in a cell or a field: the time is no part of the name, as in prose (see timeWords).
		start += timeWordAt(foldVocabulary(text.slice(start, Math.min(end, start + 18))), 0);
	}
	if (text.charCodeAt(start) === 0xff08 || text.charCodeAt(start) === 0x28) {
		start += noteBeforeName(text, start, end);
	}
	// What stood between the time or note and the name goes too (found by the fuzzer: `（政局负　ꈉ）` / `政局负责）`
	// read a unit 「\n政局」, the line break after the note its first character).
	while (start < end && isEdgeJunk(text.charCodeAt(start))) {
		start++;
	}
	if (end - start > 2 && text.charCodeAt(end - 1) === 0x7b49 /* 等 */) {
		// `市发改委 等`: the word goes, and the space before it; so does a separator a bracket left open
		// kept in the piece (`市司（法局、等`, found by the fuzzer: the name ended in 、).
		end--;
		while (end > start && isEdgeJunk(text.charCodeAt(end - 1))) {
			end--;
		}
	}
	if (end === start) {
		return undefined;
	}
	const raw = text.slice(start, end);
	let name = withoutSpaces(raw);
	let qualifier: UnitDraft['qualifier'];
	let nameEnd = end;
	let tailStart: number | undefined;

	if (bracketOf(raw.charCodeAt(raw.length - 1)) < 0) {
		const open = matchingOpen(raw, raw.length - 1);
		if (open > 0) {
			const content = raw.slice(open + 1, raw.length - 1);
			if (!isAdminParenthesisContent(content) && !namesMoreBodies(withoutSpaces(raw.slice(0, open)), content)) {
				name = withoutSpaces(raw.slice(0, open));
				qualifier = { text: content, start: start + open + 1, end: start + raw.length - 1, kind: qualifierKind(content) };
				nameEnd = start + raw.slice(0, open).trimEnd().length;
			}
		}
	} else if (closesBeforeSuffix(raw)) {
		// 云龙区(金融服务中心)政府: a scope written before the shared suffix.
		const plain = foldVocabulary(raw);
		const found = SHARED_SUFFIXES.find((candidate) => plain.endsWith(candidate));
		if (found) {
			const suffix = raw.slice(-found.length);
			const beforeSuffix = raw.slice(0, -suffix.length);
			const close = beforeSuffix.length - 1;
			if (close > 0 && bracketOf(beforeSuffix.charCodeAt(close)) < 0) {
				const open = matchingOpen(beforeSuffix, close);
				const content = beforeSuffix.slice(open + 1, close);
				if (open > 0 && !isAdminParenthesisContent(content)) {
					name = withoutSpaces(beforeSuffix.slice(0, open) + suffix);
					qualifier = { text: content, start: start + open + 1, end: start + close, kind: 'scope' };
					nameEnd = start + open;
					tailStart = start + close + 1;
				}
			}
		}
	}
	// A name has a character of a name (～ or —— alone is a stray mark), and is no note; a generic word
	// alone is the end of a collective before it (威海 2023: `市直有关部门、单位`), no unit of its own.
	// `无` says the task has none (see saysNoUnit).
	if (name.length === 0 || !hasLetterOrDigit(name) || looksLikeNote(name) || GENERIC_WORD.test(name) || saysNoUnit(name)) {
		return undefined;
	}
	return { name, written: raw, key: undefined, start, end, nameEnd, tailStart, qualifier, collective: isCollectiveName(name), completed: false, group, leads: undefined, levelPrefix: undefined, leader: false };
}

function matchingOpen(text: string, closeIndex: number): number {
	let depth = 0;
	for (let i = closeIndex; i >= 0; i--) {
		const bracket = bracketOf(text.charCodeAt(i));
		if (bracket < 0) {
			depth++;
		} else if (bracket > 0) {
			depth--;
			if (depth === 0) {
				return i;
			}
		}
	}
	return -1;
}

/**
 * Distributes what a list writes once: a shared suffix, a city before zones, a level prefix.
 * `read[i]`: the piece of `units[i]`, which says what its name as read asks for. Gives the groups'
 * level-prefix habits summed, which every reading of a notice counts (kept with the list: a
 * reading adds two numbers a field, not a look at each group).
 */
function completeGroups(units: UnitDraft[], read: readonly UnitPiece[]): Readonly<PrefixHabits> {
	if (units.length > 0 && units[units.length - 1].group === units[0].group) {
		// One group (most lists): the units are the group (a list's arrays are read, never changed).
		completeGroup(units, read);
		return habitsOf(levelPrefixHabit(units));
	}
	const counts: PrefixHabits = { repeated: 0, omitted: 0 };
	let groupStart = 0;
	for (let i = 1; i <= units.length; i++) {
		if (i === units.length || units[i].group !== units[groupStart].group) {
			const group = units.slice(groupStart, i);
			completeGroup(group, read.slice(groupStart, i));
			countPrefixHabit(counts, levelPrefixHabit(group));
			groupStart = i;
		}
	}
	return prefixHabitsOf(counts.repeated, counts.omitted);
}

/**
 * The habits of groups of inert units (UnitPiece.inert; `市税务局、市统计局`, nearly every list), which completeGroup
 * leaves as read: levelPrefixHabit's, no prefix to distribute, no place before a bureau (each unit has its level).
 */
function inertHabits(units: readonly UnitDraft[], read: readonly UnitPiece[]): Readonly<PrefixHabits> {
	// Each unit's prefix its piece's (an inert unit's name is the piece's as read), found once a piece: a new server's
	// first read, in V8's first tiers, asked it twice a unit of every list it split.
	const count = units.length;
	let repeated = 0;
	let groupStart = 0;
	for (let i = 1; i <= count; i++) {
		if (i === count || units[i].group !== units[groupStart].group) {
			const prefix = read[groupStart].levelPrefix;
			for (let k = groupStart + 1; k < i; k++) {
				if (read[k].levelPrefix === prefix) {
					repeated++;
					break;
				}
			}
			groupStart = i;
		}
	}
	return prefixHabitsOf(repeated, 0);
}

function completeGroup(group: UnitDraft[], read: readonly UnitPiece[]): void {
	distributeSuffix(group, read);
	distributeCompanySuffix(group);
	distributeCollectiveHead(group);
	markLevelPrefix(group, read);
}

/** One group's habit bits as counts. */
function habitsOf(habit: number): Readonly<PrefixHabits> {
	return prefixHabitsOf(habit & PrefixHabit.Repeated, (habit & PrefixHabit.Omitted) >> 1);
}

/** A branch of a company or bank, which a list of their brands may write once: 衢州分公司, 衢州分行. */
const BRANCH_END = /(分公司|分行|支行)$/;

/**
 * `中国移动、中国电信、中国联通衢州分公司` (5G tasks), `中国银行、中国建设银行衢州分行`: the branch written once after
 * the last brand is every brand's. The brand of the last is as long as the one before it and begins
 * as it does (中国联通 after 中国电信); the brands before it are no unit names of their own.
 */
function distributeCompanySuffix(group: UnitDraft[]): void {
	const last = group[group.length - 1];
	if (group.length < 2 || !BRANCH_END.test(last.name)) {
		return;
	}
	const brand = group[group.length - 2].name;
	const suffix = last.name.slice(brand.length);
	if (brand.length < 2 || suffix.length < 3 || last.name.slice(0, 2) !== brand.slice(0, 2)) {
		return;
	}
	for (let i = group.length - 2; i >= 0; i--) {
		const unit = group[i];
		if (unit.completed || unit.collective || looksLikeUnitName(unit.name) || unit.name.slice(0, 2) !== brand.slice(0, 2)) {
			break;
		}
		unit.name += suffix;
		unit.completed = true;
	}
}

/** What every place has one of: after a collective's, a bare one is that collective's too. */
const BODY_OF_EACH_PLACE = ['人民政府', '党委政府', '政府', '党委', '党工委', '管委会'];

/**
 * What a place has many of, so that written bare it names no one body: after a collective it is
 * more of it (`各乡镇人民政府、街道办事处`: each street office too; `各镇、街道`).
 */
const MANY_IN_EACH_PLACE = ['街道办事处', '街道办', '街道', '街办', '办事处', '镇街', '乡镇', '镇', '乡', '社区', '村', '村委会', '居委会'];

/**
 * `各县（市、区）党委、政府` (乡村振兴, 安全生产 tasks): the bare 政府 is each county's government, written
 * once for both (各县（市、区）政府), no unit of its own to look up.
 */
function distributeCollectiveHead(group: UnitDraft[]): void {
	for (let i = 0; i + 1 < group.length; i++) {
		// `中央、省驻市有关单位`: the central bodies in the city, written as the province's are.
		if (group[i].name === '中央' && group[i + 1].collective && foldVocabulary(group[i + 1].name.slice(0, 2)) === '省驻') {
			group[i].collective = true;
		}
	}
	for (let i = 1; i < group.length; i++) {
		const before = group[i - 1];
		// Folded: `各鄉鎮人民政府、黨委`.
		if (!before.collective || !BODY_OF_EACH_PLACE.includes(foldVocabulary(group[i].name))) {
			continue;
		}
		const beforeName = foldVocabulary(before.name);
		const body = BODY_OF_EACH_PLACE.find((candidate) => beforeName.endsWith(candidate) && before.name.length > candidate.length);
		if (body) {
			group[i].name = before.name.slice(0, -body.length) + group[i].name;
			group[i].completed = true;
			group[i].collective = true;
		}
	}
	for (let i = 1; i < group.length; i++) {
		if (group[i - 1].collective && MANY_IN_EACH_PLACE.includes(foldVocabulary(group[i].name))) {
			group[i].collective = true;
		}
	}
}

/**
 * The suffix a street takes where a list of towns and streets writes a government's suffix once with
 * the street office's beside it (`城关镇、东关街道、…、李集乡人民政府（办事处）`): 办事处, not 人民政府.
 */
function streetSuffixBeside(suffix: string, qualifier: string | undefined): string | undefined {
	const plain = qualifier === undefined ? undefined : foldVocabulary(qualifier);
	// As written: `（辦事處）` gives 辦事處.
	return (suffix === '人民政府' || suffix === '政府') && qualifier !== undefined && (plain === '办事处' || plain === '街道办事处') ? qualifier.slice(-3) : undefined;
}

function distributeSuffix(group: UnitDraft[], read: readonly UnitPiece[]): void {
	for (let last = group.length - 1; last > 0; last--) {
		// A name completed already is no longer the name as read.
		const suffix = group[last].completed ? sharedSuffixOf(group[last].name) : read[last].sharedSuffix;
		if (!suffix) {
			continue;
		}
		let first = last;
		const streetSuffix = streetSuffixBeside(suffix, group[last].qualifier?.text);
		const level = levelBeforeSuffix(group[last].name, suffix);
		for (; first > 0; first--) {
			const before = group[first - 1];
			if (endsWithPlace(before.name) && !hasSharedSuffix(before.name)) {
				before.name += streetSuffix && before.name.endsWith('街道') ? streetSuffix : suffix;
			} else if (level !== undefined && isBarePlace(before)) {
				// `哈爾濱、黑河、綏芬河市政府負責` (黑龙江 2013): each city's government, 市 written once with it.
				before.name += level + suffix;
			} else {
				break;
			}
			before.completed = true;
		}
		if (first === last) {
			continue;
		}
		distributeCollectiveStart(group, first, last, suffix);
		// 徐州经开区、高新区管委会: the city of the first zone names the others too.
		const head = splitZone(group[first].name.slice(0, -suffix.length));
		if (head && head.place.length >= 2) {
			for (let i = first + 1; i <= last; i++) {
				const bare = group[i].name.slice(0, -suffix.length);
				if (isBareZone(bare)) {
					group[i].name = head.place + group[i].name;
					group[i].completed = true;
				}
			}
		}
		last = first;
	}
}

/**
 * The level of the place a shared suffix follows (`市` of `綏芬河市政府`), as written, when that place is a
 * city's or county's name (two ideographs at least), no collective's (`相关市政府`) and no zone's
 * (`滁州经开区管委会`, whose 区 no bare name before it takes: `市人行、滁州经开区管委会`).
 */
function levelBeforeSuffix(name: string, suffix: string): string | undefined {
	const place = foldVocabulary(name.slice(0, -suffix.length));
	return /^[\u4e00-\u9fff]{2,4}[市县]$/.test(place) && !isCollectiveName(place) ? name.slice(-suffix.length - 1, -suffix.length) : undefined;
}

/**
 * A place named bare in a list, before a place with its level and the suffix written once (`黑河`
 * before `綏芬河市政府`): two to four ideographs ending as no body does (a place may end in 州: `杭州`),
 * opening with no level (`市人行`), and no body or department's field written short (`人行`; `财政`,
 * `发改`: 财政局, 发改委).
 */
function isBarePlace(unit: UnitDraft): boolean {
	const name = foldVocabulary(unit.name);
	if (unit.collective || unit.completed || unit.qualifier || !/^[\u4e00-\u9fff]{2,4}$/.test(name) || levelPrefixOf(name) !== undefined) {
		return false;
	}
	if (looksLikeUnitName(name) && !PLACE_END_AS_BODY.test(name)) {
		return false;
	}
	return !LOCAL_BODY_NAMES.has(name) && !FIELD_ENDS.some((end) => LOCAL_BODY_NAMES.has(name + end)) && !opensCatalogName(name) && !SHORT_FORM_WORDS.has(name);
}

/**
 * A place's last character that ends a body's name too: 州, 盟, 旗 (杭州, 锡林郭勒盟), and 台 after one character (东台,
 * 邢台, 烟台: a reviewer, `东台、大丰、兴化市政府` left 东台 bare), not a station's (电台, 平台; 电视台, 气象台, 天文台).
 */
const PLACE_END_AS_BODY = /[州盟旗]$|^(?![电平站舞])[\u4e00-\u9fff]台$/;

/** What a department's field written short (`财政`, `发改`) is completed with to a name of the catalog. */
const FIELD_ENDS = ['局', '委', '办', '厅'];

/** The catalog's bodies by every name, national ones without 国家/中国/中央 too (民航局 of 中国民用航空局, 海关总署). */
const CATALOG_NAMES: readonly string[] = [...LOCAL_BODIES, ...NATIONAL_BODIES].flatMap((line) => line.split('|')).flatMap((name) => [name, name.replace(/^(?:国家|中国|中央)/, '')]);

/** A word a body of the catalog opens with: a field written short (`民航` of 民航局, `消防` of 消防救援大队, `海关`, `气象`). */
function opensCatalogName(word: string): boolean {
	return CATALOG_NAMES.some((name) => name.length > word.length && name.startsWith(word));
}

/**
 * Short forms a list writes for a field, an agency, a trade or a state company, not in the catalog: no place
 * (`民航、哈尔滨市政府`, `交警、消防、大庆市政府`, `国网、清河县政府` are no 民航市政府, 交警市政府, 国网县政府: a reviewer).
 * Folded.
 */
const SHORT_FORM_WORDS: ReadonlySet<string> = new Set([
	'民航', '铁路', '中铁', '国铁', '边检', '交警', '消防', '武警', '驻军', '部队', '海事', '海关', '国检', '口岸',
	'国网', '电网', '电力', '供电', '供水', '供气', '电信', '移动', '联通', '铁塔', '广电', '邮政', '邮储', '烟草', '石油', '石化', '中石油', '中石化',
	'银行', '保险', '证券', '银保监', '金融', '人行', '工行', '农行', '中行', '建行', '农发行', '国开行',
	'物价', '粮食', '卫生', '宣传', '环卫', '环保', '海洋', '渔业', '林业', '农业', '工业', '水文', '气象', '地震', '质监', '工商', '国税', '地税', '税务',
	'城管', '国资', '高校', '医院', '学校', '企业', '园区', '街道', '社区', '乡镇', '村居', '工会', '团委', '妇联', '共青团',
]);

/**
 * `相关市、县政府` (黑龙江 2013), `有关县、区政府`: the collective's first word is every level's after it,
 * the suffix written once: 相关县政府, as `各县、市、区政府` is one collective (see COLLECTIVE_PLACES).
 */
function distributeCollectiveStart(group: UnitDraft[], first: number, last: number, suffix: string): void {
	const head = /^(各|相关|有关|其他|其它)[市县区州镇乡旗]$/.exec(foldVocabulary(group[first].name.slice(0, -suffix.length)));
	if (head === null) {
		return;
	}
	for (let i = first + 1; i <= last; i++) {
		const unit = group[i];
		if (unit.name.length === suffix.length + 1 && /^[市县区州镇乡旗]$/.test(foldVocabulary(unit.name.slice(0, 1)))) {
			unit.name = group[first].name.slice(0, head[1].length) + unit.name;
			unit.completed = true;
			unit.collective = true;
		}
	}
}

/**
 * The State Council's ministries and administrations (交通运输部, 交通部, 财政部, 税务总局): no level has one of its
 * own, so a list's level prefix is never theirs (`市财政局、交通部` read 市交通部, a unit no registry holds).
 */
const MINISTRIES: ReadonlySet<string> = new Set(NATIONAL_BODIES.flatMap((names) => names.split('|')).filter((name) => (name.endsWith('部') || name.endsWith('总局')) && !name.startsWith('国')));

/**
 * A national body the catalog names with the State's word (`国家发展改革委`, `国务院国资委`, `中国地震局`, `中央网信办`), by
 * such a word (`国务院扶贫办`), or an office of a national administration in a place (`国家税务总局临川区税务局`): a
 * list's level prefix is never its (`市发改委、国家发展改革委` read 市国家发展改革委, `区农业农村局、国家税务总局临川区税务局`
 * 区国家…: a reviewer). Not any 国家…局: a city's 国家税务局, 国家安全局 and 国家保密局 were named so (a real table, before
 * 2018: `市财政局、国家税务局、地方税务局`, its 市国家税务局). Folded.
 */
const NATIONAL_NAMES: ReadonlySet<string> = new Set(NATIONAL_BODIES.flatMap((names) => names.split('|')).filter((name) => /^(?:国家|国务院|中国|中央|中共中央)/.test(name)));
const NATIONAL_OPENING = /^(?:国务院|中共中央|国家[\u4e00-\u9fff]{1,10}总局|全国(?:总工会|妇联|妇女联合会|工商联|工商业联合会|科协|侨联|文联|残联)$)/;

/** Whether a list's level prefix written once may never be given to `name` (folded): a ministry's or a national body's. */
function namesNationalBody(name: string): boolean {
	return MINISTRIES.has(name) || NATIONAL_NAMES.has(name) || NATIONAL_OPENING.test(name);
}

function markLevelPrefix(group: UnitDraft[], read: readonly UnitPiece[]): void {
	if (group.length < 2) {
		return;
	}
	markListLevelPrefix(group, read);
	markAgencyPlace(group);
}

/*
 * 州, 盟 and 旗 are not shared across a list as 市 is (`州财政局、发改委` leaves 发改委 bare): a county's notice names the
 * prefecture's bodies beside its own written bare (`州发改委、财政局、住建局`, its own 财政局), and 州 shared made them
 * the prefecture's, unknown-unit under its registries (a reviewer; tried and taken back).
 */

function markListLevelPrefix(group: UnitDraft[], read: readonly UnitPiece[]): void {
	const prefix = levelPrefixOf(group[0].name);
	if (!prefix) {
		return;
	}
	const partyPrefix = partyCommitteePrefix(group[0].name);
	for (let i = 1; i < group.length; i++) {
		const unit = group[i];
		if (!unit.collective && levelPrefixOf(unit.name) === undefined && (unit.completed ? takesLevelPrefix(unit.name) : read[i].takesLevelPrefix) && !namesOwnPlace(unit.name) && !opensWithOwnPlace(unit.name) && !namesNationalBody(foldVocabulary(unit.name))) {
			unit.levelPrefix = partyPrefix && isPartyDepartment(unit.name) ? partyPrefix : prefix;
		}
	}
}

/**
 * `无锡国税局、地税局` (无锡 2011): the place a tax, weather or post bureau of the unit before names is the
 * bare one's after it too (无锡地税局), as a level prefix is (`市发改委、财政局`), and in its stead: the
 * state's bureaus are the place's, not the level's (`市发改委、无锡国税局、地税局` is no 市地税局). Only from
 * the unit just before, only to such a bureau named bare; whether it is given depends, as a level
 * prefix, on the writer's habit across the notice (`无锡国税局、无锡地税局`: see levelPrefixHabit).
 */
function markAgencyPlace(group: UnitDraft[]): void {
	let place: string | undefined;
	for (let i = 1; i < group.length; i++) {
		const unit = group[i];
		place = place !== undefined && group[i - 1].levelPrefix === place ? place : agencyPlaceOf(group[i - 1].name);
		// Not the State's own administration: `江州国税局、国家税务总局` is no 江州国家税务总局.
		if (place !== undefined && !unit.collective && !unit.completed && unit.name.endsWith('局') && AGENCY_BUREAU.test(foldVocabulary(unit.name)) && !namesNationalBody(foldVocabulary(unit.name))) {
			unit.levelPrefix = place;
		}
	}
}

/** A bureau of a state agency organised by place (国税局, 地税局, 税务局, 气象局, 邮政管理局, 烟草专卖局, 电力局), folded. */
const AGENCY_BUREAU = /^(?:国税|地税|税务|国家税务|地方税务|气象|邮政|烟草|电力)[\u4e00-\u9fff]{0,4}局$/;

/** Such a bureau after its place (`无锡国税局`, `江州市税务局`): the place, folded; not a level alone (`市国税局`), nor `地方税务局`. */
const PLACED_AGENCY_BUREAU = /^([\u4e00-\u9fff]{2,6}?)(?:国税|地税|税务|国家税务|地方税务|气象|邮政|烟草|电力)[\u4e00-\u9fff]{0,4}局$/;

/** The place `name` opens with before a bureau of AGENCY_BUREAU, as written. */
function agencyPlaceOf(name: string): string | undefined {
	if (name.length < 5 || !name.endsWith('局') || levelPrefixOf(name) !== undefined) {
		return undefined;
	}
	const match = PLACED_AGENCY_BUREAU.exec(foldVocabulary(name));
	return match !== null && isAgencyPlace(match[1]) ? name.slice(0, match[1].length) : undefined;
}

/**
 * A city's or county's proper name (无锡, 江州市, 清河县), folded: no zone (`高新区税务局、气象局` is no 高新区气象局, a
 * zone has no weather or post bureau: a reviewer), no town, no collective (`各县税务局、气象局` is no 各县气象局), no
 * body's or nation's word.
 */
function isAgencyPlace(place: string): boolean {
	return !/地方|国家|中国|中央|[局委办厅部院省]/.test(place) && !/[区镇乡道村园]$|开发|高新|经开|保税|综保/.test(place) && !/^(?:各|有关|相关|其他|其它|全|本|该|所属)/.test(place) && !isCollectiveName(place);
}

/** `市委宣传部` → `市委`: the party committee a list names first, whose departments may follow bare. */
function partyCommitteePrefix(name: string): string | undefined {
	return name.length > 3 && name.charCodeAt(1) === 0x59d4 /* 委 */ && isPartyDepartment(name) ? name.slice(0, 2) : undefined;
}

/**
 * `市委组织部、宣传部、统战部`: the party committee's departments are 部, a government's are 局, 委 or
 * 办, so a bare 部 after 市委X部 is the committee's (市委统战部), not 市统战部. 人武部 and 武装部 are the army's.
 */
function isPartyDepartment(name: string): boolean {
	return name.endsWith('部') && !name.endsWith('武部') && !foldVocabulary(name).endsWith('武装部');
}

/** How many unit groups repeat the level prefix, and how many leave it off (see writerRepeatsLevelPrefix). */
export interface PrefixHabits {
	repeated: number;
	omitted: number;
}

/** Counts of a few groups each, made once: a run of tasks (a 2 MB notice keeps nine thousand) names one to three groups. */
const FEW_HABITS: ReadonlyArray<ReadonlyArray<Readonly<PrefixHabits>>> = Array.from({ length: 8 }, (_, repeated) => Array.from({ length: 8 }, (_, omitted) => Object.freeze({ repeated, omitted })));

/** Counts that are not to be changed: shared when small. */
export function prefixHabitsOf(repeated: number, omitted: number): Readonly<PrefixHabits> {
	return repeated < 8 && omitted < 8 ? FEW_HABITS[repeated][omitted] : { repeated, omitted };
}

/** `counts` with one more group of PrefixHabit bits `habit`. */
export function countPrefixHabit(counts: PrefixHabits, habit: number): void {
	counts.repeated += habit & PrefixHabit.Repeated;
	counts.omitted += (habit & PrefixHabit.Omitted) >> 1;
}

/**
 * Some writers put the prefix once (`市发改委、工信局、科技局`), others on every city unit
 * (`市发改委、市财政局`, where a bare `舟山银保监分局` is not a city department). Groups that repeat
 * the prefix outnumbering those that leave it off means the writer repeats it, and bare names stand
 * as written. Counted group by group (countPrefixHabit): a reading keeps two numbers, not the groups.
 */
export function writerRepeatsLevelPrefix(counts: PrefixHabits): boolean {
	return counts.repeated > counts.omitted;
}

/** What one group shows of the writer's habit (PrefixHabit bits): a function of the group alone, so it may be kept with it. */
export const enum PrefixHabit {
	Repeated = 1,
	Omitted = 2,
}

export function levelPrefixHabit(group: ReadonlyArray<{ name: string; levelPrefix?: string }>): number {
	if (group.length < 2) {
		return 0;
	}
	let habit = 0;
	const prefix = levelPrefixOf(group[0].name);
	for (let i = 1; i < group.length; i++) {
		// `市发改委、市财政局`; `无锡国税局、无锡地税局`, a place written again.
		const place = agencyPlaceOf(group[i - 1].name);
		if ((prefix !== undefined && levelPrefixOf(group[i].name) === prefix) || (place !== undefined && agencyPlaceOf(group[i].name) === place)) {
			habit |= PrefixHabit.Repeated;
			break;
		}
	}
	if (group.some((unit) => unit.levelPrefix !== undefined)) {
		habit |= PrefixHabit.Omitted;
	}
	return habit;
}
