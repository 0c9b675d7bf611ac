import { unitKey, type ScriptFolder } from '../text/unitKey';
import type { CatalogIdentity, UnitCatalog, VerticalForm } from './catalog';
import { editDistance } from './editDistance';
import { keepsLevel, keptByPrefecture, LevelsListed, nameLevel, placeName, type NameLevel } from './nameLevel';
import type { Registry, RegistryUnit } from './registry';
import { renameApplies } from './renamings';
import { levelPrefixOf } from './unitNames';

/** How a name was found in the registry. */
export interface Resolution {
	unit: RegistryUnit;
	/**
	 * 'name': the canonical name or an alias; 'catalog': another name of the same body by the catalog;
	 * 'level': the name with the registry's level prefix added or its own taken off (财政局 for 县财政局);
	 * 'plate': the office's other plate (市委网信办 for 市委宣传部（市委网信办）).
	 */
	via: 'name' | 'catalog' | 'level' | 'plate';
}

/** One registry name (canonical or alias) of a directory, for suggestions. */
interface DirectoryName {
	name: string;
	key: string;
	unit: RegistryUnit;
	/** Its body by the catalog (`level|body`), if the catalog knows it. */
	body: string | undefined;
	/** The place's own name when it names a place as a unit (文昌 for 文昌街道办事处, see placeAsUnit). */
	place: string | undefined;
	/** Its level (see nameLevel), null for none; read when it is first a candidate. */
	level?: NameLevel | null;
}

/**
 * The unit a form names when `unit` gives it after `before` (undefined: none yet; null: two already):
 * two units are none, but a rename's old name and its successor are one office (`中国人民银行江州市中心支行 ->
 * 中国人民银行江州市分行`: 人行江州市分行 and 人民银行江州市中心支行 name the bank), which is the successor,
 * so a recent notice's short form is no renamed name.
 */
function oneUnit(before: RegistryUnit | null | undefined, unit: RegistryUnit): RegistryUnit | null {
	if (before === undefined || before === unit) {
		return unit;
	}
	if (before === null) {
		return null;
	}
	if (before.successorKey !== undefined && unit.keys.includes(before.successorKey)) {
		return unit;
	}
	return unit.successorKey !== undefined && before.keys.includes(unit.successorKey) ? before : null;
}

/** A vertical office of the registry under one kind and place, with the level its place was written with ('' when none). */
interface VerticalEntry {
	unit: RegistryUnit;
	/** The registry name's key it was read from. */
	key: string;
	level: string;
}

/**
 * The one office of `entries` a name written at `level` is: one written at that level, else one written
 * at none. A level word decides as it does for departments (县财政局 is not 市财政局): a county's
 * 县调查队 is not the city's 国家统计局江州市调查队, while 国家统计局江北调查队 (no level) may be either.
 */
function verticalAtLevel(entries: readonly VerticalEntry[], form: VerticalForm, registryLevels: ReadonlySet<string>): Resolution | undefined {
	const { level } = form;
	const same = level === '' ? [] : entries.filter((entry) => entry.level === level);
	if (same.length > 0) {
		const unit = onlyUnitOf(same);
		return unit && { unit, via: 'catalog' };
	}
	const unit = onlyUnitOf(entries.filter((entry) => level === '' || entry.level === ''));
	// The level was the notice's alone, as for 财政局 under a registry of 县财政局 (see resolveAtRegistryLevel): a
	// city notice's 市调查队 and 县调查队 both name 国家统计局江北调查队, and are no two spellings of one unit.
	// Not where the name gives the place (江州市调查队 is 国家统计局江州调查队 with its 市), nor where its level is
	// the registry's own (市调查队 or 市金融监管分局 under 市统计局 …): the official name drops the 市, and
	// `国家统计局江州调查队` beside `市调查队` is two spellings of one unit (unit-variant).
	const byLevel = level !== '' && form.place === '' && !registryLevels.has(level);
	return unit && { unit, via: byLevel ? 'level' : 'catalog' };
}

function onlyUnitOf(entries: readonly VerticalEntry[]): RegistryUnit | undefined {
	return entries.length > 0 && entries.every((entry) => entry.unit === entries[0].unit) ? entries[0].unit : undefined;
}

/** The levels a place is written with in a registry's names (江州市气象局). */
const PLACE_LEVELS = ['市', '县', '区'];

/** What a place as a unit is written with (清河县人民政府, 清河县政府, 清河县, 文昌街道办事处): not its Party committee (文昌街道党工委), another unit. */
const GOVERNMENT_OFFICES = new Set(['', '人民政府', '政府', '办事处']);

