import type { Finding } from '../checks/finding';
import type { KeptTaskFindings } from '../checks/keptTaskFindings';
import type { CheckedText, HiddenFinding } from '../features/hiddenFindings';
import type { FollowUpCache } from '../features/outline';
import type { BreakdownEngine } from '../engine';
import type { PinyinIndex } from '../features/pinyinIndex';
import { registryNameAt, writtenNameSpan } from '../features/renameUnit';
import { unitAt } from '../features/unitAt';
import { entryIdentity, unitIdentity } from '../features/unitIdentity';
import { noticeYear } from '../model/noticeYear';
import type { UnitDirectory } from '../units/unitDirectory';
import type { Locale } from '../messages/message';
import type { Notice, Task, UnitMention } from '../model/types';
import type { LineIndex, Position, RangeMapper, Span } from '../text/lineIndex';
import type { Workspace } from '../workspace/workspace';
import type { IndexedNotice, IndexedRegistry, WorkspaceIndex } from '../workspace/workspaceIndex';
import type { DocumentAnswers } from './documentAnswers';
import type { FindingMessages } from './findingMessages';
import type { OutlineSymbol } from './types';
import { hideFindings } from './hiding';
import type { BreakdownSettings } from './settings';

/** What every feature of the service works with. One per service; no module-level state. */
export interface ServiceContext {
	engine: BreakdownEngine;
	workspace: Workspace;
	index: WorkspaceIndex;
	pinyin: PinyinIndex;
	settings(): BreakdownSettings;
	locale(): Locale;
	/** What each task's text gives the outline's detail (leaders, deadlines), kept from one outline to the next. */
	followUps: FollowUpCache;
	/** Each task's last outline symbol, kept while it says the same (see documentOutlineInSteps). */
	outlineSymbols: WeakMap<Task, OutlineSymbol>;
	/** Findings per parsed notice or registry (shown and hidden), valid while the registries, hidden findings and settings are unchanged. */
	findingCache: WeakMap<object, CachedFindings>;
	/** The local findings of the tasks of open notices, kept across edits: an edit checks again only the tasks it read again. */
	keptFindings: KeptTaskFindings;
	/** A document's outline, tokens, folding ranges, diagnostics and code lenses, kept for the state they were computed in. */
	answers: DocumentAnswers;
	/** Findings' messages, formatted once per finding's arguments (a kept finding keeps them). */
	messages: FindingMessages;
}

export interface CachedFindings {
	registryVersion: number;
	hiddenVersion: number;
	settings: BreakdownSettings;
	findings: Finding[];
	hidden: HiddenFinding[];
}

/** The findings of a document: those shown, and those the clerk hid (`.breakdown/ignore.json`). */
export interface DocumentFindings {
	findings: Finding[];
	hidden: HiddenFinding[];
	lineIndex: LineIndex;
	notice?: Notice;
}

/** The unit at a position, in a notice or in a registry file. */
export interface UnitAtPosition {
	/** Its unit in the workspace (unitIdentity): what references, hover and the Units view gather. */
	identity: string;
	/** Its registry entry, renames not followed (entryIdentity): what a rename edits. */
	entry: string;
	/** The name as resolved (notice) or as listed (registry). */
	name: string;
	key: string;
	/** The name as written, which rename replaces. */
	span: Span;
	lineIndex: LineIndex;
	mention?: UnitMention;
	notice?: IndexedNotice;
	registry?: IndexedRegistry;
}

export function unitAtPosition(context: ServiceContext, uri: string, position: Position): UnitAtPosition | undefined {
	const notice = context.index.getNotice(uri);
	const model = notice && context.index.model(uri);
	if (notice && model) {
		const mention = unitAt(model, model.lineIndex.offsetAt(position));
		if (!mention) {
			return undefined;
		}
		const place = { uri, directory: context.index.directoryFor(uri) };
		const identity = unitIdentity(mention, place, noticeYear(model)?.year);
		return { identity, entry: entryIdentity(mention, place), name: mention.name, key: mention.key, span: writtenNameSpan(mention), lineIndex: model.lineIndex, mention, notice };
	}
	const registry = context.index.getRegistry(uri);
	if (registry) {
		const offset = registry.registry.lineIndex.offsetAt(position);
		const found = registryNameAt(registry.registry, offset);
		if (!found) {
			return undefined;
		}
		// A registry line is read as a notice beside it reads the name, renames followed: 市卫健委 -> 市卫生健康局 is 市卫生健康局.
		const key = context.engine.unitKey(found.name);
		const place = { uri: registry.uri, directory: registryDirectory(context, registry) };
		return {
			identity: unitIdentity({ name: found.name, key }, place),
			entry: entryIdentity({ name: found.name, key }, place),
			name: found.name,
			key,
			span: found.span,
			lineIndex: registry.registry.lineIndex,
			registry,
		};
	}
	return undefined;
}

