// The export row of the benchmark: `breakdown export` of the whole workspace to one workbook, run as
// the CLI runs (a process of its own), timed, with its peak resident memory.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface ExportFigures {
	exportMs: number;
	exportPeakRssMB: number;
	exportMB: number;
	exportTasks: number;
}

/** Exports the notices under `folder` to xlsx with dist/cli.js; a preloaded hook records the process's peak RSS as it exits. */
export async function measureExport(root: string, folder: string, work: string): Promise<ExportFigures> {
	const out = path.join(work, 'workspace.xlsx');
	const rssFile = path.join(work, 'export-rss.txt');
	const hook = path.join(work, 'record-rss.js');
	fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
	const started = performance.now();
	const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
		const child = spawn(process.execPath, ['--require', hook, path.join(root, 'dist', 'cli.js'), 'export', folder, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
		let text = '';
		child.stderr.on('data', (chunk) => (text += chunk));
		child.on('close', (exitCode) => resolve({ code: exitCode, stderr: text }));
	});
	const exportMs = performance.now() - started;
	if (code !== 0 && code !== 1) {
		throw new Error(`export failed (${code}): ${stderr}`);
	}
	const tasks = /、(\d+) 项任务、/.exec(stderr);
	return {
		exportMs,
		exportPeakRssMB: Number(fs.readFileSync(rssFile, 'utf8')) / 1024,
		exportMB: fs.statSync(out).size / 1e6,
		exportTasks: tasks ? Number(tasks[1]) : 0,
	};
}
