import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FileRead } from '../../server/src/core/workspace/fileSystem';
import { createLanguageService, type LanguageService } from '../../server/src/core/service/languageService';
import { DEFAULT_SETTINGS } from '../../server/src/core/service/settings';
import { InMemoryFileSystem, ROOT, testWorkspace, uriOf } from '../support/inMemoryWorkspace';

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

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const TITLES = ['扩大投资', '稳定外贸', '优化营商环境', '招商引资', '乡村振兴', '城市更新'];

test('the scan fetches files ahead of the one it reads, four at most at once, and reads each into the index in a turn of its own', async () => {
	const names = TITLES.map((_, index) => `${String.fromCharCode(97 + index)}.txt`);
	const files = new HeldReads(Object.fromEntries(names.map((name, index) => [name, notice(TITLES[index])])));
	// How many notices the index holds each time the scan lets the event loop run.
	const indexedAtEachTurn: number[] = [];
	const service: LanguageService = createLanguageService({
		fileSystem: files,
		watcher: files,
		yieldToEventLoop: async () => {
			indexedAtEachTurn.push(names.filter((name) => service.workspace.index.model(uriOf(name))).length);
			await turn();
		},
	});
	service.workspace.setFolders([ROOT]);
	service.configure({ ...DEFAULT_SETTINGS, locale: 'zh-cn' });
	const scan = service.workspace.scan();
	await files.readStarted('a.txt');
	assert.deepEqual(files.started, ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
	for (const name of names) {
		await files.readStarted(name);
		files.release(name);
	}
	await scan;
	assert.deepEqual(indexedAtEachTurn, [1, 2, 3, 4, 5, 6]);
});

test('a file opened while the scan fetches it, or fetched and waiting for its turn, keeps the editor’s text', async () => {
	const files = new HeldReads({ 'a.txt': notice('扩大投资'), 'b.txt': notice('稳定外贸'), 'c.txt': notice('优化营商环境') });
	const service = createLanguageService({ fileSystem: files, watcher: files, yieldToEventLoop: turn });
	service.workspace.setFolders([ROOT]);
	service.configure({ ...DEFAULT_SETTINGS, locale: 'zh-cn' });
	const scan = service.workspace.scan();
	await files.readStarted('c.txt');
	// b opened while its read is held; c's read done while a's is still awaited, then c opened.
	service.workspace.openDocument(uriOf('b.txt'), notice('编辑中的任务'), 1);
	files.release('c.txt');
	await turn();
	service.workspace.openDocument(uriOf('c.txt'), notice('另一项编辑'), 1);
	files.release('a.txt');
	files.release('b.txt');
	await scan;
	const titles = ['a.txt', 'b.txt', 'c.txt'].map((name) => service.workspace.index.model(uriOf(name))?.tasks[0]?.title);
	assert.deepEqual(titles, ['扩大投资。', '编辑中的任务。', '另一项编辑。']);
});

test('a change of breakdown.maxFileSize reads again the files on disk it lets in or leaves out', async () => {
	const long = `2020年任务分解\n${TITLES.map((title, index) => `${index + 1}.${title}，确保年内见效。\n牵头单位：市发改委\n`).join('')}`;
	const workspace = await testWorkspace({ 'short.txt': notice('扩大投资'), 'long.txt': long, 'big.txt': long.repeat(8) }, { maxFileSize: 150 });
	const indexed = () => workspace.service.workspace.index.allNotices().map((entry) => entry.uri).sort();
	// Over the limit by characters (long) and by bytes (big, more than four bytes a character allowed): left out.
	assert.deepEqual(indexed(), [uriOf('short.txt')]);
	workspace.service.configure({ ...DEFAULT_SETTINGS, maxFileSize: 5_000 });
	await workspace.settled();
	// Before, they stayed out until a reload.
	assert.deepEqual(indexed(), [uriOf('big.txt'), uriOf('long.txt'), uriOf('short.txt')]);
	workspace.service.configure({ ...DEFAULT_SETTINGS, maxFileSize: 150 });
	await workspace.settled();
	assert.deepEqual(indexed(), [uriOf('short.txt')]);
});
