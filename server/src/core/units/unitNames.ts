import { asciiDigits } from '../text/characters';
import { stripGlosses } from '../text/glosses';
import { foldCode, foldVocabulary } from '../text/vocabularyFold';
import { LOCAL_BODIES } from './catalogData';

/** Facts about how unit names are built, used to split and complete unit lists. */

/**
 * A test for names ending in one of `endings`, by a look-up of the name's last character: a
 * regular expression `(…|…)$` tries every ending at every position of the name, and these tests
 * run on every unit of a notice.
 */
function endsWithAny(endings: readonly string[]): (name: string) => boolean {
	const byLast = new Map<number, string[]>();
	for (const ending of endings) {
		const last = ending.charCodeAt(ending.length - 1);
		byLast.set(last, [...(byLast.get(last) ?? []), ending]);
	}
	return (name) => {
		const candidates = byLast.get(name.charCodeAt(name.length - 1));
		if (candidates !== undefined) {
			// Indexed: every unit of a notice comes here, the first ones in the interpreter, where each step of an iterator is an object.
			for (let c = 0; c < candidates.length; c++) {
				if (name.endsWith(candidates[c])) {
					return true;
				}
			}
		}
		return false;
	};
}

/** A parenthesis inside a name that belongs to it: 各县(市)区政府, 各镇(街道), a province's 各市（州）人民政府. */
const ADMIN_PARENTHESIS_CONTENT = /^(市|区|县|州|盟|镇|乡|街道|社区|村|县区|区县|市区|县市区|县\(市\)区|镇街|乡镇|镇\(街道\)|[县市区镇乡州][、,，][县市区镇乡街道州]+)$/;

export function isAdminParenthesisContent(text: string): boolean {
	// Folded: 各縣(市、區)政府 as 各县(市、区)政府.
	return ADMIN_PARENTHESIS_CONTENT.test(foldVocabulary(text.normalize('NFKC')));
}

/**
 * A parenthesis after a collective that names more bodies of it: 各街道(功能区), 各街办(新区),
 * 各县(市、区)政府(管委会), and a list of them: 各镇(街道、园区) (鄞州 2024). The supervisor follows them up
 * too: it is part of the name, not a scope.
 */
const MORE_BODY = '[\u4e00-\u9fff]{0,6}(?:功能区|新区|开发区|园区|管理区|度假区|管委会|管理委员会|街道|办事处|乡镇)';
const MORE_BODIES_CONTENT = new RegExp(`^${MORE_BODY}(?:[、,，]${MORE_BODY})*$`);

export function namesMoreBodies(collective: string, content: string): boolean {
	return MORE_BODIES_CONTENT.test(foldVocabulary(content)) && isCollectiveName(collective);
}

/**
 * Also the bodies of wherever a task lands (`属地政府`, `属地镇街`: 安全生产 tasks) and the central and
 * provincial bodies in the city (`中省驻市单位`, `中央和省驻市单位`, `省级以上驻市单位`, `驻市部队`: 双拥 tasks).
 * Not 市直机关工委, one body (units-catalog.md F: "中共XX市委直属机关工作委员会 | 市直机关工委"), while
 * 市直机关各单位 is many.
 */
const COLLECTIVE_START = /^(各|相关|有关|其他|其它|全省|全州|全市|全区|全县|省属|省直|州属|州直|市属|市直|区属|区直|县属|县直|省各|市各|区各|县各|属地|中省驻|中央和省驻|中央驻|省级以上驻|驻[市县区州地])(?!属?机关党?工委)/;
const collectiveEnd = endsWithAny(['成员单位', '承办单位', '责任单位', '有关单位', '相关单位', '有关部门', '相关部门', '各单位', '各部门', '各委办局', '各工作部门', '主管部门', '行业部门', '职责的部门']);

/** A collective unit names many bodies at once: 各县(市)区政府, 市属有关单位, 减负办各成员单位. */
export function isCollectiveName(name: string): boolean {
	// Folded: `縣財政局等有關部門配合` leaves 有關部門, `市直相關單位`; as collective as 有关部门 (no unit to look up).
	const plain = foldVocabulary(name);
	return COLLECTIVE_START.test(plain) || collectiveEnd(plain);
}

/**
 * Society at large, no body: `县住建局牵头，社会参与。`, `政府牵头，部门配合，社会参与` (社会 ends as 协会 does and was read a helper,
 * an unknown-unit with a registry; 各类市场主体 as a collective). A bare 企业 too (read as no unit). Not bodies a collective
 * names: 各行业协会, 各金融机构, and enterprises so named (`相关企业配合`, `各类企业积极参与`, 县属国有企业), which a clerk
 * lists among the helpers.
 */
const SOCIETY = /^(?:(?:各类?|相关|有关|广大|全体|其他|其它)?(?:全?社会(?:各界|各方|力量|组织|资本|公众)?|各界|各方|(?:人民|各界)?群众|公众|市场主体)|(?:民营)?企业)$/;

/** Whether a name is society's (see SOCIETY), folded. */
export function isSocietyName(name: string): boolean {
	return SOCIETY.test(foldVocabulary(name));
}

/** Whether a name opens as a collective does (`各乡镇`, `有关部门`, `县直有关单位`), not only ends so (`指导有关部门`). */
export function opensAsCollective(name: string): boolean {
	return COLLECTIVE_START.test(foldVocabulary(name));
}

