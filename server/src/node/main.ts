import { monitorEventLoopDelay } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { createConnection, ProposedFeatures } from './languageServerNode';
import { DECODE_LIMITS, decodeJsonMessage } from './chunkedJsonDecoder';
import { ChunkedMessageReader } from './chunkedMessageReader';
import type { HostStats } from '../protocol/protocol';
import { startServer } from '../lsp/startServer';
import { createNodeFileSystem } from './nodeFileSystem';
import { KeptJsonEncoder } from './keptJsonEncoder';
import { SingleWriteMessageWriter } from './singleWriteMessageWriter';
import { guardProcess } from './processGuard';
import { workbookWriter } from './workbookModule';
import { lazyPinyinReader, loadPinyinBundle } from './pinyinReader';
import { holdOptimization } from './optimizationDelay';

declare const BREAKDOWN_VERSION: string;

/** The heap in use less compiled code (which grows as code warms up, not with what the server holds). */
function heapObjectsBytes(): number {
	let bytes = 0;
	for (const space of getHeapSpaceStatistics()) {
		if (!space.space_name.startsWith('code_')) {
			bytes += space.space_used_size;
		}
	}
	return bytes;
}

/** Event-loop delay and memory of this process, for `breakdown/stats` (the benchmark reads them). */
function nodeStats(): HostStats {
	const delay = monitorEventLoopDelay({ resolution: 10 });
	delay.enable();
	return {
		read({ reset, collectGarbage }) {
			const collect = (globalThis as { gc?: () => void }).gc;
			if (collectGarbage && collect) {
				collect();
			}
			const result = { eventLoopMaxMs: delay.max / 1e6, rssBytes: process.memoryUsage.rss(), peakRssBytes: process.resourceUsage().maxRSS * 1024, heapObjectsBytes: heapObjectsBytes() };
			if (reset) {
				delay.reset();
			}
			return result;
		},
	};
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The transport comes from the command line (--stdio, --node-ipc, --socket=N). Over stdio (what the
 * extension uses) a message's body is kept as the pieces that came and decoded in pieces, so a huge
 * document does not block the server.
 */
function connect(encoder: KeptJsonEncoder) {
	if (process.argv.includes('--stdio')) {
		const reader = new ChunkedMessageReader(process.stdin, (chunks, length) => decodeJsonMessage(chunks, length, DECODE_LIMITS, yieldToEventLoop));
		return createConnection(ProposedFeatures.all, reader, new SingleWriteMessageWriter(process.stdout, encoder));
	}
	return createConnection(ProposedFeatures.all);
}

// Until the first findings, or a read in slices (see holdOptimization); before the code cache's write at exit.
const releaseOptimization = holdOptimization(process.execArgv);
process.prependOnceListener('exit', releaseOptimization);

const encoder = new KeptJsonEncoder(yieldToEventLoop);
const connection = connect(encoder);
// To stderr, not through the connection: the connection itself may be what failed. Clients show a server's stderr in its log.
process.stderr.on('error', () => undefined);
guardProcess(process, (message) => process.stderr.write(message + '\n'));
startServer(connection, {
	fileSystem: createNodeFileSystem(),
	stats: nodeStats(),
	writeWorkbook: workbookWriter(typeof BREAKDOWN_VERSION === 'string' ? BREAKDOWN_VERSION : 'dev'),
	yieldToEventLoop: () => {
		releaseOptimization();
		return yieldToEventLoop();
	},
	afterFirstFindings: releaseOptimization,
	pinyin: lazyPinyinReader(loadPinyinBundle),
	keepEncoded: (answer, json) => encoder.keep(answer, json),
});
