import type { UnitOrder } from '../core/features/unitLists';
import { bilingual, message, type Message } from '../core/messages/message';

export interface ExportOptions {
	/** Undefined: from the --out file's extension, else xlsx. */
	format: 'xlsx' | 'csv' | undefined;
	/** The table a CSV file holds, and the sheet a workbook opens on. */
	by: 'task' | 'unit';
	order: UnitOrder;
	registry: string | undefined;
	/** A file, `-` for standard output, or undefined for a name made from the notice. */
	out: string | undefined;
	perUnitSheets: boolean;
	paths: string[];
}

export const EXPORT_USAGE = `  breakdown export [--format xlsx|csv] [--by task|unit] [--order registry|count]
                   [--registry FILE] [--out FILE] [--per-unit-sheets] PATH...

  导出任务分解表 / exports the task table:
  PATH               通知文件或目录，同 lint / notice files or folders, as for lint
  --format           xlsx（默认；或由 --out 的扩展名决定）或 csv（UTF-8 带 BOM）
                     xlsx (default, or from the --out extension) or csv (UTF-8 with a BOM)
  --by               task：任务分解表（默认）；unit：一单位一清单。CSV 只含所选的表；xlsx 含两表，打开时显示所选的表
                     task: the task table (default); unit: one list per unit. A CSV file holds the chosen
                     table; a workbook holds both and opens on the chosen one
  --order            单位顺序：registry 单位名录顺序（默认），count 任务多者在前
                     unit order: registry order (default) or most tasks first
  --registry         单位名录文件，同 lint / the unit registry, as for lint
  --out              输出文件；- 为标准输出；缺省为当前目录下以通知命名的文件
                     output file; - for standard output; by default a file named after the notice in the current folder
  --per-unit-sheets  xlsx 中每个单位另占一个工作表 / one more sheet per unit in the workbook

退出码 Exit codes (export): 0 已导出，无错误 exported, no error; 1 已导出，但有任务存在错误（见“问题”列）
  exported, but some tasks have errors (marked in the 问题 column); 2 用法错误、无法读取或写入，未导出
  bad usage, unreadable input or unwritable output: nothing exported`;

export type ParsedExport = { command: 'export'; options: ExportOptions } | { command: 'error'; message: string };

/** The arguments after `export`. */
export function parseExportArgs(argv: readonly string[]): ParsedExport | { command: 'help' } {
	const options: ExportOptions = { format: undefined, by: 'task', order: 'registry', registry: undefined, out: undefined, perUnitSheets: false, paths: [] };
	const error = (problem: Message): ParsedExport => ({ command: 'error', message: bilingual(problem) });
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = () => inline ?? argv[++i];
		switch (flag) {
			case '--format': {
				const format = value();
				if (format !== 'xlsx' && format !== 'csv') {
					return error(message('cli.bad-choice', '--format', 'xlsx 或 csv', 'xlsx or csv', format ?? ''));
				}
				options.format = format;
				break;
			}
			case '--by': {
				const by = value();
				if (by !== 'task' && by !== 'unit') {
					return error(message('cli.bad-choice', '--by', 'task 或 unit', 'task or unit', by ?? ''));
				}
				options.by = by;
				break;
			}
			case '--order': {
				const order = value();
				if (order !== 'registry' && order !== 'count') {
					return error(message('cli.bad-choice', '--order', 'registry 或 count', 'registry or count', order ?? ''));
				}
				options.order = order;
				break;
			}
			case '--registry':
			case '--out': {
				const file = value();
				if (!file) {
					return error(message('cli.needs-file', flag));
				}
				options[flag === '--out' ? 'out' : 'registry'] = file;
				break;
			}
			case '--per-unit-sheets':
				options.perUnitSheets = true;
				break;
			case '--help':
			case '-h':
				return { command: 'help' };
			default:
				if (arg.startsWith('-') && arg !== '-') {
					return error(message('cli.unknown-option', arg));
				}
				options.paths.push(arg);
		}
	}
	if (options.paths.length === 0) {
		return error(message('cli.export.no-paths'));
	}
	const extension = options.out && options.out !== '-' ? /\.(xlsx|csv)$/i.exec(options.out)?.[1].toLowerCase() : undefined;
	if (options.format && extension && options.format !== extension) {
		return error(message('cli.export.format-mismatch', options.format, extension));
	}
	options.format ??= (extension as 'xlsx' | 'csv' | undefined) ?? 'xlsx';
	// `--out 任务表.txt`: a workbook under another extension opens nowhere (a CSV there is asked for with --format csv).
	const other = options.out && options.out !== '-' && extension === undefined ? /\.([^./\\]+)$/.exec(options.out)?.[1] : undefined;
	if (other !== undefined && options.format === 'xlsx') {
		return error(message('cli.export.workbook-extension', other));
	}
	if (options.perUnitSheets && options.format !== 'xlsx') {
		return error(message('cli.export.per-unit-xlsx-only'));
	}
	return { command: 'export', options };
}
