import { ReadNotice } from './emptyNotice';
import type { Notice, Task, UnitMention } from './types';

/** A notice's list of every mention when it is made; undefined while it waits to be read (see ReadNotice.unitsOnDemand). */
export function unitsIfMade(notice: Notice): UnitMention[] | undefined {
	return notice instanceof ReadNotice ? notice.unitsIfMade : notice.units;
}

/** Whether the notice names a unit, without making its list of mentions when it waits to be read. */
export function namesAnyUnit(notice: Notice): boolean {
	const made = unitsIfMade(notice);
	// Waiting to be read, its mentions are its tasks' alone (see ReadNotice.unitsOnDemand).
	return made !== undefined ? made.length > 0 : anyTaskNamesUnit(notice.tasks);
}

/** Whether a task names a unit: the first that does ends the look (nearly always the first task). */
export function anyTaskNamesUnit(tasks: readonly Task[]): boolean {
	for (let t = 0; t < tasks.length; t++) {
		if (tasks[t].units.length > 0) {
			return true;
		}
	}
	return false;
}
