import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { formatRefusal, isEditRefusal, type EditRefusal } from '../../server/src/core/features/editRefusal';
import { applyEdits } from '../../server/src/core/features/quickFixes';
import { renameUnitEdits, type UnitReader } from '../../server/src/core/features/renameUnit';
import type { Notice } from '../../server/src/core/model/types';
import { engine } from '../support/engine';
import { repoRoot } from '../support/golden';
import { flatText } from '../../server/src/core/text/noticeText';

/**
 * The engine, remembering the last notices it read: a round trip reads the renamed text once to
 * check the rename and once more to rename back, and the original texts again and again.
 */
function cachingReader(): UnitReader {
	const recent = new Map<string, Notice>();
	return {
		parseNotice(text) {
			let notice = recent.get(text);
			if (!notice) {
				notice = engine.parseNotice(text);
				if (recent.size >= 8) {
					recent.delete(recent.keys().next().value!);
				}
			} else {
				recent.delete(text);
			}
			recent.set(text, notice);
			return notice;
		},
		parseRegistry: (text, uri) => engine.parseRegistry(text, uri),
		unitKey: (name) => engine.unitKey(name),
	};
}

const isRegistry = (uri: string) => uri.endsWith('.units.txt');

/** Applies a rename to a workspace of texts: the new texts, or the refusal. */
function rename(files: ReadonlyMap<string, string>, oldName: string, newName: string, reader: UnitReader = cachingReader()): Map<string, string> | EditRefusal {
	const notices = [...files].filter(([uri]) => !isRegistry(uri)).map(([uri, text]) => ({ uri, notice: reader.parseNotice(text) }));
	const registries = [...files].filter(([uri]) => isRegistry(uri)).map(([uri, text]) => reader.parseRegistry(text, uri));
	const result = renameUnitEdits({ notices, registries, oldKey: engine.unitKey(oldName), oldName, newName, reader });
	if (isEditRefusal(result)) {
		return result;
	}
	const renamed = new Map(files);
	for (const fileEdit of result.edits) {
		renamed.set(fileEdit.uri, applyEdits(renamed.get(fileEdit.uri)!, fileEdit.edits));
	}
	return renamed;
}

function accepted(result: Map<string, string> | EditRefusal, what: string): Map<string, string> {
	assert.ok(!isEditRefusal(result), `${what} refused: ${isEditRefusal(result) ? formatRefusal(result, 'en') : ''}`);
	return result;
}

/**
 * 市商务局 → 市试商务局, 徐州高新区管委会 → 徐州试高新区管委会: a new name that keeps the level or city
 * prefix and the ending, so a list that writes the unit short still completes it.
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

const LEVEL_PREFIX = /^(?!市场)[省市县区]/;

/**
 * What a clerk might rename a unit to: a name keeping its level prefix (市商务局 → 市试商务局), one
 * without it (试商务局), and for a collective another collective (各试县(市)区政府, 试减负办各成员单位)
 * as well as a single unit (市试减负办各成员单位, the shape of `市X`).
 */
function renameTargets(name: string, collective: boolean): string[] {
	const prefix = LEVEL_PREFIX.exec(name)?.[0];
	const rest = prefix ? name.slice(1) : name;
	const targets = [otherName(name), (prefix ?? '市') + '试' + rest, '试' + rest];
	if (collective) {
		targets.push(/^(各|相关|有关|其他|市属|市直)/.test(name) ? name.slice(0, 1) + '试' + name.slice(1) : '试' + name);
	}
	return [...new Set(targets)].filter((target) => engine.unitKey(target) !== engine.unitKey(name));
}

const seedsFolder = path.join(repoRoot(), 'seeds');
const seedNames = fs.readdirSync(seedsFolder).filter((file) => file.endsWith('.txt'));

