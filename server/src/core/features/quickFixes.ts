import type { CheckCode } from '../checks/checkTable';
import type { Finding } from '../checks/finding';
import { message, type Message } from '../messages/message';
import { fieldOfUnit, unitCountOf } from '../model/fieldUnits';
import { formatNumber, itemsOf, numberingScopes, type NumberingScope } from '../model/numberingScopes';
import type { Field, Notice, UnitMention } from '../model/types';
import { ROLE_RANK } from '../syntax/fieldLabels';
import { lineBreakOf } from '../text/lineBreaks';
import { flatText } from '../text/noticeText';
import type { Span } from '../text/lineIndex';
import { isOneBrokenName } from '../units/nameShape';
import type { UnitDirectory } from '../units/unitDirectory';
import { isRegistryName } from '../units/registry';
import { appendToRegistry } from '../units/registryEdits';
import { gainsFinding, readBackMismatch, type FixReading, type NoticeReader, type ReadBackMismatch } from './readBack';
import { leadNotDesignatedFixes } from './leadFixes';
import { missingLeadFix } from './missingLeadFix';
import { unitAt } from './unitAt';
import { nameSpanOf, numberSpanOf } from '../model/spansOf';

export interface TextEdit {
	span: Span;
	newText: string;
	/** Where in `newText` the cursor goes after the edit, for a client that places it (a field added empty: after its colon). */
	cursor?: number;
}

export interface FileEdit {
	uri: string;
	edits: TextEdit[];
}

export interface QuickFix {
	title: Message;
	code: CheckCode;
	edits: FileEdit[];
	/** The obvious fix, which "fix all" applies. */
	preferred: boolean;
	/** What the fix means for the reading of the notice, checked by reading the fixed text again. */
	reading?: FixReading;
}

export interface QuickFixInput {
	uri: string;
	notice: Notice;
	finding: Finding;
	/**
	 * The registry that a new unit would be added to, if any; `elsewhere`, its name for a person, when it is not the
	 * notice's nearest registry but another in force that lists the unit's level (see registryToAddTo).
	 */
	registry?: { uri: string; text: string; elsewhere?: string };
	/** Reads the fixed text again; without it, only fixes to the registry are offered (a fix to the notice cannot be checked). */
	reader?: NoticeReader;
	/** Only the fixes that may be preferred (Fix All): a fix never preferred is not made, nor read back. */
	preferredOnly?: boolean;
	/** The notice's registry units: a renamed unit's successor is written as the notice already writes it. */
	directory?: UnitDirectory;
	/**
	 * The notice's findings as `reader.check` gives them, asked once for all the findings of a request
	 * (see checkedOnce): without it, each call checks the notice again.
	 */
	findingsBefore?: () => readonly Finding[];
}

/** `reader.check` of the notice, made at the first call and kept: one check for a request's fixes, not one per finding. */
export function checkedOnce(notice: Notice, reader: NoticeReader | undefined, directory: UnitDirectory | undefined): () => readonly Finding[] {
	let before: readonly Finding[] | undefined;
	return () => (before ??= reader?.check?.(notice, directory) ?? []);
}

/**
 * The fixes for one finding. Every fix is a plain text edit, so it can be undone and previewed; a fix
 * that changes a unit list is offered only when the fixed text reads as the fix intends.
 */
export function quickFixes(input: QuickFixInput): QuickFix[] {
	const findingsBefore = input.findingsBefore ?? checkedOnce(input.notice, input.reader, input.directory);
	return proposedFixes(input).filter((fix) => fixReadsAsIntended(input, fix) && !(fix.reading?.noNewFinding && fixGainsFinding(input, fix, findingsBefore)));
}

/** Whether the notice with the fix's edits reads as the fix intends (a registry line, checked as it is written, has no reading). */
export function fixReadsAsIntended(input: Pick<QuickFixInput, 'uri' | 'notice' | 'reader'>, fix: Pick<QuickFix, 'edits' | 'reading'>): boolean {
	if (!fix.reading) {
		return true;
	}
	return input.reader !== undefined && fixMismatch({ ...input, reader: input.reader }, fix) === undefined;
}

