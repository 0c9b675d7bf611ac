import { isUnitRole, labelRole, type UnitRole } from '../syntax/fieldLabels';
import { isLineBreakOrIndent, isListSeparator, isWhiteSpace } from '../text/characters';
import type { Span } from '../text/lineIndex';
import { stripGlosses } from '../text/glosses';
import { foldCode, foldVocabulary, traditionalFormsOf } from '../text/vocabularyFold';
import { findFirstListedLeads, hasSharedSuffix, isCollectiveName, isSocietyName, LOCAL_BODY_NAMES, isLeaderName, levelPrefixOf, looksLikeUnitList, looksLikeUnitName, looksLikeNote, mayEndUnitName, namesOwnPlace, opensAsCollective, opensWithOwnPlace, sharedSuffixOf, takesLevelPrefix } from '../units/unitNames';
import type { NoticeText } from '../text/noticeText';
import { pageBreakLinesIn } from './documentParts';
import { groupWordsAt, groupWordsBeforeLabelWord, groupWordsBeforeList } from '../syntax/groupPrefix';
import { timeWordAt } from '../text/timeWords';

/**
 * Every way a lead and its helpers are written without a label (class 2): verbs after a unit list
 * inside a parenthesis (`（A、B负责）`, `（A牵头，B参与）`, `（A会同B负责）`, `（A、B按职责分工负责）`),
 * a bare unit in parentheses (`（民政局）`), a heading (`（一）省监察厅牵头的工作`), prose (`由A会同B
 * 负责落实`, the last clause `A牵头负责。`). Lists are returned as document offsets; reading them into
 * units and deciding the lead is left to the caller. Traditional forms (牽頭, 負責, 會同) read the same.
 */

/** A unit list with the role its wording gives it. */
export interface WordedList {
	role: UnitRole;
	start: number;
	end: number;
}

export interface WordedParenthesis {
	lists: WordedList[];
	/** A `列第一位者为牵头单位，下同` segment inside it. */
	convention?: Span;
}

/** A role verb at the end of a list, before its separator or the text's end (`各区人民政府配合`, `…等按职责分工负责。`). */
const LIST_VERB = /等?(?:按职责分工负责|按职责负责|分工负责|分别负责|共同负责|负责落实|牵头负责|牵头落实|分别牵头|共同牵头|牵头|主办|参与|配合|协助|协办|负责)(?=[，,；;。]|$)/g;

/** Text without the verbs that end its lists (folded to Simplified first): what is left of a worded list is names. */
export function withoutRoleVerbs(text: string): string {
	if (!ANY_VERB.test(foldVocabulary(text))) {
		return text;
	}
	return foldVocabulary(text).replace(LIST_VERB, '');
}

/**
 * 牵头 and the lead's own words for its part: `（省发展改革委牵头抓总）`, `牵头组织实施`, `牵头办理` (a false
 * missing-lead without them); `(市生态环境局、发展和改革局、工业和信息化局牵头督导,市公安局、自然资源局参与)` (a 2019 plan):
 * its watch over the others. A heading words its lead so too (`一、市发改委牵头协调的工作`). The words may be two
 * (`市政府督查室牵头督导检查，市委督查室配合`, `牵头协调推进`: a probe's lead lost, only the helpers read); `（年底前县发改局牵头完成，县财政局配合）`
 * (a reviewer's: the lead lost; `（县发改局牵头完成）` a false missing-lead).
 */
const LEAD_WORK = '负责|落实|实施|推进|完成|抓总|组织|办理|督导|督办|督促|协调|统筹|指导';
/** What a lead's second word of its part may be (`牵头督导检查`, `牵头组织实施`, `牵头统筹推进`). */
const LEAD_WORK_AFTER = '检查|落实|实施|推进|调度|督促|协调';
const LEAD_VERB_COMPOUNDS = `牵头(?:${LEAD_WORK})(?:${LEAD_WORK_AFTER})?`;
/** A lead's compound ending a clause (see LEAD_VERB_COMPOUNDS). */
const ENDS_WITH_LEAD_COMPOUND = new RegExp(`(?:${LEAD_VERB_COMPOUNDS})$`);

/** The idiom of each doing its part (`各司其职`, `各负其责`): no body's name, alone or after one (`各部门各司其职抓好落实`). */
const EACH_DOING_ITS_PART = '各司其职|各负其责|各尽其责|各尽其职|各履其职';
const EACH_PART_ALONE = new RegExp(`^(?:${EACH_DOING_ITS_PART})$`);
const EACH_PART_OPENING = new RegExp(`^(?:${EACH_DOING_ITS_PART})`);

/**
 * The words taking the work in hand before a responsible list's verb, no part of its names (`属地乡镇抓好落实`, `各乡镇切实抓好落实`,
 * `各乡镇具体实施`: 「属地乡镇抓好」 was read, a review's), as an adverb before a helper's verb is not; nor is the idiom of
 * each doing its part (`各部门各司其职抓好落实`, `…，各司其职抓好落实。`: 「各司其职」 was read a unit, a review's). 负责 before them
 * where the body takes the work in hand itself (`各乡镇负责具体实施`: a review's false missing-lead); not before 督促, 推动, which
 * watch over others' work (`以上工作由镇党政办负责督促落实。` under a table gives no row a unit). 组织 too, the body organizing the work
 * it carries out (`各乡镇负责组织实施。` was a false missing-lead, `各乡镇组织实施。` read 「各乡镇组织」).
 */
const TAKING_IN_HAND = `(?:${EACH_DOING_ITS_PART})?(?:负责(?=认真|切实|全力|具体|全面|扎实|抓好|做好|狠抓|抓紧|贯彻|组织))?(?:认真|切实|全力|具体|全面|扎实|积极|严格)?(?:抓好|做好|狠抓|抓紧|贯彻|推动|督促|组织)?`;

/**
 * How all work together before the helper's verb (`密切配合`, `相互配合`, `协作配合`: a second review's false missing-leads after 各司其职),
 * no part of the helpers' names (`县住建局牵头，各乡镇相互配合。` read 「各乡镇相互」, `…，县财政局协调配合。` lost 县财政局: round 62's).
 */
const JOINT_MANNER = '积极|密切|全力|共同|大力|主动|通力|相互|紧密|协调|协作|团结';

/** Verbs that end a unit list, longest first; matched in vocabulary-folded text. */
const ROLE_VERBS: ReadonlyArray<readonly [RegExp, UnitRole]> = [
	// The lead's first: `（市发改委牵头负责落实，市财政局配合）` is no list `市发改委牵头` before 负责落实 (its lead was lost).
	[new RegExp(`(等)?(${LEAD_VERB_COMPOUNDS}|分别牵头|共同牵头|联合牵头|牵头|主办)$`), 'lead'],
	[new RegExp(`(等)?${TAKING_IN_HAND}(按职责分工负责|按职责分工落实|按职责负责|分工负责|分别负责|共同负责|负责落实|负责实施|负责推进)$`), 'responsible'],
	// `各部门积极配合`, `县财政局密切配合`: the adverb is no part of the names (「各部门积极」 read, 县财政局 lost), as in HELPERS_LINE.
	// Not the words of working together after a bare place (`县住建局负责，属地相互配合。`: review R2's false missing-lead, where
	// 「属地相互」 read a helper and the lead was kept; 属地配合 after a bare 负责 reads none).
	[new RegExp(`(等)?(?:积极|密切|全力|共同|大力|主动|(?<!属地|政府)(?:${JOINT_MANNER}))?(参与|配合|协助|协办|配合落实)$`), 'other'],
	[new RegExp(`(等)?${TAKING_IN_HAND}(负责|落实|实施)$`), 'responsible'],
	// `县住建局牵头，各乡镇各司其职。`: the bodies doing each its part are charged, as with `各司其职抓好落实` (a review's false missing-lead).
	[new RegExp(`(等)?(${EACH_DOING_ITS_PART})$`), 'responsible'],
];
const CONCERT = '会同';

/**
 * A verb that ends a list, then 、 and the next list (海曙 2023: `经济投资局和航空口岸局分别牵头、区发改局`):
 * the 、 separates the lists as a comma does. Replaced by ，, one character for one, so offsets hold.
 */
function listsAfterVerbs(folded: string): string {
	return folded.indexOf('、') < 0 ? folded : folded.replace(VERB_THEN_LIST, '$1，');
}
const VERB_THEN_LIST = /(牵头|主办|负责|参与|配合|协助|协办|落实|实施)、/g;

/** Whether folded text names a role verb anywhere (a cheap test before reading a parenthesis). */
const ANY_VERB = /(负责|牵头|主办|参与|配合|协助|协办|会同|落实|实施)/;

/**
 * Reads one segment of worded roles (`由A会同B负责`, `A牵头`, `B参与`) at `offset` in the document.
 * `requireUnits`: every list must read as units (prose needs this; a parenthesis of roles does not).
 */
function readSegment(folded: string, offset: number, requireUnits: boolean, lists: WordedList[], afterCounty = false): boolean {
	let start = 0;
	let end = folded.length;
	while (start < end && /[\s\u3000]/.test(folded[start])) {
		start++;
	}
	while (end > start && /[\s\u3000。.]/.test(folded[end - 1])) {
		end--;
	}
	// 以上任务由A牵头, （以上三项由A牵头）, 以上任务A牵头: a group line's words are no part of the list (see groupPrefix).
	start += groupWordsAt(folded, start) || groupWordsBeforeList(folded, start);
	// 此项工作由A牵头负责, 该项任务由A牵头: the task's own work named before 由 is no part of the list.
	start += thisWorkAt(folded, start);
	// 今年县发改局牵头, 年底前由县发改局牵头完成, 去年起由县发改局牵头: the time word is no part of the list.
	start += timeWordAt(folded, start);
	// 由A负责, 请A牵头: the preposition is no part of the list.
	let byPreposition = folded.startsWith('由', start) || folded.startsWith('请', start);
	if (byPreposition && BECAUSE.test(folded.slice(start, start + 3))) {
		// 由于A负责统筹不力: "because", no preposition; its 于 began the list (`由于县财政局负责。` read 「于县财政局」).
		return false;
	}
	if (byPreposition) {
		start++;
	}
	// 由A牵头，会同B负责: after a comma 会同 is "together with", B shares the work (the list was one unit 会同B, as if of
	// the place 会同县); 会同县人民政府负责 is that place, unless a county's own bodies stand before the comma (afterCounty).
	start += concertOpening(folded, start, afterCounty);
	let role: UnitRole | undefined;
	let listEnd = end;
	for (const [verb, verbRole] of ROLE_VERBS) {
		const match = verb.exec(folded.slice(start, end));
		if (match && match.index > 0) {
			role = verbRole;
			listEnd = start + match.index + organizedByParty(folded.slice(start, start + match.index), match[0]);
			break;
		}
	}
	if (requireUnits && role === 'other' && !byPreposition) {
		// `县住建局牵头，协调县财政局配合。` (a review's: the helper lost, 「协调县财政局」 on the base): the bodies the lead's verb guides help.
		start += guidedLength(folded.slice(start, listEnd));
	}
	if (!byPreposition) {
		// `县城建设由县住建局牵头`: the theme before 由 inside the clause is no part of the lead (it was read 「县城建设由县住建局」).
		const by = folded.indexOf('由', start + 1);
		if (by > start && by < listEnd && !WORD_WITH_BY.includes(folded.charAt(by - 1)) && !BECAUSE.test(folded.slice(by, by + 3)) && !looksLikeUnitName(folded.slice(start, by)) && looksLikeUnitList(withoutLeadVerb(folded.slice(by + 1, listEnd)))) {
			start = by + 1;
			byPreposition = true;
		}
	}
	let concert = concertFrom(folded, start);
	// After 由 or 请 the name is the lead by grammar (`由推进城市更新工作组会同市住建局负责`), never a clause skipped.
	const opening = requireUnits && !byPreposition && concert > start && concert < listEnd ? folded.slice(start, concert).split('、')[0] : '';
	if (opensWithTheme(opening)) {
		const by = folded.lastIndexOf('由', concert);
		if (by > start && !WORD_WITH_BY.includes(folded.charAt(by - 1))) {
			// `推进农村改厕工作由市农业农村局会同市卫健委负责`: the lead follows 由 inside the clause (not 自由贸易试验区管委会's);
			// where no units follow it (`推动由县级统筹向市级统筹转变会同…`) the clause is not skipped to 会同's partners either.
			if (looksLikeUnitList(withoutLeadVerb(folded.slice(by + 1, concert)))) {
				start = by + 1;
				byPreposition = true;
			}
		} else if (opensAsClause(opening)) {
			// `打造区域性物流中心会同市商务局负责。`: the task's theme before 会同 is no lead, as before `，会同B负责`; B shares.
			start = concert + CONCERT.length;
			concert = concertFrom(folded, start);
		}
	}
	if (concert > start && concert < listEnd) {
		// A会同B负责: A leads, B shares. `由A牵头会同B负责`: 牵头 is no part of A's name.
		let leadEnd = concert;
		if (byPreposition && folded.startsWith('牵头', concert - 2) && looksLikeUnitList(folded.slice(start, concert - 2))) {
			leadEnd = concert - 2;
		}
		const first = folded.slice(start, leadEnd);
		let second = folded.slice(concert + CONCERT.length, listEnd);
		if (role === undefined && !requireUnits) {
			return false;
		}
		if (requireUnits && byPreposition && second.length > 0) {
			// 由A会同B等部门研究提出落实意见 (国办函 2014): 会同 names the lead and its partners whatever work follows
			// them, which are no part of the partners' names even where these read as a name (`驻县高校研究提出…清单`).
			const partners = partnersBeforeWork(second);
			if (partners > 0 && namesWorkOf(folded, concert + CONCERT.length + partners, end)) {
				second = second.slice(0, partners);
				listEnd = concert + CONCERT.length + partners;
			}
		}
		if (!looksLikeUnitList(first)) {
			return false;
		}
		if (BARE_PLACE.test(first.trim())) {
			// `由政府会同县财政局负责`: no body leads (see BARE_PLACE); its partners share the work, as after `政府牵头，会同…`.
			if (second.length === 0 || !readsAsPartners(second)) {
				return false;
			}
			lists.push({ role: 'responsible', start: offset + concert + CONCERT.length, end: offset + listEnd });
			return true;
		}
		if (second.length > 0 && !readsAsPartners(second)) {
			// 由县发改局会同社会资本研究提出合作方案, 由县住建局会同设计单位…: partners that are no bodies of a
			// registry; the lead stands (not in `由A会同B提出的清单`, a thing they made).
			if (!requireUnits || !byPreposition || !namesWorkOf(folded, concert + CONCERT.length, end, MAX_PROSE_PARTNERS)) {
				return false;
			}
			lists.push({ role: 'lead', start: offset + start, end: offset + leadEnd });
			return true;
		}
		lists.push({ role: 'lead', start: offset + start, end: offset + leadEnd });
		if (second.length > 0) {
			lists.push({ role: 'responsible', start: offset + concert + CONCERT.length, end: offset + listEnd });
		}
		return true;
	}
	const list = folded.slice(start, listEnd);
	// `县住建局牵头，属地、县财政局配合。` (a review's: 「属地」 read a helper): a bare place beside bodies names none (BARE_PLACE), as society does not.
	// Joined by 和 only among helpers (`县财政局和属地配合`): charged (`由县住建局负责，县财政局和属地负责。`) it read as before
	// (review R2's: both charged, a lead-not-designated main did not give).
	const barePlaceAmong = namesBarePlaceAmong(list, role === 'other');
	if (role !== undefined && (role === 'other' || barePlaceAmong) && list.length > 0 && (barePlaceAmong || namesSociety(list) || namesOutsideParentheses(list).some((name) => societyJoinedAt(name) > 0))) {
		// `县住建局牵头，县财政局、社会力量配合。` (a probe's: 县财政局 lost): the bodies beside society help, society is no unit.
		const runs = bodiesBesideSociety(list, requireUnits);
		if (runs) {
			for (const [from, to] of runs) {
				lists.push({ role, start: offset + start + from, end: offset + start + to });
			}
			return true;
		}
	}
	// `坚持政府牵头，部门配合。`: a bare 部门 or 单位 names no body (an empty-field, 「」后没有单位, and a missing-lead); nor does
	// society (`县住建局牵头，社会参与。`: 「社会」 was a helper; see isSocietyName), in a parenthesis too, nor a bare place (BARE_PLACE).
	if (role === undefined || list.length === 0 || (requireUnits && (!looksLikeUnitList(list.replace(/等$/, '')) || /^(?:部门|单位)$/.test(list))) || namesSociety(list) || BARE_PLACE.test(list) || namesEachPart(list) || guidesBodies(list)) {
		// 由A牵头研究提出意见, 由A牵头研究落实: 牵头 after the list names the lead, whatever work follows it; in a parenthesis too
		// (`（由县财政局牵头研究制定）` read none where `（由县财政局牵头）` reads), the list read as units all the same.
		const lead = byPreposition ? folded.indexOf('牵头', start) : -1;
		if (lead > start && lead < end && namesWorkOf(folded, lead + 2, end) && looksLikeUnitList(folded.slice(start, lead).replace(/等$/, '')) && !namesSociety(folded.slice(start, lead)) && !BARE_PLACE.test(folded.slice(start, lead))) {
			lists.push({ role: 'lead', start: offset + start, end: offset + lead });
			return true;
		}
		// 由A负责统筹, 由A负责组织实施, 由A、B按职责分工负责落实 (and in a parenthesis): 由A负责 then the work it takes names A as
		// `由A负责。` does (a false missing-lead); not a thing it had (`由A负责的项目要…`, see namesWorkOf) nor its head (`由A负责人带队`, 负责同志).
		// Only bodies plainly named: `由产权单位负责维修养护`, `由政府负责兜底`, `由所在地政府负责统筹`, `由专班负责推进…` name a party
		// or the government at large, no unit of the task (a reviewer's: each read as its lead, an unknown-unit with a registry).
		const charge = byPreposition ? CHARGE_BEFORE_WORK.exec(folded.slice(start, end)) : null;
		if (charge && namesWorkOf(folded, start + charge[0].length, end) && looksLikeUnitList(charge[1]) && charge[1].split('、').every(isNamedBody)) {
			lists.push({ role: 'responsible', start: offset + start, end: offset + start + charge[1].length + (charge[2]?.length ?? 0) });
			return true;
		}
		return false;
	}
	if (!requireUnits) {
		// Inside a parenthesis of roles most names read as bodies (共青团中央 may not).
		const names = list.split(/[、，,]/).map((name) => name.replace(/等.*$/, '').trim()).filter((name) => name.length > 0);
		if (names.filter((name) => looksLikeUnitName(name)).length * 2 < names.length) {
			return false;
		}
	}
	lists.push({ role, start: offset + start, end: offset + listEnd });
	return true;
}

/**
 * The length of a responsible verb's 组织 (TAKING_IN_HAND) left in the list when its names are no bodies plainly named or
 * collectives of them, 0 otherwise: `由学校负责组织实施` names a party, no unit of the task, read as before 组织 was taken in hand
 * (see CHARGE_BEFORE_WORK, isNamedBody), where `各乡镇负责组织实施` charges the townships.
 */
function organizedByParty(list: string, verb: string): number {
	const organized = verb.lastIndexOf('组织');
	if (organized < 0 || namesOutsideParentheses(list.replace(/等$/, '')).every((name) => isNamedBody(name) || isPlainLeadName(name) || isCollectiveBody(name))) {
		return 0;
	}
	return organized + 2;
}

/**
 * 属地 alone, the place wherever the task lands, no body (`县住建局牵头，县财政局配合，属地负责。` read 「属地」 alone, the lead and helper
 * lost: a review's): the principle of 属地管理, which 属地乡镇, 属地政府 name the bodies of. And 政府 alone (`政府牵头，县财政局和社会资本参与。`
 * read 「政府」 as the lead, a review's): a notice names its own government with its level (县政府, 市人民政府; every government a lead
 * of the real texts is so named), and a bare 政府牵头 is a principle's wording (`坚持政府牵头`, `政府牵头、部门配合、社会参与`, `政府牵头，
 * 社会资本参与`), which names no body to lead the task: the bodies named beside it keep their roles.
 */
const BARE_PLACE = /^(?:属地|(?:人民)?政府)$/;

