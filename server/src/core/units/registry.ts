import { asciiDigits } from '../text/characters';
import { LineIndex, type Span } from '../text/lineIndex';
import { unitKey, type ScriptFolder } from '../text/unitKey';
import { isAdminParenthesisContent, namesMoreBodies, qualifierKind } from './unitNames';

/** One unit of a registry (单位名录) file. */
export interface RegistryUnit {
	canonical: string;
	aliases: string[];
	/** The matching keys of the canonical name and the aliases, in that order. */
	keys: string[];
	/** Where the canonical name and each alias stand in the registry text, in that order: what rename rewrites. */
	nameSpans: Span[];
	/**
	 * Other plates of the same office, written in a parenthesis after a name (市财政局（国资办）,
	 * 市发展和改革委员会（市粮食和物资储备局）): one office with two plates (一套人马两块牌子). Weaker
	 * than an alias: claimed by no one, so a registry may list the plate as its own unit too.
	 */
	plates?: string[];
	/** Names many bodies at once (各县(市)区政府). */
	collective: boolean;
	/** Renamed: the name that replaces this one. */
	successor?: string;
	successorKey?: string;
	successorSpan?: Span;
	/** The year the registry gives a rename (`县农业局 -> 县农业农村局（2019年）`): notices of that year and later write the successor. */
	renamedIn?: number;
	/** The registry file and the span of the canonical name in it, for go-to-definition. */
	uri: string;
	nameSpan: Span;
	lineSpan: Span;
}

/**
 * The key of a unit's canonical name, as its registry computed it when read (keys[0]): computed
 * again (unitKey) for every mention of a workspace, the first references request over 1,000
 * notices folded the same few names some 300 ms.
 */
export function canonicalKey(unit: RegistryUnit): string {
	return unit.keys[0];
}

/** Whether `name` is written as the registry writes the unit: its canonical name or an alias, character for character. */
export function isRegistryName(unit: RegistryUnit, name: string): boolean {
	return unit.canonical === name || unit.aliases.includes(name);
}

export type RegistryFindingCode = 'registry-duplicate' | 'registry-alias-conflict' | 'registry-rename-cycle' | 'registry-syntax';

export interface RegistryFinding {
	code: RegistryFindingCode;
	span: Span;
	args: string[];
	/** The other line involved (the first definition of a duplicate), if any. */
	related?: Span;
}

export interface Registry {
	uri: string;
	text: string;
	lineIndex: LineIndex;
	units: RegistryUnit[];
	findings: RegistryFinding[];
}

const COLLECTIVE_PREFIX = /^(集合|collective)\s*[:：]\s*/i;
const RENAME = /\s*(?:->|→|=>)\s*/;
const EQUALS = /\s*[=＝]\s*/;
/**
 * The year written after a rename's successor, in a parenthesis or after a space:
 * `县农业局 -> 县农业农村局（2019年）`, `(2019)`, `（2019年起）`, `（2023年8月）`, ` 2019年`. It dates
 * the rename (see renamings.ts), and was read as part of the successor's name: 「县农业农村局（2019年）」.
 * No unit's name ends in a year, so nothing else is taken.
 */
const RENAME_YEAR = /\s*(?:[（(]\s*([12１２][0-9０-９]{3})\s*(?:年\s*(?:[0-9０-９]{1,2}\s*月\s*(?:[0-9０-９]{1,2}\s*日)?)?)?\s*(?:起|以后|后|更名|改名)?\s*[)）]|\s([12１２][0-9０-９]{3})\s*年?\s*(?:起|以后|后|更名|改名)?)$/;

/**
 * Reads a registry. The format is plain UTF-8 text, one unit a line:
 *
 *     # comment
 *     市发展和改革委员会 = 市发改委 = 发改委      canonical name, then aliases
 *     市经信局 -> 市工信局                       renamed: old name, then its successor
 *     县农业局 -> 县农业农村局（2019年）          renamed in 2019: earlier notices keep the old name
 *     集合: 各县(市)区政府 = 各县区政府          a collective unit
 *     市财政局（国资办）                         市财政局, with its other plate 国资办
 *     1.市教育局                                numbering dropped (1. 1、 （1） 一、 a number cell)
 *     市公安局、市民政局                         several units, split at 、 outside brackets
 *
 * Never throws: a line it cannot read gives a `registry-syntax` finding.
 */
