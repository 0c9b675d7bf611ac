import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { UnitRole } from '../../server/src/core/service/types';
import { testWorkspace, uriOf } from '../support/inMemoryWorkspace';

const ROLES: readonly UnitRole[] = ['lead', 'responsible', 'other'];

/** Notice `index` of `notices`: `tasks` tasks, 市财政局 leading each and 市商务局 cooperating on every other one. */
function notice(index: number, tasks: number): string {
	const lines = [`${2020 + index}年任务分解`];
	for (let task = 1; task <= tasks; task++) {
		lines.push(`${task}.任务${index}之${task}。`, task % 2 === 0 ? '牵头单位：市财政局；配合单位：市商务局' : '牵头单位：市财政局');
	}
	return lines.join('\n') + '\n';
}

async function workspaceOf(notices: number, tasks: number) {
	const files: Record<string, string> = { '单位名录.txt': '市财政局\n市商务局\n' };
	for (let index = 0; index < notices; index++) {
		files[`n${index}.txt`] = notice(index, tasks);
	}
	return (await testWorkspace(files)).service;
}

describe('the Units view: counts at the top level, notices and tasks as a unit is expanded', () => {
	test('the top-level answer holds no task: it does not grow with the tasks of the workspace', async () => {
		const small = (await workspaceOf(3, 10)).unitTree();
		const large = (await workspaceOf(3, 40)).unitTree();
		assert.deepEqual(
			large.map((unit) => [unit.name, unit.counts, unit.notices]),
			[
				['市财政局', { lead: 120, responsible: 0, other: 0 }, 3],
				['市商务局', { lead: 0, responsible: 0, other: 60 }, 3],
			],
		);
		for (const unit of large) {
			assert.deepEqual(Object.keys(unit).sort(), ['counts', 'description', 'identity', 'name', 'notices']);
		}
		// Four times the tasks, the same answer but for the digits of the counts: a task item, a notice list or a range would grow it.
		const size = (tree: unknown) => JSON.stringify(tree).replace(/\d+/g, '0').length;
		assert.equal(size(large), size(small));
	});

	test('a unit expanded: its notices with their counts, no task; a notice expanded: the unit’s tasks there, by role', async () => {
		const service = await workspaceOf(3, 4);
		const [finance, commerce] = service.unitTree();
		const notices = service.unitOfView(commerce.identity, { tasks: false })!;
		assert.deepEqual(
			notices.notices.map((item) => [item.file, item.description, item.roles.other]),
			[0, 1, 2].map((index) => [`n${index}.txt`, '牵头 0 项 · 责任 0 项 · 配合 2 项', '配合（2）']),
		);
		assert.deepEqual(ROLES.map((role) => notices[role].length), [0, 0, 0]);
		assert.equal(notices.description, commerce.description);
		const inSecond = service.unitOfView(commerce.identity, { notice: uriOf('n1.txt') })!;
		assert.deepEqual(
			inSecond.other.map((task) => [task.text, task.file, task.role, task.range.start.line]),
			[
				['第 2 项：任务1之2。', 'n1.txt', 'other', 3],
				['第 4 项：任务1之4。', 'n1.txt', 'other', 7],
			],
		);
		assert.deepEqual([inSecond.lead, inSecond.responsible], [[], []]);
		// Every task of a unit, once, in all its notices: as many as its counts say.
		const all = service.unitOfView(finance.identity)!;
		assert.deepEqual(ROLES.map((role) => all[role].length), ROLES.map((role) => finance.counts[role]));
		assert.deepEqual([...new Set(all.lead.map((task) => task.file))], ['n0.txt', 'n1.txt', 'n2.txt']);
		assert.equal(service.unitOfView(finance.identity, { notice: uriOf('elsewhere.txt') })!.lead.length, 0);
	});

	test('the counts are those the expanded lists hold: a unit named twice in a task counts once, in its strongest role', async () => {
		const { service } = await testWorkspace({
			'单位名录.txt': '市财政局\n市商务局\n',
			'a.txt': '2020年任务分解\n1.甲。\n责任单位：市财政局；牵头单位：市财政局\n2.乙。\n配合单位：市财政局、市财政局\n3.丙。\n牵头单位：市商务局\n',
			'b.txt': '2021年任务分解\n1.丁。\n牵头单位：市商务局；配合单位：市财政局；责任单位：市财政局\n',
		});
		const [finance] = service.unitTree().filter((unit) => unit.name === '市财政局');
		assert.deepEqual([finance.counts, finance.notices], [{ lead: 1, responsible: 1, other: 1 }, 2]);
		const all = service.unitOfView(finance.identity)!;
		assert.deepEqual(ROLES.map((role) => all[role].map((task) => `${task.file} ${task.label}`)), [['a.txt 1'], ['b.txt 1'], ['a.txt 2']]);
		assert.deepEqual(all.notices.map((notice) => [notice.file, notice.description]), [
			['a.txt', '牵头 1 项 · 责任 0 项 · 配合 1 项'],
			['b.txt', '牵头 0 项 · 责任 1 项 · 配合 0 项'],
		]);
	});
});
