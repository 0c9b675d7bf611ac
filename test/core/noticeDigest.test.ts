import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { renameUnitEdits } from '../../server/src/core/features/renameUnit';
import { tasksByRole, workspaceUnits } from '../../server/src/core/features/unitReferences';
import { taskLabel } from '../../server/src/core/features/unitSummary';
import { digestNotice, type MentionDigest, type TaskDigest } from '../../server/src/core/model/noticeDigest';
import { engine } from '../support/engine';
import { repoRoot } from '../support/golden';

const seedsFolder = path.join(repoRoot(), 'seeds');
const seeds = fs
	.readdirSync(seedsFolder)
	.filter((name) => name.endsWith('.txt'))
	.map((name) => ({ uri: `file:///seeds/${name}`, text: fs.readFileSync(path.join(seedsFolder, name), 'utf8') }));

/** What the workspace keeps of a closed notice answers cross-file questions exactly as the full model does. */
test('a digest gives the same references, task labels and rename edits as the full model', () => {
	const full = seeds.map(({ uri, text }) => ({ uri, notice: engine.parseNotice(text), directory: undefined }));
	const strings = new Map<string, string>();
	const digests = full.map(({ uri, notice }) => ({ uri, notice: digestNotice(notice, (s) => strings.get(s) ?? (strings.set(s, s), s)), directory: undefined }));
	const keys = [...new Set(full.flatMap(({ notice }) => notice.units.map((unit) => unit.key)))];
	assert.ok(keys.length > 100, 'the seeds name many units');
	const summary = (entries: typeof full | typeof digests, identity: string) =>
		(workspaceUnits(entries).get(identity)?.references ?? []).map((reference) => `${reference.uri} ${reference.mention.start}-${reference.mention.end} ${reference.role} ${taskLabel(reference.task)} ${reference.task.title}`);
	// A place-bound name (区发改局) is told apart by its notice's folder: identities are not keys alone.
	const identities = [...workspaceUnits(full).keys()];
	assert.deepEqual([...workspaceUnits(digests).keys()], identities);
	for (const identity of identities) {
		assert.deepEqual(summary(digests, identity), summary(full, identity), identity);
		const byRole = tasksByRole(workspaceUnits(digests).get(identity)?.references ?? []);
		const byRoleFull = tasksByRole(workspaceUnits(full).get(identity)?.references ?? []);
		assert.deepEqual([byRole.lead.length, byRole.responsible.length, byRole.other.length], [byRoleFull.lead.length, byRoleFull.responsible.length, byRoleFull.other.length], identity);
	}
	for (const key of keys.slice(0, 40)) {
		const oldName = full.flatMap(({ notice }) => notice.units).find((unit) => unit.key === key)!.name;
		const input = { registries: [], oldKey: key, oldName, newName: '市试验局', reader: engine };
		assert.deepEqual(renameUnitEdits({ ...input, notices: digests }), renameUnitEdits({ ...input, notices: full }), key);
	}
});

test('a digest keeps no task fields, sections or per-mention objects: its tasks and mentions are columns', () => {
	const notice = engine.parseNotice(seeds.find(({ uri }) => uri.includes('xuzhou'))!.text);
	const digest = digestNotice(notice);
	assert.equal(digest.tasks.length, notice.tasks.length);
	assert.equal(digest.units.length, notice.units.length);
	assert.ok(!('fields' in digest.tasks[0]), 'tasks carry no fields');
	assert.ok(!('task' in digest.units[0] && 'fields' in digest.units[0].task));
	// What it holds: the text, typed arrays, and arrays no longer than its distinct names.
	const names = new Set(notice.units.flatMap((unit) => [unit.name, unit.key])).size;
	for (const [field, value] of Object.entries(digest)) {
		assert.ok(!Array.isArray(value) || value.length <= names, field);
	}
	assert.ok(Object.values(digest).filter((value) => value instanceof Int32Array).length >= 2);
});

test('a compact line index gives the positions of the full one (LF, CRLF, lone CR, BOM, astral characters)', () => {
	const texts = [...seeds.map(({ text }) => text), '\uFEFF1.任务\r\n牵头单位：市发改委\r2.𠀀任务\n\n', ''];
	for (const text of texts) {
		const notice = engine.parseNotice(text);
		const compact = digestNotice(notice).lineIndex;
		for (let offset = -1; offset <= text.length + 1; offset += text.length > 5000 ? 7 : 1) {
			assert.deepEqual(compact.positionAt(offset), notice.lineIndex.positionAt(offset), `offset ${offset}`);
		}
	}
});

test('every task and mention of a digest reads as the model’s, on the seeds and the corpus', () => {
	const corpus = path.join(repoRoot(), 'test', 'corpus');
	// A name written around a parenthesis has a tail (云龙区(金融服务中心)政府).
	const texts = ['1.甲。\n牵头单位：云龙区(金融服务中心)政府、市财政局\n2.乙。\n责任单位：市商务局\n', ...seeds.map(({ text }) => text), ...fs.readdirSync(corpus).filter((name) => name.endsWith('.txt')).map((name) => fs.readFileSync(path.join(corpus, name), 'utf8'))];
	const task = (item: TaskDigest) => ({ marker: item.marker, title: item.title, titleStart: item.titleStart, titleEnd: item.titleEnd, index: item.index, section: item.section?.marker.number });
	const mention = (item: MentionDigest) => ({ name: item.name, key: item.key, start: item.start, end: item.end, nameEnd: item.nameEnd, nameTailSpan: item.nameTailSpan, role: item.role, completed: item.completed, collective: item.collective, task: task(item.task) });
	for (const text of texts) {
		const notice = engine.parseNotice(text);
		const digest = digestNotice(notice);
		assert.equal(digest.kind, notice.kind);
		assert.deepEqual(digest.tasks.map(task), notice.tasks.map(task));
		assert.deepEqual(digest.units.map(mention), notice.units.map(mention));
	}
});

test('a digest keeps marker numbers that are not 32-bit integers as they are', () => {
	const notice = engine.parseNotice('一、总\n1.甲。\n牵头单位：市发改委\n2.乙。\n牵头单位：市财政局\n3.丙。\n牵头单位：市商务局\n');
	const numbers = [2 ** 40, Number.NaN, 2.5];
	notice.tasks.forEach((task, index) => (task.marker = { ...task.marker, number: numbers[index] }));
	notice.tasks[0].section!.marker = { ...notice.tasks[0].section!.marker, number: -(2 ** 33) };
	const digest = digestNotice(notice);
	assert.deepEqual(
		digest.tasks.map((task) => [task.marker.number, task.section?.marker.number]),
		notice.tasks.map((task) => [task.marker.number, task.section?.marker.number]),
	);
});