/** Suffixes a list may write once for several places: 铜山区、鼓楼区政府. Longest first. */
export const SHARED_SUFFIXES = ['街道办事处', '人民政府', '管理委员会', '管委会', '党工委', '办事处', '政府'];

/** A name ending in a place (区, 县, 开发区 …), which a shared suffix completes. */
const placeEnd = endsWithAny(['区', '县', '市', '镇', '乡', '街道', '(市)', '(区)', '(县)', '(街道)', '（市）', '（区）', '（县）', '（街道）']);

// Names are tested folded (`鼓樓區、泉山區政府` as 鼓楼区、泉山区政府); what they return is as written.
export function endsWithPlace(name: string): boolean {
	return placeEnd(foldVocabulary(name));
}

/** The shared suffix `name` ends with, as written (`管委會` in a Traditional list). */
export function sharedSuffixOf(name: string): string | undefined {
	const plain = foldVocabulary(name);
	for (let s = 0; s < SHARED_SUFFIXES.length; s++) {
		const suffix = SHARED_SUFFIXES[s];
		if (plain.length > suffix.length && plain.endsWith(suffix) && placeEnd(plain.slice(0, -suffix.length))) {
			return name.slice(-suffix.length);
		}
	}
	return undefined;
}

export function hasSharedSuffix(name: string): boolean {
	const plain = foldVocabulary(name);
	return SHARED_SUFFIXES.some((suffix) => plain.endsWith(suffix));
}

/** Development zones written bare after a zone with a city name: 徐州经开区、高新区管委会. Longest first. */
const ZONE_WORDS = ['高新技术产业开发区', '经济技术开发区', '高新技术开发区', '经济开发区', '高新区', '经开区', '开发区', '保税区', '综保区', '港务区', '新区'];

/** Splits `徐州经开区` into `徐州` and `经开区`; undefined when the name is not a place followed by a zone word. */
export function splitZone(name: string): { place: string; zone: string } | undefined {
	const plain = foldVocabulary(name);
	for (const zone of ZONE_WORDS) {
		if (plain.endsWith(zone)) {
			return { place: name.slice(0, -zone.length), zone: name.slice(-zone.length) };
		}
	}
	return undefined;
}

export function isBareZone(name: string): boolean {
	return ZONE_WORDS.includes(foldVocabulary(name));
}

/** The level prefix a list may write once: 市发改委、商务局. */
export function levelPrefixOf(name: string): string | undefined {
	// By character code, answering constant strings: `name[0]` makes a string of an ideograph each time (every unit of a notice comes here).
	// A Traditional list's prefix as written (`縣財政局、交通運輸局`: 縣), and 市場 is 市场.
	switch (name.charCodeAt(0)) {
		case 0x5e02: // 市
			return foldCode(name.charCodeAt(1)) === 0x573a /* 场 */ ? undefined : '市';
		case 0x7701:
			return '省';
		case 0x53bf:
			return '县';
		case 0x7e23:
			return '縣';
		case 0x533a:
			return '区';
		case 0x5340:
			return '區';
		default:
			return undefined;
	}
}

/** Names of government departments and similar bodies, which take a level prefix (not companies or places). */
const departmentEnd = endsWithAny(['局', '委', '办', '厅', '部', '中心', '委员会', '办公室', '工商联', '总工会', '妇联', '残联', '科协', '侨联', '文联', '社科联', '团委', '法院', '检察院', '研究室', '党校']);

export function takesLevelPrefix(name: string): boolean {
	// Folded: `省財政廳、商務廳` as 省财政厅、商务厅.
	return name.length <= 12 && departmentEnd(foldVocabulary(name)) && !hasSharedSuffix(name);
}

/**
 * A state agency organised by region, not by the level of government: 海关, 银保监, 税务, 人民银行 …,
 * and a city bureau's branch in a district (生态环境分局, 公安分局: 海曙 2023).
 */
const REGIONAL_AGENCY = /(银保监|银监|保监|证监|海关|人民银行|人行|国税|地税|税务|调查队|气象|邮政|烟草|电力|铁路|通信管理|生态环境分局|公安分局)/;
/**
 * The Youth League committee of a level names the level inside: `市总工会、团市委、市妇联` (群团 lists) is no 市团市委,
 * nor `市教育局、共青团江州市委` a 市共青团江州市委.
 */
export const OWN_LEVEL = /^(共青)?团[省市县区]委|^共青团[\u4e00-\u9fff]{1,8}[省市县区州]委/;
/** A branch named after the bureau it belongs to: 宁波生态环境局海曙分局, 市公安局鼓楼分局. */
const BRANCH_OF_NAMED_BUREAU = /局[\u4e00-\u9fff]{1,6}分局$/;

/** Whether a name is a branch named after the bureau it belongs to (市公安局临川分局): see BRANCH_OF_NAMED_BUREAU. */
export function namesBranchOfBureau(name: string): boolean {
	return BRANCH_OF_NAMED_BUREAU.test(foldVocabulary(name));
}

/**
 * The name opens with its own place before a regional agency (`河南银保监局`, `郑州海关`, 河南 2023;
 * `海曙生态环境分局`, 海曙 2023), or names the bureau it is a branch of: a level prefix written once
 * before the list is not its (`省河南银保监局`, `区海曙生态环境分局` were read).
 */
