import type { UnitMention } from '../model/types';
import { foldVocabulary } from '../text/vocabularyFold';
import { placeName } from '../units/nameLevel';
import { canonicalKey, type Registry, type RegistryUnit } from '../units/registry';
import type { UnitDirectory } from '../units/unitDirectory';
import { dirnameKey, uriKey } from '../text/uriPaths';

/**
 * What makes two mentions one unit across the notices of a workspace (references, hover counts,
 * rename, the Units view, workspace symbols, the task table and its by-unit lists):
 *
 * - A mention a registry resolves is that registry's unit: the entry (registry file and canonical
 *   name), so 市发改委 and 市发展和改革委员会 are one unit, and 清河县/单位名录.txt's 县财政局 and
 *   江北县/单位名录.txt's are two. A county registry that lists a unit of the city again (市住建局,
 *   listed in the city's registry above it too) names the city's: the entry is the outermost
 *   registry in force that lists one of its names — unless the name is one of a county, district or
 *   town (isPlaceBound), which one registry's listing does not make another's.
 * - A name no registry resolves is its key, the same in every notice (清河县财政局, 国家发展改革委,
 *   市… in one city), unless it is place-bound: 县财政局 written in two counties' notices is two
 *   bodies, told apart by the place that reads them — the folder of the nearest registry in force
 *   that lists names of its level (a county's registry for 县…, as the registry's judging reads it:
 *   see scopeFolder); without one, its key.
 * - As the task table lists units (see resolveUnit): a unit the registry renamed is its successor in
 *   a notice of the rename's year or later (`市卫健委 -> 市卫生健康局（2024年）`: a 2025 notice's 市卫健委
 *   is 市卫生健康局), itself in an older one; a plate (`市委统战部（市民宗局）`: 市民宗局) is as written.
 *
 * An identity reads `unit:<key>`, or `unit:<key> <where>` for a registry's unit (the registry's URI
 * key) or a place-bound name (its folder's key, ending in `/`); keys hold no white space.
 */
export interface NamedUnit {
	identity: string;
	/** The registry's canonical name (current as of the notice's year), or the name as the notice gives it. */
	name: string;
	/** The registry unit, when a registry lists it (not for a plate). */
	unit: RegistryUnit | undefined;
}

/** Where a mention is read: the notice (or registry) by URI or path, and the registries in force there. */
export interface MentionPlace {
	uri: string;
	directory: UnitDirectory | undefined;
}

type NameAndKey = Pick<UnitMention, 'name' | 'key'>;

/**
 * The unit a mention names in the workspace's views and the task table: its registry entry's current
 * unit as of the notice's `year` (every rename followed without one).
 */
export function unitOf(mention: NameAndKey, place: MentionPlace, year?: number): NamedUnit {
	return named(mention, place, year ?? 'now');
}

/** The identity of unitOf. */
export function unitIdentity(mention: NameAndKey, place: MentionPlace, year?: number): string {
	return unitOf(mention, place, year).identity;
}

/**
 * The registry entry a mention names, renames not followed: what a rename edits (every mention of
 * 市卫健委 and its registry line, whatever the notice's year), else the name as unitOf reads it.
 */
export function entryIdentity(mention: NameAndKey, place: MentionPlace): string {
	return named(mention, place, 'entry').identity;
}

/** The identity of a registry unit read in `directory` (one that holds its registry), renames followed: what its registry line counts. */
export function registryUnitIdentity(unit: RegistryUnit, directory: UnitDirectory): string {
	return registered(directory.current(unit), directory).identity;
}

/** The identity of a registry unit itself, without following its rename (an older notice's unit). */
export function ownRegistryUnitIdentity(unit: RegistryUnit, directory: UnitDirectory): string {
	return registered(unit, directory).identity;
}

/** An identity by key alone: a name that is one unit wherever it is written (see the rules above). */
export function identityOfKey(key: string): string {
	return `unit:${key}`;
}

