import { SemanticTokensBuilder, type CodeLens, type FoldingRange, type SemanticTokens } from 'vscode-languageserver';
import { foldingRanges } from '../core/features/foldingRanges';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../core/features/semanticTokens';
import { identityOfKey } from '../core/features/unitIdentity';
import { tasksByRole, type UnitReference } from '../core/features/unitReferences';
import { taskLabel } from '../core/features/unitSummary';
import { roleCounts } from '../core/messages/roles';
import { ShowUnitTasksCommand, type UnitItem, type UnitTaskItem } from '../protocol/protocol';
import type { ServerContext } from './serverContext';

export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export function folding(context: ServerContext, uri: string): FoldingRange[] {
	const notice = context.index.model(uri);
	return notice ? foldingRanges(notice) : [];
}

export function tokens(context: ServerContext, uri: string): SemanticTokens {
	const builder = new SemanticTokensBuilder();
	const notice = context.index.model(uri);
	if (!notice) {
		return builder.build();
	}
	const directory = context.index.directoryFor(uri);
	const isUnknown = directory && !directory.isEmpty ? (mention: { name: string; key: string; collective: boolean }) => !mention.collective && !directory.resolve(mention.name, mention.key) : () => false;
	for (const token of semanticTokens(notice, isUnknown)) {
		const modifiers = token.modifiers.reduce((bits, modifier) => bits | (1 << TOKEN_MODIFIERS.indexOf(modifier)), 0);
		builder.push(token.line, token.character, token.length, TOKEN_TYPES.indexOf(token.type), modifiers);
	}
	return builder.build();
}

/** On each registry entry: how many tasks the unit leads and takes part in across the workspace. */
export function registryLenses(context: ServerContext, uri: string): CodeLens[] {
	const entry = context.index.getRegistry(uri);
	if (!entry) {
		return [];
	}
	const units = context.index.units();
	const locale = context.locale();
	return entry.registry.units.map((unit) => {
		const references = units.get(identityOfKey(context.engine.unitKey(unit.canonical)))?.references ?? [];
		const byRole = tasksByRole(references);
		const range = entry.registry.lineIndex.rangeOf(unit.nameSpan);
		return {
			range,
			command: {
				title: roleCounts({ lead: byRole.lead.length, responsible: byRole.responsible.length, other: byRole.other.length }, locale),
				command: ShowUnitTasksCommand,
				arguments: [entry.uri, range.start],
			},
		};
	});
}

function taskItem(context: ServerContext, reference: UnitReference): UnitTaskItem | undefined {
	const entry = context.index.getNotice(reference.uri);
	if (!entry) {
		return undefined;
	}
	const task = reference.task;
	return {
		uri: entry.uri,
		range: entry.digest.lineIndex.rangeOf({ start: task.marker.span.start, end: Math.max(task.titleSpan.end, task.marker.span.end) }),
		label: taskLabel(task),
		title: task.title.length > 40 ? task.title.slice(0, 40) + '…' : task.title,
		role: reference.role,
	};
}

export function unitItem(context: ServerContext, identity: string): UnitItem | undefined {
	const unit = context.index.units().get(identity);
	if (!unit) {
		return undefined;
	}
	const byRole = tasksByRole(unit.references);
	const items = (references: UnitReference[]) => references.map((reference) => taskItem(context, reference)).filter((item): item is UnitTaskItem => item !== undefined);
	return { identity, name: unit.name, lead: items(byRole.lead), responsible: items(byRole.responsible), other: items(byRole.other) };
}

/** Every unit of the workspace for the Units view: most tasks led first. */
export function unitTree(context: ServerContext): UnitItem[] {
	return [...context.index.units().keys()]
		.map((identity) => unitItem(context, identity)!)
		.sort((a, b) => b.lead.length - a.lead.length || b.responsible.length + b.other.length - (a.responsible.length + a.other.length) || (a.name < b.name ? -1 : 1));
}
