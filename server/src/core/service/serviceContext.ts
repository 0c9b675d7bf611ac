import type { Finding } from '../checks/finding';
import type { BreakdownEngine } from '../engine';
import type { PinyinIndex } from '../features/pinyinIndex';
import { registryNameAt, registryUnitAt, writtenNameSpan } from '../features/renameUnit';
import { unitAt } from '../features/unitAt';
import { identityOfKey, unitIdentity } from '../features/unitIdentity';
import type { Locale } from '../messages/message';
import type { Notice, UnitMention } from '../model/types';
import type { LineIndex, Position, RangeMapper, Span } from '../text/lineIndex';
import type { Workspace } from '../workspace/workspace';
import type { IndexedNotice, IndexedRegistry, WorkspaceIndex } from '../workspace/workspaceIndex';
import type { DocumentAnswers } from './documentAnswers';
import type { BreakdownSettings } from './settings';

/** What every feature of the service works with. One per service; no module-level state. */
export interface ServiceContext {
	engine: BreakdownEngine;
	workspace: Workspace;
	index: WorkspaceIndex;
	pinyin: PinyinIndex;
	settings(): BreakdownSettings;
	locale(): Locale;
	/** Findings per parsed notice or registry, valid while the registries and settings are unchanged. */
	findingCache: WeakMap<object, { registryVersion: number; settings: BreakdownSettings; findings: Finding[] }>;
	/** A document's outline, tokens, folding ranges, diagnostics and code lenses, kept for the state they were computed in. */
	answers: DocumentAnswers;
}

/** The unit at a position, in a notice or in a registry file. */
export interface UnitAtPosition {
	identity: string;
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
		const directory = context.index.directoryFor(uri);
		return { identity: unitIdentity(mention, directory), name: mention.name, key: mention.key, span: writtenNameSpan(mention), lineIndex: model.lineIndex, mention, notice };
	}
	const registry = context.index.getRegistry(uri);
	if (registry) {
		const offset = registry.registry.lineIndex.offsetAt(position);
		const found = registryNameAt(registry.registry, offset);
		if (!found) {
			return undefined;
		}
		const unit = registryUnitAt(registry.registry, offset)!;
		return {
			identity: identityOfKey(context.engine.unitKey(unit.canonical)),
			name: found.name,
			key: context.engine.unitKey(found.name),
			span: found.span,
			lineIndex: registry.registry.lineIndex,
			registry,
		};
	}
	return undefined;
}

/** The findings of a notice or registry, with the configured severities. */
export function documentFindings(context: ServiceContext, uri: string): { findings: Finding[]; lineIndex: LineIndex; notice?: Notice } | undefined {
	const settings = context.settings();
	const cached = (key: object, compute: () => Finding[]) => {
		const hit = context.findingCache.get(key);
		if (hit && hit.registryVersion === context.index.registryVersion && hit.settings === settings) {
			return hit.findings;
		}
		const findings = compute();
		context.findingCache.set(key, { registryVersion: context.index.registryVersion, settings, findings });
		return findings;
	};
	const registry = context.index.getRegistry(uri);
	if (registry) {
		return { findings: cached(registry.registry, () => context.engine.checkRegistry(registry.registry, settings.severity)), lineIndex: registry.registry.lineIndex };
	}
	const entry = context.index.getNotice(uri);
	const notice = entry && context.index.model(uri);
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
		return { findings: [finding], lineIndex: notice.lineIndex, notice };
	}
	const findings = cached(notice, () => context.engine.check(notice, context.index.directoryFor(uri), settings.severity));
	return { findings, lineIndex: notice.lineIndex, notice };
}

/** The line index of an indexed notice or registry: edits to it are converted with it. */
export function lineIndexOf(context: ServiceContext, uri: string): RangeMapper | undefined {
	return context.index.getNotice(uri)?.digest.lineIndex ?? context.index.getRegistry(uri)?.registry.lineIndex;
}

/** The URI as the index holds it (the editor's spelling for an open document). */
export function indexedUri(context: ServiceContext, uri: string): string {
	return context.index.getNotice(uri)?.uri ?? context.index.getRegistry(uri)?.uri ?? uri;
}
