import { MarkerKind, type MarkerMatch } from '../syntax/markers';
import type { KeptLines, StructureLine } from '../syntax/structure';
import type { Span } from '../text/lineIndex';
import { isUnitRole, type LabelMatch } from '../syntax/fieldLabels';
import { isPageFooterLine, isPageFooterText } from '../syntax/pageFooters';
import { hasColonBetween, isWhiteSpace, markedCodes } from '../text/characters';
import { foldCode, foldVocabulary } from '../text/vocabularyFold';
import { looksLikeUnitList, looksLikeUnitName } from '../units/unitNames';
import { isTownship } from '../units/unitPerLine';
import type { NoticeText } from '../text/noticeText';
import { UNSET } from '../text/objectLists';

/**
 * The parts of a notice around its task list (class 5: not every numbered paragraph is a task): the
 * cover letter from its addressee line to its signature, attachment lists, signatures and dates,
 * page numbers glued into running text, site furniture. Each test reads one line (or a line and the
 * next non-blank one), so together they cost O(characters).
 */

/** What a line is, when it is not task text. Flags, several may hold. */
export const enum LinePart {
	None = 0,
	/** `各区人民政府,市直各委、办、局,各开发区管委会,各有关单位:`: the cover letter starts. */
	Addressee = 1,
	/** `2019年1月16日`, `2019116` (a date that lost 年月日), `二○○七年四月十三日`. */
	Date = 2,
	/** `厦门市人民政府办公厅` followed by a date: a signature. */
	Signature = 4,
	/** `附件1`, `附件`: the heading of an attachment, where a new part of the document starts. */
	AttachmentHeading = 8,
	/**
	 * `附件:1.县《政府工作报告》…` and the `2.…` lines after it: an attachment list, not tasks; also
	 * notes after the task list (`备注：` / `1.各牵头单位于每季度末报送进展情况。` / `2.…`), their heading too.
	 */
	AttachmentList = 16,
	/** `（此件公开发布）`, `分享：`, `责任编辑`: page furniture after a document. */
	Furniture = 32,
	/** `2、的质量更高了`: a page number glued into running text (a document-sharing site's copy). */
	PageNumber = 64,
	/**
	 * `— 5 —`, `第5页 共12页`: a page's number on a line of its own, where a PDF's copy broke a page
	 * (inside a task, even inside its unit list). The reading passes over it as if it were not there;
	 * so it does over what a web page copies with its text: a picture's file name (`640.webp.jpg`, read
	 * as item 640 with a missing lead) and the font-size control (`3.【字体：大 中 小】`).
	 */
	PageFooter = 128,
}

function isPageFooter(text: NoticeText, line: StructureLine): boolean {
	return line.table < 0 && isPageFooterLine(text, line);
}

/** A file's name alone on a line: a web page's picture or download link (`640.webp.jpg`, `附图2.png`, `1.pdf`). */
const FILE_NAME = /^[^\s\u3000。，,；;：:、（）()]{0,60}\.(?:jpe?g|png|gif|webp|bmp|svg|pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z)$/i;
/** A web page's font-size control, maybe numbered by the copy: `【字体：大 中 小】`, `3.【字体：大 中 小】`, `字号：大 中 小`. */
const FONT_SIZE_CONTROL = /^(?:[0-9]{1,3}[.．、])?【?(?:字体|字号)[:：]?[\s\u3000]*【?大】?[\s\u3000]*【?中】?[\s\u3000]*【?小】?】?$/;

/** The last characters of a title (RUNNING_HEADER's words, 通知): other lines need no copy to be told none. */
const TITLE_ENDS = markedCodes('解案单工表账见知');

/** The last characters of a file's name (a letter or digit of its extension) or of the control (小, 】): other lines need no copy. */
const CONTROL_ENDS = markedCodes('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789小】');

/** The line's last character that is no white space (0 for a blank line). */
function lastCode(text: NoticeText, line: StructureLine): number {
	// Each code read once, and one above U+3000 but the byte-order mark (the end of nearly every line) taken
	// with no call: markLines asks this of most lines twice, in V8's first tiers on a new server's first notice.
	const start = line.start;
	for (let at = line.end - 1; at >= start; at--) {
		const code = text.charCodeAt(at);
		if ((code > 0x3000 && code !== 0xfeff) || !isWhiteSpace(code)) {
			return code;
		}
	}
	return 0;
}

/** What a web page copies with its text that is no line of the notice (see LinePart.PageFooter). */
function isWebPageControl(text: NoticeText, line: StructureLine): boolean {
	if (line.table >= 0 || line.end - line.start > 64 || !CONTROL_ENDS[lastCode(text, line)]) {
		return false;
	}
	const value = content(text, line).trim();
	return FILE_NAME.test(value) || FONT_SIZE_CONTROL.test(value);
}

/** A line of a page's number alone (`2`); a table's row number as often, which stands in its table. */
function isBarePageNumber(text: NoticeText, line: StructureLine): boolean {
	return line.table < 0 && line.end - line.start <= 4 && BARE_PAGE_NUMBER.test(content(text, line));
}

/** A document's title as a page's header repeats it: no number, no label, no punctuation at its end, a title's last word. */
const RUNNING_HEADER = /(分解|方案|清单|分工|责任表|任务表|一览表|台账|意见)$/;

function isRunningHeader(text: NoticeText, line: StructureLine, title: string): boolean {
	return !line.marker && line.labels.length === 0 && line.end - line.start <= 80 && isHeaderText(content(text, line).trim(), title);
}

