/** Facts about how unit names are built, used to split and complete unit lists. */

/** A parenthesis inside a name that belongs to it: 各县(市)区政府, 各镇(街道). */
const ADMIN_PARENTHESIS_CONTENT = /^(市|区|县|镇|乡|街道|社区|村|县区|区县|市区|县市区|县\(市\)区|镇街|乡镇|镇\(街道\)|[县市区镇乡][、,，][县市区镇乡街道]+)$/;

export function isAdminParenthesisContent(text: string): boolean {
	return ADMIN_PARENTHESIS_CONTENT.test(text.normalize('NFKC'));
}

const COLLECTIVE_START = /^(各|相关|有关|其他|其它|全市|全区|全县|市属|市直|区属|区直|县属|县直|市各|区各|县各)/;
const COLLECTIVE_END = /(成员单位|承办单位|责任单位|有关单位|相关单位|有关部门|相关部门|各单位|各部门|各委办局)$/;

/** A collective unit names many bodies at once: 各县(市)区政府, 市属有关单位, 减负办各成员单位. */
export function isCollectiveName(name: string): boolean {
	return COLLECTIVE_START.test(name) || COLLECTIVE_END.test(name);
}

/** Suffixes a list may write once for several places: 铜山区、鼓楼区政府. Longest first. */
export const SHARED_SUFFIXES = ['街道办事处', '人民政府', '管理委员会', '管委会', '党工委', '办事处', '政府'];

/** A name ending in a place (区, 县, 开发区 …), which a shared suffix completes. */
const PLACE_END = /(区|县|市|镇|乡|街道|开发区|新区|园区|港区)$|[（(](市|区|县|街道)[）)]$/;

export function endsWithPlace(name: string): boolean {
	return PLACE_END.test(name);
}

export function sharedSuffixOf(name: string): string | undefined {
	for (const suffix of SHARED_SUFFIXES) {
		if (name.length > suffix.length && name.endsWith(suffix) && endsWithPlace(name.slice(0, -suffix.length))) {
			return suffix;
		}
	}
	return undefined;
}

export function hasSharedSuffix(name: string): boolean {
	return SHARED_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

/** Development zones written bare after a zone with a city name: 徐州经开区、高新区管委会. Longest first. */
const ZONE_WORDS = ['高新技术产业开发区', '经济技术开发区', '高新技术开发区', '经济开发区', '高新区', '经开区', '开发区', '保税区', '综保区', '港务区', '新区'];

/** Splits `徐州经开区` into `徐州` and `经开区`; undefined when the name is not a place followed by a zone word. */
export function splitZone(name: string): { place: string; zone: string } | undefined {
	for (const zone of ZONE_WORDS) {
		if (name.endsWith(zone)) {
			const place = name.slice(0, -zone.length);
			return { place, zone };
		}
	}
	return undefined;
}

export function isBareZone(name: string): boolean {
	return ZONE_WORDS.includes(name);
}

/** The level prefix a list may write once: 市发改委、商务局. */
export function levelPrefixOf(name: string): string | undefined {
	const first = name[0];
	if (first === '市' && name.startsWith('市场')) {
		return undefined;
	}
	return first === '市' || first === '省' || first === '县' || first === '区' ? first : undefined;
}

/** Names of government departments and similar bodies, which take a level prefix (not companies or places). */
const DEPARTMENT_END = /(局|委|办|厅|部|中心|委员会|办公室|工商联|总工会|妇联|残联|科协|侨联|文联|社科联|团委|法院|检察院|研究室|党校)$/;

export function takesLevelPrefix(name: string): boolean {
	return DEPARTMENT_END.test(name) && !hasSharedSuffix(name) && name.length <= 12;
}

/** A trailing parenthesis naming another body is an alias (市委统战部(市民宗局)); anything else is a scope (市工信局(节能)). */
const ALIAS_LIKE = /(局|委|办|厅|部|办公室|委员会)$/;

export function qualifierKind(text: string): 'alias' | 'scope' {
	return text.length <= 10 && ALIAS_LIKE.test(text) && !/[、，,：:“”"]/.test(text) ? 'alias' : 'scope';
}

/** `列第一位者为牵头或汇总单位，下同`, `首位单位为牵头单位`: the list's first unit leads. */
const FIRST_LISTED_LEADS = /(列|排)?(第一位|第一个|首位|首个|排名第一|排在第一|排在首位|排在前面)(者|的|单位|部门)?.{0,8}?牵头/;

export function declaresFirstListedLeads(text: string): boolean {
	return FIRST_LISTED_LEADS.test(text);
}

export function findFirstListedLeads(text: string): { index: number; length: number } | undefined {
	const match = FIRST_LISTED_LEADS.exec(text);
	return match ? { index: match.index, length: match[0].length } : undefined;
}
