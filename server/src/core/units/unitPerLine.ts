import { bracketOf, isListSeparator, isWhiteSpace } from '../text/characters';
import { foldVocabulary } from '../text/vocabularyFold';
import { startsDepartment } from './splitUnitList';
import { endsWithPlace, isAdminParenthesisContent, isCollectiveName, levelPrefixOf, OWN_LEVEL, looksLikeUnitName, mayEndUnitName, namesPartOfBody, opensWithOwnPlace, takesLevelPrefix } from './unitNames';

/**
 * The name that ends `value` (after its last separator outside brackets: `各县（市、区）人民政府` is one),
 * white space and a closing `。` left out.
 */
function lastName(value: string): string {
	let end = value.length;
	while (end > 0 && (isWhiteSpace(value.charCodeAt(end - 1)) || value.charCodeAt(end - 1) === 0x3002)) {
		end--;
	}
	let start = end;
	let depth = 0;
	for (; start > 0; start--) {
		const code = value.charCodeAt(start - 1);
		const bracket = bracketOf(code);
		if (bracket !== 0) {
			depth -= bracket;
		} else if (depth <= 0 && (isListSeparator(code) || isWhiteSpace(code))) {
			break;
		}
	}
	return value.slice(start, end);
}

/**
 * The name that opens `line`, up to its first separator outside brackets, without a parenthesis
 * after it (`市税务局(列第一位者为工作牵头单位，下同)`: the convention; `各县（市）区政府` keeps its own)
 * or an 等 (etc.) and what follows it.
 */
function firstName(line: string): string {
	let start = 0;
	while (start < line.length && isWhiteSpace(line.charCodeAt(start))) {
		start++;
	}
	let end = start;
	let depth = 0;
	let firstOpen = -1;
	for (; end < line.length; end++) {
		const code = line.charCodeAt(end);
		const bracket = bracketOf(code);
		if (bracket > 0) {
			firstOpen = firstOpen < 0 ? end : firstOpen;
			depth++;
		} else if (bracket < 0) {
			depth = Math.max(0, depth - 1);
		} else if (depth === 0 && (isListSeparator(code) || isWhiteSpace(code) || code === 0x3002)) {
			break;
		}
	}
	const head = firstOpen > start ? line.slice(start, firstOpen) : '';
	return withoutEtc(head.length >= 3 && looksLikeUnitName(head) ? head : line.slice(start, end));
}

/** `省商务厅等` (`…等，各市人民政府`), `商务局等有关部门`: the name before 等, when it is one. */
function withoutEtc(name: string): string {
	const etc = name.indexOf('等');
	return etc >= 3 && looksLikeUnitName(name.slice(0, etc)) ? name.slice(0, etc) : name;
}

/** `（牵头）`, `(市粮食局)` after a name: a parenthesis that closes a whole name; not `（市）` of `各县（市）` + `区政府`. */
function endsInWholeNameParenthesis(name: string): boolean {
	const close = name.charCodeAt(name.length - 1);
	if (close !== 0xff09 && close !== 0x29) {
		return false;
	}
	const open = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
	return open >= 2 && !isAdminParenthesisContent(name.slice(open + 1, -1)) && looksLikeUnitName(name.slice(0, open));
}

/**
 * A whole name a line may end with: a body's end, not a place a suffix on the next line completes
 * (`各县（市）区` / `人民政府`, `各县市` / `区政府`), nor a collective's start (`各有关` / `县区政府`).
 */
function endsWholeName(name: string): boolean {
	// A bracket left open goes on on the next line (`各县(市` / `)区政府`).
	if (name.length < 3 || bracketDepth(name) !== 0 || UNFINISHED_END.test(name)) {
		return false;
	}
	if (endsInWholeNameParenthesis(name)) {
		return true;
	}
	if (isInstitutionName(name)) {
		return true;
	}
	const lastCode = name.charCodeAt(name.length - 1);
	return mayEndUnitName(lastCode) && !PLACE_LAST.has(lastCode) && looksLikeUnitName(name) && !endsWithPlace(name);
}

/** `各有关`, `省直相关`, `各部`: the start of a collective, whose name goes on. */
const UNFINISHED_END = /(有关|相关|直属|所属|下属|各部|各)$/;

/** How many brackets `text` leaves open (negative: closes more than it opens). */
function bracketDepth(text: string): number {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		depth += bracketOf(text.charCodeAt(i));
	}
	return depth;
}

/** 州, 盟, 旗, 省: a place's last character, which a name goes on from (`人行徐州` / `市中心支行`). */
const PLACE_LAST = new Set([0x5dde, 0x76df, 0x65d7, 0x7701]);

