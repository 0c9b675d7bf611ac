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

function testEntries(folder) {
	return readdirSync(folder).flatMap((name) => {
		const full = join(folder, name);
		if (statSync(full).isDirectory()) {
			return testEntries(full);
		}
		return name.endsWith('.test.ts') ? [full] : [];
	});
}

const builds = [
	esbuild.build({ ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } }),
	esbuild.build({ ...common, entryPoints: { server: 'server/src/node/main.ts' }, outdir: 'dist' }),
];
if (process.argv.includes('--tests')) {
	builds.push(esbuild.build({ ...common, sourcemap: 'inline', entryPoints: testEntries('test'), outdir: 'out/test', outbase: 'test', external: ['vscode'] }));
}
await Promise.all(builds);
// The CLI is a package `bin`: it runs by its shebang.
chmodSync('dist/cli.js', 0o755);