/** Postings read per suggestion at most: a query costs the same under a registry of 100 or 100,000 lines. */
const CANDIDATE_BUDGET = 1_000;
/** Names scored per suggestion at most. */
const MAX_CANDIDATES = 100;
const NO_NAMES: readonly number[] = [];

/**
 * The units a notice may name: the registries that apply to it, backed by the built-in catalog.
 * Built once per set of registries and shared by every notice under them; everything a lookup or a
 * suggestion reads is indexed here, so neither grows with the registry.
 */
export class UnitDirectory {
	private readonly byKey = new Map<string, RegistryUnit>();
	private readonly byCatalogBody = new Map<string, RegistryUnit>();
	/**
	 * The registry's full official names as a notice writes them (衢州市财政局 → 市财政局, see
	 * UnitCatalog.placelessForm), by body and by key; null where two units give the same form
	 * (衢州市财政局 and 杭州市财政局 in one registry: 市财政局 is neither).
	 */
	private readonly placelessByBody = new Map<string, RegistryUnit | null>();
	private readonly placelessByKey = new Map<string, RegistryUnit | null>();
	/**
	 * The registry's vertical offices by kind and place (`金融监管分局|江州` for 国家金融监督管理总局江州监管分局,
	 * see UnitCatalog.verticalForm) and by kind alone (`金融监管分局|`), each with the level its place was
	 * written with (see resolveVertical).
	 */
	private readonly byVertical = new Map<string, VerticalEntry[]>();
	/** The units renamed into each unit (`A -> B`: B's), see asWrittenInRename. */
	private readonly predecessors = new Map<RegistryUnit, RegistryUnit[]>();
	/** The same by the plate's body in the catalog (市民族宗教事务局 for the plate 市民宗局); null where two units carry one. */
	private readonly byPlateBody = new Map<string, RegistryUnit | null>();
	/** The plates in parentheses after registry names (see RegistryUnit.plates), by key; null where two units carry one. */
	private readonly byPlate = new Map<string, RegistryUnit | null>();
	/** The level prefixes the registry's names carry (县 for 县财政局, 市 for 衢州市财政局). */
	private readonly levels = new Set<string>();
	/** Every registry name (canonical and aliases) with its unit, for suggestions. */
	private readonly entries: DirectoryName[] = [];
	private nameList: string[] | undefined;
	private readonly derivedValues = new Map<string, unknown>();
	private readonly namesByChar = new Map<string, number[]>();
	private readonly namesByBody = new Map<string, number[]>();
	private readonly namesByPlace = new Map<string, number[]>();
	private readonly nameByKey = new Map<string, number>();
	/** Suggestions already made, by name: a notice is checked again on every keystroke with the same unknown names. */
	private readonly suggested = new Map<string, readonly string[]>();
	/** Scratch space for candidates(): the query that last saw each name, the query whose key holds each code unit, the name visit that last counted it. */
	private seenBy = new Uint32Array(0);
	private readonly keyUnits = new Uint32Array(0x10000);
	private readonly countedUnits = new Uint32Array(0x10000);
	private query = 0;
	private visit = 0;
	private levelsListed: LevelsListed | undefined;
	readonly units: RegistryUnit[] = [];

	constructor(readonly registries: readonly Registry[], readonly catalog: UnitCatalog, private readonly fold: ScriptFolder) {
		for (const registry of registries) {
			for (const unit of registry.units) {
				this.add(unit);
			}
		}
		// A successor named only after an arrow is a unit too (市经信局 -> 市工信局 makes 市工信局 known).
		for (const unit of [...this.units]) {
			if (unit.successor && !this.byKey.has(unitKey(unit.successor, fold))) {
				const nameSpan = unit.successorSpan ?? unit.nameSpan;
				this.add({ canonical: unit.successor, aliases: [], keys: [unitKey(unit.successor, fold)], nameSpans: [nameSpan], collective: unit.collective, uri: unit.uri, nameSpan, lineSpan: unit.lineSpan });
			}
		}
		this.levelVerticalPlaces();
		for (const unit of this.units) {
			this.addPlates(unit);
			const successor = unit.successorKey === undefined ? undefined : this.byKey.get(unit.successorKey);
			if (successor && successor !== unit) {
				(this.predecessors.get(successor) ?? this.predecessors.set(successor, []).get(successor)!).push(unit);
			}
		}
	}

