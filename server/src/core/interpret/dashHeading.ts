import { isWhiteSpace } from '../text/characters';
import type { NoticeText } from '../text/noticeText';

/** The longest dash heading, dashes excluded: a heading names a theme, it does not run on. */
const MAX_HEADING_LENGTH = 40;

/**
 * A heading led by a dash between the tasks of a section, a theme that the numbered tasks below
 * take up:
 *
 *     4.完成国土绿化任务2万亩。（牵头单位：县林业局）
 *     ——提升生态系统质量
 *     5.…
 *
 * `——` (two of U+2014, or one U+2015 as some fonts give it) opens it; it is short and is no sentence: no
 * `。；;：:` but at its end. A unit name never opens with a dash, so such a line never continues a
 * unit list; and a task whose units are named already does not run on into it when the next item
 * follows it (lines between, an unnumbered task or sub-points, stay the task's, as without the
 * heading). Dash lines before a task's units are its own sub-items (`——产业升级行动` under
 * `1.实施三大行动：`) and are not asked about.
 */
export function isDashHeading(text: NoticeText, start: number, end: number): boolean {
	let at = start;
	while (at < end && isDash(text.charCodeAt(at))) {
		at++;
	}
	// Two dashes, or the one long dash U+2015: one em dash opens the rest of a name a line break cut
	// before its dash (`普陀山` / `—朱家尖管委会`).
	if (at === start || (at - start < 2 && text.charCodeAt(start) !== 0x2015)) {
		return false;
	}
	let bodyEnd = end;
	while (bodyEnd > at && (isWhiteSpace(text.charCodeAt(bodyEnd - 1)) || isSentenceEnd(text.charCodeAt(bodyEnd - 1)))) {
		bodyEnd--;
	}
	if (bodyEnd === at || bodyEnd - at > MAX_HEADING_LENGTH) {
		return false;
	}
	for (let i = at; i < bodyEnd; i++) {
		const code = text.charCodeAt(i);
		if (isSentenceEnd(code) || code === 0xff1a || code === 0x3a) {
			return false;
		}
	}
	return true;
}

function isDash(code: number): boolean {
	return code === 0x2014 || code === 0x2015;
}

/** `。；;` */
function isSentenceEnd(code: number): boolean {
	return code === 0x3002 || code === 0xff1b || code === 0x3b;
}
