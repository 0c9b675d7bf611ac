import { markedCodes } from '../text/characters';
import type { NoticeText } from '../text/noticeText';
import { foldVocabulary } from '../text/vocabularyFold';
import type { StructureLine } from './structure';

/**
 * A page's number as a footer prints it: `— 5 —`, `- 5 -`, `— — — 3 —`, `第5页`, `第 5 页 共 12 页`. A
 * bare `5` may be a table's row, `12/31` a deadline on its own line: neither is one. Tested folded
 * (`第 4 頁`, a page in Traditional script).
 */
const PAGE_FOOTER = /^(?:(?:[-－—–―~～]\s*){1,3}[0-9０-９]{1,4}(?:\s*[-－—–―~～]){1,3}|第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，/／、]?\s*共\s*[0-9０-９]{1,4}\s*页)?)$/;
/** First characters of a page footer: dashes, 第. */
const FOOTER_STARTS = markedCodes('-－—–―~～第');

/** The line is a page's number alone, where a PDF's or Word's copy broke a page (inside a table too). */
export function isPageFooterLine(text: NoticeText, line: StructureLine): boolean {
	return line.end - line.start <= 20 && FOOTER_STARTS[text.charCodeAt(line.start)] === 1 && PAGE_FOOTER.test(foldVocabulary(text.slice(line.start, line.end)));
}

/** The same test on a line's text already taken out and trimmed. */
export function isPageFooterText(written: string): boolean {
	return written.length <= 20 && PAGE_FOOTER.test(foldVocabulary(written));
}