/**
 * The title of what follows a cover letter pasted without its signature and date
 * (`二、加强督办，确保全年硬账硬结。…` / `2023年市《政府工作报告》目标任务责任分解方案` / `1.…`): it ends the
 * letter, whose paragraphs are then no sections of the tasks.
 */
function isDocumentTitle(text: NoticeText, line: StructureLine): boolean {
	return TITLE_ENDS[foldCode(lastCode(text, line))] === 1 && !line.marker && line.labels.length === 0 && isTitleText(content(text, line).trim());
}

/**
 * A notice's title as a page's header repeats it without its footer: a title's last word (or
 * `关于…的通知`), a year or 政府工作报告 in it, no punctuation (no line of a list or a sentence says so).
 */
function isTitleText(title: string): boolean {
	// Folded: `…重點任務分解方案的通知`, `關於…的通知` in Traditional script are titles as well.
	const written = foldVocabulary(title);
	return written.length <= 60 && !/[。，,、；;：:（）()]/.test(written) && (RUNNING_HEADER.test(written) || /关于.+的通知$/.test(written)) && /(?:19|20)[0-9]{2}年|政府工作报告/.test(written);
}

/**
 * The notice's own title as a page's header repeats it: its first non-blank line, when it is no
 * item's nor sentence's (trimmed; '' when none). O(its first line).
 */
export function noticeTitleOf(text: NoticeText): string {
	let start = 0;
	while (start < text.length && isWhiteSpace(text.charCodeAt(start))) {
		start++;
	}
	const end = text.indexOf('\n', start);
	const first = text.slice(start, end < 0 ? Math.min(text.length, start + 81) : Math.min(end, start + 81)).trim();
	// Eight characters at least: a repeated `附件1` after a footer is the next attachment's heading.
	return first.length >= 8 && first.length <= 60 && !/[。，,、；;：:（）()]/.test(first) && !/^[0-9０-９]{1,3}[.．、]/.test(first) && readsAsTitle(first) ? first : '';
}

/** A title's last word (`…任务分解表`, `…重点工作安排`), folded: Traditional script's titles as well. */
const TITLE_LAST_WORD = /(通知|方案|分解|分工|意见|表|清单|要点|任务|计划|台账|安排|事项)$/;

/**
 * A first line that reads as a title: its last word, `关于…的…`, or 政府工作报告 in it; never a unit's
 * name (a letterhead, `江北县人民政府办公室`, which a unit list after a footer names again).
 */
function readsAsTitle(first: string): boolean {
	const written = foldVocabulary(first);
	return (TITLE_LAST_WORD.test(written) || /^关于.+的/.test(written) || written.includes('政府工作报告')) && !looksLikeUnitName(written);
}

/**
 * Whether the title is written again below it as a line of its own, as a page's header repeats it: an
 * edit of a title that is not changes no line's part (see readNoticeInSteps); quoted in a sentence
 * (`现将《…分解方案》印发给你们`) it is no header. O(characters), on an edit of the title only.
 */
export function isTitleRepeated(text: NoticeText, title: string): boolean {
	if (title.length === 0) {
		return false;
	}
	for (let at = text.indexOf(title, text.indexOf(title) + title.length); at >= 0; at = text.indexOf(title, at + title.length)) {
		if (aloneOnLine(text, at, at + title.length)) {
			return true;
		}
	}
	return false;
}

/** Only white space between [start, end) and the line's breaks (CR or LF, as the line index breaks lines). */
function aloneOnLine(text: NoticeText, start: number, end: number): boolean {
	let before = start - 1;
	while (before >= 0 && !isLineBreak(text.charCodeAt(before)) && isWhiteSpace(text.charCodeAt(before))) {
		before--;
	}
	let after = end;
	while (after < text.length && !isLineBreak(text.charCodeAt(after)) && isWhiteSpace(text.charCodeAt(after))) {
		after++;
	}
	return (before < 0 || isLineBreak(text.charCodeAt(before))) && (after >= text.length || isLineBreak(text.charCodeAt(after)));
}

function isLineBreak(code: number): boolean {
	return code === 10 || code === 13;
}

/**
 * A line after a page's footer that is the next page's header: a title's words, or the notice's title
 * whatever its last word (`— 1 —` / `江北县2025年重点工作任务分解表`, `关于印发民生实事任务分解的通知`).
 */
function isHeaderText(written: string, title: string): boolean {
	return (written.length <= 40 && isRunningHeaderText(written)) || (title.length > 0 && written === title);
}

/**
 * A title that ends a cover letter (see isDocumentTitle); not the notice's own repeated as a page's
 * header when the letter goes on under it (`各区人民政府，市政府各部门：` / `1.…` / `— 1 —` /
 * `江南市2023年政府工作报告重点任务分工` / `5%。`): the page broke inside the letter. When the numbering
 * starts again under it (`二、强化督查考核。…` / `— 1 —` / the title / `一、稳定经济增长`), the letter's last
 * page ended and the attachment begins with its title.
 */
function endsLetterAsTitle(text: NoticeText, lines: readonly StructureLine[], flags: Uint8Array, at: number, title: string): boolean {
	const line = lines[at];
	if (!isDocumentTitle(text, line)) {
		return false;
	}
	if (!(flags[at] & LinePart.PageFooter && content(text, line).trim() === title)) {
		return true;
	}
	let next = at + 1;
	while (next < lines.length && (lines[next].end === lines[next].start || flags[next] & LinePart.PageFooter)) {
		next++;
	}
	return next < lines.length && lines[next].marker?.number === 1;
}

