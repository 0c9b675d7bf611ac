import type { Task } from '../model/types';

/** Text broken over lines by a paste joined again (Chinese needs no space where a line broke). */
export function joinedLines(text: string): string {
	return text.replace(/\s*(?:\r\n|\r|\n)\s*/g, '').trim();
}

/**
 * A task's own words on one line, as the table and the CLI's JSON give them: without the opening
 * bracket its unit list leaves behind (`…增长8%以上。（牵头单位：…）` reads `…增长8%以上。`).
 */
export function taskProse(task: Task): string {
	return joinedLines(task.text).replace(/[（(【[〔［]$/, '').trim();
}
