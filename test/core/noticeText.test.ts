import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { BlockText, flatText, sameCharacters, type NoticeText } from '../../server/src/core/text/noticeText';

// Pieces that make cuts interesting: line breaks (a CRLF cut in two), a pair past U+FFFF, Chinese, a label.
const piece = fc.constantFrom('a', '市', '、', '\n', '\r\n', '\r', '𠀀', '牵头单位：', '（', '）', ' ', '1.');
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** `value` cut at the given places (taken modulo its length), blocks of any size, empty ones left out. */
function cutInto(value: string, cuts: readonly number[]): BlockText {
	const places = [...new Set(cuts.map((cut) => (value.length === 0 ? 0 : cut % value.length)))].sort((a, b) => a - b);
	const blocks: string[] = [];
	let at = 0;
	for (const place of places) {
		if (place > at) {
			blocks.push(value.slice(at, place));
			at = place;
		}
	}
	blocks.push(value.slice(at));
	return BlockText.fromBlocks(blocks);
}

const index = fc.integer({ min: -3, max: 50 });
const search = fc.constantFrom('', 'a', '\n', '\r\n', '市、', '牵头单位', '：（', '𠀀', 'x', 'a\n市');

/** Every method of the string's, on both, the same answers. */
function sameAsString(blocks: NoticeText, value: string, a: number, b: number, searched: string): void {
	assert.equal(blocks.length, value.length);
	assert.equal(flatText(blocks), value);
	assert.equal(String(blocks), value);
	for (let i = -1; i <= value.length; i++) {
		assert.ok(Object.is(blocks.charCodeAt(i), value.charCodeAt(i)), `charCodeAt(${i})`);
		assert.equal(blocks.charAt(i), value.charAt(i), `charAt(${i})`);
		assert.equal(blocks.codePointAt(i), value.codePointAt(i), `codePointAt(${i})`);
	}
	assert.equal(blocks.slice(a, b), value.slice(a, b), `slice(${a}, ${b})`);
	assert.equal(blocks.slice(a), value.slice(a), `slice(${a})`);
	assert.equal(blocks.slice(), value.slice());
	assert.equal(blocks.substring(a, b), value.substring(a, b), `substring(${a}, ${b})`);
	assert.equal(blocks.indexOf(searched, a), value.indexOf(searched, a), `indexOf(${searched}, ${a})`);
	assert.equal(blocks.indexOf(searched), value.indexOf(searched), `indexOf(${searched})`);
	assert.equal(blocks.lastIndexOf(searched, a), value.lastIndexOf(searched, a), `lastIndexOf(${searched}, ${a})`);
	assert.equal(blocks.lastIndexOf(searched), value.lastIndexOf(searched), `lastIndexOf(${searched})`);
	assert.equal(blocks.startsWith(searched, a), value.startsWith(searched, a), `startsWith(${searched}, ${a})`);
	assert.equal(blocks.endsWith(searched, b), value.endsWith(searched, b), `endsWith(${searched}, ${b})`);
	assert.equal(blocks.endsWith(searched), value.endsWith(searched));
	assert.equal(blocks.includes(searched, a), value.includes(searched, a));
}

test('a text in blocks answers every string method as the string it stands for, however it is cut', () => {
	fc.assert(
		fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), index, index, search, (value, cuts, a, b, searched) => {
			sameAsString(cutInto(value, cuts), value, a, b, searched);
		}),
		{ numRuns: 1000 },
	);
});

test('an edit on a text in blocks gives the edited string; it shares the blocks it does not touch', () => {
	const edit = fc.record({ start: fc.nat(), length: fc.nat({ max: 12 }), inserted: text });
	fc.assert(
		fc.property(text, fc.array(fc.nat(), { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), fc.integer({ min: 1, max: 8 }), index, index, search, (initial, cuts, edits, blockSize, a, b, searched) => {
			let value = initial;
			let blocks = cutInto(initial, cuts);
			for (const { start: rawStart, length, inserted } of edits) {
				const start = value.length === 0 ? 0 : rawStart % (value.length + 1);
				const end = Math.min(value.length, start + length);
				const before = blocks;
				blocks = BlockText.afterEdit(blocks, start, end, inserted, blockSize);
				const previous = value;
				value = value.slice(0, start) + inserted + value.slice(end);
				sameAsString(blocks, value, a, b, searched);
				// What the reader checks of an editor's change (editedRegion): the parts outside it are the same characters.
				assert.ok(sameCharacters(blocks, 0, before, 0, start));
				assert.ok(sameCharacters(blocks, start + inserted.length, before, end, value.length - start - inserted.length));
				assert.equal(sameCharacters(blocks, 0, previous, 0, value.length), value.length <= previous.length && previous.startsWith(value));
				// Blocks wholly before the edit are the same strings.
				for (let i = 0; i < before.blockCount && before.blockStart(i + 1) < start; i++) {
					assert.equal(blocks.block(i), before.block(i));
				}
			}
		}),
		{ numRuns: 1000 },
	);
});

test('an edited block cut again at its last line break leaves no empty block: a text compares equal to itself from offset 0', () => {
	// The property above found it (seed 1758626499): "\r\naaaa\r\n" cut at blocks of 1 left a block "" after
	// its last line break, an edit made it the first block, and blockAt(0), taking the first block,
	// gave sameCharacters an empty piece: equal texts compared unequal once a read had moved its cursor.
	let value = 'a';
	let blocks = BlockText.fromBlocks(['a']);
	const edits = [
		{ start: 1, end: 1, inserted: 'a1.aaa\r\na' },
		{ start: 0, end: 6, inserted: '\r\naaa' },
		{ start: 0, end: 8, inserted: '' },
		{ start: 0, end: 0, inserted: 'a\n' },
		{ start: 0, end: 0, inserted: '' },
	];
	for (const { start, end, inserted } of edits) {
		const before = blocks;
		blocks = BlockText.afterEdit(blocks, start, end, inserted, 1);
		value = value.slice(0, start) + inserted + value.slice(end);
		for (let i = 0; i < blocks.blockCount; i++) {
			assert.ok(blocks.block(i).length > 0, `block ${i} of ${blocks.blockCount} is empty`);
		}
		// A read at the end first, as the string methods leave the cursor.
		assert.equal(before.charAt(before.length - 1), flatText(before).charAt(before.length - 1));
		assert.ok(sameCharacters(blocks, start + inserted.length, before, end, value.length - start - inserted.length));
		assert.equal(flatText(blocks), value);
	}
});

test('an edited block grown past twice the block size is cut again at line ends', () => {
	const lines = Array.from({ length: 40 }, (_, i) => `${i + 1}.任务\n`);
	const blocks = BlockText.fromLines(lines, 16);
	const grown = BlockText.afterEdit(blocks, 5, 5, lines.join(''), 16);
	assert.equal(flatText(grown), lines.join('').slice(0, 5) + lines.join('') + lines.join('').slice(5));
	assert.ok(grown.blockCount > blocks.blockCount + 5, `${grown.blockCount} blocks`);
	for (let i = 0; i < grown.blockCount; i++) {
		assert.ok(grown.block(i).length <= 40, `block ${i}: ${grown.block(i).length}`);
	}
});

test('lines are joined into blocks near the block size, a longer line a block of its own', () => {
	const long = '市'.repeat(100) + '\n';
	const blocks = BlockText.fromLines(['a\n', 'b\n', long, 'c\n', 'd'], 4);
	assert.deepEqual(
		Array.from({ length: blocks.blockCount }, (_, i) => blocks.block(i)),
		['a\nb\n', long, 'c\nd'],
	);
});
