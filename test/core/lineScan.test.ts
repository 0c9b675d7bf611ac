import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bracketOf, isIdeograph, isWhiteSpace, markedCodes } from '../../server/src/core/text/characters';
import { glossEndAt } from '../../server/src/core/text/glosses';
import type { NoticeText } from '../../server/src/core/text/noticeText';
import { matchMarker, MarkerKind, mayStartMarker } from '../../server/src/core/syntax/markers';
import { mayEndLabel } from '../../server/src/core/syntax/fieldLabels';
import { CellHint, LabelStops, scanLine, type LineScan } from '../../server/src/core/syntax/lineScan';
import { forEachRandomLine, forEachSampleLine } from '../support/lineSweep';

// scanLine as it was before it took characters by kind from a table (RUN_KINDS): the same scan,
// one comparison at a time. The table is only faster on a new server's first notice; what the
// scan finds must not change.
const NO_SPANS: LineScan['glosses'] = [];
const NO_GROUPS: LineScan['brackets'] = [];
const NO_INNER: LineScan['inner'] = [];

/** The characters that end the marks of CellHint.Convention: 首, 一 (of 第一), 面 (of 前面), 牵 牽 (of 为牵), 责 責 (of 同责). */
const CONVENTION_ENDS = markedCodes('首一面牵牽责責', 0xa000);

/** Whether `code` after `previous` ends a mark of a convention (see CellHint.Convention). */
function endsConventionMark(previous: number, code: number): boolean {
	switch (code) {
		case 0x9996: // 首
			return true;
		case 0x4e00: // 一, after 第
			return previous === 0x7b2c;
		case 0x9762: // 面, after 前
			return previous === 0x524d;
		case 0x8d23: // 责 責, after 同
		case 0x8cac:
			return previous === 0x540c;
		default: // 牵 牽, after 为 為 爲
			return previous === 0x4e3a || previous === 0x70ba || previous === 0x7232;
	}
}

/** What may stand right before a glued Arabic number: text, a closing bracket or quote. */
function endsText(code: number): boolean {
	return isIdeograph(code) || code === 0xff09 || code === 0x29 || code === 0x300d || code === 0x300f || code === 0x201d;
}

