import { findLabels } from '../syntax/fieldLabels';
import { isIdeograph } from '../text/characters';
import { namesContact } from '../units/unitNames';
import type { Span } from '../text/lineIndex';

/** A leader named for a task: a person (`成坤`), a title (`分管副市长`), or both (`于会游市长`). */
export interface Leader {
	written: string;
	span: Span;
	/** The person's name, when one is written. */
	name?: string;
	/** The post, when one is written. */
	title?: string;
}

/** Posts a leader is named by; longer first so 常务副市长 is read whole. */
const TITLE = /(?:(?:[省市区區县縣州镇鎮乡鄉]|自治[区區州县縣])(?:政府|人民政府|委|人大常委会|人大常委會|政协|政協)?)?(?:党组|黨組)?(?:常务|常務)?(?:副)?(?:[省市区區县縣州镇鎮乡鄉]长|[省市区區县縣州镇鎮乡鄉]長|秘书长|秘書長|主任|书记|書記|部长|部長|局长|局長|主席|调研员|調研員|巡视员|巡視員|专员|專員|组长|組長|行长|行長|院长|院長|检察长|檢察長|政委|常委)$/;
/** Words that open a post rather than a name: 分管副市长, 联系市领导. */
const POST_OPENERS = /^(?:分管|联系|聯繫|联系的|挂钩|掛鉤|牵头|牽頭|有关|有關|相关|相關|各|市|区|區|县|縣|省|常务|常務|副)/;
const PERSON = /^[\u3400-\u9fff·]{2,4}$/;

/**
 * The leaders in a 责任领导 field's value (`成坤、柯相国、王俊`, `王俊副市长`, `王俊（副市长）`),
 * `text` starting at offset `offset`.
 */
