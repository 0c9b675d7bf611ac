/** Every finding the engine reports: a stable code, a default severity, and messages in both locales. */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Locale = 'zh-cn' | 'en';

export interface CheckInfo {
	severity: Severity;
	/** Templates with {0}, {1} … for the finding's arguments. */
	message: Record<Locale, string>;
	/** What the check is for, in the docs and the CLI's --help. */
	description: string;
}

export const CHECKS = {
	'missing-lead': {
		severity: 'error',
		message: { 'zh-cn': '第 {0} 项任务没有牵头单位', en: 'Task {0} has no lead unit' },
		description: 'A task designates no lead by any way: no 牵头单位 label, no worded lead (X牵头, X会同Y负责), no heading naming one, no first-listed convention, not a single unit.',
	},
	'lead-not-designated': {
		severity: 'information',
		message: { 'zh-cn': '第 {0} 项任务列出了单位，但未指明牵头单位', en: 'Task {0} lists units but does not say which one leads' },
		description: 'A task lists units without designating a lead, and the notice declares no first-listed convention (列第一位者为牵头单位).',
	},
	'units-not-in-text': {
		severity: 'information',
		message: { 'zh-cn': '本文未列出任务的责任单位（可能在附件中）', en: "The tasks' units are not in this text (perhaps in an attachment)" },
		description: 'No task of the notice names units, or the task list itself is not in the text: it is an attachment the text does not contain.',
	},
	'unknown-unit': {
		severity: 'warning',
		message: { 'zh-cn': '单位名录中没有「{0}」', en: '"{0}" is not in the unit registry' },
		description: 'A unit that the registry (单位名录) does not list, with up to three suggestions. Silent without a registry.',
	},
	'renamed-unit': {
		severity: 'warning',
		message: { 'zh-cn': '「{0}」已更名为「{1}」', en: '"{0}" has been renamed "{1}"' },
		description: 'A unit the registry marks as renamed (old -> new).',
	},
	'duplicate-number': {
		severity: 'error',
		message: { 'zh-cn': '编号 {0} 重复（第一次出现在第 {1} 行）', en: 'Number {0} is used twice (first on line {1})' },
		description: 'The same number twice in one numbered list.',
	},
	'number-gap': {
		severity: 'warning',
		message: { 'zh-cn': '编号不连续：应为 {0}，此处为 {1}', en: 'Numbering skips: expected {0}, found {1}' },
		description: 'A skipped or out-of-order number in a numbered list.',
	},
	'glued-item': {
		severity: 'error',
		message: { 'zh-cn': '第 {0} 项粘连在上一行末尾，应另起一行', en: 'Item {0} is glued to the end of the previous line' },
		description: 'An item number inside a line, as a bad paste leaves it (…市府办125.强化…).',
	},
	'unit-variant': {
		severity: 'warning',
		message: { 'zh-cn': '「{0}」与本文中的「{1}」（{2} 处）是同一单位的不同写法', en: '"{0}" and "{1}" ({2} times in this notice) are two spellings of one unit' },
		description: 'One unit written two ways in the same notice.',
	},
	'count-mismatch': {
		severity: 'warning',
		message: { 'zh-cn': '通知称共 {0} 项任务，正文只有 {1} 项', en: 'The notice announces {0} tasks; the body has {1}' },
		description: 'The cover letter announces N tasks and the body has M.',
	},
	'duplicate-unit': {
		severity: 'warning',
		message: { 'zh-cn': '「{0}」在本项任务中重复列出', en: '"{0}" is listed twice in this task' },
		description: 'The same unit twice in one task.',
	},
	'unbalanced-bracket': {
		severity: 'warning',
		message: { 'zh-cn': '括号「{0}」不成对', en: 'Bracket "{0}" has no partner' },
		description: 'A bracket without its partner inside a task.',
	},
	'empty-task': {
		severity: 'warning',
		message: { 'zh-cn': '第 {0} 项没有内容', en: 'Item {0} is empty' },
		description: 'A numbered item with no text and no units.',
	},
	'empty-field': {
		severity: 'warning',
		message: { 'zh-cn': '「{0}」后没有单位', en: '"{0}" names no unit' },
		description: 'A unit label with nothing after it.',
	},
	'broken-unit-name': {
		severity: 'information',
		message: { 'zh-cn': '单位名称「{0}」被换行断开', en: 'The unit name "{0}" is broken across lines' },
		description: 'A unit name broken by a line break, as copying from PDF leaves it.',
	},
	'registry-duplicate': {
		severity: 'error',
		message: { 'zh-cn': '单位「{0}」在名录中重复', en: 'Unit "{0}" is listed twice in the registry' },
		description: 'The registry lists the same unit twice.',
	},
	'registry-alias-conflict': {
		severity: 'error',
		message: { 'zh-cn': '名称「{0}」已属于单位「{1}」', en: 'The name "{0}" already belongs to "{1}"' },
		description: 'One name claimed by two units of the registry.',
	},
	'registry-rename-cycle': {
		severity: 'error',
		message: { 'zh-cn': '更名形成循环：{0}', en: 'Renames form a cycle: {0}' },
		description: 'Renames in the registry that lead back to their start.',
	},
	'registry-syntax': {
		severity: 'warning',
		message: { 'zh-cn': '无法识别的名录行：{0}', en: 'Registry line not understood: {0}' },
		description: 'A registry line that is not `name = alias` or `old -> new`.',
	},
	'file-too-large': {
		severity: 'information',
		message: { 'zh-cn': '文件过大（{0}），未作检查（上限 {1}）', en: 'File too large to check ({0}; limit {1})' },
		description: 'The file is above the size limit, so it is not analysed.',
	},
	'parse-failure': {
		severity: 'error',
		message: { 'zh-cn': '解析失败：{0}', en: 'Could not read the notice: {0}' },
		description: 'An internal error while reading; please report it with the file.',
	},
} satisfies Record<string, CheckInfo>;

export type CheckCode = keyof typeof CHECKS;

export const CHECK_CODES = Object.keys(CHECKS) as CheckCode[];

export function isCheckCode(code: string): code is CheckCode {
	return Object.prototype.hasOwnProperty.call(CHECKS, code);
}

export function formatMessage(code: CheckCode, args: readonly string[], locale: Locale, suggestions?: readonly string[]): string {
	const template = CHECKS[code].message[locale] ?? CHECKS[code].message['zh-cn'];
	const message = template.replace(/\{(\d+)\}/g, (_, index: string) => args[Number(index)] ?? '');
	if (!suggestions || suggestions.length === 0 || code !== 'unknown-unit') {
		return message;
	}
	return locale === 'en'
		? `${message}; did you mean ${suggestions.map((name) => `"${name}"`).join(', ')}?`
		: `${message}，是否应为${suggestions.map((name) => `「${name}」`).join('、')}？`;
}

/** Severity per code as a user configures it; 'off' silences a check. */
export type SeverityOverrides = Partial<Record<CheckCode, Severity | 'off'>>;

export function severityOf(code: CheckCode, overrides: SeverityOverrides | undefined): Severity | 'off' {
	return overrides?.[code] ?? CHECKS[code].severity;
}
