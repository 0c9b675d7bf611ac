/**
 * C0 and C1 controls (ESC starts a terminal escape sequence), DEL, line and paragraph separators,
 * and the bidirectional overrides and isolates that make text display in another order than it
 * reads. A notice pasted from a web page or a file name can carry any of them.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text from a file (its name, unit names in messages) made safe to print: each unsafe character as a visible escape. */
export function escapeForTerminal(text: string): string {
	return text.replace(UNSAFE, (character) => {
		const code = character.charCodeAt(0);
		return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
	});
}
