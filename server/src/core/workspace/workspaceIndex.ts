import { drain } from '../text/steps';
import type { BreakdownEngine } from '../engine';
import { looksLikeNotice } from '../features/classifyText';
import { workspaceUnits, type NoticeEntry, type WorkspaceUnit } from '../features/unitReferences';
import { digestNotice, type NoticeDigest } from '../model/noticeDigest';
import type { NoticeReading } from '../model/noticeReading';
import type { Notice } from '../model/types';
import type { DocumentChanges } from '../text/lineDocument';
import type { Registry } from '../units/registry';
import type { UnitDirectory } from '../units/unitDirectory';
import { isHiddenFindingsUri, isRegistryUri } from './fileNames';
import { HiddenFileIndex } from './hiddenFileIndex';
import { dirnameKey, isInside, uriKey } from './uris';
import { flatText, type NoticeText } from '../text/noticeText';

export interface IndexedNotice {
	uri: string;
	/** The full model, kept for open documents only; see WorkspaceIndex.model. */
	notice: Notice | undefined;
	/** An open document's reading, from which its next version is read. */
	reading: NoticeReading | undefined;
	/** What cross-file features read: the model itself when open, a digest for a file on disk. */
	digest: NoticeDigest;
	/** The editor's version for an open document; undefined for a file read from disk. */
	version: number | undefined;
	/** Above the size limit: not analysed (the notice is empty). */
	tooLarge: boolean;
	/** Size in UTF-16 code units, for the message. */
	length: number;
}

export interface IndexedRegistry {
	uri: string;
	registry: Registry;
	version: number | undefined;
}

/**
 * Every notice and registry of the workspace, open or not, kept current by the host: open
 * documents by the editor's text, other files by file events. Derived data (directories, the
 * unit → references index) is rebuilt lazily after a change, never on the typing path.
 */
export class WorkspaceIndex {
	/** The `.breakdown/ignore.json` files: which findings the clerk hid. */
	readonly hidden = new HiddenFileIndex();
	private readonly notices = new Map<string, IndexedNotice>();
	private readonly registries = new Map<string, IndexedRegistry>();
	private generation = 0;
	private registryGeneration = 0;
	private directories = { generation: -1, byKey: new Map<string, UnitDirectory | undefined>() };
	private unitIndex: { generation: number; units: Map<string, WorkspaceUnit> } | undefined;
	private derived = { generation: -1, values: new Map<string, unknown>() };
	/** Unit names and keys of digests, shared across notices (they repeat in every notice of a city). */
	private readonly strings = new Map<string, string>();
	private readonly intern = (text: string): string => {
		const known = this.strings.get(text);
		if (known !== undefined) {
			return known;
		}
		if (this.strings.size >= 200_000) {
			this.strings.clear();
		}
		this.strings.set(text, text);
		return text;
	};

	constructor(
		private readonly engine: BreakdownEngine,
		private readonly options: () => { registryUri: string | undefined; maxFileSize: number },
	) {}

	/** Changes whenever any file of the index changes. */
	get version(): number {
		return this.generation;
	}

	/** Changes whenever a registry changes (every notice's findings may change then). */
	get registryVersion(): number {
		return this.registryGeneration;
	}

	/**
	 * Records a file's text. `asNotice`: the editor says it is a notice (open as language breakdown);
	 * otherwise a text file is indexed only when it reads like one.
	 */
	update(uri: string, text: NoticeText, version: number | undefined, asNotice: boolean, changes?: DocumentChanges): void {
		drain(this.updateInSteps(uri, text, version, asNotice, changes, Number.MAX_SAFE_INTEGER));
	}

	/**
	 * update in steps of about `linesPerStep` lines, for a host that lets other work run between them
	 * (a notice of megabytes). The index changes at the last step only. An open document is read from
	 * its previous reading: only the runs of tasks an edit touches are read again; `changes` say where
	 * when they are from the version held.
	 */
	*updateInSteps(uri: string, text: NoticeText, version: number | undefined, asNotice: boolean, changes: DocumentChanges | undefined, linesPerStep: number): Generator<void, void, void> {
		if (isRegistryUri(uri)) {
			this.updateRegistry(uri, flatText(text), version);
			return;
		}
		const key = uriKey(uri);
		const tooLarge = text.length > this.options().maxFileSize;
		const open = version !== undefined;
		const held = this.notices.get(key);
		const since = changes && held?.version === changes.fromVersion ? changes.changes : undefined;
		const reading = tooLarge || !open ? undefined : yield* this.engine.readNoticeInSteps(text, held?.reading, since, linesPerStep);
		const notice = reading ? reading.notice : this.engine.parseFileNotice(tooLarge ? '' : text);
		this.generation++;
		if (asNotice || (!tooLarge && looksLikeNotice(notice))) {
			// A file on disk is kept as a digest (tasks and mentions in columns): a workspace holds a thousand notices.
			this.notices.set(key, { uri, notice: open ? notice : undefined, reading, digest: open ? notice : digestNotice(notice, this.intern), version, tooLarge, length: text.length });
		} else {
			this.notices.delete(key);
		}
	}

