import { isWhiteSpace } from '../text/characters';
import type { LineIndex } from '../text/lineIndex';
import { findLabels, isUnitRole, type LabelMatch } from './fieldLabels';
import { matchMarker, MarkerKind, type MarkerMatch } from './markers';

/** One physical line, classified. Offsets are document offsets. */
export interface ScannedLine {
	line: number;
	start: number;
	/** First character after leading white space (and a BOM). */
	contentStart: number;
	/** End of the content, trailing white space excluded. */
	contentEnd: number;
	/** The marker at the start of the content, with document offsets. */
	marker: MarkerMatch | undefined;
	/** Field labels on the line, with offsets relative to `contentStart`. */
	labels: LabelMatch[];
}

/** `[\s\u3000\u00A0\uFEFF\u200B]`: blank at either end of a line. */
function isLineSpace(code: number): boolean {
	return isWhiteSpace(code) || code === 0x200b;
}

export function scanLines(index: LineIndex): ScannedLine[] {
	const text = index.text;
	const lines = index.lines;
	const result: ScannedLine[] = new Array(lines.length);
	for (let line = 0; line < lines.length; line++) {
		const span = lines[line];
		let contentStart = span.start;
		let contentEnd = span.end;
		while (contentStart < contentEnd && isLineSpace(text.charCodeAt(contentStart))) {
			contentStart++;
		}
		while (contentEnd > contentStart && isLineSpace(text.charCodeAt(contentEnd - 1))) {
			contentEnd--;
		}
		let marker: MarkerMatch | undefined;
		let labels: LabelMatch[] = [];
		if (contentEnd > contentStart) {
			const content = text.slice(contentStart, contentEnd);
			const found = matchMarker(content, 0);
			marker = found && {
				...found,
				start: found.start + contentStart,
				end: found.end + contentStart,
				numberStart: found.numberStart + contentStart,
				numberEnd: found.numberEnd + contentStart,
			};
			labels = findLabels(content);
		}
		result[line] = { line, start: span.start, contentStart, contentEnd, marker, labels };
	}
	return result;
}

export function isBlank(line: ScannedLine): boolean {
	return line.contentEnd === line.contentStart;
}

export function hasUnitLabel(line: ScannedLine): boolean {
	return line.labels.some((label) => isUnitRole(label.role));
}

const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const ATTACHMENT_LINE = /^(附件|附表)\s*\d*\s*[:：]?/;
const TRAILER_LINE =
	/^(附件|附表|來源|来源|分享|责任编辑|責任編輯|抄送|抄报|扫一扫|【返回顶部】|【打印本页】|【关闭窗口】|打印本页|关闭窗口|[（(]本文有删减[）)]|[（(]此件公开发布[）)]|[（(]此件主动公开[）)])/;

export interface BodyBounds {
	/** Index of the first line of the body, or -1 when there is no numbered line at all. */
	first: number;
	/** Index one past the last line of the body. */
	end: number;
}

/**
 * Finds the body: it starts at a line numbered 1 (or 一); cover letters end with a date and
 * attachments start with 附件, so a list that starts after such a line wins over one before it
 * (a cover letter may number its own requests). It ends before trailing page furniture.
 */
export function findBody(lines: readonly ScannedLine[], text: string): BodyBounds {
	const content = (line: ScannedLine) => text.slice(line.contentStart, line.contentEnd);
	const starts: number[] = [];
	for (const line of lines) {
		if (line.marker?.number === 1 && startsList(lines, line.line)) {
			starts.push(line.line);
		}
	}
	if (starts.length === 0) {
		const firstMarker = lines.find((line) => line.marker !== undefined);
		if (!firstMarker) {
			return { first: -1, end: lines.length };
		}
		starts.push(firstMarker.line);
	}
	let first = starts[0];
	const boundary = lines.find((line) => line.line < starts[starts.length - 1] && !line.marker && isCoverBoundary(content(line)));
	if (boundary) {
		first = starts.find((start) => start > boundary.line) ?? first;
	}
	let end = lines.length;
	for (let i = first + 1; i < lines.length; i++) {
		const line = lines[i];
		if (!line.marker && TRAILER_LINE.test(content(line))) {
			end = i;
			break;
		}
	}
	// Trailing blank lines are not part of the body.
	while (end > first + 1 && isBlank(lines[end - 1])) {
		end--;
	}
	return { first, end };
}

function isCoverBoundary(content: string): boolean {
	return DATE_LINE.test(content) || ATTACHMENT_LINE.test(content);
}

/**
 * A marker numbered 1 starts a list when a 2 of the same kind follows, when it carries fields itself,
 * or when it heads a deeper list that does (第一部分 over 一、 over 1.).
 */
function startsList(lines: readonly ScannedLine[], at: number, depth = 0): boolean {
	const kind = lines[at].marker!.kind;
	let next: ScannedLine | undefined;
	for (let i = at; i < lines.length && i < at + 400; i++) {
		const marker = i > at ? lines[i].marker : undefined;
		if (!next && marker) {
			next = lines[i];
		}
		if (!next && hasUnitLabel(lines[i])) {
			return true;
		}
		if (marker?.kind === kind) {
			if (marker.number === 2) {
				return true;
			}
			break;
		}
		if (marker && marker.kind < kind) {
			break;
		}
	}
	return next?.marker !== undefined && next.marker.kind > kind && next.marker.number === 1 && depth < 6 && startsList(lines, next.line, depth + 1);
}

/**
 * The task level: the deepest numbering style whose items carry unit fields about as often as any
 * style above them. A field counts for every numbered line it stands under, so a section whose tasks
 * have fields carries them too, while sub-points （1）（2） above a task's fields carry them only
 * once for several items. Without unit fields anywhere, the deepest style used in the body.
 */
export function findTaskKind(lines: readonly ScannedLine[], body: BodyBounds, carriesTrailingUnits: (line: ScannedLine) => boolean): MarkerKind | undefined {
	const count = new Map<MarkerKind, number>();
	const carrying = new Map<MarkerKind, number>();
	const open: Array<{ kind: MarkerKind; counted: boolean }> = [];
	for (let i = body.first; i >= 0 && i < body.end; i++) {
		const line = lines[i];
		if (line.marker) {
			const kind = line.marker.kind;
			while (open.length > 0 && open[open.length - 1].kind >= kind) {
				open.pop();
			}
			open.push({ kind, counted: false });
			count.set(kind, (count.get(kind) ?? 0) + 1);
		}
		if (open.length > 0 && (hasUnitLabel(line) || carriesTrailingUnits(line))) {
			for (const entry of open) {
				if (!entry.counted) {
					entry.counted = true;
					carrying.set(entry.kind, (carrying.get(entry.kind) ?? 0) + 1);
				}
			}
		}
	}
	// From the outermost style in: a deeper style takes over when its items carry fields nearly as often.
	let best: MarkerKind | undefined;
	let bestRatio = 0;
	for (const kind of [...count.keys()].sort((a, b) => a - b)) {
		const ratio = (carrying.get(kind) ?? 0) / count.get(kind)!;
		if (best === undefined ? ratio >= 0.3 : ratio >= 0.8 * bestRatio) {
			best = kind;
			bestRatio = ratio;
		}
	}
	if (best !== undefined) {
		return best;
	}
	const kinds = [...count.keys()];
	return kinds.length > 0 ? Math.max(...kinds) : undefined;
}
