import {
	CodeActionKind,
	CompletionItemKind,
	LSPErrorCodes,
	ResponseError,
	type CodeAction,
	type CompletionList,
	type Diagnostic,
	type TextEdit as LspTextEdit,
	type WorkspaceEdit,
} from 'vscode-languageserver';
import { formatRefusal, isEditRefusal } from '../core/features/editRefusal';
import { fixAllEdits } from '../core/features/fixAll';
import { format, localize, message } from '../core/messages/message';
import type { PinyinIndex } from '../core/features/pinyinIndex';
import { quickFixes, type FileEdit, type QuickFix } from '../core/features/quickFixes';
import { renameUnitEdits } from '../core/features/renameUnit';
import { rankUnitCandidates, unitCompletionSite, type UnitCandidate } from '../core/features/unitCompletion';
import { UnitNameIndex } from '../core/features/unitNameIndex';
import type { Position, Range, RangeMapper } from '../core/text/lineIndex';
import { registryAdditions } from '../core/units/registryEdits';
import { findingsFor, unitAtPosition, type ServerContext } from './serverContext';

/** Unit names after a unit label or 、: the registry's, the workspace's, then the catalog's standard names. */
export function completion(context: ServerContext, uri: string, position: Position, pinyin: PinyinIndex): CompletionList | undefined {
	const notice = context.index.model(uri);
	if (!notice) {
		return undefined;
	}
	const site = unitCompletionSite(notice, notice.lineIndex.offsetAt(position));
	if (!site) {
		return undefined;
	}
	const candidates: UnitCandidate[] = [];
	// Registry names from an index built once per registry change: a request reads a bounded number of them.
	const registryNames = context.index.directoryFor(uri)?.derived('completion', (directory) => new UnitNameIndex(directory.names)).matching(site.typed.trim(), pinyin) ?? [];
	for (const name of registryNames) {
		candidates.push({ name, source: 'registry', uses: 0 });
	}
	for (const unit of context.index.units().values()) {
		candidates.push({ name: unit.name, source: 'workspace', uses: unit.references.length });
	}
	for (const name of context.engine.catalog.allNames(dominantLevel(notice.units.map((unit) => unit.name)))) {
		candidates.push({ name, source: 'catalog', uses: 0 });
	}
	const ranked = rankUnitCandidates(candidates, site, pinyin);
	const range = notice.lineIndex.rangeOf(site.replaceSpan);
	const locale = context.locale();
	const details = { registry: format('completion.registry', [], locale), workspace: format('completion.workspace', [], locale), catalog: format('completion.catalog', [], locale) };
	return {
		isIncomplete: true,
		items: ranked.map((candidate, index) => ({
			label: candidate.name,
			kind: CompletionItemKind.Unit,
			detail: candidate.uses > 0 ? format('completion.uses', [details[candidate.source], candidate.uses], locale) : details[candidate.source],
			textEdit: { range, newText: candidate.name },
			filterText: `${site.typed} ${pinyin.initials(candidate.name)} ${pinyin.full(candidate.name)} ${candidate.name}`,
			sortText: String(index).padStart(5, '0'),
		})),
	};
}

/** 市 unless the notice's units mostly carry another level prefix. */
function dominantLevel(names: readonly string[]): string {
	const counts = new Map<string, number>();
	for (const name of names) {
		if (/^[省市县区]/.test(name) && !name.startsWith('市场')) {
			counts.set(name[0], (counts.get(name[0]) ?? 0) + 1);
		}
	}
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '市';
}

export function prepareRename(context: ServerContext, uri: string, position: Position): { range: Range; placeholder: string } | undefined {
	const found = unitAtPosition(context, uri, position);
	return found ? { range: found.lineIndex.rangeOf(found.span), placeholder: found.name } : undefined;
}

/** Renames the spelling at a position in every notice of the workspace and in the registries; a rename that cannot be written safely answers an error with the reason. */
export function rename(context: ServerContext, uri: string, position: Position, newName: string): WorkspaceEdit | undefined {
	const found = unitAtPosition(context, uri, position);
	if (!found) {
		return undefined;
	}
	const result = renameUnitEdits({
		notices: context.index.allNotices().map((entry) => ({ uri: entry.uri, notice: entry.digest })),
		registries: context.index.allRegistries().map((entry) => entry.registry),
		oldKey: found.key,
		oldName: found.name,
		newName,
		reader: context.engine,
	});
	if (isEditRefusal(result)) {
		throw new ResponseError(LSPErrorCodes.RequestFailed, formatRefusal(result, context.locale()));
	}
	return toWorkspaceEdit(context, result.edits);
}

/** Converts engine file edits, with positions from each file's own text. */
export function toWorkspaceEdit(context: ServerContext, edits: readonly FileEdit[]): WorkspaceEdit {
	const changes: Record<string, LspTextEdit[]> = {};
	for (const fileEdit of edits) {
		const lineIndex = lineIndexOf(context, fileEdit.uri);
		if (!lineIndex) {
			continue;
		}
		const uri = context.index.getNotice(fileEdit.uri)?.uri ?? context.index.getRegistry(fileEdit.uri)?.uri ?? fileEdit.uri;
		changes[uri] = [...(changes[uri] ?? []), ...fileEdit.edits.map((edit) => ({ range: lineIndex.rangeOf(edit.span), newText: edit.newText }))];
	}
	return { changes };
}

