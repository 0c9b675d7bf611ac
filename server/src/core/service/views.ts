import { looksLikeNotice } from '../features/classifyText';
import { foldingRanges, type FoldingRange } from '../features/foldingRanges';
import { outlineInSteps, type OutlineNode } from '../features/outline';
import { encodedSemanticTokensInSteps } from '../features/semanticTokens';
import { distinctNames, registryUnitIdentity } from '../features/unitIdentity';
import { cutAtCodePoint } from '../features/outline';
import { taskCounts, tasksByRole, type UnitReference, type UnitTasks, type WorkspaceUnit } from '../features/unitReferences';
import { taskLabeler } from '../features/taskNumbers';
import { tasksWithoutLead } from '../checks/missingLead';
import { format, formatCount, type Locale } from '../messages/message';
import { ROLE_ORDER, roleCounts, roleGroup } from '../messages/roles';
import type { TaskDigest } from '../model/noticeDigest';
import type { Section, Task } from '../model/types';
import { sameRange, type RangeMapper } from '../text/lineIndex';
import { drain } from '../text/steps';
import { basename, uriKey } from '../workspace/uris';
import { detached } from '../text/detached';
import { documentFindings, registryDirectory, type ServiceContext } from './serviceContext';
import type { CodeLensItem, NoticeSummary, OutlineSymbol, UnitItem, UnitNoticeItem, UnitRole, UnitScope, UnitSummaryItem, UnitTaskItem } from './types';

/** Text beyond this is not read to decide whether a plain-text document is a notice. */
const CLASSIFY_LENGTH = 200_000;
/** A task's title in the Units view and the quick pick: short enough to leave room for the notice's name beside it. */
const TITLE_LENGTH = 24;

export function documentOutline(context: ServiceContext, uri: string): OutlineSymbol[] {
	return drain(documentOutlineInSteps(context, uri, Number.MAX_SAFE_INTEGER));
}

/**
 * The outline with its ranges, yielding every `tasksPerStep` tasks (a notice of megabytes, prepared
 * after its read). A task's symbol is the one the outline before gave it while its name, detail and
 * ranges are the same: VS Code asks for the outline after edits (breadcrumbs, sticky scroll, the
 * Outline view), a keystroke changes the symbol of its task alone, and a symbol kept is converted
 * and encoded once (see the LSP layer's documentSymbolConverter and documentSymbolsJson).
 */
export function* documentOutlineInSteps(context: ServiceContext, uri: string, tasksPerStep: number): Generator<void, OutlineSymbol[], void> {
	const notice = context.index.model(uri);
	if (!notice) {
		return [];
	}
	const { lineIndex } = notice;
	const kept = context.outlineSymbols;
	// Symbols in the order their nodes are made (a section's after its children's): a section takes its children's off the end.
	const made: OutlineSymbol[] = [];
	const place = (node: OutlineNode, item: Section | Task) => {
		const range = lineIndex.rangeOf(node.span);
		const selectionRange = lineIndex.rangeOf(node.selectionSpan);
		if (item.type === 'section') {
			const children = made.splice(made.length - node.children.length, node.children.length);
			made.push({ kind: node.kind, name: node.name, detail: node.detail, range, selectionRange, children });
			return;
		}
		const before = kept.get(item);
		if (before && before.name === node.name && before.detail === node.detail && sameRange(before.range, range) && sameRange(before.selectionRange, selectionRange)) {
			made.push(before);
			return;
		}
		// Kept across versions: its name copied out of this version's text (marker and title joined
		// point into it until something flattens them; see detached).
		const symbol: OutlineSymbol = { kind: node.kind, name: detached(node.name), detail: node.detail, range, selectionRange, children: [] };
		kept.set(item, symbol);
		made.push(symbol);
	};
	yield* outlineInSteps(notice, context.locale(), context.followUps, tasksPerStep, place);
	return made;
}

export function folding(context: ServiceContext, uri: string): FoldingRange[] {
	const notice = context.index.model(uri);
	return notice ? foldingRanges(notice) : [];
}

/** Markers, labels and units, encoded as the protocol sends them; a unit the registry does not list marked unknown (only when a registry applies). */
export function encodedTokens(context: ServiceContext, uri: string): Int32Array {
	return drain(encodedTokensInSteps(context, uri, Number.MAX_SAFE_INTEGER));
}

