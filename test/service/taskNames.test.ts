import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { testWorkspace, uriOf } from '../support/inMemoryWorkspace';

// A notice numbering its tasks （一）（二）（四）: findings said 第二项, the hover 第 （四） 项, the Units view
// 第 4 项 and workspace symbols 4. (features tester); a first fix wrote 第 第四条 项 and 第 (四) 项 (a
// reviewer). The views now number a task as its findings do, in the numerals of its list.
const TASKS = ['全年地区生产总值增长6%。（区发改局牵头）', '社会消费品零售总额增长6%。（区商务局牵头）', '新建社区食堂8个。（区民政局牵头，各街道办事处配合）'];
const notice = (markers: readonly string[]) => '2025年重点工作分解\n' + TASKS.map((task, i) => markers[i] + task).join('\n') + '\n';

for (const [markers, label, symbol, gap] of [
	[['（一）', '（二）', '（四）'], '第四项', '（四）新建', '三'],
	[['(一)', '(二)', '(四)'], '第四项', '(四) 新建', '三'],
	[['第一条　', '第二条　', '第四条　'], '第四项', '第四条新建', '三'],
	[['1）', '2）', '4）'], '第 4 项', '4）新建', '3'],
	[['1.', '2.', '4.'], '第 4 项', '4. 新建', '3'],
] as const) {
	test(`a task numbered ${markers[2].trim()} is ${label} in the Units view and the hover, as in its findings; ${symbol}… among workspace symbols`, async () => {
		const text = notice(markers);
		const { service } = await testWorkspace({ '单位名录.txt': '区发改局\n区商务局\n区民政局\n', 'a.txt': text });
		const civil = service.unitTree().find((unit) => unit.name === '区民政局')!;
		assert.deepEqual(service.unitOfView(civil.identity, { notice: uriOf('a.txt') })!.lead.map((task) => task.text), [`${label}：新建社区食堂8个。（区民政局牵头，各街道办事处配…`]);
		const line = text.split('\n').findIndex((written) => written.includes('区民政局'));
		const hover = service.hover(uriOf('a.txt'), { line, character: text.split('\n')[line].indexOf('区民政局') + 1 })!;
		assert.match(hover.markdown, new RegExp(`本文牵头：${label}`));
		const symbols = (query: string) => service.workspaceSymbols(query).filter((item) => item.kind === 'task').map((item) => item.name);
		assert.deepEqual(symbols('食堂'), [`${symbol}社区食堂8个。（区民政局牵头，各街道办事处配合）`]);
		assert.deepEqual(symbols('4'), symbols('食堂'));
		// The finding on the gap says the number the same way.
		assert.ok(service.diagnostics(uriOf('a.txt'))?.some((finding) => finding.message.includes(`应为${gap}`) || finding.message.includes(`应为 ${gap}`)));
	});
}