/** Whether the fixed notice has a finding the notice had not (only where the reader checks). */
function fixGainsFinding(input: QuickFixInput, fix: QuickFix, before: () => readonly Finding[]): boolean {
	const reader = input.reader;
	if (!reader?.check) {
		return false;
	}
	const edits = fix.edits.filter((fileEdit) => fileEdit.uri === input.uri).flatMap((fileEdit) => fileEdit.edits);
	const after = reader.check(reader.parseNotice(applyEdits(flatText(input.notice.text), edits)), input.directory);
	return gainsFinding(before(), after);
}

/** Where the notice with the fix's edits first reads otherwise than the fix intends, if anywhere. */
export function fixMismatch(input: Pick<QuickFixInput, 'uri' | 'notice'> & { reader: NoticeReader }, fix: Pick<QuickFix, 'edits' | 'reading'>): ReadBackMismatch | undefined {
	const edits = fix.edits.filter((fileEdit) => fileEdit.uri === input.uri).flatMap((fileEdit) => fileEdit.edits);
	const after = input.reader.parseNotice(applyEdits(flatText(input.notice.text), edits));
	return readBackMismatch(input.notice, edits, after, fix.reading?.changes ?? new Map(), fix.reading?.removedFields);
}

/** The fixes for one finding before their reading is checked (fix-all checks its fixes together). */
export function proposedFixes(input: QuickFixInput): QuickFix[] {
	const { notice, finding } = input;
	switch (finding.code) {
		case 'unknown-unit':
		case 'renamed-unit':
		case 'unit-variant': {
			const mention = unitAt(notice, finding.span.start);
			const suggestions = finding.code === 'renamed-unit' ? (finding.suggestions ?? []).map((name) => spellingInNotice(notice, input.directory, name)) : (finding.suggestions ?? []);
			const fixes = suggestions.flatMap((suggestion, index) => replaceOrRemove(input, mention, suggestion, index === 0 && finding.code !== 'unknown-unit'));
			const add = finding.code === 'unknown-unit' && mention && input.registry ? addToRegistry(input.registry, mention) : undefined;
			if (add) {
				fixes.push(add);
			}
			return fixes;
		}
		case 'duplicate-number':
		case 'number-gap': {
			const scope = numberingScopes(notice).find((candidate) => candidate.lists.some((items) => items.some((item) => item.marker.start === finding.span.start)));
			return scope ? [renumber(input, scope)] : [];
		}
		case 'glued-item':
			return [
				{
					title: message('fix.own-line', finding.args[0]),
					code: finding.code,
					edits: [{ uri: input.uri, edits: [{ span: { start: finding.span.start, end: finding.span.start }, newText: lineBreakOf(notice.text) }] }],
					preferred: true,
					reading: { changes: new Map() },
				},
			];
		case 'broken-unit-name': {
			const mention = unitAt(notice, finding.span.start);
			const join = mention && joinBrokenName(input, mention);
			return join ? [join] : [];
		}
		case 'duplicate-unit': {
			const mention = unitAt(notice, finding.span.start);
			const remove = mention && removeUnit(input, mention);
			return remove ? [remove] : [];
		}
		case 'lead-not-designated':
			return leadNotDesignatedFixes(input.uri, notice, finding);
		case 'missing-lead': {
			// Never preferred, and read back with a unit typed (a reading of the notice): not for Fix All.
			const fix = input.preferredOnly ? undefined : missingLeadFix(input.uri, notice, finding, input.reader);
			return fix ? [fix] : [];
		}
		default:
			return [];
	}
}

/**
 * How the notice writes the registry unit named `name`, when it does: a name of the registry, else
 * its most frequent spelling, then the first written, as unit-variant picks the usual one. A renamed unit's successor written
 * as its canonical name (市人事局 → 市人力资源和社会保障局) where the notice says 市人社局 would be
 * a second spelling, and fix-all would leave one unit written two ways.
 */
function spellingInNotice(notice: Notice, directory: UnitDirectory | undefined, name: string): string {
	const unit = directory?.resolve(name)?.unit;
	if (!unit) {
		return name;
	}
	const counts = new Map<string, number>();
	for (const mention of notice.units) {
		if (!mention.collective && directory!.resolve(mention.name, mention.key)?.unit === unit) {
			counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
		}
	}
	let usual = name;
	let most = 0;
	for (const [spelling, count] of counts) {
		if (isRegistryName(unit, spelling)) {
			return spelling;
		}
		if (count > most) {
			usual = spelling;
			most = count;
		}
	}
	return usual;
}