/** The same, yielding every `tasksPerStep` tasks (a notice of megabytes, prepared after its read). */
export function* encodedTokensInSteps(context: ServiceContext, uri: string, tasksPerStep: number): Generator<void, Int32Array, void> {
	const notice = context.index.model(uri);
	if (!notice) {
		return new Int32Array(0);
	}
	const directory = context.index.directoryFor(uri);
	const known = directory && !directory.isEmpty ? directory : undefined;
	return yield* encodedSemanticTokensInSteps(notice, (mention) => known !== undefined && !mention.collective && !known.resolve(mention.name, mention.key), tasksPerStep);
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
	const directory = registryDirectory(context, entry);
	return entry.registry.units.map((unit) => {
		const byRole = tasksByRole((directory && units.get(registryUnitIdentity(unit, directory))?.taskReferences) || []);
		const range = entry.registry.lineIndex.rangeOf(unit.nameSpan);
		const title = roleCounts({ lead: byRole.lead.length, responsible: byRole.responsible.length, other: byRole.other.length }, context.locale());
		return { range, title, unit: { uri: entry.uri, position: range.start } };
	});
}

function taskItem(context: ServiceContext, reference: UnitReference, labelers: Map<string, (task: TaskDigest) => string>): UnitTaskItem | undefined {
	const entry = context.index.getNotice(reference.uri);
	if (!entry) {
		return undefined;
	}
	const { task } = reference;
	const lineIndex: RangeMapper = entry.digest.lineIndex;
	let labelOf = labelers.get(entry.uri);
	if (!labelOf) {
		labelOf = taskLabeler(entry.digest);
		labelers.set(entry.uri, labelOf);
	}
	const label = labelOf(task);
	const title = task.title.length > TITLE_LENGTH ? cutAtCodePoint(task.title, TITLE_LENGTH) + '…' : task.title;
	return {
		uri: entry.uri,
		range: lineIndex.rangeOf({ start: task.marker.start, end: Math.max(task.titleEnd, task.marker.end) }),
		label,
		title,
		role: reference.role,
		text: format('task.label', [label, title], context.locale()),
		file: basename(entry.uri),
	};
}

type RoleCounts = Record<UnitRole, number>;

const countsOf = (tasks: UnitTasks): RoleCounts => ({ lead: tasks.lead.length, responsible: tasks.responsible.length, other: tasks.other.length });

/** The counts line and the role headings of a unit, or of a unit in one notice. */
function labels(counts: RoleCounts, locale: Locale): { description: string; roles: Record<UnitRole, string> } {
	const roles = { lead: '', responsible: '', other: '' };
	for (const role of ROLE_ORDER) {
		roles[role] = roleGroup(role, counts[role], locale);
	}
	return { description: roleCounts(counts, locale), roles };
}

/** The notices a unit's tasks are in, by file name, each with the unit's counts there (counted from its references: no task item is built). */
function unitNotices(context: ServiceContext, tasks: UnitTasks): UnitNoticeItem[] {
	const perNotice = new Map<string, RoleCounts>();
	for (const role of ROLE_ORDER) {
		for (const reference of tasks[role]) {
			let counts = perNotice.get(reference.uri);
			if (!counts) {
				counts = { lead: 0, responsible: 0, other: 0 };
				perNotice.set(reference.uri, counts);
			}
			counts[role]++;
		}
	}
	return [...perNotice]
		.map(([uri, counts]) => ({ uri, file: basename(uri), ...labels(counts, context.locale()) }))
		.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.uri < b.uri ? -1 : 1));
}

/**
 * A unit of the workspace with its notices and, as `scope` asks, its tasks by role (all, those in
 * one notice, or none); undefined when no notice names it. The counts are always the whole unit's.
 */
export function unitItem(context: ServiceContext, identity: string, fallbackName?: string, scope: UnitScope = {}): UnitItem | undefined {
	const unit = context.index.units().get(identity);
	if (!unit && fallbackName === undefined) {
		return undefined;
	}
	// The index's units are rebuilt from the notices it holds on each change: every reference's notice is there.
	const byRole = tasksByRole(unit?.taskReferences ?? []);
	// A notice is compared by its key (the client may encode its URI otherwise), once per notice, not per task.
	const notice = scope.notice === undefined ? undefined : uriKey(scope.notice);
	const inNotice = new Map<string, boolean>();
	const isIn = (uri: string) => {
		let answer = inNotice.get(uri);
		if (answer === undefined) {
			answer = uriKey(uri) === notice;
			inNotice.set(uri, answer);
		}
		return answer;
	};
	// Each notice's numbering read once for all its tasks the unit names.
	const labelers = new Map<string, (task: TaskDigest) => string>();
	const wanted = (reference: UnitReference) => scope.tasks !== false && (notice === undefined || isIn(reference.uri));
	const items = (references: UnitReference[]) =>
		references
			.filter(wanted)
			.map((reference) => taskItem(context, reference, labelers))
			.filter((item): item is UnitTaskItem => item !== undefined);
	return {
		identity,
		name: unit ? unitNames(context).get(identity) ?? unit.name : fallbackName!,
		...labels(countsOf(byRole), context.locale()),
		lead: items(byRole.lead),
		responsible: items(byRole.responsible),
		other: items(byRole.other),
		notices: unitNotices(context, byRole),
	};
}

