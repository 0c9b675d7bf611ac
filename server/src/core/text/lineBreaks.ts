import type { NoticeText } from './noticeText';

/** The line break a document already uses, so an edit does not mix CRLF into LF text. */
export function lineBreakOf(text: NoticeText): string {
	const lf = text.indexOf('\n');
	// A CR counts only before the first LF: looked for on the first line, not through the text.
	const cr = lf < 0 ? text.indexOf('\r') : text.slice(0, lf).indexOf('\r');
	if (cr >= 0) {
		return text.charCodeAt(cr + 1) === 10 ? '\r\n' : '\r';
	}
	return '\n';
}

/**
 * Whether a line break ends the text before `end`, where `end` is a line's start or the text's
 * length: at a line's start one always does, so only the text's end is read (asked of every item
 * and run of a notice on each keystroke: a character read through a text's blocks each time was a
 * twentieth of a keystroke in the 800 KB notice).
 */
export function lineBreakBefore(text: NoticeText, end: number): boolean {
	if (end <= 0) {
		return false;
	}
	if (end < text.length) {
		return true;
	}
	const code = text.charCodeAt(end - 1);
	return code === 10 || code === 13;
}
