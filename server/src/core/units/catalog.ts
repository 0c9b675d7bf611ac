import { unitKey, type ScriptFolder } from '../text/unitKey';
import { LOCAL_BODIES, NATIONAL_BODIES, NATIONAL_SHORT_FORMS, OFFICIAL_NAME_FRAMES, VERTICAL_NAME_FRAMES } from './catalogData';

const LEVEL_PREFIXES = ['省', '市', '县', '区'];

/** Which body a name denotes by the catalog: the same body at the same level is one identity. */
export interface CatalogIdentity {
	/** 省, 市, 县, 区, or '' for national bodies and local names written without a prefix. */
	level: string;
	body: number;
	/** The body's full name at that level, e.g. 市发展和改革委员会. */
	fullName: string;
}

/** A full official name as a notice writes it: its key, and its body by the catalog when the catalog knows it. */
export interface PlacelessForm {
	key: string;
	identity: CatalogIdentity | undefined;
	/** The place with its level as written before the body (衢州市 in 国家税务总局衢州市税务局); '' when none. */
	place: string;
	/** The office the frame's tail names (分行, 中心支行 in 人民银行江州市中心支行); undefined when the frame has no tail. */
	office?: string;
}

/** A vertical office named by its place and no level (see VERTICAL_NAME_FRAMES): its kind, and the place ('' when unnamed). */
export interface VerticalForm {
	kind: string;
	place: string;
	/** The level the place was written with (市 for 江州市调查队 and 市调查队, 县 for 江北县调查队); '' when none. */
	level: string;
}

/** The built-in catalog of standard department names (see catalogData.ts). */
export class UnitCatalog {
	private readonly localByKey = new Map<string, number>();
	private readonly nationalByKey = new Map<string, number>();
	/** NATIONAL_SHORT_FORMS by key: the national body a bare form also names. */
	private readonly nationalByShortForm = new Map<string, number>();
	readonly bodies: ReadonlyArray<{ names: string[]; local: boolean }>;

	constructor(private readonly fold: ScriptFolder) {
		const bodies: Array<{ names: string[]; local: boolean }> = [];
		for (const [list, local] of [[LOCAL_BODIES, true], [NATIONAL_BODIES, false]] as const) {
			for (const line of list) {
				const id = bodies.length;
				const names = line.split('|');
				bodies.push({ names, local });
				for (const name of names) {
					(local ? this.localByKey : this.nationalByKey).set(unitKey(name, fold), id);
				}
			}
		}
		this.bodies = bodies;
		for (const [short, full] of NATIONAL_SHORT_FORMS) {
			const body = this.nationalByKey.get(unitKey(full, fold));
			if (body !== undefined) {
				this.nationalByShortForm.set(unitKey(short, fold), body);
			}
		}
	}

	/** The national body a bare short form also names (发展改革委: 国家发展和改革委员会; see NATIONAL_SHORT_FORMS). Takes a key. */
	nationalShortForm(key: string): CatalogIdentity | undefined {
		const body = this.nationalByShortForm.get(key);
		return body === undefined ? undefined : { level: '', body, fullName: this.bodies[body].names[0] };
	}

	identify(name: string): CatalogIdentity | undefined {
		return this.identifyKey(unitKey(name, this.fold));
	}

	/** Whether a name is a national body's (交通部, 国办): no level prefix is its. */
	namesNationalBody(name: string): boolean {
		return this.nationalByKey.has(unitKey(name, this.fold));
	}

	/** As identify, from a name's key (see unitKey). */
	identifyKey(key: string): CatalogIdentity | undefined {
		const national = this.nationalByKey.get(key);
		if (national !== undefined) {
			return { level: '', body: national, fullName: this.bodies[national].names[0] };
		}
		for (const level of LEVEL_PREFIXES) {
			if (key.startsWith(level) && !(level === '市' && key.startsWith('市场') && !key.startsWith('市市场'))) {
				const body = this.localByKey.get(key.slice(1));
				if (body !== undefined) {
					return { level, body, fullName: level + this.bodies[body].names[0] };
				}
			}
		}
		const bare = this.localByKey.get(key);
		return bare === undefined ? undefined : { level: '', body: bare, fullName: this.bodies[bare].names[0] };
	}

