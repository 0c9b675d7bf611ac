import { refusalMessage, isEditRefusal } from '../features/editRefusal';
import { fixAllEdits } from '../features/fixAll';
import { checkedOnce, quickFixes, type FileEdit, type QuickFix } from '../features/quickFixes';
import { renameUnitEdits, type RenameInput } from '../features/renameUnit';
import { candidatesToOffer, rankUnitCandidates, unitCompletionSite, type UnitCandidate } from '../features/unitCompletion';
import { entryIdentity, identityOfKey, ownRegistryUnitIdentity, placeBoundLevel, unitIdentity, type MentionPlace } from '../features/unitIdentity';
import { dirnameKey, uriKey } from '../workspace/uris';
import { folderOutOfYears } from '../workspace/fileNames';
import { UnitNameIndex } from '../features/unitNameIndex';
import { noticeYear } from '../model/noticeYear';
import { unitAt } from '../features/unitAt';
import type { UnitDirectory } from '../units/unitDirectory';
import { formatMessage } from '../checks/checkTable';
import { format, localize, message } from '../messages/message';
import { sameRange, type Position, type Range } from '../text/lineIndex';
import type { Registry } from '../units/registry';
import { registryAdditions } from '../units/registryEdits';
import { registryUriFor } from './registryUri';
import { hideFinding } from './hiddenEdits';
import { documentFindings, indexedUri, lineIndexOf, registryDirectory, unitAtPosition, versionOf, type ServiceContext, type UnitAtPosition } from './serviceContext';
import type { CodeActionItem, CompletionItem, EditorAbilities, RegistryCommand, RenameAnswer, WorkspaceChange } from './types';
import type { UnitMention } from '../model/types';

/** Unit names after a unit label or 、: the registry's, the workspace's, then the catalog's standard names, as the place may take them (see candidatesToOffer). */
export function completion(context: ServiceContext, uri: string, position: Position): CompletionItem[] | undefined {
	const notice = context.index.model(uri);
	const site = notice && unitCompletionSite(notice, notice.lineIndex.offsetAt(position));
	if (!notice || !site) {
		return undefined;
	}
	const { pinyin } = context;
	const candidates: UnitCandidate[] = [];
	const directory = context.index.directoryFor(uri);
	// Registry names from an index built once per registry change: a request reads a bounded number of them.
	const registryNames = directory?.derived('completion', (units) => new UnitNameIndex(units.names, pinyin)).matching(site.typed.trim()) ?? [];
	for (const name of registryNames) {
		candidates.push({ name, source: 'registry', uses: 0 });
	}
	// The name being typed is a mention of the notice already (`牵头单位：市发`): not a unit the workspace uses.
	const offset = notice.lineIndex.offsetAt(position);
	const typing = notice.units.find((mention) => mention.start <= offset && offset <= mention.end);
	const typingIdentity = typing && unitIdentity(typing, { uri, directory }, noticeYear(notice)?.year);
	for (const unit of context.index.units().values()) {
		const uses = unit.referenceCount - (unit.identity === typingIdentity ? 1 : 0);
		if (uses > 0) {
			candidates.push({ name: unit.name, source: 'workspace', uses });
		}
	}
	for (const name of context.engine.catalog.allNames(dominantLevel(notice.units))) {
		candidates.push({ name, source: 'catalog', uses: 0 });
	}
	// No unit the task names already, under any of its names (市发展改革委 after 市发改委、), nor a name its checks would underline.
	const fresh = candidatesToOffer(candidates, { notice, offset, site, typing, directory, catalog: context.engine.catalog, unitKey: (name) => context.engine.unitKey(name) });
	const range = notice.lineIndex.rangeOf(site.replaceSpan);
	const insertRange = notice.lineIndex.rangeOf(site.insertSpan);
	const locale = context.locale();
	const sources = { registry: format('completion.registry', [], locale), workspace: format('completion.workspace', [], locale), catalog: format('completion.catalog', [], locale) };
	return rankUnitCandidates(fresh, site, pinyin).map((candidate, index) => ({
		label: candidate.name,
		detail: candidate.uses > 0 ? format('completion.uses', [sources[candidate.source], candidate.uses], locale) : sources[candidate.source],
		insertRange,
		range,
		filterText: `${site.typed} ${pinyin.initials(candidate.name)} ${pinyin.full(candidate.name)} ${candidate.name}`,
		sortText: String(index).padStart(5, '0'),
	}));
}

