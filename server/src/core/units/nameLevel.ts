import type { UnitCatalog } from './catalog';
import type { Registry } from './registry';
import { isCollectiveName, levelPrefixOf, namesBranchOfBureau, splitZone } from './unitNames';
import { folderOutOfYears, uriKey } from '../text/uriPaths';

/**
 * The level of government a unit name belongs to, as a registry vouches for it: a registry lists
 * the units of the levels it was made for (a city's 单位名录 lists 市财政局 …, and the counties and
 * districts as governments, 清河县人民政府, 临川区人民政府), so it can tell a misspelt 市财正局 but
 * not a district's 区财政局, which it never meant to list (see LevelsListed).
 */
export interface NameLevel {
	/**
	 * 'body': one of the level's own bodies as its notices write it, with the prefix (区财政局, 县委办,
	 * 镇政府) or after its place (临川区财政局: units-catalog.md, "local units take a level prefix");
	 * 'place': a place of the level named as a unit (荣山镇, 文昌街道办事处, 临川区人民政府).
	 */
	kind: 'body' | 'place';
	/** 省, 市, 县, 区, 乡, 镇 or 街道; 州 for an autonomous prefecture's bodies (州财政局), 国家 for national ones (财政部, 国家统计局). */
	level: string;
	/** A body's place before its level (临川区 in 临川区财政局); '' when none is written, and for a place. */
	place: string;
}

/**
 * A place as a unit: two characters or more, its level, and its government, office or Party
 * committee, or nothing for a town, a township, a street or a county (荣山镇, 文昌街道, 清河县). A 区
 * or 市 written bare is as often no government (老城区, 园区): only with its government. Not 中共江州市委
 * (the catalog's 市委, a body of the city).
 */
const PLACE = /^(?!各|全)[\u4e00-\u9fff]{2,10}?(街道|镇|乡|县|区|市)(人民政府|政府|街道办事处|办事处|党工委|党委)?$/;
const BARE_PLACE_LEVELS = new Set(['街道', '镇', '乡', '县']);

/** A name read as a place and what follows it (see PLACE): 文昌街道办事处 is 文昌街道 (文昌, 街道) and 办事处. */
export interface PlaceName {
	/** The place with its level word: 文昌街道, 清河县. */
	place: string;
	/** The place's own name, before its level word: 文昌. */
	name: string;
	level: string;
	/** What follows the place (人民政府, 办事处, 党委 …), '' for none. */
	office: string;
}

/** A name of PLACE's shape, read into its parts; undefined for any other. Takes a key. */
export function placeName(key: string): PlaceName | undefined {
	const match = PLACE.exec(key);
	if (!match) {
		return undefined;
	}
	const office = match[2] ?? '';
	const place = key.slice(0, key.length - office.length);
	return { place, name: place.slice(0, place.length - match[1].length), level: match[1], office };
}

/** A town's, township's or street's own body written with its level (镇政府, 乡财政所, 街道办事处); not 乡村振兴局, nor 镇江's bodies. */
const TOWN_BODY = /^(街道|镇(?!江)|乡(?!村))/;

/**
 * National bodies as the catalog knows them (财政部, 国家统计局, 国务院办公厅, 中央农办), or as they open and end
 * (国务院扶贫办, 国家数据局, 中央网信办): no local office inside (国家税务总局江州税务局, 国家金融监督管理总局江州监管分局
 * are a place's), nor 国家级 (a zone's rank).
 */
const NATIONAL_SHAPE = /^(?:国务院|国家(?!级)|中共中央|中央)(?!.*(?:区|园|街|城市|创建|管理委员会|管委会))[^局部署]{1,12}(?:部|委|局|署|办|厅|院|委员会|办公室|中心)$/;

/**
 * A national body's name no local unit writes: opening with the State (国家统计局, 国务院办公厅, 中国地震局), or a
 * ministry's, a commission's or an administration's (财政部, 审计署, 证监会, 税务总局). The catalog's bare 人民银行, 人行,
 * 乡村振兴局 and 知识产权局 are as often the city's or county's own (units-catalog: 人民银行 in a published local notice):
 * in a notice no city's registry judges them, but a registry listing one says nothing of its levels — counted as
 * national, one such line in a prefix-less registry (桐乡's 财政局, 发改局 …) made it judge no county name.
 */
const NATIONAL_ONLY = /^(?:国家(?!级)|国务院|中国|中共中央|中央|全国)|(?:部|署|总局|会|委|国办)$/;