/**
 * The suggestion in place of the mention, or, where its task lists the suggested unit already
 * (`牵头单位：市市场监督管理局；责任单位：市市场监管局`), the mention removed: replaced, the unit
 * would be there twice (duplicate-unit). Not preferred when it cannot be removed.
 */
function replaceOrRemove(input: QuickFixInput, mention: UnitMention | undefined, suggestion: string, preferred: boolean): QuickFix[] {
	const key = input.reader?.unitKey(suggestion) ?? suggestion;
	const named = mention?.task.units.find((other) => other !== mention && other.key === key);
	if (!mention || !named) {
		return [replaceUnit(input, mention, suggestion, preferred)];
	}
	// Removed only where the other mention plays as strong a role: a lead written the odd way is not dropped for a helper.
	const remove = ROLE_RANK[named.role] <= ROLE_RANK[mention.role] ? removeUnit(input, mention) : undefined;
	return [remove ? { ...remove, code: input.finding.code, preferred } : replaceUnit(input, mention, suggestion, false)];
}

function replaceUnit(input: QuickFixInput, mention: UnitMention | undefined, suggestion: string, preferred: boolean): QuickFix {
	const span = mention ? nameSpanOf(mention) : input.finding.span;
	return {
		title: message('fix.replace-unit', suggestion),
		code: input.finding.code,
		edits: [{ uri: input.uri, edits: [{ span, newText: suggestion }] }],
		preferred,
		// `财正局` after `市发改委、` replaced by 市财政局 must read as 市财政局, and its neighbours as before.
		reading: { changes: new Map(mention ? [[mention, { key: input.reader?.unitKey(suggestion) ?? suggestion }]] : []) },
	};
}

/**
 * Adds the unit as a line of its own at the end of the registry; not offered for a name no registry line can hold.
 * A registry other than the notice's own is named, with why: beside a district's registry, the create-registry command
 * left out 省交通厅, and the fix's bare 「加入单位名录」 read as the district's, which the province's body is not for.
 */
function addToRegistry(registry: { uri: string; text: string; elsewhere?: string }, mention: UnitMention): QuickFix | undefined {
	const append = appendToRegistry(registry.text, [mention.name]);
	if (append.added.length === 0) {
		return undefined;
	}
	return {
		title: registry.elsewhere === undefined ? message('fix.add-to-registry', mention.name) : message('fix.add-to-registry-of-level', mention.name, registry.elsewhere),
		code: 'unknown-unit',
		edits: [{ uri: registry.uri, edits: [{ span: { start: append.offset, end: append.offset }, newText: append.separator + append.lines }] }],
		preferred: false,
	};
}

function renumber(input: QuickFixInput, scope: NumberingScope): QuickFix {
	const edits: TextEdit[] = [];
	const items = itemsOf(scope);
	items.forEach((item, index) => {
		const wanted = scope.firstNumber + index;
		if (item.marker.number !== wanted) {
			edits.push({ span: numberSpanOf(item.marker), newText: formatNumber(scope.kind, wanted) });
		}
	});
	const first = formatNumber(scope.kind, scope.firstNumber);
	const last = formatNumber(scope.kind, scope.firstNumber + items.length - 1);
	return {
		title: message('fix.renumber', first, last),
		code: input.finding.code,
		edits: [{ uri: input.uri, edits }],
		preferred: true,
		// New numbers must not change what is read as a task, nor any unit list.
		reading: { changes: new Map() },
	};
}

/**
 * Line breaks inside a name as pasted, with the indentation around them; a run of them (a blank line,
 * `\n\r\n`) is one break, deleted by one edit: two deletions that touch would be fragile for a client.
 */
const BREAK_INSIDE = /[ \t\u3000]*(?:(?:\r\n|\r|\n)[ \t\u3000]*)+/g;

/**
 * Joins a name a paste broke across lines (`各\n县(市)区政府`). Not offered when the lines are not
 * one name: the last unit line run into a signature or a date (`市税务局` / `市政府办公室` /
 * `2020年3月1日`) or a closing sentence.
 */
