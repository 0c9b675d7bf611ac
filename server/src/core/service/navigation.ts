import { tasksByRole, type UnitReference } from '../features/unitReferences';
import { summarizeUnit, taskLabel, unitHover } from '../features/unitSummary';
import { taskReferences } from '../features/taskTable';
import { numbersAreUnique, taskLabeler, taskSymbolNamer } from '../features/taskNumbers';
import type { TaskDigest } from '../model/noticeDigest';
import { cutAtCodePoint } from '../features/outline';
import { noticeYear } from '../model/noticeYear';
import { roleCounts } from '../messages/roles';
import { ROLE_RANK } from '../syntax/fieldLabels';
import type { Position } from '../text/lineIndex';
import { basename } from '../workspace/uris';
import { unitAtPosition, type ServiceContext } from './serviceContext';
import { unitMatcher, unitNames } from './views';
import type { Highlight, HoverText, Location, SymbolItem } from './types';

/** At most this many workspace symbols an answer. */
const SYMBOL_LIMIT = 500;

export function referenceLocation(context: ServiceContext, reference: UnitReference): Location | undefined {
	const entry = context.index.getNotice(reference.uri);
	return entry ? { uri: entry.uri, range: entry.digest.lineIndex.rangeOf(reference.mention) } : undefined;
}

/** The registry line of the unit at a position (go to definition). */
export function definition(context: ServiceContext, uri: string, position: Position): Location | undefined {
	const found = unitAtPosition(context, uri, position);
	if (!found?.mention) {
		return undefined;
	}
	const resolved = context.index.directoryFor(uri)?.resolve(found.mention.name, found.mention.key);
	const registry = resolved && context.index.getRegistry(resolved.unit.uri);
	return registry ? { uri: registry.uri, range: registry.registry.lineIndex.rangeOf(resolved.unit.nameSpan) } : undefined;
}

/** Every task naming the unit at a position, across the workspace, leads first; with its registry line when asked. */
export function references(context: ServiceContext, uri: string, position: Position, includeDeclaration: boolean): readonly Location[] {
	const found = unitAtPosition(context, uri, position);
	if (!found) {
		return [];
	}
	// Kept until the index changes, and answered as it is (not copied) when nothing is added to it: its host may keep it encoded.
	const locations = context.index.memo(`references ${found.identity}`, () => unitLocations(context, found.identity));
	const declaration = includeDeclaration ? (found.registry ? { uri: found.registry.uri, range: found.lineIndex.rangeOf(found.span) } : definition(context, uri, position)) : undefined;
	return declaration ? [declaration, ...locations] : locations;
}

/** Where a unit is named across the workspace, leads first. */
function unitLocations(context: ServiceContext, identity: string): Location[] {
	const unit = context.index.units().get(identity);
	const sorted = [...(unit?.references ?? [])].sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
	return sorted.map((reference) => referenceLocation(context, reference)).filter((location): location is Location => location !== undefined);
}

/** The unit at a position wherever this document names it; its lead mentions marked. */
export function highlights(context: ServiceContext, uri: string, position: Position): Highlight[] {
	const found = unitAtPosition(context, uri, position);
	if (!found) {
		return [];
	}
	if (!found.notice) {
		return [{ range: found.lineIndex.rangeOf(found.span), lead: false }];
	}
	const here = found.notice.uri;
	return (context.index.units().get(found.identity)?.references ?? [])
		.filter((reference) => reference.uri === here)
		.map((reference) => ({ range: found.lineIndex.rangeOf(reference.mention), lead: reference.role === 'lead' }));
}

export function hover(context: ServiceContext, uri: string, position: Position): HoverText | undefined {
	const found = unitAtPosition(context, uri, position);
	if (!found) {
		return undefined;
	}
	const unit = context.index.units().get(found.identity);
	const directory = found.notice ? context.index.directoryFor(uri) : context.index.directoryOf([found.registry!.registry]);
	// Headed by the registry's name of what is hovered (市卫健委, then 已更名为：市卫生健康局), counted as the unit the views follow it to.
	const resolved = directory?.resolve(found.name, found.key);
	const summary = summarizeUnit(found.identity, resolved && resolved.via !== 'plate' ? resolved.unit.canonical : (unit?.name ?? found.name), unit?.taskReferences ?? []);
	// This notice's tasks as the Units view and findings number them (`4`, not `2.4`, where numbers run on
	// across headings; 四 for （四）); where numbers restart under each heading, as the task table refers to them (一、1).
	const model = found.notice && context.index.model(uri);
	const entry = found.notice && context.index.getNotice(uri);
	const references = model && entry && !numbersAreUnique(entry.digest) ? taskReferences(model) : undefined;
	const labelOf = references ? (task: TaskDigest) => (references[task.index] ?? taskLabel(task)).replace(/[、.．]$/, '') : entry ? taskLabeler(entry.digest) : taskLabel;
	return { markdown: unitHover(summary, directory, found.name, found.notice?.uri ?? uri, context.locale(), labelOf, model ? noticeYear(model)?.year : undefined), range: found.lineIndex.rangeOf(found.span) };
}

/** Units by name or pinyin (initials or full), with their tasks by role; tasks by number or text. */
export function workspaceSymbols(context: ServiceContext, query: string): SymbolItem[] {
	const trimmed = query.trim();
	const result: SymbolItem[] = [];
	// As the Units view's filter: a spelling a notice writes (`市发改委` for 市发展和改革委员会) finds the unit too.
	const wanted = unitMatcher(context, trimmed);
	const names = unitNames(context);
	for (const unit of context.index.units().values()) {
		if (result.length >= SYMBOL_LIMIT) {
			break;
		}
		const matches = wanted(unit);
		// Made on each read: read once, for the units that match.
		const references = matches ? unit.references : [];
		const location = references[0] && referenceLocation(context, references[0]);
		if (location) {
			const byRole = tasksByRole(unit.taskReferences);
			const counts = { lead: byRole.lead.length, responsible: byRole.responsible.length, other: byRole.other.length };
			result.push({ name: names.get(unit.identity) ?? unit.name, kind: 'unit', location, container: roleCounts(counts, context.locale()) });
		}
	}
	for (const entry of context.index.allNotices()) {
		const tasks = entry.digest.tasks;
		const labelOf = taskLabeler({ text: entry.digest.text, tasks });
		const nameOf = taskSymbolNamer({ text: entry.digest.text, tasks });
		for (const task of tasks) {
			if (result.length >= SYMBOL_LIMIT) {
				return result;
			}
			const label = labelOf(task);
			if (trimmed.length === 0 || label === trimmed || String(task.marker.number) === trimmed || task.title.includes(trimmed)) {
				const range = entry.digest.lineIndex.rangeOf({ start: task.marker.start, end: task.titleEnd });
				result.push({ name: nameOf(task, cutAtCodePoint(task.title, 40)), kind: 'task', location: { uri: entry.uri, range }, container: basename(entry.uri) });
			}
		}
	}
	return result;
}
