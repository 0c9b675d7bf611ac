import * as ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { ROLE_NAMES, taskColumns, unitColumns, type Column, type UnitEntry } from '../core/features/tableColumns';
import type { WorkbookOptions } from '../core/features/tableExport';
import type { TaskRow, TaskTable } from '../core/features/taskTable';
import { ROLE_ORDER, type UnitList } from '../core/features/unitLists';
import { sheetNames } from './sheetNames';

export type { WorkbookOptions };

export const TASK_SHEET = '任务分解表';
export const UNIT_SHEET = '一单位一清单';
export const ABOUT_SHEET = '说明';
export const FLAT_SHEET = '明细（筛选用）';
/** The title row and the header row, repeated at the top of every printed page. */
const HEADER_ROWS = 2;

const FONT = '宋体';
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** How each kind of row looks; tasks are plain, headings are filled and bold. */
const STYLES = {
	title: { font: { name: FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
	header: { font: { name: FONT, size: 11, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, fill: fill('FFD9E1F2'), border: THIN },
	notice: { font: { name: FONT, size: 12, bold: true }, alignment: { vertical: 'middle', wrapText: true }, fill: fill('FFBDD7EE'), border: THIN },
	section: { font: { name: FONT, size: 11, bold: true }, alignment: { vertical: 'middle', wrapText: true }, fill: fill('FFF2F2F2'), border: THIN },
	unit: { font: { name: FONT, size: 12, bold: true }, alignment: { vertical: 'middle', wrapText: true }, fill: fill('FFDDEBF7'), border: THIN },
	role: { font: { name: FONT, size: 11, bold: true }, alignment: { vertical: 'middle', wrapText: true }, fill: fill('FFF3F7FB'), border: THIN },
	task: { font: { name: FONT, size: 11 }, alignment: { vertical: 'top', wrapText: true }, border: THIN },
	problem: { font: { name: FONT, size: 11, color: { argb: 'FFC00000' } }, alignment: { vertical: 'top', wrapText: true }, border: THIN },
	total: { font: { name: FONT, size: 11, bold: true }, alignment: { vertical: 'middle', wrapText: true }, border: THIN },
} satisfies Record<string, Partial<ExcelJS.Style>>;

type StyleName = keyof typeof STYLES;

/**
 * The workbook: 任务分解表 (every task, under its headings), 一单位一清单 (every unit's tasks by
 * role, with counts per role and unit), 明细（筛选用） (every task on a line with its notice and
 * section, filters on its header), optionally one sheet per unit, and 说明 (the notices, their year and problems). Ready to print: A4 landscape, one page wide, title and header rows on every
 * page, frozen header, wrapped text, a blank 进展情况 column. Written as a stream, row by row, so
 * a workspace of a thousand notices does not hold the whole workbook in memory.
 */
export async function writeWorkbook(table: TaskTable, lists: readonly UnitList[], options: WorkbookOptions, stream: Writable): Promise<void> {
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
	workbook.creator = 'breakdown';
	workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: options.first === 'unit' ? 1 : 0, visibility: 'visible' }];
	const titleOf = (what: string) => (table.notices.length === 1 ? `${table.notices[0].title ?? table.notices[0].name}——${what}` : `${what}（${table.notices.length} 个通知）`);

	const context = new WriteContext();
	await writeTaskSheet(workbook, table, titleOf(TASK_SHEET), context);
	await writeUnitSheet(workbook, UNIT_SHEET, titleOf(UNIT_SHEET), table, lists, context);
	await writeFlatSheet(workbook, table, context);
	if (options.perUnitSheets) {
		const names = sheetNames(lists.map((list) => list.name), [TASK_SHEET, UNIT_SHEET, FLAT_SHEET, ABOUT_SHEET]);
		for (const [index, list] of lists.entries()) {
			await writeUnitSheet(workbook, names[index], `${list.name}——${UNIT_SHEET}`, table, [list], context);
		}
	}
	writeAboutSheet(workbook, table, lists, options, context);
	await workbook.commit();
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: ReadonlyArray<Column<never>>, outline: boolean, headerRows = HEADER_ROWS): ExcelJS.Worksheet {
	const sheet = workbook.addWorksheet(name, {
		pageSetup: {
			paperSize: 9 as ExcelJS.PaperSize, // A4
			orientation: 'landscape',
			fitToPage: true,
			fitToWidth: 1,
			fitToHeight: 0,
			horizontalCentered: true,
			margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
			printTitlesRow: `1:${headerRows}`,
		},
		headerFooter: { oddFooter: '&C第 &P 页，共 &N 页', evenFooter: '&C第 &P 页，共 &N 页' },
		views: [{ state: 'frozen', xSplit: 0, ySplit: headerRows, topLeftCell: `A${headerRows + 1}`, activeCell: `A${headerRows + 1}` }],
		properties: outline ? { outlineLevelRow: 2, outlineProperties: { summaryBelow: false } } : {},
	} as Partial<ExcelJS.AddWorksheetOptions>);
	sheet.columns = columns.map((column) => ({ width: column.width }));
	return sheet;
}

function writeHeader(sheet: ExcelJS.Worksheet, title: string, columns: ReadonlyArray<Column<never>>, context: WriteContext): void {
	addRow(sheet, [title], 'title', columns, { merge: true, height: 30 }, context);
	addRow(sheet, columns.map((column) => column.header), 'header', columns, {}, context);
}

async function writeTaskSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: TaskTable, title: string, context: WriteContext): Promise<void> {
	const columns = taskColumns(table, 'sheet');
	const sheet = addSheet(workbook, TASK_SHEET, columns, false);
	writeHeader(sheet, title, columns, context);
	let notice = -1;
	for (const row of table.rows) {
		if (table.notices.length > 1 && row.notice !== notice) {
			notice = row.notice;
			const info = table.notices[notice];
			addRow(sheet, [`通知：${info.name}${info.title && info.title !== info.name ? `　${info.title}` : ''}`], 'notice', columns, { merge: true }, context);
		}
		if (row.kind === 'section') {
			addRow(sheet, [row.heading], 'section', columns, { merge: true, indent: row.depth }, context);
		} else {
			addTaskRow(sheet, columns, row, 0, context);
		}
		await context.pace();
	}
	const tasks = table.rows.filter((row) => row.kind === 'task') as TaskRow[];
	addRow(sheet, [`合计：${tasks.length} 项任务，其中 ${tasks.filter((row) => row.problems.length > 0).length} 项有问题（见“问题”列）`], 'total', columns, { merge: true }, context);
	sheet.commit();
}

