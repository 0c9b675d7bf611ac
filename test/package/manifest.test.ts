import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../server/src/core/service/settings';
import { repoRoot } from '../support/golden';

const root = repoRoot();
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const manifest = read('package.json');
const locales: Record<string, Record<string, string>> = { en: read('package.nls.json'), 'zh-cn': read('package.nls.zh-cn.json') };

/** The workbench's own commands a walkthrough step may run; the rest must be the extension's. */
const WORKBENCH_COMMANDS = new Set(['workbench.action.quickOpen', 'workbench.actions.view.problems', 'editor.action.quickFix']);

/** Every `%key%` string of the manifest, as VS Code replaces them: anywhere in it, at any depth. */
function nlsKeys(value: unknown, keys: Set<string> = new Set()): Set<string> {
	if (typeof value === 'string') {
		const key = /^%([\w.-]+)%$/.exec(value)?.[1];
		if (key) {
			keys.add(key);
		}
	} else if (Array.isArray(value)) {
		value.forEach((item) => nlsKeys(item, keys));
	} else if (value && typeof value === 'object') {
		Object.values(value).forEach((item) => nlsKeys(item, keys));
	}
	return keys;
}

function localized(value: string, locale: string): string {
	const key = /^%([\w.-]+)%$/.exec(value)?.[1];
	return key ? locales[locale][key] : value;
}

function knownCommand(id: string): boolean {
	const contributed = manifest.contributes.commands.some((command: { command: string }) => command.command === id);
	const viewFocus = Object.values(manifest.contributes.views as Record<string, Array<{ id: string }>>).some((views) => views.some((view) => `${view.id}.focus` === id));
	return contributed || viewFocus || WORKBENCH_COMMANDS.has(id);
}

test('every localized string of the manifest exists in English and Chinese, and the two files have the same keys', () => {
	const used = nlsKeys(manifest);
	for (const [locale, strings] of Object.entries(locales)) {
		for (const key of used) {
			assert.ok(typeof strings[key] === 'string' && strings[key].length > 0, `${key} in package.nls${locale === 'en' ? '' : '.' + locale}.json`);
		}
	}
	assert.deepEqual(Object.keys(locales['zh-cn']).sort(), Object.keys(locales.en).sort());
});

test("the walkthrough: each step's page exists in both languages and is packaged; its links and completion events name real commands and views", () => {
	const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
	const [walkthrough] = manifest.contributes.walkthroughs;
	assert.deepEqual(
		walkthrough.steps.map((step: { id: string }) => step.id),
		['openNotice', 'createRegistry', 'fixFinding', 'unitTasks'],
		"a clerk's first notice: open it, create the registry, fix a finding, find a unit's tasks",
	);
	for (const step of walkthrough.steps) {
		for (const locale of Object.keys(locales)) {
			const page = localized(step.media.markdown, locale);
			assert.match(page, new RegExp(`^media/walkthrough/${locale}/[\\w-]+\\.md$`), `${step.id} (${locale}) has a page of its language`);
			const text = fs.readFileSync(path.join(root, page), 'utf8');
			assert.match(text, locale === 'en' ? /^# [A-Z][a-z]/ : /^# [\u4e00-\u9fff]/, page);
			const description = localized(step.description, locale);
			const commands = [...description.matchAll(/\]\(command:(?:toSide:)?([\w.-]+)\)/g)].map((match) => match[1]);
			assert.ok(commands.length > 0, `${step.id} (${locale}) offers a button`);
			for (const command of commands) {
				assert.ok(knownCommand(command), `${step.id} (${locale}) runs ${command}`);
			}
		}
		assert.ok(ignore.includes('!media/walkthrough/*/*.md'), 'the pages are in the .vsix');
		for (const event of step.completionEvents as string[]) {
			const [kind, target] = [event.slice(0, event.indexOf(':')), event.slice(event.indexOf(':') + 1)];
			if (kind === 'onCommand') {
				assert.ok(knownCommand(target), `${step.id} completes on ${target}`);
			} else if (kind === 'onView') {
				assert.ok(Object.values(manifest.contributes.views as Record<string, Array<{ id: string }>>).some((views) => views.some((view) => view.id === target)), target);
			} else {
				assert.equal(kind, 'onContext', event);
			}
		}
	}
});

test('the settings the server reads are scoped to the window: it asks the editor for one set, without a folder, and applies it to every folder', () => {
	// Declared `resource`, a folder's own value showed in the Settings editor and was never applied.
	const properties = manifest.contributes.configuration.properties as Record<string, { scope?: string }>;
	for (const key of Object.keys(DEFAULT_SETTINGS)) {
		assert.equal(properties[`breakdown.${key}`]?.scope, 'window', key);
	}
});
