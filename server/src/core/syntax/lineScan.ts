import { bracketOf, isIdeograph, isWhiteSpace } from '../text/characters';
import { emptyList } from '../text/objectLists';
import { glossEndAt } from '../text/glosses';
import type { Span } from '../text/lineIndex';
import { matchMarker, MarkerKind, mayStartMarker, type MarkerMatch } from './markers';
import { mayEndLabel } from './fieldLabels';
import type { NoticeText } from '../text/noticeText';

/** A bracket group at the top level of a line: `（牵头单位：…）`, `[…]`, `〔…〕`. Document offsets. */
export interface BracketGroup {
	/** The opening bracket. */
	open: number;
	/** The closing bracket, or -1 when the line ends inside the group (a paste cut off, a list running on). */
	close: number;
}

/** A numbering marker inside a line, where another item may begin. */
export interface InnerMarker {
	marker: MarkerMatch;
	/** After white space (a notice glued onto one line); otherwise stuck to the text (`…市府办125.强化`). */
	spaced: boolean;
}

/** What one scan of a line's content finds, written into the line. */
export interface LineScan {
	glosses: Span[];
	brackets: BracketGroup[];
	inner: InnerMarker[];
}

/** Cell separators a line holds, as bits: a tab, a box-drawing character, a pipe, two white spaces in a row; and two marks for later passes. */
export const enum CellHint {
	Tab = 1,
	Box = 2,
	Pipe = 4,
	WideSpace = 8,
	/** A colon or a 】: a label may stand before it (no cell separator; a line's labels are looked for only then). */
	Colon = 16,
	/**
	 * A lead convention may be declared on the line: it holds 首, 第一, 前面 (`列第一位者为牵头单位`,
	 * `首位单位为牵头单位`, `排在前面的…牵头`), 为牵 (`责任单位即为牵头单位`) or 同责 (`均为…同责单位`), either script.
	 * Conventions are looked for only there (not on every 牵头单位 label's line).
	 */
	Convention = 32,
	/**
	 * A bracket of any kind the unbalanced-bracket finding pairs (round, square, lenticular, tortoise
	 * shell, title and corner brackets): a task whose lines have none is not scanned for one.
	 */
	Bracket = 64,
	/**
	 * Read alone, the line may open a table: a short line without a marker or a label (a header's cell),
	 * a word table's header, or a line a header is glued to the end of (see mayOpenTable). Set by
	 * readLine, after the line's marker and labels: findTables then passes over every other line
	 * without loading it (at each keystroke, in the 800 KB notice, a line object was a cache miss).
	 */
	MayOpenTable = 128,
}

/** How scanLine takes a character (RUN_KINDS). */
const enum RunKind {
	/** An ideograph (U+3400–U+9FFF) that ends no mark of a convention. */
	Ideograph = 0,
	/** An ideograph that ends the marks of CellHint.Convention: 首, 一 (of 第一), 面 (of 前面), 牵 牽 (of 为牵), 责 責 (of 同责). */
	ConventionEnd = 1,
	/** Nothing the scan looks for: no colon, space, bracket, separator, marker's start, nor text a glued number may follow (`，`, `、`, `。`). */
	Plain = 2,
	/** `0`–`9`: a marker may start there, after a space or glued to text (`…市府办125.强化`); nothing else. */
	Digit = 3,
	/** `：` `:`: where a label may end; nothing else. */
	Colon = 4,
	Other = 5,
	/** Not asked yet: kindOf tells, once per character. */
	Unknown = 6,
}

/**
 * Each UTF-16 code's RunKind, one load per character. A new server's first notice is read by
 * V8's interpreter and baseline code, where every comparison and call is a call of a builtin:
 * the run of ideographs was some ten per character, and each other character called four
 * predicates. A memo of kindOf, a function of the code alone: nothing read is kept in it, and what
 * it holds is the same whatever was read and in whatever order (a pure cache, not state). Filled on
 * first sight of a code, not at load: kindOf for the 38 K codes outside U+3400–U+9FFF made a new
 * process's start 82 M instructions longer (cachegrind), where a notice holds a few hundred of them.
 */
const RUN_KINDS = new Uint8Array(0x10000).fill(RunKind.Unknown).fill(RunKind.Ideograph, 0x3400, 0xa000);
for (const end of '首一面牵牽责責') {
	RUN_KINDS[end.charCodeAt(0)] = RunKind.ConventionEnd;
}

/**
 * The kind of a character outside U+3400–U+9FFF: Plain when scanLine would do nothing with it but
 * note it was there; a digit and a colon, the most frequent of the others (figures, fields), each a
 * kind of its own, taken without the general path's tests.
 */
function kindOf(code: number): RunKind {
	if (code >= 0x30 && code <= 0x39) {
		return RunKind.Digit;
	}
	if (code === 0xff1a || code === 0x3a) {
		return RunKind.Colon;
	}
	const plain =
		code !== 0x3011 &&
		!isWhiteSpace(code) &&
		!mayStartMarker(code) &&
		!endsText(code) &&
		bracketOf(code) === 0 &&
		!(code >= 0x300a && code <= 0x300f) &&
		code !== 0x09 &&
		code !== 0x7c &&
		!(code >= 0x2500 && code <= 0x257f);
	return plain ? RunKind.Plain : RunKind.Other;
}

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