	/**
	 * Of a unit and the units a rename made it the successor of, the one whose name ends as the
	 * written form does: a form without its place names the bank before and after its renaming alike
	 * (oneUnit gives the successor), but `人民银行江州市中心支行` is the 中心支行's name, which a 2024
	 * notice is told was renamed, and `人行江州市分行` the 分行's.
	 */
	private asWrittenInRename(unit: RegistryUnit, key: string): RegistryUnit {
		const before = this.predecessors.get(unit);
		if (!before) {
			return unit;
		}
		let best = unit;
		let bestLength = sharedEnd(unit, key);
		for (const other of before) {
			const length = sharedEnd(other, key);
			if (length > bestLength) {
				best = other;
				bestLength = length;
			}
		}
		return best;
	}

	/** Every registry name, canonical names and aliases, in registry order. */
	get names(): readonly string[] {
		return (this.nameList ??= this.entries.map((entry) => entry.name));
	}

	/** A structure made from the directory's names (the completion index), built once per directory, as the directory is once per registry change. */
	derived<T>(kind: string, build: (directory: UnitDirectory) => T): T {
		if (!this.derivedValues.has(kind)) {
			this.derivedValues.set(kind, build(this));
		}
		return this.derivedValues.get(kind) as T;
	}

	get isEmpty(): boolean {
		return this.units.length === 0;
	}

	private add(unit: RegistryUnit): void {
		this.units.push(unit);
		for (let nameIndex = 0; nameIndex <= unit.aliases.length; nameIndex++) {
			const name = nameIndex === 0 ? unit.canonical : unit.aliases[nameIndex - 1];
			const key = unit.keys[nameIndex];
			if (!this.byKey.has(key)) {
				this.byKey.set(key, unit);
			}
			const identity = this.catalog.identifyKey(key);
			let body = identity && bodyKey(identity);
			if (body && !this.byCatalogBody.has(body)) {
				this.byCatalogBody.set(body, unit);
			}
			body ??= this.addPlaceless(key, unit);
			this.addWithoutState(key, unit);
			this.addVertical(key, unit);
			const level = levelPrefixOf(key) ?? (body && body.slice(0, body.indexOf('|')));
			if (level) {
				this.levels.add(level);
			}
			const index = this.entries.length;
			const place = placeAsUnit(key);
			this.entries.push({ name, key, unit, body, place });
			if (!this.nameByKey.has(key)) {
				this.nameByKey.set(key, index);
			}
			if (body) {
				addPosting(this.namesByBody, body, index);
			}
			if (place !== undefined) {
				addPosting(this.namesByPlace, place, index);
			}
			for (const char of key) {
				addPosting(this.namesByChar, char, index);
			}
		}
	}

	/**
	 * A full official name with its place (衢州市发展和改革委员会, 中共衢州市委办公室) indexed by the
	 * form a notice of that place writes (`牵头单位：市发改委`, 市委办); its body by the catalog, if any.
	 */
	private addPlaceless(key: string, unit: RegistryUnit): string | undefined {
		const form = this.catalog.placelessForm(key);
		if (!form) {
			return undefined;
		}
		const body = form.identity && bodyKey(form.identity);
		const [map, at] = body ? [this.placelessByBody, body] : [this.placelessByKey, form.key];
		map.set(at, oneUnit(map.get(at), unit));
		return body;
	}

	/**
	 * `中华人民共和国宁波海关` as a notice writes it, `宁波海关`: lists drop the state's name before a body's
	 * (units-catalog.md: "ministries drop 中华人民共和国"; local units "XX海关").
	 */
	private addWithoutState(key: string, unit: RegistryUnit): void {
		if (key.startsWith(STATE_NAME) && key.length >= STATE_NAME.length + 2) {
			const rest = key.slice(STATE_NAME.length);
			this.placelessByKey.set(rest, oneUnit(this.placelessByKey.get(rest), unit));
		}
	}

	/** 国家统计局江州调查队 as a notice of 江州 writes it: 江州调查队, or 调查队 alone (see UnitCatalog.verticalForm). */
	private addVertical(key: string, unit: RegistryUnit): void {
		const form = this.catalog.verticalForm(key);
		if (form) {
			for (const at of new Set([`${form.kind}|${form.place}`, `${form.kind}|`])) {
				const entries = this.byVertical.get(at);
				if (entries === undefined) {
					this.byVertical.set(at, [{ unit, key, level: form.level }]);
				} else if (!entries.some((entry) => entry.unit === unit && entry.level === form.level)) {
					entries.push({ unit, key, level: form.level });
				}
			}
		}
	}

