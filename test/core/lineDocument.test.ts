import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LineDocument } from '../../server/src/core/text/lineDocument';
import { BlockText, flatText } from '../../server/src/core/text/noticeText';

const piece = fc.constantFrom('a', '市', '、', '\n', '\r\n', '𠀀', '牵头单位：', '\t');
const text = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));
/**
 * A change on lines of the document (taken modulo its line count when applied); characters may fall
 * past the end of a line and ranges may be reversed. (Lines past the end are left out: there the
 * reference implementation returns NaN positions.)
 */
const rawChange = fc.record({ full: fc.integer({ min: 0, max: 12 }), startLine: fc.nat(), startCharacter: fc.integer({ min: -1, max: 30 }), endLine: fc.nat(), endCharacter: fc.integer({ min: -1, max: 30 }), text });
type RawChange = typeof rawChange extends fc.Arbitrary<infer T> ? T : never;

function onDocument(raw: RawChange, document: TextDocument): TextDocumentContentChangeEvent {
	if (raw.full === 0) {
		return { text: raw.text };
	}
	const lines = document.lineCount;
	return { range: { start: { line: raw.startLine % lines, character: raw.startCharacter }, end: { line: raw.endLine % lines, character: raw.endCharacter } }, text: raw.text };
}

function sameDocument(actual: TextDocument, expected: TextDocument): void {
	const content = expected.getText();
	assert.equal(actual.getText(), content);
	assert.equal(actual.lineCount, expected.lineCount);
	for (let offset = 0; offset <= content.length + 1; offset++) {
		assert.deepEqual(actual.positionAt(offset), expected.positionAt(offset), `positionAt(${offset})`);
	}
	for (let line = -1; line <= expected.lineCount; line++) {
		for (let character = -1; character <= 12; character++) {
			assert.equal(actual.offsetAt({ line, character }), expected.offsetAt({ line, character }), `offsetAt(${line}, ${character})`);
		}
		assert.deepEqual(actual.getLineRange(line), expected.getLineRange(line), `getLineRange(${line})`);
		assert.equal(actual.getEOLCharacters(line), expected.getEOLCharacters(line), `getEOLCharacters(${line})`);
	}
}

test('a LineDocument reads and changes exactly like vscode-languageserver-textdocument (LF and CRLF)', () => {
	// `read`: which versions are read before the next change (the lines are split only when asked for).
	fc.assert(
		fc.property(text, fc.array(fc.array(rawChange, { minLength: 1, maxLength: 8 }), { maxLength: 6 }), fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), (initial, updates, read, readAsNotice) => {
			let actual = LineDocument.create('file:///a.txt', 'breakdown', 1, initial);
			let expected = TextDocument.create('file:///a.txt', 'breakdown', 1, initial);
			// Every version, read again once the last is made (a request begun before an edit reads the version it was given).
			const versions: Array<[LineDocument, TextDocument]> = [[actual, TextDocument.create(expected.uri, expected.languageId, 1, initial)]];
			// The reader's text first (it makes the blocks the next version is made from), then the rest.
			if (readAsNotice[0]) {
				assert.equal(flatText(actual.noticeText()), initial);
			}
			if (read[0]) {
				sameDocument(actual, expected);
			}
			for (const [index, raws] of updates.entries()) {
				// Each change is placed on the document as the changes before it left it.
				const changes: TextDocumentContentChangeEvent[] = [];
				// (TextDocument.update changes the document it is given: the mirror is a copy.)
				let mirror = TextDocument.create(expected.uri, expected.languageId, expected.version, expected.getText());
				for (const raw of raws) {
					const change = onDocument(raw, mirror);
					changes.push(change);
					mirror = TextDocument.update(mirror, [change], mirror.version + 1);
				}
				actual = LineDocument.update(actual, changes, index + 2);
				expected = TextDocument.update(expected, changes, index + 2);
				if (readAsNotice[index + 1]) {
					const noticeText = actual.noticeText();
					assert.equal(flatText(noticeText), expected.getText());
					assert.equal(noticeText.length, expected.getText().length);
				}
				if (read[index + 1] || index === updates.length - 1) {
					sameDocument(actual, expected);
				}
				assert.equal(actual.version, index + 2);
				versions.push([actual, TextDocument.create(expected.uri, expected.languageId, expected.version, expected.getText())]);
			}
			for (const [version, mirror] of versions) {
				sameDocument(version, mirror);
			}
		}),
		{ numRuns: 400 },
	);
});

/** An edit of a replace-all: where in the text (modulo its length), how many characters it replaces within its line, what it writes (no line break), and whether its end is given past the line's end. */
const replaceEdit = fc.record({ at: fc.nat(), length: fc.integer({ min: 0, max: 3 }), text: fc.array(fc.constantFrom('a', '市', '·', '𠀀'), { maxLength: 3 }).map((pieces) => pieces.join('')), pastEnd: fc.boolean() });

