import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { UnitTasksRequest, UnitTreeRequest, type UnitItem, type UnitSummaryItem } from '../../server/src/protocol/protocol';
import { LanguageServer } from './support/languageServer';

const A = '2020年任务分解\n1.扩大投资。\n牵头单位：市发改委；责任单位：市财政局\n2.稳定外贸。\n牵头单位：市商务局；责任单位：市发改委\n';
const B = '2021年任务分解\n1.优化营商环境。\n牵头单位：市财政局；责任单位：市发改委、市商务局\n2.招商引资。\n牵头单位：市发改委\n';

describe('the Units view over stdio: units with counts, then a unit’s notices, then its tasks in one notice', () => {
	let server: LanguageServer;
	let folder: string;
	const uriOf = (file: string) => pathToFileURL(path.join(folder, file)).href;
	before(async () => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'breakdown-units-view-'));
		fs.writeFileSync(path.join(folder, '单位名录.txt'), '市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n');
		fs.writeFileSync(path.join(folder, 'a.txt'), A);
		fs.writeFileSync(path.join(folder, 'b.txt'), B);
		server = await LanguageServer.start({ folder });
	});
	after(async () => {
		await server.stop();
		fs.rmSync(folder, { recursive: true, force: true });
	});

	test('the top level is the units with their counts, no task nor notice list', async () => {
		const tree = await server.request<UnitSummaryItem[]>(UnitTreeRequest.method, {});
		assert.deepEqual(
			tree.map((unit) => [unit.name, unit.description, unit.notices]),
			[
				['市发展和改革委员会', '牵头 2 项 · 责任 2 项 · 配合 0 项', 2],
				['市商务局', '牵头 1 项 · 责任 1 项 · 配合 0 项', 2],
				['市财政局', '牵头 1 项 · 责任 1 项 · 配合 0 项', 2],
			],
		);
		assert.ok(tree.every((unit) => Object.values(unit).every((value) => !Array.isArray(value))), 'no list in a unit of the top level');
		assert.deepEqual((await server.request<UnitSummaryItem[]>(UnitTreeRequest.method, { filter: 'swj' })).map((unit) => unit.name), ['市商务局']);
	});

	test('a unit by identity: its notices without tasks, then its tasks in one notice; the unit at a position keeps all its tasks', async () => {
		const [ndrc] = await server.request<UnitSummaryItem[]>(UnitTreeRequest.method, {});
		const expanded = await server.request<UnitItem>(UnitTasksRequest.method, { identity: ndrc.identity, tasks: false });
		assert.deepEqual(expanded.notices.map((notice) => [notice.file, notice.uri, notice.description]), [
			['a.txt', uriOf('a.txt'), '牵头 1 项 · 责任 1 项 · 配合 0 项'],
			['b.txt', uriOf('b.txt'), '牵头 1 项 · 责任 1 项 · 配合 0 项'],
		]);
		assert.deepEqual([expanded.lead, expanded.responsible, expanded.other], [[], [], []]);
		const inA = await server.request<UnitItem>(UnitTasksRequest.method, { identity: ndrc.identity, notice: expanded.notices[0].uri });
		assert.deepEqual([inA.lead.map((task) => task.text), inA.responsible.map((task) => task.text), inA.other], [['第 1 项：扩大投资。'], ['第 2 项：稳定外贸。'], []]);
		assert.deepEqual(inA.lead[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } });
		assert.equal(await server.request(UnitTasksRequest.method, { identity: 'no such unit' }), null);
		const atPosition = await server.request<UnitItem>(UnitTasksRequest.method, { uri: uriOf('a.txt'), position: { line: 2, character: 6 } });
		assert.deepEqual([atPosition.name, atPosition.lead.length + atPosition.responsible.length], ['市发展和改革委员会', 4]);
	});

	test('an open registry\'s code lenses are asked for again when the workspace changes, and when the locale does', { timeout: 20_000 }, async () => {
		const registry = uriOf('单位名录.txt');
		await server.open(registry, fs.readFileSync(path.join(folder, '单位名录.txt'), 'utf8'), 'breakdown-units');
		const titles = async () => (await server.request<Array<{ command: { title: string } }>>('textDocument/codeLens', { textDocument: { uri: registry } })).map((lens) => lens.command.title);
		const before = await titles();
		// A notice of the workspace edited: 市商务局 leads a task more. Before, the editor kept the lenses it had until the registry was edited.
		let refreshed = server.nextServerRequest('workspace/codeLens/refresh');
		await server.open(uriOf('b.txt'), B.replace('2.招商引资。\n牵头单位：市发改委', '2.招商引资。\n牵头单位：市商务局'));
		await refreshed;
		assert.notDeepEqual(await titles(), before);
		refreshed = server.nextServerRequest('workspace/codeLens/refresh');
		server.settings = { locale: 'en' };
		await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
		await refreshed;
		const english = await titles();
		assert.ok(english.length > 0 && english.every((title) => title.startsWith('Lead ')), english.join(' | '));
	});
});
