import * as OpenCC from 'opencc-js/t2cn';

/** Folds Traditional characters to Simplified with OpenCC's maintained dictionaries. */
export type ScriptFolder = (text: string) => string;

export function createScriptFolder(): ScriptFolder {
	const convert = OpenCC.Converter({ from: 't', to: 'cn' });
	// Names repeat a great deal (a notice names the same thirty units hundreds of times).
	const cache = new Map<string, string>();
	return (text) => {
		let folded = cache.get(text);
		if (folded === undefined) {
			folded = convert(text) ?? text;
			if (cache.size > 50_000) {
				cache.clear();
			}
			cache.set(text, folded);
		}
		return folded;
	};
}

const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D~～]/g;
const SPACES = /[\s\u00A0\u3000\u200B\uFEFF]+/g;

/**
 * The identity of a unit name for matching: width folded (NFKC turns （ into ( and Ａ into A),
 * every dash the same, no white space, Simplified characters. Two spellings with one key are the same unit.
 */
export function unitKey(name: string, fold: ScriptFolder): string {
	return fold(name.normalize('NFKC').replace(DASHES, '-').replace(SPACES, ''));
}
