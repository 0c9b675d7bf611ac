import { message } from '../messages/message';
import type { Notice, UnitMention } from '../model/types';
import { swapsBureauAndCommission, type UnitDirectory } from '../units/unitDirectory';
import { NOTHING, type Rule } from './checkContext';
import type { RuleFinding } from './finding';
import { SpellingIdentities } from './spellingIdentities';
import { emptyList } from '../text/objectLists';
import { spanOf } from '../model/spansOf';

/**
 * One unit written two ways in one notice: dashes or widths that differ (普陀山—朱家尖 / 普陀山-朱家尖),
 * 委 for 局 (市经信委 once where 市经信局 stands twenty times), two names of one body by the catalog,
 * or two names of one registry unit. The rarer spelling is reported, pointing at the usual one (under a
 * registry, the spelling that is one of its names).
 */
export const unitVariant: Rule = ({ notice, catalog, directory, spellings: kept, year }) => {
	// An open notice's check keeps the spellings from the check before (see SpellingIdentities).
	const table = kept ?? new SpellingIdentities(false);
	table.use(catalog, directory);
	if (!mayHaveVariants(notice, table)) {
		// The shared empty list, of the kind full ones are (see emptyList).
		return NOTHING;
	}
	const spellings = new Map<string, UnitMention[]>();
	for (const unit of notice.units) {
		if (!unit.collective) {
			const list = spellings.get(unit.name);
			if (list) {
				list.push(unit);
			} else {
				spellings.set(unit.name, [unit]);
			}
		}
	}
	const names = [...spellings.keys()];
	const identityOf = names.map((name) => table.identityFor(spellings.get(name)![0]));
	const parent = names.map((_, index) => index);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	const byIdentity = new Map<string, number>();
	for (let index = 0; index < names.length; index++) {
		for (const identity of identityOf[index].links) {
			const other = byIdentity.get(identity);
			if (other === undefined) {
				byIdentity.set(identity, index);
			} else {
				parent[find(index)] = find(other);
			}
		}
	}

	/** 委/局 swapped, and nothing else says the two spellings are one unit. */
	const onlyStemSwap = (a: number, b: number) => {
		const identityA = identityOf[a];
		const identityB = identityOf[b];
		if (!swapsBureauAndCommission(identityA.key, identityB.key)) {
			return false;
		}
		const bodyA = identityA.body;
		const bodyB = identityB.body;
		const sameBody = bodyA !== undefined && bodyB !== undefined && bodyA.level === bodyB.level && bodyA.body === bodyB.body;
		return !sameBody && (identityA.unit === undefined || identityA.unit !== identityB.unit);
	};

	const clusters = new Map<number, number[]>();
	for (let index = 0; index < names.length; index++) {
		const root = find(index);
		const cluster = clusters.get(root);
		if (cluster) {
			cluster.push(index);
		} else {
			clusters.set(root, [index]);
		}
	}
	const mentionsOf = (index: number) => spellings.get(names[index])!;
	// The usual spelling: the registry's own name (`责任单位：市教育局` under a registry of 市教育局 beside
	// 市教育体育局 twice: the fix writes the registry's name), then the most frequent, then the first written.
	const usualFirst = (a: number, b: number) =>
		Number(identityOf[b].registryName) - Number(identityOf[a].registryName) || mentionsOf(b).length - mentionsOf(a).length || mentionsOf(a)[0].start - mentionsOf(b)[0].start;
	const declared = declaredShortForms(notice);
	/**
	 * The State Council's convention (units-catalog.md A: "official: 发展改革委 (in lists), 国家发展改革委
	 * (standalone)"): `（人力资源社会保障部、发展改革委按职责分工负责）` and `（国家发展改革委负责）` are one
	 * notice's two right forms, no variant; so are `（国资委、财政部按职责分工负责）` and `（国务院国资委负责）`
	 * ("国务院国有资产监督管理委员会 | official: 国务院国资委, 国资委").
	 */
	const listAndStandalone = (long: string, short: string) => (long === '国家' + short || long === '国务院' + short) && catalog.nationalShortForm(short) !== undefined;
	const findings: RuleFinding[] = emptyList();
	for (const written of clusters.values()) {
		// A name the registry renamed by the notice's year is renamed-unit's (`县卫健委 -> 县卫生健康局（2024年）` in a
		// 2025 notice): one warning and one fix, not a second saying it or its successor is a variant of the other.
		const cluster = written.length < 2 ? written : written.filter((index) => !renamedByYear(names[index], directory, year));
		if (cluster.length < 2) {
			continue;
		}
		const usual = [...cluster].sort(usualFirst)[0];
		const usualMentions = mentionsOf(usual);
		for (const index of cluster) {
			if (index === usual) {
				continue;
			}
			if (listAndStandalone(identityOf[index].key, identityOf[usual].key) || listAndStandalone(identityOf[usual].key, identityOf[index].key) || declared.get(names[index]) === names[usual] || declared.get(names[usual]) === names[index]) {
				continue;
			}
			const mentions = mentionsOf(index);
			// 委/局 alone is weak evidence: a variant only as a single odd spelling next to a frequent one.
			if (onlyStemSwap(index, usual) && !(mentions.length === 1 && usualMentions.length >= 3)) {
				continue;
			}
			for (const mention of mentions) {
				findings.push({
					code: 'unit-variant' as const,
					span: spanOf(mention),
					args: [names[index], names[usual], String(usualMentions.length)],
					suggestions: [names[usual]],
					related: [{ span: spanOf(usualMentions[0]), message: message('related.usually-written', names[usual]) }],
				});
			}
		}
	}
	return findings;
};