/** Parts a title stands after as itself, not as a page's header: a letter's date or signature, an attachment's heading, a list of attachments. */
const TITLE_AFTER = LinePart.Date | LinePart.Signature | LinePart.AttachmentHeading | LinePart.AttachmentList | LinePart.Furniture | LinePart.Addressee;

/**
 * A title's words, and no sentence's or list's punctuation: a line of a task a wrap ended with such a word
 * (`的支持力度。（财政部牵头，…税务总局等按职责分工` / `负责）`) is none.
 */
function isRunningHeaderText(written: string): boolean {
	return RUNNING_HEADER.test(foldVocabulary(written)) && !/[。，,、；;：:（）()]/.test(written);
}

/** A page's number alone inside a list or a parenthesis the wrap left open: no unit nor word of it is a number alone. */
const BARE_PAGE_NUMBER = /^[0-9０-９]{1,4}$/;

/**
 * The lines a page break put inside [start, end), a unit list or a parenthesis cut across lines: a
 * footer on a line of its own (`— 2 —`, `第2页 共9页`, or a bare `2`), with the line break after it,
 * and the running header after it (`各区人民政府）` is the list's). In order; none without a line
 * break in the span (nearly every list). O(end - start).
 */
export function pageBreakLinesIn(text: NoticeText, start: number, end: number): readonly Span[] {
	let breaks: Span[] | undefined;
	let afterFooter = false;
	let title: string | undefined;
	for (let at = text.indexOf('\n', start); at >= 0 && at < end; ) {
		const lineStart = at + 1;
		const next = text.indexOf('\n', lineStart);
		if (next < 0 || next >= end) {
			break;
		}
		const written = text.slice(lineStart, next).trim();
		const footer = written.length > 0 && written.length <= 20 && (isPageFooterText(written) || BARE_PAGE_NUMBER.test(written));
		const header = !footer && (afterFooter ? isHeaderText(written, title ??= noticeTitleOf(text)) : isTitleText(written));
		if (footer || header) {
			// With the blank lines a copy leaves around a footer (`区市场` / `` / `- 5 -` / `` / `监管局`).
			let from = lineStart;
			while (from - 1 > start && isBlankBetween(text, text.lastIndexOf('\n', from - 2) + 1, from - 1)) {
				from = text.lastIndexOf('\n', from - 2) + 1;
			}
			let to = next + 1;
			for (let after = text.indexOf('\n', to); after >= 0 && after < end && isBlankBetween(text, to, after); after = text.indexOf('\n', to)) {
				to = after + 1;
			}
			if (breaks && breaks.length > 0 && breaks[breaks.length - 1].end >= from) {
				breaks[breaks.length - 1].end = to;
			} else {
				(breaks ??= []).push({ start: Math.max(from, start), end: to });
			}
			at = to - 1;
			afterFooter = true;
			continue;
		}
		afterFooter = afterFooter && written.length === 0;
		at = next;
	}
	return breaks ?? NO_SPANS;
}

/** Whether [from, to) holds only white space. */
function isBlankBetween(text: NoticeText, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		if (!isWhiteSpace(text.charCodeAt(i))) {
			return false;
		}
	}
	return true;
}

const NO_SPANS: readonly Span[] = Object.freeze([]) as readonly Span[];

function isColon(code: number): boolean {
	return code === 0xff1a || code === 0x3a;
}

export interface DocumentParts {
	/** LinePart flags per line. */
	flags: Uint8Array;
	/** The cover letter: from its addressee line to the line that ends it (its date, signature or an attachment heading); -1 when none. */
	coverStart: number;
	coverEnd: number;
	/**
	 * Where the front matter ends: the cover letter's end, or without an addressee the first date or
	 * signature (a site's notes, the title and a letter come before it); -1 when there is none.
	 */
	frontEnd: number;
}

const DATE =
	/^(\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}|(19|20)\d{5,6}日?|[〇○零一二三四五六七八九]{4}年[〇○零一二三四五六七八九十]{1,2}月[〇○零一二三四五六七八九十]{1,3}日)(附件\d*)?$/;
const FURNITURE =
	/^((附件|附表)\d{0,2}[:：]|扫一扫|【返回顶部】|【打印本页】|【关闭窗口】|打印本页|关闭窗口|[（(]本文有删减[）)]|[（(]此件公开发布[）)]|[（(]此件主动公开[）)]|[（(]此件不公开[）)]|[（(]此件依申请公开[）)])/;
const ATTACHMENT_HEADING = /^(附件|附表)\s*\d{0,2}\s*[:：]?$/;
const ATTACHMENT_LIST = /^(附件|附表|附|备注|附注|注释|注|说明|填表说明|填报说明)\s*\d{0,2}\s*[:：]\s*(\d{1,2}|[（(]\d{1,2}[）)])\s*([.．、）)])?/;
/**
 * A number that counts or dates, not an item's (`备注：6月底前基本完成基建任务。` under a task's 责任单位 line: read as
 * notes after the list, it ended the section, and the tasks after it lost their 章节).
 */
const QUANTITY_AFTER_NUMBER = /^[0-9０-９年月日号时点个项天周次件条%％万亿元]/;
/**
 * Notes after a table or list (`备注：`, `注：`, `填表说明：` alone on a line, their items below): numbered
 * from 1 again, they are no tasks (a task without a lead, a number used twice). With its colon: `备注`
 * alone is a table's column.
 */
