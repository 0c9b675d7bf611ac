import { CompactNoticeDigest, type MentionDigest, type NoticeDigest } from '../model/noticeDigest';
import type { Notice, UnitMention } from '../model/types';
import { lastAtOrBefore } from '../text/characters';
import { levelPrefixOf } from '../units/unitNames';
import type { Span } from '../text/lineIndex';
import type { Registry, RegistryUnit } from '../units/registry';
import { fileNameOf, type EditRefusal } from './editRefusal';
import { applyEdits, type FileEdit, type TextEdit } from './quickFixes';
import { readBackMismatch, type MentionChange, type NoticeReader, type ReadBackMismatch } from './readBack';
import { ReadingComparer } from './readsAlike';
import { nameSpanOf } from '../model/spansOf';
import { flatText, type NoticeText } from '../text/noticeText';

/** The part of a mention a rename replaces: the name as written, without the parenthesis after it. */
export function writtenNameSpan(mention: UnitMention): Span {
	return nameSpanOf(mention);
}

/** A registry name (canonical, alias, or the successor after an arrow) at `offset`. */
export function registryNameAt(registry: Registry, offset: number): { name: string; span: Span } | undefined {
	const unit = registryUnitAt(registry, offset);
	if (!unit) {
		return undefined;
	}
	const names = [unit.canonical, ...unit.aliases];
	const index = unit.nameSpans.findIndex((span) => offset >= span.start && offset <= span.end);
	if (index >= 0) {
		return { name: names[index], span: unit.nameSpans[index] };
	}
	if (unit.successor && unit.successorSpan && offset >= unit.successorSpan.start && offset <= unit.successorSpan.end) {
		return { name: unit.successor, span: unit.successorSpan };
	}
	return undefined;
}

/** The registry unit whose line holds `offset` (units are in line order). */
export function registryUnitAt(registry: Registry, offset: number): RegistryUnit | undefined {
	const units = registry.units;
	const unit = units[lastAtOrBefore(units.length, (index) => units[index].lineSpan.start, offset)];
	return unit && offset >= unit.lineSpan.start && offset <= unit.lineSpan.end ? unit : undefined;
}

/** How a rename reads what it writes (a BreakdownEngine is one). */
export interface UnitReader extends NoticeReader {
	parseRegistry(text: string, uri: string): Registry;
}

export interface RenameInput {
	notices: ReadonlyArray<{ uri: string; notice: NoticeDigest }>;
	registries: readonly Registry[];
	/** The key of the spelling being renamed (UnitMention.key). */
	oldKey: string;
	/** The name being renamed as spelled where the rename started (UnitMention.name, or the registry name). */
	oldName: string;
	newName: string;
	/** Every edited file is read again: a rename that would not read back as intended is refused. */
	reader: UnitReader;
	/**
	 * The registry entry being renamed (entryIdentity) and a mention's entry in its notice: with them
	 * only the mentions of that entry are renamed (清河县's 县财政局, not 江北县's, each county's
	 * registry listing its own), and a mention that reaches it at another level (`责任单位：市发改委、财政局`
	 * under a registry listing 市财政局) is renamed too, as references list it; without them, every
	 * mention of the spelling's key.
	 */
	identity?: string;
	identityOf?: (uri: string, mention: Pick<MentionDigest, 'name' | 'key'>) => string;
	/** The entry a registry's name (by key) names there, as identityOf reads it. */
	registryIdentityOf?: (registry: Registry, key: string) => string;
	/**
	 * Whether the old name, written in a notice or beside a registry (by URI), names the unit renamed:
	 * where it does not (another county's), a unit already named as the new name is no conflict.
	 */
	reaches?: (uri: string) => boolean;
	/**
	 * The names the unit's mentions give it (WorkspaceUnit.mentionNames), and whether a mention names
	 * the unit `newName` names once the registries are those the rename writes (`renamed`, by URI):
	 * with them, a spelling of another key that would no longer name the unit refuses the rename.
	 */
	spellings?: ReadonlySet<string>;
	namesUnitAfter?: (uri: string, mention: Pick<MentionDigest, 'name' | 'key'>, newName: string, renamed: ReadonlyMap<string, Registry>) => boolean;
}

