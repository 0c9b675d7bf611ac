import { isWhiteSpace } from '../text/characters';
import type { Span } from '../text/lineIndex';
import type { NoticeText } from '../text/noticeText';
import { looksLikeUnitList } from '../units/unitNames';

/** What ends the task's text before the lead a cell closes with: a sentence's or clause's end. */
const TEXT_END = /[。；;！!]/;

/**
 * The lead closing a task cell under a header naming both (`目标任务和牵头单位`): the task's text, then the
 * units after a sentence's end or white space (`地区生产总值增长6%左右。县发改局`, `…50公里 县交通运输局`), in a
 * closing parenthesis (`…50公里。（县交通运输局）`) or as the cell's last paragraph. Only a list of names
 * (looksLikeUnitList) after some text: a cell read no further otherwise (`…增长6%左右县发改局` is left whole).
 * The pieces' text before the lead, and the lead's span.
 */
export function leadClosingCell(text: NoticeText, pieces: readonly Span[]): { text: Span[]; lead: Span } | undefined {
	if (pieces.length === 0) {
		return undefined;
	}
	const last = pieces[pieces.length - 1];
	let end = last.end;
	while (end > last.start && isWhiteSpace(text.charCodeAt(end - 1))) {
		end--;
	}
	const cell = text.slice(last.start, end);
	if (pieces.length > 1 && looksLikeUnitList(cell)) {
		return { text: pieces.slice(0, -1).map((piece) => ({ ...piece })), lead: { start: last.start, end } };
	}
	let leadStart: number;
	let leadEnd = end;
	let textEnd: number;
	if (cell.endsWith(')') || cell.endsWith('）')) {
		const open = Math.max(cell.lastIndexOf('('), cell.lastIndexOf('（'));
		if (open <= 0) {
			return undefined;
		}
		leadStart = last.start + open + 1;
		leadEnd = end - 1;
		textEnd = last.start + open;
	} else {
		let at = cell.length;
		while (at > 0 && !TEXT_END.test(cell[at - 1]) && !isWhiteSpace(cell.charCodeAt(at - 1))) {
			at--;
		}
		if (at === 0) {
			return undefined;
		}
		leadStart = last.start + at;
		textEnd = TEXT_END.test(cell[at - 1]) ? leadStart : leadStart - 1;
	}
	while (textEnd > last.start && isWhiteSpace(text.charCodeAt(textEnd - 1))) {
		textEnd--;
	}
	const names = text.slice(leadStart, leadEnd).trim();
	if (textEnd <= last.start || names.length === 0 || !looksLikeUnitList(names)) {
		return undefined;
	}
	return { text: [...pieces.slice(0, -1).map((piece) => ({ ...piece })), { start: last.start, end: textEnd }], lead: { start: leadStart, end: leadEnd } };
}

/** Whether a cell's text ends with its lead so (see leadClosingCell). */
export function closesWithLead(text: NoticeText, pieces: readonly Span[]): boolean {
	return leadClosingCell(text, pieces) !== undefined;
}