/** A department's name without its level: ends in 局, 委, 办 or 厅 (a name, not a word: three characters at least); not a branch (`桐乡分局`, which goes on from its bureau's name), nor a hall (`网上办` / `事大厅`). */
const BARE_DEPARTMENT = /^[\u4e00-\u9fff]{2,10}(?<![分大])[局委办厅]$/;

/** A party committee or government, whose own bodies follow it in one name (`中共嘉兴市委` / `政法委`). */
const OWN_BODIES_BEFORE = /([省市县区州]委|党委|政府)$/;

/** A place inside a bare name: a body of that place under the one before (`国家税务总局` / `某市税务局`). */
const PLACE_INSIDE = /^.+[省市县区州]/;

/**
 * The place a name opens with (`江州市`, `江北县`, `苏州工业园区`): two to six ideographs up to the first
 * 省, 市, 县 or 区. Not 州, which ends a city's name before its 市 (`苏州市自然资源和规划局` / `苏州工业园区分局`
 * is one name a wrap cut, whose lines share 苏州 and no place; a reviewer's note).
 */
const PLACE_FIRST = /^[\u4e00-\u9fff]{1,5}?[省市县区]/;

/**
 * `江州市财政局` / `江州市商务局` (a Word cell's paragraphs, each name written whole with its place): the
 * line opens a name of the same place as the name before, which a wrap inside one name does not
 * write twice; `国家税务总局` / `江州市税务局`, whose place is inside one name, opens with no place of its own.
 */
function namesSamePlace(before: string, name: string): boolean {
	const place = PLACE_FIRST.exec(name);
	return place !== null && name.length > place[0].length + 1 && before.startsWith(place[0]);
}

/** A name starts with an ideograph: not with the bracket (`)区政府`) or the punctuation a wrap left. */
function isIdeograph(code: number): boolean {
	return code >= 0x4e00 && code <= 0x9fff;
}

/** What goes on from a name the wrap cut (`市政府` / `办公厅`): never a unit alone. */
const NAME_PART = /^(办公|委员会|管委会|管理委员会|分局|稽查局|工委|党委|党工委)/;

/** 及, 和, 与, 并, 或, 等: a line that opens with one goes on from the line before. */
const CONJUNCTION_FIRST = new Set([0x53ca, 0x548c, 0x4e0e, 0x5e76, 0x6216, 0x7b49]);

/** A collective of places (`各区政府`, `各县（市）区人民政府`, `各镇（街道）`): not the members of the body before (`减负办` / `各成员单位`), nor `有关部门`. */
const PLACES_COLLECTIVE = /^各(县|市|区|镇|乡|街道|州|盟|旗|开发区|园区|功能区)/;

/** `高新区管委会`, `经开区管委会`: a zone's committee or a place's government, the place short and whole. */
const PLACE_GOVERNMENT = /^[\u4e00-\u9fff]{1,4}(区|县|镇|乡|街道)(管委会|管理委员会|人民政府|政府|办事处)$/;

/** Words a line break falls inside when a name's end and a name's start meet in them (`苏州工业园` / `区管委会`, `…和社` / `会保障局`). */
const WORDS_ACROSS = new Set(['园区', '社会', '部门', '机关', '委会', '区域', '办公']);

/**
 * A name that opens with what only a name's start is, after `before`: a collective of places
 * (`各区政府`), a department with its level (`市自然资源局`; not `区管委会`), a zone's committee
 * (`高新区管委会`), or a department without its level after one (`财政局` / `发改局`: a county's list;
 * not after a name with its level, `市政府` / `金融办`, `市公安局` / `交通管理局`, which are one).
 * Not what goes on from a name the wrap cut: `办公厅`, `人民政府`, `交警支队`, `桐乡分局`, `有关部门`.
 */
