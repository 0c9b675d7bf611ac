/** The line break a document already uses, so an edit does not mix CRLF into LF text. */
export function lineBreakOf(text: string): string {
	const index = text.search(/\r\n|\r|\n/);
	if (index < 0) {
		return '\n';
	}
	return text[index] === '\r' ? (text[index + 1] === '\n' ? '\r\n' : '\r') : '\n';
}