/** A unit as the Units view lists it: name and counts, no task item built. */
function unitSummary(context: ServiceContext, unit: WorkspaceUnit, names: ReadonlyMap<string, string>): UnitSummaryItem {
	const { counts, notices } = taskCounts(unit);
	return { identity: unit.identity, name: names.get(unit.identity) ?? unit.name, description: roleCounts(counts, context.locale()), counts, notices };
}

/**
 * The name each unit of the workspace is shown by: the registry's or the notice's, with the folder
 * that tells it apart from another unit of that name (`县财政局（清河县）`, see distinctNames).
 */
export function unitNames(context: ServiceContext): ReadonlyMap<string, string> {
	return context.index.memo('unit names', () => distinctNames(context.index.units().values()));
}

/**
 * Whether a unit is the one `query` asks for: one of its names (the registry's, or one a notice
 * writes) holds it — as written, in any width or script, or as pinyin (`fgw`, `fagai`). An empty
 * query asks for every unit. The Units view's filter and workspace symbols match alike.
 */
export function unitMatcher(context: ServiceContext, query: string): (unit: WorkspaceUnit) => boolean {
	const wanted = query.trim();
	const key = wanted && context.engine.unitKey(wanted);
	const latin = wanted.toLowerCase().replace(/\s+/g, '');
	const matches = (name: string) => name.includes(wanted) || (key !== '' && context.engine.unitKey(name).includes(key)) || (/^[a-z]+$/.test(latin) && context.pinyin.matches(name, latin));
	return (unit) => !wanted || matches(unit.name) || [...unit.mentionNames()].some(matches);
}

/**
 * Every unit of the workspace for the Units view, with its counts only (its notices and tasks are
 * asked for when it is expanded, `unitItem`): most tasks led first, then most tasks shared, then by
 * name. `filter` keeps the units one of whose names (the registry's, or one a notice writes) holds
 * it — as written, in any width or script, or as pinyin (`fgw`, `fagai`).
 */
export function unitTree(context: ServiceContext, filter = ''): UnitSummaryItem[] {
	const keep = unitMatcher(context, filter);
	const shared = (unit: UnitSummaryItem) => unit.counts.responsible + unit.counts.other;
	const names = unitNames(context);
	const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return [...context.index.units().values()]
		.filter(keep)
		.map((unit) => unitSummary(context, unit, names))
		.sort((a, b) => b.counts.lead - a.counts.lead || shared(b) - shared(a) || order(a.name, b.name) || order(a.identity, b.identity));
}

/** The status bar on a notice: its tasks, those without a lead unit, its findings (hidden ones apart); undefined for a registry or an unknown document. */
export function noticeSummary(context: ServiceContext, uri: string): NoticeSummary | undefined {
	const found = documentFindings(context, uri);
	if (!found?.notice) {
		return undefined;
	}
	const locale = context.locale();
	const tasks = found.notice.tasks.length;
	const withoutLead = tasksWithoutLead(found.notice)?.length;
	const findings = { error: 0, warning: 0, information: 0, hint: 0 };
	for (const finding of found.findings) {
		findings[finding.severity]++;
	}
	const total = found.findings.length;
	const parts = [formatCount('status.tasks', tasks, locale), ...(withoutLead === undefined ? [] : [format('status.without-lead', [withoutLead], locale)]), formatCount('status.findings', total, locale)];
	const tooltip = [
		format('status.tooltip.tasks', [tasks], locale),
		...(withoutLead === undefined ? [] : [format('status.tooltip.without-lead', [withoutLead], locale)]),
		format('status.tooltip.findings', [findings.error, findings.warning, findings.information, findings.hint], locale),
		...(found.hidden.length > 0 ? [format('status.tooltip.hidden', [found.hidden.length], locale)] : []),
		format('status.tooltip.click', [], locale),
	];
	return { tasks, withoutLead, findings, hidden: found.hidden.length, text: parts.join(format('status.separator', [], locale)), tooltip: tooltip.join('\n') };
}