	/**
	 * What a notice writes for a full official name with its place (see OFFICIAL_NAME_FRAMES): for
	 * 衢州市发展和改革委员会 the catalog's 市发展和改革委员会, for 共青团衢州市委 团市委. Undefined when the
	 * name opens with no place the catalog's facts account for. Takes and gives keys (see unitKey).
	 */
	placelessForm(key: string): PlacelessForm | undefined {
		for (const frame of OFFICIAL_NAME_FRAMES) {
			if (key.startsWith(frame.head)) {
				const found = this.afterPlace(key.slice(frame.head.length), 0, (level, tail, place) => this.framed(frame, level, tail, place));
				if (found) {
					return found;
				}
			}
		}
		// No head: a place of two characters or more (衢州市, 衢州市柯城区), and a body the catalog knows at that level.
		return this.afterPlace(key, 2, (level, tail, place) => {
			const identity = this.identifyKey(level + tail);
			return identity && identity.level === level ? { key: level + tail, identity, place } : undefined;
		});
	}

	/** The first reading of `rest` as a place of `minPlace` characters or more, a level, and a tail that `read` accepts. */
	private afterPlace(rest: string, minPlace: number, read: (level: string, tail: string, place: string) => PlacelessForm | undefined): PlacelessForm | undefined {
		for (let at = minPlace; at < rest.length - 1; at++) {
			if (!LEVEL_PREFIXES.includes(rest[at]) || !/^[\u4e00-\u9fff]*$/.test(rest.slice(0, at))) {
				continue;
			}
			const found = read(rest[at], rest.slice(at + 1), rest.slice(0, at + 1));
			if (found) {
				return found;
			}
		}
		return undefined;
	}

	private framed(frame: (typeof OFFICIAL_NAME_FRAMES)[number], level: string, tail: string, place: string): PlacelessForm | undefined {
		if (frame.tail !== undefined && tail !== frame.tail) {
			return undefined;
		}
		const key = frame.short.replace('{L}', level).replace('{T}', tail);
		const found = this.identifyKey(key);
		const identity = found && found.level === level ? found : undefined;
		// A form the catalog does not know is taken only as the frame writes it whole: 团市委, or 市委 for 中共衢州市委.
		return identity || frame.tail !== undefined || tail === '委' ? { key, identity, place, office: frame.tail } : undefined;
	}

	/**
	 * Whether a registry name (a key) is another office than `office` of the frames (中国人民银行江州市分行
	 * for 中心支行): the 人民银行's 中心支行 became 分行 in 2023, one body by the catalog, two names by the year.
	 */
	namesOtherOffice(key: string, office: string): boolean {
		return !key.endsWith(office) && OFFICIAL_NAME_FRAMES.some((frame) => frame.tail !== undefined && frame.tail !== office && frame.tail.length > 1 && key.endsWith(frame.tail));
	}

	/**
	 * A vertical office by its place (VERTICAL_NAME_FRAMES): 国家金融监督管理总局江州监管分局 and
	 * 江州金融监管分局 give one kind and place (江州), 国家统计局江州调查队 and 江州调查队 another; 调查队
	 * alone names no place. A trailing level is no part of the place but is kept apart (江州市调查队 is
	 * 江州调查队 of a 市; 县调查队 a 县's, 国家统计局江北调查队 the official name of 江北县's). Takes a key.
	 */
	verticalForm(key: string): VerticalForm | undefined {
		for (const frame of VERTICAL_NAME_FRAMES) {
			const place = key.startsWith(frame.head) && key.endsWith(frame.tail) ? key.slice(frame.head.length, key.length - frame.tail.length) : key.endsWith(frame.short) ? key.slice(0, key.length - frame.short.length) : undefined;
			const level = place !== undefined && place.length > 0 && LEVEL_PREFIXES.includes(place[place.length - 1]) ? place[place.length - 1] : '';
			const bare = level ? place!.slice(0, -1) : place;
			// One character and no level is no place (a word before the kind); 沛县 is one with its level.
			if (bare !== undefined && /^[\u4e00-\u9fff]*$/.test(bare) && (bare.length !== 1 || level !== '')) {
				return { kind: frame.short, place: bare, level };
			}
		}
		return undefined;
	}

	/** Every name of the body, at the identity's level: 市发展和改革委员会, 市发展改革委, 市发改委 … */
	namesOf(identity: CatalogIdentity): string[] {
		const body = this.bodies[identity.body];
		return body.names.map((name) => identity.level + name);
	}

	/** All names at one level (for completion and suggestions without a registry). */
	allNames(level: string): string[] {
		// A 厅 is a province's (财政厅, 人社厅): 省 before it whatever the notice's level, never 市财政厅.
		return this.bodies.flatMap((body) => (body.local ? body.names.map((name) => (body.names[0].endsWith('厅') ? '省' : level) + name) : body.names));
	}
}

export function sameBody(a: CatalogIdentity | undefined, b: CatalogIdentity | undefined): boolean {
	return a !== undefined && b !== undefined && a.body === b.body && a.level === b.level;
}
