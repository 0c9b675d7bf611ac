import type { Locale } from '../checks/checkTable';

/**
 * Why an edit was not made. An edit the engine cannot write so that the text reads back as
 * intended is refused rather than written wrongly; hosts show the message (an error answer to
 * rename, a message for a command).
 */
export const EDIT_REFUSALS = {
	'empty-name': {
		'zh-cn': '新名称为空',
		en: 'The new name is empty',
	},
	'not-one-name': {
		'zh-cn': '「{0}」不是单个单位名称（含有「{1}」）',
		en: '"{0}" is not a single unit name (it contains "{1}")',
	},
	'not-read-as-one-name': {
		'zh-cn': '「{0}」不会被读作一个单位名称（读作：{1}）',
		en: '"{0}" would not be read as one unit name (it reads as: {1})',
	},
	'name-taken': {
		'zh-cn': '「{0}」已是单位名录中另一单位「{1}」的名称',
		en: '"{0}" already names another registry unit, "{1}"',
	},
	'spellings-differ': {
		'zh-cn': '「{0}」还写作「{1}」，两种写法无法对应改名；请先统一写法',
		en: '"{0}" is also written "{1}", and the new name cannot be spelled alike; make the spellings one first',
	},
	'reads-differently': {
		'zh-cn': '改名后 {0} 第 {1} 行会被读作「{2}」，而不是「{3}」',
		en: 'After the rename, line {1} of {0} would read "{2}", not "{3}"',
	},
	'short-form-lost': {
		'zh-cn': '{0} 第 {1} 行的「{2}」省略了与相邻单位相同的部分，改为「{3}」后无法同样省略；请先把这一处写成全称「{4}」再改名',
		en: 'Line {1} of {0} writes "{2}" short (its neighbours supply the rest); "{3}" cannot be written short there. Write it in full ("{4}") first, then rename',
	},
	'list-reads-differently': {
		'zh-cn': '改名后 {0} 第 {1} 行的单位列表会被读成另外的单位',
		en: 'After the rename, the unit list on line {1} of {0} would be read as other units',
	},
	'registry-reads-differently': {
		'zh-cn': '改名后单位名录 {0} 第 {1} 行无法按原意读出',
		en: 'After the rename, line {1} of the registry {0} would not read as intended',
	},
} satisfies Record<string, Record<Locale, string>>;

export type EditRefusalCode = keyof typeof EDIT_REFUSALS;

export interface EditRefusal {
	refusal: EditRefusalCode;
	args: string[];
}

export function isEditRefusal(value: unknown): value is EditRefusal {
	return typeof value === 'object' && value !== null && 'refusal' in value;
}

export function formatRefusal(refusal: EditRefusal, locale: Locale): string {
	const template = EDIT_REFUSALS[refusal.refusal][locale] ?? EDIT_REFUSALS[refusal.refusal]['zh-cn'];
	return template.replace(/\{(\d+)\}/g, (_, index: string) => refusal.args[Number(index)] ?? '');
}

/** The file name of a URI, for messages (`file:///a/%E5%8D%95.txt` → 单.txt). */
export function fileNameOf(uri: string): string {
	const name = uri.slice(uri.lastIndexOf('/') + 1);
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
}
