import { message } from '../messages/message';
import type { Registry } from '../units/registry';
import { severityOf, type SeverityOverrides } from './checkTable';
import type { Finding } from './finding';

/** Findings in a registry file: duplicates, an alias claimed twice, rename cycles, lines not understood. */
export function checkRegistry(registry: Registry, overrides?: SeverityOverrides): Finding[] {
	const findings: Finding[] = [];
	for (const finding of registry.findings) {
		const severity = severityOf(finding.code, overrides);
		if (severity === 'off') {
			continue;
		}
		const related = finding.related
			? [{ span: finding.related, message: message('related.defined-here', finding.args[1]) }]
			: [];
		findings.push({ code: finding.code, severity, span: finding.span, args: finding.args, related });
	}
	return findings;
}
