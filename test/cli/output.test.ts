import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHECK_CODES, CHECKS, type CheckCode } from '../../server/src/core/checks/checkTable';
import type { Finding } from '../../server/src/core/checks/finding';
import type { FileReport } from '../../server/src/cli/lintFiles';
import { writeJson } from '../../server/src/cli/writeJson';
import { writeSarif } from '../../server/src/cli/writeSarif';
import { writeText } from '../../server/src/cli/writeText';
import { repoRoot } from '../support/golden';
import { check } from '../support/engine';

const root = repoRoot();
const cli = path.join(root, 'dist', 'cli.js');

function run(args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A notice with one finding of each severity (the configured severities a user may choose). */
function everySeverity(): FileReport {
	const { notice, findings } = check('1.甲。\n牵头单位：\n3.乙。\n牵头单位：市财政局、市财政局\n4.丙。\n牵头单位：各\n县(市)区政府\n5.丁。\n牵头单位：市商务局\n');
	const severities: Finding['severity'][] = ['error', 'warning', 'information', 'hint'];
	assert.ok(findings.length >= 4, findings.map((finding) => finding.code).join());
	return { path: 'a.txt', lineIndex: notice.lineIndex, notice, findings: findings.slice(0, 4).map((finding, index) => ({ ...finding, severity: severities[index] })) };
}

test('one word per severity, the same on each line and in the count', () => {
	const report = everySeverity();
	for (const [locale, counts] of [
		['zh-cn', '共 1 个文件：1 个错误，1 个警告，1 条信息，1 条提示'],
		['en', '1 file: 1 error, 1 warning, 1 info, 1 hint'],
	] as const) {
		const lines = writeText([report], locale).trimEnd().split('\n');
		assert.equal(lines.at(-1), counts);
		const words = lines.slice(0, -1).map((line) => /^a\.txt:\d+:\d+: (\S+) /.exec(line)![1]);
		assert.equal(new Set(words).size, 4, words.join());
		for (const word of words) {
			assert.ok(counts.includes(locale === 'en' ? ` ${word}` : `个${word}`) || counts.includes(`条${word}`), `"${word}" on a line and in "${counts}"`);
		}
	}
	assert.equal(writeText([{ ...report, findings: [] }, { ...report, findings: [] }], 'en').trim(), '2 files: 0 errors, 0 warnings, 0 info', 'no hint count when there is none');
});

test('JSON totals: the findings of every file by severity, and the hidden count', () => {
	const { stdout } = run(['lint', '--format', 'json', 'seeds/']);
	const report = JSON.parse(stdout);
	const counted = { files: report.files.length, error: 0, warning: 0, information: 0, hint: 0, hidden: 0 };
	for (const file of report.files) {
		for (const diagnostic of file.diagnostics as Array<{ severity: 'error' | 'warning' | 'information' | 'hint' }>) {
			counted[diagnostic.severity]++;
		}
	}
	assert.deepEqual(report.totals, counted);
	assert.ok(report.totals.error > 0 && report.totals.warning > 0);
	const writtenAlone = JSON.parse(writeJson([everySeverity()], 'zh-cn'));
	assert.deepEqual(writtenAlone.totals, { files: 1, error: 1, warning: 1, information: 1, hint: 1, hidden: 0 });
});

test('SARIF: relative locations against %SRCROOT% (the current folder), absolute ones as file URIs', () => {
	const absolute = path.join(root, 'seeds', 'xuzhou-2020-task-breakdown.txt');
	const sarif = JSON.parse(run(['lint', '--format', 'sarif', 'seeds/tunxi-2020-key-work-points.txt', absolute]).stdout);
	const [run0] = sarif.runs;
	const base = run0.originalUriBaseIds['%SRCROOT%'].uri;
	assert.match(base, /^file:\/\/.*\/$/);
	assert.equal(fileURLToPath(base), root + path.sep);
	const artifacts = new Set(run0.results.map((result: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }) => JSON.stringify(result.locations[0].physicalLocation.artifactLocation)));
	assert.deepEqual([...artifacts].sort(), [JSON.stringify({ uri: 'seeds/tunxi-2020-key-work-points.txt', uriBaseId: '%SRCROOT%' }), JSON.stringify({ uri: new URL(`file://${absolute}`).href })].sort());
	for (const artifact of artifacts) {
		const location = JSON.parse(artifact as string);
		const resolved = fileURLToPath(new URL(location.uri, location.uriBaseId ? run0.originalUriBaseIds[location.uriBaseId].uri : undefined));
		assert.ok(fs.existsSync(resolved), resolved);
	}
	assert.ok(run0.results.every((result: { partialFingerprints?: Record<string, string> }) => /^[0-9a-f]{16}$/.test(result.partialFingerprints?.['breakdownTask/v1'] ?? '')));
});

test('SARIF rules: full descriptions, help links to the README anchor of each check, in the locale asked for', () => {
	const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
	const homepage = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).homepage.replace(/#.*$/, '');
	const rules = (locale: string) => {
		const sarif = JSON.parse(run(['lint', '--format', 'sarif', '--locale', locale, 'seeds/tunxi-2020-key-work-points.txt']).stdout);
		assert.equal(sarif.runs[0].language, locale === 'en' ? 'en' : 'zh-CN');
		return sarif.runs[0].tool.driver.rules as Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string }; helpUri: string }>;
	};
	const zh = rules('zh-cn');
	const en = rules('en');
	assert.deepEqual(zh.map((rule) => rule.id), CHECK_CODES);
	zh.forEach((rule, index) => {
		assert.equal(rule.helpUri, `${homepage}#${rule.id}`);
		// The README's row: the anchor helpUri names, the default level, and the English summary word for word.
		const row = `| <a id="${rule.id}"></a>\`${rule.id}\` | ${CHECKS[rule.id as CheckCode].severity} | ${en[index].shortDescription.text.replace(/\|/g, '\\|')} |`;
		assert.ok(readme.includes(row), `README's table of checks has the row ${row}`);
		assert.match(rule.shortDescription.text, /[\u4e00-\u9fff]/);
		assert.ok(rule.fullDescription.text.length > rule.shortDescription.text.length);
		assert.match(en[index].shortDescription.text, /^[A-Z][a-z]* [a-z]/, 'an English sentence');
		assert.notEqual(en[index].fullDescription.text, rule.fullDescription.text);
	});
	// The writer itself: no homepage, no help links (never a made-up address).
	const { notice, findings } = check('1.甲。\n');
	const bare = JSON.parse(writeSarif([{ path: 'a.txt', lineIndex: notice.lineIndex, notice, findings }], { locale: 'en', version: 'test', cwd: '/tmp' }));
	assert.equal(bare.runs[0].tool.driver.rules[0].helpUri, undefined);
	assert.equal(bare.runs[0].originalUriBaseIds['%SRCROOT%'].uri, 'file:///tmp/');
});

test('JSON task text: the task in its own words, as the task table gives it (no bracket its unit list leaves behind)', () => {
	for (const open of ['（', '(']) {
		const { notice, findings } = check(`1.地区生产总值增长8%以上。${open}牵头单位：市发改委；责任单位：市统计局${open === '（' ? '）' : ')'}\n2.城镇新增就业2万人。\n牵头单位：市人社局\n`);
		const report = JSON.parse(writeJson([{ path: 'a.txt', lineIndex: notice.lineIndex, notice, findings }], 'zh-cn'));
		assert.deepEqual(report.files[0].items.map((item: { text: string }) => item.text), ['地区生产总值增长8%以上。', '城镇新增就业2万人。']);
	}
});
