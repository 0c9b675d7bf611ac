import type { CheckCode } from '../checks/checkTable';
import type { Finding, LocalizedText } from '../checks/finding';
import { numberingScopes, type NumberingScope } from '../model/numberingScopes';
import type { Notice, UnitMention } from '../model/types';
import { MarkerKind } from '../syntax/markers';
import { formatChineseNumber, formatCircledNumber } from '../text/chineseNumber';
import type { Span } from '../text/lineIndex';
import { leadNotDesignatedFixes } from './leadFixes';
import { unitAt } from './unitAt';

export interface TextEdit {
	span: Span;
	newText: string;
}

export interface FileEdit {
	uri: string;
	edits: TextEdit[];
}

export interface QuickFix {
	title: LocalizedText;
	code: CheckCode;
	edits: FileEdit[];
	/** The obvious fix, which "fix all" applies. */
	preferred: boolean;
}

export interface QuickFixInput {
	uri: string;
	notice: Notice;
	finding: Finding;
	/** The registry that a new unit would be added to, if any. */
	registry?: { uri: string; text: string };
}

/** The fixes for one finding. Every fix is a plain text edit, so it can be undone and previewed. */
export function quickFixes(input: QuickFixInput): QuickFix[] {
	const { notice, finding } = input;
	switch (finding.code) {
		case 'unknown-unit':
		case 'renamed-unit':
		case 'unit-variant': {
			const mention = unitAt(notice, finding.span.start);
			const fixes = (finding.suggestions ?? []).map((suggestion, index) => replaceUnit(input, mention, suggestion, index === 0 && finding.code !== 'unknown-unit'));
			if (finding.code === 'unknown-unit' && mention && input.registry) {
				fixes.push(addToRegistry(input.registry, mention));
			}
			return fixes;
		}
		case 'duplicate-number':
		case 'number-gap': {
			const scope = numberingScopes(notice).find((candidate) => candidate.items.some((item) => item.marker.span.start === finding.span.start));
			return scope ? [renumber(input, scope)] : [];
		}
		case 'glued-item':
			return [
				{
					title: { 'zh-cn': '将第 ' + finding.args[0] + ' 项另起一行', en: `Move item ${finding.args[0]} to its own line` },
					code: finding.code,
					edits: [{ uri: input.uri, edits: [{ span: { start: finding.span.start, end: finding.span.start }, newText: lineBreakOf(notice.text) }] }],
					preferred: true,
				},
			];
		case 'broken-unit-name':
			return [joinBrokenName(input, finding.span)];
		case 'duplicate-unit': {
			const mention = unitAt(notice, finding.span.start);
			return mention ? [removeUnit(input, mention)] : [];
		}
		case 'lead-not-designated':
			return leadNotDesignatedFixes(input.uri, notice, finding);
		default:
			return [];
	}
}

function replaceUnit(input: QuickFixInput, mention: UnitMention | undefined, suggestion: string, preferred: boolean): QuickFix {
	const span = mention ? mention.nameSpan : input.finding.span;
	return {
		title: { 'zh-cn': `改为「${suggestion}」`, en: `Change to "${suggestion}"` },
		code: input.finding.code,
		edits: [{ uri: input.uri, edits: [{ span, newText: suggestion }] }],
		preferred,
	};
}

function addToRegistry(registry: { uri: string; text: string }, mention: UnitMention): QuickFix {
	const text = registry.text;
	const lineBreak = lineBreakOf(text);
	const needsBreak = text.length > 0 && !/[\r\n]$/.test(text);
	return {
		title: { 'zh-cn': `将「${mention.name}」加入单位名录`, en: `Add "${mention.name}" to the unit registry` },
		code: 'unknown-unit',
		edits: [{ uri: registry.uri, edits: [{ span: { start: text.length, end: text.length }, newText: (needsBreak ? lineBreak : '') + mention.name + lineBreak }] }],
		preferred: false,
	};
}

function renumber(input: QuickFixInput, scope: NumberingScope): QuickFix {
	const edits: TextEdit[] = [];
	scope.items.forEach((item, index) => {
		const wanted = scope.firstNumber + index;
		if (item.marker.number !== wanted) {
			edits.push({ span: item.marker.numberSpan, newText: formatNumber(scope.kind, wanted) });
		}
	});
	const first = formatNumber(scope.kind, scope.firstNumber);
	const last = formatNumber(scope.kind, scope.firstNumber + scope.items.length - 1);
	return {
		title: { 'zh-cn': `重新编号（${first}–${last}）`, en: `Renumber (${first}–${last})` },
		code: input.finding.code,
		edits: [{ uri: input.uri, edits }],
		preferred: true,
	};
}

function formatNumber(kind: MarkerKind, value: number): string {
	switch (kind) {
		case MarkerKind.Part:
		case MarkerKind.ChineseSection:
		case MarkerKind.ParenChinese:
			return formatChineseNumber(value);
		case MarkerKind.Circled:
			return formatCircledNumber(value);
		default:
			return String(value);
	}
}

function joinBrokenName(input: QuickFixInput, span: Span): QuickFix {
	const text = input.notice.text;
	const edits: TextEdit[] = [];
	const inside = /[ \t\u3000]*(\r\n|\r|\n)[ \t\u3000]*/g;
	const slice = text.slice(span.start, span.end);
	let match: RegExpExecArray | null;
	while ((match = inside.exec(slice))) {
		edits.push({ span: { start: span.start + match.index, end: span.start + match.index + match[0].length }, newText: '' });
	}
	return {
		title: { 'zh-cn': '合并被断开的单位名称', en: 'Join the broken unit name' },
		code: 'broken-unit-name',
		edits: [{ uri: input.uri, edits }],
		preferred: true,
	};
}

function removeUnit(input: QuickFixInput, mention: UnitMention): QuickFix {
	const text = input.notice.text;
	let { start, end } = mention.span;
	if (start > 0 && text[start - 1] === '、') {
		start--;
	} else if (text[end] === '、') {
		end++;
	}
	return {
		title: { 'zh-cn': `删除重复的「${mention.name}」`, en: `Remove the repeated "${mention.name}"` },
		code: 'duplicate-unit',
		edits: [{ uri: input.uri, edits: [{ span: { start, end }, newText: '' }] }],
		preferred: true,
	};
}

/** The line break a document already uses, so an edit does not mix CRLF into LF text. */
export function lineBreakOf(text: string): string {
	const index = text.search(/\r\n|\r|\n/);
	if (index < 0) {
		return '\n';
	}
	return text[index] === '\r' ? (text[index + 1] === '\n' ? '\r\n' : '\r') : '\n';
}

/** Applies edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
	let result = text;
	for (const edit of sorted) {
		result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
	}
	return result;
}
