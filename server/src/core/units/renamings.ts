import { RENAMINGS } from './catalogData';
import type { RegistryUnit } from './registry';

/** Computed once per registry unit (its names and successor never change). */
const catalogYears = new WeakMap<RegistryUnit, number | null>();

/**
 * The first year whose notices are expected to write a registry unit's successor: the year the
 * registry writes on the rename (`县农业局 -> 县农业农村局（2019年）`), else the year of the catalog's
 * renaming when the rename is one it knows (人民银行江州市中心支行 -> 中国人民银行江州市分行: 2024),
 * else undefined — a rename with no year from either, which every notice is held to.
 */
export function renamingYear(unit: RegistryUnit): number | undefined {
	if (!unit.successor || unit.successorKey === undefined) {
		return undefined;
	}
	if (unit.renamedIn !== undefined) {
		return unit.renamedIn;
	}
	let year = catalogYears.get(unit);
	if (year === undefined) {
		year = catalogYear(unit.keys, unit.successorKey) ?? null;
		catalogYears.set(unit, year);
	}
	return year ?? undefined;
}

/**
 * Whether a notice of `noticeYear` should write the unit's successor. A name was right in its
 * year: a 2022 notice wrote 人民银行江州市中心支行, renamed 2023-08-18, and a 2017 notice 县国土资源局,
 * renamed in the 2018–19 reform, though the office's registry, kept across the reforms, now says
 * `旧名 -> 新名`. A notice whose year is not found is held to every rename, as an undated rename
 * holds every notice: the registry's keeper wrote it for the notices it checks, with no year to
 * spare the older ones.
 */
export function renameApplies(unit: RegistryUnit, noticeYear: number | undefined): boolean {
	if (!unit.successor) {
		return false;
	}
	if (noticeYear === undefined) {
		return true;
	}
	const year = renamingYear(unit);
	return year === undefined || noticeYear >= year;
}

/** The year of the catalog's renaming whose old part one of `oldKeys` holds and whose new part `newKey` holds. */
function catalogYear(oldKeys: readonly string[], newKey: string): number | undefined {
	for (const renaming of RENAMINGS) {
		if (renaming.new.some((part) => newKey.includes(part)) && oldKeys.some((key) => renaming.old.some((part) => key.includes(part)))) {
			return renaming.from;
		}
	}
	return undefined;
}
