import type { UnitMention } from '../model/types';
import { canonicalKey } from '../units/registry';
import type { UnitDirectory } from '../units/unitDirectory';

/**
 * What makes two mentions the same unit for references, hover and the Units view: the key of the
 * registry's canonical name when the mention resolves, or else the mention's own key. So 市发改委
 * (an alias) and 市发展和改革委员会 are one unit, and a unit is the same in notices under
 * different registries.
 */
export function unitIdentity(mention: Pick<UnitMention, 'name' | 'key'>, directory: UnitDirectory | undefined): string {
	const resolved = directory?.resolve(mention.name, mention.key);
	return identityOfKey(resolved ? canonicalKey(resolved.unit) : mention.key);
}

/** The identity of a registry unit, from the key of its canonical name. */
export function identityOfKey(key: string): string {
	return `unit:${key}`;
}

/** The name to show for a mention's unit: the registry's canonical name, or the name as resolved. */
export function displayName(mention: Pick<UnitMention, 'name' | 'key'>, directory: UnitDirectory | undefined): string {
	return directory?.resolve(mention.name, mention.key)?.unit.canonical ?? mention.name;
}