function joinBrokenName(input: QuickFixInput, mention: UnitMention): QuickFix | undefined {
	const { start, end } = mention;
	const written = input.notice.text.slice(start, end);
	const pieces = written.split(BREAK_INSIDE).map((piece) => piece.replace(/\s+/g, ''));
	if (!isOneBrokenName(pieces)) {
		return undefined;
	}
	const edits: TextEdit[] = [];
	for (const match of written.matchAll(BREAK_INSIDE)) {
		edits.push({ span: { start: start + match.index, end: start + match.index + match[0].length }, newText: '' });
	}
	return {
		title: message('fix.join-broken-name'),
		code: 'broken-unit-name',
		edits: [{ uri: input.uri, edits }],
		preferred: true,
		reading: { changes: new Map([[mention, { key: mention.key, joined: true }]]) },
	};
}

/** Separators between the units of a list, which go with the unit removed. */
const LIST_SEPARATOR = /[、，,；;]/;

/**
 * Removes a unit listed a second time in its task. The only unit of its field goes with its label
 * (`；责任单位：市发改委` after `牵头单位：市发改委`): an empty `责任单位：` is a finding of its own.
 * Not offered when that field leads (the task would lose its lead label) or holds other words.
 */
function removeUnit(input: QuickFixInput, mention: UnitMention): QuickFix | undefined {
	const text = input.notice.text;
	const field = fieldOfUnit(mention.task, mention);
	if (!field) {
		return undefined;
	}
	let span: Span | undefined;
	if (unitCountOf(field) > 1) {
		let { start, end } = mention;
		if (start > field.valueStart && LIST_SEPARATOR.test(text.charAt(start - 1))) {
			start--;
		} else if (end < field.valueEnd && LIST_SEPARATOR.test(text.charAt(end))) {
			end++;
		}
		span = { start, end };
	} else {
		span = fieldRemoval(input.notice, mention, field);
	}
	if (!span) {
		return undefined;
	}
	return {
		title:
			unitCountOf(field) > 1 ? message('fix.remove-repeated-unit', mention.name) : message('fix.remove-repeated-field', mention.name, field.label),
		code: 'duplicate-unit',
		edits: [{ uri: input.uri, edits: [{ span, newText: '' }] }],
		preferred: true,
		reading: { changes: new Map([[mention, { removed: true }]]), removedFields: unitCountOf(field) > 1 ? undefined : new Map([[mention.task.index, 1]]) },
	};
}

/** The text of a field holding one unit, with the separator that joins it to the fields beside it on its line. */
function fieldRemoval(notice: Notice, mention: UnitMention, field: Field): Span | undefined {
	const { text, lineIndex } = notice;
	if (field.role === 'lead' || field.style === 'trailing-parenthesis' || field.label.length === 0) {
		return undefined;
	}
	const rest = (from: number, to: number) => text.slice(from, to).replace(/[\s、，,；;。.等]/g, '');
	if (rest(field.valueStart, mention.start) + rest(mention.end, field.valueEnd) !== '') {
		return undefined;
	}
	const line = lineIndex.lines[lineIndex.lineAt(field.labelStart)];
	if (lineIndex.lineAt(field.valueEnd) !== lineIndex.lineAt(field.labelStart)) {
		return undefined;
	}
	const fields = mention.task.fields;
	const index = fields.indexOf(field);
	const onLine = (other: Field | undefined) => other !== undefined && other.labelStart >= line.start && other.valueEnd <= line.end;
	const previous = fields[index - 1];
	const next = fields[index + 1];
	if (onLine(previous)) {
		// `牵头单位：市发改委；责任单位：市发改委` → `牵头单位：市发改委`
		return { start: previous.valueEnd, end: field.valueEnd };
	}
	if (onLine(next)) {
		return { start: field.labelStart, end: next.labelStart };
	}
	if (rest(line.start, field.labelStart) === '' && rest(field.valueEnd, line.end) === '') {
		// The field is its line: the line goes.
		return { start: line.start, end: line.next };
	}
	return undefined;
}

export { lineBreakOf };

/**
 * Applies edits to a text as an LSP client does (edits must not overlap): against the original text,
 * and the texts of inserts at one position in the order of the edits.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	// From the end back; of edits at one place the later goes in first, so the earlier's text comes before it.
	const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.span.start - a.edit.span.start || b.edit.span.end - a.edit.span.end || b.index - a.index);
	let result = text;
	for (const { edit } of sorted) {
		result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
	}
	return result;
}
