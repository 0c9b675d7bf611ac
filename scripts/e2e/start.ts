// `npm start`: builds and packages the extension, installs it into an isolated code-server profile
// and serves the sample notices (with a sample unit registry) on 127.0.0.1.
import * as path from 'node:path';
import { createProfile, packageExtension, prepareWorkspace, startCodeServer } from './codeServer';
import { CACHE, ensureTools } from './tools';

async function main(): Promise<void> {
	const tools = ensureTools({ browser: false });
	const vsix = packageExtension(tools.log);
	const base = path.join(CACHE, 'start');
	const folder = prepareWorkspace(path.join(base, 'workspace'));
	const profile = createProfile(path.join(base, 'profile'), tools, vsix);
	const port = Number(process.env.PORT ?? 8080);
	const server = await startCodeServer(tools, profile, folder, { port, trusted: true, logFile: path.join(base, 'code-server.log') });
	process.stdout.write(`\nbreakdown is running in VS Code (code-server) with the sample notices:\n\n    ${server.url}\n\nOpen it in a browser. Press Ctrl+C to stop.\n`);
	const stop = () => void server.stop().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	process.stderr.write(`npm start: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
});