	/** Records a registry's text (a file named as one, or a registry named on the command line). */
	updateRegistry(uri: string, text: string, version: number | undefined): IndexedRegistry {
		const entry = { uri, registry: this.engine.parseRegistry(text, uri), version };
		this.generation++;
		this.registryGeneration++;
		this.registries.set(uriKey(uri), entry);
		return entry;
	}

	/** Which registry applies changed (the registry setting): whatever is derived from the registries is derived again. */
	registriesMoved(): void {
		this.generation++;
		this.registryGeneration++;
	}

	remove(uri: string): void {
		if (isHiddenFindingsUri(uri)) {
			this.hidden.remove(uri);
			return;
		}
		const key = uriKey(uri);
		this.generation++;
		if (this.registries.delete(key)) {
			this.registryGeneration++;
		}
		this.notices.delete(key);
	}

	/** Every notice, registry and hidden-findings file inside a folder: what leaves the index with it. */
	urisInside(folderUri: string): string[] {
		const folder = uriKey(folderUri).replace(/\/$/, '');
		return [...this.notices.values(), ...this.registries.values(), ...this.hidden.all()].map((entry) => entry.uri).filter((uri) => isInside(uriKey(uri), folder));
	}

	getNotice(uri: string): IndexedNotice | undefined {
		return this.notices.get(uriKey(uri));
	}

	/** The full model of an indexed notice: the open document's, or the file on disk read again (not kept). */
	model(uri: string): Notice | undefined {
		const entry = this.notices.get(uriKey(uri));
		if (!entry) {
			return undefined;
		}
		return entry.notice ?? this.engine.parseNotice(entry.digest.text);
	}

	getRegistry(uri: string): IndexedRegistry | undefined {
		return this.registries.get(uriKey(uri));
	}

	/** By path (decoded): the Units view, references and workspace symbols list them alike whichever was opened first. */
	allNotices(): IndexedNotice[] {
		return [...this.notices.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
	}

	allRegistries(): IndexedRegistry[] {
		return [...this.registries.values()];
	}

	/** The registries for a notice: the configured one, or those in its folder and the folders above it, nearest first, by name within a folder. */
	registriesFor(uri: string): Registry[] {
		const configured = this.options().registryUri;
		if (configured) {
			const registry = this.registries.get(uriKey(configured));
			return registry ? [registry.registry] : [];
		}
		const folder = dirnameKey(uriKey(uri));
		return [...this.registries.entries()]
			.filter(([key]) => isInside(folder, dirnameKey(key)))
			.sort(([a], [b]) => dirnameKey(b).length - dirnameKey(a).length || (a < b ? -1 : 1))
			.map(([, entry]) => entry.registry);
	}

	directoryFor(uri: string): UnitDirectory | undefined {
		return this.directoryOf(this.registriesFor(uri));
	}

	/** The directory of a set of registries, built once per registry change (a registry of 100,000 lines takes a few hundred ms). */
	directoryOf(registries: Registry[]): UnitDirectory | undefined {
		if (this.directories.generation !== this.registryGeneration) {
			this.directories = { generation: this.registryGeneration, byKey: new Map() };
		}
		const key = registries.map((registry) => uriKey(registry.uri)).join('\n');
		if (!this.directories.byKey.has(key)) {
			this.directories.byKey.set(key, this.engine.createDirectory(registries));
		}
		return this.directories.byKey.get(key);
	}

	entries(): NoticeEntry[] {
		return this.allNotices().map((entry) => ({ uri: entry.uri, notice: entry.digest, directory: this.directoryFor(entry.uri) }));
	}

	/**
	 * A value derived from the whole index (a unit's reference locations), computed once per change
	 * of the index: the editor asks again for the same unit (peek, code lens, the Units view).
	 */
	memo<T>(key: string, compute: () => T): T {
		if (this.derived.generation !== this.generation || this.derived.values.size >= 1000) {
			this.derived = { generation: this.generation, values: new Map() };
		}
		if (!this.derived.values.has(key)) {
			this.derived.values.set(key, compute());
		}
		return this.derived.values.get(key) as T;
	}

	/** Every unit of the workspace with its references, built once per change of the index. */
	units(): Map<string, WorkspaceUnit> {
		if (this.unitIndex?.generation !== this.generation) {
			this.unitIndex = { generation: this.generation, units: workspaceUnits(this.entries()) };
		}
		return this.unitIndex.units;
	}
}