/** The folder an identity is told apart by (its registry's, or a place-bound name's), decoded; undefined for a name that is one unit anywhere. */
export function placeOf(identity: string): string | undefined {
	const space = identity.indexOf(' ');
	if (space < 0) {
		return undefined;
	}
	const where = identity.slice(space + 1);
	return where.endsWith('/') ? where.slice(0, -1) : dirnameKey(where);
}

/**
 * The names to show for units, one per identity: a name two units share gets the folder that tells
 * them apart (`县财政局（清河县）`, `县财政局（江北县）`), as many of its last segments as it takes.
 */
export function distinctNames(units: Iterable<{ identity: string; name: string }>): Map<string, string> {
	const byName = new Map<string, string[]>();
	for (const unit of units) {
		const same = byName.get(unit.name);
		if (same) {
			same.push(unit.identity);
		} else {
			byName.set(unit.name, [unit.identity]);
		}
	}
	const names = new Map<string, string>();
	for (const [name, identities] of byName) {
		const places = identities.map((identity) => placeOf(identity)?.replace(/^[a-z][a-z0-9+.-]+:/i, '').split('/').filter((segment) => segment.length > 0 && segment !== '.'));
		let depth = 1;
		const label = (index: number) => {
			const segments = places[index];
			return segments === undefined || segments.length === 0 ? undefined : segments.slice(-depth).join('/');
		};
		const longest = Math.max(1, ...places.map((segments) => segments?.length ?? 0));
		while (depth < longest && new Set(identities.map((_, index) => label(index))).size < identities.length) {
			depth++;
		}
		identities.forEach((identity, index) => {
			const where = identities.length > 1 ? label(index) : undefined;
			names.set(identity, where === undefined ? name : `${name}（${where}）`);
		});
	}
	return names;
}

/** A name of a county, district, township or village body (县财政局, 区发改局, 镇政府, 街道办, 各乡镇人民政府, 县直各部门, 团县委): its level, else undefined. */
const PLACE_BOUND = /^(?:各|全|(?:共青)?团)?(县|区|乡|镇|街道|村|社区)/;

/**
 * The level of a place-bound name (县 for 县财政局, 乡 for 各乡镇人民政府), undefined for one that is
 * the same body wherever it is written. Not 各县(市)区政府 or 各区政府, a city's collective of its counties.
 */
export function placeBoundLevel(key: string): string | undefined {
	const match = PLACE_BOUND.exec(foldVocabulary(key));
	return !match || (match[0].startsWith('各') && (match[1] === '县' || match[1] === '区')) ? undefined : match[1];
}

function named(mention: NameAndKey, place: MentionPlace, year: number | 'now' | 'entry'): NamedUnit {
	const { directory } = place;
	if (directory) {
		const memo = directory.derived('identities', () => new Map<string, NamedUnit | null>());
		const at = `${year}|${mention.key}`;
		let found = memo.get(at);
		if (found === undefined) {
			const resolved = directory.resolve(mention.name, mention.key);
			// A plate names the office's other work: as written (see resolveUnit).
			found = resolved && resolved.via !== 'plate' ? registered(year === 'entry' ? resolved.unit : directory.current(resolved.unit, year === 'now' ? undefined : year), directory) : null;
			if (memo.size >= 100_000) {
				memo.clear();
			}
			memo.set(at, found);
		}
		if (found) {
			return found;
		}
	}
	const level = placeBoundLevel(mention.key);
	const scope = level === undefined ? undefined : scopeFolder(level, place);
	const identity = scope === undefined ? identityOfKey(mention.key) : `${identityOfKey(mention.key)} ${scope}/`;
	return { identity, name: mention.name, unit: undefined };
}

/** A registry unit as the entry that names it: the outermost registry in force listing one of its names (see liftedUnit). */
function registered(unit: RegistryUnit, directory: UnitDirectory): NamedUnit {
	const entry = liftedUnit(unit, directory);
	return { identity: `${identityOfKey(canonicalKey(entry))} ${uriKey(entry.uri)}`, name: entry.canonical, unit: entry };
}

