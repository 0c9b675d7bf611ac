import { BreakdownEngine } from '../../server/src/core/engine';
import type { Notice } from '../../server/src/core/model/types';
import type { Finding } from '../../server/src/core/checks/finding';

/** One engine for a test file: building it (OpenCC, the catalog) is the costly part. */
export const engine = new BreakdownEngine();

export function check(text: string, registryText?: string): { notice: Notice; findings: Finding[] } {
	const notice = engine.parseNotice(text);
	const directory = registryText === undefined ? undefined : engine.createDirectory([engine.parseRegistry(registryText, 'file:///units.units.txt')]);
	return { notice, findings: engine.check(notice, directory) };
}

export function codes(findings: readonly Finding[]): string[] {
	return findings.map((finding) => finding.code);
}