/** The level prefixes counted by dominantLevel, in order of their rank on a tie. */
const LEVELS = ['省', '市', '县', '区'];

/** The place in LEVELS of a name's first character, -1 for none. */
function levelIndex(code: number): number {
	switch (code) {
		case 0x7701: // 省
			return 0;
		case 0x5e02: // 市
			return 1;
		case 0x53bf: // 县
			return 2;
		case 0x533a: // 区
			return 3;
		default:
			return -1;
	}
}

/**
 * 市 unless the notice's units mostly carry another level prefix. A loop over the mentions by their
 * first character: asked at every completion request, where a list of the names and a regular
 * expression per name took a fifth of the request in a 200 KB notice.
 */
function dominantLevel(units: readonly UnitMention[]): string {
	// By code, not charAt: a character outside Latin-1 read by charAt is a new string each time.
	const counts = [0, 0, 0, 0];
	for (let u = 0; u < units.length; u++) {
		const name = units[u].name;
		const level = levelIndex(name.charCodeAt(0));
		if (level >= 0 && !(level === 1 && name.charCodeAt(1) === 0x573a /* 场: 市场… */)) {
			counts[level]++;
		}
	}
	let best = -1;
	for (let level = 0; level < counts.length; level++) {
		if (counts[level] > 0 && (best < 0 || counts[level] > counts[best])) {
			best = level;
		}
	}
	return best < 0 ? '市' : LEVELS[best];
}

export function prepareRename(context: ServiceContext, uri: string, position: Position): { range: Range; placeholder: string } | undefined {
	const found = unitAtPosition(context, uri, position);
	return found ? { range: found.lineIndex.rangeOf(found.span), placeholder: found.name } : undefined;
}

/** Renames the spelling at a position in every notice of the workspace and in the registries, or says why it cannot be written safely. */
export function rename(context: ServiceContext, uri: string, position: Position, newName: string): RenameAnswer | undefined {
	const found = unitAtPosition(context, uri, position);
	if (!found) {
		return undefined;
	}
	const placeOf = places(context);
	const reaches = renamedIn(context, placeOf, { name: found.name, key: found.key }, found.entry);
	const result = renameUnitEdits({
		notices: context.index.allNotices().map((entry) => ({ uri: entry.uri, notice: entry.digest })),
		registries: context.index.allRegistries().map((entry) => entry.registry),
		oldKey: found.key,
		oldName: found.name,
		newName,
		reader: context.engine,
		// The registry entry, not the unit the views follow a rename to: renaming 市卫健委 edits its line and every notice writing it, whatever the notice's year.
		identity: found.entry,
		identityOf: (fileUri, mention) => entryIdentity(mention, placeOf(fileUri)),
		registryIdentityOf: (registry, key) => entryIdentity({ name: key, key }, placeOf(registry.uri)),
		// 清河县's 县财政局 is not 江北县's: a notice where the old name is another unit, or a registry not in force where it is this one, is not in the way.
		reaches,
		// Without a registry a unit is one key: no spelling of another can be left behind.
		spellings: context.index.allRegistries().length > 0 ? entrySpellings(context, uri, found) : undefined,
		namesUnitAfter: unitAfterRename(context),
	});
	if (isEditRefusal(result)) {
		return { refusal: localize(refusalMessage(result), context.locale()) };
	}
	const change = workspaceChange(context, result.edits);
	const elsewhere = inAnotherPlace(found, uri);
	if (elsewhere && change.files.some((file) => elsewhere(file.uri))) {
		const locale = context.locale();
		change.files = change.files.map((file) => (elsewhere(file.uri) ? { ...file, confirm: true } : file));
		change.confirmation = { label: format('rename.other-folder.label', [], locale), description: format('rename.other-folder.description', [found.name], locale) };
	}
	return { change };
}

