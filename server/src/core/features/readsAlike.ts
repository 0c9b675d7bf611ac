import type { Notice } from '../model/types';
import type { NoticeReader } from './readBack';

/** Where the name goes in a probe, and where a neighbouring department and its short form go. */
const NAME = Symbol('name');
const OTHER = Symbol('other');
const OTHER_SHORT = Symbol('other, short');
type Probe = ReadonlyArray<string | typeof NAME | typeof OTHER | typeof OTHER_SHORT>;

/**
 * Neighbours for the probes: the first whose names the compared names do not contain. A neighbour
 * equal to a compared name would make a probe list repeat one unit (`市财政局、市财政局`), which
 * reads as a single unit leading its task, and the probe would compare that instead.
 */
const NEIGHBOURS: ReadonlyArray<readonly [string, string]> = [
	['市财政局', '财政局'],
	['市审计局', '审计局'],
	['市统计局', '统计局'],
];

/**
 * Unit lists that exercise every way a name bears on its neighbours: alone; after a prefixed name
 * where the writer leaves the prefix off and where the writer repeats it; first, before a bare
 * department; before and after a place that shares a suffix; after a zone with its city; in the
 * State Council parenthesis; before 等; in a list without a lead label.
 */
const PROBES: readonly Probe[] = [
	['1.甲。\n牵头单位：', NAME, '\n'],
	['1.甲。\n牵头单位：市发改委、', NAME, '\n2.乙。\n牵头单位：市发改委、', OTHER_SHORT, '\n'],
	['1.甲。\n牵头单位：市发改委、', NAME, '\n2.乙。\n牵头单位：市发改委、', OTHER, '\n3.丙。\n牵头单位：市发改委、市商务局\n'],
	['1.甲。\n牵头单位：', NAME, '、', OTHER_SHORT, '\n'],
	['1.甲。\n牵头单位：县发改局、', NAME, '、', OTHER_SHORT, '\n'],
	['1.甲。\n牵头单位：', NAME, '、鼓楼区政府\n'],
	['1.甲。\n牵头单位：铜山区、', NAME, '\n'],
	['1.甲。\n牵头单位：徐州经开区、', NAME, '\n'],
	['1.甲。（', NAME, '、', OTHER, '等按职责分工负责）\n'],
	['1.甲。\n牵头单位：', NAME, '等有关单位；责任单位：', OTHER, '、', NAME, '\n'],
	['1.甲。\n责任单位：', OTHER, '、', NAME, '\n'],
];

/** A probe with `name` in its places: the text, and where the name starts in it. */
function written(probe: Probe, name: string, neighbour: readonly [string, string]): { text: string; starts: Set<number> } {
	let text = '';
	const starts = new Set<number>();
	for (const part of probe) {
		if (part === NAME) {
			starts.add(text.length);
			text += name;
		} else {
			text += part === OTHER ? neighbour[0] : part === OTHER_SHORT ? neighbour[1] : part;
		}
	}
	return { text, starts };
}

/** Names compared by probing: Chinese characters only, no 等 (which can end a list). */
const PLAIN_NAME = /^(?:(?!等)\p{Script=Han})+$/u;

/**
 * Whether two unit names written in the same place of a notice are read alike: the same units
 * around them, the same completions, roles and collectives, the one name standing for the other.
 * Decided by the reader itself on small lists (PROBES), so a rename that writes one plain name for
 * another in full need not read every notice again: reading a 25 KB notice costs milliseconds, a
 * workspace of a thousand of them seconds. Names with brackets, digits or other signs are never
 * alike here; their notices are read again.
 */
export class ReadingComparer {
	private readonly known = new Map<string, boolean>();

	constructor(private readonly reader: NoticeReader) {}

	alike(a: string, b: string): boolean {
		if (a === b) {
			return true;
		}
		if (!PLAIN_NAME.test(a) || !PLAIN_NAME.test(b)) {
			return false;
		}
		const pair = `${a}\n${b}`;
		let alike = this.known.get(pair);
		if (alike === undefined) {
			const neighbour = NEIGHBOURS.find(([full, short]) => ![a, b].some((name) => name.includes(full) || name.includes(short)));
			alike = neighbour !== undefined && PROBES.every((probe) => this.readAlike(probe, a, b, neighbour));
			this.known.set(pair, alike);
		}
		return alike;
	}

	private readAlike(probe: Probe, a: string, b: string, neighbour: readonly [string, string]): boolean {
		const first = written(probe, a, neighbour);
		const second = written(probe, b, neighbour);
		return sameReading(this.reader.parseNotice(first.text), first.starts, this.reader.parseNotice(second.text), second.starts, a, b);
	}
}

/**
 * The two readings agree unit for unit: the same roles, completions, collectives and groups; the
 * units written where the name went read as the name (completed alike: 商务局 → 市商务局 as
 * 贸易局 → 市贸易局), every other unit exactly as before.
 */
function sameReading(first: Notice, firstStarts: ReadonlySet<number>, second: Notice, secondStarts: ReadonlySet<number>, a: string, b: string): boolean {
	if (first.tasks.length !== second.tasks.length || first.units.length !== second.units.length || first.findings.length !== second.findings.length) {
		return false;
	}
	return first.units.every((unit, index) => {
		const other = second.units[index];
		const isName = firstStarts.has(unit.start);
		if (isName !== secondStarts.has(other.start)) {
			return false;
		}
		const name = isName ? unit.name.split(a).join(b) === other.name : unit.name === other.name;
		return name && unit.role === other.role && unit.completed === other.completed && unit.collective === other.collective && unit.group === other.group;
	});
}
