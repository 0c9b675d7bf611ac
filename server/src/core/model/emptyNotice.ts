import type { LineIndex } from '../text/lineIndex';
import type { Notice, UnitMention } from './types';

/** A notice with nothing read yet: all of it preamble, no task. What a reading fills, or returns on failure. */
export function emptyNotice(text: string, lineIndex: LineIndex): Notice {
	return noticeWithUnitsLater(text, lineIndex).notice;
}

/**
 * emptyNotice, whose list of every mention (`units`) the reading may give as a function, called
 * when the list is first read: an edit reads the notice again, and nothing on a keystroke's way
 * reads the list (a notice of 800 KB has some fourteen thousand mentions, gathered from every run
 * on every keystroke). Written, the list is the one written. Every notice has this one shape.
 */
export function noticeWithUnitsLater(text: string, lineIndex: LineIndex): { notice: Notice; unitsLater(gather: () => UnitMention[]): void } {
	let units: UnitMention[] | undefined = [];
	let gather: (() => UnitMention[]) | undefined;
	const notice: Notice = {
		text,
		lineIndex,
		kind: 'notice',
		preambleSpan: { start: 0, end: text.length },
		bodySpan: { start: text.length, end: text.length },
		trailerSpan: { start: text.length, end: text.length },
		taskKind: undefined,
		children: [],
		sections: [],
		tasks: [],
		get units(): UnitMention[] {
			if (units === undefined) {
				units = gather!();
				gather = undefined;
			}
			return units;
		},
		set units(value: UnitMention[]) {
			units = value;
			gather = undefined;
		},
		convention: undefined,
		declaredTaskCount: undefined,
		unitsNotInText: undefined,
		findings: [],
	};
	return {
		notice,
		unitsLater(later) {
			units = undefined;
			gather = later;
		},
	};
}
