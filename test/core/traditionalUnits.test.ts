import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, codes } from '../support/engine';

// Unit lists written in Traditional script read as their Simplified twins: the words that end a list
// or make a collective (等, 有关, 单位, 部门) are matched in the vocabulary-folded text.

/** The units of the only task of a one-task notice, as `role:name`. */
function unitsOf(fields: string): string[] {
	const { notice } = check(`1.一項任務。\n${fields}\n`);
	return notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`);
}

test('等部門 and 等單位 end a Traditional list as 等部门 and 等单位 do: the unit before them is the name', () => {
	// 國辦函〔2014〕31號: `由國土資源部會同農業部等部門負責落實` read 農業部等部門, which the registry does not hold.
	assert.deepEqual(unitsOf('牽頭單位:縣農業農村局;責任單位:縣財政局等單位'), ['lead:縣農業農村局', 'responsible:縣財政局']);
	assert.deepEqual(unitsOf('牽頭單位:縣水利局;責任單位:縣財政局、縣應急局等部門'), ['lead:縣水利局', 'responsible:縣財政局', 'responsible:縣應急局']);
	const registry = '縣水利局\n縣財政局\n縣應急局\n';
	assert.deepEqual(codes(check('1.修繕堤防。\n牽頭單位:縣水利局;責任單位:縣財政局等部門\n', registry).findings), []);
});

test('有關部門, 相關單位, 中省駐市單位 are collectives as 有关部门 is: no unit of the registry, no unknown-unit warning', () => {
	// `(縣水利局牽頭,縣財政局等有關部門配合)`: 有關部門 was looked up in the registry and warned of.
	const registry = '縣水利局\n縣財政局\n';
	assert.deepEqual(codes(check('1.整治河道。(縣水利局牽頭,縣財政局等有關部門配合)\n', registry).findings), []);
	const { notice } = check('1.整治河道。\n牽頭單位:縣水利局;責任單位:縣財政局、縣直相關單位、市相關單位、中省駐市單位\n');
	assert.deepEqual(
		notice.tasks[0].units.filter((unit) => unit.collective).map((unit) => unit.name),
		['縣直相關單位', '市相關單位', '中省駐市單位'],
	);
});

test('a Traditional list completes its names as a Simplified one does: a level prefix, a shared suffix, places written once', () => {
	// `縣財政局、交通運輸局`: the prefix 縣 written once is every department's (县财政局、交通运输局 gave 县交通运输局).
	assert.deepEqual(unitsOf('牽頭單位:縣財政局、交通運輸局'), ['lead:縣財政局', 'lead:縣交通運輸局']);
	assert.deepEqual(unitsOf('責任單位:省財政廳、商務廳、區稅務局'), ['responsible:省財政廳', 'responsible:省商務廳', 'responsible:區稅務局']);
	assert.deepEqual(unitsOf('責任單位:市科技局、市場監管局'), ['responsible:市科技局', 'responsible:市市場監管局']);
	// `甲山區、乙河區政府`: 政府 written once is each district's.
	assert.deepEqual(unitsOf('責任單位:甲山區、乙河區政府'), ['responsible:甲山區政府', 'responsible:乙河區政府']);
	// `各縣、市、區政府`: one collective, not 各縣, 市 and 區政府.
	assert.deepEqual(unitsOf('責任單位:市經信局、各縣、市、區政府'), ['responsible:市經信局', 'responsible:各縣、市、區政府']);
	const registry = '縣財政局\n縣交通運輸局\n甲山區政府\n乙河區政府\n';
	assert.deepEqual(codes(check('1.修繕道路。\n牽頭單位:縣財政局、交通運輸局\n責任單位:甲山區、乙河區政府\n', registry).findings), []);
});

test('Traditional units one per line are units apart, as their Simplified twins are', () => {
	// A Word cell's paragraphs: `縣財政局` / `各區政府` / `縣自然資源局` read 縣財政局各區政府, a broken name.
	assert.deepEqual(unitsOf('責任單位:縣財政局\n各區政府\n縣自然資源局'), ['responsible:縣財政局', 'responsible:各區政府', 'responsible:縣自然資源局']);
	assert.deepEqual(unitsOf('牽頭單位:市應急局\n責任單位:市公安局\n市交通運輸局\n各鎮(街道)'), ['lead:市應急局', 'responsible:市公安局', 'responsible:市交通運輸局', 'responsible:各鎮(街道)']);
	// A wrap inside a name stays one name.
	assert.deepEqual(unitsOf('牽頭單位:市財政局\n責任單位:市政府\n辦公室'), ['lead:市財政局', 'responsible:市政府辦公室']);
});

test('prose after a Traditional label word and a space is no value, as in Simplified (責任單位 應加強配合，…)', () => {
	// `責任單位 應加強配合，市發改委負責。`: 應加強配合 was read as a responsible unit, the lead not designated.
	for (const prose of ['應加強配合', '須密切協作', '對照任務清單']) {
		const { notice, findings } = check(`1.推進園區建設。\n責任單位 ${prose}，縣發改局負責。\n`);
		assert.deepEqual(notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:縣發改局'], prose);
		assert.deepEqual(codes(findings), [], prose);
	}
	// A name that starts as prose does is still a value (應急管理局).
	assert.deepEqual(unitsOf('責任單位 應急管理局、消防救援大隊'), ['responsible:應急管理局', 'responsible:消防救援大隊']);
});

test('a Traditional list that says each unit answers by its duties (按職責分工負責) designates no lead on purpose, as 按职责分工负责 does', () => {
	// `〔責任單位:省發展改革委、省市場監管局…按職責分工負責。〕`: lead-not-designated on a correct State Council-style task.
	for (const verbs of ['按職責分工負責', '按職責分工落實', '分別負責']) {
		const { findings } = check(`（一）健全要素市場。〔責任單位:省發展改革委、省財政廳、省統計局${verbs}。〕\n（二）優化營商環境。〔責任單位:省市場監管局牽頭，省商務廳配合。〕\n`);
		assert.deepEqual(codes(findings), [], verbs);
	}
	// A list without such verbs still designates no lead.
	assert.deepEqual(codes(check('（一）健全要素市場。〔責任單位:省發展改革委、省財政廳〕\n（二）優化營商環境。〔責任單位:省市場監管局牽頭，省商務廳配合。〕\n').findings), ['lead-not-designated']);
});

test('由A會同B and the work after them in Traditional script name the lead and its partners, as 由A会同B抓紧落实 does', () => {
	// `由縣住建局會同縣生態環境局抓緊落實`: the work's first verb was not read, the task had no unit (missing-lead).
	for (const work of ['抓緊落實', '擬定實施方案', '修訂管理辦法', '統籌推進']) {
		const { notice, findings } = check(`（一）關於改善人居環境的問題，由縣住建局會同縣生態環境局${work}。\n`);
		assert.deepEqual(notice.tasks[0].units.map((unit) => `${unit.role}:${unit.name}`), ['lead:縣住建局', 'responsible:縣生態環境局'], work);
		assert.deepEqual(codes(findings), [], work);
	}
});

test('the vocabulary folds only 牽 to 牵 and only 頭 to 头: a long heading is tested for 牵头 in place by these four characters', async () => {
	const { foldCode } = await import('../../server/src/core/text/vocabularyFold');
	const foldingTo = (target: number) => {
		const found: string[] = [];
		for (let code = 0; code < 0x10000; code++) {
			if (foldCode(code) === target) {
				found.push(String.fromCharCode(code));
			}
		}
		return found.join('');
	};
	assert.equal(foldingTo(0x7275), '牵牽');
	assert.equal(foldingTo(0x5934), '头頭');
});