/** The level of a name (a key, see unitKey); undefined for a name of none (财政局, 江州海关, 经济开发区管委会). */
export function nameLevel(key: string, catalog: UnitCatalog): NameLevel | undefined {
	const prefix = levelPrefixOf(key);
	if (prefix !== undefined) {
		return { kind: 'body', level: prefix, place: '' };
	}
	const place = placeName(key);
	if (place && (place.office !== '' || BARE_PLACE_LEVELS.has(place.level)) && splitZone(place.place) === undefined) {
		return { kind: 'place', level: place.level, place: '' };
	}
	const form = catalog.placelessForm(key);
	const formLevel = form && levelPrefixOf(form.key);
	if (form && formLevel !== undefined) {
		return { kind: 'body', level: formLevel, place: form.place };
	}
	const town = TOWN_BODY.exec(key);
	if (town) {
		return { kind: 'body', level: town[1], place: '' };
	}
	// An autonomous prefecture's bodies take 州 as a city's take 市 (州财政局, 州发展改革委, 州委): a county's
	// registry under it judged them, and a county notice's correct 州财政局 was unknown-unit.
	if (PREFECTURE_BODY.test(key) || (key.startsWith('州') && catalog.identifyKey(`市${key.slice(1)}`)?.level === '市')) {
		return { kind: 'body', level: '州', place: '' };
	}
	// National bodies are a level of their own: a city's or county's registry never lists them, and a
	// correct 国家发展改革委 or 财政部 in its notice was unknown-unit; a ministries' registry judges them.
	return isNational(key, catalog) ? { kind: 'body', level: '国家', place: '' } : undefined;
}

/**
 * A prefecture's body as no local unit opening with 州 is written (州委, 州政府, 州民宗委, 州教育和体育局), or one of the
 * centres each level of government keeps (州政务服务中心, 州公共资源交易中心, 州融媒体中心: a county's registry judged them
 * as names of no level, and a county notice's correct 州政务服务中心 was unknown-unit); besides these, only a body the
 * catalog knows (州财政局, 州数据局): 州桥遗址保护中心 is a city's, and a misspelt 州桥… went unflagged.
 */
const PREFECTURE_BODY =
	/^州(?:委|人民政府|政府|人大|政协|[\u4e00-\u9fff]{1,6}(?:局|委|办)|(?:人民政府|政府)?(?:政务服务|公共资源交易|融媒体|疾病预防控制|疾控|大数据|数据资源|信息|便民服务|退役军人服务|综治|社会治安综合治理|应急指挥|不动产登记|医疗保障服务|社会保险|社保|就业服务|人才服务|检验检测|机关事务|财政投资评审|法律援助|投资促进|城市运行管理)中心)$/;

function isNational(key: string, catalog: UnitCatalog): boolean {
	const identity = catalog.identifyKey(key);
	if (identity !== undefined) {
		return identity.level === '' && !catalog.bodies[identity.body].local;
	}
	return NATIONAL_SHAPE.test(key) && catalog.verticalForm(key) === undefined;
}

/** Whether a suggestion keeps a name's level and place: 区民政局 for 区民政厅, never 市民政局; a name of no level on either side keeps it. */
export function keepsLevel(name: NameLevel | undefined, candidate: NameLevel | undefined): boolean {
	if (name === undefined || candidate === undefined) {
		return true;
	}
	return name.kind === candidate.kind && tierOf(name) === tierOf(candidate) && samePlace(name.place, candidate.place);
}

/**
 * A level as a registry lists it: a place as a unit by its tier, since towns and counties change
 * their level word (撤乡设镇, 撤镇设街道, 撤县设区) and a notice writing the old one (新丰乡人民政府 for the
 * registry's 新丰镇人民政府, 临川县人民政府 for 临川区人民政府) is the commonest slip after a merger — a
 * reviewer: judged by the word alone, they went unflagged, or were offered another county's government.
 * A body keeps its level word: 县财政局 is no district's.
 */
function tierOf(level: NameLevel): string {
	if (level.kind !== 'place') {
		return level.level;
	}
	return TOWNSHIP_TIER.has(level.level) ? '乡镇' : COUNTY_TIER.has(level.level) ? '县区' : level.level;
}

const TOWNSHIP_TIER = new Set(['乡', '镇', '街道']);
const COUNTY_TIER = new Set(['县', '区']);

/**
 * One place, or one unwritten: the place is what stands before the level, so a registry's
 * 国家税务总局宁波市税务局 has 国家税务总局宁波市 for the notice's 宁波市, and 江州市临川区 is 临川区.
 */
function samePlace(a: string, b: string): boolean {
	return a.endsWith(b) || b.endsWith(a);
}

/**
 * A level a registry lists a unit or two of among many of another (a city's 单位名录 with one
 * 县财政局 line, a county's repeating the city's 市住建局) is no level it was made for: judged by it,
 * every other 县… of a county without a registry of its own was unknown-unit on a correct notice,
 * and a city unit added from the county went into the county's registry. A level of bodies counts
 * from this many units, or from more than this share of the registry's units with a level; places
 * from one (a city's registry lists its two or three counties' governments beside twenty bureaus).
 */
