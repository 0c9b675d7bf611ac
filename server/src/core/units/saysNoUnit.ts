/**
 * Words a unit field or cell is written with to say the task has no such unit: a table's 配合单位
 * column reads `无`, `/` or `—` where a task needs none. It is no unit's name (a registry never holds
 * `无`: an unknown-unit warning on it was a false alarm), and no field left empty either.
 */
const NO_UNIT = /^(?:无|無|暂无|暫無|没有|沒有|\/|／|—+|─+|―+|-+|－+)$/;

/** Whether `value` (a field's value or a piece of it, white space and a closing 。or ；around it allowed) says "none". */
export function saysNoUnit(value: string): boolean {
	return NO_UNIT.test(value.replace(/^[\s\u3000]+|[\s\u3000。．.；;，,]+$/g, ''));
}