/** Whether a list of more than one name names a bare place among them (`属地、县财政局`, `县财政局和属地`: see BARE_PLACE). */
function namesBarePlaceAmong(list: string, joined: boolean): boolean {
	const names = namesOutsideParentheses(list);
	return (names.length > 1 && names.some((name) => BARE_PLACE.test(name.trim()))) || (joined && names.some(joinsBarePlace));
}

/** Whether 和, 及, 以及 or 与 joins a bare place after a name (`县财政局和属地`). */
function joinsBarePlace(name: string): boolean {
	const joined = JOINED_LAST.exec(name);
	return joined !== null && joined.index > 0 && isJoinedBarePlace(name.slice(0, joined.index), joined[2].replace(/等$/, '').trim());
}

/**
 * Whether a place joined after a name is bare (`县财政局和属地`); 政府 after a party committee takes its level, a body
 * (`各乡镇党委和政府负责落实。`: 各乡镇政府, `各级党委和政府`), as the list's shared level reads it.
 */
function isJoinedBarePlace(before: string, after: string): boolean {
	return BARE_PLACE.test(after) && !(/政府$/.test(after) && PARTY_COMMITTEE_END.test(before.trim()));
}
const PARTY_COMMITTEE_END = /[党黨](?:工)?委$/;

/**
 * Whether a list is the idiom of each doing its part, alone or before 、 (`…，各尽其责、抓好落实。`: a review's, 「各尽其责」 read responsible,
 * the lead and helper lost, where `…，各尽其责，抓好落实。` read them).
 */
function namesEachPart(list: string): boolean {
	const names = namesOutsideParentheses(list).map((name) => name.trim()).filter((name) => name.length > 0);
	return names.length > 0 && names.every((name) => EACH_PART_ALONE.test(name));
}

/**
 * Whether a list opens with the lead's work over the bodies after it (`指导各乡镇`, `督促县财政局`, `组织各部门`): the lead's verb is
 * no part of a name (`县住建局牵头，指导各乡镇抓好落实。`: a review's, 「指导各乡镇」 read as the task's lead, 县住建局 lost), so no list.
 * Not a body the verb's characters open (`组织部`, `统筹城乡发展办公室`, `协调推进组`, `指导中心`: a review's false missing-leads, the
 * verb read off them), unless the names after the verb are bodies a lead guides (see guidedLength).
 */
function guidesBodies(list: string): boolean {
	const verb = GUIDING_VERB.exec(list);
	return verb !== null && looksLikeUnitList(list.slice(verb[0].length).replace(/等$/, '')) && (guidedLength(list) > 0 || !BODY_END.test(namesOutsideParentheses(list)[0].trim()));
}
/** A body's name ending (`统筹城乡发展办公室`, `督导检查组`, `组织人事科`): a verb with the characters after it ending so names a body. */
const BODY_END = /(?:办公室|办|组|中心|科|室|局|委|部|处|站|所|队|院|馆|会|厅|社)$/;

/**
 * The length of the lead's verb opening a list (see GUIDING_OPENING) before bodies a lead guides: each with its level (`县财政局`,
 * `镇政府`) or a collective (`各乡镇`, `各部门`); 0 otherwise (`统筹城乡办`, `协调推进组`, `督促产权单位`: a body's own name or a party).
 */
function guidedLength(list: string): number {
	const verb = GUIDING_OPENING.exec(list);
	if (verb === null) {
		return 0;
	}
	const names = namesOutsideParentheses(list.slice(verb[0].length).replace(LIST_CLOSE, '')).map((name) => name.trim().replace(/[（(][^（）()]*[）)]/g, ''));
	// The first name with its level or a collective; after it as a list's names may be (`县财政局、审计局`).
	const first = (name: string): boolean => (levelPrefixOf(name) !== undefined && isHeadingUnit(name)) || LEVEL_GOVERNMENT.test(name) || LEVEL_GOVERNMENTS.test(name) || isLeadingCollective(name) || isCollectiveBody(name);
	return names.length > 0 && first(names[0]) && names.every((name) => isPlainLeadName(name) || isCollectiveBody(name)) ? verb[0].length : 0;
}
/**
 * Where the bodies a clause's opening verb guides begin, charged with the work or helping (`指导各乡镇抓好落实`: 2), 0 when it opens
 * with no such verb or no bodies a lead guides follow it (`指导各乡镇做好摸底调查`, `组织部负责落实`: see guidesBodies).
 */
function guidedAt(clause: string): number {
	const from = clause.search(/\S|$/);
	const verb = GUIDING_OPENING.exec(clause.slice(from));
	if (verb === null) {
		return 0;
	}
	const rest = clause.slice(from + verb[0].length);
	const read: WordedList[] = [];
	// Charged or helping (`协调县财政局配合`: a review's, the helper lost), not leading.
	if (!readSegment(rest, 0, true, read) || read.length !== 1 || read[0].role === 'lead' || read[0].start !== 0) {
		return 0;
	}
	return guidedLength(clause.slice(from, from + verb[0].length + read[0].end)) > 0 ? from + verb[0].length : 0;
}
/**
 * The lead's verbs over other bodies (see guidesBodies), one or two (`指导督促`), perhaps with the manner of its work before them
 * (`县住建局牵头，加强指导各乡镇抓好落实。`: round 62's, 「加强指导各乡镇」 read as the lead, 县住建局 lost).
 */
const GUIDING_OPENING = /^(?:加强|强化|切实|认真|积极|全力|具体)?(?:指导|督促|督导|组织|协调|统筹|带领|引导|帮助|推动|动员|支持)(?:指导|督促|督导|组织|协调|统筹|推动)?/;
/**
 * The same without the manner of its work: only where bodies after it are read (after `A牵头，`) does the manner open no name;
 * elsewhere a list it opens reads as main read it (`县住建局负责，加强指导各乡镇抓好落实。`: review R2's false missing-lead).
 */
const GUIDING_VERB = /^(?:指导|督促|督导|组织|协调|统筹|带领|引导|帮助|推动|动员|支持)(?:指导|督促|督导|组织|协调|统筹|推动)?/;

/**
 * Whether a clause is the lead's work over bodies a lead guides and nothing after them (`指导各乡镇`, `加强指导各乡镇`): no charge, the
 * lead's closing work as `指导各乡镇做好摸底调查` is (`县住建局牵头，加强指导各乡镇。` was round 62's false missing-lead).
 */
function guidesAlone(clause: string): boolean {
	const verb = GUIDING_OPENING.exec(clause);
	return verb !== null && guidedLength(clause) > 0 && namesUnitsAlone(clause.slice(verb[0].length));
}

/** Whether a list of a role names society (`社会`, `各类市场主体`, `相关企业等`: see isSocietyName, isSocietyPart), no body. */
function namesSociety(list: string): boolean {
	return namesOutsideParentheses(list).some(isSocietyPart);
}

/**
 * Whether a name of a list is society's (isSocietyName), or society joined by 和, 及, 以及 or 与 to a name that is no body
 * (keptBeforeSociety): `政府与社会资本` (a set phrase), `金融机构和企业`, `高校和社会各界`, `各类市场主体和社会资本` (each read
 * a helper before it, an unknown-unit with a registry).
 */
function isSocietyPart(name: string): boolean {
	const plain = name.replace(/等$/, '').trim();
	if (isSocietyName(plain)) {
		return true;
	}
	const joined = societyJoinedAt(plain);
	return joined > 0 && !keptBeforeSociety(plain.slice(0, joined));
}

/**
 * Whether the name before a conjunction joining society helps: a body plainly named (`县财政局和社会力量`, `县财政局等部门和…`),
 * a level's bank by its own name (`县农商银行和社会资本`, see LEVEL_BANK), a collective of bodies (`县直有关部门及社会各界`,
 * `各乡镇政府和…`), or of enterprises or institutions a clerk lists among the helpers (`各类企业和社会力量`, `各金融机构和…`, see
 * isSocietyName); not a bare category (`政府`, `金融机构`, `高校`, `县域银行`, `县商业银行`) or people (`全县人民`), nor society
 * itself (`各类市场主体`).
 */
function keptBeforeSociety(before: string): boolean {
	// Its bracketed part left out (`各乡镇（街道）和社会各界`, `各村（社区）和…`: a review's, none read where `各乡镇（街道）、社会各界` read 各乡镇（街道）).
	const name = before.replace(/等(?:有关|相关)?(?:部门|单位)?$/, '').replace(/[（(][^（）()]*[）)]/g, '').trim();
	return !isSocietyName(name) && (isHeadingUnit(name) || LEVEL_BANK.test(name) || isCollectiveBody(name) || (opensAsCollective(name) && COLLECTIVE_MEMBERS_END.test(name) && looksLikeUnitName(name)));
}
/** The members a collective of enterprises, institutions or villages names (`各类企业`, `各金融机构`, `各商业银行`, `各村（社区）`). */
const COLLECTIVE_MEMBERS_END = /(企业|机构|银行|协会|商会|村|社区)$/;
/**
 * A level's bank by its own name, one body of the level (`县农商银行`, `县农村商业银行`, `县农商行`, `县邮储银行`, `县农村信用联社`,
 * `县工商银行`): `县住建局牵头，县农商银行和社会资本参与。` read no helper (a review's) where `县农商银行参与` read it. Not a
 * category of banks with a level (`县域银行`, `县级银行`, `县商业银行`, `县国有银行`), which names no one body.
 */
const LEVEL_BANK = /^[省市县区](?:(?:农商|农村商业|农业发展|邮储|邮政储蓄|工商|农业|建设|交通|中国|人民)银行|农商行|农村信用(?:合作)?联?社)$/;

/**
 * The runs of names of a helpers' list that are no society's (`县财政局` of `县财政局、社会力量`), as [from, to) in it; undefined
 * when society's names are all it holds, or a run does not read as a list of bodies (`部门` of `部门、社会各界`: see readSegment).
 * A name beside society helps only as one before 和 society does (keptBeforeSociety): a bare category is society's there too
 * (`银行、社会资本参与`, `政府、社会资本参与` read 「银行」, 「政府」, an unknown-unit with a registry). A 、 inside a bracket parts
 * no name (`各县（市、区）和社会各界` read 「各县（市」).
 */
function bodiesBesideSociety(list: string, requireUnits: boolean): Array<[number, number]> | undefined {
	const runs: Array<[number, number]> = [];
	let runStart = -1;
	let runEnd = -1;
	let from = 0;
	for (const name of namesOutsideParentheses(list)) {
		const to = from + name.length;
		const joined = societyJoinedAt(name);
		if (joined > 0 && keptBeforeSociety(name.slice(0, joined))) {
			// `县财政局和社会力量`: the body before the conjunction helps.
			runs.push([runStart < 0 ? from : runStart, from + joined]);
			runStart = -1;
		} else if (isSocietyPart(name) || !keptBeforeSociety(name)) {
			if (runStart >= 0) {
				runs.push([runStart, runEnd]);
				runStart = -1;
			}
		} else {
			runStart = runStart < 0 ? from : runStart;
			runEnd = to;
		}
		from = to + 1;
	}
	if (runStart >= 0) {
		runs.push([runStart, runEnd]);
	}
	const reads = ([start, end]: [number, number]): boolean => {
		const run = list.slice(start, end).trim().replace(/等$/, '');
		return requireUnits ? looksLikeUnitList(run) && !/^(?:部门|单位)$/.test(run) : run.split('、').every((name) => looksLikeUnitName(name.trim()));
	};
	return runs.length > 0 && runs.every(reads) ? runs : undefined;
}

/**
 * Where 和, 及, 以及 or 与 joins society after a name (`县财政局和社会力量`, `县直有关部门及社会各界`), or a bare place, which names no
 * body as society does not (`县住建局牵头，县财政局和属地配合。`: round 62's, 县财政局 lost, where `属地、县财政局配合` read it; see
 * BARE_PLACE); or -1.
 */
function societyJoinedAt(name: string): number {
	const joined = JOINED_LAST.exec(name);
	if (joined === null) {
		return -1;
	}
	const after = joined[2].replace(/等$/, '').trim();
	return isSocietyName(after) || isJoinedBarePlace(name.slice(0, joined.index), after) ? joined.index : -1;
}
const JOINED_LAST = /(以及|和|及|与)([^和及与]+)$/;
const JOINED = /以及|和|及|与/;

/**
 * The first 会同 in folded text from `from` on that joins a lead and its partners, or -1: not the place 会同县 after a list's 、
 * (`（市交通运输局、会同县发改局负责）` read 县发改局 as 市交通运输局's partner, as concertIn reads a heading).
 */
function concertFrom(folded: string, from: number): number {
	let at = folded.indexOf(CONCERT, from);
	while (at > from && folded.charAt(at + CONCERT.length) === '县') {
		let before = at - 1;
		while (before > from && isWhiteSpace(folded.charCodeAt(before))) {
			before--;
		}
		if (folded.charCodeAt(before) !== 0x3001 /* 、 */) {
			break;
		}
		at = folded.indexOf(CONCERT, at + CONCERT.length);
	}
	return at;
}

/** 由于 "because" at a clause's start; 于都县, 于田县, 于洪区 are places whose bodies 由 names. */
const BECAUSE = /^由于(?![都田洪])/;

/** `A负责` and the work after it (see readSegment): A, 等, the adverb of 负责; never 负责人, 负责同志, 负责任 (nouns, an adjective). */
const CHARGE_BEFORE_WORK = /^(.+?)(等)?(?:按职责分工|按职责|分工|分别|共同)?负责(?!人|同志|任|$)/;

/**
 * A body named plainly enough to be given a task's work by `由A负责统筹`: one a heading names its lead by (isHeadingUnit), or a
 * place's government or department named with its place (`由于都县人民政府负责统筹`, `由县政府负责兜底保障`, `于都县财政局`),
 * not a generic one (`所在地政府`, `属地政府`, `党委政府`, `县乡两级政府`), a party (`产权单位`, `平台公司`, `施工单位`) nor a collective (`各县政府`).
 */
function isNamedBody(name: string): boolean {
	if (isCollectiveName(name) || !looksLikeUnitName(name)) {
		return false;
	}
	const placed = levelPrefixOf(name) !== undefined || opensWithOwnPlace(name);
	if (isHeadingUnit(name)) {
		// A company, a centre by its kind alone (`由平台公司负责融资建设`, `由物业公司负责维修`) is a party; `国网县供电公司`, `县人民医院` are bodies.
		return placed || namesOwnPlace(name) || !HEADING_BODY_END.test(name);
	}
	return sharedSuffixOf(name) !== undefined || (placed && takesLevelPrefix(name));
}

/**
 * Whether `由A负责` at `at` in the text (at 等, the adverb or 负责 after A's list) is one then its work, read as CHARGE_BEFORE_WORK
 * reads it (`由县财政局负责统筹`), not one ending its clause (`由县财政局负责，`, `…负责落实。`: ROLE_VERBS').
 */
export function chargesWorkAt(text: NoticeText, at: number): boolean {
	return CHARGE_TAIL.test(foldVocabulary(text.slice(at, at + 12)));
}
// A parenthesis's closing bracket ends the clause as a full stop does: `（由A负责，由B负责落实）` read A as lead, where prose reads none.
const CHARGE_TAIL = /^(?:等)?(?:按职责分工|按职责|分工|分别|共同)?负责(?!人|同志|任)(?!(?:落实|实施|推进)(?:[，,；;。.\s）)]|$))[^，,；;。.\s）)]/;

/**
 * A task's line `由A负责` then the work it takes (`1.由县财政局负责统筹。`, `由县财政局负责统筹，县审计局配合。`), from `start` to `end`:
 * what the line says without the work, as `由县财政局负责。` and `由县财政局负责，县审计局配合。` read (a lead of its own, over a
 * heading's: a task's own lead wins); undefined for any other line. Not after an adverb (`由A、B按职责分工负责组织实施`,
 * several responsible as without the work), nor for a party or the government at large (see isNamedBody); nor where the
 * line says more than its lead and helpers (its prose is then read as before).
 */
export function readChargeLine(text: NoticeText, start: number, end: number): HeadingDesignation | undefined {
	if (end - start < 6 || end - start > MAX_HEADING_WITH_HELPERS) {
		return undefined;
	}
	let first = start;
	while (first < end && isWhiteSpace(text.charCodeAt(first))) {
		first++;
	}
	// Most tasks' lines open otherwise: one character tells, no copy folded.
	if (text.charCodeAt(first) !== 0x7531 /* 由 */) {
		return undefined;
	}
	const folded = foldVocabulary(text.slice(start, end));
	const by = first - start;
	if (BECAUSE.test(folded.slice(by, by + 3))) {
		return undefined;
	}
	const charge = CHARGE_BEFORE_WORK.exec(folded.slice(by + 1));
	if (!charge || charge[0].length !== charge[1].length + (charge[2]?.length ?? 0) + 2 || !charge[1].split('、').every(isNamedBody)) {
		return undefined;
	}
	const cut = by + 1 + charge[0].length;
	const workEnd = cut + folded.slice(cut).search(/[，,；;。.]|$/);
	if (workEnd === cut || !namesWorkOf(folded, cut, workEnd)) {
		return undefined;
	}
	const gap = workEnd - cut;
	const heading = readHeadingDesignation(text.slice(start, start + cut) + text.slice(start + workEnd, end), 0, end - start - gap);
	if (heading?.kind !== 'unit') {
		return undefined;
	}
	// The reading must hold the whole line: after the work nothing but the helpers it read, right after the work's comma.
	// `由县财政局负责统筹，确保各项资金及时足额拨付到位，县税务局配合。` read the lead alone (县税务局 lost, the prose unread).
	if (!/^[。.；;\s]*$/.test(folded.slice(workEnd)) && heading.helpers?.start !== cut + 1) {
		return undefined;
	}
	const at = (offset: number, isEnd: boolean) => start + (offset < cut || (isEnd && offset === cut) ? offset : offset + gap);
	const helpers = heading.helpers && { start: at(heading.helpers.start, false), end: at(heading.helpers.end, true) };
	const partners = heading.partners && { start: at(heading.partners.start, false), end: at(heading.partners.end, true) };
	return { kind: 'unit', start: at(heading.start, false), end: at(heading.end, true), ...(helpers ? { helpers } : {}), ...(partners ? { partners } : {}) };
}

/**
 * A clause giving one body its part of the work, `由B负责资金保障` or `B负责资金保障`, from `from` to `to` in folded text: B's span
 * (bodies plainly named, no adverb, some work after 负责 that is no plain 落实 and no thing it had: see CHARGE_TAIL, namesWorkOf);
 * undefined for any other clause.
 */
function chargedBody(folded: string, from: number, to: number): Span | undefined {
	while (from < to && isWhiteSpace(folded.charCodeAt(from))) {
		from++;
	}
	if (folded.startsWith('由', from) && !BECAUSE.test(folded.slice(from, from + 3))) {
		from++;
	}
	const clause = folded.slice(from, to);
	const charge = CHARGE_BEFORE_WORK.exec(clause);
	if (!charge || charge[0].length !== charge[1].length + (charge[2]?.length ?? 0) + 2 || !charge[1].split('、').every(isNamedBody)) {
		return undefined;
	}
	const tail = clause.slice(charge[1].length).replace(/[。.\s]+$/, '');
	return CHARGE_TAIL.test(tail) && namesWorkOf(clause, charge[0].length, clause.length) ? { start: from, end: from + charge[1].length } : undefined;
}

/** Words ending in 由 (自由, 理由, 缘由, 事由, 经由 `推进经由我市的货运通道建设`, 来由, 因由, 原由): no preposition. */
const WORD_WITH_BY = '自理缘事经来因原';

/**
 * Whether a clause holds 由 (no word's: 自由, 理由) and 会同 after it: `推进智慧城市建设由市大数据局会同市工信局负责`, or
 * opening with it (`由市大数据局会同市工信局负责`).
 */
function concertAfterBy(clause: string): boolean {
	const concert = clause.lastIndexOf(CONCERT);
	const by = concert > 0 ? clause.lastIndexOf('由', concert) : -1;
	return by === 0 || (by > 0 && !WORD_WITH_BY.includes(clause.charAt(by - 1)));
}

/** A 由-list without the 牵头 that may close it before 会同 (`市住建局牵头` of `由市住建局牵头会同市财政局负责`). */
function withoutLeadVerb(list: string): string {
	return list.endsWith('牵头') ? list.slice(0, -2) : list;
}

