import { bracketOf, isWhiteSpace } from '../text/characters';
import { startsDepartment } from './splitUnitList';
import { endsWithPlace, isAdminParenthesisContent, looksLikeUnitName, mayEndUnitName, sharedSuffixOf, startsCollective } from './unitNames';

/** `、，,；;`: what separates the names of a list. */
function isSeparator(code: number): boolean {
	return code === 0x3001 || code === 0xff0c || code === 0x2c || code === 0xff1b || code === 0x3b;
}

/** The name that ends `value` (after its last separator), white space and a closing `。；` left out. */
function lastName(value: string): string {
	let end = value.length;
	while (end > 0 && (isWhiteSpace(value.charCodeAt(end - 1)) || value.charCodeAt(end - 1) === 0x3002)) {
		end--;
	}
	let start = end;
	while (start > 0 && !isSeparator(value.charCodeAt(start - 1)) && !isWhiteSpace(value.charCodeAt(start - 1))) {
		start--;
	}
	return value.slice(start, end);
}

/**
 * The name that opens `line`, up to its first separator outside brackets, without a parenthesis
 * after it (`市税务局(列第一位者为工作牵头单位，下同)`: the convention; `各县（市）区政府` keeps its own)
 * or an 等 (etc.) and what follows it.
 */
function firstName(line: string): string {
	let start = 0;
	while (start < line.length && isWhiteSpace(line.charCodeAt(start))) {
		start++;
	}
	let end = start;
	let depth = 0;
	let firstOpen = -1;
	for (; end < line.length; end++) {
		const code = line.charCodeAt(end);
		const bracket = bracketOf(code);
		if (bracket > 0) {
			firstOpen = firstOpen < 0 ? end : firstOpen;
			depth++;
		} else if (bracket < 0) {
			depth = Math.max(0, depth - 1);
		} else if (depth === 0 && (isSeparator(code) || isWhiteSpace(code) || code === 0x3002)) {
			break;
		}
	}
	const head = firstOpen > start ? line.slice(start, firstOpen) : '';
	return withoutEtc(head.length >= 3 && looksLikeUnitName(head) ? head : line.slice(start, end));
}

/** `省商务厅等` (`…等，各市人民政府`), `商务局等有关部门`: the name before 等, when it is one. */
function withoutEtc(name: string): string {
	const etc = name.indexOf('等');
	return etc >= 3 && looksLikeUnitName(name.slice(0, etc)) ? name.slice(0, etc) : name;
}

/** `（牵头）`, `(市粮食局)` after a name: a parenthesis that closes a whole name; not `（市）` of `各县（市）` + `区政府`. */
function endsInWholeNameParenthesis(name: string): boolean {
	const close = name.charCodeAt(name.length - 1);
	if (close !== 0xff09 && close !== 0x29) {
		return false;
	}
	const open = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
	return open >= 2 && !isAdminParenthesisContent(name.slice(open + 1, -1)) && looksLikeUnitName(name.slice(0, open));
}

/** A whole name a line may end with: a body's end, not a place a suffix on the next line completes (`各县（市）区` / `人民政府`). */
function endsWholeName(name: string): boolean {
	// A bracket left open goes on on the next line (`各县(市` / `)区政府`).
	if (name.length < 3 || bracketDepth(name) !== 0) {
		return false;
	}
	if (endsInWholeNameParenthesis(name)) {
		return true;
	}
	const lastCode = name.charCodeAt(name.length - 1);
	if (!mayEndUnitName(lastCode) || !looksLikeUnitName(name)) {
		return false;
	}
	// `各街道`, `各县区`: a collective of places is whole (a suffix on the next line opens no name: see opensName).
	return startsCollective(name) || (!PLACE_LAST.has(lastCode) && !endsWithPlace(name));
}

/** How many brackets `text` leaves open (negative: closes more than it opens). */
function bracketDepth(text: string): number {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		depth += bracketOf(text.charCodeAt(i));
	}
	return depth;
}

