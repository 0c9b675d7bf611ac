import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Location, WorkspaceChange } from '../../server/src/core/service/types';
import { testWorkspace, uriOf } from '../support/inMemoryWorkspace';

const at = (line: number, character: number) => ({ line, character });
/** `清河县/a.txt:5` for a location, its path decoded. */
const place = (location: Location) => `${decodeURIComponent(location.uri).replace('file:///ws/', '')}:${location.range.start.line}`;
/** Each edited file (path decoded) with the lines it edits. */
const edited = (change: WorkspaceChange) => change.files.map((file) => `${decodeURIComponent(file.uri).replace('file:///ws/', '')} ${file.edits.map((edit) => edit.range.start.line).join(',')}`).sort();

/** A county notice: its finance bureau leads task 1 and helps on task 2, its 发改局 leads task 2. */
const countyNotice = (county: string) => `${county}2025年重点工作任务分解\n\n一、经济发展\n1.一般公共预算收入稳定增长。\n牵头单位：县财政局；责任单位：各乡镇人民政府\n2.新开工亿元以上项目一批。\n牵头单位：县发改局；责任单位：县财政局、市住建局\n`;
const COUNTY_REGISTRY = '县财政局\n县发展和改革局 = 县发改局\n集合: 各乡镇人民政府\n';

/** A city folder with its registry and notice, and two counties' folders, each with its own registry listing 县财政局. */
const TWO_COUNTIES = {
	'单位名录.txt': '市财政局\n市住建局\n',
	'江州市2025年重点工作分解.txt': '江州市2025年重点工作分解\n\n1.推进城市更新。\n牵头单位：市住建局；责任单位：市财政局\n',
	'清河县/单位名录.txt': COUNTY_REGISTRY,
	'清河县/清河县2025年重点工作分解.txt': countyNotice('清河县'),
	'江北县/单位名录.txt': COUNTY_REGISTRY,
	'江北县/江北县2025年重点工作分解.txt': countyNotice('江北县'),
};
const QINGHE = uriOf('清河县/清河县2025年重点工作分解.txt');

