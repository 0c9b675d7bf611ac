import type { Disposable, EntryKind, FileChange, FileRead, FileWatcher, FolderEntry, WorkspaceFileSystem } from '../../server/src/core/workspace/fileSystem';
import { createLanguageService, type LanguageService } from '../../server/src/core/service/languageService';
import { DEFAULT_SETTINGS, type BreakdownSettings } from '../../server/src/core/service/settings';
import type { Message } from '../../server/src/core/messages/message';
import type { WorkbookWriter } from '../../server/src/core/features/tableExport';
import * as PinyinPro from 'pinyin-pro';
import { lazyPinyinReader } from '../../server/src/node/pinyinReader';

/** The workspace folder of every in-memory workspace. */
export const ROOT = 'file:///ws';

/** `a/单位名录.txt` → `file:///ws/a/%E5%8D%95…`, each segment encoded as VS Code encodes it. */
export function uriOf(path: string): string {
	return `${ROOT}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * A host file system in memory, for in-process tests of the language service: files by path under
 * ROOT, folders implied by them. It keeps the host's rules that the service relies on (only files
 * inside the allowed folders are read, the size is checked first) and records what was read;
 * `write` and `remove` tell the watcher as an editor's file watcher would.
 */
export class InMemoryFileSystem implements WorkspaceFileSystem, FileWatcher {
	/** Every URI read, in order. */
	readonly reads: string[] = [];
	private readonly files = new Map<string, string>();
	private readonly listeners = new Set<(changes: readonly FileChange[]) => void>();

	constructor(files: Record<string, string> = {}) {
		for (const [path, text] of Object.entries(files)) {
			this.files.set(uriOf(path), text);
		}
	}

	/** Writes a file and tells the watcher (created or changed). */
	write(path: string, text: string): void {
		const uri = uriOf(path);
		const kind = this.files.has(uri) ? 'changed' : 'created';
		this.files.set(uri, text);
		this.fire([{ uri, kind }]);
	}

	remove(path: string): void {
		const uri = uriOf(path);
		this.files.delete(uri);
		this.fire([{ uri, kind: 'deleted' }]);
	}

	text(path: string): string | undefined {
		return this.files.get(uriOf(path));
	}

	async readFile(uri: string, limits: { folders: readonly string[]; maxBytes: number }): Promise<FileRead> {
		this.reads.push(uri);
		const key = normalize(uri);
		if (!limits.folders.some((folder) => key === normalize(folder) || key.startsWith(normalize(folder) + '/'))) {
			return { kind: 'outside' };
		}
		const text = this.files.get(key);
		if (text === undefined) {
			return this.kind(key) === 'folder' ? { kind: 'not-a-file' } : { kind: 'missing' };
		}
		const bytes = new TextEncoder().encode(text).length;
		return bytes > limits.maxBytes ? { kind: 'too-large', bytes } : { kind: 'text', text };
	}

	async stat(uri: string): Promise<EntryKind | 'missing'> {
		return this.kind(normalize(uri));
	}

	async readDirectory(uri: string): Promise<FolderEntry[] | undefined> {
		const folder = normalize(uri).replace(/\/$/, '');
		if (this.kind(folder) !== 'folder') {
			return undefined;
		}
		const entries = new Map<string, FolderEntry>();
		for (const file of this.files.keys()) {
			if (file.startsWith(folder + '/')) {
				const [name, ...rest] = file.slice(folder.length + 1).split('/');
				const child = `${folder}/${name}`;
				entries.set(child, { uri: child, name: decodeURIComponent(name), kind: rest.length > 0 ? 'folder' : 'file' });
			}
		}
		return [...entries.values()];
	}

	onDidChangeFiles(listener: (changes: readonly FileChange[]) => void): Disposable {
		this.listeners.add(listener);
		return { dispose: () => this.listeners.delete(listener) };
	}

	/** Tells the watcher of changes as a client batches them (a change may come once per watcher that matches it). */
	report(changes: FileChange[]): void {
		this.fire(changes);
	}

	private fire(changes: FileChange[]): void {
		this.listeners.forEach((listener) => listener(changes));
	}

	private kind(key: string): EntryKind | 'missing' {
		if (this.files.has(key)) {
			return 'file';
		}
		return [...this.files.keys()].some((file) => file.startsWith(key.replace(/\/$/, '') + '/')) ? 'folder' : 'missing';
	}
}

/** Segments encoded one way whatever way the URI came (`%28` or `(`). */
function normalize(uri: string): string {
	const match = /^(file:\/\/[^/]*)(.*)$/.exec(uri);
	return match ? match[1] + match[2].split('/').map((segment) => encodeURIComponent(decodeURIComponent(segment))).join('/') : uri;
}

export interface TestWorkspace {
	fileSystem: InMemoryFileSystem;
	service: LanguageService;
	/** Warnings the service gave the host, in the locale. */
	warnings: string[];
	/** Waits until every read the service has scheduled is done. */
	settled(): Promise<void>;
	/** Opens a document as an editor would (its text wins over the disk). */
	open(path: string, text?: string): string;
}

/**
 * A language service over an in-memory workspace, read as the server reads it at start (registries
 * first, then notices). Paths are relative to ROOT; `settings` are the `breakdown.*` settings; `host` adds what a
 * host may give the service (a file cap, a workbook writer) and the documents open before the scan
 * (`openFirst`, by path); the pinyin reader is the Node host's.
 */
export async function testWorkspace(
	files: Record<string, string>,
	settings: Partial<BreakdownSettings> = {},
	host: { maxFiles?: number; writeWorkbook?: WorkbookWriter; openFirst?: readonly string[] } = {},
): Promise<TestWorkspace> {
	const fileSystem = new InMemoryFileSystem(files);
	const warnings: string[] = [];
	let service: LanguageService | undefined;
	service = createLanguageService({ fileSystem, watcher: fileSystem, warn: (problem: Message) => warnings.push(service!.localize(problem)), maxFiles: host.maxFiles, writeWorkbook: host.writeWorkbook, pinyin: lazyPinyinReader(() => PinyinPro) });
	service.workspace.setFolders([ROOT]);
	const problems = service.configure({ ...DEFAULT_SETTINGS, locale: 'zh-cn', ...settings });
	warnings.push(...problems.map((problem) => service!.localize(problem)));
	const versions = new Map<string, number>();
	// Documents the editor restores before the folders are read (open tabs at start): the index learns of them first.
	for (const path of host.openFirst ?? []) {
		versions.set(uriOf(path), 1);
		service.workspace.openDocument(uriOf(path), fileSystem.text(path) ?? '', 1);
	}
	await service.workspace.scan();
	const workspace: TestWorkspace = {
		fileSystem,
		service,
		warnings,
		settled: () => service!.workspace.idle(),
		open(path, text) {
			const uri = path.includes(':') ? path : uriOf(path);
			const version = (versions.get(uri) ?? 0) + 1;
			versions.set(uri, version);
			service!.workspace.openDocument(uri, text ?? fileSystem.text(path) ?? '', version);
			return uri;
		},
	};
	return workspace;
}
