/**
 * Work that yields between steps (a notice of megabytes read or checked in slices), run to its end
 * in one go: what a caller does that has nothing else to let run.
 */
export function drain<T>(steps: Generator<void, T, void>): T {
	for (let step = steps.next(); ; step = steps.next()) {
		if (step.done) {
			return step.value;
		}
	}
}