export function namesOwnPlace(name: string): boolean {
	name = foldVocabulary(name);
	if (BRANCH_OF_NAMED_BUREAU.test(name) || OWN_LEVEL.test(name)) {
		return true;
	}
	const agency = REGIONAL_AGENCY.exec(name);
	return agency !== null && agency.index >= 2 && !/^(地方|国家|中国|中央)/.test(name);
}

/**
 * The place a name may open with: two to six ideographs up to the first 省, 市, 州, 县, 区, 镇, 乡 or 街道, not
 * where the level character begins a word (市场, 区域, 县城, 乡村, 乡镇, 省会, 市区) — in a folded name.
 * 州 an autonomous prefecture's (`县财政局、黔东南州生态环境局` is no 县黔东南州…).
 */
const OPENING_PLACE = /^[\u4e00-\u9fff]{2,6}?(?:省(?!会)|市(?![场区域内容]|政(?:管理|设施|公用|工程|园林|建设|养护)|民(?:热线|服务|中心|卡|之家|广场))|州|县(?![城域内])|区(?![域内划])|镇|乡(?![村镇])|街道)/;

/**
 * A county of one character (沛县, 萧县, 歙县: `县发改局、沛县人民法院` is no 县沛县人民法院), not a word
 * ending in 县 (全县, 本县, 各县, 市县, 区县, 旗县, 撤县) — in a folded name.
 */
const ONE_CHARACTER_COUNTY = /^(?![全本该該此各每属郊外邻市区省州旗强大小我撤两兩三四五六七八九十一二百千万整贫])[\u4e00-\u9fff]县(?![城域内])/;

/**
 * An autonomous prefecture's, a league's or a banner's body, its level 州, 盟 or 旗 written first (`县财政局、州民族宗教事务委员会`,
 * `市财政局、盟发改委`, `市财政局、旗发改委`): no list's 县 or 市 is its. Not 旗舰 (a flagship), nor 旗县 (banners and counties).
 */
const PREFECTURE_BODY = /^(?:[州盟]|旗(?![舰县]))[\u4e00-\u9fff]/;

/**
 * Words that end as a place does and name none: 住房和城乡建设局's 城乡, 智慧城市办's 城市, 政府园区发展服务中心's
 * 园区, 老旧小区改造办's 小区. A department's name holding one is a name without its level. Not 城区, 港区, 林区:
 * districts are named so (东城区, 老城区, 神农架林区).
 */
const PLACE_LIKE_WORD = /(城市|都市|城乡|下乡|返乡|城镇|乡镇|村镇|集镇|小镇|园区|社区|景区|街区|片区|小区|山区|库区|辖区|校区|厂区|市区|县区|省市|区市|省县|市县)$/;

/**
 * The name opens with its own place before a body of it: `南湖区人民政府办公室`, `嘉兴市南湖区商务局`, `新丰镇农业办`.
 * A level prefix written once before the list is not its (`责任单位：区财政局、南湖区人民政府办公室` was read
 * 区南湖区人民政府办公室, a unit no registry holds).
 */
export function opensWithOwnPlace(name: string): boolean {
	const plain = foldVocabulary(name);
	if (PREFECTURE_BODY.test(plain)) {
		return true;
	}
	const place = openingPlace(plain);
	// Not a bureau's end before it: 生态环境局县分局 is a branch, named after its bureau (see namesOwnPlace).
	if (place === null || plain.length - place[0].length < 2 || PLACE_LIKE_WORD.test(place[0]) || /[局委办厅部]/.test(place[0])) {
		return false;
	}
	// An area a body works on is no place it belongs to, unless a department of the catalog follows (东城区商务局).
	return !COMMON_AREA.test(place[0]) || LOCAL_BODY_NAMES.has(afterPlaces(plain));
}

/**
 * Areas named by what they are, not a proper name: `县财政局、自然保护区管理局` is 县自然保护区管理局 (棚户区改造办公室,
 * 城市棚户区改造办公室, 生态保护区管理局, 老城区改造指挥部, 重点镇建设办公室 alike), as `市发改委、商务局` is 市商务局. The commonest of such words, the whole
 * place (湿地保护区, 革命老区): a proper name before one is a place (官山自然保护区管理局, 鄱阳湖湿地保护区管理局, a
 * reviewer). 市容, 市政 and 市民 as words, and 区划, are kept out of OPENING_PLACE itself (绿化市容局,
 * 城乡建设和市政管理局, 政务服务和市民热线中心, 行政区划办公室) — not 江州市民政局, 江州市政府办公室, 江州市民营经济发展局.
 */
const AREA_WORDS = '(?:自然|湿地|森林|地质|水源|风景|国有|采煤|移民|革命|综合|国家级|省级|市级|县级|城市|城镇|生态|产业|农业|工业|旅游|海洋)*(?:保护区|名胜区|风景区|旅游区|林区|棚户区|老城区|主城区|新城区|中心城区|核心城区|示范区|试验区|实验区|先行区|沉陷区|安置区|老区|保税区|综保区|合作区|集聚区|重点镇|中心镇|特色镇|建制镇)';
const COMMON_AREA = new RegExp(`^${AREA_WORDS}$`);