export function parseRegistry(text: string, uri: string, fold: ScriptFolder): Registry {
	const lineIndex = new LineIndex(text);
	const units: RegistryUnit[] = [];
	const findings: RegistryFinding[] = [];
	const owners = new Map<string, { unit: RegistryUnit; span: Span; canonical: boolean }>();

	const claim = (name: string, key: string, span: Span, unit: RegistryUnit, canonical: boolean) => {
		const previous = owners.get(key);
		if (!previous) {
			owners.set(key, { unit, span, canonical });
			return;
		}
		if (previous.unit === unit) {
			return;
		}
		const code = canonical && previous.canonical ? 'registry-duplicate' : 'registry-alias-conflict';
		findings.push({ code, span, args: [name, previous.unit.canonical], related: previous.span });
	};

	for (const lineSpan of lineIndex.lines) {
		const line = lineContent(text, lineSpan);
		if (!line) {
			continue;
		}
		const syntaxError = () => findings.push({ code: 'registry-syntax', span: { start: lineSpan.start, end: lineSpan.end }, args: [text.slice(lineSpan.start, lineSpan.end)] });
		const parts = splitAtListComma(line.content);
		// `市发改委、市财政局 -> 市政府办`, `市发改委 = 发改委、市财政局`: which unit the arrow or the alias belongs to is not said.
		if (parts.length > 1 && (RENAME.test(line.content) || EQUALS.test(line.content))) {
			syntaxError();
			continue;
		}
		// One unit a line keeps the line; units listed on one line each keep their part (what go-to-definition and rename find).
		const spanOfPart = (part: { text: string; start: number }) =>
			parts.length === 1 ? { start: lineSpan.start, end: lineSpan.end } : { start: line.offset + part.start, end: line.offset + part.start + part.text.length };
		const read = parts.map((part) => readUnit(part.text, line.offset + part.start, spanOfPart(part), line.collective, uri, fold));
		if (read.some((unit) => unit === undefined)) {
			syntaxError();
			continue;
		}
		for (const unit of read as RegistryUnit[]) {
			units.push(unit);
			[unit.canonical, ...unit.aliases].forEach((name, at) => claim(name, unit.keys[at], unit.nameSpans[at], unit, at === 0));
		}
	}
	findRenameCycles(units, fold, findings);
	return { uri, text, lineIndex, units, findings };
}

/** A line's content without its comment, its numbering (1. / （1） / 一、 / a number cell) and `集合:`, and where it starts; undefined for a blank line. */
function lineContent(text: string, lineSpan: Span): { content: string; offset: number; collective: boolean } | undefined {
	let content = text.slice(lineSpan.start, lineSpan.end);
	const hash = content.indexOf('#');
	if (hash >= 0) {
		content = content.slice(0, hash);
	}
	let offset = lineSpan.start + content.length - content.trimStart().length;
	content = content.trim();
	for (const pattern of [/^\uFEFF\s*/, LEADING_NUMBER]) {
		const found = pattern.exec(content);
		if (found) {
			offset += found[0].length;
			content = content.slice(found[0].length);
		}
	}
	if (content.length === 0) {
		return undefined;
	}
	const collectiveMatch = COLLECTIVE_PREFIX.exec(content);
	if (collectiveMatch) {
		return { content: content.slice(collectiveMatch[0].length), offset: offset + collectiveMatch[0].length, collective: true };
	}
	return { content, offset, collective: false };
}

/**
 * One unit (its aliases, a rename) from the text of a line or of one name of a list on a line;
 * undefined when it cannot be read: an empty name, two arrows, or a name no unit has (a tab or a
 * number cell left from a spreadsheet's row, a sentence's punctuation).
 */
function readUnit(content: string, offset: number, lineSpan: Span, collective: boolean, uri: string, fold: ScriptFolder): RegistryUnit | undefined {
	const rename = RENAME.exec(content);
	let successor: string | undefined;
	let successorSpan: Span | undefined;
	let renamedIn: number | undefined;
	if (rename) {
		successor = content.slice(rename.index + rename[0].length).trim();
		const dated = RENAME_YEAR.exec(successor);
		if (dated) {
			renamedIn = Number(asciiDigits(dated[1] ?? dated[2]));
			successor = successor.slice(0, dated.index);
		}
		const successorStart = offset + rename.index + rename[0].length;
		successorSpan = { start: successorStart, end: successorStart + successor.length };
		content = content.slice(0, rename.index);
		if (successor.length === 0 || RENAME.test(successor) || !readsAsName(successor)) {
			return undefined;
		}
	}
	const plates: string[] = [];
	const names = splitNames(content, offset).map((name) => withoutPlate(name, plates));
	if (names.length === 0 || names.some((name) => name.text.length === 0 || !readsAsName(name.text))) {
		return undefined;
	}
	return {
		canonical: names[0].text,
		aliases: names.slice(1).map((name) => name.text),
		keys: names.map((name) => unitKey(name.text, fold)),
		nameSpans: names.map((name) => name.span),
		plates: plates.length > 0 ? plates : undefined,
		collective,
		successor,
		successorKey: successor === undefined ? undefined : unitKey(successor, fold),
		successorSpan,
		renamedIn,
		uri,
		nameSpan: names[0].span,
		lineSpan,
	};
}

/**
 * Numbering before a registry line, pasted from a numbered list or a spreadsheet (`1.市发展和改革委员会`,
 * `（2）市财政局`, `三、市教育局`, `1\t市发展和改革委员会`): it was read as part of the name.
 */