const NOTES_HEADING = /^(有关|其他|其它)?(备注|附注|注释|注|说明|填表说明|填报说明)[:：]$/;
const NOTES_WORD = /^(备注|附注|注释|注|说明|填表说明|填报说明)/;
/**
 * 来源, 分享, 抄送 are furniture with their colon, or alone on the line (white space squeezed out: `分 享 到：`):
 * a PDF's copy starts a line with any word of the text
 * (`，切实保障贫困人口` / `分享收益。发挥消费扶贫…`, the unit list after it was lost).
 */
const FURNITURE_WORD = /^(?:来源|分享到?|责任编辑|抄送|抄报)(?:[:：]|$)/;
/** …or with white space after them, on the line as written; not 分享 alone (`分享 经济发展。`, a PDF's spaced text). */
const FURNITURE_WORD_SPACED = /^(?:来源|來源|分享到|责任编辑|責任編輯|抄送|抄报|抄報)[\s\u3000]/;

/** First characters of furniture, attachment headings and lists: 附件, 来源, 分享, 责任编辑, 抄送, 扫一扫, 【, 打印, 关闭, （此件…）. */
const STARTS = markedCodes('附来來分责責抄扫掃【打关關（(备備注註说說填有其');
const ORGAN_END = /(人民政府|政府|办公室|办公厅|委员会|管委会|督查办|督查室|行政公署|公署|行署|局|委|办)$/;
/** The first line of a joint signature (`中共桃源县委员会` / `桃源县人民政府` / the date): a whole organ's name, never a bare unit of a list. */
const JOINT_SIGNATURE = /^.{2,}(委员会|人民政府|办公室|办公厅|行政公署|行署)$/;
/** Characters a paragraph does not end with: a sentence left open before a page number. */
const OPEN_END = /[、，,\u3400-\u9fff]$/;
const PARTICLE_START = /^[的了地得着之]/;
/** A line a wrap broke mid-sentence ends with an ideograph, no punctuation. */
const IDEOGRAPH_END = /[\u3400-\u9fff]$/;
/** The second of numbers listed with 、 and what they count: `6号泊位`, `二期工程`, `3号线` (folded: `6號泊位`). */
const NUMBERS_LISTED = /^[0-9０-９一二三四五六七八九十]{1,3}[号期批座条轮届]/;

/** A date starts with a digit or a numeral of a year (二○○七年). */
const DATE_START = markedCodes('0123456789０１２３４５６７８９〇○零一二');

/**
 * Whether the next line that holds anything opens with item 2 of a note, no units of its own or on the line after it:
 * `备注：1项目牵头单位要于每月5日前报送进展情况。` / `2.责任单位要积极配合。` is a list whose first item lost its point (a
 * reviewer's: read as a remark, its items 2 and 3 became tasks); `备注：6月底前…` / `2.新建幼儿园84所。` / `责任单位：…` is
 * a remark, then the next task.
 */
function secondItemFollows(lines: readonly StructureLine[], i: number): boolean {
	for (let next = i + 1; next < lines.length && next <= i + 3; next++) {
		const line = lines[next];
		if (line.marker) {
			return line.marker.number === 2 && !line.labels.some((label) => isUnitRole(label.role)) && !fieldsFollow(lines, next);
		}
		if (line.end > line.start) {
			return false;
		}
	}
	return false;
}

/** A colon among the first 121 characters of the line (an addressee's ends its list). O(121). */
function hasColon(text: NoticeText, line: StructureLine): boolean {
	return hasColonBetween(text, line.start, Math.min(line.end, line.start + 121));
}

function content(text: NoticeText, line: StructureLine): string {
	return text.slice(line.start, line.end);
}

function compact(text: string): string {
	return foldVocabulary(text.replace(/[\s\u3000]+/g, ''));
}

export function isDateLine(text: string): boolean {
	const squeezed = text.replace(/[\s\u3000]+/g, '');
	return squeezed.length <= 20 && DATE.test(squeezed);
}

/**
 * An addressee line ends with a colon after a list of bodies: it starts with 各, or names several
 * (separated by 、 or a comma), or is short and ends with 政府 (`区政府:`). The colon ends the
 * line or is followed by a space (a whole letter glued onto one line).
 */
export function isAddressee(text: NoticeText, line: StructureLine): boolean {
	if (line.marker || line.labels.length > 0) {
		return false;
	}
	const value = content(text, line);
	const colon = value.search(/[：:]/);
	if (colon <= 0 || colon > 120) {
		return false;
	}
	const after = value.charCodeAt(colon + 1);
	if (colon + 1 < value.length && !(after === 0x20 || after === 0x3000 || after === 0x09 || after === 0xa0)) {
		return false;
	}
	const prefix = value.slice(0, colon);
	if (/[。；;|│]/.test(prefix)) {
		return false;
	}
	return prefix.startsWith('各') || /[、，,]/.test(prefix) || (prefix.length <= 8 && /政府$/.test(prefix));
}

/**
 * A short line naming an organ, no punctuation: the first line of a signature when a date follows. A township
 * by its name alone signs too (`…责任单位：镇财政所、东坪村` / `石门镇` / `2025年3月1日`: no responsible unit, a reviewer).
 */
function isOrganLine(value: string): boolean {
	if (value.length > 30 || /[。，,；;：:、（）()]/.test(value)) {
		return false;
	}
	const name = compact(value);
	return ORGAN_END.test(name) || isTownship(foldVocabulary(name));
}

/**
 * A fresh read's `resume` for markLines: one function for every read. A closure made per read was
 * another call target at each, and markLines's optimized code, made for the first read's, was thrown
 * away at the next ("wrong call target").
 */