/**
 * A proper name of more than the six characters OPENING_PLACE looks through, an area named by what it is ending it:
 * `鄱阳湖湿地保护区管理局` (a reviewer: `区财政局、鄱阳湖湿地保护区管理局` was read 区鄱阳湖…).
 */
const PLACE_BEFORE_AREA = new RegExp(`^[\u4e00-\u9fff]{2,6}?${AREA_WORDS}`);

/**
 * The place a folded name opens with, read one way for opensWithOwnPlace and namesPartOfBody: a wrap's rest that
 * opensWithOwnPlace opens a unit with must be judged as a body's office by the same place (`市生态环境局` / `沛县分局`,
 * `市生态环境局` / `鄱阳湖湿地保护区分局` are one name each, a reviewer).
 */
function openingPlace(plain: string): RegExpExecArray | null {
	return OPENING_PLACE.exec(plain) ?? ONE_CHARACTER_COUNTY.exec(plain) ?? PLACE_BEFORE_AREA.exec(plain);
}

/** The catalog's local bodies by every name (商务局, 人民政府办公室, 农业农村局), without a level. */
export const LOCAL_BODY_NAMES: ReadonlySet<string> = new Set(LOCAL_BODIES.flatMap((line) => line.split('|')));

/** What follows the places a name opens with: 商务局 of 嘉兴市南湖区商务局. */
function afterPlaces(plain: string): string {
	let rest = plain;
	for (let place = OPENING_PLACE.exec(rest); place !== null && rest.length - place[0].length >= 2; place = OPENING_PLACE.exec(rest)) {
		rest = rest.slice(place[0].length);
	}
	return rest;
}

/**
 * What a body's office in a place is called after the place: `市住房公积金管理中心` / `江北县管理部` (…江北县分中心,
 * 市公安局 / 南湖区分局, 市生态环境局 / 江北县生态环境分局) is one name a wrap broke, no body of 江北县 by itself.
 */
const BODY_PART = /^(?:[\u4e00-\u9fff]*分(?:局|中心|所|院|行|会|公司|部)|管理(?:部|处|所|站|办|办公室|中心)|服务(?:中心|部|站|处)|营业部|办事处|工作部|工作站|[支大中]队)$/;

export function namesPartOfBody(name: string): boolean {
	const plain = foldVocabulary(name);
	const place = openingPlace(plain);
	return place !== null && BODY_PART.test(plain.slice(place[0].length));
}

/** A trailing parenthesis naming another body is an alias (市委统战部(市民宗局)); anything else is a scope (市工信局(节能)). */
const aliasLike = endsWithAny(['局', '委', '办', '厅', '部', '办公室', '委员会']);

