import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/golden';

test("the server's bundle copies each CommonJS package's exports once at most (see lsp/languageServer.ts)", () => {
	const bundle = fs.readFileSync(path.join(repoRoot(), 'dist', 'server-main.js'), 'utf8');
	// esbuild's interop: `__toESM(require_x())` where an ES module imports the CommonJS module x, a copy of its exports each time.
	const copies = new Map<string, number>();
	for (const [, module] of bundle.matchAll(/__toESM\((require_\w+)\(\)\)/g)) {
		copies.set(module, (copies.get(module) ?? 0) + 1);
	}
	assert.ok(copies.size > 0, 'the bundle is esbuild’s, with its interop');
	assert.deepEqual([...copies].filter(([, count]) => count > 1), []);
});
