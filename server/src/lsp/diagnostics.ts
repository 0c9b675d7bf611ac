import type { Connection, DocumentDiagnosticReport } from 'vscode-languageserver';
import { DocumentDiagnosticReportKind, PublishDiagnosticsNotification } from './languageServer';
import { KeptResults, sameDiagnostics } from '../core/service/keptResults';
import type * as core from '../core/service/types';
import { IndexChangedNotification } from '../protocol/protocol';
import { convertedOnce, toDiagnostic } from './convert';
import type { Guard } from './guard';
import { documentRead, registriesBeside } from './indexing';
import type { Session } from './session';

/** The Units view refreshes at most this often while files are read. */
const INDEX_CHANGED_DELAY_MS = 200;

/**
 * Diagnostics pulled when the client supports it (VS Code does), else pushed on every change; a
 * registry or settings change refreshes every open document. The first findings wait (bounded)
 * for the settings and the registries read at start (`ready`), or those read above a notice opened
 * without a workspace folder (`registriesBeside`).
 * Only what changed goes over the wire (`KeptResults`): a pull that names the result the client
 * holds is answered `unchanged` while the diagnostics say the same, and a push is not sent again.
 */
export class Diagnostics {
	ready: Promise<unknown> = Promise.resolve();
	/** Set at `initialized`: no request goes to the client before it. */
	initialized = false;
	private lastFindingsVersion = '';
	private indexChangedTimer: ReturnType<typeof setTimeout> | undefined;
	/** The last result per document: sent (push) or answered with its id (pull). */
	private readonly sent = new KeptResults(sameDiagnostics);
	private readonly converted = convertedOnce(toDiagnostic);
	/** Each read of the registries above a notice opened without a folder, bounded once (see registriesBeside). */
	private readonly besideBounds = new WeakMap<Promise<unknown>, Promise<void>>();

	constructor(
		private readonly session: Session,
		/** Called once, after the first findings answered or sent. */
		private afterFirstFindings: (() => void) | undefined = undefined,
	) {}

	listen(connection: Connection, guard: Guard): void {
		connection.languages.diagnostics.on(
			guard.request('diagnostics', async (params, token) => {
				await this.ready;
				const uri = params.textDocument.uri;
				const open = this.session.documents.get(uri) !== undefined;
				// Opened without a workspace folder: its first findings wait (bounded, cancellable) for the registries above it.
				await registriesBeside(this.session, this.besideBounds, uri, token);
				// A notice of megabytes is read in slices: the pull waits (bounded, or until the editor's next change cancels it) for its findings rather than answering none.
				await documentRead(this.session, uri, 'checked', token);
				if (open && this.session.documents.get(uri) === undefined) {
					// Closed while it waited: nothing is kept for it (clear has run).
					return { kind: DocumentDiagnosticReportKind.Full, items: [] };
				}
				return this.report(uri, params.previousResultId);
			}),
		);
	}

	/** A pull's answer: `unchanged` when the client holds these diagnostics already. */
	private report(uri: string, previousResultId: string | undefined): DocumentDiagnosticReport {
		const { resultId, answer, unchanged } = this.sent.next(uri, this.of(uri), previousResultId);
		const report: DocumentDiagnosticReport = unchanged ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId } : { kind: DocumentDiagnosticReportKind.Full, resultId, items: this.converted(answer) };
		this.firstFindings();
		return report;
	}

	private firstFindings(): void {
		const after = this.afterFirstFindings;
		if (after !== undefined) {
			this.afterFirstFindings = undefined;
			after();
		}
	}

	/**
	 * Starts the bound of the wait for the registries above a notice just opened without a folder, at
	 * its open: run from the first pull, which waits for the settings (`ready`) first, a client that
	 * never answers them made the first findings wait both bounds one after the other (10 s).
	 */
	boundRegistriesBeside(uri: string): void {
		void registriesBeside(this.session, this.besideBounds, uri);
	}

	/** Pushes a document's diagnostics (to a client that does not pull), once the settings and registries they depend on are read. */
	publish(uri: string): void {
		if (!this.session.features().pullDiagnostics) {
			void this.ready
				.then(() => registriesBeside(this.session, this.besideBounds, uri))
				.then(() => {
					const document = this.session.documents.get(uri);
					const sent = document && this.sent.next(uri, this.of(uri));
					if (document && sent?.changed) {
						this.session.requests.notify(PublishDiagnosticsNotification.type, { uri, version: document.version, diagnostics: this.converted(sent.answer) });
						this.firstFindings();
					}
				})
				.catch((error: unknown) => this.session.logError(`diagnostics for ${uri} failed: ${String(error)}`));
		}
	}

	/** The document closed: its diagnostics are taken back (push) and what was sent is forgotten. */
	clear(uri: string): void {
		this.sent.forget(uri);
		if (!this.session.features().pullDiagnostics) {
			this.session.requests.notify(PublishDiagnosticsNotification.type, { uri, diagnostics: [] });
		}
	}

	/** The workspace changed: after a registry, hidden-findings or settings change every open document may read differently; the Units view and an open registry's code lenses refresh soon. */
	indexChanged(): void {
		if (!this.initialized) {
			return;
		}
		if (this.session.service.findingsVersion !== this.lastFindingsVersion) {
			this.lastFindingsVersion = this.session.service.findingsVersion;
			this.refresh(this.session.documents.all().map((document) => document.uri));
		}
		this.indexChangedTimer ??= setTimeout(() => {
			this.indexChangedTimer = undefined;
			this.session.requests.notify(IndexChangedNotification, {});
			// A registry's code lenses count its units' tasks across the workspace, in the locale: the editor asks for them again only when told.
			const { documents, service } = this.session;
			if (documents.all().some((document) => service.workspace.index.getRegistry(document.uri) !== undefined)) {
				this.session.requests.refreshCodeLenses();
			}
		}, INDEX_CHANGED_DELAY_MS);
	}

	/** Documents read differently: a pull client is asked to pull again, a push client sent their diagnostics; semantic tokens are asked for again. */
	refresh(uris: readonly string[]): void {
		if (this.session.features().pullDiagnostics) {
			this.session.requests.refreshDiagnostics();
		} else {
			uris.forEach((uri) => this.publish(uri));
		}
		this.session.requests.refreshSemanticTokens();
	}

	private of(uri: string): readonly core.Diagnostic[] {
		return this.session.service.diagnostics(uri) ?? [];
	}
}
