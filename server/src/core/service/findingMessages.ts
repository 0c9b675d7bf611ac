import { formatMessage } from '../checks/checkTable';
import type { Finding } from '../checks/finding';
import { localize, type Locale, type Message } from '../messages/message';

interface Formatted {
	code: Finding['code'];
	locale: Locale;
	suggestions: Finding['suggestions'];
	text: string;
}

/** Messages kept by content before the older half is dropped (a notice's findings are some hundreds). */
const GENERATION_SIZE = 4_096;

/**
 * Findings' messages, each formatted once: a keystroke lists every finding of the notice again, but
 * a task's findings that the check kept (see KeptTaskFindings) are moved copies with the same
 * arguments (the same array). Keyed weakly by that array, with the code, locale and suggestions
 * compared (a rule may give several findings one array).
 * A notice-wide rule (numbering, variants) makes its findings anew at each keystroke, with new
 * arrays of the same arguments: those without suggestions are looked up by their content too. After
 * 1,000 random keystrokes in a 200 KB notice (112 findings), formatting them again was 53 KB of the
 * 606 KB each keystroke allocated.
 */
export class FindingMessages {
	private readonly byArgs = new WeakMap<readonly string[], Formatted>();
	private byContent = new ContentTrie();
	private olderByContent = new ContentTrie();

	constructor(private readonly format: typeof formatMessage = formatMessage) {}

	of(finding: Finding, locale: Locale): string {
		const kept = this.byArgs.get(finding.args);
		if (kept && kept.code === finding.code && kept.locale === locale && kept.suggestions === finding.suggestions) {
			return kept.text;
		}
		if (finding.suggestions !== undefined && finding.suggestions.length > 0) {
			return this.formatted(finding, locale);
		}
		// Without suggestions a finding's message is its code's template filled (see formatMessage), as a related message's is.
		return this.byContentOf(finding.code, finding.args, locale, () => this.formatted(finding, locale));
	}

	/** A related location's message (`related.number-first-used`), made anew with its finding. */
	related(message: Message, locale: Locale): string {
		return this.byContentOf(message.id, message.args, locale, () => localize(message, locale));
	}

	private byContentOf(id: string, args: readonly string[], locale: Locale, format: () => string): string {
		let text = this.byContent.get(id, locale, args);
		if (text === undefined) {
			text = this.olderByContent.get(id, locale, args) ?? format();
			if (this.byContent.size >= GENERATION_SIZE) {
				this.olderByContent = this.byContent;
				this.byContent = new ContentTrie();
			}
			this.byContent.set(id, locale, args, text);
		}
		return text;
	}

	private formatted(finding: Finding, locale: Locale): string {
		const text = this.format(finding.code, finding.args, locale, finding.suggestions);
		this.byArgs.set(finding.args, { code: finding.code, locale, suggestions: finding.suggestions, text });
		return text;
	}
}

interface TrieNode {
	text?: string;
	next?: Map<string, TrieNode>;
}

/**
 * Texts by a message id, a locale and arguments, looked up string by string: a key joined from them
 * cost 25 KB a keystroke (a string made, then copied flat to be hashed, at each lookup), about half
 * of what the lookup saved.
 */
class ContentTrie {
	private readonly root = new Map<string, TrieNode>();
	size = 0;

	get(id: string, locale: Locale, args: readonly string[]): string | undefined {
		let node = this.root.get(id)?.next?.get(locale);
		for (let index = 0; node !== undefined && index < args.length; index++) {
			node = node.next?.get(args[index]);
		}
		return node?.text;
	}

	set(id: string, locale: Locale, args: readonly string[], text: string): void {
		let node = step(step({ next: this.root }, id), locale);
		for (let index = 0; index < args.length; index++) {
			node = step(node, args[index]);
		}
		if (node.text === undefined) {
			this.size++;
		}
		node.text = text;
	}
}

function step(node: TrieNode, key: string): TrieNode {
	node.next ??= new Map();
	let next = node.next.get(key);
	if (next === undefined) {
		next = {};
		node.next.set(key, next);
	}
	return next;
}
