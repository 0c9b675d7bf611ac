import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as ts from 'typescript';
import { repoRoot } from '../support/golden';

const root = repoRoot();

/** The first argument of every `l10n.t('…')` call in the client: the English text, which is the bundle's key. */
function clientTexts(): Map<string, string> {
	const texts = new Map<string, string>();
	const walk = (folder: string): string[] =>
		fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(folder, entry.name)) : entry.name.endsWith('.ts') ? [path.join(folder, entry.name)] : []));
	for (const file of walk(path.join(root, 'client', 'src'))) {
		const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
		const visit = (node: ts.Node) => {
			if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 't' && node.expression.expression.getText(source).endsWith('l10n')) {
				const first = node.arguments[0];
				assert.ok(first && ts.isStringLiteralLike(first), `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: l10n.t takes its English text as a literal`);
				texts.set(first.text, path.relative(root, file));
			}
			ts.forEachChild(node, visit);
		};
		visit(source);
	}
	return texts;
}

test("every text the client shows has its Chinese in the l10n bundle, with the same placeholders, and the bundle holds nothing unused", () => {
	const bundle: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));
	const texts = clientTexts();
	assert.ok(texts.size >= 10, `${texts.size} texts found`);
	const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();
	for (const [text, file] of texts) {
		assert.ok(typeof bundle[text] === 'string' && /[\u4e00-\u9fff]/.test(bundle[text]), `"${text}" (${file}) has no Chinese in l10n/bundle.l10n.zh-cn.json`);
		assert.deepEqual(placeholders(bundle[text]), placeholders(text), `"${text}": placeholders`);
	}
	assert.deepEqual(Object.keys(bundle).filter((key) => !texts.has(key)), [], 'bundle entries no l10n.t call uses');
});
