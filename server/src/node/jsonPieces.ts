/**
 * A value's JSON in pieces: JSON text, or a value whose JSON.stringify comes in its place. The
 * outline of a 2 MB notice is 2.9 MB of JSON; made by one JSON.stringify it is one string that
 * V8 holds as a rope, and reading it (to encode it) copies it whole: 16 ms, in one turn with the
 * stringify (11–36) and the encoding (3–14). In pieces, each task's JSON is a string of its own.
 */
export type JsonPiece = string | { readonly value: object };

/**
 * Levels split into pieces: a response, its result, a section, its children (the outline's tasks),
 * and two more for a task's children. An object is split only when it holds an array: a task's
 * symbol, its range and its strings are one JSON.stringify (split member by member, the 2 MB
 * notice's outline took 63 ms in place of 31).
 */
const SPLIT_DEPTH = 6;

/**
 * Whether the arrays of `value`'s first SPLIT_DEPTH levels hold more than `limit` elements in all
 * (counting stops there): a message worth writing in pieces. It runs on every message, a
 * keystroke's diagnostics too: its walk makes no objects and goes past the result only into arrays
 * (with `Object.values` for each object and into every object, it took 51 µs and hundreds of
 * arrays for a report of 130 diagnostics).
 */
export function hasMoreElementsThan(value: unknown, limit: number): boolean {
	let count = 0;
	const visit = (member: unknown, depth: number): boolean => {
		if (member === null || typeof member !== 'object' || depth >= SPLIT_DEPTH) {
			return false;
		}
		if (Array.isArray(member)) {
			if (!holdsObjects(member)) {
				return false;
			}
			count += member.length;
			if (count > limit) {
				return true;
			}
			for (let index = 0; index < member.length; index++) {
				if (visit(member[index], depth + 1)) {
					return true;
				}
			}
			return false;
		}
		for (const key in member) {
			const inner = (member as Record<string, unknown>)[key];
			// Below the message and its result, only what an object holds in arrays can be many.
			if ((depth < 2 || Array.isArray(inner)) && visit(inner, depth + 1)) {
				return true;
			}
		}
		return false;
	};
	return visit(value, 0);
}

/**
 * An array of objects, by its first element: one of numbers (semantic tokens' data, hundreds of
 * thousands) is one JSON.stringify, not a piece a number.
 */
function holdsObjects(array: readonly unknown[]): boolean {
	return array.length > 0 && typeof array[0] === 'object' && array[0] !== null;
}

/**
 * `value`'s JSON as JSON.stringify writes it, in pieces: the arrays of objects of its first
 * SPLIT_DEPTH levels, and the objects that hold them, written here; their other values left to
 * JSON.stringify one by one.
 */
export function jsonPieces(value: unknown): JsonPiece[] {
	const pieces: JsonPiece[] = [];
	if (!collect(value, 0, pieces)) {
		throw new TypeError('a message with no JSON');
	}
	return pieces;
}

/** Appends `value`'s pieces; false when JSON.stringify leaves it out (undefined, a function, a symbol) and nothing was appended. */
function collect(value: unknown, depth: number, pieces: JsonPiece[]): boolean {
	if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function' || value instanceof Number || value instanceof String || value instanceof Boolean) {
		const json = JSON.stringify(value) as string | undefined;
		if (json === undefined) {
			return false;
		}
		pieces.push(json);
		return true;
	}
	if (depth >= SPLIT_DEPTH || (Array.isArray(value) ? !holdsObjects(value) : !Object.values(value).some(Array.isArray))) {
		pieces.push({ value });
		return true;
	}
	if (Array.isArray(value)) {
		pieces.push('[');
		for (let index = 0; index < value.length; index++) {
			if (index > 0) {
				pieces.push(',');
			}
			if (!collect(value[index], depth + 1, pieces)) {
				pieces.push('null');
			}
		}
		pieces.push(']');
		return true;
	}
	pieces.push('{');
	let written = 0;
	for (const key of Object.keys(value)) {
		const mark = pieces.length;
		pieces.push(`${written > 0 ? ',' : ''}${JSON.stringify(key)}:`);
		if (collect((value as Record<string, unknown>)[key], depth + 1, pieces)) {
			written++;
		} else {
			pieces.length = mark;
		}
	}
	pieces.push('}');
	return true;
}
