import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FileRead } from '../../server/src/core/workspace/fileSystem';
import { createLanguageService } from '../../server/src/core/service/languageService';
import { DEFAULT_SETTINGS } from '../../server/src/core/service/settings';
import { InMemoryFileSystem, ROOT, uriOf } from '../support/inMemoryWorkspace';

const notice = (title: string) => `2020年任务分解\n1.${title}。\n牵头单位：市发改委\n`;

/** Holds each notice's read until the test lets it go, and says when a read starts. */
class HeldReads extends InMemoryFileSystem {
	readonly started: string[] = [];
	private readonly releases = new Map<string, () => void>();
	private readonly waiting = new Map<string, () => void>();

	override async readFile(uri: string, limits: { folders: readonly string[]; maxBytes: number }): Promise<FileRead> {
		const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
		this.started.push(name);
		this.waiting.get(name)?.();
		await new Promise<void>((resolve) => this.releases.set(name, resolve));
		return super.readFile(uri, limits);
	}

	/** Resolves when the file's read has started. */
	readStarted(name: string): Promise<void> {
		return this.started.includes(name) ? Promise.resolve() : new Promise((resolve) => this.waiting.set(name, resolve));
	}

	release(name: string): void {
		this.releases.get(name)!();
	}
}

test('the scan fetches the next file while the one before is read, and a file opened meanwhile keeps the editor’s text', async () => {
	const files = new HeldReads({ 'a.txt': notice('扩大投资'), 'b.txt': notice('稳定外贸'), 'c.txt': notice('优化营商环境') });
	const service = createLanguageService({ fileSystem: files, watcher: files });
	service.workspace.setFolders([ROOT]);
	service.configure({ ...DEFAULT_SETTINGS, locale: 'zh-cn' });
	const scan = service.workspace.scan();
	await files.readStarted('a.txt');
	// Read ahead: b's bytes are on their way while a's are still awaited.
	assert.deepEqual(files.started.slice(0, 2), ['a.txt', 'b.txt']);
	files.release('a.txt');
	await files.readStarted('c.txt');
	// The editor opens b before its fetched text is read into the index: the editor's text wins.
	service.workspace.openDocument(uriOf('b.txt'), notice('编辑中的任务'), 1);
	files.release('b.txt');
	files.release('c.txt');
	await scan;
	const titles = ['a.txt', 'b.txt', 'c.txt'].map((name) => service.workspace.index.model(uriOf(name))?.tasks[0]?.title);
	assert.deepEqual(titles, ['扩大投资。', '编辑中的任务。', '优化营商环境。']);
});