/** Whether the registry renamed `name` by `year` (see renamedUnit). */
function renamedByYear(name: string, directory: UnitDirectory | undefined, year: number | undefined): boolean {
	const resolution = directory?.resolve(name);
	return resolution?.unit.successor !== undefined && directory!.current(resolution.unit, year) !== resolution.unit;
}

/**
 * The short forms a notice declares, each with the name it stands for: `牵头单位：市发展和改革委员会
 * （以下简称市发改委）` makes 市发改委 the declared form of 市发展和改革委员会, as the rules for 公文 ask
 * for a short form at its first use, so the two are no variant of each other.
 */
function declaredShortForms(notice: Notice): Map<string, string> {
	const declared = new Map<string, string>();
	for (const unit of notice.units) {
		const match = unit.qualifier && DECLARED_SHORT_FORM.exec(unit.qualifier.text);
		if (match) {
			declared.set(match[1], unit.name);
		}
	}
	return declared;
}

const DECLARED_SHORT_FORM = /^(?:以下(?:简称|簡稱|称|稱)|下(?:称|稱)|简称|簡稱)[：:]?[“"「『]?([^”"」』]+?)[”"」』]?$/;

/**
 * Whether two spellings named in the notice share an identity: counted by their numbers (a
 * keystroke's check counts again only the mentions of the tasks it did not count last time, see
 * countsOfTasks, and looks at each spelling numbered, not at each mention) — or when a name was
 * read with another key than it was numbered with.
 */
function mayHaveVariants(notice: Notice, table: SpellingIdentities): boolean {
	const counts = table.countsOfTasks(notice.tasks);
	if (!counts) {
		return true;
	}
	const headingIds: number[] = [];
	for (const section of notice.sections) {
		for (const unit of section.units) {
			const id = table.idOf(unit);
			if (id === undefined) {
				return true;
			}
			headingIds.push(id);
		}
	}
	const size = table.size;
	const inHeadings = new Uint8Array(headingIds.length > 0 ? size : 0);
	for (const id of headingIds) {
		if (id >= 0) {
			inHeadings[id] = 1;
		}
	}
	const named = (id: number) => (id < counts.length && counts[id] > 0) || (id < inHeadings.length && inHeadings[id] === 1);
	for (let id = 0; id < size; id++) {
		if (!named(id)) {
			continue;
		}
		for (const other of table.identity(id).shared) {
			if (named(other)) {
				return true;
			}
		}
	}
	return false;
}
