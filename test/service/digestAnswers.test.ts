import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Position, RenameAnswer } from '../../server/src/core/service/types';
import { engine } from '../support/engine';
import { repoRoot } from '../support/golden';
import { testWorkspace, uriOf, type TestWorkspace } from '../support/inMemoryWorkspace';

/** The seeds and the corpus texts, by file name. */
function notices(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const folder of ['seeds', path.join('test', 'corpus')]) {
		const full = path.join(repoRoot(), folder);
		for (const name of fs.readdirSync(full).filter((file) => file.endsWith('.txt'))) {
			files[`${path.basename(folder)}/${name}`] = fs.readFileSync(path.join(full, name), 'utf8');
		}
	}
	return files;
}

/** A registry naming some of the units (one with an alias), so identities resolve through a directory as well as by key. */
function registry(files: Record<string, string>): string {
	const names = [...new Set(Object.values(files).flatMap((text) => engine.parseNotice(text).units.map((unit) => unit.name)))].filter((name) => !/[=＝#|│→]/.test(name));
	return ['# 测试名录', `${names[0]} = 测试别名甲`, ...names.slice(1, 60)].join('\n') + '\n';
}

/** Where every fifth mention of each notice starts, and one rename position in every third notice. */
function positions(files: Record<string, string>): Array<{ uri: string; position: Position; rename: boolean }> {
	return Object.entries(files).flatMap(([file, text], noticeIndex) => {
		const notice = engine.parseNotice(text);
		return notice.units
			.filter((_, index) => index % 5 === 0)
			.map((unit, index) => ({ uri: uriOf(file), position: notice.lineIndex.positionAt(unit.start + 1), rename: index === 0 && noticeIndex % 3 === 0 }));
	});
}

/** Every cross-file answer the index gives, as plain data. */
function answers(workspace: TestWorkspace, at: ReturnType<typeof positions>): unknown {
	const { service } = workspace;
	const tree = service.unitTree();
	return {
		tree,
		filtered: service.unitTree('发改'),
		views: tree.map((unit) => service.unitOfView(unit.identity)),
		symbols: ['', '局', '1', '12', 'fgw', '推进'].map((query) => service.workspaceSymbols(query)),
		at: at.map(({ uri, position, rename }) => ({
			references: service.references(uri, position, true),
			highlights: service.highlights(uri, position),
			hover: service.hover(uri, position),
			tasks: service.unitTasks(uri, position),
			rename: rename ? withoutVersions(service.rename(uri, position, '市试验局')) : undefined,
		})),
		lenses: service.codeLenses(uriOf('单位名录.txt')),
	};
}

/** A rename's edits without the editor's versions (an open document's edits name its version; a file on disk has none). */
function withoutVersions(answer: RenameAnswer | undefined): RenameAnswer | undefined {
	return answer && 'change' in answer ? { change: { ...answer.change, files: answer.change.files.map(({ uri, edits }) => ({ uri, edits })) } } : answer;
}

/**
 * The workspace keeps a closed notice as a digest (columns, objects made on demand) and an open one
 * as its full model: every cross-file answer is the same either way.
 */
test('a workspace of digests answers references, hover, the Units view, symbols and rename as one of full models', async () => {
	// Those that read as notices (a report is not indexed unless open).
	const read = await testWorkspace(notices());
	const indexed = new Set(read.service.workspace.index.allNotices().map((entry) => entry.uri));
	const files = Object.fromEntries(Object.entries(notices()).filter(([file]) => indexed.has(uriOf(file))));
	assert.ok(Object.keys(files).length >= 20, `${Object.keys(files).length} notices`);
	const all = { ...files, '单位名录.txt': registry(files) };
	const at = positions(files);
	assert.ok(at.length > 200, `${at.length} positions`);
	const closed = await testWorkspace(all);
	const open = await testWorkspace(all);
	for (const file of Object.keys(files)) {
		open.open(file);
	}
	await open.settled();
	const digests = open.service.workspace.index.allNotices().filter((entry) => entry.notice !== undefined).length;
	assert.equal(digests, Object.keys(files).length, 'every notice of the second workspace is open');
	assert.equal(closed.service.workspace.index.allNotices().filter((entry) => entry.notice === undefined).length, Object.keys(files).length, 'every notice of the first is a digest');
	const expected = answers(open, at) as { tree: unknown[]; at: Array<{ references: unknown[]; rename?: { change?: unknown } }> };
	assert.ok(expected.tree.length > 100, 'many units');
	assert.ok(expected.at.every((answer) => answer.references.length > 0), 'every position names a unit');
	assert.ok(expected.at.filter((answer) => answer.rename?.change).length >= 2, 'renames that go through (others are refused: both compared)');
	assert.deepEqual(answers(closed, at), expected);
});
