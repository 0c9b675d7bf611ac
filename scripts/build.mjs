// Bundles the server, the CLI, the client, its webview and the tests with esbuild. Type checking is `tsc` (npm run typecheck).
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeNonAscii } from './asciiOutput.mjs';

const { version, homepage } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

const common = {
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	sourcemap: production ? false : 'linked',
	sourcesContent: false,
	minify: production,
	logLevel: 'warning',
	define: { BREAKDOWN_VERSION: JSON.stringify(version), BREAKDOWN_HOMEPAGE: JSON.stringify(homepage ?? '') },
};

/**
 * archiver-utils (under exceljs's streaming writer) still calls `new Buffer(…)`; bundled outside
 * node_modules that prints a deprecation warning on every export. Same behaviour, current calls.
 */
const currentBufferCalls = {
	name: 'current-buffer-calls',
	setup(build) {
		build.onLoad({ filter: /[\\/]archiver-utils[\\/]index\.js$/ }, (args) => ({
			contents: readFileSync(args.path, 'utf8')
				.replace('new Buffer(size)', 'Buffer.alloc(size)')
				.replace('new Buffer(0)', 'Buffer.alloc(0)')
				.replace('new Buffer(source)', 'Buffer.from(source)'),
			loader: 'js',
		}));
	},
};
common.plugins = [currentBufferCalls];

function testEntries(folder, suffix = '.test.ts') {
	return readdirSync(folder).flatMap((name) => {
		const full = join(folder, name);
		if (statSync(full).isDirectory()) {
			return testEntries(full, suffix);
		}
		return name.endsWith(suffix) ? [full] : [];
	});
}

const builds = [
	esbuild.build({ ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } }),
	// The xlsx writer and exceljs (3 MB), loaded by the CLI only when it writes a workbook.
	esbuild.build({ ...common, entryPoints: { workbook: 'server/src/node/writeWorkbook.ts' }, outdir: 'dist' }),
	// pinyin-pro and its dictionary (0.5 MB), loaded by the server at its first reading by pinyin.
	esbuild.build({ ...common, entryPoints: { pinyin: 'server/src/node/pinyinModule.ts' }, outdir: 'dist' }),
	// The server (server-main.js) and what clients start, which runs it with V8's code cache (see codeCache.ts).
	esbuild.build({ ...common, entryPoints: { 'server-main': 'server/src/node/main.ts', server: 'server/src/node/serverEntry.ts' }, outdir: 'dist' }),
	esbuild.build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
	// The task-table webview: a browser script and its style sheet, the only files its panel lets it load.
	esbuild.build({
		bundle: true,
		platform: 'browser',
		format: 'iife',
		target: 'es2022',
		sourcemap: production ? false : 'linked',
		sourcesContent: false,
		minify: production,
		logLevel: 'warning',
		entryPoints: ['client/webview/taskTableView.ts', 'client/webview/taskTableView.css'],
		outdir: 'dist/webview',
	}),
];
if (process.argv.includes('--vscode-tests')) {
	// The extension-host suite: runTest.js starts VS Code; the suite runs inside it with mocha.
	builds.push(
		esbuild.build({
			...common,
			sourcemap: 'inline',
			entryPoints: ['test/vscode/runTest.ts', 'test/vscode/suite/index.ts', ...testEntries('test/vscode/suite', '.vscode-test.ts')],
			outdir: 'out/vscode-test',
			outbase: 'test/vscode',
			external: ['vscode', 'mocha', '@vscode/test-electron'],
		}),
	);
}
if (process.argv.includes('--e2e')) {
	// npm start, the end-to-end suite and the screenshots: run with Node, drive code-server and Chromium.
	builds.push(
		esbuild.build({
			...common,
			sourcemap: 'inline',
			entryPoints: ['scripts/e2e/start.ts', 'scripts/e2e/screenshots.ts', ...testEntries('test/e2e', '.e2e.ts')],
			outdir: 'out/e2e',
			entryNames: '[name]',
			external: ['playwright-core'],
		}),
	);
}
if (process.argv.includes('--nvim')) {
	// npm run test:nvim: Neovim's LSP client against dist/server.js.
	builds.push(esbuild.build({ ...common, sourcemap: 'inline', entryPoints: testEntries('test/nvim', '.nvim.ts'), outdir: 'out/nvim', entryNames: '[name]' }));
}
if (process.argv.includes('--bench')) {
	builds.push(esbuild.build({ ...common, sourcemap: 'inline', entryPoints: { run: 'bench/main.ts' }, outdir: 'out/bench' }));
}
if (process.argv.includes('--office')) {
	// npm run test:office: exported workbooks opened by LibreOffice.
	builds.push(esbuild.build({ ...common, sourcemap: 'inline', entryPoints: testEntries('test/office', '.office.ts'), outdir: 'out/office', entryNames: '[name]' }));
}
if (process.argv.includes('--corpus')) {
	builds.push(esbuild.build({ ...common, sourcemap: 'inline', entryPoints: { corpus: 'scripts/corpus.ts' }, outdir: 'out' }));
}
if (process.argv.includes('--fuzz')) {
	builds.push(esbuild.build({ ...common, sourcemap: 'inline', entryPoints: { fuzz: 'scripts/fuzz.ts' }, outdir: 'out' }));
}
if (process.argv.includes('--tests')) {
	// Made afresh: a bundle of a test file since removed would still run (`node --test out/test/`) with the code it was built from.
	rmSync('out/test', { recursive: true, force: true });
	builds.push(esbuild.build({ ...common, sourcemap: 'inline', entryPoints: testEntries('test'), outdir: 'out/test', outbase: 'test', external: ['vscode', 'typescript'] }));
}
await Promise.all(builds);
if (production) {
	// What the .vsix ships is ASCII (its bundles have no source maps whose columns an escape would move): see asciiOutput.mjs.
	for (const file of [...readdirSync('dist').map((name) => join('dist', name)), ...readdirSync('dist/webview').map((name) => join('dist/webview', name))]) {
		if (file.endsWith('.js')) {
			writeFileSync(file, escapeNonAscii(readFileSync(file, 'utf8')));
		}
	}
}
// The CLI is a package `bin`: it runs by its shebang.
chmodSync('dist/cli.js', 0o755);
