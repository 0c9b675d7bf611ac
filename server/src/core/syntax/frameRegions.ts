import type { Span } from '../text/lineIndex';
import type { TableCell, TableRow } from './structure';

/** A column's stretch of a frame between two rules: its cell once text is written in it, the row holding that text, every row beside it. */
interface Region {
	cell: TableCell | undefined;
	owner: TableRow | undefined;
	rows: TableRow[];
}

/**
 * The cells of a table drawn in a frame, column by column. Old notices drawn in Word merge cells:
 * the frame closes a column's cell only where a rule is drawn under it (`├──────┤ │ │ │` closes
 * the task cell, the others run on), so a unit cell may stand beside several rows, its text running
 * down beside them from the top (or written lower, centred). Its text, and the units read from it,
 * are the row's where the text starts; every other row beside it takes it as merged
 * (`TableRow.mergedCells`, given when the cell's region closes). The rows stay apart: a merged cell
 * is not one task.
 */
export class FrameRegions {
	private regions: Region[] = [];

	/** A rule across the frame, or a row that starts with none drawn under the row before: every region ends. */
	closeAll(): void {
		for (const region of this.regions) {
			close(region);
		}
		this.regions = [];
	}

	/** A rule under `column` alone: its region ends; `current`, when its row goes on below the rule, is beside the next one. */
	closeColumn(column: number, current: TableRow | undefined): void {
		close(this.regions[column]);
		this.regions[column] = { cell: undefined, owner: undefined, rows: current ? [current] : [] };
	}

	/** A row starts: it stands beside every region open. */
	rowStarted(row: TableRow, columns: number): void {
		for (let column = 0; column < columns; column++) {
			(this.regions[column] ??= { cell: undefined, owner: undefined, rows: [] }).rows.push(row);
		}
	}

	/**
	 * Text in `column` on a line of `current`: the region's cell, made in `current` with its first
	 * text. Only a unit cell's text (`runsOn`) goes on beside the rows below as its first row's: the
	 * others (task text, a leader, a deadline) are the text of the row they stand in, whose span they keep.
	 */
	piece(column: number, piece: Span, current: TableRow, runsOn: boolean): void {
		const region = (this.regions[column] ??= { cell: undefined, owner: undefined, rows: [current] });
		if (region.cell && (region.owner === current || runsOn)) {
			region.cell.pieces.push({ ...piece });
			return;
		}
		const cell: TableCell = { column, pieces: [{ ...piece }] };
		current.cells.push(cell);
		current.cells.sort((a, b) => a.column - b.column);
		region.cell = cell;
		region.owner = current;
	}
}

function close(region: Region | undefined): void {
	if (!region?.cell) {
		return;
	}
	const { cell, owner } = region;
	for (const row of region.rows) {
		if (row !== owner) {
			(row.mergedCells ??= []).push(cell);
		}
	}
}