/** The units of a notice, one per key, with whether each is a collective. */
function unitsOf(text: string): Array<{ name: string; collective: boolean }> {
	return [...new Map(engine.parseNotice(text).units.map((unit) => [unit.key, { name: unit.name, collective: unit.collective }])).values()];
}

/** A workspace: the notice, a second notice naming some of its units, a registry listing every unit (collectives as such). */
function workspaceOf(text: string): Map<string, string> {
	const units = unitsOf(text);
	const registry = units.map((unit) => (unit.collective ? '集合: ' : '') + unit.name).join('\r\n') + '\r\n';
	const singles = units.filter((unit) => !unit.collective).map((unit) => unit.name);
	return new Map([['notice.txt', text], ['other.txt', '1.甲。\n牵头单位：' + singles.slice(0, 3).join('、') + '\n'], ['registry.units.txt', registry]]);
}

/**
 * Every unit of every sample, renamed to names with and without the level prefix (collectives also
 * to another collective and to a single unit) and back: either the first rename is refused, with a
 * message, or it reads as intended and renaming back restores every file byte for byte.
 */
test('rename A → B → A over every unit of every sample: byte-identical, or refused', () => {
	let tried = 0;
	let refused = 0;
	let samePrefixRefused = 0;
	let samePrefixTried = 0;
	for (const seed of seedNames) {
		const text = fs.readFileSync(path.join(seedsFolder, seed), 'utf8');
		const files = workspaceOf(text);
		const reader = cachingReader();
		for (const unit of unitsOf(text)) {
			for (const target of renameTargets(unit.name, unit.collective)) {
				tried++;
				const keepsPrefix = target === otherName(unit.name) && !unit.collective;
				samePrefixTried += keepsPrefix ? 1 : 0;
				const renamed = rename(files, unit.name, target, reader);
				if (isEditRefusal(renamed)) {
					samePrefixRefused += keepsPrefix ? 1 : 0;
					assert.ok(formatRefusal(renamed, 'zh-cn').length > 0 && !/\{\d\}/.test(formatRefusal(renamed, 'en')), 'a refusal says why');
					continue;
				}
				const what = `${seed}: ${unit.name} → ${target}`;
				assert.notEqual(renamed.get('notice.txt'), text, `${what} changed nothing`);
				// Read again in full (rename itself may skip that when the names read alike): only the renamed mentions changed.
				for (const uri of ['notice.txt', 'other.txt']) {
					const oldKey = engine.unitKey(unit.name);
					const before: unknown[][] = reader.parseNotice(files.get(uri)!).units.map((mention) => [mention.key === oldKey ? engine.unitKey(target) : mention.key, mention.role, mention.completed]);
					const after: unknown[][] = reader.parseNotice(renamed.get(uri)!).units.map((mention) => [mention.key, mention.role, mention.completed]);
					assert.deepEqual(after, before, `${what}: ${uri} reads otherwise`);
				}
				const back = accepted(rename(renamed, target, unit.name, reader), `${what} and back`);
				for (const [uri, original] of files) {
					assert.equal(back.get(uri), original, `${what} and back: ${uri} differs`);
				}
			}
		}
	}
	assert.ok(tried > 400, `only ${tried} renames tried`);
	// Refusing everything would pass the loop; renames that keep the prefix and ending must go through.
	assert.ok(samePrefixRefused <= samePrefixTried / 10, `${samePrefixRefused} of ${samePrefixTried} renames keeping prefix and ending were refused`);
	assert.ok(refused < tried, 'some renames go through');
});

for (const seed of seedNames) {
	test(`rename round trip in CRLF with a BOM: ${seed}`, () => {
		const text = '\uFEFF' + fs.readFileSync(path.join(seedsFolder, seed), 'utf8').replace(/\n/g, '\r\n');
		const files = workspaceOf(text);
		const reader = cachingReader();
		for (const unit of unitsOf(text).filter((candidate) => !candidate.collective).slice(0, 12)) {
			const renamed = accepted(rename(files, unit.name, otherName(unit.name), reader), unit.name);
			const back = accepted(rename(renamed, otherName(unit.name), unit.name, reader), `${unit.name} back`);
			assert.deepEqual(back, files, unit.name);
		}
	});
}