function opensName(name: string, before: string): boolean {
	// A conjunction or 等 goes on from the line before (`各区、县(市)政府` / `及开发区管委会`): the list's splitting reads it.
	if (name.length < 3 || !isIdeograph(name.charCodeAt(0)) || CONJUNCTION_FIRST.has(name.charCodeAt(0)) || NAME_PART.test(name)) {
		return false;
	}
	if (WORDS_ACROSS.has(before.slice(-1) + name[0])) {
		return false;
	}
	// Before the look at a unit's ending: `市第一中学`, `江州大学` end in no ending looksLikeUnitName knows.
	if (isInstitutionName(name)) {
		// A company after a university or a hospital is its own (`江州大学` / `出版社有限公司`, `市第一人民医院` /
		// `集团有限公司`): a wrap inside the name, unless the company names its level.
		return (!COMPANY_LAST.test(before) || followsGroup(name, before)) && !(COMPANY_LAST.test(name) && !hasLevel(name) && OWNS_COMPANIES.test(before));
	}
	// `市教育局` / `团市委` (a 群团 list one a line) read `市教育局团市委`: the league names its level inside its name, where no level prefix is looked for.
	if (OWN_LEVEL.test(name)) {
		return true;
	}
	if (!looksLikeUnitName(name)) {
		return false;
	}
	if (PLACES_COLLECTIVE.test(name)) {
		return !MEMBERS.test(name);
	}
	// Not `市区分局` (`市公安局` / `市区分局`: a branch goes on from its bureau's name), but after no bureau's (`区红十字会` / `区资规分局`).
	if (startsDepartment(name, 0) && levelPrefixOf(name) !== undefined && takesLevelPrefix(name) && !(name.endsWith('分局') && before.endsWith('局'))) {
		return true;
	}
	if (namesSamePlace(before, name)) {
		return true;
	}
	// `区财政局` / `南湖区人民政府办公室`: a department with its own place after one with its level, which no
	// wrap inside one name writes (`市公安局` / `南湖区分局` is the bureau's branch, `市住房公积金管理中心` /
	// `江北县管理部` its office there, `国家税务总局` / `江州市税务局` one name).
	if (hasLevel(before) && takesLevelPrefix(before) && opensWithOwnPlace(name) && takesLevelPrefix(name) && !namesPartOfBody(name)) {
		return true;
	}
	if (BARE_DEPARTMENT.test(name)) {
		return levelPrefixOf(before) === undefined && BARE_DEPARTMENT.test(before) && !OWN_BODIES_BEFORE.test(before) && !PLACE_INSIDE.test(name);
	}
	// `区教育局` / `北门街道` / `南岭镇`: the towns a task reaches, one a line.
	return (PLACE_GOVERNMENT.test(name) && !/[和及与]/.test(name)) || isTownship(name);
}

/** What an institution's name ends with, no department's (`市图书馆`, `县人民医院`, `市第一中学`, `市红十字会`, `市城投公司`, `市消防救援支队`). */
const INSTITUTION_END = /(院|馆|学校|中学|小学|大学|幼儿园|公司|集团|电视台|报社|红十字会|慈善总会|支队|大队)$/;

/**
 * Institutions named by their own place, without a level (`江州大学`, `国网江州供电公司`, `江州日报社`);
 * not a group, whose name a wrap may leave after a hospital's (`江州市第一人民医院` / `医疗集团`).
 */
const OWN_NAMED_INSTITUTION_END = /(大学|公司|电视台|报社)$/;

/**
 * A group named by its own place (`金义新区发展集团`: units one a line, 金东 2024), which opens a unit of its
 * own as a university does; not one a wrap leaves after a hospital's name (`医疗集团`), which names no place.
 */
const GROUP_END = /集团$/;

/**
 * `金义新区发展集团` / `区城投集团` (金东 2024, one a line): a body with its level after a group is its own; not
 * 市政, a word a subsidiary's name opens with (`市城投（集团）` / `市政工程公司`).
 */
function followsGroup(name: string, before: string): boolean {
	return GROUP_END.test(before) && hasLevel(name) && !name.startsWith('市政');
}

/** A branch goes on from its body's name (`市人民医院` / `城东分院`, `中国电信股份有限公司` / `江州分公司`), as a company's name from its group's (`有限公司`). */
const BRANCH_OR_COMPANY_PART = /^(有限|股份|控股|分|总)|分(院|馆|校|公司)$/;

/** A university's or hospital's name, which its own press or group goes on from (`江州大学出版社有限公司`). */
const OWNS_COMPANIES = /(院|馆|大学|学校)$/;

/** A company or group, whose subsidiary's name may go on from it (`中国移动通信集团` / `江州有限公司`, `市城投（集团）` / `市政工程公司`). */
const COMPANY_LAST = /(公司|集团)[)）]?$/;

/**
 * An institution's whole name, which a wrap does not leave behind a whole name (units one a line, 民生实事
 * tasks: `责任单位：市财政局` / `市图书馆` / `市人民医院`, read `市财政局市图书馆市人民医院`): with its level
 * (`县人民医院`, `市第一中学`, `市红十字会`), or a university, company or paper its own place names
 * (`江州大学`, `国网江州供电公司`, `江州日报社`); it opens a line after a name that is no company's (see opensName).
 * Not a branch (`江州分公司`), nor the rest of a company's name (`有限公司`).
 */
function isInstitutionName(name: string): boolean {
	if (name.length < 3 || name.length > MAX_INSTITUTION_NAME || BRANCH_OR_COMPANY_PART.test(name) || NOT_IN_A_NAME.test(name)) {
		return false;
	}
	return hasLevel(name) ? INSTITUTION_END.test(name) : name.length >= 4 && (OWN_NAMED_INSTITUTION_END.test(name) || (GROUP_END.test(name) && opensWithOwnPlace(name)));
}

/** A name opening with its level (`市…`, not `市场…`, `市区…`). */
function hasLevel(name: string): boolean {
	return startsDepartment(name, 0) && levelPrefixOf(name) !== undefined;
}

