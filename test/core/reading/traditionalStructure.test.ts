import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, codes } from '../../support/engine';

// A notice written in Traditional script (a Hong Kong or Taiwan-style conversion, an older page in
// 繁體) is read as its Simplified twin: its items, its numbers, its leads. The structure pass tests
// its words and characters on vocabulary-folded text.

/** Each task as its title and its units, `role:name`. */
function tasksOf(text: string): string[] {
	return check(text).notice.tasks.map((task) => `${task.title} ${task.units.map((unit) => `${unit.role}:${unit.name}`).join('|')}`);
}

test('a number before a decimal with its Traditional measure (4.5.5萬畝) is a marker, as before 5.5万亩', () => {
	// `3.5.5萬畝高標準農田年內完工。`: read as no item, its fields went to the task above (a lead twice).
	const text = '1.修繕縣道。\n牽頭單位：縣交通運輸局\n2.新建5.5萬畝高標準農田。\n牽頭單位：縣農業農村局\n3.4.2億元專項債券年內發行。\n牽頭單位：縣財政局\n';
	assert.deepEqual(tasksOf(text), ['修繕縣道。 lead:縣交通運輸局', '新建5.5萬畝高標準農田。 lead:縣農業農村局', '4.2億元專項債券年內發行。 lead:縣財政局']);
	assert.deepEqual(codes(check(text.replace('3.4.2億元', '3.5.5萬畝')).findings), []);
});

test('a wrap before numbers listed with 、 in Traditional script (5、6號泊位, 三、四輪) is no item, as before 5、6号泊位', () => {
	// `…建成` / `5、6號泊位。（牽頭單位：…）`: read as item 5, a missing lead above it and two number gaps.
	for (const listed of ['5、6號泊位', '三、四輪評審']) {
		const text = `1.推進港口物流園區建設，年內完成\n${listed}。（牽頭單位：縣交通運輸局）\n2.做好森林防火工作。（牽頭單位：縣應急局）\n`;
		assert.deepEqual(codes(check(text).findings), [], listed);
		assert.equal(check(text).notice.tasks.length, 2, listed);
	}
});

test('a field line before a 1 again is no heading in Traditional script: the 1 is a number used twice, as in Simplified', () => {
	// `牽頭單位：縣工信局` / `1.丙。`: read as a heading without a number, a list of its own.
	const text = '1.修繕校舍。\n牽頭單位：縣教育局\n2.整治河道。\n牽頭單位：縣水利局\n1.新建公園。\n牽頭單位：縣住建局\n';
	assert.deepEqual(codes(check(text).findings), ['duplicate-number']);
	// A heading without a number still starts a list of its own.
	assert.deepEqual(codes(check(text.replace('1.新建公園。', '——持續改善民生\n1.新建公園。')).findings), []);
});

test('指導思想, 基本原則, 總體考慮 frame a Traditional plan as 指导思想 does: their paragraphs are no tasks', () => {
	// 國辦發 under `一、總體要求`: `（一）指導思想。…` read as a task, missing-lead on each framing paragraph.
	const text = '一、總體要求\n（一）指導思想。堅持穩中求進工作總基調。\n（二）基本原則。堅持問題導向，突出重點。\n（三）總體考慮。統籌發展和安全。\n二、主要任務\n（四）培育職業賽事。（體育總局負責）\n（五）發展冰雪運動。（體育總局、教育部負責）\n';
	assert.deepEqual(check(text).notice.tasks.map((task) => task.title), ['培育職業賽事。（體育總局負責）', '發展冰雪運動。（體育總局、教育部負責）']);
	assert.deepEqual(codes(check(text).findings).filter((code) => code === 'missing-lead'), []);
});

test('a page footer in Traditional script (第 4 頁, 第2頁 共9頁) inside a unit list is passed over, as 第 4 页 is', () => {
	// `…市交通運輸局、市城管局` / `第 4 頁` / `、各區人民政府）`: read 市城管局第4頁, a broken name, and an unbalanced bracket.
	const units = (text: string) => check(text).notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`));
	for (const footer of ['第 4 頁', '第2頁 共9頁']) {
		const text = `1.新建城市道路30條。（牽頭單位：市住建局；責任單位：市交通運輸局、\n${footer}\n市城管局）\n2.改造老舊小區80個。（牽頭單位：市住建局；責任單位：市財政局）\n`;
		assert.deepEqual(units(text), [['lead:市住建局', 'responsible:市交通運輸局', 'responsible:市城管局'], ['lead:市住建局', 'responsible:市財政局']], footer);
		assert.deepEqual(codes(check(text).findings), [], footer);
	}
});

test('a Traditional title a page repeats after its footer (關於…的通知, …任務一覽表) is passed over, as its Simplified twin is', () => {
	// `— 18 —` / `市人民政府辦公室關於印發…分解方案的通知` / `責任單位：…`: the header was read as a unit line, its task's units lost.
	const units = (text: string) => check(text).notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`));
	for (const header of ['縣人民政府辦公室關於印發2024年縣政府工作報告任務分解的通知', '2024年縣政府重點工作任務一覽表']) {
		const text = `1.新增城鎮就業3000人。\n牽頭單位：縣人社局\n— 3 —\n${header}\n責任單位：縣教育局、縣財政局\n2.推進農村公路建設。\n牽頭單位：縣交通運輸局\n`;
		assert.deepEqual(units(text), [['lead:縣人社局', 'responsible:縣教育局', 'responsible:縣財政局'], ['lead:縣交通運輸局']], header);
		assert.deepEqual(codes(check(text).findings), [], header);
	}
});

test('第一條 and 第二項 with a space after them number a Traditional notice\'s items, as 第一条 does; a law\'s article wrapped mid-sentence stays none', () => {
	// `第二條 持續改善民生` / `（一）…`: no heading read, the unit line above it lost its last unit.
	const text = '2012年區政府工作報告重點工作責任分解\n第一條 推進經濟發展\n（一）地區生產總值增長6%。\n牽頭單位：區發改委\n責任單位：區統計局、區經濟開發區管委會\n第二條 持續改善民生\n（二）新建社區食堂20個。\n牽頭單位：區民政局\n';
	const { notice, findings } = check(text);
	assert.deepEqual(notice.tasks.map((task) => task.units.map((unit) => `${unit.role}:${unit.name}`)), [['lead:區發改委', 'responsible:區統計局', 'responsible:區經濟開發區管委會'], ['lead:區民政局']]);
	assert.deepEqual(codes(findings), []);
	const items = check('2012年縣政府工作報告重點工作任務分解\n第一條　推進重大項目建設。（縣發改局牽頭，縣財政局配合）\n第二項　深化國有企業改革。（縣國資辦負責）\n');
	assert.deepEqual(items.notice.tasks.map((task) => task.marker.number), [1, 2]);
	// `嚴格執行政府投資條例` / `第三條 規定，…`: an article cited, no item.
	const cited = check('1.推進重大項目建設，嚴格執行政府投資條例\n第三條 規定，加強項目全過程管理。（牽頭單位：市發改委；責任單位：市財政局）\n2.促進消費擴容提質。（牽頭單位：市商務局）\n');
	assert.deepEqual(cited.notice.tasks.map((task) => task.units.length), [2, 1]);
	assert.deepEqual(codes(cited.findings), []);
});