test('rename round trip in Traditional characters', () => {
	const text = '一、穩增長\r\n1.擴大投資。\r\n牽頭單位：市發改委、財政局；責任單位：各縣（市）區政府\r\n';
	const files = new Map([['notice.txt', text], ['registry.units.txt', '市發改委\n市財政局\n']]);
	const renamed = accepted(rename(files, '市財政局', '市試財政局'), 'rename');
	assert.equal(renamed.get('notice.txt'), text.replace('財政局', '試財政局'));
	assert.deepEqual(rename(renamed, '市試財政局', '市財政局'), files);
});

test('renaming a collective after 等 into a single unit is refused: 市财政局等市X would read as one unit', () => {
	const text = '1.甲。\n牵头单位：市发改委；责任单位：市财政局等减负办各成员单位\n';
	const result = rename(new Map([['a.txt', text]]), '减负办各成员单位', '市X');
	assert.ok(isEditRefusal(result), 'refused');
	assert.match(formatRefusal(result, 'en'), /line 2 of a\.txt/);
	const collective = accepted(rename(new Map([['a.txt', text]]), '减负办各成员单位', '减负办各相关单位'), 'collective to collective');
	assert.equal(collective.get('a.txt'), text.replace('减负办各成员单位', '减负办各相关单位'));
});

test('a new name without the level prefix is refused where the list would give it the prefix', () => {
	const short = rename(new Map([['a.txt', '1.甲。\n牵头单位：市发改委、商务局、财政局\n']]), '市商务局', '试商务局');
	assert.ok(isEditRefusal(short));
	assert.deepEqual([short.refusal, short.args.slice(2)], ['reads-differently', ['市试商务局', '试商务局']]);
	// The writer leaves the prefix off elsewhere in the notice, so a bare name after 市发改委、 takes it.
	const full = rename(new Map([['a.txt', '1.甲。\n牵头单位：市发改委、市商务局\n2.乙。\n牵头单位：市发改委、财政局\n']]), '市商务局', '试商务局');
	assert.ok(isEditRefusal(full));
	// Where no prefix is distributed, the same rename goes through.
	const alone = accepted(rename(new Map([['a.txt', '1.甲。\n牵头单位：市商务局\n']]), '市商务局', '试商务局'), 'alone');
	assert.equal(alone.get('a.txt'), '1.甲。\n牵头单位：试商务局\n');
});

test('a short form that cannot stay short is refused, naming the place to write in full', () => {
	const result = rename(new Map([['a.txt', '1.甲。\n牵头单位：市发改委、商务局、财政局\n']]), '市商务局', '市贸易促进会');
	assert.ok(isEditRefusal(result));
	assert.equal(result.refusal, 'short-form-lost');
	assert.deepEqual(result.args, ['a.txt', '2', '商务局', '市贸易促进会', '市商务局']);
});

test('an alias that also occurs inside an earlier name on its registry line is renamed where it stands', () => {
	const registry = '# 单位名录\n市发展和改革委员会 = 市发改委 = 发改委\n市经信局 => 市工信局\n';
	const files = new Map([['a.txt', '1.甲。\n牵头单位：发改委\n'], ['r.units.txt', registry]]);
	const renamed = accepted(rename(files, '发改委', '发展改革委'), 'alias');
	assert.equal(renamed.get('r.units.txt'), '# 单位名录\n市发展和改革委员会 = 市发改委 = 发展改革委\n市经信局 => 市工信局\n');
	assert.equal(renamed.get('a.txt'), '1.甲。\n牵头单位：发展改革委\n');
	assert.deepEqual(rename(renamed, '发展改革委', '发改委'), files);
	// A successor after `=>` is a registry name too.
	const successor = accepted(rename(files, '市工信局', '市工业和信息化局'), 'successor');
	assert.equal(successor.get('r.units.txt'), registry.replace('=> 市工信局', '=> 市工业和信息化局'));
});

