import { format, template, type Locale } from '../messages/message';
import { roleWord } from '../messages/roles';
import type { Notice, Section, Task } from '../model/types';
import type { Span } from '../text/lineIndex';

export interface OutlineNode {
	kind: 'section' | 'task';
	/** The marker as written and the title: `一、于会游市长主抓重点工作`, `12.把招商引资…`. */
	name: string;
	/** For a task: its lead units (`牵头：市发改委、市商务局`, `Lead: 市发改委, 市商务局`); empty when it has none. */
	detail: string;
	span: Span;
	/** The marker and title, which the editor selects and reveals. */
	selectionSpan: Span;
	children: OutlineNode[];
}

const TITLE_LENGTH = 40;

/** The outline of a notice: sections, and tasks under them. */
export function outline(notice: Notice, locale: Locale = 'zh-cn'): OutlineNode[] {
	const leadWord = roleWord('lead', locale);
	const separator = format('list.separator', [], locale);
	const leadsDetail = template('role.names', locale);
	const toNode = (item: Section | Task): OutlineNode => {
		const marker = notice.text.slice(item.marker.span.start, item.marker.span.end).trim();
		const selectionSpan = { start: item.marker.span.start, end: Math.max(item.titleSpan.end, item.marker.span.end) };
		if (item.type === 'section') {
			return { kind: 'section', name: marker + shorten(item.title), detail: '', span: item.span, selectionSpan, children: item.children.map(toNode) };
		}
		// A lead named in a heading above the task (`（三）省编办牵头的工作`) is its lead too.
		const leads = [...new Set([...item.units, ...item.inheritedUnits].filter((unit) => unit.role === 'lead').map((unit) => unit.name))];
		return {
			kind: 'task',
			name: marker + shorten(item.title),
			detail: leads.length > 0 ? leadsDetail([leadWord, leads.join(separator)]) : '',
			span: item.span,
			selectionSpan,
			children: [],
		};
	};
	return notice.children.map(toNode);
}

function shorten(text: string): string {
	const single = text.replace(/\s+/g, ' ').trim();
	return single.length > TITLE_LENGTH ? single.slice(0, TITLE_LENGTH) + '…' : single;
}