const LEADING_NUMBER = /^(?:\d{1,4}\s*[.．、,，)）]|[（(]\s*\d{1,4}\s*[)）]|[一二三四五六七八九十百]{1,4}\s*[、.．]|\d{1,4}(?=[\t \u3000]))\s*/;

/** What no unit's name holds: a tab or a number cell left from a spreadsheet's row, a sentence's punctuation. */
function readsAsName(name: string): boolean {
	return !/[\t。；;：:！？!?，,]/.test(name) && !LEADING_NUMBER.test(name);
}

/**
 * A line listing several units (`市发展和改革委员会、市财政局、市教育局`), split at each 、 outside
 * brackets: `各县（市、区）人民政府` is one name.
 */
function splitAtListComma(content: string): Array<{ text: string; start: number }> {
	const parts: Array<{ text: string; start: number }> = [];
	let depth = 0;
	let from = 0;
	for (let i = 0; i <= content.length; i++) {
		const char = content[i];
		if (char === '（' || char === '(' || char === '【' || char === '[') {
			depth++;
		} else if (char === '）' || char === ')' || char === '】' || char === ']') {
			depth = Math.max(0, depth - 1);
		} else if (i === content.length || (char === '、' && depth === 0)) {
			const raw = content.slice(from, i);
			const lead = raw.length - raw.trimStart().length;
			parts.push({ text: raw.trim(), start: from + lead });
			from = i + 1;
		}
	}
	return parts;
}

function splitNames(content: string, offset: number): Array<{ text: string; span: Span }> {
	const result: Array<{ text: string; span: Span }> = [];
	let from = 0;
	const pattern = new RegExp(EQUALS.source, 'g');
	let match: RegExpExecArray | null;
	const push = (start: number, end: number) => {
		const raw = content.slice(start, end);
		const lead = raw.length - raw.trimStart().length;
		const name = raw.trim();
		result.push({ text: name, span: { start: offset + start + lead, end: offset + start + lead + name.length } });
	};
	while ((match = pattern.exec(content))) {
		push(from, match.index);
		from = match.index + match[0].length;
	}
	push(from, content.length);
	return result;
}

/**
 * A registry name as the reader reads the same text in a notice (`牵头单位：市财政局（国资办）` is 市财政局
 * with a qualifier, see splitUnitList): the name before a trailing parenthesis, unless the parenthesis
 * is part of the name (各镇（街道）, 各街道（功能区）). A parenthesis naming another body (国资办, 市人才办)
 * is a plate of the same office; one naming a scope (市工信局（节能）) is dropped, as a notice's is.
 */
function withoutPlate(name: { text: string; span: Span }, plates: string[]): { text: string; span: Span } {
	const open = trailingParenthesisOpen(name.text);
	if (open <= 0) {
		return name;
	}
	const content = name.text.slice(open + 1, -1).trim();
	const before = name.text.slice(0, open).trimEnd();
	if (content.length === 0 || isAdminParenthesisContent(content) || namesMoreBodies(before, content)) {
		return name;
	}
	if (qualifierKind(content) === 'alias') {
		plates.push(content);
	}
	return { text: before, span: { start: name.span.start, end: name.span.start + before.length } };
}

/** Where the parenthesis closing `text` opens; -1 when `text` does not end with a balanced one. */
function trailingParenthesisOpen(text: string): number {
	if (!/[)）]$/.test(text)) {
		return -1;
	}
	let depth = 0;
	for (let i = text.length - 1; i >= 0; i--) {
		const char = text[i];
		if (char === ')' || char === '）') {
			depth++;
		} else if ((char === '(' || char === '（') && --depth === 0) {
			return i;
		}
	}
	return -1;
}

/** 甲 → 乙 → 甲: a rename chain that returns to its start has no current name. */
function findRenameCycles(units: RegistryUnit[], fold: ScriptFolder, findings: RegistryFinding[]): void {
	const byKey = new Map<string, RegistryUnit>();
	for (const unit of units) {
		byKey.set(unit.keys[0], unit);
	}
	const state = new Map<RegistryUnit, 'visiting' | 'done'>();
	for (const start of units) {
		if (!start.successor || state.has(start)) {
			continue;
		}
		const path: RegistryUnit[] = [];
		let current: RegistryUnit | undefined = start;
		while (current && current.successor && !state.has(current)) {
			state.set(current, 'visiting');
			path.push(current);
			current = byKey.get(unitKey(current.successor, fold));
		}
		if (current && state.get(current) === 'visiting') {
			const cycle = path.slice(path.indexOf(current));
			findings.push({ code: 'registry-rename-cycle', span: current.nameSpan, args: [[...cycle.map((unit) => unit.canonical), current.canonical].join(' → ')] });
		}
		for (const unit of path) {
			state.set(unit, 'done');
		}
	}
}