	/**
	 * A vertical office whose official name drops its place's level (国家统计局江州调查队) is at the level the
	 * registry's other names give that place: under 江州市气象局 and 国家税务总局江州市税务局 it is the city's team,
	 * and a county notice's `县调查队` is not it (an unknown unit), while the city's 市调查队 is. A place the
	 * registry writes with no level, or with two, stays open to either.
	 */
	private levelVerticalPlaces(): void {
		const levelsOf = new Map<string, Set<string>>();
		for (const entries of this.byVertical.values()) {
			for (const entry of entries) {
				const place = this.catalog.verticalForm(entry.key)?.place;
				if (entry.level === '' && place !== undefined && place.length >= 2 && !levelsOf.has(place)) {
					levelsOf.set(place, new Set());
				}
			}
		}
		if (levelsOf.size === 0) {
			return;
		}
		for (const { key } of this.entries) {
			for (const [place, levels] of levelsOf) {
				for (let at = key.indexOf(place); at >= 0; at = key.indexOf(place, at + 1)) {
					const level = key[at + place.length];
					if (PLACE_LEVELS.includes(level)) {
						levels.add(level);
					}
				}
			}
		}
		for (const entries of this.byVertical.values()) {
			for (const entry of entries) {
				const levels = entry.level === '' ? levelsOf.get(this.catalog.verticalForm(entry.key)?.place ?? '') : undefined;
				if (levels !== undefined && levels.size === 1) {
					entry.level = [...levels][0];
				}
			}
		}
	}

	/**
	 * 市财政局（国资办）: a notice may write either plate, 国资办 as 市国资办 when the name before it has the
	 * prefix. A plate no registry name holds; after every name, so a plate listed as its own unit is that unit.
	 */
	private addPlates(unit: RegistryUnit): void {
		const prefix = levelPrefixOf(unit.canonical);
		for (const plate of unit.plates ?? []) {
			const key = unitKey(plate, this.fold);
			for (const plateKey of prefix && levelPrefixOf(key) === undefined ? [key, prefix + key] : [key]) {
				if (!this.byKey.has(plateKey)) {
					const before = this.byPlate.get(plateKey);
					this.byPlate.set(plateKey, before === undefined || before === unit ? unit : null);
					// The plate's other names by the catalog (`市委统战部（市民宗局）`: 市民族宗教事务局 is that plate too).
					const identity = this.catalog.identifyKey(plateKey);
					const body = identity && bodyKey(identity);
					if (body && !this.byCatalogBody.has(body)) {
						const byBody = this.byPlateBody.get(body);
						this.byPlateBody.set(body, byBody === undefined || byBody === unit ? unit : null);
					}
				}
			}
		}
	}

	resolve(name: string, key = unitKey(name, this.fold)): Resolution | undefined {
		return this.resolveAsWritten(key) ?? this.resolveAtRegistryLevel(key) ?? this.resolveNational(key) ?? this.resolvePlaceForm(key);
	}

	/**
	 * A place as a unit in another of its forms: 清河县人民政府 or 清河县政府 for the registry's 清河县, and the
	 * reverse; 文昌街道办事处 for 文昌街道 (a reviewer: a city's registry listing its counties bare gave an
	 * unknown-unit to every 县人民政府 of a correct notice). One unit, so no variant of it (via 'level').
	 */
	private resolvePlaceForm(key: string): Resolution | undefined {
		const name = placeName(key);
		if (!name || !GOVERNMENT_OFFICES.has(name.office)) {
			return undefined;
		}
		const { place } = name;
		const forms = name.level === '街道' ? [place, `${place}办事处`] : [place, `${place}人民政府`, `${place}政府`];
		for (const form of forms) {
			const unit = form !== key ? this.byKey.get(form) : undefined;
			if (unit) {
				return { unit, via: 'level' };
			}
		}
		return undefined;
	}

	/**
	 * `（医保局、财政部按职责分工负责）` (国发〔2018〕39号 writes 医保局, 发展改革委) under a registry of
	 * 国家医疗保障局: a bare form a local notice writes for its own bureau names the national body
	 * when the registry lists no local one (see NATIONAL_SHORT_FORMS).
	 */
	private resolveNational(key: string): Resolution | undefined {
		const national = this.catalog.nationalShortForm(key);
		const unit = national && this.byCatalogBody.get(bodyKey(national));
		return unit ? { unit, via: 'catalog' } : undefined;
	}

	private resolveAsWritten(key: string): Resolution | undefined {
		const unit = this.byKey.get(key);
		if (unit) {
			return { unit, via: 'name' };
		}
		const identity = this.catalog.identifyKey(key);
		const body = identity && bodyKey(identity);
		const byBody = (body && this.byCatalogBody.get(body)) || (body && this.placelessByBody.get(body)) || this.placelessByKey.get(key);
		if (byBody) {
			return { unit: byBody, via: 'catalog' };
		}
		const byPlate = this.byPlate.get(key) || (body && this.byPlateBody.get(body));
		return byPlate ? { unit: byPlate, via: 'plate' } : (this.resolveWithPlace(key) ?? this.resolveVertical(key));
	}

