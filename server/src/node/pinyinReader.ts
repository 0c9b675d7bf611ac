import type * as PinyinPro from 'pinyin-pro';
import type { PinyinReader } from '../core/features/pinyinIndex';

/**
 * pinyin-pro, loaded when a reading is first asked for (a completion, a filter typed in Latin
 * letters). Loading it builds its dictionary: imported with the server, it was a third of the
 * bundle and some 35 ms of every server's start, before the editor had any answer; the first
 * completion by pinyin pays some 20 ms instead.
 */
export function lazyPinyinReader(load: () => typeof PinyinPro = loadPinyinPro): PinyinReader {
	let loaded: typeof PinyinPro | undefined;
	const pinyin = () => (loaded ??= load()).pinyin;
	return {
		syllables: (text) => pinyin()(text, { toneType: 'none', type: 'array', nonZh: 'removed' }),
		readings: (char) => pinyin()(char, { multiple: true, type: 'array', toneType: 'none' }),
	};
}

function loadPinyinPro(): typeof PinyinPro {
	// A require in a function: the bundler keeps the module's initialization until this call.
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return require('pinyin-pro');
}
