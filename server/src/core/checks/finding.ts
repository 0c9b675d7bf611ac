import type { Message } from '../messages/message';
import type { Span } from '../text/lineIndex';
import type { CheckCode, Severity } from './checkTable';

/** Another place a finding points to: the first occurrence of a duplicate, the frequent spelling. */
export interface RelatedLocation {
	/** Undefined for the same document. */
	uri?: string;
	span: Span;
	message: Message;
}

/** A problem found in a document. Spans are UTF-16 offsets into the document's text. */
export interface Finding {
	code: CheckCode;
	severity: Severity;
	span: Span;
	args: string[];
	related: RelatedLocation[];
	/** Replacement names a quick fix may offer (unknown units, variants, renames). */
	suggestions?: string[];
}

/** A finding as a rule reports it, before the configured severity is applied. */
export type RuleFinding = Omit<Finding, 'severity' | 'related'> & { related?: RelatedLocation[] };
