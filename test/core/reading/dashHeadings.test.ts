import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDashHeading } from '../../../server/src/core/interpret/dashHeading';
import { taskProse } from '../../../server/src/core/features/taskProse';
import type { Task } from '../../../server/src/core/model/types';
import { dedent } from '../../support/cursor';
import { check, codes } from '../../support/engine';

/** Dash headings (——主题) between the tasks of a section, as county notices write them. */

const unitsOf = (task: Task, role: string) => task.units.filter((unit) => unit.role === role).map((unit) => unit.name);

test('a dash heading after a task\'s units is no part of that task, nor of its last unit', () => {
	const text = dedent(`
		某县2024年政府工作报告重点工作任务分解方案
		一、加快生态文明建设
		——深入推进环境污染防治
		1.持续开展大气污染防治攻坚，完成督察反馈问题整改。
		牵头单位：县生态环境局
		责任单位：县住建局、县交通运输局
		——深入推进绿色低碳发展
		2.推进重点行业节能降碳改造。
		牵头单位：县发改委
		3.开展绿色社区创建行动。（牵头单位：县住建局；责任单位：各乡镇人民政府）
		——提升生态系统质量
		4.完成国土绿化任务2万亩。（牵头单位：县林业局）
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.marker.number), [1, 2, 3, 4]);
	assert.deepEqual(unitsOf(notice.tasks[0], 'responsible'), ['县住建局', '县交通运输局']);
	assert.deepEqual(notice.tasks.map((task) => taskProse(task)), ['持续开展大气污染防治攻坚，完成督察反馈问题整改。', '推进重点行业节能降碳改造。', '开展绿色社区创建行动。', '完成国土绿化任务2万亩。']);
	assert.ok(notice.tasks.every((task) => !text.slice(task.start, task.end).includes('——')));
});

test('dash lines before a task\'s units, or naming units of their own, stay the task\'s', () => {
	const text = dedent(`
		1.实施三大行动：
		——产业升级行动
		——城市更新行动
		牵头单位：市发改委
		2.抓好重点改革。（牵头单位：市委改革办）
		——深化国资国企改革（牵头单位：市国资委）
		3.办好民生实事。
		牵头单位：市民政局
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.equal(notice.tasks.length, 3);
	assert.deepEqual(unitsOf(notice.tasks[0], 'lead'), ['市发改委']);
	assert.match(notice.tasks[0].text, /——城市更新行动/);
	assert.deepEqual(unitsOf(notice.tasks[1], 'lead'), ['市委改革办', '市国资委']);
});

test('a dash heading that no item follows leaves the lines after it to the task above, as without it', () => {
	// Review of round 11: the sub-points and the unnumbered task after the heading were dropped with their units.
	const text = dedent(`
		1.实施三大工程。（牵头单位：县发改局）
		——产业升级工程
		（1）新增规上企业5家。（责任单位：县工信局）
		——生态修复工程
		实施湿地保护修复工程。
		牵头单位：县自然资源局
		2.推进项目建设。（牵头单位：县发改局）
	`);
	const { notice } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.marker.number), [1, 2]);
	assert.deepEqual(notice.tasks[0].units.map((unit) => unit.name), ['县发改局', '县工信局', '县自然资源局']);
});

test('what reads as a dash heading', () => {
	const reads = (line: string) => isDashHeading(line, 0, line.length);
	assert.ok(reads('——深入推进环境污染防治'));
	assert.ok(reads('——坚持创新驱动，加快产业升级。'));
	assert.ok(reads('―提升生态系统质量'));
	assert.ok(!reads('深入推进环境污染防治'));
	assert.ok(!reads('——'));
	assert.ok(!reads('—朱家尖管委会'), 'one em dash: the rest of a name a line break cut');
	assert.ok(!reads('——实施产业升级行动。加快传统产业改造，培育新兴产业集群。'));
	assert.ok(!reads('——牵头单位：市发改委'));
	assert.ok(!reads(`——${'长'.repeat(41)}`));
});
