import { formatMessage } from '../checks/checkTable';
import type { Finding } from '../checks/finding';
import { entryKey, hiddenEntryFor, type CheckedText, type HiddenEntry } from '../features/hiddenFindings';
import { hiddenFileWith, hiddenFileWithout, parseHiddenFile, type HiddenFileEdit } from '../features/hiddenFindingsFile';
import { format, localize, message, type Locale } from '../messages/message';
import { LineIndex } from '../text/lineIndex';
import { hiddenFindingsUriIn } from '../workspace/fileNames';
import { relativePath, type IndexedHiddenFile } from '../workspace/hiddenFileIndex';
import { isInside, uriKey } from '../workspace/uris';
import { documentFindings, type ServiceContext } from './serviceContext';
import type { HiddenFileAnswer, HiddenFindingItem, HiddenFindingsList } from './types';

/** Where a finding of `uri` is recorded, and under which notice path. */
type HideTarget =
	| { kind: 'file'; file: IndexedHiddenFile; notice: string }
	| { kind: 'new'; uri: string; notice: string }
	| { kind: 'none' };

/**
 * The file a new hidden finding goes into: the nearest `.breakdown/ignore.json` that applies to the
 * document; else a new one beside the nearest registry that applies (the folder a clerk keeps
 * with its notices), or at the root of the workspace folder holding the document.
 */
function hideTarget(context: ServiceContext, uri: string): HideTarget {
	const existing = context.index.hidden.filesFor(uri)[0];
	if (existing) {
		return { kind: 'file', file: existing.file, notice: existing.notice };
	}
	const key = uriKey(uri);
	const folder = context.workspace.folders.find((candidate) => isInside(key, uriKey(candidate).replace(/\/$/, '')));
	if (!folder) {
		return { kind: 'none' };
	}
	const registry = context.index.registriesFor(uri)[0];
	const registryFolder = registry && registry.uri.slice(0, registry.uri.lastIndexOf('/'));
	const home = registryFolder && isInside(uriKey(registryFolder), uriKey(folder).replace(/\/$/, '')) && key.startsWith(uriKey(registryFolder) + '/') ? registryFolder : folder;
	return { kind: 'new', uri: hiddenFindingsUriIn(home), notice: relativePath(key, uriKey(home).replace(/\/?$/, '/')) };
}


export function hideFinding(context: ServiceContext, uri: string, finding: Finding, document: CheckedText, canCreateFiles: boolean): HiddenFileAnswer | undefined {
	const target = hideTarget(context, uri);
	const locale = context.locale();
	if (target.kind === 'none') {
		return { refusal: localize(message('refusal.hidden-no-folder'), locale) };
	}
	const entry = hiddenEntryFor(finding, document, target.notice);
	if (!entry) {
		return undefined;
	}
	if (target.kind === 'new') {
		if (!canCreateFiles) {
			return { refusal: localize(message('refusal.hidden-file-cannot-create', context.workspace.describe(target.uri)), locale) };
		}
		const edit = hiddenFileWith(parseHiddenFile(''), entry);
		const start = { line: 0, character: 0 };
		return edit.ok ? { change: { create: target.uri, files: [{ uri: target.uri, edits: [{ range: { start, end: start }, newText: edit.text }] }] }, save: target.uri } : undefined;
	}
	return rewrite(context, target.file, (read) => hiddenFileWith(read, entry));
}

/** The file's whole text replaced by the edit's, or a refusal for a file not read in full (it is never rewritten). */
function rewrite(context: ServiceContext, file: IndexedHiddenFile, edit: (read: NonNullable<IndexedHiddenFile['read']>) => HiddenFileEdit): HiddenFileAnswer {
	const refusal = { refusal: localize(message('refusal.hidden-file-broken', context.workspace.describe(file.uri)), context.locale()) };
	if (file.read === undefined || file.text === undefined) {
		return refusal;
	}
	const result = edit(file.read);
	if (!result.ok) {
		return refusal;
	}
	const lines = new LineIndex(file.text);
	return { change: { files: [{ uri: file.uri, edits: [{ range: lines.rangeOf({ start: 0, end: file.text.length }), newText: result.text }] }] }, save: file.uri };
}

/** Every hidden finding of the workspace: what it hides now (or that it no longer matches), where, and why it was hidden. */
export function hiddenFindings(context: ServiceContext): HiddenFindingsList {
	const locale = context.locale();
	const items: HiddenFindingItem[] = [];
	const problems: string[] = [];
	const documents = [...context.index.allNotices(), ...context.index.allRegistries()].map((entry) => ({ uri: entry.uri, key: uriKey(entry.uri) }));
	for (const file of context.index.hidden.all()) {
		if (file.problem) {
			problems.push(localize(file.problem, locale));
			continue;
		}
		// What each entry hides now, found by checking the documents it names.
		const matches = new Map<HiddenEntry, { uri: string; finding: Finding; task?: string; lineIndex: LineIndex }>();
		for (const document of documents) {
			if (document.key.startsWith(file.folderKey) && file.notices.has(relativePath(document.key, file.folderKey))) {
				const found = documentFindings(context, document.uri);
				for (const { entry, finding } of found?.hidden ?? []) {
					const task = found?.notice?.tasks.find((candidate) => candidate.start <= finding.span.start && finding.span.start < candidate.end);
					matches.set(entry, { uri: document.uri, finding, task: task && String(task.marker.number), lineIndex: found!.lineIndex });
				}
			}
		}
		for (const entry of file.entries) {
			const match = matches.get(entry);
			const what = match ? formatMessage(match.finding.code, match.finding.args, locale, match.finding.suggestions) : staleLabel(entry, locale);
			items.push({
				file: file.uri,
				key: entryKey(entry),
				label: what,
				description: match?.task ? format('hidden.in-task', [entry.notice, match.task], locale) : entry.notice,
				detail: entry.note ? format('hidden.quote-and-note', [entry.quote, entry.note], locale) : format('hidden.quote', [entry.quote], locale),
				matches: match !== undefined,
				...(match ? { location: { uri: match.uri, range: match.lineIndex.rangeOf(match.finding.span) } } : {}),
			});
		}
	}
	return { items, problems };
}

/** An entry whose task reads otherwise now: its code and subject, said to no longer match. */
function staleLabel(entry: HiddenEntry, locale: Locale): string {
	return entry.subject ? format('hidden.stale', [entry.code, entry.subject], locale) : format('hidden.stale-no-subject', [entry.code], locale);
}

/** The hidden-findings file without the entries named by key: the change, or why the file cannot be rewritten. */
export function unhideFindings(context: ServiceContext, fileUri: string, keys: readonly string[]): HiddenFileAnswer | undefined {
	const file = context.index.hidden.get(fileUri);
	if (!file) {
		return undefined;
	}
	const remove = new Set(keys);
	return rewrite(context, file, (read) => hiddenFileWithout(read, (entry) => remove.has(entryKey(entry))));
}
