import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../text/chineseNumber';
import type { DeclaredTaskCount } from './types';

const DECLARED_COUNT = new RegExp(`(\\d+|[${CHINESE_NUMERAL_CHARS}]+)\\s*[项項][^。；;，,\\n]{0,8}?(任务|任務|事项|事項|工作)`);

/** `分解为150项具体目标任务`: the number of tasks a cover letter announces. */
export function findDeclaredTaskCount(preamble: string, offset: number): DeclaredTaskCount | undefined {
	const match = DECLARED_COUNT.exec(preamble);
	if (!match) {
		return undefined;
	}
	const count = /^\d+$/.test(match[1]) ? Number(match[1]) : parseChineseNumber(match[1]);
	if (count === undefined || count === 0) {
		return undefined;
	}
	return { count, span: { start: offset + match.index, end: offset + match.index + match[0].length } };
}
