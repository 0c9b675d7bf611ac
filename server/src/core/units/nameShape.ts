import { isBareZone, isCollectiveName, SHARED_SUFFIXES, sharedSuffixOf, takesLevelPrefix } from './unitNames';

/**
 * What no unit name holds: sentence punctuation, a colon, a date, an item number. A closing paragraph
 * (`请各单位认真贯彻落实。`), a signature date (`2020年3月1日`) or the next item after the last unit line has them.
 */
const NOT_IN_A_NAME = /[。！？!?；;：:]|\d+[.．、]|\d{2,4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九十]{4}\s*年|[一二三四五六七八九十]{1,2}\s*月[一二三四五六七八九十]{1,3}\s*日/;

/** How unit names end: a body (局, 委, 中心, 政府 …), a place (区, 县, 街道), a collective (单位, 部门). */
const NAME_END = /(局|委|办|厅|部|处|科|室|所|站|队|院|校|馆|会|联|中心|政府|办事处|公司|集团|行|社|台|海关|单位|部门|机构|街道|镇|乡|村|区|县|市|省|园|港|协|人大|城投|交投|人防|机场)$/;

/** Ends that make a name complete on its own, besides a department's (takesLevelPrefix) or a place's with its suffix. */
const COMPLETE_END = /(公司|集团|银行|支行|分行|海关|分局|中心|法院|检察院)$/;

const MAX_NAME_LENGTH = 30;

/** A name as read may end in an administrative parenthesis (各镇(街道)): its shape is judged before it. */
function withoutTrailingParenthesis(name: string): string {
	return name.replace(/[（(][^（()）]*[）)]$/, '');
}

/** Whether `text` has the shape of a unit name: no sentence or date in it, a unit's ending, a unit's length. */
export function looksLikeUnitName(text: string): boolean {
	const name = withoutTrailingParenthesis(text.replace(/\s+/g, ''));
	return name.length >= 2 && text.length <= MAX_NAME_LENGTH && !NOT_IN_A_NAME.test(text) && NAME_END.test(name);
}

/**
 * Whether `text` is a whole unit name by itself (市税务局, 市政府办公室, 铜山区政府, 各镇(街道)), not
 * the head or tail of one (各县(市)区政, 委会, a bare 管委会 or 高新区 that a neighbour completes).
 */
export function isCompleteUnitName(text: string): boolean {
	const name = text.replace(/\s+/g, '');
	if (name.length < 3 || !looksLikeUnitName(name) || SHARED_SUFFIXES.includes(name) || isBareZone(name)) {
		return false;
	}
	return takesLevelPrefix(name) || sharedSuffixOf(name) !== undefined || COMPLETE_END.test(name) || isCollectiveName(name);
}

/**
 * Whether a name written across lines is one name broken by a paste (`各\n县(市)区政府`,
 * `高新区管\n委会`), not a unit list's last line run into the lines after it: a signature
 * (`市税务局` then `市政府办公室`), a date, a closing sentence. A line ending like a name (`徐州经开区`,
 * `各镇(街道)`) followed by a whole name or the start of one (`市…`, `各…`) is two lines, not one name.
 */
export function isOneBrokenName(pieces: readonly string[]): boolean {
	const joined = pieces.join('');
	if (pieces.length < 2 || !looksLikeUnitName(joined)) {
		return false;
	}
	for (let i = 1; i < pieces.length; i++) {
		const before = pieces[i - 1];
		const wholeBefore = before.length >= 3 && looksLikeUnitName(before);
		if (wholeBefore && (isCompleteUnitName(pieces[i]) || startsAName(pieces[i]))) {
			return false;
		}
	}
	return true;
}

/** A class of bodies by their level, no body of its own (`区级部门`, `市直单位`, `县属企业`, `区属国企`). */
export const LEVEL_CLASS = /^[省市州区县](?:级|属|直)[\u4e00-\u9fff]{0,4}(?:单位|部门|企业|国企|机关)$/;

/** A level prefix or 各 at the start of a line after a whole name begins the next name (`各镇(街道)` then `市发改委…`). */
function startsAName(piece: string): boolean {
	return piece.length >= 3 && /^((?!市场)[省市县区]|各)/.test(piece);
}