async function writeUnitSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, title: string, table: TaskTable, lists: readonly UnitList[], context: WriteContext): Promise<void> {
	const columns = unitColumns(table, 'sheet');
	const sheet = addSheet(workbook, name, columns, true);
	writeHeader(sheet, title, columns, context);
	const hasRegistry = table.notices.some((notice) => notice.registries.length > 0);
	for (const [index, list] of lists.entries()) {
		const counts = ROLE_ORDER.map((role) => `${ROLE_NAMES[role]} ${list[role].length} 项`).join(' · ');
		const notes = [list.spellings.length > 0 ? `又作：${list.spellings.join('、')}` : '', hasRegistry && !list.registered ? '未列入单位名录' : ''].filter(Boolean);
		const heading = `${lists.length > 1 ? `${index + 1}. ` : ''}${list.name}　${counts} · 共 ${list.total} 项${notes.length > 0 ? `（${notes.join('；')}）` : ''}`;
		addRow(sheet, [heading], 'unit', columns, { merge: true }, context);
		for (const role of ROLE_ORDER) {
			if (list[role].length === 0) {
				continue;
			}
			addRow(sheet, [`${ROLE_NAMES[role]}（${list[role].length} 项）`], 'role', columns, { merge: true, outline: 1 }, context);
			for (const row of list[role]) {
				addTaskRow(sheet, columns, { list, role, row }, 2, context);
				await context.pace();
			}
		}
	}
	const entries = lists.reduce((sum, list) => sum + list.total, 0);
	addRow(sheet, [`合计：${lists.length} 个单位，${entries} 项（一项任务由几个单位分担时，在每个单位下各计一次）`], 'total', columns, { merge: true }, context);
	sheet.commit();
}

/**
 * Every task on a line of its own with its notice and section (the CSV's columns), under one header
 * row with filters: the sheet a 督查 office sorts, filters by unit and pivots. The task sheet's
 * heading rows, made for print, are lost to a sort and break a filter's ranges (a features tester).
 */
async function writeFlatSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: TaskTable, context: WriteContext): Promise<void> {
	const columns = taskColumns(table, 'flat');
	const sheet = addSheet(workbook, FLAT_SHEET, columns, false, 1);
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
	addRow(sheet, columns.map((column) => column.header), 'header', columns, {}, context);
	for (const row of table.rows) {
		if (row.kind === 'task') {
			addTaskRow(sheet, columns, row, 0, context);
			await context.pace();
		}
	}
	sheet.commit();
}

function writeAboutSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: TaskTable, lists: readonly UnitList[], options: WorkbookOptions, context: WriteContext): void {
	const columns: Array<Column<never>> = [
		{ header: '通知', width: 24, value: () => '' },
		{ header: '标题', width: 48, value: () => '' },
		{ header: '年份（依据）', width: 14, value: () => '' },
		{ header: '任务数', width: 8, value: () => '' },
		{ header: '有问题的任务', width: 12, value: () => '' },
		{ header: '单位名录', width: 30, value: () => '' },
		{ header: '通知中其他问题', width: 40, value: () => '' },
	];
	const sheet = addSheet(workbook, ABOUT_SHEET, columns, false);
	writeHeader(sheet, `说明：由 breakdown ${options.version} 根据通知原文生成；“问题”列为检查发现的错误和警告；单位按${options.order === 'count' ? '任务数' : '单位名录顺序'}排列`, columns, context);
	const sources = { title: '标题', number: '文号', date: '日期' } as const;
	const doubtful = new Array<number>(table.notices.length).fill(0);
	for (const row of table.rows) {
		if (row.kind === 'task' && row.problems.length > 0) {
			doubtful[row.notice]++;
		}
	}
	table.notices.forEach((notice, index) => {
		addRow(
			sheet,
			[
				notice.name,
				notice.title ?? '',
				notice.year ? `${notice.year.year}（${sources[notice.year.source]}）` : '未知',
				String(notice.taskCount),
				String(doubtful[index]),
				notice.registries.length > 0 ? notice.registries.join('\n') : '无（单位未经名录核对）',
				notice.problems.map((problem) => problem.message).join('\n'),
			],
			'task',
			columns,
			{},
			context,
		);
	});
	addRow(sheet, [`共 ${table.notices.length} 个通知，${lists.length} 个单位`], 'total', columns, { merge: true }, context);
	sheet.commit();
}