/** 州, 盟, 旗, 省: a place's last character, which a name goes on from (`人行徐州` / `市中心支行`). */
const PLACE_LAST = new Set([0x5dde, 0x76df, 0x65d7, 0x7701]);

/** A department's name without its level: ends in 局, 委, 办 or 厅 (a name, not a word: three characters at least); not a branch (`桐乡分局`, which goes on from its bureau's name). */
const BARE_DEPARTMENT = /^[\u4e00-\u9fff]{2,10}(?<!分)[局委办厅]$/;

/** A name starts with an ideograph: not with the bracket (`)区政府`) or the punctuation a wrap left. */
function isIdeograph(code: number): boolean {
	return code >= 0x4e00 && code <= 0x9fff;
}

/** What goes on from a name the wrap cut (`市政府` / `办公室`): never a unit alone. */
const NAME_PART = /^(办公室|委员会|管委会|管理委员会|分局|稽查局|工委|党委|党工委)$/;

/** 及, 和, 与, 并, 或: a line that opens with one goes on from the line before. */
const CONJUNCTION_FIRST = new Set([0x53ca, 0x548c, 0x4e0e, 0x5e76, 0x6216]);

/** The members of the body before (`减负办` / `各成员单位`, `市发改委` / `各处室`): no collective of its own. */
const MEMBERS = /^各(成员单位|成员|部门|单位|处室|科室|委办局|有关单位|有关部门|相关单位|相关部门)$/;

/**
 * A name that opens with what only a name's start is: a collective's (`各区政府`, `有关单位`; not a
 * label cut from its colon, `责任单位`, nor the members of the body before, `各成员单位`), a level
 * (`市自然资源局`, `区政府`; not `市区`, `县城`), a department's name without it (`发改局`), or a
 * place's government or committee (`高新区管委会`, `大观园街道办事处`). Not what goes on from a name
 * the wrap cut: `办公室`, `人民政府`, `交警支队`, `桐乡分局`.
 */
function opensName(name: string): boolean {
	// A conjunction goes on from the line before (`各区、县(市)政府` / `及开发区管委会`): the list's splitting reads it.
	if (name.length < 3 || !isIdeograph(name.charCodeAt(0)) || CONJUNCTION_FIRST.has(name.charCodeAt(0)) || !looksLikeUnitName(name)) {
		return false;
	}
	if (startsCollective(name)) {
		return !MEMBERS.test(name);
	}
	// `发改局`, `经信局` (a county's list without the level): a department's own end, not an institution under one (`市交通运输局` / `公路事业发展中心`).
	if (BARE_DEPARTMENT.test(name) && !NAME_PART.test(name)) {
		return true;
	}
	if (startsDepartment(name, 0)) {
		return true;
	}
	const suffix = sharedSuffixOf(name);
	return suffix !== undefined && name.length - suffix.length >= 2 && endsWithPlace(name.slice(0, name.length - suffix.length));
}

/**
 * Units one per line, as a Word table cell's paragraphs paste: `责任单位：市财政局` / `各区政府` /
 * `市自然资源局` are three units, where the lines joined read `市财政局各区政府市自然资源局`, one name
 * unknown to the registry. The line break separates when the line before ends a whole name and
 * this line opens another (see opensName); a PDF's wrap inside a name (`市政府` / `办公室`, `各县（市）`
 * / `区政府`) does neither. A name listed already in the value is no unit of the list but a line
 * the paste joined to it (the signature under the last task: `市财政局`), as splitGluedNames reads it.
 * `value`: the field's value on the line before; `line`: the line's text that goes on with it;
 * `listed`: the value's pieces looked in for a name listed already.
 */
export function lineOpensNextUnit(value: string, line: string, listed: ReadonlyArray<{ text: string }>): boolean {
	const before = lastName(value);
	if (before.length === 0 || !endsWholeName(before)) {
		return false;
	}
	const next = firstName(line);
	return opensName(next) && !listed.some((piece) => piece.text.includes(next));
}
