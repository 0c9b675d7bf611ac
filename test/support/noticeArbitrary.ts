import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { repoRoot } from './golden';

/**
 * Every line of the sample notices and of the layout texts (test/layouts/: group lines, sub-points, prose
 * designations, tab and pipe rows …): real fragments to mix into generated ones.
 */
export const SEED_LINES: readonly string[] = ['seeds', path.join('test', 'layouts')]
	.flatMap((folder) => fs.readdirSync(path.join(repoRoot(), folder)).filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(repoRoot(), folder, name)))
	.flatMap((file) => fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/))
	.filter((line) => line.length > 0);

const PUNCTUATION = [...'、，,；;：:（）()【】〔〕《》“”。.．-—–～ \u3000\t'];
const UNITS = ['市发改委', '发改委', '市财政局', '各县(市)区政府', '各镇（街道）', '铜山区', '鼓楼区政府', '徐州经开区', '高新区管委会', '市委统战部(市民宗局)', '市工信局(节能)', '普陀山—朱家尖管委会', '市經信委', '𠀀局', '等', '市属有关单位'];
const LABELS = ['牵头单位', '责任单位', '配合单位', '牽頭單位', '协办单位', '牵头领导', '完成时限', '年度目标'];
const MARKERS = ['1.', '2、', '3．', '12.', '（一）', '(二)', '一、', '二、', '第一部分', '（1）', '①', '125.'];

const unitList = fc.array(fc.constantFrom(...UNITS), { minLength: 0, maxLength: 6 }).chain((units) =>
	fc.array(fc.constantFrom('、', '、', '，', ',', '；', ' '), { minLength: units.length, maxLength: units.length }).map((separators) => units.map((unit, i) => unit + (i < units.length - 1 ? separators[i] : '')).join('')),
);

/** Text of a frame's cells, pieces of rule among them: merged cells, wrapped names (see FrameRegions). */
const FRAME_CELLS = ['工作任务', '牵头单位', '责任单位', '完成时限', '市发改', '委', '市财政局、市', '商务局', '△加强', '预算管理', '年内', '1', '', '  ', '──────', '────'];
const frameRow = fc
	.tuple(fc.constantFrom('│', '├', '┼'), fc.array(fc.constantFrom(...FRAME_CELLS), { minLength: 1, maxLength: 4 }), fc.constantFrom('│', '┤', ''))
	.map(([open, cells, close]) => open + cells.join('│') + close);

/** A table drawn in a frame (several lines): a header naming its columns, rows with merged cells and partial rules. */
const frameBlock = fc
	.tuple(fc.constantFrom('│工作任务│牵头单位│完成时限│', '│序号│工作任务│牵头│责任单位│', '│工 作 任 务│分管领│牵头组织实施单位│'), fc.array(frameRow, { minLength: 1, maxLength: 8 }))
	.map(([header, rows]) => ['┌────┬────┬────┐', header, '├────┼────┼────┤', ...rows, '└────┴────┴────┘'].join('\n'));

/** One line of a notice: a real sample line, a generated marker / field line, a frame, or noise. */
export const noticeLine: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...SEED_LINES) },
	{ weight: 3, arbitrary: fc.tuple(fc.constantFrom(...MARKERS), fc.constantFrom(...SEED_LINES)).map(([marker, line]) => marker + line.slice(0, 30)) },
	{ weight: 3, arbitrary: fc.tuple(fc.constantFrom(...LABELS), fc.constantFrom('：', ':', '： '), unitList).map(([label, colon, units]) => label + colon + units) },
	{ weight: 1, arbitrary: fc.tuple(unitList, fc.constantFrom(...MARKERS), fc.constantFrom(...SEED_LINES)).map(([units, marker, line]) => units + marker + line.slice(0, 20)) },
	{ weight: 1, arbitrary: fc.array(fc.constantFrom(...PUNCTUATION), { maxLength: 20 }).map((chars) => chars.join('')) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
	{ weight: 1, arbitrary: frameBlock },
	{ weight: 1, arbitrary: fc.constant('') },
);

/** A whole notice: lines joined by any mix of LF, CRLF and CR, sometimes with a BOM. */
export const noticeText: fc.Arbitrary<string> = fc
	.tuple(fc.array(fc.tuple(noticeLine, fc.constantFrom('\n', '\n', '\r\n', '\r')), { minLength: 0, maxLength: 40 }), fc.boolean())
	.map(([lines, bom]) => (bom ? '\uFEFF' : '') + lines.map(([line, eol]) => line + eol).join(''));

/** Text an edit may insert: characters a clerk types or pastes, line breaks, markers and labels. */
export const insertedText: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom('', '、', '，', '\n', '\r\n', '1.', '2.', '牵头单位：', '责任单位：市发改委', '市财政局', '。', '（', '）', '𠀀'),
	fc.constantFrom(...SEED_LINES).map((line) => line.slice(0, 12)),
	fc.string({ maxLength: 5 }),
);
