import * as assert from 'node:assert/strict';
import Module from 'node:module';
import { before, test } from 'node:test';
import { SaveFileCommand } from '../../server/src/protocol/protocol';

/**
 * The "忽略此处" quick fix as the client hands it to the editor, against stand-ins for the `vscode`
 * module: its edit goes into a command, which applies it, saves the file and
 * tells the server. VS Code looks a code action's command arguments up after applying its edit, and
 * lost them on CI while a first `ignore.json` opened (see hiddenFindingsMiddleware).
 */
class WorkspaceEdit {}

class CodeAction {
	edit: WorkspaceEdit | undefined;
	command: { title: string; command: string; arguments?: unknown[] } | undefined;
	constructor(readonly title: string) {}
}

const commands = new Map<string, (...args: unknown[]) => Promise<unknown>>();
const events: string[] = [];
const document = { isDirty: false, save: async () => (events.push('save'), (document.isDirty = false), true) };

const vscode = {
	CodeAction,
	WorkspaceEdit,
	Uri: { parse: (value: string) => ({ toString: () => value }) },
	commands: { registerCommand: (id: string, handler: (...args: unknown[]) => Promise<unknown>) => (commands.set(id, handler), { dispose: () => undefined }) },
	workspace: {
		applyEdit: async (edit: unknown) => (events.push(edit instanceof WorkspaceEdit ? 'apply' : 'apply?'), (document.isDirty = true), true),
		openTextDocument: async () => document,
	},
	window: {},
};

const client = {
	isRunning: () => true,
	sendNotification: async (type: { method: string }, params: { changes: Array<{ uri: string }> }) => events.push(`${type.method} ${params.changes.map((change) => change.uri).join()}`),
	code2ProtocolConverter: { asUri: (uri: { toString(): string }) => uri.toString() },
};

let middleware: typeof import('../../client/src/hiddenFindings').hiddenFindingsMiddleware;

before(async () => {
	const modules = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
	const load = modules._load;
	modules._load = function (request: string, ...rest: unknown[]) {
		if (request === 'vscode') {
			return vscode;
		}
		return load.call(this, request, ...rest);
	};
	const hiddenFindings = await import('../../client/src/hiddenFindings');
	middleware = hiddenFindings.hiddenFindingsMiddleware;
	hiddenFindings.registerHiddenFindings({ subscriptions: [] } as never, client as never);
});

test('the "忽略此处" quick fix applies its edit from a command, which saves the file and tells the server; other fixes are left as they come', async () => {
	const ignoreFile = 'file:///ws/.breakdown/ignore.json';
	const edit = new WorkspaceEdit();
	const hide = Object.assign(new CodeAction('忽略此处'), { edit, command: { title: '忽略此处', command: SaveFileCommand, arguments: [ignoreFile] } });
	const split = Object.assign(new CodeAction('拆分为两项'), { edit: new WorkspaceEdit() });
	const splitEdit = split.edit;
	const actions = (await middleware.provideCodeActions!({} as never, {} as never, {} as never, {} as never, async () => [hide, split] as never)) as CodeAction[];
	// The edit is the command's: VS Code applies a code action's edit before it looks its command up.
	assert.equal(actions[0].edit, undefined);
	assert.equal(actions[0].command?.command, 'breakdown.applyAndSave');
	assert.deepEqual(actions[0].command?.arguments, [edit, ignoreFile]);
	assert.equal(actions[1].edit, splitEdit);
	assert.equal(actions[1].command, undefined);
	await commands.get(actions[0].command!.command)!(...actions[0].command!.arguments!);
	assert.deepEqual(events, ['apply', 'save', `workspace/didChangeWatchedFiles ${ignoreFile}`]);
});
