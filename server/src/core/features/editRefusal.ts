import { localize, type Locale, type Message } from '../messages/message';

/**
 * Why an edit was not made. An edit the engine cannot write so that the text reads back as
 * intended is refused rather than written wrongly; hosts show the message (an error answer to
 * rename, a message for a command). Each code's text is `refusal.<code>` in the message table.
 */
export type EditRefusalCode =
	| 'empty-name'
	| 'not-one-name'
	| 'not-read-as-one-name'
	| 'name-taken'
	| 'name-registered'
	| 'name-in-use'
	| 'spellings-differ'
	| 'reads-differently'
	| 'short-form-lost'
	| 'list-reads-differently'
	| 'registry-reads-differently';

export interface EditRefusal {
	refusal: EditRefusalCode;
	args: string[];
}

export function isEditRefusal(value: unknown): value is EditRefusal {
	return typeof value === 'object' && value !== null && 'refusal' in value;
}

export function refusalMessage(refusal: EditRefusal): Message {
	return { id: `refusal.${refusal.refusal}`, args: refusal.args };
}

export function formatRefusal(refusal: EditRefusal, locale: Locale): string {
	return localize(refusalMessage(refusal), locale);
}

/** The file name of a URI, for messages (`file:///a/%E5%8D%95.txt` → 单.txt). */
export function fileNameOf(uri: string): string {
	const name = uri.slice(uri.lastIndexOf('/') + 1);
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
}
