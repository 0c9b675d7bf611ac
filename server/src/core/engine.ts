import { checkRegistry } from './checks/checkRegistry';
import type { SeverityOverrides } from './checks/checkTable';
import type { Finding } from './checks/finding';
import type { KeptTaskFindings } from './checks/keptTaskFindings';
import { runChecks, runChecksInSteps } from './checks/runChecks';
import { ReadingMemo } from './interpret/readingMemo';
import { readNotice, readNoticeInSteps, rereadNotice, type NoticeReading } from './model/noticeReading';
import { parseNotice } from './model/parseNotice';
import type { ContentChange } from './text/lineDocument';
import type { Notice } from './model/types';
import { createScriptFolder, unitKey, type ScriptFolder } from './text/unitKey';
import { UnitCatalog } from './units/catalog';
import { parseRegistry, type Registry } from './units/registry';
import { UnitDirectory } from './units/unitDirectory';
import type { NoticeText } from './text/noticeText';

/**
 * The engine's entry point. Owns what is costly to build (the script converter, the catalog) so
 * hosts make one engine and use it for every document; holds no document state (its memo keeps
 * results of pure functions of text, whichever document they came from).
 */
export class BreakdownEngine {
	readonly fold: ScriptFolder = createScriptFolder();
	readonly catalog = new UnitCatalog(this.fold);
	/** Unit lists and keys by their text, kept across readings (see ReadingMemo): pure results, no document state. */
	readonly memo = new ReadingMemo(this.fold);

	parseNotice(text: NoticeText): Notice {
		return parseNotice(text, this.memo);
	}

	/**
	 * A notice read with a memo of its own, dropped with the reading: a file on disk read into the
	 * workspace. Its lists repeat within it, seldom across files; read through the shared memo,
	 * 1,000 files made it keep each one's lists long enough for the collector to move them to the
	 * old generation, and dropped the lists of the open documents.
	 */
	parseFileNotice(text: NoticeText): Notice {
		return parseNotice(text, new ReadingMemo(this.fold));
	}

	/** A notice read with what the next version of its text is read from (an open document). */
	readNotice(text: NoticeText): NoticeReading {
		return readNotice(text, this.memo);
	}

	/** A new version of an open document, read from the previous reading, which gives its tasks up (see rereadNotice). */
	rereadNotice(previous: NoticeReading, text: NoticeText, changes?: readonly ContentChange[]): NoticeReading {
		return rereadNotice(previous, text, this.memo, changes);
	}

	/** readNotice or rereadNotice in steps of about `linesPerStep` lines; the host lets other work run between steps. */
	readNoticeInSteps(text: NoticeText, previous: NoticeReading | undefined, changes: readonly ContentChange[] | undefined, linesPerStep: number): Generator<void, NoticeReading, void> {
		return readNoticeInSteps(text, this.memo, previous, changes, linesPerStep);
	}

	parseRegistry(text: string, uri: string): Registry {
		return parseRegistry(text, uri, this.fold);
	}

	/** The registries that apply to a notice, as one directory; undefined when there are none. */
	createDirectory(registries: readonly Registry[]): UnitDirectory | undefined {
		return registries.length === 0 ? undefined : new UnitDirectory(registries, this.catalog, this.fold);
	}

	/** Every rule over a notice; with `kept` (an open notice's), tasks an edit did not read again keep their local findings. */
	check(notice: Notice, directory: UnitDirectory | undefined, overrides?: SeverityOverrides, kept?: KeptTaskFindings): Finding[] {
		return runChecks({ notice, catalog: this.catalog, directory }, overrides, kept);
	}

	/** check in steps: a notice-wide rule or a few thousand tasks a step. */
	checkInSteps(notice: Notice, directory: UnitDirectory | undefined, overrides?: SeverityOverrides, kept?: KeptTaskFindings): Generator<void, Finding[], void> {
		return runChecksInSteps({ notice, catalog: this.catalog, directory }, overrides, kept);
	}

	checkRegistry(registry: Registry, overrides?: SeverityOverrides): Finding[] {
		return checkRegistry(registry, overrides);
	}

	unitKey(name: string): string {
		return unitKey(name, this.fold);
	}
}
