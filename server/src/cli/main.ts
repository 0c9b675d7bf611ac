import type { Writable } from 'node:stream';
import { bilingual, localize, message } from '../core/messages/message';
import { parseArgs, USAGE } from './args';
import { InputError, lintFiles } from './lintFiles';
import { delayOptimization } from '../node/optimizationDelay';
import { escapeForTerminal } from './terminalText';
import { runExport } from './runExport';
import { writeJson } from './writeJson';
import { writeSarif } from './writeSarif';
import { writeText } from './writeText';

declare const BREAKDOWN_VERSION: string;
/** The README's address (package.json `homepage`), for SARIF's help links. */
declare const BREAKDOWN_HOMEPAGE: string;

/** Runs the CLI and returns its exit code: 0 no error finding, 1 an error finding (hidden ones do not count), 2 bad usage or unreadable input. `binaryOut` takes `export --out -`. */
export async function run(argv: readonly string[], stdout: (text: string) => void, stderr: (text: string) => void, binaryOut?: Writable): Promise<number> {
	const parsed = parseArgs(argv);
	const version = typeof BREAKDOWN_VERSION === 'string' ? BREAKDOWN_VERSION : 'dev';
	switch (parsed.command) {
		case 'help':
			stdout(USAGE + '\n');
			return 0;
		case 'version':
			stdout(version + '\n');
			return 0;
		case 'error':
			stderr(`breakdown: ${escapeForTerminal(parsed.message)}\n\n${USAGE}\n`);
			return 2;
		case 'export':
			return runExport(parsed.options, { stdout: binaryOut ?? process.stdout, stderr, version });
	}
	const { options } = parsed;
	let reports;
	try {
		reports = await lintFiles(options.paths, options.registry, { warn: (problem) => stderr(`breakdown: ${escapeForTerminal(localize(problem, options.locale))}\n`) });
	} catch (error) {
		if (error instanceof InputError) {
			stderr(`breakdown: ${escapeForTerminal(error.message)}\n`);
			return 2;
		}
		throw error;
	}
	switch (options.format) {
		case 'json':
			stdout(writeJson(reports, options.locale, options.showHidden));
			break;
		case 'sarif':
			stdout(writeSarif(reports, { locale: options.locale, version, showHidden: options.showHidden, homepage: typeof BREAKDOWN_HOMEPAGE === 'string' ? BREAKDOWN_HOMEPAGE : undefined }));
			break;
		default:
			stdout(writeText(reports, options.locale, options.showHidden));
	}
	return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

if (require.main === module) {
	// As the server does (see optimizationDelay.ts): a run reads its notices by code not yet optimized.
	delayOptimization(process.execArgv);
	// `breakdown lint … | head`: the reader left, so the rest of the report has nobody to go to; the
	// process ends as it would have, with its exit code, and without a stack trace.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') {
			throw error;
		}
	});
	run(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text)).then(
		(code) => (process.exitCode = code),
		(error: unknown) => {
			process.stderr.write(`breakdown: ${bilingual(message('cli.internal-error', escapeForTerminal((error as Error).message)))}\n`);
			process.exitCode = 2;
		},
	);
}