test('new names that are not one unit name are refused: 、 = line breaks, a list, an empty name, a name of another registry unit', () => {
	const files = new Map([['a.txt', '1.甲。\n牵头单位：市发改委；责任单位：市财政局\n'], ['r.units.txt', '市发改委\n市财政局\n']]);
	const refusal = (newName: string) => {
		const result = rename(files, '市财政局', newName);
		assert.ok(isEditRefusal(result), `${JSON.stringify(newName)} accepted`);
		return result.refusal;
	};
	assert.equal(refusal('市财政局、市审计局'), 'not-one-name');
	assert.equal(refusal('市财政局 = 财政局'), 'not-one-name');
	assert.equal(refusal('市财政\n局'), 'not-one-name');
	assert.equal(refusal('市财政局 -> 市审计局'), 'not-one-name');
	assert.equal(refusal('市财政局等各成员单位'), 'not-read-as-one-name');
	assert.equal(refusal('市财政局(预算)'), 'not-read-as-one-name');
	assert.equal(refusal('   '), 'empty-name');
	// The registry's own name is said once (「市发改委」已是…另一单位「市发改委」 repeated it); an alias names the unit it is of.
	assert.equal(refusal('市发改委'), 'name-registered');
	const aliased = rename(new Map([...files, ['r.units.txt', '市发展和改革委员会 = 市发改委\n市财政局\n']]), '市财政局', '市发改委');
	assert.deepEqual(aliased, { refusal: 'name-taken', args: ['市发改委', '市发展和改革委员会'] });
});

test('renaming a unit to the name it has edits nothing', () => {
	const files = new Map([['a.txt', '1.甲。\n牵头单位：市发改委；责任单位：市财政局\n'], ['r.units.txt', '市发改委\n市财政局\n']]);
	const reader = cachingReader();
	const notices = [{ uri: 'a.txt', notice: reader.parseNotice(files.get('a.txt')!) }];
	const registries = [reader.parseRegistry(files.get('r.units.txt')!, 'r.units.txt')];
	for (const newName of ['市财政局', ' 市财政局 ']) {
		// Edits that write the same text would still mark both files changed in the editor.
		assert.deepEqual(renameUnitEdits({ notices, registries, oldKey: engine.unitKey('市财政局'), oldName: '市财政局', newName, reader }), { edits: [] });
	}
});

test('a rename that writes one plain name for another in full reads small probe lists, not every notice again', () => {
	let reads = 0;
	const counting: UnitReader = { ...cachingReader(), parseNotice: (text) => (reads++, engine.parseNotice(text)) };
	const notices = Array.from({ length: 60 }, (_, i) => ({ uri: `n${i}.txt`, notice: engine.parseNotice(`${i + 1}.甲。\n牵头单位：市发改委；责任单位：市财政局、市商务局\n`) }));
	const renameTo = (newName: string) => renameUnitEdits({ notices, registries: [], oldKey: engine.unitKey('市财政局'), oldName: '市财政局', newName, reader: counting });
	const plain = renameTo('市财政和国资局');
	assert.ok(!isEditRefusal(plain) && plain.edits.length === 60);
	assert.equal(applyEdits(flatText(notices[7].notice.text), plain.edits[7].edits), '8.甲。\n牵头单位：市发改委；责任单位：市财政和国资局、市商务局\n');
	assert.ok(reads < 30, `${reads} readings for a rename across 60 notices`);
	// A name that lists read otherwise (without the prefix, 试财政局 after 市发改委、 would take it) sends every notice to be read again.
	reads = 0;
	assert.ok(!isEditRefusal(renameTo('试财政局')));
	assert.ok(reads >= 60, `${reads} readings`);
});
