import { interpretNotice } from '../interpret/interpretNotice';
import { readStructure } from '../syntax/readStructure';
import { LineIndex } from '../text/lineIndex';
import type { ReadingMemo } from '../interpret/readingMemo';
import { emptyNotice } from './readNotice';
import type { Notice } from './types';
import type { NoticeText } from '../text/noticeText';

/**
 * Reads a notice in two passes: the structural pass (syntax/readStructure: lines, blocks, markers,
 * labels, bracket groups, table cells) and the interpretation pass (interpret/interpretNotice: task
 * level, document parts, lead wording, conventions, leaders). Never throws: anything it does not
 * understand stays text, and an internal failure gives a `parse-failure` finding with whatever was
 * read up to that point.
 */
export function parseNotice(text: NoticeText, memo: ReadingMemo): Notice {
	const lineIndex = new LineIndex(text);
	try {
		return interpretNotice(readStructure(text, lineIndex), memo);
	} catch (error) {
		const notice = emptyNotice(text, lineIndex);
		notice.findings.push({ code: 'parse-failure', span: { start: 0, end: 0 }, args: [String(error)] });
		return notice;
	}
}
