import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTaskTable } from '../../../server/src/core/features/taskTable';
import { check, codes } from '../../support/engine';
import { dedent } from '../../support/cursor';
import { readStructure } from '../../../server/src/core/syntax/readStructure';
import { flatText } from '../../../server/src/core/text/noticeText';

/**
 * A field line after a group of items naming their units at once (a county's 2025 breakdown:
 * `以上3项牵头单位：县自然资源局；责任单位：县农业农村局、各乡镇人民政府` under three items naming none).
 */

const roles = (units: ReadonlyArray<{ role: string; name: string }>) => units.map((unit) => `${unit.role}:${unit.name}`);

test('a group line names the units of the items it counts back: no missing lead on them, and the line is no text of the last', () => {
	for (const prefix of ['以上3项', '以上三项', '上述3项工作', '以上各项', '以上３项', '以上3項']) {
		const text = dedent(`
			2025年县政府工作报告重点任务分解
			1.推进全域土地综合整治，完成整治项目5个；
			2.开展耕地专项整治；
			3.推进农村宅基地制度改革试点。
			${prefix}牵头单位：县自然资源局；责任单位：县农业农村局、各乡镇人民政府
			4.完成国土绿化1.2万亩。
			牵头单位：县林业局
		`);
		const { notice, findings } = check(text);
		assert.deepEqual(codes(findings), [], prefix);
		assert.equal(notice.tasks.length, 4, prefix);
		assert.equal(notice.tasks[2].text, '推进农村宅基地制度改革试点。', prefix);
		const expected = ['lead:县自然资源局', 'responsible:县农业农村局', 'responsible:各乡镇人民政府'];
		assert.deepEqual(roles(notice.tasks[2].units), expected, prefix);
		assert.deepEqual(roles(notice.tasks[0].inheritedUnits), expected, prefix);
		assert.deepEqual(roles(notice.tasks[1].inheritedUnits), expected, prefix);
		assert.deepEqual(notice.tasks[3].inheritedUnits, [], prefix);
	}
});

test('a group line covers no item past its count, its section or an earlier group line; an item naming its own lead keeps it', () => {
	const text = dedent(`
		一、稳定经济增长
		1.扩大有效投资，完成固定资产投资80亿元。
		二、推进乡村振兴
		2.推进全域土地综合整治；
		3.开展耕地专项整治。
		以上3项牵头单位：县自然资源局
		4.完成国土绿化1.2万亩。
		牵头单位：县林业局
		5.推进老旧小区改造。
		6.推进农村宅基地制度改革试点。
		以上2项牵头单位：县农业农村局
		7.开展清廉建设。
	`);
	const { notice, findings } = check(text);
	// Item 1 is in another section, item 7 after the line: their leads are missing, as written.
	assert.deepEqual(findings.filter((finding) => finding.code === 'missing-lead').map((finding) => finding.args[0]), ['1', '7']);
	const leads = (tasks: typeof notice.tasks) => tasks.map((task) => [...task.units, ...task.inheritedUnits].filter((unit) => unit.role === 'lead').map((unit) => unit.name));
	assert.deepEqual(leads(notice.tasks), [[], ['县自然资源局'], ['县自然资源局'], ['县林业局'], ['县农业农村局'], ['县农业农村局'], []]);
	// Counted over item 4, which names its own lead: it keeps it.
	const counted = check(text.replace('以上2项', '以上3项')).notice;
	assert.deepEqual(leads(counted.tasks), leads(notice.tasks));
	assert.deepEqual(counted.tasks[3].inheritedUnits, []);
	// One item counted (`以上1项`) is the last alone: item 5 then lacks its lead.
	const one = check(text.replace('以上2项', '以上1项'));
	assert.deepEqual(one.findings.filter((finding) => finding.code === 'missing-lead').map((finding) => finding.args[0]), ['1', '5', '7']);
});