describe('a unit across the notices of a workspace: two counties’ 县财政局 are two units', () => {
	test('the Units view, hover counts and references keep them apart, and say which county', async () => {
		const { service } = await testWorkspace(TWO_COUNTIES);
		const tree = service.unitTree('县财政');
		assert.deepEqual(
			tree.map((unit) => [unit.name, unit.counts, unit.notices]),
			[
				['县财政局（江北县）', { lead: 1, responsible: 1, other: 0 }, 1],
				['县财政局（清河县）', { lead: 1, responsible: 1, other: 0 }, 1],
			],
		);
		assert.deepEqual(service.unitOfView(tree[1].identity)!.lead.map((task) => task.file), ['清河县2025年重点工作分解.txt']);
		assert.match(service.hover(QINGHE, at(4, 6))!.markdown, /牵头 1 项 · 责任 1 项 · 配合 0 项（1 个文件）/);
		assert.deepEqual(service.references(QINGHE, at(4, 6), true).map(place), ['清河县/单位名录.txt:0', '清河县/清河县2025年重点工作分解.txt:4', '清河县/清河县2025年重点工作分解.txt:6']);
		assert.deepEqual(
			service.workspaceSymbols('县财政').map((symbol) => symbol.name),
			['县财政局（江北县）', '县财政局（清河县）'],
		);
	});

	test('a city unit a county notice names through the city registry is the city’s, with the city’s mentions', async () => {
		const { service } = await testWorkspace(TWO_COUNTIES);
		assert.deepEqual(service.references(QINGHE, at(6, 20), false).map(place), ['江州市2025年重点工作分解.txt:3', '江北县/江北县2025年重点工作分解.txt:6', '清河县/清河县2025年重点工作分解.txt:6']);
		assert.deepEqual(service.unitTree('市住建局').map((unit) => [unit.name, unit.notices]), [['市住建局', 3]]);
		// A county registry that lists it again names the city's unit too.
		const repeated = await testWorkspace({ ...TWO_COUNTIES, '清河县/单位名录.txt': COUNTY_REGISTRY + '市住建局\n' });
		assert.deepEqual(repeated.service.unitTree('市住建局').map((unit) => [unit.name, unit.notices]), [['市住建局', 3]]);
	});

	test('rename from one county edits that county’s notices and registry only', async () => {
		const { service } = await testWorkspace(TWO_COUNTIES);
		const answer = service.rename(QINGHE, at(4, 6), '县财政和国资局')!;
		assert.ok('change' in answer, JSON.stringify(answer));
		assert.deepEqual(edited(answer.change), ['清河县/单位名录.txt 0', '清河县/清河县2025年重点工作分解.txt 4,6']);
		// From the county's registry line alike.
		const fromRegistry = service.rename(uriOf('江北县/单位名录.txt'), at(0, 1), '县财政和国资局')!;
		assert.ok('change' in fromRegistry);
		assert.deepEqual(edited(fromRegistry.change), ['江北县/单位名录.txt 0', '江北县/江北县2025年重点工作分解.txt 4,6']);
	});

	test('rename to a name another county’s unit has is no conflict; to a name of the city registry above it is', async () => {
		const { service } = await testWorkspace({ ...TWO_COUNTIES, '江北县/单位名录.txt': '县财政和国资局\n县发展和改革局 = 县发改局\n集合: 各乡镇人民政府\n', '江北县/江北县2025年重点工作分解.txt': countyNotice('江北县').replace(/县财政局/g, '县财政和国资局') });
		const answer = service.rename(QINGHE, at(4, 6), '县财政和国资局')!;
		assert.ok('change' in answer, JSON.stringify(answer));
		assert.deepEqual(edited(answer.change), ['清河县/单位名录.txt 0', '清河县/清河县2025年重点工作分解.txt 4,6']);
		assert.deepEqual(service.rename(QINGHE, at(4, 6), '市财政局'), { refusal: '单位名录中已有「市财政局」，不能改为此名' });
	});

	test('the by-unit export lists each county’s unit on its own, named with its county', async () => {
		const { service } = await testWorkspace(TWO_COUNTIES);
		const csv = (await service.exportTable({ format: 'csv', by: 'unit' }))!.data;
		const units = [...new Set(csv.split('\n').slice(1).map((line) => line.split(',')[0]).filter((name) => name.startsWith('县财政局')))];
		assert.deepEqual(units, ['县财政局（江北县）', '县财政局（清河县）']);
		assert.equal(csv.split('\n').filter((line) => line.startsWith('县财政局（清河县）,')).every((line) => line.includes(',清河县2025年重点工作分解,')), true);
	});

	// Which registry lists a level is the rule that says which levels it judges (LevelsListed): a county's registry written
	// with full official names (清河县财政局) or without prefixes (桐乡's 财政局) lists its county's units as much as one of
	// 县财政局, and each county's 县统计局, a unit neither lists, was one unit of the two counties.
	test('a county’s registry of full official names, or of names without a prefix, tells its 县… apart as one of 县… names does', async () => {
		const notice = (county: string) => countyNotice(county).replace('责任单位：县财政局、市住建局', '责任单位：县统计局、市住建局');
		for (const [qinghe, jiangbei] of [
			['清河县财政局\n清河县发展和改革局\n', '江北县财政局\n江北县发展和改革局\n'],
			['财政局\n发展和改革局 = 发改局\n', '财政局\n发展和改革局 = 发改局\n'],
		]) {
			const { service } = await testWorkspace({ ...TWO_COUNTIES, '清河县/单位名录.txt': qinghe, '江北县/单位名录.txt': jiangbei, '清河县/清河县2025年重点工作分解.txt': notice('清河县'), '江北县/江北县2025年重点工作分解.txt': notice('江北县') });
			assert.deepEqual(service.unitTree('县统计').map((unit) => [unit.name, unit.notices]), [['县统计局（江北县）', 1], ['县统计局（清河县）', 1]], qinghe);
		}
	});

	// A reviewer: a county's 民生实事 registry of 县政府办, 县财政局 and its towns judges no 县 name (too few), or lists its towns
	// as a collective only (集合: 各乡镇人民政府); each county's 县卫健局 and 乡镇政府 were one unit of the two counties.
	test('a county’s registry of a body or two among its towns, or of its towns as a collective, tells its 县… and 乡镇… apart', async () => {
		const towns = ['城关', '新丰', '荣山', '白沙', '石门', '龙泉', '桃源', '梅岭'].map((town) => `${town}镇人民政府\n`).join('');
		const notice = (county: string) => countyNotice(county).replace('责任单位：县财政局、市住建局', '责任单位：县卫健局、乡镇政府');
		for (const registry of [`县人民政府办公室 = 县政府办\n县财政局\n${towns}`, '县政府办\n集合: 各乡镇人民政府\n']) {
			const { service } = await testWorkspace({ ...TWO_COUNTIES, '清河县/单位名录.txt': registry, '江北县/单位名录.txt': registry, '清河县/清河县2025年重点工作分解.txt': notice('清河县'), '江北县/江北县2025年重点工作分解.txt': notice('江北县') });
			assert.deepEqual(service.unitTree('县卫健').map((unit) => [unit.name, unit.notices]), [['县卫健局（江北县）', 1], ['县卫健局（清河县）', 1]], registry);
			assert.deepEqual(service.unitTree('乡镇政府').map((unit) => [unit.name, unit.notices]), [['乡镇政府（江北县）', 1], ['乡镇政府（清河县）', 1]], registry);
		}
	});

	test('without a registry of its level, a name of a county body (县…) is one unit by its name: a county’s notices in folders by year are one county’s', async () => {
		const { service } = await testWorkspace({
			'清河县/2024/清河县2024年重点工作分解.txt': countyNotice('清河县'),
			'清河县/2025/清河县2025年重点工作分解.txt': countyNotice('清河县'),
		});
		assert.deepEqual(service.unitTree('县财政').map((unit) => [unit.name, unit.notices]), [['县财政局', 2]]);
		assert.deepEqual(service.unitTree('市住建局').map((unit) => [unit.name, unit.notices]), [['市住建局', 2]]);
	});

	test('without registries, a rename of a county body reaching notices in other folders marks their edits for the clerk to confirm', async () => {
		const { service } = await testWorkspace({
			'清河县/清河县2025年重点工作分解.txt': countyNotice('清河县'),
			'清河县/清河县2025年民生实事.txt': countyNotice('清河县'),
			'江北县/江北县2025年重点工作分解.txt': countyNotice('江北县'),
		});
		const answer = service.rename(QINGHE, at(4, 6), '县财政和国资局')!;
		assert.ok('change' in answer, JSON.stringify(answer));
		const marked = answer.change.files.map((file) => `${decodeURIComponent(file.uri).replace('file:///ws/', '')} ${file.confirm === true}`).sort();
		assert.deepEqual(marked, ['江北县/江北县2025年重点工作分解.txt true', '清河县/清河县2025年民生实事.txt false', '清河县/清河县2025年重点工作分解.txt false']);
		assert.deepEqual(answer.change.confirmation, { label: '其他文件夹中的同名单位', description: '「县财政局」不在任何单位名录中：其他文件夹中的「县财政局」可能是另一个县（区、乡镇）的单位，请逐一确认。' });
		// A name that is one body anywhere (市住建局), or a county's unit its registry lists, is renamed without a question.
		const city = service.rename(QINGHE, at(6, 20), '市住房和城乡建设局')!;
		assert.ok('change' in city && city.change.confirmation === undefined && city.change.files.every((file) => !file.confirm));
		// One county's notices kept in folders by year are in one place: nothing to confirm (a reviewer's).
		const byYear = await testWorkspace({ '清河县/2024年/清河县2024年重点工作分解.txt': countyNotice('清河县'), '清河县/2025/清河县2025年重点工作分解.txt': countyNotice('清河县') });
		const years = byYear.service.rename(uriOf('清河县/2025/清河县2025年重点工作分解.txt'), at(4, 6), '县财政和国资局')!;
		assert.ok('change' in years && years.change.files.length === 2 && years.change.confirmation === undefined && years.change.files.every((file) => !file.confirm));
		const listed = await testWorkspace(TWO_COUNTIES);
		const county = listed.service.rename(QINGHE, at(4, 6), '县财政和国资局')!;
		assert.ok('change' in county && county.change.confirmation === undefined);
	});
});

