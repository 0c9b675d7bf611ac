// `npm run test:office`: exported workbooks opened by a real spreadsheet program. LibreOffice
// (headless, from Debian: .ci/run installs it as root) converts each to PDF; the PDF must have
// every page A4 landscape with the header row on it. UPDATE_IMAGES=1 also renders the first
// printed page of 一单位一清单 for the zhoushan sample to docs/images/ (poppler's pdftoppm).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/golden';

const root = repoRoot();
const cli = path.join(root, 'dist', 'cli.js');
const IMAGE = path.join(root, 'docs', 'images', 'export-unit-list-zhoushan.png');
const INSTALL = 'apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils fonts-wqy-microhei fonts-crosextra-carlito';

function which(command: string): string | undefined {
	const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
	return found.status === 0 ? found.stdout.trim() : undefined;
}

function exportWorkbook(args: string[], out: string): void {
	const result = spawnSync(process.execPath, [cli, 'export', ...args, '--out', out], { cwd: root, encoding: 'utf8' });
	assert.ok(result.status === 0 || result.status === 1, `export ${args.join(' ')}: ${result.stderr}`);
}

/** Converts the workbooks in one LibreOffice run; a fresh profile sometimes only initialises on its first start, so a missing PDF is retried once. */
function convert(soffice: string, workbooks: string[], folder: string): void {
	const profile = path.join(folder, 'profile');
	for (let attempt = 0; attempt < 2; attempt++) {
		const missing = workbooks.filter((file) => !fs.existsSync(pdfOf(file)));
		if (missing.length === 0) {
			return;
		}
		const result = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, ...missing], { encoding: 'utf8', timeout: 300_000 });
		assert.notEqual(result.status === null && result.signal, 'SIGTERM', 'LibreOffice timed out');
		assert.doesNotMatch(result.stderr ?? '', /Error:|error while loading|source file could not be loaded/i, result.stderr);
	}
	for (const file of workbooks) {
		assert.ok(fs.existsSync(pdfOf(file)), `LibreOffice made no PDF of ${path.basename(file)}`);
	}
}

const pdfOf = (file: string) => file.replace(/\.xlsx$/, '.pdf');

/** Page sizes in points, one per page. */
function pageSizes(pdf: string): Array<[number, number]> {
	const info = spawnSync('pdfinfo', ['-f', '1', '-l', '100000', pdf], { encoding: 'utf8' });
	assert.equal(info.status, 0, info.stderr);
	return [...info.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => [Number(match[1]), Number(match[2])]);
}

function pagesText(pdf: string): string[] {
	const result = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	assert.equal(result.status, 0, result.stderr);
	return result.stdout.split('\f').slice(0, -1);
}

test('LibreOffice opens every exported workbook and prints it: A4 landscape, the header on every page', (t) => {
	const soffice = which('soffice') ?? which('libreoffice');
	if (!soffice || !which('pdfinfo')) {
		t.skip(`LibreOffice or poppler-utils is not installed, so no workbook was opened in a spreadsheet program; as root: ${INSTALL}`);
		return;
	}
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-office-'));
	const workbooks: string[] = [];
	for (const name of fs.readdirSync(path.join(root, 'seeds')).filter((file) => file.endsWith('.txt')).sort()) {
		const out = path.join(folder, name.replace(/\.txt$/, '.xlsx'));
		exportWorkbook([`seeds/${name}`, ...(name.startsWith('zhoushan') ? ['--per-unit-sheets'] : [])], out);
		workbooks.push(out);
	}
	const all = path.join(folder, 'all-seeds.xlsx');
	exportWorkbook(['seeds/', '--order', 'count'], all);
	workbooks.push(all);
	convert(soffice, workbooks, folder);

	for (const workbook of workbooks) {
		const pdf = pdfOf(workbook);
		const sizes = pageSizes(pdf);
		assert.ok(sizes.length > 0, `${path.basename(pdf)}: pages`);
		for (const [width, height] of sizes) {
			assert.ok(Math.abs(width - 841.9) < 2 && Math.abs(height - 595.3) < 2, `${path.basename(pdf)}: A4 landscape, got ${width} x ${height}`);
		}
		const pages = pagesText(pdf);
		assert.equal(pages.length, sizes.length);
		pages.forEach((page, index) => {
			// Every sheet repeats its title and header rows (print titles): 进展情况 ends the tables' header, 通知中其他问题 the 说明 sheet's.
			assert.match(page, /进展情况|通知中其他问题/, `${path.basename(pdf)} page ${index + 1}: the header row is printed`);
		});
	}

	const zhoushan = pagesText(pdfOf(workbooks.find((file) => path.basename(file).startsWith('zhoushan'))!));
	const first = zhoushan.findIndex((page) => page.includes('——一单位一清单'));
	assert.ok(first > 0, 'the 一单位一清单 sheet follows the task sheet');
	assert.match(zhoushan[first], /1\. 市发改委/);
	if (process.env.UPDATE_IMAGES === '1') {
		const prefix = path.join(folder, 'unit-list');
		const render = spawnSync('pdftoppm', ['-png', '-r', '110', '-f', String(first + 1), '-l', String(first + 1), '-singlefile', pdfOf(workbooks.find((file) => path.basename(file).startsWith('zhoushan'))!), prefix]);
		assert.equal(render.status, 0, String(render.stderr));
		fs.mkdirSync(path.dirname(IMAGE), { recursive: true });
		fs.copyFileSync(`${prefix}.png`, IMAGE);
	}
	fs.rmSync(folder, { recursive: true, force: true });
});