/**
 * For a place-bound name no registry lists (县财政局 with no county registry in force), the files
 * in another folder than the notice the rename started from (folders named after years left out): two counties' notices kept side by side
 * without registries both write 县财政局, which the workspace reads as one unit (nothing tells them
 * apart), so their edits are the clerk's to confirm. Undefined when the unit is its registry entry
 * or a name that is one body anywhere (市财政局 in one city).
 */
function inAnotherPlace(found: UnitAtPosition, uri: string): ((fileUri: string) => boolean) | undefined {
	if (found.registry || found.entry !== identityOfKey(found.key) || placeBoundLevel(found.key) === undefined) {
		return undefined;
	}
	// A county's notices kept in folders by year (清河县/2024年/, 清河县/2025年/) are in one place.
	const folder = folderOutOfYears(uriKey(uri));
	return (fileUri) => folderOutOfYears(uriKey(fileUri)) !== folder;
}

/** Where a file's mentions are read (its registries in force), once per file for a rename's questions. */
function places(context: ServiceContext): (uri: string) => MentionPlace {
	const known = new Map<string, MentionPlace>();
	return (uri) => {
		let place = known.get(uri);
		if (!place) {
			const registry = context.index.getRegistry(uri);
			place = { uri, directory: registry ? registryDirectory(context, registry) : context.index.directoryFor(uri) };
			known.set(uri, place);
		}
		return place;
	};
}

/**
 * Whether a rename of the entry `entry` (written `old`) reaches a file: a notice where the old name
 * is that entry, a registry in force where it is (the city's above 清河县's notices, which would read
 * a 市财政局 the county's bureau is renamed to as the city's).
 */
function renamedIn(context: ServiceContext, placeOf: (uri: string) => MentionPlace, old: { name: string; key: string }, entry: string): (uri: string) => boolean {
	const names = (uri: string) => entryIdentity(old, placeOf(uri)) === entry;
	let inForce: Set<Registry> | undefined;
	return (uri) => {
		const registry = context.index.getRegistry(uri)?.registry;
		if (!registry) {
			return names(uri);
		}
		if (!inForce) {
			inForce = new Set();
			for (const file of [...context.index.allNotices(), ...context.index.allRegistries()]) {
				if (names(file.uri)) {
					placeOf(file.uri).directory?.registries.forEach((known) => inForce!.add(known));
				}
			}
		}
		return inForce.has(registry);
	};
}

/**
 * The names notices give a registry entry: its mentions are the unit's of the views in notices older
 * than its rename, its successor's in newer ones (see unitIdentity), so both units' names, and the
 * names of the units it was renamed to (the rename filters them by entry).
 */
function entrySpellings(context: ServiceContext, uri: string, found: UnitAtPosition): ReadonlySet<string> {
	const units = context.index.units();
	const names = new Set<string>();
	const add = (identity: string) => units.get(identity)?.mentionNames().forEach((name) => names.add(name));
	add(found.identity);
	add(found.entry);
	const directory = found.registry ? registryDirectory(context, found.registry) : context.index.directoryFor(uri);
	const seen = new Set<object>();
	for (let unit = directory?.resolve(found.name, found.key)?.unit; unit && directory && !seen.has(unit); unit = unit.successor === undefined ? undefined : directory.resolve(unit.successor)?.unit) {
		seen.add(unit);
		add(ownRegistryUnitIdentity(unit, directory));
	}
	return names;
}

/**
 * Whether a mention names the unit a new name names under a notice's registries as a rename writes
 * them (see RenameInput.namesUnitAfter); a directory built once per set of registries a rename edits.
 */
