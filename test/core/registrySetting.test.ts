import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { registryProblemMessage, resolveRegistrySetting } from '../../server/src/core/workspace/registrySetting';
import { normalizeFileUri } from '../../server/src/core/workspace/uris';
import { localize } from '../../server/src/core/messages/message';

const FOLDER = 'file:///srv/notices';
const REGISTRY = `${FOLDER}/${encodeURIComponent('单位名录.txt')}`;

test('breakdown.registry: relative, absolute and file: URI forms inside the workspace', () => {
	for (const setting of ['单位名录.txt', './单位名录.txt', 'sub/../单位名录.txt', '/srv/notices/单位名录.txt', REGISTRY, 'file:///srv/notices/sub/%2e%2e/单位名录.txt']) {
		assert.deepEqual(resolveRegistrySetting(setting, [FOLDER]), { uri: REGISTRY }, setting);
	}
	assert.deepEqual(resolveRegistrySetting('名录\\a.units.txt', [FOLDER]), { uri: `${FOLDER}/${encodeURIComponent('名录')}/a.units.txt` });
	assert.deepEqual(resolveRegistrySetting('C:\\work\\单位名录.txt', ['file:///c%3A/work']), { uri: `file:///C%3A/work/${encodeURIComponent('单位名录.txt')}` });
	assert.equal(resolveRegistrySetting('  ', [FOLDER]), undefined);
});

test('breakdown.registry: every way out of the workspace is outside; other problems named', () => {
	for (const setting of ['../单位名录.txt', '../../../../../../单位名录.txt', 'file:///srv/notices/../单位名录.txt', 'file:///srv/notices/%2e%2e/单位名录.txt', 'file:///srv/notices/%2E%2E/x.units.txt', 'file:///srv/notices/..%2f..%2fetc/x.units.txt', '/etc/x.units.txt', 'file:///srv/notices-other/单位名录.txt', 'file://evil.example/srv/notices/单位名录.txt']) {
		assert.deepEqual(resolveRegistrySetting(setting, [FOLDER]), { problem: 'outside' }, setting);
	}
	assert.deepEqual(resolveRegistrySetting('units.txt', [FOLDER]), { problem: 'not-a-registry' });
	assert.deepEqual(resolveRegistrySetting('单位名录.txt', []), { problem: 'no-folder' });
	assert.deepEqual(resolveRegistrySetting('https://example.com/单位名录.txt', [FOLDER]), { problem: 'invalid' });
	assert.equal(localize(registryProblemMessage('x', 'outside'), 'zh-cn'), 'breakdown.registry「x」不在工作区内，已忽略');
	assert.equal(localize(registryProblemMessage('x', 'outside'), 'en'), 'breakdown.registry "x" is outside the workspace and was ignored');
});

test('normalizeFileUri resolves dot segments after decoding and refuses hidden separators', () => {
	assert.equal(normalizeFileUri('file:///a/b/../c/./d'), 'file:///a/c/d');
	assert.equal(normalizeFileUri('file:///a/%2E%2e/c'), 'file:///c');
	assert.equal(normalizeFileUri('file://localhost/a%20b/'), 'file:///a%20b');
	assert.equal(normalizeFileUri('file:///..'), undefined);
	assert.equal(normalizeFileUri('file:///a/..%2fb'), undefined);
	assert.equal(normalizeFileUri('file:///a/%5C..'), undefined);
	assert.equal(normalizeFileUri('file:///a/%E0%A4%A'), undefined);
	assert.equal(normalizeFileUri('untitled:a'), undefined);
});
