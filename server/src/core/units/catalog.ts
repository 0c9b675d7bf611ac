import { unitKey, type ScriptFolder } from '../text/unitKey';
import { LOCAL_BODIES, NATIONAL_BODIES } from './catalogData';

const LEVEL_PREFIXES = ['省', '市', '县', '区'];

/** Which body a name denotes by the catalog: the same body at the same level is one identity. */
export interface CatalogIdentity {
	/** 省, 市, 县, 区, or '' for national bodies and local names written without a prefix. */
	level: string;
	body: number;
	/** The body's full name at that level, e.g. 市发展和改革委员会. */
	fullName: string;
}

/** The built-in catalog of standard department names (see catalogData.ts). */
export class UnitCatalog {
	private readonly localByKey = new Map<string, number>();
	private readonly nationalByKey = new Map<string, number>();
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
	}

	identify(name: string): CatalogIdentity | undefined {
		return this.identifyKey(unitKey(name, this.fold));
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

	/** Every name of the body, at the identity's level: 市发展和改革委员会, 市发展改革委, 市发改委 … */
	namesOf(identity: CatalogIdentity): string[] {
		const body = this.bodies[identity.body];
		return body.names.map((name) => identity.level + name);
	}

	/** All names at one level (for completion and suggestions without a registry). */
	allNames(level: string): string[] {
		return this.bodies.flatMap((body) => (body.local ? body.names.map((name) => level + name) : body.names));
	}
}

export function sameBody(a: CatalogIdentity | undefined, b: CatalogIdentity | undefined): boolean {
	return a !== undefined && b !== undefined && a.body === b.body && a.level === b.level;
}