const LEVEL_UNITS = 3;
const LEVEL_SHARE = 0.2;

/**
 * The levels a set of registries lists units of, registry by registry. A registry that writes its
 * departments without a prefix (桐乡's `财政局`, `发改局`) lists its own level's, whichever it is:
 * such a name is the notice's 县财政局 as much as its 财政局 (see UnitDirectory.resolveAtRegistryLevel).
 */
export class LevelsListed {
	private readonly byRegistry: Array<{ registry: Registry; levels: Set<string>; bare: boolean; prefecture: boolean }> = [];
	private readonly unlisted = new Map<string, string | null>();

	constructor(registries: readonly Registry[], private readonly catalog: UnitCatalog) {
		for (const registry of registries) {
			const levels = this.levelsOf(registry);
			this.byRegistry.push({ registry, ...levels, prefecture: levels.bare && keptByPrefecture(registry.uri) });
		}
	}

	/** The first registry (nearest first, as given) that lists a unit of the name's level; for a name of no level, the first. */
	registryFor(key: string): Registry | undefined {
		const level = nameLevel(key, this.catalog);
		return (level === undefined ? this.byRegistry[0] : this.byRegistry.find((entry) => lists(entry, level, key)))?.registry;
	}

	/** The first registry (nearest first, as given) that lists units of the level; undefined when none does. */
	registryListing(level: NameLevel): Registry | undefined {
		return this.byRegistry.find((entry) => lists(entry, level))?.registry;
	}

	/** Whether some registry lists a unit of the name's level, or the name is of none. */
	covers(key: string): boolean {
		return this.unlistedLevel(key) === undefined;
	}

	/**
	 * The level of a name when no registry lists units of it (`body|区` for a district's 区财政局 under its
	 * city's registry alone), to tell names of one such level; undefined for a name they judge. Remembered
	 * by key: completion asks it of the same few hundred names at every keystroke.
	 */
	unlistedLevel(key: string): string | undefined {
		let found = this.unlisted.get(key);
		if (found === undefined) {
			const level = nameLevel(key, this.catalog);
			found = level === undefined || this.byRegistry.some((entry) => lists(entry, level, key)) ? null : levelKey(level);
			if (this.unlisted.size >= 10_000) {
				this.unlisted.clear();
			}
			this.unlisted.set(key, found);
		}
		return found ?? undefined;
	}

	private levelsOf(registry: Registry): { levels: Set<string>; bare: boolean } {
		const counts = new Map<string, number>();
		let withLevel = 0;
		let bare = false;
		for (const unit of registry.units) {
			if (unit.collective) {
				continue;
			}
			// A unit counts once per level its names give (市发展和改革委员会 = 市发改委: one 市 unit).
			const own = new Set<string>();
			for (const key of unit.keys) {
				const level = isCollectiveName(key) ? undefined : nameLevel(key, this.catalog);
				if ((level?.level === '国家' && !NATIONAL_ONLY.test(key)) || namesWorkOfBureau(key)) {
					continue;
				}
				if (level) {
					own.add(listedKey(key, level));
				} else {
					bare ||= this.isBareLocalBody(key);
				}
			}
			withLevel += own.size > 0 ? 1 : 0;
			for (const level of own) {
				counts.set(level, (counts.get(level) ?? 0) + 1);
			}
		}
		const levels = new Set([...counts].filter(([level, count]) => level.startsWith('place|') || count >= LEVEL_UNITS || count > withLevel * LEVEL_SHARE).map(([level]) => level));
		// Bare only when no department of it has a level: a city's 市… registry that writes 公积金中心 bare is still a city's,
		// and a district's that lists the city bureaus' branches in it (市公安局临川分局) is a district's. A national unit it
		// lists (国家发展改革委) says nothing of its own level.
		return { levels, bare: bare && ![...levels].some((level) => (level.startsWith('body|') && level !== NATIONAL_LEVEL) || level.startsWith(`${BRANCHES}|`)) };
	}

	/** A local department the catalog knows, written without its level (财政局, 发改局), not a national body (财政部). */
	private isBareLocalBody(key: string): boolean {
		const identity = this.catalog.identifyKey(key);
		return identity !== undefined && identity.level === '' && this.catalog.bodies[identity.body].local;
	}
}

function levelKey(level: NameLevel): string {
	return `${level.kind}|${tierOf(level)}`;
}

/**
 * The branches a city's bureaus keep in a district, named after it (`市公安局临川分局`, `市自然资源局临川分局`):
 * the district's units, listed in its registry beside 区财政局, as a level of their own. Counted as the
 * city's, three of them made a district's registry judge every 市… name, and a district notice's
 * correct 市财政局 got unknown-unit. A registry listing them judges such branches (a misspelt
 * 市生态环境局临穿分局), as one listing the bureaus' level does.
 */
