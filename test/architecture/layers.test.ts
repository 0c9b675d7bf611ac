import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFile, checkLayers } from '../../scripts/layers';
import { repoRoot } from '../support/golden';

test('every import points down the layers, and every LSP method is a typed constant', () => {
	const violations = checkLayers(repoRoot());
	assert.deepEqual(violations.map((violation) => `${violation.file}:${violation.line}: ${violation.message}`), []);
});

test('the check sees each kind of forbidden import', () => {
	const flagged = (file: string, text: string) => [...new Set(checkFile(file, text).map((violation) => violation.line))];
	// The core: nothing from the layers above, no LSP or vscode package, no Node module; not pinyin-pro (the host gives it).
	assert.deepEqual(flagged('server/src/core/a.ts', "import { x } from '../lsp/startServer';\nimport type { C } from 'vscode-languageserver';\nimport * as fs from 'node:fs';\nimport * as path from 'path';\nconst y = require('../cli/main');\nexport { z } from '../protocol/protocol';\nimport { pinyin } from 'pinyin-pro';\nimport { w } from './text/unitKey';\nimport * as OpenCC from 'opencc-js/t2cn';"), [1, 2, 3, 4, 5, 6, 7]);
	// A package loaded when used: types, or a require inside a function; not at module level (its initialization would run at the server's start).
	assert.deepEqual(flagged('server/src/node/n.ts', "import type * as P from 'pinyin-pro';\nimport { pinyin } from 'pinyin-pro';\nconst eager = require('pinyin-pro');\nfunction load() {\n\treturn require('pinyin-pro');\n}\nconst called = (() => require('pinyin-pro'))();\nconst also = (function () {\n\treturn require('pinyin-pro');\n})();\nconst later = () => require('pinyin-pro');"), [2, 3, 7, 9]);
	// …except in the file that is a bundle of its own, which the host requires when first used (dist/pinyin.js).
	assert.deepEqual(flagged('server/src/node/pinyinModule.ts', "export { pinyin } from 'pinyin-pro';\nimport * as P from 'pinyin-pro';"), []);
	// The protocol takes only types from the core.
	assert.deepEqual(flagged('server/src/protocol/p.ts', "import type { Range } from '../core/text/lineIndex';\nimport { unitKey } from '../core/text/unitKey';\nimport { RequestType } from 'vscode-languageserver-protocol';"), [2]);
	// The client: the protocol and vscode only.
	assert.deepEqual(flagged('client/src/c.ts', "import { UnitTreeRequest } from '../../server/src/protocol/protocol';\nimport { unitKey } from '../../server/src/core/text/unitKey';\nimport * as path from 'node:path';\nimport * as vscode from 'vscode';"), [2, 3]);
	// The CLI does not use the LSP layer.
	assert.deepEqual(flagged('server/src/cli/x.ts', "import { startServer } from '../lsp/startServer';\nimport { createNodeFileSystem } from '../node/nodeFileSystem';"), [1]);
	// A method named by a bare string.
	assert.deepEqual(flagged('server/src/lsp/r.ts', "connection.onRequest('breakdown/unitTree', handler);\nconnection.onRequest(UnitTreeRequest, handler);"), [1]);
	// Module-level state; text for people outside the message table.
	assert.deepEqual(flagged('server/src/core/c.ts', 'let cache = new Map();\nconst TABLE = 1;\nfunction f() {\n\tlet x = 1;\n\treturn x;\n}'), [1]);
	assert.deepEqual(flagged('server/src/lsp/t.ts', "const title = `牵头 ${n} 项`;\nconst other = 'Lead';\n// 牵头 in a comment is fine"), [1]);
	assert.deepEqual(flagged('client/src/v.ts', "item.label = '牵头';"), [1]);
	// The webview: types from the protocol, nothing else; no text of its own.
	assert.deepEqual(flagged('client/webview/w.ts', "import type { TaskTableView } from '../../server/src/protocol/protocol';\nimport { TaskTableViewRequest } from '../../server/src/protocol/protocol';\nimport * as vscode from 'vscode';\nimport type { Finding } from '../../server/src/core/checks/finding';\ncell.textContent = '、';"), [2, 3, 4, 5]);
	// The client takes the webview's message types, not its code.
	// Inside the engine: units/ under workspace/ and features/, features/ under workspace/ and service/.
	assert.deepEqual(flagged('server/src/core/units/u.ts', "import { uriKey } from '../workspace/uris';\nimport { w } from '../text/unitKey';\nimport type { Task } from '../model/types';"), [1, 3]);
	assert.deepEqual(flagged('server/src/core/features/f.ts', "import { uriKey } from '../workspace/uris';\nimport { check } from '../checks/runChecks';\nimport { s } from '../service/languageService';"), [1, 3]);
	assert.deepEqual(flagged('client/src/p.ts', "import type { ViewMessage } from '../webview/messages';\nimport { TaskTableWebview } from '../webview/taskTableView';"), [2]);
});
