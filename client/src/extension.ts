import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { IndexChangedNotification } from '../../server/src/protocol/protocol';
import { CODE_CACHE_DIR_OPTION, SERVER_NODE_FLAGS } from '../../server/src/protocol/serverOptions';
import { registerCommands } from './commands';
import { hiddenFindingsMiddleware, registerHiddenFindings } from './hiddenFindings';
import { TaskTables } from './taskTable/taskTables';
import { watchForNotices } from './noticeDetection';
import { NoticeStatus } from './noticeStatus';
import { UnitsView } from './unitsView';
import { trackNoticeOpened } from './walkthroughProgress';

/** What tests and other extensions can reach after activation. */
export interface BreakdownApi {
	client: LanguageClient;
	unitsView: UnitsView;
	taskTables: TaskTables;
}

export async function activate(context: vscode.ExtensionContext): Promise<BreakdownApi> {
	const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
	const serverOptions: ServerOptions = {
		// stdio: the server decodes large messages in pieces there (see chunkedJsonDecoder).
		// The code cache in the extension's own storage: a new window's server reads its first notice with the code the last one compiled.
		run: {
			module: serverModule,
			transport: TransportKind.stdio,
			args: [`${CODE_CACHE_DIR_OPTION}${vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath}`],
			options: { execArgv: [...SERVER_NODE_FLAGS] },
		},
		debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
	};
	const clientOptions: LanguageClientOptions = {
		// Files and new documents only: Refactor Preview's copies of a notice (and git's) are not notices of the workspace.
		documentSelector: ['file', 'untitled'].flatMap((scheme) => [
			{ scheme, language: 'breakdown' },
			{ scheme, language: 'breakdown-units' },
		]),
		synchronize: { configurationSection: 'breakdown' },
		initializationOptions: { settings: vscode.workspace.getConfiguration('breakdown') },
		outputChannelName: 'Breakdown',
		middleware: hiddenFindingsMiddleware,
	};
	const client = new LanguageClient('breakdown', vscode.l10n.t('Breakdown language server'), serverOptions, clientOptions);
	// Disposing the client (when the extension deactivates) stops the server.
	context.subscriptions.push(client);
	await client.start();

	const unitsView = new UnitsView(client);
	unitsView.register(context);
	const taskTables = new TaskTables(context, client);
	const noticeStatus = new NoticeStatus(context, client);
	context.subscriptions.push(
		taskTables,
		noticeStatus,
		// One handler per notification: the client keeps the last one registered.
		client.onNotification(IndexChangedNotification, () => {
			unitsView.indexChanged();
			taskTables.indexChanged();
			noticeStatus.update();
		}),
	);
	registerCommands(context, client, unitsView);
	registerHiddenFindings(context, client);
	watchForNotices(context, client);
	trackNoticeOpened(context);
	return { client, unitsView, taskTables };
}
