import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Finding } from '../core/checks/finding';
import type { HiddenFinding } from '../core/features/hiddenFindings';
import { bilingual, message, type Message } from '../core/messages/message';
import type { Notice } from '../core/model/types';
import { createLanguageService } from '../core/service/languageService';
import { DEFAULT_SETTINGS } from '../core/service/settings';
import type { LineIndex } from '../core/text/lineIndex';
import type { UnitDirectory } from '../core/units/unitDirectory';
import type { FileRead } from '../core/workspace/fileSystem';
import { byPath } from '../core/workspace/uris';
import { createNodeFileSystem } from '../node/nodeFileSystem';

export interface FileReport {
	/** As the user gave it (relative paths stay relative). */
	path: string;
	lineIndex: LineIndex;
	/** Undefined for a registry file. */
	notice: Notice | undefined;
	findings: Finding[];
	/** Findings a `.breakdown/ignore.json` hides, left out of `findings` (the service reads those files). */
	hidden?: HiddenFinding[];
	/** The registries that resolved the notice's units (undefined for a registry file, or when none applies). */
	directory?: UnitDirectory;
}

/** An input the CLI cannot read; reported as exit code 2. */
export class InputError extends Error {}

/** No notice or registry comes near this; a larger file is refused rather than read into memory. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface LintRun {
	/** A problem that does not stop the run (a hidden-findings file that cannot be read), said once. */
	warn?(problem: Message): void;
	/** Sees each report as it is made and returns what to keep of it (export keeps no notice models). */
	keep?(report: FileReport): FileReport;
}

/**
 * Lints every notice and registry file under `paths` with the language service over the Node
 * host: the same file discovery, decoding, registry rules and hidden findings as the editor's.
 */
export async function lintFiles(paths: readonly string[], registryFile: string | undefined, run: LintRun = {}): Promise<FileReport[]> {
	const keep = run.keep ?? ((report: FileReport) => report);
	// Files in messages as the command line would name them: relative to the current folder.
	const named = (uri: string) => path.relative(process.cwd(), fileURLToPath(uri)) || fileURLToPath(uri);
	const service = createLanguageService({ fileSystem: createNodeFileSystem(), warn: run.warn, describe: named });
	const given = paths.map((given) => ({ given, absolute: path.resolve(given) }));
	// The command line names what is read: the roots of the paths given are the workspace.
	service.workspace.setFolders([...new Set([...given.map((file) => file.absolute), process.cwd()].map((file) => pathToFileURL(path.parse(file).root).href))]);
	service.configure({ ...DEFAULT_SETTINGS, locale: 'zh-cn', maxFileSize: MAX_FILE_BYTES / 4 });
	if (registryFile) {
		const refused = await service.workspace.useRegistry(pathToFileURL(path.resolve(registryFile)).href);
		if (refused) {
			throw new InputError(describe(refused, registryFile));
		}
	}
	const { uris, missing } = await service.filesToLint(given.map((file) => pathToFileURL(file.absolute).href));
	if (missing.length > 0) {
		throw new InputError(bilingual(message('cli.no-such-file', given.find((file) => pathToFileURL(file.absolute).href === missing[0])?.given ?? fileURLToPath(missing[0]))));
	}
	const shown = (uri: string) => {
		const file = fileURLToPath(uri);
		const from = given.find((candidate) => file === candidate.absolute || file.startsWith(candidate.absolute + path.sep));
		return from && !path.isAbsolute(from.given) ? path.relative(process.cwd(), file) : file;
	};
	const files = uris.map((uri) => ({ uri, path: shown(uri) })).sort((a, b) => byPath(a.uri, b.uri));
	const reports: FileReport[] = [];
	for (const file of files) {
		const lint = await service.lintFile(file.uri);
		if (lint.kind === 'unread') {
			throw new InputError(describe(lint.read, lint.uri === file.uri ? file.path : fileURLToPath(lint.uri)));
		}
		const { lineIndex, findings, hidden } = lint;
		reports.push(keep(lint.kind === 'registry' ? { path: file.path, lineIndex, notice: undefined, findings, hidden } : { path: file.path, lineIndex, notice: lint.notice, findings, hidden, directory: lint.directory }));
	}
	return reports;
}

/** Why a file named on the command line (or a registry that applies to one) was not read. */
function describe(read: Exclude<FileRead, { kind: 'text' }>, file: string): string {
	let problem: Message;
	switch (read.kind) {
		case 'missing':
			problem = message('cli.no-such-file', file);
			break;
		case 'not-a-file':
			problem = message('cli.not-a-file', file);
			break;
		case 'too-large':
			problem = message('cli.too-large', file);
			break;
		default:
			problem = read.kind === 'unreadable' && (read.reason === 'EACCES' || read.reason === 'EPERM') ? message('cli.permission-denied', file) : message('cli.unreadable', file, read.kind === 'unreadable' ? read.reason : read.kind);
	}
	return bilingual(problem);
}
