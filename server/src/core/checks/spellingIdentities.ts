import type { CatalogIdentity, UnitCatalog } from '../units/catalog';
import type { RegistryUnit } from '../units/registry';
import type { UnitDirectory } from '../units/unitDirectory';

/** What ties one spelling of a unit to others: the identities two spellings of one unit share. */
export interface SpellingIdentity {
	/** The key it was found from (a name's key, see unitKey). */
	key: string;
	/** Its identities: the key, the catalog's body, the registry unit, the stem before 委/局. */
	links: string[];
	body: CatalogIdentity | undefined;
	unit: RegistryUnit | undefined;
}

/** Names kept at most; past it the memo starts again (a workspace of pastes may name many). */
const MAX_NAMES = 20_000;

/**
 * The identities of each distinct spelling, found once per catalog and registries and kept from
 * one check of an open notice to the next: a keystroke changes one mention, while the variants rule
 * looks up every distinct name in the catalog and the registries (a tenth of a keystroke's check).
 * Pure results of a name, its key, the catalog and the directory: kept per directory, dropped when
 * the directory changes.
 */
export class SpellingIdentities {
	private catalog: UnitCatalog | undefined;
	private directory: UnitDirectory | undefined;
	private readonly byName = new Map<string, SpellingIdentity>();

	of(name: string, key: string, catalog: UnitCatalog, directory: UnitDirectory | undefined): SpellingIdentity {
		if (catalog !== this.catalog || directory !== this.directory || this.byName.size >= MAX_NAMES) {
			this.catalog = catalog;
			this.directory = directory;
			this.byName.clear();
		}
		let found = this.byName.get(name);
		if (!found || found.key !== key) {
			found = identityOf(name, key, catalog, directory);
			this.byName.set(name, found);
		}
		return found;
	}
}

function identityOf(name: string, key: string, catalog: UnitCatalog, directory: UnitDirectory | undefined): SpellingIdentity {
	const links = [`key:${key}`];
	const body = catalog.identify(name);
	if (body && body.level !== '') {
		links.push(`body:${body.level}|${body.body}`);
	}
	const unit = directory?.resolve(name, key)?.unit;
	if (unit) {
		links.push(`registry:${unit.uri}|${unit.nameSpan.start}`);
	}
	if (/[委局]$/.test(key)) {
		links.push(`stem:${key.slice(0, -1)}`);
	}
	return { key, links, body, unit };
}
