/**
 * Every string the server and the CLI show a person, in Simplified Chinese and English: findings,
 * related places, quick fixes, refusals, hover, code lens, outline, views, settings problems and
 * the CLI's words. Templates take {0}, {1} … Code builds messages from ids and arguments
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
	// ---- findings: one per check code (checks/checkTable.ts gives their severity and description)
	'missing-lead': { 'zh-cn': '第 {0} 项任务没有牵头单位', en: 'Task {0} has no lead unit' },
	'lead-not-designated': { 'zh-cn': '第 {0} 项任务列出了单位，但未指明牵头单位', en: 'Task {0} lists units but does not say which one leads' },
	'units-not-in-text': { 'zh-cn': '本文未列出任务的责任单位（可能在附件中）', en: "The tasks' units are not in this text (perhaps in an attachment)" },
	'unknown-unit': { 'zh-cn': '单位名录中没有「{0}」', en: '"{0}" is not in the unit registry' },
	'renamed-unit': { 'zh-cn': '「{0}」已更名为「{1}」', en: '"{0}" has been renamed "{1}"' },
	'duplicate-number': { 'zh-cn': '编号 {0} 重复（第一次出现在第 {1} 行）', en: 'Number {0} is used twice (first on line {1})' },
	'number-gap': { 'zh-cn': '编号不连续：应为 {0}，此处为 {1}', en: 'Numbering skips: expected {0}, found {1}' },
	'glued-item': { 'zh-cn': '第 {0} 项粘连在上一行末尾，应另起一行', en: 'Item {0} is glued to the end of the previous line' },
	'unit-variant': { 'zh-cn': '「{0}」与本文中的「{1}」（{2} 处）是同一单位的不同写法', en: '"{0}" and "{1}" ({2} times in this notice) are two spellings of one unit' },
	'count-mismatch': { 'zh-cn': '通知称共 {0} 项任务，正文只有 {1} 项', en: 'The notice announces {0} tasks; the body has {1}' },
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

	// ---- related information
	'related.number-first-used': { 'zh-cn': '编号 {0} 第一次出现在此', en: 'Number {0} is first used here' },
	'related.unit-first-listed': { 'zh-cn': '「{0}」第一次列出在此', en: '"{0}" is first listed here' },
	'related.usually-written': { 'zh-cn': '通常写作「{0}」', en: 'Usually written "{0}"' },
	'related.defined-here': { 'zh-cn': '「{0}」在此定义', en: '"{0}" is defined here' },

	// ---- quick fixes and edits
	'fix.own-line': { 'zh-cn': '将第 {0} 项另起一行', en: 'Move item {0} to its own line' },
	'fix.replace-unit': { 'zh-cn': '改为「{0}」', en: 'Change to "{0}"' },
	'fix.add-to-registry': { 'zh-cn': '将「{0}」加入单位名录', en: 'Add "{0}" to the unit registry' },
	'fix.renumber': { 'zh-cn': '重新编号（{0}–{1}）', en: 'Renumber ({0}–{1})' },
	'fix.join-broken-name': { 'zh-cn': '合并被断开的单位名称', en: 'Join the broken unit name' },
	'fix.remove-repeated-unit': { 'zh-cn': '删除重复的「{0}」', en: 'Remove the repeated "{0}"' },
	'fix.remove-repeated-field': { 'zh-cn': '删除重复的「{0}」及其「{1}」', en: 'Remove the repeated "{0}" and its "{1}"' },
	'fix.lead-first-unit': { 'zh-cn': '将「{0}」设为牵头单位', en: 'Make "{0}" the lead unit' },
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

	// ---- hover on a unit
	'hover.registry-name': { 'zh-cn': '单位名录名称：{0}', en: 'Registry name: {0}' },
	'hover.aliases': { 'zh-cn': '别名：{0}', en: 'Aliases: {0}' },
	'hover.renamed-to': { 'zh-cn': '已更名为：{0}', en: 'Renamed to: {0}' },
	'hover.not-in-registry': { 'zh-cn': '不在单位名录中', en: 'Not in the unit registry' },
	/** {0} the counts by role, {1} the number of files. */
	'hover.counts-in-files': { 'zh-cn': '{0}（{1} 个文件）', en: '{0} ({1} files)' },
	'hover.counts-in-one-file': { 'zh-cn': '{0}（1 个文件）', en: '{0} (1 file)' },
	/** The tasks of this notice in one role: {0} the role word, {1} the task numbers. */
	'hover.tasks-here': { 'zh-cn': '本文{0}：第 {1} 项', en: '{0} here: tasks {1}' },

	// ---- Units view, quick pick, completion, workspace symbols
	/** A task of a unit: {0} its number, {1} its title. */
	'task.label': { 'zh-cn': '第 {0} 项：{1}', en: 'Task {0}: {1}' },
	'completion.registry': { 'zh-cn': '单位名录', en: 'unit registry' },
	'completion.workspace': { 'zh-cn': '本工作区已用', en: 'used in the workspace' },
	'completion.catalog': { 'zh-cn': '标准名称', en: 'standard name' },
	/** {0} the source, {1} how often the name is used. */
	'completion.uses': { 'zh-cn': '{0} · {1}', en: '{0} · {1}' },

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
