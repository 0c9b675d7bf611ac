import * as path from 'node:path';
import type * as PinyinPro from 'pinyin-pro';
import type { PinyinReader } from '../core/features/pinyinIndex';

export type PinyinModule = Pick<typeof PinyinPro, 'pinyin'>;

/**
 * pinyin-pro, loaded when a reading is first asked for (a completion, a filter typed in Latin
 * letters). Loading it builds its dictionary: imported with the server, it was a third of the
 * bundle and some 35 ms of every server's start, before the editor had any answer; the first
 * completion by pinyin pays some 20 ms instead.
 */
export function lazyPinyinReader(load: () => PinyinModule): PinyinReader {
	let loaded: PinyinModule | undefined;
	const pinyin = () => (loaded ??= load()).pinyin;
	return {
		syllables: (text) => pinyin()(text, { toneType: 'none', type: 'array', nonZh: 'removed' }),
		readings: (char) => pinyin()(char, { multiple: true, type: 'array', toneType: 'none' }),
	};
}

/**
 * The server's: pinyin-pro from its own bundle beside the server's (dist/pinyin.js). Even never
 * run, its 0.5 MB in the server's bundle were decoded, scanned and cached at every start.
 */
export function loadPinyinBundle(): PinyinModule {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return require(path.join(__dirname, 'pinyin.js'));
}
