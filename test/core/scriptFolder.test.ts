import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js/t2cn';
import { createScriptFolder } from '../../server/src/core/text/unitKey';

// The folder skips OpenCC for a text in which none of its dictionaries' sources occurs: it must
// fold every text as OpenCC's own converter does, wherever the skip is taken or not.
const convert = OpenCC.Converter({ from: 't', to: 'cn' });
const configs = (OpenCC as unknown as { Locale: { configs: Record<string, { normalizationChain: unknown[]; conversionChain: unknown[] }> } }).Locale.configs;
const dictionaries = [configs.t2s.normalizationChain, configs.t2s.conversionChain].flat(2) as string[];
const sources = dictionaries.flatMap((dictionary) => dictionary.split('|').map((entry) => entry.split(' ')[0]));

function differences(texts: Iterable<string>): string[] {
	const fold = createScriptFolder();
	const found: string[] = [];
	for (const text of texts) {
		if (fold(text) !== (convert(text) ?? text)) {
			found.push(text);
		}
	}
	return found;
}

test('the script folder folds every source of the dictionaries, alone and inside a name, as OpenCC does', () => {
	assert.ok(sources.length > 1000, `the dictionaries were read (${sources.length} sources)`);
	const texts = sources.flatMap((source) => [source, `市${source}局`, `${source}市发改委`]);
	assert.deepEqual(differences(texts).slice(0, 5), []);
});

test('the script folder folds every character of the Basic Multilingual Plane and random mixtures as OpenCC does', () => {
	const characters: string[] = [];
	for (let code = 0x20; code < 0xd800; code++) {
		characters.push(String.fromCharCode(code));
	}
	const sourceCharacters = [...new Set(sources.join(''))];
	let seed = 7;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const mixtures: string[] = [];
	for (let k = 0; k < 20_000; k++) {
		let text = '';
		for (let length = 1 + Math.floor(random() * 8); length > 0; length--) {
			text += random() < 0.5 ? sourceCharacters[Math.floor(random() * sourceCharacters.length)] : String.fromCharCode(0x4e00 + Math.floor(random() * 0x5200));
		}
		mixtures.push(text);
	}
	assert.deepEqual(differences([...characters, ...mixtures]).slice(0, 5), []);
});

test('the script folder leaves a Simplified name unconverted and folds a Traditional one', () => {
	const fold = createScriptFolder();
	assert.equal(fold('市发展和改革委员会'), '市发展和改革委员会');
	assert.equal(fold('無錫市發展和改革委員會'), '无锡市发展和改革委员会');
});