function unitAfterRename(context: ServiceContext): NonNullable<RenameInput['namesUnitAfter']> {
	const directories = new Map<string, UnitDirectory | undefined>();
	return (uri, mention, newName, renamed) => {
		const registries = context.index.registriesFor(uri);
		const set = registries.map((registry) => registry.uri).join('\n');
		let directory = directories.get(set);
		if (!directories.has(set)) {
			directory = registries.some((registry) => renamed.has(registry.uri)) ? context.engine.createDirectory(registries.map((registry) => renamed.get(registry.uri) ?? registry)) : context.index.directoryFor(uri);
			directories.set(set, directory);
		}
		const unit = directory?.resolve(newName)?.unit;
		return unit !== undefined && directory!.resolve(mention.name, mention.key)?.unit === unit;
	};
}

/** Engine file edits as ranges, each file's positions from its own text. */
export function workspaceChange(context: ServiceContext, edits: readonly FileEdit[]): WorkspaceChange {
	const files: WorkspaceChange['files'] = [];
	for (const fileEdit of edits) {
		const lineIndex = lineIndexOf(context, fileEdit.uri);
		if (lineIndex) {
			const version = versionOf(context, fileEdit.uri);
			files.push({ uri: indexedUri(context, fileEdit.uri), ...(version !== undefined ? { version } : {}), edits: fileEdit.edits.map((edit) => ({ range: lineIndex.rangeOf(edit.span), newText: edit.newText, ...(edit.cursor !== undefined ? { cursor: edit.cursor } : {}) })) });
		}
	}
	return { files };
}

/**
 * Quick fixes for the request's diagnostics (code and range), "忽略此处" for each of them that can be
 * hidden (in a notice or a registry), and the fix-all action. `canCreateFiles`: the client applies
 * file-create edits; without it "add to the registry" is offered only when a registry exists, and
 * hiding a finding where no hidden-findings file exists yet says what to do instead.
 */
export function codeActions(
	context: ServiceContext,
	uri: string,
	diagnostics: ReadonlyArray<{ code?: unknown; range: Range }>,
	wanted: { quickFixes: boolean; fixAll: boolean; canCreateFiles: boolean },
): CodeActionItem[] {
	const result = documentFindings(context, uri);
	if (!result) {
		return [];
	}
	const { findings, lineIndex, notice } = result;
	const locale = context.locale();
	const actions: CodeActionItem[] = [];
	const asked = wanted.quickFixes
		? diagnostics.flatMap((diagnostic, index) => {
				const finding = findings.find((candidate) => candidate.code === diagnostic.code && sameRange(lineIndex.rangeOf(candidate.span), diagnostic.range));
				return finding ? [{ finding, index }] : [];
			})
		: [];
	if (notice) {
		const suggested = registryUriFor(context, uri);
		const registries = context.index.registriesFor(uri);
		const directory = context.index.directoryFor(uri);
		const findingsBefore = checkedOnce(notice, context.engine, directory);
		for (const { finding, index } of asked) {
			const registry = registryToAddTo(registries, directory, finding.code === 'unknown-unit' ? unitAt(notice, finding.span.start) : undefined);
			// Named when it is not the notice's own: the create-registry command left the unit out of that one (see belongsElsewhere).
			const elsewhere = registry && registries[0] && uriKey(registry.uri) !== uriKey(registries[0].uri) ? context.workspace.describe(registry.uri) : undefined;
			const registryInput = registry ? { uri: registry.uri, text: registry.text, ...(elsewhere !== undefined ? { elsewhere } : {}) } : { uri: suggested, text: '' };
			for (const fix of quickFixes({ uri, notice, finding, registry: registryInput, reader: context.engine, directory, findingsBefore })) {
				const createsRegistry = !registry && fix.edits.some((fileEdit) => fileEdit.uri === suggested);
				if (createsRegistry && !wanted.canCreateFiles) {
					continue;
				}
				const change = createsRegistry ? newRegistry(context, fix, suggested) : workspaceChange(context, fix.edits);
				actions.push({ title: localize(fix.title, locale), kind: 'quickfix', diagnostics: [index], preferred: fix.preferred, change });
			}
		}
	}
	// Last among a finding's fixes: the text is right, the check is wrong here.
	for (const { finding, index } of asked) {
		const answer = hideFinding(context, uri, finding, notice ?? { text: lineIndex.text }, wanted.canCreateFiles);
		if (answer) {
			const title = asked.length > 1 ? format('fix.hide-which', [formatMessage(finding.code, finding.args, locale, finding.suggestions)], locale) : format('fix.hide', [], locale);
			actions.push({ title, kind: 'quickfix', diagnostics: [index], preferred: false, ...answer });
		}
	}
	if (wanted.fixAll && notice) {
		const edits = fixAllEdits({ uri, notice, findings, reader: context.engine, directory: context.index.directoryFor(uri) });
		if (edits.length > 0) {
			actions.push({ title: localize(message('fix.all'), locale), kind: 'fix-all', diagnostics: [], preferred: false, change: workspaceChange(context, [{ uri, edits }]) });
		}
	}
	return actions;
}

