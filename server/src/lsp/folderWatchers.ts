import type { Disposable } from 'vscode-languageserver';
import type { FolderWatch, FolderWatcher } from '../core/workspace/fileSystem';
import type { ClientFeatures } from './clientFeatures';
import type { ClientRequests } from './clientRequests';

/**
 * The client's watcher on the folders read beside a notice opened in a window without a workspace
 * folder. The server's own watchers are globs the client matches within its workspace folders (VS
 * Code drops any other event), so a registry there changed by another program (a clerk's edit in
 * Notepad, a colleague's sync) was never read again. A set of folders is one registration of
 * relative patterns (LSP 3.17), made before the one it replaces is dropped so that no change falls
 * between them; a client that declared no dynamic registration of them is asked nothing.
 */
export class FolderWatchers implements FolderWatcher {
	/** The registration in place, once those asked before it are done. */
	private registration: Promise<Disposable | undefined> = Promise.resolve(undefined);

	constructor(
		private readonly requests: ClientRequests,
		private readonly features: () => ClientFeatures,
		private readonly log: (message: string) => void,
	) {}

	get available(): boolean {
		const { watcherRegistration, relativePatterns } = this.features();
		return watcherRegistration && relativePatterns;
	}

	watch(watches: readonly FolderWatch[]): void {
		this.registration = this.registration.then(async (before) => {
			const next = watches.length > 0 ? await this.requests.watchFolders(watches) : undefined;
			try {
				before?.dispose();
			} catch (error) {
				// The connection is closed: nothing is watched any more.
				this.log(`dropping a folder watch failed: ${error instanceof Error ? error.message : String(error)}`);
			}
			return next;
		});
	}
}
