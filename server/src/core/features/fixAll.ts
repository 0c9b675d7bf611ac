import type { Finding } from '../checks/finding';
import type { MentionDigest } from '../model/noticeDigest';
import type { Notice } from '../model/types';
import type { UnitDirectory } from '../units/unitDirectory';
import { fixMismatch, proposedFixes, type QuickFix, type TextEdit } from './quickFixes';
import type { MentionChange, NoticeReader, ReadBackMismatch } from './readBack';

export interface FixAllInput {
	uri: string;
	notice: Notice;
	findings: readonly Finding[];
	reader: NoticeReader;
	/** The notice's registry units (see QuickFixInput.directory). */
	directory?: UnitDirectory;
}

/** Fixes dropped at most before fix-all gives up: each drop reads the notice once more. */
const MAX_DROPS = 6;

/**
 * "Fix all": the preferred fix of every finding that edits only this document, without overlaps
 * (a renumbering offered twice counts once). The fixes are read back together, once; when together
 * they read otherwise than intended, the fix at the place that reads otherwise is dropped and the
 * rest read again, a few times at most, so a request reads the notice a bounded number of times.
 */
export function fixAllEdits(input: FixAllInput): TextEdit[] {
	let chosen = nonOverlapping(input.findings.flatMap((finding) => proposedFixes({ uri: input.uri, notice: input.notice, finding, reader: input.reader, directory: input.directory, preferredOnly: true }).filter((fix) => fix.preferred && editsOnly(fix, input.uri))));
	for (let drops = 0; drops <= MAX_DROPS && chosen.length > 0; drops++) {
		const together = combine(chosen, input.uri);
		const mismatch = fixMismatch(input, together);
		if (!mismatch) {
			return together.edits[0]?.edits ?? [];
		}
		const culprit = blame(chosen, mismatch, together.edits[0].edits);
		chosen = chosen.filter((fix) => fix !== culprit);
	}
	return [];
}

/**
 * The fix that made the reading differ: the one meant to change the mention that reads otherwise,
 * else the one whose edits stand nearest to it, else (a task or field count differs) the last.
 */
function blame(fixes: readonly QuickFix[], mismatch: ReadBackMismatch, edits: readonly TextEdit[]): QuickFix {
	const mention = mismatch.before;
	const owner = mention && fixes.find((fix) => fix.reading?.changes.has(mention));
	if (owner) {
		return owner;
	}
	const offset = mention ? mention.start : mismatch.after ? originalOffset(edits, mismatch.after.span.start) : undefined;
	if (offset === undefined) {
		return fixes[fixes.length - 1];
	}
	const distance = (fix: QuickFix) => Math.min(...fix.edits[0].edits.map((edit) => (offset < edit.span.start ? edit.span.start - offset : offset > edit.span.end ? offset - edit.span.end : 0)));
	return fixes.reduce((nearest, fix) => (distance(fix) < distance(nearest) ? fix : nearest));
}

/** Where an offset of the edited text stood before the edits (roughly, inside an edit). */
function originalOffset(edits: readonly TextEdit[], offset: number): number {
	let shift = 0;
	for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start)) {
		if (edit.span.start + shift >= offset) {
			break;
		}
		shift += edit.newText.length - (edit.span.end - edit.span.start);
	}
	return offset - shift;
}

function editsOnly(fix: QuickFix, uri: string): boolean {
	return fix.edits.length === 1 && fix.edits[0].uri === uri;
}

function nonOverlapping(fixes: readonly QuickFix[]): QuickFix[] {
	const seen = new Set<string>();
	const chosen: QuickFix[] = [];
	const spans: TextEdit[] = [];
	for (const fix of fixes) {
		const edits = fix.edits[0].edits;
		const signature = JSON.stringify(edits);
		if (seen.has(signature)) {
			continue;
		}
		seen.add(signature);
		if (!edits.some((edit) => spans.some((other) => edit.span.start < other.span.end && other.span.start < edit.span.end))) {
			chosen.push(fix);
			spans.push(...edits);
		}
	}
	return chosen;
}

/** Several fixes as one: their edits, and what they mean for the reading, merged. */
function combine(fixes: readonly QuickFix[], uri: string): Pick<QuickFix, 'edits' | 'reading'> {
	const changes = new Map<MentionDigest, MentionChange>();
	const removedFields = new Map<number, number>();
	for (const fix of fixes) {
		if (fix.reading) {
			fix.reading.changes.forEach((change, mention) => changes.set(mention, change));
			fix.reading.removedFields?.forEach((count, task) => removedFields.set(task, (removedFields.get(task) ?? 0) + count));
		}
	}
	const edits = fixes.flatMap((fix) => fix.edits[0].edits);
	// Renumbering and line splits change no unit list, but together with list fixes they are read back as well.
	return { edits: edits.length > 0 ? [{ uri, edits }] : [], reading: fixes.length > 0 ? { changes, removedFields } : undefined };
}
