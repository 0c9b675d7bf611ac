import type { DidChangeConfigurationParams } from 'vscode-languageserver';
import { within } from './indexing';
import type { Session } from './session';

/**
 * The `breakdown` settings: from `initializationOptions`, then `workspace/configuration` (or, for a
 * client that cannot be asked, `didChangeConfiguration`), given to the service, which reads them and
 * says their problems. Nothing waits for the settings unboundedly: a client that never answers
 * holds up neither the read queue nor the first findings.
 */
export class Configuration {
	/** The editor's display language, for the `auto` locale. */
	clientLocale: string | undefined;
	/** Resolved once the client's settings are read (or it did not answer). */
	readonly ready: Promise<void>;
	private markReady: () => void = () => undefined;

	constructor(private readonly session: Session) {
		this.ready = new Promise((resolve) => (this.markReady = resolve));
	}

	/** Settings that read differently from the last (the service compares them, and says their problems): the configured registry is read, every open document checked again. */
	apply(raw: unknown): void {
		this.session.service.applyEditorSettings(raw, this.clientLocale);
	}

	/** At `initialized`: the client's settings, then the first findings may go. */
	async initialized(): Promise<void> {
		await this.load().finally(this.markReady);
	}

	changed(params: DidChangeConfigurationParams): Promise<void> | void {
		if (this.session.features().configuration) {
			return this.load();
		}
		const raw = params.settings as { breakdown?: unknown } | null | undefined;
		this.apply(typeof raw === 'object' && raw !== null ? raw.breakdown : undefined);
	}

	/** Asks the client; cross-file requests wait for the answer (it is on the read queue), bounded. */
	private async load(): Promise<void> {
		const applied = this.session.requests.configuration().then((raw) => (raw === undefined ? undefined : this.apply(raw)));
		void this.session.service.workspace.schedule('reading settings', () => within(applied, this.session.limits.settingsWaitMs));
		await applied;
	}
}
