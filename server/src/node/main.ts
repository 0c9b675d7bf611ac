import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { HostStats } from '../lsp/hostFileSystem';
import { startServer } from '../lsp/startServer';
import { nodeFileSystem } from './nodeFileSystem';

/** Event-loop delay and memory of this process, for `breakdown/stats` (the benchmark reads them). */
function nodeStats(): HostStats {
	const delay = monitorEventLoopDelay({ resolution: 10 });
	delay.enable();
	return {
		read(reset) {
			const result = { eventLoopMaxMs: delay.max / 1e6, rssBytes: process.memoryUsage.rss(), peakRssBytes: process.resourceUsage().maxRSS * 1024 };
			if (reset) {
				delay.reset();
			}
			return result;
		},
	};
}

// The transport (--stdio, --node-ipc, --socket=N) comes from the command line.
startServer(createConnection(ProposedFeatures.all), { fileSystem: nodeFileSystem, stats: nodeStats() });
