import type { UnitRole } from '../syntax/fieldLabels';
import { format, type Locale } from './message';

/** The one role vocabulary: 牵头 / 责任 / 配合, Lead / Responsible / Cooperating. */
export const ROLE_ORDER: readonly UnitRole[] = ['lead', 'responsible', 'other'];

export function roleWord(role: UnitRole, locale: Locale): string {
	return format(`role.${role}`, [], locale);
}

/** `牵头 2 项 · 责任 1 项 · 配合 0 项` / `Lead 2 · Responsible 1 · Cooperating 0`. */
export function roleCounts(counts: Record<UnitRole, number>, locale: Locale): string {
	return ROLE_ORDER.map((role) => format('role.count', [roleWord(role, locale), counts[role]], locale)).join(format('role.counts.separator', [], locale));
}

/** A role as a heading over its tasks: `牵头（2）` / `Lead (2)`. */
export function roleGroup(role: UnitRole, count: number, locale: Locale): string {
	return format('role.group', [roleWord(role, locale), count], locale);
}
