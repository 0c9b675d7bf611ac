import * as path from 'node:path';
import type { Finding } from '../core/checks/finding';
import type { HiddenFinding } from '../core/features/hiddenFindings';
import { BreakdownEngine } from '../core/engine';
import type { Notice } from '../core/model/types';
import type { LineIndex } from '../core/text/lineIndex';
import type { Registry } from '../core/units/registry';
import type { UnitDirectory } from '../core/units/unitDirectory';
import { collectFiles, isRegistryFile, NotATextFile, readText, registriesFor } from './files';

export interface FileReport {
	/** As the user gave it (relative paths stay relative). */
	path: string;
	lineIndex: LineIndex;
	/** Undefined for a registry file. */
	notice: Notice | undefined;
	findings: Finding[];
	/** Findings a `.breakdown/ignore.json` hides, left out of `findings` (see hideFindings). */
	hidden?: HiddenFinding[];
	/** The registries that resolved the notice's units (undefined for a registry file, or when none applies). */
	directory?: UnitDirectory;
}

/** An input the CLI cannot read; reported as exit code 2. */
export class InputError extends Error {}

/**
 * Lints every notice and registry file under `paths`, with the registries that apply to each notice.
 * `keep` sees each report as it is made and returns what to keep of it (export keeps no notice models).
 */
export async function lintFiles(paths: readonly string[], registryFile: string | undefined, keep: (report: FileReport) => FileReport = (report) => report): Promise<FileReport[]> {
	const engine = new BreakdownEngine();
	const registries = new Map<string, Registry>();
	const loadRegistry = async (file: string): Promise<Registry> => {
		const full = path.resolve(file);
		let registry = registries.get(full);
		if (!registry) {
			registry = engine.parseRegistry(await read(file), full);
			registries.set(full, registry);
		}
		return registry;
	};
	const directories = new Map<string, UnitDirectory | undefined>();
	const directoryFor = async (files: string[]) => {
		const key = files.join('\n');
		if (!directories.has(key)) {
			const loaded: Registry[] = [];
			for (const file of files) {
				loaded.push(await loadRegistry(file));
			}
			directories.set(key, engine.createDirectory(loaded));
		}
		return directories.get(key);
	};

	let files: string[];
	try {
		files = collectFiles(paths);
	} catch (error) {
		throw new InputError(describe(error));
	}
	const explicit = registryFile ? [registryFile] : undefined;
	const reports: FileReport[] = [];
	for (const file of files) {
		if (isRegistryFile(file)) {
			const registry = await loadRegistry(file);
			reports.push(keep({ path: file, lineIndex: registry.lineIndex, notice: undefined, findings: engine.checkRegistry(registry) }));
			continue;
		}
		const notice = engine.parseNotice(await read(file));
		const directory = await directoryFor(explicit ?? registriesFor(file));
		reports.push(keep({ path: file, lineIndex: notice.lineIndex, notice, findings: engine.check(notice, directory), directory }));
	}
	return reports;
}

async function read(file: string): Promise<string> {
	try {
		return (await readText(file)).text;
	} catch (error) {
		throw new InputError(describe(error));
	}
}

function describe(error: unknown): string {
	if (error instanceof NotATextFile) {
		return error.why === 'not-a-file'
			? `不是普通文件（管道、设备或目录）/ not a regular file (a pipe, device or folder): ${error.file}`
			: `文件过大 / file too large: ${error.file}`;
	}
	const code = (error as NodeJS.ErrnoException).code;
	const file = (error as NodeJS.ErrnoException).path ?? '';
	switch (code) {
		case 'ENOENT':
			return `找不到文件或目录 / no such file or folder: ${file}`;
		case 'EACCES':
		case 'EPERM':
			return `没有读取权限 / permission denied: ${file}`;
		case 'EISDIR':
			return `需要文件，给出的是目录 / expected a file, got a folder: ${file}`;
		default:
			return `无法读取 / cannot read ${file}: ${(error as Error).message}`;
	}
}