export function qualifierKind(text: string): 'alias' | 'scope' {
	return text.length <= 10 && aliasLike(foldVocabulary(text)) && !/[、，,：:“”"]/.test(text) ? 'alias' : 'scope';
}

/**
 * The first unit listed leads, in any wording: `列第一位者为牵头或汇总单位，下同`, `首位单位为牵头单位`,
 * `排名第一的责任单位为牵头单位,其他列入单位为参与单位` (鄂州 2008), `第一责任单位为牵头单位,下同`
 * (厦门 2019), `排在第一位的部门为牵头部门`, `责任单位两个以上的,列第一者为牵头单位,下同` (湘政发〔2014〕1号: 第一
 * with no 位; only before 者 or 的, so that `列第一批试点` is no such declaration). Matched in the vocabulary-folded
 * text (`列第一位者為牽頭單位`).
 */
const FIRST_LISTED_LEADS = /(列|排)?(第一位|第一个|第一名|首位|首个|排名第一|排名首位|排在第一|排在首位|排在前面|排第一|列第一(?=[者的])|第一责任单位|第一单位|第一部门)(者|的)?(责任)?(单位|部门)?.{0,8}?牵头/;

/**
 * `无牵头单位的，责任单位即为牵头单位` (a 2025 cover letter's `各牽頭單位(無牽頭單位的,責任單位即為牽頭單位,下同)`):
 * where a task names no lead, its responsible units lead. In folded text.
 */
const RESPONSIBLE_LEAD = /(无|没有|未(明确|列明|注明|标注|列出)?)牵头(单位|部门)的?[，,、]?(其)?(责任单位|责任部门)(即|均|即均)?为牵头(单位|部门)/;

/**
 * `带*号的为牵头单位`, `标*的为牵头单位`, `(带*者为牵头单位)`, `加“★”的为牵头单位`, `注：*为牵头单位`: a star after a unit's
 * name marks the lead (see LeadConvention.markedLeads); the star itself is what is said of (not `1*.市发改委为牵头单位`, a row's flag).
 * In folded text.
 */
const STAR_MARKS_LEAD = /(?:带|标注?|标有|注有|加|打|有|[（(：:]|^)\s*[“"‘「]?[*＊★]号?[”"’」]?\s*(?:的|者)?(?:单位|部门)?为牵头/;

export function findStarMarksLead(text: string): { index: number; length: number } | undefined {
	const match = STAR_MARKS_LEAD.exec(text);
	return match ? { index: match.index, length: match[0].length } : undefined;
}

/** `…均为落实目标任务的同责单位，无先后大小责任之分`: the units listed answer alike, none leads (see LeadConvention.shared). */
const SHARED_RESPONSIBILITY = /同责(?:单位|部门)|同等责任单位/;

export function findSharedResponsibility(text: string): { index: number; length: number } | undefined {
	const match = SHARED_RESPONSIBILITY.exec(text);
	return match ? { index: match.index, length: match[0].length } : undefined;
}

export function findResponsibleLead(text: string): { index: number; length: number } | undefined {
	const match = RESPONSIBLE_LEAD.exec(text);
	return match ? { index: match.index, length: match[0].length } : undefined;
}

export function declaresFirstListedLeads(text: string): boolean {
	return FIRST_LISTED_LEADS.test(foldVocabulary(text));
}

export function findFirstListedLeads(text: string): { index: number; length: number } | undefined {
	return findFirstListedLeadsSimplified(foldVocabulary(text));
}

/** The same in a text known to hold no Traditional vocabulary (no copy made). */
export function findFirstListedLeadsSimplified(text: string): { index: number; length: number } | undefined {
	const match = FIRST_LISTED_LEADS.exec(text);
	return match ? { index: match.index, length: match[0].length } : undefined;
}

/**
 * How the names of bodies end: departments (局, 委, 办 …), governments and committees, places (区,
 * 县, 街道), institutions (院, 中心, 银行, 公司 …), associations (科协, 计生协, 政协), 人大, and the
 * collectives' 单位, 部门; a task force as a 领导小组 (组) or a 指挥部 (部): `由市营商环境工作专班会同市发改委负责`
 * (a false missing-lead where `牵头单位：市营商环境工作专班` read). Longest first
 * does not matter: any suffix will do.
 */
const UNIT_ENDS = ['局', '委', '办', '厅', '部', '署', '处', '科', '室', '中心', '政府', '会', '街道', '镇', '乡', '村', '社区', '区', '县', '市', '州', '盟', '旗', '园', '集团', '公司', '银行', '支行', '分行', '院', '所', '站', '队', '联', '社', '校', '馆', '台', '海关', '机关', '单位', '部门', '机构', '组', '专班', '监狱', '基地', '工委', '党委', '总社', '团中央', '中支', '协', '人大', '商行', '城投', '交投', '人防', '机场'];
const endsAsUnit = endsWithAny(UNIT_ENDS);
const UNIT_LAST = new Set(UNIT_ENDS.map((ending) => ending.charCodeAt(ending.length - 1)));

/** Whether a character (folded) may end a unit's name or a collective: a cheap test before reading a whole name. */
export function mayEndUnitName(code: number): boolean {
	return UNIT_LAST.has(foldCode(code));
}

/** Characters of the words of a note: a name holding none needs no look for them. */
const NOTE_CHARS = new Set([...'要须需请应务确负牵落报下按根'].map((char) => char.charCodeAt(0)));

function hasNoteWord(name: string): boolean {
	for (let i = 0; i < name.length; i++) {
		if (NOTE_CHARS.has(name.charCodeAt(i))) {
			return NOTE_WORDS.test(COLLECTIVE_START.test(name) ? name.replace(ROLE_COLLECTIVE_END, '') : name);
		}
	}
	return false;
}

/**
 * The bodies a role names, as a collective: `牵头单位:各主要经济指标牵头单位` (海城 2023, a task summing
 * up the indicators above), 各有关牵头单位. Its 牵头 names the role, it is no note's word.
 */
const ROLE_COLLECTIVE_END = /(牵头|负责|责任)(单位|部门)$/;

/** Setting a task force up, or working through one, is the work, no body: `（成立工作专班）`, `组建工作专班`, `实行专班`. */
const SETS_UP_TASK_FORCE = /^(?:成立|组建|建立|设立|组成|抽调|依托|通过|实行|实施|健全|完善)/;

/** A name as a unit is written: its end is that of a body (`县发改局`, `州直相關單位`, `各街道(功能区)`). */
export function looksLikeUnitName(name: string): boolean {
	if (name.charCodeAt(name.length - 1) === 0x73ed /* 班 */ && SETS_UP_TASK_FORCE.test(foldVocabulary(name))) {
		return false;
	}
	// Most names end plainly in Simplified (市发改委): decided without a copy.
	if (name.length >= 2 && endsAsUnit(name) && !hasNoteWord(name)) {
		return true;
	}
	let plain = foldVocabulary(stripGlosses(name)).replace(/[\s\u3000]+/g, '');
	// A scope or alias after the name does not decide: 县发改局(粮食局), 各街道(功能区).
	plain = plain.replace(/[（(][^（()）]*[）)]$/, '');
	// `各相关单位要加强配合` starts as a collective and is a sentence.
	return plain.length >= 2 && (endsAsUnit(plain) || isCollectiveName(plain)) && !hasNoteWord(plain);
}

/**
 * A cell or field that reads as a list of units (`区投促局、` / `大观园街道办事处`), not as a sentence; a name may
 * carry a star marking the lead (`区财政局*、区科技局`, 龙湾 2023).
 */
export function looksLikeUnitList(text: string): boolean {
	if (/[：:。%％]/.test(text.replace(/。$/, ''))) {
		return false;
	}
	const names = text
		.split(/[、，,；;]/)
		.map((name) => name.trim().replace(/等$/, '').replace(LEAD_MARK_AFTER, ''))
		.filter((name) => name.length > 0);
	return names.length > 0 && names.every(looksLikeUnitName);
}

/** A star after a unit's name, marking the lead (`区财政局*`, `区财政局＊`, `区财政局★`). */
const LEAD_MARK_AFTER = /\s*[*＊★]$/;

/**
 * A table's cell that reads as its units, a parenthesis set aside: a scope holding quotes
 * (`发改委(补短板、“僵尸企业”清理处置)`) or the first-listed note. Every name must still read as a
 * unit: a wrapped text cell (`完成人居环境整治提升，惠及` / `全区各镇、各村、农户`) is text.
 */
export function looksLikeUnitCell(text: string): boolean {
	if (looksLikeUnitList(text)) {
		return true;
	}
	const plain = withoutParentheses(text.replace(/[。；;]$/, ''));
	return plain !== undefined && plain.trim().length > 0 && looksLikeUnitList(plain);
}

/**
 * A table's unit cell a PDF's wrap cut inside the scope of its last unit (`市农业农村局、市商务局(市粮食和物资储`
 * / `备局)`): a list of two units or more up to where that scope opens. One name before an open bracket
 * (`市体育中心(一期` / `工程)年底前完工。`) is no such cell: a text cell says so too.
 */
export function looksLikeCutUnitCell(text: string): boolean {
	const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
	if (open <= 0 || withoutParentheses(text) !== undefined) {
		return false;
	}
	const before = withoutParentheses(text.slice(0, open));
	return before !== undefined && /[、，,]/.test(before) && looksLikeUnitList(before);
}

/** The text without its (balanced) round brackets and what they hold; undefined when they do not balance. */
function withoutParentheses(text: string): string | undefined {
	let depth = 0;
	let plain = '';
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '(' || char === '（') {
			depth++;
		} else if (char === ')' || char === '）') {
			if (--depth < 0) {
				return undefined;
			}
		} else if (depth === 0) {
			plain += char;
		}
	}
	return depth === 0 ? plain : undefined;
}