test('a group line under a task\'s own points names the task\'s units', () => {
	const text = dedent(`
		1.推进城乡供水一体化：
		（1）新建水厂1座；
		（2）改造管网20公里。
		以上2项牵头单位：县水利局
		2.开展清廉建设。
		牵头单位：县纪委监委
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(roles(notice.tasks[0].units), ['lead:县水利局']);
	assert.equal(notice.tasks[0].fields[0].style, 'line');
});

test('the task table shows a group line\'s units on every item it covers', () => {
	const text = '1.甲项工作。\n2.乙项工作。\n以上2项牵头单位：县发改局；配合单位：县财政局\n';
	const { notice, findings } = check(text);
	const table = buildTaskTable([{ uri: 'file:///w/a.txt', name: 'a', notice, findings, directory: undefined }]);
	const rows = table.rows.flatMap((row) => (row.kind === 'task' ? [row] : []));
	assert.deepEqual(rows.map((row) => [row.lead.map((unit) => unit.name), row.other.map((unit) => unit.name), row.problems.length]), [[['县发改局'], ['县财政局'], 0], [['县发改局'], ['县财政局'], 0]]);
});

test('a group line may word its roles (`以上任务由A牵头，B配合。`, `（以上三项由A牵头）`): the words are no unit, the items take the units', () => {
	const items = '1.推进全域土地综合整治；\n2.开展耕地专项整治；\n3.推进农村宅基地制度改革试点。\n';
	const lines: Array<[string, string[]]> = [
		['以上任务由县自然资源局牵头，县农业农村局、各乡镇人民政府配合。', ['lead:县自然资源局', 'other:县农业农村局', 'other:各乡镇人民政府']],
		['（以上三项由县发改局牵头）', ['lead:县发改局']],
		['上述3项工作由县发改局牵头负责。', ['lead:县发改局']],
	];
	for (const [line, expected] of lines) {
		const { notice, findings } = check(`${items}${line}\n4.完成国土绿化1.2万亩。\n牵头单位：县林业局\n`);
		assert.deepEqual(codes(findings), [], line);
		assert.deepEqual(roles(notice.tasks[2].units), expected, line);
		assert.deepEqual(roles(notice.tasks[0].inheritedUnits), expected, line);
		assert.deepEqual(roles(notice.tasks[1].inheritedUnits), expected, line);
	}
});

test('without a count, group words after an item\'s sentence are its own, and a line of them covers the items above naming no units', () => {
	const text = dedent(`
		1.推进全域土地综合整治。
		牵头单位：县自然资源局
		2.开展耕地专项整治；
		3.推进城乡供水一体化，新建水厂1座。以上工作由县水利局牵头。
		4.推进老旧小区改造；
		5.推进农村宅基地制度改革试点。
		以上各项牵头单位：县农业农村局
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(findings.filter((finding) => finding.code === 'missing-lead').map((finding) => finding.args[0]), ['2']);
	assert.deepEqual(roles(notice.tasks[2].units), ['lead:县水利局']);
	assert.deepEqual(notice.tasks.map((task) => task.inheritedUnits.length), [0, 0, 0, 1, 0]);
});

test('a group line naming only responsible units passes them too: its one unit leads every item it covers (a review\'s `以上2项责任单位：…`)', () => {
	const text = dedent(`
		2025年县政府工作报告重点任务分解
		1.推进全域土地综合整治。
		2.开展耕地专项整治。
		以上2项责任单位：县自然资源局
		3.完成国土绿化1.2万亩。
		牵头单位：县林业局
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(roles(notice.tasks[0].inheritedUnits), ['lead:县自然资源局']);
	assert.deepEqual(roles(notice.tasks[1].units), ['lead:县自然资源局']);
});

test('a group line counting more items than the task\'s own points covers the items above; as many or fewer, they are the task\'s', () => {
	const covering = dedent(`
		2025年县政府工作报告重点任务分解
		1.推进全域土地综合整治，完成整治项目5个。
		2.开展耕地专项整治。
		3.推进农村改革。
		（1）开展宅基地制度改革试点；
		（2）深化集体产权制度改革。
		以上3项牵头单位：县自然资源局；责任单位：县农业农村局
		4.完成国土绿化1.2万亩。
		牵头单位：县林业局
	`);
	const { notice, findings } = check(covering);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(roles(notice.tasks[0].inheritedUnits), ['lead:县自然资源局', 'responsible:县农业农村局']);
	const own = covering.replace('以上3项', '以上2项');
	const read = check(own);
	assert.deepEqual(read.notice.tasks[0].inheritedUnits, []);
	assert.deepEqual(codes(read.findings), ['missing-lead', 'missing-lead']);
});

test('group words after a sentence of the item\'s own line reach no item naming units of its own (`以上两项工作由县住建局牵头` about the item\'s two works)', () => {
	const text = dedent(`
		2025年县政府工作报告重点任务分解
		1.推进全域土地综合整治，完成整治项目5个。
		牵头单位：县自然资源局
		2.推进农村人居环境整治。
		责任单位：县财政局
		3.实施两项工程：新建污水处理厂1座，改造管网20公里。以上两项工作由县住建局牵头，县水利局配合。
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks[1].inheritedUnits, []);
	assert.deepEqual(roles(notice.tasks[1].units), ['lead:县财政局']);
});

test('items under a group line naming units but no lead are told lead-not-designated, as its own task is, not missing-lead (a tester\'s `以上2项责任单位：县住建局、县财政局`)', () => {
	const text = dedent(`
		某县2024年重点工作任务分解
		1.推进城市更新。
		2.完成老旧小区改造10个。
		以上2项责任单位：县住建局、县财政局
		3.新建客运站1个。
		牵头单位：县交通运输局
	`);
	const { findings } = check(text);
	assert.deepEqual(findings.map((finding) => `${finding.code}:${finding.args[0]}`), ['lead-not-designated:1', 'lead-not-designated:2']);
});

test('a worded group line on its own line is no text of the last item (`以上任务由A牵头，B配合。`, `（以上1项由A牵头）`; a features tester\'s)', () => {
	const text = dedent(`
		某县2024年重点工作任务分解
		1.改造农村公路100公里。
		2.新建客运站1个。
		以上任务由县交通运输局牵头，县财政局配合。
		3.新建水厂1座。
		（以上1项由县水利局牵头）
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => task.text), ['改造农村公路100公里。', '新建客运站1个。', '新建水厂1座。']);
	// On the item's own line after its sentence, the words stay its text (as a designation of its own would).
	assert.equal(check('1.新建水厂1座。以上工作由县水利局牵头。\n').notice.tasks[0].text, '新建水厂1座。以上工作由县水利局牵头。');
});

test('a group line whose label a PDF\'s wrap cut (`以上2项牵头` / `单位：县工信局；…`) covers the items above as a whole one does (a tester\'s pasted notices)', () => {
	const text = dedent(`
		江北县2025年政府工作报告重点任务分解方案
		1.全年规模以上工业增加值增长7.5%。
		2.实施技术改造项目25个。
		以上2项牵头
		单位：县工信局；责任单位：县发改局、县财政局
		3.完成农村公路危桥改造12座。
		牵头单位：县交通运输局；责任单位：各乡镇人民政府
	`);
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(roles(notice.tasks[0].inheritedUnits), ['lead:县工信局', 'responsible:县发改局', 'responsible:县财政局']);
	assert.equal(notice.tasks[1].text, '实施技术改造项目25个。');
});

/** A table of three rows, `line` between its second and third (a reviewer's: the rows after it were lost). */
function tableWithGroupLine(line: string, row: (cells: string[]) => string, header: string): string {
	return [
		'某镇2025年民生实事任务分解',
		header,
		row(['1', '修缮村道8公里', '', '']),
		row(['2', '新建村级文化广场3个', '', '']),
		line,
		row(['3', '改造老旧供水管网5公里', '镇水务站', '']),
	].join('\n');
}

const tabRow = (cells: string[]) => cells.join('\t');
const pipeRow = (cells: string[]) => `| ${cells.join(' | ')} |`;

test('a group line between a table\'s rows covers the rows above, and the table goes on under it (tabs, pipes, a merged row, worded roles)', () => {
	const labelled = '以上2项牵头单位：镇建设办；责任单位：镇财政所';
	const worded = '以上两项由镇建设办牵头，镇财政所配合。';
	const cases: Array<[string, string, string]> = [
		['tabs', tableWithGroupLine(labelled, tabRow, '序号\t工作任务\t牵头单位\t责任单位'), 'responsible'],
		['tabs, merged row', tableWithGroupLine(`${labelled}\t\t\t`, tabRow, '序号\t工作任务\t牵头单位\t责任单位'), 'responsible'],
		['pipes', tableWithGroupLine(labelled, pipeRow, '| 序号 | 工作任务 | 牵头单位 | 责任单位 |'), 'responsible'],
		['pipes, merged row', tableWithGroupLine(`| ${labelled} |`, pipeRow, '| 序号 | 工作任务 | 牵头单位 | 责任单位 |'), 'responsible'],
		['worded', tableWithGroupLine(worded, tabRow, '序号\t工作任务\t牵头单位\t责任单位'), 'other'],
		['worded, in brackets', tableWithGroupLine(`（${worded.slice(0, -1)}）`, tabRow, '序号\t工作任务\t牵头单位\t责任单位'), 'other'],
	];
	assertGroupCoversRowsAbove(cases);
});

/** Each case's table (see tableWithGroupLine): its group line gives rows 1 and 2 its lead and the second unit in `second`'s role, row 3 keeps its own. */
function assertGroupCoversRowsAbove(cases: ReadonlyArray<[string, string, string]>): void {
	for (const [name, text, second] of cases) {
		const { notice, findings } = check(text);
		assert.deepEqual(codes(findings), [], name);
		assert.deepEqual(notice.tasks.map((task) => task.text), ['修缮村道8公里', '新建村级文化广场3个', '改造老旧供水管网5公里'], name);
		const expected = ['lead:镇建设办', `${second}:镇财政所`];
		assert.deepEqual(roles(notice.tasks[1].units), expected, name);
		assert.deepEqual(roles(notice.tasks[0].inheritedUnits), expected, name);
		assert.deepEqual(roles(notice.tasks[2].units), ['lead:镇水务站'], name);
		assert.deepEqual(notice.tasks[2].inheritedUnits, [], name);
	}
}

/** A cell-per-line table's row (a web page's table copied): each cell a line, an empty one a blank line, or ` |` alone where each cell ends with one. */
const cellRow = (cells: string[]) => cells.join('\n');
const markedCellRow = (cells: string[]) => cells.map((cell) => (cell ? `${cell} |` : ' |')).join('\n');
/** The same with its empty cells left out (a copy that drops them). */
const filledCellRow = (cells: string[]) => cells.filter((cell) => cell.length > 0).join('\n');

test('a group line between the rows of a table laid out one cell a line covers the rows above, and the table goes on under it (labelled, worded, in brackets, cells marked ` |`)', () => {
	const labelled = '以上2项牵头单位：镇建设办；责任单位：镇财政所';
	const worded = '以上两项由镇建设办牵头，镇财政所配合。';
	const header = '序号\n工作任务\n牵头单位\n责任单位';
	const cases: Array<[string, string, string]> = [
		['blank lines for empty cells', tableWithGroupLine(labelled, cellRow, header), 'responsible'],
		['empty cells left out', tableWithGroupLine(labelled, filledCellRow, header), 'responsible'],
		['cells marked', tableWithGroupLine(`${labelled} |`, markedCellRow, '序号 |\n工作任务 |\n牵头单位 |\n责任单位 |'), 'responsible'],
		['in brackets', tableWithGroupLine(`（${labelled}）`, filledCellRow, header), 'responsible'],
		['worded', tableWithGroupLine(worded, filledCellRow, header), 'other'],
	];
	assertGroupCoversRowsAbove(cases);
});

test('a group line may word its labels with 为 or 是 (`以上2项牵头单位为A，责任单位为B。`, in brackets too): the items take its units, and between a table\'s rows the table goes on under it', () => {
	const items = '1.推进全域土地综合整治；\n2.开展耕地专项整治；\n3.推进农村宅基地制度改革试点。\n';
	const lines: Array<[string, string[]]> = [
		['以上3项牵头单位为县自然资源局，责任单位为县农业农村局、各乡镇人民政府。', ['lead:县自然资源局', 'responsible:县农业农村局', 'responsible:各乡镇人民政府']],
		['上述3项工作牵头部门是县自然资源局；配合单位是县农业农村局。', ['lead:县自然资源局', 'other:县农业农村局']],
		['以上各项牵头单位为县自然资源局。', ['lead:县自然资源局']],
		['以上3項牽頭單位為县自然资源局，責任單位為县农业农村局。', ['lead:县自然资源局', 'responsible:县农业农村局']],
		['（以上3项牵头单位为县自然资源局，责任单位为县农业农村局）', ['lead:县自然资源局', 'responsible:县农业农村局']],
	];
	for (const [line, expected] of lines) {
		const { notice, findings } = check(`${items}${line}\n4.完成国土绿化1.2万亩。\n牵头单位：县林业局\n`);
		assert.deepEqual(codes(findings), [], line);
		assert.equal(notice.tasks[2].text, '推进农村宅基地制度改革试点。', line);
		assert.deepEqual(roles(notice.tasks[2].units), expected, line);
		assert.deepEqual(roles(notice.tasks[0].inheritedUnits), expected, line);
		assert.deepEqual(roles(notice.tasks[1].inheritedUnits), expected, line);
		assert.deepEqual(notice.tasks[3].inheritedUnits, [], line);
	}
	const worded = '以上2项牵头单位为镇建设办，责任单位为镇财政所。';
	assertGroupCoversRowsAbove([
		['tabs, worded with 为', tableWithGroupLine(worded, tabRow, '序号\t工作任务\t牵头单位\t责任单位'), 'responsible'],
		['cell lines, worded with 为', tableWithGroupLine(worded, filledCellRow, '序号\n工作任务\n牵头单位\n责任单位'), 'responsible'],
		['tabs, worded with 为, in brackets', tableWithGroupLine(`（${worded.slice(0, -1)}）`, tabRow, '序号\t工作任务\t牵头单位\t责任单位'), 'responsible'],
	]);
});

test('a group line between a table\'s rows that a PDF\'s wrap broke over two lines (`以上2项牵头` / `单位：…`, `…；责` / `任单位：…`, `…；` / `责任单位：…`) is read whole, and the table goes on under it (tabs, pipes, one cell a line)', () => {
	const layouts: Array<[string, (cells: string[]) => string, string]> = [
		['tabs', tabRow, '序号\t工作任务\t牵头单位\t责任单位'],
		['pipes', pipeRow, '| 序号 | 工作任务 | 牵头单位 | 责任单位 |'],
		['cell lines', filledCellRow, '序号\n工作任务\n牵头单位\n责任单位'],
	];
	const lines = ['以上2项牵头\n单位：镇建设办；责任单位：镇财政所', '以上2项牵头单位：镇建设办；责\n任单位：镇财政所', '以上2项牵头单位：镇建设办；\n责任单位：镇财政所'];
	for (const [layout, row, header] of layouts) {
		for (const line of lines) {
			const name = `${layout}: ${line}`;
			const { notice, findings } = check(tableWithGroupLine(line, row, header));
			assert.deepEqual(codes(findings), [], name);
			assert.deepEqual(notice.tasks.map((task) => task.text), ['修缮村道8公里', '新建村级文化广场3个', '改造老旧供水管网5公里'], name);
			assert.deepEqual(roles(notice.tasks[1].units), ['lead:镇建设办', 'responsible:镇财政所'], name);
			assert.deepEqual(roles(notice.tasks[0].inheritedUnits), ['lead:镇建设办', 'responsible:镇财政所'], name);
			assert.deepEqual(roles(notice.tasks[2].units), ['lead:镇水务站'], name);
		}
	}
	// A second lead on the next line is no more of the group (see the items' case above): the table ends there, as before.
	const second = check(tableWithGroupLine('以上2项牵头单位：镇建设办；\n牵头单位：镇水务站', tabRow, '序号\t工作任务\t牵头单位\t责任单位'));
	assert.deepEqual(roles(second.notice.tasks[0].inheritedUnits), ['lead:镇建设办']);
});


test('a group line between a table\'s rows whose list a wrap carried to the next line (`…责任单位：镇财政所、镇派出所、` / `各村民委员会`, `…镇派出所、` / `各村民委员会配合。`, `…牵` / `头，…配合。`, `…牵头` / `，…配合。`) takes that line, and the table goes on under it (tabs, one cell a line; a reviewer\'s)', () => {
	const layouts: Array<[string, (cells: string[]) => string, string]> = [
		['tabs', tabRow, '序号\t工作任务\t牵头单位\t责任单位'],
		['cell lines', filledCellRow, '序号\n工作任务\n牵头单位\n责任单位'],
		['cell lines, blank cells', cellRow, '序号\n工作任务\n牵头单位\n责任单位'],
	];
	// A name the wrap broke is told as between items (broken-unit-name, information).
	const lines: Array<[string, string, string[]]> = [
		['以上2项牵头单位：镇建设办；责任单位：镇财政所、镇派出所、\n各村民委员会', 'responsible', []],
		['以上2项牵头单位：镇建设办；责任单位：镇财政所、镇派出所，\n各村民委员会', 'responsible', []],
		['以上2项牵头单位：镇建设办；责任单位：镇财政所、镇派出所、各\n村民委员会', 'responsible', ['broken-unit-name']],
		['以上2项牵头单位：镇建设办；责任单位：镇财政所、镇派出所、各村\n民委员会', 'responsible', ['broken-unit-name']],
		['以上两项由镇建设办牵头，镇财政所、镇派出所、\n各村民委员会配合。', 'other', []],
		['以上两项由镇建设办牵头，镇财政所、镇派出所、各村民委员\n会配合。', 'other', ['broken-unit-name']],
		['以上两项由镇建设办牵头，镇财政所、镇派出所、各村民委员会\n配合。', 'other', []],
		['以上两项由镇建设办牵\n头，镇财政所、镇派出所、各村民委员会配合。', 'other', []],
		['以上两项由镇建设办牵头\n，镇财政所、镇派出所、各村民委员会配合。', 'other', []],
	];
	for (const [layout, row, header] of layouts) {
		for (const [line, second, told] of lines) {
			const name = `${layout}: ${line}`;
			const { notice, findings } = check(tableWithGroupLine(line, row, header));
			assert.deepEqual(codes(findings), told, name);
			assert.deepEqual(notice.tasks.map((task) => task.text), ['修缮村道8公里', '新建村级文化广场3个', '改造老旧供水管网5公里'], name);
			const expected = ['lead:镇建设办', `${second}:镇财政所`, `${second}:镇派出所`, `${second}:各村民委员会`];
			assert.deepEqual(roles(notice.tasks[1].units), expected, name);
			assert.deepEqual(roles(notice.tasks[0].inheritedUnits), expected, name);
			assert.deepEqual(roles(notice.tasks[2].units), ['lead:镇水务站'], name);
			assert.deepEqual(notice.tasks[2].inheritedUnits, [], name);
		}
	}
});
test('a line of text under a table still ends it: a closing paragraph, a section heading, a signature; a group line before them is the table\'s', () => {
	const rows = ['某镇2025年民生实事任务分解', '序号\t工作任务\t牵头单位\t责任单位', '1\t修缮村道8公里\t\t', '2\t新建村级文化广场3个\t\t'];
	const cases: Array<[string, string]> = [
		['各单位要明确专人负责，按月报送进展。', '3\t改造老旧供水管网5公里\t镇水务站\t'],
		['二、其他工作', '3.改造老旧供水管网5公里。牵头单位：镇水务站'],
		['某镇人民政府办公室', '2025年3月1日'],
	];
	for (const [after, next] of cases) {
		const text = [...rows, '以上2项牵头单位：镇建设办', after, next].join('\n');
		const structure = readStructure(flatText(text));
		assert.equal(structure.tables.length, 1, after);
		assert.equal(structure.tables[0].endLine, 5, after);
		const { notice } = check(text);
		assert.deepEqual(roles(notice.tasks[0].inheritedUnits), ['lead:镇建设办'], after);
		assert.deepEqual(roles(notice.tasks[1].units), ['lead:镇建设办'], after);
		// Without the group line, the text line ends the table as well.
		assert.equal(readStructure(flatText([...rows, after, next].join('\n'))).tables[0].endLine, 4, after);
	}
});

test('a group line whose second label a PDF\'s wrap cut after the semicolon (`…牵头单位：县商务局；责` / `任单位：…`) passes that field to the items above too (a tester\'s pasted notice: their 责任单位 lost)', () => {
	const read = (group: string) => {
		const { notice, findings } = check(`城南县2024年重点工作任务分解方案\n1.社会消费品零售总额增长6%。\n2.新增限上商贸企业30家。\n3.举办促消费活动20场。\n${group}\n4.新建农村公路80公里。\n牵头单位：县交通局；责任\n单位：各乡镇人民政府\n`);
		return { units: notice.tasks.map((task) => roles([...task.units, ...task.inheritedUnits])), codes: codes(findings).filter((code) => code !== 'broken-unit-name') };
	};
	const whole = read('以上3项牵头单位：县商务局；责任单位：县发改局、县财政局');
	assert.deepEqual(whole.codes, []);
	assert.deepEqual(whole.units[0], ['lead:县商务局', 'responsible:县发改局', 'responsible:县财政局']);
	for (const cut of ['以上3项牵头单位：县商务局；责\n任单位：县发改局、县财政局', '以上3项牵头单位：县商务局；责任\n单位：县发改局、县财政局', '以上3项牵头单位：县商务局；\n责任单位：县发改局、县财政局']) {
		assert.deepEqual(read(cut), whole, cut);
	}
});

test('a label line right under a group line that ends at its semicolon is no more of the group when the group named its role already (`以上2项牵头单位：县工信局；` / `牵头单位：县发改局；…`: a second lead is another item\'s; a reviewer\'s)', () => {
	const read = (fields: string, group = '以上2项牵头单位：县工信局；\n') => {
		const { notice } = check(`城北县2024年重点工作任务分解\n1.新增规上工业企业20家。\n2.推进工业园区扩区提质。\n${group}${fields}\n3.谋划储备重大项目100个。\n牵头单位：县发改局\n`);
		return notice.tasks.map((task) => roles(task.inheritedUnits.length > 0 ? task.inheritedUnits : task.units));
	};
	// The first item takes the group's lead alone: the line's lead and units are not the group's.
	assert.deepEqual(read('牵头单位：县科技局；责任单位：县财政局')[0], ['lead:县工信局']);
	assert.deepEqual(read('责任单位：县科技局；牵头单位：县财政局')[0], ['lead:县工信局']);
	// So with the second label a wrap cut (`…；牵` / `头单位：…`).
	assert.deepEqual(read('头单位：县科技局；责任单位：县财政局', '以上2项牵头单位：县工信局；牵\n')[0], ['lead:县工信局']);
	// A role the group did not name goes on with it, as before.
	assert.deepEqual(read('责任单位：县科技局、县财政局')[0], ['lead:县工信局', 'responsible:县科技局', 'responsible:县财政局']);
	assert.deepEqual(read('任单位：县科技局、县财政局', '以上2项牵头单位：县工信局；责\n')[0], ['lead:县工信局', 'responsible:县科技局', 'responsible:县财政局']);
});

test('a labelled group line in brackets on a line of its own covers the items above (`（以上2项牵头单位：…；责任单位：…）`, `【…】`, Traditional; a reviewer\'s)', () => {
	const lines = [
		['（以上2项牵头单位：县自然资源局；责任单位：县农业农村局）', ['lead:县自然资源局', 'responsible:县农业农村局']],
		['【以上2项牵头单位：县自然资源局；责任单位：县农业农村局】', ['lead:县自然资源局', 'responsible:县农业农村局']],
		['(以上2项牵头单位:县自然资源局;责任单位:县农业农村局)', ['lead:县自然资源局', 'responsible:县农业农村局']],
		['（以上2項牽頭單位：縣自然資源局；責任單位：縣農業農村局）', ['lead:縣自然資源局', 'responsible:縣農業農村局']],
		// Worded in brackets, as before.
		['(以上两项由县自然资源局牵头，县农业农村局配合)', ['lead:县自然资源局', 'other:县农业农村局']],
	] as const;
	for (const [line, expected] of lines) {
		const text = dedent(`
			2025年县政府工作报告重点任务分解
			一、推进乡村振兴
			1.推进全域土地综合整治。
			2.开展耕地专项整治。
			${line}
			3.完成国土绿化1.2万亩。（牵头单位：县林业局）
		`);
		const { notice, findings } = check(text);
		assert.deepEqual(codes(findings), [], line);
		assert.deepEqual(notice.tasks.map((task) => task.text), ['推进全域土地综合整治。', '开展耕地专项整治。', '完成国土绿化1.2万亩。'], line);
		assert.deepEqual(roles(notice.tasks[1].units), expected, line);
		assert.deepEqual(roles(notice.tasks[0].inheritedUnits), expected, line);
		assert.deepEqual(roles(notice.tasks[2].units), ['lead:县林业局'], line);
	}
});

test('a labelled group line in brackets between a table\'s rows covers the rows above, and the table goes on under it', () => {
	for (const line of ['（以上2项牵头单位：镇建设办；责任单位：镇财政所）', '【以上2项牵头单位：镇建设办；责任单位：镇财政所】']) {
		const { notice, findings } = check(tableWithGroupLine(line, tabRow, '序号\t工作任务\t牵头单位\t责任单位'));
		assert.deepEqual(codes(findings), [], line);
		assert.deepEqual(notice.tasks.map((task) => task.text), ['修缮村道8公里', '新建村级文化广场3个', '改造老旧供水管网5公里'], line);
		assert.deepEqual(roles(notice.tasks[1].units), ['lead:镇建设办', 'responsible:镇财政所'], line);
		assert.deepEqual(roles(notice.tasks[0].inheritedUnits), ['lead:镇建设办', 'responsible:镇财政所'], line);
		assert.deepEqual(roles(notice.tasks[2].units), ['lead:镇水务站'], line);
	}
});

/** Each task row's deadline as the task table shows it: the 完成时限 column's text and the date. */
function deadlinesOf(text: string): Array<[string | undefined, string | undefined]> {
	const { notice, findings } = check(text);
	const table = buildTaskTable([{ uri: 'file:///w/a.txt', name: 'a', notice, findings, directory: undefined }]);
	return table.rows.flatMap((row) => (row.kind === 'task' ? [[row.deadlineText, row.due] as [string | undefined, string | undefined]] : []));
}

test('a closing line under the last item\'s label line (`牵头单位：县交通运输局` / `以上工作由县政府督查室负责督促落实。`) is no unit of its list (a helper\'s: a false missing-lead, the lead lost)', () => {
	const text = '江北县2025年重点工作任务分解\n1.开展耕地专项整治。\n牵头单位：县自然资源局\n2.改造农村公路50公里。\n牵头单位：县交通运输局\n以上工作由县政府督查室负责督促落实。\n';
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => roles([...task.units, ...task.inheritedUnits])), [['lead:县自然资源局'], ['lead:县交通运输局']]);
	// A list cut open still goes on (`责任单位：县财政局、` / `以上…` is no such list's end, but a name's rest would be).
	assert.deepEqual(roles(check('1.甲。\n牵头单位：县发改局；责任单位：县财政局、\n县统计局\n').notice.tasks[0].units), ['lead:县发改局', 'responsible:县财政局', 'responsible:县统计局']);
});

test('an item\'s own deadline in its text comes before the group line\'s (`2.…，6月底前完成。` / `以上3项完成时限：2025年12月底前`): the date its office follows up', () => {
	const text = dedent(`
		某镇2025年重点工作任务分解
		1.修缮村道8公里。
		2.新建村级文化广场3个，2025年6月底前完成。
		3.改造老旧供水管网5公里。
		以上3项完成时限：2025年12月底前
		牵头单位：镇建设办
		4.建设垃圾中转站1座。
		牵头单位：镇环卫所
	`);
	const yearEnd: [string, string] = ['2025年12月底前', '2025-12-31'];
	assert.deepEqual(deadlinesOf(text), [yearEnd, [undefined, '2025-06-30'], yearEnd, [undefined, undefined]]);
});

test('a group line naming a deadline gives it to every item it covers, each naming its own kept (`以上任务完成时限：…` between a table\'s rows, `以上2项完成时限：…` under items)', () => {
	const table = [
		'某镇2025年民生实事任务分解',
		'序号\t工作任务\t牵头单位\t责任单位\t完成时限',
		'1\t修缮村道8公里\t镇建设办\t镇财政所\t',
		'2\t新建村级文化广场3个\t镇文化站\t镇财政所\t2025年6月底前',
		'3\t改造老旧供水管网5公里\t镇水务站\t各村委会\t',
		'以上任务完成时限：2025年12月底前',
		'4\t建设垃圾中转站1座\t镇环卫所\t镇财政所\t',
	].join('\n');
	assert.deepEqual(codes(check(table).findings), []);
	const yearEnd: [string, string] = ['2025年12月底前', '2025-12-31'];
	assert.deepEqual(deadlinesOf(table), [yearEnd, ['2025年6月底前', '2025-06-30'], yearEnd, [undefined, undefined]]);
	const items = dedent(`
		某镇2025年重点工作任务分解
		一、改善人居环境
		1.修缮村道8公里。
		牵头单位：镇建设办
		2.新建村级文化广场3个。
		牵头单位：镇文化站
		3.改造老旧供水管网5公里。
		牵头单位：镇水务站；完成时限：2025年9月底前
		4.建设垃圾中转站1座。
		牵头单位：镇环卫所
		以上3项完成时限：2025年6月底前
		二、加强基层治理
		5.开展平安村居创建。
		牵头单位：镇综治中心
		以上各项完成时限：2025年11月底前
	`);
	assert.deepEqual(codes(check(items).findings), []);
	const june: [string, string] = ['2025年6月底前', '2025-06-30'];
	assert.deepEqual(deadlinesOf(items), [[undefined, undefined], june, ['2025年9月底前', '2025-09-30'], june, ['2025年11月底前', '2025-11-30']]);
	// Without a count, every item above in its section, each naming its units.
	assert.deepEqual(deadlinesOf(items.replace('以上3项', '以上任务')), [june, june, ['2025年9月底前', '2025-09-30'], june, ['2025年11月底前', '2025-11-30']]);
	// Over a group line naming units only; not over one naming a deadline.
	const over = dedent(`
		某镇2025年重点工作任务分解
		1.修缮村道8公里。
		2.新建村级文化广场3个。
		（以上2项牵头单位：镇建设办）
		3.改造老旧供水管网5公里。
		牵头单位：镇水务站
		以上任务完成时限：2025年6月底前
		4.建设垃圾中转站1座。
		牵头单位：镇环卫所
		以上各项完成时限：2025年11月底前
	`);
	assert.deepEqual(codes(check(over).findings), []);
	assert.deepEqual(deadlinesOf(over), [june, june, june, ['2025年11月底前', '2025-11-30']]);
});

test('a closing line under a table (`以上工作由县政府督查室负责督促落实`) gives no unit and no deadline to any row', () => {
	const text = [
		'某镇2025年民生实事任务分解',
		'序号\t工作任务\t牵头单位\t责任单位\t完成时限',
		'1\t修缮村道8公里\t镇建设办\t镇财政所\t',
		'2\t新建村级文化广场3个\t镇文化站\t镇财政所\t2025年6月底前',
		'以上工作由镇党政办负责督促落实。',
	].join('\n');
	const { notice, findings } = check(text);
	assert.deepEqual(codes(findings), []);
	assert.deepEqual(notice.tasks.map((task) => [roles(task.units), task.inheritedUnits.length, task.inheritedDeadline]), [[['lead:镇建设办', 'responsible:镇财政所'], 0, undefined], [['lead:镇文化站', 'responsible:镇财政所'], 0, undefined]]);
	assert.deepEqual(deadlinesOf(text), [[undefined, undefined], ['2025年6月底前', '2025-06-30']]);
});

test('a worded group line `以上任务由A牵头，…` reads its lead as `由A牵头，…` does whatever the charged clause after it (`…，指导各乡镇抓好落实。` gave every item above a missing-lead, a review\'s; `…，各乡镇抓好落实。` the items above one on the base)', () => {
	for (const rest of ['指导各乡镇抓好落实', '各乡镇抓好落实', '督促各乡镇认真落实']) {
		const text = dedent(`
			县2024年重点任务分解方案
			一、城市建设
			1.推进城市更新，完成改造项目10个。
			2.实施老旧小区改造，确保年底前完成。
			以上任务由县住建局牵头，${rest}。
			二、民生
			3.建设保障性住房500套。县住建局牵头，县财政局配合。
		`);
		const { notice, findings } = check(text);
		assert.deepEqual(codes(findings), [], rest);
		assert.deepEqual(roles(notice.tasks[0].inheritedUnits), ['lead:县住建局', 'responsible:各乡镇'], rest);
		assert.deepEqual(roles(notice.tasks[1].units), ['lead:县住建局', 'responsible:各乡镇'], rest);
	}
});

/** Two items of a section, `line` under them, and a section whose item names its own units (the clerk's wordings of "the tasks above"). */
function sectionWithGroupLine(line: string): string {
	return dedent(`
		县2024年政府工作报告重点任务分解方案

		一、经济发展
		1.推进城市更新，完成改造项目10个。
		2.实施老旧小区改造。
		${line}
		二、社会事业
		3.建设保障性住房500套。县住建局牵头，县财政局配合。
	`);
}

/** Asserts the group line `line` gives items 1 and 2 the `expected` units, no finding, and is no text of item 2. */
function assertSectionCovered(line: string, expected: string[]): void {
	const { notice, findings } = check(sectionWithGroupLine(line));
	assert.deepEqual(codes(findings), [], line);
	assert.deepEqual(notice.tasks.map((task) => task.text), ['推进城市更新，完成改造项目10个。', '实施老旧小区改造。', '建设保障性住房500套。县住建局牵头，县财政局配合。'], line);
	assert.deepEqual(roles(notice.tasks[1].units), expected, line);
	assert.deepEqual(roles(notice.tasks[0].inheritedUnits), expected, line);
	assert.deepEqual(roles(notice.tasks[2].units), ['lead:县住建局', 'other:县财政局'], line);
}

test('a group line may name the items above in the words clerks use for "the tasks above" (`以上重点任务由…`, `以上工作任务由…`, `以上事项由…`, `以上所有任务由…`, Traditional too)', () => {
	const words = ['以上重点任务', '以上工作任务', '上述重点任务', '以上重点工作任务', '以上各项工作', '以上各项任务', '以上事项', '上述工作事项', '以上所有任务', '以上全部工作', '以上2项重点任务', '以上两项工作任务', '以上重點任務', '以上工作任務', '以上事項'];
	for (const word of words) {
		assertSectionCovered(`${word}由县住建局牵头，各乡镇配合。`, ['lead:县住建局', 'other:各乡镇']);
	}
	assertSectionCovered('以上重點工作任務由县住建局牽頭，各乡镇配合。', ['lead:县住建局', 'other:各乡镇']);
});

test('a group line of its own may name the list right after its words, no 由 between (`以上任务县住建局牵头，各乡镇配合。`: 「以上任务县住建局」 was read a lead, item 1 missing-lead)', () => {
	const words = ['以上任务', '以上重点任务', '以上工作任务', '上述工作', '以上各项工作', '以上事项', '以上2项任务', '以上3项任务', '以上两项工作', '（以上两项'];
	for (const word of words) {
		const line = word.startsWith('（') ? `${word}县住建局牵头，各乡镇配合）` : `${word}县住建局牵头，各乡镇配合。`;
		assertSectionCovered(line, ['lead:县住建局', 'other:各乡镇']);
	}
	assertSectionCovered('以上任務县住建局牽頭，各乡镇配合。', ['lead:县住建局', 'other:各乡镇']);
});

test('group words with no 由 after a sentence of the item\'s own line are its own, counted or not: its lead is the unit after them, no item above takes it', () => {
	for (const words of ['以上工作', '以上两项工作']) {
		const text = dedent(`
			2025年县政府工作报告重点任务分解
			1.推进全域土地综合整治，完成整治项目5个。
			牵头单位：县自然资源局
			2.推进农村人居环境整治。
			3.实施两项工程：新建污水处理厂1座，改造管网20公里。${words}县水利局牵头，县住建局配合。
		`);
		const { notice, findings } = check(text);
		assert.deepEqual(findings.filter((finding) => finding.code === 'missing-lead').map((finding) => finding.args[0]), ['2'], words);
		assert.deepEqual(roles(notice.tasks[2].units), ['lead:县水利局', 'other:县住建局'], words);
		assert.deepEqual(notice.tasks.map((task) => task.inheritedUnits.length), [0, 0, 0], words);
	}
});

test('a group line naming its lead right after its words, no 由, between a table\'s rows covers the rows above, and the table goes on under it (`以上两项镇建设办牵头，镇财政所配合。`: row 3 was lost)', () => {
	const header = '序号\t工作任务\t牵头单位\t责任单位';
	const worded = '以上两项镇建设办牵头，镇财政所配合。';
	assertGroupCoversRowsAbove([
		['tabs', tableWithGroupLine(worded, tabRow, header), 'other'],
		['tabs, in brackets', tableWithGroupLine(`（${worded.slice(0, -1)}）`, tabRow, header), 'other'],
		['cell lines', tableWithGroupLine(worded, filledCellRow, '序号\n工作任务\n牵头单位\n责任单位'), 'other'],
		['tabs, 以上任务', tableWithGroupLine('以上任务镇建设办牵头，镇财政所配合。', tabRow, header), 'other'],
	]);
	// Words naming no list after them still end the table (a closing paragraph).
	const closing = readStructure(flatText(tableWithGroupLine('以上任务完成情况纳入年度考核。', tabRow, header)));
	assert.equal(closing.tables[0].endLine, 4);
});

test('group words cut before a list only at a word\'s end: `以上工作组牵头`, `以上项目县住建局牵头`, `以上工作领导小组牵头` name a body or a noun, read as before W1 (W1 read 「组县住建局」, 「目县住建局」, 「领导小组」, and gave 以上工作组 lead-not-designated)', () => {
	// Each line runs its group words on into a longer word: it is no group line, and no part of it is cut off.
	const runOn = ['以上工作组牵头，县财政局配合。', '以上工作队牵头，县财政局配合。', '以上任务组牵头，县财政局配合。', '以上事项办牵头，县财政局配合。', '以上工作专班牵头，县财政局配合。', '以上工作领导小组牵头，县财政局配合。', '以上项目县住建局牵头，县财政局配合。', '以上工作组县住建局牵头，县财政局配合。'];
	for (const line of runOn) {
		for (const [own, text] of [['own line', sectionWithGroupLine(line)], ['after the item\'s sentence', sectionWithGroupLine('').replace('实施老旧小区改造。\n', `实施老旧小区改造。${line}\n`)]] as const) {
			const { notice, findings } = check(text);
			const label = `${line} (${own})`;
			assert.ok(!codes(findings).includes('lead-not-designated'), label);
			assert.ok(codes(findings).includes('missing-lead'), label);
			assert.deepEqual(notice.tasks[0].inheritedUnits, [], label);
			assert.equal(notice.tasks[1].units.filter((unit) => unit.role === 'lead').map((unit) => unit.name).join(), line.slice(0, line.indexOf('牵头')), label);
		}
	}
	// A unit after the group words, whatever its first character, still makes a group line (`以上工作组织部牵头`: 组织部).
	assertSectionCovered('以上工作组织部牵头，县财政局配合。', ['lead:组织部', 'other:县财政局']);
	assertSectionCovered('以上任务各乡镇牵头，县财政局配合。', ['lead:各乡镇', 'other:县财政局']);
});

test('a closing note on the items above naming no roles (`以上所有任务必须在年底前完成。`, `以上事项由县发改局负责解释。`) leaves the last item its own lead (a review\'s: item 2 got missing-lead, its lead taken away)', () => {
	const notes = ['以上所有任务必须在年底前完成。', '以上所有任务在年底前完成。', '以上事项县政府将适时督查。', '以上事项统一部署。', '以上事项由县发改局负责解释。', '以上重点任务完成情况每季度报县政府督查室。', '上述事项由县政府督查室负责督办。', '以上任务必须在年底前完成。'];
	for (const note of notes) {
		for (const [where, item2] of [['own line', `实施老旧小区改造。县住建局牵头，县财政局配合。\n${note}`], ['after the sentence', `实施老旧小区改造。县住建局牵头，县财政局配合。${note}`]] as const) {
			const text = dedent(`
				县2024年政府工作报告重点任务分解方案

				一、经济发展
				1.推进城市更新，完成改造项目10个。县住建局牵头。
				2.${item2.replace('\n', '\n\t\t\t\t')}
				二、社会事业
				3.建设保障性住房500套。县住建局牵头，县财政局配合。
			`);
			const { notice, findings } = check(text);
			const label = `${note} (${where})`;
			assert.deepEqual(codes(findings), [], label);
			assert.deepEqual(roles(notice.tasks[1].units), ['lead:县住建局', 'other:县财政局'], label);
			assert.deepEqual(notice.tasks.map((task) => task.inheritedUnits.length), [0, 0, 0], label);
		}
	}
});

test('a group line whose words a PDF\'s wrap broke (`以上重点任` / `务由县住建局牵头，…`, `以上任务由` / `县住建局牵头，…`) covers the items above as a whole one does (item 1 got missing-lead)', () => {
	const wrapped = ['以上重点任\n务由县住建局牵头，各乡镇配合。', '以上任务由\n县住建局牵头，各乡镇配合。', '以上任务\n由县住建局牵头，各乡镇配合。', '以上重点任\n务县住建局牵头，各乡镇配合。', '以上\n任务县住建局牵头，各乡镇配合。', '（以上两项由\n县住建局牵头，各乡镇配合）'];
	for (const line of wrapped) {
		assertSectionCovered(line.replace('\n', '\n\t\t'), ['lead:县住建局', 'other:各乡镇']);
	}
	// The item's own line ending in 以上 is no group line's start: item 1 still has no lead.
	const { findings } = check(sectionWithGroupLine('任务由县住建局牵头。').replace('实施老旧小区改造。\n', '实施老旧小区改造。以上\n'));
	assert.deepEqual(findings.filter((finding) => finding.code === 'missing-lead').map((finding) => finding.args[0]), ['1']);
});