export type RenameResult = { edits: FileEdit[] } | EditRefusal;

/** Characters that make a text more than one name, or a registry line more than a name. */
const NOT_IN_A_NAME = /\r\n|[\r\n\u2028\u2029]|[、，,；;|│：:=＝#]|->|→|=>/;

/**
 * Renames one spelling of a unit everywhere: every mention with its key, in every notice, and the
 * registry names with that key. A mention written short (`商务局` after `市发改委、`) stays short,
 * so renaming back restores the text byte for byte. Every edited notice and registry is read again
 * (a notice whose mentions are all written in full, with a new name read alike in every list, need
 * not be: see ReadingComparer); when any of them would read otherwise than intended
 * (`市财政局等市X` read as one unit, `试商务局` after `市发改委、` read as 市试商务局), or a spelling of
 * the unit would be left behind (see strandedSpelling), the rename is refused with the reason, and
 * nothing is written.
 */
export function renameUnitEdits(input: RenameInput): RenameResult {
	const name = input.newName.trim();
	const invalid = invalidName(name, input.reader);
	if (invalid) {
		return invalid;
	}
	// Renaming a name to itself changes nothing: no edit, so no file is marked changed.
	if (name === input.oldName) {
		return { edits: [] };
	}
	const newKey = input.reader.unitKey(name);
	const inScope = input.reaches ?? (() => true);
	const taken = takenInRegistries(input.registries.filter((registry) => inScope(registry.uri)), input.oldKey, newKey);
	if (taken) {
		return taken.canonical === name ? { refusal: 'name-registered', args: [name] } : { refusal: 'name-taken', args: [name, taken.canonical] };
	}
	// Without a registry too, a name another unit already has would make two units one (市财政局 → 市发改委 beside 市发改委).
	const used = newKey !== input.oldKey ? mentionOfAnotherUnit(input, newKey) : undefined;
	if (used) {
		return { refusal: 'name-in-use', args: [name, fileNameOf(used.uri), String(used.notice.lineIndex.positionAt(used.start).line + 1)] };
	}
	// Another spelling of the old name (普陀山—朱家尖管委会 beside 普陀山-朱家尖管委会, 市財政局 in a
	// Traditional notice beside 市财政局 in the registry) is renamed in its own spelling, so renaming back
	// restores it; one written at another level (财政局 for 市财政局) keeps its level.
	const spellings = new Map<string, string | EditRefusal>();
	const respelled = (spelling: string, key: string): string | EditRefusal => {
		let result = spellings.get(spelling);
		if (result === undefined) {
			const level = key === input.oldKey ? { reference: input.oldName, name } : atOtherLevel(input.oldName, input.oldKey, name, newKey, spelling, key);
			const target = level === undefined ? undefined : spelling === level.reference ? level.name : respell(level.reference, spelling, level.name);
			result = level !== undefined && target !== undefined && input.reader.unitKey(target) === input.reader.unitKey(level.name) ? target : { refusal: 'spellings-differ', args: [input.oldName, spelling] };
			spellings.set(spelling, result);
		}
		return result;
	};
	// A mention is the unit's when it names its entry: of its key, or of another written at another level.
	const byEntry = input.identity !== undefined && input.identityOf !== undefined;
	const sameUnit = (uri: string, mention: Pick<MentionDigest, 'name' | 'key'>) => !byEntry || input.identityOf!(uri, mention) === input.identity;
	const comparer = new ReadingComparer(input.reader);
	const registryResults = input.registries.map((registry) => registryEdits(registry, input, respelled));
	const renamedRegistries = new Map(registryResults.flatMap((result) => ('after' in result && result.edits.length > 0 ? [[result.after.uri, result.after] as const] : [])));
	const edits: FileEdit[] = [];
	for (const { uri, notice } of input.notices) {
		const stranded = strandedSpelling(uri, notice, input, name, renamedRegistries);
		if (stranded !== undefined) {
			return { refusal: 'spellings-differ', args: [input.oldName, stranded] };
		}
		const { renamed, units } = mentionsOfKey(notice, input.oldKey, (mention) => sameUnit(uri, mention), byEntry);
		if (renamed.length === 0) {
			continue;
		}
		const fileEdits: TextEdit[] = [];
		const writtenShort = new Set<MentionDigest>();
		let plain = true;
		for (const mention of renamed) {
			const target = respelled(mention.name, mention.key);
			if (typeof target !== 'string') {
				return target;
			}
			const mentionEdit = mentionEdits(notice.text, mention, target);
			if (mentionEdit.written !== target) {
				writtenShort.add(mention);
			}
			fileEdits.push(...mentionEdit.edits);
			// Written in full, on one line, and replaced by a name read alike in every list: the notice reads as before.
			plain &&= !mention.completed && !mention.nameTailSpan && notice.text.slice(mention.start, mention.nameEnd) === mention.name && comparer.alike(mention.name, target);
		}
		if (plain) {
			edits.push({ uri, edits: fileEdits });
			continue;
		}
		const changes = new Map<MentionDigest, MentionChange>(renamed.map((mention) => [mention, { key: input.reader.unitKey(respelled(mention.name, mention.key) as string), completed: mention.completed }]));
		const after = input.reader.parseNotice(applyEdits(flatText(notice.text), fileEdits));
		const mismatch = readBackMismatch({ units: units(), tasks: notice.tasks }, fileEdits, after, changes);
		if (mismatch) {
			return noticeRefusal(uri, notice, after, mismatch, name, writtenShort);
		}
		edits.push({ uri, edits: fileEdits });
	}
	for (const result of registryResults) {
		if ('refusal' in result) {
			return result;
		}
		if (result.edits.length > 0) {
			edits.push({ uri: result.after.uri, edits: result.edits });
		}
	}
	return { edits };
}

/**
 * A spelling of the unit a notice writes under another key (`牵头单位：市发展改革委` beside the
 * registry's 市发改委, which references count as one unit) that would name it no more once renamed:
 * the new name has no spelling of it to give (市发改委 → 市经济发展局 gives 市发展改革委 none), so
 * renaming the others would leave it an unknown unit. Not one at another level (see atOtherLevel),
 * nor another registry name of the unit, which still names it.
 */
function strandedSpelling(uri: string, notice: NoticeDigest, input: RenameInput, newName: string, renamed: ReadonlyMap<string, Registry>): string | undefined {
	const { spellings, identity, identityOf, namesUnitAfter } = input;
	if (!spellings || spellings.size < 2 || identity === undefined || !identityOf || !namesUnitAfter) {
		return undefined;
	}
	const compact = notice instanceof CompactNoticeDigest ? notice : undefined;
	const count = compact ? compact.unitCount : notice.units.length;
	for (let i = 0; i < count; i++) {
		const mention = compact ? { name: compact.mentionName(i), key: compact.mentionKey(i) } : notice.units[i];
		const other = mention.key !== input.oldKey && !isOtherLevel(input.oldKey, mention.key) && spellings.has(mention.name);
		if (other && identityOf(uri, mention) === identity && !namesUnitAfter(uri, mention, newName, renamed)) {
			return mention.name;
		}
	}
	return undefined;
}

/**
 * The mentions of a notice with a key that are the unit's (`sameUnit`), and those of another key
 * written at another level when `otherLevels`; and all its mentions, the same objects where they
 * are the same mention (`changes` knows them by identity). A digest makes its mentions on demand:
 * those of the key are found in its columns, and the rest made only when the reading is compared.
 */
function mentionsOfKey(notice: NoticeDigest, key: string, sameUnit: (mention: Pick<MentionDigest, 'name' | 'key'>) => boolean, otherLevels: boolean): { renamed: MentionDigest[]; units: () => readonly MentionDigest[] } {
	// Every mention of the key in one notice is one unit (one notice, one set of registries): asked once.
	let ofKey: boolean | undefined;
	const wanted = (mention: Pick<MentionDigest, 'name' | 'key'>) =>
		mention.key === key ? (ofKey ??= sameUnit(mention)) : otherLevels && isOtherLevel(key, mention.key) && sameUnit(mention);
	if (!(notice instanceof CompactNoticeDigest)) {
		const units = notice.units;
		return { renamed: units.filter(wanted), units: () => units };
	}
	const places: number[] = [];
	for (let i = 0; i < notice.unitCount; i++) {
		const mentionKey = notice.mentionKey(i);
		if ((mentionKey === key || (otherLevels && isOtherLevel(key, mentionKey))) && wanted({ name: notice.mentionName(i), key: mentionKey })) {
			places.push(i);
		}
	}
	const renamed = places.map((place) => notice.mention(place));
	const units = () => {
		const all = notice.units;
		places.forEach((place, index) => (all[place] = renamed[index]));
		return all;
	};
	return { renamed, units };
}

/** Why `name` cannot be a unit's new name, if it cannot: it must read as one name in a list and on a registry line. */
function invalidName(name: string, reader: UnitReader): EditRefusal | undefined {
	if (name.length === 0) {
		return { refusal: 'empty-name', args: [] };
	}
	const bad = NOT_IN_A_NAME.exec(name);
	if (bad) {
		return { refusal: 'not-one-name', args: [name, bad[0].replace(/\r/g, '\\r').replace(/\n/g, '\\n')] };
	}
	const key = reader.unitKey(name);
	const listed = reader.parseNotice(`1.甲。\n责任单位：${name}\n`).units;
	const single = listed.length === 1 && listed[0].key === key && listed[0].nameEnd === listed[0].end && listed[0].end - listed[0].start === name.length;
	const registered = reader.parseRegistry(name, 'name');
	const oneLine = registered.findings.length === 0 && registered.units.length === 1 && registered.units[0].canonical === name && registered.units[0].aliases.length === 0 && !registered.units[0].successor;
	if (!single || !oneLine) {
		const read = listed.map((mention) => `「${mention.name}」`).join('、');
		return { refusal: 'not-read-as-one-name', args: [name, read.length > 0 ? read : '—'] };
	}
	return undefined;
}

/** The first mention written `newKey` that is not the renamed unit's (one the registry reads as that unit is: the registry decides). */
function mentionOfAnotherUnit(input: RenameInput, newKey: string): { uri: string; notice: NoticeDigest; start: number } | undefined {
	for (const { uri, notice } of input.notices) {
		const count = notice instanceof CompactNoticeDigest ? notice.unitCount : notice.units.length;
		let inScope: boolean | undefined;
		for (let i = 0; i < count; i++) {
			const mention = notice instanceof CompactNoticeDigest ? (notice.mentionKey(i) === newKey ? notice.mention(i) : undefined) : notice.units[i];
			// Another county's notice naming its own unit by the new name keeps it its own (see RenameInput.reaches).
			if (mention?.key === newKey && (input.identity === undefined || input.identityOf?.(uri, mention) !== input.identity) && (inScope ??= input.reaches?.(uri) ?? true)) {
				return { uri, notice, start: mention.start };
			}
		}
	}
	return undefined;
}

/** A registry unit that already has `newKey` as a name (or successor), when renaming to it would make two units one. */
function takenInRegistries(registries: readonly Registry[], oldKey: string, newKey: string): RegistryUnit | undefined {
	if (newKey === oldKey) {
		return undefined;
	}
	for (const registry of registries) {
		for (const unit of registry.units) {
			if (unit.keys.includes(newKey) || (unit.successor !== undefined && unit.successorKey === newKey)) {
				return unit;
			}
		}
	}
	return undefined;
}

/** A registry's edits and the registry as they write it (the registry itself when none). */
function registryEdits(registry: Registry, input: RenameInput, respelled: (spelling: string, key: string) => string | EditRefusal): { edits: TextEdit[]; after: Registry } | EditRefusal {
	const { oldKey, reader } = input;
	const edits: TextEdit[] = [];
	const renamed = new Set<RegistryUnit>();
	const newKeys = new Map<string, string>();
	// A registry name of the unit's entry (not another county's registry's 县财政局), and one at another level of it (市财政局 when 财政局 is renamed), as its mentions are.
	const byEntry = input.identity !== undefined && input.registryIdentityOf !== undefined;
	const renames = (key: string) => (key === oldKey || (byEntry && isOtherLevel(oldKey, key))) && (!byEntry || input.registryIdentityOf!(registry, key) === input.identity);
	for (const unit of registry.units) {
		const names = [...unit.keys.map((key, index) => ({ key, span: unit.nameSpans[index], name: index === 0 ? unit.canonical : unit.aliases[index - 1] }))];
		if (unit.successor !== undefined && unit.successorKey !== undefined && unit.successorSpan) {
			names.push({ key: unit.successorKey, span: unit.successorSpan, name: unit.successor });
		}
		for (const entry of names.filter((candidate) => renames(candidate.key))) {
			const target = respelled(entry.name, entry.key);
			if (typeof target !== 'string') {
				return target;
			}
			newKeys.set(entry.key, reader.unitKey(target));
			edits.push({ span: entry.span, newText: target });
			renamed.add(unit);
		}
	}
	if (edits.length === 0) {
		return { edits, after: registry };
	}
	const after = reader.parseRegistry(applyEdits(registry.text, edits), registry.uri);
	const rekey = (key: string | undefined) => (key !== undefined ? (newKeys.get(key) ?? key) : key);
	const differs = (before: RegistryUnit, read: RegistryUnit | undefined) =>
		!read ||
		read.collective !== before.collective ||
		read.keys.length !== before.keys.length ||
		read.keys.some((key, index) => key !== rekey(before.keys[index])) ||
		read.successorKey !== rekey(before.successorKey);
	const count = Math.max(registry.units.length, after.units.length);
	for (let index = 0; index < count; index++) {
		const unit = registry.units[index];
		if (!unit || (renamed.has(unit) || after.units.length !== registry.units.length ? differs(unit, after.units[index]) : false)) {
			return registryRefusal(registry, (unit ?? after.units[index]).lineSpan.start);
		}
	}
	if (after.findings.length > registry.findings.length) {
		return registryRefusal(registry, after.findings[after.findings.length - 1].span.start);
	}
	return { edits, after };
}

function registryRefusal(registry: Registry, offset: number): EditRefusal {
	return { refusal: 'registry-reads-differently', args: [fileNameOf(registry.uri), String(registry.lineIndex.positionAt(offset).line + 1)] };
}

/** The refusal for a notice that would read otherwise after the rename. */
function noticeRefusal(uri: string, notice: NoticeDigest, after: Notice, mismatch: ReadBackMismatch, name: string, writtenShort: ReadonlySet<MentionDigest>): EditRefusal {
	const file = fileNameOf(uri);
	const lineOf = (offset: number) => String(notice.lineIndex.positionAt(offset).line + 1);
	const { before } = mismatch;
	if (!before) {
		const at = mismatch.after ? after.lineIndex.positionAt(mismatch.after.span.start).line + 1 : 1;
		return { refusal: 'list-reads-differently', args: [file, String(at)] };
	}
	const line = lineOf(before.start);
	const renamed = mismatch.expectedKey !== before.key;
	if (renamed && (mismatch.kind === 'completed' || (mismatch.kind === 'key' && writtenShort.has(before)))) {
		return { refusal: 'short-form-lost', args: [file, line, notice.text.slice(before.start, before.nameEnd), name, before.name] };
	}
	if (mismatch.kind === 'key' && mismatch.after) {
		return { refusal: 'reads-differently', args: [file, line, mismatch.after.name, renamed ? name : before.name] };
	}
	return { refusal: 'list-reads-differently', args: [file, line] };
}

/**
 * The edits renaming one mention. A name completed from its neighbours stays short when the new
 * name keeps what was completed: `商务局` (市商务局) → `贸易局` for 市贸易局, `高新区管委会`
 * (徐州高新区管委会) keeps its city implied, `铜山区` (铜山区政府) keeps the shared 政府. Around a
 * parenthesis inside the name (云龙区(金融服务中心)政府) the scope stays where it is.
 */
function mentionEdits(text: NoticeText, mention: MentionDigest, newName: string): { edits: TextEdit[]; written: string } {
	const writtenHead = text.slice(mention.start, mention.nameEnd);
	const tail = mention.nameTailSpan ? text.slice(mention.nameTailSpan.start, mention.nameTailSpan.end).replace(/\s+/g, '') : '';
	const short = mention.completed ? shortForm(mention.name, writtenHead.replace(/\s+/g, '') + tail, newName) : newName;
	if (!mention.nameTailSpan) {
		return { edits: [{ span: nameSpanOf(mention), newText: keepLineBreaks(writtenHead, short) }], written: short };
	}
	if (tail.length > 0 && short.endsWith(tail)) {
		return { edits: [{ span: nameSpanOf(mention), newText: keepLineBreaks(writtenHead, short.slice(0, -tail.length)) }], written: short };
	}
	const edits = [
		{ span: nameSpanOf(mention), newText: keepLineBreaks(writtenHead, short) },
		{ span: mention.nameTailSpan, newText: '' },
	];
	return { edits, written: short };
}

/**
 * A name broken across lines (`高新区管\n委会`, as pasted) keeps its breaks where they were, counted in
 * characters, so renaming does not reflow the notice and renaming back restores it exactly.
 */
function keepLineBreaks(written: string, replacement: string): string {
	if (!/[\r\n]/.test(written)) {
		return replacement;
	}
	const pattern = /[ \t\u3000]*(?:\r\n|\r|\n)[ \t\u3000]*/g;
	const breaks: Array<{ at: number; text: string }> = [];
	let removed = 0;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(written))) {
		breaks.push({ at: match.index - removed, text: match[0] });
		removed += match[0].length;
	}
	let result = replacement;
	for (const lineBreak of breaks.reverse()) {
		const at = Math.min(lineBreak.at, result.length);
		result = result.slice(0, at) + lineBreak.text + result.slice(at);
	}
	return result;
}

