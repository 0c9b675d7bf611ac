import * as path from 'node:path';
import { codeCacheDir, runWithCodeCache } from './codeCache';
import { compileBaselineAtOnce, delayOptimization } from './optimizationDelay';

// dist/server.js, what clients start (`node dist/server.js --stdio`): the server itself is the
// bundle beside it, dist/server-main.js, run here with the code cache of the folder the client
// names (--code-cache-dir=…; the extension gives its global storage), or without one. V8 is told
// first to wait longer before optimizing and to compile baseline code function by function (see
// optimizationDelay.ts): a first notice is read sooner.
delayOptimization(process.execArgv);
compileBaselineAtOnce(process.execArgv);
runWithCodeCache(path.join(__dirname, 'server-main.js'), codeCacheDir(process.argv));
