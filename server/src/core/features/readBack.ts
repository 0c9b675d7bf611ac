import type { Finding } from '../checks/finding';
import type { MentionDigest, TaskDigest } from '../model/noticeDigest';
import type { UnitDirectory } from '../units/unitDirectory';
import type { Notice, Task, UnitMention } from '../model/types';
import type { Span } from '../text/lineIndex';
import type { TextEdit } from './quickFixes';
import { spanOf } from '../model/spansOf';

/** How an edit's result is read back (a BreakdownEngine is one). */
export interface NoticeReader {
	parseNotice(text: string): Notice;
	unitKey(name: string): string;
	/** The findings of a notice, for a fix that must add none (see FixReading.noNewFinding). */
	check?(notice: Notice, directory: UnitDirectory | undefined): Finding[];
}

/** What an edit is meant to do to one mention; mentions without a change must read as before. */
export interface MentionChange {
	/** The mention is gone (a repeated unit removed). */
	removed?: boolean;
	/** The key it must read as afterwards (renamed, replaced, joined). */
	key?: string;
	/** Whether it must still be completed from its neighbours; undefined: either. */
	completed?: boolean;
	/** It must no longer cross a line break (a broken name joined). */
	joined?: boolean;
	/** The role it must read in afterwards (a unit made the lead). */
	role?: UnitMention['role'];
}

/** What a fix means for the reading of its notice. */
export interface FixReading {
	changes: ReadonlyMap<MentionDigest, MentionChange>;
	/** The fixed notice must have no finding the notice had not (by code and arguments): a lead named must not bring a problem of its own. */
	noNewFinding?: boolean;
	/** Fields removed, by task index (a repeated unit removed with its label; negative: fields added, a list split by a label). */
	removedFields?: ReadonlyMap<number, number>;
}

/** The first place where the edited text reads otherwise than intended. */
export interface ReadBackMismatch {
	kind: 'count' | 'key' | 'role' | 'completed' | 'position' | 'tasks' | 'fields' | 'broken';
	/** The mention of the original text that reads otherwise, if the mismatch is at one. */
	before?: MentionDigest;
	/** The key it should have read as. */
	expectedKey?: string;
	/** What was read at that place instead, if anything. */
	after?: { name: string; key: string; span: Span };
}

/** Where `offset` of the original text lands after `edits` (non-overlapping, any order). */
export function shiftedOffset(edits: readonly TextEdit[], offset: number): number {
	let shift = 0;
	for (const edit of edits) {
		if (edit.span.end <= offset) {
			shift += edit.newText.length - (edit.span.end - edit.span.start);
		}
	}
	return offset + shift;
}

/**
 * Compares the reading of an edited text with the reading intended: the same tasks, and the same
 * unit mentions in the same order with the same keys, roles, short forms and places, except those
 * the edit means to change. An edit that passes keeps the text around it reading as it did.
 * `changes` are keyed by mentions of `before.units` as passed (a digest makes new ones on each read).
 */
export function readBackMismatch(
	before: { units: readonly MentionDigest[]; tasks: readonly TaskDigest[] },
	edits: readonly TextEdit[],
	after: Notice,
	changes: ReadonlyMap<MentionDigest, MentionChange>,
	removedFields?: ReadonlyMap<number, number>,
): ReadBackMismatch | undefined {
	// Read once: a digest makes its tasks and mentions anew on each read.
	const tasks = before.tasks;
	if (after.tasks.length !== tasks.length) {
		return { kind: 'tasks' };
	}
	// A full model (not a digest) has fields: the same number in every task, less those removed.
	for (let i = 0; i < tasks.length; i++) {
		const fields = (tasks[i] as Partial<Task>).fields;
		if (fields && after.tasks[i].fields.length !== fields.length - (removedFields?.get(i) ?? 0)) {
			return { kind: 'fields' };
		}
	}
	const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
	let index = 0;
	for (const mention of before.units) {
		const change = changes.get(mention);
		if (change?.removed) {
			continue;
		}
		const expectedKey = change?.key ?? mention.key;
		const found = after.units[index++];
		const read = found && { name: found.name, key: found.key, span: spanOf(found) };
		if (!found) {
			return { kind: 'count', before: mention, expectedKey };
		}
		if (found.key !== expectedKey) {
			return { kind: 'key', before: mention, expectedKey, after: read };
		}
		if (found.role !== (change?.role ?? mention.role)) {
			return { kind: 'role', before: mention, expectedKey, after: read };
		}
		const completed = change ? change.completed : mention.completed;
		if (completed !== undefined && found.completed !== completed) {
			return { kind: 'completed', before: mention, expectedKey, after: read };
		}
		if (found.start !== shiftedOffset(sorted, mention.start)) {
			return { kind: 'position', before: mention, expectedKey, after: read };
		}
		if (change?.joined && found.brokenAcrossLines) {
			return { kind: 'broken', before: mention, expectedKey, after: read };
		}
	}
	if (index !== after.units.length) {
		const extra = after.units[index];
		return { kind: 'count', after: { name: extra.name, key: extra.key, span: spanOf(extra) } };
	}
	return undefined;
}

/** Whether `after` has a finding `before` has not, findings told apart by code and arguments (their places move with the edit). */
export function gainsFinding(before: readonly Finding[], after: readonly Finding[]): boolean {
	const signature = (finding: Finding) => `${finding.code}\u0000${finding.args.join('\u0000')}`;
	const counts = new Map<string, number>();
	for (const finding of before) {
		counts.set(signature(finding), (counts.get(signature(finding)) ?? 0) + 1);
	}
	for (const finding of after) {
		const left = counts.get(signature(finding)) ?? 0;
		if (left === 0) {
			return true;
		}
		counts.set(signature(finding), left - 1);
	}
	return false;
}
