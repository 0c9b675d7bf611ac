// `npm run bench`: runs the benchmark at full scale (or `--smoke`), prints the budgets table and
// writes bench/results.json with the machine's description.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { budgets, FULL, measureGrowth, measureMedium, measureOutlineSideBySide, measureRegistrySize, runBenchmark, runCoreThroughput, runExportBenchmark, SMOKE, table } from './run';
import { pools } from './workloads';

async function main(): Promise<void> {
	const root = path.resolve(__dirname, '..', '..');
	const scale = process.argv.includes('--smoke') ? SMOKE : FULL;
	// --registry-only: just the keystroke row with a small and a large registry (nothing is written).
	if (process.argv.includes('--registry-only')) {
		const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-bench-'));
		const pool = pools(root);
		const small = await measureRegistrySize(root, pool, work, 100, scale.registryEdits);
		const large = await measureRegistrySize(root, pool, work, scale.registryLines, scale.registryEdits);
		fs.rmSync(work, { recursive: true, force: true });
		const show = (stat: typeof small) => `p50 ${stat.p50.toFixed(1)} p95 ${stat.p95.toFixed(1)} max ${stat.max.toFixed(1)} ms (n ${stat.n})`;
		process.stdout.write(`100-line registry: ${show(small)}\n${scale.registryLines}-line registry: ${show(large)}\nratio of p95: ${(large.p95 / small.p95).toFixed(2)} (budget ≤ 2)\n`);
		return;
	}
	// --core-only: the core-throughput row in this process, as one line of JSON (see coreThroughputInProcesses).
	if (process.argv.includes('--core-only')) {
		const figure = runCoreThroughput(root, scale);
		process.stdout.write(`${JSON.stringify(figure)}\n`);
		return;
	}
	// --medium-only: just the 200 KB notice's rows (open, outline, typing), beside the Markdown server's unless --ours-only; nothing is written.
	if (process.argv.includes('--medium-only')) {
		const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-bench-'));
		const pool = pools(root);
		const log = (line: string) => process.stdout.write(`  ${line}\n`);
		for (const kind of process.argv.includes('--ours-only') ? (['breakdown'] as const) : (['breakdown', 'markdown'] as const)) {
			await measureMedium(kind, root, scale, pool, work, log);
		}
		fs.rmSync(work, { recursive: true, force: true });
		return;
	}
	// --outline-only: just the outline's requests to both servers, alternating (the ratio rows' samples); nothing is written.
	if (process.argv.includes('--outline-only')) {
		const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-bench-'));
		const outlines = await measureOutlineSideBySide(root, scale, pools(root), work);
		fs.rmSync(work, { recursive: true, force: true });
		const show = (stat: typeof outlines.breakdown) => `p50 ${stat.p50.toFixed(2)} p95 ${stat.p95.toFixed(2)} ms`;
		process.stdout.write(`documentSymbol, ${scale.repeats} requests each, alternating: breakdown ${show(outlines.breakdown)}, markdown ${show(outlines.markdown)}; ratios p50 ${(outlines.breakdown.p50 / outlines.markdown.p50).toFixed(2)} p95 ${(outlines.breakdown.p95 / outlines.markdown.p95).toFixed(2)} (budget ≤ 0.5)\n`);
		return;
	}
	// --growth-only: just the keystroke row of the 200 KB notice against four times its size, each in a new server; nothing is written.
	if (process.argv.includes('--growth-only')) {
		const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-bench-'));
		const growth = await measureGrowth(root, pools(root), work, scale.noticeBytes, scale.growthEdits);
		fs.rmSync(work, { recursive: true, force: true });
		process.stdout.write(`keystroke → diagnostics p50 ${growth.small.p50.toFixed(2)} ms in ${scale.noticeBytes / 1000} KB, ${growth.large.p50.toFixed(2)} ms in ${(4 * scale.noticeBytes) / 1000} KB: ${(growth.large.p50 / growth.small.p50).toFixed(3)}× (budget ≤ 2)\n`);
		return;
	}
	// --export-only: just the export row (the workspace exported to xlsx by the CLI); results are not written.
	if (process.argv.includes('--export-only')) {
		const figures = await runExportBenchmark(root, scale, (line) => process.stdout.write(`  ${line}\n`));
		process.stdout.write(`\n${JSON.stringify(figures)}\n`);
		return;
	}
	// --ours-only: skip the Markdown server (its ratios print as failing); results are then not written.
	const oursOnly = process.argv.includes('--ours-only');
	const results = await runBenchmark(root, scale, (line) => process.stdout.write(`  ${line}\n`), !oursOnly);
	const rows = budgets(results);
	process.stdout.write(`\n${table(rows)}\n`);
	if (scale === FULL && !oursOnly) {
		fs.writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify({ date: new Date().toISOString(), ...results, budgets: rows }, null, 2) + '\n');
		process.stdout.write('\nwritten to bench/results.json\n');
	}
}

main().catch((error) => {
	process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
	process.exit(1);
});