/** What no name holds: a sentence's punctuation, a number (`新建2所小学`). */
const NOT_IN_A_NAME = /[0-9０-９，,。；;：:]/;

/** The longest institution's name read (`国网江州市供电公司`, `江州市城市建设投资集团有限公司`). */
const MAX_INSTITUTION_NAME = 20;

/** The members of the body before (`各成员单位`, `各部门`): no collective of its own. */
const MEMBERS = /^各(成员单位|成员|部门|单位|处室|科室|委办局|有关单位|有关部门|相关单位|相关部门)$/;

/** Whether `name` is one of the names the pieces list (a name alone or before its parenthesis). */
function listsName(pieces: ReadonlyArray<{ text: string }>, name: string): boolean {
	for (const { text: written } of pieces) {
		const text = foldVocabulary(written);
		let at = text.indexOf(name);
		while (at >= 0) {
			const before = at === 0 ? 0x3001 : text.charCodeAt(at - 1);
			const after = at + name.length === text.length ? 0x3001 : text.charCodeAt(at + name.length);
			if ((isListSeparator(before) || isWhiteSpace(before)) && (isListSeparator(after) || isWhiteSpace(after) || bracketOf(after) > 0 || after === 0x3002)) {
				return true;
			}
			at = text.indexOf(name, at + 1);
		}
	}
	return false;
}

/**
 * Units one per line, as a Word table cell's paragraphs paste: `责任单位：市财政局` / `各区政府` /
 * `市自然资源局` are three units, where the lines joined read `市财政局各区政府市自然资源局`, one name
 * unknown to the registry. The line break separates when the line before ends a whole name and
 * this line opens another (see opensName); a PDF's wrap inside a name (`市政府` / `办公室`, `各县（市）`
 * / `区政府`) does neither. A name listed already in the value is no unit of the list but a line
 * the paste joined to it (the signature under the last task: `市财政局`), as splitGluedNames reads it.
 * `value`: the field's value on the line before; `line`: the line's text that goes on with it;
 * `listed`: the value's pieces looked in for a name listed already. Read folded: `縣財政局` / `各區政府`
 * / `縣自然資源局` are three units as their Simplified twins are.
 */
export function lineOpensNextUnit(value: string, line: string, listed: ReadonlyArray<{ text: string }>): boolean {
	const before = lastName(foldVocabulary(value));
	if (before.length === 0) {
		return false;
	}
	const next = firstName(foldVocabulary(line));
	if (endsWholeName(before)) {
		return opensName(next, before) && !listsName(listed, next);
	}
	return isTownship(before) && opensAfterTownship(next, before) && !listsName(listed, next);
}

/**
 * A township or street by its name alone (`南岭镇`, `东坪乡`, `北门街道`: 民生实事 tasks list the towns a
 * project reaches, one a line in a Word cell; `傅村镇`, `石集镇` are towns too); not a word that ends so
 * (`美丽城镇`, `特色小镇`, `重点镇`), nor a collective (`各乡镇`, `有关街道`), nor the rest of a town's name a
 * wrap cut (`县傅村` / `镇曹宅镇`: no name opens with 镇).
 */
const TOWNSHIP = /^[^镇乡街道\P{Script=Han}][\u4e00-\u9fff]{1,5}(镇|乡|街道)$/u;
const TOWN_WORD_END = /(城镇|乡镇|小镇|城乡|下乡|返乡|重点镇|中心镇|特色镇|建制镇|示范镇)$/;

/** A body's end inside the name: no township's name but a body's place in it (`公安局城关镇`). */
const BODY_INSIDE = /[局委办厅部处所院站队]/;

/** Folded; also a signature's first line before a date (see documentParts). */
export function isTownship(name: string): boolean {
	return TOWNSHIP.test(name) && !TOWN_WORD_END.test(name) && !BODY_INSIDE.test(name) && !isCollectiveName(name);
}

/**
 * After a township's name a line may go on with the rest of one name (`南岭镇` / `人民政府`, `北门街道` /
 * `办事处`, `城关镇` / `中心小学`, `城关镇` / `供电公司`): only a name no township's body is opens a unit
 * of its own there, another township (`北门街道` / `南岭镇`), a name with its level (`区发改局`, `县人民医院`),
 * a collective (`各村`) or a name opening with its own place (`金义新区发展集团`, `南岭镇人民政府`).
 */
function opensAfterTownship(name: string, before: string): boolean {
	if (isTownship(name)) {
		return true;
	}
	return opensName(name, before) && (hasLevel(name) || PLACES_COLLECTIVE.test(name) || OWN_LEVEL.test(name) || PLACE_GOVERNMENT.test(name) || opensWithOwnPlace(name));
}
