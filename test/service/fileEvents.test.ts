import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { testWorkspace, uriOf } from '../support/inMemoryWorkspace';

test('a file created, reported once per watcher that matches it in one batch, is read once (a reviewer\'s: every notice created was read twice)', async () => {
	const workspace = await testWorkspace({ 'a.txt': '1.甲。\n牵头单位：市发改委\n' });
	await workspace.settled();
	const uri = uriOf('b.txt');
	workspace.fileSystem.write('b.txt', '1.乙。\n牵头单位：市财政局\n');
	await workspace.settled();
	const before = workspace.fileSystem.reads.filter((read) => read === uri).length;
	workspace.fileSystem.report([
		{ uri, kind: 'changed' },
		{ uri, kind: 'changed' },
	]);
	await workspace.settled();
	assert.equal(workspace.fileSystem.reads.filter((read) => read === uri).length - before, 1);
});
