import { foldVocabulary } from '../text/vocabularyFold';
import { labelRole, type FieldRole } from './fieldLabels';

/** What a table column holds, from its header cell. */
export type ColumnRole =
	/** 序号 */
	| 'number'
	/** 工作任务, 目标任务, 2022年预期目标, 任务名称, 民生实事: the task's text. */
	| 'task'
	/** A column of units or leaders or deadlines, as the label of the same words says. */
	| Exclude<FieldRole, 'content'>
	/** 进展情况, 完成情况, 备注: text about the task, never units. */
	| 'note'
	/** 类别, 领域: a category, often a merged cell over several rows. */
	| 'category';

const NUMBER = /^(序号|编号|序|号|项次|排序)$/;
const TASK = /(任务|目标|内容|事项|措施|指标|项目|工作|要点|举措|实事|(任务|项目|工作|事项|指标)名称)$/;
/**
 * The detailed work a task column's merged cell groups (广东省卫生健康委 2021: `序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限`,
 * `5 | 常规政务公开事项 | 强化行政执法信息公开… | 政法处`): the task's own text, so the 工作任务 column before it is
 * the merged one a short row leaves out (`6 | 积极推进部门所属单位预算、决算及相关报表公开 | 财务处 | …`).
 */
const DETAILED_TASK = /^细化分工$/;
/**
 * The target a task column's row names (上城 2019: `任 务 名 称 | 指 标 要 求`, `地区生产总值 | 增长5.5%`; `目标值`):
 * more of the task's text, as a second task column is, not a column left out of the export.
 */
const TARGET = /(指标|目标)(要求|值)$/;
/** A note after the header word: `重点工作任务(杭州市2项配合工作)`. */
const TRAILING_NOTE = /(?<=.)[（(][^（）()]{1,20}[)）]$/;
const NOTE = /(情况|进展|进度|备注|说明|成效|举措落实)$/;

/**
 * A note that says how far the task has come: 实际完成情况, 进展情况, 推进情况, 工作进展 (實際完成情況, 进 展 情 况 as
 * written), a field's label or a table's column; 备注 is a remark (`备注:5月30日前完成`), not progress. Folded.
 */
export function isProgressLabel(label: string): boolean {
	return PROGRESS_LABEL.test(label);
}

const PROGRESS_LABEL = /情\s*况|进\s*展/;
/** `类别`, and the kind of what the rows list written before it (`事项分类`, 金东 2024: a merged cell over a group of rows). */
const CATEGORY = /^(?:(?:事项|项目|任务|工作|实事)?(?:类别|分类|类型)|领域|板块|专项|年度|年份)$/;
const LEADER = /(领导|责任人|负责人)$/;
const DEADLINE = /(时限|时间|期限|节点)$/;
const UNIT_COLUMN = /(单位|部门)$/;
/**
 * The offices of an organ's own task list (广东省卫生健康委 2021 台账: `序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限`;
 * a county bureau's `重點任務 | 工作內容 | 負責科室`, rows `政務服務 | … | 綜合科`): a unit column. Only a role word before
 * 处室/科室, so that a row's cell (`各责任科室`) stays no header word.
 */
const OFFICE_COLUMN = /^(?:责任|负责|牵头|主办|主责|承办|配合|协办|协同|参与)?(?:处室|科室)$/;
const DATA_PROVIDER = /^数据(提供|来源)(单位|部门)$/;

/**
 * The role of a header cell (`序号`, `目  标  任  务`, `牵头单位`, `責任單位`, `完成时限`), spaces
 * and a trailing `|` ignored; undefined for a cell that is no header word.
 */
export function columnRole(cell: string): ColumnRole | undefined {
	const word = headerWord(cell);
	if (word.length === 0 || word.length > 14) {
		return undefined;
	}
	if (NUMBER.test(word)) {
		return 'number';
	}
	if (DATA_PROVIDER.test(word)) {
		// 数据提供单位: a column about the figures, neither the task nor its units.
		return 'note';
	}
	const role = labelRole(word);
	if (role !== undefined) {
		return role === 'content' ? 'task' : role;
	}
	if (CATEGORY.test(word)) {
		return 'category';
	}
	if (LEADER.test(word)) {
		return 'leader';
	}
	if (DEADLINE.test(word)) {
		return 'deadline';
	}
	if (NOTE.test(word)) {
		return 'note';
	}
	const unitColumn = UNIT_COLUMN.test(word) || OFFICE_COLUMN.test(word);
	if (unitColumn && /(牵头|主办|主责)/.test(word)) {
		return 'lead';
	}
	if (unitColumn && /(配合|协|参与)/.test(word)) {
		return 'other';
	}
	if (unitColumn && word.length <= 6) {
		return 'responsible';
	}
	if (TASK.test(word) || TARGET.test(word) || DETAILED_TASK.test(word) || isJoinedTaskWord(word)) {
		return 'task';
	}
	return undefined;
}