const BRANCHES = 'branch';
const NATIONAL_LEVEL = 'body|国家';

/**
 * The level a registry lists a name's unit at: a branch's by its bureau's tier (`branch|市` for 市生态环境局东乡分局),
 * since a county's registry listing its own bureaus' 县市场监督管理局城关分局 judged the city's branches in the county
 * (units-catalog: "At county level it is a branch: 市生态环境局XX分局"), which it never lists.
 */
function listedKey(key: string, level: NameLevel): string {
	return level.kind === 'body' && namesBranchOfBureau(key) && !namesWorkOfBureau(key) ? `${BRANCHES}|${tierOf(level)}` : levelKey(level);
}

/**
 * A bureau's branch or detachment named after its work, not a place (市公安局治安分局, 市公安局交通警察支队, 市生态环境局综合行政
 * 执法支队): the city bureau's own, which a district's registry may list beside the branches in the district. Counted
 * as a branch in the district (see BRANCHES) or as the city's body, three of them made the district's registry judge
 * the city's 市公安局网安分局 or every 市… name, and a new one went into the district's registry. A registry listing them
 * says nothing of its levels; a unit of that name belongs with its bureau's level.
 */
const WORK_OF_BUREAU =
	/局(?:治安|交通警察|交警|交通管理|刑事侦查|刑侦|刑警|经济犯罪侦查|经侦|特警|巡特警|巡警|网络安全保卫|网安|禁毒|出入境管理|监管|技侦|国保|内保|水上|森林|直属|高速公路|轨道交通|公共交通|机场|食品药品环境犯罪侦查|环境食品药品|食药环|(?:综合)?(?:行政)?执法|稽查|执法稽查|督察|警务保障)(?:分局|支队|大队)$/;

function namesWorkOfBureau(key: string): boolean {
	return WORK_OF_BUREAU.test(key);
}

/**
 * The levels a registry written without prefixes judges: its own, whichever it is (市, 县, 区 and their towns), never
 * a province's, a prefecture's or the State's above it (a district's 财政局, 发改局 … called a correct 省财政厅 unknown).
 */
const ABOVE_BARE = new Set(['省', '州', '国家']);

/** Whether a registry lists units of the level (of the name `key`, when a name is asked about). */
function lists(entry: { levels: Set<string>; bare: boolean; prefecture: boolean }, level: NameLevel, key?: string): boolean {
	// A branch is judged by a registry of its bureau's level too (the city's 市生态环境局 for a misspelt 市生态环境局东乡分局).
	return (
		entry.levels.has(levelKey(level)) ||
		(key !== undefined && entry.levels.has(listedKey(key, level))) ||
		(entry.bare && level.kind === 'body' && (!ABOVE_BARE.has(level.level) || (entry.prefecture && level.level === '州')))
	);
}

/**
 * Whether a registry is a prefecture's by the folder it is kept in (`湘西州/单位名录.txt`, `…自治州/`, out of year
 * folders) or its own name (`湘西州单位名录.txt`, `湘西州.units.txt`, given in the settings): written without prefixes
 * (财政局, 发改委), its own level is 州, which it judges (a misspelt 州财正局 went unsaid) and writes bare (州财政局 is its
 * 财政局, see UnitDirectory). A city's folder ends in 州 too (杭州, 郑州, 江苏徐州): only a prefecture's name is one (see
 * PREFECTURE_NAME).
 */
export function keptByPrefecture(uri: string): boolean {
	const key = uriKey(uri);
	const own = key.slice(key.lastIndexOf('/') + 1).replace(/(?:\.units)?\.txt$/i, '').replace(/单位名录$/, '');
	const folder = folderOutOfYears(key);
	return PREFECTURE_NAME.test(own) || PREFECTURE_NAME.test(folder.slice(folder.lastIndexOf('/') + 1));
}

/**
 * The thirty autonomous prefectures by their short names (湘西州, 黔东南州, 博州 …) or written whole (…自治州): any folder of
 * two characters before 州 was one, and a city's kept under its province (江苏徐州/, 浙江温州/) judged 州 names (a reviewer).
 */
const PREFECTURE_NAME = /^(?:[\u4e00-\u9fff]{2,}自治州|(?:延边|恩施|湘西|阿坝|甘孜|凉山|黔东南|黔南|黔西南|楚雄|红河|文山|西双版纳|大理|德宏|怒江|迪庆|临夏|甘南|海北|黄南|海南|果洛|玉树|海西|昌吉|博尔塔拉|巴音郭楞|克孜勒苏|伊犁|博|巴|克)州)$/;
