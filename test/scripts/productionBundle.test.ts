import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { escapeNonAscii } from '../../scripts/asciiOutput.mjs';
import { sampleAndCorpusTexts } from '../support/sampleTexts';

/** What a bundle of the reader exports: a reading and check of a text, as plain data (see noticeSnapshot). */
interface BundledReader {
	snapshot(text: string): unknown;
}

/** The entry bundled both ways: the engine and the snapshot of everything a reading says. */
const ENTRY = `
import { BreakdownEngine } from './server/src/core/engine';
import { noticeSnapshot } from './test/support/noticeSnapshot';
const engine = new BreakdownEngine();
export function snapshot(text) {
	const notice = engine.parseNotice(text);
	return JSON.parse(JSON.stringify(noticeSnapshot(notice, engine.check(notice, undefined))));
}
`;

/**
 * The reader bundled by esbuild, as the development build makes it, or as the shipped one does
 * (minified, then every character outside ASCII written as an escape: scripts/build.mjs --production).
 * esbuild is loaded at run time from its own package, not bundled into this test.
 */
async function bundledReader(production: boolean): Promise<BundledReader> {
	const esbuild = createRequire(`${process.cwd()}/`)('esbuild') as typeof import('esbuild');
	const built = await esbuild.build({
		stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
		bundle: true,
		format: 'cjs',
		platform: 'node',
		target: 'node20',
		minify: production,
		write: false,
		logLevel: 'silent',
	});
	const code = production ? escapeNonAscii(built.outputFiles[0].text) : built.outputFiles[0].text;
	const module = { exports: {} as BundledReader };
	new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(`${process.cwd()}/`));
	return module.exports;
}

// The shipped bundle is the development one minified and escaped. Round 52's reader took a heading's
// verbs from a regular expression's source, which in the shipped bundle is `\uXXXX` escapes: the
// .vsix read no heading naming its lead (`（三）县住建局牵头，县城管局配合的工作`) and underlined every
// task under it, while every test, run on the development build, passed.
test('the shipped bundle (minified, written as ASCII) reads every sample, corpus, layout and wild text as the development bundle does', async () => {
	const [development, shipped] = await Promise.all([bundledReader(false), bundledReader(true)]);
	const texts = sampleAndCorpusTexts();
	assert.ok(texts.length > 80, `${texts.length} texts`);
	for (const { name, text } of texts) {
		assert.deepEqual(shipped.snapshot(text), development.snapshot(text), name);
	}
});
