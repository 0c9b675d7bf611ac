import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { testWorkspace, uriOf } from '../support/inMemoryWorkspace';

const REGISTRY = '市发展和改革委员会 = 市发改委\n市财政局\n市经信局 -> 市工信局\n';
const NOTICE = '2020年任务分解\n1.扩大投资。\n牵头单位：市发改委；责任单位：市财正局\n3.稳定外贸。\n牵头单位：市经信局；责任单位：市发改委、市发改委；配合单位：市财政局\n';
const OTHER = '2020年任务分解\n1.招商引资。\n牵头单位：市财政局；配合单位：市发改委\n2.乙。\n牵头单位：市财政局\n';

/**
 * Everything the service says in English mode, with what comes from the notices themselves taken
 * out (unit names, task titles, quoted text): no Chinese may be left.
 */
test('in English mode no Chinese word of the interface remains, only the notice\'s own text and unit names', async () => {
	const workspace = await testWorkspace({ '单位名录.txt': REGISTRY, 'a.txt': NOTICE, 'b.txt': OTHER }, { locale: 'en' });
	const { service } = workspace;
	const a = workspace.open('a.txt');
	const registry = uriOf('单位名录.txt');
	const unitPosition = { line: 2, character: 6 };
	const texts: string[] = [];
	const diagnostics = service.diagnostics(a)!;
	assert.ok(diagnostics.length >= 4, diagnostics.map((diagnostic) => diagnostic.code).join());
	for (const diagnostic of diagnostics) {
		texts.push(diagnostic.message, ...diagnostic.related.map((related) => related.message));
	}
	texts.push(...service.codeActions(a, diagnostics, { quickFixes: true, fixAll: true, canCreateFiles: true }).map((action) => action.title));
	texts.push(service.hover(a, unitPosition)!.markdown, service.hover(registry, { line: 1, character: 2 })!.markdown);
	texts.push(...service.codeLenses(registry).map((lens) => lens.title));
	const outline = service.outline(a);
	texts.push(...outline.map((symbol) => symbol.detail));
	for (const { identity, description } of service.unitTree()) {
		const unit = service.unitOfView(identity)!;
		texts.push(description, unit.description, ...Object.values(unit.roles), ...unit.notices.flatMap((notice) => [notice.description, ...Object.values(notice.roles)]), ...[...unit.lead, ...unit.responsible, ...unit.other].map((task) => task.text));
	}
	texts.push(...service.workspaceSymbols('').map((symbol) => symbol.container));
	const completion = workspace.open('c.txt', '1.甲。\n牵头单位：市\n');
	texts.push(...(service.completion(completion, { line: 1, character: 6 }) ?? []).map((item) => item.detail));
	const refused = service.rename(a, unitPosition, '市发改委、市审计局');
	texts.push(refused && 'refusal' in refused ? refused.refusal : 'no refusal');

	const ownText = [...new Set([...(REGISTRY + NOTICE + OTHER).matchAll(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+/g)].map((match) => match[0]))]
		.concat(service.unitTree().map((unit) => unit.name), ['市发展和改革委员会', '市工信局', '市财政局', '市审计局'])
		.sort((x, y) => y.length - x.length);
	const leftOver = texts
		.map((text) => text.replace(/"[^"]*"|\*\*[^*]*\*\*/g, '').replace(/\.txt\b/g, ''))
		.map((text) => ownText.reduce((rest, word) => rest.split(word).join(''), text))
		.filter((text) => /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/.test(text));
	assert.deepEqual(leftOver, []);
	assert.ok(texts.includes('Lead 2 · Responsible 0 · Cooperating 1'), texts.join('\n'));
	assert.deepEqual(outline.map((symbol) => symbol.detail), ['Lead: 市发改委', 'Lead: 市经信局']);
});
