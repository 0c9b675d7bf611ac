import type { CancellationToken, Disposable } from 'vscode-languageserver';

export type IndexWait = 'done' | 'cancelled' | 'late';

/**
 * Disk reads for the index run one after another on this queue. Cross-file answers (references,
 * rename, the Units view) wait for it, so they never see a half-read workspace or miss a file
 * event that arrived before the request; the wait ends early when the request is cancelled or
 * takes too long, so a slow disk cannot hang them. Nothing on the queue waits for a request.
 */
export class IndexQueue {
	private tail: Promise<void> = Promise.resolve();

	constructor(private readonly log: (message: string) => void) {}

	/** Runs `job` after everything queued before; a failure is logged and the queue goes on. */
	enqueue(what: string, job: () => Promise<void>): Promise<void> {
		this.tail = this.tail.then(job).catch((error: unknown) => this.log(`${what} failed: ${(error as Error)?.stack ?? String(error)}`));
		return this.tail;
	}

	/** 'done' once the queue is empty (jobs queued meanwhile included); 'cancelled' when the token fires first; 'late' after `boundMs`. */
	async wait(token: CancellationToken | undefined, boundMs: number): Promise<IndexWait> {
		if (token?.isCancellationRequested) {
			return 'cancelled';
		}
		let timer: ReturnType<typeof setTimeout> | undefined;
		let listener: Disposable | undefined;
		try {
			return await Promise.race([
				this.drained().then(() => 'done' as const),
				new Promise<IndexWait>((resolve) => {
					listener = token?.onCancellationRequested(() => resolve('cancelled'));
				}),
				new Promise<IndexWait>((resolve) => {
					timer = setTimeout(() => resolve('late'), boundMs);
				}),
			]);
		} finally {
			clearTimeout(timer);
			listener?.dispose();
		}
	}

	private async drained(): Promise<void> {
		let seen: Promise<void>;
		do {
			seen = this.tail;
			await seen;
		} while (seen !== this.tail);
	}
}

/** Resolves when `promise` settles or `ms` have passed, whichever comes first; never rejects. */
export async function within(promise: Promise<unknown>, ms: number): Promise<void> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	try {
		await Promise.race([promise.catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
	} finally {
		clearTimeout(timer);
	}
}
