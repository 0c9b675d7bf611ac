import { looksLikeNotice } from '../features/classifyText';
import { foldingRanges, type FoldingRange } from '../features/foldingRanges';
import { outline, type OutlineNode } from '../features/outline';
import { semanticTokens, type SemanticToken } from '../features/semanticTokens';
import { identityOfKey } from '../features/unitIdentity';
import { tasksByRole, type UnitReference } from '../features/unitReferences';
import { taskLabel } from '../features/unitSummary';
import { format } from '../messages/message';
import { ROLE_ORDER, roleCounts, roleGroup } from '../messages/roles';
import type { RangeMapper } from '../text/lineIndex';
import { basename } from '../workspace/uris';
import type { ServiceContext } from './serviceContext';
import type { CodeLensItem, OutlineSymbol, UnitItem, UnitTaskItem } from './types';

/** Text beyond this is not read to decide whether a plain-text document is a notice. */
const CLASSIFY_LENGTH = 200_000;
const TITLE_LENGTH = 40;

export function documentOutline(context: ServiceContext, uri: string): OutlineSymbol[] {
	const notice = context.index.model(uri);
	if (!notice) {
		return [];
	}
	// The nodes are this call's own: their ranges are added to them rather than to copies (an outline has thousands of tasks).
	const withRanges = (node: OutlineNode): OutlineSymbol => {
		const symbol = node as OutlineSymbol;
		symbol.range = notice.lineIndex.rangeOf(node.span);
		symbol.selectionRange = notice.lineIndex.rangeOf(node.selectionSpan);
		node.children.forEach(withRanges);
		return symbol;
	};
	return outline(notice, context.locale()).map(withRanges);
}

export function folding(context: ServiceContext, uri: string): FoldingRange[] {
	const notice = context.index.model(uri);
	return notice ? foldingRanges(notice) : [];
}

/** Markers, labels and units, a unit the registry does not list marked unknown (only when a registry applies). */
export function tokens(context: ServiceContext, uri: string): SemanticToken[] {
	const notice = context.index.model(uri);
	if (!notice) {
		return [];
	}
	const directory = context.index.directoryFor(uri);
	const known = directory && !directory.isEmpty ? directory : undefined;
	return semanticTokens(notice, (mention) => known !== undefined && !mention.collective && !known.resolve(mention.name, mention.key));
}

/** Whether a plain-text document reads as a notice (its opening, at least). */
export function classify(context: ServiceContext, text: string): boolean {
	return looksLikeNotice(context.engine.parseNotice(text.slice(0, CLASSIFY_LENGTH)));
}

/** On each registry entry: the unit's tasks across the workspace by role. */
export function registryLenses(context: ServiceContext, uri: string): CodeLensItem[] {
	const entry = context.index.getRegistry(uri);
	if (!entry) {
		return [];
	}
	const units = context.index.units();
	return entry.registry.units.map((unit) => {
		const byRole = tasksByRole(units.get(identityOfKey(context.engine.unitKey(unit.canonical)))?.references ?? []);
		const range = entry.registry.lineIndex.rangeOf(unit.nameSpan);
		const title = roleCounts({ lead: byRole.lead.length, responsible: byRole.responsible.length, other: byRole.other.length }, context.locale());
		return { range, title, unit: { uri: entry.uri, position: range.start } };
	});
}

function taskItem(context: ServiceContext, reference: UnitReference): UnitTaskItem | undefined {
	const entry = context.index.getNotice(reference.uri);
	if (!entry) {
		return undefined;
	}
	const { task } = reference;
	const lineIndex: RangeMapper = entry.digest.lineIndex;
	const label = taskLabel(task);
	const title = task.title.length > TITLE_LENGTH ? task.title.slice(0, TITLE_LENGTH) + '…' : task.title;
	return {
		uri: entry.uri,
		range: lineIndex.rangeOf({ start: task.marker.span.start, end: Math.max(task.titleSpan.end, task.marker.span.end) }),
		label,
		title,
		role: reference.role,
		text: format('task.label', [label, title], context.locale()),
		file: basename(entry.uri),
	};
}

/** A unit of the workspace with its tasks by role, or undefined when no notice names it. */
export function unitItem(context: ServiceContext, identity: string, fallbackName?: string): UnitItem | undefined {
	const unit = context.index.units().get(identity);
	if (!unit && fallbackName === undefined) {
		return undefined;
	}
	const byRole = tasksByRole(unit?.references ?? []);
	const items = (references: UnitReference[]) => references.map((reference) => taskItem(context, reference)).filter((item): item is UnitTaskItem => item !== undefined);
	const tasks = { lead: items(byRole.lead), responsible: items(byRole.responsible), other: items(byRole.other) };
	const locale = context.locale();
	const counts = { lead: tasks.lead.length, responsible: tasks.responsible.length, other: tasks.other.length };
	const roles = { lead: '', responsible: '', other: '' };
	for (const role of ROLE_ORDER) {
		roles[role] = roleGroup(role, counts[role], locale);
	}
	return { identity, name: unit?.name ?? fallbackName!, description: roleCounts(counts, locale), ...tasks, roles };
}

/** Every unit of the workspace for the Units view: most tasks led first, then most tasks shared, then by name. */
export function unitTree(context: ServiceContext): UnitItem[] {
	return [...context.index.units().keys()]
		.map((identity) => unitItem(context, identity)!)
		.sort((a, b) => b.lead.length - a.lead.length || b.responsible.length + b.other.length - (a.responsible.length + a.other.length) || (a.name < b.name ? -1 : 1));
}
