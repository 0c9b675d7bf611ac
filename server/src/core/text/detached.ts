/**
 * A copy of `value` that holds its own characters, not a slice of a longer string. JavaScript
 * engines slice a string by pointing into it (V8 for 13 characters and more): a slice kept keeps
 * the whole text it was cut from alive. Whatever outlives one version of an open document's text
 * (a run of tasks taken into the next reading, a memo entry) is copied out of it. Short strings
 * are copied by the engine anyway.
 */
export function detached(value: string): string {
	// A string joined to another is made flat — one copy of both — when it is sliced: the slice
	// then points into that copy, not into the text (a copy in one pass: a 1 MB title takes a
	// millisecond, where joining its characters one by one took a tenth of a second).
	return value.length < 13 ? value : (' ' + value).slice(1);
}
