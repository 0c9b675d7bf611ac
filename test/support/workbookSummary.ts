import * as assert from 'node:assert/strict';
import * as ExcelJS from 'exceljs';

const CELL_LENGTH = 24;
const ROLE_HEADING = /^(牵头|责任|配合)（(\d+) 项）$/;
const UNIT_HEADING = /^(?:(\d+)\. )?(.+?)　牵头 (\d+) 项 · 责任 (\d+) 项 · 配合 (\d+) 项 · 共 (\d+) 项/;

/** A cell's text as the workbook holds it. */
export function text(cell: ExcelJS.Cell): string {
	const value = cell.value;
	if (value === null || value === undefined) {
		return '';
	}
	if (typeof value === 'object' && 'richText' in value) {
		return value.richText.map((run) => run.text).join('');
	}
	return String(value);
}

const short = (value: string) => {
	const line = value.replace(/\n/g, '⏎');
	return line.length > CELL_LENGTH ? line.slice(0, CELL_LENGTH) + '…' : line;
};

/** Headers of a sheet's second row, by column number. */
export function headers(sheet: ExcelJS.Worksheet): string[] {
	const result: string[] = [];
	sheet.getRow(2).eachCell({ includeEmpty: true }, (cell, column) => {
		result[column - 1] = text(cell);
	});
	return result;
}

/** A row is a heading when its first cell is merged across the row. */
function isHeading(sheet: ExcelJS.Worksheet, row: ExcelJS.Row): boolean {
	const last = row.getCell(sheet.columnCount);
	return row.getCell(1).isMerged && last.isMerged && last.master.address === row.getCell(1).address;
}

/** Print settings, frozen header, column widths and header style: checked, then printed. */
function describeLayout(sheet: ExcelJS.Worksheet): string[] {
	const setup = sheet.pageSetup;
	assert.equal(setup.paperSize, 9, `${sheet.name}: A4`);
	assert.equal(setup.orientation, 'landscape', `${sheet.name}: landscape`);
	assert.equal(setup.fitToPage, true);
	assert.equal(setup.fitToWidth, 1);
	assert.equal(setup.fitToHeight, 0);
	assert.equal(setup.printTitlesRow, '1:2', `${sheet.name}: the title and header rows print on every page`);
	const view = sheet.views[0] as ExcelJS.WorksheetViewFrozen;
	assert.equal(view.state, 'frozen');
	assert.equal(view.ySplit, 2);
	const header = sheet.getRow(2);
	header.eachCell((cell) => {
		assert.equal(cell.font?.bold, true, `${sheet.name}!${cell.address}: bold header`);
		assert.equal(cell.alignment?.wrapText, true);
	});
	const widths = headers(sheet).map((name, index) => `${name} ${sheet.getColumn(index + 1).width}`);
	return [
		`print: A4 landscape, 1 page wide, rows ${setup.printTitlesRow} on every page, margins ${setup.margins?.left}/${setup.margins?.right}/${setup.margins?.top}/${setup.margins?.bottom} in; frozen below row ${view.ySplit}; footer ${sheet.headerFooter.oddFooter}`,
		`columns: ${widths.join(' | ')}`,
		`title: ${text(sheet.getRow(1).getCell(1))}`,
	];
}

/** Every data row has wrapped, top-aligned, bordered cells and a height that holds its text. */
function checkBodyRow(sheet: ExcelJS.Worksheet, row: ExcelJS.Row): void {
	assert.ok((row.height ?? 0) >= 15, `${sheet.name} row ${row.number}: a height`);
	for (let column = 1; column <= sheet.columnCount; column++) {
		const cell = row.getCell(column);
		assert.equal(cell.alignment?.wrapText, true, `${sheet.name}!${cell.address}: wrapped`);
		assert.ok(cell.border?.top && cell.border?.bottom, `${sheet.name}!${cell.address}: bordered`);
	}
}

