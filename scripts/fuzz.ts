// `npm run fuzz -- --seconds N [--seed S]`: mutates the sample notices, the corpus's and the layout texts' (and inputs saved before)
// and runs every mutant through the engine, in a worker so a hang can be stopped, and every tenth
// through two stdio servers: one driven by a client like VS Code, one by a client that declares
// no optional capability (as Neovim's does), which must never be sent a request. An input that
// throws, hangs or breaks an invariant is saved under test/fixtures/fuzz/, where the regression
// test picks it up. Exits 1 when anything was found.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { BreakdownEngine } from '../server/src/core/engine';
import { brokenInvariant } from '../test/support/invariants';
import { LanguageServer, type ClientKind } from '../test/lsp/support/languageServer';
import { random } from '../bench/workloads';

const ROOT = path.resolve(__dirname, '..');
const SAVED = path.join(ROOT, 'test', 'fixtures', 'fuzz');
/** An input taking longer than this in the engine is a hang. */
const ENGINE_LIMIT_MS = 3_000;
/** The server must answer within this for an input. */
const SERVER_LIMIT_MS = 10_000;


const TOKENS = ['1.', '12.', '125.', '一、', '（一）', '(2)', '①', '第一部分', '牵头单位：', '责任单位:', '配合单位：', '、', '，', '；', '：', '（', '）', '(', ')', '【', '】', '等', '各县(市)区政府', '市发改委', '列第一位者为牵头单位，下同', '（国家发展改革委、财政部等按职责分工负责）', '\n', '\r\n', '\r', '\u0000', '\uD800', '\uDC00', '𠀀', '\uFEFF', '\u3000', '附件：', '2020年1月18日', '分享：',
	// Tables, as the corpus pastes them: header words, cell lines, frames, and what a cell may say.
	'序号', '工作任务', '重点工作', '完成时限', '责任领导：', '\n\n', '│', '|', '\t', '├──┼──┤', '无', '/', '(ī)', '6月底前'];

function mutate(text: string, corpus: readonly string[], next: () => number): string {
	const pick = (n: number) => Math.floor(next() * n);
	let result = text;
	const steps = 1 + pick(8);
	for (let step = 0; step < steps; step++) {
		const at = pick(result.length + 1);
		switch (pick(6)) {
			case 0:
				result = result.slice(0, at) + TOKENS[pick(TOKENS.length)] + result.slice(at);
				break;
			case 1:
				result = result.slice(0, at) + result.slice(at + pick(50));
				break;
			case 2: {
				const piece = result.slice(at, at + pick(200));
				result = result.slice(0, at) + piece + piece + result.slice(at + piece.length);
				break;
			}
			case 3: {
				const other = corpus[pick(corpus.length)];
				const from = pick(other.length);
				result = result.slice(0, at) + other.slice(from, from + pick(400)) + result.slice(at + pick(100));
				break;
			}
			case 4: {
				const lines = result.split('\n');
				const a = pick(lines.length);
				const b = pick(lines.length);
				[lines[a], lines[b]] = [lines[b], lines[a]];
				result = lines.join('\n');
				break;
			}
			default:
				result = result.slice(0, at) + String.fromCharCode(pick(0x10000)) + result.slice(at + 1);
		}
	}
	return result;
}

function save(text: string, why: string): string {
	mkdirSync(SAVED, { recursive: true });
	const name = createHash('sha1').update(text).digest('hex').slice(0, 12);
	writeFileSync(path.join(SAVED, `${name}.txt`), text);
	writeFileSync(path.join(SAVED, `${name}.why`), why + '\n');
	return path.join(SAVED, `${name}.txt`);
}

class EngineRunner {
	private worker = this.spawn();

	private spawn(): Worker {
		return new Worker(__filename);
	}

	/** The broken invariant, 'hang' past the limit, or undefined. */
	run(text: string): Promise<string | undefined> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.worker.removeAllListeners('message');
				void this.worker.terminate();
				this.worker = this.spawn();
				resolve(`hang: engine took over ${ENGINE_LIMIT_MS} ms`);
			}, ENGINE_LIMIT_MS);
			this.worker.once('message', (problem: string | null) => {
				clearTimeout(timer);
				resolve(problem ?? undefined);
			});
			this.worker.postMessage(text);
		});
	}

	stop(): Promise<number> {
		return this.worker.terminate();
	}
}

