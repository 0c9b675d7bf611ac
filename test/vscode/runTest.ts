import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/**
 * Runs the extension-host suite in a VS Code that @vscode/test-electron downloads. Machines without
 * access to VS Code's download host cannot run it; the end-to-end suite (code-server) covers them.
 */
async function main(): Promise<void> {
	const root = path.resolve(__dirname, '..', '..');
	try {
		await runTests({
			extensionDevelopmentPath: root,
			extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
			launchArgs: [path.join(root, 'seeds'), '--disable-extensions', '--disable-workspace-trust'],
		});
	} catch (error) {
		console.error(`test:vscode failed: ${String(error)}`);
		process.exitCode = 1;
	}
}

void main();
