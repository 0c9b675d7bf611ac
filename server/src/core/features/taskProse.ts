import type { Task } from '../model/types';

/** Text broken over lines by a paste joined again (Chinese needs no space where a line broke). */
export function joinedLines(text: string): string {
	return text.replace(/\s*(?:\r\n|\r|\n)\s*/g, '').trim();
}

const CLOSING_BRACKET: Readonly<Record<string, string>> = { '（': '）', '(': ')', '【': '】', '[': ']', '〔': '〕', '［': '］' };

/**
 * `增长6%左右（预期性指标，牵头单位：…）。`: the unit field taken out of the bracket leaves `（预期性指标，`
 * before the sentence's end. A separator right before `。` or the end is never prose, so the note is
 * closed where the field was.
 */
const NOTE_BEFORE_FIELD = /([（(【[〔［])([^（）()【】[\]〔〕［］]+?)[，,；;、\s]+(?=[。；;]|$)/g;

/**
 * A task's own words on one line, as the table and the CLI's JSON give them: without the opening
 * bracket its unit list leaves behind (`…增长8%以上。（牵头单位：…）` reads `…增长8%以上。`), and with a
 * note written before the list closed (`…增长6%左右（预期性指标）。`).
 */
export function taskProse(task: Task): string {
	return joinedLines(task.text)
		.replace(NOTE_BEFORE_FIELD, (_, open: string, note: string) => `${open}${note}${CLOSING_BRACKET[open]}`)
		.replace(/[（(【[〔［]$/, '')
		.trim();
}
