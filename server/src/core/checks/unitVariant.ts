import { message } from '../messages/message';
import type { UnitMention } from '../model/types';
import { swapsBureauAndCommission } from '../units/unitDirectory';
import type { Rule } from './checkContext';

/**
 * One unit written two ways in one notice: dashes or widths that differ (普陀山—朱家尖 / 普陀山-朱家尖),
 * 委 for 局 (市经信委 once where 市经信局 stands twenty times), two names of one body by the catalog,
 * or two names of one registry unit. The rarer spelling is reported, pointing at the usual one.
 */
export const unitVariant: Rule = ({ notice, catalog, directory }) => {
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
	const parent = names.map((_, index) => index);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	const union = (a: number, b: number) => {
		parent[find(a)] = find(b);
	};
	const byIdentity = new Map<string, number>();
	const link = (identity: string, index: number) => {
		const other = byIdentity.get(identity);
		if (other === undefined) {
			byIdentity.set(identity, index);
		} else {
			union(index, other);
		}
	};
	names.forEach((name, index) => {
		const mention = spellings.get(name)![0];
		link(`key:${mention.key}`, index);
		const body = catalog.identify(name);
		if (body && body.level !== '') {
			link(`body:${body.level}|${body.body}`, index);
		}
		const resolved = directory?.resolve(name, mention.key);
		if (resolved) {
			link(`registry:${resolved.unit.uri}|${resolved.unit.nameSpan.start}`, index);
		}
		if (/[委局]$/.test(mention.key)) {
			link(`stem:${mention.key.slice(0, -1)}`, index);
		}
	});

	const onlyStemSwap = (a: string, b: string) => {
		const keyA = spellings.get(a)![0].key;
		const keyB = spellings.get(b)![0].key;
		if (!swapsBureauAndCommission(keyA, keyB)) {
			return false;
		}
		const bodyA = catalog.identify(a);
		const bodyB = catalog.identify(b);
		const sameBody = bodyA !== undefined && bodyB !== undefined && bodyA.level === bodyB.level && bodyA.body === bodyB.body;
		const unitA = directory?.resolve(a, keyA)?.unit;
		return !sameBody && (unitA === undefined || unitA !== directory?.resolve(b, keyB)?.unit);
	};

	const clusters = new Map<number, string[]>();
	names.forEach((name, index) => {
		const root = find(index);
		const cluster = clusters.get(root);
		if (cluster) {
			cluster.push(name);
		} else {
			clusters.set(root, [name]);
		}
	});
	const findings = [];
	for (const cluster of clusters.values()) {
		if (cluster.length < 2) {
			continue;
		}
		// The usual spelling: the most frequent, then the first written.
		const usual = [...cluster].sort((a, b) => spellings.get(b)!.length - spellings.get(a)!.length || spellings.get(a)![0].span.start - spellings.get(b)![0].span.start)[0];
		const usualMentions = spellings.get(usual)!;
		for (const name of cluster) {
			if (name === usual) {
				continue;
			}
			const mentions = spellings.get(name)!;
			// 委/局 alone is weak evidence: a variant only as a single odd spelling next to a frequent one.
			if (onlyStemSwap(name, usual) && !(mentions.length === 1 && usualMentions.length >= 3)) {
				continue;
			}
			for (const mention of mentions) {
				findings.push({
					code: 'unit-variant' as const,
					span: mention.span,
					args: [name, usual, String(usualMentions.length)],
					suggestions: [usual],
					related: [{ span: usualMentions[0].span, message: message('related.usually-written', usual) }],
				});
			}
		}
	}
	return findings;
};
