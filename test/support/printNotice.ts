import { formatMessage } from '../../server/src/core/checks/checkTable';
import type { Finding } from '../../server/src/core/checks/finding';
import type { Notice, Section, Task, UnitMention } from '../../server/src/core/model/types';
import { MARKER_KIND_NAMES } from '../../server/src/core/syntax/markers';
import type { Span } from '../../server/src/core/text/lineIndex';
import { flatText } from '../../server/src/core/text/noticeText';
import { taskKindOf } from '../../server/src/core/model/taskKind';

/**
 * A reviewer-readable summary of a notice: its shape, every task with its units by role, and every
 * finding with the text it covers. Positions are 1-based line:column (UTF-16), as an editor shows them.
 */
export function printNotice(notice: Notice, findings: readonly Finding[]): string {
	const out: string[] = [];
	const at = (offset: number) => {
		const position = notice.lineIndex.positionAt(offset);
		return `${position.line + 1}:${position.character + 1}`;
	};
	out.push(
		`kind: ${notice.kind} · tasks: ${notice.tasks.length} · sections: ${notice.sections.length} · task numbering: ${taskKindName(notice)}`,
		`body: ${at(notice.bodySpan.start)}–${at(notice.bodySpan.end)} · first listed leads: ${notice.convention ? 'yes, declared at ' + at(notice.convention.span.start) : 'no'} · declared task count: ${notice.declaredTaskCount?.count ?? 'none'}`,
		'',
		'## Outline',
	);
	const printItem = (item: Section | Task, indent: string) => {
		const marker = notice.text.slice(item.marker.start, item.marker.end).trim();
		if (item.type === 'section') {
			out.push(`${indent}${marker}${item.title.trim()}  [${at(item.start)}–${at(item.end)}]`);
			item.children.forEach((child) => printItem(child, indent + '  '));
			return;
		}
		out.push(`${indent}${marker}${clip(item.title)}  [${at(item.start)}–${at(item.end)}]${item.glued ? '  (glued)' : ''}`);
		for (const role of ['lead', 'responsible', 'other'] as const) {
			const units = item.units.filter((unit) => unit.role === role);
			if (units.length > 0) {
				out.push(`${indent}    ${ROLE_LABELS[role]}: ${units.map(printUnit).join(' | ')}`);
			}
		}
	};
	notice.children.forEach((child) => printItem(child, ''));
	out.push('', '## Findings');
	for (const finding of findings) {
		out.push(
			`${at(finding.span.start)}-${at(finding.span.end)}  ${finding.severity}  ${finding.code}  ${formatMessage(finding.code, finding.args, 'zh-cn', finding.suggestions)}  «${covered(flatText(notice.text), finding.span)}»`,
		);
	}
	return out.join('\n') + '\n';
}

const ROLE_LABELS = { lead: '牵头', responsible: '责任', other: '配合' };

function printUnit(unit: UnitMention): string {
	let text = unit.name;
	const written = unit.written.replace(/\r\n|\r|\n/g, '⏎');
	if (written !== unit.name) {
		text += ` «${written}»`;
	}
	if (unit.collective) {
		text += ' (collective)';
	}
	if (unit.qualifier) {
		text += ` (${unit.qualifier.kind}: ${unit.qualifier.text.replace(/\r\n|\r|\n/g, '⏎')})`;
	}
	return text;
}

function covered(text: string, span: Span): string {
	return clip(text.slice(span.start, span.end).replace(/\r\n|\r|\n/g, '⏎'), 60);
}

function clip(text: string, length = 30): string {
	const single = text.trim();
	return single.length > length ? single.slice(0, length) + '…' : single;
}

/** The numbering style most tasks use, by name ('none' without tasks). */
function taskKindName(notice: Notice): string {
	const kind = taskKindOf(notice.tasks);
	return kind === undefined ? 'none' : MARKER_KIND_NAMES[kind];
}
