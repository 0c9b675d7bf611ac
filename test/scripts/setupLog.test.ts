import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { SetupLog } from '../../scripts/e2e/setupLog';
import { tempFolder } from '../support/tempFolder';

test('set-up commands write to the log, not the terminal; a failure names the log and quotes its end', () => {
	const folder = tempFolder('breakdown-setup-');
	const log = new SetupLog(path.join(folder, '.cache', 'setup.log'), folder);
	assert.equal(log.shown, path.join('.cache', 'setup.log'));
	log.run(process.execPath, ['-e', 'for (let i = 0; i < 500; i++) console.log("Unpacking libfoo " + i); console.error("a warning")']);
	const written = fs.readFileSync(log.file, 'utf8');
	assert.match(written, /Unpacking libfoo 499\n/);
	assert.match(written, /a warning\n/);
	assert.throws(
		() => log.run(process.execPath, ['-e', 'console.log("E: Unable to locate package nosuch"); process.exit(100)']),
		(error: Error) => {
			assert.match(error.message, /failed \(exit code 100\)\. Last lines of the log:\n/);
			assert.match(error.message, /E: Unable to locate package nosuch/);
			assert.match(error.message, /\nFull log: \.cache\/setup\.log$/);
			return true;
		},
	);
	// A second log of the same file (another step, another process) appends under its own heading.
	new SetupLog(log.file, folder).run(process.execPath, ['-e', 'console.log("second")']);
	const both = fs.readFileSync(log.file, 'utf8');
	assert.ok(both.startsWith(written), 'the first run is kept');
	assert.equal(both.match(/^=== /gm)?.length, 2);
});
