import type { Task, UnitMention } from '../model/types';
import type { CatalogIdentity, UnitCatalog } from '../units/catalog';
import { isRegistryName, type RegistryUnit } from '../units/registry';
import type { UnitDirectory } from '../units/unitDirectory';
import { emptyList } from '../text/objectLists';

/** What ties one spelling of a unit to others: the identities two spellings of one unit share. */
export interface SpellingIdentity {
	name: string;
	/** The key it was found from (a name's key, see unitKey). */
	key: string;
	/** Its identities: the key, the catalog's body, the registry unit, the stem before 委/局. */
	links: string[];
	body: CatalogIdentity | undefined;
	unit: RegistryUnit | undefined;
	/** Written as the registry writes one of its names (canonical, alias, a successor): the spelling a variant is pointed at. */
	registryName: boolean;
	/** The other spellings seen that share an identity with it (by number). */
	shared: number[];
}

/** The tasks a check counted, with their lists of mentions then and their numbers, in lists of the table's own. */
interface CountedTasks {
	tasks: Task[];
	units: Array<readonly UnitMention[]>;
	ids: Int32Array[];
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
	// Not `[]` (here and in use): of small integers while empty, it met countsOnce's code compiled for a list of identities ("wrong map").
	private identities: SpellingIdentity[] = emptyList();
	private byLink = new Map<string, number[]>();
	private byTask = new WeakMap<Task, { units: readonly UnitMention[]; ids: Int32Array }>();
	/**
	 * The tasks the last check counted, their lists of mentions then and their numbers, and how
	 * many of their mentions each number has (by number; longer than the table may be).
	 */
	private lastCount: { counted: CountedTasks; counts: Int32Array } | undefined;
	/** The lists the check before the last one counted in, written anew by the next (a keystroke made three lists of every task). */
	private spareCounted: CountedTasks | undefined;

	constructor(private readonly keepTasks = true) {}

