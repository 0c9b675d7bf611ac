import type { BreakdownEngine } from '../../server/src/core/engine';
import { outline, type OutlineNode } from '../../server/src/core/features/outline';
import { buildTaskTable } from '../../server/src/core/features/taskTable';
import type { Span } from '../../server/src/core/text/lineIndex';

const REGISTRY = '市发展和改革委员会 = 市发改委\n市财政局\n铜山区政府\n';

function splitsPair(text: string, offset: number): boolean {
	if (offset <= 0 || offset >= text.length) {
		return false;
	}
	const before = text.charCodeAt(offset - 1);
	const after = text.charCodeAt(offset);
	return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Whether `written` is what stands at a span whose text is `sourceText`: the same, or read joined (a
 * cell wrapped over lines, `。` / `副`; a value with a pinyin gloss left out, `持(ī)上`), its characters
 * in order in the source, the first at the span's start and the last at its end (taskFollowUp's inSource).
 * The task table's test reads its rows' spans by it too.
 */
export function readAlong(sourceText: string, writtenText: string): boolean {
	// A cell's paragraphs are joined by `\n` where the source broke the line with a lone `\r` (taskFollowUp's
	// sameCharacter); a value read whole keeps its `\r`. Either is a line break, on both sides alike.
	const source = sourceText.replace(/\r(?!\n)/g, '\n');
	const written = writtenText.replace(/\r(?!\n)/g, '\n');
	if (source === written || written.length === 0) {
		return true;
	}
	const characters = [...written];
	if (!source.startsWith(characters[0]) || !source.endsWith(characters[characters.length - 1])) {
		return false;
	}
	let at = 0;
	for (const char of characters) {
		at = source.indexOf(char, at);
		if (at < 0) {
			return false;
		}
		at += char.length;
	}
	return true;
}

/**
 * Reads and checks `text` and returns the first broken invariant, or undefined: the engine does not
 * throw or report a parse failure; every span lies inside the text on code-unit boundaries that do
 * not split a surrogate pair; units lie in their fields, fields in their tasks (a merged table cell
 * may run on below its row), tasks in order and in
 * their sections; outline children nest in their parents; the task table has a row per task, and
 * its deadlines and leaders lie in their task, each at the text it was read from.
 */
export function brokenInvariant(engine: BreakdownEngine, text: string): string | undefined {
	let problem: string | undefined;
	const fail = (message: string) => {
		problem ??= message;
	};
	const span = (what: string, value: Span) => {
		if (!(value.start >= 0 && value.start <= value.end && value.end <= text.length)) {
			fail(`${what}: ${value.start}..${value.end} outside 0..${text.length}`);
		} else if (splitsPair(text, value.start) || splitsPair(text, value.end)) {
			fail(`${what}: ${value.start}..${value.end} splits a surrogate pair`);
		}
	};
	try {
		const notice = engine.parseNotice(text);
		const directory = engine.createDirectory([engine.parseRegistry(REGISTRY, 'registry')]);
		const findings = engine.check(notice, directory);
		for (const finding of findings) {
			if (finding.code === 'parse-failure') {
				fail(`parse-failure: ${finding.args.join(' ')}`);
			}
			span(finding.code, finding.span);
		}
		let previousEnd = -1;
		for (const task of notice.tasks) {
			span('task', { start: task.start, end: task.end });
			if (task.start < previousEnd) {
				fail('tasks overlap');
			}
			previousEnd = task.end;
			if (task.section && (task.start < task.section.start || task.end > task.section.end)) {
				fail('task outside its section');
			}
			// The fields' units are the task's, one field after the other.
			let next = 0;
			for (const field of task.fields) {
				if (field.unitStart !== next || field.unitEnd < field.unitStart) {
					fail('a field\'s units are not the task\'s next ones');
				}
				next = field.unitEnd;
			}
			if (next !== task.units.length) {
				fail('the task has units no field names');
			}
			for (const field of task.fields) {
				span('field', { start: field.valueStart, end: field.valueEnd });
				// A merged cell of a frame starts beside its row and may run on beside the rows below (FrameRegions).
				if (field.valueStart < task.start || (field.valueEnd > task.end && field.style !== 'cell')) {
					fail('field outside its task');
				}
				for (const unit of task.units.slice(field.unitStart, field.unitEnd)) {
					span('unit', { start: unit.start, end: unit.end });
					if (unit.start < field.valueStart || unit.end > field.valueEnd) {
						fail('unit outside its field');
					}
					if (/^[\s、，,；;：:]|[\s、，,；;：:]$/.test(unit.written)) {
						fail(`unit "${unit.written}" starts or ends with a separator`);
					}
				}
			}
		}
		for (let u = 1; u < notice.units.length; u++) {
			if (notice.units[u].start < notice.units[u - 1].start) {
				fail('the notice\'s units are not in source order (unitAt searches them by halves)');
			}
		}
		const visit = (node: OutlineNode, parent: Span | undefined) => {
			span('outline', node.span);
			if (node.selectionSpan.start < node.span.start || node.selectionSpan.end > node.span.end) {
				fail('outline selection outside its symbol');
			}
			if (parent && (node.span.start < parent.start || node.span.end > parent.end)) {
				fail('outline child outside its parent');
			}
			node.children.forEach((child) => visit(child, node.span));
		};
		outline(notice).forEach((node) => visit(node, undefined));
		const rows = buildTaskTable([{ uri: 'notice', name: 'notice', notice, findings, directory }]).rows.filter((row) => row.kind === 'task');
		if (rows.length !== notice.tasks.length) {
			fail(`task table has ${rows.length} rows for ${notice.tasks.length} tasks`);
		}
		for (const row of rows) {
			for (const item of [...row.deadlines, ...row.leaders]) {
				span('deadline or leader', item.span);
				if (!readAlong(text.slice(item.span.start, item.span.end), item.written)) {
					fail(`"${item.written}" is not the text at its span`);
				}
			}
		}
	} catch (error) {
		fail(`threw: ${(error as Error)?.stack ?? String(error)}`);
	}
	return problem;
}
