import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWhiteSpace } from '../../server/src/core/text/characters';
import { foldCode } from '../../server/src/core/text/vocabularyFold';
import { LABEL_WORDS, labelBefore, longestLabelBefore, NODE_COUNT, type FieldRole } from '../../server/src/core/syntax/fieldLabels';
import { forEachRandomLine, forEachSampleLine } from '../support/lineSweep';

// longestLabelBefore and the start of its label as they were before the trie became flat tables (a Map
// per node, foldCode and isWhiteSpace per character). The tables are only faster on a new server's
// first notice; the label found must not change.
interface OldNode {
	next: Map<number, OldNode>;
	role?: FieldRole;
	label?: string;
}
const REVERSED: OldNode = { next: new Map() };
for (const [label, role] of LABEL_WORDS) {
	let node = REVERSED;
	for (let i = label.length - 1; i >= 0; i--) {
		const code = label.charCodeAt(i);
		let next = node.next.get(code);
		if (!next) {
			next = { next: new Map() };
			node.next.set(code, next);
		}
		node = next;
	}
	node.role = role;
	node.label = label;
}
const LONGEST = Math.max(...LABEL_WORDS.map(([label]) => label.length));

function oldLongestLabelBefore(text: string, from: number, end: number): OldNode | undefined {
	let node: OldNode | undefined = REVERSED;
	let count = 0;
	let gap = 0;
	let found: OldNode | undefined;
	for (let i = end - 1; i >= from && count < LONGEST; i--) {
		const char = text.charCodeAt(i);
		if (isWhiteSpace(char)) {
			if (count === 0) {
				continue;
			}
			let width = 1;
			while (i - width >= from && isWhiteSpace(text.charCodeAt(i - width))) {
				width++;
			}
			if (width > 4 || (gap !== 0 && width !== gap)) {
				break;
			}
			gap = width;
			i -= width - 1;
			continue;
		}
		node = node.next.get(foldCode(char));
		if (!node) {
			break;
		}
		count++;
		if (node.role !== undefined) {
			found = node;
		}
	}
	return found;
}

function oldLabelStartBefore(text: string, end: number, found: OldNode): number {
	let start = end;
	for (let count = 0; count < found.label!.length; ) {
		start--;
		if (!isWhiteSpace(text.charCodeAt(start))) {
			count++;
		}
	}
	return start;
}

/** Both walks at every end from..to of `text`. */
function walkBoth(text: string, from: number, to: number): void {
	for (let end = from; end <= to; end++) {
		const expected = oldLongestLabelBefore(text, from, end);
		const found = longestLabelBefore(text, from, end);
		assert.equal(found?.label, expected?.label, `${text.slice(from, end)}|`);
		assert.equal(found?.role, expected?.role);
		if (found && expected) {
			// The reader's walk gives the start with the label (labelBefore: distance × NODE_COUNT + node).
			assert.equal(end - Math.floor(labelBefore(text, from, end) / NODE_COUNT), oldLabelStartBefore(text, end, expected), `${text.slice(from, end)}|`);
		}
	}
}

test('longestLabelBefore finds the label the Map trie found: every end of every line of the sample and corpus texts', () => {
	forEachSampleLine(walkBoth);
});

test('longestLabelBefore finds the label the Map trie found: 5,000 random lines of label characters, Traditional forms, gaps', () => {
	const alphabet = [...LABEL_WORDS.map(([label]) => label), '牽頭單位', '責任單位', '協辦單位', '領導', '時限', '牵', '頭', '单', '位', '單', '责', '任', '人', '主', '要', '市', '局', '甲', ' ', '  ', '   ', '     ', '\u3000', '\t', '\ufeff', '：', ':', '；', '，', '（', '【', '】', 'a', '1'];
	forEachRandomLine(alphabet, 5_000, 16, walkBoth);
});
