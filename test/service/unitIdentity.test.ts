import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Location } from '../../server/src/core/service/types';
import { testWorkspace } from '../support/inMemoryWorkspace';

/** `清河县/a.txt:5` for a location, its path decoded. */
const place = (location: Location) => `${decodeURIComponent(location.uri).replace('file:///ws/', '')}:${location.range.start.line}`;

describe('the order of a unit’s tasks and of workspace symbols does not depend on which notices were open first', () => {
	const files = {
		'单位名录.txt': '县发展和改革局 = 县发改局\n',
		'a.txt': '2025年重点工作分解\n1.甲。\n牵头单位：县发改局\n2.乙。\n牵头单位：县发改局\n',
		'b.txt': '2025年政府工作报告任务分解\n1.丙。\n牵头单位：县发改局\n',
	};

	test('by the notice’s path, then the task, every session the same', async () => {
		const answers = [];
		for (const opened of [[], ['b.txt'], ['b.txt', 'a.txt']]) {
			const { service } = await testWorkspace(files, {}, { openFirst: opened });
			const [unit] = service.unitTree();
			const symbol = service.workspaceSymbols('县发').find((item) => item.kind === 'unit')!;
			answers.push({ tasks: service.unitOfView(unit.identity)!.lead.map((task) => `${task.file}#${task.label}`), symbol: place(symbol.location) });
		}
		assert.deepEqual(answers[0], { tasks: ['a.txt#1', 'a.txt#2', 'b.txt#1'], symbol: 'a.txt:2' });
		assert.deepEqual(answers[1], answers[0]);
		assert.deepEqual(answers[2], answers[0]);
	});
});
