import type { CheckCode, Locale } from './checkTable';

/** What a check is for, in both locales: one line, then what it reports, why, and what to do. */
export interface CheckDoc {
	summary: string;
	details: string;
}

/**
 * The documentation of each check, as SARIF's rule descriptions and the README's table of checks
 * say it; each README row carries an anchor named after the code, which `helpUri` points to.
 */
export const CHECK_DOCS: Record<CheckCode, Record<Locale, CheckDoc>> = {
	'missing-lead': {
		'zh-cn': { summary: '任务没有牵头单位。', details: '一项任务没有以任何方式指明牵头单位：没有「牵头单位」等字段，没有「X牵头」「X会同Y负责」等写法，所在标题也未点名，不适用「列第一位者为牵头单位」的约定，也不是只列了一个单位。督查时无人可问。请补上牵头单位。全文没有任何单位字段的报告（如政府工作报告本身）、任务单位在附件中的通知不作此检查。' },
		en: { summary: 'A task names no lead unit (牵头单位).', details: 'A task designates no lead by any way: no lead field (牵头单位 …), no worded lead (X牵头, X会同Y负责), no heading naming one, no first-listed unit under the "列第一位者为牵头单位" convention, and more than one unit or none. Follow-up has nobody to ask. Name its lead unit. A report with no unit fields at all (the 政府工作报告 itself), and a notice whose units are in an attachment, are not checked.' },
	},
	'lead-not-designated': {
		'zh-cn': { summary: '任务列出了单位，但未指明牵头单位。', details: '任务列出了单位，却没有用任何方式指明牵头单位（没有「牵头单位」字段、「X牵头」等写法，全文也未声明「列第一位者为牵头单位」）。这不一定是错误，但督查时不知该问谁。快速修复可把第一个单位设为牵头单位，或在此处声明「列第一位者为牵头单位，下同」。' },
		en: { summary: 'A task lists units but designates no lead.', details: 'A task lists units without designating a lead by any way (no 牵头单位 field, no worded lead such as X牵头, and the notice declares no "列第一位者为牵头单位" convention). Not necessarily wrong, but follow-up does not know whom to ask. Quick fixes make the first unit the lead, or declare the first-listed convention from this task on.' },
	},
	'units-not-in-text': {
		'zh-cn': { summary: '本文未列出任务的责任单位。', details: '通知的任务清单或各任务的单位不在本文中（多在附件的表格里），因此不对各项任务作牵头单位检查。全文只报告一次。' },
		en: { summary: "The tasks' units are not in this text.", details: "The notice's task list, or the units of its tasks, are not in this text (usually in an attached table), so tasks are not checked for a lead. Reported once per notice." },
	},
	'unknown-unit': {
		'zh-cn': { summary: '单位不在单位名录中。', details: '单位名录（单位名录.txt 或 *.units.txt）没有列出这个单位，也不是名录中某单位的别名或标准名称的另一写法；给出至多三个相近的名称。多半是错字或新设单位：改用建议的名称，或把它加入名录。没有名录时不作此检查。' },
		en: { summary: 'A unit that the unit registry does not list.', details: 'The unit registry (单位名录.txt or *.units.txt) lists neither this unit nor it as an alias or standard name of one of its units; up to three close names are suggested. Usually a typo or a new body: use a suggestion, or add it to the registry. Silent without a registry.' },
	},
	'renamed-unit': {
		'zh-cn': { summary: '单位已更名。', details: '单位名录以「旧名 -> 新名」标明该单位已更名（机构改革后常见）。请改用新名称。' },
		en: { summary: 'A unit the registry marks as renamed.', details: 'The registry marks this unit as renamed (`old -> new`), as after an institutional reform. Use the new name.' },
	},
	'duplicate-number': {
		'zh-cn': { summary: '同一列表中编号重复。', details: '同一级编号列表中两次出现同一编号，任务会被混为一项或漏掉。关联位置指向第一次出现处；快速修复可重新编号。' },
		en: { summary: 'The same number twice in one numbered list.', details: 'One numbered list uses a number twice, so two tasks are confused or one is missed. The related location points at the first use; a quick fix renumbers the list.' },
	},
	'number-gap': {
		'zh-cn': { summary: '编号不连续或顺序颠倒。', details: '编号跳过了一个数或倒退，常见于删改任务后。请重新编号，或确认确有缺号。' },
		en: { summary: 'A skipped or out-of-order number in a numbered list.', details: 'The numbering skips a number or goes back, as after deleting or moving a task. Renumber, or confirm the gap is intended.' },
	},
	'glued-item': {
		'zh-cn': { summary: '编号粘连在上一行末尾。', details: '任务编号出现在一行中间（…市府办125.强化…），多为从 PDF 或网页粘贴时丢了换行，该项会被读成上一项的一部分。快速修复会在编号前换行。' },
		en: { summary: 'An item number glued inside a line.', details: 'An item number stands inside a line (…市府办125.强化…), as a paste from PDF or a web page leaves it, so the item reads as part of the previous one. A quick fix breaks the line before the number.' },
	},
	'unit-variant': {
		'zh-cn': { summary: '同一单位在本文中有两种写法。', details: '同一单位在一份通知中写法不同（破折号、全半角、「委」与「局」、标准名称与简称），统计和检索会把它当成两个单位。快速修复改用本文中最常见的写法。' },
		en: { summary: 'One unit written two ways in one notice.', details: 'One unit is spelled two ways in a notice (dashes, widths, 委 for 局, a standard name and a short one), so counts and searches see two units. A quick fix uses the notice\'s usual spelling.' },
	},
	'count-mismatch': {
		'zh-cn': { summary: '通知所称任务数与正文不符。', details: '通知正文前的说明称共 N 项任务，正文编号任务却是 M 项：可能有任务漏粘、粘连或重复编号。' },
		en: { summary: 'The cover letter announces N tasks and the body has M.', details: 'The cover letter announces N tasks while the body numbers M: a task may be missing from a paste, glued to another, or numbered twice.' },
	},
	'duplicate-unit': {
		'zh-cn': { summary: '同一任务中单位重复列出。', details: '同一单位在一项任务中列了两次（可能以不同写法），计数会重复。快速修复删去重复的一处。' },
		en: { summary: 'The same unit twice in one task.', details: 'One task lists the same unit twice (perhaps spelled two ways), so it is counted twice. A quick fix removes the repeat.' },
	},
	'unbalanced-bracket': {
		'zh-cn': { summary: '括号不成对。', details: '任务中的括号缺少另一半，括号内的单位或说明可能被读错范围。' },
		en: { summary: 'A bracket without its partner.', details: 'A bracket in a task has no partner, so the units or remarks inside it may be read with the wrong extent.' },
	},
	'empty-task': {
		'zh-cn': { summary: '编号项没有内容。', details: '一个编号后既无文字也无单位，多为粘贴残留或漏写。' },
		en: { summary: 'A numbered item with nothing in it.', details: 'A number is followed by no text and no unit, usually what a paste left or a task not yet written.' },
	},
	'empty-field': {
		'zh-cn': { summary: '单位字段后没有单位。', details: '「责任单位：」等字段后是空的。请填上单位或删去该字段。空的「牵头单位」按 missing-lead 报告。' },
		en: { summary: 'A unit label with nothing after it.', details: 'A field such as 责任单位： is empty. Fill it in or remove it. An empty 牵头单位 is reported as missing-lead.' },
	},
	'broken-unit-name': {
		'zh-cn': { summary: '单位名称被换行断开。', details: '单位名称中间有换行（各\\n县(市)区政府），多为从 PDF 复制所致；仍按一个名称读取。快速修复在确为同一名称时合并两行。' },
		en: { summary: 'A unit name broken across lines.', details: 'A line break falls inside a unit name (各\\n县(市)区政府), as copying from PDF leaves it; it is still read as one name. A quick fix joins the lines when they are one name.' },
	},
	'registry-duplicate': {
		'zh-cn': { summary: '名录中单位重复。', details: '单位名录两次列出同一单位。请合并为一行。' },
		en: { summary: 'The registry lists the same unit twice.', details: 'The unit registry lists one unit twice. Merge the lines.' },
	},
	'registry-alias-conflict': {
		'zh-cn': { summary: '一个名称属于名录中两个单位。', details: '同一名称（全称或别名）在单位名录中属于两个单位，通知中的这个名称无法确定指哪个单位。' },
		en: { summary: 'One name claimed by two units of the registry.', details: 'A name (full name or alias) belongs to two units of the registry, so a notice using it cannot say which unit it means.' },
	},
	'registry-rename-cycle': {
		'zh-cn': { summary: '名录中的更名形成循环。', details: '「旧名 -> 新名」的更名链回到了起点，无法确定现名。' },
		en: { summary: 'Renames in the registry lead back to their start.', details: 'A chain of `old -> new` renames leads back to where it started, so no current name can be found.' },
	},
	'registry-syntax': {
		'zh-cn': { summary: '无法识别的名录行。', details: '名录行应为「名称 = 别名 = …」、「旧名 -> 新名」、「集合: 名称」或以 # 开头的注释。' },
		en: { summary: 'A registry line that is not understood.', details: 'A registry line should be `name = alias = …`, `old -> new`, `集合: name` or a comment starting with #.' },
	},
	'file-too-large': {
		'zh-cn': { summary: '文件过大，未作检查。', details: '文件超过 breakdown.maxFileSize 设定的上限，为保持编辑器流畅而未作分析。' },
		en: { summary: 'The file is above the size limit and not analysed.', details: 'The file is longer than breakdown.maxFileSize allows, so it is not analysed, to keep the editor responsive.' },
	},
	'parse-failure': {
		'zh-cn': { summary: '读取时发生内部错误。', details: '程序读取这份通知时出错，其余检查照常进行。请连同文件一起报告此问题。' },
		en: { summary: 'An internal error while reading.', details: 'The program failed while reading this notice; the other checks still ran. Please report it with the file.' },
	},
};
