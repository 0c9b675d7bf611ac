import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHECK_CODES, formatMessage } from '../../server/src/core/checks/checkTable';
import { format, type MessageId } from '../../server/src/core/messages/message';
import { MESSAGES } from '../../server/src/core/messages/messageTable';
import { roleCounts, roleGroup, roleWord } from '../../server/src/core/messages/roles';

const ids = Object.keys(MESSAGES) as MessageId[];

test('every message has both languages; the English one holds no Chinese but quoted file names', () => {
	for (const id of ids) {
		assert.ok(MESSAGES[id]['zh-cn'].length > 0 && MESSAGES[id].en.length > 0, id);
		// 单位名录.txt is a file name the user must type as it is; 问题 is the column of the exported (Chinese) table.
		let english = MESSAGES[id].en.replace(/单位名录\.txt|问题/g, '');
		if (id.startsWith('check.')) {
			// What a check is for quotes the notice's own words, in brackets, quotes or code: (牵头单位), "列第一位者为牵头单位".
			english = english.replace(/`[^`]*`|"[^"]*"/g, '');
			while (/\([^()]*\)/.test(english)) {
				english = english.replace(/\([^()]*\)/g, '');
			}
		}
		assert.doesNotMatch(english, /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/, id);
	}
});

test('a message formatted with all its arguments leaves no placeholder', () => {
	const args = Array.from({ length: 6 }, (_, index) => `a${index}`);
	for (const id of ids) {
		for (const locale of ['zh-cn', 'en'] as const) {
			assert.doesNotMatch(format(id, args, locale), /\{\d+\}/, `${id} ${locale}`);
		}
	}
});

test('every check code is a message; suggestions follow an unknown unit in each language', () => {
	for (const code of CHECK_CODES) {
		assert.ok(ids.includes(code), code);
	}
	assert.equal(formatMessage('unknown-unit', ['市财正局'], 'zh-cn', ['市财政局', '市财务局']), '单位名录中没有「市财正局」，是否应为「市财政局」、「市财务局」？');
	assert.equal(formatMessage('unknown-unit', ['市财正局'], 'en', ['市财政局']), '"市财正局" is not in the unit registry; did you mean "市财政局"?');
});

test('one role vocabulary: 牵头 / 责任 / 配合, Lead / Responsible / Cooperating', () => {
	assert.deepEqual((['lead', 'responsible', 'other'] as const).map((role) => roleWord(role, 'zh-cn')), ['牵头', '责任', '配合']);
	assert.deepEqual((['lead', 'responsible', 'other'] as const).map((role) => roleWord(role, 'en')), ['Lead', 'Responsible', 'Cooperating']);
	assert.equal(roleCounts({ lead: 2, responsible: 1, other: 0 }, 'zh-cn'), '牵头 2 项 · 责任 1 项 · 配合 0 项');
	assert.equal(roleCounts({ lead: 2, responsible: 1, other: 0 }, 'en'), 'Lead 2 · Responsible 1 · Cooperating 0');
	assert.equal(roleGroup('other', 3, 'zh-cn'), '配合（3）');
	assert.equal(roleGroup('other', 3, 'en'), 'Cooperating (3)');
});

test('a number the notice writes in Chinese numerals is set as Chinese in a Chinese message; digits keep their spaces', () => {
	assert.equal(format('missing-lead', ['二'], 'zh-cn'), '第二项任务没有牵头单位');
	assert.equal(format('missing-lead', ['2'], 'zh-cn'), '第 2 项任务没有牵头单位');
	assert.equal(format('number-gap', ['二', '三'], 'zh-cn'), '编号不连续：应为二，此处为三');
	assert.equal(format('number-gap', ['②', '③'], 'zh-cn'), '编号不连续：应为②，此处为③');
	assert.equal(format('duplicate-number', ['一', '5'], 'zh-cn'), '编号一重复（第一次出现在第 5 行）');
	assert.equal(format('number-gap', ['二', '三'], 'en'), 'Numbering skips: expected 二, found 三');
	// A number in brackets, or several, is set as the characters around it too; a space only beside a digit.
	assert.equal(format('missing-lead', ['（四）'], 'zh-cn'), '第（四）项任务没有牵头单位');
	assert.equal(format('hover.tasks-here', ['配合', '（二）、（三）'], 'zh-cn'), '本文配合：第（二）、（三）项');
	assert.equal(format('hover.tasks-here', ['配合', '2、3'], 'zh-cn'), '本文配合：第 2、3 项');
	assert.equal(format('task.label', ['(4)', '甲'], 'zh-cn'), '第 (4) 项：甲');
	// Not a name or a file: 「{0}」 and `{0} 第 {1} 行` keep what the template says.
	assert.equal(format('refusal.reads-differently', ['通知', '3', '甲', '乙'], 'zh-cn'), '改名后 通知 第 3 行会被读作「甲」，而不是「乙」');
});
