import { message } from '../messages/message';
import type { Field, Task, UnitMention } from '../model/types';
import { NOTHING, type TaskRule } from './checkContext';
import type { RuleFinding } from './finding';
import { spanOf } from '../model/spansOf';
import { bracketOf, isIdeograph } from '../text/characters';
import type { NoticeText } from '../text/noticeText';

/**
 * The same unit twice in one task: in one list, in two lead lists, or leading and cooperating. Not
 * as the lead restated among the units answering for the task (`牵头单位：区发改局` / `责任单位：区农业农村局、区发改局`):
 * 莲都 2023's table lists every unit in its 责任单位 column, the lead too, and names the lead in a column after it —
 * thirteen warnings on fourteen rows of a correct notice. Not across
 * two worded parentheses: each closes its own sentences (`…（市场监管总局负责）…（体育总局、教育部
 * 负责）…（体育总局、网信办…负责）`, 国办发〔2018〕121号), so a unit may rightly stand in both. Nor
 * across two brackets of any kind that each close a clause of their own (`一是加快推进高铁站建设(牵头单位:
 * 县发改委);二是推进工业园区扩区(牵头单位:县发改委;…)`, 闵行 2024's `…的場景應用(區市場局、區行政服務中心)。
 * …線下跑動(區市場局、區大數據中心)。`). Nor across two cells of one column: where a frame closes a unit cell
 * halfway down a task's row and opens another, each names the units of the items beside it (`△加强财政监督…`
 * beside `…市财政局、教育局`). Nor across a table row's sub-items (`①…` / its units / `②…` / its units).
 */
/** The field of each mention of a task: built at the task's first repeat (most tasks have none), once. */
function fieldsOf(task: Task): Map<UnitMention, Field> {
	const map = new Map<UnitMention, Field>();
	for (const field of task.fields) {
		for (let u = field.unitStart; u < field.unitEnd; u++) {
			map.set(task.units[u], field);
		}
	}
	return map;
}

const FEW_UNITS = 16;

/** The first of `units` before `end` with `key`. */
function firstWithKey(units: readonly UnitMention[], end: number, key: string): UnitMention | undefined {
	for (let j = 0; j < end; j++) {
		if (units[j].key === key) {
			return units[j];
		}
	}
	return undefined;
}

/** One field names the task's lead, the other the units responsible for it: the lead restated among them. */
function restatesLead(a: Field, b: Field): boolean {
	return (a.role === 'lead' && b.role === 'responsible') || (a.role === 'responsible' && b.role === 'lead');
}

/**
 * The first mention before `end` of the unit at `end` in a field that is no restatement of the lead (restatesLead) with
 * `field`. A short list (at most FEW_UNITS) is scanned; a long one looks it up in `firstByKind`, made once for the task
 * (one pass), so it stays linear.
 */
function earlierOfKind(units: readonly UnitMention[], end: number, fieldOf: Map<UnitMention, Field>, field: Field, firstByKind: Map<string, number> | undefined): UnitMention | undefined {
	const key = units[end].key;
	if (firstByKind) {
		const at = firstByKind.get(`${field.role}:${key}`);
		return at !== undefined && at < end ? units[at] : undefined;
	}
	for (let j = 0; j < end; j++) {
		const other = fieldOf.get(units[j]);
		if (units[j].key === key && !(other && restatesLead(other, field))) {
			return units[j];
		}
	}
	return undefined;
}

/** For each key, where a lead's and a responsible unit's first repeat may be found (see earlierOfKind): `lead:` and `responsible:` keys. */
function firstMentionsByKind(units: readonly UnitMention[], fieldOf: Map<UnitMention, Field>): Map<string, number> {
	const first = new Map<string, number>();
	for (let j = 0; j < units.length; j++) {
		const role = fieldOf.get(units[j])?.role;
		for (const kind of ['lead', 'responsible'] as const) {
			// A lead repeats a lead or a helper, never a responsible unit; a responsible unit the other way round.
			const restates = (kind === 'lead' && role === 'responsible') || (kind === 'responsible' && role === 'lead');
			const at = `${kind}:${units[j].key}`;
			if (!restates && !first.has(at)) {
				first.set(at, j);
			}
		}
	}
	return first;
}

/** A list in brackets after the words it is for: labelled (`（牵头单位：…）`), worded (`（…负责）`) or bare (`（民政局）`). */
function isEnclosed(field: Field): boolean {
	return field.style === 'bracket' || field.style === 'trailing-parenthesis' || field.style === 'parenthesis';
}

