import * as OpenCC from 'opencc-js/t2cn';
import { detached } from './detached';

/** Folds Traditional characters to Simplified with OpenCC's maintained dictionaries. */
export type ScriptFolder = (text: string) => string;

export function createScriptFolder(): ScriptFolder {
	// Built when a text first holds an entry of its dictionaries: a notice in Simplified script
	// seldom does (none of the thirty names of the benchmark's notice), and the converter's tries
	// took some 10 ms of a server's start and 1.5 MB of its heap.
	let convert: ((text: string) => string) | undefined;
	const sources = conversionSources();
	// Names repeat a great deal (a notice names the same thirty units hundreds of times).
	const cache = new Map<string, string>();
	return (text) => {
		let folded = cache.get(text);
		if (folded === undefined) {
			folded = sources && !holdsASource(text, sources) ? text : ((convert ??= OpenCC.Converter({ from: 't', to: 'cn' }))(text) ?? text);
			if (cache.size > 50_000) {
				cache.clear();
			}
			// Kept by copies (see detached): a registry's names are slices of its text, and a name
			// kept here kept the version of the registry it first came in (a registry of 111 KB
			// edited in VS Code held 110 KB more per version); a name unchanged is its own fold.
			const own = detached(text);
			folded = folded === text ? own : detached(folded);
			cache.set(own, folded);
		}
		return folded;
	};
}

/** The dictionaries of the conversion `{ from: 't', to: 'cn' }` (OpenCC's `t2s`), as the package lays them out. */
interface ConversionDictionaries {
	normalizationChain?: unknown;
	conversionChain?: unknown;
}

/** The sources (the text an entry replaces) of the conversion's entries: by their first code unit (a mark each), as a set, and the longest's length. */
interface ConversionSources {
	starts: Uint8Array;
	sources: Set<string>;
	longest: number;
}

/**
 * The sources of every entry of the conversion's dictionaries. OpenCC replaces only where a source
 * matches, so a text in which none occurs converts to itself. Undefined when the dictionaries are
 * not laid out as expected (every text is then converted).
 */
function conversionSources(): ConversionSources | undefined {
	const config = (OpenCC.Locale.configs as Record<string, ConversionDictionaries | undefined>).t2s;
	const chains = [config?.normalizationChain, config?.conversionChain];
	if (!chains.every(Array.isArray)) {
		return undefined;
	}
	const dictionaries: unknown[] = (chains as unknown[][]).flat(2);
	const starts = new Uint8Array(0x10000);
	const sources = new Set<string>();
	let longest = 0;
	for (const dictionary of dictionaries) {
		// Serialized as `source target|source target|…`.
		if (typeof dictionary !== 'string') {
			return undefined;
		}
		let at = 0;
		while (at < dictionary.length) {
			const space = dictionary.indexOf(' ', at);
			if (space <= at) {
				return undefined;
			}
			starts[dictionary.charCodeAt(at)] = 1;
			sources.add(dictionary.slice(at, space));
			longest = Math.max(longest, space - at);
			const next = dictionary.indexOf('|', space);
			if (next < 0) {
				break;
			}
			at = next + 1;
		}
	}
	return { starts, sources, longest };
}

function holdsASource(text: string, { starts, sources, longest }: ConversionSources): boolean {
	for (let i = 0; i < text.length; i++) {
		if (starts[text.charCodeAt(i)] === 1) {
			for (let length = 1; length <= longest && i + length <= text.length; length++) {
				if (sources.has(text.slice(i, i + length))) {
					return true;
				}
			}
		}
	}
	return false;
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
