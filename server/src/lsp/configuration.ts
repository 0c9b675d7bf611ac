import type { DidChangeConfigurationParams } from 'vscode-languageserver';
import type { Message } from '../core/messages/message';
import { within } from './indexing';
import type { Session } from './session';

/**
 * The `breakdown` settings: from `initializationOptions`, then `workspace/configuration` (or, for a
 * client that cannot be asked, `didChangeConfiguration`), validated and given to the service. Each
 * problem is shown once, again only after the settings change. Nothing waits for the settings
 * unboundedly: a client that never answers holds up neither the read queue nor the first findings.
 */
export class Configuration {
	/** The editor's display language, for the `auto` locale. */
	clientLocale: string | undefined;
	/** Resolved once the client's settings are read (or it did not answer). */
	readonly ready: Promise<void>;
	private markReady: () => void = () => undefined;
	private readonly shown = new Set<string>();

	constructor(private readonly session: Session) {
		this.ready = new Promise((resolve) => (this.markReady = resolve));
	}

	/** Settings that read differently from the last (the service compares them): the configured registry is read, every open document checked again. */
	apply(raw: unknown): void {
		const problems = this.session.service.applyEditorSettings(raw, this.clientLocale);
		if (problems) {
			this.shown.clear();
			problems.forEach((problem) => this.warn(problem));
		}
	}

	warn(problem: Message): void {
		const text = this.session.service.localize(problem);
		if (!this.shown.has(text)) {
			this.shown.add(text);
			this.session.requests.showWarning(text);
		}
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
