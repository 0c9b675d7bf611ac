import { formatMessage } from '../checks/checkTable';
import type { Finding } from '../checks/finding';
import type { Locale } from '../messages/message';

interface Formatted {
	code: Finding['code'];
	locale: Locale;
	suggestions: Finding['suggestions'];
	text: string;
}

/**
 * Findings' messages, each formatted once: a keystroke lists every finding of the notice again, but
 * a task's findings that the check kept (see KeptTaskFindings) are moved copies with the same
 * arguments (the same array). Keyed weakly by that array, with the code, locale and suggestions
 * compared (a rule may give several findings one array).
 */
export class FindingMessages {
	private readonly byArgs = new WeakMap<readonly string[], Formatted>();

	of(finding: Finding, locale: Locale): string {
		const kept = this.byArgs.get(finding.args);
		if (kept && kept.code === finding.code && kept.locale === locale && kept.suggestions === finding.suggestions) {
			return kept.text;
		}
		const text = formatMessage(finding.code, finding.args, locale, finding.suggestions);
		this.byArgs.set(finding.args, { code: finding.code, locale, suggestions: finding.suggestions, text });
		return text;
	}
}