/**
 * Text written inside a unit field that names no unit: a deadline (`6月底完成`, `2020年底前`,
 * `持续推进`) or a note (`各县区要按时报送进展情况`, `下同`). A name that ends as a body's name never is.
 */
export function looksLikeNote(name: string): boolean {
	if (looksLikeUnitName(name)) {
		return false;
	}
	const plain = foldVocabulary(stripGlosses(name));
	return DEADLINE_WORDS.test(plain) || hasNoteWord(plain) || plain.length > 25;
}

const DEADLINE_WORDS = /(\d{1,4}年|\d{1,2}月|年底|年内|月底|季度|上半年|下半年|长期|持续|常态|全年|工作日|前完成|底前|完成$|推进$)/;
// 要 as a verb (`各相关单位要加强配合`), not in 主要, 重要 (`各主要经济指标主管部门`).
const NOTE_WORDS = /((?<![主重])要|须|需|请|应当|务必|确保|负责|牵头|落实|报送|下同|按照|根据)/;

/** Titles of people: a leader (`尹学群市长`, `常务副省长`, `林局長`) is never a unit. */
const LEADER_END = /(长|书记|主任|专员|主席|组长|秘书长|委员|常委|巡视员|调研员|总监|总师)$/;

/** The last characters of LEADER_END in both scripts: a name ending otherwise (without a parenthesis) is no title. */
const LEADER_LAST = new Set([...'长長记記任员員席监監师師委'].map((char) => char.charCodeAt(0)));

export function isLeaderName(name: string): boolean {
	const last = name.charCodeAt(name.length - 1);
	if (!LEADER_LAST.has(last) && last !== 0x29 && last !== 0xff09 && last !== 0x20 && last !== 0x3000) {
		return false;
	}
	const plain = foldVocabulary(stripGlosses(name)).replace(/[\s\u3000]+/g, '');
	return LEADER_END.test(plain);
}

/** What names people without a post: `县政府分管领导`, `主要负责人`, `王明同志`. */
const PEOPLE_END = /(领导|负责人|责任人|经办人|负责同志|同志)$/;

/** A post then the person (`常务副区长姚珂军`, `副市长王某某`, 鄞州 2024). */
const TITLE_THEN_PERSON = /^(.{1,12}?(?:长|书记|主任|主席|专员|委员|常委))([\u3400-\u9fff]{2,3})$/;

/**
 * Words a clause of the work opens with, which no name does: `主管领导：亲自带队检查…` (a page's sentence,
 * the leader in charge leads the inspections in person), `要…`, `负责…`. Surnames (应, 由, 将, 于) are left out.
 */
const CLAUSE_OPENER = /^(?:亲自|亲力亲为|要|须|必须|需要|需|应当|务必|确保|负责|负总责|牵头|统筹|主抓|抓|狠抓|督促|协调|组织|落实|加强|做好|推进|推动|定期|及时|按照|按|根据|对|在|把|带队|带头|挂帅|靠前|一线|专人|具体|直接|担任|全面|切实|积极|认真|每)/;

/**
 * A clause's word that also qualifies a post, right before the post (`直接责任人李四`, `具体分管副县长王明`,
 * `在职副县长王明`); before anything else it opens a clause (`直接负责`, `具体抓落实`, `在县长带领下`).
 */
