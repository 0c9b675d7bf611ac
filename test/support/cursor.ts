/** `$0` marks a cursor in a fixture (it cannot occur in a real notice): returns the text without it and the offset. */
export function withCursor(fixture: string): { text: string; offset: number } {
	const offset = fixture.indexOf('$0');
	if (offset < 0) {
		throw new Error('fixture has no $0 cursor');
	}
	return { text: fixture.slice(0, offset) + fixture.slice(offset + 2), offset };
}

/** Removes the common indentation of a template literal and its first and last empty lines. */
export function dedent(text: string): string {
	const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
	const indent = Math.min(...lines.filter((line) => line.trim().length > 0).map((line) => /^[ \t]*/.exec(line)![0].length));
	return lines.map((line) => line.slice(indent)).join('\n');
}