	/** `责任单位：江州金融监管分局` for the registry's 国家金融监督管理总局江州监管分局 (units-catalog.md E: "XX金融监管分局"). */
	private resolveVertical(key: string): Resolution | undefined {
		const form = this.catalog.verticalForm(key);
		const entries = form && this.byVertical.get(`${form.kind}|${form.place}`);
		return entries && verticalAtLevel(entries, form, this.levels);
	}

	/**
	 * A notice that writes the place (`配合单位：宁波市税务局`) for a registry's full official name
	 * (国家税务总局宁波市税务局): the form without the place (市税务局) names the unit when the
	 * registry's name holds that place (宁波市), so 杭州市税务局 is not Ningbo's. So does a short form
	 * with its place inside (`牵头单位：人行江州市分行`, units-catalog.md E: "人行XX市分行").
	 */
	private resolveWithPlace(key: string): Resolution | undefined {
		const form = this.catalog.placelessForm(key);
		// The place less its level: a form with none (中共市委办公室) names no place to hold.
		const place = form?.place;
		if (!form || place === undefined || place.length < 2 || form.key === key) {
			return undefined;
		}
		const body = form.identity && bodyKey(form.identity);
		const found = (body && (this.placelessByBody.get(body) || this.byCatalogBody.get(body))) || this.placelessByKey.get(form.key);
		const unit = found && this.asWrittenInRename(found, key);
		// `人民银行江州市中心支行` is no name of the registry's 中国人民银行江州市分行: renamed in 2023, a stale name for
		// renamed-unit or unknown-unit to tell, not the current office (a reviewer's).
		const office = form.office;
		return unit && unit.keys.some((name) => name.includes(place) && (office === undefined || !this.catalog.namesOtherOffice(name, office))) ? { unit, via: 'catalog' } : undefined;
	}

	/**
	 * A notice that writes no level prefix (`牵头单位：财政局；责任单位：发改局`, as the 桐乡 2020 notice
	 * writes every unit) under a registry that does (县财政局), or the reverse: the one registry unit
	 * the name is once the registry's prefix is added, or its own taken off. Two units (县财政局 and
	 * 市财政局 for 财政局) are neither.
	 */
	private resolveAtRegistryLevel(key: string): Resolution | undefined {
		// A vertical office's level is in its place, which resolveVertical holds to: `县调查队` is not the
		// registry's 国家统计局江州市调查队 once its 县 is taken off. Only where the registry has such an office
		// there: `农村社会经济调查队` reads as a 调查队 of a place 农村社会经济, and is the registry's
		// 市农村社会经济调查队 as 财政局 is 市财政局.
		const form = this.catalog.verticalForm(key);
		if (form !== undefined && this.byVertical.has(`${form.kind}|${form.place}`)) {
			return undefined;
		}
		const written = levelPrefixOf(key) ?? this.prefectureLevel(key);
		if (written !== undefined) {
			const bare = this.resolveAsWritten(key.slice(written.length));
			return bare && levelPrefixOf(bare.unit.canonical) === undefined ? { unit: bare.unit, via: 'level' } : undefined;
		}
		let found: RegistryUnit | undefined;
		for (const level of this.levels) {
			const unit = this.resolveAsWritten(level + key)?.unit;
			if (unit && found && unit !== found) {
				return undefined;
			}
			found ??= unit;
		}
		return found && { unit: found, via: 'level' };
	}

	/**
	 * 州 as a level prefix where a prefecture's registry writes its bodies without it (湘西州/单位名录.txt's 财政局 and
	 * 文化馆 are the notice's 州财政局 and 州文化馆, see keptByPrefecture); elsewhere a 州 name is no bare unit's (a
	 * county's 财政局 is not 州财政局).
	 */
	private prefectureLevel(key: string): string | undefined {
		if (!key.startsWith('州') || key.length < 3) {
			return undefined;
		}
		const unit = this.resolveAsWritten(key.slice(1))?.unit;
		return unit && keptByPrefecture(unit.uri) ? '州' : undefined;
	}

	/**
	 * The current unit after following renames (甲 -> 乙 -> 丙 gives 丙); stops on a cycle. With a
	 * notice's year, only the renames made by then (see renameApplies): a 2022 notice's
	 * 人民银行江州市中心支行 stays itself.
	 */
	current(unit: RegistryUnit, noticeYear?: number): RegistryUnit {
		const seen = new Set<RegistryUnit>();
		let current = unit;
		while (current.successor && !seen.has(current) && renameApplies(current, noticeYear)) {
			seen.add(current);
			const next = this.byKey.get(unitKey(current.successor, this.fold));
			if (!next) {
				break;
			}
			current = next;
		}
		return current;
	}

