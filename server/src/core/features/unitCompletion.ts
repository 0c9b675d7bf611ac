import type { Notice, Task, UnitMention } from '../model/types';
import { findLabels, isUnitRole, type UnitRole } from '../syntax/fieldLabels';
import { lastAtOrBefore } from '../text/characters';
import type { Span } from '../text/lineIndex';
import type { UnitCatalog } from '../units/catalog';
import { canonicalKey, isRegistryName, type RegistryUnit } from '../units/registry';
import type { UnitDirectory } from '../units/unitDirectory';
import { isCollectiveName, levelPrefixOf, namesOwnPlace, takesLevelPrefix } from '../units/unitNames';
import { identityOfKey } from './unitIdentity';
import type { PinyinIndex } from './pinyinIndex';

/** Where the cursor stands in a unit list: what is typed so far and what it would replace. */
export interface UnitCompletionSite {
	role: UnitRole;
	typed: string;
	/** What is typed of the name, up to the cursor: what a chosen name takes the place of when inserted. */
	insertSpan: Span;
	/** The whole name the cursor is in, the part after the cursor too: what a chosen name takes the place of when it replaces. */
	replaceSpan: Span;
	/** Names already in the list, which completion leaves out. */
	present: string[];
}

const SEPARATORS = /[、，,：:\s\u3000（(]/;

/** Characters after which a unit name may be typed: a label's colon, a list's separator. */
export const COMPLETION_TRIGGERS: readonly string[] = ['、', '：', ':', '，', ','];

/**
 * The unit list around `offset`: after a unit label on the same line (`牵头单位：`, `（配合单位：`),
 * up to the next `；`. Works on the raw text, so it also answers while a line is half typed.
 */
export function unitCompletionSite(notice: Notice, offset: number): UnitCompletionSite | undefined {
	const { lineIndex, text } = notice;
	const line = lineIndex.lines[lineIndex.lineAt(offset)];
	const prefix = text.slice(line.start, offset);
	const labels = findLabels(prefix);
	const label = labels[labels.length - 1];
	if (!label || !isUnitRole(label.role)) {
		return undefined;
	}
	const list = prefix.slice(label.end);
	if (/[；;。】）)]/.test(list.replace(/[（(][^（()）]*[）)]/g, ''))) {
		return undefined;
	}
	let start = list.length;
	while (start > 0 && !SEPARATORS.test(list[start - 1])) {
		start--;
	}
	const typed = list.slice(start);
	let end = offset;
	while (end < line.end && !/[、，,；;。\s（(）)】]/.test(text.charAt(end))) {
		end++;
	}
	const present = list
		.slice(0, start)
		.split(/[、，,]/)
		.map((name) => name.replace(/[（(].*$/, '').trim())
		.filter((name) => name.length > 0);
	return { role: label.role, typed, insertSpan: { start: offset - typed.length, end: offset }, replaceSpan: { start: offset - typed.length, end }, present };
}

export interface UnitCandidate {
	name: string;
	source: 'registry' | 'workspace' | 'catalog';
	/** Times the name is used in the workspace. */
	uses: number;
	/** The name what is typed is matched against, when another is offered for it (see candidatesToOffer). */
	matches?: string;
}

/** What offering a name at a site must know of the notice: its reading, the mention being typed, its registries. */
export interface CompletionScope {
	notice: Notice;
	offset: number;
	site: UnitCompletionSite;
	/** The mention the cursor is in (`牵头单位：市发` reads 市发), no unit of the notice's. */
	typing: UnitMention | undefined;
	directory: UnitDirectory | undefined;
	catalog: UnitCatalog;
	unitKey: (name: string) => string;
}

/**
 * The candidates as this place may take them, none that its checks would then underline: no unit
 * the task names already (its lead too: `牵头单位：市住建局；责任单位：市财政局、` offered 市住建局 first,
 * a duplicate-unit); a unit the notice writes, only as it writes it (市住建局, not the catalog's
 * 市住房和城乡建设局: a unit-variant); under a registry, only its units, by its names (交通部 or 市人社局
 * under a registry of 市人力社保局 are unknown units), and names of a level the notice writes and its
 * registries do not judge, as without a registry (a district's notice under its city's registry alone:
 * 区财政局 is no unknown unit, and was never offered); and no national body where the list's level
 * prefix would be read onto it (`市财政局、交通部` reads 市交通部).
 */
export function candidatesToOffer(candidates: readonly UnitCandidate[], scope: CompletionScope): UnitCandidate[] {
	const unitOf = unitSameness(scope);
	const listed = new Set(scope.site.present.map((name) => unitOf(name)));
	for (const mention of taskAt(scope.notice.tasks, scope.offset)?.units ?? []) {
		if (mention !== scope.typing && !mention.collective) {
			listed.add(unitOf(mention.name, mention.key));
		}
	}
	const { usual, unlisted } = usualSpellings(scope, unitOf);
	const prefixed = scope.site.present.length > 0 && levelPrefixOf(scope.site.present[0]) !== undefined;
	const offered: UnitCandidate[] = [];
	for (const candidate of candidates) {
		// The key only where it is looked up: a request runs over the catalog's names.
		const key = scope.directory ? scope.unitKey(candidate.name) : undefined;
		const resolved = key !== undefined ? scope.directory?.resolve(candidate.name, key)?.unit : undefined;
		const unit = unitOf(candidate.name, key, resolved, key !== undefined);
		const name = listed.has(unit) ? undefined : (usual.get(unit) ?? registrySpelling(scope.directory, resolved, candidate.name) ?? unjudgedSpelling(scope.directory, unlisted, key, candidate.name));
		if (name === undefined || (prefixed && takesPrefixWrongly(name, scope.catalog))) {
			continue;
		}
		offered.push(name === candidate.name ? candidate : { ...candidate, name, matches: candidate.name, source: scope.directory ? 'registry' : candidate.source });
	}
	return offered;
}

/** A name's unit (the registry unit it names, when `looked` up already: `resolved`). */
type UnitOf = (name: string, key?: string, resolved?: RegistryUnit, looked?: boolean) => string;

/** What makes two names one unit here: the registry's unit, else the catalog's body at its level, else the key (as unit-variant links them). */
function unitSameness({ directory, catalog, unitKey }: CompletionScope): UnitOf {
	return (name, key, resolved, looked = false) => {
		const unit = looked ? resolved : directory?.resolve(name, (key ??= unitKey(name)))?.unit;
		if (unit) {
			return identityOfKey(canonicalKey(unit));
		}
		const body = catalog.identify(name);
		return body && body.level !== '' ? `body:${body.level}|${body.body}` : identityOfKey(key ?? unitKey(name));
	};
}

/**
 * How the notice writes each unit it names (by unitSameness): under a registry, a unit of it, by its
 * name where the notice writes that, else the notice's most frequent spelling, then the first — the
 * spelling unit-variant points the others at; and a unit of a level no registry judges as without one.
 * With them, those levels (see UnitDirectory.unlistedLevel). Each spelling looked up once (a 200 KB
 * notice has 8,000 mentions of a few hundred).
 */
function usualSpellings(scope: CompletionScope, unitOf: UnitOf): { usual: Map<string, string>; unlisted: Set<string> } {
	const written = new Map<string, { key: string; count: number }>();
	for (const mention of scope.notice.units) {
		if (mention !== scope.typing && !mention.collective) {
			const entry = written.get(mention.name);
			if (entry) {
				entry.count++;
			} else {
				written.set(mention.name, { key: mention.key, count: 1 });
			}
		}
	}
	const best = new Map<string, { name: string; rank: number }>();
	const unlisted = new Set<string>();
	for (const [name, { key, count }] of written) {
		const resolved = scope.directory?.resolve(name, key)?.unit;
		if (scope.directory && !resolved) {
			const level = scope.directory.unlistedLevel(key);
			if (level === undefined) {
				continue;
			}
			unlisted.add(level);
		}
		const unit = unitOf(name, key, resolved, true);
		// A registry name outranks any count; among the rest the first written wins a tie (the map keeps that order).
		const rank = (resolved && isRegistryName(resolved, name) ? 1e9 : 0) + count;
		if ((best.get(unit)?.rank ?? -1) < rank) {
			best.set(unit, { name, rank });
		}
	}
	return { usual: new Map([...best].map(([unit, { name }]) => [unit, name])), unlisted };
}

/** A name no registry lists, offered as it is when it is of a level the notice writes and no registry judges (see usualSpellings); else undefined. */
function unjudgedSpelling(directory: UnitDirectory | undefined, unlisted: ReadonlySet<string>, key: string | undefined, name: string): string | undefined {
	if (directory === undefined || key === undefined || unlisted.size === 0) {
		return undefined;
	}
	const level = directory.unlistedLevel(key);
	return level !== undefined && level !== NATIONAL && unlisted.has(level) ? name : undefined;
}

/**
 * The State's bodies are offered as the notice writes them, not all: a city notice naming 国家发展改革委 once under the
 * city's registry was offered the catalog's eighty ministries (国防部, 外交部, 中组部 …) after its own dozen units.
 */
const NATIONAL = 'body|国家';

/** The name as a registry has it: itself without a registry, when it is one of its names or a collective, else its unit's canonical name; undefined when it names no unit of it. */
function registrySpelling(directory: UnitDirectory | undefined, unit: RegistryUnit | undefined, name: string): string | undefined {
	// A collective (各乡镇人民政府, 有关部门) is no registry unit, and unknown-unit does not ask it to be (a reviewer's note).
	if (!directory || (unit === undefined && isCollectiveName(name) && COLLECTIVE_FIRST.test(name))) {
		return name;
	}
	return unit && (isRegistryName(unit, name) ? name : unit.canonical);
}

/** A collective named as one, by its first word (各乡镇人民政府, 有关部门): not a body such as 市直属机关工作委员会. */
const COLLECTIVE_FIRST = /^(?:各|有关|相关)/;

/** A national body (交通部, 国办) that a list's level prefix would be read onto after `市财政局、`. */
function takesPrefixWrongly(name: string, catalog: UnitCatalog): boolean {
	return levelPrefixOf(name) === undefined && takesLevelPrefix(name) && !namesOwnPlace(name) && catalog.namesNationalBody(name);
}

/** The task whose text or fields hold `offset`, its end too (the cursor after the last unit typed). */
function taskAt(tasks: readonly Task[], offset: number): Task | undefined {
	const task = tasks.length === 0 ? undefined : tasks[lastAtOrBefore(tasks.length, (index) => tasks[index].start, offset)];
	return task && offset >= task.start && offset <= task.end ? task : undefined;
}

const SOURCE_RANK = { registry: 0, workspace: 1, catalog: 2 };

/** Candidates matching what is typed (characters, or pinyin initials / full pinyin in Latin letters), best first. */
export function rankUnitCandidates(candidates: readonly UnitCandidate[], site: UnitCompletionSite, pinyin: PinyinIndex, limit = 100): UnitCandidate[] {
	const typed = site.typed.trim();
	const latin = /^[a-z]+$/i.test(typed) ? typed.toLowerCase() : undefined;
	const present = new Set(site.present);
	const seen = new Set<string>();
	const matched: Array<{ candidate: UnitCandidate; prefix: boolean }> = [];
	for (const candidate of candidates) {
		if (seen.has(candidate.name) || present.has(candidate.name)) {
			continue;
		}
		// Matched by the name typed against (a registry's 市人力社保局 offered for 市人社局 is found by 市人社), then seen.
		const name = candidate.matches ?? candidate.name;
		if (typed.length === 0) {
			matched.push({ candidate, prefix: false });
		} else if (latin ? pinyin.matches(name, latin) : name.includes(typed)) {
			matched.push({ candidate, prefix: latin ? pinyin.initials(name).startsWith(latin) : name.startsWith(typed) });
		} else {
			continue;
		}
		seen.add(candidate.name);
	}
	matched.sort(
		(a, b) =>
			SOURCE_RANK[a.candidate.source] - SOURCE_RANK[b.candidate.source] ||
			Number(b.prefix) - Number(a.prefix) ||
			b.candidate.uses - a.candidate.uses ||
			a.candidate.name.length - b.candidate.name.length ||
			(a.candidate.name < b.candidate.name ? -1 : 1),
	);
	return matched.slice(0, limit).map((entry) => entry.candidate);
}