/**
 * Whether the work after a lead (`由A牵头` / `由A会同B`) at `from` is the task's, not a thing it made: a
 * 的 a few words on makes the clause a description (`由县政府牵头的联席会议每季度召开一次`,
 * `由县政府牵头组建的工作专班实体化运作`), which names no lead of the task.
 */
function namesWorkOf(folded: string, from: number, end: number, within = WORK_OF_WINDOW): boolean {
	const of = folded.indexOf('的', from);
	return of < 0 || of >= end || of - from > within;
}

/** How far after a lead a 的 makes its clause a description (see namesWorkOf). */
const WORK_OF_WINDOW = 4;

/** `此项工作`, `该项任务`, `本项工作`, `这项工作` before 由: the task's own work, as a sentence of it names it. */
const THIS_WORK = /^(?:此|该|本|这)(?:一|项)?(?:项)?(?:工作|任务|事项)?(?=由)/;

/** The length of THIS_WORK's words at `from` (0 when none): they are no part of the list after 由. */
function thisWorkAt(folded: string, from: number): number {
	const match = THIS_WORK.exec(folded.slice(from, from + 8));
	return match ? match[0].length : 0;
}

/** The units after 会同, `等有关部门` at their end read as a collective; a party of a project (`设计单位`, `施工企业`) is none. */
function readsAsPartners(list: string): boolean {
	return looksLikeUnitList(list.replace(/等?有关(方面|部门|单位)$/, '有关部门')) && !list.split(/[、，,]/).some((name) => PROJECT_PARTY.test(name.trim()));
}

/** The parties of a project a task works with, which no registry lists: 设计单位, 施工企业, 第三方机构. */
const PROJECT_PARTY = /^(设计|施工|建设|监理|勘察|参建|运营|承建|中标|合作|第三方)(单位|企业|方|机构)$/;

/** How far a 的 after 会同 makes prose partners a description (`由A会同社会资本设立的基金`): see namesWorkOf. */
const MAX_PROSE_PARTNERS = 10;

/** Where the work begins after the partners of 会同 (`县农业农村局、县财政局等部门研究提出…`). */
const WORK_VERB = /研究|制定|提出|抓紧|加快|做好|推进|推动|组织|开展|出台|完善|建立|拟定|起草|修订|督促|指导|统筹|协调|落实|实施|负责/g;

/** The length of the partners before the first verb of the work that leaves them reading as units; 0 when none does. */
function partnersBeforeWork(list: string): number {
	WORK_VERB.lastIndex = 0;
	for (let match = WORK_VERB.exec(list); match !== null; match = WORK_VERB.exec(list)) {
		if (match.index > 0 && readsAsPartners(list.slice(0, match.index))) {
			return match.index;
		}
	}
	return 0;
}

const COMMA = /[，,]/;

/** A clause carried over commas to its verb is read up to this length (a clause alone up to 60). */
const MAX_CARRIED_CLAUSE = 120;

/**
 * A list without a verb that a comma ends goes on to the verb after it (云南 2017: `省工业和信息化委、
 * …、地税局,国家开发银行云南省分行、农业发展银行云南省分行,各州、市人民政府配合`, all cooperating; 由A、B,
 * C负责落实): only units are carried, so a note before the list (`2020年底前完成,A负责`) is not.
 */
function carriesOver(folded: string, from: number, to: number): boolean {
	const separator = folded[to];
	return (separator === '，' || separator === ',') && looksLikeUnitList(withoutPreposition(folded.slice(from, to)));
}

/** A list's text without the 由 or 请 before it and the white space around it. */
function withoutPreposition(list: string): string {
	return list.replace(/^[\s\u3000]*[由请]/, '').trim();
}

/**
 * The lists without a verb from `from` to `to` in folded text, trimmed (white space, 由, 请), that a first-listed
 * declaration after them speaks of: `（市委宣传部、市文明办，列第一位者为牵头单位）`, `（市发改委、市财政局；排在第一位的为牵头单位）`.
 */
function listedBefore(folded: string, from: number, to: number): Span | undefined {
	while (from < to && /[\s\u3000由请]/.test(folded[from])) {
		from++;
	}
	while (to > from && /[\s\u3000]/.test(folded[to - 1])) {
		to--;
	}
	return to > from ? { start: from, end: to } : undefined;
}

/** Splits folded text at top-level separators (，；), brackets respected; calls `visit` with each piece's offsets. O(length). */
function forEachSegment(folded: string, separators: RegExp, visit: (from: number, to: number) => void): void {
	let level = 0;
	let from = 0;
	for (let i = 0; i <= folded.length; i++) {
		const char = folded[i];
		if (char === '（' || char === '(') {
			level++;
		} else if (char === '）' || char === ')') {
			level = Math.max(0, level - 1);
		}
		if (i === folded.length || (level === 0 && separators.test(char))) {
			visit(from, i);
			from = i + 1;
		}
	}
}

/**
 * A parenthesis that assigns units with verbs: `（扶贫办、中央统战部…等和各省级人民政府负责）`,
 * `（人民银行牵头，国家发展改革委、财政部参与）`, `（体育总局会同有关部门负责）`; undefined for an
 * ordinary parenthesis (`（2020年底前完成）`). `open`/`close` are the brackets' offsets. O(length),
 * and a parenthesis longer than 400 characters is prose, not read.
 */
export function readWordedParenthesis(text: NoticeText, open: number, close: number): WordedParenthesis | undefined {
	const inner = text.slice(open + 1, close);
	if (inner.length < 2 || inner.length > 400) {
		return undefined;
	}
	if (!/[\r\n]/.test(inner)) {
		return readWordedInner(inner, open + 1);
	}
	// Cut by a PDF's line breaks (`（扶贫办、中央统战部负` / `责）`): read without them (and the indentation
	// after them, and a page's footer between them), the offsets mapped back to the text.
	const { joined, kept } = joinWrappedLines(text, open + 1, close);
	const read = readWordedInner(joined, 0);
	if (!read) {
		return undefined;
	}
	const at = (offset: number) => (offset < kept.length ? kept[offset] : close);
	const end = (offset: number) => (offset > 0 ? kept[offset - 1] + 1 : open + 1);
	return {
		lists: read.lists.map((list) => ({ role: list.role, start: at(list.start), end: end(list.end) })),
		...(read.convention ? { convention: { start: at(read.convention.start), end: end(read.convention.end) } } : {}),
	};
}

/**
 * [start, end) of the text without its line breaks, the indentation after them and the lines a page
 * break put between them (`（市发改委、市财政局、` / `— 2 —` / `各区人民政府）`); `kept[i]` is where
 * the joined text's character `i` stands in the text.
 */
function joinWrappedLines(text: NoticeText, start: number, end: number): { joined: string; kept: number[] } {
	const breaks = pageBreakLinesIn(text, start, end);
	const kept: number[] = [];
	let joined = '';
	let next = 0;
	for (let i = start; i < end; i++) {
		if (next < breaks.length && i === breaks[next].start) {
			i = breaks[next++].end - 1;
			continue;
		}
		const code = text.charCodeAt(i);
		if (code === 10 || code === 13) {
			// White space a PDF's copy leaves at a line's end (`（区人社  ` / `局、…）`) is no more a separator than the break.
			while (joined.length > 0 && isLineBreakOrIndent(joined.charCodeAt(joined.length - 1))) {
				joined = joined.slice(0, -1);
				kept.pop();
			}
			while (i + 1 < end && isLineBreakOrIndent(text.charCodeAt(i + 1)) && !(next < breaks.length && i + 1 === breaks[next].start)) {
				i++;
			}
			continue;
		}
		kept.push(i);
		joined += text.charAt(i);
	}
	return { joined, kept };
}

/** readWordedParenthesis of the text inside the brackets, `base` its offset in the document. */
function readWordedInner(inner: string, base: number): WordedParenthesis | undefined {
	const folded = listsAfterVerbs(foldVocabulary(inner));
	if (!ANY_VERB.test(folded) && !findFirstListedLeads(folded) && !ANY_LABEL_WORD.test(folded)) {
		return undefined;
	}
	const lists: WordedList[] = [];
	let convention: Span | undefined;
	/** Where a list without a verb began, carried over a comma to the verb after it (see carriesOver). */
	let carried = -1;
	/** Where the lists without a verb right before the current segment began, whatever separates them (see listedBefore). */
	let listed = -1;
	// No list runs over a full stop; and once units are assigned, after it the parenthesis explains
	// (湖南 2014: `(…,省国资委牵头。明确牵头部门的,有关部门配合,不逐一列出,下同)`): a convention may be
	// declared there, no unit is assigned (`（2020年底前完成。市发改委负责）` assigns after it).
	const fullStop = folded.indexOf('。');
	const declares = (from: number, to: number): boolean => {
		const declared = findFirstListedLeads(folded.slice(from, to));
		if (declared) {
			convention = { start: base + from + declared.index, end: base + from + declared.index + declared.length };
		}
		return declared !== undefined;
	};
	const read = (from: number, to: number) => {
		const segment = folded.slice(from, to);
		if (declares(from, to)) {
			// `（市委宣传部、市文明办，列第一位者为牵头单位）`: the units before the declaration are the task's, its first the lead.
			const before = listed >= 0 ? listedBefore(folded, listed, from - 1) : undefined;
			if (before) {
				lists.push({ role: 'responsible', start: base + before.start, end: base + before.end });
			}
			carried = -1;
			listed = -1;
			return;
		}
		// `（牵头单位为县发改局，责任单位为县财政局）`, `（以上2项牵头单位为…）`: a label word, 为 or 是 for its colon, as in prose.
		const named = namedByLabelWord(folded, from, to);
		if (named) {
			lists.push({ role: named.role, start: base + named.start, end: base + named.end });
			carried = -1;
			listed = -1;
			return;
		}
		if (carried >= 0 && readSegment(folded.slice(carried, to), base + carried, false, lists)) {
			carried = -1;
			listed = -1;
			return;
		}
		// `（县住建局牵头，指导各乡镇抓好落实）`: after the lead the bodies it guides are charged, as in prose (see guidedAt; round 62's:
		// 各乡镇 lost in the bracket).
		const guided = lists.some((list) => list.role === 'lead') ? guidedAt(segment) : 0;
		if (readSegment(segment.slice(guided), base + from + guided, false, lists, countyClauseBefore(folded, from))) {
			carried = -1;
			listed = -1;
			return;
		}
		// `（由A负责，B负责资金保障，C配合）`: B given its part after the lead's clause shares the work, as in prose (B was lost).
		const charged = lists.length > 0 && COMMA.test(folded.charAt(from - 1)) ? chargedBody(folded, from, to) : undefined;
		if (charged) {
			lists.push({ role: 'responsible', start: base + charged.start, end: base + charged.end });
			carried = -1;
			listed = -1;
			return;
		}
		carried = carriesOver(folded, from, to) ? (carried >= 0 ? carried : from) : -1;
		listed = looksLikeUnitList(withoutPreposition(segment)) ? (listed >= 0 ? listed : from) : -1;
	};
	forEachSegment(folded, /[，,；;]/, (from, to) => {
		if (fullStop >= from && fullStop < to) {
			read(from, fullStop);
			carried = -1;
			if (lists.length === 0) {
				read(fullStop + 1, to);
			}
		} else if (!(fullStop >= 0 && from > fullStop && lists.length > 0)) {
			read(from, to);
		} else {
			// After the full stop only a convention is read.
			declares(from, to);
		}
	});
	return lists.length > 0 || convention ? { lists, convention } : undefined;
}

/**
 * The value of a unit field that words roles after its lists, as 丽水 2023 writes
 * `责任单位:市人力社保局、市农业农村局分别牵头` (both lead) or `责任单位：市发改委牵头，市财政局配合`:
 * its lists (split at `，` `；`), each in the role its verb gives — `牵头` leads, `配合` `参与`
 * cooperate, a plain `负责` keeps the label's (under 牵头单位 it still leads) — and the lists without a
 * verb in the label's. Undefined when no list ends with a verb (nearly every value), or the value runs
 * over lines: the field is read as it is. `mayWord`: whether a role verb may start in the value
 * (mayWordRolesIn, kept with the value's list in the reading's memo).
 */
export function readWordedValue(text: NoticeText, start: number, end: number, labelRole: UnitRole, mayWord: boolean): WordedList[] | undefined {
	if (end - start < 4 || end - start > 400 || !mayWord) {
		return undefined;
	}
	const folded = listsAfterVerbs(foldVocabulary(text.slice(start, end)));
	if (!ANY_VERB.test(folded)) {
		return undefined;
	}
	const lists: WordedList[] = [];
	let worded = false;
	// As in a parenthesis: no list runs over a full stop, and what follows one once units are named is
	// a note (四川 2022: `责任单位:…、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。`).
	const fullStop = folded.indexOf('。');
	forEachSegment(folded, /[，,；;]/, (from, whole) => {
		if (fullStop >= 0 && from > fullStop && lists.length > 0) {
			return;
		}
		let to = fullStop >= from && fullStop < whole ? fullStop : whole;
		const before = lists.length;
		const segment = folded.slice(from, to);
		// `…，县财政局配合，各司其职、密切配合`: the work of all names no unit (a review's: 「各司其职」, 「密切配合」 read as units).
		if (lists.length > 0 && EACH_PART_WORK_OR_CHARGE.test(segment.trim().replace(/[。.]$/, ''))) {
			worded = true;
			return;
		}
		// `县住建局牵头，指导各乡镇抓好落实` (a review's empty-field: the clause refused, then pushed whole): the bodies guided share the work.
		const guided = lists.some((list) => list.role === 'lead') ? guidedAt(segment) : 0;
		if (readSegment(segment.slice(guided), start + from + guided, true, lists, countyClauseBefore(folded, from))) {
			worded = true;
			if (lists.length === before + 1 && lists[before].role === 'responsible') {
				lists[before] = { role: labelRole, start: lists[before].start, end: lists[before].end };
			}
			return;
		}
		while (from < to && /[\s\u3000]/.test(folded[from])) {
			from++;
		}
		while (to > from && /[\s\u3000。.]/.test(folded[to - 1])) {
			to--;
		}
		if (to > from) {
			lists.push({ role: labelRole, start: start + from, end: start + to });
		}
	});
	return worded ? lists : undefined;
}

/** The first characters of the role verbs, both scripts. */
const VERB_START_CHARACTERS = '负負牵牽参參配协協会會落实實';
const VERB_START = new RegExp(`[${VERB_START_CHARACTERS}]`);
const LINE_BREAK = /[\n\r]/;

/**
 * Whether a role verb may start in `text`, on one line (few unit field values hold one), by two expressions:
 * asked once a distinct unit list (see ReadingMemo). A loop over every unit field's value cost a new server's
 * first read, in V8's first tiers, a builtin call a character (8.5 M instructions of the benchmark's 200 KB notice's).
 */
export function mayWordRolesIn(text: string): boolean {
	return VERB_START.test(text) && !LINE_BREAK.test(text);
}

/**
 * Words that open a list of examples, not the task's units: `支持重点部门开展绩效评价（如区发改委、区财政局）`,
 * `完善公共设施（含区体育中心、区文化馆）` (如 read as part of the first name made 如区发改委 a unit). 如 and 含
 * only before a level or 各: 如皋市, 如东县 and 含山县 are places whose bodies a parenthesis names, and 比如 not
 * before 县 (`（比如县人民政府）`: 比如县 is a county of 那曲市). No county or city opens with 例如, 诸如, 譬如, 包括 or 包含.
 */
const EXAMPLES_OPEN = /^(?:例如|比如(?!县)|诸如|譬如|包括|包含|(?:如|含)(?=[省市区县州旗镇乡各]))/;

/**
 * `（民政局）` after an instruction (連江縣 2008), `（市发改委、市统计局）` after a target: units alone in
 * a parenthesis at the end of a task name its units, with no verb; every name must read as a body.
 */
export function readBareUnitParenthesis(text: NoticeText, open: number, close: number): WordedList | undefined {
	// Read without a PDF's line breaks, the indentation after them (`(区贸易粮食` / `局)`) and a page's footer.
	const written = text.slice(open + 1, close);
	const inner = stripGlosses(/[\r\n]/.test(written) ? joinWrappedLines(text, open + 1, close).joined : written).trim();
	if (inner.length < 2 || inner.length > 120 || /[：:。]/.test(inner) || EXAMPLES_OPEN.test(inner)) {
		return undefined;
	}
	// `（县发改局、县财政局等）`: 等 closes the list, no part of its last name.
	const names = inner.replace(/等$/, '').split(/[、，,；;]/).map((name) => name.trim());
	const isUnit = (name: string) =>
		name.length >= 2 && name.length <= 20 && !/\s/.test(name) && looksLikeUnitName(name) && !looksLikeNote(name) && !isLeaderName(name) && !/(号|号文|条例|办法|意见|方案|规定|通知|决定|试行|暂行)$/.test(foldVocabulary(name));
	return names.every(isUnit) ? { role: 'responsible', start: open + 1, end: close } : undefined;
}

/**
 * A bare unit parenthesis whose every name is an office of a level of government (`（区住建局）`,
 * `（区住建局、财政局）`, `（比如县交通运输局）`, `（城东街道办事处）`): the first with its level or its place, each ending
 * as a department does (局, 委, 办, 厅, 中心 …: takesLevelPrefix) or as a government, a street's office or a zone's
 * committee (SHARED_SUFFIXES). A bare 街道 is no office here: it names the area the work is in. Asked of a parenthesis before a target sentence, not at
 * the item's end, where an aside is as likely as a unit (`推进区人民医院新院区建设（区人民医院）。`,
 * `推进城东片区改造（城东街道）。`, `实施乡村振兴示范工程（示范村）。` name the place or body the work is for).
 */
export function readOfficeParenthesis(text: NoticeText, open: number, close: number): WordedList | undefined {
	const bare = readBareUnitParenthesis(text, open, close);
	if (!bare) {
		return undefined;
	}
	const written = text.slice(open + 1, close);
	const inner = stripGlosses(/[\r\n]/.test(written) ? joinWrappedLines(text, open + 1, close).joined : written).trim();
	const names = inner.replace(/等$/, '').split(/[、，,；;]/).map((name) => name.trim());
	const isOffice = (name: string) => takesLevelPrefix(name) || hasSharedSuffix(name);
	return (levelPrefixOf(names[0]) !== undefined || opensWithOwnPlace(names[0])) && names.every(isOffice) ? bare : undefined;
}

/** What a heading says of the work under it: `省监察厅牵头的工作` (a lead unit), `孟学农省长负责的工作` (a leader). */
export interface HeadingDesignation {
	kind: 'unit' | 'leader';
	start: number;
	end: number;
	/** The units that cooperate, named after the lead (`县发改局牵头，县统计局配合的工作`). */
	helpers?: Span;
	/** The units that share the work, the partners after 会同 (`市发改委会同市财政局负责的工作`): responsible, as in a parenthesis. */
	partners?: Span;
	/** Named by the units' names alone, no verb (see readUnitLine): the notice's convention says who of a list leads. */
	bare?: boolean;
}

/**
 * HEADING's verbs (also HEADING_VERB's and VERB_FIRST's): a heading without one is none. Strings, not a regular expression's source: the
 * production bundle writes a regular expression's Chinese as `\uXXXX` escapes (scripts/asciiOutput.mjs),
 * and its source's first characters were backslashes there, so no heading was read (a string's escapes are its characters).
 */
const HEADING_VERBS = ['牵头', '负责', '主抓', '分管', '领衔', '主责', '联系'];

/**
 * `（一）省监察厅牵头的工作`, `一、县示范区管委会牵头工作(8项)` (沁县 2025: the count of the tasks under it),
 * and with the verbs a lead's parenthesis uses (`牵头负责`, `牵头落实`: see layouts.md §c).
 */
const HEADING = new RegExp(`^(.{2,30}?)(${LEAD_VERB_COMPOUNDS}|${HEADING_VERBS.join('|')})(的|抓)?(重点|主要)?(工作|任务|事项)?(?:[（(][0-9一二三四五六七八九十]{1,4}项[)）])?[。.：:]?$`);
/**
 * A notice listed by unit: `一、县发改局` (or `县发改局（牵头单位）`) over the tasks it leads, each naming
 * only the units that cooperate. One department's name with its level, nothing else.
 */
