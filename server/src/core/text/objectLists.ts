/**
 * Lists of objects of one hidden class in V8, empty or not, however made. Optimized code that
 * reads `.length` or an element of a list checks the list's hidden class, which carries its
 * elements kind; met with another, V8 throws the code away ("wrong map") and runs slow until it has
 * optimized it again — bursts of slow keystrokes hundreds of keystrokes into a session, when an
 * edit first made an empty list where a full one had always been, or the reverse. `[]` is of small
 * integers (PACKED_SMI_ELEMENTS) until an object is pushed (PACKED_ELEMENTS); a frozen list is of
 * a kind of its own; `map()` gives PACKED_ELEMENTS in the interpreter and HOLEY_ELEMENTS from
 * optimized code. A list made by push, slice, emptyList or mapList is PACKED_ELEMENTS.
 */

/** A new empty list of the kind a list of objects is (see above). */
export function emptyList<T>(): T[] {
	const list = [undefined as T];
	list.length = 0;
	return list;
}

/**
 * `list.map(map)`, of the kind of `list` (a list of objects: PACKED_ELEMENTS) whatever runs it; of
 * exact size. Not on a hot path with an arrow function that reads the caller's variables: the
 * caller then allocates a context on every call, even when the branch with mapList is not taken
 * (map() inlined in optimized code let V8 drop it); a loop over a slice does the same job there.
 */
export function mapList<T, U>(list: readonly T[], map: (item: T) => U): U[] {
	const mapped = list.slice() as unknown as U[];
	for (let i = 0; i < list.length; i++) {
		mapped[i] = map(list[i]);
	}
	return mapped;
}

/**
 * The last item of `list`, undefined when it is empty. `list[list.length - 1]` on an empty list
 * reads the property "-1": V8 turns the index into a string and looks it up on the list and its
 * prototypes, a call into the runtime from optimized code. The reader did so for every line whose
 * bracket groups or task fields were still empty (some 1% of a 2 MB notice's fresh read, profiled
 * with `perf`: `SmiToString`, `GetObjectProperty` under `lastGroupOf` and `readTaskText`).
 */
export function lastOf<T>(list: readonly T[]): T | undefined {
	return list.length > 0 ? list[list.length - 1] : undefined;
}

/**
 * `list` made empty, its items popped: a store to `length` is a call into V8's runtime from
 * optimized code (`Runtime_StoreCallbackProperty`), where popping the two or three items of a
 * task's lists is not (the reader empties three lists per task).
 */
export function emptied<T>(list: T[]): void {
	while (list.length > 0) {
		list.pop();
	}
}

/**
 * What a property of an object holds until it is stored, the object made first: no object, so no
 * hidden class for V8 to type the property by. A literal holding the first reading's objects typed
 * the property by their classes; an engine's next fresh read stored objects of others, and the code
 * relying on the first was thrown away and optimized again inside the read (--trace-generalization).
 */
export const UNSET = undefined as never;