function lineIndexOf(context: ServerContext, uri: string): RangeMapper | undefined {
	return context.index.getNotice(uri)?.digest.lineIndex ?? context.index.getRegistry(uri)?.registry.lineIndex;
}

/** The fix-all source action's kind; VS Code's `editor.codeActionsOnSave` asks for exactly this. */
export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.breakdown';

/**
 * Quick fixes for the diagnostics in the request, and a fix-all source action. `canCreateFiles`:
 * the client applies file-create edits; without it "add to the registry" is offered only when a
 * registry exists.
 */
export function codeActions(
	context: ServerContext,
	uri: string,
	diagnostics: readonly Diagnostic[],
	only: readonly string[] | undefined,
	suggestedRegistry: string,
	canCreateFiles: boolean,
): CodeAction[] {
	const result = findingsFor(context, uri);
	if (!result?.notice) {
		return [];
	}
	const { findings, lineIndex, notice } = result;
	const registry = context.index.registriesFor(uri)[0];
	const registryInput = registry ? { uri: registry.uri, text: registry.text } : { uri: suggestedRegistry, text: '' };
	const creating = !registry;
	const fixesOf = (finding: (typeof findings)[number]) => quickFixes({ uri, notice, finding, registry: registryInput, reader: context.engine });
	const actions: CodeAction[] = [];
	const wants = (kind: string) => !only || only.some((prefix) => kind === prefix || kind.startsWith(prefix + '.'));
	const locale = context.locale();

	if (wants(CodeActionKind.QuickFix)) {
		for (const diagnostic of diagnostics) {
			const finding = findings.find(
				(candidate) => candidate.code === diagnostic.code && sameRange(lineIndex.rangeOf(candidate.span), diagnostic.range),
			);
			if (!finding) {
				continue;
			}
			for (const fix of fixesOf(finding)) {
				const createsRegistry = creating && fix.edits.some((fileEdit) => fileEdit.uri === suggestedRegistry);
				if (createsRegistry && !canCreateFiles) {
					continue;
				}
				const edit = createsRegistry ? createRegistryEdit(context, fix, suggestedRegistry) : toWorkspaceEdit(context, fix.edits);
				actions.push({ title: localize(fix.title, locale), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit });
			}
		}
	}
	if (wants(FIX_ALL_KIND)) {
		const fixAll = fixAllEdits({ uri, notice, findings, reader: context.engine });
		if (fixAll.length > 0) {
			actions.push({
				title: localize(message('fix.all'), locale),
				kind: FIX_ALL_KIND,
				edit: toWorkspaceEdit(context, [{ uri, edits: fixAll }]),
			});
		}
	}
	return actions;
}

/** "Add to the registry" when there is none yet: create 单位名录.txt beside the notice with the unit in it. */
function createRegistryEdit(context: ServerContext, fix: QuickFix, registryUri: string): WorkspaceEdit {
	const text = fix.edits.filter((fileEdit) => fileEdit.uri === registryUri).flatMap((fileEdit) => fileEdit.edits.map((edit) => edit.newText)).join('');
	const header = localize(message('registry.new-file-header'), context.locale()) + '\n';
	return newFileEdit(registryUri, header + text);
}

/** Creates a file (kept if it exists) and writes `text` at its start: needs a client that creates files. */
function newFileEdit(uri: string, text: string): WorkspaceEdit {
	const start = { line: 0, character: 0 };
	return { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [{ range: { start, end: start }, newText: text }] }] };
}

function sameRange(a: Range, b: Range): boolean {
	return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * The edit behind the "create registry" command: the notice's units not yet listed, appended to
 * the registry in force, or written into a new 单位名录.txt at `suggestedRegistry(uri)`.
 */
export function registryCommandEdit(
	context: ServerContext,
	uri: string,
	suggestedRegistry: (uri: string) => string,
): { target: string; edit: WorkspaceEdit; createsFile: boolean } | undefined {
	const existing = context.index.registriesFor(uri)[0];
	const target = existing ? (context.index.getRegistry(existing.uri)?.uri ?? existing.uri) : suggestedRegistry(uri);
	const notice = context.index.model(uri);
	if (!notice) {
		return undefined;
	}
	// Lines in the registry's own line breaks, after one when its last line has none.
	const append = registryAdditions(notice.units, existing?.text ?? '', context.engine.catalog, context.engine.fold);
	if (existing) {
		const end = existing.lineIndex.positionAt(existing.text.length);
		return { target, edit: { changes: { [target]: [{ range: { start: end, end }, newText: append.separator + append.lines }] } }, createsFile: false };
	}
	return { target, edit: newFileEdit(target, append.lines), createsFile: true };
}