/** The registries in force beside a registry file (its own among them), or the registry alone when another is configured. */
export function registryDirectory(context: ServiceContext, registry: IndexedRegistry): UnitDirectory | undefined {
	const registries = context.index.registriesFor(registry.uri);
	return registries.includes(registry.registry) ? context.index.directoryOf(registries) : context.index.directoryOf([registry.registry]);
}

/**
 * The findings of a notice or registry, with the configured severities, those the clerk hid left
 * out (in `hidden`): every feature reads them here, so a hidden finding is neither underlined,
 * fixed by fix-all, counted nor listed in the task table.
 */
export function documentFindings(context: ServiceContext, uri: string): DocumentFindings | undefined {
	const settings = context.settings();
	const { index } = context;
	const cached = (key: object, document: CheckedText, compute: () => Finding[]) => {
		const hit = context.findingCache.get(key);
		if (hit && hit.registryVersion === index.registryVersion && hit.hiddenVersion === index.hidden.version && hit.settings === settings) {
			return hit;
		}
		const { shown, hidden } = hideFindings(context, uri, compute(), document);
		const entry: CachedFindings = { registryVersion: index.registryVersion, hiddenVersion: index.hidden.version, settings, findings: shown, hidden };
		context.findingCache.set(key, entry);
		return entry;
	};
	const registry = index.getRegistry(uri);
	if (registry) {
		const { findings, hidden } = cached(registry.registry, { text: registry.registry.text }, () => context.engine.checkRegistry(registry.registry, settings.severity));
		return { findings, hidden, lineIndex: registry.registry.lineIndex };
	}
	const entry = index.getNotice(uri);
	const notice = entry && index.model(uri);
	if (!entry || !notice) {
		return undefined;
	}
	if (entry.tooLarge) {
		const finding: Finding = {
			code: 'file-too-large',
			severity: 'information',
			span: { start: 0, end: 0 },
			args: [`${Math.round(entry.length / 1000)} K`, `${Math.round(settings.maxFileSize / 1000)} K`],
			related: [],
		};
		return { findings: [finding], hidden: [], lineIndex: notice.lineIndex, notice };
	}
	// An open notice is read again after every edit: its tasks' local findings are kept (a file on disk is read once).
	const kept = entry.reading ? context.keptFindings : undefined;
	const { findings, hidden } = cached(notice, notice, () => context.engine.check(notice, index.directoryFor(uri), settings.severity, kept));
	return { findings, hidden, lineIndex: notice.lineIndex, notice };
}

/**
 * The findings of an open notice computed in steps (a notice-wide rule or two thousand tasks a step) and kept where
 * documentFindings finds them: a notice of megabytes is checked without blocking. The check stops at
 * the first step after its notice is no longer the one held (a newer version), or the registry, the
 * hidden findings or the settings changed: its findings would not be kept, and a newer reading in one
 * go writes again the lists of the one before the last (see SpareLists), which its rules would read
 * (typing in a 2 MB notice checked the versions the clerk had typed past to their end, each in tens
 * of steps, beside the reading of the newest).
 */
export function* findingsInSteps(context: ServiceContext, uri: string): Generator<void, void, void> {
	const settings = context.settings();
	const entry = context.index.getNotice(uri);
	const notice = entry?.notice;
	if (!entry || !notice || entry.tooLarge) {
		return;
	}
	const registryVersion = context.index.registryVersion;
	const hiddenVersion = context.index.hidden.version;
	const current = () => context.index.getNotice(uri)?.notice === notice && context.index.registryVersion === registryVersion && context.index.hidden.version === hiddenVersion && context.settings() === settings;
	const steps = context.engine.checkInSteps(notice, context.index.directoryFor(uri), settings.severity, entry.reading ? context.keptFindings : undefined);
	let step = steps.next();
	while (!step.done) {
		yield;
		if (!current()) {
			return;
		}
		step = steps.next();
	}
	if (current()) {
		const { shown, hidden } = hideFindings(context, uri, step.value, notice);
		context.findingCache.set(notice, { registryVersion, hiddenVersion, settings, findings: shown, hidden });
	}
}

/** The line index of an indexed notice or registry: edits to it are converted with it. */
export function lineIndexOf(context: ServiceContext, uri: string): RangeMapper | undefined {
	return context.index.getNotice(uri)?.digest.lineIndex ?? context.index.getRegistry(uri)?.registry.lineIndex;
}

/** The editor's version of an open notice or registry, which edits computed from it are for; undefined for a file read from disk. */
export function versionOf(context: ServiceContext, uri: string): number | undefined {
	return context.index.getNotice(uri)?.version ?? context.index.getRegistry(uri)?.version;
}

/** The URI as the index holds it (the editor's spelling for an open document). */
export function indexedUri(context: ServiceContext, uri: string): string {
	return context.index.getNotice(uri)?.uri ?? context.index.getRegistry(uri)?.uri ?? uri;
}
