/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) {
		return limit + 1;
	}
	const rows = a.length + 1;
	const cols = b.length + 1;
	let previous2 = new Array<number>(cols).fill(0);
	let previous = Array.from({ length: cols }, (_, j) => j);
	let current = new Array<number>(cols).fill(0);
	for (let i = 1; i < rows; i++) {
		current[0] = i;
		let rowMin = current[0];
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, previous2[j - 2] + 1);
			}
			current[j] = value;
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) {
			return limit + 1;
		}
		[previous2, previous, current] = [previous, current, previous2];
	}
	return previous[cols - 1];
}
