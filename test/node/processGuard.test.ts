import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { guardProcess } from '../../server/src/node/processGuard';

// The same file runs as a child process (where the stray failures happen) and as the test.
if (process.env.BREAKDOWN_GUARD_CHILD === '1') {
	guardProcess(process, (message) => process.stderr.write(message + '\n'));
	void Promise.reject(new Error('a stray rejection'));
	setTimeout(() => {
		throw new Error('a callback that throws');
	});
	setTimeout(() => process.stdout.write('still serving\n'), 0);
} else {
	test('a stray rejection or exception is logged and the process goes on', () => {
		const child = spawnSync(process.execPath, [__filename], { env: { ...process.env, BREAKDOWN_GUARD_CHILD: '1' }, encoding: 'utf8', timeout: 30_000 });
		assert.equal(child.status, 0, child.stderr);
		assert.equal(child.stdout, 'still serving\n');
		assert.match(child.stderr, /unhandled rejection \(the server goes on\): Error: a stray rejection/);
		assert.match(child.stderr, /uncaught exception \(the server goes on\): Error: a callback that throws/);
	});
}