/** Two header words joined by 和, 及 or 与, the first a task column's word. */
const JOINED_WORDS = /^(.{2,6}?)[和及与](.{2,6})$/;

/**
 * A task column named by two words, the task's first (长府〔2019〕5号: `序号 / 重要 项目 / 目标任务和工作要求 /
 * 主责部门 / 配合部门`): the column of the task's text and what it asks. Without it the table had no task
 * column, and its rows read as no task and no finding.
 */
function isJoinedTaskWord(word: string): boolean {
	const joined = JOINED_WORDS.exec(word);
	return joined !== null && TASK.test(joined[1]) && !UNIT_COLUMN.test(joined[2]);
}

/** A target column's header (`指 标 要 求`, `目标值`): see TARGET. */
export function isTargetLabel(label: string): boolean {
	return TARGET.test(headerWord(label));
}

/** A header cell's word: spaces, a trailing `|` and marks left out, folded to Simplified characters, a note after it left out. */
function headerWord(cell: string): string {
	return foldVocabulary(cell.replace(/[\s\u3000|│┃*＊]+/g, '')).replace(TRAILING_NOTE, '');
}

/** The longest half of a header word a narrow cell wrapped (`牵头责任` / `单位`). */
const MAX_WRAPPED_HALF = 4;

/**
 * A header word a narrow cell wrapped over two lines (a Word table pasted as text: `牵头` / `单位`,
 * `完成` / `时限`, `序` / `号`): two short halves joining into a field label or 序号, the first no header
 * word alone (or one character), or a task column's word its first character wrapped off. A column's own
 * short word (`目标值`, then a column `单位` of measures) joins into no label.
 */
export function joinsWrappedHeader(upper: string, lower: string): boolean {
	const first = headerWord(upper);
	const second = headerWord(lower);
	if (first.length === 0 || second.length === 0 || first.length > MAX_WRAPPED_HALF || second.length > MAX_WRAPPED_HALF) {
		return false;
	}
	if (columnRole(first) !== undefined && first.length > 1) {
		return false;
	}
	const joined = first + second;
	if (NUMBER.test(joined) || labelRole(joined) !== undefined) {
		return true;
	}
	// A task column's word a cell one character wide wrapped (淮安 2020: `主` / `要 内 容`, then every column
	// after it stood one left): its first character alone, no word of its own. Two words stay two columns.
	return first.length === 1 && columnRole(first) === undefined && columnRole(joined) === 'task';
}

/** `单位`, `计量单位` beside a unit column of its own: the column of measures (`%`, `亿元`) in an indicator table. */
const MEASURE = /^(?:计量)?单位$/;

/**
 * The roles of a header's cells, a bare `单位` column read as measures where another column names the
 * units (`序号\t指标名称\t单位\t2025年目标\t牵头单位`: `%` and `亿元` are no units, nor their cell empty).
 */
/** The header of a column of measures (see withMeasureColumns). */
export function isMeasureLabel(label: string): boolean {
	return MEASURE.test(headerWord(label));
}

export function withMeasureColumns(labels: readonly string[], roles: ReadonlyArray<ColumnRole | undefined>): Array<ColumnRole | undefined> {
	const measures = labels.map(isMeasureLabel);
	if (!measures.includes(true) || !roles.some((role, index) => isUnitColumn(role) && !measures[index])) {
		return [...roles];
	}
	return roles.map((role, index) => (measures[index] ? undefined : role));
}

export function isUnitColumn(role: ColumnRole | undefined): boolean {
	return role === 'lead' || role === 'responsible' || role === 'other' || role === 'assignment';
}

/**
 * Header cells make a header row when they name a unit column and a number or task column, and at
 * least two of them are header words.
 */
export function isHeaderRow(roles: ReadonlyArray<ColumnRole | undefined>): boolean {
	let known = 0;
	let units = false;
	let anchor = false;
	for (const role of roles) {
		if (role === undefined) {
			continue;
		}
		known++;
		units ||= isUnitColumn(role);
		anchor ||= role === 'number' || role === 'task';
	}
	return known >= 2 && units && anchor;
}
