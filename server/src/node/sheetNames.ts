/** Excel's limits on a sheet name. */
const MAX_LENGTH = 31;
/** Characters Excel refuses, with the full-width forms it accepts, so 市文广旅体局/市体育局 keeps its meaning. */
const REPLACEMENTS: Record<string, string> = { '[': '（', ']': '）', ':': '：', '*': '＊', '?': '？', '/': '、', '\\': '、' };

/**
 * Valid, unique sheet names for `wanted`, in order: forbidden characters replaced, at most 31
 * characters (a surrogate pair never cut), no apostrophe at either end, not Excel's reserved
 * `History`, and unique ignoring case (as Excel compares) against each other and `taken`.
 */
export function sheetNames(wanted: readonly string[], taken: readonly string[] = []): string[] {
	const used = new Set(taken.map((name) => name.toLowerCase()));
	return wanted.map((name) => {
		const base = clean(name);
		let candidate = base;
		for (let n = 2; used.has(candidate.toLowerCase()) || candidate.toLowerCase() === 'history'; n++) {
			const suffix = `（${n}）`;
			candidate = cut(base, MAX_LENGTH - suffix.length) + suffix;
		}
		used.add(candidate.toLowerCase());
		return candidate;
	});
}

function clean(name: string): string {
	let text = name.replace(/[[\]:*?/\\]/g, (char) => REPLACEMENTS[char]).replace(/[\u0000-\u001f]/g, '').trim();
	text = text.replace(/^'+|'+$/g, '').trim();
	text = cut(text, MAX_LENGTH).replace(/'+$/, '');
	return text.length > 0 ? text : '单位';
}

function cut(text: string, length: number): string {
	if (text.length <= length) {
		return text;
	}
	const code = text.charCodeAt(length - 1);
	// Do not leave the high half of a surrogate pair at the end.
	return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}