/**
 * Whether a bracket closes after list `a`, and a clause's end and words of the task stand after it, outside any bracket,
 * before list `b` (`…(牵头单位:县发改委);二是推进工业园区扩区(牵头单位:…`, `…清单管理。(牵头单位:市政府办公室)持续深化
 * 改革。(牵头单位:…`): `b` closes another clause. Not two fields of one bracket (`（牵头单位：县发改委；责任单位：县发改委）`),
 * nor brackets of one clause (a reviewer's probes: `（牵头单位：县发改委）（完成时限：2024年底）（配合单位：县发改委）`,
 * `（牵头单位：县发改委）2024年底前完成（责任单位：县发改委、县财政局）`, `（牵头单位：县发改委）和（责任单位：…）`).
 */
function closesAnotherClause(text: NoticeText, a: Field, b: Field): boolean {
	// Inside a's bracket at its value's end; outside once it closes, inside again at the next opening.
	let depth = 1;
	let clauseEnd = false;
	let words = false;
	for (let i = a.valueEnd, end = Math.min(b.labelStart, b.valueStart); i < end; i++) {
		const code = text.charCodeAt(i);
		const bracket = bracketOf(code);
		if (bracket !== 0) {
			depth += bracket;
		} else if (depth <= 0) {
			if (code === 0x3002 /* 。 */ || code === 0xff1b /* ； */ || code === 0x3b /* ; */ || code === 0x0a) {
				clauseEnd = true;
			} else if (isIdeograph(code)) {
				words = true;
			}
		}
	}
	return clauseEnd && words;
}

/** Two lists of one task (`a` first) that each name the units of their own part of it. */
function closesOwnItems(text: NoticeText, a: Field, b: Field): boolean {
	return (
		(a.style === 'trailing-parenthesis' && b.style === 'trailing-parenthesis') ||
		(a.style === 'cell' && b.style === 'cell' && a.label === b.label && a.role === b.role) ||
		(isEnclosed(a) && isEnclosed(b) && closesAnotherClause(text, a, b))
	);
}

export const duplicateUnit: TaskRule = {
	name: 'duplicateUnit',
	task: (task, context) => {
		const units = task.units;
		// A task names two to five units: they are compared with those before them, without a map per task (a 2 MB notice has nine thousand tasks); a long list gets one.
		const first = units.length > FEW_UNITS ? new Map<string, UnitMention>() : undefined;
		let fieldOf: Map<UnitMention, Field> | undefined;
		let ownItems: boolean | undefined;
		let found: RuleFinding[] | undefined;
		let firstByKind: Map<string, number> | undefined;
		// Without a map, from the second unit: the first has none before it (a call less a task in V8's first tiers).
		const count = units.length;
		for (let i = first === undefined ? 1 : 0; i < count; i++) {
			const unit = units[i];
			let earlier = first === undefined ? firstWithKey(units, i, unit.key) : first.get(unit.key);
			if (!earlier) {
				first?.set(unit.key, unit);
				continue;
			}
			// One unit with two scopes (市发改委(项目建设)、发改委(招商)) is a split of duties, not a repeat.
			if (earlier.qualifier && unit.qualifier) {
				continue;
			}
			// `牵头单位：市发改委（粮食局）；责任单位：市发改委`: the office leads under its other plate (an office
			// with two plates, units-catalog.md: 市委统战部 "may carry the 市民族宗教事务局 … plates") and helps
			// under its own, as 市民宗局 leading and 市委统战部 helping is no repeat.
			if (earlier.qualifier?.kind === 'alias' || unit.qualifier?.kind === 'alias') {
				continue;
			}
			fieldOf ??= fieldsOf(task);
			const field = fieldOf.get(unit);
			let earlierField = fieldOf.get(earlier);
			if (field && earlierField && restatesLead(earlierField, field)) {
				// The lead restated: a repeat only if its own kind of list named it before (`责任单位：区发改局、区发改局`).
				if (first !== undefined) {
					firstByKind ??= firstMentionsByKind(units, fieldOf);
				}
				const repeated = earlierOfKind(units, i, fieldOf, field, firstByKind);
				if (!repeated) {
					continue;
				}
				earlier = repeated;
				earlierField = fieldOf.get(earlier);
			}
			if (ownItems === undefined) {
				ownItems = task.fields.some((candidate) => candidate.style === 'cell' || isEnclosed(candidate));
			}
			if (ownItems) {
				if (field && earlierField && field !== earlierField && closesOwnItems(context.notice.text, earlierField, field)) {
					continue;
				}
				// A row's sub-items, each with its units (淮安 2020: 市城管局 a 协办单位 of `①…`, the 责任单位 of `②…`), as the
				// table's reader found them: a line opening with `②` elsewhere (a task cell's list) is no sub-item.
				if (field?.subItem !== undefined && earlierField?.subItem !== undefined && field.subItem !== earlierField.subItem) {
					continue;
				}
			}
			(found ??= []).push({
				code: 'duplicate-unit' as const,
				span: spanOf(unit),
				args: [unit.name],
				related: [{ span: spanOf(earlier), message: message('related.unit-first-listed', unit.name) }],
			});
		}
		return found ?? NOTHING;
	},
};
