import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkedJsonDecoder } from '../../server/src/node/chunkedJsonDecoder';

test('a message decoded in pieces equals the whole, characters split across pieces included', async () => {
	const message = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { text: '1.任务𠀀、牵头单位：市发改委\r\n'.repeat(50) } };
	const bytes = new TextEncoder().encode(JSON.stringify(message));
	for (const chunk of [1, 2, 5, 7, 64, bytes.byteLength, bytes.byteLength * 2]) {
		const decoder = chunkedJsonDecoder(chunk);
		assert.deepEqual(await decoder.decode(bytes, { charset: 'utf-8' }), message, `pieces of ${chunk} bytes`);
	}
});