	/**
	 * Whether the registries can tell that a name (a key) is not theirs: it is of no level, or of a
	 * level one of them lists a unit of (see LevelsListed). A city's registry under a district's
	 * notice (`临川区/` with no 单位名录 of its own) knows nothing of 区财政局, right or wrong.
	 */
	judges(key: string): boolean {
		return this.levelsOfRegistries().covers(key);
	}

	/** The level of a name the registries do not judge (see LevelsListed.unlistedLevel); undefined for one they judge. */
	unlistedLevel(key: string): string | undefined {
		return this.levelsOfRegistries().unlistedLevel(key);
	}

	/** judges, for a name as written. */
	judgesName(name: string): boolean {
		return this.judges(unitKey(name, this.fold));
	}

	/** The registry a unit of that name belongs in: the nearest that lists a unit of its level (see LevelsListed.registryFor). */
	registryFor(key: string): Registry | undefined {
		return this.levelsOfRegistries().registryFor(key);
	}

	/** The registry of the level's units: the nearest that lists units of it (see LevelsListed); undefined when none does. */
	registryListing(level: NameLevel): Registry | undefined {
		return this.levelsOfRegistries().registryListing(level);
	}

	/** Built at the first question: most notices under a registry name no unit it lacks. */
	private levelsOfRegistries(): LevelsListed {
		return (this.levelsListed ??= new LevelsListed(this.registries, this.catalog));
	}

	/**
	 * Up to `limit` registry names close to `name`: another name of the same body by the catalog,
	 * the 委/局 swap counties make, a name that contains it or is contained, then small edit distance.
	 */
	suggest(name: string, limit = 3): string[] {
		const memo = `${limit}|${name}`;
		const known = this.suggested.get(memo);
		if (known) {
			return [...known];
		}
		const found = this.computeSuggestions(name, limit);
		if (this.suggested.size >= 10_000) {
			this.suggested.clear();
		}
		this.suggested.set(memo, found);
		return [...found];
	}

	private computeSuggestions(name: string, limit: number): string[] {
		// 市商务厅, 县财政厅: a 厅 is a province's department; below the province the same work is a 局's
		// (市商务局), a body the catalog tells apart from the hall, so its name was never offered.
		const bureau = bureauForHall(name);
		const asBureau = bureau === undefined ? undefined : this.resolve(bureau)?.unit.canonical;
		if (asBureau !== undefined) {
			return [asBureau, ...this.computeSuggestions(bureau!, limit).filter((other) => other !== asBureau)].slice(0, limit);
		}
		const key = unitKey(name, this.fold);
		const identity = this.catalog.identify(name) ?? this.catalog.placelessForm(key)?.identity;
		const body = identity && bodyKey(identity);
		const level = nameLevel(key, this.catalog);
		const place = placeAsUnit(key);
		const scored: Array<{ name: string; unit: RegistryUnit; score: number }> = [];
		for (const index of this.candidates(key, body, place)) {
			const candidate = this.entries[index];
			// Two bodies the catalog knows apart are no misspelling of each other: 宁波市税务局 is not 宁波市财政局.
			if (identity && candidate.body !== undefined && otherBody(candidate.body, identity)) {
				continue;
			}
			if (!this.keepsLevel(level, candidate)) {
				continue;
			}
			let score: number | undefined;
			if (body !== undefined && candidate.body === body) {
				score = 0;
			} else if (place !== undefined && candidate.place !== undefined) {
				// Two places as units are one misspelt in their own names alone, whatever their level word (keepsLevel
				// holds the tier) and office: 文昌街道 for 文昌镇 (撤镇设街道), 清河县人民政府 for 清和县人民政府; not 荣山镇人民政府
				// for 文昌镇人民政府, two characters of seven apart but another town.
				score = placeScore(place, candidate.place, level);
			} else if (swapsBureauAndCommission(key, candidate.key)) {
				score = 1;
			} else if ((candidate.key.includes(key) || key.includes(candidate.key)) && Math.abs(candidate.key.length - key.length) <= 4) {
				score = 1.5;
			} else if (abbreviates(key, candidate.key)) {
				score = 2;
			} else {
				const limitDistance = Math.max(1, Math.floor(key.length / 3));
				const distance = editDistance(key, candidate.key, limitDistance);
				if (distance <= limitDistance) {
					score = 1 + distance;
				}
			}
			if (score !== undefined) {
				scored.push({ name: candidate.name, unit: candidate.unit, score });
			}
		}
		scored.sort((a, b) => a.score - b.score || a.name.length - b.name.length || (a.name < b.name ? -1 : 1));
		const result: string[] = [];
		const units = new Set<RegistryUnit>();
		for (const entry of scored) {
			// Once a unit, and once a name: a district's registry and its city's may both list 市公安局临川分局.
			if (!units.has(entry.unit) && !result.includes(entry.name)) {
				units.add(entry.unit);
				result.push(entry.name);
				if (result.length === limit) {
					break;
				}
			}
		}
		return result;
	}