function taskSheet(sheet: ExcelJS.Worksheet): string[] {
	const lines = describeLayout(sheet);
	const columns = headers(sheet);
	assert.equal(columns[columns.length - 1], '进展情况');
	for (let number = 3; number <= sheet.rowCount; number++) {
		const row = sheet.getRow(number);
		checkBodyRow(sheet, row);
		if (isHeading(sheet, row)) {
			lines.push(`${number} ## ${text(row.getCell(1))}`);
			continue;
		}
		const cells = columns.map((_, index) => text(row.getCell(index + 1)));
		assert.equal(cells[columns.length - 1], '', 'the 进展情况 column is left blank');
		lines.push(`${number} ${cells.slice(0, -1).map(short).join(' | ')}`);
	}
	return lines;
}

export interface UnitGroup {
	heading: string;
	name: string;
	roles: Record<string, string[]>;
}

/** The lists of a 一单位一清单 sheet, checked: each unit's and role's count is the number of its rows. */
export function unitGroups(sheet: ExcelJS.Worksheet): { groups: UnitGroup[]; total: string } {
	const columns = headers(sheet);
	const roleColumn = columns.indexOf('职责') + 1;
	const referenceColumn = columns.indexOf('序号') + 1;
	const noticeColumn = columns.indexOf('通知') + 1;
	const groups: UnitGroup[] = [];
	let role: string | undefined;
	let total = '';
	for (let number = 3; number <= sheet.rowCount; number++) {
		const row = sheet.getRow(number);
		checkBodyRow(sheet, row);
		const first = text(row.getCell(1));
		if (isHeading(sheet, row)) {
			const roleMatch = ROLE_HEADING.exec(first);
			if (roleMatch) {
				role = roleMatch[1];
				assert.equal(row.outlineLevel, 1, 'role rows are outline level 1');
				groups[groups.length - 1].roles[role] = [];
			} else if (UNIT_HEADING.test(first)) {
				const match = UNIT_HEADING.exec(first)!;
				groups.push({ heading: first, name: match[2], roles: {} });
				role = undefined;
			} else {
				assert.match(first, /^合计：/);
				assert.equal(number, sheet.rowCount, 'the total closes the sheet');
				total = first;
			}
			continue;
		}
		assert.ok(role, `${sheet.name} row ${number}: a task under a role heading`);
		assert.equal(text(row.getCell(roleColumn)), role, `${sheet.name} row ${number}: its 职责 is its group's`);
		assert.equal(row.outlineLevel, 2);
		const reference = text(row.getCell(referenceColumn));
		groups[groups.length - 1].roles[role!].push(noticeColumn > 0 ? `${text(row.getCell(noticeColumn))}:${reference}` : reference);
	}
	for (const group of groups) {
		const match = UNIT_HEADING.exec(group.heading)!;
		const counts = { 牵头: Number(match[3]), 责任: Number(match[4]), 配合: Number(match[5]) };
		for (const [name, count] of Object.entries(counts)) {
			assert.equal(group.roles[name]?.length ?? 0, count, `${group.name}: ${name} count is its number of rows`);
		}
		assert.equal(Number(match[6]), counts.牵头 + counts.责任 + counts.配合, `${group.name}: the total is the sum`);
	}
	return { groups, total };
}

function unitSheet(sheet: ExcelJS.Worksheet): string[] {
	const lines = describeLayout(sheet);
	const { groups, total } = unitGroups(sheet);
	for (const group of groups) {
		lines.push(group.heading);
		for (const [role, references] of Object.entries(group.roles)) {
			lines.push(`  ${role}: ${references.join(' ')}`);
		}
	}
	lines.push(total);
	return lines;
}