function referenceScan(text: NoticeText, start: number, end: number, into: LineScan, labelStops: LabelStops): number {
	let glosses = NO_SPANS;
	let brackets = NO_GROUPS;
	let inner = NO_INNER;
	let hints = 0;
	let depth = 0;
	let openAt = -1;
	// Whether the previous character is white space, and whether it ends text (for glued numbers).
	let afterSpace = false;
	let afterText = false;
	let previous = 0;
	labelStops.count = 0;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		const prior = previous;
		if (code >= 0x3400 && code <= 0x9fff) {
			if (CONVENTION_ENDS[code] === 1 && endsConventionMark(previous, code)) {
				hints |= CellHint.Convention;
			}
			previous = code;
			// Most characters are ideographs: no bracket, separator or space; only a numeral after a space may start a marker.
			if (afterSpace && i > start && mayStartMarker(code)) {
				const marker = matchMarker(text, i);
				if (marker && marker.end <= end) {
					(inner === NO_INNER ? (inner = []) : inner).push({ marker, spaced: true });
				}
			}
			// The rest of a run of ideographs (nearly all of a notice's text): only a convention's mark may end in it.
			let last = code;
			while (i + 1 < end) {
				const next = text.charCodeAt(i + 1);
				if (next < 0x3400 || next > 0x9fff) {
					break;
				}
				if (CONVENTION_ENDS[next] === 1 && endsConventionMark(last, next)) {
					hints |= CellHint.Convention;
				}
				last = next;
				i++;
			}
			previous = last;
			afterSpace = false;
			afterText = last !== 0x7b2c /* 第 */;
			continue;
		}
		previous = code;
		if (code === 0xff1a || code === 0x3a || code === 0x3011) {
			hints |= CellHint.Colon;
			labelStops.add(i);
		}
		const space = (code <= 0x3000 || code === 0xfeff) && isWhiteSpace(code);
		if (space && !afterSpace && i > start && mayEndLabel(prior)) {
			// `牵头单位\t市发改委`: a label with white space for its colon may stand before it.
			hints |= CellHint.Colon;
			labelStops.add(i);
		}
		if (i > start) {
			if (afterSpace) {
				if (space) {
					hints |= CellHint.WideSpace;
				} else if (mayStartMarker(code)) {
					const marker = matchMarker(text, i);
					if (marker && marker.end <= end) {
						(inner === NO_INNER ? (inner = []) : inner).push({ marker, spaced: true });
					}
				}
			} else if ((code === 0x28 || code === 0xff08) && (prior === 0x29 || prior === 0xff09 || prior === 0x3002)) {
				// `…(省发改委负责)(二)公共财政…` (黑龙江 2013): a bracketed number right after a bracket or a full stop.
				const marker = matchMarker(text, i);
				if (marker && marker.end < end && (marker.kind === MarkerKind.ParenChinese || marker.kind === MarkerKind.ParenArabic)) {
					(inner === NO_INNER ? (inner = []) : inner).push({ marker, spaced: false });
				}
			} else if (afterText && code >= 48 && code <= 57) {
				const marker = matchMarker(text, i);
				// The number must be followed by text, not by more figures or a space (`125.强化`).
				if (marker && marker.kind === MarkerKind.Arabic && marker.end < end && marker.end === marker.numberEnd + 1) {
					const after = text.charCodeAt(marker.end);
					if (!isWhiteSpace(after) && !(after >= 48 && after <= 57)) {
						(inner === NO_INNER ? (inner = []) : inner).push({ marker, spaced: false });
					}
				}
			}
		}
		afterSpace = space;
		afterText = endsText(code) && code !== 0x7b2c /* 第 */;
		const bracket = bracketOf(code);
		if (bracket !== 0 || (code >= 0x300a && code <= 0x300f) /* 《》「」『』 */) {
			hints |= CellHint.Bracket;
		}
		if (bracket > 0) {
			const glossEnd = code === 0x28 || code === 0xff08 ? glossEndAt(text, i, end) : -1;
			if (glossEnd > 0) {
				(glosses === NO_SPANS ? (glosses = []) : glosses).push({ start: i, end: glossEnd });
				i = glossEnd - 1;
				// A gloss ends with `)`: what follows it follows a character.
				afterSpace = false;
				afterText = true;
				continue;
			}
			if (depth === 0) {
				openAt = i;
			}
			depth++;
		} else if (bracket < 0) {
			if (depth > 0) {
				depth--;
				if (depth === 0) {
					(brackets === NO_GROUPS ? (brackets = []) : brackets).push({ open: openAt, close: i });
				}
			}
		} else if (code === 0x09) {
			hints |= CellHint.Tab;
		} else if (code === 0x7c || code === 0x2502 || code === 0x2503) {
			hints |= code === 0x7c ? CellHint.Pipe : CellHint.Pipe | CellHint.Box;
		} else if (code >= 0x2500 && code <= 0x257f) {
			hints |= CellHint.Box;
		}
	}
	if (depth > 0) {
		(brackets === NO_GROUPS ? (brackets = []) : brackets).push({ open: openAt, close: -1 });
	}
	into.glosses = glosses;
	into.brackets = brackets;
	into.inner = inner;
	return hints;
}


function scanBoth(text: string, start: number, end: number): void {
	const into: LineScan = { glosses: [], brackets: [], inner: [] };
	const stops = new LabelStops();
	const hints = scanLine(text, start, end, into, stops);
	const expected: LineScan = { glosses: [], brackets: [], inner: [] };
	const expectedStops = new LabelStops();
	const expectedHints = referenceScan(text, start, end, expected, expectedStops);
	const line = JSON.stringify(text.slice(start, end));
	assert.equal(hints, expectedHints, line);
	assert.deepEqual(into, expected, line);
	assert.deepEqual([...stops.at.subarray(0, stops.count)], [...expectedStops.at.subarray(0, expectedStops.count)], line);
}

test('scanLine finds what it found one comparison at a time: every line of the sample and corpus texts', () => {
	forEachSampleLine(scanBoth);
});

test('scanLine finds what it found one comparison at a time: 5,000 random lines of convention marks, punctuation, markers, glosses, cells', () => {
	const alphabet = ['甲', '乙', '第', '一', '首', '前', '面', '为', '牵', '牽', '同', '责', '責', '為', '爲', '面', '、', '，', '。', '；', '：', ':', '】', '【', '（', '）', '(', ')', '《', '》', '“', '”', ' ', '\u3000', '\t', '|', '│', '─', '1', '25', '.', '1.', '（一）', '(二)', '(fā)', '牵头单位', '牵头单位：', '\ufeff', 'a', 'ā', '·', '%', '①', '㈠', '豈', '二、'];
	forEachRandomLine(alphabet, 5_000, 40, scanBoth);
});