function withLimit<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout>;
	return Promise.race([promise, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}

/** Opens the input, asks for diagnostics, the outline and requests at a random place, and closes it; throws on a problem. */
async function throughServer(server: LanguageServer, uri: string, input: string, next: () => number): Promise<void> {
	await server.open(uri, input);
	const diagnostics = await withLimit(server.currentDiagnostics(uri), SERVER_LIMIT_MS, 'diagnostics');
	await withLimit(server.request('textDocument/documentSymbol', { textDocument: { uri } }), SERVER_LIMIT_MS, 'documentSymbol');
	const lines = input.split(/\r\n|\r|\n/);
	const line = Math.floor(next() * lines.length);
	const at = { textDocument: { uri }, position: { line, character: Math.floor(next() * (lines[line].length + 1)) } };
	const range = { start: { line: 0, character: 0 }, end: at.position };
	for (const [method, params] of [
		['textDocument/hover', at],
		['textDocument/completion', at],
		['textDocument/references', { ...at, context: { includeDeclaration: true } }],
		['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } }],
		['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll.breakdown'] } }],
	] as const) {
		await withLimit(server.request(method, params), SERVER_LIMIT_MS, method);
	}
	await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const option = (name: string, fallback: number) => {
		const index = args.indexOf(name);
		return index >= 0 ? Number(args[index + 1]) : fallback;
	};
	const seconds = option('--seconds', 60);
	const seed = option('--seed', Date.now() % 0x7fffffff);
	const next = random(seed);
	// The samples, the corpus of real notices (tables, frames, glosses, traditional characters: layouts the
	// samples do not have), the layout texts (group lines, sub-points, prose designations …: layouts neither
	// has), the sweeps' real excerpts (test/wild/: damaged pastes, cut pages), and the inputs saved before.
	const texts = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(path.join(folder, name), 'utf8')) : []);
	const corpus = [...texts(path.join(ROOT, 'seeds')), ...texts(path.join(ROOT, 'test', 'corpus')), ...texts(path.join(ROOT, 'test', 'layouts')), ...texts(path.join(ROOT, 'test', 'wild')), ...texts(SAVED)];
	const engine = new EngineRunner();
	const kinds: ClientKind[] = ['full', 'minimal'];
	const servers = new Map<ClientKind, LanguageServer>();
	for (const kind of kinds) {
		servers.set(kind, await LanguageServer.start({ client: kind }));
	}
	const deadline = Date.now() + seconds * 1000;
	const started = Date.now();
	let executions = 0;
	let serverChecks = 0;
	const found: string[] = [];

	while (Date.now() < deadline) {
		const input = mutate(corpus[Math.floor(next() * corpus.length)], corpus, next);
		executions++;
		const problem = await engine.run(input);
		if (problem) {
			found.push(`${save(input, `engine: ${problem}`)}: ${problem.split('\n')[0]}`);
			continue;
		}
		if (executions % 10 !== 0) {
			continue;
		}
		serverChecks++;
		for (const kind of kinds) {
			const server = servers.get(kind)!;
			try {
				await throughServer(server, `untitled:fuzz-${executions}`, input, next);
				if (server.serverRequests.length > 0 && kind === 'minimal') {
					throw new Error(`requests sent to a client that declared none: ${server.serverRequests.join(', ')}`);
				}
			} catch (error) {
				const why = `server (${kind} client): ${(error as Error).message}\n${server.stderr.slice(-2000)}`;
				found.push(`${save(input, why)}: ${why.split('\n')[0]}`);
				await server.stop().catch(() => undefined);
				servers.set(kind, await LanguageServer.start({ client: kind }));
			}
		}
	}
	const elapsed = (Date.now() - started) / 1000;
	await engine.stop();
	for (const server of servers.values()) {
		await server.stop();
	}
	process.stdout.write(
		`fuzz: seed ${seed}, ${executions} executions in ${elapsed.toFixed(1)} s (${(executions / elapsed).toFixed(0)}/s), ${serverChecks} through each server (full and minimal client), ${found.length} problem(s)\n`,
	);
	for (const line of found) {
		process.stdout.write(`  saved ${line}\n`);
	}
	process.exitCode = found.length > 0 ? 1 : 0;
}

// The same file is the main program and, in a worker thread, the engine runner.
if (!isMainThread) {
	const engine = new BreakdownEngine();
	parentPort!.on('message', (text: string) => parentPort!.postMessage(brokenInvariant(engine, text) ?? null));
} else {
	main().catch((error) => {
		process.stderr.write(`fuzz: ${(error as Error).stack ?? String(error)}\n`);
		process.exit(2);
	});
}
