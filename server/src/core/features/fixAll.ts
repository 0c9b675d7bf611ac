import type { Finding } from '../checks/finding';
import type { MentionDigest } from '../model/noticeDigest';
import type { Notice } from '../model/types';
import { fixReadsAsIntended, proposedFixes, type QuickFix, type TextEdit } from './quickFixes';
import type { MentionChange, NoticeReader } from './readBack';

export interface FixAllInput {
	uri: string;
	notice: Notice;
	findings: readonly Finding[];
	reader: NoticeReader;
}

/**
 * "Fix all": the preferred fix of every finding that edits only this document, without overlaps
 * (a renumbering offered twice counts once). The fixes are read back together, once; when together
 * they read otherwise than intended (two fixes in one list), each is checked alone and they are
 * added one at a time, keeping those that still read as intended.
 */
export function fixAllEdits(input: FixAllInput): TextEdit[] {
	const candidates = nonOverlapping(input.findings.flatMap((finding) => proposedFixes({ uri: input.uri, notice: input.notice, finding, reader: input.reader }).filter((fix) => fix.preferred && editsOnly(fix, input.uri))));
	const together = combine(candidates, input.uri);
	if (fixReadsAsIntended(input, together)) {
		return together.edits[0]?.edits ?? [];
	}
	let chosen: QuickFix[] = [];
	for (const fix of candidates.filter((candidate) => fixReadsAsIntended(input, candidate))) {
		const tried = [...chosen, fix];
		if (fixReadsAsIntended(input, combine(tried, input.uri))) {
			chosen = tried;
		}
	}
	return combine(chosen, input.uri).edits[0]?.edits ?? [];
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
