import type { Finding } from '../../server/src/core/checks/finding';
import type { Notice, Section, Task } from '../../server/src/core/model/types';
import { taskKindOf } from '../../server/src/core/model/taskKind';

/**
 * Everything a reading of a notice says, as plain data: the model (sections, tasks, fields,
 * mentions with every property, parse findings, notice-wide decisions) and the checks' findings.
 * Back references (task, section, parent) become indexes, so two readings compare with deepEqual.
 */
export function noticeSnapshot(notice: Notice, findings?: readonly Finding[]): unknown {
	const sectionIndex = new Map<Section, number>(notice.sections.map((section, index) => [section, index]));
	const taskIndex = new Map<Task, number>(notice.tasks.map((task, index) => [task, index]));
	const ref = (item: Section | Task) => (item.type === 'section' ? `s${sectionIndex.get(item)}` : `t${taskIndex.get(item)}`);
	const mention = (unit: Notice['units'][number]) => ({ ...unit, task: unit.task && taskIndex.get(unit.task) });
	return {
		kind: notice.kind,
		spans: [notice.preambleSpan, notice.bodySpan, notice.trailerSpan],
		taskKind: taskKindOf(notice.tasks),
		children: notice.children.map(ref),
		sections: notice.sections.map((section) => ({ ...section, parent: section.parent && ref(section.parent), children: section.children.map(ref), units: section.units.map(mention) })),
		tasks: notice.tasks.map((task) => ({
			...task,
			section: task.section && ref(task.section),
			fields: task.fields.map((field) => ({ ...field, units: task.units.slice(field.unitStart, field.unitEnd).map(mention) })),
			units: task.units.map(mention),
			inheritedUnits: task.inheritedUnits.map(mention),
		})),
		units: notice.units.map(mention),
		convention: notice.convention,
		declaredTaskCount: notice.declaredTaskCount,
		unitsNotInText: notice.unitsNotInText,
		parseFindings: notice.findings,
		findings,
	};
}