describe('a unit the registry renamed is its successor, as the task table lists it, where the notice is as recent as the rename', () => {
	const files = {
		'单位名录.txt': '市卫生健康局\n市卫健委 -> 市卫生健康局（2024年）\n市民政局\n',
		'甲.txt': '江州市2025年民生实事分解\n\n1.新建社区托育点20个。\n牵头单位：市卫健委；责任单位：市民政局\n',
		'乙.txt': '江州市2025年重点工作分解\n\n1.建设区域医疗中心。\n牵头单位：市卫生健康局；责任单位：市民政局\n',
		'丙.txt': '江州市2022年重点工作分解\n\n1.建设社区卫生服务站。\n牵头单位：市卫健委\n',
	};

	test('the Units view, workspace symbols and references group the old name under the successor, as the table does', async () => {
		const { service } = await testWorkspace(files);
		const tree = service.unitTree('卫');
		assert.deepEqual(
			tree.map((unit) => [unit.name, unit.counts.lead, unit.notices]),
			[
				['市卫生健康局', 2, 2],
				['市卫健委', 1, 1],
			],
		);
		assert.deepEqual(service.unitOfView(tree[0].identity)!.lead.map((task) => task.file), ['乙.txt', '甲.txt']);
		assert.deepEqual(service.workspaceSymbols('卫').filter((symbol) => symbol.kind === 'unit').map((symbol) => symbol.name), ['市卫健委', '市卫生健康局']);
		const table = service.taskTable();
		const lead = (notice: string) => table.rows.find((row) => row.kind === 'task' && table.notices[row.notice].name === notice)!;
		for (const notice of ['甲', '乙', '丙']) {
			const row = lead(notice);
			assert.ok(row.kind === 'task');
			assert.ok(tree.some((unit) => unit.identity === row.lead[0].identity && unit.name === row.lead[0].name), notice);
		}
		assert.deepEqual(service.references(uriOf('甲.txt'), at(3, 6), false).map(place), ['乙.txt:3', '甲.txt:3']);
		assert.deepEqual(service.references(uriOf('乙.txt'), at(3, 6), false).map(place), ['乙.txt:3', '甲.txt:3']);
		assert.deepEqual(service.references(uriOf('丙.txt'), at(3, 6), false).map(place), ['丙.txt:3'], 'a notice older than the rename: the name was right then');
		// Hovered, the name written and its new name; the counts the successor's.
		const hover = service.hover(uriOf('甲.txt'), at(3, 6))!.markdown;
		assert.match(hover, /^\*\*市卫健委\*\*\n\n已更名为：市卫生健康局\n\n牵头 2 项 · 责任 0 项 · 配合 0 项（2 个文件）/);
	});

	test('rename of the old name edits its registry line and every notice writing it, whatever its year; not the successor’s', async () => {
		const { service } = await testWorkspace(files);
		const answer = service.rename(uriOf('甲.txt'), at(3, 6), '市卫生计生委')!;
		assert.ok('change' in answer, JSON.stringify(answer));
		assert.deepEqual(edited(answer.change), ['丙.txt 3', '单位名录.txt 1', '甲.txt 3']);
		const successor = service.rename(uriOf('乙.txt'), at(3, 6), '市卫生健康委员会')!;
		assert.ok('change' in successor, JSON.stringify(successor));
		assert.deepEqual(edited(successor.change), ['乙.txt 3', '单位名录.txt 0,1']);
	});
});

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
