import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../core/checks/checkTable';
import type { Finding } from '../core/checks/finding';
import type { BreakdownEngine } from '../core/engine';
import { unitAt } from '../core/features/unitAt';
import { identityOfKey, unitIdentity } from '../core/features/unitIdentity';
import { registryNameAt, registryUnitAt, writtenNameSpan } from '../core/features/renameUnit';
import type { Notice, UnitMention } from '../core/model/types';
import type { LineIndex, Position, Span } from '../core/text/lineIndex';
import type { BreakdownSettings } from './settings';
import type { IndexedNotice, IndexedRegistry, WorkspaceIndex } from '../core/workspace/workspaceIndex';

/** What every feature handler works with. One per server; no module-level state. */
export interface ServerContext {
	engine: BreakdownEngine;
	index: WorkspaceIndex;
	documents: TextDocuments<TextDocument>;
	settings(): BreakdownSettings;
	locale(): Locale;
	/** Findings per parsed notice or registry, valid while the registries and settings are unchanged. */
	findingCache: WeakMap<object, { registryVersion: number; settings: BreakdownSettings; findings: Finding[] }>;
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

export function unitAtPosition(context: ServerContext, uri: string, position: Position): UnitAtPosition | undefined {
	const notice = context.index.getNotice(uri);
	const model = notice && context.index.model(uri);
	if (notice && model) {
		const offset = model.lineIndex.offsetAt(position);
		const mention = unitAt(model, offset);
		if (!mention) {
			return undefined;
		}
		const directory = context.index.directoryFor(uri);
		return {
			identity: unitIdentity(mention, directory),
			name: mention.name,
			key: mention.key,
			span: writtenNameSpan(mention),
			lineIndex: model.lineIndex,
			mention,
			notice,
		};
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
export function findingsFor(context: ServerContext, uri: string): { findings: Finding[]; lineIndex: LineIndex; notice?: Notice } | undefined {
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
