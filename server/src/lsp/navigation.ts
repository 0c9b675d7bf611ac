import { DocumentHighlightKind, SymbolKind, type DocumentHighlight, type Hover, type Location, type SymbolInformation } from 'vscode-languageserver';
import type { PinyinIndex } from '../core/features/pinyinIndex';
import { summarizeUnit, taskLabel, unitHover } from '../core/features/unitSummary';
import { tasksByRole, type UnitReference } from '../core/features/unitReferences';
import { roleCounts } from '../core/messages/roles';
import type { Position } from '../core/text/lineIndex';
import { unitAtPosition, type ServerContext } from './serverContext';
import { basename } from '../core/workspace/uris';

export function referenceLocation(context: ServerContext, reference: UnitReference): Location | undefined {
	const entry = context.index.getNotice(reference.uri);
	return entry ? { uri: entry.uri, range: entry.digest.lineIndex.rangeOf(reference.mention.span) } : undefined;
}

/** The registry line of the unit at a position (go to definition). */
export function definition(context: ServerContext, uri: string, position: Position): Location | undefined {
	const found = unitAtPosition(context, uri, position);
	if (!found?.mention) {
		return undefined;
	}
	const resolved = context.index.directoryFor(uri)?.resolve(found.mention.name, found.mention.key);
	const registry = resolved && context.index.getRegistry(resolved.unit.uri);
	return registry ? { uri: registry.uri, range: registry.registry.lineIndex.rangeOf(resolved.unit.nameSpan) } : undefined;
}

/** Every task naming the unit at a position, across the workspace; leads first. */
export function references(context: ServerContext, uri: string, position: Position, includeDeclaration: boolean): Location[] {
	const found = unitAtPosition(context, uri, position);
	if (!found) {
		return [];
	}
	const locations = [...context.index.memo(`references ${found.identity}`, () => unitLocations(context, found.identity))];
	if (includeDeclaration) {
		const declaration = found.registry ? { uri: found.registry.uri, range: found.lineIndex.rangeOf(found.span) } : definition(context, uri, position);
		if (declaration) {
			locations.unshift(declaration);
		}
	}
	return locations;
}

/** Where a unit is named across the workspace, leads first. */
function unitLocations(context: ServerContext, identity: string): Location[] {
	const unit = context.index.units().get(identity);
	const rank = { lead: 0, responsible: 1, other: 2 };
	const references = [...(unit?.references ?? [])].sort((a, b) => rank[a.role] - rank[b.role]);
	return references.map((reference) => referenceLocation(context, reference)).filter((location): location is Location => location !== undefined);
}

export function highlights(context: ServerContext, uri: string, position: Position): DocumentHighlight[] {
	const found = unitAtPosition(context, uri, position);
	if (!found) {
		return [];
	}
	if (!found.notice) {
		return [{ range: found.lineIndex.rangeOf(found.span), kind: DocumentHighlightKind.Text }];
	}
	const references = context.index.units().get(found.identity)?.references ?? [];
	const key = found.notice.uri;
	return references
		.filter((reference) => reference.uri === key)
		.map((reference) => ({ range: found.lineIndex.rangeOf(reference.mention.span), kind: reference.role === 'lead' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

export function hover(context: ServerContext, uri: string, position: Position): Hover | undefined {
	const found = unitAtPosition(context, uri, position);
	if (!found) {
		return undefined;
	}
	const unit = context.index.units().get(found.identity);
	const summary = summarizeUnit(found.identity, unit?.name ?? found.name, unit?.references ?? []);
	const directory = found.notice ? context.index.directoryFor(uri) : context.index.directoryOf([found.registry!.registry]);
	const text = unitHover(summary, directory, found.name, found.notice?.uri ?? uri, context.locale());
	return { contents: { kind: 'markdown', value: text }, range: found.lineIndex.rangeOf(found.span) };
}

/** Units by name, alias or pinyin initials, and tasks by number or text. */
export function workspaceSymbols(context: ServerContext, query: string, pinyin: PinyinIndex): SymbolInformation[] {
	const trimmed = query.trim();
	const latin = /^[a-z]+$/i.test(trimmed) ? trimmed.toLowerCase() : undefined;
	const result: SymbolInformation[] = [];
	const limit = 500;
	for (const unit of context.index.units().values()) {
		if (result.length >= limit) {
			break;
		}
		const matches = trimmed.length === 0 || unit.name.includes(trimmed) || (latin !== undefined && pinyin.matches(unit.name, latin));
		const first = unit.references[0];
		const location = first && referenceLocation(context, first);
		if (matches && location) {
			const byRole = tasksByRole(unit.references);
			const counts = { lead: byRole.lead.length, responsible: byRole.responsible.length, other: byRole.other.length };
			result.push({ name: unit.name, kind: SymbolKind.Class, location, containerName: roleCounts(counts, context.locale()) });
		}
	}
	for (const entry of context.index.allNotices()) {
		for (const task of entry.digest.tasks) {
			if (result.length >= limit) {
				return result;
			}
			const label = taskLabel(task);
			if (trimmed.length === 0 || label === trimmed || task.title.includes(trimmed)) {
				result.push({
					name: `${label}. ${task.title.slice(0, 40)}`,
					kind: SymbolKind.Event,
					location: { uri: entry.uri, range: entry.digest.lineIndex.rangeOf({ start: task.marker.span.start, end: task.titleSpan.end }) },
					containerName: basename(entry.uri),
				});
			}
		}
	}
	return result;
}