/** The flat sheet's records (one header row, then a task a row), as records by header. */
export function flatRecords(sheet: ExcelJS.Worksheet): Array<Record<string, string>> {
	const names: string[] = [];
	sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
		names[column - 1] = text(cell);
	});
	const records: Array<Record<string, string>> = [];
	for (let number = 2; number <= sheet.rowCount; number++) {
		const row = sheet.getRow(number);
		records.push(Object.fromEntries(names.map((name, index) => [name, text(row.getCell(index + 1))])));
	}
	return records;
}

/** The flat sheet for filters: one frozen header row with a filter over every column, no merged heading, every row a task. */
function flatSheet(sheet: ExcelJS.Worksheet): string[] {
	const view = sheet.views[0] as ExcelJS.WorksheetViewFrozen;
	assert.equal(view.state, 'frozen');
	assert.equal(view.ySplit, 1);
	assert.equal(sheet.pageSetup.printTitlesRow, '1:1');
	const records = flatRecords(sheet);
	const columns = Object.keys(records[0] ?? {});
	for (let number = 1; number <= sheet.rowCount; number++) {
		assert.equal(sheet.getRow(number).getCell(1).isMerged, false, `${sheet.name}: row ${number} is no merged heading`);
	}
	const filter = sheet.autoFilter as unknown as string | { from: string; to: string } | undefined;
	return [
		`filter: ${typeof filter === 'string' ? filter : `${filter?.from}:${filter?.to}`}; frozen below row 1; ${records.length} rows`,
		...records.map((record) => columns.filter((name) => ['章节', '序号', '牵头单位'].includes(name)).map((name) => record[name]).join(' | ')),
	];
}

/**
 * A summary of an exported workbook that a reviewer can read, built only from what the file holds
 * (read back with exceljs), after checking its structure: print settings, frozen header, counts.
 */
export async function summarizeWorkbook(file: string): Promise<string> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(file);
	const sheets = workbook.worksheets;
	const lines = [`sheets (${sheets.length}): ${sheets.map((sheet) => sheet.name).join(', ')}; opens on ${sheets[workbook.views[0]?.activeTab ?? 0].name}`];
	assert.equal(sheets[0].name, '任务分解表');
	assert.equal(sheets[1].name, '一单位一清单');
	assert.equal(sheets[sheets.length - 1].name, '说明');
	lines.push('', '## 任务分解表', ...taskSheet(sheets[0]));
	lines.push('', '## 一单位一清单', ...unitSheet(sheets[1]));
	const flat = sheets[2];
	assert.equal(flat.name, '明细（筛选用）');
	lines.push('', '## 明细（筛选用）', ...flatSheet(flat));
	const perUnit = sheets.slice(3, -1);
	if (perUnit.length > 0) {
		const lists = unitGroups(sheets[1]).groups;
		assert.equal(perUnit.length, lists.length, 'one sheet per unit');
		lines.push('', `## ${perUnit.length} sheets, one per unit`);
		perUnit.forEach((sheet, index) => {
			describeLayout(sheet);
			const [own] = unitGroups(sheet).groups;
			assert.equal(own.name, lists[index].name, `${sheet.name}: the unit of the list at the same place`);
			assert.deepEqual(own.roles, lists[index].roles, `${sheet.name}: the same tasks as in 一单位一清单`);
			lines.push(`${sheet.name}: ${Object.entries(own.roles).map(([role, references]) => `${role} ${references.length}`).join(' · ')}`);
		});
	}
	const about = sheets[sheets.length - 1];
	// The version changes with every release; the golden files should not.
	lines.push('', '## 说明', `title: ${text(about.getRow(1).getCell(1)).replace(/breakdown \S+/, 'breakdown <version>')}`);
	for (let number = 3; number <= about.rowCount; number++) {
		const row = about.getRow(number);
		const cells: string[] = [];
		row.eachCell({ includeEmpty: true }, (cell) => cells.push(text(cell).replace(/\n/g, '⏎')));
		lines.push(isHeading(about, row) ? `## ${cells[0]}` : cells.join(' | ').replace(/( \| )+$/, ''));
	}
	return lines.join('\n') + '\n';
}
