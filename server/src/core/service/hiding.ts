import type { Finding } from '../checks/finding';
import { splitHidden, type CheckedText, type HiddenFinding } from '../features/hiddenFindings';
import type { ServiceContext } from './serviceContext';

/**
 * A document's findings without those the `.breakdown/ignore.json` files above it hide (nearest
 * first): what the editor underlines, the CLI counts and the task table lists. A file that was not
 * read in full hides nothing.
 */
export function hideFindings(context: ServiceContext, uri: string, findings: Finding[], document: CheckedText): { shown: Finding[]; hidden: HiddenFinding[] } {
	let shown = findings;
	const hidden: HiddenFinding[] = [];
	for (const { file, notice } of context.index.hidden.filesFor(uri)) {
		if (file.notices.has(notice)) {
			const split = splitHidden(shown, document, notice, file.entries);
			shown = split.shown;
			hidden.push(...split.hidden);
		}
	}
	return { shown, hidden };
}
