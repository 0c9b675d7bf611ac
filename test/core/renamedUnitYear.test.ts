import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { engine } from '../support/engine';

test('registry: a year after a rename\'s successor dates the rename and is no part of the name', () => {
	const cases: Array<[string, string, number | undefined]> = [
		['县农业局 -> 县农业农村局（2019年）', '县农业农村局', 2019],
		['县农业局 -> 县农业农村局(2019)', '县农业农村局', 2019],
		['县农业局 -> 县农业农村局 （２０１９年起）', '县农业农村局', 2019],
		['县农业局 -> 县农业农村局（2019年3月）', '县农业农村局', 2019],
		['县农业局 -> 县农业农村局 2019年', '县农业农村局', 2019],
		['县农业局 -> 县农业农村局', '县农业农村局', undefined],
		['县经信局 -> 县工信局（县无线电管理局）', '县工信局（县无线电管理局）', undefined],
	];
	for (const [line, successor, year] of cases) {
		const registry = engine.parseRegistry(`${line}\n`, 'file:///units.units.txt');
		const [unit] = registry.units;
		assert.deepEqual(registry.findings, [], line);
		assert.equal(unit.successor, successor, line);
		assert.equal(unit.renamedIn, year, line);
		assert.equal(line.slice(unit.successorSpan!.start, unit.successorSpan!.end), successor, `${line}: the span a rename of the successor rewrites`);
	}
	assert.equal(engine.parseRegistry('县农业局 -> （2019年）\n', 'file:///units.units.txt').findings[0]?.code, 'registry-syntax', 'a year is no successor');
});
