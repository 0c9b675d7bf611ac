import type { Locale } from '../core/checks/checkTable';
import { bilingual, message } from '../core/messages/message';
import { EXPORT_USAGE, parseExportArgs, type ExportOptions } from './exportArgs';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface LintOptions {
	format: OutputFormat;
	registry: string | undefined;
	locale: Locale;
	/** List the findings `.breakdown/ignore.json` hides too, marked as hidden. */
	showHidden: boolean;
	paths: string[];
}

export type ParsedArgs = { command: 'lint'; options: LintOptions } | { command: 'export'; options: ExportOptions } | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

export const USAGE = `用法 Usage:
  breakdown lint [--format text|json|sarif] [--registry FILE] [--locale zh-cn|en] [--show-hidden] PATH...
  breakdown --help | --version

  PATH        通知文件或目录（目录中查找 .txt 文件） / notice files or folders (searched for .txt files)
  --format    text（默认，类似编译器输出）、json 或 sarif / text (default), json or sarif
  --registry  单位名录文件；缺省时使用通知所在目录及上级目录中的 单位名录.txt 或 *.units.txt
              the unit registry; by default 单位名录.txt or *.units.txt next to each notice or in a parent folder
  --locale    消息语言 zh-cn（默认）或 en / message language
  --show-hidden
              也列出 .breakdown/ignore.json 中隐藏的问题，标为已隐藏；缺省时只在汇总中计数
              list the findings .breakdown/ignore.json hides too, marked; by default only counted

退出码 Exit codes: 0 无错误 no error; 1 有错误 errors found (已隐藏的不计 hidden ones do not count); 2 用法错误或无法读取文件 bad usage or unreadable file

${EXPORT_USAGE}`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
	if (argv.length === 0) {
		return { command: 'error', message: bilingual(message('cli.no-command')) };
	}
	if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
		return { command: 'help' };
	}
	if (argv[0] === '--version' || argv[0] === '-v') {
		return { command: 'version' };
	}
	if (argv[0] === 'export') {
		return parseExportArgs(argv.slice(1));
	}
	if (argv[0] !== 'lint') {
		return { command: 'error', message: bilingual(message('cli.unknown-command', argv[0])) };
	}
	const options: LintOptions = { format: 'text', registry: undefined, locale: 'zh-cn', showHidden: false, paths: [] };
	for (let i = 1; i < argv.length; i++) {
		const arg = argv[i];
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = () => inline ?? argv[++i];
		switch (flag) {
			case '--format': {
				const format = value();
				if (format !== 'text' && format !== 'json' && format !== 'sarif') {
					return { command: 'error', message: bilingual(message('cli.bad-choice', '--format', 'text、json 或 sarif', 'text, json or sarif', format ?? '')) };
				}
				options.format = format;
				break;
			}
			case '--registry': {
				const file = value();
				if (!file) {
					return { command: 'error', message: bilingual(message('cli.needs-file', '--registry')) };
				}
				options.registry = file;
				break;
			}
			case '--locale': {
				const locale = value()?.toLowerCase();
				if (locale !== 'zh-cn' && locale !== 'en') {
					return { command: 'error', message: bilingual(message('cli.bad-choice', '--locale', 'zh-cn 或 en', 'zh-cn or en', locale ?? '')) };
				}
				options.locale = locale;
				break;
			}
			case '--show-hidden':
				options.showHidden = true;
				break;
			case '--help':
			case '-h':
				return { command: 'help' };
			default:
				if (arg.startsWith('-') && arg !== '-') {
					return { command: 'error', message: bilingual(message('cli.unknown-option', arg)) };
				}
				options.paths.push(arg);
		}
	}
	if (options.paths.length === 0) {
		return { command: 'error', message: bilingual(message('cli.no-paths')) };
	}
	return { command: 'lint', options };
}
