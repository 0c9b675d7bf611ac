import type { NoticeText } from './noticeText';

/** The line break a document already uses, so an edit does not mix CRLF into LF text. */
export function lineBreakOf(text: NoticeText): string {
	const lf = text.indexOf('\n');
	const cr = text.indexOf('\r');
	if (cr >= 0 && (lf < 0 || cr < lf)) {
		return text.charCodeAt(cr + 1) === 10 ? '\r\n' : '\r';
	}
	return '\n';
}