	/**
	 * A suggestion names a unit of the name's own level and place: `区民政厅` under a district's
	 * registry and a city's is 区民政局, not 市民政局 (a clerk's 区 unit is never the city's bureau),
	 * though the catalog's body is the same.
	 */
	private keepsLevel(level: NameLevel | undefined, candidate: DirectoryName): boolean {
		if (level === undefined) {
			return true;
		}
		if (candidate.level === undefined) {
			candidate.level = nameLevel(candidate.key, this.catalog) ?? null;
		}
		return keepsLevel(level, candidate.level ?? undefined);
	}

	/**
	 * The names worth scoring against `key`: those of the same body by the catalog, the 委/局 swap,
	 * and up to 100 sharing at least half of the key's characters, most shared first. A name sharing
	 * that many holds one of the key's rarest characters (all but the threshold less one), so only their
	 * posting lists are read, and at most CANDIDATE_BUDGET entries of them: under a registry of
	 * 100,000 names a common character (市, 局) is never read through.
	 */
	private candidates(key: string, body: string | undefined, place: string | undefined): number[] {
		if (this.seenBy.length < this.entries.length) {
			this.seenBy = new Uint32Array(this.entries.length);
		}
		if (++this.query === 0xffffffff) {
			this.seenBy.fill(0);
			this.keyUnits.fill(0);
			this.query = 1;
		}
		const seen = this.seenBy;
		const query = this.query;
		const exact: number[] = [];
		const swapped = swappedBureauAndCommission(key);
		const samePlace = place !== undefined ? (this.namesByPlace.get(place) ?? NO_NAMES) : NO_NAMES;
		for (const index of [...(body ? (this.namesByBody.get(body) ?? NO_NAMES) : NO_NAMES), ...samePlace, ...(swapped !== undefined && this.nameByKey.has(swapped) ? [this.nameByKey.get(swapped)!] : [])]) {
			if (seen[index] !== query) {
				seen[index] = query;
				exact.push(index);
			}
		}
		const chars = [...new Set(key)];
		const threshold = Math.max(1, Math.ceil(chars.length / 2));
		const lists = chars
			.map((char) => this.namesByChar.get(char) ?? NO_NAMES)
			.sort((a, b) => a.length - b.length)
			.slice(0, chars.length - threshold + 1);
		// The key's characters, marked in a table by code unit, so counting a name's shared characters is a walk over it.
		const inKey = this.markedUnits(key, query);
		const counted = this.countedUnits;
		const shared: Array<{ index: number; count: number }> = [];
		let budget = CANDIDATE_BUDGET;
		for (const list of lists) {
			for (let i = 0; i < list.length && budget > 0; i++, budget--) {
				const index = list[i];
				if (seen[index] === query) {
					continue;
				}
				seen[index] = query;
				const candidateKey = this.entries[index].key;
				const visit = this.nextVisit();
				let count = 0;
				for (let j = 0; j < candidateKey.length; j++) {
					const code = candidateKey.charCodeAt(j);
					if (inKey[code] === query && counted[code] !== visit) {
						counted[code] = visit;
						count++;
					}
				}
				if (count >= threshold) {
					shared.push({ index, count });
				}
			}
		}
		shared.sort((a, b) => b.count - a.count || a.index - b.index);
		return [...exact, ...shared.slice(0, MAX_CANDIDATES).map((entry) => entry.index)];
	}

	private nextVisit(): number {
		if (++this.visit === 0xffffffff) {
			this.countedUnits.fill(0);
			this.visit = 1;
		}
		return this.visit;
	}

	private markedUnits(key: string, query: number): Uint32Array {
		for (let i = 0; i < key.length; i++) {
			this.keyUnits[key.charCodeAt(i)] = query;
		}
		return this.keyUnits;
	}
}

/**
 * The own name of a place written as a unit, bare or with its government or office (文昌 for 文昌镇,
 * 文昌街道办事处, 文昌镇人民政府); undefined for any other name. A town made a street (撤镇设街道) keeps it:
 * a notice's 文昌镇 for the registry's 文昌街道 shares two characters of its three, too few for a suggestion.
 */
