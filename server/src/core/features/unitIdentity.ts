import type { UnitMention } from '../model/types';
import type { UnitDirectory } from '../units/unitDirectory';

/**
 * What makes two mentions the same unit for references, hover and the Units view: the registry
 * unit they resolve to, or else their key. A unit's identity is stable across notices.
 */
export function unitIdentity(mention: Pick<UnitMention, 'name' | 'key'>, directory: UnitDirectory | undefined): string {
	const resolved = directory?.resolve(mention.name, mention.key);
	return resolved ? `registry:${resolved.unit.uri}#${resolved.unit.canonical}` : `name:${mention.key}`;
}

/** The name to show for an identity's unit: the registry's canonical name, or the name as written most. */
export function displayName(mention: Pick<UnitMention, 'name' | 'key'>, directory: UnitDirectory | undefined): string {
	return directory?.resolve(mention.name, mention.key)?.unit.canonical ?? mention.name;
}
