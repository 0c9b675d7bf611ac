import { unitKey, type ScriptFolder } from '../text/unitKey';
import { sameBody, type UnitCatalog } from './catalog';
import { editDistance } from './editDistance';
import type { Registry, RegistryUnit } from './registry';

/** How a name was found in the registry. */
export interface Resolution {
	unit: RegistryUnit;
	/** 'name': the canonical name or an alias; 'catalog': another name of the same body by the catalog. */
	via: 'name' | 'catalog';
}

/**
 * The units a notice may name: the registries that apply to it, backed by the built-in catalog.
 * Built once per set of registries and shared by every notice under them.
 */
export class UnitDirectory {
	private readonly byKey = new Map<string, RegistryUnit>();
	private readonly byCatalogBody = new Map<string, RegistryUnit>();
	/** Every registry name (canonical and aliases) with its unit, for suggestions. */
	private readonly names: Array<{ name: string; key: string; unit: RegistryUnit }> = [];
	private readonly namesByChar = new Map<string, number[]>();
	/** Scratch space for candidates(): how many characters each name shares with the query. */
	private shareCounts = new Uint16Array(0);
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
	}

	/** The matching key of a name (see unitKey). */
	keyOf(name: string): string {
		return unitKey(name, this.fold);
	}

	get isEmpty(): boolean {
		return this.units.length === 0;
	}

	private add(unit: RegistryUnit): void {
		this.units.push(unit);
		[unit.canonical, ...unit.aliases].forEach((name, nameIndex) => {
			const key = unit.keys[nameIndex];
			if (!this.byKey.has(key)) {
				this.byKey.set(key, unit);
			}
			const identity = this.catalog.identifyKey(key);
			if (identity) {
				const bodyKey = `${identity.level}|${identity.body}`;
				if (!this.byCatalogBody.has(bodyKey)) {
					this.byCatalogBody.set(bodyKey, unit);
				}
			}
			const index = this.names.length;
			this.names.push({ name, key, unit });
			for (const char of new Set(key)) {
				let list = this.namesByChar.get(char);
				if (!list) {
					list = [];
					this.namesByChar.set(char, list);
				}
				list.push(index);
			}
		});
	}

	resolve(name: string, key = unitKey(name, this.fold)): Resolution | undefined {
		const unit = this.byKey.get(key);
		if (unit) {
			return { unit, via: 'name' };
		}
		const identity = this.catalog.identify(name);
		const byBody = identity && this.byCatalogBody.get(`${identity.level}|${identity.body}`);
		return byBody ? { unit: byBody, via: 'catalog' } : undefined;
	}

	/** The current unit after following renames (甲 -> 乙 -> 丙 gives 丙); stops on a cycle. */
	current(unit: RegistryUnit): RegistryUnit {
		const seen = new Set<RegistryUnit>();
		let current = unit;
		while (current.successor && !seen.has(current)) {
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
	 * Up to `limit` registry names close to `name`: another name of the same body by the catalog,
	 * the 委/局 swap counties make, a name that contains it or is contained, then small edit distance.
	 */
	suggest(name: string, limit = 3): string[] {
		const key = unitKey(name, this.fold);
		const identity = this.catalog.identify(name);
		const scored: Array<{ name: string; unit: RegistryUnit; score: number }> = [];
		for (const index of this.candidates(key)) {
			const candidate = this.names[index];
			let score: number | undefined;
			if (identity && sameBody(identity, this.catalog.identify(candidate.name))) {
				score = 0;
			} else if (swapsBureauAndCommission(key, candidate.key)) {
				score = 1;
			} else if ((candidate.key.includes(key) || key.includes(candidate.key)) && Math.abs(candidate.key.length - key.length) <= 4) {
				score = 1.5;
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
			if (!units.has(entry.unit)) {
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
	 * Registry names sharing at least half of the characters of `key`, most shared first, at most
	 * 300. Counting runs over posting lists into a reused array and picks by bucket, so a registry of
	 * 50,000 units costs a few milliseconds a query, not a sort of the whole registry.
	 */
	private candidates(key: string): number[] {
		const chars = [...new Set(key)];
		if (this.shareCounts.length < this.names.length) {
			this.shareCounts = new Uint16Array(this.names.length);
		}
		const counts = this.shareCounts;
		const touched: number[] = [];
		for (const char of chars) {
			for (const index of this.namesByChar.get(char) ?? []) {
				if (counts[index]++ === 0) {
					touched.push(index);
				}
			}
		}
		const threshold = Math.max(1, Math.ceil(chars.length / 2));
		const buckets: number[][] = [];
		for (const index of touched) {
			const count = counts[index];
			counts[index] = 0;
			if (count >= threshold) {
				(buckets[count] ??= []).push(index);
			}
		}
		const result: number[] = [];
		for (let count = buckets.length - 1; count >= threshold && result.length < 300; count--) {
			for (const index of buckets[count] ?? []) {
				result.push(index);
				if (result.length === 300) {
					break;
				}
			}
		}
		return result;
	}
}

/** 市经信委 / 市经信局: the same stem with 委 and 局 swapped, as county and city levels differ. */
export function swapsBureauAndCommission(a: string, b: string): boolean {
	if (a.length !== b.length || a.length < 3) {
		return false;
	}
	const last = a[a.length - 1] + b[b.length - 1];
	return (last === '委局' || last === '局委') && a.slice(0, -1) === b.slice(0, -1);
}
