import type { Notice, Section, Task } from '../model/types';

export interface FoldingRange {
	startLine: number;
	endLine: number;
	kind?: 'comment' | 'region';
}

/** Folds the cover letter, each section and each task that spans more than one line. */
export function foldingRanges(notice: Notice): FoldingRange[] {
	const ranges: FoldingRange[] = [];
	const { lineIndex } = notice;
	const add = (start: number, end: number, kind?: FoldingRange['kind']) => {
		const startLine = lineIndex.positionAt(start).line;
		const endLine = lineIndex.positionAt(Math.max(start, end - 1)).line;
		if (endLine > startLine) {
			ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
		}
	};
	if (notice.preambleSpan.end > 0) {
		// It ends before the line of the first heading, whatever indents it (`  一、市长牵头的重点工作`): that line stays in view.
		const end = notice.preambleSpan.end;
		const line = lineIndex.positionAt(end);
		const lineStart = end - line.character;
		add(0, notice.text.slice(lineStart, end).trim() === '' ? lineStart : end, 'comment');
	}
	const visit = (item: Section | Task) => {
		add(item.start, item.end);
		if (item.type === 'section') {
			item.children.forEach(visit);
		}
	};
	notice.children.forEach(visit);
	return ranges;
}