test('a replace-all (edits within lines, sent in document order or last first) changes the document as vscode-languageserver-textdocument does', () => {
	fc.assert(
		fc.property(text, fc.array(replaceEdit, { minLength: 2, maxLength: 30 }), fc.boolean(), fc.nat(), fc.boolean(), (initial, edits, lastFirst, typed, readBefore) => {
			let actual = LineDocument.create('file:///a.txt', 'breakdown', 1, initial);
			let expected = TextDocument.create('file:///a.txt', 'breakdown', 1, initial);
			if (typed % 3 > 0) {
				// Typed in first, the document holds blocks and its lines' starts (see giveUpLines).
				const keystroke = { range: { start: expected.positionAt(typed % (initial.length + 1)), end: expected.positionAt(typed % (initial.length + 1)) }, text: typed % 3 === 1 ? '市' : '\n' };
				actual.noticeText();
				actual.offsetAt({ line: 0, character: 0 });
				actual = LineDocument.update(actual, [keystroke], 2);
				expected = TextDocument.update(expected, [keystroke], 2);
			}
			if (readBefore) {
				actual.noticeText();
				actual.offsetAt({ line: 0, character: 0 });
			}
			// Ranges of the text before the change, one line each, in document order, none overlapping.
			const before = expected.getText();
			const ranges: Array<{ line: number; from: number; to: number; text: string; pastEnd: boolean }> = [];
			for (const edit of edits) {
				const start = expected.positionAt(edit.at % (before.length + 1));
				const lineEnd = expected.positionAt(expected.offsetAt({ line: start.line, character: Number.MAX_SAFE_INTEGER })).character;
				ranges.push({ line: start.line, from: start.character, to: edit.pastEnd ? lineEnd : Math.min(lineEnd, start.character + edit.length), text: edit.text, pastEnd: edit.pastEnd });
			}
			ranges.sort((a, b) => a.line - b.line || a.from - b.from || a.to - b.to);
			const ordered = ranges.filter((range, index) => index === 0 || range.line > ranges[index - 1].line || range.from >= ranges[index - 1].to);
			// In document order each edit is placed on the text the edits before it left (their growth on its line); last first, on the text before.
			let grown = 0;
			const changes = ordered.map((range, index) => {
				grown = index > 0 && ordered[index - 1].line === range.line ? grown : 0;
				const shift = lastFirst ? 0 : grown;
				grown += range.text.length - (range.to - range.from);
				return { range: { start: { line: range.line, character: range.from + shift }, end: { line: range.line, character: range.pastEnd ? range.to + shift + 50 : range.to + shift } }, text: range.text };
			});
			if (lastFirst) {
				changes.reverse();
			}
			const version = expected.version + 1;
			sameDocument(LineDocument.update(actual, changes, version) as unknown as TextDocument, TextDocument.update(expected, changes, version));
		}),
		{ numRuns: 600 },
	);
});

test('a CR meeting an LF after an edit makes one CRLF break, as the notice reader counts it', () => {
	const document = LineDocument.update(LineDocument.create('u', 'breakdown', 1, 'a\rX\nb'), [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }], 2);
	assert.equal(document.getText(), 'a\r\nb');
	assert.equal(document.lineCount, 2);
	assert.deepEqual(document.positionAt(3), { line: 1, character: 0 });
});

test('2,000 edits on one line of a long document rewrite that line only', () => {
	const initial = Array.from({ length: 3000 }, (_, i) => `${i + 1}.任务${i}\n牵头单位：市发改委`).join('\n');
	const changes = Array.from({ length: 2000 }, (_, i) => ({ range: { start: { line: 1, character: i }, end: { line: 1, character: i } }, text: '·' }));
	const actual = LineDocument.update(LineDocument.create('u', 'breakdown', 1, initial), changes, 2);
	assert.equal(actual.getText(), TextDocument.update(TextDocument.create('u', 'breakdown', 1, initial), changes, 2).getText());
});

test('a keystroke makes one block of the reader\'s text again and shares the others with the version before', () => {
	const initial = Array.from({ length: 3000 }, (_, i) => `${i + 1}.任务${i}\n牵头单位：市发改委`).join('\n');
	const opened = LineDocument.create('u', 'breakdown', 1, initial);
	assert.equal(opened.noticeText(), initial, 'a text as the editor sent it is read as it is');
	const typed = LineDocument.update(opened, [{ range: { start: { line: 2000, character: 3 }, end: { line: 2000, character: 3 } }, text: '市' }], 2);
	// The text asked for as one string first (a feature might) still leaves the reader its blocks.
	const joined = typed.getText();
	const first = typed.noticeText();
	assert.ok(first instanceof BlockText && first.blockCount > 5, `${(first as BlockText).blockCount} blocks`);
	assert.equal(flatText(first), joined);
	const again = LineDocument.update(typed, [{ range: { start: { line: 10, character: 1 }, end: { line: 10, character: 2 } }, text: '' }], 3);
	const second = again.noticeText();
	assert.ok(second instanceof BlockText && second.blockCount === first.blockCount);
	const shared = Array.from({ length: first.blockCount }, (_, i) => first.block(i) === second.block(i)).filter(Boolean).length;
	assert.equal(shared, first.blockCount - 1);
	const replaced = LineDocument.update(again, [0, 1].map((line) => ({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' })), 4);
	assert.ok(replaced.noticeText() instanceof BlockText && flatText(replaced.noticeText()) === replaced.getText(), 'a version of several changes is read as blocks made from its lines');
	assert.equal(flatText(second), TextDocument.update(TextDocument.update(TextDocument.create('u', 'breakdown', 1, initial), [{ range: { start: { line: 2000, character: 3 }, end: { line: 2000, character: 3 } }, text: '市' }], 2), [{ range: { start: { line: 10, character: 1 }, end: { line: 10, character: 2 } }, text: '' }], 3).getText());
});
