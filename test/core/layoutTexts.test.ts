import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { buildTaskTable, type TaskRow } from '../../server/src/core/features/taskTable';
import { engine } from '../support/engine';
import { repoRoot } from '../support/golden';

/**
 * The short correct notices of test/layouts/ (layouts the samples and the corpus lack): each reads
 * with no finding, without a registry and with one listing every unit read, and as `expected.json`
 * writes its tasks (number, leads, responsible and other units, as the task table shows them).
 * Regenerate the file with UPDATE_LAYOUTS=1 after checking the change is right.
 */
const folder = path.join(repoRoot(), 'test', 'layouts');
const expectedFile = path.join(folder, 'expected.json');
const names = fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();

function tasksOf(text: string, registry?: string): { rows: string[]; codes: string[] } {
	const notice = engine.parseNotice(text);
	const directory = registry === undefined ? undefined : engine.createDirectory([engine.parseRegistry(registry, 'file:///w/单位名录.txt')]);
	const findings = engine.check(notice, directory);
	const table = buildTaskTable([{ uri: 'file:///w/notice.txt', name: 'notice', notice, findings, directory }]);
	const list = (units: TaskRow['lead']) => units.map((unit) => unit.name).join('、');
	const rows = table.rows.filter((row): row is TaskRow => row.kind === 'task').map((row) => `${row.number} ${list(row.lead)} | ${list(row.responsible)} | ${list(row.other)}`);
	return { rows, codes: findings.map((finding) => `${finding.code}@${notice.lineIndex.positionAt(finding.span.start).line + 1}`) };
}

test(`layout texts: ${names.length} short correct notices read as expected.json says, with no finding`, () => {
	assert.ok(names.length >= 12);
	const read = Object.fromEntries(names.map((name) => [name, tasksOf(fs.readFileSync(path.join(folder, name), 'utf8')).rows]));
	if (process.env.UPDATE_LAYOUTS) {
		fs.writeFileSync(expectedFile, JSON.stringify(read, undefined, '\t') + '\n');
	}
	assert.deepEqual(read, JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
	for (const name of names) {
		const text = fs.readFileSync(path.join(folder, name), 'utf8');
		const units = [...new Set(engine.parseNotice(text).units.map((unit) => unit.name))];
		assert.deepEqual(tasksOf(text).codes, [], `${name}: findings without a registry`);
		assert.deepEqual(tasksOf(text, units.join('\n') + '\n').codes, [], `${name}: findings with a registry of its units`);
	}
});
