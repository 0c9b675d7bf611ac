import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMessage } from '../../server/src/core/checks/checkTable';
import type { Finding } from '../../server/src/core/checks/finding';
import { FindingMessages } from '../../server/src/core/service/findingMessages';
import { localize, message } from '../../server/src/core/messages/message';

function counted() {
	const calls: string[] = [];
	const messages = new FindingMessages((code, args, locale, suggestions) => {
		calls.push(code);
		return formatMessage(code, args, locale, suggestions);
	});
	return { calls, messages };
}

const finding = (code: Finding['code'], args: string[], suggestions?: string[]): Finding => ({ code, span: { start: 0, end: 1 }, args, suggestions, severity: 'warning', related: [] }) as unknown as Finding;

test('a finding made anew with the same arguments (a notice-wide rule at each keystroke) is not formatted again', () => {
	const { calls, messages } = counted();
	const first = messages.of(finding('duplicate-number', ['3', '12']), 'zh-cn');
	const again = messages.of(finding('duplicate-number', ['3', '12']), 'zh-cn');
	assert.equal(again, first);
	assert.equal(calls.length, 1);
	assert.equal(messages.of(finding('duplicate-number', ['3', '12']), 'en'), formatMessage('duplicate-number', ['3', '12'], 'en'));
	assert.equal(messages.of(finding('duplicate-number', ['31', '2']), 'zh-cn'), formatMessage('duplicate-number', ['31', '2'], 'zh-cn'), 'arguments joined do not run together');
	assert.equal(calls.length, 3);
});

test('a kept finding (the same arguments array) is formatted once; one with suggestions by its array only', () => {
	const { calls, messages } = counted();
	const args = ['市发改委'];
	const kept = finding('unknown-unit', args, ['市发展改革委']);
	const text = messages.of(kept, 'zh-cn');
	assert.equal(text, formatMessage('unknown-unit', args, 'zh-cn', ['市发展改革委']));
	assert.equal(messages.of(kept, 'zh-cn'), text);
	assert.equal(calls.length, 1);
	// Other suggestions, same arguments: formatted with them.
	assert.equal(messages.of(finding('unknown-unit', ['市发改委'], ['市发展和改革委员会']), 'zh-cn'), formatMessage('unknown-unit', args, 'zh-cn', ['市发展和改革委员会']));
	assert.equal(calls.length, 2);
});

test('a related message made anew with the same arguments is looked up by its content', () => {
	const messages = new FindingMessages();
	const first = messages.related(message('related.number-first-used', 3), 'zh-cn');
	assert.equal(first, localize(message('related.number-first-used', 3), 'zh-cn'));
	assert.equal(messages.related(message('related.number-first-used', 3), 'zh-cn'), first);
	assert.equal(messages.related(message('related.number-first-used', 4), 'en'), localize(message('related.number-first-used', 4), 'en'));
});
