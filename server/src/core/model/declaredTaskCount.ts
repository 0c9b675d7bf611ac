import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../text/chineseNumber';
import type { DeclaredTaskCount } from './types';

const XIANG = /[项項]/g;
const AFTER = /^[^。；;，,\n]{0,8}?(任务|任務|事项|事項|工作)/;
/** A count is written in at most this many characters (`150`, `一百五十`). */
const MAX_COUNT = 8;

function isCountChar(char: string): boolean {
	return (char >= '0' && char <= '9') || CHINESE_NUMERAL_CHARS.includes(char);
}

/**
 * `分解为150项具体目标任务`: the number of tasks a cover letter announces. Found from each 项
 * backwards (a bounded look each way), so a long run of digits costs one scan, not one per digit.
 * A letter announcing several lists (沁县 2025: `明确133项具体任务` … `细化15项具体任务` … `明确40项具体任务`,
 * three attachments) announces no one count for the body.
 */
export function findDeclaredTaskCount(preamble: string, offset: number): DeclaredTaskCount | undefined {
	const first = nextDeclaredCount(preamble, offset, 0);
	if (!first || countedPartBefore(preamble, first.span.start - offset) || countedPartAfter(preamble, first.span.end - offset)) {
		return undefined;
	}
	for (let other = nextDeclaredCount(preamble, offset, first.span.end - offset); other; other = nextDeclaredCount(preamble, offset, other.span.end - offset)) {
		// Another count that differs says another thing, and two joined by 和 count two parts
		// (`现将2项主要预期目标和2项重点工作任务分解如下`: 4 items in all): neither is the list's. `，共3项` repeats it.
		if (other.count !== first.count || countsAnotherPart(preamble.slice(first.span.end - offset, other.span.start - offset))) {
			return undefined;
		}
	}
	return first;
}

function nextDeclaredCount(preamble: string, offset: number, from: number): DeclaredTaskCount | undefined {
	XIANG.lastIndex = from;
	for (let match = XIANG.exec(preamble); match; match = XIANG.exec(preamble)) {
		const at = match.index;
		let end = at;
		while (end > 0 && /\s/.test(preamble[end - 1]) && at - end < 4) {
			end--;
		}
		let start = end;
		while (start > 0 && end - start < MAX_COUNT && isCountChar(preamble[start - 1])) {
			start--;
		}
		if (start === end || (start > 0 && isCountChar(preamble[start - 1])) || insideQuotes(preamble, start)) {
			continue;
		}
		const after = AFTER.exec(preamble.slice(at + 1, at + 1 + 12));
		if (!after) {
			continue;
		}
		const written = preamble.slice(start, end);
		const count = /^\d+$/.test(written) ? Number(written) : parseChineseNumber(written);
		if (count === undefined || count === 0) {
			continue;
		}
		return { count, span: { start: offset + start, end: offset + at + 1 + after[0].length } };
	}
	return undefined;
}

/**
 * Another part of the list counted just before the count, joined to it (`现将2项主要预期目标和2项重点工作
 * 任务分解如下`: the body has 4 items): the count is of a part.
 */
const PART_BEFORE = /[和及与、]\s*$/;

/** Named things listed with 、 right before the count (`社会矛盾化解、社会管理创新、公正廉洁执法三项重点工作`): it counts them. */
const NAMED_BEFORE = /、[^、，,。；;：:\n]{1,12}$/;

function countedPartBefore(preamble: string, start: number): boolean {
	return PART_BEFORE.test(preamble.slice(Math.max(0, start - 4), start)) || NAMED_BEFORE.test(preamble.slice(Math.max(0, start - 16), start));
}

/** Another part counted after it (`3项重点工作和1件民生实事`): local notices count 民生实事 in 件. */
const PART_AFTER = /^[^。；;，,\n]{0,12}?[和及与、]\s*([0-9]+|[一二三四五六七八九十百两]+)\s*[项項件个個条條]/;

function countedPartAfter(preamble: string, end: number): boolean {
	return PART_AFTER.test(preamble.slice(end, end + 24));
}

/** Inside quotation marks: a slogan's count (`县委“十项重点工作”部署`), not the list's. */
function insideQuotes(preamble: string, at: number): boolean {
	return preamble.lastIndexOf('“', at) > preamble.lastIndexOf('”', at) || preamble.lastIndexOf('「', at) > preamble.lastIndexOf('」', at);
}

/** What lies between two counts joins them as parts of one list: `和`, `及`, `、`, no sentence end and no total (共, 合计). */
function countsAnotherPart(between: string): boolean {
	return between.length <= 20 && /[和及与、]/.test(between) && !/[。；;\n]|共|合计|总计/.test(between);
}
