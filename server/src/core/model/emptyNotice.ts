import { emptyList } from '../text/objectLists';
import type { LineIndex } from '../text/lineIndex';
import type { Notice } from './types';
import type { NoticeText } from '../text/noticeText';

const NO_BREAKS: readonly number[] = Object.freeze([]);

/** A notice with nothing read yet: all of it preamble, no task. What a reading fills, or returns on failure. */
export function emptyNotice(text: NoticeText, lineIndex: LineIndex): Notice {
	return {
		text,
		lineIndex,
		kind: 'notice',
		preambleSpan: { start: 0, end: text.length },
		bodySpan: { start: text.length, end: text.length },
		trailerSpan: { start: text.length, end: text.length },
		children: [],
		sections: [],
		tasks: [],
		units: [],
		convention: undefined,
		declaredTaskCount: undefined,
		unitsNotInText: undefined,
		partBreaks: NO_BREAKS,
		// Of the kind it has once a finding is pushed (see emptyList): read while empty and while not,
		// a list of two hidden classes threw away the optimized code of the walk ("wrong map" in
		// readRun, closeTask, finish) when a keystroke first made a finding.
		findings: emptyList(),
	};
}
