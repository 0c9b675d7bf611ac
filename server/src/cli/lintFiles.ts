import * as path from 'node:path';
import type { Finding } from '../core/checks/finding';
import { BreakdownEngine } from '../core/engine';
import type { Notice } from '../core/model/types';
import type { LineIndex } from '../core/text/lineIndex';
import type { Registry } from '../core/units/registry';
import type { UnitDirectory } from '../core/units/unitDirectory';
import { collectFiles, isRegistryFile, readText, registriesFor } from './files';

export interface FileReport {
	/** As the user gave it (relative paths stay relative). */
	path: string;
	lineIndex: LineIndex;
	/** Undefined for a registry file. */
	notice: Notice | undefined;
	findings: Finding[];
	/** The registries that resolved the notice's units (undefined for a registry file, or when none applies). */
	directory?: UnitDirectory;
}

/** An input the CLI cannot read; reported as exit code 2. */
export class InputError extends Error {}

/**
 * Lints every notice and registry file under `paths`, with the registries that apply to each notice.
 * `keep` sees each report as it is made and returns what to keep of it (export keeps no notice models).
 */
export function lintFiles(paths: readonly string[], registryFile: string | undefined, keep: (report: FileReport) => FileReport = (report) => report): FileReport[] {
	const engine = new BreakdownEngine();
	const registries = new Map<string, Registry>();
	const loadRegistry = (file: string): Registry => {
		const full = path.resolve(file);
		let registry = registries.get(full);
		if (!registry) {
			registry = engine.parseRegistry(read(file), full);
			registries.set(full, registry);
		}
		return registry;
	};
	const directories = new Map<string, UnitDirectory | undefined>();
	const directoryFor = (files: string[]) => {
		const key = files.join('\n');
		if (!directories.has(key)) {
			directories.set(key, engine.createDirectory(files.map(loadRegistry)));
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
	return files.map((file) => {
		if (isRegistryFile(file)) {
			const registry = loadRegistry(file);
			return keep({ path: file, lineIndex: registry.lineIndex, notice: undefined, findings: engine.checkRegistry(registry) });
		}
		const notice = engine.parseNotice(read(file));
		const directory = directoryFor(explicit ?? registriesFor(file));
		return keep({ path: file, lineIndex: notice.lineIndex, notice, findings: engine.check(notice, directory), directory });
	});
}

function read(file: string): string {
	try {
		return readText(file).text;
	} catch (error) {
		throw new InputError(describe(error));
	}
}

function describe(error: unknown): string {
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
