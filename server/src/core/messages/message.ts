import { MESSAGES } from './messageTable';
import { emptyList, mapList } from '../text/objectLists';

export type Locale = 'zh-cn' | 'en';

export type MessageId = keyof typeof MESSAGES;

/** A text to show, as data: which message and its arguments. A host formats it for its locale. */
export interface Message {
	id: MessageId;
	args: readonly string[];
}

export function message(id: MessageId, ...args: ReadonlyArray<string | number>): Message {
	// mapList, not map(): a list of one kind whoever calls, as format reads them (see mapList).
	return { id, args: mapList(args, String) };
}

export function localize(text: Message, locale: Locale): string {
	return format(text.id, text.args, locale);
}

/** The template of `id` in `locale` with {0}, {1} … replaced by `args`. */
export function format(id: MessageId, args: ReadonlyArray<string | number>, locale: Locale): string {
	return MESSAGES[id][locale].replace(/( ?)\{(\d+)\}( ?)/g, (_, before: string, index: string, after: string) => {
		const arg = String(args[Number(index)] ?? '');
		// `第 {0} 项`: the Chinese templates space a number written in digits (`第 2 项`), as Chinese type sets
		// Arabic numerals apart; one the notice writes in Chinese numerals (its （二）, ②) is set as the
		// characters around it are (`第二项`, `应为二，此处为三`; a reviewer's note).
		// So is a number in brackets (`第（四）项`, not `第 （四） 项`): a space only beside a digit or letter.
		if (locale !== 'zh-cn' || !NUMBERING.test(arg)) {
			return before + arg + after;
		}
		return (arg.charCodeAt(0) < 0x80 ? before : '') + arg + (arg.charCodeAt(arg.length - 1) < 0x80 ? after : '');
	});
}

/** Task numbers as notices write them, alone or listed: `4`, `二`, `（四）`, `②`, `2.1`, `（二）、（三）`. */
const NUMBERING = /^[0-9一二三四五六七八九十百千零〇\u2460-\u2473（）()、，,.．-]+$/;

/** A count: the template's first form (before `|`) for one, its second for any other number; one form serves both. */
export function formatCount(id: MessageId, count: number, locale: Locale): string {
	const forms = MESSAGES[id][locale].split('|');
	return (count === 1 || forms.length === 1 ? forms[0] : forms[1]).replace(/\{0\}/g, String(count));
}

/** The template of `id` in `locale` read once, for formatting many messages of one id (an outline's thousands of tasks). */
export function template(id: MessageId, locale: Locale): (args: ReadonlyArray<string | number>) => string {
	// Text, argument index, text, argument index, …, text.
	const parts = MESSAGES[id][locale].split(/\{(\d+)\}/);
	const indices = parts.filter((_, index) => index % 2 === 1).map(Number);
	const texts = parts.filter((_, index) => index % 2 === 0);
	return (args) => {
		let text = texts[0];
		for (let i = 0; i < indices.length; i++) {
			text += String(args[indices[i]] ?? '') + texts[i + 1];
		}
		return text;
	};
}

/** Chinese, then English: what the CLI prints where no locale is chosen. */
export function bilingual(text: Message): string {
	return `${localize(text, 'zh-cn')} / ${localize(text, 'en')}`;
}

/** Names in the language's quotation marks, joined by its list separator: 「甲」、「乙」 or "甲", "乙". */
export function quotedNames(names: readonly string[], locale: Locale): string {
	return names.map((name) => format('name.quoted', [name], locale)).join(format('list.separator', NO_ARGS, locale));
}

/** No argument, in a list of the kind the others are (see emptyList). */
const NO_ARGS: readonly string[] = emptyList();