/** What writing one workbook keeps between rows: its cell styles, and a row count to pace the stream. */
class WriteContext {
	private readonly cache = new Map<string, Partial<ExcelJS.Style>>();
	private rows = 0;

	/**
	 * Every thousand rows, lets the zip stream take what was written: rows written in one go pile up
	 * in memory, uncompressed, until the end of the sheet.
	 */
	async pace(): Promise<void> {
		if (++this.rows % 1000 === 0) {
			await new Promise((resolve) => setImmediate(resolve));
		}
	}

	/**
	 * Cell styles are shared objects, made once: exceljs serialises a style to find its id unless it
	 * has seen the same object before, and a million cells each with its own copy took most of the time.
	 */
	style(style: StyleName, variant: { indent?: number; center?: boolean } = {}): Partial<ExcelJS.Style> {
		const key = `${style}|${variant.indent ?? 0}|${variant.center ? 1 : 0}`;
		let look = this.cache.get(key);
		if (!look) {
			const base = STYLES[style] as Partial<ExcelJS.Style>;
			look = { ...base, alignment: { ...base.alignment, ...(variant.indent ? { indent: variant.indent } : {}), ...(variant.center ? { horizontal: 'center' } : {}) } };
			this.cache.set(key, look);
		}
		return look;
	}
}

function addTaskRow<Entry extends TaskRow | UnitEntry>(sheet: ExcelJS.Worksheet, columns: ReadonlyArray<Column<Entry>>, entry: Entry, outline: number, context: WriteContext): void {
	const values = columns.map((column) => column.value(entry));
	const row = addRow(sheet, values, 'task', columns, { outline }, context);
	columns.forEach((column, index) => {
		if (column.header === '问题' && values[index].length > 0) {
			row.getCell(index + 1).style = context.style('problem');
		} else if (column.header === '序号' || column.header === '职责') {
			row.getCell(index + 1).style = context.style('task', { center: true });
		}
	});
	row.commit();
}

interface RowOptions {
	/** One cell across the whole width (headings). */
	merge?: boolean;
	height?: number;
	indent?: number;
	outline?: number;
}

function addRow(sheet: ExcelJS.Worksheet, values: readonly string[], style: StyleName, columns: ReadonlyArray<Column<never>>, options: RowOptions, context: WriteContext): ExcelJS.Row {
	const row = sheet.addRow([...values]);
	const look = context.style(style, { indent: options.indent });
	for (let index = 1; index <= columns.length; index++) {
		row.getCell(index).style = look;
	}
	if (options.merge) {
		sheet.mergeCells(row.number, 1, row.number, columns.length);
	}
	// Excel and WPS fit a plain row to its wrapped text, but not a merged one, and LibreOffice fits
	// neither: every row gets a height from its text, so all three print the same.
	const widths = options.merge ? [columns.reduce((sum, column) => sum + column.width, 0)] : columns.map((column) => column.width);
	row.height = options.height ?? rowHeight(options.merge ? [values[0] ?? ''] : values, widths, STYLES[style].font.size);
	if (options.outline) {
		row.outlineLevel = options.outline;
	}
	if (style !== 'task') {
		row.commit();
	}
	return row;
}

/**
 * A height that shows all of each cell's wrapped text: lines per cell from the text's width in
 * Excel's units (the width of a digit of the default font: a Chinese character of an 11-point font
 * takes about 2.1, a Latin one about 1), 1.36 times the font size per line.
 */
export function rowHeight(values: readonly string[], widths: readonly number[], fontSize: number): number {
	const scale = fontSize / 11;
	let lines = 1;
	values.forEach((value, index) => {
		const room = Math.max(1, (widths[index] ?? 8.43) - 1);
		let cellLines = 0;
		for (const line of value.split('\n')) {
			let units = 0;
			for (let at = 0; at < line.length; at++) {
				// A character outside the BMP counts twice as wide: room to spare, never too little.
				units += line.charCodeAt(at) >= 0x2e80 ? 2.1 : 1.05;
			}
			// Latin words and numbers do not break inside: a little slack for the ragged right edge.
			cellLines += Math.max(1, Math.ceil((units * scale * 1.04) / room));
		}
		lines = Math.max(lines, cellLines);
	});
	return Math.min(409, Math.ceil(lines * fontSize * 1.36 + 4));
}