/**
 * How near two places' own names are (see computeSuggestions), undefined for another place: the same, or one written
 * after its parent (江州市临川 for 临川, 临川区荣山 for 荣山: a registry of full names), or one slip away. Not one of a
 * town's two characters: a county's dozens of towns share them (云溪 is neither 云山 nor 龙溪, 荣华 not 荣山), while a
 * city lists two or three counties (清和县 for 清河县).
 */
function placeScore(place: string, candidate: string, level: NameLevel | undefined): number | undefined {
	if (place === candidate) {
		return 1;
	}
	if (afterParent(place, candidate) || afterParent(candidate, place)) {
		return 1.5;
	}
	const township = level !== undefined && ['乡', '镇', '街道'].includes(level.level);
	const limitDistance = township && place.length < 3 ? 0 : Math.max(1, Math.floor(place.length / 3));
	const distance = limitDistance === 0 ? Infinity : editDistance(place, candidate, limitDistance);
	return distance <= limitDistance ? 1 + distance : undefined;
}

/** Whether `full` is `place` after the place above it, its level word last (江州市 + 临川). */
function afterParent(place: string, full: string): boolean {
	return full.length > place.length + 1 && full.endsWith(place) && /[省市州县区]$/.test(full.slice(0, full.length - place.length));
}

function placeAsUnit(key: string): string | undefined {
	const name = placeName(key);
	return name !== undefined && GOVERNMENT_OFFICES.has(name.office) ? name.name : undefined;
}

/** Adds a name to a posting list once (names are added in index order, so a repeat is the last entry). */
function addPosting(map: Map<string, number[]>, key: string, index: number): void {
	const list = map.get(key);
	if (!list) {
		map.set(key, [index]);
	} else if (list[list.length - 1] !== index) {
		list.push(index);
	}
}

function bodyKey(identity: CatalogIdentity): string {
	return `${identity.level}|${identity.body}`;
}

/** Whether a body key (see bodyKey) is of another body than `identity`, at any level. */
function otherBody(body: string, identity: CatalogIdentity): boolean {
	return body.slice(body.indexOf('|') + 1) !== String(identity.body);
}

/** The state's name before a national or vertical body's (中华人民共和国宁波海关). */
const STATE_NAME = '中华人民共和国';

/**
 * `市应急局` for 市应急管理局, `市审批局` for 市行政审批服务局: the short name's characters in order in
 * the long one, the same first and last. Only a suggestion: the catalog attests none of these short
 * forms (units-catalog.md D lists 市应急管理局 with "—"), so they are not taken as the unit.
 */
function abbreviates(short: string, long: string): boolean {
	if (short.length < 3 || long.length <= short.length || long.length - short.length > 4 || short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) {
		return false;
	}
	let at = 0;
	for (const char of short) {
		at = long.indexOf(char, at) + 1;
		if (at === 0) {
			return false;
		}
	}
	return true;
}

/** 市经信委 → 市经信局 and back; undefined for a key that ends in neither. */
function swappedBureauAndCommission(key: string): string | undefined {
	if (key.length < 3) {
		return undefined;
	}
	const last = key[key.length - 1];
	return last === '委' ? key.slice(0, -1) + '局' : last === '局' ? key.slice(0, -1) + '委' : undefined;
}

/** `市商务厅` → `市商务局`: a hall's name below the province, as the bureau it should name; undefined for any other name. */
function bureauForHall(name: string): string | undefined {
	const level = name.charCodeAt(0);
	// 市, 县, 区: a city's, county's or district's own department.
	const belowProvince = level === 0x5e02 || level === 0x53bf || level === 0x533a;
	return belowProvince && name.length >= 4 && name.endsWith('厅') && !name.endsWith('办公厅') ? name.slice(0, -1) + '局' : undefined;
}

/** 市经信委 / 市经信局: the same stem with 委 and 局 swapped, as county and city levels differ. */
export function swapsBureauAndCommission(a: string, b: string): boolean {
	if (a.length !== b.length || a.length < 3) {
		return false;
	}
	const last = a[a.length - 1] + b[b.length - 1];
	return (last === '委局' || last === '局委') && a.slice(0, -1) === b.slice(0, -1);
}

/** The longest end a name of `unit` shares with `key`. */
function sharedEnd(unit: RegistryUnit, key: string): number {
	let longest = 0;
	for (const name of unit.keys) {
		let length = 0;
		while (length < name.length && length < key.length && name.charCodeAt(name.length - 1 - length) === key.charCodeAt(key.length - 1 - length)) {
			length++;
		}
		longest = Math.max(longest, length);
	}
	return longest;
}