/**
 * The registry "add to the registry" writes a unit into: the nearest of the notice's registries that
 * lists a unit of its level (a district notice's 市大数据局 goes to the city's registry, beside its
 * 市财政局, not to the district's), the nearest for a name of no level. A unit of a level none lists
 * (区发改局 under the city's registry alone) is no unknown-unit: nothing is added for it here, where
 * it went into the city's registry and was vouched for in every district (see registryCommand).
 */
function registryToAddTo(registries: Registry[], directory: UnitDirectory | undefined, mention: UnitMention | undefined): Registry | undefined {
	return (mention && directory?.registryFor(mention.key)) ?? registries[0];
}

function sameFolder(a: string, b: string): boolean {
	return dirnameKey(uriKey(a)) === dirnameKey(uriKey(b));
}

/** "Add to the registry" when there is none yet: 单位名录.txt created beside the notice with the unit in it. */
function newRegistry(context: ServiceContext, fix: QuickFix, registryUri: string): WorkspaceChange {
	const text = fix.edits.filter((fileEdit) => fileEdit.uri === registryUri).flatMap((fileEdit) => fileEdit.edits.map((edit) => edit.newText)).join('');
	return newFile(registryUri, localize(message('registry.new-file-header'), context.locale()) + '\n' + text);
}

function appendAtEnd(context: ServiceContext, uri: string, file: { text: string; lineIndex: { positionAt(offset: number): Position } }, text: string): WorkspaceChange {
	const end = file.lineIndex.positionAt(file.text.length);
	const version = versionOf(context, uri);
	return { files: [{ uri, ...(version !== undefined ? { version } : {}), edits: [{ range: { start: end, end }, newText: text }] }] };
}

function newFile(uri: string, text: string): WorkspaceChange {
	const start = { line: 0, character: 0 };
	return { create: uri, files: [{ uri, edits: [{ range: { start, end: start }, newText: text }] }] };
}

/** Whether a unit is known to the registries, or of a level they judge (see UnitDirectory.judges). */
function judgedBy(directory: UnitDirectory | undefined): (unit: { name: string; key: string }) => boolean {
	return (unit) => directory !== undefined && (directory.resolve(unit.name, unit.key) !== undefined || directory.judges(unit.key));
}

/**
 * Whether the notice names a unit of a place's own level none of its registries lists a unit of (see
 * UnitDirectory.judges): a district's 区… under its city's registry. The State's, a province's or a prefecture's
 * bodies (国家发展改革委, 省财政厅, 州民宗委) are no registry's below the one in force: a county notice in 2025年/ naming
 * 州数据局 got a new 2025年/单位名录.txt holding it alone, and its own new 县数据局 stayed unknown.
 */
function namesUnlistedLevel(units: readonly UnitMention[], directory: UnitDirectory | undefined): boolean {
	const judged = judgedBy(directory);
	return directory !== undefined && units.some((unit) => !unit.collective && !judged(unit) && !ABOVE_PLACES.test(directory.unlistedLevel(unit.key) ?? ''));
}

