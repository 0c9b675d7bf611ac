import * as path from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import type { WorkbookWriter } from '../core/features/tableExport';

export type WorkbookModule = typeof import('./writeWorkbook');

/**
 * exceljs is large (3 MB bundled): the CLI and the server load the workbook writer from its own
 * bundle beside theirs (dist/workbook.js) only when they write a workbook, so neither starts slower.
 */
export function loadWorkbookModule(): WorkbookModule {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return require(path.join(__dirname, 'workbook.js'));
}

/** The server's workbook writer: the workbook written in memory, as base64 for the editor to save. */
export function workbookWriter(version: string, load: () => WorkbookModule = loadWorkbookModule): WorkbookWriter {
	return async (table, lists, options) => {
		const bytes = await collect((sink) => load().writeWorkbook(table, lists, { ...options, version }, sink));
		return bytes.toString('base64');
	};
}

/** What `write` writes to a stream, as one buffer. */
export async function collect(write: (sink: Writable) => Promise<void>): Promise<Buffer> {
	const sink = new PassThrough();
	const chunks: Buffer[] = [];
	sink.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
	const ended = new Promise<void>((resolve, reject) => {
		sink.on('end', resolve);
		sink.on('error', reject);
	});
	await Promise.all([write(sink), ended]);
	return Buffer.concat(chunks);
}