const QUALIFIED_POST = /^(?:直接|具体|在职|一线)(?=分管|主管|责任人|负责人|经办人|副|常务)/;

/** A post that names people without a title (`责任人李四`, `具体经办人：赵六`), then the person. */
const PERSON_POST_THEN_PERSON = /^(.{0,8}?(?:责任人|负责人|经办人))[：:]?([\u3400-\u9fff]{2,3})$/;

/**
 * Whether `name` is a post a clause's word qualifies, then the person or nothing (see QUALIFIED_POST):
 * `责任人：主体责任人王明，直接责任人李四` lists two people. Asked before the clause openers, which
 * would read it as a clause; the person must open none itself (`直接责任人负责` is a clause).
 */
function namesQualifiedPost(name: string): boolean {
	const qualifier = QUALIFIED_POST.exec(name);
	if (qualifier === null) {
		return false;
	}
	const post = name.slice(qualifier[0].length);
	if (PEOPLE_END.test(post) || isLeaderName(post)) {
		return true;
	}
	const titled = TITLE_THEN_PERSON.exec(post) ?? PERSON_POST_THEN_PERSON.exec(post);
	return titled !== null && !CLAUSE_OPENER.test(titled[2]);
}

/**
 * Whether the first name of a leader field's value reads as people: anything but a clause of the work
 * (`亲自带队检查重点企业`, `要亲自抓`, `靠前指挥`, a post then a clause: `由县长亲自抓`). Told by the words a
 * clause opens with, not by the shape of a name: a reviewer's posts (二级巡视员王明, 县政府党组成员张三,
 * 县长助理李四, 总经济师钱七) and names of five characters read as people. An empty value or one without an
 * ideograph (`/`, `—`) names nobody, but is no clause either.
 */
export function readsAsPeople(first: string): boolean {
	const plain = foldVocabulary(stripGlosses(first)).replace(/[\s\u3000]+/g, '');
	// A post or a note in brackets after the name (`王明（副县长）`) does not decide.
	const name = plain.replace(/[（(][^（()）]*[）)]$/, '');
	if (isLeaderName(name) || PEOPLE_END.test(name)) {
		return true;
	}
	if (namesQualifiedPost(name)) {
		return true;
	}
	if (CLAUSE_OPENER.test(name)) {
		return false;
	}
	const titled = TITLE_THEN_PERSON.exec(name);
	// `由县长亲自抓`: a post then a clause, no name.
	return titled === null || !CLAUSE_OPENER.test(titled[2]);
}

/** Words that open a leader's contact (`联系人：李四（科长）`, `电话：13800000000`), then a colon, a phone number or nothing (not `手机3台`, `电话12345`). */
const CONTACT_LABEL = /^(?:联系人|联系电话|联系方式|联系号码|办公电话|办公室电话|电话|手机号码|手机号|手机|座机|固话|传真|聯繫人|聯繫電話|聯繫方式|辦公電話|電話|手機|傳真)(?=[：:]|$|[0-9])/;

/** A phone number: a mobile's 11 digits (`13912345678`), or an area code then a line (`0991-1234567`, `（0991）1234567`), maybe an extension. */
const PHONE = /^(?:1[3-9][0-9]{9}|0[0-9]{2,3}[-－—]?[0-9]{7,8}|[（(]0[0-9]{2,3}[）)][0-9]{7,8})(?:[-－转轉][0-9]{1,5})?$/;

/**
 * Whether `name` (no white space) is a leader's contact written after the leader: a phone number or a contact's
 * label (`责任人：王明（局长），联系人：李四（科长），联系电话：13800000000`, as a 分管领导/联系人 table asks). Not a
 * leader of the task, nor a clause of its text.
 */
export function namesContact(name: string): boolean {
	const plain = asciiDigits(name);
	// In brackets too: `王明，（电话：13800000000）`.
	const inner = /^[（(](.+)[）)]$/.exec(plain)?.[1] ?? plain;
	const label = CONTACT_LABEL.exec(inner);
	if (label) {
		const rest = inner.slice(label[0].length);
		return !/^[0-9]/.test(rest) || PHONE.test(rest);
	}
	return PHONE.test(inner) || PHONE.test(plain);
}

/**
 * Whether `line`, the line under a leader's value that ended with `、` (`责任领导：县委常委、` / `常务副县长张三`),
 * names only people, plainly: posts (`常务副县长`), a post then a name (`常务副县长张三`), names of two to four
 * characters (`李四`) or with a middle dot (`阿不都·热合曼`), people without a post (`各有关部门负责同志`), apart
 * by `、` or `，`. A line of the task's text does not (`加快项目审批。`: a sentence; `年底前完成`: a date), nor units.
 */
export function namesPeopleOnly(line: string): boolean {
	// A line ending in `、` is the list cut again (`县委常委、` / `常务副县长张三、` / `副县长李四`): its names are what count.
	const plain = foldVocabulary(stripGlosses(line)).replace(/[\s\u3000]+/g, '').replace(/[，,；;、]+$/, '');
	if (plain.length === 0 || /[。：:；;]/.test(plain)) {
		return false;
	}
	return plain.split(/[、，,]/).every((part) => {
		const name = part.replace(/[（(][^（()）]*[）)]$/, '');
		if (name.length === 0 || /[0-9０-９]/.test(name) || DEADLINE_WORDS.test(name) || CLAUSE_OPENER.test(name)) {
			return false;
		}
		if (isLeaderName(name) || PEOPLE_END.test(name)) {
			return true;
		}
		// `王明、` / `县财政局、县住建局`: units, no people.
		if (looksLikeUnitName(name)) {
			return false;
		}
		const titled = TITLE_THEN_PERSON.exec(name);
		return titled !== null ? !CLAUSE_OPENER.test(titled[2]) : namesPersonPlainly(name);
	});
}

