import type { MentionDigest, NoticeDigest } from '../model/noticeDigest';
import type { Notice, UnitMention } from '../model/types';
import type { Span } from '../text/lineIndex';
import type { Registry } from '../units/registry';
import { applyEdits, type FileEdit, type TextEdit } from './quickFixes';

/** The part of a mention a rename replaces: the name as written, without the parenthesis after it. */
export function writtenNameSpan(mention: UnitMention): Span {
	return mention.nameSpan;
}

/** A registry name (canonical or alias) at `offset`. */
export function registryNameAt(registry: Registry, offset: number): { name: string; span: Span } | undefined {
	for (const unit of registry.units) {
		if (offset < unit.lineSpan.start || offset > unit.lineSpan.end) {
			continue;
		}
		const names = [unit.canonical, ...unit.aliases];
		let from = unit.lineSpan.start;
		for (const name of names) {
			const start = registry.text.indexOf(name, from);
			if (start < 0) {
				break;
			}
			if (offset >= start && offset <= start + name.length) {
				return { name, span: { start, end: start + name.length } };
			}
			from = start + name.length;
		}
	}
	return undefined;
}

export interface RenameInput {
	notices: ReadonlyArray<{ uri: string; notice: NoticeDigest }>;
	registries: readonly Registry[];
	/** The key of the spelling being renamed (UnitMention.key). */
	oldKey: string;
	newName: string;
	keyOf: (name: string) => string;
	/** Reads a notice, to check that short forms read back as the new name (without it, short forms are trusted). */
	parse?: (text: string) => Notice;
}

/**
 * Renames one spelling of a unit everywhere: every mention with its key, in every notice, and the
 * registry name with that key. A mention written short (`商务局` after `市发改委、`) stays short when
 * the new name keeps the prefix, so the list still reads as the writer wrote it.
 */
export function renameUnitEdits(input: RenameInput): FileEdit[] {
	const edits: FileEdit[] = [];
	const newKey = input.keyOf(input.newName);
	for (const { uri, notice } of input.notices) {
		const renamed = notice.units.filter((mention) => mention.key === input.oldKey);
		if (renamed.length === 0) {
			continue;
		}
		const short = renamed.map((mention) => mentionEdits(notice.text, mention, input.newName, true));
		// A short form must read back as the new name (`试高新区管委会` would not take the city); else write it in full.
		// Only short forms need checking; a notice that writes every mention in full is not read again.
		const reread = renamed.some((mention) => mention.completed) ? input.parse?.(applyEdits(notice.text, short.flat())) : undefined;
		const fileEdits = renamed.flatMap((mention, index) => {
			const edits = short[index];
			if (!reread || edits.length === 0) {
				return edits;
			}
			const at = shiftedOffset(short.flat(), edits[0].span.start);
			const found = reread.units.find((candidate) => candidate.span.start <= at && at <= candidate.span.end);
			return found && found.key === newKey ? edits : mentionEdits(notice.text, mention, input.newName, false);
		});
		edits.push({ uri, edits: fileEdits });
	}
	for (const registry of input.registries) {
		const fileEdits: TextEdit[] = [];
		for (const unit of registry.units) {
			for (const name of [unit.canonical, ...unit.aliases]) {
				if (input.keyOf(name) !== input.oldKey) {
					continue;
				}
				const found = registryNameAt(registry, registry.text.indexOf(name, unit.lineSpan.start));
				if (found && found.name === name) {
					fileEdits.push({ span: found.span, newText: input.newName });
				}
			}
			if (unit.successor && input.keyOf(unit.successor) === input.oldKey) {
				const start = registry.text.lastIndexOf(unit.successor, unit.lineSpan.end);
				if (start >= unit.lineSpan.start) {
					fileEdits.push({ span: { start, end: start + unit.successor.length }, newText: input.newName });
				}
			}
		}
		if (fileEdits.length > 0) {
			edits.push({ uri: registry.uri, edits: fileEdits });
		}
	}
	return edits;
}

/**
 * The edits renaming one mention. A name completed from its neighbours stays short when the new
 * name keeps what was completed: `商务局` (市商务局) → `贸易局` for 市贸易局, `高新区管委会`
 * (徐州高新区管委会) keeps its city implied, `铜山区` (铜山区政府) keeps the shared 政府. Around a
 * parenthesis inside the name (云龙区(金融服务中心)政府) the scope stays where it is.
 */
function mentionEdits(text: string, mention: MentionDigest, newName: string, keepShort: boolean): TextEdit[] {
	const head = text.slice(mention.nameSpan.start, mention.nameSpan.end).replace(/\s+/g, '');
	const tail = mention.nameTailSpan ? text.slice(mention.nameTailSpan.start, mention.nameTailSpan.end).replace(/\s+/g, '') : '';
	const short = mention.completed && keepShort ? shortForm(mention.name, head + tail, newName) : newName;
	const writtenHead = text.slice(mention.nameSpan.start, mention.nameSpan.end);
	if (!mention.nameTailSpan) {
		return [{ span: mention.nameSpan, newText: keepLineBreaks(writtenHead, short) }];
	}
	if (tail.length > 0 && short.endsWith(tail)) {
		return [{ span: mention.nameSpan, newText: keepLineBreaks(writtenHead, short.slice(0, -tail.length)) }];
	}
	return [
		{ span: mention.nameSpan, newText: keepLineBreaks(writtenHead, short) },
		{ span: mention.nameTailSpan, newText: '' },
	];
}

/**
 * A name broken across lines (`高新区管\n委会`, as pasted) keeps its breaks where they were, counted in
 * characters, so renaming does not reflow the notice and renaming back restores it exactly.
 */
function keepLineBreaks(written: string, replacement: string): string {
	const pattern = /[ \t\u3000]*(?:\r\n|\r|\n)[ \t\u3000]*/g;
	const breaks: Array<{ at: number; text: string }> = [];
	let removed = 0;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(written))) {
		breaks.push({ at: match.index - removed, text: match[0] });
		removed += match[0].length;
	}
	let result = replacement;
	for (const lineBreak of breaks.reverse()) {
		const at = Math.min(lineBreak.at, result.length);
		result = result.slice(0, at) + lineBreak.text + result.slice(at);
	}
	return result;
}

/** Where `offset` of the original text lands after `edits` (sorted or not, non-overlapping). */
function shiftedOffset(edits: readonly TextEdit[], offset: number): number {
	let shift = 0;
	for (const edit of edits) {
		if (edit.span.end <= offset) {
			shift += edit.newText.length - (edit.span.end - edit.span.start);
		}
	}
	return offset + shift;
}

/** Writes `newName` as short as `written` was against the resolved `name`. */
function shortForm(name: string, written: string, newName: string): string {
	if (written.length === 0 || written === name) {
		return newName;
	}
	if (name.endsWith(written)) {
		const implied = name.slice(0, name.length - written.length);
		return newName.startsWith(implied) && newName.length > implied.length ? newName.slice(implied.length) : newName;
	}
	if (name.startsWith(written)) {
		const implied = name.slice(written.length);
		return newName.endsWith(implied) && newName.length > implied.length ? newName.slice(0, -implied.length) : newName;
	}
	return newName;
}
