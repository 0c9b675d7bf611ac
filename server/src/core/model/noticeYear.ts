import { asciiDigits } from '../text/characters';
import type { LineIndex, Span } from '../text/lineIndex';
import { toYear, type YearContext } from './deadlines';
import type { Notice } from './types';

/** The year a notice's tasks belong to, which a deadline without a year (`6月底前`) is read in. */
export interface NoticeYear {
	year: number;
	/** Where it was read: the year in the title, the 文号, or a date in the notice. */
	source: 'title' | 'number' | 'date';
	span: Span;
	/**
	 * The year of the date the notice's cover letter is signed with, a line of its own
	 * (`2022年12月27日`), when it gives one: `明年` counts from it. A plan for 2023 signed on
	 * 2022-12-27 writes `明年7月份建成` for July 2023.
	 */
	written?: number;
}

const YEAR = '([12][0-9]{3}|[１２][０-９]{3}|[〇零○一二][〇零○一二三四五六七八九]{3})';
/** `关于印发2020年政府工作报告重点工作任务分解方案的通知`, `2020 年市政府重点工作任务责任分解`. */
const TITLE_WORDS = /印发|印發|通知|分解|分工|方案|要点|要點|任务|任務|清单|清單|重点工作|重點工作|工作报告|工作報告|计划|計劃|责任|責任/;
/** The first year of a plan's range counts: `三年行动计划(2020―2022年)` is read from 2020. */
const TITLE_YEAR = new RegExp(`${YEAR}\\s*(?:年|[-—–―~～至到]\\s*${YEAR}\\s*年)`);
/** `舟政办发〔2020〕4号`, `厦府办〔2019〕10号`. */
const DOCUMENT_NUMBER = new RegExp(`[〔\\[［(（]${YEAR}[〕\\]］)）]\\s*[0-9０-９]+\\s*[号號]`);
/** `2020年5月22日`, `2020 年 2 月 27 日`, `2020-02-27`, `2020.01.18`. */
const DATE = new RegExp(`${YEAR}\\s*(?:年\\s*[0-9０-９一二三四五六七八九十]{1,2}\\s*月\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*日|[-./][01]?[0-9][-./][0-3]?[0-9])`);
/** `2022年12月27日`, `二○一一年三月十七日`, `…办公室 2022年12月27日印发`: a date closing a short line, the signature's. */
const SIGNATURE_DATE = new RegExp(`${YEAR}\\s*年\\s*[0-9０-９一二三四五六七八九十]{1,2}\\s*月\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*日\\s*(?:印发|印發)?\\s*$`);
const SIGNATURE_LENGTH = 40;
/** Titles are short lines; a long line is a paragraph of the cover letter that may recall other years. */
const TITLE_LENGTH = 90;
const NUMBER_LINE_LENGTH = 30;

/**
 * Reads the notice's year from its preamble (cover letter, title, page furniture) and, failing
 * that, from the date at its end: first a title naming a year, then the 文号's year, then a date.
 */
export function noticeYear(notice: Pick<Notice, 'text' | 'lineIndex' | 'preambleSpan' | 'trailerSpan'>): NoticeYear | undefined {
	const found = planYear(notice);
	const written = found && writingYear(notice);
	return found && written !== undefined ? { ...found, written } : found;
}

/** The years a deadline of the notice without its own is read in (see YearContext). */
export function yearContext(year: NoticeYear | undefined): YearContext {
	return { notice: year?.year, written: year?.written };
}

function planYear(notice: Pick<Notice, 'text' | 'lineIndex' | 'preambleSpan' | 'trailerSpan'>): NoticeYear | undefined {
	const { text } = notice;
	const preambleLines = linesBefore(notice.lineIndex, notice.preambleSpan.end);
	for (const line of preambleLines) {
		const content = text.slice(line.start, Math.min(line.end, notice.preambleSpan.end));
		if (content.trim().length > TITLE_LENGTH || !TITLE_WORDS.test(content)) {
			continue;
		}
		const found = find(TITLE_YEAR, content, line.start);
		if (found) {
			return { ...found, source: 'title' };
		}
	}
	// The notice's own 文号 stands on a line of its own (or after `文号:`); one in a sentence cites another document.
	for (const line of preambleLines) {
		const content = text.slice(line.start, Math.min(line.end, notice.preambleSpan.end));
		const number = content.trim().length <= NUMBER_LINE_LENGTH ? find(DOCUMENT_NUMBER, content, line.start) : undefined;
		if (number) {
			return { ...number, source: 'number' };
		}
	}
	const preamble = text.slice(notice.preambleSpan.start, notice.preambleSpan.end);
	const date = find(DATE, preamble, notice.preambleSpan.start) ?? find(DATE, text.slice(notice.trailerSpan.start, notice.trailerSpan.end), notice.trailerSpan.start);
	return date ? { ...date, source: 'date' } : undefined;
}

/**
 * The year of the cover letter's date, the first in the preamble. Not a date under the body: an
 * attachment's date line (`附件：…节点计划` / `2025年6月30日`) or a quoted document's signature there
 * made 明年 a year late (a reviewer's).
 */
function writingYear(notice: Pick<Notice, 'text' | 'lineIndex' | 'preambleSpan'>): number | undefined {
	const { text } = notice;
	for (const line of linesBefore(notice.lineIndex, notice.preambleSpan.end)) {
		const year = signatureYear(text.slice(line.start, Math.min(line.end, notice.preambleSpan.end)));
		if (year !== undefined) {
			return year;
		}
	}
	return undefined;
}

function signatureYear(line: string): number | undefined {
	return line.trim().length <= SIGNATURE_LENGTH ? find(SIGNATURE_DATE, line, 0)?.year : undefined;
}

function find(pattern: RegExp, text: string, offset: number): { year: number; span: Span } | undefined {
	const match = pattern.exec(text);
	if (!match) {
		return undefined;
	}
	const written = asciiDigits(match[1]);
	const year = toYear(written);
	if (year === undefined || year < 1949 || year > 2100) {
		return undefined;
	}
	const start = offset + match.index + match[0].indexOf(match[1]);
	return { year, span: { start, end: start + match[1].length } };
}

/** The lines starting before `offset` (the preamble's, a prefix of the notice's lines), as spans. */
function linesBefore(lineIndex: LineIndex, offset: number): Span[] {
	const lines: Span[] = [];
	for (let line = 0; line < lineIndex.lineCount && lineIndex.lineStart(line) < offset; line++) {
		lines.push({ start: lineIndex.lineStart(line), end: lineIndex.lineEnd(line) });
	}
	return lines;
}