const ABOVE_PLACES = /^body\|(?:国家|省|州)$/;

/**
 * What the command leaves out of the nearest registry in force: a unit another registry in force lists (the city's
 * 市农业农村局 above a district's registry), or one of a level another lists units of and this one does not (a new or
 * misspelt 市… goes to the city's registry, see registryFor). Appended to the district's, three such lines made it judge
 * every 市… name.
 */
function belongsElsewhere(directory: UnitDirectory, target: Registry): (unit: { name: string; key: string }) => boolean {
	return (unit) => {
		const known = directory.resolve(unit.name, unit.key);
		const home = known ? known.unit.uri : directory.registryFor(unit.key)?.uri;
		return home !== undefined && uriKey(home) !== uriKey(target.uri);
	};
}

/**
 * The notice's units not yet listed, appended to the registry in force, or written into a new
 * 单位名录.txt beside the notice: there too when the notice names units of a level no registry in
 * force lists (a district's notice under its city's registry alone), and then only those; refused, with what to do by hand, where the editor cannot make it.
 * A 单位名录.txt already beside the notice that the index does not hold (written by another
 * program, in a folder the scan skips) is read first and appended to: created over, it got the
 * notice's units put before its own lines. A notice never saved has no folder to put one in.
 */
export async function registryCommand(context: ServiceContext, uri: string, editor: EditorAbilities = { canApplyEdits: true, canCreateFiles: true }): Promise<RegistryCommand | undefined> {
	const notice = context.index.model(uri);
	if (!notice) {
		return undefined;
	}
	const locale = context.locale();
	const title = localize(message('edit.create-registry'), locale);
	const refusal = (id: 'refusal.notice-not-saved' | 'refusal.registry-unreadable', target: string): RegistryCommand => ({ target, change: { files: [] }, createsFile: false, title, refusal: format(id, [context.workspace.describe(target)], locale) });
	if (!uri.startsWith('file:')) {
		return refusal('refusal.notice-not-saved', uri);
	}
	let existing: Registry | undefined = context.index.registriesFor(uri)[0];
	const directory = context.index.directoryFor(uri);
	// 临川区/'s notice under the city's registry alone: its 区 units make a registry of its own beside it; the
	// city's registry keeps judging the rest (a misspelt 市财正局 is not made known by being listed there). Not a
	// notice beside its registry: a city notice naming 国家发展改革委 or 省财政厅 got them appended to the city's
	// registry, and its own new 市大数据局 left out.
	const ownRegistry =
		directory !== undefined && existing !== undefined && !context.workspace.registryInUse && namesUnlistedLevel(notice.units, directory) && !sameFolder(existing.uri, registryUriFor(context, uri));
	if (ownRegistry) {
		existing = undefined;
	}
	if (!existing && !context.workspace.registryInUse) {
		const beside = registryUriFor(context, uri);
		if ((await context.workspace.fileSystem.stat(beside)) !== 'missing') {
			await context.workspace.readInTurn(beside);
			existing = context.index.getRegistry(beside)?.registry;
			if (!existing) {
				return refusal('refusal.registry-unreadable', beside);
			}
		}
	}
	const target = existing ? indexedUri(context, existing.uri) : registryUriFor(context, uri);
	// Lines in the registry's own line breaks, after one when its last line has none.
	const leftOut = ownRegistry ? judgedBy(directory) : existing && directory && belongsElsewhere(directory, existing);
	const append = registryAdditions(notice.units, existing?.text ?? '', context.engine.catalog, context.engine.fold, leftOut);
	const change = existing ? appendAtEnd(context, target, existing, append.separator + append.lines) : newFile(target, append.lines);
	const createsFile = !existing;
	const refused = !editor.canApplyEdits ? 'refusal.cannot-apply-edits' : createsFile && !editor.canCreateFiles ? 'refusal.cannot-create-files' : undefined;
	return { target, change, createsFile, title, ...(refused ? { refusal: format(refused, [target], locale) } : {}) };
}
