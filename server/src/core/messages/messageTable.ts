/**
 * Every string the server and the CLI show a person, in Simplified Chinese and English: findings
 * and what each check is for, related places, quick fixes, refusals, hover, code lens, outline,
 * views, the status bar, hidden findings, settings problems and the CLI's words. Templates take {0}, {1} … Code builds messages from ids and arguments
 * (`message.ts`) and a host turns them into text in its locale at the edge.
 *
 * The role words are one vocabulary, used by every view: 牵头 / 责任 / 配合 — Lead / Responsible /
 * Cooperating (`role.*`, and phrases built from them by roleCounts). Quotation marks are the
 * language's own: 「…」 and "…".
 *
 * The CLI prints its own messages in both languages, Chinese first (`bilingual`): what follows
 * a colon there (a path, a reason) is in the English template only, so it is printed once.
 *
 * Not here: the notice's own text and unit names (they are quoted, never translated), the CLI's
 * usage text (both languages, before a locale is chosen), and the exported workbook's and CSV's
 * headers (a Chinese office document, whatever the locale).
 */
export const MESSAGES = {
	// ---- findings: one per check code (checks/checkTable.ts gives their severity)
	'missing-lead': { 'zh-cn': '第 {0} 项任务没有牵头单位', en: 'Task {0} has no lead unit' },
	'lead-not-designated': { 'zh-cn': '第 {0} 项任务列出了单位，但未指明牵头单位', en: 'Task {0} lists units but does not say which one leads' },
	'units-not-in-text': { 'zh-cn': '本文未列出任务的责任单位（可能在附件中）', en: "The tasks' units are not in this text (perhaps in an attachment)" },
	'table-not-read': { 'zh-cn': '此处有表格的表头，但未能读出其中的任务', en: 'A table header, but its rows could not be read as tasks' },
	'unknown-unit': { 'zh-cn': '单位名录中没有「{0}」', en: '"{0}" is not in the unit registry' },
	'renamed-unit': { 'zh-cn': '「{0}」已更名为「{1}」', en: '"{0}" has been renamed "{1}"' },
	'duplicate-number': { 'zh-cn': '编号 {0} 重复（第一次出现在第 {1} 行）', en: 'Number {0} is used twice (first on line {1})' },
	'number-gap': { 'zh-cn': '编号不连续：应为 {0}，此处为 {1}', en: 'Numbering skips: expected {0}, found {1}' },
	'glued-item': { 'zh-cn': '第 {0} 项粘连在上一行末尾，应另起一行', en: 'Item {0} is glued to the end of the previous line' },
	'unit-variant': { 'zh-cn': '「{0}」与本文中的「{1}」（{2} 处）是同一单位的不同写法', en: '"{0}" and "{1}" ({2} times in this notice) are two spellings of one unit' },
	'count-mismatch': { 'zh-cn': '通知称共 {0} 项任务，正文有 {1} 项', en: 'The notice announces {0} tasks; the body has {1}' },
	'duplicate-unit': { 'zh-cn': '「{0}」在本项任务中重复列出', en: '"{0}" is listed twice in this task' },
	'unbalanced-bracket': { 'zh-cn': '括号「{0}」不成对', en: 'Bracket "{0}" has no partner' },
	'empty-task': { 'zh-cn': '第 {0} 项没有内容', en: 'Item {0} is empty' },
	'empty-field': { 'zh-cn': '「{0}」后没有单位', en: '"{0}" names no unit' },
	'broken-unit-name': { 'zh-cn': '单位名称「{0}」被换行断开', en: 'The unit name "{0}" is broken across lines' },
	'registry-duplicate': { 'zh-cn': '单位「{0}」在名录中重复', en: 'Unit "{0}" is listed twice in the registry' },
	'registry-alias-conflict': { 'zh-cn': '名称「{0}」已属于单位「{1}」', en: 'The name "{0}" already belongs to "{1}"' },
	'registry-rename-cycle': { 'zh-cn': '更名形成循环：{0}', en: 'Renames form a cycle: {0}' },
	'registry-syntax': { 'zh-cn': '无法识别的名录行：{0}', en: 'Registry line not understood: {0}' },
	'file-too-large': { 'zh-cn': '文件过大（{0}），未作检查（上限 {1}）', en: 'File too large to check ({0}; limit {1})' },
	'parse-failure': { 'zh-cn': '解析失败：{0}', en: 'Could not read the notice: {0}' },
	/** An unknown unit's suggestions after its message: {0} the message, {1} the names. */
	'finding.did-you-mean': { 'zh-cn': '{0}，是否应为{1}？', en: '{0}; did you mean {1}?' },
	'name.quoted': { 'zh-cn': '「{0}」', en: '"{0}"' },
	'list.separator': { 'zh-cn': '、', en: ', ' },

	// ---- what each check is for: SARIF's rule descriptions (summary and details) and the README's
	// table of checks (the English summary, word for word; its anchor is the code, which helpUri names)
	'check.missing-lead.summary': {
		'zh-cn': '任务没有以任何方式指明牵头单位；全文没有任何单位字段的报告、单位在附件中的通知不作此检查。',
		en: 'A task designates no lead by any way (牵头单位 label, worded lead, heading, first-listed convention, a single unit); a report with no unit fields, or a notice whose units are in an attachment, is not checked.',
	},
	'check.missing-lead.details': {
		'zh-cn': '一项任务没有以任何方式指明牵头单位：没有「牵头单位」等字段，没有「X牵头」「X会同Y负责」等写法，所在标题也未点名，不适用「列第一位者为牵头单位」的约定，也不是只列了一个单位。督查时无人可问。请补上牵头单位。全文没有任何单位字段的报告（如政府工作报告本身）、任务单位在附件中的通知不作此检查。',
		en: 'A task designates no lead by any way: no lead field (牵头单位 …), no worded lead (X牵头, X会同Y负责), no heading naming one, no first-listed unit under the "列第一位者为牵头单位" convention, and more than one unit or none. Follow-up has nobody to ask. Name its lead unit. A report with no unit fields at all (the 政府工作报告 itself), and a notice whose units are in an attachment, are not checked.',
	},
	'check.lead-not-designated.summary': { 'zh-cn': '任务列出了单位，但未指明牵头单位，全文也未声明「列第一位者为牵头单位」或「无牵头单位的，责任单位即为牵头单位」。', en: 'A task lists units without designating a lead, and the notice declares no convention that gives it one (列第一位者为牵头单位; 无牵头单位的，责任单位即为牵头单位).' },
	'check.lead-not-designated.details': {
		'zh-cn': '任务列出了单位，却没有用任何方式指明牵头单位（没有「牵头单位」字段、「X牵头」等写法，全文也未声明「列第一位者为牵头单位」）。这不一定是错误，但督查时不知该问谁。快速修复可把第一个单位设为牵头单位，或在此处声明「列第一位者为牵头单位，下同」。',
		en: 'A task lists units without designating a lead by any way (no 牵头单位 field, no worded lead such as X牵头, and the notice declares no "列第一位者为牵头单位" convention). Not necessarily wrong, but follow-up does not know whom to ask. Quick fixes make the first unit the lead, or declare the first-listed convention from this task on.',
	},
	'check.units-not-in-text.summary': { 'zh-cn': '通知的任务没有列出单位，或任务清单本身不在本文中（在未附上的附件里）。', en: 'No task of the notice names units, or the task list itself is not in the text: it is an attachment the text does not contain.' },
	'check.units-not-in-text.details': {
		'zh-cn': '通知的任务清单或各任务的单位不在本文中（多在附件的表格里），因此不对各项任务作牵头单位检查。全文只报告一次。',
		en: "The notice's task list, or the units of its tasks, are not in this text (usually in an attached table), so tasks are not checked for a lead. Reported once per notice.",
	},
	'check.table-not-read.summary': { 'zh-cn': '表格的表头之下未能读出任务：这些行不在大纲、单位清单和导出的任务表中。', en: 'A table header whose rows could not be read as tasks: they are in no outline, unit list or exported table.' },
	'check.table-not-read.details': {
		'zh-cn': '表头列出了单位列和序号或任务列，但其下各行的排法本工具读不出（如每格一行且每格后另有一行“|”、各行比表头少一格、表头单元格折行）。这些任务不会出现在大纲、单位清单和导出的任务表中；可把表格整理为每行一项、用制表符分隔后再粘贴。',
		en: 'The header names a unit column and a number or task column, but the rows under it are laid out in a way the reader does not know (a cell per line with a lone `|` line after each, rows one cell short of the header, header cells wrapped). Their tasks are in no outline, unit list or exported table; paste the table again with one row per line, cells separated by tabs.',
	},
	'check.unknown-unit.summary': { 'zh-cn': '单位不在单位名录中，给出至多三个建议；没有名录时不作此检查。', en: 'A unit the registry (单位名录) does not list, with up to three suggestions; silent without a registry.' },
	'check.unknown-unit.details': {
		'zh-cn': '单位名录（单位名录.txt 或 *.units.txt）没有列出这个单位，也不是名录中某单位的别名或标准名称的另一写法；给出至多三个相近的名称。多半是错字或新设单位：改用建议的名称，或把它加入名录。建议的名称与原名同级同地（「区民政厅」只建议「区民政局」）。名录只核对它列有单位的层级：市的名录没有区级部门，区级通知中的「区财政局」不作此检查（街道、乡镇同理）。没有名录时不作此检查。',
		en: 'The unit registry (单位名录.txt or *.units.txt) lists neither this unit nor it as an alias or standard name of one of its units; up to three close names are suggested. Usually a typo or a new body: use a suggestion, or add it to the registry. A suggestion keeps the name\'s level and place (a district\'s misnamed bureau is offered the district\'s, never the city\'s). A registry judges only the levels it lists a unit of: under a city\'s registry that lists no district bureau, a district notice\'s bureaus are not checked (towns and streets alike). Silent without a registry.',
	},
	'check.renamed-unit.summary': { 'zh-cn': '单位名录标明该单位已更名，且更名不晚于通知的年份。', en: 'A unit the registry marks as renamed, in a notice as old as the rename or newer.' },
	'check.renamed-unit.details': {
		'zh-cn': '单位名录以「旧名 -> 新名」标明该单位已更名（机构改革后常见）。请改用新名称。早于更名年份的通知不提示：更名年份取名录所写（「旧名 -> 新名（2019年）」），否则取内置目录所载机构改革的年份；都没有时对所有通知提示。',
		en: 'The registry marks this unit as renamed (`old -> new`), as after an institutional reform. Use the new name. A notice older than the rename is not flagged: the year is the one the registry writes (`old -> new (2019)`), else that of a reform renaming the built-in catalog knows; with neither, every notice is.',
	},
	'check.duplicate-number.summary': { 'zh-cn': '同一列表中编号重复。', en: 'The same number twice in one numbered list.' },
	'check.duplicate-number.details': {
		'zh-cn': '同一级编号列表中两次出现同一编号，任务会被混为一项或漏掉。关联位置指向第一次出现处；快速修复可重新编号。',
		en: 'One numbered list uses a number twice, so two tasks are confused or one is missed. The related location points at the first use; a quick fix renumbers the list.',
	},
	'check.number-gap.summary': { 'zh-cn': '编号不连续或顺序颠倒。', en: 'A skipped or out-of-order number in a numbered list.' },
	'check.number-gap.details': {
		'zh-cn': '编号跳过了一个数或倒退，常见于删改任务后。一段任务整体错位时，只在错位开始处和编号回落处提示，其间逐一相接的编号不再提示。请重新编号，或确认确有缺号。通知中某一级编号的第一个可以不从 1 开始（分册发布的下册、从中间截取的表格接续前文编号），其后的编号仍逐一检查。',
		en: 'The numbering skips a number or goes back, as after deleting or moving a task. A block of tasks moved out of place is told where it starts and where the numbering goes back; a number one past the one before it is not. Renumber, or confirm the gap is intended. The first number of each kind in a notice may be past 1 (a second part continuing the first, a table copied from its middle); the numbers after it are checked.',
	},
	'check.glued-item.summary': { 'zh-cn': '编号粘连在上一行中间，多为粘贴所致。', en: 'An item number inside a line, as a bad paste leaves it (…市府办125.强化…).' },
	'check.glued-item.details': {
		'zh-cn': '任务编号出现在一行中间（…市府办125.强化…），多为从 PDF 或网页粘贴时丢了换行，该项会被读成上一项的一部分。快速修复会在编号前换行。',
		en: 'An item number stands inside a line (…市府办125.强化…), as a paste from PDF or a web page leaves it, so the item reads as part of the previous one. A quick fix breaks the line before the number.',
	},
	'check.unit-variant.summary': { 'zh-cn': '同一单位在本文中有两种写法。', en: 'One unit written two ways in one notice.' },
	'check.unit-variant.details': {
		'zh-cn': '同一单位在一份通知中写法不同（破折号、全半角、「委」与「局」、标准名称与简称），统计和检索会把它当成两个单位。快速修复改用单位名录中的名称；本文未写名录中的名称或没有名录时，改用本文中最常见的写法。',
		en: 'One unit is spelled two ways in a notice (dashes, widths, 委 for 局, a standard name and a short one), so counts and searches see two units. A quick fix uses the registry\'s name, or, when the notice does not write it or there is no registry, the notice\'s usual spelling.',
	},
	'check.count-mismatch.summary': { 'zh-cn': '通知所称任务数与正文不符。', en: 'The cover letter announces N tasks and the body has M.' },
	'check.count-mismatch.details': {
		'zh-cn': '通知正文前的说明称共 N 项任务，正文编号任务却是 M 项：可能有任务漏粘、粘连或重复编号。',
		en: 'The cover letter announces N tasks while the body numbers M: a task may be missing from a paste, glued to another, or numbered twice.',
	},
	'check.duplicate-unit.summary': { 'zh-cn': '同一任务中单位重复列出。', en: 'The same unit twice in one task.' },
	'check.duplicate-unit.details': {
		'zh-cn': '同一单位在一项任务中列了两次（可能以不同写法），计数会重复。牵头单位在责任单位中再次列出不算重复。快速修复删去重复的一处。',
		en: 'One task lists the same unit twice (perhaps spelled two ways), so it is counted twice. The lead listed again among the responsible units is no repeat. A quick fix removes the repeat.',
	},
	'check.unbalanced-bracket.summary': { 'zh-cn': '括号不成对。', en: 'A bracket without its partner.' },
	'check.unbalanced-bracket.details': {
		'zh-cn': '任务中的括号缺少另一半，括号内的单位或说明可能被读错范围。一项任务中至多标出前20个（粘贴出错可能留下成串的括号）。',
		en: 'A bracket in a task has no partner, so the units or remarks inside it may be read with the wrong extent. At most the first 20 in a task are marked (a paste gone wrong can leave thousands).',
	},
	'check.empty-task.summary': { 'zh-cn': '编号项没有内容。', en: 'A numbered item with nothing in it.' },
	'check.empty-task.details': {
		'zh-cn': '一个编号后既无文字也无单位，多为粘贴残留或漏写。',
		en: 'A number is followed by no text and no unit, usually what a paste left or a task not yet written.',
	},
	'check.empty-field.summary': { 'zh-cn': '单位字段后没有单位。', en: 'A unit label with nothing after it.' },
	'check.empty-field.details': {
		'zh-cn': '「责任单位：」等字段后是空的。请填上单位或删去该字段。写明没有的（「配合单位：无」、表格中的「/」「—」）不算空。空的「牵头单位」按 missing-lead 报告。',
		en: 'A unit field (责任单位：…) has nothing after its label. Fill it in or remove it. One that says there is none (配合单位：无, a table\'s / or —) is not empty. An empty lead field (牵头单位：) is reported as missing-lead.',
	},
	'check.broken-unit-name.summary': { 'zh-cn': '单位名称被换行断开。', en: 'A unit name broken across lines.' },
	'check.broken-unit-name.details': {
		'zh-cn': '单位名称中间有换行（各\\n县(市)区政府），多为从 PDF 复制所致；仍按一个名称读取。快速修复在确为同一名称时合并两行。',
		en: 'A line break falls inside a unit name (各\\n县(市)区政府), as copying from PDF leaves it; it is still read as one name. A quick fix joins the lines when they are one name.',
	},
	'check.registry-duplicate.summary': { 'zh-cn': '名录中单位重复。', en: 'The registry lists the same unit twice.' },
	'check.registry-duplicate.details': {
		'zh-cn': '单位名录两次列出同一单位。请合并为一行。',
		en: 'The unit registry lists one unit twice. Merge the lines.',
	},
	'check.registry-alias-conflict.summary': { 'zh-cn': '一个名称属于名录中两个单位。', en: 'One name claimed by two units of the registry.' },
	'check.registry-alias-conflict.details': {
		'zh-cn': '同一名称（全称或别名）在单位名录中属于两个单位，通知中的这个名称无法确定指哪个单位。',
		en: 'A name (full name or alias) belongs to two units of the registry, so a notice using it cannot say which unit it means.',
	},
	'check.registry-rename-cycle.summary': { 'zh-cn': '名录中的更名形成循环。', en: 'Renames in the registry that lead back to their start.' },
	'check.registry-rename-cycle.details': {
		'zh-cn': '「旧名 -> 新名」的更名链回到了起点，无法确定现名。',
		en: 'A chain of `old -> new` renames leads back to where it started, so no current name can be found.',
	},
	'check.registry-syntax.summary': { 'zh-cn': '无法识别的名录行（应为「名称 = 别名」、「旧名 -> 新名」、「集合: 名称」或注释）。', en: 'A registry line that is not `name = alias`, `old -> new`, `集合: name` or a comment.' },
	'check.registry-syntax.details': {
		'zh-cn': '名录行应为「名称 = 别名 = …」、「旧名 -> 新名」、「集合: 名称」或以 # 开头的注释。',
		en: 'A registry line should be `name = alias = …`, `old -> new`, `集合: name` or a comment starting with #.',
	},
	'check.file-too-large.summary': { 'zh-cn': '文件超过 breakdown.maxFileSize，未作检查。', en: 'A file above `breakdown.maxFileSize`, not analysed.' },
	'check.file-too-large.details': {
		'zh-cn': '文件超过 breakdown.maxFileSize 设定的上限，为保持编辑器流畅而未作分析。',
		en: 'The file is longer than breakdown.maxFileSize allows, so it is not analysed, to keep the editor responsive.',
	},
	'check.parse-failure.summary': { 'zh-cn': '读取时发生内部错误（请连同文件报告）。', en: 'An internal error while reading (please report it with the file).' },
	'check.parse-failure.details': {
		'zh-cn': '程序读取这份通知时出错，其余检查照常进行。请连同文件一起报告此问题。',
		en: 'The program failed while reading this notice; the other checks still ran. Please report it with the file.',
	},

	// ---- related information
	'related.number-first-used': { 'zh-cn': '编号 {0} 第一次出现在此', en: 'Number {0} is first used here' },
	'related.unit-first-listed': { 'zh-cn': '「{0}」第一次列出在此', en: '"{0}" is first listed here' },
	'related.usually-written': { 'zh-cn': '通常写作「{0}」', en: 'Usually written "{0}"' },
	'related.defined-here': { 'zh-cn': '「{0}」在此定义', en: '"{0}" is defined here' },

	// ---- quick fixes and edits
	'fix.own-line': { 'zh-cn': '将第 {0} 项另起一行', en: 'Move item {0} to its own line' },
	'fix.replace-unit': { 'zh-cn': '改为「{0}」', en: 'Change to "{0}"' },
	'fix.add-to-registry': { 'zh-cn': '将「{0}」加入单位名录', en: 'Add "{0}" to the unit registry' },
	'fix.add-to-registry-of-level': { 'zh-cn': '将「{0}」加入 {1}（列有其同级单位的名录）', en: 'Add "{0}" to {1} (the registry listing units of its level)' },
	'fix.renumber': { 'zh-cn': '重新编号（{0}–{1}）', en: 'Renumber ({0}–{1})' },
	'fix.join-broken-name': { 'zh-cn': '合并被断开的单位名称', en: 'Join the broken unit name' },
	'fix.remove-repeated-unit': { 'zh-cn': '删除重复的「{0}」', en: 'Remove the repeated "{0}"' },
	'fix.remove-repeated-field': { 'zh-cn': '删除重复的「{0}」及其「{1}」', en: 'Remove the repeated "{0}" and its "{1}"' },
	'fix.lead-first-unit': { 'zh-cn': '将「{0}」设为牵头单位', en: 'Make "{0}" the lead unit' },
	'fix.add-lead-field': { 'zh-cn': '添加「{0}」', en: 'Add "{0}"' },
	'fix.declare-convention': { 'zh-cn': '声明“列第一位者为牵头单位，下同”（本项及以后各项）', en: 'Declare that the first unit listed leads, from this task on' },
	'fix.all': { 'zh-cn': '修复全部可自动修复的问题', en: 'Fix all breakdown problems' },
	/** The first line of a registry the server creates. */
	'registry.new-file-header': { 'zh-cn': '# 单位名录：每行一个单位，格式为「规范名称 = 别名」', en: '# Unit registry: one unit a line, `canonical = alias`' },
	'edit.create-registry': { 'zh-cn': '创建单位名录', en: 'Create the unit registry' },

	// ---- why an edit was not made (features/editRefusal.ts), and what the editor could not do
	'refusal.empty-name': { 'zh-cn': '新名称为空', en: 'The new name is empty' },
	'refusal.not-one-name': { 'zh-cn': '「{0}」不是单个单位名称（含有「{1}」）', en: '"{0}" is not a single unit name (it contains "{1}")' },
	'refusal.not-read-as-one-name': { 'zh-cn': '「{0}」不会被读作一个单位名称（读作：{1}）', en: '"{0}" would not be read as one unit name (it reads as: {1})' },
	'refusal.name-taken': { 'zh-cn': '「{0}」已是单位名录中另一单位「{1}」的名称', en: '"{0}" already names another registry unit, "{1}"' },
	'refusal.name-registered': { 'zh-cn': '单位名录中已有「{0}」，不能改为此名', en: 'The registry already has "{0}"; the unit cannot take that name' },
	'refusal.name-in-use': { 'zh-cn': '「{0}」已是另一单位的名称（{1} 第 {2} 行），改名会把两个单位合为一个', en: '"{0}" already names another unit (line {2} of {1}); the rename would make two units one' },
	'refusal.spellings-differ': {
		'zh-cn': '「{0}」还写作「{1}」，两种写法无法对应改名；请先统一写法',
		en: '"{0}" is also written "{1}", and the new name cannot be spelled alike; make the spellings one first',
	},
	'refusal.reads-differently': { 'zh-cn': '改名后 {0} 第 {1} 行会被读作「{2}」，而不是「{3}」', en: 'After the rename, line {1} of {0} would read "{2}", not "{3}"' },
	'refusal.short-form-lost': {
		'zh-cn': '{0} 第 {1} 行的「{2}」省略了与相邻单位相同的部分，改为「{3}」后无法同样省略；请先把这一处写成全称「{4}」再改名',
		en: 'Line {1} of {0} writes "{2}" short (its neighbours supply the rest); "{3}" cannot be written short there. Write it in full ("{4}") first, then rename',
	},
	'refusal.list-reads-differently': { 'zh-cn': '改名后 {0} 第 {1} 行的单位列表会被读成另外的单位', en: 'After the rename, the unit list on line {1} of {0} would be read as other units' },
	'refusal.registry-reads-differently': { 'zh-cn': '改名后单位名录 {0} 第 {1} 行无法按原意读出', en: 'After the rename, line {1} of the registry {0} would not read as intended' },
	'refusal.cannot-apply-edits': { 'zh-cn': '此编辑器不能应用编辑；请手动将单位写入 {0}', en: 'This editor cannot apply edits; write the units into {0} by hand' },
	'refusal.cannot-create-files': { 'zh-cn': '此编辑器不能创建文件；请手动将单位写入 {0}', en: 'This editor cannot create files; write the units into {0} by hand' },
	'refusal.notice-not-saved': { 'zh-cn': '请先保存通知：单位名录建在通知所在的文件夹中', en: 'Save the notice first: the unit registry is made in the notice\'s folder' },
	'refusal.registry-unreadable': { 'zh-cn': '{0} 已存在，但无法读取（不在工作区文件夹内，或不是文本文件）；请打开它，手动加入单位', en: '{0} exists but cannot be read (it is outside the workspace folders, or not a text file); open it and add the units by hand' },
	'refusal.edit-not-applied': { 'zh-cn': '编辑器没有应用对 {0} 的编辑', en: 'The editor did not apply the edit to {0}' },

	// ---- the role vocabulary, and phrases made of it
	'role.lead': { 'zh-cn': '牵头', en: 'Lead' },
	'role.responsible': { 'zh-cn': '责任', en: 'Responsible' },
	'role.other': { 'zh-cn': '配合', en: 'Cooperating' },
	/** One role's count of tasks: {0} the role word, {1} the count. */
	'role.count': { 'zh-cn': '{0} {1} 项', en: '{0} {1}' },
	'role.counts.separator': { 'zh-cn': ' · ', en: ' · ' },
	/** A role as a heading over tasks (Units view, quick pick): {0} the role word, {1} the count. */
	'role.group': { 'zh-cn': '{0}（{1}）', en: '{0} ({1})' },
	/** A role with names after it (outline detail): {0} the role word, {1} the names. */
	'role.names': { 'zh-cn': '{0}：{1}', en: '{0}: {1}' },

	// ---- the outline's detail of a task, after its lead units
	'outline.leader': { 'zh-cn': '领导：{0}', en: 'Leader: {0}' },
	'outline.deadline': { 'zh-cn': '时限：{0}', en: 'Due: {0}' },
	'outline.separator': { 'zh-cn': ' · ', en: ' · ' },

	// ---- hover on a unit
	'hover.registry-name': { 'zh-cn': '单位名录名称：{0}', en: 'Registry name: {0}' },
	'hover.aliases': { 'zh-cn': '别名：{0}', en: 'Aliases: {0}' },
	'hover.renamed-to': { 'zh-cn': '已更名为：{0}', en: 'Renamed to: {0}' },
	/** A rename made after the notice's year: {0} the new name, {1} the first year of notices that write it. */
	'hover.renamed-later': { 'zh-cn': '{1}年起更名为：{0}（本通知早于更名，原名无误）', en: 'Renamed to {0} from {1} (this notice is older: its name is right)' },
	'hover.not-in-registry': { 'zh-cn': '不在单位名录中', en: 'Not in the unit registry' },
	/** {0} the counts by role, {1} the number of files. */
	'hover.counts-in-files': { 'zh-cn': '{0}（{1} 个文件）', en: '{0} ({1} files)' },
	'hover.counts-in-one-file': { 'zh-cn': '{0}（1 个文件）', en: '{0} (1 file)' },
	/** The tasks of this notice in one role: {0} the role word, {1} the task numbers. */
	'hover.tasks-here': { 'zh-cn': '本文{0}：第 {1} 项', en: '{0} here: tasks {1}' },

	// ---- rename
	/** The change annotation of a rename's edits in another folder (see editing.inAnotherPlace). */
	'rename.other-folder.label': { 'zh-cn': '其他文件夹中的同名单位', en: 'The same name in another folder' },
	/** {0} the name renamed. */
	'rename.other-folder.description': {
		'zh-cn': '「{0}」不在任何单位名录中：其他文件夹中的「{0}」可能是另一个县（区、乡镇）的单位，请逐一确认。',
		en: '"{0}" is in no unit registry: in another folder it may be another county\'s, district\'s or town\'s unit. Confirm each change.',
	},

	// ---- Units view, quick pick, completion, workspace symbols
	/** A task of a unit: {0} its number, {1} its title. */
	'task.label': { 'zh-cn': '第 {0} 项：{1}', en: 'Task {0}: {1}' },
	'completion.registry': { 'zh-cn': '单位名录', en: 'unit registry' },
	'completion.workspace': { 'zh-cn': '本工作区已用', en: 'used in the workspace' },
	'completion.catalog': { 'zh-cn': '标准名称', en: 'standard name' },
	/** {0} the source, {1} how often the name is used. */
	'completion.uses': { 'zh-cn': '{0} · {1}', en: '{0} · {1}' },

	// ---- the status bar on a notice: counts, then the tooltip's lines (counts with one form before | and another after)
	'status.tasks': { 'zh-cn': '{0} 项任务', en: '{0} task|{0} tasks' },
	'status.without-lead': { 'zh-cn': '{0} 项无牵头', en: '{0} without a lead' },
	'status.findings': { 'zh-cn': '{0} 个问题', en: '{0} finding|{0} findings' },
	'status.separator': { 'zh-cn': ' · ', en: ' · ' },
	'status.tooltip.tasks': { 'zh-cn': '本通知共 {0} 项任务', en: 'Tasks in this notice: {0}' },
	'status.tooltip.without-lead': { 'zh-cn': '没有牵头单位的任务：{0} 项', en: 'Tasks without a lead unit: {0}' },
	/** {0} errors, {1} warnings, {2} information, {3} hints. */
	'status.tooltip.findings': { 'zh-cn': '问题：{0} 个错误，{1} 个警告，{2} 条信息，{3} 条提示', en: 'Findings: {0} errors, {1} warnings, {2} info, {3} hints' },
	'status.tooltip.hidden': { 'zh-cn': '已隐藏：{0} 个（.breakdown/ignore.json）', en: 'Hidden: {0} (.breakdown/ignore.json)' },
	'status.tooltip.click': { 'zh-cn': '点击在“问题”面板中查看本文件的问题', en: "Click to see this file's findings in the Problems panel" },

	// ---- hidden findings (.breakdown/ignore.json, see docs/hidden-findings.md)
	'fix.hide': { 'zh-cn': '忽略此处', en: 'Ignore here' },
	/** When several findings are at the cursor: {0} the one this hides. */
	'fix.hide-which': { 'zh-cn': '忽略此处：{0}', en: 'Ignore here: {0}' },
	/** A hidden finding that no longer matches a finding of the text: {0} its code, {1} what it was about. */
	'hidden.stale': { 'zh-cn': '{0}「{1}」（原文已改动，不再匹配）', en: '{0} "{1}" (the text changed; it no longer matches)' },
	'hidden.stale-no-subject': { 'zh-cn': '{0}（原文已改动，不再匹配）', en: '{0} (the text changed; it no longer matches)' },
	/** Where a hidden finding is: {0} the notice, {1} the task's number. */
	'hidden.in-task': { 'zh-cn': '{0} · 第 {1} 项', en: '{0} · task {1}' },
	/** What was hidden: {0} the task's opening words, {1} the clerk's note. */
	'hidden.quote-and-note': { 'zh-cn': '「{0}」 · 说明：{1}', en: '"{0}" · note: {1}' },
	'hidden.quote': { 'zh-cn': '「{0}」', en: '"{0}"' },
	// A file that cannot be read in full hides nothing and is never rewritten; {0} is the file.
	'hidden-file.syntax-at': {
		'zh-cn': '无法读取 {0}：第 {1} 行第 {2} 列此处不应出现「{3}」，不是有效的 JSON。其中隐藏的问题照常显示；该文件未被改动，修正后即恢复隐藏。',
		en: 'Cannot read {0}: not valid JSON at line {1}, column {2} ("{3}" cannot stand there). The findings it hides are shown; the file is left as it is, and fixing it hides them again.',
	},
	'hidden-file.syntax-end': {
		'zh-cn': '无法读取 {0}：第 {1} 行第 {2} 列文件意外结束，不是有效的 JSON。其中隐藏的问题照常显示；该文件未被改动，修正后即恢复隐藏。',
		en: 'Cannot read {0}: not valid JSON at line {1}, column {2} (the file ends too early). The findings it hides are shown; the file is left as it is, and fixing it hides them again.',
	},
	'hidden-file.syntax': {
		'zh-cn': '无法读取 {0}：不是有效的 JSON。其中隐藏的问题照常显示；该文件未被改动，修正后即恢复隐藏。',
		en: 'Cannot read {0}: not valid JSON. The findings it hides are shown; the file is left as it is, and fixing it hides them again.',
	},
	'hidden-file.not-an-object': {
		'zh-cn': '无法读取 {0}：内容应为一个 JSON 对象 {"version": 1, "hidden": [...]}。其中隐藏的问题照常显示；该文件未被改动，修正后即恢复隐藏。',
		en: 'Cannot read {0}: it should hold one JSON object {"version": 1, "hidden": [...]}. The findings it hides are shown; the file is left as it is, and fixing it hides them again.',
	},
	/** {1} the version written (JSON), {2} the version this program reads. */
	'hidden-file.version': {
		'zh-cn': '无法读取 {0}：版本 {1} 不是本程序能读的版本 {2}。其中隐藏的问题照常显示；该文件未被改动，修正后即恢复隐藏。',
		en: 'Cannot read {0}: version {1} is not version {2}, which this program reads. The findings it hides are shown; the file is left as it is, and fixing it hides them again.',
	},
	'hidden-file.version-missing': {
		'zh-cn': '无法读取 {0}：缺少版本（应为 "version": {1}）。其中隐藏的问题照常显示；该文件未被改动，修正后即恢复隐藏。',
		en: 'Cannot read {0}: its version is missing (it should be "version": {1}). The findings it hides are shown; the file is left as it is, and fixing it hides them again.',
	},
	'hidden-file.no-list': {
		'zh-cn': '无法读取 {0}：缺少 "hidden" 列表。其中隐藏的问题照常显示；该文件未被改动，修正后即恢复隐藏。',
		en: 'Cannot read {0}: the "hidden" list is missing. The findings it hides are shown; the file is left as it is, and fixing it hides them again.',
	},
	/** {1} how many entries cannot be read, {2} the first of them (from 1), {3} its first bad field. */
	'hidden-file.entry-field': {
		'zh-cn': '无法读取 {0}：{1} 条记录不完整，第一条是第 {2} 条（{3}）；每条应有字符串字段 notice、code、subject、task、quote、note。其中隐藏的问题照常显示；该文件未被改动，修正后即恢复隐藏。',
		en: 'Cannot read {0}: {1} entries are incomplete, the first is entry {2} ({3}); each needs the string fields notice, code, subject, task, quote and note. The findings it hides are shown; the file is left as it is, and fixing it hides them again.',
	},
	'hidden-file.entry-not-an-object': {
		'zh-cn': '无法读取 {0}：{1} 条记录不完整，第一条是第 {2} 条（不是对象）；每条应有字符串字段 notice、code、subject、task、quote、note。其中隐藏的问题照常显示；该文件未被改动，修正后即恢复隐藏。',
		en: 'Cannot read {0}: {1} entries are incomplete, the first is entry {2} (not an object); each needs the string fields notice, code, subject, task, quote and note. The findings it hides are shown; the file is left as it is, and fixing it hides them again.',
	},
	'hidden-file.not-a-file': { 'zh-cn': '无法读取 {0}：不是普通文件。其中隐藏的问题照常显示。', en: 'Cannot read {0}: not a regular file. The findings it hides are shown.' },
	'hidden-file.too-large': { 'zh-cn': '无法读取 {0}：文件过大。其中隐藏的问题照常显示。', en: 'Cannot read {0}: the file is too large. The findings it hides are shown.' },
	'hidden-file.permission-denied': { 'zh-cn': '无法读取 {0}：没有读取权限。其中隐藏的问题照常显示。', en: 'Cannot read {0}: permission denied. The findings it hides are shown.' },
	/** {1} the system's reason. */
	'hidden-file.unreadable': { 'zh-cn': '无法读取 {0}（{1}）。其中隐藏的问题照常显示。', en: 'Cannot read {0} ({1}). The findings it hides are shown.' },
	'refusal.hidden-file-broken': {
		'zh-cn': '{0} 无法读取，修正前不能记录或取消隐藏（该文件不会被改写）',
		en: '{0} cannot be read; nothing can be hidden or shown again until it is fixed (the file is not rewritten)',
	},
	'refusal.hidden-file-cannot-create': {
		'zh-cn': '此编辑器不能创建文件；请先创建 {0}，内容为 {"version": 1, "hidden": []}，再选「忽略此处」',
		en: 'This editor cannot create files; create {0} holding {"version": 1, "hidden": []} first, then choose "Ignore here" again',
	},
	'refusal.hidden-no-folder': {
		'zh-cn': '没有打开工作区文件夹，无法记录隐藏的问题（记录保存在文件夹中的 .breakdown/ignore.json）',
		en: 'No workspace folder is open, so nothing can be hidden (hidden findings are kept in a folder\'s .breakdown/ignore.json)',
	},

	// ---- the task-table view (its columns are the exported table's; an export stays Chinese, the view follows the locale)
	'table.title-of': { 'zh-cn': '任务分解表 — {0}', en: 'Task Table — {0}' },
	'table.column.number': { 'zh-cn': '序号', en: 'No.' },
	'table.column.task': { 'zh-cn': '任务', en: 'Task' },
	'table.column.lead': { 'zh-cn': '牵头单位', en: 'Lead unit' },
	'table.column.responsible': { 'zh-cn': '责任单位', en: 'Responsible units' },
	'table.column.other': { 'zh-cn': '配合单位', en: 'Cooperating units' },
	'table.column.leader': { 'zh-cn': '责任领导', en: 'Leader' },
	'table.column.deadline': { 'zh-cn': '完成时限', en: 'Deadline' },
	'table.column.problems': { 'zh-cn': '问题', en: 'Problems' },
	'table.filter.unit': { 'zh-cn': '按单位筛选：名称或拼音首字母，如 fgw', en: 'Filter by unit: a name or pinyin initials, e.g. fgw' },
	'table.filter.any-role': { 'zh-cn': '全部职责', en: 'Any role' },
	'table.filter.clear': { 'zh-cn': '清除筛选', en: 'Clear filter' },
	'table.export.xlsx': { 'zh-cn': '导出 Excel', en: 'Export to Excel' },
	'table.export.csv': { 'zh-cn': '导出 CSV', en: 'Export CSV' },
	'table.export.unit-csv': { 'zh-cn': '导出一单位一清单 CSV', en: 'Export unit lists CSV' },
	'table.sort-by': { 'zh-cn': '按此列排序（再点一次倒序）', en: 'Sort by this column (click again to reverse)' },
	/** {0} tasks shown, {1} tasks in the notice. */
	'table.shown': { 'zh-cn': '{0} / {1} 项任务', en: '{0} of {1} tasks' },
	'table.no-match': { 'zh-cn': '没有符合筛选条件的任务', en: 'No task matches the filter' },
	'table.no-tasks': { 'zh-cn': '没有读到任务', en: 'No task was read' },
	'table.matching-units': { 'zh-cn': '匹配的单位：', en: 'Matching units:' },
	'table.due': { 'zh-cn': '截止日期：', en: 'Due: ' },
	'table.written-as': { 'zh-cn': '原文写作：', en: 'Written as: ' },
	/** What an export from the editor wrote: {0} notices, {1} tasks, {2} units. */
	'table.exported': { 'zh-cn': '{0} 个通知、{1} 项任务、{2} 个单位', en: '{0} notice(s), {1} task(s), {2} unit(s)' },

	// ---- settings and the workspace
	'settings.not-an-object': { 'zh-cn': 'breakdown 设置必须是对象', en: 'breakdown: settings must be an object' },
	'settings.registry-not-a-path': { 'zh-cn': 'breakdown.registry 必须是文件路径', en: 'breakdown.registry must be a file path' },
	'settings.unknown-check': { 'zh-cn': 'breakdown.severity：未知检查「{0}」', en: 'breakdown.severity: unknown check "{0}"' },
	'settings.bad-severity': { 'zh-cn': 'breakdown.severity.{0} 应为 error、warning、information、hint 或 off', en: 'breakdown.severity.{0} must be error, warning, information, hint or off' },
	'settings.severity-not-an-object': { 'zh-cn': 'breakdown.severity 必须是对象', en: 'breakdown.severity must be an object' },
	'settings.bad-locale': { 'zh-cn': 'breakdown.locale 应为 auto、zh-cn 或 en', en: 'breakdown.locale must be auto, zh-cn or en' },
	'settings.bad-max-file-size': { 'zh-cn': 'breakdown.maxFileSize 必须是正数', en: 'breakdown.maxFileSize must be a positive number' },
	'registry-setting.invalid': { 'zh-cn': 'breakdown.registry「{0}」不是有效的文件路径，已忽略', en: 'breakdown.registry "{0}" is not a file path and was ignored' },
	'registry-setting.no-folder': { 'zh-cn': 'breakdown.registry「{0}」是相对路径，但没有打开工作区文件夹，已忽略', en: 'breakdown.registry "{0}" is relative but no workspace folder is open; ignored' },
	'registry-setting.outside': { 'zh-cn': 'breakdown.registry「{0}」不在工作区内，已忽略', en: 'breakdown.registry "{0}" is outside the workspace and was ignored' },
	'registry-setting.not-a-registry': {
		'zh-cn': 'breakdown.registry「{0}」不是单位名录文件（应命名为 单位名录.txt 或 *.units.txt），已忽略',
		en: 'breakdown.registry "{0}" is not a registry file (name it 单位名录.txt or *.units.txt) and was ignored',
	},
	'registry-setting.missing': { 'zh-cn': 'breakdown.registry「{0}」不存在，已忽略', en: 'breakdown.registry "{0}" does not exist and was ignored' },
	'registry-setting.not-a-file': { 'zh-cn': 'breakdown.registry「{0}」不是普通文件，已忽略', en: 'breakdown.registry "{0}" is not a regular file and was ignored' },
	'registry-setting.too-large': { 'zh-cn': 'breakdown.registry「{0}」超过 breakdown.maxFileSize，已忽略', en: 'breakdown.registry "{0}" is larger than breakdown.maxFileSize and was ignored' },
	'registry-setting.unreadable': { 'zh-cn': 'breakdown.registry「{0}」无法读取，已忽略', en: 'breakdown.registry "{0}" cannot be read and was ignored' },
	'workspace.file-cap': {
		'zh-cn': '工作区文件夹中的文本文件超过 {0} 个，只读取了 {0} 个（单位名录全部读取）',
		en: 'The workspace folder has more than {0} text files; {0} were read (every registry was)',
	},

	// ---- the server's answers when a request cannot be served
	'request.cancelled': { 'zh-cn': 'breakdown：请求已取消', en: 'breakdown: request cancelled' },
	'request.after-shutdown': { 'zh-cn': 'breakdown：服务已关闭，不再处理 {0}', en: 'breakdown: {0} after shutdown' },
	'request.failed': { 'zh-cn': 'breakdown：{0} 失败：{1}', en: 'breakdown: {0} failed: {1}' },

	// ---- the CLI
	'cli.severity.error': { 'zh-cn': '错误', en: 'error' },
	'cli.severity.warning': { 'zh-cn': '警告', en: 'warning' },
	'cli.severity.information': { 'zh-cn': '信息', en: 'info' },
	'cli.severity.hint': { 'zh-cn': '提示', en: 'hint' },
	// The summary line, counted piece by piece; an English count has its singular before the |.
	'cli.summary.files': { 'zh-cn': '共 {0} 个文件', en: '{0} file|{0} files' },
	'cli.summary.after-files': { 'zh-cn': '：', en: ': ' },
	'cli.summary.error': { 'zh-cn': '{0} 个错误', en: '{0} error|{0} errors' },
	'cli.summary.warning': { 'zh-cn': '{0} 个警告', en: '{0} warning|{0} warnings' },
	'cli.summary.information': { 'zh-cn': '{0} 条信息', en: '{0} info' },
	'cli.summary.hint': { 'zh-cn': '{0} 条提示', en: '{0} hint|{0} hints' },
	'cli.summary.separator': { 'zh-cn': '，', en: ', ' },
	'cli.summary.hidden': { 'zh-cn': '；另有 {0} 条已隐藏（--show-hidden 列出）', en: '; {0} hidden (--show-hidden lists them)' },
	'cli.summary.hidden-shown': { 'zh-cn': '；{0} 条已隐藏，已标出', en: '; {0} hidden, marked [hidden]' },
	'cli.hidden-mark': { 'zh-cn': ' [已隐藏]', en: ' [hidden]' },
	'cli.hidden-mark-with-note': { 'zh-cn': ' [已隐藏：{0}]', en: ' [hidden: {0}]' },
	'cli.no-such-file': { 'zh-cn': '找不到文件或目录', en: 'no such file or folder: {0}' },
	'cli.not-a-file': { 'zh-cn': '不是普通文件（管道、设备或目录）', en: 'not a regular file (a pipe, device or folder): {0}' },
	'cli.too-large': { 'zh-cn': '文件过大', en: 'file too large: {0}' },
	'cli.permission-denied': { 'zh-cn': '没有读取权限', en: 'permission denied: {0}' },
	'cli.unreadable': { 'zh-cn': '无法读取', en: 'cannot read {0}: {1}' },
	'cli.internal-error': { 'zh-cn': '内部错误，请报告此问题', en: 'internal error, please report it: {0}' },
	'cli.no-command': { 'zh-cn': '请给出命令', en: 'a command is needed' },
	'cli.unknown-command': { 'zh-cn': '未知命令「{0}」', en: 'unknown command "{0}"' },
	'cli.unknown-option': { 'zh-cn': '未知选项「{0}」', en: 'unknown option "{0}"' },
	/** {0} the option, {1} and {2} the values it takes in each language, {3} what was given. */
	'cli.bad-choice': { 'zh-cn': '{0} 只能是 {1}', en: '{0} must be {2} (got "{3}")' },
	'cli.needs-file': { 'zh-cn': '{0} 需要一个文件', en: '{0} needs a file' },
	'cli.no-paths': { 'zh-cn': '请给出要检查的文件或目录', en: 'give at least one file or folder to check' },
	'cli.export.no-paths': { 'zh-cn': '请给出要导出的通知文件或目录', en: 'give at least one notice file or folder to export' },
	'cli.export.format-mismatch': { 'zh-cn': '--format {0} 与输出文件扩展名 .{1} 不符', en: "--format {0} does not match the output file's extension .{1}" },
	'cli.export.workbook-extension': { 'zh-cn': '工作簿不能写成 .{0} 文件：请用 .xlsx 文件名，或用 --format csv 导出 CSV', en: 'will not write a workbook to a .{0} file: name it .xlsx, or export CSV with --format csv' },
	'cli.export.per-unit-xlsx-only': { 'zh-cn': '--per-unit-sheets 只用于 xlsx', en: '--per-unit-sheets applies to xlsx only' },
	'cli.export.not-to-terminal': { 'zh-cn': '不能把 xlsx 工作簿写到终端，请用 --out 文件名或重定向', en: 'will not write a workbook to a terminal: use --out FILE or redirect' },
	'cli.export.nothing': { 'zh-cn': '没有找到可导出的通知（.txt 文件）', en: 'no notice (.txt file) to export in {0}' },
	'cli.export.out-is-input': { 'zh-cn': '输出文件不能是输入文件', en: 'the output file is one of the inputs: {0}' },
	'cli.export.cannot-write': { 'zh-cn': '无法写入', en: 'cannot write {0}: {1}' },
	'cli.export.no-folder': { 'zh-cn': '目录不存在', en: 'no such folder' },
	'cli.export.permission-denied': { 'zh-cn': '没有写入权限', en: 'permission denied' },
	'cli.export.is-folder': { 'zh-cn': '这是一个目录', en: 'it is a folder' },
	/** {0} notices, {1} tasks, {2} units, {3} where. */
	'cli.export.done': { 'zh-cn': '已导出 {0} 个通知、{1} 项任务、{2} 个单位到 {3}', en: 'exported {0} notice(s), {1} task(s), {2} unit(s)' },
	'cli.export.doubtful': { 'zh-cn': '；{0} 项任务有问题，见“问题”列', en: '; {0} task(s) with problems, see the 问题 column' },
	'cli.export.standard-output': { 'zh-cn': '标准输出 standard output', en: 'standard output' },
} satisfies Record<string, Record<'zh-cn' | 'en', string>>;