/**
 * `name` spelled as `spelling` spells `reference`: the characters in which the two spellings of one
 * name differ (a dash, a width, a Traditional character) changed alike in the new name. Undefined
 * when the spellings do not differ character for character.
 */
function respell(reference: string, spelling: string, name: string): string | undefined {
	const from = Array.from(reference);
	const to = Array.from(spelling);
	if (from.length !== to.length) {
		return undefined;
	}
	const map = new Map<string, string>();
	for (let i = 0; i < from.length; i++) {
		if (from[i] !== to[i]) {
			if ((map.get(from[i]) ?? to[i]) !== to[i]) {
				return undefined;
			}
			map.set(from[i], to[i]);
		}
	}
	return Array.from(name, (char) => map.get(char) ?? char).join('');
}

/** Whether `key` is `oldKey` written at another level: its level prefix taken off (财政局 for 市财政局) or one put before it. */
function isOtherLevel(oldKey: string, key: string): boolean {
	const oldLevel = levelPrefixOf(oldKey);
	if (oldLevel !== undefined && key.length === oldKey.length - oldLevel.length && oldKey.endsWith(key)) {
		return true;
	}
	const level = levelPrefixOf(key);
	return level !== undefined && oldKey.length === key.length - level.length && key.endsWith(oldKey);
}

