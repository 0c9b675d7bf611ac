import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { BreakdownEngine } from '../../server/src/core/engine';
import { testWorkspace } from '../support/inMemoryWorkspace';

/**
 * The quick fixes of a request read the notice's findings once, not once per finding (a reviewer
 * measured 100 → 220 ms a finding on a 157 KB notice when every lead fix checked the notice again):
 * a check per fix that is read back, and one for the notice.
 */
test('quick fixes for many findings check the notice once, and each fix read back once', async () => {
	const workspace = await testWorkspace({});
	const tasks = Array.from({ length: 6 }, (_, i) => `${i + 1}.推进第${i + 1}项工作。\n责任单位：市财政局、市商务局\n`).join('');
	const uri = workspace.open('a.txt', `2020年任务分解\n${tasks}`);
	const diagnostics = workspace.service.diagnostics(uri)!;
	assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === 'lead-not-designated').length, 6);
	const check = BreakdownEngine.prototype.check;
	let checks = 0;
	BreakdownEngine.prototype.check = function (this: BreakdownEngine, ...args: Parameters<BreakdownEngine['check']>) {
		checks++;
		return check.apply(this, args);
	};
	try {
		const actions = workspace.service.codeActions(uri, diagnostics, { quickFixes: true, fixAll: false, canCreateFiles: false });
		const fixes = actions.filter((action) => !action.title.startsWith('忽略此处')).length;
		assert.ok(fixes >= 6, `fixes offered: ${fixes}`);
		assert.ok(checks <= fixes + 1, `${checks} checks for ${fixes} fixes`);
	} finally {
		BreakdownEngine.prototype.check = check;
	}
});
