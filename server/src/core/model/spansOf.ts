import type { Span } from '../text/lineIndex';
import type { Field, Marker } from './types';

// The model keeps offsets on its objects, not span objects (a 2 MB notice has 8,790 tasks and
// 17,580 fields); a consumer that keeps or hands on a span (a finding, an edit) makes one here.

/** A field's label as a span. */
export function labelSpanOf(field: Field): Span {
	return { start: field.labelStart, end: field.labelEnd };
}

/** A field's value as a span. */
export function valueSpanOf(field: Field): Span {
	return { start: field.valueStart, end: field.valueEnd };
}

/**
 * The extent of a task, a section, a marker (punctuation included) or a mention, as a span of its
 * own: each is a Span itself, but more, and a kept span must not hold the object it came from.
 */
export function spanOf(owner: Span): Span {
	return { start: owner.start, end: owner.end };
}

/** The marker's number as a span (what renumbering replaces). */
export function numberSpanOf(marker: Marker): Span {
	return { start: marker.numberStart, end: marker.numberEnd };
}

/** A mention's name as written (what a rename replaces), as a span. */
export function nameSpanOf(mention: { start: number; nameEnd: number }): Span {
	return { start: mention.start, end: mention.nameEnd };
}
