import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { applyEdits, type FileEdit } from '../../server/src/core/features/quickFixes';
import { renameUnitEdits } from '../../server/src/core/features/renameUnit';
import { engine } from '../support/engine';
import { repoRoot } from '../support/golden';

/** Applies a rename to a workspace of texts and returns the new texts. */
function rename(files: Map<string, string>, oldName: string, newName: string): Map<string, string> {
	const notices = [...files].filter(([uri]) => !uri.endsWith('.units.txt')).map(([uri, text]) => ({ uri, notice: engine.parseNotice(text) }));
	const registries = [...files].filter(([uri]) => uri.endsWith('.units.txt')).map(([uri, text]) => engine.parseRegistry(text, uri));
	const edits: FileEdit[] = renameUnitEdits({ notices, registries, oldKey: engine.unitKey(oldName), newName, keyOf: (name) => engine.unitKey(name), parse: (text) => engine.parseNotice(text) });
	const result = new Map(files);
	for (const fileEdit of edits) {
		result.set(fileEdit.uri, applyEdits(result.get(fileEdit.uri)!, fileEdit.edits));
	}
	return result;
}

/**
 * 市商务局 → 市试商务局, 徐州高新区管委会 → 徐州试高新区管委会: a new name that keeps the level or city
 * prefix and the ending, so a list that writes the unit short still completes it. (A rename that
 * changes the implied part has to write the name in full; renaming back cannot shorten it again.)
 */
function otherName(name: string): string {
	// A zone written bare after its city (徐州经开区、高新区管委会) can only become another zone word.
	const zone = /^(.+?)(高新区|经开区|开发区)(管委会)$/.exec(name);
	if (zone) {
		return zone[1] + (zone[2] === '开发区' ? '高新区' : '开发区') + zone[3];
	}
	const at = name.length >= 5 ? 2 : 1;
	return name.slice(0, at) + '试' + name.slice(at);
}

const seedsFolder = path.join(repoRoot(), 'seeds');
const variants: Array<[string, (text: string) => string]> = [
	['as is', (text) => text],
	['CRLF with a BOM', (text) => '\uFEFF' + text.replace(/\n/g, '\r\n')],
];

for (const name of fs.readdirSync(seedsFolder).filter((file) => file.endsWith('.txt'))) {
	for (const [label, transform] of variants) {
		test(`rename A → B → A leaves every file byte-identical: ${name}, ${label}`, () => {
			const text = transform(fs.readFileSync(path.join(seedsFolder, name), 'utf8'));
			const units = [...new Map(engine.parseNotice(text).units.filter((unit) => !unit.collective).map((unit) => [unit.key, unit.name])).values()].slice(0, 12);
			const registry = units.join('\r\n') + '\r\n';
			const files = new Map([['notice.txt', text], ['other.txt', '1.甲。\n牵头单位：' + units.slice(0, 3).join('、') + '\n'], ['registry.units.txt', registry]]);
			for (const unit of units) {
				const renamed = rename(files, unit, otherName(unit));
				assert.notEqual(renamed.get('notice.txt'), text, `renaming ${unit} changed nothing`);
				const back = rename(renamed, otherName(unit), unit);
				for (const [uri, original] of files) {
					assert.equal(back.get(uri), original, `${unit}: ${uri} differs after the round trip`);
				}
			}
		});
	}
}

test('rename round trip in Traditional characters', () => {
	const text = '一、穩增長\r\n1.擴大投資。\r\n牽頭單位：市發改委、財政局；責任單位：各縣（市）區政府\r\n';
	const files = new Map([['notice.txt', text], ['registry.units.txt', '市發改委\n市財政局\n']]);
	const renamed = rename(files, '市財政局', '市試財政局');
	assert.equal(renamed.get('notice.txt'), text.replace('財政局', '試財政局'));
	assert.deepEqual(rename(renamed, '市試財政局', '市財政局'), files);
});
