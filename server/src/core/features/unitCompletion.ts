import type { Notice } from '../model/types';
import { findLabels, isUnitRole, type UnitRole } from '../syntax/fieldLabels';
import type { Span } from '../text/lineIndex';
import type { PinyinIndex } from './pinyinIndex';

/** Where the cursor stands in a unit list: what is typed so far and what it would replace. */
export interface UnitCompletionSite {
	role: UnitRole;
	typed: string;
	/** What is typed of the name, up to the cursor: what a chosen name takes the place of when inserted. */
	insertSpan: Span;
	/** The whole name the cursor is in, the part after the cursor too: what a chosen name takes the place of when it replaces. */
	replaceSpan: Span;
	/** Names already in the list, which completion leaves out. */
	present: string[];
}

const SEPARATORS = /[、，,：:\s\u3000（(]/;

/** Characters after which a unit name may be typed: a label's colon, a list's separator. */
export const COMPLETION_TRIGGERS: readonly string[] = ['、', '：', ':', '，', ','];

/**
 * The unit list around `offset`: after a unit label on the same line (`牵头单位：`, `（配合单位：`),
 * up to the next `；`. Works on the raw text, so it also answers while a line is half typed.
 */
export function unitCompletionSite(notice: Notice, offset: number): UnitCompletionSite | undefined {
	const { lineIndex, text } = notice;
	const line = lineIndex.lines[lineIndex.lineAt(offset)];
	const prefix = text.slice(line.start, offset);
	const labels = findLabels(prefix);
	const label = labels[labels.length - 1];
	if (!label || !isUnitRole(label.role)) {
		return undefined;
	}
	const list = prefix.slice(label.end);
	if (/[；;。】）)]/.test(list.replace(/[（(][^（()）]*[）)]/g, ''))) {
		return undefined;
	}
	let start = list.length;
	while (start > 0 && !SEPARATORS.test(list[start - 1])) {
		start--;
	}
	const typed = list.slice(start);
	let end = offset;
	while (end < line.end && !/[、，,；;。\s（(）)】]/.test(text.charAt(end))) {
		end++;
	}
	const present = list
		.slice(0, start)
		.split(/[、，,]/)
		.map((name) => name.replace(/[（(].*$/, '').trim())
		.filter((name) => name.length > 0);
	return { role: label.role, typed, insertSpan: { start: offset - typed.length, end: offset }, replaceSpan: { start: offset - typed.length, end }, present };
}

export interface UnitCandidate {
	name: string;
	source: 'registry' | 'workspace' | 'catalog';
	/** Times the name is used in the workspace. */
	uses: number;
}

const SOURCE_RANK = { registry: 0, workspace: 1, catalog: 2 };

/** Candidates matching what is typed (characters, or pinyin initials / full pinyin in Latin letters), best first. */
export function rankUnitCandidates(candidates: readonly UnitCandidate[], site: UnitCompletionSite, pinyin: PinyinIndex, limit = 100): UnitCandidate[] {
	const typed = site.typed.trim();
	const latin = /^[a-z]+$/i.test(typed) ? typed.toLowerCase() : undefined;
	const present = new Set(site.present);
	const seen = new Set<string>();
	const matched: Array<{ candidate: UnitCandidate; prefix: boolean }> = [];
	for (const candidate of candidates) {
		if (seen.has(candidate.name) || present.has(candidate.name)) {
			continue;
		}
		seen.add(candidate.name);
		if (typed.length === 0) {
			matched.push({ candidate, prefix: false });
		} else if (latin ? pinyin.matches(candidate.name, latin) : candidate.name.includes(typed)) {
			matched.push({ candidate, prefix: latin ? pinyin.initials(candidate.name).startsWith(latin) : candidate.name.startsWith(typed) });
		}
	}
	matched.sort(
		(a, b) =>
			SOURCE_RANK[a.candidate.source] - SOURCE_RANK[b.candidate.source] ||
			Number(b.prefix) - Number(a.prefix) ||
			b.candidate.uses - a.candidate.uses ||
			a.candidate.name.length - b.candidate.name.length ||
			(a.candidate.name < b.candidate.name ? -1 : 1),
	);
	return matched.slice(0, limit).map((entry) => entry.candidate);
}
