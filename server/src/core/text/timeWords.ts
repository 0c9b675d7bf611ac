import { foldCode } from './vocabularyFold';

/** Time words before a unit's name, in a task's prose, a heading or a unit field: none is part of the name. */

/**
 * A time word opening a clause or a heading before its unit (`今年县发改局牵头，县财政局配合。`, `年内县发改局牵头，…配合的工作`,
 * `2025年6月底前由县发改局牵头完成`, `去年起由县发改局牵头`; folded): no unit's name opens so (a probe's 「今年县发改局」,
 * 「去年起由县发改局」: unknown-unit with a registry). A past word with 起, 以来, 开始 or 至今 (or after 自, 从) says since when
 * the charge runs, as 近年来 and 多年来 do. A bare month in Chinese numerals may open a town's name (|十月镇人民政府| read as
 * 「镇人民政府」), no county's: before 乡 or 镇 it is a time with an ending (五月底前, 十月起) or in brackets (`（五月）`) only.
 * No name of a city, county, town or street in 国家统计局's 2023 codes (44,675) opens with a match: 八月湖街道, 三月坪街道,
 * 十月田镇 do not (no 乡 or 镇 after the month), so `全年镇人民政府`, `今年十月镇人民政府` are 镇人民政府.
 */
const TIME_BEFORE_UNIT = /^(?:自|从)?(?:(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年|今年|明年)(?:(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:\d{1,2}日|底|末|份|上旬|中旬|下旬)?(?:前|以前)?|度|年?底前?|年?末|内|初|上半年|下半年)?|后年|本年度?|当年|全年|年内|年初|年中|年底前?|年末|上半年|下半年|今后|近期|第?[一二三四1-4]季度(?:末|底)?前?|(?:1[0-2]|[1-9])月(?:\d{1,2}日|底|末|份|上旬|中旬|下旬)?(?:前|以前)?|(?:十[一二]?|[一二三四五六七八九])月(?:(?:\d{1,2}日|底|末|份|上旬|中旬|下旬)(?:前|以前)?|前|以前|(?=起|以来|开始|至今|[县市区省州盟旗由请]))|去年|前年|上年|往年|过去|以往|此前|前几年|近几年|近年来?|多年来)(?:起|以来|开始|至今)?(?=[县市区省州盟旗乡镇由请])/;

/**
 * The length of a time word before a unit at `at` in folded text (TIME_BEFORE_UNIT), 0 when none; in brackets too, the
 * note of a time alone (`（去年起）县发改局牵头，县财政局配合。`: a probe's lead 「（去年起）县发改局」).
 */
export function timeWordAt(folded: string, at: number): number {
	const code = folded.charCodeAt(at);
	if (code === 0xff08 || code === 0x28) {
		const close = folded.slice(at + 1, at + 16).search(/[）)]/);
		const time = close > 0 ? TIME_BEFORE_UNIT.exec(folded.slice(at + 1, at + 1 + close) + '由') : null;
		return time !== null && time[0].length === close ? close + 2 : 0;
	}
	// Most clauses open otherwise: their first character tells, no copy made.
	if (!(code >= 0x30 && code <= 0x39) && !TIME_FIRSTS.includes(folded.charAt(at))) {
		return 0;
	}
	const time = TIME_BEFORE_UNIT.exec(folded.slice(at, at + 18));
	return time ? time[0].length : 0;
}

/** The first characters of TIME_BEFORE_UNIT's words. */
const TIME_FIRSTS = '〇零一二三四五六七八九十今明后本当全年上下近去前往过以此多第自从';

/** Whether a name may open with a time word (a first character of one, in either script, a digit or a bracket): a cheap test. */
export function mayOpenWithTime(code: number): boolean {
	return (code >= 0x30 && code <= 0x39) || code === 0xff08 || code === 0x28 || TIME_FIRSTS.includes(String.fromCharCode(foldCode(code)));
}
