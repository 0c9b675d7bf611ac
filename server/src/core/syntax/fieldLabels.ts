import { isWhiteSpace } from '../text/characters';

/** What a labelled field of a task says. */
export type FieldRole =
	/** 牵头单位: the unit that leads the task. */
	| 'lead'
	/** 责任单位: units responsible for the task. */
	| 'responsible'
	/** 配合单位, 协办单位, 参与单位: units that cooperate. */
	| 'other'
	/** 牵头领导, 责任领导: people, not units. */
	| 'leader'
	/** 完成时限, 时间节点: a deadline. */
	| 'deadline'
	/** 年度目标, 主要任务: more text of the task. */
	| 'content';

export type UnitRole = 'lead' | 'responsible' | 'other';

export function isUnitRole(role: FieldRole): role is UnitRole {
	return role === 'lead' || role === 'responsible' || role === 'other';
}

/** Every label in its Simplified and Traditional spelling; longer labels first so 牵头责任领导 wins over 牵头. */
const LABELS: ReadonlyArray<readonly [string, FieldRole]> = ([
	['牵头单位', 'lead'], ['牽頭單位', 'lead'],
	['牵头部门', 'lead'], ['牽頭部門', 'lead'],
	['牵头处室', 'lead'], ['牽頭處室', 'lead'],
	['主责单位', 'lead'], ['主責單位', 'lead'],
	['牵头责任单位', 'lead'], ['牽頭責任單位', 'lead'],
	['责任单位', 'responsible'], ['責任單位', 'responsible'],
	['责任部门', 'responsible'], ['責任部門', 'responsible'],
	['主办单位', 'responsible'], ['主辦單位', 'responsible'],
	['承办单位', 'responsible'], ['承辦單位', 'responsible'],
	['配合单位', 'other'], ['配合單位', 'other'],
	['配合部门', 'other'], ['配合部門', 'other'],
	['协办单位', 'other'], ['協辦單位', 'other'],
	['参与单位', 'other'], ['參與單位', 'other'],
	['协同单位', 'other'], ['協同單位', 'other'],
	['协助单位', 'other'], ['協助單位', 'other'],
	['牵头责任领导', 'leader'], ['牽頭責任領導', 'leader'],
	['牵头领导', 'leader'], ['牽頭領導', 'leader'],
	['责任领导', 'leader'], ['責任領導', 'leader'],
	['分管领导', 'leader'], ['分管領導', 'leader'],
	['联系领导', 'leader'], ['聯繫領導', 'leader'],
	['责任人', 'leader'], ['責任人', 'leader'],
	['完成时限', 'deadline'], ['完成時限', 'deadline'],
	['时间节点', 'deadline'], ['時間節點', 'deadline'],
	['完成时间', 'deadline'], ['完成時間', 'deadline'],
	['完成期限', 'deadline'],
	['时限要求', 'deadline'], ['時限要求', 'deadline'],
	['年度目标', 'content'], ['年度目標', 'content'],
	['主要任务', 'content'], ['主要任務', 'content'],
	['工作目标', 'content'], ['工作目標', 'content'],
	['工作措施', 'content'],
	['具体任务', 'content'], ['具體任務', 'content'],
] as Array<[string, FieldRole]>).sort((a, b) => b[0].length - a[0].length);

const ROLE_BY_LABEL = new Map(LABELS);

const LABEL_LENGTHS = [...new Set(LABELS.map(([label]) => label.length))].sort((a, b) => b - a);

export interface LabelMatch {
	label: string;
	role: FieldRole;
	/** Offsets within the scanned string: the label, and the end of its colon. */
	start: number;
	labelEnd: number;
	end: number;
}

const OPENERS = new Set(['（', '(', '【', '[', '〔', '［']);
const SEPARATORS = new Set(['；', ';', '。', '，', ',', '、', ' ', '\t', '\u3000', '|', '│', '┃']);
const CLOSERS = new Set(['）', ')', '】', ']', '〕', '］']);

/**
 * Every field label in `text` that stands at the start or after a separator or an opening bracket:
 * a label, optional spaces, then a colon.
 */
export function findLabels(text: string): LabelMatch[] {
	return findLabelsIn(text, 0, text.length);
}

/**
 * The labels of `text` between `from` and `to`, read as if that were the whole string, with offsets
 * into `text`. Found from their colons backwards, so prose without a colon costs one scan and no allocation.
 */
export function findLabelsIn(text: string, from: number, to: number): LabelMatch[] {
	let result: LabelMatch[] | undefined;
	for (let colon = from; colon < to; colon++) {
		const code = text.charCodeAt(colon);
		if (code !== 0xff1a /* ： */ && code !== 0x3a /* : */) {
			continue;
		}
		let labelEnd = colon;
		while (labelEnd > from && isWhiteSpace(text.charCodeAt(labelEnd - 1))) {
			labelEnd--;
		}
		for (const length of LABEL_LENGTHS) {
			const start = labelEnd - length;
			if (start < from) {
				continue;
			}
			const label = text.slice(start, labelEnd);
			const role = ROLE_BY_LABEL.get(label);
			if (role === undefined) {
				continue;
			}
			// The longest label ending here decides; the character before it must not continue a word.
			const before = start === from ? '' : text[start - 1];
			if (before === '' || SEPARATORS.has(before) || OPENERS.has(before) || CLOSERS.has(before)) {
				(result ??= []).push({ label, role, start, labelEnd, end: colon + 1 });
			}
			break;
		}
	}
	return result ?? NO_LABELS;
}

const NO_LABELS: LabelMatch[] = [];

export function isOpeningBracket(char: string): boolean {
	return OPENERS.has(char);
}
