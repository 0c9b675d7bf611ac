// The server's command-line options the client gives, apart from protocol.ts: the server's entry
// (dist/server.js) reads them before it loads anything else, and bundles nothing more.

/** The folder of the server's code cache (see codeCache.ts): the client gives its own storage; without it the server runs without one. */
export const CODE_CACHE_DIR_OPTION = '--code-cache-dir=';

/**
 * The Node flags every client starts the server with (VS Code's, Neovim's, the benchmark's).
 * The young generation starts at its full size: V8 starts it at 1 MB and grows it as objects
 * survive, so a new server's first read of a large notice copied its model through several
 * scavenges while the space grew (the 200 KB notice: five, some 5 ms of its open, more with the
 * collector's threads). At 16 MB, V8's own ceiling for it on 64-bit, the first read meets none;
 * a long session's space had grown there anyway. Measured on this project's 2-core machine, new
 * servers alternating: open → first diagnostics 51.9 → 47.3 ms (medians of 9); the core row's
 * 2 MB reads 47–60 → 59–62 MB per CPU second. The flag only sizes the heap; a Node that did not
 * know it would refuse to start (V8 has long defined it; the end-to-end tests start the server in
 * code-server's own Node and in Neovim's).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--min-semi-space-size=16'];
