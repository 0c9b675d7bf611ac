// The server's command-line options the client gives, apart from protocol.ts: the server's entry
// (dist/server.js) reads them before it loads anything else, and bundles nothing more.

/** The folder of the server's code cache (see codeCache.ts): the client gives its own storage; without it the server runs without one. */
export const CODE_CACHE_DIR_OPTION = '--code-cache-dir=';
