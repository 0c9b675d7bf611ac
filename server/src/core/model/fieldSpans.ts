import type { Span } from '../text/lineIndex';
import type { Field } from './types';

/** A field's label as a span, made when asked: the field keeps numbers (see Field). */
export function labelSpanOf(field: Field): Span {
	return { start: field.labelStart, end: field.labelEnd };
}

/** A field's value as a span, made when asked. */
export function valueSpanOf(field: Field): Span {
	return { start: field.valueStart, end: field.valueEnd };
}
