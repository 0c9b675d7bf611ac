import type { Task, UnitMention } from '../model/types';
import type { CatalogIdentity, UnitCatalog } from '../units/catalog';
import type { RegistryUnit } from '../units/registry';
import type { UnitDirectory } from '../units/unitDirectory';

/** What ties one spelling of a unit to others: the identities two spellings of one unit share. */
export interface SpellingIdentity {
	name: string;
	/** The key it was found from (a name's key, see unitKey). */
	key: string;
	/** Its identities: the key, the catalog's body, the registry unit, the stem before 委/局. */
	links: string[];
	body: CatalogIdentity | undefined;
	unit: RegistryUnit | undefined;
	/** The other spellings seen that share an identity with it (by number). */
	shared: number[];
}

/** Names numbered at most; past it the table starts again (a workspace of pastes may name many). */
const MAX_NAMES = 20_000;

/**
 * Every spelling of a unit the variants rule has seen, numbered, with its identities, found once
 * per catalog and registries; and per task the numbers of its mentions' spellings. Kept from one
 * check of an open notice to the next (KeptTaskFindings): a keystroke changes a task or two, while
 * the rule counts every mention of the notice. A task's numbers stand while its list of mentions
 * is the one they were read from (a reading changes mentions only on copies in a new list, see
 * renewMentions). Dropped when the catalog or the directory changes.
 */
export class SpellingIdentities {
	private catalog: UnitCatalog | undefined;
	private directory: UnitDirectory | undefined;
	private ids = new Map<string, number>();
	private identities: SpellingIdentity[] = [];
	private byLink = new Map<string, number[]>();
	private byTask = new WeakMap<Task, { units: readonly UnitMention[]; ids: Int32Array }>();
	/** The tasks the last check counted, their lists of mentions then and their numbers. */
	private lastCount: { tasks: readonly Task[]; units: Array<readonly UnitMention[]>; ids: Int32Array[] } | undefined;

	constructor(private readonly keepTasks = true) {}

	/** Starts a check: the table is dropped when what it was found from changed. */
	use(catalog: UnitCatalog, directory: UnitDirectory | undefined): void {
		if (catalog !== this.catalog || directory !== this.directory || this.identities.length >= MAX_NAMES) {
			this.catalog = catalog;
			this.directory = directory;
			this.ids = new Map();
			this.identities = [];
			this.byLink = new Map();
			this.byTask = new WeakMap();
			this.lastCount = undefined;
		}
	}

	/** Whether the numbers of each task's mentions are kept for the next check (an open notice's table). */
	get keepsTasks(): boolean {
		return this.keepTasks;
	}

	get size(): number {
		return this.identities.length;
	}

	identity(id: number): SpellingIdentity {
		return this.identities[id];
	}

	/** The number of a mention's spelling; -1 for a collective unit (no variant of anything). Undefined when its key is not the one its name was numbered with. */
	idOf(unit: UnitMention): number | undefined {
		if (unit.collective) {
			return -1;
		}
		let id = this.ids.get(unit.name);
		if (id === undefined) {
			id = this.identities.length;
			this.ids.set(unit.name, id);
			this.identities.push(this.identify(unit.name, unit.key, id));
		}
		return this.identities[id].key === unit.key ? id : undefined;
	}

	/**
	 * The numbers of each task's mentions (see idsOf); undefined when a mention is not numbered by
	 * its key. The tasks the last check counted, at the start and at the end of the notice, are
	 * taken by position (an edit reads again the tasks of one place): no task is looked up.
	 */
	idsOfTasks(tasks: readonly Task[]): Int32Array[] | undefined {
		const last = this.lastCount;
		const ids: Int32Array[] = new Array(tasks.length);
		// Each task's list of mentions, read once here for the next check.
		const units: Array<readonly UnitMention[]> = new Array(tasks.length);
		let head = 0;
		let tail = 0;
		if (last) {
			const most = Math.min(tasks.length, last.tasks.length);
			for (; head < most && tasks[head] === last.tasks[head]; head++) {
				units[head] = tasks[head].units;
				if (units[head] !== last.units[head]) {
					break;
				}
				ids[head] = last.ids[head];
			}
			for (; tail < most - head && tasks[tasks.length - 1 - tail] === last.tasks[last.tasks.length - 1 - tail]; tail++) {
				const at = tasks.length - 1 - tail;
				units[at] = tasks[at].units;
				if (units[at] !== last.units[last.tasks.length - 1 - tail]) {
					break;
				}
				ids[at] = last.ids[last.tasks.length - 1 - tail];
			}
		}
		for (let t = head; t < tasks.length - tail; t++) {
			const found = this.idsOf(tasks[t]);
			if (!found) {
				return undefined;
			}
			ids[t] = found;
			units[t] = tasks[t].units;
		}
		if (this.keepTasks) {
			this.lastCount = { tasks, units, ids };
		}
		return ids;
	}

	/** The numbers of a task's mentions (see idOf); undefined when one is not numbered by its key. */
	idsOf(task: Task): Int32Array | undefined {
		const kept = this.keepTasks ? this.byTask.get(task) : undefined;
		if (kept && kept.units === task.units) {
			return kept.ids;
		}
		const ids = new Int32Array(task.units.length);
		for (let i = 0; i < ids.length; i++) {
			const id = this.idOf(task.units[i]);
			if (id === undefined) {
				return undefined;
			}
			ids[i] = id;
		}
		if (this.keepTasks) {
			this.byTask.set(task, { units: task.units, ids });
		}
		return ids;
	}

	/** The identity of a spelling read with `key`: the numbered one, or found afresh when that was numbered with another key. */
	identityFor(unit: UnitMention): SpellingIdentity {
		const id = this.idOf(unit);
		return id !== undefined && id >= 0 ? this.identities[id] : this.found(unit.name, unit.key);
	}

	private found(name: string, key: string): SpellingIdentity {
		const catalog = this.catalog!;
		const links = [`key:${key}`];
		const body = catalog.identify(name);
		if (body && body.level !== '') {
			links.push(`body:${body.level}|${body.body}`);
		}
		const unit = this.directory?.resolve(name, key)?.unit;
		if (unit) {
			links.push(`registry:${unit.uri}|${unit.nameSpan.start}`);
		}
		if (/[委局]$/.test(key)) {
			links.push(`stem:${key.slice(0, -1)}`);
		}
		return { name, key, links, body, unit, shared: [] };
	}

	private identify(name: string, key: string, id: number): SpellingIdentity {
		const identity = this.found(name, key);
		const { shared } = identity;
		for (const link of identity.links) {
			const others = this.byLink.get(link);
			if (others === undefined) {
				this.byLink.set(link, [id]);
				continue;
			}
			for (const other of others) {
				if (!shared.includes(other)) {
					shared.push(other);
					this.identities[other].shared.push(id);
				}
			}
			others.push(id);
		}
		return identity;
	}
}
