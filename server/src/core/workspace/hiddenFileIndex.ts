import type { HiddenEntry } from '../features/hiddenFindings';
import { hiddenFileProblemMessage, parseHiddenFile, type HiddenFileRead } from '../features/hiddenFindingsFile';
import { message, type Message } from '../messages/message';
import { hiddenFindingsFolderKey } from './fileNames';
import type { FileRead } from './fileSystem';
import { uriKey } from './uris';

/** A hidden-findings file is a few kilobytes; anything near this is not one, and is not read into memory. */
export const MAX_HIDDEN_FILE_BYTES = 16 * 1024 * 1024;

/** A `.breakdown/ignore.json` of the workspace, as last read. */
export interface IndexedHiddenFile {
	uri: string;
	/** The folder it applies to (the one holding `.breakdown/`), as a key ending in `/`: entries name notices relative to it. */
	folderKey: string;
	/** The text as read, which an edit replaces; undefined when the file could not be read. */
	text: string | undefined;
	/** The file parsed; undefined when it could not be read at all. */
	read: HiddenFileRead | undefined;
	/** Why it hides nothing (a file not read in full), for the clerk; undefined when it reads well. */
	problem: Message | undefined;
	/** The entries in force: all of them for a file read in full, none otherwise. */
	entries: readonly HiddenEntry[];
	/** The notice paths `entries` name: most documents have none, and are not split at all. */
	notices: ReadonlySet<string>;
}

/**
 * The hidden-findings files of a workspace, by the folder they apply to. A file not read in full
 * hides nothing (it is not trusted to say what the clerk meant) and says why once, when its problem
 * first appears; `version` changes with every change, since findings shown depend on it.
 */
export class HiddenFileIndex {
	private readonly files = new Map<string, IndexedHiddenFile>();
	private generation = 0;

	get version(): number {
		return this.generation;
	}

	/** Records a file's text; returns its problem when it is new (not the one already reported). */
	update(uri: string, text: string, describe: (uri: string) => string): Message | undefined {
		const read = parseHiddenFile(text);
		return this.set(uri, text, read, read.ok ? undefined : hiddenFileProblemMessage(read.problem, describe(uri)));
	}

	/** Records a file that exists but cannot be read; returns the problem when it is new. */
	unreadable(uri: string, read: Exclude<FileRead, { kind: 'text' | 'missing' | 'outside' }>, describe: (uri: string) => string): Message | undefined {
		const file = describe(uri);
		const problem =
			read.kind === 'not-a-file'
				? message('hidden-file.not-a-file', file)
				: read.kind === 'too-large'
					? message('hidden-file.too-large', file)
					: read.reason === 'EACCES' || read.reason === 'EPERM'
						? message('hidden-file.permission-denied', file)
						: message('hidden-file.unreadable', file, read.reason);
		return this.set(uri, undefined, undefined, problem);
	}

	remove(uri: string): boolean {
		const removed = this.files.delete(hiddenFindingsFolderKey(uri));
		if (removed) {
			this.generation++;
		}
		return removed;
	}

	get(uri: string): IndexedHiddenFile | undefined {
		return this.files.get(hiddenFindingsFolderKey(uri));
	}

	all(): IndexedHiddenFile[] {
		return [...this.files.values()].sort((a, b) => (a.folderKey < b.folderKey ? -1 : a.folderKey > b.folderKey ? 1 : 0));
	}

	/** The files that apply to a document (in its folder or one above it), nearest first, each with the document's path relative to it. */
	filesFor(uri: string): Array<{ file: IndexedHiddenFile; notice: string }> {
		const key = uriKey(uri);
		return this.all()
			.filter((file) => key.startsWith(file.folderKey))
			.sort((a, b) => b.folderKey.length - a.folderKey.length)
			.map((file) => ({ file, notice: relativePath(key, file.folderKey) }));
	}

	private set(uri: string, text: string | undefined, read: HiddenFileRead | undefined, problem: Message | undefined): Message | undefined {
		const folderKey = hiddenFindingsFolderKey(uri);
		const previous = this.files.get(folderKey);
		const entries = read?.ok ? read.file.entries : [];
		this.files.set(folderKey, { uri, folderKey, text, read, problem, entries, notices: new Set(entries.map((entry) => entry.notice)) });
		this.generation++;
		const same = previous?.problem && problem && previous.problem.id === problem.id && previous.problem.args.join('\u0000') === problem.args.join('\u0000');
		return problem && !same ? problem : undefined;
	}
}

/** `a/b.txt` for `file:///ws/a/b.txt` under `file:///ws/` (keys are decoded, so the path is as the clerk reads it). */
export function relativePath(key: string, folderKey: string): string {
	return key.slice(folderKey.length);
}