// Of the kind the lists with objects are (see emptyList): nearly every line has none of them, and
// the first line of a session with an inner marker or a bracket threw away the optimized code
// reading a line's lists ("wrong map" in splitGluedLines, moveLineInPlace, readSectionLine).
const NO_SPANS: Span[] = emptyList();
const NO_GROUPS: BracketGroup[] = emptyList();
const NO_INNER: InnerMarker[] = emptyList();

/**
 * Where a label may end in the line scanLine read last, in order: each `：` `:` `】`, and each white
 * space right after a label's last character (see CellHint.Colon). findLabelsAtStops reads the
 * line's labels from them; reading the whole line again for its colons was some 10 M instructions
 * of a 2 MB notice's read (295,000 characters, each a charCodeAt). One per reading of a structure,
 * written anew by each line's scan: valid only until the next line is scanned. A line with a gloss
 * is read for its labels without the stops: after a gloss the scan's previous character is its
 * `(`, not the character before it.
 */
export class LabelStops {
	at = new Int32Array(16);
	count = 0;

	add(at: number): void {
		if (this.count === this.at.length) {
			const longer = new Int32Array(this.at.length * 2);
			longer.set(this.at);
			this.at = longer;
		}
		this.at[this.count++] = at;
	}
}

/**
 * Scans the content `start`..`end` of a line once: pinyin glosses, top-level bracket groups (a
 * gloss is no bracket), markers inside the line, and cell separators. O(length): every look-ahead
 * (a gloss, a marker) is bounded by a constant.
 */
export function scanLine(text: NoticeText, start: number, end: number, into: LineScan, labelStops: LabelStops): number {
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
	// Each character read through one bound function: in V8's first tiers `text.charCodeAt(i)` is a
	// property load (an inline cache's call) before the call, at every character (−5.3 M instructions
	// of a new server's first read of a 200 KB notice); optimized, the call is inlined as before.
	const charAt = text.charCodeAt.bind(text);
	for (let i = start; i < end; i++) {
		const code = charAt(i);
		const prior = previous;
		let kind = RUN_KINDS[code];
		if (kind === RunKind.Unknown) {
			kind = RUN_KINDS[code] = kindOf(code);
		}
		if (kind <= RunKind.Plain) {
			if (kind === RunKind.ConventionEnd && endsConventionMark(prior, code)) {
				hints |= CellHint.Convention;
			}
			// Only a numeral (an ideograph) after a space may start a marker here.
			if (afterSpace && kind !== RunKind.Plain && i > start && mayStartMarker(code)) {
				const marker = matchMarker(text, i);
				if (marker && marker.end <= end) {
					(inner === NO_INNER ? (inner = []) : inner).push({ marker, spaced: true });
				}
			}
			// The rest of a run of ideographs and plain punctuation (nearly all of a notice's text): only
			// a convention's mark may end in it. Each code read once (its predecessor kept, not read again).
			// No test of `end` a character (each comparison is a call in V8's first tiers, where a new server's
			// first notice is scanned: 62,000 of the 200 KB notice's 72,000 characters are in such runs): the
			// run stops at the first character of another kind, and what follows a line's content (readLine's
			// `end`) is white space, a line break or the text's end (NaN, no kind), none an ideograph nor plain.
			// A run a caller's `end` cut short is cut back to it, its last code read again.
			let last = code;
			let lastKind = kind;
			let next = i + 1;
			for (;;) {
				const nextCode = charAt(next);
				const nextKind = RUN_KINDS[nextCode];
				if (nextKind !== RunKind.Ideograph) {
					if (nextKind === RunKind.ConventionEnd) {
						if (next < end && endsConventionMark(last, nextCode)) {
							hints |= CellHint.Convention;
						}
					} else if (nextKind !== RunKind.Plain) {
						break;
					}
				}
				last = nextCode;
				lastKind = nextKind;
				next++;
			}
			if (next > end) {
				next = end;
				last = charAt(end - 1);
				lastKind = RUN_KINDS[last];
			}
			i = next - 1;
			previous = last;
			afterSpace = false;
			// After an ideograph (not 第) a glued number may follow; after plain punctuation, none.
			afterText = lastKind !== RunKind.Plain && last !== 0x7b2c /* 第 */;
			continue;
		}
		previous = code;
		if (kind === RunKind.Digit) {
			// A marker may start after a space, or glued to text (`…市府办125.强化`).
			if (i > start) {
				if (afterSpace) {
					const marker = matchMarker(text, i);
					if (marker && marker.end <= end) {
						(inner === NO_INNER ? (inner = []) : inner).push({ marker, spaced: true });
					}
				} else if (afterText) {
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
			afterSpace = false;
			afterText = false;
			continue;
		}
		if (kind === RunKind.Colon) {
			hints |= CellHint.Colon;
			labelStops.add(i);
			afterSpace = false;
			afterText = false;
			continue;
		}
		if (code === 0x3011 /* 】 */) {
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

/** The group of `groups` that contains `offset` (strictly inside its brackets), if any. */
export function enclosingGroup(groups: readonly BracketGroup[], offset: number): BracketGroup | undefined {
	for (let g = 0; g < groups.length; g++) {
		const group = groups[g];
		if (group.open < offset && (group.close < 0 || offset < group.close)) {
			return group;
		}
		if (group.open > offset) {
			break;
		}
	}
	return undefined;
}
