import { lineBreakOf } from '../text/lineBreaks';
import type { ScriptFolder } from '../text/unitKey';
import type { UnitCatalog } from './catalog';
import { parseRegistry } from './registry';
import { UnitDirectory } from './unitDirectory';

/** New lines for the end of a registry. */
export interface RegistryAppend {
	/** Where they go: the end of the registry text. */
	offset: number;
	/** A line break to write first, when the registry's last line has none. */
	separator: string;
	/** One line per added name, each ending in the registry's own line break. */
	lines: string;
	added: string[];
	/** Names no registry line can hold as written: `甲=乙` would read as a name and an alias, `甲#乙` as 甲 and a comment. */
	refused: string[];
}

/** Line splitting does not depend on script folding; keys are not compared here. */
const asWritten: ScriptFolder = (text) => text;

/** Whether a registry line holding just `name` reads back as that one unit name (no alias, rename, comment or collective marker). */
export function readsAsRegistryName(name: string): boolean {
	if (/[\r\n\u2028\u2029]/.test(name)) {
		return false;
	}
	const read = parseRegistry(name, '', asWritten);
	const unit = read.units[0];
	return read.findings.length === 0 && read.units.length === 1 && unit.canonical === name && unit.aliases.length === 0 && unit.successor === undefined && !unit.collective;
}

/**
 * Appends `names` to a registry, one a line, read by the registry parser itself: a name a line
 * would not hold is refused rather than written.
 */
export function appendToRegistry(registryText: string, names: readonly string[]): RegistryAppend {
	const lineBreak = lineBreakOf(registryText);
	const added = names.filter(readsAsRegistryName);
	const refused = names.filter((name) => !added.includes(name));
	return {
		offset: registryText.length,
		separator: added.length > 0 && registryText.length > 0 && !/[\r\n]$/.test(registryText) ? lineBreak : '',
		lines: added.map((name) => name + lineBreak).join(''),
		added,
		refused,
	};
}

/**
 * The units of a notice a registry does not know yet, as lines to append (collectives left out,
 * each unit once, in order of first use). "Known" is what the unknown-unit check says: a name, an
 * alias, a successor after `->` or `=>`, or another name of the same body by the catalog. Units
 * `leftOut` are not added (a district's new registry takes none its city's registry judges).
 */
export function registryAdditions(
	units: ReadonlyArray<{ name: string; key: string; collective: boolean }>,
	registryText: string,
	catalog: UnitCatalog,
	fold: ScriptFolder,
	leftOut?: (unit: { name: string; key: string }) => boolean,
): RegistryAppend {
	const directory = new UnitDirectory([parseRegistry(registryText, '', fold)], catalog, fold);
	const seen = new Set<string>();
	const names: string[] = [];
	for (const unit of units) {
		if (unit.collective || seen.has(unit.key) || directory.resolve(unit.name, unit.key) || leftOut?.(unit)) {
			continue;
		}
		// 市发改委 and 市发展改革委 in one notice are one unit: the first spelling is added.
		const identity = catalog.identifyKey(unit.key);
		const body = identity && `${identity.level}|${identity.body}`;
		if (body && seen.has(body)) {
			continue;
		}
		seen.add(unit.key);
		if (body) {
			seen.add(body);
		}
		names.push(unit.name);
	}
	return appendToRegistry(registryText, names);
}