/**
 * The old name and the new as a spelling at another level writes them: 财政局 (for 市财政局) renamed
 * to 市财政和国资局 is written 财政和国资局, 市财政局 (for 财政局) renamed to 财政和国资局 is 市财政和国资局.
 */
function atOtherLevel(oldName: string, oldKey: string, newName: string, newKey: string, spelling: string, key: string): { reference: string; name: string } | undefined {
	const oldLevel = levelPrefixOf(oldKey);
	if (oldLevel !== undefined && oldKey.endsWith(key) && key.length < oldKey.length) {
		const dropLevel = (name: string) => name.slice(oldLevel.length);
		return { reference: dropLevel(oldName), name: levelPrefixOf(newKey) === oldLevel ? dropLevel(newName) : newName };
	}
	const level = levelPrefixOf(key);
	if (level !== undefined && key.endsWith(oldKey)) {
		const written = spelling.slice(0, level.length);
		return { reference: written + oldName, name: levelPrefixOf(newKey) === undefined ? written + newName : newName };
	}
	return undefined;
}

/** Writes `newName` as short as `written` was against the resolved `name`. */
function shortForm(name: string, written: string, newName: string): string {
	if (written.length === 0 || written === name) {
		return newName;
	}
	if (name.endsWith(written)) {
		const implied = name.slice(0, name.length - written.length);
		return newName.startsWith(implied) && newName.length > implied.length ? newName.slice(implied.length) : newName;
	}
	if (name.startsWith(written)) {
		const implied = name.slice(written.length);
		return newName.endsWith(implied) && newName.length > implied.length ? newName.slice(0, -implied.length) : newName;
	}
	return newName;
}
