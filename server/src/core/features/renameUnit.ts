import type { Notice, UnitMention } from '../model/types';
import type { Span } from '../text/lineIndex';
import type { Registry } from '../units/registry';
import { levelPrefixOf, SHARED_SUFFIXES } from '../units/unitNames';
import type { FileEdit, TextEdit } from './quickFixes';

/** The part of a mention a rename replaces: the name as written, without its scope or alias parenthesis. */
export function writtenNameSpan(mention: UnitMention): Span {
	if (!mention.qualifier) {
		return mention.span;
	}
	const open = mention.qualifier.span.start - 1;
	// A scope before a shared suffix (云龙区(金融服务中心)政府) is inside the name: rename the whole mention.
	return open > mention.span.start && mention.qualifier.span.end + 1 >= mention.span.end ? { start: mention.span.start, end: open } : mention.span;
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
	notices: ReadonlyArray<{ uri: string; notice: Notice }>;
	registries: readonly Registry[];
	/** The key of the spelling being renamed (UnitMention.key). */
	oldKey: string;
	newName: string;
	keyOf: (name: string) => string;
}

/**
 * Renames one spelling of a unit everywhere: every mention with its key, in every notice, and the
 * registry name with that key. A mention written short (`商务局` after `市发改委、`) stays short when
 * the new name keeps the prefix, so the list still reads as the writer wrote it.
 */
export function renameUnitEdits(input: RenameInput): FileEdit[] {
	const edits: FileEdit[] = [];
	for (const { uri, notice } of input.notices) {
		const fileEdits: TextEdit[] = [];
		for (const mention of notice.units) {
			if (mention.key === input.oldKey) {
				fileEdits.push({ span: writtenNameSpan(mention), newText: shortForm(mention, input.newName) });
			}
		}
		if (fileEdits.length > 0) {
			edits.push({ uri, edits: fileEdits });
		}
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

function shortForm(mention: UnitMention, newName: string): string {
	if (!mention.completed) {
		return newName;
	}
	const written = mention.written.replace(/[（(].*$/s, '').replace(/\s+/g, '');
	const prefix = levelPrefixOf(mention.name);
	if (prefix && !written.startsWith(prefix) && newName.startsWith(prefix)) {
		return newName.slice(prefix.length);
	}
	const suffix = SHARED_SUFFIXES.find((candidate) => mention.name.endsWith(candidate) && !written.endsWith(candidate));
	if (suffix && newName.endsWith(suffix)) {
		return newName.slice(0, -suffix.length);
	}
	return newName;
}