export function readLeaders(text: string, offset: number): Leader[] {
	const result: Leader[] = [];
	const parts = /[^、，,；;/／\s\u3000]+/g;
	// One character, one space, one character, and no third character after: a padded two-character name (read where a part starts).
	const paddedName = /([\u3400-\u9fff\uf900-\ufaff])[ \u3000]([\u3400-\u9fff\uf900-\ufaff])(?![\u3400-\u9fff\uf900-\ufaff])/y;
	// Two padded names whose cell lines were joined without a separator (`陆 明俞 悦`, 南陵 2024): 陆明, 俞悦.
	const paddedPair = /([\u3400-\u9fff\uf900-\ufaff])[ \u3000]([\u3400-\u9fff\uf900-\ufaff])([\u3400-\u9fff\uf900-\ufaff])[ \u3000]([\u3400-\u9fff\uf900-\ufaff])(?![\u3400-\u9fff\uf900-\ufaff])/y;
	let match: RegExpExecArray | null;
	while ((match = parts.exec(text))) {
		let written = match[0];
		let start = match.index;
		// A post in brackets lists its titles with 、 (`王建国（区委常委、常务副区长）`): one leader, to its bracket's close.
		const close = count(written, /[（(]/g) > count(written, /[）)]/g) ? closeOfPost(text, start + written.length) : -1;
		if (close > 0) {
			written = text.slice(start, close + 1);
			parts.lastIndex = close + 1;
		}
		// Trailing punctuation and closing brackets of the value belong to the sentence.
		written = written.replace(/[。：:]+$/, '');
		// A bracket of the sentence around the value (`（牵头领导：王俊）`) is not part of a leader's name.
		while (/[）)】\]]$/.test(written) && count(written, /[）)】\]]/g) > count(written, /[（(【[]/g)) {
			written = written.slice(0, -1);
		}
		while (/^[（(【[]/.test(written) && count(written, /[（(【[]/g) > count(written, /[）)】\]]/g)) {
			written = written.slice(1);
			start++;
		}
		if (written.length === 0) {
			continue;
		}
		// A contact after a leader (`王明，13912345678`, `王明（局长），联系人：李四（科长），联系电话：…`) is that
		// leader's, kept with it as written: no leader of its own, and no clause of the task (see namesMorePeople).
		const previous = result[result.length - 1];
		if (previous !== undefined && namesContact(written.replace(/[\s\u3000]+/g, ''))) {
			previous.written = text.slice(previous.span.start - offset, start + written.length);
			previous.span = { start: previous.span.start, end: offset + start + written.length };
			continue;
		}
		// Tables pad a two-character name to three characters' width (`俞 悦` under `分 管 县领导`):
		// two lone characters a space apart are one name, as no name or post is one character.
		const lone = written.length === 1 && (start === 0 || !isIdeograph(text.charCodeAt(start - 1)));
		paddedPair.lastIndex = start;
		const pair = lone ? paddedPair.exec(text) : null;
		if (pair) {
			parts.lastIndex = start + pair[0].length;
			result.push({ written: pair[0].slice(0, 3), span: { start: offset + start, end: offset + start + 3 }, ...readLeader(pair[1] + pair[2]) });
			result.push({ written: pair[0].slice(3), span: { start: offset + start + 3, end: offset + start + 6 }, ...readLeader(pair[3] + pair[4]) });
			continue;
		}
		paddedName.lastIndex = start;
		const padded = lone ? paddedName.exec(text) : null;
		if (padded) {
			written = padded[0];
			parts.lastIndex = start + written.length;
			result.push({ written, span: { start: offset + start, end: offset + start + written.length }, ...readLeader(padded[1] + padded[2]) });
			continue;
		}
		result.push({ written, span: { start: offset + start, end: offset + start + written.length }, ...readLeader(written) });
	}
	return joinNameAndPost(text, offset, result);
}

/**
 * A name and its post a space apart are one leader (`张三 副县长`, `副县长 张三`, as a Word cell or a typist writes
 * them); two names (`成坤 柯相国`) or two posts stay two. Only across white space: `、` and `，` separate leaders.
 */
function joinNameAndPost(text: string, offset: number, leaders: Leader[]): Leader[] {
	const joined: Leader[] = [];
	for (let i = 0; i < leaders.length; i++) {
		const leader = leaders[i];
		const next = leaders[i + 1];
		const person = leader.name !== undefined && leader.title === undefined;
		const post = leader.name === undefined && leader.title !== undefined;
		if (next && ((person && next.name === undefined && next.title !== undefined) || (post && next.name !== undefined && next.title === undefined)) && /^[ \t\u3000]+$/.test(text.slice(leader.span.end - offset, next.span.start - offset))) {
			const written = text.slice(leader.span.start - offset, next.span.end - offset);
			joined.push({ written, span: { start: leader.span.start, end: next.span.end }, name: leader.name ?? next.name, title: leader.title ?? next.title });
			i++;
			continue;
		}
		joined.push(leader);
	}
	return joined;
}

/** One leader as written: a name, a post, or a name with its post before, after or in brackets. */
export function readLeader(written: string): Pick<Leader, 'name' | 'title'> {
	const bracketed = /^(.+?)[（(](.+)[）)]$/.exec(written);
	if (bracketed) {
		const outer = readLeader(bracketed[1]);
		const inner = readLeader(bracketed[2]);
		return { name: outer.name ?? inner.name, title: outer.title ?? inner.title };
	}
	const title = TITLE.exec(written);
	if (title) {
		const name = written.slice(0, title.index);
		if (name.length === 0) {
			return { title: written };
		}
		if (PERSON.test(name) && name.length <= 4 && !POST_OPENERS.test(name)) {
			return { name, title: title[0] };
		}
		return { title: written };
	}
	return PERSON.test(written) && !POST_OPENERS.test(written) ? { name: written } : { title: written };
}

/**
 * The leader a section heading puts over its tasks: `一、于会游市长主抓重点工作`,
 * `冯中海常务副市长牵头重点工作`, or a leader field in the heading
 * `一、主要经济社会发展指标…(牵头领导:成坤、柯相国、王俊)`. `title` starts at offset `offset`.
 */
export function headingLeaders(title: string, offset: number): Leader[] {
	for (const label of findLabels(title)) {
		if (label.role === 'leader') {
			let end = title.length;
			const close = /[）)】\]]/.exec(title.slice(label.end));
			if (close) {
				end = label.end + close.index;
			}
			return readLeaders(title.slice(label.end, end), offset + label.end);
		}
	}
	const heading = /^\s*([\u3400-\u9fff]{2,4}?)((?:常务|常務)?副?(?:[省市区區县縣州]长|[省市区區县縣州]長|主任|书记|書記|秘书长|秘書長|部长|部長)|常委)(?:同志)?(?:牵头|牽頭|主抓|分管|负责|負責|领衔|領銜|联系|聯繫)/.exec(title);
	if (heading && !POST_OPENERS.test(heading[1])) {
		const written = heading[1] + heading[2];
		const start = offset + heading.index + heading[0].indexOf(written);
		return [{ written, span: { start, end: start + written.length }, name: heading[1], title: heading[2] }];
	}
	return [];
}

/** The bracket closing a leader's post at or after `from`, on the same line and within a post's length; -1 if none. */
function closeOfPost(text: string, from: number): number {
	const rest = /^[^（()）\n]{0,24}[）)]/.exec(text.slice(from, from + 26));
	return rest ? from + rest[0].length - 1 : -1;
}

function count(text: string, pattern: RegExp): number {
	return text.match(pattern)?.length ?? 0;
}
