import type { CancellationToken, Connection, Disposable } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from './languageServer';
import { isHiddenFindingsUri } from '../core/workspace/fileNames';
import { toFileChange } from './convert';
import type { Diagnostics } from './diagnostics';
import type { Guard } from './guard';
import type { Session } from './session';

/**
 * Keeps the workspace current (open documents, the client's file events) and bounds the waits on it: a
 * cross-file request waits until the read queue is empty, so it never answers from a half-read
 * workspace, unless it is cancelled (RequestCancelled) or the wait passes the bound (then it
 * answers from what is read).
 */
export class Indexing {
	constructor(private readonly session: Session, private readonly diagnostics: Diagnostics) {}

	listen(connection: Connection, guard: Guard): void {
		const { service, documents } = this.session;
		documents.onDidChangeContent(
			guard.notification('didChange', ({ document }) => {
				// Read at once: its findings go now; a notice of megabytes, read and checked in slices: once they are ready.
				const read = service.openDocument(document.uri, document.noticeText(), document.version, document.changes);
				this.diagnostics.boundRegistriesBeside(document.uri);
				if (read) {
					void read.then(() => this.diagnostics.refresh([document.uri])).catch((error: unknown) => this.session.logError(`reading ${document.uri} failed: ${String(error)}`));
				} else {
					this.diagnostics.publish(document.uri);
				}
			}),
		);
		documents.onDidClose(({ document }) => {
			this.diagnostics.clear(document.uri);
			void service.workspace.closeDocument(document.uri);
		});
		connection.onDidChangeWatchedFiles(
			guard.notification('didChangeWatchedFiles', (params) => {
				const changes = params.changes.map(toFileChange);
				// Logged: whether a hide or a show-again reached the server is the first question when a finding stays as it was.
				for (const change of changes.filter((change) => isHiddenFindingsUri(change.uri))) {
					this.session.log(`hidden findings file ${change.kind}: ${change.uri}`);
				}
				return service.workspace.filesChanged(changes);
			}),
		);
	}

	/** Waits for the read queue; a request cancelled meanwhile answers RequestCancelled, one waiting too long answers from what is read. */
	async indexed(token: CancellationToken): Promise<void> {
		const { service, limits } = this.session;
		const outcome = await waitUnlessCancelled(this.session, service.workspace.idle(), limits.indexWaitMs, token);
		if (outcome === 'late') {
			this.session.log(`the workspace is still being read after ${limits.indexWaitMs} ms; answering from the files read so far`);
		}
	}
}

/**
 * Waits (bounded, cancellable) for an open notice read in slices: for its check (`checked`: the
 * pull of its diagnostics) or its outline and tokens too (`views`); at once for any other document.
 */
export async function documentRead(session: Session, uri: string, what: 'checked' | 'views', token: CancellationToken): Promise<void> {
	const reading = session.service.documentReady(uri, what);
	if (reading) {
		await waitUnlessCancelled(session, reading, session.limits.documentReadWaitMs, token);
	}
}

/**
 * Waits (bounded by the wait for a workspace's registries, cancellable) for the registries above a
 * notice just opened without a workspace folder; at once for any other document. The bound runs
 * once per read, from the first wait on it (`bounds`, kept by the caller), as the workspace's
 * `ready`: on a hung disk only the first findings wait, not every pull after them. Without a token
 * (a push) it is not cancellable.
 */
export async function registriesBeside(session: Session, bounds: WeakMap<Promise<unknown>, Promise<void>>, uri: string, token?: CancellationToken): Promise<void> {
	const reading = session.service.workspace.besideRead(uri);
	if (!reading) {
		return;
	}
	let bounded = bounds.get(reading);
	if (!bounded) {
		const ms = session.limits.registriesWaitMs;
		bounded = within(reading, ms, 'late' as const).then((outcome) => {
			if (outcome === 'late') {
				session.log(`the registries above ${uri} are still being read after ${ms} ms; its findings come without them until then`);
			}
		});
		bounds.set(reading, bounded);
	}
	if (token) {
		// `bounded` ends within the bound, having begun no later than this wait.
		await waitUnlessCancelled(session, bounded, session.limits.registriesWaitMs, token);
	} else {
		await bounded;
	}
}

/**
 * Waits for `promise` at most `ms`: 'late' after that. A request cancelled meanwhile (or before)
 * answers RequestCancelled: it stops waiting, and nothing is computed for it.
 */
async function waitUnlessCancelled(session: Session, promise: Promise<unknown>, ms: number, token: CancellationToken): Promise<'done' | 'late'> {
	let listener: Disposable | undefined;
	const cancelled = new Promise<'cancelled'>((resolve) => (listener = token.onCancellationRequested(() => resolve('cancelled'))));
	const outcome = token.isCancellationRequested ? 'cancelled' : await within(Promise.race([promise.then(() => 'done' as const), cancelled]), ms, 'late' as const);
	listener?.dispose();
	if (outcome === 'cancelled' || token.isCancellationRequested) {
		throw new ResponseError(LSPErrorCodes.RequestCancelled, session.service.localize({ id: 'request.cancelled', args: [] }));
	}
	return outcome ?? 'done';
}

/** What `promise` gives, or `late` once `ms` have passed, whichever comes first; never rejects. */
export async function within<T, L = undefined>(promise: Promise<T>, ms: number, late?: L): Promise<T | L | undefined> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	try {
		return await Promise.race([promise.catch(() => undefined), new Promise<L | undefined>((resolve) => (timer = setTimeout(() => resolve(late), ms)))]);
	} finally {
		clearTimeout(timer);
	}
}
