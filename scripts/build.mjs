// Bundles the server, the CLI and the tests with esbuild. Type checking is `tsc` (npm run typecheck).
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
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
	define: { BREAKDOWN_VERSION: JSON.stringify(version) },
};

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
	esbuild.build({ ...common, entryPoints: { server: 'server/src/node/main.ts' }, outdir: 'dist' }),
	esbuild.build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
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
if (process.argv.includes('--bench')) {
	builds.push(esbuild.build({ ...common, sourcemap: 'inline', entryPoints: { run: 'bench/main.ts' }, outdir: 'out/bench' }));
}
if (process.argv.includes('--corpus')) {
	builds.push(esbuild.build({ ...common, sourcemap: 'inline', entryPoints: { corpus: 'scripts/corpus.ts' }, outdir: 'out' }));
}
if (process.argv.includes('--fuzz')) {
	builds.push(esbuild.build({ ...common, sourcemap: 'inline', entryPoints: { fuzz: 'scripts/fuzz.ts' }, outdir: 'out' }));
}
if (process.argv.includes('--tests')) {
	builds.push(esbuild.build({ ...common, sourcemap: 'inline', entryPoints: testEntries('test'), outdir: 'out/test', outbase: 'test', external: ['vscode'] }));
}
await Promise.all(builds);
// The CLI is a package `bin`: it runs by its shebang.
chmodSync('dist/cli.js', 0o755);
