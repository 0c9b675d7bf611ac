import type { Notice, UnitMention } from '../model/types';
import { isUnitRole } from '../syntax/fieldLabels';
import { drain } from '../text/steps';

export const TOKEN_TYPES = ['number', 'label', 'leadUnit', 'responsibleUnit', 'otherUnit'] as const;
export const TOKEN_MODIFIERS = ['unknown', 'collective'] as const;

export interface SemanticToken {
	line: number;
	character: number;
	length: number;
	type: (typeof TOKEN_TYPES)[number];
	modifiers: Array<(typeof TOKEN_MODIFIERS)[number]>;
}

const UNIT_TYPES = { lead: 'leadUnit', responsible: 'responsibleUnit', other: 'otherUnit' } as const;

/**
 * Tokens for markers, field labels and units, in document order. A unit broken across lines gives
 * one token per line, since a token cannot span lines.
 */
export function semanticTokens(notice: Notice, isUnknown: (mention: UnitMention) => boolean): SemanticToken[] {
	return drain(semanticTokensInSteps(notice, isUnknown, Number.MAX_SAFE_INTEGER));
}

/** The tokens, yielding every `tasksPerStep` tasks gone over (a notice of megabytes: some ten thousand tasks). */
export function* semanticTokensInSteps(notice: Notice, isUnknown: (mention: UnitMention) => boolean, tasksPerStep: number): Generator<void, SemanticToken[], void> {
	const tokens: SemanticToken[] = [];
	const { lineIndex } = notice;
	const push = (start: number, end: number, type: SemanticToken['type'], modifiers: SemanticToken['modifiers'] = []) => {
		for (let line = lineIndex.lineAt(start); line < lineIndex.lineCount; line++) {
			const lineStart = lineIndex.lineStart(line);
			const from = Math.max(start, lineStart);
			const to = Math.min(end, lineIndex.lineEnd(line));
			if (to > from) {
				tokens.push({ line, character: from - lineStart, length: to - from, type, modifiers });
			}
			if (lineIndex.lineNext(line) >= end) {
				break;
			}
		}
	};
	const items = [...notice.sections, ...notice.tasks].sort((a, b) => a.marker.span.start - b.marker.span.start);
	const marks: Array<{ start: number; emit: () => void }> = [];
	for (const item of items) {
		marks.push({ start: item.marker.span.start, emit: () => push(item.marker.span.start, item.marker.numberSpan.end + 1 <= item.marker.span.end ? item.marker.numberSpan.end + 1 : item.marker.span.end, 'number') });
	}
	let count = 0;
	for (const task of notice.tasks) {
		if (++count % tasksPerStep === 0) {
			yield;
		}
		for (const field of task.fields) {
			if (field.label.length > 0) {
				marks.push({ start: field.labelSpan.start, emit: () => push(field.labelSpan.start, field.labelSpan.end, 'label') });
			}
			if (!isUnitRole(field.role)) {
				continue;
			}
			for (const unit of field.units) {
				const modifiers: SemanticToken['modifiers'] = [];
				if (isUnknown(unit)) {
					modifiers.push('unknown');
				}
				if (unit.collective) {
					modifiers.push('collective');
				}
				marks.push({ start: unit.span.start, emit: () => push(unit.span.start, unit.span.end, UNIT_TYPES[unit.role], modifiers) });
			}
		}
	}
	marks.sort((a, b) => a.start - b.start);
	yield;
	// Some five marks a task: as many a step.
	for (let i = 0; i < marks.length; i++) {
		marks[i].emit();
		if ((i + 1) % (tasksPerStep * 5) === 0) {
			yield;
		}
	}
	return tokens;
}

/**
 * Tokens as the protocol sends them: five integers each, the line relative to the token before,
 * the start relative to it on the same line, the length, the type's and the modifiers' bits by
 * the legend's order (TOKEN_TYPES, TOKEN_MODIFIERS). Relative positions keep an edit local: a
 * keystroke changes a few numbers of the line it is on and nothing after it (`numberEdits`).
 */
export function encodeSemanticTokens(tokens: readonly SemanticToken[]): number[] {
	const data: number[] = [];
	let line = 0;
	let character = 0;
	for (const token of tokens) {
		const modifiers = token.modifiers.reduce((bits, modifier) => bits | (1 << TOKEN_MODIFIERS.indexOf(modifier)), 0);
		data.push(token.line - line, token.line === line ? token.character - character : token.character, token.length, TOKEN_TYPES.indexOf(token.type), modifiers);
		line = token.line;
		character = token.character;
	}
	return data;
}
