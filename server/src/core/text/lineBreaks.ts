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
