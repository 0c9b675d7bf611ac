import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { KeptResults, numberEdits, sameDiagnostics } from '../../server/src/core/service/keptResults';
import type { Diagnostic } from '../../server/src/core/service/types';

const start = { line: 0, character: 0 };
const range = { start, end: { line: 0, character: 2 } };
const A = 'file:///ws/a.txt';
const B = 'file:///ws/b.txt';

describe('the last answer kept per document under a result id', () => {
	const byValue = () => new KeptResults<number[]>((kept, next) => kept.length === next.length && kept.every((value, index) => value === next[index]));

	test('a first answer gets an id; one that says the same keeps it (and the kept answer); one that differs gets a new id', () => {
		const kept = byValue();
		const first = kept.next(A, [1, 2]);
		assert.deepEqual(first, { resultId: first.resultId, answer: [1, 2], changed: true, previous: undefined, unchanged: false });
		const same = [1, 2];
		const again = kept.next(A, same);
		assert.equal(again.resultId, first.resultId);
		assert.equal(again.changed, false);
		assert.equal(again.answer, first.answer, 'the kept answer, not the equal new one');
		const next = kept.next(A, [1, 3]);
		assert.notEqual(next.resultId, first.resultId);
		assert.equal(next.changed, true);
		assert.deepEqual(next.answer, [1, 3]);
	});

	test('unchanged only when the client names the kept id and the answer says the same; previous is what it holds', () => {
		const kept = byValue();
		const { resultId } = kept.next(A, [1, 2]);
		assert.deepEqual(kept.next(A, [1, 2], resultId), { resultId, answer: [1, 2], changed: false, previous: [1, 2], unchanged: true });
		const other = kept.next(A, [1, 2], 'no-such-result');
		assert.deepEqual([other.resultId, other.unchanged, other.previous], [resultId, false, undefined]);
		const moved = kept.next(A, [5], resultId);
		assert.deepEqual([moved.changed, moved.unchanged, moved.previous], [true, false, [1, 2]]);
		// The client held the first result: the id it names now is no longer the one kept.
		assert.deepEqual(kept.next(A, [6], resultId).previous, undefined);
		assert.equal(kept.next(A, [6], moved.resultId).previous, undefined, 'the kept answer is [6] now, under its own id');
	});

	test('documents are kept apart; ids never repeat; a forgotten document starts again', () => {
		const kept = byValue();
		const a = kept.next(A, [1]);
		const b = kept.next(B, [1]);
		assert.notEqual(a.resultId, b.resultId);
		assert.equal(kept.next(B, [1], a.resultId).unchanged, false, "a's id does not name b's result");
		assert.equal(kept.next(A, [1], a.resultId).unchanged, true);
		kept.forget(A);
		const again = kept.next(A, [1], a.resultId);
		assert.deepEqual([again.changed, again.unchanged, again.previous], [true, false, undefined]);
		assert.ok(![a.resultId, b.resultId].includes(again.resultId));
	});

	test('compared by identity: the same kept list keeps its id, an equal new list does not', () => {
		const kept = new KeptResults<number[]>((last, next) => last === next);
		const data = [1, 0, 2, 0, 0];
		const first = kept.next(A, data);
		assert.equal(kept.next(A, data, first.resultId).unchanged, true);
		assert.equal(kept.next(A, [...data], first.resultId).changed, true);
	});
});

test('number edits: one replacement between the common start and end, none when equal', () => {
	const apply = (previous: number[], next: number[]) => {
		const data = [...previous];
		for (const edit of numberEdits(previous, next)) {
			data.splice(edit.start, edit.deleteCount, ...edit.data);
		}
		return data;
	};
	const cases: Array<[number[], number[]]> = [
		[[], []],
		[[], [1, 0, 2, 0, 0]],
		[[1, 0, 2, 0, 0], []],
		[[1, 0, 2, 0, 0, 0, 3, 4, 1, 0], [1, 0, 2, 0, 0, 0, 4, 4, 1, 0]],
		[[1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]],
		[[2, 0, 2, 0, 0, 2, 0, 2, 0, 0], [2, 0, 2, 0, 0]],
		[[1, 2, 3], [4, 5, 6]],
	];
	for (const [previous, next] of cases) {
		assert.deepEqual(apply(previous, next), next, JSON.stringify([previous, next]));
	}
	assert.deepEqual(numberEdits([1, 0, 2, 0, 0], [1, 0, 2, 0, 0]), []);
	assert.deepEqual(numberEdits([1, 0, 2, 0, 0, 0, 3, 4, 1, 0], [1, 0, 2, 0, 0, 0, 4, 4, 1, 0]), [{ start: 6, deleteCount: 1, data: [4] }]);
	assert.deepEqual(numberEdits([1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), [{ start: 5, deleteCount: 0, data: [1, 1, 1, 1, 1] }]);
});

test('diagnostics compared by what they say: range, severity, code, message, related places', () => {
	const diagnostic: Diagnostic = { range, severity: 'error', code: 'missing-lead', message: '第 1 项未写牵头单位', related: [{ location: { uri: A, range }, message: '首次' }] };
	assert.ok(sameDiagnostics([diagnostic], [structuredClone(diagnostic)]));
	assert.ok(sameDiagnostics([], []));
	assert.ok(!sameDiagnostics([diagnostic], []));
	assert.ok(!sameDiagnostics([diagnostic, diagnostic], [diagnostic]));
	for (const changed of [
		{ ...diagnostic, range: { start, end: { line: 0, character: 3 } } },
		{ ...diagnostic, range: { start: { line: 1, character: 0 }, end: range.end } },
		{ ...diagnostic, severity: 'warning' as const },
		{ ...diagnostic, code: 'unknown-unit' as const },
		{ ...diagnostic, message: 'Task 1 has no lead unit' },
		{ ...diagnostic, related: [] },
		{ ...diagnostic, related: [{ location: { uri: B, range }, message: '首次' }] },
		{ ...diagnostic, related: [{ location: { uri: A, range: { start, end: start } }, message: '首次' }] },
		{ ...diagnostic, related: [{ location: { uri: A, range }, message: '又一次' }] },
	]) {
		assert.ok(!sameDiagnostics([diagnostic], [changed]), JSON.stringify(changed));
	}
});