/**
 * The unit of the outermost registry in force that lists one of `unit`'s names, or `unit`: a county
 * registry's 市住建局 is the city registry's. Not a place-bound name (each county's 县财政局 is its own).
 */
function liftedUnit(unit: RegistryUnit, directory: UnitDirectory): RegistryUnit {
	const { registries } = directory;
	if (registries.length < 2 || placeBoundLevel(canonicalKey(unit)) !== undefined) {
		return unit;
	}
	const listed = directory.derived('listed', listedNames);
	const own = registries.findIndex((registry) => registry.uri === unit.uri);
	let best = unit;
	let bestIndex = own;
	for (const key of unit.keys) {
		const outer = listed.get(key);
		if (outer && outer.index > bestIndex) {
			best = outer.unit;
			bestIndex = outer.index;
		}
	}
	return best;
}

/** Each name of the directory's registries with the outermost registry (by its place in `registries`) listing it. */
function listedNames(directory: UnitDirectory): Map<string, { index: number; unit: RegistryUnit }> {
	const listed = new Map<string, { index: number; unit: RegistryUnit }>();
	directory.registries.forEach((registry, index) => {
		for (const unit of registry.units) {
			for (const key of unit.keys) {
				listed.set(key, { index, unit });
			}
		}
	});
	return listed;
}

/**
 * The folder a place-bound name no registry resolves is told apart by: the nearest registry in force
 * that lists units of its level, by the rule that says which levels a registry judges (see
 * LevelsListed: a county's registry for 县统计局, whether it writes 县财政局, 清河县财政局 or, as 桐乡
 * does, 财政局), so two counties' 县财政局 are two. Undefined without one: the name is one unit by its
 * key, as before registries were told apart — a county's notices kept in folders by year (2024/,
 * 2025/) with no registry are one county's, and splitting one body in two hides its tasks from its
 * own list.
 */
function scopeFolder(level: string, place: MentionPlace): string | undefined {
	const directory = place.directory;
	if (!directory) {
		return undefined;
	}
	const listing = directory.registryListing({ kind: 'body', level, place: '' });
	const present = directory.derived('levels-present', levelsPresent);
	const registry = directory.registries.find((candidate) => candidate === listing || present.get(candidate)?.has(level));
	return registry ? folderOf(registry.uri) : undefined;
}

/**
 * The place-bound levels each registry names a unit of, one is enough, collectives and towns counted (集合: 各乡镇人民政府,
 * 城关镇人民政府 for 乡 and 镇). Identity asks less than judging: a county's 民生实事 registry with 县政府办 and 县财政局
 * among nine towns judges no 县 name (it lists too few), but it is the county's, and two counties' 县卫健局 are two
 * (a reviewer: they were merged in the Units view, references and rename).
 */
function levelsPresent(directory: UnitDirectory): Map<Registry, Set<string>> {
	const levels = new Map<Registry, Set<string>>();
	for (const registry of directory.registries) {
		const found = new Set<string>();
		for (const unit of registry.units) {
			const key = canonicalKey(unit);
			const level = placeBoundLevel(key);
			if (level !== undefined) {
				found.add(level);
			}
			const town = placeName(key);
			if (town && TOWNSHIPS.includes(town.level)) {
				TOWNSHIPS.forEach((township) => found.add(township));
			}
		}
		levels.set(registry, found);
	}
	return levels;
}

const TOWNSHIPS = ['乡', '镇', '街道'];

/** The folder of a URI (decoded) or of a path (the CLI's, relative to the current folder as given), with `/` between segments. */
function folderOf(uriOrPath: string): string {
	if (/^[a-z][a-z0-9+.-]+:/i.test(uriOrPath)) {
		return dirnameKey(uriKey(uriOrPath));
	}
	const path = uriOrPath.replace(/\\/g, '/');
	const slash = path.lastIndexOf('/');
	return slash < 0 ? '.' : path.slice(0, Math.max(slash, 1));
}