const NEVER_RESUME = (): boolean => false;

export function findDocumentParts(text: NoticeText, lines: readonly StructureLine[]): DocumentParts {
	const flags = new Uint8Array(lines.length);
	const title = noticeTitleOf(text);
	markLines(text, lines, flags, 0, undefined, title, NEVER_RESUME);
	return partsOf(text, lines, flags, title);
}

/**
 * The parts of a notice read again from a previous structure (see KeptLines), given the previous
 * reading's parts: a line's flags (but a signature's) depend on the line, the non-blank line
 * before it and whether an attachment list goes on, which that line's own characters and flags
 * tell, and (a line a wrap broke off a list's item) on the few lines after it. So the lines are
 * marked again from the last line that continues no list before those the edit may change,
 * up to a line past it whose line before was kept and marked as before (compared, not assumed); the
 * flags from there on are the previous reading's. Signatures and the cover letter are found again
 * over the flags (one cheap pass each).
 */
export function refindDocumentParts(text: NoticeText, lines: readonly StructureLine[], previous: DocumentParts, kept: KeptLines): DocumentParts {
	const flags = new Uint8Array(lines.length);
	const oldFlags = previous.flags;
	flags.set(oldFlags.subarray(0, Math.min(kept.before, oldFlags.length)));
	let from = Math.min(kept.before, oldFlags.length);
	// Back over the lines whose flags may look ahead into the edit (a wrapped item of an attachment list),
	let ahead = 0;
	while (from > 0 && ahead < LOOKAHEAD_LINES) {
		from--;
		if (lines[from].end > lines[from].start) {
			ahead++;
		}
	}
	// then to a non-blank line that continues no attachment list: after it the list's state is none.
	let before: StructureLine | undefined;
	while (from > 0) {
		const line = lines[from - 1];
		// A page's footer is passed over as a blank line is: the list's state goes on over it.
		if (line.end > line.start && (flags[from - 1] & LinePart.PageFooter) === 0) {
			if ((flags[from - 1] & LinePart.AttachmentList) === 0) {
				before = line;
				break;
			}
		}
		from--;
	}
	const moved = (line: number, previousLine: number) => line >= kept.after && previousLine >= kept.after && (flags[previousLine] & ~LinePart.Signature) === (oldFlags[previousLine - kept.lineDelta] & ~LinePart.Signature);
	// The same title as the previous reading's, or one no line repeats (see readNoticeInSteps).
	const title = noticeTitleOf(text);
	const resumed = markLines(text, lines, flags, from, before, title, moved);
	if (resumed >= 0) {
		flags.set(oldFlags.subarray(resumed - kept.lineDelta), resumed);
	}
	return partsOf(text, lines, flags, title);
}

/** Whether a label of `labels` names units in a role (isUnitRole): a loop, not some() with a function called for each label. */
function namesUnitRole(labels: readonly LabelMatch[]): boolean {
	for (let l = 0; l < labels.length; l++) {
		if (isUnitRole(labels[l].role)) {
			return true;
		}
	}
	return false;
}

/**
 * Marks lines from `from` on, `previous` the non-blank line before it (a list continued by none);
 * stops at a non-blank line for which `resume(line, previous line)` holds and returns it (-1 when
 * it marked every line).
 */
