import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { testWorkspace, uriOf } from '../support/inMemoryWorkspace';

// A notice numbering its tasks （一）（二）（四）: findings said 第二项, the hover 第 （四） 项, the Units view
// 第 4 项 and workspace symbols 4. (features tester). Each now names the task as the notice numbers it.
const NOTICE = '2025年重点工作分解\n（一）全年地区生产总值增长6%。（区发改局牵头）\n（二）社会消费品零售总额增长6%。（区商务局牵头）\n（四）新建社区食堂8个。（区民政局牵头，各街道办事处配合）\n';

test('a task numbered （四） is 第（四）项 in the Units view and （四） among workspace symbols; 4 still finds it', async () => {
	const { service } = await testWorkspace({ '单位名录.txt': '区发改局\n区商务局\n区民政局\n', 'a.txt': NOTICE });
	const civil = service.unitTree().find((unit) => unit.name === '区民政局')!;
	assert.deepEqual(service.unitOfView(civil.identity, { notice: uriOf('a.txt') })!.lead.map((task) => task.text), ['第（四）项：新建社区食堂8个。（区民政局牵头，各街道办事处配…']);
	const symbols = (query: string) => service.workspaceSymbols(query).filter((symbol) => symbol.kind === 'task').map((symbol) => symbol.name);
	assert.deepEqual(symbols('食堂'), ['（四）新建社区食堂8个。（区民政局牵头，各街道办事处配合）']);
	assert.deepEqual(symbols('4'), symbols('食堂'));
	assert.deepEqual(symbols('（四）'), symbols('食堂'));
});

test('tasks numbered 1. 2. keep 第 1 项 and 1. among workspace symbols', async () => {
	const { service } = await testWorkspace({ 'a.txt': '2025年重点工作分解\n1.甲。\n牵头单位：市财政局\n2.乙。\n牵头单位：市商务局\n' });
	const finance = service.unitTree().find((unit) => unit.name === '市财政局')!;
	assert.deepEqual(service.unitOfView(finance.identity)!.lead.map((task) => task.text), ['第 1 项：甲。']);
	assert.deepEqual(service.workspaceSymbols('乙').filter((symbol) => symbol.kind === 'task').map((symbol) => symbol.name), ['2. 乙。']);
});
