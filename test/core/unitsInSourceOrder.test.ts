import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { unitsInSourceOrder } from '../../server/src/core/interpret/unitsInSourceOrder';
import type { UnitMention } from '../../server/src/core/model/types';
import { check } from '../support/engine';
import { sampleAndCorpusTexts } from '../support/sampleTexts';

const at = (start: number, name = `u${start}`) => ({ start, name }) as UnitMention;
const starts = (units: readonly UnitMention[]) => units.map((unit) => unit.start);

test('unitsInSourceOrder: the headings\' mentions put in their places among the tasks\', before, between and after them', () => {
	const tasks = [at(10), at(20), at(30), at(40)];
	assert.deepEqual(starts(unitsInSourceOrder(tasks, [at(35), at(5), at(50), at(25)], false)), [5, 10, 20, 25, 30, 35, 40, 50]);
	assert.deepEqual(starts(unitsInSourceOrder(tasks, [], false)), [10, 20, 30, 40]);
	assert.deepEqual(starts(unitsInSourceOrder([], [at(7), at(3)], false)), [3, 7]);
	// A table's mentions may be out of order: sorted whole.
	assert.deepEqual(starts(unitsInSourceOrder([at(20), at(10), at(30)], [at(15)], true)), [10, 15, 20, 30]);
});

test('a notice\'s mentions are in source order, headings\' leads among them, on every sample and corpus text', () => {
	const text = '一、市发改委牵头的工作\n1.扩大有效投资。（责任单位：市财政局）\n2.推进重大项目。（责任单位：市住建局）\n二、市商务局牵头的工作\n3.稳外贸。（责任单位：市财政局）\n';
	const { notice } = check(text);
	assert.deepEqual(notice.units.map((unit) => unit.name), ['市发改委', '市财政局', '市住建局', '市商务局', '市财政局']);
	for (const { name, text: other } of sampleAndCorpusTexts()) {
		const units = check(other).notice.units;
		for (let u = 1; u < units.length; u++) {
			assert.ok(units[u].start >= units[u - 1].start, `${name}: ${units[u - 1].written} before ${units[u].written}`);
		}
	}
});
