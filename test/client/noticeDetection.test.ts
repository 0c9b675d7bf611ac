import * as assert from 'node:assert/strict';
import Module from 'node:module';
import { before, test } from 'node:test';

/**
 * The client's notice detection run against a stand-in for the `vscode` module: the documents,
 * their language changes as VS Code makes them (closed in the old language, opened in the new, in one
 * turn) and the requests sent to the server.
 */
class Position {
	constructor(
		readonly line: number,
		readonly character: number,
	) {}
}

class Range {
	constructor(
		readonly start: Position,
		readonly end: Position,
	) {}
}

class FakeDocument {
	isClosed = false;
	private readonly lineStarts: number[] = [0];
	readonly uri: { scheme: string; path: string; toString(): string };

	constructor(
		path: string,
		public languageId: string,
		private readonly text: string,
	) {
		this.uri = { scheme: 'file', path, toString: () => `file://${path}` };
		for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
			this.lineStarts.push(index + 1);
		}
	}

	positionAt(offset: number): Position {
		const clamped = Math.min(Math.max(offset, 0), this.text.length);
		let line = this.lineStarts.length - 1;
		while (this.lineStarts[line] > clamped) {
			line--;
		}
		return new Position(line, clamped - this.lineStarts[line]);
	}

	getText(range?: Range): string {
		if (!range) {
			return this.text;
		}
		const offset = (position: Position) => this.lineStarts[position.line] + position.character;
		return this.text.slice(offset(range.start), offset(range.end));
	}
}

type Listener = (document: FakeDocument) => void;
const opened: Listener[] = [];
const closed: Listener[] = [];
const switches: Array<[string, string]> = [];
const classified: string[] = [];

/** A language change as VS Code's extension host makes it: closed in the old language, opened in the new, in one turn. */
function changeLanguage(document: FakeDocument, languageId: string): void {
	closed.forEach((listener) => listener(document));
	document.languageId = languageId;
	opened.forEach((listener) => listener(document));
}

function open(document: FakeDocument): void {
	opened.forEach((listener) => listener(document));
}

const vscode = {
	Position,
	Range,
	workspace: {
		textDocuments: [] as FakeDocument[],
		getConfiguration: () => ({ get: <T>(_key: string, fallback: T) => fallback }),
		onDidOpenTextDocument: (listener: Listener) => (opened.push(listener), { dispose: () => undefined }),
		onDidCloseTextDocument: (listener: Listener) => (closed.push(listener), { dispose: () => undefined }),
	},
	languages: {
		match: () => 0,
		setTextDocumentLanguage: async (document: FakeDocument, languageId: string) => {
			switches.push([document.uri.path, languageId]);
			changeLanguage(document, languageId);
			return document;
		},
	},
};

const client = {
	sendRequest: async (_type: unknown, params: { text: string }) => {
		classified.push(params.text);
		return { notice: true };
	},
	outputChannel: { appendLine: () => undefined },
};

const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

let sampleLength = 0;
before(async () => {
	// `vscode` is the editor's module: required by the client's code when it is first imported, below.
	const modules = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
	const load = modules._load;
	modules._load = function (request: string, ...rest: unknown[]) {
		return request === 'vscode' ? vscode : load.call(this, request, ...rest);
	};
	const detection = await import('../../client/src/noticeDetection');
	sampleLength = detection.CLASSIFY_SAMPLE_LENGTH;
	detection.watchForNotices({ subscriptions: [] } as never, client as never);
});

test('a .txt of megabytes is classified from its opening, not sent whole', async () => {
	const log = 'INFO 2024-05-01 服务启动，加载配置完成\n'.repeat(40_000);
	open(new FakeDocument('/logs/server.txt', 'plaintext', log));
	await turn();
	// Before, the whole text went: a 40 MB log grew the server to 303 MB.
	assert.equal(classified.length, 1);
	assert.equal(classified[0], log.slice(0, 200_000));
	assert.equal(sampleLength, 200_000);
});

test('a notice the clerk moved to Plain Text stays there for the session; one closed and opened again later is detected again', async () => {
	const notice = new FakeDocument('/ws/通知.txt', 'plaintext', '2024年任务分解\n1.扩大投资。\n牵头单位：市发改委\n');
	switches.length = 0;
	open(notice);
	await turn();
	assert.deepEqual(switches, [['/ws/通知.txt', 'breakdown']]);
	// The clerk picks Plain Text: before, it was classified again and switched straight back.
	changeLanguage(notice, 'plaintext');
	await turn();
	assert.deepEqual(switches, [['/ws/通知.txt', 'breakdown']]);
	assert.equal(notice.languageId, 'plaintext');
	// Another notice, closed as breakdown and opened again in a later turn (a tab closed and reopened): detected as before.
	const other = new FakeDocument('/ws/方案.txt', 'breakdown', '2024年任务分解\n1.稳定外贸。\n牵头单位：市商务局\n');
	closed.forEach((listener) => listener(other));
	await turn();
	other.languageId = 'plaintext';
	open(other);
	await turn();
	assert.deepEqual(switches.at(-1), ['/ws/方案.txt', 'breakdown']);
});
