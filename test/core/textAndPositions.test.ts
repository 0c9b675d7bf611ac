import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { lineBreakOf } from '../../server/src/core/text/lineBreaks';
import { BlockText } from '../../server/src/core/text/noticeText';
import { hasLetterOrDigit, isWhiteSpace } from '../../server/src/core/text/characters';
import { engine, check } from '../support/engine';

test('line index: CRLF, LF and a lone CR each end a line', () => {
	const index = new LineIndex('甲\r\n乙\n丙\r丁');
	assert.equal(index.lineCount, 4);
	assert.deepEqual(index.positionAt(3), { line: 1, character: 0 });
	assert.deepEqual(index.positionAt(2), { line: 0, character: 1 }, 'an offset inside CRLF belongs to the line it ends');
	assert.equal(index.offsetAt({ line: 3, character: 1 }), 8);
	assert.equal(index.offsetAt({ line: 9, character: 0 }), 8);
});

test('line index: characters outside the BMP count two UTF-16 code units', () => {
	const index = new LineIndex('𠀀局\n');
	assert.deepEqual(index.positionAt(2), { line: 0, character: 2 });
	assert.equal(index.lineText(0), '𠀀局');
});

test('line index after an edit: the same lines as a fresh index of the new text (CR, LF and CRLF joined or split at the edit)', () => {
	const piece = fc.array(fc.constantFrom('甲', 'a', '\r', '\n', '\r\n', '乙乙'), { maxLength: 8 }).map((parts) => parts.join(''));
	fc.assert(
		fc.property(piece, piece, fc.nat(), fc.nat(), piece, (head, body, at, length, inserted) => {
			const before = head + body + head;
			const start = at % (before.length + 1);
			const oldEnd = start + (length % (before.length - start + 1));
			const text = before.slice(0, start) + inserted + before.slice(oldEnd);
			const derived = LineIndex.afterEdit(new LineIndex(before), text, { start, oldEnd, newEnd: start + inserted.length });
			const fresh = new LineIndex(text);
			assert.deepEqual([...derived.starts], [...fresh.starts]);
			assert.deepEqual([...derived.ends], [...fresh.ends]);
			assert.deepEqual([...derived.nextStarts], [...fresh.nextStarts]);
		}),
		{ numRuns: 3000 },
	);
});

test('unit keys fold width, dashes, spaces and Traditional characters', () => {
	assert.equal(engine.unitKey('普陀山—朱家尖管委会'), engine.unitKey('普陀山-朱家尖管委会'));
	assert.equal(engine.unitKey('各县（市）区政府'), engine.unitKey('各县(市)区政府'));
	assert.equal(engine.unitKey('市 发改委'), engine.unitKey('市发改委'));
	assert.equal(engine.unitKey('市發改委'), engine.unitKey('市发改委'));
	assert.equal(engine.unitKey('無錫市發展和改革委員會'), '无锡市发展和改革委员会');
	assert.notEqual(engine.unitKey('市发改委'), engine.unitKey('市发改局'));
});

test('CRLF notices: same units, ranges on the right lines', () => {
	const lf = '1.甲。\n牵头单位：市发改委；责任单位：市财政局\n2.乙。\n牵头单位：市商务局\n';
	const crlf = lf.replace(/\n/g, '\r\n');
	const a = check(lf).notice;
	const b = check(crlf).notice;
	assert.deepEqual(b.units.map((unit) => unit.name), a.units.map((unit) => unit.name));
	assert.deepEqual(b.units.map((unit) => b.lineIndex.rangeOf(unit)), a.units.map((unit) => a.lineIndex.rangeOf(unit)));
	assert.deepEqual(b.lineIndex.rangeOf(b.units[2]), { start: { line: 3, character: 5 }, end: { line: 3, character: 9 } });
});

test('a BOM before the first line does not hide the first task', () => {
	const { notice } = check('\uFEFF1.甲。\n牵头单位：市发改委\n2.乙。\n牵头单位：市财政局\n');
	assert.equal(notice.tasks.length, 2);
	assert.equal(notice.tasks[0].units[0].name, '市发改委');
});

test('a name with a character outside the BMP keeps exact UTF-16 ranges', () => {
	const { notice } = check('1.甲。\n牵头单位：𠀀局、市财政局\n');
	const [first, second] = notice.units;
	assert.equal(first.name, '𠀀局');
	assert.deepEqual(notice.lineIndex.rangeOf(first), { start: { line: 1, character: 5 }, end: { line: 1, character: 8 } });
	assert.deepEqual(notice.lineIndex.rangeOf(second), { start: { line: 1, character: 9 }, end: { line: 1, character: 13 } });
	assert.equal(notice.text.slice(second.start, second.end), '市财政局');
});

test('Traditional labels and units are read', () => {
	const { notice } = check('1.甲。\n牽頭單位：市發改委；責任單位：市財政局\n');
	assert.deepEqual(notice.units.map((unit) => `${unit.role}:${unit.name}`), ['lead:市發改委', 'responsible:市財政局']);
	assert.equal(notice.units[0].key, engine.unitKey('市发改委'));
});

test('full-width and half-width punctuation are the same', () => {
	const a = check('1.甲。\n牵头单位：市发改委；责任单位：市财政局，各县（市）区政府\n').notice;
	const b = check('1.甲。\n牵头单位:市发改委;责任单位:市财政局,各县(市)区政府\n').notice;
	assert.deepEqual(a.units.map((unit) => [unit.role, unit.key]), b.units.map((unit) => [unit.role, unit.key]));
});

test('the line break a text already uses: its first, as a string or in blocks', () => {
	const cases: Array<[string, string]> = [
		['甲\r\n乙\n', '\r\n'],
		['甲\n乙\r\n', '\n'],
		['甲\r乙\n', '\r'],
		['甲乙\r', '\r'],
		['甲乙', '\n'],
		['\n\r\n', '\n'],
	];
	for (const [text, expected] of cases) {
		assert.equal(lineBreakOf(text), expected, JSON.stringify(text));
		// Cut after every character: a CRLF split between two blocks is still one break.
		assert.equal(lineBreakOf(BlockText.fromBlocks([...text])), expected, `${JSON.stringify(text)} in blocks`);
	}
});

test('a letter or a digit: what /[\\p{L}\\p{N}]/u says, for every UTF-16 code unit alone and in strings of them', () => {
	const expression = /[\p{L}\p{N}]/u;
	for (let code = 0; code <= 0xffff; code++) {
		const text = String.fromCharCode(code);
		assert.equal(hasLetterOrDigit(text), expression.test(text), `U+${code.toString(16)}`);
	}
	// Names as written, with the punctuation around them, and pairs past U+FFFF (𠮷, a letter; 🀄, none).
	const pieces = ['·', '“', '（', '、', '—', ' ', 'ª', '²', '々', '〇', '〡', 'Ａ', '１', '𠮷', '🀄', '市', 'x', '7', '-', '\u3000'];
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => {
			const text = parts.join('');
			assert.equal(hasLetterOrDigit(text), expression.test(text), JSON.stringify(text));
		}),
	);
	assert.equal(hasLetterOrDigit(''), false);
});

test('white space: what /\\s/ says, and the zero-width space and word joiner, for every UTF-16 code unit', () => {
	// Answered above U+3000 by one test (most characters read are ideographs): the byte-order mark is white space there.
	for (let code = 0; code <= 0xffff; code++) {
		const expected = /\s/.test(String.fromCharCode(code)) || code === 0x200b || code === 0x2060;
		assert.equal(isWhiteSpace(code), expected, `U+${code.toString(16)}`);
	}
});