	/** Starts a check: the table is dropped when what it was found from changed. */
	use(catalog: UnitCatalog, directory: UnitDirectory | undefined): void {
		if (catalog !== this.catalog || directory !== this.directory || this.identities.length >= MAX_NAMES) {
			this.catalog = catalog;
			this.directory = directory;
			this.ids = new Map();
			this.identities = emptyList();
			this.byLink = new Map();
			this.byTask = new WeakMap();
			this.lastCount = undefined;
			this.spareCounted = undefined;
		}
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
	 * How many mentions of the tasks each number has (see idsOf), by number; undefined when a
	 * mention is not numbered by its key. Kept from the last check: its tasks at the start of the
	 * notice are taken by position, the others paired with the tasks at the same distance from the
	 * end (an edit reads again the tasks of one place, and the last run of a notice), and only a
	 * pair that differs — another task, or the same with another list of mentions — is counted
	 * again, as is a task left unpaired. No task is looked up, and only their lists of mentions are
	 * read (a keystroke's check counted every mention of the notice).
	 */
	countsOfTasks(tasks: readonly Task[]): Int32Array | undefined {
		if (!this.keepTasks) {
			return this.countsOnce(tasks);
		}
		const last = this.lastCount;
		// The tasks copied, not the notice's list kept: a later reading may write that list anew (see SpareLists).
		const next = this.spareCounted ?? { tasks: [], units: [], ids: [] };
		this.spareCounted = undefined;
		next.tasks.length = tasks.length;
		for (let t = 0; t < tasks.length; t++) {
			next.tasks[t] = tasks[t];
		}
		const ids = next.ids;
		ids.length = tasks.length;
		// Each task's list of mentions, read once here for the next check.
		const units = next.units;
		units.length = tasks.length;
		if (!last) {
			return this.countAll(tasks, next);
		}
		// The tasks counted again, and the counts from the last check less what its tasks not kept counted.
		const again: number[] = [];
		const counted = last.counted;
		let counts = last.counts;
		let head = 0;
		const most = Math.min(tasks.length, counted.tasks.length);
		for (; head < most && tasks[head] === counted.tasks[head]; head++) {
			const list = tasks[head].units;
			if (list !== counted.units[head]) {
				break;
			}
			units[head] = list;
			ids[head] = counted.ids[head];
		}
		const offset = tasks.length - counted.tasks.length;
		let at = tasks.length - 1;
		for (; at >= head && at - offset >= head; at--) {
			const before = at - offset;
			const task = tasks[at];
			if (task === counted.tasks[before]) {
				const list = task.units;
				if (list === counted.units[before]) {
					units[at] = list;
					ids[at] = counted.ids[before];
					continue;
				}
			}
			count(counts, counted.ids[before], -1);
			again.push(at);
		}
		for (let before = head; before <= at - offset; before++) {
			count(counts, counted.ids[before], -1);
		}
		for (; at >= head; at--) {
			again.push(at);
		}
		// The counts are the last check's no more: should a mention not be numbered, none is kept.
		this.lastCount = undefined;
		for (let a = 0; a < again.length; a++) {
			const index = again[a];
			const task = tasks[index];
			const found = this.idsOf(task);
			if (!found) {
				this.spareCounted = next;
				return undefined;
			}
			ids[index] = found;
			units[index] = task.units;
		}
		if (counts.length < this.identities.length) {
			counts = grown(counts, this.identities.length);
		}
		for (let a = 0; a < again.length; a++) {
			count(counts, ids[again[a]], 1);
		}
		this.lastCount = { counted: next, counts };
		this.spareCounted = last.counted;
		return counts;
	}

	/**
	 * countsOfTasks with no count kept (a new server's first check, or a table dropped): every task
	 * counted, each mention as it is numbered, the tasks' numbers kept by position alone (`next`), which
	 * the next count pairs its tasks with. No entry in the weak map, which is for the tasks a later
	 * count's pairing misses (one a task, 2,753 for the benchmark's 200 KB notice, that no keystroke's
	 * count looked up), and no list of the tasks to count nor a second pass over their numbers: a
	 * new server's first check runs here in V8's first tiers, where each step is a call.
	 */
	private countAll(tasks: readonly Task[], next: CountedTasks): Int32Array | undefined {
		const ids = next.ids;
		const units = next.units;
		const identities = this.identities;
		let counts: Int32Array = new Int32Array(Math.max(identities.length, 64));
		for (let at = 0; at < tasks.length; at++) {
			const task = tasks[at];
			const mentions = task.units;
			const count = mentions.length;
			const found = new Int32Array(count);
			// A mention numbers at most one spelling more: room for the task's before they are counted.
			if (counts.length < identities.length + count) {
				counts = grown(counts, identities.length + count);
			}
			for (let i = 0; i < count; i++) {
				const id = this.idOf(mentions[i]);
				if (id === undefined) {
					this.spareCounted = next;
					return undefined;
				}
				found[i] = id;
				if (id >= 0) {
					counts[id]++;
				}
			}
			ids[at] = found;
			units[at] = mentions;
		}
		this.lastCount = { counted: next, counts };
		return counts;
	}

	/**
	 * countsOfTasks for a table that keeps nothing (the check of a notice read once: a file, the
	 * CLI): each mention counted as it is numbered, no list of numbers per task (a 2 MB notice's
	 * check made 8,790 of them, and three lists of the tasks, for one count; its check 7.1–7.8 →
	 * 5.8–6.9 ms, four processes each).
	 */
	private countsOnce(tasks: readonly Task[]): Int32Array | undefined {
		let counts: Int32Array = new Int32Array(Math.max(this.identities.length, 64));
		for (let t = 0; t < tasks.length; t++) {
			const units = tasks[t].units;
			for (let u = 0; u < units.length; u++) {
				const id = this.idOf(units[u]);
				if (id === undefined) {
					return undefined;
				}
				if (id >= 0) {
					if (id >= counts.length) {
						counts = grown(counts, id + 1);
					}
					counts[id]++;
				}
			}
		}
		return counts;
	}

	/**
	 * The numbers of a task's mentions (see idOf); undefined when one is not numbered by its key.
	 * `byTask`: looked up and kept in the weak map by task (see countsOfTasks).
	 */
	idsOf(task: Task, byTask = this.keepTasks): Int32Array | undefined {
		// The task's mentions loaded once: each load is a call in V8's first tiers.
		const units = task.units;
		const kept = byTask ? this.byTask.get(task) : undefined;
		if (kept && kept.units === units) {
			return kept.ids;
		}
		const count = units.length;
		const ids = new Int32Array(count);
		for (let i = 0; i < count; i++) {
			const id = this.idOf(units[i]);
			if (id === undefined) {
				return undefined;
			}
			ids[i] = id;
		}
		if (byTask) {
			this.byTask.set(task, { units, ids });
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
		const resolution = this.directory?.resolve(name, key);
		const unit = resolution?.unit;
		// 财政局 beside 县财政局 is no variant by the catalog (another level) and was none under a registry
		// that lists 县财政局 (財政局 was unknown there): a unit found by its level prefix links no spelling.
		// Nor does an office's other plate: 市委网信办 for the cyberspace tasks and 市委宣传部 for the others
		// name one office (市委宣传部（市委网信办）) by the work, no spelling to make one.
		if (unit && resolution.via !== 'level' && resolution.via !== 'plate') {
			links.push(`registry:${unit.uri}|${unit.nameSpan.start}`);
		}
		if (/[委局]$/.test(key)) {
			links.push(`stem:${key.slice(0, -1)}`);
		}
		const registryName = resolution?.via === 'name' && isRegistryName(unit!, name);
		return { name, key, links, body, unit, registryName, shared: [] };
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

/** Adds `by` to the count of each number of `ids` (-1: a collective unit, not counted). */
function count(counts: Int32Array, ids: Int32Array, by: number): void {
	for (let i = 0; i < ids.length; i++) {
		if (ids[i] >= 0) {
			counts[ids[i]] += by;
		}
	}
}

/** `counts` in a longer array (the table numbered more spellings), with room for more. */
function grown(counts: Int32Array, size: number): Int32Array {
	const longer = new Int32Array(Math.max(size, counts.length * 2, 64));
	longer.set(counts);
	return longer;
}