const UNIT_HEADING = /^([^，,；;。：:\s（(]{3,16}(?:、[^，,；;。：:\s（(]{3,16})*)((?:[（(][^（()）]{1,16}[)）])?)\s*(?:[（(]?共?[0-9一二三四五六七八九十]{1,3}项[)）]?)?[：:]?$/;

/**
 * A body a notice listed by unit heads a list with: a department with its level, a zone's committee, a company, a hospital, a brigade,
 * the government's inspection office (`县政府督查室牵头，县委组织部配合` under `二、强化督查考核`: its tasks got missing-lead).
 */
const HEADING_BODY_END = /(管委会|公司|集团|医院|大队|支队|中心|督查室)$/;

/** A township's office or station as its notice names it, without a level (`一、党政办`, `二、农业农村办`, `财政所`): short, no theme. */
const TOWNSHIP_OFFICE = /^[\u4e00-\u9fff]{2,5}(办|所|站)$/;
/**
 * A title that handles work, not an office (`三、强化督办`, `加强督办`, `抓好交办`): a cover letter's paragraph so titled
 * (咸宁 2020 writes `强化督办落实`) read as a township office led it, and the letter's other paragraphs got missing-lead
 * errors. Only the two-character verbs of handling, as a whole title or after the verb that opens it; 综合办, 双创办,
 * 安置办, 乡村振兴办 and 督查办 are offices (a reviewer: 合办, 创办 and 置办 taken for verbs left their tasks without a lead).
 */
const HANDLING_TITLE = /^(?:强化|加强|严格|抓好|做好|狠抓|压实|落实|健全|完善|实行|推行|建立|及时)?(?:督办|交办|承办|转办|催办|查办)$/;

/**
 * 办 after an adverb of how it is handled, a service's words, not an office a noun names (党政办, 网信办): `限时办结`, `按时办好`
 * (「限时办」 opened the task's closing work as a township's office, a review's false missing-lead), `一网通办`, `应办尽办`, `帮办代办`,
 * `马上办`, `就近办`, `一次办`; and 有所, 无所, words (`实现老有所养`, `幼有所育`: 「实现老有所」 was an office so). 通办 only after
 * its scope (`一网通办`, `跨省通办`): 交通办 and 畅通办 are township offices (a review's: `二、交通办` led no task, a false missing-lead).
 */
const HANDLING_PHRASE = /(?:限时|按时|及时|即时|实时|按期|限期|如期|定期|(?:一网|跨省|跨市|跨区|跨域|跨境|异地|全省|全市|全国|全城|全域)通|即|尽|代|网上|掌上|马上|线上|就近|一次|全程网)办$|[有无]所$/;

/** A township's office (`党政办`, `推进办`, `财政所`), not a title of handling work (`强化督办`) nor a service's words (`限时办`). */
function isShortOffice(name: string): boolean {
	return TOWNSHIP_OFFICE.test(name) && !HANDLING_TITLE.test(name) && !HANDLING_PHRASE.test(name);
}

/** A town's or a street's own government as a county notice listed by unit heads its list (`一、城关镇人民政府`, `二、东关街道办事处`). */
const TOWN_GOVERNMENT = /^[\u4e00-\u9fff]{1,6}((?<!乡)镇|乡|街道)(人民政府|政府|办事处)$/;

function isHeadingUnit(name: string): boolean {
	// `打造区域性物流中心，会同市商务局负责`: a clause ending as a body does (中心) is no body; `推进办` is one.
	if (isLeaderName(name) || !looksLikeUnitName(name) || opensAsClause(name)) {
		return false;
	}
	return (levelPrefixOf(name) !== undefined && takesLevelPrefix(name)) || HEADING_BODY_END.test(name) || namesOwnPlace(name) || isShortOffice(name) || (TOWN_GOVERNMENT.test(name) && !isCollectiveName(name));
}

/**
 * HEADING_VERBS a unit leads by when helpers follow (`（二）县发改局領銜，县市场监管局配合的工作`: only 牵头 was read, its
 * tasks got missing-lead); 主抓, 分管 and 联系 are a leader's. Matched in folded text: 領銜, 負責 read as 领衔, 负责.
 * Other than 牵头 only after bodies plainly named (isHeadingUnit), not after a narrative's subject (`去年市发改委负责`).
 */
const HELPED_LEAD_VERBS = ['牵头', '领衔', '负责', '主责'];

/**
 * `（一）县发改局牵头，县统计局配合的工作`: the lead before 牵头 (or 牵头负责: `县住建局牵头负责，县城管局配合`,
 * a line under a heading), the helpers after it (a list of them may be long; an adverb before their verb is
 * no part of their names: `县直各有关单位积极配合`). No part runs over a sentence's end: a task's line
 * `建立由市政府牵头、各部门参与的联席会议制度。市发改委牵头，市财政局配合。` read as one gave the lead 「建立由市政府」
 * (a probe's: its own lead and helpers lost).
 */
const LEAD_AND_HELPERS_HEADING = new RegExp(`^([^。；;]{2,20}?)(${LEAD_VERB_COMPOUNDS}|${HELPED_LEAD_VERBS.join('|')})[，,、]([^。；;]{2,60}?)(?:积极|密切|全力|共同|大力|主动)?(配合|参与|协助|协办)的?(工作|任务|事项)?[。.：:]?$`);
/**
 * The longest heading that names its lead alone, and one naming its helpers too: a long list of
 * them is what a wrap cuts most (`…牵头，县城市管理综合行政执法局、县财政局、县交通运输局配合的工作`).
 */
const MAX_HEADING_DESIGNATION = 40;
const MAX_HEADING_WITH_HELPERS = 90;

/**
 * The length of 会同 when the clause opens with it as a verb (`会同市财政局负责`), not with the place 会同县; else 0.
 * `afterCounty`: the clause follows a comma after a county's own bodies (see countyClauseBefore), where 会同县 is the verb too.
 */
function concertOpening(folded: string, at: number, afterCounty = false): number {
	return folded.startsWith(CONCERT, at) && (afterCounty || folded.charAt(at + CONCERT.length) !== '县') ? CONCERT.length : 0;
}

/**
 * Whether a comma right before `at` in folded text (white space between) ends a clause naming a county's own bodies
 * (`县发改局`, `由县发改局牵头`): 会同 after it is "together with" even before 县 (`县发改局，会同县财政局牵头`: a probe's
 * 「会同县财政局」, read as a body of 湖南's 会同县). A county's notice writes its bodies so and never another county's
 * after them; after a city's body (`市交通运输局，会同县人民政府负责`) 会同县 stays the place.
 */
function countyClauseBefore(folded: string, at: number): boolean {
	// Asked of every clause after a comma; nearly none opens with 会同县.
	let open = at;
	while (open < folded.length && isWhiteSpace(folded.charCodeAt(open))) {
		open++;
	}
	if (!folded.startsWith('会同县', open)) {
		return false;
	}
	let comma = at - 1;
	while (comma >= 0 && isWhiteSpace(folded.charCodeAt(comma))) {
		comma--;
	}
	if (comma <= 0 || (folded.charCodeAt(comma) !== 0xff0c && folded.charCodeAt(comma) !== 0x2c)) {
		return false;
	}
	let from = comma;
	while (from > 0 && !CLAUSE_BOUNDARY.test(folded.charAt(from - 1))) {
		from--;
	}
	// `此项工作由县发改局牵头，`, `今年县住建局牵头，`: the words before the list are no part of it, as readSegment reads them
	// (`会同县财政局` was read as 会同县's body).
	let list = folded.slice(from, comma).trim();
	let words = timeWordAt(list, 0);
	words += thisWorkAt(list, words);
	list = withoutPreposition(list.slice(words));
	for (const [verb] of ROLE_VERBS) {
		const match = verb.exec(list);
		if (match && match.index > 0) {
			list = list.slice(0, match.index);
			break;
		}
	}
	const names = list.split('、');
	// `政府牵头，会同县统计局负责。`: the government named bare is the notice's own, as 县政府 is (「会同县统计局」 was read as the lead);
	// it does not 会同 itself: before a government (`政府牵头，会同县人民政府负责` in a 怀化 notice) 会同县 stays the place.
	const own = !GOVERNMENT_AFTER_COUNTY.test(folded.slice(open + 3, open + 14));
	return list.length > 0 && names.every((name) => (name.startsWith('县') && looksLikeUnitName(name) && !isCollectiveName(name)) || (own && OWN_GOVERNMENT.test(name)));
}
const OWN_GOVERNMENT = /^(?:人民)?政府$/;
/** A county's government or its office, its name ended (`人民政府负责`, `政府办、`), not a body of it (`政府采购中心`). */
const GOVERNMENT_AFTER_COUNTY = /^(?:人民)?政府(?:办公室|办)?(?=[、，,；;。）)\s]|等|牵头|负责|配合|参与|协助|协办|主办|落实|实施|按|分别|共同|积极|密切|全力|大力|主动|$)/;
/** What ends the clause before a comma: another separator, a full stop, an opening bracket. */
const CLAUSE_BOUNDARY = /[，,；;。（(]/;

/** `县财政局（国资办）`: its other plate; `（牵头单位）`: its role; `（3项）`: its tasks. Anything else in the parenthesis is no unit heading's. */
function isHeadingNote(note: string): boolean {
	const inner = note.slice(1, -1);
	return note === '' || /^(牵头单位|牵头|共?[0-9一二三四五六七八九十]{1,3}项)$/.test(inner) || looksLikeUnitName(inner);
}

/**
 * Where 会同 joins a lead and its partners in `names` (`市发改委会同市财政局`), or -1: none at the start of a name or after
 * a list's separator, where it opens the place name 会同县 (湖南: `一、市交通运输局、会同县人民政府负责的工作` read
 * 县人民政府 as a partner of 市交通运输局).
 */
function concertIn(names: string, afterComma = false): number {
	for (let at = names.indexOf(CONCERT); at >= 0; at = names.indexOf(CONCERT, at + CONCERT.length)) {
		const before = at > 0 ? names.charCodeAt(at - 1) : -1;
		if (before >= 0 && !isListSeparator(before) && !isWhiteSpace(before)) {
			return at;
		}
		// `一、市住建局，会同市财政局负责的工作`: after a comma 会同 is "together with" (both read as leads, 会同市财政局 one);
		// not before 县, the place (`市交通运输局，会同县人民政府负责`).
		if (afterComma && at > 1 && (before === 0xff0c || before === 0x2c) && concertOpening(names, at, countyClauseBefore(names, at)) > 0) {
			return at;
		}
	}
	return -1;
}

/**
 * The units a heading or a line of its own names alone (`一、县发改局`, `县农业农村局、县财政局`), each a body, `names`
 * at `start`; `A会同B` (`市发改委会同市财政局` under a task) A leading and B sharing, as a parenthesis reads it (the
 * line was one unit 「市发改委会同市财政局」, an unknown-unit with a registry).
 */
function unitsNamedAlone(names: string, start: number): HeadingDesignation | undefined {
	const concert = concertIn(names);
	if (concert < 0) {
		return names.split('、').every(isHeadingUnit) ? { kind: 'unit', start, end: start + names.length } : undefined;
	}
	const lead = names.slice(0, concert);
	const partners = names.slice(concert + CONCERT.length);
	if (lead.length === 0 || partners.length === 0 || !lead.split('、').every(isHeadingUnit) || !partners.split('、').every(isHeadingUnit)) {
		return undefined;
	}
	return { kind: 'unit', start, end: start + concert, partners: { start: start + concert + CONCERT.length, end: start + names.length } };
}

/** Whether a line holds one of HEADING's verbs (HEADING_VERBS). */
const HEADING_VERB = new RegExp(HEADING_VERBS.join('|'));

/** The first characters of HEADING_VERB's verbs, in both scripts (牽, 負, 領, 聯): made from its list, so that a verb added there is never given up before it is tried. */
const VERB_FIRST_CODES = new Set(HEADING_VERBS.map((verb) => verb.charCodeAt(0)));
const VERB_FIRST = new RegExp(`[${String.fromCharCode(...VERB_FIRST_CODES, ...traditionalFormsOf(VERB_FIRST_CODES))}]`);

/**
 * Whether `text` from `start` to `end` holds a character a verb of HEADING_VERB starts with (folded or not).
 * An expression over the slice, not a loop of charCodeAt: a new server's first notice runs this for
 * nearly every item's line in V8's interpreter and baseline code, a builtin call per comparison (the
 * loop was some 12 M instructions of the benchmark's 200 KB notice's first read); optimized, the
 * expression is cheaper too (19.2 against 13.1 M over the 2 MB notice's 17,665 lines).
 */
function holdsVerbStart(text: NoticeText, start: number, end: number): boolean {
	return VERB_FIRST.test(text.slice(start, end));
}

/** The Traditional forms of HELPED_LEAD_VERBS' characters (負, 責, 牽, 頭, 領, 銜). */
const LEAD_VERB_FORMS = traditionalFormsOf(new Set(HELPED_LEAD_VERBS.flatMap((verb) => [verb.charCodeAt(0), verb.charCodeAt(1)])));

/** The characters foldCode makes `code`: itself (unless a Traditional form itself) and its Traditional forms. */
function foldingTo(code: number): string {
	return String.fromCharCode(...(foldCode(code) === code ? [code] : []), ...LEAD_VERB_FORMS.filter((form) => foldCode(form) === code));
}

/** HELPED_LEAD_VERBS' verbs, their characters in either script (牽頭, 領銜, 負責 are 牵头, 领衔, 负责). */
const FOLDED_LEAD_VERB = new RegExp(HELPED_LEAD_VERBS.map((verb) => `[${foldingTo(verb.charCodeAt(0))}][${foldingTo(verb.charCodeAt(1))}]`).join('|'));

/**
 * Whether `text` from `start` to `end` holds a verb of HELPED_LEAD_VERBS once folded (foldVocabulary folds character by
 * character): the test of a long line, no copy folded. An expression over the slice, not a loop of
 * foldCode calls, for the reason of holdsVerbStart.
 */
export function holdsFoldedLeadVerb(text: NoticeText, start: number, end: number): boolean {
	return FOLDED_LEAD_VERB.test(text.slice(start, end));
}

/**
 * A leader written title first (鄞州 2024: `一、区长陈兴立牵头重点工作`, `常务副区长姚珂军`), or as a member of
 * the government's party group (海曙 2023: `张盈军区政府党组成员`): a heading's, not a unit list's.
 */
function isTitleThenName(who: string): boolean {
	if (looksLikeUnitName(who)) {
		return false;
	}
	const titled = TITLE_THEN_NAME.exec(who);
	// `胡海达常务副市长负责主抓工作`: 负责 after the title is a verb, not a name.
	return (titled !== null && !looksLikeUnitName(titled[2]) && !ROLE_WORD.test(titled[2])) || PARTY_GROUP_MEMBER.test(who);
}
const ROLE_WORD = /(负责|牵头|主抓|分管|领衔|主责|联系|协管|工作)/;
const TITLE_THEN_NAME = /^(.{0,8}(?:长|书记|主任|主席|专员))([\u4e00-\u9fff]{2,3})$/;
const PARTY_GROUP_MEMBER = /^[\u4e00-\u9fff]{2,4}(?:[市区县州省]政府)?党组(?:成员|副书记)$/;

/** An opening bracket or a clause's mark (see proseBeforeBracket). */
const PROSE_OR_BRACKET = /[（(，,；;。]/;

/** Whether `，；。` comes before any opening bracket (from `start` to `end`): UNIT_HEADING allows them only inside its bracketed note. */
function proseBeforeBracket(text: NoticeText, start = 0, end = text.length): boolean {
	// The first of them found by one search, not a step a character (a call each in V8's first tiers, where a new
	// server reads its first notice's task lines).
	const slice = text.slice(start, end);
	const at = slice.search(PROSE_OR_BRACKET);
	if (at < 0) {
		return false;
	}
	const code = slice.charCodeAt(at);
	return code !== 0xff08 && code !== 0x28;
}

export function readHeadingDesignation(text: NoticeText, start: number, end: number): HeadingDesignation | undefined {
	if (end - start < 3 || end - start > MAX_HEADING_WITH_HELPERS) {
		return undefined;
	}
	// Longer, only a lead and its helpers; shorter, without a verb, only units named alone, never after a clause's
	// punctuation. Most tasks' lines hold no verb's first character: one expression over the slice tells, no copy folded.
	const long = end - start > MAX_HEADING_DESIGNATION;
	if (!holdsVerbStart(text, start, end) && (long || proseBeforeBracket(text, start, end))) {
		return undefined;
	}
	// Longer, only a lead and its helpers: a task's line seldom holds their lead's verb, which one expression over the slice tells, no copy folded.
	if (long && !holdsFoldedLeadVerb(text, start, end)) {
		return undefined;
	}
	const folded = foldVocabulary(text.slice(start, end));
	// HEADING tries its verbs at every length of the name before them: most titles hold none, which one scan of them tells.
	const hasVerb = HEADING_VERB.test(folded);
	const match = hasVerb && !long ? HEADING.exec(folded) : null;
	if (!match) {
		// LEAD_AND_HELPERS_HEADING's 牵头 is one of HEADING_VERB's verbs.
		// `推进智慧城市建设由市大数据局会同市工信局牵头，各区政府配合。`, `由市大数据局会同市工信局负责，各区政府配合。`: a clause of
		// prose, not a heading's lead (市工信局 or 「市大数据局会同市工信局」 read as one); the prose reader reads its lead, partners and
		// helpers. A heading's `…配合的工作` is no task's prose: its lead is read here.
		const lines = hasVerb ? LEAD_AND_HELPERS_HEADING.exec(folded) : null;
		const prose = lines !== null && concertAfterBy(lines[1]) && (opensWithTheme(lines[1]) || lines[lines.length - 1] === undefined);
		const leadFrom = lines && !prose ? headingLeadStart(lines[1]) : -1;
		const concerted = lines && leadFrom >= 0 ? concertedLead(lines, start) : undefined;
		if (concerted) {
			return concerted;
		}
		// 负责, 领衔, 主责 end narrative as often (`去年市发改委负责，各部门积极配合。`): before them only bodies plainly named, no bare
		// past word before them (see PAST_TIME), and no A会同B (`市大数据局会同市工信局负责，各区政府配合。` read no lead, as before these verbs were read here).
		const withHelpers = lines && leadFrom >= 0 && (lines[2].startsWith('牵头') || (concertIn(lines[1]) < 0 && !opensWithPastWord(lines[1]) && lines[1].slice(leadFrom).split('、').every(isHeadingUnit))) ? lines : null;
		if (withHelpers) {
			// The helpers after the lead, its verb and separator (`牵头，`, `牵头负责，`); folding keeps every character's place.
			const helpersStart = start + withHelpers[1].length + withHelpers[2].length + 1;
			const helpers = looksLikeUnitList(withHelpers[3]) ? { start: helpersStart, end: helpersStart + withHelpers[3].length } : undefined;
			// `由县发改局负责，由县财政局负责资金保障，县统计局配合`: B given its part shares the work, the list after it cooperates, as in
			// prose (B and C were lost).
			const comma = helpers ? -1 : withHelpers[3].search(/[，,]/);
			const charged = comma > 0 && looksLikeUnitList(withHelpers[3].slice(comma + 1)) ? chargedBody(withHelpers[3], 0, comma) : undefined;
			if (charged) {
				const partners = { start: helpersStart + charged.start, end: helpersStart + charged.end };
				return { kind: 'unit', start: start + leadFrom, end: start + withHelpers[1].length, partners, helpers: { start: helpersStart + comma + 1, end: helpersStart + withHelpers[3].length } };
			}
			return { kind: 'unit', start: start + leadFrom, end: start + withHelpers[1].length, ...(helpers ? { helpers } : {}) };
		}
		// A clause's punctuation outside a bracket ends any UNIT_HEADING: most titles are prose, which one scan tells.
		const unit = long || proseBeforeBracket(folded) ? null : UNIT_HEADING.exec(folded);
		return unit && isHeadingNote(unit[2]) ? unitsNamedAlone(unit[1], start) : undefined;
	}
	const who = match[1];
	// `李华副县长（分管农业）负责的工作`, `副县长李华同志负责的工作`: the person, without the note or the address.
	const person = who.replace(/[（(][^（()）]{1,16}[)）]$/, '').replace(/同志$/, '');
	if (isLeaderName(person) || isTitleThenName(person)) {
		return { kind: 'leader', start, end: start + person.length };
	}
	// `三、市发改委会同市财政局负责的工作`: A会同B, A leads and B shares, as in a parenthesis (the whole was one lead,
	// 「市发改委会同市财政局」, an unknown-unit with a registry).
	const concert = concertIn(who, true);
	const lead = concert > 0 ? who.slice(0, concert).replace(/[，,]$/, '') : who;
	const from = headingLeadStart(lead);
	if (from < 0) {
		return undefined;
	}
	const partners = concert > 0 ? who.slice(concert + CONCERT.length) : '';
	if (partners.length > 0 && readsAsPartners(partners)) {
		return { kind: 'unit', start: start + from, end: start + lead.length, partners: { start: start + concert + CONCERT.length, end: start + who.length } };
	}
	return { kind: 'unit', start: start + from, end: start + lead.length };
}

/**
 * `（一）县发改局会同县财政局牵头，县统计局配合的工作` (LEAD_AND_HELPERS_HEADING's match `lines`, the heading at `start`): A leads, the
 * partners after 会同 share, the helpers cooperate, as `由A会同B负责，C配合` in a task reads (the lead was 「县发改局会同县财政局」, an
 * unknown-unit with a registry). With 负责, 领衔 or 主责 only a heading's (`…配合的工作`) of bodies plainly named: a task's line
 * `市大数据局会同市工信局负责，各区政府配合。` names no lead (see readHeadingDesignation). Undefined when no 会同 joins units.
 */
function concertedLead(lines: RegExpExecArray, start: number): HeadingDesignation | undefined {
	const names = lines[1];
	const concert = concertIn(names, true);
	const lead = concert > 0 ? names.slice(0, concert).replace(/[，,]$/, '') : '';
	const from = concert > 0 ? headingLeadStart(lead) : -1;
	if (from < 0 || !readsAsPartners(names.slice(concert + CONCERT.length))) {
		return undefined;
	}
	if (!lines[2].startsWith('牵头') && (lines[lines.length - 1] === undefined || !lead.slice(from).split('、').every(isHeadingUnit))) {
		return undefined;
	}
	const helpersStart = start + names.length + lines[2].length + 1;
	const helpers = looksLikeUnitList(lines[3]) ? { start: helpersStart, end: helpersStart + lines[3].length } : undefined;
	return { kind: 'unit', start: start + from, end: start + lead.length, partners: { start: start + concert + CONCERT.length, end: start + names.length }, ...(helpers ? { helpers } : {}) };
}

/**
 * Where the lead begins in what a heading names before its verb (see leadAfterTheme), past a preposition
 * (`三、由市政府牵头协调`: it read `由市政府`, an unknown-unit with a registry); -1 when it names no unit.
 */
function headingLeadStart(who: string): number {
	// `年内县发改局牵头，县统计局配合的工作`, `一、去年县发改局牵头的工作`: the time word is no part of the lead's name (see timeWordAt).
	const time = timeWordAt(who, 0);
	if (BECAUSE.test(who.slice(time))) {
		// `由于县财政局负责。`: "because", no lead 「于县财政局」.
		return -1;
	}
	const by = time + (who.startsWith('由', time) ? 1 : 0);
	const named = by === 0 ? who : who.slice(by);
	const from = looksLikeUnitList(named) ? leadAfterTheme(named) : -1;
	return from >= 0 ? by + from : -1;
}

/**
 * A bare past word (the whole time word): a prose clause it opens may tell what was done (`以往县财政局负责，县审计局配合。今年由县发改局牵头。`);
 * see readProseDesignations.
 */
const PAST_TIME = /^(?:去年|前年|上年|往年|过去|以往|此前|前几年|近几年|近年)$/;

/** Whether folded text opens with a bare past word before a unit (`上年县发改局牵头`): see PAST_TIME. */
function opensWithPastWord(folded: string): boolean {
	const time = timeWordAt(folded, 0);
	return time > 0 && PAST_TIME.test(folded.slice(0, time));
}

/** Whether `at` in folded text is inside a parenthesis (an opening before it, not closed). */
function insideParenthesis(folded: string, at: number): boolean {
	for (let i = at - 1; i >= 0; i--) {
		const code = folded.charCodeAt(i);
		if (code === 0x28 || code === 0xff08) {
			return true;
		}
		if (code === 0x29 || code === 0xff09) {
			return false;
		}
	}
	return false;
}

/**
 * Where the lead begins in what a heading names before its verb (folded): 0 when it reads as
 * units; past a theme a wrap glued to it, at the last department with its level
 * (`加快发展现代农业促进农民持续增收致富县农业农村局`, `…城乡建设县住房和城乡建设` / `局牵头负责` read over
 * both lines, `…营商环境水平由县发改局`); -1 when a theme names no such unit: never a lead made of the theme.
 */
function leadAfterTheme(who: string): number {
	const first = who.split(/[、，,]/)[0];
	const at = lastLevelledUnit(first);
	if (at > 0 && isThemeBefore(first.slice(0, at))) {
		// `县域经济高质量发展县发改局`, `法治政府建设县委依法治县委员会办公室`: a theme of nouns, which no verb opens.
		return at;
	}
	if (isHeadingUnit(first)) {
		return 0;
	}
	if (opensWithTheme(first)) {
		// `…现代化产业体系工信局`: a body the catalog knows, written without its level (the whole ends as one: ORGAN_END).
		return at >= 0 ? at : catalogBodyEnding(first);
	}
	return at > 0 && first.charCodeAt(at - 1) === 0x7531 /* 由 */ ? at : 0;
}

/**
 * Whether what comes before the last unit with its level in a heading's name is a theme a wrap glued to
 * it (`县域经济高质量发展` / `县发改局`, `乡村振兴` / `县农业农村局`, `县城品质提升` / `县住建局`), not the unit's own
 * place or party (`清河` / `县发改局`, `江州市清河` / `县发展和改革局`, `中共清河` / `县委办公室`, `县委` / `县政府督查室`,
 * `中国电信清河` / `县分公司`): past its places, more than a short proper name and holding a word of the work.
 */
function isThemeBefore(prefix: string): boolean {
	let rest = prefix.replace(PARTY_OR_COMPANY, '');
	for (let place = OWN_PLACE.exec(rest); place !== null && !isWordBeforeLevel(place[0]); place = OWN_PLACE.exec(rest)) {
		rest = rest.slice(place[0].length);
	}
	return rest.length > 3 && !/自治$/.test(rest) && !isBodyBeforeBranch(rest) && (THEME_WORD.test(rest) || NO_UNIT_START.test(rest));
}
/**
 * A body before its branch (`市生态环境局` / `县分局`), the branch's place named between (`江州市生态环境局清河` /
 * `县分局`: its theme word 环境 made 县分局 the lead): one unit's name. Words of the work after the body's
 * end are a theme (`社会事业` / `县教育局`).
 */
function isBodyBeforeBranch(prefix: string): boolean {
	const body = BODY_BEFORE_BRANCH.exec(prefix);
	return body !== null && !THEME_WORD.test(body[2]);
}
const BODY_BEFORE_BRANCH = /(局|委|办|厅|部|中心|室|会|院|所|站|队|公司|集团)([\u4e00-\u9fff]{0,4})$/;
/** Who a unit's name may open with before its place: the party, the state grid, the central bank. */
const PARTY_OR_COMPANY = /^(中共|中国共产党|共青团|国网|国家电网|人行|中国人民银行|国家税务总局)/;
/** A place before a unit of it: a proper name and its level (江州市, 清河县, 巴里坤哈萨克自治县). */
const OWN_PLACE = /^[\u4e00-\u9fff]{1,8}?(自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗)/;
/** A level character inside a word (城市, 新区, 全县: see WORD_BEFORE_LEVEL) ends no place. */
function isWordBeforeLevel(place: string): boolean {
	const level = foldVocabulary(place.charAt(place.length - 1));
	return place.length < 2 || (WORD_BEFORE_LEVEL[level]?.includes(place.charAt(place.length - 2)) ?? false);
}
/** Words of a heading's theme, no place's or unit's name holds before a unit of it (经济, 振兴, 民生, 安全, 品质, 建设 …). */
const THEME_WORD = /(经济|发展|建设|振兴|创新|安全|生产|民生|实事|事业|社会|品质|提升|培育|融合|整治|治理|改革|体系|环境|产业|招商|项目|健康|就业|开放|消费|投资|城乡|乡村|数字|主体|营商|旅游|养老|平安|法治|更新|文明|党建|基层|人才|脱贫|攻坚|防控|疫情|绿色|低碳|质量|转型|升级|推进|加强|加快|强化|深化|优化|促进|实施|完善|打造|构建|做好|抓好|落实|巩固)/;

/**
 * A heading's theme opens with a verb or an adverb of the work (`坚持创新驱动发展…`, `持续推进…`), as no
 * unit's name does (建设局, 发展和改革局, 维稳办 and 防范办 may open one: those words are left out).
 */
const THEME_START = /^(坚持|推进|推动|加快|深化|加强|强化|优化|提升|提高|促进|实施|完善|构建|打造|扩大|巩固|培育|壮大|振兴|改善|聚焦|做好|抓好|落实|持续|全面|扎实|着力|大力|积极|健全|切实|进一步|稳步|不断|狠抓|突出|筑牢|激发|释放|营造|全力|坚决|深入|统筹|压实|着眼|围绕|聚力)/;

/**
 * Whether a name is a clause of the work, not a body: it opens with a theme's verb (THEME_START), perhaps after a
 * collective's place (`打造区域性物流中心，会同市商务局负责`, `全市推进养老服务，会同…`: each was read as the lead).
 * A body's name may open so too: a short office (`推进办`), or one ending as an office, a committee or a group does
 * (ORGAN_END: `全面深化改革委员会办公室牵头`). A level before the verb makes a name (`市推进办`), not a clause.
 */
function opensAsClause(name: string): boolean {
	// `全面深化改革办`: a body the catalog knows ends it (改革办). The registry is not asked: a notice is read without one.
	return opensWithTheme(name) && !isShortOffice(name) && !ORGAN_END.test(name) && catalogBodyEnding(name) < 0;
}

/** Whether a name opens with a theme's verb (THEME_START), perhaps after a collective's place (全市, 各区, 本县). */
function opensWithTheme(name: string): boolean {
	const place = COLLECTIVE_PLACE.exec(name);
	return THEME_START.test(place === null ? name : name.slice(place[0].length));
}

/**
 * The end of a body's name, as those a theme's verb opens end (`全面深化改革委员会办公室`, `推进长江经济带发展领导小组办公室`,
 * `推进防汛抗旱指挥部`, `促进会`, `推进城市更新工作组`, `扩大开放工作组`). Not 中心 nor a bare 办, which end clauses too
 * (`打造区域性物流中心`, `推进一网通办`; a catalog's body ending a name is asked apart: catalogBodyEnding), nor 局
 * of a situation (`构建新发展格局`) or 厅 of a hall or a room (`打造政务服务大厅`, `打造城市会客厅`) — unitNames' departmentEnd
 * holds 中心 and 办, so is not reused. 专班 as unitNames reads one a body (`市营商环境工作专班`).
 */
const ORGAN_END = /(办公室|委员会|小组|工作组|专班|指挥部|协会|促进会|学会|商会|联合会|(?<![格布大全变开新])局|委|(?<![大展客餐])厅)$/;
/** The place of a collective opening a clause (全市, 各区, 本县). */
const COLLECTIVE_PLACE = /^[全各本](?:省|市|州|县|区|旗)/;

/**
 * A level character inside a word after these (城市, 都市, 城区, 园区, 社区, 景区, 新区, 开发区, 山区, 辖区,
 * 度假区, 示范区, 保税区, 试验区, 合作区, 保护区, 工业区 …, 全县, 本市, 县委县政府): no unit begins there. By level: 更新县住建局 does begin one.
 */
const WORD_BEFORE_LEVEL: Readonly<Record<string, string>> = {
	区: '城园社景新发山矿辖片街湾老校郊全本委假范税验行合聚护胜游陷置业',
	市: '城都超全本委',
	县: '全本委',
	省: '全本外委',
};
/**
 * Words a level character opens that begin no unit (县城, 市区, 区域, 市政 but 市政府, 县乡…); 县城管局, 县城市管理局,
 * 县乡村振兴局, 县市场监管局, 县城乡建设局, 市民政局 do — those bodies by name, not 县乡村道路… or 市民族团结… of a theme.
 */
const NO_UNIT_START = /^([县市区省]委员会|县城(?![市管]|乡建设局)|市区|区域|县域|市域|省域|市政(?!府|务服务|协|法委)|市容|市民(?!政局|宗局|族宗教)|县乡(?!村振兴局)|县市(?!场监)|市县|区县|县区|省市)/;

const LONGEST_BODY_NAME = 16;

/** Where the longest name of a local body in the catalog that ends `name` begins (past its first character), or -1. */
function catalogBodyEnding(name: string): number {
	for (let at = Math.max(1, name.length - LONGEST_BODY_NAME); at <= name.length - 2; at++) {
		if (LOCAL_BODY_NAMES.has(name.slice(at))) {
			return at;
		}
	}
	return -1;
}

/** The office of a party committee's commission, longer than most departments' names (`县委全面依法治县委员会办公室`). */
const PARTY_COMMISSION_OFFICE = /^[县市区省]委[\u4e00-\u9fff]{2,14}委员会办公室$/;

/** Where the last department or body with its level that ends `name` begins (past its first character), or -1. */
function lastLevelledUnit(name: string): number {
	for (let at = name.length - 3; at >= 1; at--) {
		const level = levelPrefixOf(name.slice(at, at + 2));
		if (level === undefined || WORD_BEFORE_LEVEL[foldVocabulary(level)]?.includes(name.charAt(at - 1))) {
			continue;
		}
		const unit = name.slice(at);
		if (!NO_UNIT_START.test(unit) && looksLikeUnitName(unit) && !isLeaderName(unit) && (takesLevelPrefix(unit) || HEADING_BODY_END.test(unit) || PARTY_COMMISSION_OFFICE.test(unit))) {
			return at;
		}
	}
	return -1;
}

/** A heading line this long may be wrapped by a PDF's copy, its rest on the next line. */
export const WRAPPED_HEADING_LENGTH = 20;

/**
 * A heading line (`lineStart`, its marker's start, to `lineEnd`) a PDF's wrap may have cut in a
 * sentence: long, with no punctuation at its end, where a word that wants what follows stands (a
 * verb before its object, a conjunction). A unit's name alone on the next line is then the heading's
 * rest, no lead (a report's `二、社会事业全面进步，县人民医院创成三级医院，新建` / `县中医院`: the object of
 * 新建; read as the lead, the report got tasks and missing-lead). A theme's end stays a lead's heading
 * (`一、坚持创新驱动发展加快构建现代化产业体系` / `县工信局`).
 */
export function mayBeCutBeforeRest(text: NoticeText, lineStart: number, lineEnd: number): boolean {
	let end = lineEnd;
	while (end > lineStart && /[\s\u3000]/.test(text.charAt(end - 1))) {
		end--;
	}
	if (end - lineStart < WRAPPED_HEADING_LENGTH || /\p{P}/u.test(text.charAt(end - 1))) {
		return false;
	}
	// `一、加强组织领导。各牵头单位要…，重大事项及时报告` / `县政府办公室`: a paragraph opened by its title, cut in its sentence.
	const line = foldVocabulary(text.slice(lineStart, end));
	return /[。；;]/.test(line) || WANTS_REST.test(line);
}
/** Words that want what follows them at a line's end: verbs before their object, conjunctions, prepositions (Simplified, folded). */
const WANTS_REST = /(?:新建|改建|扩建|续建|筹建|创建|迁建|(?:加快|全面|大力|启动|开工|推进|着力|全力|支持)建设|支持|推动|推进|加快|启动|实施|完成|引进|争取|打造|帮助|指导|督促|依托|围绕|配合|协助|会同|联合|报告|报送|上报|提交|移交|通报|和|与|及|以及|并|对|向|在|为|由|把|将|的|等)$/;

/**
 * What a heading naming its lead says when a wrap cut it, read over its first line (`titleStart` to
 * `titleEnd`, after its marker) and the rest on the next line (a tester's pasted PDF: `（二）县住房和城乡建设局牵头，县城市管理`
 * / `综合行政执法局配合的工作`; also cut after a separator, `…，县城管执法局、` / `县财政局配合的工作`), offsets
 * in the text. Undefined when the two lines say nothing, or the second names a lead by itself
 * (`一、坚持创新驱动发展加快构建现代化产业体系` / `县工信局牵头`: read over both, the theme became the lead's
 * name); after a separator (`…，区城管执法局、`) the list goes on.
 */
export function readWrappedHeading(text: NoticeText, titleStart: number, titleEnd: number, restStart: number, restEnd: number): HeadingDesignation | undefined {
	const title = text.slice(titleStart, titleEnd);
	if (!/[、，,]$/.test(title.trimEnd()) && isWholeDesignation(text, restStart, restEnd)) {
		return undefined;
	}
	const first = title.length;
	const heading = readHeadingDesignation(title + text.slice(restStart, restEnd), 0, first + restEnd - restStart);
	if (!heading) {
		return undefined;
	}
	// Offsets in the joined title as the text's: up to the first line's end on it, from there on the rest.
	const at = (offset: number, end: boolean) => (offset < first || (end && offset === first) ? titleStart + offset : restStart + offset - first);
	const helpers = heading.helpers && { start: at(heading.helpers.start, false), end: at(heading.helpers.end, true) };
	const partners = heading.partners && { start: at(heading.partners.start, false), end: at(heading.partners.end, true) };
	return { kind: heading.kind, start: at(heading.start, false), end: at(heading.end, true), ...(helpers ? { helpers } : {}), ...(partners ? { partners } : {}) };
}

/**
 * A line under a heading that names its lead by itself, a whole unit's name or a leader before the
 * verb (`县工信局牵头`, `由县发改局牵头负责`, `副县长王明负责`): no rest of a heading a wrap cut, which
 * begins inside a name (`综合行政执法局配合的工作`).
 */
export function isWholeDesignation(text: NoticeText, start: number, end: number): boolean {
	return readWholeDesignation(text, start, end) !== undefined;
}

/** What such a line says (see isWholeDesignation): the lead (and its helpers) or the leader; undefined when it is no whole designation. */
export function readWholeDesignation(text: NoticeText, start: number, end: number): HeadingDesignation | undefined {
	let from = start;
	while (from < end && /[\s\u3000由请]/.test(text.charAt(from))) {
		from++;
	}
	let to = end;
	while (to > from && /[\s\u3000]/.test(text.charAt(to - 1))) {
		to--;
	}
	// `县发改局` alone names no role: a verb says the line is the heading's designation.
	const heading = HEADING_VERB.test(foldVocabulary(text.slice(from, to))) ? readHeadingDesignation(text, from, to) : undefined;
	if (heading?.kind === 'leader') {
		return heading;
	}
	return heading !== undefined && isHeadingUnit(foldVocabulary(text.slice(heading.start, heading.end)).split('、')[0]) ? heading : undefined;
}

/**
 * A line of its own naming the units that cooperate, under a heading whose lead another line named
 * (`县住建局牵头` / `县城管局、县自然资源局配合`): where the list is in the text; undefined when the line is no such list.
 */
export function readHelpersLine(text: NoticeText, start: number, end: number): Span | undefined {
	let from = start;
	while (from < end && /[\s\u3000由]/.test(text.charAt(from))) {
		from++;
	}
	if (end - from < 4 || end - from > MAX_HEADING_WITH_HELPERS) {
		return undefined;
	}
	const match = HELPERS_LINE.exec(foldVocabulary(text.slice(from, end)));
	return match && looksLikeUnitList(match[1]) ? { start: from, end: from + match[1].length } : undefined;
}
const HELPERS_LINE = /^(.{2,80}?)(?:积极|密切|全力|共同|大力|主动)?(配合|参与|协助|协办)(?:的?(?:工作|任务|事项))?[。.]?[\s\u3000]*$/;

/**
 * A line of its own under a heading naming its lead by the unit's name alone, no verb
 * (`二、加快乡村振兴` / `县农业农村局` / `1.…`): one unit with its level, or a list of them, as a notice
 * listed by unit heads its lists; undefined when the line is anything else.
 */
export function readUnitLine(text: NoticeText, start: number, end: number): HeadingDesignation | undefined {
	let from = start;
	while (from < end && /[\s\u3000]/.test(text.charAt(from))) {
		from++;
	}
	let to = end;
	while (to > from && /[\s\u3000]/.test(text.charAt(to - 1))) {
		to--;
	}
	if (to - from < 3 || to - from > MAX_HEADING_DESIGNATION || HEADING_VERB.test(foldVocabulary(text.slice(from, to)))) {
		return undefined;
	}
	const heading = readHeadingDesignation(text, from, to);
	return heading?.kind === 'unit' ? { ...heading, bare: true } : undefined;
}

/**
 * Where the first unit of a list (offsets in the text) ends: at its first separator outside brackets
 * (`县发改局、县政务服务中心`), or -1 when it names one.
 */
export function firstListedEnd(text: NoticeText, start: number, end: number): number {
	let depth = 0;
	for (let at = start; at < end; at++) {
		const c = text.charAt(at);
		if (c === '（' || c === '(') {
			depth++;
		} else if (c === '）' || c === ')') {
			depth = Math.max(0, depth - 1);
		} else if (depth === 0 && (c === '、' || c === '，' || c === ',')) {
			return at;
		}
	}
	return -1;
}

/** A unit label worded in prose: `牵头单位为`, `主办单位为`, `责任单位是`, `配合单位为` (Simplified, folded). */
const LABEL_IN_PROSE = /^[\s\u3000]*(牵头单位|牵头部门|主办单位|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位)(?:为|是)/;
/** The same anywhere (a cheap test before reading a parenthesis). */
const ANY_LABEL_WORD = /(牵头单位|牵头部门|主办单位|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位)(?:为|是)/;

/** The list of a clause `牵头单位为A、B` in folded text between `from` and `to`, in its label's role; undefined when the clause is none or names no units. */
function namedByLabelWord(folded: string, from: number, to: number): WordedList | undefined {
	while (from < to && /[\s\u3000]/.test(folded[from])) {
		from++;
	}
	// `以上2项牵头单位为县发改局，…`: a group line's words are no part of the clause (see groupPrefix).
	from += groupWordsBeforeLabelWord(folded, from);
	const match = LABEL_IN_PROSE.exec(folded.slice(from, to));
	const role = match ? labelRole(match[1]) : undefined;
	if (!match || role === undefined || !isUnitRole(role)) {
		return undefined;
	}
	let end = to;
	while (end > from && /[\s\u3000。.]/.test(folded[end - 1])) {
		end--;
	}
	const list = folded.slice(from + match[0].length, end);
	return list.length > 0 && looksLikeUnitList(list.replace(/等$/, '')) && !namesRoleOnly(list) ? { role, start: from + match[0].length, end } : undefined;
}

/** A role, not a body (`牵头单位为召集单位`, `牵头单位是第一责任单位`): a name that is only role words. */
const ROLE_ONLY = /^(第一|直接|主体|协同|召集|其他|其它|相关|有关|主要)?(责任|牵头|配合|召集|协办|参与|主办|承办|协同)?(单位|部门)$/;

function namesRoleOnly(list: string): boolean {
	return list.split(/[、，,]/).some((name) => ROLE_ONLY.test(name.trim()));
}

/**
 * Past a round bracket that opens a clause and does not close in it: `…错位发展。(市经信委牵头落实` where a page's
 * excerpt cut the parenthesis (包头 2011) names 市经信委, not `(市经信委` (an unknown-unit with a registry).
 */
function afterUnclosedOpening(folded: string, from: number, to: number): number {
	let at = from;
	while (at < to && (folded.charCodeAt(at) === 0x20 || folded.charCodeAt(at) === 0x3000)) {
		at++;
	}
	const code = folded.charCodeAt(at);
	if (at >= to || (code !== 0x28 && code !== 0xff08)) {
		return from;
	}
	for (let i = at + 1; i < to; i++) {
		const inner = folded.charCodeAt(i);
		if (inner === 0x29 || inner === 0xff09) {
			return from;
		}
	}
	return at + 1;
}

/**
 * A prose clause naming the lead before the helpers' clause: `县审批局牵头`, or with the lead's words for its part
 * (`市政府督查室牵头督导检查，市委督查室配合。`) after bodies plainly named (isHeadingUnit), so that a slogan
 * (`坚持政府牵头协调，部门配合。`) or a narrative (`去年市发改委牵头督导，各部门积极配合。`) names no lead
 * (a bare 牵头 after any name that does not open as a clause: see opensAsClause).
 */
function endsWithProseLead(clause: string): boolean {
	// `今年县发改局牵头督导`: the time word is no part of the lead's name (see timeWordAt); not a bare past one
	// (`去年市发改委负责，各部门积极配合。` names no body plainly, a narrative under its heading's lead).
	clause = clause.slice(opensWithPastWord(clause) ? 0 : timeWordAt(clause, 0));
	if (clause.endsWith('牵头')) {
		// `打造区域性物流中心牵头，市商务局配合。`, `坚持政府牵头，部门配合。`: a clause of the work, no lead.
		return !opensAsClause(clause.slice(0, -2).split('、')[0]);
	}
	// `县政府牵头负责，县财政局配合，确保年底前完成。`: a level's own government too, as before a bare 牵头 (a probe's false missing-lead).
	const compound = ENDS_WITH_LEAD_COMPOUND.exec(clause);
	return compound !== null && compound.index > 0 && clause.slice(0, compound.index).split('、').every(isPlainLeadName);
}

/**
 * Whether a prose clause `A牵头` (a time word before A left out, as in endsWithProseLead) names bodies plainly (isHeadingUnit, and
 * where `government`, a level's own government: isPlainLeadName; `A会同B` each so):
 * what a lead needs before more than one helpers' clause or the task's closing work (see readProseClauses), where a slogan's
 * `政府牵头` would otherwise be read (`政府牵头，企业主体，市场运作。`).
 */
function namesPlainLead(clause: string, government = true): boolean {
	const time = opensWithPastWord(clause) ? 0 : timeWordAt(clause, 0);
	const lead = clause.indexOf('牵头', time);
	if (lead <= time) {
		return false;
	}
	// `县发改局会同县人民政府牵头，县财政局积极配合，县住建局主动参与。` (a probe's: 县住建局 alone read): the lead and its partners
	// each plainly named, read as `A会同B牵头，C配合。` is (A leads, B shares).
	const names = clause.slice(time, lead);
	const concert = concertFrom(names, 0);
	const plain = (name: string): boolean => (government ? isPlainLeadName(name) : isHeadingUnit(name));
	if (concert > 0) {
		// Partners may be a collective or close with 等部门, as after 由 (`县发改局会同有关部门牵头，县住建局积极配合，…`: only the
		// last helper was read).
		const partners = names.slice(concert + CONCERT.length).replace(/等(?:有关|相关)?(?:部门|单位)?$/, '');
		return names.slice(0, concert).split('、').every(plain) && partners.length > 0 && namesOutsideParentheses(partners).every((name) => plain(name) || isCollectiveBody(name));
	}
	return namesOutsideParentheses(names).every(plain);
}

/**
 * A body plainly named (isHeadingUnit) or a level's own government (`县政府`, `市人民政府`) or the governments of a level under it
 * (`各乡镇人民政府`, `各县（市、区）人民政府`), which a task names its lead by as plainly: `县政府牵头，县财政局配合，确保年底前完工。`
 * (a probe's false missing-lead, where `县政府牵头，县财政局配合。` read; `各乡镇人民政府牵头，…` so too). Not a bare 政府, 各级政府
 * (every level's) nor 属地政府 (a slogan's). A slogan naming it (`县委统一领导，县政府牵头，部门协同，社会参与`) still reads none:
 * its helpers are no bodies (部门), and see besidePartiesParts.
 */
function isPlainLeadName(name: string): boolean {
	return isHeadingUnit(name) || LEVEL_GOVERNMENT.test(name) || LEVEL_GOVERNMENTS.test(name) || isLeadingCollective(name);
}

/**
 * A collective of the places under the notice's level (`各乡镇`, `各乡镇（街道）`, `各村（社区）`, `各镇街`) or of their offices (`各街道办事处`,
 * `各园区管委会`), which leads as plainly as it is charged (`各乡镇负责。` reads): `各乡镇牵头，确保年底前完成。` was a review's false
 * missing-lead. Not every level's (`各级政府`), wherever the task lands (`属地政府`), nor the departments at large (`有关部门`, `各部门`,
 * `主管部门`, `县直有关单位`: which of them leads is not said; under a heading's lead that lead stands).
 */
function isLeadingCollective(name: string): boolean {
	const bare = name.replace(/[（(][^（）()]*[）)]/g, '');
	return !NO_LEADING_COLLECTIVE.test(bare) && (LEVEL_PLACES.test(bare) || (isCollectiveBody(bare) && opensAsCollective(bare) && PLACE_OFFICES_END.test(bare)));
}
const LEVEL_PLACES = /^各(?:[省市州县区旗乡镇村街]|街道|社区){1,3}$/;
const PLACE_OFFICES_END = /(乡镇|街道|镇街|办事处|管委会|管理委员会)$/;
const NO_LEADING_COLLECTIVE = /^(?:各级|属地)/;
const LEVEL_GOVERNMENT = /^[省市州县区旗乡镇](?:人民)?政府$/;
const LEVEL_GOVERNMENTS = /^各(?:[省市州县区旗乡镇]|街道)(?:[（(][省市州县区旗乡镇街道、，,]{1,8}[）)]|[省市州县区旗乡镇]{1,2})?(?:人民)?政府$/;

/** The words of a role in prose (see isClosingWork); 落实 and 实施 are also work's (`确保各项任务落实到位`). */
const PROSE_ROLE_WORD = /牵头|主办|会同|配合|参与|协助|协办|负责/;

/** A clause of names then a helper's verb, its adverb left out (`社会各界积极参与`, `各方协同`); the names in group 1. */
const SOCIETY_CLAUSE = /^(.{1,30}?)(?:积极|密切|全力|共同|大力|主动|广泛)?(?:参与|配合|协助|协办|协同|联动|支持)$/;

/**
 * Whether a prose clause names society alone before its verb (`社会各界参与`, `市场主体参与`, `企业参与`, and joined by 和 or 与
 * to no body: `政府与社会资本共同参与`, see isSocietyPart): no unit's role, passed over as the task's closing work is
 * (`县商务局牵头，县市场监管局配合，社会各界参与。` was a false missing-lead: the society clause read as no helpers' clause).
 */
function namesSocietyAlone(clause: string): boolean {
	const names = SOCIETY_CLAUSE.exec(clause.trim());
	return names !== null && namesOutsideParentheses(names[1]).every(isSocietyPart);
}


/**
 * The idiom of each doing its part with its verb, or the verb's adverb and verb alone after it: the work of all, naming no body
 * (`县住建局牵头，县财政局配合，各司其职、密切配合。`: a review's false missing-lead, 「各司其职」 read a helper on the base;
 * `…，各司其职，密切配合。` a false missing-lead on the base too). The bodies before it keep their roles.
 */
const EACH_PART_WORK = new RegExp(`^(?:(?:${EACH_DOING_ITS_PART})[、，,]?(?:${JOINT_MANNER})?|(?:${JOINT_MANNER}))(?:参与|配合|协助|协同|协作|联动)$`);

/** The work of all (EACH_PART_WORK), or the idiom charged (`各司其职`, `各尽其责、抓好落实`), in a unit field's value. */
const EACH_PART_WORK_OR_CHARGE = new RegExp(`${EACH_PART_WORK.source}|^(?:${EACH_DOING_ITS_PART})[、]?${TAKING_IN_HAND}(?:负责|落实|实施)?$`);

/**
 * Whether a prose clause is the task's work or target alone, after its roles (`确保按期完成`, `力争年底前完成`): no role's
 * word, no label word (`责任单位为…`), no units, nothing readSegment reads (`县审计局落实`), and no unit's name opening it
 * (`县审计局做好监督`, see opensWithBody).
 */
function isClosingWork(clause: string): boolean {
	const text = clause.trim();
	return text.length === 0 || namesSocietyAlone(text) || PLACE_PRINCIPLE.test(text) || EACH_PART_WORK.test(text) || guidesAlone(text) || (!PROSE_ROLE_WORD.test(text) && !ANY_LABEL_WORD.test(text) && !namesUnitsAlone(text) && !readSegment(text, 0, true, []) && !opensWithBody(text) && guidedAt(text) === 0);
}

/**
 * The place charged with the work, a principle's words (`属地负责`, `属地抓好落实`, `属地管理`: see BARE_PLACE), as closing work; so the
 * place or the government at large taken on by the lead (`县住建局牵头，会同属地负责。`, `…，会同政府负责。`: a review's, each a false
 * missing-lead once bare 属地 and 政府 named no body).
 */
const PLACE_PRINCIPLE = new RegExp(`^(?:属地|会同(?:属地|(?:人民)?政府))${TAKING_IN_HAND}(?:负责落实|负责|落实|实施|管理)$`);

/**
 * Whether a clause reads as a list of units, not a target (`实现一网通办`) nor a service's words ending as an office does
 * (`一网通办`, `马上办、网上办、就近办`: see HANDLING_PHRASE) nor the idiom of each doing its part (`各尽其责`), each a false
 * missing-lead as the task's closing work.
 */
function namesUnitsAlone(text: string): boolean {
	return looksLikeUnitList(text) && !TARGET_OPENING.test(text) && !namesOutsideParentheses(text).every((name) => HANDLING_PHRASE.test(name) || EACH_PART_ALONE.test(name));
}

/** A target's verb opening the task's closing work (`确保按期完成`, `实现一站式服务`, `做到应办尽办`): no body's name opens so. */
const TARGET_OPENING = /^(?:确保|力争|争取|实现|做到|达到)/;

/** The longest name opensWithBody tries. */
const MAX_OPENING_BODY = 20;
/**
 * 办 the first of a verb of handling (办结, 办理, 办好: `一站式办理`, `集中办结`), no office's end (`党政办结合实际…` is one, and
 * `党政办完善相关制度`, `党政办理顺…`: a review's, 办完 taken for a verb dropped 党政办 unsaid).
 */
const HANDLING_VERB_AFTER = /^办(?:结(?!合)|理(?!顺)|好|妥)/;
/** A word ending in 部 that is no body's (`区域内项目全部开工` is a target, no 「区域内项目全部」). */
const NO_BODY_PART = /(?:全|内|外|局|干|[东西南北中])部$/;

/**
 * Whether a prose clause opens with a body's name (a time word or 由 before it left out) then its work: `县审计局做好监督`,
 * `县财政局做好资金保障`, `财政局监督`. Taken for the task's closing work, the clause's unit was dropped (the lead and helpers
 * before it read); it is not read as responsible either: its work says no role (监督, 做好资金保障 are a helper's as much),
 * and a name opening a target or a narrative (`县城建成区绿化覆盖率达到40%`, `县委县政府高度重视`) would be read a unit.
 * The task then reads as before the closing work was read (a missing-lead, not a unit lost unsaid).
 */
function opensWithBody(text: string): boolean {
	let from = timeWordAt(text, 0);
	if (text.startsWith('由', from)) {
		from++;
	}
	// `实现一站式服务`: 「实现一站」 read as a township's station; `…，各尽其责。`: 「各尽其责」 as a collective.
	if (TARGET_OPENING.test(text.slice(from, from + 2)) || EACH_PART_OPENING.test(text.slice(from, from + 4))) {
		return false;
	}
	for (let end = from + 2; end <= Math.min(text.length, from + MAX_OPENING_BODY); end++) {
		if (mayEndUnitName(text.charCodeAt(end - 1))) {
			const name = text.slice(from, end);
			if (!NO_UNIT_START.test(name) && !NO_BODY_PART.test(name) && !HANDLING_VERB_AFTER.test(text.slice(end - 1, end + 2)) && (isHeadingUnit(name) || isNamedBody(name) || LOCAL_BODY_NAMES.has(name))) {
				return true;
			}
		}
	}
	return false;
}

/**
 * Whether clause `at` of folded prose, before the task's closing work (see isClosingWork), names its lead as a last clause
 * would: `县发改局牵头负责，确保年底前完成。`, `县发改局牵头，年底前完成。` (bodies plainly named, see namesPlainLead), or
 * `市民政局，会同市财政局负责，确保…` (a clause of bodies alone before it, see bareListClause). Each was a false missing-lead.
 */
function closesOnLead(folded: string, clauses: ReadonlyArray<readonly [number, number]>, at: number): boolean {
	const [from, to] = clauses[at];
	const clause = folded.slice(from, to).trim();
	if (clause.startsWith(CONCERT)) {
		return at > 0 && concertOpening(folded, from + folded.slice(from, to).search(/\S|$/), countyClauseBefore(folded, from)) > 0 && bareListClause(folded, clauses[at - 1][0], clauses[at - 1][1]) !== undefined;
	}
	if (!endsWithProseLead(clause)) {
		return false;
	}
	// A level's government too (`县政府牵头，确保年底前完成。`, `县政府牵头，社会各界参与。`: a review's false missing-leads, where
	// `县住建局牵头，确保年底前完成。` read), unless a clause beside it names another party's part: `县委统一领导，县政府牵头，部门协同，
	// 社会参与。` is a slogan (部门协同 reads as work).
	return namesPlainLead(clause, false) || (namesPlainLead(clause) && !besidePartiesParts(folded, clauses, at));
}

/**
 * Whether a clause of a slogan of roles stands beside the lead's clause `at`: the one a comma joins before it, or any after it,
 * names a party committee's leadership (`县委统一领导`, `党委领导`; not the task's `加强组织领导`, nor `在县委统一领导下`, under
 * which the government leads) or a party then its part (`部门协同`, `市场运作`, `企业主体`), other than society alone (`各方协同`,
 * `社会协同`: see namesSocietyAlone).
 */
function besidePartiesParts(folded: string, clauses: ReadonlyArray<readonly [number, number]>, at: number): boolean {
	const after = clauses.slice(at + 1).map(([from, to]) => folded.slice(from, to).trim());
	if (after.some((clause) => PARTY_LEADERSHIP.test(clause) || (PARTY_PART.test(clause) && !namesSocietyAlone(clause)))) {
		return true;
	}
	const before = at > 0 && COMMA.test(folded.charAt(clauses[at][0] - 1)) ? folded.slice(clauses[at - 1][0], clauses[at - 1][1]).trim() : '';
	// `县委统一领导，县政府牵头，确保年底前完成。` (a review's false missing-lead): the notice's own committee named plainly leads over
	// its government, which leads the task, as under `在县委统一领导下，`; a slogan where it is a principle's (`坚持党委领导，`, `党委领导，`)
	// or beside society's part too (`县委统一领导，县政府牵头，社会参与。`: 党委领导、政府负责、社会协同).
	return PARTY_LEADERSHIP.test(before) && (!OWN_COMMITTEE_LEADERSHIP.test(before) || after.some(namesSocietyAlone));
}
/** A party committee's leadership opening a slogan of roles (党委领导、政府负责、部门协同、社会参与). */
const PARTY_LEADERSHIP = /(?:党委|党组|党工委|[省市州县区旗]委)(?:统一|全面|坚强)?领导$/;
/** The notice's own level's committee leading, named plainly (`县委统一领导`, `中共市委领导`): no principle's words before it. */
const OWN_COMMITTEE_LEADERSHIP = /^(?:中共)?[省市州县区旗]委(?:统一|全面|坚强)?领导$/;
/** A party then its part in a slogan of roles (政府主导、部门协同、社会参与、市场运作、企业主体、公众监督). */
const PARTY_PART = /^[\u4e00-\u9fff]{1,8}(?:主导|引导|协同|联动|协作|运作|主体|监督)$/;

/**
 * The lead's list in a prose clause `A牵头` then the work (`县财政局牵头完成资金拨付`), the time word before it left out as in
 * endsWithProseLead; undefined when the clause is none: bodies plainly named (isHeadingUnit, not a slogan's `政府`, `一家`),
 * some work after 牵头 that is no thing they made (`县财政局牵头制定的办法`, see namesWorkOf) and names no other's role.
 */
function leadBeforeWork(clause: string): Span | undefined {
	const time = opensWithPastWord(clause) ? 0 : timeWordAt(clause, 0);
	const lead = clause.indexOf('牵头', time);
	if (lead <= time || lead + 2 >= clause.length || !namesWorkOf(clause, lead + 2, clause.length) || ANY_VERB.test(clause.slice(lead + 2).replace(/^(?:落实|实施|负责)/, ''))) {
		return undefined;
	}
	return clause.slice(time, lead).split('、').every(isHeadingUnit) ? { start: time, end: lead } : undefined;
}

/**
 * A clause of units alone, no verb (`市民政局` before `，会同市财政局负责`): its span in `folded`; undefined otherwise.
 * Each a body plainly named (isHeadingUnit) or a collective (`1.建设社区食堂。各区政府，会同市民政局负责。`,
 * `各县（市、区）人民政府，会同市住建局负责。`): a theme is no lead (`1.加快建设数字政府，会同市大数据局负责。` under
 * `一、市发改委负责的工作`, whose lead is the heading's).
 */
function bareListClause(folded: string, from: number, to: number): Span | undefined {
	const clause = folded.slice(from, to);
	const first = clause.search(/\S/);
	const list = clause.trim();
	if (first < 0 || ANY_VERB.test(list) || !looksLikeUnitList(list.replace(/[（(][^（）()]*[）)]/g, ''))) {
		return undefined;
	}
	return namesOutsideParentheses(list).every((name) => isHeadingUnit(name) || isCollectiveBody(name)) ? { start: from + first, end: from + first + list.length } : undefined;
}

/** Names ending so name bodies; a theme does not (`全市推进养老服务`, collective by its opening alone). */
const COLLECTIVE_BODY_END = /(政府|管委会|管理委员会|部门|单位|委办局|办事处|街道|镇街|乡镇)$/;

/** A collective named as bodies (`各区政府`, `各县（市、区）人民政府`, `市直有关单位`), not a clause (`全市推进数字政府`). */
function isCollectiveBody(name: string): boolean {
	return COLLECTIVE_BODY_END.test(name) && isCollectiveName(name) && looksLikeUnitName(name) && !opensAsClause(name);
}

/** The names of a list split at its 、 outside parentheses (`各县（市、区）人民政府` is one). */
function namesOutsideParentheses(list: string): string[] {
	const names: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < list.length; i++) {
		const char = list[i];
		if (char === '（' || char === '(') {
			depth++;
		} else if ((char === '）' || char === ')') && depth > 0) {
			depth--;
		} else if (char === '、' && depth === 0) {
			names.push(list.slice(start, i));
			start = i + 1;
		}
	}
	names.push(list.slice(start));
	return names;
}

/**
 * Roles written in the prose of a task: a clause `由A会同B负责落实` or `由A牵头，B参与` anywhere,
 * or a last clause `A牵头负责。` after the task's text. Only lists that read as units count.
 * O(length): one split into clauses; only clauses of at most 60 characters are read.
 */
export function readProseDesignations(text: NoticeText, start: number, end: number): WordedList[] {
	// A clause a bare past word opens is narrative where the prose names the task's roles elsewhere
	// (`以往县财政局负责，县审计局配合。今年由县发改局牵头。`); where nothing else names them it is read
	// (`上年县发改局牵头，县财政局配合。` gave a missing-lead where 「上年县发改局」 was read).
	return readProseClauses(text, start, end, true) ?? readProseClauses(text, start, end, false) ?? [];
}

/**
 * A lead's verb, 、 and the helpers' clause (captured with their verb), their list (captured, an adverb before their verb left
 * out) closed by their verb (see readProseClauses): the 、 is replaced by ，, one for one.
 */
const LEAD_THEN_HELPERS = /(牵头|主办)、(?=(([^，,；;。、][^，,；;。]{1,40}?)(?:积极|密切|全力|共同|大力|主动)?(?:参与|配合|协助|协办))(?:[，,；;。]|$))/g;

/** A helpers' clause ending at 、 or a clause's end (see partedHelpersChains): the clause in group 1, its list in group 2. */
const HELPERS_PIECE = /(([^，,；;。、][^，,；;。]{1,40}?)(?:积极|密切|全力|共同|大力|主动)?(?:参与|配合|协助|协办))(?=[，,；;。、]|$)/y;
/** `A牵头、`, or `A牵头，` and `A牵头负责，` (a lead's compound, see LEAD_VERB_COMPOUNDS) before a chain (see partedHelpersChains). */
const LEAD_JOINT = new RegExp(`(?:牵头|主办)、|(?:${LEAD_VERB_COMPOUNDS}|牵头|主办)[，,]`, 'g');
/** The text after a chain's last 、 up to the clause's end, no 、 in it (see partedHelpersChains). */
const CLOSING_PIECE = /^[^，,；;。、]+(?=[，,；;。]|$)/;
/** The same after a chain a comma opens (see partedHelpersChains): its phrases joined by 、 (`一家受理、并联审批`). */
const CLOSING_PHRASES = /^[^，,；;。]+(?=[，,；;。]|$)/;
/** A helper's verb then 、 (a cheap test before partedHelpersChains reads a chain a comma opens). */
const HELPERS_VERB_JOINT = /(?:参与|配合|协助|协办)、/;

/**
 * `县住建局牵头、县财政局配合、社会各界参与。` (a probe's false missing-lead): after a plainly named lead, two or more helpers'
 * clauses joined by 、, each opening with a helper (opensWithHelper) or naming society alone, up to the clause's end, or one
 * or more then the task's closing work: every 、 of the chain is replaced by ，, one for one, as LEAD_THEN_HELPERS replaces
 * the one of a single clause. After `A牵头，` the same chain (`县财政局配合、并联审批`, `县财政局配合、县税务局参与`) from
 * its first helpers' clause on. Any other text as it is.
 */
function partedHelpersChains(folded: string): string {
	let parted = folded;
	LEAD_JOINT.lastIndex = 0;
	for (let joint = LEAD_JOINT.exec(folded); joint !== null; joint = LEAD_JOINT.exec(folded)) {
		const joints: number[] = [];
		let closedAtJoint = false;
		let at = joint.index + joint[0].length;
		for (;;) {
			HELPERS_PIECE.lastIndex = at;
			const piece = HELPERS_PIECE.exec(folded);
			if (piece === null || !(opensWithHelper(piece[2]) || namesSocietyAlone(piece[1]))) {
				// `县住建局牵头、县财政局配合、确保年底前完成。` (a review's false missing-lead): the chain closed by the task's closing
				// work up to the clause's end is parted from it too: one phrase after `A牵头、` (not a slogan's `一家受理、并联审批`);
				// after `A牵头，`, whose comma parts the lead's clause, phrases joined by 、 (`县住建局牵头，县财政局配合、一家受理、并联审批。`:
				// a review's false missing-lead), closing work as one clause and each alone (not `…、年底前完成、县审计局监督`: see opensWithBody).
				// Right after `A牵头、` the closing work alone is parted too (`县住建局牵头、确保年底前完成。`: a probe's false missing-lead,
				// where `县住建局牵头，确保年底前完成。` read).
				const closing = joint[0].endsWith('、') ? CLOSING_PIECE : CLOSING_PHRASES;
				const work = joints.length > 0 || joint[0].endsWith('、') ? closing.exec(folded.slice(at)) : null;
				if (work !== null && isClosingWork(work[0]) && work[0].split('、').every(isClosingWork)) {
					joints.push(at - 1);
					closedAtJoint = joints.length === 1;
				} else {
					joints.length = 0;
				}
				break;
			}
			joints.push(at - 1);
			at = HELPERS_PIECE.lastIndex;
			if (folded.charAt(at) !== '、') {
				break;
			}
			at++;
		}
		if ((joints.length >= 2 || closedAtJoint) && isPlainLeadName(nameBefore(folded, joint.index))) {
			for (const comma of joints) {
				if (folded.charAt(comma) === '、') {
					parted = `${parted.slice(0, comma)}，${parted.slice(comma + 1)}`;
				}
			}
		}
	}
	return parted;
}

/**
 * Whether the helpers' list after `A牵头、` opens with a body plainly named (isHeadingUnit), a level's bank (LEVEL_BANK) or a
 * collective (`各乡镇`, `县直有关单位`), perhaps after 会同 (`会同县财政局配合`, read as readSegment reads it) or before society joined
 * to it (`县财政局和社会资本`), not with a verb of the lead's work: `县发改局牵头、组织县财政局等单位配合` (a helper 「组织县财政局」
 * was read), `县发改局牵头、指导各乡镇配合`.
 */
function opensWithHelper(helpers: string): boolean {
	const named = namesOutsideParentheses(helpers)[0];
	// `县住建局牵头、县财政局和社会资本参与。`: the body before society joined to it (the lead was lost, 县财政局 alone read).
	const joined = societyJoinedAt(named);
	const first = (joined > 0 ? named.slice(0, joined) : named).replace(/等.*$/, '').replace(/^会同(?=[县市区省州])/, '');
	return isHeadingUnit(first) || LEVEL_BANK.test(first) || (opensAsCollective(first) && looksLikeUnitName(first));
}

/** The name before `at` in folded prose back to a separator, without the time word or 由 before it (`（去年起）县发改局`). */
function nameBefore(folded: string, at: number): string {
	let from = at;
	while (from > 0 && !/[，,；;。、\s]/.test(folded.charAt(from - 1))) {
		from--;
	}
	from += timeWordAt(folded, from);
	return folded.startsWith('由', from) ? folded.slice(from + 1, at) : folded.slice(from, at);
}

/** The close of an open list (`等`, `等单位`, `等有关部门`): no part of its last name. */
const LIST_CLOSE = /等(?:有关|相关)?(?:部门|单位)?$/;

/** 承办 closing a clause (see chargedList). */
const UNDERTAKES = /承办(?=\s*$)/;

/** The verbs a responsible list's clause ends with (see ROLE_VERBS), white space after them. */
const CHARGE_END = new RegExp(`(?:负责|落实|实施|推进|承办|${EACH_DOING_ITS_PART})\\s*$`);

/** 主办 ending a clause or before 、 (see readProseClauses): not 主办方, 主办单位 or 主办的 (a party, a label, a thing held). */
const HOSTS_AS_LEAD = /主办(?=[，,；;。、]|$)/g;

/** A sentence opening with the words for the items above (`以上…`, `上述…`, `（以上…`), white space before them. */
const OPENS_ON_ITEMS_ABOVE = /^[\s\u3000]*[（(]?(?:以上|上述)/;

/**
 * The first of the clauses that close the task's prose with notes on the items above naming no roles, `clauses.length` when
 * none: sentences opening with 以上 or 上述, not the first, no clause of which reads as roles (`以上所有任务必须在年底前完成。`,
 * `以上事项县政府将适时督查。`, `以上事项由县发改局负责解释。`: 解释, 督查, 督办, 部署, 完成 charge no one). Read as the task's
 * closing work, 「以上所」 or 「以上事项县政府」 opened it as a body's name, and the lead before it was lost (a review's false
 * missing-lead). A note that names roles (`以上工作由县水利局牵头。`) stays the task's, as before.
 */
function closingNotesFrom(folded: string, clauses: ReadonlyArray<readonly [number, number]>): number {
	let from = clauses.length;
	while (from > 0 && folded.slice(clauses[from - 1][0], clauses[from - 1][1]).trim().length === 0) {
		from--;
	}
	const end = from;
	while (from > 0) {
		let opening = from - 1;
		while (opening > 0 && !/[。；;]/.test(folded.charAt(clauses[opening][0] - 1))) {
			opening--;
		}
		const note = opening > 0 && OPENS_ON_ITEMS_ABOVE.test(folded.slice(clauses[opening][0], clauses[opening][1]));
		if (!note || clauses.slice(opening, from).some(([start, stop]) => namesRoles(folded.slice(start, stop).replace(/^[\s\u3000]*[（(]/, '')))) {
			break;
		}
		from = opening;
	}
	return from === end ? clauses.length : from;
}

/** A unit label's word, with a colon or worded (`以上3项牵头单位为…`, `以上2项责任单位：…`). */
const ROLE_LABEL_WORD = /(?:牵头|主办|责任|配合|协办|参与)(?:单位|部门)/;

/** Whether a clause names roles: by a label (`以上3项牵头单位为县自然资源局`), or as units and a role's verb (`以上工作由县水利局牵头`). */
function namesRoles(clause: string): boolean {
	return ROLE_LABEL_WORD.test(clause) || readSegment(clause, 0, true, []);
}

/** See readProseDesignations; undefined when `skipPast` skipped a clause and no lead was read. */
function readProseClauses(text: NoticeText, start: number, end: number, skipPast: boolean): WordedList[] | undefined {
	let skipped = false;
	const lists: WordedList[] = [];
	const proseConcert: WordedList[] = [];
	if (end - start < 4) {
		return lists;
	}
	let folded = foldVocabulary(text.slice(start, end));
	if (!ANY_VERB.test(folded)) {
		return lists;
	}
	if (folded.includes('主办')) {
		// `县住建局主办，县财政局配合，确保年底前完成。` (a review's false missing-lead): 主办 closing a clause is the lead's verb as
		// 牵头 is (主办单位 is a lead's label), read so by every rule below (one for one: offsets hold).
		folded = folded.replace(HOSTS_AS_LEAD, '牵头');
	}
	if (folded.includes('牵头、') || folded.includes('主办、') || HELPERS_VERB_JOINT.test(folded)) {
		// `县发改局牵头、县财政局配合。`: the 、 after the lead's verb parts the lead's clause from the helpers', as in a
		// parenthesis (listsAfterVerbs; a probe's task had no unit read); only before the helpers' verb (not `一家牵头、并联审批`),
		// after a body plainly named (not the slogan `政府牵头、部门配合、社会参与`) and before one (see opensWithHelper). After
		// `A牵头，` a helpers' verb then 、 parts the same chain (`县住建局牵头，县财政局配合、并联审批。`, see partedHelpersChains).
		const prose = partedHelpersChains(folded);
		// A clause naming society alone is parted too, then passed over as closing work (`县住建局牵头、社会各界参与。`: a probe's
		// false missing-lead); a level's own government leads as plainly (`市政府牵头、市直有关部门配合。`, see isPlainLeadName).
		folded = prose.replace(LEAD_THEN_HELPERS, (whole: string, verb: string, clause: string, helpers: string, at: number) =>
			isPlainLeadName(nameBefore(prose, at)) && (opensWithHelper(helpers) || namesSocietyAlone(clause)) ? `${verb}，` : whole,
		);
	}
	const clauses: Array<[number, number]> = [];
	forEachSegment(folded, /[，,；;。]/, (from, to) => {
		if (to > from) {
			clauses.push([from, to]);
		}
	});
	clauses.length = closingNotesFrom(folded, clauses);
	let lastClause = clauses.length - 1;
	while (lastClause > 0 && folded.slice(clauses[lastClause][0], clauses[lastClause][1]).trim().length === 0) {
		lastClause--;
	}
	/** Whether clause `at` names helpers by their verb closing it (`各区政府配合`, `市财政局、各区政府协助`). */
	const closesWithHelpers = (at: number): boolean => /(参与|配合|协助|协办)$/.test(folded.slice(clauses[at][0], clauses[at][1]).trim()) && !namesSocietyAlone(folded.slice(clauses[at][0], clauses[at][1]));
	/** Whether the clause from `from` to `to` reads with its lead first, into proseConcert (emptied when not). */
	const readsConcertLead = (from: number, to: number): boolean => {
		if (readSegment(folded.slice(from, to), start + from, true, proseConcert) && proseConcert[0]?.role === 'lead') {
			return true;
		}
		proseConcert.length = 0;
		return false;
	};
	/**
	 * Whether clause `at` opens with 会同 as the verb after a comma (`，会同县财政局负责`; 会同县 the place unless a county's bodies
	 * stand before the comma, see countyClauseBefore) and reads as the partners' list, into proseConcert (emptied when not).
	 */
	const readsPartners = (at: number): boolean => {
		const clause = clauses[at];
		if (clause === undefined || !COMMA.test(folded.charAt(clause[0] - 1))) {
			return false;
		}
		const afterCounty = countyClauseBefore(folded, clause[0]);
		if (concertOpening(folded, clause[0] + folded.slice(clause[0], clause[1]).search(/\S|$/), afterCounty) === 0) {
			return false;
		}
		if (readSegment(folded.slice(clause[0], clause[1]), start + clause[0], true, proseConcert, afterCounty)) {
			return true;
		}
		proseConcert.length = 0;
		return false;
	};
	/** Takes the partners proseConcert holds (the lead's role among them shared: `会同B牵头负责`), and the helpers' clauses after `at`; the clause read last. */
	const afterPartners = (at: number): number => {
		for (const list of proseConcert) {
			lists.push({ role: list.role === 'lead' ? 'responsible' : list.role, start: list.start, end: list.end });
		}
		proseConcert.length = 0;
		return readHelpers(at + 1, helpersEnd(at + 1));
	};
	/** Whether clause `at` names society alone (`社会各界参与`: see namesSocietyAlone). */
	const societyAlone = (at: number): boolean => namesSocietyAlone(folded.slice(clauses[at][0], clauses[at][1]));
	/** Whether clause `at` is the task's work or target alone, or names society alone (see isClosingWork); asked once a clause. */
	const workAloneAt: Array<boolean | undefined> = [];
	const workAlone = (at: number): boolean => (workAloneAt[at] ??= isClosingWork(folded.slice(clauses[at][0], clauses[at][1])));
	/**
	 * The last of the helpers' clauses that run from `at` on (`，B积极配合，C主动参与`), `at - 1` when none; a clause naming society
	 * alone between them is passed over (`县住建局牵头，社会各界参与，县财政局配合。`: only 县财政局 was read), and one of the task's work
	 * or target alone (`县住建局牵头，确保年底前完成，县财政局配合。`: a review's false lead-not-designated, 县财政局 alone read), none
	 * after the last.
	 */
	const helpersEnd = (at: number): number => {
		let end = at - 1;
		for (let next = at; next <= lastClause; next++) {
			if (closesWithHelpers(next)) {
				end = next;
			} else if (!workAlone(next)) {
				break;
			}
		}
		return end;
	};
	/** Reads the helpers' clauses from `from` to `to` (`会同县人民政府配合` after a county's bodies the verb, see countyClauseBefore); `to`. */
	const readHelpers = (from: number, to: number): number => {
		for (let at = from; at <= to; at++) {
			readSegment(folded.slice(clauses[at][0], clauses[at][1]), start + clauses[at][0], true, lists, countyClauseBefore(folded, clauses[at][0]));
		}
		return to;
	};
	/** Whether every helpers' clause from `from` to `to` reads as units (`部门配合`, `社会参与` of a slogan do not all); the work passed over. */
	const helpersRead = (from: number, to: number): boolean => {
		for (let at = from; at <= to; at++) {
			if (!workAlone(at) && !readSegment(folded.slice(clauses[at][0], clauses[at][1]), 0, true, [], countyClauseBefore(folded, clauses[at][0]))) {
				return false;
			}
		}
		return true;
	};
	/**
	 * The first of the clauses that close the task after its roles with its work or target alone, `lastClause + 1` when none:
	 * `县发改局牵头，会同县财政局负责，确保按期完成。` (a probe's: no unit read, a false missing-lead). None names a role
	 * or a label word, none reads as units or opens with a body's name (see isClosingWork). Found once, when a lead's clause
	 * is not the task's last.
	 */
	let closingFrom = -1;
	const closedAfter = (at: number): boolean => {
		if (closingFrom < 0) {
			closingFrom = lastClause + 1;
			while (closingFrom - 1 > 0 && isClosingWork(folded.slice(clauses[closingFrom - 1][0], clauses[closingFrom - 1][1]))) {
				closingFrom--;
			}
		}
		return at + 1 >= closingFrom;
	};
	/**
	 * Whether clause `at` charges bodies plainly named (isPlainLeadName) or collectives of them with the work (`各乡镇负责落实`, `属地乡镇抓好落实`,
	 * `县审计局具体实施`), only the task's closing work after it; not a bare place (`属地负责`) nor a party (`产权单位负责落实`).
	 */
	const chargedThenClosed = (at: number): boolean => chargedList(at) !== undefined;
	/**
	 * The list of such a clause (see chargedThenClosed), in the document's offsets, only closing work after clause `closedAt` (the
	 * clause itself, or the helpers' after it); or, after a comma where not `first`, of one giving bodies plainly named their part
	 * (`县财政局负责资金保障`, see chargedBody), as after `由A负责，`. `first`: the task's first role's clause, charging only bodies a
	 * lead may be (isPlainLeadName: not `各级政府`, `属地乡镇`). Undefined for any other clause.
	 */
	const chargedList = (at: number, first = false, closedAt = at): WordedList | undefined => {
		const clause = folded.slice(clauses[at][0], clauses[at][1]);
		// Most clauses charge no one: one expression tells, before the closing work after them is looked for.
		if (!(CHARGE_END.test(clause) || (!first && clause.includes('负责'))) || !closedAfter(closedAt)) {
			return undefined;
		}
		const read: WordedList[] = [];
		// `县住建局牵头，指导各乡镇抓好落实。`: the bodies the lead guides are charged with the work (see guidesBodies); not in the first.
		const guided = first ? 0 : guidedAt(clause);
		// `县文旅局主办，各乡镇承办。` (a review's false missing-lead): after the host, those undertaking it are charged (承办 for 负责,
		// one for one); not alone (`县级主办，乡镇承办。`, `承办单位`: a slogan's, a label).
		const charge = first ? clause : clause.replace(UNDERTAKES, '负责');
		if (!readSegment(charge.slice(guided), clauses[at][0] + guided, true, read) || read.length !== 1 || read[0].role !== 'responsible') {
			const part = !first && COMMA.test(folded.charAt(clauses[at][0] - 1)) ? chargedBody(folded, clauses[at][0], clauses[at][1]) : undefined;
			return part && { role: 'responsible', start: start + part.start, end: start + part.end };
		}
		// A collective's bracket left out (`各乡镇（街道）抓好落实`), as keptBeforeSociety leaves it; and the list's close `等单位`, `等有关部门`
		// (`县住建局牵头，县财政局等单位负责落实。`: a review's, 「县财政局等单位」 was no plain name, 县财政局 alone read as the lead).
		const listed = folded.slice(read[0].start, read[0].end);
		const names = (list: string): string[] => namesOutsideParentheses(list).map((name) => name.replace(/[（(][^（）()]*[）)]/g, ''));
		// `县财政局和各乡镇`: bodies joined by 和, 及 or 与 are charged each (round 62's: `县住建局牵头，县财政局和各乡镇负责。` lost its
		// lead, a false lead-not-designated, where `…，县财政局、各乡镇负责。` read it); a name with 和 of its own (`县住房和城乡建设局`) whole.
		const chargesOne = (name: string): boolean => isPlainLeadName(name) || (!first && isCollectiveBody(name));
		const charges = (name: string): boolean => chargesOne(name) || (!first && name.split(JOINED).every((part) => part.length > 0 && chargesOne(part)));
		// `相关企业等单位` charges as a collective of units, whole, as before its close was left out.
		const charged = names(listed.replace(LIST_CLOSE, '')).every(charges) || names(listed.replace(/等$/, '')).every(charges);
		return charged ? { role: 'responsible', start: start + read[0].start, end: start + read[0].end } : undefined;
	};
	/** The charged clause after the helpers' clauses ending at `at` (clauses naming society alone passed over), -1 when none (see chargedThenClosed). */
	const chargedAfter = (at: number): number => {
		let next = at + 1;
		while (next < lastClause && societyAlone(next)) {
			next++;
		}
		return next <= lastClause && chargedThenClosed(next) ? next : -1;
	};
	/**
	 * The charged clause right after the lead's clause `at` (clauses naming society alone passed over), its list, and the last of
	 * the helpers' clauses after it, the task's work alone after them (`…，县财政局负责落实，县税务局配合。`); undefined when none.
	 */
	const chargedThenHelpers = (at: number): [number, WordedList, number] | undefined => {
		let next = at + 1;
		while (next < lastClause && societyAlone(next)) {
			next++;
		}
		if (next > lastClause) {
			return undefined;
		}
		const last = helpersEnd(next + 1);
		const list = helpersRead(next + 1, last) ? chargedList(next, false, last) : undefined;
		return list && [next, list, last];
	};
	/**
	 * The task's first clauses from `at` on each charging bodies a lead may be (see chargedList), their lists, the last of them and the
	 * last of the helpers' clauses after them, only the task's closing work after those; undefined when none. `县住建局负责，县财政局配合。`
	 * (a review's: 县住建局 lost, a lead-not-designated) reads as `由县住建局负责，县财政局配合。` does, `县住建局负责，县财政局负责。`
	 * (县住建局 lost, 县财政局 alone the lead) as `由县住建局负责，县财政局负责。`: both charged, no lead designated.
	 */
	const chargedFirst = (at: number): [WordedList[], number, number, [number, WordedList]?] | undefined => {
		const lists: WordedList[] = [];
		for (let next = at; next <= lastClause; next++) {
			const list = chargedList(next, true, lastClause);
			if (list === undefined) {
				break;
			}
			lists.push(list);
		}
		if (lists.length === 0) {
			return undefined;
		}
		// `县住建局负责，县财政局负责资金保障。` (round 62's false missing-lead): bodies given their part after a comma share the work, as
		// after `由A负责，` (see chargedBody; the one charged plainly then leads, see conventions' leadBesideCharges).
		const charging = lists.length;
		for (let next = at + lists.length; next <= lastClause && COMMA.test(folded.charAt(clauses[next][0] - 1)); next++) {
			const part = chargedBody(folded, clauses[next][0], clauses[next][1]);
			// Each named with its level from the clause's start (not `其中县财政局`, `资金由县财政局`: review R2's unknown-units).
			if (part === undefined || !folded.slice(part.start, part.end).split('、').every((name) => levelPrefixOf(name) !== undefined)) {
				break;
			}
			lists.push({ role: 'responsible', start: start + part.start, end: start + part.end });
		}
		// Not where the place is charged after them (`…，县财政局负责资金保障，属地组织实施。`: review R2's false lead-not-designated,
		// three charged; see PLACE_PRINCIPLE): read as before.
		if (lists.length > charging && clauses.slice(helpersEnd(at + lists.length) + 1, lastClause + 1).some(([from, to]) => PLACE_PRINCIPLE.test(folded.slice(from, to).trim()))) {
			lists.length = charging;
		}
		const last = at + lists.length - 1;
		const end = helpersEnd(last + 1);
		if (!helpersRead(last + 1, end)) {
			return undefined;
		}
		if (closedAfter(end)) {
			return [lists, last, end];
		}
		// `县住建局负责，县财政局配合，各乡镇抓好落实。` (only 各乡镇 was read): bodies carrying the work out after the helpers share it, as
		// after `A牵头，B配合，`; only where the first then leads (see leadsOverCarriers: `…，各乡镇负责。` stays as it read).
		const after = end > last ? chargedAfter(end) : -1;
		const carried = after > 0 ? chargedList(after) : undefined;
		return carried && leadsOverCarriers(folded, start, [...lists, carried]) ? [lists, last, end, [after, carried]] : undefined;
	};
	let workLead: Span | undefined;
	let charged: [number, WordedList, number] | undefined;
	let firstCharged: [WordedList[], number, number, [number, WordedList]?] | undefined;
	for (let i = 0; i < clauses.length; i++) {
		const to = clauses[i][1];
		const from = afterUnclosedOpening(folded, clauses[i][0], to);
		if (to - from > 60) {
			continue;
		}
		const clause = folded.slice(from, to).trim();
		const last = i === lastClause;
		if (skipPast && opensWithPastWord(clause) && !insideParenthesis(folded, from)) {
			// `以往县财政局负责，县审计局配合。`: what was done, the helpers after it too (see readProseDesignations).
			skipped = true;
			if (i + 1 <= lastClause && closesWithHelpers(i + 1)) {
				i++;
			}
			continue;
		}
		// Read again, a bare past word's clause is read as the base read it (「上年县发改局」 led), the name without it.
		const time = skipPast || !opensWithPastWord(clause) ? timeWordAt(clause, 0) : 0;
		const named = namedByLabelWord(folded, from, to);
		if (named) {
			// `…，牵头单位为县自然资源局，责任单位为各乡镇人民政府。`: a label word in prose, 为 or 是 for its colon.
			lists.push({ role: named.role, start: start + named.start, end: start + named.end });
		} else if (clause.startsWith('由', time) || THIS_WORK.test(clause) || groupWordsAt(clause, 0) > 0) {
			// `以上任务由县住建局牵头，指导各乡镇抓好落实。` (a review's: the lead lost, every item above a missing-lead): a group line's 由
			// after its words (see groupWordsAt) names the lead as `由A牵头，…` does.
			// 由A、B,C负责落实: a list without a verb goes on over commas to its verb.
			let until = i;
			while (until < lastClause && clauses[until + 1][1] - from <= MAX_CARRIED_CLAUSE && carriesOver(folded, clauses[until][0], clauses[until][1]) && !readSegment(folded.slice(from, clauses[until][1]), 0, true, [])) {
				until++;
			}
			if (until > i && readSegment(folded.slice(from, clauses[until][1]), start + from, true, lists)) {
				i = until;
				continue;
			}
			if (readSegment(folded.slice(from, to), start + from, true, lists)) {
				// 由A牵头，B参与: the next clause names the helpers.
				const next = clauses[i + 1];
				const charged = next && !closesWithHelpers(i + 1) && COMMA.test(folded.charAt(to)) ? chargedBody(folded, next[0], next[1]) : undefined;
				if (next && closesWithHelpers(i + 1)) {
					// `由县发改局牵头，会同县人民政府配合。`: 会同 after a county's bodies is the verb, as without 由 (「会同县人民政府」 was read).
					readSegment(folded.slice(next[0], next[1]), start + next[0], true, lists, countyClauseBefore(folded, next[0]));
					i++;
				} else if (lists[lists.length - 1]?.role === 'lead' && readsPartners(i + 1)) {
					// `由县发改局牵头，会同县财政局负责，县审计局配合。`: the partners after 会同 share the work (县财政局 was lost
					// where its clause was not the last), then the helpers.
					i = afterPartners(i + 1);
				} else if (charged) {
					// 由A负责，B负责资金保障: B given its part shares the work, as after its own 由 (B was lost; see leadBesideCharges).
					lists.push({ role: 'responsible', start: start + charged.start, end: start + charged.end });
					i++;
				}
			}
		} else if (last || ((clause.includes('牵头') || clause.startsWith(CONCERT)) && closedAfter(i) && closesOnLead(folded, clauses, i))) {
			const afterCounty = i > 0 && countyClauseBefore(folded, from);
			const lead = i > 0 && concertOpening(folded, from + folded.slice(from, to).search(/\S|$/), afterCounty) > 0 ? bareListClause(folded, clauses[i - 1][0], clauses[i - 1][1]) : undefined;
			if (lead && readSegment(folded.slice(from, to), start + from, true, proseConcert, afterCounty)) {
				// `市民政局，会同市财政局负责。`: the list before the comma leads, those after 会同 share, as `市民政局会同市财政局负责` reads;
				// also before 牵头 (`县发改局，会同县财政局牵头负责。` read both as leads, where `县发改局会同县财政局牵头负责` reads B sharing).
				lists.push({ role: 'lead', start: start + lead.start, end: start + lead.end });
				for (const list of proseConcert) {
					lists.push({ role: 'responsible', start: list.start, end: list.end });
				}
				proseConcert.length = 0;
			} else {
				// `由县住建局牵头，指导各乡镇抓好落实。`: after the lead the bodies it guides are charged (see guidedAt), as `…，各乡镇抓好落实。` reads.
				const guided = lists.some((list) => list.role === 'lead') ? guidedAt(folded.slice(from, to)) : 0;
				readSegment(folded.slice(from + guided, to), start + from + guided, true, lists, afterCounty);
			}
		} else if (i + 1 === lastClause && opensWithTheme(clause) && concertAfterBy(clause) && closesWithHelpers(i + 1) && readsConcertLead(from, to)) {
			// `推进智慧城市建设由市大数据局会同市工信局负责，各区政府配合。`: the 由-clause after the theme names the lead and
			// its partners as it does alone (only 各区政府 was read), then the helpers.
			lists.push(...proseConcert);
			proseConcert.length = 0;
			readSegment(folded.slice(clauses[i + 1][0], clauses[i + 1][1]), start + clauses[i + 1][0], true, lists);
			i++;
		} else if (endsWithProseLead(clause) && (i + 1 === lastClause || (i + 2 === lastClause && closesWithHelpers(i + 2)) || (i + 1 < lastClause && namesPlainLead(clause) && closedAfter(helpersEnd(i + 2)) && helpersRead(i + 2, helpersEnd(i + 2)))) && readsPartners(i + 1)) {
			// `县住建局牵头，会同县统计局负责。` closing the task, perhaps with the helpers after: 会同 joins the partners to the
			// lead before the comma, as after `由A牵头，` (the partners alone were read, 县统计局 taken for the lead).
			const read = lists.length;
			if (readSegment(folded.slice(from, to), start + from, true, lists) && lists.length === read + 1 && lists[read].role === 'lead') {
				i = afterPartners(i + 1);
			} else {
				// Not one lead's list (`A会同B牵头，会同C负责`): the clause is left as before, nothing of it kept.
				lists.length = read;
				proseConcert.length = 0;
			}
		} else if (clause.includes('牵头') && helpersEnd(i + 1) > i && (i + 1 === lastClause || (closedAfter(helpersEnd(i + 1)) && helpersRead(i + 1, helpersEnd(i + 1)))) && (workLead = leadBeforeWork(clause)) !== undefined) {
			// `县财政局牵头完成资金拨付，县审计局配合。`: 牵头 then the lead's work names the lead, as `由A牵头研究落实` does
			// (a probe's false lead-not-designated), then the helpers.
			const at = start + from + folded.slice(from, to).search(/\S/);
			lists.push({ role: 'lead', start: at + workLead.start, end: at + workLead.end });
			i = readHelpers(i + 1, helpersEnd(i + 1));
		} else if (i + 1 < lastClause && endsWithProseLead(clause) && helpersEnd(i + 1) > i && namesPlainLead(clause) && (closedAfter(helpersEnd(i + 1)) || chargedAfter(helpersEnd(i + 1)) > 0) && helpersRead(i + 1, helpersEnd(i + 1))) {
			// `县发改局牵头，县财政局积极配合，县统计局主动参与。`, `…，县财政局配合，确保年底前完成。`: the helpers' clauses after a
			// lead plainly named, then the task's work alone, read as one helpers' clause closing the task is (only 县统计局 was
			// read; none, a false missing-lead). Not a slogan's `政府牵头，部门配合，社会参与` (no body plainly named, 部门 none).
			// `…，县财政局配合，属地乡镇抓好落实。`: a charged clause after the helpers shares the work, as after `由A牵头，B配合，`
			// (the lead and helpers were lost, 属地乡镇 alone read).
			if (readSegment(folded.slice(from, to), start + from, true, lists)) {
				i = readHelpers(i + 1, helpersEnd(i + 1));
				const after = closedAfter(i) ? -1 : chargedAfter(i);
				const list = after > 0 ? chargedList(after) : undefined;
				if (list) {
					lists.push(list);
					i = after;
				}
			}
		} else if (endsWithProseLead(clause) && (namesPlainLead(clause, false) || (namesPlainLead(clause) && !besidePartiesParts(folded, clauses, i))) && (charged = chargedThenHelpers(i)) !== undefined) {
			// `县住建局牵头，县财政局负责落实。` (a review's: 县财政局 alone read, taken for the lead): the bodies charged after a lead
			// plainly named share the work, as after `由A牵头，` and after the lead's helpers; then helpers, then closing work alone.
			if (readSegment(folded.slice(from, to), start + from, true, lists)) {
				lists.push(charged[1]);
				i = readHelpers(charged[0] + 1, charged[2]);
			}
		} else if (lists.length === 0 && i < lastClause && !opensWithPastWord(clause) && !PROSE_ROLE_WORD.test(folded.slice(0, clauses[i][0])) && (firstCharged = chargedFirst(i)) !== undefined) {
			// `县住建局负责，确保年底前完成。`, `各乡镇负责落实，确保年底前完成。`: bodies charged with the work before the task's closing work
			// alone are read as when their clause closes the task (`县住建局负责。`); each was a false missing-lead. Only the task's first
			// clause of a role: not a narrative's (`去年县住建局负责，…`, `去年市发改委牵头,各部门按职责分工负责,取得明显成效。`), nor a party
			// or a bare place (see chargedThenClosed). The helpers after them too, as after `由A负责，` (see chargedFirst).
			lists.push(...firstCharged[0]);
			i = readHelpers(firstCharged[1] + 1, firstCharged[2]);
			if (firstCharged[3]) {
				lists.push(firstCharged[3][1]);
				i = firstCharged[3][0];
			}
		} else if (i + 1 === lastClause && endsWithProseLead(clause) && closesWithHelpers(i + 1)) {
			// `县审批局牵头，县大数据中心、县直有关单位配合。` closing the task: the lead, then the helpers. Not before a
			// 负责 clause: `去年市发改委牵头，各部门按职责分工负责。`, `坚持政府牵头，部门负责。` are narrative under a heading's
			// or a group line's lead, which such a reading replaced (a reviewer's probes: false unknown-unit and empty-field).
			// 牵头 with the lead's words for its part as in a parenthesis (`市政府督查室牵头督导检查，市委督查室配合。`).
			if (readSegment(folded.slice(from, to), start + from, true, lists)) {
				readSegment(folded.slice(clauses[i + 1][0], clauses[i + 1][1]), start + clauses[i + 1][0], true, lists);
				i++;
			}
		}
	}
	leadOverCarriers(folded, start, lists);
	return skipped && !lists.some((list) => list.role === 'lead') ? undefined : lists;
}

/**
 * `县住建局负责，各乡镇抓好落实。` (round 62's false lead-not-designated, both read responsible): a body plainly named charged with
 * the task by a bare 负责, then bodies carrying the work out (`抓好落实`, `负责具体实施`, `各司其职`) read as after `A牵头，`: the first
 * leads. Not where every list is charged alike (`县住建局负责，县财政局负责。`, `…，各乡镇按职责分工负责。`, `…，各乡镇负责落实。`,
 * `A负责落实，B抓好落实。`: no lead designated), nor a collective first (`各乡镇负责，各村抓好落实。`). `lists` in the document's offsets, `start` that of `folded`.
 */
function leadOverCarriers(folded: string, start: number, lists: WordedList[]): void {
	if (leadsOverCarriers(folded, start, lists)) {
		lists[0].role = 'lead';
	}
}

/** Whether the first of `lists` leads over the bodies carrying the work out (see leadOverCarriers). */
function leadsOverCarriers(folded: string, start: number, lists: readonly WordedList[]): boolean {
	const charged = lists.filter((list) => list.role === 'responsible');
	if (charged.length < 2 || lists[0] !== charged[0] || lists.some((list) => list.role === 'lead')) {
		return false;
	}
	const verbAfter = (list: WordedList): string => CLAUSE_REST.exec(folded.slice(list.end - start))![0].trim();
	const first = folded.slice(charged[0].start - start, charged[0].end - start);
	const plain = !/[、，,]/.test(first) && isPlainLeadName(first) && !isLeadingCollective(first) && !LEVEL_GOVERNMENTS.test(first);
	if (!plain) {
		return false;
	}
	const rest = charged.slice(1).map(verbAfter);
	if (ORGANIZING.test(verbAfter(charged[0]))) {
		// `县住建局负责组织实施，各乡镇抓好落实。` (review R2's false lead-not-designated): the organizer leads over bodies charged
		// with the work (`…，各乡镇负责。`, `…，各乡镇负责落实。`), not over bodies organizing too (`…，县财政局组织实施。`).
		return rest.every((verb) => !verb.includes('组织') && (CARRYING_OUT.test(verb) || /^(?:负责|负责落实)$/.test(verb)));
	}
	return verbAfter(charged[0]) === '负责' && rest.every((verb) => CARRYING_OUT.test(verb));
}
/** The body taking the work in hand as its organizer (`负责组织实施`, `组织实施`, `负责组织落实`). */
const ORGANIZING = /^(?:负责)?组织(?:实施|落实)$/;
const CLAUSE_REST = /^[^，,；;。]*/;
/**
 * A charge carrying the work out: `抓好落实`, `负责具体实施`, `组织实施`, `各司其职` (see TAKING_IN_HAND); not a bare or shared 负责, nor
 * 负责落实, the whole work as 负责 is (`由A负责，由B负责落实` names no lead: see its test).
 */
const CARRYING_OUT = new RegExp(`^(?:等)?${TAKING_IN_HAND}(?:落实|实施|推进|${EACH_DOING_ITS_PART})$`);
