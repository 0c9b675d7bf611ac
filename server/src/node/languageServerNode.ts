import type * as Library from 'vscode-languageserver/node';

/**
 * The values this layer takes from vscode-languageserver/node, required once (see
 * lsp/languageServer.ts: each file importing the CommonJS package made a copy of its exports).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const library: typeof Library = require('vscode-languageserver/node');

export const { AbstractMessageReader, AbstractMessageWriter, createConnection, Message, ProposedFeatures } = library;