/** Common surnames of one character. 区 (Ōu) is left out, as it opens a district's units. */
const SURNAMES = new Set(
	'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split('').map((character) => character.charCodeAt(0)),
);

/** Surnames of two characters: a name of four characters is one of these, then a given name (欧阳明华). */
const COMPOUND_SURNAMES = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|独孤|南宫|西门|闻人|轩辕|澹台|万俟|呼延|申屠)/;

/**
 * Whether `name`, without a post, is plainly a person's: two or three characters opening with a common surname
 * (`李四`, `王建国`), four with a compound one (`欧阳明华`), or a transliterated name apart by · (`阿不都·热合曼`).
 * A short unit (`县移动`, `县人行`, `国网`, `农行`) or a task's words (`加快审批`, `营商环境`) is none: in doubt, no person.
 */
function namesPersonPlainly(name: string): boolean {
	if (/^[\u3400-\u9fff]{1,6}(?:·[\u3400-\u9fff]{1,6})+$/.test(name)) {
		return !hasNoteWord(name);
	}
	if (!/^[\u3400-\u9fff]{2,4}$/.test(name) || hasNoteWord(name) || DEADLINE_WORDS.test(name)) {
		return false;
	}
	// `石化`, `金融办`, `华能电力`: a unit's ending, so in doubt.
	if (UNIT_LIKE_LAST.test(name)) {
		return false;
	}
	return name.length === 4 ? COMPOUND_SURNAMES.test(name) : SURNAMES.has(name.charCodeAt(0));
}

/** Last characters of short units (`县人行`, `国网`, `中石油`, `石化`, `县电信`, `县移动`): no name taken for a person's. */
const UNIT_LIKE_LAST = /[行网局办委院所站队处科室厅部会社司厂场校区县市镇乡村油化信通动电气水力草政塔团]$/;

/** A date's words at the opening of a deadline (`2025年12月底`, `二〇二五年底`, `第一季度`, `年底`, `持续`). */
const DATE_OPENING = /^(?:(?:[0-9]{1,4}|[〇零一二三四五六七八九]{2,4})年度?|[0-9一二三四五六七八九十]{1,3}月份?|[0-9一二三四五六七八九十]{1,3}[日号]|第?[一二三四1-4]季度|[上下]半年|年[底内中末]|月[底内末]|底|全年|长期|持续|常态化?|每季度|每月|每年|每半年)+/;

/**
 * Whether `name` is a deadline and nothing else but what is to be done by then: a date's words, alone or then
 * 前/内/完成… (`2025年12月底前`, `年底前`, `2025年6月底前完成主体工程`, `第一季度`). Not a note holding a date
 * (`2月任职`), a count (`3个月内`, `每月调度1次`) or a place (`2号楼`): a cut there would lose them.
 */
export function namesDeadline(name: string): boolean {
	// In brackets too: `王明，（9月底前）`.
	const plain = asciiDigits(foldVocabulary(stripGlosses(name)).replace(/[\s\u3000]+/g, '')).replace(/^[（(]([^（()）]+)[）)]$/, '$1');
	const opening = DATE_OPENING.exec(plain);
	if (opening === null) {
		return false;
	}
	const rest = plain.slice(opening[0].length);
	return rest.length === 0 || /^(?:以前|之前|前|以内|之内|内|止|完成|推进|到位|见效)/.test(rest);
}

/**
 * Whether the name after a comma of a leader field's value goes on with its people (`王明，李四`) or the
 * sentence goes on after them (`责任人：各校校长，9月底前完成`: a date; `…，确保…`: a clause of the work).
 * People and posts read as people do; else a date, a time or a note's word ends the people.
 */
export function namesMorePeople(name: string): boolean {
	const whole = foldVocabulary(stripGlosses(name)).replace(/[\s\u3000]+/g, '');
	// A contact goes with the leader before it (`责任领导：王明，13912345678`, `…，联系电话：13800000000`): no clause of the task.
	if (namesContact(whole)) {
		return true;
	}
	// A bracket alone is read by what it holds: `责任领导：王明，（2025年12月底前）` ends the people with a date.
	// Only a date does: a note (`王明，（牵头），李四`, `（负总责）`, `（2月任职）`) goes on with the people, as before.
	if (/^[（(][^（()）]+[）)]$/.test(whole) && namesDeadline(whole)) {
		return false;
	}
	const plain = whole.replace(/[（(][^（()）]*[）)]$/, '');
	// Before the note's words: `具体负责人王明` holds 负责.
	if (isLeaderName(plain) || PEOPLE_END.test(plain) || namesQualifiedPost(plain)) {
		return true;
	}
	return !/[0-9０-９]/.test(plain) && !DEADLINE_WORDS.test(plain) && !hasNoteWord(plain) && readsAsPeople(name);
}
