// Production bundles written as ASCII (see escapeNonAscii): used by build.mjs, tested by test/scripts/asciiOutput.test.ts.

/**
 * The code with every character outside ASCII written as a `\uXXXX` escape (each UTF-16 code unit,
 * so a pair for a character past U+FFFF). esbuild escapes strings and templates itself but leaves
 * regular-expression literals (and comments) as written, and the server's regexes hold Chinese:
 * the bundle then decoded as UTF-8 into a two-byte string, 12.4 ms for the 1.26 MB bundle at every
 * start, against 5.8 ms for the same code in ASCII (a one-byte string, half the memory). In a
 * regular expression an escape is the character it names, with or without the `u` flag (a
 * surrogate pair written as two escapes is one code point under `u`); in a comment or an
 * identifier it is harmless. A character written after a backslash (`\（`, an identity escape) is
 * the character itself: the backslash is dropped, not doubled. Not for code with source maps: the
 * columns after an escape move.
 *
 * @param {string} code
 * @returns {string}
 */
export function escapeNonAscii(code) {
	return code.replace(/(\\*)([^\x00-\x7f])/g, (_, backslashes, character) => {
		const escape = `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
		// An odd run of backslashes escapes the character: the last one goes, the escape stands for both.
		return (backslashes.length % 2 === 1 ? backslashes.slice(1) : backslashes) + escape;
	});
}