function markLines(text: NoticeText, lines: readonly StructureLine[], flags: Uint8Array, from: number, previous: StructureLine | undefined, title: string, resume: (line: number, previousLine: number) => boolean): number {
	// Whether the non-blank line before is a page's footer (a running header may follow it).
	let footerBefore = false;
	// `kind` undefined: a notes heading, whose first item sets it; `notes`: its items are no task with its fields on the next line.
	let inAttachmentList: { kind: MarkerKind | undefined; number: number; notes: boolean } | undefined;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		if (line.end === line.start) {
			continue;
		}
		if (previous && resume(i, previous.index)) {
			return i;
		}
		// What the tests below read of the line and the one before, loaded once (each load is a call in V8's
		// first tiers, where a new server marks its first notice's lines).
		const marker = line.marker;
		const labelCount = line.labels.length;
		const afterText = previous !== undefined && previous.table < 0;
		if (isPageFooter(text, line)) {
			// Not the line before the next one either: the page broke, the text goes on.
			flags[i] = LinePart.PageFooter;
			footerBefore = true;
			continue;
		}
		if (isWebPageControl(text, line)) {
			flags[i] = LinePart.PageFooter;
			continue;
		}
		if (afterText && isBarePageNumber(text, line)) {
			// `…；责任单位：市财政局、` / `2` / `各区人民政府`: a bare page number between two lines of text (a table's row
			// number stands after a row of its table).
			flags[i] = LinePart.PageFooter;
			footerBefore = true;
			continue;
		}
		if (afterText && (flags[previous!.index] & TITLE_AFTER) === 0 && !marker && labelCount === 0 && TITLE_ENDS[foldCode(lastCode(text, line))] === 1 && isTitleText(content(text, line).trim())) {
			// `…；责任单位：市财政局、` / `2025年市政府工作报告重点任务分解方案` / `各区人民政府`: a page's header whose footer
			// the copy lost, after a line of the notice's body (an attachment's title stands after its heading, a letter's after its date).
			flags[i] = LinePart.PageFooter;
			footerBefore = false;
			continue;
		}
		if (footerBefore && isRunningHeader(text, line, title)) {
			// `— 2 —` / `2024年县政府工作报告重点任务分解` / `县市场监管局）`: the next page's header, passed over as its footer is.
			flags[i] = LinePart.PageFooter;
			footerBefore = false;
			continue;
		}
		footerBefore = false;
		// The words these tests look for start a line with one of a few characters, and an addressee
		// has a colon: other lines need no copy.
		const first = text.charCodeAt(line.start);
		const squeezed = STARTS[first] === 1 ? compact(content(text, line)) : '';
		let flag = LinePart.None;
		if (!marker && labelCount === 0 && hasColon(text, line) && isAddressee(text, line)) {
			flag |= LinePart.Addressee;
		}
		// A date after a label waiting for its value (`完成时限：` / `2020年12月31日`) is that value, no signature.
		const afterColon = previous !== undefined && isColon(text.charCodeAt(previous.end - 1));
		if (!marker && DATE_START[first] === 1 && line.end - line.start <= 30 && isDateLine(content(text, line)) && !afterColon) {
			flag |= LinePart.Date;
		}
		// Empty unless the line starts as furniture or an attachment's heading or list may (STARTS): none of their patterns
		// matches it then, and a task's or a unit's line (nearly every line) is tried against none.
		const mayBePart = squeezed.length > 0;
		if (mayBePart && !marker && (FURNITURE.test(squeezed) || FURNITURE_WORD.test(squeezed) || FURNITURE_WORD_SPACED.test(content(text, line)))) {
			flag |= LinePart.Furniture;
		}
		if (mayBePart && ATTACHMENT_HEADING.test(squeezed)) {
			flag |= LinePart.AttachmentHeading;
		}
		const notesHeading = mayBePart && !marker && NOTES_HEADING.test(squeezed);
		// 附件:1.甲 / 2.乙 / 3.丙: the list goes on while the numbers do.
		const listMatch = mayBePart ? ATTACHMENT_LIST.exec(squeezed) : null;
		const listStart = listMatch && (listMatch[3] !== undefined || /^[（(]/.test(listMatch[2]) || !QUANTITY_AFTER_NUMBER.test(squeezed.slice(listMatch[0].length)) || secondItemFollows(lines, i)) ? listMatch : null;
		if (notesHeading) {
			// Furniture too: the part ends, the last task does not go on into the notes.
			flag |= LinePart.AttachmentList | LinePart.Furniture;
			inAttachmentList = { kind: undefined, number: 0, notes: true };
		} else if (listStart) {
			const notes = NOTES_WORD.test(listStart[1]);
			flag |= LinePart.AttachmentList | (notes ? LinePart.Furniture : 0);
			inAttachmentList = { kind: /^[（(]/.test(listStart[2]) ? MarkerKind.ParenArabic : listStart[3] === '）' || listStart[3] === ')' ? MarkerKind.HalfParenArabic : MarkerKind.Arabic, number: 1, notes };
		} else if (inAttachmentList && marker && (inAttachmentList.kind ?? marker.kind) === marker.kind && marker.number === inAttachmentList.number + 1 && labelCount === 0 && !(inAttachmentList.notes && fieldsFollow(lines, i))) {
			flag |= LinePart.AttachmentList;
			inAttachmentList.kind = marker.kind;
			inAttachmentList.number++;
		} else if (inAttachmentList && !marker && labelCount === 0 && flag === LinePart.None && mayContinueItem(text, line) && nextListItemAfter(text, lines, i, inAttachmentList)) {
			// A PDF's wrap inside an item (`附件:1.2018年…责` / `任分解` / `2.2018年…`): the list goes on.
			flag |= LinePart.AttachmentList;
		} else {
			inAttachmentList = undefined;
		}
		// A number after a line naming units starts an item, in none of the wraps below: asked once for the three.
		if (marker && previous && !namesUnitRole(previous.labels)) {
			flag |= wrappedNumber(text, previous, line, marker);
		}
		flags[i] = flag;
		previous = line;
	}
	return -1;
}

/** LinePart.PageNumber when `line`'s number, after `previous` (a line naming no units), is a wrap's, not an item's; else LinePart.None. */
function wrappedNumber(text: NoticeText, previous: StructureLine, line: StructureLine, marker: MarkerMatch): LinePart {
	// 我们发展 / 2、的质量更高了: a number glued where a page broke, mid-sentence.
	if (marker.kind === MarkerKind.Arabic) {
		const before = content(text, previous);
		const rest = text.slice(marker.end, line.end);
		// Not after a line of units broken after 、 (a PDF's line of a unit list): the item is the next task.
		if ((/[、，,]$/.test(before) && !looksLikeUnitList(before.slice(0, -1))) || (OPEN_END.test(before) && before.length >= 40 && PARTICLE_START.test(rest))) {
			return LinePart.PageNumber;
		}
	}
	// `1.推进港区码头二期工程，建成` / `5、6号泊位。（牵头单位：…）`, `…完成` / `一、二期工程竣工验收。`: a PDF's wrap
	// before numbers listed with 、 is no item (a missing lead above it, a gap or a number used twice).
	if (marker.kind === MarkerKind.Arabic || marker.kind === MarkerKind.ChineseSection) {
		const before = content(text, previous);
		if (before.length >= 10 && IDEOGRAPH_END.test(before) && text.charCodeAt(marker.numberEnd) === 0x3001 /* 、 */ && NUMBERS_LISTED.test(foldVocabulary(text.slice(marker.end, Math.min(line.end, marker.end + 8))))) {
			return LinePart.PageNumber;
		}
	}
	// `…严格执行《政府投资条例》` / `第三条 规定，…`: an article of a law a PDF's wrap put at a line's start, mid-sentence, is no item.
	return marker.kind === MarkerKind.Article && citesArticle(content(text, previous), text.slice(marker.end, line.end)) ? LinePart.PageNumber : LinePart.None;
}

/**
 * An article cited mid-sentence that a wrap put at a line's start: after a law's title or a list's
 * separator (`…《政府投资条例》` / `第三条 规定，…`), or going on as a citation does (`规定`, `的要求`).
 */
function citesArticle(before: string, rest: string): boolean {
	return /[、，,《》〈〉“]$/.test(before) || /^(?:的|之)?(?:规定|要求|明确|所列|所称|执行)/.test(foldVocabulary(rest.slice(0, 4)));
}

/** How many lines a wrap may break an attachment list's item into after its first. */
const WRAPPED_ITEM_LINES = 2;
/** How many non-blank lines after it a line's flags may depend on: the wrapped item's lines and the next item's. */
const LOOKAHEAD_LINES = WRAPPED_ITEM_LINES + 1;

/** Whether the next non-blank line names units (`1.任务` / `牵头单位：…`): the item before it is a task. */
function fieldsFollow(lines: readonly StructureLine[], at: number): boolean {
	for (let i = at + 1; i < lines.length && i <= at + LOOKAHEAD_LINES; i++) {
		if (lines[i].end > lines[i].start) {
			return lines[i].labels.some((label) => isUnitRole(label.role));
		}
	}
	return false;
}

/** Not a date nor a sentence's end: the letter going on (its signature, `现将…如下：`) is no item's wrap. */
function mayContinueItem(text: NoticeText, line: StructureLine): boolean {
	const written = content(text, line);
	return !isDateLine(written) && !/[。；;：:]$/.test(written);
}

/** Whether the next item of the list follows line `at` within the lines a wrapped item may take, no marker or label before it. */
function nextListItemAfter(text: NoticeText, lines: readonly StructureLine[], at: number, list: { kind: MarkerKind | undefined; number: number }): boolean {
	let seen = 0;
	for (let i = at + 1; i < lines.length && seen < WRAPPED_ITEM_LINES; i++) {
		const line = lines[i];
		if (line.end === line.start) {
			continue;
		}
		if (line.marker || line.labels.length > 0) {
			return line.marker !== undefined && line.marker.kind === list.kind && line.marker.number === list.number + 1 && line.labels.length === 0;
		}
		if (!mayContinueItem(text, line)) {
			return false;
		}
		seen++;
	}
	return false;
}

/**
 * Signatures, the cover letter and the front matter, from the lines' other flags. Each pass over the
 * lines is a function of its own, nothing after its loop but the return: a loop compiled while it ran in an engine's
 * first read had no type feedback for the code after it, and its code was thrown away at every later
 * read ("Insufficient type feedback for generic named access", "… for compare operation").
 */
function partsOf(text: NoticeText, lines: readonly StructureLine[], flags: Uint8Array, title: string): DocumentParts {
	markSignatures(text, lines, flags);
	const coverStart = firstFlagged(flags, LinePart.Addressee);
	let coverEnd = coverStart < 0 ? -1 : letterEnd(text, lines, flags, coverStart, title);
	if (coverStart >= 0) {
		// A letter signed after the list it sends (a web page puts the signature and date at the bottom) ends
		// where the list starts, as one with no end does.
		const limit = coverEnd < 0 ? lines.length : coverEnd;
		coverEnd = listAfterLetter(text, lines, flags, coverStart, limit) ?? limit;
	}
	let frontEnd = coverStart >= 0 ? coverEnd : -1;
	// The flags stored after the object is made (see UNSET): V8 typed the property by the class of the first
	// list stored in the literal, an engine's next fresh read generalized it (--trace-generalization at
	// partsOf) and the code relying on it was thrown away ("code dependencies").
	const parts: DocumentParts = { flags: UNSET, coverStart, coverEnd, frontEnd: frontEnd < 0 ? firstDateOrSignature(flags) : frontEnd };
	parts.flags = flags;
	return parts;
}

/** The first line with a flag of `mask`, -1 when none. */
function firstFlagged(flags: Uint8Array, mask: number): number {
	for (let i = 0; i < flags.length; i++) {
		if (flags[i] & mask) {
			return i;
		}
	}
	return -1;
}

/** The line after the addressee at `coverStart` that ends the letter (its date, signature, an attachment or furniture, a title), -1 when none. */
function letterEnd(text: NoticeText, lines: readonly StructureLine[], flags: Uint8Array, coverStart: number, title: string): number {
	for (let i = coverStart + 1; i < lines.length; i++) {
		if (flags[i] & (LinePart.Date | LinePart.Signature | LinePart.AttachmentHeading | LinePart.Furniture) || endsLetterAsTitle(text, lines, flags, i, title)) {
			return i;
		}
	}
	return -1;
}


/** Signatures: an organ line whose next non-blank line is a date. One pass backwards, O(lines). */
function markSignatures(text: NoticeText, lines: readonly StructureLine[], flags: Uint8Array): void {
	let nextDate = false;
	let nextSignature = false;
	for (let i = lines.length - 1; i >= 0; i--) {
		const line = lines[i];
		if (line.end === line.start || flags[i] & LinePart.PageFooter) {
			continue;
		}
		flags[i] &= ~LinePart.Signature;
		if ((nextDate || nextSignature) && !line.marker && isOrganLine(content(text, line)) && (nextDate || JOINT_SIGNATURE.test(compact(content(text, line))))) {
			flags[i] |= LinePart.Signature;
		}
		nextDate = (flags[i] & LinePart.Date) !== 0;
		nextSignature = (flags[i] & LinePart.Signature) !== 0;
	}
}

/** The letter sends the list as a document of its own (`现将《…分工落实方案》…印发给你们`), in Traditional script too (印發給你們). */
const SENDS_LIST = /印[发發][给給]?你[们們]/;

/**
 * Where the list a letter sends starts, before `limit`, the letter's end: its date or signature under the
 * list, or the notice's end when nothing ends the letter (no date, signature nor title, as a web page copied 菏泽 2023: `现将《…分工落实方案》（以下简称《方案》）印发给你们` / `一、高度重视…。` /
 * `二、压实责任…。` / `三、加强督导，健全推进机制。市发展改革委负责…` / `1. 菏泽市深化新旧动能转换…（牵头单位：…）`):
 * the letter's last paragraph was the section of every task. The list starts at a `1` of a finer style than
 * the letter's paragraphs, after two of them at least with nothing numbered under them, naming its units
 * by a field on its line or the next. A letter that sends no document may hold the list itself, and so
 * may one whose paragraph has points of its own or names units by a field: it is left so (undefined).
 * O(lines), on the letter's lines only.
 */
function listAfterLetter(text: NoticeText, lines: readonly StructureLine[], flags: Uint8Array, coverStart: number, limit: number): number | undefined {
	let sends = false;
	let kind: MarkerKind | undefined;
	let paragraphs = 0;
	for (let i = coverStart + 1; i < limit; i++) {
		const line = lines[i];
		if (line.end === line.start || flags[i] & LinePart.PageFooter) {
			continue;
		}
		if (line.table >= 0) {
			return undefined;
		}
		const marker = line.marker;
		if (!sends) {
			// The sentence sending it opens the letter, before its first numbered paragraph.
			if (marker) {
				return undefined;
			}
			sends = SENDS_LIST.test(content(text, line));
			continue;
		}
		if (!marker || kind === undefined || marker.kind === kind) {
			if (line.labels.some((label) => isUnitRole(label.role))) {
				// A paragraph naming units by a field is a task of the list: the letter holds it.
				return undefined;
			}
		}
		if (!marker) {
			continue;
		}
		if (kind === undefined || marker.kind === kind) {
			// Each a paragraph, its sentences after its heading (`二、压实责任，推动工作落实。各牵头单位要…`); a heading
			// alone (`三、重点任务`) is the list's own, the letter having sent it with no title before its body.
			if (!runsOnAfterHeading(text, line)) {
				return undefined;
			}
			kind = marker.kind;
			paragraphs++;
			continue;
		}
		return marker.kind > kind && marker.number === 1 && paragraphs >= 2 && namesUnitsByField(lines, i) && !styleComesBack(lines, i, limit, kind) ? i : undefined;
	}
	return undefined;
}

/**
 * Whether the paragraphs' numbering goes on after the list (`三、重点任务。…` / `1.…` … / `四、保障措施。…`): then they
 * were the 方案's own sections, sent with no title before them, and the list is under the last (a reviewer's probe).
 */
function styleComesBack(lines: readonly StructureLine[], from: number, limit: number, kind: MarkerKind): boolean {
	for (let i = from + 1; i < limit; i++) {
		if (lines[i].marker?.kind === kind) {
			return true;
		}
	}
	return false;
}

/** Sentences go on after the first full stop of the item's line (a heading's end): a paragraph, not a heading. */
function runsOnAfterHeading(text: NoticeText, line: StructureLine): boolean {
	const stop = text.indexOf('。', line.marker!.end);
	return stop >= 0 && stop < line.end && line.end - stop > MIN_SENTENCE;
}

/** Characters a sentence after a heading has at least, its full stop included (`各县区、各部门要强化组织领导。`). */
const MIN_SENTENCE = 6;

/** A unit field on line `at` or on the next non-blank line, no item's (`1.…（牵头单位：…）`, `1.…` / `牵头单位：…`). */
function namesUnitsByField(lines: readonly StructureLine[], at: number): boolean {
	if (lines[at].labels.some((label) => isUnitRole(label.role))) {
		return true;
	}
	for (let i = at + 1; i < lines.length; i++) {
		if (lines[i].end > lines[i].start) {
			return !lines[i].marker && lines[i].labels.some((label) => isUnitRole(label.role));
		}
	}
	return false;
}

/** A loop, not the typed array's findIndex with a function: a call per line, on every keystroke. */
function firstDateOrSignature(flags: Uint8Array): number {
	for (let i = 0; i < flags.length; i++) {
		if (flags[i] & (LinePart.Date | LinePart.Signature)) {
			return i;
		}
	}
	return -1;
}

/** Lines after which no task text follows: a signature, a date, page furniture, an attachment heading. */
export const ENDS_PART = LinePart.Date | LinePart.Signature | LinePart.Furniture | LinePart.AttachmentHeading;

const NO_BREAKS: readonly number[] = Object.freeze([]);

/** The starts of the lines that end a part (see ENDS_PART), in order: one pass over the flags, most notices have none in their body. */
export function partBreaksOf(lines: readonly StructureLine[], parts: DocumentParts | undefined): readonly number[] {
	if (!parts) {
		return NO_BREAKS;
	}
	let breaks: number[] | undefined;
	const flags = parts.flags;
	for (let i = 0; i < flags.length; i++) {
		if (flags[i] & ENDS_PART) {
			(breaks ??= []).push(lines[i].start);
		}
	}
	return breaks ?? NO_BREAKS;
}
