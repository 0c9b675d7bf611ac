import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Finding } from '../../server/src/core/checks/finding';
import { outline, type OutlineNode } from '../../server/src/core/features/outline';
import { applyEdits, quickFixes, type TextEdit } from '../../server/src/core/features/quickFixes';
import type { Notice } from '../../server/src/core/model/types';
import type { Span } from '../../server/src/core/text/lineIndex';
import { engine } from '../support/engine';
import { noticeText } from '../support/noticeArbitrary';
import { localize } from '../../server/src/core/messages/message';

/** How many generated notices each property checks (reported in the README). */
export const GENERATED_NOTICES = 400;
const REGISTRY = '市发展和改革委员会 = 市发改委\n市财政局\n铜山区政府\n';

function isLow(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
function isHigh(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

/** A span inside the text whose ends do not fall between the halves of a surrogate pair. */
function assertSpan(text: string, span: Span, what: string): void {
	assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: ${span.start}..${span.end} outside 0..${text.length}`);
	for (const offset of [span.start, span.end]) {
		const splits = offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
		assert.ok(!splits, `${what}: offset ${offset} splits a surrogate pair`);
	}
}

function check(text: string): { notice: Notice; findings: Finding[] } {
	const notice = engine.parseNotice(text);
	const directory = engine.createDirectory([engine.parseRegistry(REGISTRY, 'registry')]);
	return { notice, findings: engine.check(notice, directory) };
}

test(`properties over ${GENERATED_NOTICES} generated notices: reading never throws, every range is sound, outlines nest`, () => {
	fc.assert(
		fc.property(noticeText, (text) => {
			const { notice, findings } = check(text);
			assert.ok(!findings.some((finding) => finding.code === 'parse-failure'), findings.map((finding) => finding.args.join()).join());
			for (const finding of findings) {
				assertSpan(text, finding.span, finding.code);
				finding.related.forEach((related) => assertSpan(text, related.span, `${finding.code} related`));
			}
			let previousTaskEnd = -1;
			for (const task of notice.tasks) {
				assertSpan(text, { start: task.start, end: task.end }, 'task');
				assert.ok(task.start >= previousTaskEnd, 'tasks in order, without overlap');
				previousTaskEnd = task.end;
				if (task.section) {
					assert.ok(task.start >= task.section.start && task.end <= task.section.end, 'task inside its section');
				}
				for (const field of task.fields) {
					assertSpan(text, { start: field.valueStart, end: field.valueEnd }, 'field value');
					// A merged cell of a frame starts beside its row and may run on beside the rows below (FrameRegions).
					assert.ok(field.valueStart >= task.start && (field.valueEnd <= task.end || field.style === 'cell'), 'field inside its task');
					for (const unit of task.units.slice(field.unitStart, field.unitEnd)) {
						assertSpan(text, { start: unit.start, end: unit.end }, 'unit');
						assert.ok(unit.start >= field.valueStart && unit.end <= field.valueEnd, 'unit inside its field');
						assert.equal(unit.written, text.slice(unit.start, unit.end));
						assert.doesNotMatch(unit.written, /^[\s、，,；;：:]|[\s、，,；;：:]$/, `unit "${unit.written}" starts or ends with a separator`);
					}
				}
			}
			const visit = (node: OutlineNode, parent: Span | undefined) => {
				assertSpan(text, node.span, 'outline');
				assert.ok(node.selectionSpan.start >= node.span.start && node.selectionSpan.end <= node.span.end, 'selection inside its symbol');
				if (parent) {
					assert.ok(node.span.start >= parent.start && node.span.end <= parent.end, 'child inside its parent');
				}
				node.children.forEach((child) => visit(child, node.span));
			};
			outline(notice).forEach((node) => visit(node, undefined));
			for (let u = 1; u < notice.units.length; u++) {
				assert.ok(notice.units[u - 1].start <= notice.units[u].start, 'the notice’s units in source order (unitAt searches them by halves)');
			}
			const positions = [...findings.map((finding) => finding.span), ...notice.units.map((unit) => ({ start: unit.start, end: unit.end }))];
			for (const span of positions) {
				const range = notice.lineIndex.rangeOf(span);
				assert.equal(notice.lineIndex.offsetAt(range.start), span.start, 'position round trip');
			}
		}),
		{ numRuns: GENERATED_NOTICES },
	);
});

/**
 * The edits that undo `edits` on the edited text, in the order the edits' texts stand in it (an insert
 * before a replacement at its place; inserts at one place in the order of the edits, as applyEdits and
 * an LSP client put them), so inserts at one place undo deletions that touched in their order.
 */
function inverse(text: string, edits: readonly TextEdit[]): TextEdit[] {
	const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.span.start - b.edit.span.start || a.edit.span.end - b.edit.span.end || a.index - b.index).map(({ edit }) => edit);
	let shift = 0;
	return sorted.map((edit) => {
		const start = edit.span.start + shift;
		shift += edit.newText.length - (edit.span.end - edit.span.start);
		return { span: { start, end: start + edit.newText.length }, newText: text.slice(edit.span.start, edit.span.end) };
	});
}

function lineSpan(notice: Notice, span: Span): Span {
	const { lineIndex } = notice;
	const first = lineIndex.lines[lineIndex.lineAt(span.start)];
	const last = lineIndex.lines[lineIndex.lineAt(span.end)];
	return { start: first.start, end: last.next };
}

test(`every quick fix on ${GENERATED_NOTICES} generated notices reverts byte for byte and stays on its lines (renumbering aside; a lead field added: on its task's lines)`, () => {
	let fixesChecked = 0;
	fc.assert(
		fc.property(noticeText, (text) => {
			const { notice, findings } = check(text);
			for (const finding of findings) {
				const fixes = quickFixes({ uri: 'doc', notice, finding, registry: { uri: 'registry', text: REGISTRY }, reader: engine });
				for (const fix of fixes) {
					for (const fileEdit of fix.edits) {
						const original = fileEdit.uri === 'doc' ? text : REGISTRY;
						// Edits that touch are legal but fragile (a client may order them otherwise), and VS Code refuses overlapping ones.
						const ordered = [...fileEdit.edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
						for (let e = 1; e < ordered.length; e++) {
							assert.ok(ordered[e - 1].span.end < ordered[e].span.start, `${fix.code}: ${localize(fix.title, 'en')} makes edits that touch or overlap`);
						}
						const edited = applyEdits(original, fileEdit.edits);
						assert.equal(applyEdits(edited, inverse(original, fileEdit.edits)), original, `${fix.code}: ${localize(fix.title, 'en')} does not revert`);
						if (fileEdit.uri === 'doc' && finding.code !== 'number-gap' && finding.code !== 'duplicate-number') {
							// A lead field added to a task goes at its end: the task's own lines, no other's.
							const task = finding.code === 'missing-lead' ? notice.tasks.find((each) => each.start <= finding.span.start && finding.span.end <= each.end) : undefined;
							const lines = lineSpan(notice, task ?? finding.span);
							for (const edit of fileEdit.edits) {
								assert.ok(edit.span.start >= lines.start && edit.span.end <= lines.end, `${fix.code}: edit outside the finding's lines`);
							}
						}
						fixesChecked++;
					}
				}
			}
		}),
		{ numRuns: GENERATED_NOTICES },
	);
	assert.ok(fixesChecked > 100, `only ${fixesChecked} fixes were generated`);
});
